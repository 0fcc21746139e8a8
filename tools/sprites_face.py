"""Faces for the bust portraits: head geometry, skin, eyes, nose and mouth, age,
glasses and beards, the hero's bandages and mask, hair and hats.

Coordinates are 48-unit design space; the face is mirrored across CX. Hair and
hats come in two layers: the back (drawn before the head) and the front (after).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from sprites_canvas import Canvas, blank_like, colour_mask, erode, overlay, paint, rim, shade
from sprites_cast import Look

SIZE = 48
CX = 23.5  # the face's mirror line, between design columns 23 and 24
FEMININE_BUILDS = {"woman", "old_woman", "girl"}
HIGHLIGHT = {"hair": "asphalt", "hair_grey": "concrete", "wood_dark": "wood", "wood": "wood_light"}


@dataclass(frozen=True, slots=True)
class Head:
    """Where a face's parts sit, in design units."""

    left: int = 14
    right: int = 33
    top: int = 8
    chin: int = 36
    eye: int = 21
    mouth: int = 31
    eye_w: int = 3  # eye width
    eye_in: int = 4  # distance from the mirror line to the inner corner of an eye

    @property
    def nose(self) -> int:
        return (self.eye + self.mouth) // 2 + 1

    def mirror(self, x: float) -> float:
        return 2 * CX - x


ADULT = Head()
CHILD = Head(left=13, right=34, top=12, chin=37, eye=26, mouth=33, eye_w=4, eye_in=4)

# Jaw shapes: (inset of the jaw corner, half width of the chin, chin drop).
JAWS = {"square": (1, 3.5, 0), "soft": (1, 2.5, -1), "round": (0, 4.5, 0), "long": (2, 2.5, 1)}


def head_for(look: Look) -> Head:
    return CHILD if look.age == "child" else ADULT


def feminine(look: Look) -> bool:
    return look.build in FEMININE_BUILDS or look.top_kind == "pinafore"


def pair(c: Canvas, x0: float, y0: float, x1: float, y1: float, colour: str) -> None:
    """A box and its mirror image across the face's centre line."""
    c.rect(x0, y0, x1, y1, colour)
    c.rect(2 * CX - x1, y0, 2 * CX - x0, y1, colour)


def skin_of(look: Look) -> str:
    return "bandage" if look.face == "bandages" else look.skin


# ----------------------------------------------------------------- head


def neck(c: Canvas, look: Look, h: Head) -> None:
    colour = "bandage" if look.face == "bandages" else "skin_shadow"
    c.rect(19, h.chin - 6, 28, 37, colour)
    if look.face == "bandages":
        c.row(h.chin - 1, 19, 28, "bandage_shadow")
        c.row(h.chin + 2, 19, 28, "bandage_shadow")


def ears(c: Canvas, look: Look, h: Head) -> None:
    colour = "bandage_shadow" if look.face == "bandages" else look.skin
    c.ellipse(h.left - 2, h.eye - 1, h.left + 2, h.nose + 1, colour)
    c.ellipse(h.mirror(h.left + 2), h.eye - 1, h.mirror(h.left - 2), h.nose + 1, shade(colour))


def face_shape(c: Canvas, look: Look, h: Head) -> None:
    """Cranium and jaw in skin (or bandage), shadowed on the right and under the chin."""
    skin = skin_of(look)
    inset, half, drop = JAWS[look.jaw]
    jaw_top = (h.top + h.chin) // 2
    chin = h.chin + drop
    c.ellipse(h.left, h.top, h.right, h.chin - 6, skin)
    corners = [(h.left, jaw_top), (h.left + inset, h.chin - 6), (CX - half, chin)]
    c.polygon(corners + [(h.mirror(x), y) for x, y in reversed(corners)], skin)
    rim(c, skin, shade(skin), 2, 0)


# ----------------------------------------------------------------- features


def eyes(c: Canvas, look: Look, h: Head) -> None:
    """Whites, pupils (turned by `gaze`), an upper lid, lashes for women, a catch
    light for children; brows in the hair colour."""
    x1 = CX - h.eye_in - 0.5
    x0 = x1 - h.eye_w + 1
    child = look.age == "child"
    top = h.eye - 1 if child else h.eye
    pair(c, x0, top, x1, h.eye + 1, "white")
    pair(c, x0 - 1, top - 1, x1, top - 1, "ink")
    if feminine(look):
        pair(c, x0 - 2, top - 2, x0 - 2, top - 2, "ink")
    width = 2 if child else 1
    for x in (x0 + 1 + look.gaze, h.mirror(x1 - 1) + look.gaze):
        c.rect(x, top, x + width - 1, h.eye + 1, "ink")
        if child:
            c.px(x, top, "white")
    brow = {"hair_grey": "concrete_dark"}.get(look.hair, look.hair)
    lift = 1 if feminine(look) else 0
    pair(c, x0 - 1, top - 4 - lift, x1 + (0 if lift else 1), top - 4 - lift, brow)
    if look.face != "mask" and not feminine(look) and not child:
        pair(c, x0 - 1, top - 3, x0, top - 3, brow)


def nose_and_mouth(c: Canvas, look: Look, h: Head) -> None:
    shadow = shade(look.skin)
    if look.age == "child":
        c.dots([(25, h.nose - 1), (24, h.nose)], shadow)
        c.row(h.mouth, 22, 25, "skin_dark")
        return
    c.col(25, h.eye + 2, h.nose, shadow)
    c.row(h.nose, 22, 25, shadow)
    if look.lips:
        c.row(h.mouth, 21, 26, "red_dark")
        c.row(h.mouth + 1, 22, 25, "red")
    else:
        c.row(h.mouth, 21, 26, "skin_dark")
        c.row(h.mouth + 1, 22, 25, "skin_shadow")
    if look.moustache:
        c.row(h.mouth - 2, 20, 27, look.hair)


def age_lines(c: Canvas, look: Look, h: Head) -> None:
    """Middle age: creases from nose to mouth; old: bags and a lined brow too."""
    if look.age not in ("middle", "old"):
        return
    shadow = shade(look.skin)
    pair(c, 19, h.mouth - 2, 19, h.mouth, shadow)
    if look.age == "old":
        pair(c, 17, h.eye + 3, 19, h.eye + 3, shadow)
        c.row(h.top + 7, 20, 27, shadow)


def glasses(c: Canvas, h: Head) -> None:
    """Heavy dark frames, a glint on each lens."""
    for x0 in (15, 26):
        c.row(h.eye - 2, x0, x0 + 6, "ink")
        c.row(h.eye + 3, x0, x0 + 6, "ink")
        c.col(x0, h.eye - 2, h.eye + 3, "ink")
        c.col(x0 + 6, h.eye - 2, h.eye + 3, "ink")
    c.row(h.eye - 1, 22, 25, "ink")
    c.dots([(16, h.eye - 1), (27, h.eye - 1)], "sky")


def beard(c: Canvas, look: Look, h: Head, lip: bool = True) -> None:
    """A trimmed beard that follows the jaw, a fuller chin and a moustache: on the
    mask it is what hides the seams."""
    face_px = colour_mask(c, {look.skin, shade(look.skin)})
    rows = np.arange(face_px.shape[0])[:, None]
    below = rows >= c.row_px(h.eye + 4)
    jaw = face_px & ~erode(face_px, max(1, round(2 * c.scale))) & below
    chin = face_px & (rows >= c.row_px(h.chin - 4))
    paint(c, jaw | chin, look.hair)
    c.rect(20, h.mouth - 2, 27, h.mouth - 2, look.hair)
    c.rect(21, h.mouth - 1, 26, h.mouth - 1, look.skin)
    c.row(h.mouth, 21, 26, "skin_dark")
    if lip:
        c.rect(22, h.mouth + 1, 25, h.mouth + 1, look.skin)


# ----------------------------------------------------------------- the hero's two faces


def bandages(c: Canvas, h: Head) -> None:
    """Wraps round the head, each edge a shadow line over a paler fold; the eyes
    are dark slits between two wraps with only a glint inside; a mouth slit; a
    loose end at the jaw and a faint stain where the burn weeps."""
    wraps = blank_like(c)
    edges = [
        (h.top + 11, h.top + 15),
        (h.eye - 1, h.eye - 2),
        (h.nose + 2, h.nose),
        (h.chin - 3, h.chin - 2),
    ]
    for left_y, right_y in edges:
        wraps.line(h.left - 3, left_y, h.right + 3, right_y, "bandage_shadow")
        wraps.line(h.left - 3, left_y + 1, h.right + 3, right_y + 1, "white")
    wraps.line(h.left, h.nose - 3, 22, h.eye + 2, "bandage_shadow")
    overlay(c, wraps, {"bandage"})
    # The wraps stand a little proud of the head at the temples.
    c.px(h.left - 1, edges[0][0] + 1, "bandage")
    c.px(h.right + 1, edges[0][1] + 1, "bandage_shadow")
    for x0 in (16, 26):
        c.rect(x0, h.eye, x0 + 5, h.eye + 1, "ink")
    c.dots([(19, h.eye + 1), (28, h.eye + 1)], "concrete_dark")
    c.col(25, h.eye + 3, h.nose - 1, "bandage_shadow")
    c.rect(21, h.mouth - 1, 26, h.mouth, "shadow")
    c.row(h.mouth - 1, 22, 25, "ink")
    c.row(h.nose - 1, 17, 18, "cream")
    flap = [(h.right - 2, h.chin - 7), (h.right, h.chin - 8), (h.right + 3, h.chin)]
    c.polygon(flap + [(h.right + 1, h.chin + 1)], "bandage")
    c.line(h.right, h.chin - 7, h.right + 2, h.chin, "bandage_shadow")


def mask_face(c: Canvas, look: Look, h: Head) -> None:
    """The mask: a plausible face, a little too still. Level brows, eyes fixed dead
    ahead, no lines at all, and a faint seam at each temple."""
    eyes(c, look, h)
    c.col(25, h.eye + 2, h.nose, shade(look.skin))
    c.row(h.nose, 22, 25, shade(look.skin))
    beard(c, look, h)
    seam = blank_like(c)
    seam.col(h.left + 2, h.top + 10, h.eye + 4, "skin_shadow")
    seam.col(h.mirror(h.left + 2), h.top + 10, h.eye + 4, "skin_shadow")
    overlay(c, seam, {look.skin})


def face(c: Canvas, look: Look, h: Head) -> None:
    if look.face == "bandages":
        bandages(c, h)
        return
    if look.face == "mask":
        mask_face(c, look, h)
        return
    eyes(c, look, h)
    nose_and_mouth(c, look, h)
    age_lines(c, look, h)
    if look.beard:
        beard(c, look, h)


# ----------------------------------------------------------------- hair


def crown(c: Canvas, h: Head, colour: str, spread: int = 1, depth: int = 16) -> None:
    """The round mass of hair over the top of the skull."""
    c.ellipse(h.left - spread, h.top - 2, h.right + spread, h.top + depth, colour)


def hairline(c: Canvas, h: Head, colour: str, line: int) -> None:
    """The crown again, cut off at `line`: the hair that covers the forehead."""
    c.clip_rows(None, line)
    crown(c, h, colour)
    c.clip_rows()


def sheen(c: Canvas, look: Look, h: Head) -> None:
    """A lighter stroke where the light catches the hair, top left."""
    stroke = blank_like(c)
    stroke.line(h.left + 1, h.top + 3, h.left + 6, h.top - 1, HIGHLIGHT.get(look.hair, "shadow"))
    overlay(c, stroke, {look.hair})


def back_short(c: Canvas, look: Look, h: Head) -> None:
    crown(c, h, look.hair)


def back_untidy(c: Canvas, look: Look, h: Head) -> None:
    crown(c, h, look.hair)
    for x, y in ((h.left - 3, h.top + 3), (h.right - 1, h.top + 1), (h.left + 5, h.top - 5)):
        c.ellipse(x, y, x + 5, y + 6, look.hair)


def back_thin(c: Canvas, look: Look, h: Head) -> None:
    c.ellipse(h.left - 1, h.top + 4, h.right + 1, h.top + 18, look.hair)


def back_bob(c: Canvas, look: Look, h: Head) -> None:
    crown(c, h, look.hair, spread=3, depth=22)
    c.rect(h.left - 3, h.top + 8, h.right + 3, h.chin - 7, look.hair)


def back_long(c: Canvas, look: Look, h: Head) -> None:
    crown(c, h, look.hair, spread=3, depth=22)
    c.rect(h.left - 4, h.top + 8, h.right + 4, 46, look.hair)


def back_neat(c: Canvas, look: Look, h: Head) -> None:
    """Bouffant volume, ends flipped outwards at the jaw."""
    c.ellipse(h.left - 5, h.top - 6, h.right + 5, h.top + 22, look.hair)
    c.rect(h.left - 4, h.top + 8, h.right + 4, h.chin - 8, look.hair)
    c.ellipse(h.left - 7, h.chin - 11, h.left + 1, h.chin - 6, look.hair)
    c.ellipse(h.right - 1, h.chin - 11, h.right + 7, h.chin - 6, look.hair)


def back_bun(c: Canvas, look: Look, h: Head) -> None:
    c.ellipse(CX - 6, h.top - 8, CX + 6, h.top + 2, look.hair)
    crown(c, h, look.hair)


def back_pigtails(c: Canvas, look: Look, h: Head) -> None:
    back_bob(c, look, h)
    for x in (h.left - 7, h.right + 2):
        c.ellipse(x, h.eye, x + 5, h.chin + 2, look.hair)
        c.rect(x + 1, h.eye, x + 4, h.eye + 1, "red")


def front_short(c: Canvas, look: Look, h: Head) -> None:
    hairline(c, h, look.hair, h.top + 5)
    pair(c, h.left, h.top + 5, h.left + 1, h.eye + 1, look.hair)


def front_parted(c: Canvas, look: Look, h: Head) -> None:
    """Combed flat with a side parting and a swept front."""
    hairline(c, h, look.hair, h.top + 4)
    c.polygon([(19, h.top + 4), (h.right, h.top + 4), (h.right, h.top + 7)], look.hair)
    pair(c, h.left, h.top + 4, h.left + 1, h.eye + 1, look.hair)
    c.line(19, h.top - 1, 19, h.top + 3, HIGHLIGHT.get(look.hair, "shadow"))


def front_fringe(c: Canvas, look: Look, h: Head) -> None:
    """A boy's straight fringe cut above the brows."""
    hairline(c, h, look.hair, h.eye - 5)
    pair(c, h.left, h.eye - 5, h.left + 1, h.eye, look.hair)


def front_untidy(c: Canvas, look: Look, h: Head) -> None:
    front_short(c, look, h)
    line = h.top + 5
    c.polygon([(18, line), (21, line), (19, line + 3)], look.hair)
    c.polygon([(26, line), (30, line), (29, line + 4)], look.hair)


def front_thin(c: Canvas, look: Look, h: Head) -> None:
    pair(c, h.left - 1, h.top + 7, h.left + 1, h.eye + 1, look.hair)
    c.row(h.top + 2, 20, 27, look.hair)


def front_bob(c: Canvas, look: Look, h: Head, long: bool = True) -> None:
    """A fringe to the brows and hair hanging beside the cheeks."""
    line = h.top + 8
    hairline(c, h, look.hair, line)
    pair(c, h.left - 2, h.top + 4, h.left + 1, h.chin - 7 if long else h.eye + 1, look.hair)
    c.px(22, line, look.skin)


def front_pigtails(c: Canvas, look: Look, h: Head) -> None:
    front_bob(c, look, h, long=False)


def front_neat(c: Canvas, look: Look, h: Head) -> None:
    """A set wave swept across the brow from the left."""
    line = h.top + 6
    hairline(c, h, look.hair, line)
    c.polygon([(h.left, line), (27, line), (h.left, h.eye - 2)], look.hair)
    pair(c, h.left - 1, line, h.left, h.eye + 3, look.hair)


def front_bun(c: Canvas, look: Look, h: Head) -> None:
    hairline(c, h, look.hair, h.top + 5)
    pair(c, h.left, h.top + 5, h.left + 1, h.eye, look.hair)
    c.row(h.top + 1, 21, 26, shade(look.hair))


Part = Callable[[Canvas, Look, Head], None]
HAIR_BACK: dict[str, Part] = {
    "short": back_short,
    "parted": back_short,
    "fringe": back_short,
    "untidy": back_untidy,
    "thin": back_thin,
    "bob": back_bob,
    "long": back_long,
    "neat": back_neat,
    "bun": back_bun,
    "pigtails": back_pigtails,
}
HAIR_FRONT: dict[str, Part] = {
    "short": front_short,
    "parted": front_parted,
    "fringe": front_fringe,
    "untidy": front_untidy,
    "thin": front_thin,
    "bob": front_bob,
    "long": front_bob,
    "neat": front_neat,
    "bun": front_bun,
    "pigtails": front_pigtails,
}


def hair_back(c: Canvas, look: Look, h: Head) -> None:
    """The part of the hair (or scarf) that shows behind the head."""
    if look.hat == "headscarf":
        scarf_back(c, look, h)
    elif look.hat != "fedora":
        HAIR_BACK[look.hair_style](c, look, h)


def hair_front(c: Canvas, look: Look, h: Head) -> None:
    """Hairline, fringe and sideburns over the forehead."""
    if look.hat == "headscarf":
        scarf_front(c, look, h)
    elif look.hat == "fedora":
        if look.face != "bandages":
            pair(c, h.left, h.top + 9, h.left + 1, h.eye + 2, look.hair)
    else:
        HAIR_FRONT[look.hair_style](c, look, h)
        sheen(c, look, h)


# ----------------------------------------------------------------- hats


def scarf_back(c: Canvas, look: Look, h: Head) -> None:
    """A headscarf framing the face, tied under the chin."""
    scarf = look.hat_colour
    c.ellipse(h.left - 3, h.top - 4, h.right + 3, h.top + 22, scarf)
    c.rect(h.left - 3, h.top + 8, h.right + 3, h.chin - 6, scarf)
    c.polygon([(20, h.chin - 2), (27, h.chin - 2), (30, h.chin + 5), (17, h.chin + 5)], scarf)
    dots = blank_like(c)
    for y in range(h.top - 4, h.chin + 6, 4):
        for x in range(h.left - 3 + (y // 4) % 2 * 2, h.right + 4, 4):
            dots.px(x, y, "cream")
    overlay(c, dots, {scarf})


def scarf_front(c: Canvas, look: Look, h: Head) -> None:
    """The scarf's front edge over the brow, a little hair showing, and the knot."""
    scarf = look.hat_colour
    c.rect(17, h.top + 5, 30, h.top + 7, look.hair)
    c.clip_rows(None, h.top + 5)
    c.ellipse(h.left - 3, h.top - 4, h.right + 3, h.top + 22, scarf)
    c.clip_rows()
    c.row(h.top + 5, h.left, h.right, shade(scarf))
    c.ellipse(21, h.chin - 1, 26, h.chin + 3, shade(scarf))
    c.polygon([(22, h.chin + 2), (19, h.chin + 7), (22, h.chin + 7)], scarf)
    c.polygon([(25, h.chin + 2), (28, h.chin + 7), (25, h.chin + 7)], shade(scarf))


def hat_back(c: Canvas, look: Look, h: Head) -> None:
    if look.hat == "fedora":
        c.ellipse(h.left - 6, h.top + 3, h.right + 6, h.top + 11, look.hat_colour)


def fedora(c: Canvas, look: Look, h: Head) -> None:
    """Pinched crown, darker band, a brim that throws a shadow across the brow."""
    colour = look.hat_colour
    band = "shadow" if colour == "night" else shade(colour)
    brim_shadow = blank_like(c)
    brim_shadow.rect(h.left - 2, h.top + 8, h.right + 2, h.top + 10, shade(skin_of(look)))
    overlay(c, brim_shadow, {skin_of(look), "white"})
    side = [(h.left + 1, h.top + 6), (h.left + 2, h.top - 2), (19, h.top - 4)]
    c.polygon(side + [(CX, h.top - 2)] + [(h.mirror(x), y) for x, y in reversed(side)], colour)
    c.rect(h.left + 1, h.top + 3, h.right - 1, h.top + 5, band)
    brim = [(h.left - 6, h.top + 7), (h.left - 2, h.top + 5)]
    under = [(h.right + 4, h.top + 9), (h.left - 4, h.top + 9)]
    c.polygon(brim + [(h.mirror(x), y) for x, y in reversed(brim)] + under, colour)
    c.row(h.top + 9, h.left - 3, h.right + 3, band)
    c.col(CX, h.top - 2, h.top + 1, band)


def pillbox(c: Canvas, look: Look, h: Head) -> None:
    """The usher's round cap with a braid band."""
    colour = look.hat_colour
    c.rounded_rect(h.left + 3, h.top - 5, h.right - 3, h.top + 4, colour, 2)
    c.rect(h.left + 3, h.top + 1, h.right - 3, h.top + 3, look.trim or shade(colour))
    c.col(h.right - 4, h.top - 4, h.top, shade(colour))


def hat_front(c: Canvas, look: Look, h: Head) -> None:
    {"fedora": fedora, "pillbox": pillbox}.get(look.hat or "", lambda *_: None)(c, look, h)
