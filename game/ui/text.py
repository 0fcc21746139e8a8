"""Crisp text and panels drawn at window resolution.

Sizes are given in logical pixels and multiplied by the display scale and the
player's text-size setting, so words stay sharp at any window size. The font is
the one pygame ships (it covers the accents of Portuguese).
"""

from __future__ import annotations

import weakref
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

import pygame

INK = (28, 26, 32)
PANEL = (28, 26, 32, 244)  # nearly opaque: stacked menus must not show through
PAPER = (240, 236, 224)
CREAM = (220, 200, 150)
DIM = (148, 144, 136)
ACCENT = (200, 160, 72)
SHADOW = (0, 0, 0)

TEXT_SIZES = {"small": 0.85, "normal": 1.0, "large": 1.2}


@dataclass(slots=True)
class Fonts:
    """Fonts cached by pixel size; rebuilt cheaply when scale or text size change."""

    scale: int = 2
    text_size: str = "normal"
    _cache: dict[int, pygame.font.Font] = field(default_factory=dict)

    def get(self, logical_size: float) -> pygame.font.Font:
        factor = TEXT_SIZES.get(self.text_size, 1.0)
        pixels = max(8, round(logical_size * self.scale * factor))
        font = self._cache.get(pixels)
        if font is None:
            font = pygame.font.Font(None, pixels)
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


def wrap(font: pygame.font.Font, text: str, width: int) -> list[str]:
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


def _wrap(font: pygame.font.Font, text: str, width: int) -> list[str]:
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


def _fitting(font: pygame.font.Font, word: str, width: int) -> int:
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
    font: pygame.font.Font,
    text: str,
    pos: tuple[int, int],
    colour: tuple[int, int, int] = PAPER,
    *,
    shadow: bool = True,
    anchor: str = "topleft",
) -> pygame.Rect:
    image = font.render(text.replace("\0", ""), True, colour)  # SDL_ttf refuses NUL
    rect = image.get_rect(**{anchor: pos})
    if shadow:
        offset = max(1, font.get_height() // 14)
        surface.blit(font.render(text, True, SHADOW), rect.move(offset, offset))
    surface.blit(image, rect)
    return rect


def draw_panel(
    surface: pygame.Surface,
    rect: pygame.Rect,
    scale: int,
    *,
    fill: tuple[int, int, int, int] = PANEL,
    border: tuple[int, int, int] = CREAM,
) -> None:
    """A rounded, translucent panel with a thin border, the game's one box style."""
    radius = 3 * scale
    panel = pygame.Surface(rect.size, pygame.SRCALPHA)
    pygame.draw.rect(panel, fill, panel.get_rect(), border_radius=radius)
    pygame.draw.rect(panel, border, panel.get_rect(), width=max(1, scale // 2 + 1),
                     border_radius=radius)
    surface.blit(panel, rect)
