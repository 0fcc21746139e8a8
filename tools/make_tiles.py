"""Draw the city tileset (assets/tiles/city.png) and its Tiled tileset (maps/city.tsx).

Every tile is painted in code from tools/palette.py colours only, so the art can be
regenerated, reviewed and changed like the rest of the source:

    python tools/make_tiles.py                       # the README's venv active
    python tools/make_tiles.py --contact tiles.png   # ...and a contact sheet to look at

A tile's id is its position in the order below, and the maps (hand-edited Tiled
files) store ids: append new tiles at the end, never move or rename one a map uses.
Redrawing a tile in place is fine. See docs/art.md, "Tiles".
"""

from __future__ import annotations

import argparse
import os
import sys
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import quoteattr

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from palette import PALETTE  # noqa: E402
from tile_ids import refuse_moved_tiles  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PNG = ROOT / "assets" / "tiles" / "city.png"
TSX = ROOT / "maps" / "city.tsx"
T = 16  # tile size in pixels
COLUMNS = 16

Colour = tuple[int, int, int]
Painter = Callable[[pygame.Surface], None]

# 4x4 Bayer matrix: ordered dithering gives the 16-bit look without new colours.
BAYER = [[0, 8, 2, 10], [12, 4, 14, 6], [3, 11, 1, 9], [15, 7, 13, 5]]


def c(name: str) -> Colour:
    return PALETTE[name]


# ---------------------------------------------------------------- drawing helpers


def rect(s: pygame.Surface, x: int, y: int, w: int, h: int, col: str) -> None:
    s.fill(c(col), pygame.Rect(x, y, w, h))


def px(s: pygame.Surface, x: int, y: int, col: str) -> None:
    if 0 <= x < s.get_width() and 0 <= y < s.get_height():
        s.set_at((x, y), c(col))


def hline(s: pygame.Surface, x: int, y: int, w: int, col: str) -> None:
    rect(s, x, y, w, 1, col)


def vline(s: pygame.Surface, x: int, y: int, h: int, col: str) -> None:
    rect(s, x, y, 1, h, col)


def dither(s: pygame.Surface, x: int, y: int, w: int, h: int, col: str, level: float) -> None:
    """Cover `level` (0..1) of the area with `col` in an ordered pattern."""
    limit = level * 16
    for j in range(y, y + h):
        for i in range(x, x + w):
            if BAYER[j % 4][i % 4] < limit:
                px(s, i, j, col)


def vshade(
    s: pygame.Surface, x: int, y: int, w: int, h: int, col: str, start: float, end: float
) -> None:
    """Dither `col` in, from `start` coverage at the top to `end` at the bottom."""
    for row in range(h):
        level = start + (end - start) * (row / max(1, h - 1))
        dither(s, x, y + row, w, 1, col, level)


def speckle(
    s: pygame.Surface, key: str, x: int, y: int, w: int, h: int, cols: list[str], density: float
) -> None:
    """Scatter single pixels, the same for the same key on every run."""
    seed = zlib.crc32(key.encode())
    for j in range(y, y + h):
        for i in range(x, x + w):
            seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
            if (seed % 1000) / 1000 < density:
                px(s, i, j, cols[(seed >> 8) % len(cols)])


def outline_box(s: pygame.Surface, x: int, y: int, w: int, h: int, col: str) -> None:
    pygame.draw.rect(s, c(col), pygame.Rect(x, y, w, h), 1)


def ellipse(s: pygame.Surface, x: int, y: int, w: int, h: int, col: str, width: int = 0) -> None:
    pygame.draw.ellipse(s, c(col), pygame.Rect(x, y, w, h), width)


# ---------------------------------------------------------------- a tiny pixel font

FONT: dict[str, tuple[str, ...]] = {
    "A": (".#.", "#.#", "###", "#.#", "#.#"),
    "B": ("##.", "#.#", "##.", "#.#", "##."),
    "C": (".##", "#..", "#..", "#..", ".##"),
    "D": ("##.", "#.#", "#.#", "#.#", "##."),
    "E": ("###", "#..", "##.", "#..", "###"),
    "F": ("###", "#..", "##.", "#..", "#.."),
    "H": ("#.#", "#.#", "###", "#.#", "#.#"),
    "I": ("###", ".#.", ".#.", ".#.", "###"),
    "K": ("#.#", "#.#", "##.", "#.#", "#.#"),
    "L": ("#..", "#..", "#..", "#..", "###"),
    "M": ("#.#", "###", "###", "#.#", "#.#"),
    "N": ("#.#", "###", "###", "###", "#.#"),
    "O": (".#.", "#.#", "#.#", "#.#", ".#."),
    "P": ("##.", "#.#", "##.", "#..", "#.."),
    "R": ("##.", "#.#", "##.", "#.#", "#.#"),
    "S": (".##", "#..", ".#.", "..#", "##."),
    "T": ("###", ".#.", ".#.", ".#.", ".#."),
    "U": ("#.#", "#.#", "#.#", "#.#", "###"),
    "Y": ("#.#", "#.#", ".#.", ".#.", ".#."),
    "G": (".##", "#..", "#.#", "#.#", ".##"),
    "W": ("#.#", "#.#", "###", "###", "#.#"),
    "V": ("#.#", "#.#", "#.#", "#.#", ".#."),
    "X": ("#.#", "#.#", ".#.", "#.#", "#.#"),
    "Z": ("###", "..#", ".#.", "#..", "###"),
    "J": ("..#", "..#", "..#", "#.#", ".#."),
    "Q": (".#.", "#.#", "#.#", "##.", ".##"),
    " ": ("...", "...", "...", "...", "..."),
    ".": ("...", "...", "...", "...", ".#."),
    "1": (".#.", "##.", ".#.", ".#.", "###"),
    "2": ("##.", "..#", ".#.", "#..", "###"),
    "3": ("##.", "..#", ".#.", "..#", "##."),
    "4": ("#.#", "#.#", "###", "..#", "..#"),
    "5": ("###", "#..", "##.", "..#", "##."),
    "6": (".##", "#..", "##.", "#.#", ".#."),
    "7": ("###", "..#", ".#.", ".#.", ".#."),
    "8": (".#.", "#.#", ".#.", "#.#", ".#."),
    "9": (".#.", "#.#", ".##", "..#", "##."),
    "0": (".#.", "#.#", "#.#", "#.#", ".#."),
}


def text_width(text: str) -> int:
    return len(text) * 4 - 1


def write(s: pygame.Surface, x: int, y: int, text: str, col: str) -> None:
    for n, ch in enumerate(text.upper()):
        for j, row in enumerate(FONT[ch]):
            for i, bit in enumerate(row):
                if bit == "#":
                    px(s, x + n * 4 + i, y + j, col)


# ---------------------------------------------------------------- the registry


@dataclass(slots=True)
class TileDef:
    name: str
    collides: bool
    image: pygame.Surface


class Sheet:
    """Tiles in the order they are added; the index is the Tiled tile id."""

    def __init__(self) -> None:
        self.tiles: list[TileDef] = []
        self.names: set[str] = set()

    def _add(self, name: str, collides: bool, image: pygame.Surface) -> None:
        if name in self.names:
            raise ValueError(f"tile {name!r} defined twice")
        self.names.add(name)
        self.tiles.append(TileDef(name, collides, image))

    def tile(self, name: str, collides: bool, *painters: Painter, opaque: bool = True) -> None:
        """One tile; painters run in order on a blank (transparent) 16x16 surface."""
        surface = pygame.Surface((T, T), pygame.SRCALPHA)
        for paint in painters:
            paint(surface)
        if opaque and surface.get_at((0, 0)).a == 0 and surface.get_at((15, 15)).a == 0:
            raise ValueError(f"opaque tile {name!r} left transparent corners")
        self._add(name, collides, surface)

    def block(
        self, names: list[list[str | None]], collides: bool | list[list[bool]], *painters: Painter
    ) -> None:
        """A picture several tiles wide/high, sliced into tiles (None = skip)."""
        rows, cols = len(names), len(names[0])
        big = pygame.Surface((cols * T, rows * T), pygame.SRCALPHA)
        for paint in painters:
            paint(big)
        for j, row in enumerate(names):
            for i, name in enumerate(row):
                if name is None:
                    continue
                blocked = collides if isinstance(collides, bool) else collides[j][i]
                piece = pygame.Surface((T, T), pygame.SRCALPHA)
                piece.blit(big, (0, 0), pygame.Rect(i * T, j * T, T, T))
                self._add(name, blocked, piece)


# ---------------------------------------------------------------- ground


def asphalt(key: str) -> Painter:
    def paint(s: pygame.Surface) -> None:
        s.fill(c("asphalt"))
        speckle(s, key, 0, 0, s.get_width(), s.get_height(), ["asphalt_light", "shadow"], 0.12)

    return paint


def pavement(key: str) -> Painter:
    """Concrete slabs 8x8 with joints, lit from the top left."""

    def paint(s: pygame.Surface) -> None:
        s.fill(c("concrete"))
        speckle(s, key, 0, 0, T, T, ["concrete_light", "concrete_dark"], 0.08)
        for k in (0, 8):
            hline(s, 0, k + 7, T, "concrete_dark")
            vline(s, k + 7, 0, T, "concrete_dark")
        for sx in (0, 8):
            for sy in (0, 8):
                hline(s, sx, sy, 7, "concrete_light")

    return paint


def kerb(sides: str) -> Painter:
    """Pavement edge where the road is on `sides` (n, s, e, w)."""

    def paint(s: pygame.Surface) -> None:
        pavement("kerb" + sides)(s)
        if "n" in sides:
            rect(s, 0, 0, T, 2, "concrete_light")
            hline(s, 0, 2, T, "concrete_dark")
        if "s" in sides:
            hline(s, 0, 11, T, "concrete_light")
            rect(s, 0, 12, T, 3, "concrete_dark")
            hline(s, 0, 15, T, "shadow")
        if "w" in sides:
            rect(s, 0, 0, 2, T, "concrete_light")
            vline(s, 2, 0, T, "concrete_dark")
        if "e" in sides:
            rect(s, 13, 0, 2, T, "concrete_light")
            vline(s, 15, 0, T, "shadow")

    return paint


def grass(key: str, flowers: bool = False) -> Painter:
    def paint(s: pygame.Surface) -> None:
        s.fill(c("green"))
        speckle(s, key, 0, 0, T, T, ["green_dark", "green_light", "green_dark"], 0.25)
        if flowers:
            speckle(s, key + "f", 1, 1, 14, 14, ["mustard", "white", "plum"], 0.04)

    return paint


def earth(key: str) -> Painter:
    def paint(s: pygame.Surface) -> None:
        s.fill(c("wood_light"))
        dither(s, 0, 0, T, T, "cream", 0.25)
        speckle(s, key, 0, 0, T, T, ["wood", "concrete_light", "wood"], 0.1)

    return paint


def add_ground(sheet: Sheet) -> None:
    sheet.tile("asphalt", False, asphalt("a1"))
    sheet.tile(
        "asphalt_2",
        False,
        asphalt("a2"),
        lambda s: (hline(s, 3, 9, 5, "shadow"), hline(s, 4, 10, 3, "shadow")),
    )

    def centre_h(s: pygame.Surface) -> None:
        asphalt("ch")(s)
        rect(s, 2, 0, 9, 1, "paper")
        rect(s, 3, 1, 7, 1, "concrete_light")

    def centre_v(s: pygame.Surface) -> None:
        asphalt("cv")(s)
        rect(s, 0, 2, 1, 9, "paper")
        rect(s, 1, 3, 1, 7, "concrete_light")

    sheet.tile("road_line_h", False, centre_h)
    sheet.tile("road_line_v", False, centre_v)

    def zebra(vertical_bars: bool) -> Painter:
        def paint(s: pygame.Surface) -> None:
            asphalt("z" + str(vertical_bars))(s)
            for k in (2, 10):
                if vertical_bars:
                    rect(s, k, 0, 5, T, "white")
                    speckle(s, f"zw{k}", k, 0, 5, T, ["concrete_light"], 0.15)
                else:
                    rect(s, 0, k, T, 5, "white")
                    speckle(s, f"zh{k}", 0, k, T, 5, ["concrete_light"], 0.15)

        return paint

    sheet.tile("zebra_v", False, zebra(True))
    sheet.tile("zebra_h", False, zebra(False))

    def stop_line(s: pygame.Surface) -> None:
        asphalt("sl")(s)
        rect(s, 0, 13, T, 2, "paper")

    sheet.tile("road_stop_line", False, stop_line)

    def manhole(s: pygame.Surface) -> None:
        asphalt("mh")(s)
        ellipse(s, 2, 2, 12, 12, "shadow")
        ellipse(s, 3, 3, 10, 10, "concrete_dark")
        for k in range(4, 12, 2):
            hline(s, 4, k, 8, "asphalt")
        ellipse(s, 2, 2, 12, 12, "ink", 1)

    sheet.tile("manhole", False, manhole)
    sheet.tile("pavement", False, pavement("p1"))
    sheet.tile(
        "pavement_2",
        False,
        pavement("p2"),
        lambda s: (hline(s, 9, 3, 4, "concrete_dark"), px(s, 12, 4, "concrete_dark")),
    )
    for sides in ("n", "s", "e", "w", "ne", "nw", "se", "sw"):
        sheet.tile(f"kerb_{sides}", False, kerb(sides))

    def drain(s: pygame.Surface) -> None:
        kerb("s")(s)
        rect(s, 4, 12, 8, 3, "ink")
        for k in range(5, 12, 2):
            vline(s, k, 12, 3, "concrete_dark")

    sheet.tile("kerb_drain", False, drain)
    sheet.tile("grass", False, grass("g1"))
    sheet.tile("grass_2", False, grass("g2", flowers=True))
    sheet.tile("earth", False, earth("e1"))
    sheet.tile(
        "earth_2",
        False,
        earth("e2"),
        lambda s: speckle(s, "pebbles", 2, 2, 12, 12, ["concrete", "concrete_dark"], 0.05),
    )

    def hopscotch(s: pygame.Surface) -> None:
        earth("hs")(s)
        outline_box(s, 2, 1, 12, 14, "white")
        hline(s, 2, 8, 12, "white")
        write(s, 7, 3, "1", "white")

    sheet.tile("earth_chalk", False, hopscotch)

    def gravel(s: pygame.Surface) -> None:
        s.fill(c("concrete_light"))
        speckle(s, "gravel", 0, 0, T, T, ["concrete", "concrete_dark", "paper"], 0.35)

    sheet.tile("gravel", False, gravel)

    def stones(s: pygame.Surface) -> None:
        gravel(s)
        for x, y in ((1, 2), (8, 7), (3, 11), (10, 1)):
            ellipse(s, x, y, 5, 4, "concrete")
            hline(s, x + 1, y, 3, "concrete_light")
            hline(s, x + 1, y + 3, 3, "concrete_dark")

    sheet.tile("stepping_stones", False, stones)


# ---------------------------------------------------------------- buildings

ROOFS = {
    # name: (base, dark, light, ridge)
    "kawara": ("blue", "blue_dark", "sky", "night"),
    "tin": ("brick", "brick_dark", "brick_light", "red_dark"),
    "flat": ("concrete_dark", "shadow", "concrete", "asphalt"),
    "green": ("teal", "blue_dark", "teal_light", "green_dark"),
}


def roof_piece(style: str, row: str, side: str) -> Painter:
    """Roof seen from above: row is ridge/mid/eave, side is l/m/r."""
    base, dark, light, ridge = ROOFS[style]

    def paint(s: pygame.Surface) -> None:
        s.fill(c(base))
        if style == "flat":
            speckle(s, "flat" + row + side, 0, 0, T, T, [light, dark], 0.1)
            if row == "ridge":
                rect(s, 0, 0, T, 3, light)
                hline(s, 0, 3, T, dark)
        elif style == "tin":
            for k in range(0, T, 4):
                vline(s, k, 0, T, dark)
                vline(s, k + 1, 0, T, light)
        else:
            # rows of round tiles: light rib, dark gutter, every 4 px
            for k in range(0, T, 4):
                vline(s, k + 1, 0, T, light)
                vline(s, k + 3, 0, T, dark)
            for k in range(3, T, 4):
                hline(s, 0, k, T, dark)
                dither(s, 0, k - 1, T, 1, dark, 0.5)
        if row == "ridge" and style != "flat":
            rect(s, 0, 0, T, 5, ridge)
            hline(s, 0, 1, T, light)
            for k in range(2, T, 6):
                px(s, k, 3, light)
            hline(s, 0, 5, T, "ink")
        if row == "eave":
            vshade(s, 0, 8, T, 5, "shadow", 0.0, 0.5)
            rect(s, 0, 13, T, 2, dark)
            hline(s, 0, 13, T, light)
            hline(s, 0, 15, T, "ink")
        if side == "l":
            rect(s, 0, 0, 2, T, dark)
            vline(s, 0, 0, T, "ink")
        if side == "r":
            rect(s, 14, 0, 2, T, dark)
            vline(s, 15, 0, T, "ink")

    return paint


WALLS = {
    # name: (base, mid, dark, light)
    "plaster": ("cream", "concrete_light", "concrete_dark", "paper"),
    "brick": ("brick", "brick_dark", "brick_dark", "brick_light"),
    "wood": ("wood", "wood_dark", "wood_dark", "wood_light"),
    "concrete": ("concrete_light", "concrete", "concrete_dark", "paper"),
    "dark": ("shadow", "ink", "ink", "asphalt"),
}


def wall_texture(style: str, key: str) -> Painter:
    base, mid, dark, light = WALLS[style]

    def paint(s: pygame.Surface) -> None:
        s.fill(c(base))
        w, h = s.get_width(), s.get_height()
        if style == "brick":
            for row, y in enumerate(range(0, h, 4)):
                hline(s, 0, y + 3, w, "concrete_dark")
                for x in range((row % 2) * 4, w, 8):
                    vline(s, x, y, 3, "concrete_dark")
                    hline(s, x + 1, y, 6, light) if (x + y) % 3 == 0 else None
            speckle(s, key, 0, 0, w, h, [dark, light], 0.06)
        elif style == "wood":
            for y in range(0, h, 4):
                hline(s, 0, y + 3, w, dark)
                hline(s, 0, y, w, light)
            speckle(s, key, 0, 0, w, h, [dark], 0.05)
        elif style == "dark":
            # enamel panels, as on a cinema front
            for x in range(0, w, 8):
                vline(s, x, 0, h, "ink")
                vline(s, x + 1, 0, h, light)
            speckle(s, key, 0, 0, w, h, [mid], 0.03)
        else:
            dither(s, 0, 0, w, h, mid, 0.12)
            speckle(s, key, 0, 0, w, h, [dark, light], 0.04)

    return paint


def window_on(s: pygame.Surface, x: int, y: int, w: int, h: int, lit: bool = False) -> None:
    """A sash window with frame, sill and a glint."""
    rect(s, x - 1, y - 1, w + 2, h + 2, "wood_dark")
    rect(s, x, y, w, h, "lamp" if lit else "teal")
    vshade(s, x, y, w, h, "blue_dark" if not lit else "mustard", 0.0, 0.6)
    vline(s, x + w // 2, y, h, "white")
    hline(s, x, y + h // 2, w, "white")
    px(s, x + 1, y + 1, "white")
    px(s, x + 2, y + 1, "sky")
    px(s, x + 1, y + 2, "sky")
    rect(s, x - 2, y + h + 1, w + 4, 2, "concrete_light")
    hline(s, x - 2, y + h + 2, w + 4, "concrete_dark")


def wall_piece(style: str, kind: str) -> Painter:
    """Facade tiles: plain, top (under the eave), base (with plinth), window, ..."""

    def paint(s: pygame.Surface) -> None:
        wall_texture(style, style + kind)(s)
        if kind == "top":
            vshade(s, 0, 0, T, 6, "shadow", 0.8, 0.0)
        if kind in ("base", "door_side"):
            rect(s, 0, 13, T, 3, "concrete_dark")
            hline(s, 0, 13, T, "concrete")
        if kind == "window":
            window_on(s, 3, 3, 10, 8)
        if kind == "window_lit":
            window_on(s, 3, 3, 10, 8, lit=True)
        if kind == "window_small":
            window_on(s, 5, 4, 6, 6)
        if kind == "pipe":
            vline(s, 12, 0, T, "concrete_dark")
            vline(s, 13, 0, T, "concrete")

    return paint


def add_buildings(sheet: Sheet) -> None:
    for style in ROOFS:
        for row in ("ridge", "mid", "eave"):
            for side in ("l", "m", "r"):
                sheet.tile(f"roof_{style}_{row}_{side}", True, roof_piece(style, row, side))
    for style in WALLS:
        for kind in ("plain", "top", "base", "window", "window_lit", "window_small", "pipe"):
            sheet.tile(f"wall_{style}_{kind}", True, wall_piece(style, kind))
    add_doors(sheet)
    add_shopfronts(sheet)
    add_signs(sheet)


def door_leaf(kind: str) -> Painter:
    def paint(s: pygame.Surface) -> None:
        if kind == "wood":
            rect(s, 2, 0, 12, 16, "wood_dark")
            rect(s, 3, 1, 10, 15, "wood")
            outline_box(s, 4, 2, 8, 5, "wood_dark")
            outline_box(s, 4, 9, 8, 6, "wood_dark")
            px(s, 11, 8, "mustard")
        elif kind == "glass":
            rect(s, 1, 0, 14, 16, "ink")
            rect(s, 2, 1, 5, 15, "teal")
            rect(s, 9, 1, 5, 15, "teal")
            vshade(s, 2, 1, 12, 15, "blue_dark", 0.0, 0.5)
            vline(s, 8, 0, T, "concrete_light")
            px(s, 3, 2, "white")
            px(s, 10, 2, "white")
            hline(s, 5, 8, 2, "mustard")
            hline(s, 9, 8, 2, "mustard")
        elif kind == "sliding":
            rect(s, 1, 0, 14, 16, "wood_dark")
            for x0 in (2, 8):
                rect(s, x0, 1, 6, 15, "paper")
                for k in range(x0 + 2, x0 + 6, 2):
                    vline(s, k, 1, 15, "wood_light")
                for k in range(4, 16, 4):
                    hline(s, x0, k, 6, "wood_light")
        elif kind == "dark":
            rect(s, 2, 0, 12, 16, "ink")
            dither(s, 2, 0, 12, 16, "shadow", 0.3)

    return paint


def add_doors(sheet: Sheet) -> None:
    for style in WALLS:
        for kind in ("wood", "glass", "sliding"):
            sheet.tile(
                f"door_{style}_{kind}",
                False,
                wall_texture(style, "d" + kind),
                door_leaf(kind),
                lambda s: rect(s, 0, 15, T, 1, "concrete_dark"),
            )

            def top(s: pygame.Surface, kind: str = kind, style: str = style) -> None:
                wall_texture(style, "dt" + kind)(s)
                rect(s, 1, 4, 14, 12, "ink")
                leaf = pygame.Surface((T, T), pygame.SRCALPHA)
                door_leaf(kind)(leaf)
                s.blit(leaf, (0, 6), pygame.Rect(0, 0, T, 10))

            sheet.tile(f"door_{style}_{kind}_top", True, top)

    def lintel(s: pygame.Surface) -> None:
        rect(s, 0, 2, T, 4, "wood_dark")
        hline(s, 0, 2, T, "wood_light")
        hline(s, 0, 5, T, "ink")
        vline(s, 0, 6, 10, "wood_dark")
        vline(s, 15, 6, 10, "wood_dark")

    sheet.tile("door_lintel", False, lintel, opaque=False)


def goods(s: pygame.Surface, key: str, x: int, y: int, w: int, h: int, cols: list[str]) -> None:
    """Small coloured boxes on shelves behind shop glass."""
    seed = zlib.crc32(key.encode())
    for shelf in range(y, y + h, 4):
        hline(s, x, shelf + 3, w, "wood_dark")
        i = x
        while i < x + w - 1:
            seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
            bw = 1 + seed % 3
            col = cols[(seed >> 5) % len(cols)]
            rect(s, i, shelf + (seed >> 9) % 2, bw, 3 - (seed >> 9) % 2, col)
            i += bw + 1


def shop_window(style: str, stock: list[str], key: str) -> Painter:
    def paint(s: pygame.Surface) -> None:
        wall_texture(style, key)(s)
        rect(s, 0, 1, T, 12, "wood_dark")
        rect(s, 1, 2, 14, 10, "blue_dark")
        goods(s, key, 1, 3, 14, 8, stock)
        dither(s, 1, 2, 14, 10, "sky", 0.12)
        px(s, 2, 3, "white")
        px(s, 3, 4, "white")
        rect(s, 0, 13, T, 3, "concrete_dark")
        hline(s, 0, 13, T, "concrete")

    return paint


def add_shopfronts(sheet: Sheet) -> None:
    sheet.tile(
        "shop_window_toys",
        True,
        shop_window("plaster", ["red", "mustard", "blue", "green_light", "white"], "toys"),
    )
    sheet.tile(
        "shop_window_tobacco",
        True,
        shop_window("plaster", ["red", "white", "blue", "mustard"], "tobacco"),
    )
    sheet.tile(
        "shop_window_cafe", True, shop_window("wood", ["paper", "cream", "brick_light"], "cafe")
    )
    sheet.tile(
        "shop_window_plain",
        True,
        shop_window("concrete", ["concrete_light", "teal_light", "paper"], "plain"),
    )

    def kiosk(s: pygame.Surface) -> None:
        # the tobacco counter: a small glazed hatch over a tiled ledge
        wall_texture("plaster", "kiosk")(s)
        rect(s, 0, 1, T, 10, "red_dark")
        rect(s, 1, 2, 14, 8, "teal")
        goods(s, "kiosk", 1, 2, 14, 8, ["red", "white", "blue", "mustard", "green_light"])
        dither(s, 1, 2, 14, 8, "sky", 0.1)
        rect(s, 0, 10, T, 3, "white")
        hline(s, 0, 12, T, "concrete_dark")
        rect(s, 1, 13, 14, 3, "red")
        hline(s, 1, 14, 14, "red_dark")

    sheet.tile("kiosk_counter", True, kiosk)

    def ticket_booth(s: pygame.Surface) -> None:
        wall_texture("dark", "booth")(s)
        rect(s, 1, 2, 14, 9, "mustard")
        rect(s, 2, 3, 12, 7, "lamp")
        ellipse(s, 5, 5, 6, 5, "ink")
        rect(s, 0, 11, T, 2, "wood_light")
        rect(s, 0, 13, T, 3, "red_dark")

    sheet.tile("ticket_booth", True, ticket_booth)

    def poster(top: bool, art: str) -> Painter:
        def paint(s: pygame.Surface) -> None:
            wall_texture("dark", "poster" + art + str(top))(s)
            y0 = 2 if top else 0
            y1 = T if top else 12
            rect(s, 1, y0, 14, y1 - y0, "mustard")
            rect(s, 2, y0 + 1 if top else 0, 12, y1 - y0 - (1 if top else 1), "paper")
            if art == "face" and top:
                # a film poster: a pale face, half in shadow
                rect(s, 2, 3, 12, 13, "night")
                ellipse(s, 4, 5, 8, 10, "skin")
                rect(s, 8, 5, 4, 10, "night")
                dither(s, 4, 5, 4, 10, "skin_shadow", 0.3)
                px(s, 6, 9, "ink")
            elif art == "face":
                rect(s, 2, 0, 12, 8, "night")
                ellipse(s, 4, -5, 8, 8, "skin_shadow")
                write(s, 2, 9, "AI", "red")
            elif art == "sea" and top:
                rect(s, 2, 3, 12, 13, "sky")
                rect(s, 2, 10, 12, 6, "blue")
                ellipse(s, 9, 4, 4, 4, "lamp")
                hline(s, 2, 10, 12, "white")
            else:
                rect(s, 2, 0, 12, 6, "blue")
                px(s, 5, 2, "white")
                write(s, 2, 7, "SEA", "blue_dark")
            if not top:
                rect(s, 0, 13, T, 3, "red_dark")

        return paint

    sheet.tile("poster_face_top", True, poster(True, "face"))
    sheet.tile("poster_face_bottom", True, poster(False, "face"))
    sheet.tile("poster_sea_top", True, poster(True, "sea"))
    sheet.tile("poster_sea_bottom", True, poster(False, "sea"))

    for name, stripes in (
        ("red", ("red", "white")),
        ("green", ("green", "cream")),
        ("blue", ("blue", "white")),
    ):
        for side in ("l", "m", "r"):
            sheet.tile(f"awning_{name}_{side}", False, awning(stripes, side), opaque=False)


SHADE = {
    "red": "red_dark",
    "white": "bandage_shadow",
    "green": "green_dark",
    "cream": "tatami",
    "blue": "blue_dark",
}


def awning(stripes: tuple[str, str], side: str) -> Painter:
    """A striped canvas awning: shaded where it folds to the wall, scalloped at the front."""

    def paint(s: pygame.Surface) -> None:
        for x in range(T):
            col = stripes[(x // 4) % 2]
            depth = 13 if x % 4 in (1, 2) else 12
            vline(s, x, 1, depth - 1, col)
            vline(s, x, 1, 3, SHADE[col])
            px(s, x, 4, SHADE[col]) if x % 2 else None
            px(s, x, depth - 1, SHADE[col])
            px(s, x, depth, "ink")
        hline(s, 0, 0, T, "ink")
        hline(s, 0, 9, T, "ink")  # the seam of the valance
        if side == "l":
            vline(s, 0, 0, 13, "ink")
        if side == "r":
            vline(s, 15, 0, 13, "ink")

    return paint


SIGNS = {
    # name: (text, board, border, letters, width in tiles)
    "tobacco": ("TOBACCO", "red", "red_dark", "white", 3),
    "toys": ("TOYS", "mustard", "wood_dark", "red", 2),
    "cafe": ("CAFE", "teal", "blue_dark", "cream", 2),
    "cinema": ("CINEMA", "red_dark", "ink", "lamp", 3),
    "hotel": ("HOTEL", "blue_dark", "night", "cream", 3),
    "apartments": ("HIBARI", "cream", "wood_dark", "blue_dark", 2),
    "house_s": ("S", "wood_light", "wood_dark", "ink", 1),
    "clinic": ("CLINIC", "white", "teal", "teal", 2),
    "museum": ("MUSEUM", "concrete_light", "concrete_dark", "ink", 2),
    "bakery": ("BREAD", "cream", "brick_dark", "brick_dark", 2),
}


def add_signs(sheet: Sheet) -> None:
    for name, (text, board, border, letters, width) in SIGNS.items():

        def paint(
            s: pygame.Surface,
            text: str = text,
            board: str = board,
            border: str = border,
            letters: str = letters,
            bulbs: bool = name == "cinema",
        ) -> None:
            w = s.get_width()
            rect(s, 0, 3, w, 10, border)
            rect(s, 1, 4, w - 2, 8, board)
            hline(s, 1, 4, w - 2, "white" if board != "white" else "paper")
            if bulbs:
                for x in range(2, w - 1, 3):
                    px(s, x, 3, "lamp")
                    px(s, x, 12, "lamp")
            write(s, (w - text_width(text)) // 2, 6, text, letters)
            hline(s, 2, 13, w - 4, "shadow")

        names = [[f"sign_{name}_{k}" for k in range(width)]] if width > 1 else [[f"sign_{name}"]]
        sheet.block(names, False, paint)


# ---------------------------------------------------------------- street furniture


def add_street(sheet: Sheet) -> None:
    def lamp_base(s: pygame.Surface) -> None:
        ellipse(s, 4, 12, 8, 4, "shadow")
        rect(s, 7, 0, 2, 14, "ink")
        vline(s, 7, 0, 14, "concrete_dark")
        rect(s, 6, 11, 4, 3, "ink")

    def lamp_top(s: pygame.Surface) -> None:
        rect(s, 7, 6, 2, 10, "ink")
        vline(s, 7, 6, 10, "concrete_dark")
        rect(s, 3, 2, 10, 4, "ink")
        rect(s, 4, 5, 8, 2, "lamp")
        hline(s, 5, 3, 6, "concrete_dark")

    sheet.tile("lamp_base", True, lamp_base, opaque=False)
    sheet.tile("lamp_top", False, lamp_top, opaque=False)

    def pole_base(s: pygame.Surface) -> None:
        ellipse(s, 3, 12, 10, 4, "shadow")
        rect(s, 6, 0, 4, 15, "wood_dark")
        vline(s, 6, 0, 15, "wood")
        for y in (3, 9):
            hline(s, 6, y, 4, "ink")
        rect(s, 6, 5, 4, 3, "mustard")  # the yellow-and-black guard band
        hline(s, 6, 6, 4, "ink")

    def pole_top(s: pygame.Surface) -> None:
        rect(s, 6, 0, 4, 16, "wood_dark")
        vline(s, 6, 0, 16, "wood")
        rect(s, 0, 3, T, 2, "wood_dark")
        for x in (1, 5, 10, 14):
            rect(s, x, 1, 2, 2, "white")
        hline(s, 0, 0, T, "ink")

    sheet.tile("pole_base", True, pole_base, opaque=False)
    sheet.tile("pole_top", False, pole_top, opaque=False)

    def post_box(s: pygame.Surface) -> None:
        ellipse(s, 3, 12, 10, 4, "shadow")
        rect(s, 4, 2, 8, 12, "red")
        ellipse(s, 4, 0, 8, 5, "red")
        vline(s, 4, 3, 11, "red_dark")
        vline(s, 10, 3, 11, "red_dark")
        vline(s, 5, 3, 10, "brick_light")
        rect(s, 5, 5, 6, 1, "ink")
        rect(s, 6, 8, 4, 3, "white")
        hline(s, 7, 9, 2, "red")
        rect(s, 4, 13, 8, 1, "ink")

    sheet.tile("post_box", True, post_box, opaque=False)

    def bus_base(s: pygame.Surface) -> None:
        ellipse(s, 3, 12, 10, 4, "shadow")
        rect(s, 7, 0, 2, 14, "concrete_dark")
        rect(s, 5, 12, 6, 2, "concrete")
        rect(s, 5, 3, 6, 6, "white")
        outline_box(s, 5, 3, 6, 6, "blue")
        for y in (5, 7):
            hline(s, 6, y, 4, "ink")

    def bus_top(s: pygame.Surface) -> None:
        rect(s, 7, 10, 2, 6, "concrete_dark")
        ellipse(s, 1, 0, 14, 12, "blue_dark")
        ellipse(s, 2, 1, 12, 10, "white")
        write(s, 3, 3, "BUS", "blue")
        hline(s, 4, 9, 8, "red")

    sheet.tile("bus_stop_base", True, bus_base, opaque=False)
    sheet.tile("bus_stop_top", False, bus_top, opaque=False)

    def bench(side: str) -> Painter:
        def paint(s: pygame.Surface) -> None:
            rect(s, 0, 12, T, 2, "shadow")
            for y in (3, 6):
                rect(s, 0, y, T, 2, "wood_light")
                hline(s, 0, y + 1, T, "wood")
            rect(s, 0, 9, T, 3, "wood")
            hline(s, 0, 9, T, "wood_light")
            leg = 2 if side == "l" else 12
            rect(s, leg, 2, 2, 12, "ink")
            if side == "l":
                vline(s, 0, 3, 9, "wood_dark")
            else:
                vline(s, 15, 3, 9, "wood_dark")

        return paint

    sheet.tile("bench_l", True, bench("l"), opaque=False)
    sheet.tile("bench_r", True, bench("r"), opaque=False)

    def hedge(s: pygame.Surface) -> None:
        rect(s, 0, 1, T, 15, "green_dark")
        rect(s, 0, 1, T, 10, "green")
        speckle(s, "hedge", 0, 1, T, 10, ["green_light", "green_dark"], 0.3)
        vshade(s, 0, 9, T, 6, "shadow", 0.0, 0.5)
        for x in range(0, T, 5):
            ellipse(s, x - 1, 0, 6, 4, "green")
            px(s, x + 1, 1, "green_light")

    sheet.tile("hedge", True, hedge, opaque=False)

    def hedge_v(s: pygame.Surface) -> None:
        # a hedge running north-south: seen from above, it tiles down the column
        rect(s, 2, 0, 12, T, "green")
        speckle(s, "hedgev", 2, 0, 12, T, ["green_light", "green_dark"], 0.3)
        vline(s, 2, 0, T, "green_light")
        rect(s, 12, 0, 2, T, "green_dark")
        vline(s, 14, 0, T, "shadow")

    sheet.tile("hedge_v", True, hedge_v, opaque=False)

    def fence(s: pygame.Surface) -> None:
        for x in range(0, T, 3):
            rect(s, x, 2, 2, 13, "wood")
            vline(s, x, 2, 13, "wood_light")
            px(s, x, 1, "wood_dark")
        hline(s, 0, 5, T, "wood_dark")
        hline(s, 0, 11, T, "wood_dark")
        hline(s, 0, 15, T, "shadow")

    sheet.tile("fence", True, fence, opaque=False)

    def block_wall(s: pygame.Surface) -> None:
        rect(s, 0, 2, T, 14, "concrete")
        rect(s, 0, 2, T, 2, "concrete_light")
        for y in (4, 9):
            hline(s, 0, y + 4, T, "concrete_dark")
            for x in range((y % 2) * 4, T, 8):
                vline(s, x, y, 5, "concrete_dark")
        for x in (4, 12):
            rect(s, x - 1, 5, 3, 2, "concrete_dark")
        speckle(s, "blockwall", 0, 4, T, 12, ["concrete_dark", "green_dark"], 0.05)
        hline(s, 0, 15, T, "shadow")

    sheet.tile("block_wall", True, block_wall, opaque=False)

    def trunk(s: pygame.Surface) -> None:
        ellipse(s, 1, 10, 14, 6, "shadow")
        rect(s, 6, 0, 4, 14, "wood_dark")
        vline(s, 7, 0, 13, "wood")
        px(s, 5, 13, "wood_dark")
        px(s, 10, 13, "wood_dark")

    sheet.tile("tree_trunk", True, trunk, opaque=False)

    def crown(s: pygame.Surface) -> None:
        # overlapping leaf clumps, darker underneath: a crown you stand under
        clumps = [
            (4, 10, 18, 14),
            (16, 4, 18, 16),
            (26, 10, 18, 14),
            (10, 14, 28, 14),
            (12, 1, 12, 10),
            (22, 2, 12, 10),
        ]
        for x, y, w, h in clumps:
            ellipse(s, x, y + 2, w, h, "green_dark")
        for x, y, w, h in clumps:
            ellipse(s, x, y, w, h - 2, "green")
        speckle(s, "crown", 0, 0, 48, 32, ["green_light"], 0.0)
        for x, y, w, h in clumps:
            ellipse(s, x + 3, y + 1, w // 2, h // 3, "green_light")
        mask = pygame.mask.from_surface(s)
        speckle_layer = pygame.Surface(s.get_size(), pygame.SRCALPHA)
        speckle(speckle_layer, "crownspots", 0, 0, 48, 32, ["green_dark", "green_light"], 0.18)
        for y in range(32):
            for x in range(48):
                if mask.get_at((x, y)) and speckle_layer.get_at((x, y)).a:
                    s.set_at((x, y), speckle_layer.get_at((x, y)))
        rect(s, 22, 28, 4, 4, "wood_dark")

    sheet.block(
        [
            ["tree_crown_nw", "tree_crown_n", "tree_crown_ne"],
            ["tree_crown_sw", "tree_crown_s", "tree_crown_se"],
        ],
        False,
        crown,
    )

    def small_tree(s: pygame.Surface) -> None:
        ellipse(s, 3, 11, 10, 5, "shadow")
        rect(s, 7, 8, 2, 6, "wood_dark")
        ellipse(s, 2, 0, 12, 10, "green_dark")
        ellipse(s, 3, 0, 10, 8, "green")
        ellipse(s, 5, 1, 4, 3, "green_light")
        px(s, 9, 5, "red")
        px(s, 5, 6, "red")

    sheet.tile("small_tree", True, small_tree, opaque=False)

    def planter(s: pygame.Surface) -> None:
        ellipse(s, 2, 12, 12, 4, "shadow")
        rect(s, 3, 8, 10, 6, "brick")
        hline(s, 3, 8, 10, "brick_light")
        ellipse(s, 2, 1, 12, 9, "green_dark")
        ellipse(s, 3, 1, 10, 7, "green")
        for x, y in ((5, 3), (9, 2), (7, 5)):
            px(s, x, y, "mustard")
            px(s, x + 1, y, "white")

    sheet.tile("planter", True, planter, opaque=False)

    def bicycle(s: pygame.Surface) -> None:
        ellipse(s, 0, 7, 7, 7, "ink", 1)
        ellipse(s, 9, 7, 7, 7, "ink", 1)
        pygame.draw.line(s, c("red_dark"), (3, 10), (7, 5))
        pygame.draw.line(s, c("red_dark"), (7, 5), (12, 10))
        pygame.draw.line(s, c("red_dark"), (7, 5), (7, 10))
        hline(s, 5, 4, 3, "ink")
        hline(s, 11, 4, 3, "concrete_light")

    sheet.tile("bicycle", True, bicycle, opaque=False)

    def cafe_table(s: pygame.Surface) -> None:
        ellipse(s, 2, 11, 12, 4, "shadow")
        vline(s, 8, 7, 6, "ink")
        ellipse(s, 2, 3, 12, 7, "white")
        ellipse(s, 2, 3, 12, 7, "concrete", 1)
        ellipse(s, 6, 4, 3, 2, "wood_dark")

    def cafe_chair(s: pygame.Surface) -> None:
        rect(s, 4, 2, 8, 3, "green")
        rect(s, 4, 7, 8, 3, "green_light")
        vline(s, 4, 2, 11, "ink")
        vline(s, 11, 2, 11, "ink")
        hline(s, 4, 13, 8, "shadow")

    sheet.tile("cafe_table", True, cafe_table, opaque=False)
    sheet.tile("cafe_chair", True, cafe_chair, opaque=False)

    def parasol(s: pygame.Surface) -> None:
        ellipse(s, 0, 0, 48, 28, "ink")
        ellipse(s, 1, 1, 46, 25, "cream")
        for k in range(0, 48, 8):
            rim = 1 if 8 < k < 40 else 8
            pygame.draw.polygon(s, c("green"), [(24, 13), (k, rim), (k + 4, rim + 1)])
        ellipse(s, 21, 11, 6, 4, "wood_dark")
        rect(s, 23, 15, 2, 17, "ink")

    sheet.block(
        [["parasol_nw", "parasol_n", "parasol_ne"], [None, "parasol_s", None]], False, parasol
    )

    def flower_box(s: pygame.Surface) -> None:
        rect(s, 0, 9, T, 6, "wood")
        hline(s, 0, 9, T, "wood_light")
        hline(s, 0, 14, T, "wood_dark")
        for x in range(1, T, 3):
            ellipse(s, x - 1, 4, 4, 6, "green")
            px(s, x, 4, ("red", "mustard", "white")[x % 3])

    sheet.tile("flower_box", True, flower_box, opaque=False)

    def canopy(side: str) -> Painter:
        def paint(s: pygame.Surface) -> None:
            rect(s, 0, 0, T, 9, "blue_dark")
            hline(s, 0, 0, T, "sky")
            hline(s, 0, 8, T, "mustard")
            rect(s, 0, 9, T, 2, "ink")
            if side in ("l", "r"):
                x = 1 if side == "l" else 13
                rect(s, x, 9, 2, 7, "mustard")

        return paint

    for side in ("l", "m", "r"):
        sheet.tile(f"canopy_{side}", False, canopy(side), opaque=False)


# ---------------------------------------------------------------- interiors


def floor(kind: str) -> Painter:
    def paint(s: pygame.Surface) -> None:
        if kind == "wood":
            s.fill(c("wood"))
            for row, y in enumerate(range(0, T, 4)):
                hline(s, 0, y, T, "wood_light")
                hline(s, 0, y + 3, T, "wood_dark")
                vline(s, (row * 5 + 3) % T, y, 4, "wood_dark")
            speckle(s, "floorwood", 0, 0, T, T, ["wood_light", "wood_dark"], 0.05)
        elif kind == "lino":
            for y in range(0, T, 8):
                for x in range(0, T, 8):
                    rect(s, x, y, 8, 8, "cream" if (x + y) % 16 == 0 else "teal_light")
            speckle(s, "lino", 0, 0, T, T, ["concrete_light"], 0.05)
        elif kind == "tile":
            s.fill(c("white"))
            for k in range(0, T, 4):
                hline(s, 0, k + 3, T, "concrete_light")
                vline(s, k + 3, 0, T, "concrete_light")
        elif kind == "stone":
            s.fill(c("concrete"))
            dither(s, 0, 0, T, T, "concrete_light", 0.15)
            speckle(s, "stone", 0, 0, T, T, ["concrete_dark"], 0.04)
            hline(s, 0, 15, T, "concrete_dark")
            vline(s, 15, 0, T, "concrete_dark")
            hline(s, 0, 0, 15, "concrete_light")
        elif kind == "carpet":
            s.fill(c("red_dark"))
            dither(s, 0, 0, T, T, "plum", 0.3)
            speckle(s, "carpet", 0, 0, T, T, ["red"], 0.05)
        elif kind == "lab":
            s.fill(c("concrete_light"))
            dither(s, 0, 0, T, T, "concrete", 0.2)
            hline(s, 0, 15, T, "concrete")
            vline(s, 15, 0, T, "concrete")

    return paint


def tatami(part: str) -> Painter:
    """Half of a tatami mat (two tiles make one); dark cloth borders on the long sides."""

    def paint(s: pygame.Surface) -> None:
        s.fill(c("tatami"))
        horizontal = part in ("l", "r")
        for k in range(0, T, 2):
            if horizontal:
                vline(s, k, 0, T, "cream")
            else:
                hline(s, 0, k, T, "cream")
        dither(s, 0, 0, T, T, "mustard", 0.1)
        if horizontal:
            rect(s, 0, 0, T, 2, "green_dark")
            rect(s, 0, 14, T, 2, "green_dark")
            if part == "l":
                vline(s, 0, 0, T, "wood_dark")
            else:
                vline(s, 15, 0, T, "wood_dark")
        else:
            rect(s, 0, 0, 2, T, "green_dark")
            rect(s, 14, 0, 2, T, "green_dark")
            if part == "t":
                hline(s, 0, 0, T, "wood_dark")
            else:
                hline(s, 0, 15, T, "wood_dark")

    return paint


def inner_wall(kind: str) -> Painter:
    """Interior walls: the top seen from above, and the two-row face of a north wall."""

    def paint(s: pygame.Surface) -> None:
        if kind == "top":
            s.fill(c("shadow"))
            dither(s, 0, 0, T, T, "plum", 0.15)
            return
        s.fill(c("cream"))
        dither(s, 0, 0, T, T, "paper", 0.25)
        if kind == "upper":
            vshade(s, 0, 0, T, 6, "concrete_dark", 0.7, 0.0)
            hline(s, 0, 0, T, "ink")
        if kind == "lower":
            rect(s, 0, 3, T, 1, "wood")  # picture rail
            rect(s, 0, 12, T, 4, "wood_dark")  # skirting board
            hline(s, 0, 12, T, "wood")

    return paint


def add_interior(sheet: Sheet) -> None:
    for kind in ("wood", "lino", "tile", "stone", "carpet", "lab"):
        sheet.tile(f"floor_{kind}", False, floor(kind))
    for part in ("l", "r", "t", "b"):
        sheet.tile(f"tatami_{part}", False, tatami(part))
    for kind in ("top", "upper", "lower"):
        sheet.tile(f"iwall_{kind}", True, inner_wall(kind))

    def iwall_window(s: pygame.Surface) -> None:
        inner_wall("upper")(s)
        window_on(s, 2, 4, 12, 8)
        rect(s, 1, 3, 3, 10, "cream")
        rect(s, 12, 3, 3, 10, "cream")
        vline(s, 3, 3, 10, "concrete_light")
        vline(s, 12, 3, 10, "concrete_light")

    def iwall_door(top: bool) -> Painter:
        def paint(s: pygame.Surface) -> None:
            inner_wall("upper" if top else "lower")(s)
            if top:
                rect(s, 2, 3, 12, 13, "wood_dark")
                rect(s, 3, 4, 10, 12, "wood")
                outline_box(s, 4, 5, 8, 9, "wood_dark")
            else:
                rect(s, 2, 0, 12, 16, "wood_dark")
                rect(s, 3, 0, 10, 16, "wood")
                outline_box(s, 4, 2, 8, 11, "wood_dark")
                px(s, 11, 3, "mustard")

        return paint

    def iwall_doorway(s: pygame.Surface) -> None:
        # an open doorway, walkable: floor showing through a dark frame
        floor("wood")(s)
        vshade(s, 0, 0, T, 10, "shadow", 0.8, 0.0)
        rect(s, 0, 0, 2, T, "wood_dark")
        rect(s, 14, 0, 2, T, "wood_dark")

    def fusuma(top: bool) -> Painter:
        def paint(s: pygame.Surface) -> None:
            inner_wall("upper" if top else "lower")(s)
            rect(s, 0, 2 if top else 0, T, 14 if top else 16, "wood_dark")
            rect(s, 1, 3 if top else 0, 14, 13 if top else 15, "paper")
            dither(s, 1, 3 if top else 0, 14, 13 if top else 15, "cream", 0.3)
            vline(s, 8, 0, T, "wood_dark")
            if not top:
                px(s, 6, 5, "ink")
                px(s, 10, 5, "ink")

        return paint

    def wall_mirror(top: bool) -> Painter:
        def paint(s: pygame.Surface) -> None:
            inner_wall("upper" if top else "lower")(s)
            if top:
                ellipse(s, 3, 3, 10, 20, "wood_dark")
                ellipse(s, 4, 4, 8, 18, "sky")
                dither(s, 4, 4, 8, 12, "teal_light", 0.4)
                pygame.draw.line(s, c("white"), (6, 7), (8, 5))
                px(s, 6, 10, "white")
            else:
                ellipse(s, 3, -13, 10, 20, "wood_dark")
                ellipse(s, 4, -12, 8, 18, "sky")
                dither(s, 4, 0, 8, 5, "teal", 0.4)
                rect(s, 4, 7, 8, 2, "wood_light")

        return paint

    def iwall_doorway_top(s: pygame.Surface) -> None:
        inner_wall("upper")(s)
        rect(s, 1, 3, 14, 13, "wood_dark")
        rect(s, 2, 5, 12, 11, "ink")
        vshade(s, 2, 5, 12, 11, "shadow", 0.0, 0.6)

    sheet.tile("iwall_window", True, iwall_window)
    sheet.tile("iwall_doorway_top", False, iwall_doorway_top)
    sheet.tile("iwall_door_top", True, iwall_door(True))
    sheet.tile("iwall_door", True, iwall_door(False))
    sheet.tile("iwall_doorway", False, iwall_doorway)
    sheet.tile("fusuma_top", True, fusuma(True))
    sheet.tile("fusuma", True, fusuma(False))
    sheet.tile("mirror_top", True, wall_mirror(True))
    sheet.tile("mirror", True, wall_mirror(False))

    def calendar(s: pygame.Surface) -> None:
        inner_wall("upper")(s)
        rect(s, 4, 4, 8, 10, "white")
        rect(s, 4, 4, 8, 3, "red")
        for y in (8, 10, 12):
            hline(s, 5, y, 6, "concrete_dark")

    def clock(s: pygame.Surface) -> None:
        inner_wall("upper")(s)
        ellipse(s, 4, 4, 8, 8, "wood_dark")
        ellipse(s, 5, 5, 6, 6, "paper")
        vline(s, 8, 6, 3, "ink")
        hline(s, 8, 8, 2, "ink")

    def picture(s: pygame.Surface) -> None:
        inner_wall("upper")(s)
        rect(s, 3, 4, 10, 8, "wood_dark")
        rect(s, 4, 5, 8, 6, "sky")
        rect(s, 4, 8, 8, 3, "green")
        px(s, 9, 6, "lamp")

    sheet.tile("iwall_calendar", True, calendar)
    sheet.tile("iwall_clock", True, clock)
    sheet.tile("iwall_picture", True, picture)

    def stairs(s: pygame.Surface) -> None:
        s.fill(c("wood_dark"))
        for y in range(0, T, 4):
            rect(s, 1, y, 14, 3, "wood_light")
            hline(s, 1, y, 14, "cream")
        vline(s, 0, 0, T, "ink")
        vline(s, 15, 0, T, "ink")
        vshade(s, 1, 0, 14, T, "shadow", 0.6, 0.0)

    sheet.tile("stairs_down", False, stairs)

    def genkan(s: pygame.Surface) -> None:
        # the entrance floor, where shoes come off: small grey pebbles set in mortar
        s.fill(c("concrete_dark"))
        speckle(s, "genkan", 0, 0, T, T, ["concrete", "concrete_light", "shadow"], 0.45)

    sheet.tile("floor_genkan", False, genkan)
    add_furniture(sheet)


def add_furniture(sheet: Sheet) -> None:
    def desk(s: pygame.Surface) -> None:
        rect(s, 0, 2, 32, 10, "wood_dark")
        rect(s, 1, 3, 30, 7, "wood")
        hline(s, 1, 3, 30, "wood_light")
        rect(s, 0, 10, 32, 5, "wood_dark")
        for x in (2, 22):
            outline_box(s, x, 11, 8, 3, "ink")
            px(s, x + 4, 12, "mustard")
        # papers, an ink pot and a lamp: the notebooks he writes
        rect(s, 4, 4, 7, 5, "paper")
        hline(s, 5, 5, 5, "concrete_dark")
        hline(s, 5, 7, 4, "concrete_dark")
        rect(s, 12, 5, 6, 4, "white")
        px(s, 19, 6, "ink")
        rect(s, 25, 1, 4, 2, "mustard")
        vline(s, 26, 3, 4, "ink")
        rect(s, 24, 6, 6, 2, "ink")
        ellipse(s, 23, 0, 8, 4, "lamp")

    sheet.block([["desk_l", "desk_r"]], True, desk)

    def chair(s: pygame.Surface) -> None:
        rect(s, 4, 1, 8, 6, "wood_dark")
        hline(s, 5, 2, 6, "wood")
        rect(s, 3, 7, 10, 5, "wood")
        hline(s, 3, 7, 10, "wood_light")
        vline(s, 4, 12, 3, "wood_dark")
        vline(s, 11, 12, 3, "wood_dark")

    sheet.tile("chair", False, chair, opaque=False)

    def bed(s: pygame.Surface) -> None:
        rect(s, 1, 0, 14, 32, "wood_dark")
        rect(s, 2, 3, 12, 28, "white")
        rect(s, 3, 4, 10, 6, "paper")
        hline(s, 3, 9, 10, "bandage_shadow")
        rect(s, 2, 12, 12, 19, "blue")
        hline(s, 2, 12, 12, "sky")
        dither(s, 2, 14, 12, 17, "blue_dark", 0.25)
        rect(s, 1, 0, 14, 3, "wood")

    sheet.block([["bed_top"], ["bed_bottom"]], True, bed)

    def futon(s: pygame.Surface) -> None:
        rect(s, 1, 1, 14, 30, "paper")
        rect(s, 3, 2, 10, 5, "white")
        rect(s, 1, 9, 14, 22, "plum")
        dither(s, 1, 9, 14, 22, "red_dark", 0.3)
        hline(s, 1, 9, 14, "cream")
        outline_box(s, 1, 1, 14, 30, "bandage_shadow")

    sheet.block([["futon_top"], ["futon_bottom"]], True, futon)

    def bookshelf(s: pygame.Surface) -> None:
        rect(s, 0, 2, 16, 30, "wood_dark")
        for y in (4, 11, 18, 25):
            rect(s, 1, y, 14, 6, "ink")
            goods(
                s,
                f"books{y}",
                1,
                y + 1,
                14,
                4,
                ["red_dark", "blue", "green", "mustard", "paper", "plum"],
            )
        hline(s, 0, 2, 16, "wood_light")

    sheet.block([["bookshelf_top"], ["bookshelf_bottom"]], True, bookshelf)

    def wardrobe(s: pygame.Surface) -> None:
        rect(s, 0, 0, 32, 31, "wood_dark")
        rect(s, 1, 1, 30, 29, "wood")
        vline(s, 16, 1, 29, "wood_dark")
        for x in (3, 18):
            outline_box(s, x, 3, 11, 24, "wood_dark")
        px(s, 14, 15, "mustard")
        px(s, 18, 15, "mustard")
        hline(s, 0, 0, 32, "wood_light")

    sheet.block([["wardrobe_tl", "wardrobe_tr"], ["wardrobe_bl", "wardrobe_br"]], True, wardrobe)

    def stereo(s: pygame.Surface) -> None:
        rect(s, 0, 3, 32, 12, "wood_dark")
        rect(s, 1, 4, 30, 4, "wood_light")
        rect(s, 0, 8, 32, 6, "wood")
        for x in range(18, 30, 2):
            vline(s, x, 9, 4, "wood_dark")
        ellipse(s, 3, 0, 10, 7, "ink")
        ellipse(s, 6, 2, 4, 3, "red")
        pygame.draw.line(s, c("concrete_light"), (14, 1), (10, 4))
        rect(s, 2, 9, 12, 4, "wood_light")
        px(s, 4, 11, "mustard")
        px(s, 7, 11, "mustard")

    sheet.block([["stereo_l", "stereo_r"]], True, stereo)

    def table(s: pygame.Surface) -> None:
        rect(s, 1, 2, 30, 10, "wood_light")
        rect(s, 1, 12, 30, 2, "wood_dark")
        hline(s, 1, 2, 30, "cream")
        vline(s, 2, 14, 2, "wood_dark")
        vline(s, 29, 14, 2, "wood_dark")
        ellipse(s, 6, 4, 6, 4, "white")
        ellipse(s, 20, 4, 6, 4, "white")
        rect(s, 14, 5, 3, 3, "teal")

    sheet.block([["table_l", "table_r"]], True, table)

    def low_table(s: pygame.Surface) -> None:
        ellipse(s, 1, 4, 14, 10, "wood_dark")
        ellipse(s, 1, 2, 14, 10, "wood")
        ellipse(s, 3, 3, 10, 6, "wood_light")
        rect(s, 7, 5, 3, 3, "white")

    sheet.tile("low_table", True, low_table, opaque=False)

    def cushion(s: pygame.Surface) -> None:
        rect(s, 3, 4, 10, 9, "plum")
        outline_box(s, 3, 4, 10, 9, "red_dark")
        px(s, 8, 8, "mustard")

    sheet.tile("cushion", False, cushion, opaque=False)

    def sofa(s: pygame.Surface) -> None:
        rect(s, 0, 1, 48, 14, "teal")
        rect(s, 0, 1, 48, 5, "blue_dark")
        rect(s, 2, 2, 44, 3, "teal")
        rect(s, 3, 7, 42, 6, "teal_light")
        for x in (17, 31):
            vline(s, x, 7, 6, "teal")
        rect(s, 0, 6, 3, 9, "blue_dark")
        rect(s, 45, 6, 3, 9, "blue_dark")
        hline(s, 0, 15, 48, "shadow")

    sheet.block([["sofa_l", "sofa_m", "sofa_r"]], True, sofa)

    def kitchen(kind: str) -> Painter:
        def paint(s: pygame.Surface) -> None:
            rect(s, 0, 0, T, 16, "white")
            rect(s, 0, 0, T, 8, "concrete_light")
            hline(s, 0, 0, T, "concrete")
            hline(s, 0, 8, T, "concrete")
            outline_box(s, 2, 10, 12, 5, "concrete")
            px(s, 8, 12, "concrete_dark")
            if kind == "sink":
                rect(s, 3, 1, 10, 6, "concrete")
                rect(s, 4, 2, 8, 4, "concrete_dark")
                vline(s, 8, 0, 3, "teal")
            if kind == "stove":
                for x in (2, 9):
                    ellipse(s, x, 2, 5, 5, "ink")
                    ellipse(s, x + 1, 3, 3, 3, "blue")
                rect(s, 10, 0, 5, 3, "concrete_dark")
            if kind == "counter":
                rect(s, 3, 2, 5, 4, "wood_light")
                ellipse(s, 10, 2, 4, 4, "red")

        return paint

    for kind in ("sink", "stove", "counter"):
        sheet.tile(f"kitchen_{kind}", True, kitchen(kind))

    def fridge(s: pygame.Surface) -> None:
        rect(s, 1, 0, 14, 31, "white")
        rect(s, 1, 0, 14, 2, "paper")
        hline(s, 1, 11, 14, "concrete")
        vline(s, 12, 4, 5, "concrete_dark")
        vline(s, 12, 14, 8, "concrete_dark")
        vline(s, 14, 0, 31, "concrete_light")
        hline(s, 1, 31, 14, "shadow")

    sheet.block([["fridge_top"], ["fridge_bottom"]], True, fridge)

    def plant(s: pygame.Surface) -> None:
        ellipse(s, 3, 12, 10, 4, "shadow")
        rect(s, 5, 10, 6, 5, "brick")
        hline(s, 5, 10, 6, "brick_light")
        for x, y in ((2, 2), (8, 0), (5, 5), (9, 5), (3, 6)):
            ellipse(s, x, y, 6, 5, "green_dark")
            ellipse(s, x, y, 5, 4, "green")
            px(s, x + 1, y + 1, "green_light")

    sheet.tile("plant", True, plant, opaque=False)

    def rug(s: pygame.Surface) -> None:
        rect(s, 1, 2, 46, 28, "red_dark")
        outline_box(s, 3, 4, 42, 24, "mustard")
        outline_box(s, 6, 7, 36, 18, "cream")
        dither(s, 7, 8, 34, 16, "plum", 0.4)
        ellipse(s, 18, 11, 12, 10, "mustard", 1)
        for x in range(1, 47, 2):
            px(s, x, 1, "cream")
            px(s, x, 30, "cream")

    sheet.block([["rug_nw", "rug_n", "rug_ne"], ["rug_sw", "rug_s", "rug_se"]], False, rug)

    def phone(s: pygame.Surface) -> None:
        rect(s, 3, 7, 10, 8, "wood_dark")
        hline(s, 3, 7, 10, "wood")
        rect(s, 4, 2, 8, 6, "red")
        ellipse(s, 6, 3, 4, 4, "white", 1)
        rect(s, 3, 1, 10, 2, "red_dark")

    sheet.tile("phone", True, phone, opaque=False)

    def cabinet(s: pygame.Surface) -> None:
        rect(s, 1, 0, 14, 15, "concrete")
        for y in (1, 6, 11):
            outline_box(s, 2, y, 12, 4, "concrete_dark")
            hline(s, 6, y + 2, 4, "concrete_light")
        hline(s, 1, 15, 14, "shadow")

    sheet.tile("filing_cabinet", True, cabinet, opaque=False)

    def shoe_shelf(s: pygame.Surface) -> None:
        rect(s, 0, 4, T, 11, "wood_dark")
        rect(s, 1, 5, 14, 4, "wood")
        for x, col in ((2, "ink"), (6, "brick"), (10, "ink")):
            rect(s, x, 10, 3, 3, col)
        hline(s, 0, 4, T, "wood_light")

    sheet.tile("shoe_shelf", True, shoe_shelf, opaque=False)

    def ball(s: pygame.Surface) -> None:
        ellipse(s, 5, 9, 7, 3, "shadow")
        ellipse(s, 5, 4, 7, 7, "red")
        px(s, 7, 5, "white")
        hline(s, 5, 7, 7, "white")

    sheet.tile("ball", False, ball, opaque=False)

    def laundry(s: pygame.Surface) -> None:
        hline(s, 0, 2, 32, "concrete_dark")
        for x, col, h in ((3, "white", 9), (11, "blue", 7), (19, "bandage", 10), (26, "plum", 6)):
            rect(s, x, 3, 5, h, col)
            hline(s, x, 3, 5, "shadow")
        vline(s, 0, 0, 16, "concrete_dark")
        vline(s, 31, 0, 16, "concrete_dark")

    sheet.block([["laundry_l", "laundry_r"]], False, laundry)

    def counter(s: pygame.Surface) -> None:
        rect(s, 0, 3, T, 12, "wood_dark")
        rect(s, 0, 3, T, 4, "wood_light")
        hline(s, 0, 3, T, "cream")
        for x in range(2, T, 5):
            vline(s, x, 8, 6, "wood")

    sheet.tile("counter", True, counter, opaque=False)

    def bell(s: pygame.Surface) -> None:
        counter(s)
        ellipse(s, 5, 1, 6, 5, "mustard")
        px(s, 7, 2, "lamp")
        rect(s, 11, 4, 4, 2, "paper")

    sheet.tile("counter_bell", True, bell, opaque=False)


def add_special(sheet: Sheet) -> None:
    """The institute, K.'s clinic, the museum and the cinema."""

    def bench_lab(s: pygame.Surface) -> None:
        rect(s, 0, 3, 32, 12, "concrete_dark")
        rect(s, 0, 3, 32, 7, "ink")
        hline(s, 0, 3, 32, "shadow")
        rect(s, 0, 10, 32, 5, "concrete")
        for x in (3, 13, 23):
            outline_box(s, x, 11, 7, 3, "concrete_dark")
        # flasks, a burner and a rack of tubes
        for x, col in ((3, "teal_light"), (8, "sky"), (20, "teal_light")):
            rect(s, x, 1, 3, 6, col)
            px(s, x + 1, 0, "white")
            rect(s, x, 5, 3, 2, "mustard" if x == 8 else "teal")
        rect(s, 13, 4, 5, 2, "blue")
        px(s, 15, 3, "red")
        for x in range(24, 31, 2):
            rect(s, x, 2, 1, 5, "paper")
            px(s, x, 6, "red" if x % 4 else "green_light")

    sheet.block([["lab_bench_l", "lab_bench_r"]], True, bench_lab)

    def dewar(s: pygame.Surface) -> None:
        ellipse(s, 2, 27, 12, 5, "shadow")
        rect(s, 3, 4, 10, 26, "concrete_light")
        ellipse(s, 3, 1, 10, 6, "concrete")
        vline(s, 4, 4, 26, "white")
        vline(s, 11, 4, 26, "concrete")
        rect(s, 6, 0, 4, 3, "concrete_dark")
        rect(s, 3, 12, 10, 4, "blue")
        write(s, 4, 11, "O2", "white")

    sheet.block([["dewar_top"], ["dewar_bottom"]], True, dewar)

    def scar(s: pygame.Surface) -> None:
        # the floor where it happened: a black burn with a ragged edge
        floor_lab = pygame.Surface((T, T), pygame.SRCALPHA)
        floor("lab")(floor_lab)
        for y in (0, T):
            for x in (0, T):
                s.blit(floor_lab, (x, y))
        ellipse(s, 3, 5, 26, 22, "concrete_dark")
        ellipse(s, 5, 7, 22, 18, "shadow")
        ellipse(s, 8, 10, 15, 12, "ink")
        speckle(s, "scar", 2, 3, 28, 26, ["shadow", "concrete_dark"], 0.12)
        for x, y in ((9, 4), (26, 12), (5, 22), (20, 27)):
            px(s, x, y, "ink")

    sheet.block([["scar_nw", "scar_ne"], ["scar_sw", "scar_se"]], False, scar)

    def blackboard(s: pygame.Surface) -> None:
        inner_wall_upper = pygame.Surface((T, T), pygame.SRCALPHA)
        inner_wall("upper")(inner_wall_upper)
        s.blit(inner_wall_upper, (0, 0))
        s.blit(inner_wall_upper, (T, 0))
        rect(s, 1, 3, 30, 12, "wood_dark")
        rect(s, 2, 4, 28, 10, "green_dark")
        # a flow curve and formulas: his papers on rheology
        pygame.draw.lines(s, c("white"), False, [(4, 12), (8, 10), (12, 7), (18, 6), (26, 5)])
        hline(s, 4, 12, 22, "paper")
        vline(s, 4, 5, 8, "paper")
        write(s, 15, 9, "N", "cream")
        px(s, 27, 12, "white")

    sheet.block([["blackboard_l", "blackboard_r"]], True, blackboard)

    def shelf(kind: str) -> Painter:
        def paint(s: pygame.Surface) -> None:
            rect(s, 0, 2, 16, 30, "wood_dark")
            hline(s, 0, 2, 16, "wood_light")
            for y in (4, 11, 18, 25):
                rect(s, 1, y, 14, 6, "shadow")
                if kind == "fingers":
                    for x in (2, 6, 10):
                        rect(s, x, y + 1, 3, 5, "teal_light")  # a jar
                        rect(s, x + 1, y + 2, 1, 3, "skin")
                        px(s, x + 1, y + 1, "white")
                    if y in (11, 25):
                        ellipse(s, 11, y + 1, 4, 4, "skin_shadow")
                        px(s, 12, y + 2, "skin")
                else:
                    for x in (2, 9):
                        ellipse(s, x, y, 5, 5, "paper")
                        px(s, x + 1, y + 2, "ink")
                        px(s, x + 3, y + 2, "ink")
                        hline(s, x + 1, y + 4, 3, "bandage_shadow")
                hline(s, 1, y + 6, 14, "wood")

        return paint

    sheet.block([["shelf_fingers_top"], ["shelf_fingers_bottom"]], True, shelf("fingers"))
    sheet.block([["shelf_skulls_top"], ["shelf_skulls_bottom"]], True, shelf("skulls"))

    def case(kind: str) -> Painter:
        def paint(s: pygame.Surface) -> None:
            rect(s, 1, 8, 14, 7, "wood_dark")
            rect(s, 1, 1, 14, 8, "teal_light")
            dither(s, 1, 1, 14, 8, "white", 0.15)
            outline_box(s, 1, 1, 14, 8, "wood_dark")
            if kind == "hand":
                rect(s, 4, 5, 7, 3, "skin")
                for x in (4, 6, 8, 10):
                    vline(s, x, 2, 4, "skin")
                hline(s, 4, 7, 7, "skin_shadow")
            else:
                ellipse(s, 3, 2, 10, 6, "paper")
                rect(s, 5, 4, 2, 2, "ink")
                rect(s, 9, 4, 2, 2, "ink")
                hline(s, 6, 7, 4, "bandage_shadow")
            px(s, 2, 2, "white")

        return paint

    sheet.tile("case_hand", True, case("hand"), opaque=False)
    sheet.tile("case_skull", True, case("skull"), opaque=False)

    def noh(expression: str) -> Painter:
        def paint(s: pygame.Surface) -> None:
            inner_wall("upper")(s)
            rect(s, 2, 2, 12, 14, "wood_dark")
            rect(s, 3, 3, 10, 12, "plum")
            ellipse(s, 4, 3, 8, 12, "white")
            dither(s, 4, 9, 8, 6, "bandage", 0.4)
            hline(s, 5, 6, 2, "ink")
            hline(s, 9, 6, 2, "ink")
            if expression == "calm":
                hline(s, 7, 11, 2, "red")
                px(s, 5, 5, "hair")
                px(s, 10, 5, "hair")
            else:
                px(s, 6, 11, "red")
                px(s, 9, 11, "red")
                hline(s, 7, 12, 2, "red_dark")
                px(s, 5, 4, "hair")
                px(s, 10, 4, "hair")
            hline(s, 6, 3, 4, "hair")

        return paint

    sheet.tile("noh_mask_calm", True, noh("calm"))
    sheet.tile("noh_mask_sad", True, noh("sad"))

    def seat(s: pygame.Surface) -> None:
        s.fill(c("red_dark"))
        dither(s, 0, 0, T, T, "plum", 0.3)
        for x in (1, 9):
            rect(s, x, 2, 6, 9, "red")
            hline(s, x, 2, 6, "brick_light")
            rect(s, x, 11, 6, 3, "ink")
        hline(s, 0, 15, T, "ink")

    sheet.tile("cinema_seats", True, seat)

    def screen(s: pygame.Surface) -> None:
        s.fill(c("ink"))
        rect(s, 0, 2, s.get_width(), 12, "paper")
        vshade(s, 0, 2, s.get_width(), 12, "concrete_light", 0.0, 0.5)
        hline(s, 0, 14, s.get_width(), "red_dark")

    sheet.block([["screen_l", "screen_m", "screen_r"]], True, screen)

    def rope(s: pygame.Surface) -> None:
        ellipse(s, 5, 12, 6, 3, "shadow")
        rect(s, 7, 3, 2, 10, "mustard")
        ellipse(s, 6, 1, 4, 4, "lamp")
        pygame.draw.lines(s, c("red"), False, [(0, 6), (4, 8), (8, 5), (12, 8), (15, 6)])

    sheet.tile("rope_post", True, rope, opaque=False)

    def dark_floor(s: pygame.Surface) -> None:
        s.fill(c("night"))
        dither(s, 0, 0, T, T, "ink", 0.4)
        speckle(s, "darkfloor", 0, 0, T, T, ["blue_dark"], 0.05)

    sheet.tile("floor_dark", False, dark_floor)


def build() -> Sheet:
    sheet = Sheet()
    add_ground(sheet)
    add_buildings(sheet)
    add_street(sheet)
    add_interior(sheet)
    add_special(sheet)
    # The 1960s city is appended after everything a map may already use: tile ids
    # are positions in this order, so a new group only ever goes at the end.
    from tiles_city import add_city, add_more_boards  # noqa: PLC0415 (imports our helpers)
    from tiles_fronts import add_fronts, add_vehicles  # noqa: PLC0415
    from tiles_rooms import add_rooms, add_second_cases  # noqa: PLC0415

    for add in (add_city, add_rooms, add_fronts, add_vehicles, add_second_cases, add_more_boards):
        add(sheet)
    return sheet


# ---------------------------------------------------------------- output


def save_png(sheet: Sheet, path: Path) -> tuple[int, int]:
    rows = (len(sheet.tiles) + COLUMNS - 1) // COLUMNS
    atlas = pygame.Surface((COLUMNS * T, rows * T), pygame.SRCALPHA)
    for index, tile in enumerate(sheet.tiles):
        atlas.blit(tile.image, ((index % COLUMNS) * T, (index // COLUMNS) * T))
    check_palette(atlas)
    path.parent.mkdir(parents=True, exist_ok=True)
    pygame.image.save(atlas, str(path))
    return atlas.get_width(), atlas.get_height()


def check_palette(atlas: pygame.Surface) -> None:
    """Fail loudly if any opaque pixel is not a palette colour (e.g. antialiasing)."""
    allowed = set(PALETTE.values())
    for y in range(atlas.get_height()):
        for x in range(atlas.get_width()):
            r, g, b, a = atlas.get_at((x, y))
            if a and (r, g, b) not in allowed:
                raise ValueError(f"pixel {x},{y} has colour {(r, g, b)} outside the palette")
            if a not in (0, 255):
                raise ValueError(f"pixel {x},{y} is half transparent")


def tsx_text(sheet: Sheet, width: int, height: int) -> str:
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<tileset version="1.10" tiledversion="1.10.2" name="city" tilewidth="{T}" '
        f'tileheight="{T}" tilecount="{len(sheet.tiles)}" columns="{COLUMNS}">',
        f' <image source="../assets/tiles/city.png" width="{width}" height="{height}"/>',
    ]
    for index, tile in enumerate(sheet.tiles):
        lines += [
            f' <tile id="{index}">',
            "  <properties>",
            f'   <property name="collides" type="bool" value="{str(tile.collides).lower()}"/>',
            f'   <property name="name" value={quoteattr(tile.name)}/>',
            "  </properties>",
            " </tile>",
        ]
    lines.append("</tileset>")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contact", type=Path, metavar="PNG", help="also write a contact sheet")
    parser.add_argument("--first", type=int, default=0, help="the contact sheet starts at this id")
    args = parser.parse_args(argv)
    sheet = build()
    refuse_moved_tiles([tile.name for tile in sheet.tiles])
    width, height = save_png(sheet, PNG)
    TSX.parent.mkdir(parents=True, exist_ok=True)
    TSX.write_text(tsx_text(sheet, width, height), encoding="utf-8")
    print(f"{len(sheet.tiles)} tiles -> {PNG.relative_to(ROOT)}, {TSX.relative_to(ROOT)}")
    if args.contact:
        from tiles_contact import contact_sheet  # noqa: PLC0415

        chosen = list(enumerate(sheet.tiles))[args.first :]
        contact_sheet([(i, t.name, t.image) for i, t in chosen], args.contact)
        print(f"contact sheet: {args.contact}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
