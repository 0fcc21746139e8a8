"""Japanese shopfronts of the time (wooden lattice, open fronts with goods under a
tiled eave, a rolled shutter), a bus seen from above going up or down the map,
a bus-stop plate without words, a streetcar and a taxi.

Called by tools/make_tiles.py after tools/tiles_rooms.py, so these ids come last.
"""

from __future__ import annotations

import pygame
from make_tiles import (
    ROOFS,
    Painter,
    Sheet,
    T,
    c,
    dither,
    ellipse,
    goods,
    hline,
    outline_box,
    px,
    rect,
    text_width,
    vline,
    wall_texture,
    write,
)

# ---------------------------------------------------------------- shopfronts


def koshi(s: pygame.Surface) -> None:
    """A wooden lattice over the front window (a house front, a sweet shop, an inn)."""
    wall_texture("wood", "koshi")(s)
    rect(s, 0, 1, T, 12, "shadow")
    dither(s, 0, 1, T, 12, "paper", 0.2)
    for x in range(1, T, 3):
        vline(s, x, 1, 12, "wood_light")
        vline(s, x + 1, 1, 12, "wood")
    hline(s, 0, 1, T, "wood_dark")
    hline(s, 0, 7, T, "wood_dark")
    rect(s, 0, 13, T, 3, "concrete_dark")
    hline(s, 0, 13, T, "concrete")


def shutter(s: pygame.Surface) -> None:
    """A corrugated steel shutter pulled down: a shop shut for the day."""
    rect(s, 0, 0, T, 16, "concrete")
    for y in range(1, 15, 2):
        hline(s, 0, y, T, "concrete_light")
        hline(s, 0, y + 1, T, "concrete_dark")
    rect(s, 0, 0, T, 2, "shadow")
    rect(s, 6, 13, 4, 2, "ink")  # the handle at the foot
    hline(s, 0, 15, T, "ink")


def open_front(stock: str) -> Painter:
    """A front open to the street, goods on stepped boards under the eave."""
    colours = {
        "greens": ["green", "green_light", "mustard", "red", "brick_light"],
        "sweets": ["red", "mustard", "white", "sky", "plum"],
        "goods": ["blue", "concrete_light", "mustard", "red_dark", "white"],
    }[stock]

    def paint(s: pygame.Surface) -> None:
        rect(s, 0, 0, T, 16, "shadow")
        dither(s, 0, 0, T, 6, "ink", 0.4)  # the dim shop behind
        rect(s, 0, 6, T, 3, "wood")
        hline(s, 0, 6, T, "wood_light")
        goods(s, "open" + stock, 0, 3, T, 4, colours)
        rect(s, 0, 10, T, 4, "wood_dark")
        hline(s, 0, 10, T, "wood")
        for x in range(1, T, 5):  # baskets or boxes on the front board
            ellipse(s, x, 9, 4, 3, colours[x % len(colours)])
            px(s, x + 1, 9, "white")
        rect(s, 0, 14, T, 2, "concrete_dark")

    return paint


def hisashi(side: str) -> Painter:
    """A short tiled eave over a shopfront, seen from above and in front."""
    base, dark, light, _ = ROOFS["kawara"]

    def paint(s: pygame.Surface) -> None:
        rect(s, 0, 2, T, 9, base)
        for k in range(0, T, 4):
            vline(s, k + 1, 2, 9, light)
            vline(s, k + 3, 2, 9, dark)
        hline(s, 0, 2, T, "ink")
        rect(s, 0, 10, T, 2, dark)
        hline(s, 0, 10, T, light)
        hline(s, 0, 12, T, "ink")
        hline(s, 0, 13, T, "shadow")
        if side == "l":
            vline(s, 0, 2, 11, "ink")
        if side == "r":
            vline(s, 15, 2, 11, "ink")

    return paint


# ---------------------------------------------------------------- traffic


def bus_from_above(s: pygame.Surface) -> None:
    """The same cream-and-red bus, 2x3 tiles, its nose to the top of the map."""
    w, h = s.get_size()
    ellipse(s, 3, h - 6, w - 6, 6, "shadow")
    pygame.draw.rect(s, c("cream"), pygame.Rect(3, 1, w - 6, h - 4), border_radius=6)
    rect(s, 5, 4, w - 10, 5, "sky")  # the windscreen
    dither(s, 5, 4, w - 10, 5, "teal", 0.3)
    rect(s, 6, 11, w - 12, h - 18, "paper")  # the roof
    for y in (16, 28):
        rect(s, 11, y, 10, 5, "concrete_light")
        outline_box(s, 11, y, 10, 5, "concrete_dark")
    rect(s, 3, 11, 2, h - 18, "red")  # the red belt down both sides
    rect(s, w - 5, 11, 2, h - 18, "red")
    for y in (9, h - 10):  # wheels showing at the sides
        rect(s, 1, y - 3, 2, 5, "ink")
        rect(s, w - 3, y - 3, 2, 5, "ink")
    px(s, 6, 2, "lamp")
    px(s, w - 7, 2, "lamp")
    pygame.draw.rect(s, c("ink"), pygame.Rect(3, 1, w - 6, h - 4), 1, border_radius=6)


def bus_plate(s: pygame.Surface) -> None:
    """A bus-stop plate on its post: a red ring round a small bus, no words needed."""
    rect(s, 7, 10, 2, 6, "concrete_dark")
    ellipse(s, 1, 0, 14, 12, "red")
    ellipse(s, 3, 2, 10, 8, "white")
    rect(s, 4, 4, 8, 4, "blue")
    hline(s, 5, 5, 6, "sky")
    px(s, 5, 8, "ink")
    px(s, 10, 8, "ink")


def add_fronts(sheet: Sheet) -> None:
    sheet.tile("koshi_window", True, koshi)
    sheet.tile("shutter", True, shutter)
    for stock in ("greens", "sweets", "goods"):
        sheet.tile(f"open_front_{stock}", True, open_front(stock))
    for side in ("l", "m", "r"):
        sheet.tile(f"hisashi_{side}", False, hisashi(side), opaque=False)
    sheet.block(
        [["busv_nw", "busv_ne"], ["busv_w", "busv_e"], ["busv_sw", "busv_se"]], True, bus_from_above
    )
    sheet.tile("bus_stop_plate", False, bus_plate, opaque=False)


def tram(s: pygame.Surface) -> None:
    """A streetcar going left, cream with a maroon band, the trolley pole on its roof."""
    w = s.get_width()
    ellipse(s, 2, 26, w - 4, 6, "shadow")
    pygame.draw.rect(s, c("cream"), pygame.Rect(0, 3, w, 25), border_radius=4)
    rect(s, 3, 4, w - 6, 7, "concrete_light")  # the roof
    hline(s, 3, 4, w - 6, "white")
    pygame.draw.line(s, c("ink"), (20, 7), (44, 1))  # the trolley pole
    rect(s, 18, 6, 6, 3, "concrete_dark")
    rect(s, 1, 12, w - 2, 6, "sky")  # the windows
    dither(s, 1, 12, w - 2, 6, "teal", 0.3)
    for x in range(6, w - 2, 7):
        vline(s, x, 12, 6, "cream")
    rect(s, 0, 19, w, 4, "red_dark")
    hline(s, 0, 19, w, "red")
    rect(s, 28, 12, 7, 15, "teal")  # the middle door
    vline(s, 31, 12, 15, "cream")
    for x in (6, w - 14):
        rect(s, x, 26, 8, 3, "ink")
    write_number(s, 4, 13, "13")
    pygame.draw.rect(s, c("ink"), pygame.Rect(0, 3, w, 25), 1, border_radius=4)


def write_number(s: pygame.Surface, x: int, y: int, text: str) -> None:
    """The route number on a white plate."""
    rect(s, x - 1, y - 1, text_width(text) + 2, 7, "white")
    write(s, x, y, text, "ink")


def car(vertical: bool) -> Painter:
    """A black taxi of the time, from above: bonnet, glass, roof, boot."""

    def paint(s: pygame.Surface) -> None:
        w, h = s.get_size()
        if vertical:
            ellipse(s, 3, h - 5, w - 6, 5, "shadow")
            pygame.draw.rect(s, c("night"), pygame.Rect(3, 1, w - 6, h - 4), border_radius=4)
            rect(s, 5, 9, w - 10, 4, "sky")  # windscreen
            rect(s, 5, 13, w - 10, 8, "blue_dark")  # roof
            px(s, w // 2, 16, "mustard")  # the taxi lamp
            rect(s, 5, 21, w - 10, 3, "teal")  # back window
            for y in (5, h - 9):
                rect(s, 2, y, 1, 4, "ink")
                rect(s, w - 3, y, 1, 4, "ink")
            px(s, 5, 1, "lamp")
            px(s, w - 6, 1, "lamp")
            pygame.draw.rect(s, c("ink"), pygame.Rect(3, 1, w - 6, h - 4), 1, border_radius=4)
            return
        ellipse(s, 1, 12, w - 2, 4, "shadow")
        pygame.draw.rect(s, c("night"), pygame.Rect(1, 3, w - 2, 11), border_radius=4)
        rect(s, 9, 4, 4, 9, "sky")  # windscreen
        rect(s, 13, 4, 8, 9, "blue_dark")  # roof
        px(s, 16, 8, "mustard")
        rect(s, 21, 4, 3, 9, "teal")
        for x in (5, w - 9):
            rect(s, x, 2, 4, 1, "ink")
            rect(s, x, 14, 4, 1, "ink")
        px(s, 1, 5, "lamp")
        px(s, 1, 11, "lamp")
        pygame.draw.rect(s, c("ink"), pygame.Rect(1, 3, w - 2, 11), 1, border_radius=4)

    return paint


def add_vehicles(sheet: Sheet) -> None:
    sheet.block(
        [
            ["tram_nw", "tram_n1", "tram_n2", "tram_ne"],
            ["tram_sw", "tram_s1", "tram_s2", "tram_se"],
        ],
        True,
        tram,
    )
    sheet.block([["car_l", "car_r"]], True, car(False))
    sheet.block([["car_v_top"], ["car_v_bottom"]], True, car(True))
