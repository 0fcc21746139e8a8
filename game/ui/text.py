"""Crisp text and panels drawn at window resolution.

Sizes are given in logical pixels and multiplied by the display scale and the
player's text-size setting, so words stay sharp at any window size. The font is
the one pygame ships (it covers the accents of Portuguese).
"""

from __future__ import annotations

from dataclasses import dataclass, field

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


def wrap(font: pygame.font.Font, text: str, width: int) -> list[str]:
    """Break text into lines no wider than ``width`` pixels, keeping explicit newlines."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        words = paragraph.split(" ")
        current = ""
        for word in words:
            trial = word if not current else f"{current} {word}"
            if font.size(trial)[0] <= width or not current:
                current = trial
            else:
                lines.append(current)
                current = word
        lines.append(current)
    return lines


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
    image = font.render(text, True, colour)
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
