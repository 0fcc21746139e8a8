"""Walking sprite sheets: a person painted from parameterized parts (legs, torso,
arms, head, hair, hat) for each facing and stride, then outlined and shadowed.

Sheet: 4 columns x 4 rows of 16x32 frames. Rows face down, left, right, up;
columns are stand, left-foot step, stand, right-foot step.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sprites_canvas import Canvas, mirrored, outline, sheet, soft_ellipse
from sprites_cast import Look

FRAME_W, FRAME_H = 16, 32
CX = 8  # the body's centre line falls between columns 7 and 8
STRIDES = (0, 1, 0, -1)  # column -> stride: +1 left foot forward, -1 right foot
SHADOW_ALPHA = 64
LONG_TOPS = {"coat", "trench", "labcoat"}
SHORT_SLEEVES = {"dress", "shirt", "pinafore"}

SHADE: dict[str, str] = {
    "shadow": "night",
    "night": "ink",
    "ink": "ink",
    "asphalt": "shadow",
    "asphalt_light": "asphalt",
    "concrete_dark": "asphalt_light",
    "concrete": "concrete_dark",
    "concrete_light": "concrete",
    "paper": "concrete_light",
    "white": "concrete_light",
    "wood_dark": "shadow",
    "wood": "wood_dark",
    "wood_light": "wood",
    "tatami": "wood_light",
    "green_dark": "shadow",
    "green": "green_dark",
    "green_light": "green",
    "teal": "blue_dark",
    "teal_light": "teal",
    "blue_dark": "night",
    "blue": "blue_dark",
    "sky": "teal_light",
    "red_dark": "brick_dark",
    "red": "red_dark",
    "brick": "brick_dark",
    "brick_dark": "shadow",
    "mustard": "wood_light",
    "cream": "tatami",
    "lamp": "mustard",
    "plum": "shadow",
    "skin": "skin_shadow",
    "skin_shadow": "skin_dark",
    "skin_dark": "wood_dark",
    "hair": "ink",
    "hair_grey": "concrete_dark",
    "bandage": "bandage_shadow",
    "bandage_shadow": "concrete",
}


def shade(colour: str) -> str:
    return SHADE[colour]


@dataclass(frozen=True, slots=True)
class Build:
    """Where a body's parts sit in the 16x32 frame (rows are y, 0 at the top)."""

    head_top: int  # first row of hair
    torso_top: int  # shoulder row
    hip: int  # first row of the legs
    feet: int = 28  # last row of the shoes
    shoulder: int = 4  # half the torso width, front view
    arm: int = 2
    shoe_h: int = 2
    leg_w: int = 3
    depth: int = 6  # torso width, side view
    belly: int = 0  # side view: how far the front bulges
    stoop: int = 0  # side view: head pushed forward

    @property
    def eye(self) -> int:
        return self.torso_top - 4

    @property
    def waist(self) -> int:
        return self.torso_top + (self.hip - self.torso_top) * 2 // 3

    @property
    def torso_x(self) -> tuple[int, int]:
        return CX - self.shoulder, CX + self.shoulder - 1

    @property
    def side_x(self) -> tuple[int, int]:
        front = CX - 3 - self.belly
        return front, front + self.depth - 1


BUILDS: dict[str, Build] = {
    "man": Build(3, 12, 21),
    "stout": Build(3, 12, 21, shoulder=5, arm=1, depth=7, belly=1),
    "old": Build(4, 12, 21, stoop=1),
    "woman": Build(4, 12, 20, shoulder=3, depth=5),
    "old_woman": Build(5, 12, 20, shoulder=3, depth=5, stoop=1),
    "girl": Build(8, 15, 21, shoulder=3, arm=1, shoe_h=1, leg_w=2, depth=5),
    "child": Build(11, 18, 23, shoulder=3, arm=1, shoe_h=1, leg_w=2, depth=5),
}


@dataclass(frozen=True, slots=True)
class Pose:
    facing: str  # down, left, up (right is the mirror of left)
    stride: int  # 0 stand, +1 left foot forward, -1 right foot forward

    @property
    def front(self) -> bool:
        return self.facing == "down"

    @property
    def side(self) -> bool:
        return self.facing == "left"


# ----------------------------------------------------------------- legs


def hem(look: Look, b: Build) -> int:
    """The last row the torso garment covers."""
    if look.top_kind in LONG_TOPS or look.lower in ("dress", "skirt"):
        return b.hip + 2
    if look.top_kind in ("jacket", "uniform"):
        return b.hip
    return b.hip - 1


def leg_colours(look: Look, b: Build) -> tuple[str, str]:
    """(upper leg, lower leg) colours: trousers, or stockings/bare skin under a skirt."""
    if look.lower == "trousers":
        return look.legs, look.legs
    if look.lower == "shorts":
        return look.legs, look.skin
    stocking = look.skin if b.shoe_h == 1 else "skin_shadow"
    return stocking, stocking


def one_leg(
    c: Canvas, look: Look, b: Build, x_hip: int, x_foot: int, lift: int, far: bool, toe: int
) -> None:
    """A leg from the hip row down to its shoe; `x_*` are its left column, `toe` the
    side (-1 or +1) the shoe sticks out on."""
    bare = look.lower in ("dress", "skirt")
    width = 2 if bare else b.leg_w
    upper, lower = leg_colours(look, b)
    bottom = b.feet - lift
    shoe_top = bottom - b.shoe_h + 1
    tint = shade if far else (lambda name: name)
    c.strip(b.hip, shoe_top - 1, x_hip, x_foot, width, tint(lower))
    if look.lower == "shorts":
        c.row(b.hip, x_hip - 1, x_hip + width, tint(upper))
        c.row(b.hip + 1, x_hip, x_hip + width - 1, tint(upper))
    if b.shoe_h == 1 and look.lower != "trousers":
        c.row(shoe_top - 1, x_foot, x_foot + width - 1, "white")
    shoe_left = x_foot - 1 if toe < 0 else x_foot
    c.rect(shoe_left, shoe_top, shoe_left + width, bottom, tint(look.shoes))


def legs_front(c: Canvas, look: Look, b: Build, pose: Pose) -> None:
    """Two legs side by side; a step lifts one heel (the trailing foot)."""
    lifted = -pose.stride if pose.front else pose.stride  # -1 viewer-left leg, +1 right
    bare = look.lower in ("dress", "skirt")
    width = 2 if bare else b.leg_w
    gap = 1 if bare else 0
    for side in (-1, 1):
        x = CX - width - gap if side < 0 else CX + gap
        lift = 1 if side == lifted else 0
        one_leg(c, look, b, x, x, lift, far=False, toe=side)
    if not bare:
        c.col(CX - 1, b.hip + 2, b.feet - b.shoe_h - 1, shade(leg_colours(look, b)[1]))


def legs_side(c: Canvas, look: Look, b: Build, pose: Pose) -> None:
    """Facing left. Step: the near (left) leg swings forward on +1, back on -1."""
    if pose.stride == 0:
        one_leg(c, look, b, CX - 1, CX - 1, 0, far=True, toe=-1)
        one_leg(c, look, b, CX - 2, CX - 2, 0, far=False, toe=-1)
        return
    ahead, behind = CX - 5, CX + 1
    near, far = (ahead, behind) if pose.stride > 0 else (behind, ahead)
    one_leg(c, look, b, CX - 1, far, 0, far=True, toe=-1)
    one_leg(c, look, b, CX - 2, near, 0, far=False, toe=-1)


# ----------------------------------------------------------------- torso


def body_block(c: Canvas, look: Look, b: Build, x0: int, x1: int) -> bool:
    """The garment from shoulders to hem, with a flared skirt if there is one.
    Returns whether a skirt was drawn."""
    bottom = hem(look, b)
    c.rect(x0, b.torso_top, x1, bottom, body_colour(look))
    skirt = skirt_colour(look)
    if skirt:
        c.rect(x0, b.waist, x1, bottom, skirt)
        c.rect(x0 - 1, b.hip, x1 + 1, bottom, skirt)
        c.row(bottom, x0 - 1, x1 + 1, shade(skirt))
    return skirt is not None


def body_colour(look: Look) -> str:
    """What covers the chest: the shirt under a vest or pinafore, else the top."""
    return look.shirt if look.top_kind in ("vest", "pinafore") else look.top


def torso_front(c: Canvas, look: Look, b: Build, pose: Pose) -> None:
    x0, x1 = b.torso_x
    tt, bottom = b.torso_top, hem(look, b)
    top = body_colour(look)
    if not body_block(c, look, b, x0, x1) and look.top_kind in LONG_TOPS:
        c.row(bottom, x0, x1, shade(look.top))
    if pose.front:
        c.col(x1, tt + 1, b.waist - 1, shade(top))
        garment_front(c, look, b)
    else:
        garment_back(c, look, b)


def skirt_colour(look: Look) -> str | None:
    if look.lower == "dress":
        return look.top
    if look.lower == "skirt":
        return look.legs
    return None


def garment_front(c: Canvas, look: Look, b: Build) -> None:
    """Collar, tie, buttons, belts and aprons seen from the front."""
    x0, x1 = b.torso_x
    tt, kind = b.torso_top, look.top_kind
    if kind in ("jacket", "coat", "trench", "labcoat", "cardigan", "vest"):
        c.row(tt, CX - 2, CX + 1, look.shirt)
        c.row(tt + 1, CX - 1, CX, look.shirt)
        if kind in LONG_TOPS or kind == "jacket":
            c.col(CX - 1, tt + 3, hem(look, b), shade(look.top))
    if kind == "vest":
        c.rect(x0, tt + 1, x1, b.hip - 1, look.top)
        c.rect(CX - 1, tt, CX, tt + 2, look.shirt)
    if kind == "uniform":
        c.row(tt, x0, x1, look.trim or look.top)
        c.dots(
            [(CX - 2, tt + 3), (CX + 1, tt + 3), (CX - 2, tt + 5), (CX + 1, tt + 5)],
            look.trim or "ink",
        )
    if kind == "pinafore":
        c.rect(CX - 2, tt + 2, CX + 1, b.waist, look.top)
        c.dots([(x0, tt), (x1, tt), (x0 + 1, tt + 1), (x1 - 1, tt + 1)], look.top)
    if kind == "dress" and look.trim:
        c.row(tt, CX - 2, CX + 1, look.trim)
    if kind == "dress" and b.shoe_h == 1:
        c.row(tt, CX - 2, CX + 1, look.shirt)
    if look.tie:
        c.rect(CX - 1, tt + 1, CX, tt + 3, look.tie)
    if look.bow_tie:
        c.row(tt + 1, CX - 2, CX + 1, "ink")
    if look.trim and kind in ("cardigan", "trench", "coat"):
        c.dots([(CX - 2, tt + 4), (CX - 2, tt + 6)], look.trim)
    if kind == "trench" or (kind == "dress" and look.trim):
        c.row(b.waist, x0, x1, shade(look.top))
    if look.tweed:
        tweed(c, x0, tt + 2, x1, hem(look, b), look.top)
    if look.apron:
        apron_front(c, look, b)


def tweed(c: Canvas, x0: int, y0: int, x1: int, y1: int, colour: str) -> None:
    """A sparse fleck of the darker tone: a woven cloth at 16 px."""
    for y in range(y0, y1 + 1):
        for x in range(x0, x1 + 1):
            if (x * 3 + y * 2) % 5 == 0:
                c.px(x, y, shade(colour))


def apron_front(c: Canvas, look: Look, b: Build) -> None:
    x0, x1 = b.torso_x
    apron = look.apron or "white"
    c.rect(CX - 2, b.torso_top + 2, CX + 1, b.waist, apron)
    c.rect(x0, b.waist + 1, x1, b.hip + 1, apron)
    c.row(b.hip + 1, x0, x1, shade(apron))
    c.dots([(x0 - 1 + 1, b.waist), (x1, b.waist)], shade(apron))


def garment_back(c: Canvas, look: Look, b: Build) -> None:
    """Seams, apron bows and straps seen from behind."""
    x0, x1 = b.torso_x
    if look.top_kind in LONG_TOPS:
        c.col(CX - 1, b.hip, hem(look, b), shade(look.top))
    if look.top_kind == "vest":
        c.rect(x0, b.torso_top + 1, x1, b.hip - 1, look.top)
    if look.top_kind == "pinafore":
        c.dots(
            [
                (x0 + 1, b.torso_top + 1),
                (x1 - 1, b.torso_top + 1),
                (CX - 1, b.torso_top + 2),
                (CX, b.torso_top + 2),
                (CX - 1, b.waist - 1),
                (CX, b.waist - 1),
            ],
            look.top,
        )
    if look.apron:
        c.row(b.waist, x0, x1, look.apron)
        c.dots(
            [
                (CX - 2, b.waist - 1),
                (CX + 1, b.waist - 1),
                (CX - 2, b.waist + 1),
                (CX + 1, b.waist + 1),
            ],
            look.apron,
        )
    if look.top_kind == "dress" and look.trim:
        c.row(b.waist, x0, x1, shade(look.top))


def torso_side(c: Canvas, look: Look, b: Build, pose: Pose) -> None:
    x0, x1 = b.side_x
    tt, bottom = b.torso_top, hem(look, b)
    skirt = body_block(c, look, b, x0, x1)
    c.col(x1, tt + 1, b.waist if skirt else bottom, shade(body_colour(look)))
    if not skirt and look.top_kind in LONG_TOPS:
        c.rect(x1 + 1, bottom - 1, x1 + 1, bottom, look.top)
        c.row(bottom, x0, x1 + 1, shade(look.top))
    if look.top_kind in ("vest", "pinafore"):
        c.rect(x0 + 1, tt + 1, x1, b.hip - 1 if look.top_kind == "vest" else b.waist, look.top)
    if look.top_kind in ("jacket", "coat", "trench", "labcoat", "cardigan", "vest"):
        c.px(x0, tt, look.shirt)
    if look.tie:
        c.col(x0, tt + 1, tt + 3, look.tie)
    if look.bow_tie:
        c.px(x0, tt + 1, "ink")
    if look.top_kind in ("uniform", "dress") and look.trim:
        c.row(tt, x0, x0 + 1, look.trim)
    if look.top_kind == "trench":
        c.row(b.waist, x0, x1, shade(look.top))
    if look.tweed:
        tweed(c, x0, tt + 2, x1, bottom, look.top)
    if look.apron:
        c.rect(x0 - 1, b.waist + 1, x0, b.hip + 1, look.apron)
        c.row(b.waist, x0, x1, look.apron)


# ----------------------------------------------------------------- arms


def sleeve_colour(look: Look) -> str:
    return body_colour(look)


def arm_rows(look: Look, b: Build, swing: int) -> tuple[int, int, int]:
    """(last sleeve row, first hand row, last hand row) for a hand moved by `swing`."""
    hand_last = b.hip + swing - (1 if b.arm == 1 else 0)
    hand_first = hand_last - (1 if b.arm > 1 else 0)
    sleeve_last = hand_first - 1
    return sleeve_last, hand_first, hand_last


def arm_colour(look: Look, b: Build, y: int) -> str:
    """Short sleeves end after three rows; then the forearm is bare."""
    if look.top_kind in SHORT_SLEEVES and y > b.torso_top + 3:
        return look.skin
    return sleeve_colour(look)


def arms_front(c: Canvas, look: Look, b: Build, pose: Pose) -> None:
    x0, x1 = b.torso_x
    lifted = -pose.stride if pose.front else pose.stride
    for side in (-1, 1):
        swing = 0 if not pose.stride else (1 if side == lifted else -1)
        left = x0 - b.arm if side < 0 else x1 + 1
        sleeve_last, hand_first, hand_last = arm_rows(look, b, swing)
        for y in range(b.torso_top + 1, sleeve_last + 1):
            c.row(y, left, left + b.arm - 1, arm_colour(look, b, y))
        inner = left + b.arm - 1 if side < 0 else left
        if b.arm > 1:
            c.col(inner, b.torso_top + 1, sleeve_last, shade(arm_colour(look, b, sleeve_last)))
        c.rect(left, hand_first, left + b.arm - 1, hand_last, look.skin)
        if look.cane and side > 0 and pose.front:
            c.col(left + b.arm, hand_first, b.feet, "wood_dark")


def arms_side(c: Canvas, look: Look, b: Build, pose: Pose) -> None:
    """The near arm, over the body; it swings against the near leg."""
    x_hand = CX - 1 + 2 * pose.stride
    sleeve_last, hand_first, hand_last = arm_rows(look, b, 0)
    width = 2 if b.arm > 1 else 2
    shoulder = CX - 1 - b.belly
    for y in range(b.torso_top + 1, sleeve_last + 1):
        t = (y - b.torso_top - 1) / max(1, sleeve_last - b.torso_top - 1)
        x = round(shoulder + (x_hand - shoulder) * t)
        c.row(y, x, x + width - 1, arm_colour(look, b, y))
        c.px(x + width - 1, y, shade(arm_colour(look, b, y)))
    c.rect(x_hand, hand_first, x_hand + width - 1, hand_last, look.skin)
    if look.cane:
        c.col(b.side_x[0] - 2, b.hip - 1, b.feet, "wood_dark")


# ----------------------------------------------------------------- head


def head_box(b: Build, pose: Pose) -> tuple[int, int, int, int]:
    """(x0, y0, x1, y1) of the head: 8 wide from the front, 7 from the side."""
    if pose.side:
        return CX - 4 - b.stoop, b.head_top, CX + 2 - b.stoop, b.torso_top - 1
    return CX - 4, b.head_top, CX + 3, b.torso_top - 1


def rounded(c: Canvas, box: tuple[int, int, int, int], colour: str) -> None:
    """A block with its four corners knocked off."""
    x0, y0, x1, y1 = box
    c.rect(x0, y0 + 1, x1, y1 - 1, colour)
    c.row(y0, x0 + 1, x1 - 1, colour)
    c.row(y1, x0 + 1, x1 - 1, colour)


def head(c: Canvas, look: Look, b: Build, pose: Pose) -> None:
    box = head_box(b, pose)
    x0, y0, x1, y1 = box
    e = b.eye
    if look.face == "bandages":
        bandaged_head(c, b, pose, box)
    else:
        rounded(c, box, look.skin)
        if pose.front:
            c.dots([(x0 + 2, e), (x1 - 2, e)], "ink")
            c.dots([(x0, e + 1), (x1, e + 1)], look.skin)
        elif pose.side:
            c.px(x0 - 1, e + 1, look.skin)
            c.px(x0 + 1, e, "ink")
            c.px(x1 - 2, e + 1, shade(look.skin))
        if look.beard:
            beard(c, look, pose, box, e)
        if look.glasses:
            glasses(c, pose, box, e)
        if look.lips and pose.front:
            c.row(e + 2, CX - 1, CX, "red_dark")
    if look.face != "bandages" or not look.hat:
        HAIR[look.hair_style](c, look, pose, box)
    if look.hat:
        HATS[look.hat](c, look, pose, box, b)


def bandaged_head(c: Canvas, b: Build, pose: Pose, box: tuple[int, int, int, int]) -> None:
    """White wraps with darker band edges; the eye and mouth slits from the front."""
    x0, y0, x1, y1 = box
    e = b.eye
    rounded(c, box, "bandage")
    lines = "bandage_shadow"
    if pose.front:
        c.dots(
            [
                (x0, e - 1),
                (x0 + 1, e - 1),
                (x1, e - 2),
                (x1 - 1, e - 1),
                (x0 + 3, e + 1),
                (x0 + 4, e + 1),
                (x1, e + 1),
                (x0, e + 2),
                (x1 - 1, y1),
                (x0 + 2, y1),
            ],
            lines,
        )
        c.dots([(x0 + 1, e), (x0 + 2, e), (x1 - 2, e), (x1 - 1, e)], "ink")
        c.row(e + 2, CX - 1, CX, "shadow")
        c.px(x1 + 1, y1, "bandage")
    elif pose.side:
        c.px(x0 - 1, e + 1, "bandage")
        c.dots([(x0, e), (x0 + 1, e)], "ink")
        c.px(x0, e + 2, "shadow")
        c.dots(
            [
                (x0 + 3, e - 1),
                (x0 + 4, e - 1),
                (x1, e - 2),
                (x0 + 2, e + 1),
                (x1 - 1, e + 2),
                (x1, e + 1),
                (x0 + 3, y1),
            ],
            lines,
        )
        c.px(x1 + 1, y1, "bandage")
    else:
        c.dots(
            [
                (x0, e - 1),
                (x0 + 1, e - 2),
                (x0 + 2, e - 2),
                (x1, e),
                (x1 - 1, e),
                (x0 + 3, e + 1),
                (x0 + 4, e + 2),
                (x1 - 2, y1),
                (x0 + 1, e + 1),
            ],
            lines,
        )
        c.dots([(CX - 1, y1 + 1), (CX - 1, y1), (CX, y1)], "bandage")
        c.px(CX, y1 + 1, lines)


def beard(c: Canvas, look: Look, pose: Pose, box: tuple[int, int, int, int], e: int) -> None:
    """A short dark beard and moustache: on the mask it hides the seams."""
    x0, y0, x1, y1 = box
    if pose.front:
        c.dots([(x0, e + 1), (x1, e + 1)], look.hair)
        c.row(e + 2, x0, x1, look.hair)
        c.row(y1, x0 + 1, x1 - 1, look.hair)
        c.row(y1, CX - 1, CX, "skin_shadow")
    elif pose.side:
        c.px(x1 - 3, e + 1, look.hair)
        c.row(e + 2, x0 - 1, x1 - 2, look.hair)
        c.row(y1, x0, x1 - 2, look.hair)
        c.px(x0 - 1, e + 2, "skin_shadow")


def glasses(c: Canvas, pose: Pose, box: tuple[int, int, int, int], e: int) -> None:
    x0, y0, x1, y1 = box
    if pose.front:
        c.row(e, x0 + 1, x1 - 1, "ink")
        c.dots([(x0 + 2, e), (x1 - 2, e)], "sky")
    elif pose.side:
        c.row(e, x0, x0 + 4, "ink")
        c.px(x0 + 1, e, "sky")


# ----------------------------------------------------------------- hair


def hair_cap(c: Canvas, box: tuple[int, int, int, int], colour: str) -> None:
    """The two top rows of a head of hair, corners rounded."""
    x0, y0, x1, _ = box
    c.row(y0, x0 + 1, x1 - 1, colour)
    c.row(y0 + 1, x0, x1, colour)


def hair_short(c: Canvas, look: Look, pose: Pose, box: tuple[int, int, int, int]) -> None:
    x0, y0, x1, y1 = box
    h = look.hair
    hair_cap(c, box, h)
    if pose.front:
        c.dots([(x0, y0 + 2), (x1, y0 + 2)], h)
    elif pose.side:
        c.rect(x1 - 2, y0 + 2, x1, y0 + 4, h)
        c.px(x1, y0 + 5, h)
    else:
        c.rect(x0, y0, x1, y1 - 1, h)


def hair_untidy(c: Canvas, look: Look, pose: Pose, box: tuple[int, int, int, int]) -> None:
    """Short hair that has not seen a comb: tufts above and at the sides."""
    hair_short(c, look, pose, box)
    x0, y0, x1, y1 = box
    c.dots([(x0 + 1, y0 - 1), (x0 + 4, y0 - 1), (x1 - 1, y0 - 1)], look.hair)
    if pose.side:
        c.dots([(x1 + 1, y0 + 2), (x1 + 1, y0 + 4), (x0, y0 + 2)], look.hair)
    else:
        c.dots([(x0 - 1, y0 + 2), (x1 + 1, y0 + 1), (x0 + 2, y0 + 2)], look.hair)


def hair_thin(c: Canvas, look: Look, pose: Pose, box: tuple[int, int, int, int]) -> None:
    """Receding: a fringe of hair round the sides and back, the crown bare."""
    x0, y0, x1, y1 = box
    h = look.hair
    if pose.front:
        c.rect(x0, y0 + 1, x0, y0 + 3, h)
        c.rect(x1, y0 + 1, x1, y0 + 3, h)
        c.row(y0, x0 + 2, x1 - 2, shade(look.skin))
    elif pose.side:
        c.rect(x1 - 2, y0 + 2, x1, y0 + 4, h)
        c.row(y0 + 1, x1 - 1, x1, h)
    else:
        c.rect(x0, y0 + 2, x1, y1 - 1, h)


def hair_bob(
    c: Canvas, look: Look, pose: Pose, box: tuple[int, int, int, int], length: int = 2
) -> None:
    """Hair to the jaw, a fringe across the brow."""
    x0, y0, x1, y1 = box
    h = look.hair
    e = y1 - 3
    hair_cap(c, box, h)
    if pose.front:
        c.row(y0 + 2, x0, x1, h)
        c.px(CX - 1 if (x1 - x0) > 6 else CX, y0 + 2, look.skin)
        c.rect(x0 - 1, y0 + 1, x0, e + length, h)
        c.rect(x1, y0 + 1, x1 + 1, e + length, h)
    elif pose.side:
        c.px(x0, y0 + 2, h)
        c.rect(x1 - 3, y0 + 2, x1 + 1, e + length, h)
        c.px(x1 - 4, y0 + 2, h)
    else:
        c.rect(x0 - 1, y0 + 1, x1 + 1, e + length, h)
        c.rect(x0, y0, x1, y1 - 1, h)


def hair_long(c: Canvas, look: Look, pose: Pose, box: tuple[int, int, int, int]) -> None:
    hair_bob(c, look, pose, box, length=6)


def hair_bun(c: Canvas, look: Look, pose: Pose, box: tuple[int, int, int, int]) -> None:
    """Hair drawn back into a bun on the crown."""
    x0, y0, x1, y1 = box
    h = look.hair
    hair_cap(c, box, h)
    if pose.front:
        c.rect(CX - 2, y0 - 2, CX + 1, y0 - 1, h)
        c.dots([(x0, y0 + 2), (x1, y0 + 2), (x0, y0 + 3), (x1, y0 + 3)], h)
        c.dots([(CX - 1, y0 + 1)], shade(h))
    elif pose.side:
        c.rect(x1 - 2, y0 + 2, x1, y0 + 4, h)
        c.rect(x1 - 1, y0 - 2, x1 + 1, y0, h)
    else:
        c.rect(x0, y0, x1, y1 - 1, h)
        c.rect(CX - 2, y0 - 2, CX + 1, y0 - 1, h)
        c.rect(CX - 1, y0 - 1, CX, y0, shade(h))


def hair_neat(c: Canvas, look: Look, pose: Pose, box: tuple[int, int, int, int]) -> None:
    """A set early-sixties bouffant: volume on top, ends flipped out at the neck."""
    x0, y0, x1, y1 = box
    h = look.hair
    e = y1 - 3
    c.row(y0 - 1, x0 + 1, x1 - 1, h)
    if pose.front:
        c.rect(x0 - 1, y0, x1 + 1, y0 + 1, h)
        c.row(y0 + 2, x0, x0 + 4, h)
        c.px(x1, y0 + 2, h)
        c.rect(x0 - 1, y0 + 2, x0 - 1, e + 1, h)
        c.rect(x1 + 1, y0 + 2, x1 + 1, e + 1, h)
        c.dots([(x0 - 2, e + 1), (x1 + 2, e + 1)], h)
    elif pose.side:
        c.rect(x0, y0, x1 + 1, y0 + 1, h)
        c.rect(x1 - 2, y0 + 2, x1 + 1, e + 1, h)
        c.px(x1 + 2, e + 1, h)
        c.px(x0, y0 + 2, h)
    else:
        c.rect(x0 - 1, y0, x1 + 1, e + 1, h)
        c.dots([(x0 - 2, e + 1), (x1 + 2, e + 1)], h)


def hair_pigtails(c: Canvas, look: Look, pose: Pose, box: tuple[int, int, int, int]) -> None:
    """A short fringe and two plaits tied at the ears."""
    x0, y0, x1, y1 = box
    h = look.hair
    hair_bob(c, look, pose, box, length=-1)
    e = y1 - 3
    if pose.side:
        c.rect(x1 + 1, e, x1 + 2, e + 3, h)
        c.px(x1 + 1, e, "red")
    else:
        for x in (x0 - 2, x1 + 1):
            c.rect(x, e, x + 1, e + 3, h)
            c.row(e, x, x + 1, "red")


HAIR = {
    "short": hair_short,
    "untidy": hair_untidy,
    "thin": hair_thin,
    "bob": hair_bob,
    "long": hair_long,
    "bun": hair_bun,
    "neat": hair_neat,
    "pigtails": hair_pigtails,
}


# ----------------------------------------------------------------- hats


def hat_fedora(c: Canvas, look: Look, pose: Pose, box: tuple[int, int, int, int], b: Build) -> None:
    """Crown, a darker band and a brim that sticks out past the head."""
    x0, y0, x1, y1 = box
    hat = look.hat_colour
    band = "shadow" if hat == "night" else shade(hat)
    if pose.side:
        c.rect(x0 + 1, y0 - 1, x1 - 1, y0, hat)
        c.row(y0 + 1, x0, x1, band)
        c.row(y0 + 2, x0 - 2, x1 + 1, hat)
        return
    c.rect(x0 + 1, y0 - 1, x1 - 1, y0, hat)
    c.row(y0 - 1, CX - 1, CX, band)
    c.row(y0 + 1, x0, x1, band)
    c.row(y0 + 2, x0 - 1, x1 + 1, hat)


def hat_pillbox(
    c: Canvas, look: Look, pose: Pose, box: tuple[int, int, int, int], b: Build
) -> None:
    """The usher's little round cap, with a braid band."""
    x0, y0, x1, y1 = box
    left, right = (x0 + 1, x1 - 2) if pose.side else (x0 + 1, x1 - 1)
    c.rect(left, y0 - 2, right, y0, look.hat_colour)
    c.row(y0, left, right, look.trim or shade(look.hat_colour))


def hat_headscarf(
    c: Canvas, look: Look, pose: Pose, box: tuple[int, int, int, int], b: Build
) -> None:
    """A scarf over the hair, tied under the chin (front) or at the nape (back)."""
    x0, y0, x1, y1 = box
    s = look.hat_colour
    e = y1 - 3
    c.row(y0 - 1, x0 + 1, x1 - 1, s)
    if pose.front:
        c.rect(x0, y0, x1, y0 + 1, s)
        c.rect(x0 - 1, y0 + 1, x0, e + 1, s)
        c.rect(x1, y0 + 1, x1 + 1, e + 1, s)
        c.row(y0 + 1, x0 + 1, x1 - 1, shade(s))
        c.dots([(CX - 1, y1 + 1), (CX, y1 + 1)], s)
    elif pose.side:
        c.rect(x0 + 1, y0, x1 + 1, y0 + 1, s)
        c.rect(x1 - 2, y0 + 2, x1 + 1, e + 1, s)
        c.px(x1 + 2, y1, s)
    else:
        c.rect(x0 - 1, y0, x1 + 1, y1 - 1, s)
        c.rect(CX - 1, y1, CX, y1 + 1, shade(s))


HATS = {"fedora": hat_fedora, "pillbox": hat_pillbox, "headscarf": hat_headscarf}


# ----------------------------------------------------------------- frames and sheets


def figure(look: Look, pose: Pose) -> Canvas:
    """One outlined person, no shadow."""
    b = BUILDS[look.build]
    if pose.side and pose.stride:
        b = replace(b, head_top=b.head_top + 1, torso_top=b.torso_top + 1, hip=b.hip + 1)
    c = Canvas(FRAME_W, FRAME_H)
    if pose.side:
        legs_side(c, look, b, pose)
        torso_side(c, look, b, pose)
    else:
        legs_front(c, look, b, pose)
        torso_front(c, look, b, pose)
        arms_front(c, look, b, pose)
    head(c, look, b, pose)
    if pose.side:
        arms_side(c, look, b, pose)
    outline(c)
    return c


def frame(look: Look, pose: Pose) -> Canvas:
    """A person standing on a soft shadow."""
    b = BUILDS[look.build]
    half = 5 if b.shoulder >= 4 else 4
    out = soft_ellipse(
        FRAME_W, FRAME_H, (CX - half, b.feet - 1, CX + half - 1, b.feet + 2), SHADOW_ALPHA
    )
    out.paste(figure(look, pose))
    return out


def walk_sheet(look: Look) -> Canvas:
    """Rows down, left, right, up; columns stand, left step, stand, right step."""
    down = [frame(look, Pose("down", s)) for s in STRIDES]
    left = [frame(look, Pose("left", s)) for s in STRIDES]
    # The right row mirrors the left one; mirroring swaps which foot leads, so the
    # two step columns trade places to keep column 1 the left foot.
    right = [mirrored(left[i]) for i in (0, 3, 2, 1)]
    up = [frame(look, Pose("up", s)) for s in STRIDES]
    return sheet([down, left, right, up])
