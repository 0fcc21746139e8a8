"""Bust portraits for the dialogue box (48x48), and the hero's head reused for the
window icon (32x32) and the title image (96x96).

A bust is drawn in a 48-unit design space: shoulders, neck, hair behind, ears,
head, features, hair in front, glasses, hat. The canvas scale turns the same
drawing into any of the three sizes.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sprites_body import shade
from sprites_canvas import Canvas, alpha_of, blank_like, clip_to, outline, overlay, rim
from sprites_cast import CAST, Look

SIZE = 48
CX = 23.5  # the face's mirror line, between design columns 23 and 24


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
CHILD = Head(left=13, right=34, top=12, chin=37, eye=25, mouth=33, eye_w=3, eye_in=4)


def head_for(look: Look) -> Head:
    return CHILD if look.age == "child" else ADULT


def pair(c: Canvas, x0: float, y0: float, x1: float, y1: float, colour: str) -> None:
    """A box and its mirror image across the face's centre line."""
    c.rect(x0, y0, x1, y1, colour)
    c.rect(2 * CX - x1, y0, 2 * CX - x0, y1, colour)


def skin_of(look: Look) -> str:
    return "bandage" if look.face == "bandages" else look.skin


# ----------------------------------------------------------------- shoulders


def shoulders(c: Canvas, look: Look) -> None:
    top = look.shirt if look.top_kind in ("vest", "pinafore") else look.top
    c.polygon([(1, 47), (3, 41), (9, 38), (17, 36), (30, 36), (38, 38), (44, 41), (46, 47)], top)
    rim(c, top, shade(top), 3, 0)
    CLOTHES.get(look.top_kind, collar_v)(c, look)
    if look.tweed:
        fleck(c, look.top)
    if look.apron:
        apron(c, look)


def collar_v(c: Canvas, look: Look) -> None:
    """An open jacket: lapels, a shirt V and perhaps a tie."""
    c.polygon([(18, 36), (29, 36), (24, 45), (23, 45)], look.shirt)
    lapel = shade(look.top)
    c.polygon([(15, 37), (18, 36), (23, 46), (21, 47)], lapel)
    c.polygon([(32, 37), (29, 36), (24, 46), (26, 47)], lapel)
    c.polygon([(16, 38), (18, 37), (23, 47), (22, 47)], look.top)
    c.polygon([(31, 38), (29, 37), (24, 47), (25, 47)], look.top)
    necktie(c, look)


def necktie(c: Canvas, look: Look) -> None:
    if look.tie:
        c.rect(22, 36, 25, 38, look.tie)
        c.polygon([(22, 39), (25, 39), (26, 46), (23.5, 47), (21, 46)], look.tie)
        c.col(25, 39, 45, shade(look.tie))
    if look.bow_tie:
        c.polygon([(19, 36), (23, 38), (19, 40)], "ink")
        c.polygon([(28, 36), (24, 38), (28, 40)], "ink")
        c.rect(22, 37, 25, 39, "ink")


def coat_collar(c: Canvas, look: Look) -> None:
    """The hero's coat: the collar turned up against the neck."""
    c.polygon([(19, 36), (28, 36), (24, 43), (23, 43)], look.shirt)
    c.polygon([(13, 38), (17, 31), (20, 35), (22, 42), (19, 44)], look.top)
    c.polygon([(34, 38), (30, 31), (27, 35), (25, 42), (28, 44)], shade(look.top))
    c.polygon([(20, 35), (21, 36), (22, 43)], shade(look.top))


def vest(c: Canvas, look: Look) -> None:
    """Shirt sleeves and a waistcoat buttoned over the chest."""
    c.polygon([(12, 39), (19, 36), (23, 47), (12, 47)], look.top)
    c.polygon([(35, 39), (28, 36), (24, 47), (35, 47)], look.top)
    rim(c, look.top, shade(look.top), 2, 0)
    c.dots([(22, 44), (25, 44)], look.trim or shade(look.top))
    necktie(c, look)


def cardigan(c: Canvas, look: Look) -> None:
    c.polygon([(18, 36), (29, 36), (24, 44), (23, 44)], look.shirt)
    c.polygon([(20, 36), (27, 36), (24, 38), (23, 38)], look.shirt)
    c.dots([(23, 45), (24, 45)], look.trim or "ink")
    c.col(23, 44, 47, shade(look.top))
    necktie(c, look)


def uniform(c: Canvas, look: Look) -> None:
    """A buttoned service jacket with a stand collar and braid."""
    trim = look.trim or "mustard"
    c.rect(18, 35, 29, 38, look.top)
    c.row(38, 18, 29, trim)
    c.col(23, 39, 47, shade(look.top))
    c.col(24, 39, 47, shade(look.top))
    for y in (41, 45):
        c.dots([(20, y), (27, y)], trim)
    c.polygon([(6, 40), (13, 37), (14, 39), (7, 42)], trim)
    c.polygon([(41, 40), (34, 37), (33, 39), (40, 42)], trim)


def dress(c: Canvas, look: Look) -> None:
    """A round neckline; a white collar if the look has trim or is a child's."""
    c.ellipse(18, 32, 29, 40, look.skin)
    rim(c, look.skin, "skin_shadow", 2, 0)
    collar = look.trim or (look.shirt if look.age == "child" else None)
    if collar:
        c.polygon([(16, 37), (19, 37), (23, 41), (18, 41)], collar)
        c.polygon([(31, 37), (28, 37), (24, 41), (29, 41)], collar)


def shirt(c: Canvas, look: Look) -> None:
    """An open-necked shirt or blouse with a pointed collar."""
    c.polygon([(20, 36), (27, 36), (24, 41), (23, 41)], look.skin)
    collar = look.shirt if look.age == "child" else shade(look.top)
    c.polygon([(17, 36), (21, 36), (23, 41), (19, 41)], collar)
    c.polygon([(30, 36), (26, 36), (24, 41), (28, 41)], collar)


def pinafore(c: Canvas, look: Look) -> None:
    """A white blouse under the straps and bib of a pinafore dress."""
    shirt(c, replace(look, top=look.shirt))
    c.rect(13, 39, 16, 47, look.top)
    c.rect(31, 39, 34, 47, look.top)
    c.rect(16, 43, 31, 47, look.top)


def apron(c: Canvas, look: Look) -> None:
    colour = look.apron or "white"
    c.rect(17, 42, 30, 47, colour)
    c.row(42, 17, 30, shade(colour))
    c.polygon([(16, 37), (18, 37), (19, 42), (17, 42)], colour)
    c.polygon([(31, 37), (29, 37), (28, 42), (30, 42)], colour)


def fleck(c: Canvas, colour: str) -> None:
    """Tweed: a scatter of darker threads over the jacket."""
    marks = blank_like(c)
    for y in range(36, 48):
        for x in range(0, SIZE):
            if (x * 3 + y * 5) % 7 == 0:
                marks.px(x, y, shade(colour))
    overlay(c, marks, {colour})


CLOTHES = {
    "jacket": collar_v,
    "trench": collar_v,
    "labcoat": collar_v,
    "coat": coat_collar,
    "vest": vest,
    "cardigan": cardigan,
    "uniform": uniform,
    "dress": dress,
    "shirt": shirt,
    "pinafore": pinafore,
}


# ----------------------------------------------------------------- head and face


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
    jaw_top = (h.top + h.chin) // 2
    c.ellipse(h.left, h.top, h.right, h.chin - 6, skin)
    c.polygon(
        [
            (h.left, jaw_top),
            (h.right, jaw_top),
            (h.right - 1, h.chin - 6),
            (27, h.chin),
            (20, h.chin),
            (h.left + 1, h.chin - 6),
        ],
        skin,
    )
    rim(c, skin, shade(skin), 2, 0)
    rim(c, skin, shade(skin), 0, 1)


def eyes(c: Canvas, look: Look, h: Head) -> None:
    """Whites, pupils and a lid line; brows in the hair colour."""
    x_in = CX - h.eye_in
    x0 = x_in - h.eye_w + 0.5
    x1 = x_in - 0.5
    pair(c, x0, h.eye, x1, h.eye + 1, "white")
    pair(c, x0 - 1, h.eye - 1, x1, h.eye - 1, "ink")
    pupil = x0 + 1 if look.age != "child" else x0
    pair(c, pupil, h.eye, pupil + (1 if look.age == "child" else 0), h.eye + 1, "ink")
    brow = look.hair if look.hair != "hair_grey" else "concrete_dark"
    pair(c, x0 - 1, h.eye - 4, x1 + 1, h.eye - 3 if look.beard else h.eye - 4, brow)


def nose_and_mouth(c: Canvas, look: Look, h: Head) -> None:
    shadow = shade(look.skin)
    c.col(25, h.eye + 2, h.nose, shadow)
    c.row(h.nose, 22, 25, shadow)
    if look.lips:
        c.row(h.mouth, 21, 26, "red_dark")
        c.row(h.mouth + 1, 22, 25, "red")
    else:
        c.row(
            h.mouth,
            21 if look.age != "child" else 22,
            26 if look.age != "child" else 25,
            "skin_dark",
        )
    if look.age == "child":
        pair(c, 15, h.mouth - 3, 16, h.mouth - 2, "skin_shadow")


def age_lines(c: Canvas, look: Look, h: Head) -> None:
    """Middle age: a crease beside the mouth and under the eyes; old: more of them."""
    if look.age not in ("middle", "old"):
        return
    shadow = shade(look.skin)
    pair(c, 19, h.mouth - 3, 19, h.mouth - 1, shadow)
    pair(c, 17, h.eye + 3, 19, h.eye + 3, shadow)
    if look.age == "old":
        c.row(h.top + 6, 19, 28, shadow)
        c.row(h.top + 8, 20, 27, shadow)


def glasses(c: Canvas, h: Head) -> None:
    for x0 in (15, 26):
        ring = [(x0, h.eye - 2), (x0 + 6, h.eye - 2), (x0, h.eye + 3), (x0 + 6, h.eye + 3)]
        c.row(ring[0][1], x0, x0 + 6, "ink")
        c.row(ring[2][1], x0, x0 + 6, "ink")
        c.col(x0, h.eye - 2, h.eye + 3, "ink")
        c.col(x0 + 6, h.eye - 2, h.eye + 3, "ink")
    c.row(h.eye - 1, 22, 25, "ink")
    c.dots([(16, h.eye - 1), (27, h.eye - 1)], "sky")


def beard(c: Canvas, look: Look, h: Head) -> None:
    """A trimmed beard along the jaw and a moustache: on the mask it hides the seams."""
    hair = blank_like(c)
    hair.rect(h.left - 2, h.mouth - 3, h.right + 2, h.chin + 2, look.hair)
    hair.rect(h.left - 2, h.eye + 3, h.left + 2, h.chin, look.hair)
    hair.rect(h.right - 2, h.eye + 3, h.right + 2, h.chin, look.hair)
    overlay(c, hair, {look.skin, shade(look.skin)})
    c.rect(21, h.mouth - 1, 26, h.mouth + 1, look.skin)
    c.row(h.mouth, 21, 26, "skin_dark")
    c.rect(22, h.mouth + 1, 25, h.mouth + 1, "skin_shadow")
    c.row(h.mouth - 2, 20, 27, look.hair)


# ----------------------------------------------------------------- the hero's two faces


def bandages(c: Canvas, h: Head) -> None:
    """Wraps crossing the head, each with a shadowed lower edge; eye slits that are
    nearly black, with a glint of the eyes inside; a mouth slit; a loose end."""
    wraps = blank_like(c)
    for i, y in enumerate(range(h.top + 4, h.chin + 2, 5)):
        slope = 0.22 if i % 2 else -0.18
        left_y = y - slope * (CX - h.left)
        right_y = y + slope * (h.right - CX)
        wraps.polygon(
            [
                (h.left - 3, left_y),
                (h.right + 3, right_y),
                (h.right + 3, right_y + 1),
                (h.left - 3, left_y + 1),
            ],
            "bandage_shadow",
        )
        wraps.polygon(
            [
                (h.left - 3, left_y - 1),
                (h.right + 3, right_y - 1),
                (h.right + 3, right_y - 1),
                (h.left - 3, left_y - 1),
            ],
            "white",
        )
    overlay(c, wraps, {"bandage"})
    for x0 in (15, 26):
        c.rect(x0, h.eye - 1, x0 + 6, h.eye + 2, "bandage_shadow")
        c.rect(x0 + 1, h.eye, x0 + 5, h.eye + 1, "ink")
    c.dots([(19, h.eye), (28, h.eye)], "concrete")
    c.col(25, h.eye + 4, h.nose, "bandage_shadow")
    c.row(h.nose + 1, 22, 25, "bandage_shadow")
    c.rect(21, h.mouth - 1, 26, h.mouth, "shadow")
    c.row(h.mouth - 1, 22, 25, "ink")
    c.rect(29, h.mouth - 4, 31, h.mouth - 3, "cream")
    c.polygon(
        [
            (h.right - 1, h.chin - 8),
            (h.right + 2, h.chin - 8),
            (h.right + 4, h.chin + 3),
            (h.right + 2, h.chin + 4),
        ],
        "bandage",
    )
    c.polygon(
        [(h.right + 2, h.chin - 8), (h.right + 4, h.chin + 3), (h.right + 3, h.chin + 3)],
        "bandage_shadow",
    )


def mask_face(c: Canvas, look: Look, h: Head) -> None:
    """The mask: a plausible face, a little too still. Perfectly level brows and
    eyes, a resin sheen on the cheekbones, and a faint seam at the temple."""
    eyes(c, look, h)
    nose_and_mouth(c, look, h)
    beard(c, look, h)
    c.dots([(18, h.nose - 1), (29, h.nose - 1), (23, h.eye + 2)], "cream")
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


# ----------------------------------------------------------------- hair and hats


def hair_back(c: Canvas, look: Look, h: Head) -> None:
    """The part of the hair that shows behind the head."""
    colour, style = look.hair, look.hair_style
    if look.hat in ("fedora", "headscarf"):
        if look.hat == "headscarf":
            c.ellipse(h.left - 3, h.top - 4, h.right + 3, h.top + 22, look.hat_colour)
            c.rect(h.left - 3, h.top + 8, h.right + 3, h.chin - 6, look.hat_colour)
            c.polygon(
                [(20, h.chin - 2), (27, h.chin - 2), (30, h.chin + 5), (17, h.chin + 5)],
                look.hat_colour,
            )
        return
    if style in ("bob", "pigtails"):
        c.ellipse(h.left - 3, h.top - 2, h.right + 3, h.top + 22, colour)
        c.rect(h.left - 3, h.top + 8, h.right + 3, h.chin - 7, colour)
    elif style == "long":
        c.ellipse(h.left - 3, h.top - 2, h.right + 3, h.top + 22, colour)
        c.rect(h.left - 4, h.top + 8, h.right + 4, 46, colour)
    elif style == "neat":
        c.ellipse(h.left - 5, h.top - 6, h.right + 5, h.top + 22, colour)
        c.rect(h.left - 4, h.top + 8, h.right + 4, h.chin - 8, colour)
        c.ellipse(h.left - 7, h.chin - 11, h.left + 1, h.chin - 6, colour)
        c.ellipse(h.right - 1, h.chin - 11, h.right + 7, h.chin - 6, colour)
    elif style == "bun":
        c.ellipse(CX - 6, h.top - 8, CX + 6, h.top + 2, colour)
        c.ellipse(h.left - 1, h.top - 2, h.right + 1, h.top + 16, colour)
    elif style == "thin":
        c.ellipse(h.left - 1, h.top + 4, h.right + 1, h.top + 18, colour)
    else:
        c.ellipse(h.left - 1, h.top - 2, h.right + 1, h.top + 16, colour)
    if style == "untidy":
        for x, y in ((h.left - 3, h.top + 3), (h.right - 1, h.top + 1), (h.left + 5, h.top - 5)):
            c.ellipse(x, y, x + 5, y + 6, colour)
    if style == "pigtails":
        for x in (h.left - 7, h.right + 2):
            c.ellipse(x, h.eye, x + 5, h.chin + 2, colour)
            c.rect(x + 1, h.eye, x + 4, h.eye + 1, "red")


def hair_front(c: Canvas, look: Look, h: Head) -> None:
    """Hairline, fringe and sideburns over the forehead."""
    colour, style = look.hair, look.hair_style
    if look.hat in ("fedora", "headscarf"):
        if look.hat == "headscarf":
            c.clip_rows(None, h.top + 5)
            c.ellipse(h.left - 3, h.top - 4, h.right + 3, h.top + 22, look.hat_colour)
            c.clip_rows()
            c.row(h.top + 5, h.left, h.right, shade(look.hat_colour))
        elif look.face != "bandages":
            pair(c, h.left, h.top + 9, h.left + 1, h.eye + 2, colour)
        return
    line = {
        "bob": h.top + 8,
        "pigtails": h.top + 8,
        "long": h.top + 6,
        "neat": h.top + 6,
        "thin": h.top + 2,
        "bun": h.top + 5,
    }.get(style, h.top + 5)
    if style == "thin":
        pair(c, h.left - 1, h.top + 7, h.left + 1, h.eye + 1, colour)
        c.row(h.top + 2, 20, 27, colour)
        return
    c.clip_rows(None, line)
    c.ellipse(h.left - 1, h.top - 2, h.right + 1, h.top + 16, colour)
    c.clip_rows()
    if style in ("short", "untidy"):
        pair(c, h.left, line, h.left + 1, h.eye + 1, colour)
    if style == "untidy":
        c.polygon([(18, line), (21, line), (19, line + 3)], colour)
        c.polygon([(26, line), (30, line), (29, line + 4)], colour)
    if style in ("bob", "pigtails", "long"):
        pair(
            c,
            h.left - 2,
            h.top + 4,
            h.left + 1,
            h.chin - 7 if style != "pigtails" else h.eye + 1,
            colour,
        )
        c.rect(22, line, 22, line, look.skin)
    if style == "neat":
        c.polygon([(h.left, line), (27, line), (h.left, h.eye - 2)], colour)
        pair(c, h.left - 1, line, h.left, h.eye + 3, colour)
    if style == "bun":
        pair(c, h.left, line, h.left + 1, h.eye, colour)
        c.row(h.top + 1, 21, 26, shade(colour))


def hat_back(c: Canvas, look: Look, h: Head) -> None:
    if look.hat == "fedora":
        c.ellipse(h.left - 8, h.top + 3, h.right + 8, h.top + 11, look.hat_colour)


def hat_front(c: Canvas, look: Look, h: Head) -> None:
    """A fedora (crown, band, front brim with its shadow on the face) or a pillbox."""
    colour = look.hat_colour
    if look.hat == "fedora":
        band = "shadow" if colour == "night" else shade(colour)
        brim_shadow = blank_like(c)
        brim_shadow.rect(h.left - 2, h.top + 8, h.right + 2, h.top + 10, shade(skin_of(look)))
        overlay(c, brim_shadow, {skin_of(look), "white"})
        c.polygon(
            [
                (h.left + 1, h.top + 6),
                (h.left + 2, h.top - 4),
                (19, h.top - 6),
                (CX, h.top - 4),
                (28, h.top - 6),
                (h.right - 2, h.top - 4),
                (h.right - 1, h.top + 6),
            ],
            colour,
        )
        c.rect(h.left + 1, h.top + 3, h.right - 1, h.top + 5, band)
        c.polygon(
            [
                (h.left - 8, h.top + 7),
                (h.left - 2, h.top + 5),
                (h.right + 2, h.top + 5),
                (h.right + 8, h.top + 7),
                (h.right + 6, h.top + 9),
                (h.left - 6, h.top + 9),
            ],
            colour,
        )
        c.row(h.top + 9, h.left - 5, h.right + 5, band)
        c.col(CX, h.top - 4, h.top, band)
    elif look.hat == "pillbox":
        c.rounded_rect(h.left + 3, h.top - 5, h.right - 3, h.top + 4, colour, 2)
        c.rect(h.left + 3, h.top + 1, h.right - 3, h.top + 3, look.trim or shade(colour))
        c.col(h.right - 4, h.top - 4, h.top, shade(colour))


# ----------------------------------------------------------------- assembling


def bust(c: Canvas, look: Look, held_up_mask: bool = False) -> None:
    """The whole figure, back to front, then its outline."""
    h = head_for(look)
    shoulders(c, look)
    neck(c, look, h)
    hair_back(c, look, h)
    hat_back(c, look, h)
    ears(c, look, h)
    face_shape(c, look, h)
    face(c, look, h)
    if look.glasses:
        glasses(c, h)
    hair_front(c, look, h)
    hat_front(c, look, h)
    if held_up_mask:
        held_mask(c, h)
    outline(c)


def plate(c: Canvas, colour: str) -> None:
    c.rounded_rect(0, 0, SIZE - 1, SIZE - 1, "ink", 6)
    c.rounded_rect(1, 1, SIZE - 2, SIZE - 2, colour, 5)
    c.rounded_rect(1, 1, SIZE - 2, 14, colour, 5)


def portrait(look: Look, size: int = SIZE) -> Canvas:
    """A bust on its rounded plate, `size` pixels square."""
    scale = size / SIZE
    back = Canvas(size, size, scale)
    plate(back, look.plate)
    inside = blank_like(back)
    inside.rounded_rect(1, 1, SIZE - 2, SIZE - 2, "ink", 5)
    figure = blank_like(back)
    bust(figure, look)
    clip_to(figure, alpha_of(inside) > 0)
    back.paste(figure)
    return back


def window_icon() -> Canvas:
    """32x32: the bandaged head."""
    return portrait(CAST["hero_bandages"], 32)


def held_mask(c: Canvas, h: Head) -> None:
    """The finished mask held up in front of the right half of the bandaged face:
    a bearded face with empty eyes, and the fingers that hold it."""
    skin = "skin"
    c.ellipse(22, h.top + 6, 40, h.chin + 3, skin)
    c.rect(23, h.mouth - 4, 39, h.chin, "hair")
    c.ellipse(23, h.mouth + 1, 39, h.chin + 4, "hair")
    c.rect(27, h.mouth - 1, 35, h.mouth + 1, skin)
    c.row(h.mouth, 27, 35, "skin_dark")
    c.rect(25, h.eye, 29, h.eye + 1, "ink")
    c.rect(33, h.eye, 37, h.eye + 1, "ink")
    c.col(31, h.eye + 2, h.nose, "skin_shadow")
    c.row(h.eye - 3, 25, 29, "hair")
    c.row(h.eye - 3, 33, 37, "hair")
    rim(c, skin, "skin_shadow", 2, 0)
    for i, y in enumerate(range(h.mouth + 3, h.chin + 5, 3)):
        c.ellipse(37 + i % 2, y, 45, y + 3, "skin")
    rim(c, skin, "skin_shadow", 0, 1)


def title_face(size: int = 96) -> Canvas:
    """The bandaged head with the mask held up over half of it, no plate."""
    c = Canvas(size, size, size / SIZE)
    bust(c, CAST["hero_bandages"], held_up_mask=True)
    return c
