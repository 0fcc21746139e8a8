"""The window: a 640x360 logical screen scaled by whole numbers, centred and crisp.

The world is drawn straight at window resolution with pre-scaled tiles and
sprites (no blurry full-screen scaling), and text is rendered at window size.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import pygame

log = logging.getLogger(__name__)

LOGICAL_SIZE = (640, 360)
DEFAULT_SCALE = 2


def scale_for(size: tuple[int, int]) -> int:
    """The largest whole-number scale of the logical screen that fits ``size``."""
    return max(1, min(size[0] // LOGICAL_SIZE[0], size[1] // LOGICAL_SIZE[1]))


@dataclass(slots=True)
class Display:
    """The window: its whole-number scale of the logical screen, fullscreen or not, and where
    the picture sits in it."""

    window_scale: int = DEFAULT_SCALE
    fullscreen: bool = False
    vsync: bool = False  # ask SDL to show frames in step with the display (where it can)
    title: str = "A Borrowed Face"
    surface: pygame.Surface = field(init=False)
    scale: int = field(init=False, default=DEFAULT_SCALE)
    viewport: pygame.Rect = field(init=False)
    _windowed_size: tuple[int, int] = field(init=False, default=(0, 0))
    changed: int = field(init=False, default=0)  # bumps whenever scale or viewport change

    def open(self, icon: pygame.Surface | None = None) -> None:
        if self.vsync:
            # Where SDL shows the window surface through one of its renderers (Windows,
            # macOS: its default), that renderer waits for the display's refresh (a hint
            # SDL reads when the window is made). On X11 SDL copies the surface to the
            # window instead, and forcing a renderer there (SDL_FRAMEBUFFER_ACCELERATION)
            # cost 5 times the CPU under software GL (Xvfb: 34% of a core against 6%), so
            # it is left to the player's environment; game/loop.py's limiter paces the
            # frames either way.
            os.environ.setdefault("SDL_RENDER_VSYNC", "1")
        pygame.display.set_caption(self.title)
        if icon is not None:
            pygame.display.set_icon(icon)
        self._windowed_size = (
            LOGICAL_SIZE[0] * self.window_scale,
            LOGICAL_SIZE[1] * self.window_scale,
        )
        self._apply()

    def _apply(self) -> None:
        if self.fullscreen:
            surface = pygame.display.set_mode((0, 0), pygame.FULLSCREEN)
        else:
            surface = pygame.display.set_mode(self._windowed_size, pygame.RESIZABLE)
        self._adopt(surface)

    def _adopt(self, surface: pygame.Surface) -> None:
        self.surface = surface
        size = surface.get_size()
        self.scale = scale_for(size)
        width, height = LOGICAL_SIZE[0] * self.scale, LOGICAL_SIZE[1] * self.scale
        self.viewport = pygame.Rect((size[0] - width) // 2, (size[1] - height) // 2, width, height)
        self.changed += 1

    def set_fullscreen(self, on: bool) -> None:
        if on == self.fullscreen:
            return
        self.fullscreen = on
        self._apply()

    def toggle_fullscreen(self) -> None:
        self.set_fullscreen(not self.fullscreen)

    def set_window_scale(self, scale: int) -> None:
        self.window_scale = max(1, scale)
        self._windowed_size = (LOGICAL_SIZE[0] * self.window_scale,
                               LOGICAL_SIZE[1] * self.window_scale)
        if not self.fullscreen:
            self._apply()

    def resized(self, size: tuple[int, int]) -> None:
        """The player dragged the window edge: keep the picture centred and crisp."""
        if self.fullscreen:
            return
        self._windowed_size = (max(size[0], LOGICAL_SIZE[0]), max(size[1], LOGICAL_SIZE[1]))
        self._adopt(pygame.display.get_surface() or self.surface)

    def px(self, logical: float) -> int:
        """A logical length in window pixels."""
        return round(logical * self.scale)

    def rect(self, x: float, y: float, w: float, h: float) -> pygame.Rect:
        """A logical rectangle in window coordinates."""
        s = self.scale
        return pygame.Rect(self.viewport.x + round(x * s), self.viewport.y + round(y * s),
                           round(w * s), round(h * s))
