"""Draws a Tiled map with pyscroll at window resolution, people sorted by depth.

Tiles are scaled once by a whole-number scale, so pyscroll scrolls a crisp buffer of
the ground layers at zoom 1: the display's scale, or up to twice it for a room small
enough to be seen whole larger (`scale_for`). A frame is then one buffer blit,
the people sorted by where their feet are, and the overhead tiles (roof edges,
tree crowns) over them. pyscroll can interleave sprites with layers itself, but
its per-sprite tile damage costs several milliseconds a frame with thirty people
in the street. The overhead tiles are drawn once into a few sheets (bands of rows),
colour-keyed and run-length encoded (SDL keeps only the runs, so a sparse sheet is
small), and a frame blits the parts in view: a few blits, a few microseconds.

While the camera stands, most of the window stays as it was. When the window still
holds this renderer's last frame (`draw(kept=True)`), it keeps a copy of the ground
in view and draws again only where something changed: each person who moved or
changed pose, and what the scene drew over the map last time (a bubble, an emote).
There the ground is put back, then the people and the overhead tiles that cross the
spot are drawn again, clipped to it, in the same order as a whole frame, so the
picture is the same pixel for pixel (tests/test_render.py compares them).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pygame
import pyscroll
import pytmx
from pytmx.util_pygame import pygame_image_loader

from game.world.mapdata import open_tmx

OVERHEAD_BAND = 4  # rows of tiles in one sheet of overhead tiles
OVERHEAD_WIDTH = 64  # and columns at most (a wide map's sheet stays small to make)
ROOM_ZOOM = 2  # a room that fits the window whole is drawn up to this many times larger


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
    key: object  # who it is from frame to frame (what changed is drawn again)
    area: pygame.Rect  # the part of `image` drawn at `rect`


def _depth(drawable: Drawable) -> float:
    return drawable.depth


def merged(rects: list[pygame.Rect]) -> list[pygame.Rect]:
    """The same area in rectangles that do not overlap one another: each that
    overlaps another is joined with it (their bounding box)."""
    out: list[pygame.Rect] = []
    for rect in rects:
        rect = rect.copy()
        hit = rect.collidelist(out)
        while hit >= 0:
            rect.union_ip(out.pop(hit))
            hit = rect.collidelist(out)
        out.append(rect)
    return out


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
        # overhead tiles, bottom layer first: (x, y, gid)
        self._overhead_tiles = [(x, y, gid) for i in tile_layers
                                if is_overhead(self.tmx.layers[i])
                                for x, y, gid in self.tmx.layers[i].iter_data() if gid]
        # a tile that changes by itself (a Tiled animation) changes the ground under a
        # still camera: then every frame is drawn whole
        self._animated = any((self.tmx.tile_properties.get(gid) or {}).get("frames")
                             for gid in self._used if gid)
        self.scale = 0
        self._view: pyscroll.BufferedRenderer | None = None
        self._view_size = (0, 0)
        self._offset = (0, 0)
        self._overhead: list[tuple[pygame.Rect, pygame.Surface]] = []  # _overhead_bands
        self._overhead_rects: list[pygame.Rect] = []
        self.pixel_size = (self.tmx.width * self.tmx.tilewidth,
                           self.tmx.height * self.tmx.tileheight)
        # what the last frame showed: where the camera was, and each person's picture
        self._shown_at: tuple | None = None
        self._shown: dict[object, tuple[pygame.Surface, pygame.Rect]] = {}
        self._ground: pygame.Surface | None = None  # the ground in view, kept while still
        self._ground_at: tuple | None = None
        self._looked: tuple | None = None  # look_at(): where the camera was pointed
        # window pixels a small map is raised by, so a conversation's box doesn't cover
        # it (the world scene sets it before it draws)
        self.lift = 0

    def scale_for(self, base: int, viewport: pygame.Rect) -> int:
        """The whole-number scale this map is drawn at in ``viewport``: the window's
        (``base``), or for a room small enough to be seen whole larger, the largest
        scale up to ROOM_ZOOM times the window's at which it still fits, so a shop ten
        tiles wide fills the window instead of sitting small in the middle of it."""
        width, height = self.pixel_size
        for scale in range(base * ROOM_ZOOM, base, -1):
            if width * scale <= viewport.width and height * scale <= viewport.height:
                return scale
        return base

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
            self._overhead = self._overhead_bands(scale)
            self._overhead_rects = [rect for rect, _ in self._overhead]
        self.scale = scale
        self._view_size = size
        self._view = pyscroll.BufferedRenderer(GroundMapData(self.tmx, scale, self.ground),
                                               size, clamp_camera=True)
        self._shown_at = self._ground_at = None
        self._ground = None

    def _overhead_bands(self, scale: int) -> list[tuple[pygame.Rect, pygame.Surface]]:
        """The overhead tiles drawn into colour-keyed, run-length encoded sheets, one per
        band of OVERHEAD_BAND rows and OVERHEAD_WIDTH columns, each as large as its
        tiles reach: (where it lies on the map in window pixels, the sheet). SDL keeps
        only the runs, so they are small, and a blit skips few rows to reach the part
        in view."""
        tile = self.tmx.tilewidth * scale
        key = (255, 0, 255)
        window = pygame.display.get_surface()
        images = self.tmx.images
        rows: dict[tuple[int, int], list[tuple[int, int, int]]] = {}
        for x, y, gid in self._overhead_tiles:
            if images[gid] is not None:  # a band is cut every OVERHEAD_WIDTH columns
                rows.setdefault((y // OVERHEAD_BAND, x // OVERHEAD_WIDTH), []).append((x, y, gid))
        bands = []
        for tiles in rows.values():
            left, top = min(x for x, _, _ in tiles), min(y for _, y, _ in tiles)
            right, bottom = max(x for x, _, _ in tiles) + 1, max(y for _, y, _ in tiles) + 1
            size = ((right - left) * tile, (bottom - top) * tile)
            # in the window's own format: no conversion on each blit
            sheet = pygame.Surface(size, 0, window) if window else pygame.Surface(size)
            sheet.fill(key)
            sheet.blits([(images[gid], ((x - left) * tile, (y - top) * tile))
                         for x, y, gid in tiles], doreturn=False)
            # SDL encodes the runs on the first blit into the window (and again whenever
            # the sheet goes into another surface: it is drawn into the window only)
            sheet.set_colorkey(key, pygame.RLEACCEL)
            bands.append((pygame.Rect(left * tile, top * tile, *size), sheet))
        return bands

    def area(self, viewport: pygame.Rect) -> pygame.Rect:
        """Where the map is drawn: the viewport, or centred in it for a small map, raised
        by `lift` window pixels (as far as the viewport's top allows)."""
        rect = pygame.Rect((0, 0), self._view_size)
        rect.center = viewport.center
        rect.y -= max(0, min(self.lift, rect.top - viewport.top))
        return rect

    def covers(self, viewport: pygame.Rect) -> bool:
        return self._view_size == viewport.size

    def look_at(self, centre: tuple[float, float], viewport: pygame.Rect) -> None:
        """Point the camera (logical pixels); it stops at the map's edges."""
        assert self._view is not None, "prepare() first"
        looked = (centre, viewport.topleft, self._view, self.lift)
        if looked == self._looked:
            return  # the camera stands
        self._view.center((centre[0] * self.scale, centre[1] * self.scale))
        ox, oy = self._view.get_center_offset()
        area = self.area(viewport)
        self._offset = (ox + area.x, oy + area.y)
        self._looked = looked

    def world_to_window(self, x: float, y: float) -> tuple[int, int]:
        """Logical map pixels to window pixels, for the camera set by look_at()."""
        return round(x * self.scale) + self._offset[0], round(y * self.scale) + self._offset[1]

    def draw(self, surface: pygame.Surface, viewport: pygame.Rect, drawables: list[Drawable],
             *, kept: bool = False, also: list[pygame.Rect] | tuple = ()
             ) -> list[pygame.Rect] | None:
        """The ground, the people by depth (`drawables`, sorted here), the overhead tiles.

        `kept`: the window still shows this renderer's last frame, with nothing drawn
        over the map since but `also` (the scene's bubbles, emotes, prompt). Then, when
        the camera has not moved, only what changed is drawn again, and the rectangles
        drawn are returned; otherwise the whole map is drawn, and None returned."""
        assert self._view is not None, "prepare() first"
        area = self.area(viewport)
        drawables.sort(key=_depth)
        shown = {d.key: (d.image, d.rect) for d in drawables}
        at = (self._offset, area.topleft, self._view_size, self.scale, surface)
        still = kept and at == self._shown_at and not self._animated
        changed = None
        if still and self._ground is not None and self._ground_at == at:
            changed = self._changes(shown, also, area)
            self._redraw(surface, area, drawables, changed)
        else:
            if still:  # the camera stopped: keep the ground it looks at from now on
                self._keep_ground(at)
                assert self._ground is not None
                surface.blit(self._ground, area)
            else:
                self._view.draw(surface, area)
            surface.blits([(d.image, d.rect, d.area) for d in drawables], doreturn=False)
            self._draw_overhead(surface, area)
        self._shown, self._shown_at = shown, at
        return changed

    def forget_frame(self) -> None:
        """Let go of what drawing only what changed keeps (the copy of the ground in
        view): the next frame is drawn whole."""
        self._ground = self._ground_at = self._shown_at = None
        self._shown = {}

    def _keep_ground(self, at: tuple) -> None:
        assert self._view is not None
        if self._ground is None or self._ground.get_size() != self._view_size:
            self._ground = pygame.Surface(self._view_size)
            if pygame.display.get_surface():
                self._ground = self._ground.convert()
        self._view.draw(self._ground, self._ground.get_rect())
        self._ground_at = at

    def _changes(self, shown: dict, also: list[pygame.Rect] | tuple,
                 area: pygame.Rect) -> list[pygame.Rect]:
        """Where the picture changed since the last frame: each person who moved or
        changed picture (where they were, and where they are), who came or went, and
        what was drawn over the map last frame."""
        before = self._shown
        dirty = list(also)
        for key, (image, rect) in shown.items():
            old = before.get(key)
            if old is None:
                dirty.append(rect)
            elif old[0] is not image or old[1] != rect:
                dirty += [old[1], rect]
        dirty += [rect for key, (_, rect) in before.items() if key not in shown]
        return [rect for rect in merged([r.clip(area) for r in dirty]) if rect]

    def _draw_overhead(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        """The overhead tiles that fall inside `rect` (window pixels)."""
        ox, oy = self._offset
        on_map = rect.move(-ox, -oy)
        for index in on_map.collidelistall(self._overhead_rects):
            band, sheet = self._overhead[index]
            surface.blit(sheet, rect, on_map.move(-band.x, -band.y))

    def _redraw(self, surface: pygame.Surface, area: pygame.Rect, drawables: list[Drawable],
                changed: list[pygame.Rect]) -> None:
        """Draw the picture again inside `changed` only: the ground, then, clipped to
        each spot, the people who cross it (in depth order) and the overhead tiles."""
        ground = self._ground
        assert ground is not None
        surface.blits([(ground, rect, rect.move(-area.x, -area.y)) for rect in changed],
                      doreturn=False)
        rects = [d.rect for d in drawables]
        clip = surface.get_clip()
        for rect in changed:
            hits = rect.collidelistall(rects)
            if hits:
                surface.set_clip(rect)
                surface.blits([(drawables[i].image, rects[i], drawables[i].area)
                               for i in hits], doreturn=False)
            self._draw_overhead(surface, rect)
        surface.set_clip(clip)


def _scaled(image: pygame.Surface, scale: int) -> pygame.Surface:
    scaled = pygame.transform.scale_by(image, scale) if scale != 1 else image.copy()
    return scaled.convert_alpha() if pygame.display.get_surface() else scaled
