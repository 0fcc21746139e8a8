"""Crisp text and panels drawn at window resolution.

Sizes are given in logical pixels and multiplied by the display scale and the
player's text-size setting, so words stay sharp at any window size. The font is
the one pygame ships (it covers the accents of Portuguese), drawn without kerning:
its kerning pairs push letters apart ("I t", "w ithin", "f rom") at every size.
"""

from __future__ import annotations

import functools
import weakref
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

import pygame
import pygame.freetype

INK = (28, 26, 32)
PANEL = (28, 26, 32, 244)  # nearly opaque: stacked menus must not show through
PAPER = (240, 236, 224)
CREAM = (220, 200, 150)
DIM = (148, 144, 136)
ACCENT = (200, 160, 72)
SHADOW = (0, 0, 0)

Colour = tuple[int, int, int] | tuple[int, int, int, int]
TEXT_SIZES = {"small": 0.85, "normal": 1.0, "large": 1.2}
# pygame.font draws its own font at this fraction of the size asked; every screen's
# sizes were chosen with it, so the same point size is kept
DEFAULT_FONT_RATIO = 0.6875
OVERSAMPLE = 2  # letters are laid out and drawn at this multiple, then scaled down
KEPT_RENDERS = 512  # rendered lines kept per size: menus and pages redraw the same words


class UIFont:
    """The game's font at one pixel size, with the calls of ``pygame.font.Font`` the
    screens use (render, size, get_linesize, get_height, metrics).

    Two things broke words apart, and both are undone here. SDL_ttf (pygame.font)
    always applies the font's kerning, and this font's pairs (I-t, w-i, f-r, t-t)
    add a pixel or two once hinted: kerning is off. And hinting rounds every letter's
    advance to a whole pixel, which at 7 to 15 pixels is up to half a letter-gap too
    much on some letters ("thi s i s"): lines are drawn at twice the size, where the
    rounding is half as coarse, and scaled down smoothly.
    """

    __slots__ = ("_face", "_ascent", "_descent", "_linesize", "_renders", "__weakref__")

    def __init__(self, pixels: int) -> None:
        if not pygame.freetype.get_init():
            pygame.freetype.init()
        points = max(1, int(pixels * DEFAULT_FONT_RATIO))
        face = pygame.freetype.Font(None, points * OVERSAMPLE)
        face.kerning = False
        face.pad = True  # a line's box: the whole advance wide, ascender to descender
        self._face = face
        self._ascent = -(-face.get_sized_ascender(0) // OVERSAMPLE)
        self._descent = face.get_sized_descender(0) // OVERSAMPLE
        self._linesize = -(-face.get_sized_height(0) // OVERSAMPLE)
        self._renders: dict[tuple, pygame.Surface] = {}

    def render(self, text: str, antialias: bool, colour: Colour,
               background: Colour | None = None) -> pygame.Surface:
        key = (text, tuple(colour), antialias,
               None if background is None else tuple(background))
        renders = self._renders
        image = renders.pop(key, None)
        if image is None:
            image = self._draw(text, antialias, colour, background)
            if len(renders) >= KEPT_RENDERS:
                del renders[next(iter(renders))]  # the least recently drawn
        renders[key] = image
        return image

    def _draw(self, text: str, antialias: bool, colour: Colour,
              background: Colour | None) -> pygame.Surface:
        height = self.get_height()
        if not text:
            return pygame.Surface((0, height), pygame.SRCALPHA)
        face = self._face
        face.antialiased = antialias
        width = self.size(text)[0]
        # drawn straight onto the big line, its baseline where the small line's falls:
        # a rendered surface blitted on it would cost three times as much (alpha blending)
        line = pygame.Surface((width * OVERSAMPLE, height * OVERSAMPLE), pygame.SRCALPHA)
        if background is not None:
            line.fill(background)
        face.origin = True
        face.render_to(line, (0, self._ascent * OVERSAMPLE), text, colour)
        if not antialias:
            return pygame.transform.scale(line, (width, height))
        return pygame.transform.smoothscale(line, (width, height))

    def size(self, text: str) -> tuple[int, int]:
        width = self._face.get_rect(text).width if text else 0
        return -(-width // OVERSAMPLE), self.get_height()

    def get_linesize(self) -> int:
        return self._linesize

    def get_height(self) -> int:
        return self._ascent - self._descent

    def metrics(self, text: str) -> list:
        """Per letter (min x, max x, min y, max y, advance), None for a missing glyph."""
        return [None if m is None else tuple(round(v / OVERSAMPLE) for v in m[:5])
                for m in self._face.get_metrics(text)]


@dataclass(slots=True)
class Fonts:
    """Fonts cached by pixel size; rebuilt cheaply when scale or text size change."""

    scale: int = 2
    text_size: str = "normal"
    _cache: dict[int, UIFont] = field(default_factory=dict)

    def get(self, logical_size: float) -> UIFont:
        factor = TEXT_SIZES.get(self.text_size, 1.0)
        pixels = max(8, round(logical_size * self.scale * factor))
        font = self._cache.get(pixels)
        if font is None:
            font = UIFont(pixels)
            self._cache[pixels] = font
        return font

    def configure(self, scale: int, text_size: str) -> None:
        if (scale, text_size) != (self.scale, self.text_size):
            self.scale, self.text_size = scale, text_size
            self._cache.clear()


# Wrapped lines of each font by (text, width): scenes wrap what they draw every frame,
# and a long text cost milliseconds each time. A memo per font object (gone with it), each
# bounded, so it never grows with play and never answers for another font.
_WRAPPED: weakref.WeakKeyDictionary[Any, OrderedDict[tuple[str, int], list[str]]] = (
    weakref.WeakKeyDictionary())
_WRAPPED_SIZE = 256  # texts remembered per font
MAX_WRAPPED_TEXT = 20_000  # characters; a longer text is cut, not measured word by word


def wrap(font: UIFont, text: str, width: int) -> list[str]:
    """Break text into lines no wider than ``width`` pixels, keeping explicit newlines;
    a word wider than the line is broken inside. Remembered, so drawing the same text
    each frame measures it once."""
    memo = _WRAPPED.get(font)
    if memo is None:
        memo = _WRAPPED[font] = OrderedDict()
    key = (text, width)
    lines = memo.get(key)
    if lines is not None:
        memo.move_to_end(key)
        return list(lines)
    lines = _wrap(font, text[:MAX_WRAPPED_TEXT], max(1, width))
    memo[key] = lines
    if len(memo) > _WRAPPED_SIZE:
        memo.popitem(last=False)
    return list(lines)


def _wrap(font: UIFont, text: str, width: int) -> list[str]:
    lines: list[str] = []
    for paragraph in text.split("\n"):
        words = paragraph.split(" ")
        current = ""
        for word in words:
            trial = word if not current else f"{current} {word}"
            if font.size(trial)[0] <= width:
                current = trial
                continue
            if current:
                lines.append(current)
            while font.size(word)[0] > width and len(word) > 1:
                cut = _fitting(font, word, width)
                lines.append(word[:cut])
                word = word[cut:]
            current = word
        lines.append(current)
    return lines


def _fitting(font: UIFont, word: str, width: int) -> int:
    """How many leading characters of ``word`` fit in ``width`` (at least one)."""
    low, high = 1, len(word)
    while low < high:
        middle = (low + high + 1) // 2
        if font.size(word[:middle])[0] <= width:
            low = middle
        else:
            high = middle - 1
    return low


def draw_text(
    surface: pygame.Surface,
    font: UIFont,
    text: str,
    pos: tuple[int, int],
    colour: tuple[int, int, int] = PAPER,
    *,
    shadow: bool = True,
    anchor: str = "topleft",
    upto: int | None = None,
) -> pygame.Rect:
    """`text` drawn at `pos`; returns where. With `upto`, only its first `upto` pixels
    are shown: a line being typed is rendered whole once and shown growing."""
    image = font.render(text.replace("\0", ""), True, colour)  # SDL_ttf refuses NUL
    rect = image.get_rect(**{anchor: pos})
    area = image.get_rect() if upto is None else pygame.Rect(0, 0, upto, rect.height)
    if shadow:
        offset = shadow_offset(font)
        surface.blit(font.render(text, True, SHADOW), rect.move(offset, offset), area)
    surface.blit(image, rect, area)
    return rect if upto is None else pygame.Rect(rect.topleft, area.size)


def shadow_offset(font: UIFont) -> int:
    """How far below and right of its text draw_text lays the shadow."""
    return max(1, font.get_height() // 14)


def draw_panel(
    surface: pygame.Surface,
    rect: pygame.Rect,
    scale: int,
    *,
    fill: tuple[int, int, int, int] = PANEL,
    border: tuple[int, int, int] = CREAM,
) -> pygame.Rect:
    """A rounded, translucent panel with a thin border, the game's one box style; returns
    where it was drawn."""
    return surface.blit(_panel(rect.size, scale, tuple(fill), tuple(border)), rect)


@functools.lru_cache(maxsize=16)
def _panel(size: tuple[int, int], scale: int, fill: tuple[int, ...],
           border: tuple[int, ...]) -> pygame.Surface:
    """The panels of the last few sizes, kept: a conversation's box is drawn again every
    frame while its line types (callers only blit it)."""
    radius = 3 * scale
    panel = pygame.Surface(size, pygame.SRCALPHA)
    pygame.draw.rect(panel, fill, panel.get_rect(), border_radius=radius)
    pygame.draw.rect(panel, border, panel.get_rect(), width=max(1, scale // 2 + 1),
                     border_radius=radius)
    return panel
