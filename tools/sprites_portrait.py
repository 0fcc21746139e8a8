"""Bust portraits for the dialogue box (48x48), and the hero's head reused for the
window icon (32x32) and the title image (96x96).

A bust is drawn in a 48-unit design space, back to front: shoulders, neck, hair
behind, ears, head, features, hair in front, glasses, hat (sprites_clothes and
sprites_face hold the parts). The canvas scale turns the same drawing into any of
the three sizes.
"""

from __future__ import annotations

from sprites_canvas import Canvas, alpha_of, blank_like, clip_to, outline, rim
from sprites_cast import CAST, Look
from sprites_clothes import shoulders
from sprites_face import (
    SIZE,
    Head,
    beard,
    ears,
    face,
    face_shape,
    glasses,
    hair_back,
    hair_front,
    hat_back,
    hat_front,
    head_for,
    neck,
    pair,
)


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
    outline(c)
    if held_up_mask:
        held_mask(c, h)


def plate(c: Canvas, colour: str) -> None:
    """A rounded square in a soft colour with an ink rim (pixel coordinates)."""
    size = c.size[0]
    radius = round(6 * size / SIZE)
    c.rounded_rect(0, 0, size - 1, size - 1, "ink", radius)
    c.rounded_rect(1, 1, size - 2, size - 2, colour, radius - 1)


def portrait(
    look: Look, size: int = SIZE, view: tuple[float, float, float] = (0, 0, SIZE)
) -> Canvas:
    """A bust on its plate, `size` pixels square, showing the design-space square
    `view` = (left, top, width): the whole bust by default, closer for the icon."""
    left, top, width = view
    scale = size / width
    back = Canvas(size, size)
    plate(back, look.plate)
    inside = Canvas(size, size)
    inside.rounded_rect(1, 1, size - 2, size - 2, "ink", round(5 * size / SIZE))
    figure = Canvas(size, size, scale, origin=(-left * scale, -top * scale))
    bust(figure, look)
    clip_to(figure, alpha_of(inside) > 0)
    back.paste(figure)
    return back


def window_icon(size: int = 32) -> Canvas:
    """32x32 (or `size`): the bandaged head, closer than in the portrait; the desktop
    icons of the bundles are this drawing too (tools/make_icons.py)."""
    return portrait(CAST["hero_bandages"], size, view=(6, 3, 36))


def held_mask(c: Canvas, h: Head) -> None:
    """The finished mask held up over the right half of the bandaged face: the
    stranger's bearded face with empty eye holes, and the fingers that hold it."""
    look = CAST["hero_mask"]
    ox, oy = c.origin
    mask = Canvas(*c.size, scale=c.scale, origin=(ox + 10 * c.scale, oy + 2 * c.scale))
    face_shape(mask, look, h)
    brow = blank_like(mask)
    brow.ellipse(h.left - 3, h.top + 10, h.right + 3, h.chin + 16, "ink")
    clip_to(mask, alpha_of(brow) > 0)
    pair(mask, 16, h.eye, 20, h.eye + 1, "ink")
    pair(mask, 16, h.eye - 3, 20, h.eye - 3, look.hair)
    mask.col(25, h.eye + 3, h.nose, "skin_shadow")
    mask.row(h.nose, 22, 25, "skin_shadow")
    beard(mask, look, h, lip=False)
    outline(mask)
    hand = blank_like(mask)
    for i in range(4):
        y = h.mouth - 3 + 3 * i
        hand.ellipse(h.right - 2 + (i % 2), y, h.right + 5, y + 3, "skin")
    rim(hand, "skin", "skin_shadow", 0, 1)
    outline(hand)
    c.paste(mask)
    c.paste(hand)


def title_face(size: int = 96) -> Canvas:
    """The bandaged head with the mask held up over half of it, no plate."""
    c = Canvas(size, size, size / SIZE)
    bust(c, CAST["hero_bandages"], held_up_mask=True)
    # A cold rim light on the hat and coat, so the dark shapes read on a dark screen.
    for colour, light in (("night", "blue"), ("shadow", "asphalt_light")):
        rim(c, colour, light, -0.5, 0)
        rim(c, colour, light, 0, -0.5)
    return c
