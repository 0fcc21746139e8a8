"""Walking sprite sheets: a person painted from parameterized parts (legs, torso
and garment, arms, then the head from sprites_head) for each facing and stride,
outlined and set on a soft shadow.

Sheet: 4 columns x 4 rows of 16x32 frames. Rows face down, left, right, up;
columns are stand, left-foot step, stand, right-foot step.
"""

from __future__ import annotations

from dataclasses import replace

from sprites_build import BUILDS, CX, FRAME_H, FRAME_W, Build, Pose
from sprites_canvas import Canvas, mirrored, outline, shade, sheet, soft_ellipse
from sprites_cast import Look
from sprites_head import head

STRIDES = (0, 1, 0, -1)  # column -> stride: +1 left foot forward, -1 right foot
SHADOW_ALPHA = 64
LONG_TOPS = {"coat", "trench", "labcoat"}
SHORT_SLEEVES = {"dress", "shirt", "pinafore"}


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
    if kind in ("dress", "shirt"):  # an open neck: the throat in shadow
        c.row(tt, CX - 1, CX, look.skin)
        c.px(CX, tt, "skin_shadow")
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
    lifted = -pose.stride if pose.front else pose.stride
    for side in (-1, 1):
        swing = 0 if not pose.stride else (1 if side == lifted else -1)
        front_arm(c, look, b, side, swing, cane=pose.front)


def front_arm(c: Canvas, look: Look, b: Build, side: int, swing: int, cane: bool) -> None:
    """One arm hanging beside the body seen from the front or back (`side` -1 is the
    screen-left one), its hand moved by `swing`; the cane, if any, in the right hand."""
    x0, x1 = b.torso_x
    left = x0 - b.arm if side < 0 else x1 + 1
    sleeve_last, hand_first, hand_last = arm_rows(look, b, swing)
    for y in range(b.torso_top + 1, sleeve_last + 1):
        c.row(y, left, left + b.arm - 1, arm_colour(look, b, y))
    inner = left + b.arm - 1 if side < 0 else left
    if b.arm > 1:
        c.col(inner, b.torso_top + 1, sleeve_last, shade(arm_colour(look, b, sleeve_last)))
    c.rect(left, hand_first, left + b.arm - 1, hand_last, look.skin)
    if look.cane and side > 0 and cane:
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
    return on_shadow(look, figure(look, pose))


def on_shadow(look: Look, person: Canvas) -> Canvas:
    """An outlined figure set on the soft ink shadow under its feet."""
    b = BUILDS[look.build]
    half = 5 if b.shoulder >= 4 else 4
    out = soft_ellipse(
        FRAME_W, FRAME_H, (CX - half, b.feet - 1, CX + half - 1, b.feet + 2), SHADOW_ALPHA
    )
    out.paste(person)
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
