"""The early-1960s Tokyo street: boards in Japanese characters and Latin name
plates, noren, the tobacco kiosk window and its red telephone, poles and wires,
the bus and tram rails, the bath-house chimney, the concrete danchi flats, the
side-street clutter, road works and the corners where a street goes on.

Called by tools/make_tiles.py after every older tile, so these ids come last.
"""

from __future__ import annotations

import pygame
from make_tiles import (
    FONT,
    Painter,
    Sheet,
    T,
    asphalt,
    c,
    dither,
    earth,
    ellipse,
    goods,
    hline,
    outline_box,
    pavement,
    px,
    rect,
    speckle,
    text_width,
    vline,
    wall_texture,
    write,
)
from tiles_glyphs import CELL, glyph, glyph_size, placed

# ---------------------------------------------------------------- lettering


def draw_glyph(s: pygame.Surface, x: int, y: int, ch: str, col: str) -> None:
    """One character in its 11x11 cell whose top-left is (x, y)."""
    dx, dy = placed(ch)
    for j, row in enumerate(glyph(ch)):
        for i, bit in enumerate(row):
            if bit == "#":
                px(s, x + dx + i, y + dy + j, col)


def row_width(text: str) -> int:
    """Characters side by side, each as wide as it is, one pixel apart."""
    return sum(glyph_size(ch)[0] for ch in text) + len(text) - 1


def write_row(s: pygame.Surface, x: int, y: int, text: str, col: str) -> None:
    for ch in text:
        w, _ = glyph_size(ch)
        draw_glyph(s, x - (CELL - w) // 2, y, ch, col)
        x += w + 1


def write_column(s: pygame.Surface, x: int, y: int, text: str, col: str) -> None:
    for n, ch in enumerate(text):
        draw_glyph(s, x, y + n * (CELL + 1), ch, col)


def write_big(s: pygame.Surface, x: int, y: int, text: str, col: str) -> None:
    """The small Latin font at twice the size (a number painted on a wall)."""
    for n, ch in enumerate(text.upper()):
        for j, row in enumerate(FONT[ch]):
            for i, bit in enumerate(row):
                if bit == "#":
                    rect(s, x + n * 8 + i * 2, y + j * 2, 2, 2, col)


# ---------------------------------------------------------------- boards and plates

BOARDS = {
    # place: (text, board, border, letters)
    "tobacco": ("たばこ", "red", "red_dark", "white"),
    "cafe": ("喫茶", "teal", "blue_dark", "cream"),
    "toys": ("おもちゃ", "mustard", "wood_dark", "red_dark"),
    "hotel": ("ホテル", "blue_dark", "night", "cream"),
    "restaurant": ("食堂", "white", "wood_dark", "ink"),
    "cinema": ("映画", "red_dark", "ink", "lamp"),
    "museum": ("博物館", "concrete_light", "concrete_dark", "ink"),
    "institute": ("研究所", "white", "wood_dark", "ink"),
    "clinic": ("医院", "white", "teal", "ink"),
    "hibari": ("ひばり荘", "cream", "wood_dark", "blue_dark"),
    "house_s": ("S荘", "wood_light", "wood_dark", "ink"),
    "bath": ("湯", "blue_dark", "night", "white"),
}

PLATES = {
    # place: (text, plate, letters)
    "hibari": ("HIBARI FLATS", "white", "blue_dark"),
    "institute": ("INSTITUTE", "mustard", "ink"),
    "house_s": ("HOUSE S", "white", "blue_dark"),
    "clinic": ("CLINIC", "white", "teal"),
    "museum": ("MUSEUM", "mustard", "ink"),
}


def tiles_for(pixels: int) -> int:
    return (pixels + T - 1) // T


def names(prefix: str, count: int, vertical: bool = False) -> list[list[str | None]]:
    if count == 1:
        return [[prefix]]
    if vertical:
        return [[f"{prefix}_{k}"] for k in range(count)]
    return [[f"{prefix}_{k}" for k in range(count)]]


def horizontal_board(text: str, board: str, border: str, letters: str) -> Painter:
    """A signboard one tile high over a shopfront: 11 px characters on a framed board."""

    def paint(s: pygame.Surface) -> None:
        w = s.get_width()
        rect(s, 0, 1, w, 14, border)
        rect(s, 1, 2, w - 2, 12, board)
        hline(s, 1, 2, w - 2, "white" if board != "white" else "paper")
        write_row(s, (w - row_width(text)) // 2, 3, text, letters)
        hline(s, 1, 15, w - 2, "shadow")

    return paint


def vertical_board(text: str, board: str, border: str, letters: str) -> Painter:
    """A tall board hung beside a door or a gate: characters top to bottom."""

    def paint(s: pygame.Surface) -> None:
        h = s.get_height()
        used = len(text) * (CELL + 1) - 1
        top = (h - used - 6) // 2
        rect(s, 1, top, 14, used + 6, border)
        rect(s, 2, top + 1, 12, used + 4, board)
        vline(s, 2, top + 1, used + 4, "white" if board != "white" else "paper")
        write_column(s, 3, top + 3, text, letters)
        vline(s, 15, top + 1, used + 6, "shadow")

    return paint


def name_plate(text: str, plate: str, letters: str) -> Painter:
    """A small enamel or brass plate by a door, in Latin capitals."""

    def paint(s: pygame.Surface) -> None:
        w = s.get_width()
        inner = text_width(text) + 8
        x = (w - inner) // 2
        rect(s, x, 4, inner, 9, "ink")
        rect(s, x + 1, 5, inner - 2, 7, plate)
        hline(s, x + 1, 5, inner - 2, "white" if plate != "white" else "paper")
        write(s, x + 4, 6, text, letters)
        hline(s, x + 1, 13, inner - 1, "shadow")

    return paint


# The other names the same shops were signed with: kanji for tobacco and toys, and
# the Japanese inn (ryokan) beside the Western-style hotel.
MORE_BOARDS = {
    "tobacco_kanji": ("煙草", "red", "red_dark", "white"),
    "toys_kanji": ("玩具", "mustard", "wood_dark", "red_dark"),
    "inn": ("旅館", "wood_light", "wood_dark", "ink"),
}


def add_more_boards(sheet: Sheet) -> None:
    add_boards(sheet, MORE_BOARDS, plates={})


def add_boards(
    sheet: Sheet,
    boards: dict[str, tuple[str, str, str, str]] = BOARDS,
    plates: dict[str, tuple[str, str, str]] = PLATES,
) -> None:
    for place, (text, board, border, letters) in boards.items():
        wide = tiles_for(row_width(text) + 4)
        sheet.block(
            names(f"jsign_h_{place}", wide), False, horizontal_board(text, board, border, letters)
        )
    for place, (text, board, border, letters) in boards.items():
        if len(text) < 2:
            continue
        tall = tiles_for(len(text) * (CELL + 1) + 5)
        sheet.block(
            names(f"jsign_v_{place}", tall, vertical=True),
            False,
            vertical_board(text, board, border, letters),
        )
    for place, (text, plate, letters) in plates.items():
        wide = tiles_for(text_width(text) + 8)
        sheet.block(names(f"plate_{place}", wide), False, name_plate(text, plate, letters))


# ---------------------------------------------------------------- noren

NOREN = {
    # name: (cloth, hem, mark, text)
    "blue": ("blue_dark", "night", "white", ""),
    "red": ("red_dark", "brick_dark", "cream", ""),
    "plum": ("plum", "shadow", "cream", ""),
    "teal": ("teal", "blue_dark", "white", ""),
    "white": ("white", "bandage_shadow", "ink", ""),
    "bath": ("blue_dark", "night", "white", "湯"),
    "shokudo": ("blue_dark", "night", "white", "食堂"),
}


def noren(cloth: str, hem: str, mark: str, text: str) -> Painter:
    """Split curtains hung from a rod across the top of a shop door (transparent below)."""

    def paint(s: pygame.Surface) -> None:
        w = s.get_width()
        rect(s, 0, 2, w, 12, cloth)
        dither(s, 0, 11, w, 3, hem, 0.5)
        hline(s, 0, 13, w, hem)
        rect(s, 0, 0, w, 2, "wood_dark")
        hline(s, 0, 0, w, "wood_light")
        if text:
            write_row(s, (w - row_width(text)) // 2, 2, text, mark)
        else:
            for x in range(0, w, 16):
                ellipse(s, x + 4, 3, 8, 7, mark, 1)
                hline(s, x + 6, 6, 4, mark)
        # the cloth hangs in three panels, open between them below the crest
        for x in range(0, w, 16):
            for slit in (x + 5, x + 10):
                vline(s, slit, 8, 2, hem)
                for y in range(10, 14):
                    s.set_at((slit, y), (0, 0, 0, 0))
            vline(s, x, 2, 12, hem)

    return paint


def add_noren(sheet: Sheet) -> None:
    for name, (cloth, hem, mark, text) in NOREN.items():
        wide = tiles_for(row_width(text) + 2) if text else 1
        sheet.block(names(f"noren_{name}", max(wide, 1)), False, noren(cloth, hem, mark, text))


# ---------------------------------------------------------------- the tobacco kiosk


def kiosk_window(s: pygame.Surface) -> None:
    """Two tiles of glazed hatch: packets stacked behind sliding glass, a tiled ledge."""
    w = s.get_width()
    wall_texture("plaster", "kioskwin")(s)
    rect(s, 0, 1, w, 10, "wood_dark")
    rect(s, 1, 2, w - 2, 8, "teal")
    goods(s, "kioskwin", 1, 2, w - 2, 8, ["red", "white", "blue", "mustard", "green_light", "sky"])
    dither(s, 1, 2, w - 2, 8, "sky", 0.1)
    for x in range(0, w, 8):
        vline(s, x, 1, 10, "wood_dark")
    px(s, 2, 3, "white")
    px(s, 3, 4, "white")
    rect(s, 0, 10, w, 3, "white")
    for x in range(0, w, 4):
        vline(s, x, 10, 3, "concrete_light")
    hline(s, 0, 12, w, "concrete_dark")
    rect(s, 0, 13, w, 3, "red")
    hline(s, 0, 14, w, "red_dark")


def kiosk_phone(s: pygame.Surface) -> None:
    """The red public telephone on the end of the kiosk's ledge."""
    wall_texture("plaster", "kioskphone")(s)
    rect(s, 0, 10, T, 3, "white")
    hline(s, 0, 12, T, "concrete_dark")
    rect(s, 0, 13, T, 3, "red")
    hline(s, 0, 14, T, "red_dark")
    rect(s, 2, 3, 12, 9, "ink")  # the body, a coin box under a rotary dial
    rect(s, 3, 4, 10, 7, "red")
    hline(s, 3, 4, 10, "brick_light")
    vline(s, 12, 5, 6, "red_dark")
    rect(s, 3, 0, 10, 3, "ink")  # the handset on its cradle
    rect(s, 4, 1, 8, 1, "red")
    ellipse(s, 5, 5, 6, 6, "white")  # the dial: finger holes round a red hub
    for x, y in ((6, 6), (8, 5), (10, 7), (6, 9), (9, 9)):
        px(s, x, y, "concrete")
    px(s, 8, 8, "red")
    rect(s, 3, 10, 3, 1, "mustard")  # the coin slot
    for y in (4, 6, 8):  # the cord, curling down the side
        px(s, 1, y, "ink")
        px(s, 0, y + 1, "ink")


def add_kiosk(sheet: Sheet) -> None:
    sheet.block([["kiosk_window_l", "kiosk_window_r"]], True, kiosk_window)
    sheet.tile("kiosk_phone", True, kiosk_phone)


# ---------------------------------------------------------------- poles and wires


def pole_shaft(s: pygame.Surface) -> None:
    rect(s, 6, 0, 4, T, "wood_dark")
    vline(s, 6, 0, T, "wood")


def add_poles(sheet: Sheet) -> None:
    def pole_ad(s: pygame.Surface) -> None:
        pole_shaft(s)
        rect(s, 5, 3, 6, 11, "ink")
        rect(s, 6, 4, 4, 9, "mustard")
        for y in (5, 8, 11):
            hline(s, 7, y, 2, "red_dark")

    def transformer(s: pygame.Surface) -> None:
        pole_shaft(s)
        rect(s, 0, 2, T, 2, "wood_dark")
        for x in (1, 14):
            rect(s, x, 0, 1, 2, "white")
        rect(s, 9, 5, 6, 9, "concrete")
        hline(s, 9, 5, 6, "concrete_light")
        vline(s, 14, 5, 9, "concrete_dark")
        hline(s, 9, 9, 6, "concrete_dark")
        outline_box(s, 9, 5, 6, 9, "ink")

    def wires(vertical: bool) -> Painter:
        def paint(s: pygame.Surface) -> None:
            # two lines high over the street, the nearer one darker
            for base, col in ((2, "shadow"), (6, "ink")):
                if vertical:
                    vline(s, base, 0, T, col)
                else:
                    hline(s, 0, base, T, col)

        return paint

    sheet.tile("pole_mid", False, pole_shaft, opaque=False)
    sheet.tile("pole_mid_ad", False, pole_ad, opaque=False)
    sheet.tile("pole_transformer", False, transformer, opaque=False)
    sheet.tile("wires_h", False, wires(False), opaque=False)
    sheet.tile("wires_v", False, wires(True), opaque=False)

    def wires_diagonal(s: pygame.Surface) -> None:
        for k in (-4, 0, 4):
            pygame.draw.line(s, c("ink"), (0, 15 + k), (15, k))

    sheet.tile("wires_diag", False, wires_diagonal, opaque=False)


# ---------------------------------------------------------------- bus and tram


def bus(s: pygame.Surface) -> None:
    """A city bus going left, seen from above and the kerb side: cream and red, rounded nose."""
    w = s.get_width()
    ellipse(s, 2, 26, w - 4, 6, "shadow")
    rect(s, 4, 1, w - 6, 27, "cream")
    ellipse(s, 0, 1, 12, 27, "cream")
    rect(s, 6, 2, w - 10, 9, "paper")  # the roof
    for x in (16, 34):
        rect(s, x, 4, 8, 4, "concrete_light")
        outline_box(s, x, 4, 8, 4, "concrete_dark")
    rect(s, 2, 12, w - 4, 6, "teal")  # the window band
    for x in range(10, w - 4, 8):
        vline(s, x, 12, 6, "cream")
    rect(s, 1, 13, 6, 5, "sky")  # the windscreen
    dither(s, 2, 12, w - 4, 6, "sky", 0.2)
    rect(s, 2, 19, w - 4, 3, "red")
    hline(s, 2, 21, w - 4, "red_dark")
    rect(s, 18, 12, 6, 15, "teal")  # the folding door
    vline(s, 21, 12, 15, "cream")
    for x in (8, w - 14):
        ellipse(s, x, 24, 8, 7, "ink")
        ellipse(s, x + 2, 26, 4, 3, "concrete_dark")
    px(s, 1, 22, "lamp")
    pygame.draw.rect(s, c("ink"), pygame.Rect(0, 1, w, 27), 1, border_radius=5)
    write(s, 30, 13, "12", "white")


def tram_track(kind: str) -> Painter:
    """Tram rails set in stone setts, across (h), along (v) the road, or crossing."""

    def paint(s: pygame.Surface) -> None:
        asphalt("tram" + kind)(s)
        horizontal = kind in ("h", "x")
        vertical = kind in ("v", "x")
        if horizontal:
            rect(s, 0, 3, T, 10, "concrete_dark")
            for x in range(0, T, 4):
                vline(s, x, 3, 10, "asphalt_light")
            for y in (4, 11):
                hline(s, 0, y, T, "concrete_light")
                hline(s, 0, y + 1, T, "shadow")
        if vertical:
            rect(s, 3, 0, 10, T, "concrete_dark")
            for y in range(0, T, 4):
                hline(s, 3, y, 10, "asphalt_light")
            for x in (4, 11):
                vline(s, x, 0, T, "concrete_light")
                vline(s, x + 1, 0, T, "shadow")
        if kind == "x":
            for y in (4, 11):
                hline(s, 0, y, T, "concrete_light")

    return paint


def add_traffic(sheet: Sheet) -> None:
    sheet.block(
        [["bus_nw", "bus_n1", "bus_n2", "bus_ne"], ["bus_sw", "bus_s1", "bus_s2", "bus_se"]],
        True,
        bus,
    )
    for kind in ("h", "v", "x"):
        sheet.tile(f"tram_track_{kind}", False, tram_track(kind))


# ---------------------------------------------------------------- the bath-house chimney


def chimney(s: pygame.Surface) -> None:
    """Four tiles tall, slightly tapered; the bath's character painted down it."""
    h = s.get_height()
    ellipse(s, 1, h - 5, 14, 5, "shadow")
    for y in range(4, h - 2):
        inset = 2 - (y * 2) // h
        rect(s, 2 + inset, y, 12 - 2 * inset, 1, "concrete")
        px(s, 2 + inset, y, "concrete_light")
        px(s, 13 - inset, y, "concrete_dark")
    dither(s, 2, 4, 12, 10, "shadow", 0.5)  # soot at the mouth
    rect(s, 2, 2, 12, 3, "concrete_dark")
    rect(s, 3, 2, 10, 1, "ink")
    for y in (14, 38, 58):
        hline(s, 2, y, 12, "ink")
    rect(s, 3, 17, 10, 18, "blue_dark")
    draw_glyph(s, 2, 21, "湯", "white")
    rect(s, 2, h - 6, 12, 4, "concrete_dark")
    hline(s, 2, h - 6, 12, "concrete")


def smoke(s: pygame.Surface) -> None:
    for x, y, w, h, col in (
        (3, 9, 8, 6, "concrete"),
        (6, 4, 7, 5, "concrete_light"),
        (9, 0, 6, 4, "paper"),
    ):
        ellipse(s, x, y, w, h, col)
    dither(s, 3, 0, 12, 15, "concrete_dark", 0.1)


def add_bath(sheet: Sheet) -> None:
    sheet.block(
        [["chimney_0"], ["chimney_1"], ["chimney_2"], ["chimney_3"]],
        [[False], [False], [False], [True]],
        chimney,
    )
    sheet.tile("smoke", False, smoke, opaque=False)


# ---------------------------------------------------------------- danchi flats


def danchi_wall(key: str) -> Painter:
    """Fair-faced concrete panels with the floor slab showing as a band."""

    def paint(s: pygame.Surface) -> None:
        s.fill(c("concrete_light"))
        dither(s, 0, 0, T, T, "concrete", 0.12)
        speckle(s, "danchi" + key, 0, 0, T, T, ["concrete", "paper"], 0.04)
        rect(s, 0, 13, T, 3, "concrete")
        hline(s, 0, 13, T, "paper")
        hline(s, 0, 15, T, "concrete_dark")

    return paint


def add_danchi(sheet: Sheet) -> None:
    def window(s: pygame.Surface) -> None:
        danchi_wall("win")(s)
        rect(s, 2, 1, 12, 2, "concrete_dark")  # the little hood
        rect(s, 2, 3, 12, 8, "concrete_dark")
        for x in (3, 8):
            rect(s, x, 4, 5, 6, "teal")
            dither(s, x, 4, 5, 6, "blue_dark", 0.3)
            px(s, x + 1, 5, "white")
        vline(s, 8, 4, 6, "concrete_dark")
        hline(s, 2, 11, 12, "paper")

    def balcony(load: str) -> Painter:
        def paint(s: pygame.Surface) -> None:
            danchi_wall("bal" + load)(s)
            rect(s, 0, 0, T, 9, "shadow")  # the recess, a door glass at the back
            rect(s, 3, 2, 10, 7, "blue_dark")
            vline(s, 8, 2, 7, "concrete_dark")
            hline(s, 0, 1, T, "concrete_light")  # the laundry pole
            if load == "laundry":
                for x, col, h in ((1, "white", 6), (6, "sky", 4), (10, "mustard", 5)):
                    rect(s, x, 2, 4, h, col)
                    hline(s, x, 2, 4, "concrete_dark")
            rect(s, 0, 8, T, 6, "concrete")  # the parapet
            hline(s, 0, 8, T, "paper")
            if load == "futon":
                rect(s, 2, 6, 12, 8, "plum")
                dither(s, 2, 6, 12, 8, "red_dark", 0.3)
                hline(s, 2, 6, 12, "cream")
            hline(s, 0, 14, T, "concrete_dark")
            hline(s, 0, 15, T, "shadow")

        return paint

    def stair(s: pygame.Surface) -> None:
        danchi_wall("stair")(s)
        for x in range(2, 14, 3):
            rect(s, x, 1, 2, 11, "shadow")
            px(s, x, 1, "ink")

    def entrance(top: bool) -> Painter:
        def paint(s: pygame.Surface) -> None:
            danchi_wall("ent" + str(top))(s)
            if top:
                rect(s, 0, 3, T, 2, "concrete_dark")  # a canopy slab
                hline(s, 0, 3, T, "paper")
                rect(s, 2, 6, 12, 10, "shadow")
                rect(s, 5, 8, 6, 4, "white")
                write(s, 6, 8, "3", "blue_dark")
            else:
                rect(s, 2, 0, 12, 16, "shadow")
                for y in range(6, 16, 3):
                    hline(s, 3, y, 10, "concrete_dark")
                    hline(s, 3, y + 1, 10, "concrete")

        return paint

    def base(s: pygame.Surface) -> None:
        danchi_wall("base")(s)
        rect(s, 0, 11, T, 5, "concrete_dark")
        hline(s, 0, 11, T, "concrete")
        rect(s, 5, 5, 6, 3, "shadow")
        for x in range(6, 11, 2):
            vline(s, x, 5, 3, "concrete")

    def number(s: pygame.Surface) -> None:
        danchi_wall("number")(s)
        write_big(s, 5, 2, "3", "blue_dark")

    sheet.tile("danchi_wall", True, danchi_wall("plain"))
    sheet.tile("danchi_window", True, window)
    sheet.tile("danchi_balcony", True, balcony("bare"))
    sheet.tile("danchi_balcony_laundry", True, balcony("laundry"))
    sheet.tile("danchi_balcony_futon", True, balcony("futon"))
    sheet.tile("danchi_stair", True, stair)
    sheet.tile("danchi_entrance_top", True, entrance(True))
    sheet.tile("danchi_entrance", False, entrance(False))
    sheet.tile("danchi_base", True, base)
    sheet.tile("danchi_number", True, number)


# ---------------------------------------------------------------- side streets


def add_side_street(sheet: Sheet) -> None:
    def pots(s: pygame.Surface) -> None:
        for x, y, pot, leaf in (
            (0, 7, "brick", "green"),
            (5, 9, "concrete", "green_dark"),
            (10, 6, "brick_dark", "green_light"),
        ):
            ellipse(s, x, y + 6, 6, 3, "shadow")
            rect(s, x + 1, y + 3, 5, 4, pot)
            hline(s, x + 1, y + 3, 5, "brick_light" if pot != "concrete" else "concrete_light")
            ellipse(s, x, y - 2, 7, 6, leaf)
            px(s, x + 2, y - 1, "green_light" if leaf != "green_light" else "white")
        px(s, 3, 5, "red")
        px(s, 13, 4, "mustard")

    def trellis(s: pygame.Surface) -> None:
        # morning glories on a bamboo frame, the summer pot of every lane
        ellipse(s, 3, 13, 10, 3, "shadow")
        rect(s, 4, 10, 8, 4, "brick")
        hline(s, 4, 10, 8, "brick_light")
        for x in (4, 8, 11):
            vline(s, x, 0, 10, "tatami")
        hline(s, 4, 2, 8, "tatami")
        for x, y in ((3, 3), (7, 1), (10, 5), (5, 7), (9, 8)):
            ellipse(s, x, y, 4, 3, "green")
        for x, y in ((5, 4), (9, 2), (11, 6)):
            px(s, x, y, "blue")
            px(s, x + 1, y, "sky")

    def delivery_bike(s: pygame.Surface) -> None:
        ellipse(s, 0, 7, 7, 7, "ink", 1)
        ellipse(s, 9, 7, 7, 7, "ink", 1)
        pygame.draw.line(s, c("ink"), (3, 10), (7, 5))
        pygame.draw.line(s, c("ink"), (7, 5), (12, 10))
        hline(s, 6, 4, 3, "shadow")
        rect(s, 10, 2, 6, 5, "wood")  # the carrier box
        outline_box(s, 10, 2, 6, 5, "wood_dark")
        hline(s, 0, 4, 3, "concrete_light")

    def bike_upright(s: pygame.Surface) -> None:
        # parked nose to the wall, seen end-on from above
        ellipse(s, 5, 13, 6, 3, "shadow")
        rect(s, 7, 1, 2, 14, "ink")
        hline(s, 3, 3, 10, "concrete_light")
        rect(s, 6, 6, 4, 2, "shadow")
        rect(s, 6, 12, 4, 3, "red_dark")

    def board_fence(vertical: bool) -> Painter:
        def paint(s: pygame.Surface) -> None:
            if vertical:
                rect(s, 4, 0, 8, T, "wood_dark")
                vline(s, 4, 0, T, "wood")
                vline(s, 11, 0, T, "shadow")
                for y in range(0, T, 8):
                    hline(s, 4, y, 8, "wood")
                return
            rect(s, 0, 0, T, 15, "wood_dark")
            for x in range(0, T, 4):
                vline(s, x, 2, 13, "shadow")
                vline(s, x + 1, 2, 13, "wood")
            rect(s, 0, 0, T, 2, "shadow")  # the capping board
            hline(s, 0, 0, T, "wood")
            hline(s, 0, 8, T, "shadow")
            hline(s, 0, 15, T, "ink")

        return paint

    def stand(s: pygame.Surface) -> None:
        # a lane-side stall: a little tin roof, jars of sweets and a rack of papers
        rect(s, 0, 2, 32, 6, "red")
        for x in range(0, 32, 4):
            vline(s, x, 2, 6, "red_dark")
        hline(s, 0, 2, 32, "brick_light")
        hline(s, 0, 8, 32, "ink")
        for x in (1, 29):
            rect(s, x, 9, 2, 14, "wood_dark")
        rect(s, 0, 20, 32, 11, "wood")
        hline(s, 0, 20, 32, "wood_light")
        rect(s, 0, 30, 32, 1, "wood_dark")
        for x, col in ((3, "red"), (8, "mustard"), (13, "green_light")):
            rect(s, x, 15, 4, 5, "teal_light")
            rect(s, x + 1, 17, 2, 3, col)
            hline(s, x, 14, 4, "concrete_dark")
        for x in range(19, 29, 3):
            rect(s, x, 13, 2, 7, "paper")
            hline(s, x, 14, 2, "concrete_dark")
        hline(s, 2, 25, 28, "wood_dark")
        ellipse(s, 1, 30, 30, 2, "shadow")

    def gutter(kind: str) -> Painter:
        """The open concrete drain (dobu) along a lane, or its slab cover."""

        def paint(s: pygame.Surface) -> None:
            pavement("gut" + kind)(s)
            if kind == "h":
                rect(s, 0, 4, T, 8, "concrete_dark")
                rect(s, 0, 6, T, 5, "night")
                dither(s, 0, 6, T, 5, "green_dark", 0.3)
                hline(s, 0, 4, T, "concrete_light")
            elif kind == "v":
                rect(s, 4, 0, 8, T, "concrete_dark")
                rect(s, 6, 0, 5, T, "night")
                dither(s, 6, 0, 5, T, "green_dark", 0.3)
                vline(s, 4, 0, T, "concrete_light")
            else:
                rect(s, 0, 4, T, 8, "concrete")
                hline(s, 0, 4, T, "concrete_light")
                for x in (0, 8):
                    vline(s, x, 4, 8, "concrete_dark")
                    px(s, x + 4, 7, "shadow")

        return paint

    def fire_buckets(s: pygame.Surface) -> None:
        rect(s, 1, 11, 14, 4, "wood_dark")
        for x, y in ((1, 6), (6, 6), (11, 6), (3, 1), (8, 1)):
            rect(s, x, y, 4, 5, "red")
            hline(s, x, y, 4, "red_dark")
            vline(s, x + 3, y + 1, 4, "red_dark")
            px(s, x + 1, y + 2, "white")
        hline(s, 1, 15, 14, "shadow")

    def rubbish_box(s: pygame.Surface) -> None:
        rect(s, 2, 4, 12, 10, "wood")
        rect(s, 1, 2, 14, 3, "wood_dark")
        hline(s, 1, 2, 14, "wood_light")
        for x in (5, 10):
            vline(s, x, 5, 9, "wood_dark")
        hline(s, 2, 14, 12, "shadow")

    def milk_box(s: pygame.Surface) -> None:
        rect(s, 4, 4, 8, 8, "white")
        outline_box(s, 4, 4, 8, 8, "blue")
        rect(s, 4, 4, 8, 2, "blue")
        hline(s, 6, 8, 4, "blue")
        hline(s, 5, 12, 7, "shadow")

    sheet.tile("pots_row", True, pots, opaque=False)
    sheet.tile("pots_trellis", True, trellis, opaque=False)
    sheet.tile("bicycle_delivery", True, delivery_bike, opaque=False)
    sheet.tile("bicycle_parked", True, bike_upright, opaque=False)
    sheet.tile("board_fence", True, board_fence(False), opaque=False)
    sheet.tile("board_fence_v", True, board_fence(True), opaque=False)
    sheet.block(
        [["stand_nw", "stand_ne"], ["stand_sw", "stand_se"]],
        [[False, False], [True, True]],
        stand,
    )
    for kind in ("h", "v", "slab"):
        sheet.tile(f"gutter_{kind}", kind != "slab", gutter(kind))
    sheet.tile("fire_buckets", True, fire_buckets, opaque=False)
    sheet.tile("rubbish_box", True, rubbish_box, opaque=False)
    sheet.tile("milk_box", False, milk_box, opaque=False)


# ---------------------------------------------------------------- road works, roads going on


def add_road_edges(sheet: Sheet) -> None:
    def barrier(s: pygame.Surface) -> None:
        w = s.get_width()
        for x in (3, w - 5):
            rect(s, x, 5, 2, 10, "wood_dark")
            ellipse(s, x - 2, 13, 6, 3, "shadow")
        rect(s, 0, 3, w, 5, "mustard")
        for x in range(-5, w, 6):
            pygame.draw.polygon(s, c("ink"), [(x, 7), (x + 3, 7), (x + 6, 3), (x + 3, 3)])
        rect(s, 0, 2, w, 1, "ink")
        hline(s, 0, 8, w, "ink")
        rect(s, 0, 10, w, 2, "white")
        hline(s, 0, 12, w, "concrete_dark")
        px(s, w // 2, 1, "red")
        px(s, w // 2 - 1, 1, "red")

    def lamp(s: pygame.Surface) -> None:
        ellipse(s, 4, 12, 8, 4, "shadow")
        rect(s, 7, 5, 2, 9, "ink")
        ellipse(s, 5, 1, 6, 5, "red")
        px(s, 6, 2, "lamp")
        rect(s, 5, 12, 6, 2, "mustard")

    def pit(s: pygame.Surface) -> None:
        asphalt("pit")(s)
        rect(s, 2, 3, 12, 10, "wood_dark")
        rect(s, 3, 4, 10, 8, "ink")
        dither(s, 3, 4, 10, 3, "shadow", 0.5)
        ellipse(s, 8, 10, 8, 5, "wood_light")  # spoil heap
        speckle(s, "spoil", 8, 10, 8, 5, ["wood", "concrete"], 0.3)

    def arrow(direction: str) -> Painter:
        def paint(s: pygame.Surface) -> None:
            asphalt("arrow" + direction)(s)
            shapes = {
                "up": [(8, 2), (12, 7), (9, 7), (9, 14), (7, 14), (7, 7), (4, 7)],
                "down": [(8, 14), (12, 9), (9, 9), (9, 2), (7, 2), (7, 9), (4, 9)],
                "left": [(2, 8), (7, 4), (7, 7), (14, 7), (14, 9), (7, 9), (7, 12)],
                "right": [(14, 8), (9, 4), (9, 7), (2, 7), (2, 9), (9, 9), (9, 12)],
            }
            pygame.draw.polygon(s, c("paper"), shapes[direction])

        return paint

    def sign_post(direction: str) -> Painter:
        """A round blue road sign on a post: the road goes on that way."""

        def paint(s: pygame.Surface) -> None:
            ellipse(s, 4, 13, 8, 3, "shadow")
            rect(s, 7, 8, 2, 7, "concrete_dark")
            ellipse(s, 2, 0, 12, 11, "white")
            ellipse(s, 3, 1, 10, 9, "blue")
            points = {
                "left": [(4, 5), (7, 2), (7, 4), (11, 4), (11, 6), (7, 6), (7, 8)],
                "right": [(12, 5), (9, 2), (9, 4), (5, 4), (5, 6), (9, 6), (9, 8)],
                "up": [(8, 2), (11, 5), (9, 5), (9, 8), (7, 8), (7, 5), (5, 5)],
            }
            pygame.draw.polygon(s, c("white"), points[direction])

        return paint

    def kerb_round(corner: str) -> Painter:
        """The rounded kerb where the road turns a block's corner out of sight."""

        def paint(s: pygame.Surface) -> None:
            asphalt("round" + corner)(s)
            cx = 0 if "w" in corner else T
            cy = 0 if "n" in corner else T
            for y in range(T):
                for x in range(T):
                    d = ((x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2) ** 0.5
                    if d < 11:
                        px(s, x, y, "concrete")
                    elif d < 13:
                        px(s, x, y, "concrete_light")
                    elif d < 14:
                        px(s, x, y, "concrete_dark")
            speckle(s, "roundp" + corner, 0, 0, T, T, ["concrete_dark"], 0.02)

        return paint

    sheet.block([["barrier_l", "barrier_r"]], True, barrier)
    sheet.tile("barrier_lamp", True, lamp, opaque=False)
    sheet.tile("roadworks_pit", True, pit)
    for direction in ("up", "down", "left", "right"):
        sheet.tile(f"road_arrow_{direction}", False, arrow(direction))
    for direction in ("left", "right", "up"):
        sheet.tile(f"road_sign_{direction}", True, sign_post(direction), opaque=False)
    for corner in ("nw", "ne", "sw", "se"):
        sheet.tile(f"kerb_round_{corner}", False, kerb_round(corner))


# ---------------------------------------------------------------- hopscotch


def add_hopscotch(sheet: Sheet) -> None:
    def square(n: int) -> Painter:
        def paint(s: pygame.Surface) -> None:
            earth(f"hop{n}")(s)
            outline_box(s, 1, 1, 14, 14, "white")
            write(s, 6, 5, str(n), "white")
            speckle(s, f"chalk{n}", 1, 1, 14, 14, ["paper"], 0.03)

        return paint

    for n in range(1, 9):
        sheet.tile(f"hopscotch_{n}", False, square(n))


def add_city(sheet: Sheet) -> None:
    add_boards(sheet)
    add_noren(sheet)
    add_kiosk(sheet)
    add_poles(sheet)
    add_traffic(sheet)
    add_bath(sheet)
    add_danchi(sheet)
    add_side_street(sheet)
    add_road_edges(sheet)
    add_hopscotch(sheet)
