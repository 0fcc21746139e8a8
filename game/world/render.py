"""Draws a Tiled map with pyscroll at window resolution, people interleaved by depth.

Tiles are scaled once by the display's whole-number scale, so pyscroll scrolls a
crisp buffer at zoom 1 and each frame is one buffer blit plus the people and
the few overhead tiles in front of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pygame
import pyscroll
import pytmx
from pytmx.util_pygame import load_pygame


def is_overhead(layer: pytmx.TiledTileLayer) -> bool:
    props = getattr(layer, "properties", {}) or {}
    value = props.get("overhead", False)
    if isinstance(value, str):
        value = value.strip().lower() == "true"
    return bool(value) or layer.name == "above"


class ScaledMapData(pyscroll.TiledMapData):
    """pyscroll's pytmx adapter with tile images pre-scaled by a whole number."""

    def __init__(self, tmx: pytmx.TiledMap, scale: int) -> None:
        self.scale = scale
        super().__init__(tmx)

    @property
    def tile_size(self) -> tuple[int, int]:
        return self.tmx.tilewidth * self.scale, self.tmx.tileheight * self.scale


@dataclass(slots=True)
class Drawable:
    image: pygame.Surface
    rect: pygame.Rect  # window coordinates
    depth: float  # feet y in logical pixels: larger is nearer the viewer


class MapRenderer:
    def __init__(self, path: Path) -> None:
        self.path = path
        # objects carry an `id` property (the person or thing), which pytmx calls a duplicate
        self.tmx = load_pygame(str(path), allow_duplicate_names=True)
        self._originals = list(self.tmx.images)
        tile_layers = list(self.tmx.visible_tile_layers)
        below = [i for i in tile_layers if not is_overhead(self.tmx.layers[i])]
        # people are drawn just above the highest layer that is not overhead
        self.sprite_layer = max(below) if below else 0
        self.scale = 0
        self._view: pyscroll.BufferedRenderer | None = None
        self._view_size = (0, 0)
        self.pixel_size = (self.tmx.width * self.tmx.tilewidth,
                           self.tmx.height * self.tmx.tileheight)

    def prepare(self, scale: int, viewport: pygame.Rect) -> None:
        size = (min(viewport.width, self.pixel_size[0] * scale),
                min(viewport.height, self.pixel_size[1] * scale))
        if scale == self.scale and size == self._view_size and self._view is not None:
            return
        if scale != self.scale:
            self.tmx.images = [
                _scaled(image, scale) if image is not None else None
                for image in self._originals
            ]
        self.scale = scale
        self._view_size = size
        self._view = pyscroll.BufferedRenderer(ScaledMapData(self.tmx, scale), size,
                                               clamp_camera=True)

    def area(self, viewport: pygame.Rect) -> pygame.Rect:
        """Where the map is drawn: the viewport, or centred in it for a small map."""
        rect = pygame.Rect((0, 0), self._view_size)
        rect.center = viewport.center
        return rect

    def world_to_window(self, viewport: pygame.Rect, x: float, y: float) -> tuple[int, int]:
        assert self._view is not None
        ox, oy = self._view.get_center_offset()
        area = self.area(viewport)
        return round(x * self.scale) + ox + area.x, round(y * self.scale) + oy + area.y

    def look_at(self, centre: tuple[float, float]) -> None:
        """Point the camera (logical pixels); it stops at the map's edges."""
        assert self._view is not None, "prepare() first"
        self._view.center((centre[0] * self.scale, centre[1] * self.scale))

    def draw(self, surface: pygame.Surface, viewport: pygame.Rect,
             drawables: list[Drawable]) -> None:
        assert self._view is not None, "prepare() first"
        area = self.area(viewport)
        drawables.sort(key=lambda d: d.depth)
        # pyscroll sorts same-layer surfaces by position, not order: a fractional
        # layer per person keeps the y order and stays under the overhead layers
        count = len(drawables) + 1
        layer = self.sprite_layer
        surfaces = [(d.image, d.rect, layer + (i + 1) / (count + 1))
                    for i, d in enumerate(drawables)]
        self._view.draw(surface, area, surfaces)


def _scaled(image: pygame.Surface, scale: int) -> pygame.Surface:
    scaled = pygame.transform.scale_by(image, scale) if scale != 1 else image.copy()
    return scaled.convert_alpha() if pygame.display.get_surface() else scaled
