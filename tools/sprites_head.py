"""Heads for the walking frames: face (plain, bandaged or the bearded mask),
glasses, hair styles and hats, from the front, the left side and behind.
"""

from __future__ import annotations

from sprites_build import CX, Box, Build, Pose
from sprites_canvas import Canvas, shade
from sprites_cast import Look

# ----------------------------------------------------------------- head


def head_box(b: Build, pose: Pose) -> Box:
    """(x0, y0, x1, y1) of the head: 8 wide from the front, 7 from the side."""
    if pose.side:
        return CX - 4 - b.stoop, b.head_top, CX + 2 - b.stoop, b.torso_top - 1
    return CX - 4, b.head_top, CX + 3, b.torso_top - 1


def rounded(c: Canvas, box: Box, colour: str) -> None:
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
    if look.face != "bandages" or not look.hat:
        HAIR[look.hair_style](c, look, pose, box)
    if look.hat:
        HATS[look.hat](c, look, pose, box, b)


def bandaged_head(c: Canvas, b: Build, pose: Pose, box: Box) -> None:
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


def beard(c: Canvas, look: Look, pose: Pose, box: Box, e: int) -> None:
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


def glasses(c: Canvas, pose: Pose, box: Box, e: int) -> None:
    x0, y0, x1, y1 = box
    if pose.front:
        c.row(e, x0 + 1, x1 - 1, "ink")
        c.dots([(x0 + 2, e), (x1 - 2, e)], "sky")
    elif pose.side:
        c.row(e, x0, x0 + 4, "ink")
        c.px(x0 + 1, e, "sky")


# ----------------------------------------------------------------- hair


def hair_cap(c: Canvas, box: Box, colour: str) -> None:
    """The two top rows of a head of hair, corners rounded."""
    x0, y0, x1, _ = box
    c.row(y0, x0 + 1, x1 - 1, colour)
    c.row(y0 + 1, x0, x1, colour)


def hair_short(c: Canvas, look: Look, pose: Pose, box: Box) -> None:
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


def hair_parted(c: Canvas, look: Look, pose: Pose, box: Box) -> None:
    """Combed flat with a side parting: the front sweeps down on one side."""
    hair_short(c, look, pose, box)
    x0, y0, x1, _ = box
    if pose.front:
        c.row(y0 + 2, CX, x1, look.hair)
        c.px(CX - 2, y0, shade(look.skin))


def hair_fringe(c: Canvas, look: Look, pose: Pose, box: Box) -> None:
    """A boy's straight fringe."""
    hair_short(c, look, pose, box)
    x0, y0, x1, _ = box
    if pose.front or pose.side:
        c.row(y0 + 2, x0, x1, look.hair)


def hair_untidy(c: Canvas, look: Look, pose: Pose, box: Box) -> None:
    """Short hair that has not seen a comb: tufts above and at the sides."""
    hair_short(c, look, pose, box)
    x0, y0, x1, y1 = box
    c.dots([(x0 + 1, y0 - 1), (x0 + 4, y0 - 1), (x1 - 1, y0 - 1)], look.hair)
    if pose.side:
        c.dots([(x1 + 1, y0 + 2), (x1 + 1, y0 + 4), (x0, y0 + 2)], look.hair)
    else:
        c.dots([(x0 - 1, y0 + 2), (x1 + 1, y0 + 1), (x0 + 2, y0 + 2)], look.hair)


def hair_thin(c: Canvas, look: Look, pose: Pose, box: Box) -> None:
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


def hair_bob(c: Canvas, look: Look, pose: Pose, box: Box, length: int = 2) -> None:
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


def hair_long(c: Canvas, look: Look, pose: Pose, box: Box) -> None:
    hair_bob(c, look, pose, box, length=6)


def hair_bun(c: Canvas, look: Look, pose: Pose, box: Box) -> None:
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


def hair_neat(c: Canvas, look: Look, pose: Pose, box: Box) -> None:
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


def hair_pigtails(c: Canvas, look: Look, pose: Pose, box: Box) -> None:
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
    "parted": hair_parted,
    "fringe": hair_fringe,
    "untidy": hair_untidy,
    "thin": hair_thin,
    "bob": hair_bob,
    "long": hair_long,
    "bun": hair_bun,
    "neat": hair_neat,
    "pigtails": hair_pigtails,
}


# ----------------------------------------------------------------- hats


def hat_fedora(c: Canvas, look: Look, pose: Pose, box: Box, b: Build) -> None:
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


def hat_pillbox(c: Canvas, look: Look, pose: Pose, box: Box, b: Build) -> None:
    """The usher's little round cap, with a braid band."""
    x0, y0, x1, y1 = box
    left, right = (x0 + 1, x1 - 2) if pose.side else (x0 + 1, x1 - 1)
    c.rect(left, y0 - 2, right, y0, look.hat_colour)
    c.row(y0, left, right, look.trim or shade(look.hat_colour))


def hat_headscarf(c: Canvas, look: Look, pose: Pose, box: Box, b: Build) -> None:
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
        c.dots(
            [(x0 + 1, y0), (CX + 1, y0 - 1), (x1 - 1, y0), (x0 - 1, e), (x1 + 1, e - 1)], "cream"
        )
    elif pose.side:
        c.rect(x0 + 1, y0, x1 + 1, y0 + 1, s)
        c.rect(x1 - 2, y0 + 2, x1 + 1, e + 1, s)
        c.px(x1 + 2, y1, s)
        c.dots([(x0 + 2, y0), (x1 - 1, y0 - 1), (x1, y0 + 3), (x1 - 2, e + 1)], "cream")
    else:
        c.rect(x0 - 1, y0, x1 + 1, y1 - 1, s)
        c.rect(CX - 1, y1, CX, y1 + 1, shade(s))
        c.dots([(x0 + 1, y0), (CX + 1, y0 + 2), (x1, y0 + 1), (x0, e), (CX - 2, e + 1)], "cream")


HATS = {"fedora": hat_fedora, "pillbox": hat_pillbox, "headscarf": hat_headscarf}
