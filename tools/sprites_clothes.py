"""Clothes for the bust portraits: the shoulders and whatever shows at the neck
(lapels and tie, the hero's turned-up collar, waistcoat, cardigan, uniform,
dress neckline, shirt collar, pinafore, apron, tweed), in 48-unit design space.
"""

from __future__ import annotations

from dataclasses import replace

from sprites_canvas import Canvas, blank_like, overlay, rim, shade
from sprites_cast import Look

SIZE = 48


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
