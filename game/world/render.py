"""Draws a Tiled map with pyscroll at window resolution, people sorted by depth.

Tiles are scaled once by the display's whole-number scale, so pyscroll scrolls a
crisp buffer of the ground layers at zoom 1. A frame is then one buffer blit,
the people sorted by where their feet are, and the few overhead tiles (roof
edges, tree crowns) blitted over them. pyscroll can interleave sprites with
layers itself, but its per-sprite tile damage costs several milliseconds a
frame with thirty people in the street; overhead tiles are sparse, so drawing
them all is cheaper and just as correct.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pygame
import pyscroll
import pytmx
from pytmx.util_pygame import pygame_image_loader

from game.world.mapdata import open_tmx


def is_overhead(layer: pytmx.TiledTileLayer) -> bool:
    props = getattr(layer, "properties", {}) or {}
    value = props.get("overhead", False)
    if isinstance(value, str):
        value = value.strip().lower() == "true"
    return bool(value) or layer.name == "above"


class GroundMapData(pyscroll.TiledMapData):
    """pyscroll's pytmx adapter: tiles pre-scaled, overhead layers left to us."""

    def __init__(self, tmx: pytmx.TiledMap, scale: int, layers: list[int]) -> None:
        self.scale = scale
        self.ground_layers = layers
        super().__init__(tmx)

    @property
    def tile_size(self) -> tuple[int, int]:
        return self.tmx.tilewidth * self.scale, self.tmx.tileheight * self.scale

    @property
    def visible_tile_layers(self) -> list[int]:
        return self.ground_layers


@dataclass(slots=True)
class Drawable:
    image: pygame.Surface
    rect: pygame.Rect  # window coordinates
    depth: float  # feet y in logical pixels: larger is nearer the viewer


class MapRenderer:
    def __init__(self, path: Path) -> None:
        self.path = path
        # objects carry an `id` property (the person or thing), which pytmx calls a duplicate
        self.tmx = open_tmx(path, image_loader=pygame_image_loader)
        self._originals = list(self.tmx.images)
        tile_layers = list(self.tmx.visible_tile_layers)
        # only the tiles this map uses get scaled: the tileset has hundreds it doesn't
        self._used: set[int] = set()
        for index in tile_layers:
            for row in self.tmx.layers[index].data:
                self._used.update(row)
        self.ground = [i for i in tile_layers if not is_overhead(self.tmx.layers[i])]
        overhead = [i for i in tile_layers if is_overhead(self.tmx.layers[i])]
        # overhead tiles by row, bottom layer first: (x, gid) per row
        self._overhead_rows: dict[int, list[tuple[int, int]]] = {}
        for index in overhead:
            for x, y, gid in self.tmx.layers[index].iter_data():
                if gid:
                    self._overhead_rows.setdefault(y, []).append((x, gid))
        self.scale = 0
        self._view: pyscroll.BufferedRenderer | None = None
        self._view_size = (0, 0)
        self._offset = (0, 0)
        self._overhead_images: dict[int, pygame.Surface] = {}
        self.pixel_size = (self.tmx.width * self.tmx.tilewidth,
                           self.tmx.height * self.tmx.tileheight)

    def prepare(self, scale: int, viewport: pygame.Rect) -> None:
        size = (min(viewport.width, self.pixel_size[0] * scale),
                min(viewport.height, self.pixel_size[1] * scale))
        if scale == self.scale and size == self._view_size and self._view is not None:
            return
        if scale != self.scale:
            used = self._used
            self.tmx.images = [
                _scaled(image, scale) if image is not None and gid in used else None
                for gid, image in enumerate(self._originals)
            ]
            self._overhead_images = {gid: _keyed(self.tmx.images[gid])
                                     for row in self._overhead_rows.values() for _, gid in row
                                     if self.tmx.images[gid] is not None}
        self.scale = scale
        self._view_size = size
        self._view = pyscroll.BufferedRenderer(GroundMapData(self.tmx, scale, self.ground),
                                               size, clamp_camera=True)

    def area(self, viewport: pygame.Rect) -> pygame.Rect:
        """Where the map is drawn: the viewport, or centred in it for a small map."""
        rect = pygame.Rect((0, 0), self._view_size)
        rect.center = viewport.center
        return rect

    def covers(self, viewport: pygame.Rect) -> bool:
        return self._view_size == viewport.size

    def look_at(self, centre: tuple[float, float], viewport: pygame.Rect) -> None:
        """Point the camera (logical pixels); it stops at the map's edges."""
        assert self._view is not None, "prepare() first"
        self._view.center((centre[0] * self.scale, centre[1] * self.scale))
        ox, oy = self._view.get_center_offset()
        area = self.area(viewport)
        self._offset = (ox + area.x, oy + area.y)

    def world_to_window(self, x: float, y: float) -> tuple[int, int]:
        """Logical map pixels to window pixels, for the camera set by look_at()."""
        return round(x * self.scale) + self._offset[0], round(y * self.scale) + self._offset[1]

    def draw(self, surface: pygame.Surface, viewport: pygame.Rect,
             drawables: list[Drawable]) -> None:
        assert self._view is not None, "prepare() first"
        area = self.area(viewport)
        self._view.draw(surface, area)
        drawables.sort(key=lambda d: d.depth)
        surface.blits([(d.image, d.rect) for d in drawables], doreturn=False)
        surface.blits(self._visible_overhead(area), doreturn=False)

    def _visible_overhead(self, area: pygame.Rect) -> list[tuple[pygame.Surface, tuple[int, int]]]:
        tile = self.tmx.tilewidth * self.scale
        ox, oy = self._offset
        first_x, last_x = (area.x - ox) // tile, (area.right - ox) // tile
        first_y, last_y = (area.y - oy) // tile, (area.bottom - oy) // tile
        images = self._overhead_images
        blits = []
        for y in range(first_y, last_y + 1):
            for x, gid in self._overhead_rows.get(y, ()):
                if first_x <= x <= last_x:
                    image = images.get(gid)
                    if image is not None:
                        blits.append((image, (x * tile + ox, y * tile + oy)))
        return blits


def _keyed(image: pygame.Surface) -> pygame.Surface:
    """Tiles have only fully clear or fully solid pixels: a colour key with RLE
    blits several times faster than per-pixel alpha, and looks the same."""
    if not pygame.display.get_surface():
        return image
    key = (255, 0, 255)
    keyed = pygame.Surface(image.get_size())
    keyed.fill(key)
    keyed.blit(image, (0, 0))
    keyed = keyed.convert()
    keyed.set_colorkey(key, pygame.RLEACCEL)
    return keyed


def _scaled(image: pygame.Surface, scale: int) -> pygame.Surface:
    scaled = pygame.transform.scale_by(image, scale) if scale != 1 else image.copy()
    return scaled.convert_alpha() if pygame.display.get_surface() else scaled
