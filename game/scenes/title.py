"""The title screen: the city at dusk behind the game's name, and the first choices.

New game (after the content note, unless the player turned it off), Continue
(the latest save), Load, Settings, Credits, Quit.
"""

from __future__ import annotations

import logging
import random
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from game import __version__
from game.safeio import printable, read_exactly
from game.ui import text as ui
from game.ui.widgets import MenuList, MenuScene, button, format_play_time

if TYPE_CHECKING:
    from game.paths import Paths
    from game.saves import SlotInfo
    from game.scenes.base import SceneContext
    from game.session import WorldData

log = logging.getLogger(__name__)

BACKGROUND_MAP = "streets"
TITLE_MUSIC = "title"
MENU_X, MENU_Y, MENU_W = 44, 168, 150
DUSK = (18, 20, 36)  # the tint over the city: evening, street lamps not yet lit


@dataclass(frozen=True, slots=True)
class Backdrop:
    """What the title's still is drawn from: a map, the files its look depends on, and
    the user cache folder it is kept in."""

    map_path: Path | None
    sources: tuple[Path, ...]
    cache: Path

    @classmethod
    def of(cls, world: WorldData, paths: Paths) -> Backdrop:
        # its file (a mod's, when one replaces it), not the map read: the still is cached
        map_path = world.maps.paths.get(BACKGROUND_MAP)
        sources = [path for folder in (paths.maps, paths.assets / "tiles")
                   for path in sorted(folder.glob("*.tsx")) + sorted(folder.glob("*.png"))]
        return cls(map_path, tuple(sources), paths.cache)


# The title's still in the user cache: this mark, its width and height (two unsigned
# 32-bit numbers, big-endian), then its pixels, three bytes each, row by row. Read in a
# millisecond or two where a PNG of the window takes ten to decode, and checked whole
# before use: a file of any other length or size is not read further.
STILL_MAGIC = b"BFSTILL1"


def _read_still(path: Path, size: tuple[int, int]) -> pygame.Surface:
    """The still cached at `path` for a window area of `size`; raises ValueError (or
    OSError) for a file that is not exactly that."""
    header = len(STILL_MAGIC) + 8
    data = memoryview(read_exactly(path, header + size[0] * size[1] * 3))
    shown = struct.unpack(">II", data[len(STILL_MAGIC):header])
    if data[:len(STILL_MAGIC)] != STILL_MAGIC or shown != size:
        raise ValueError(f"not a cached title still of {size}")
    return pygame.image.frombuffer(data[header:], size, "RGB")  # the caller converts it


class CityStill:
    """A darkened picture of the streets map (or a drawn skyline when it is missing).

    Rendered once per window size, since the title does not move.
    """

    def __init__(self, ctx: SceneContext, backdrop: Backdrop) -> None:
        self.ctx = ctx
        self.backdrop = backdrop
        self._picture: pygame.Surface | None = None
        self._made_for = -1

    def draw(self, surface: pygame.Surface) -> None:
        display = self.ctx.display
        if self._picture is None or self._made_for != display.changed:
            self._picture = self._render()
            self._made_for = display.changed
        surface.blit(self._picture, display.viewport)

    def _render(self) -> pygame.Surface:
        """The still, from the user cache when the map, tiles and size are unchanged:
        drawing it from the map is a tenth of a second the title can't spare."""
        cached = self._cache_path()
        size = self.ctx.display.viewport.size
        if cached is not None and cached.is_file():
            # the file may be damaged, or not ours: never read past the size it must have
            try:
                return _read_still(cached, size).convert()
            except (pygame.error, OSError, ValueError) as error:
                log.warning("title still cache %s not used (%s); drawing it again",
                            printable(str(cached)), error)
        picture = self._draw_fresh()
        if cached is not None:
            try:
                cached.parent.mkdir(parents=True, exist_ok=True)
                for old in cached.parent.glob("title-still-*"):
                    old.unlink(missing_ok=True)
                temporary = cached.with_name(cached.name + ".tmp")
                temporary.write_bytes(STILL_MAGIC + struct.pack(">II", *picture.get_size())
                                      + pygame.image.tobytes(picture, "RGB"))
                temporary.replace(cached)
            except (pygame.error, OSError) as error:
                log.info("title still not cached: %s", error)
        return picture

    def _cache_path(self) -> Path | None:
        import hashlib

        backdrop = self.backdrop
        if backdrop.map_path is None:
            return None
        digest = hashlib.sha256(__version__.encode())
        try:
            for path in (backdrop.map_path, *backdrop.sources):
                digest.update(path.read_bytes())
        except OSError:
            return None
        size = self.ctx.display.viewport.size
        digest.update(f"{size}:{self.ctx.display.scale}".encode())
        return backdrop.cache / f"title-still-{digest.hexdigest()[:20]}.rgb"

    def _draw_fresh(self) -> pygame.Surface:
        display = self.ctx.display
        picture = pygame.Surface(display.viewport.size)
        if not self._render_map(picture):
            self._render_skyline(picture)
        # dusk over the whole city, deepest on the left where the name and menu are read
        shade = pygame.Surface(picture.get_size(), pygame.SRCALPHA)
        width, height = picture.get_size()
        step = max(1, display.scale)
        for x in range(0, width, step):
            alpha = round(236 - 96 * min(1.0, x / (width * 0.75)))
            pygame.draw.line(shade, (*DUSK, alpha), (x, 0), (x, height), step)
        picture.blit(shade, (0, 0))
        vignette = pygame.Surface(picture.get_size(), pygame.SRCALPHA)
        band = display.px(40)
        for i in range(band):
            alpha = round(150 * (1 - i / band) ** 2)
            pygame.draw.line(vignette, (0, 0, 0, alpha), (0, i), (width, i))
            pygame.draw.line(vignette, (0, 0, 0, alpha), (0, height - 1 - i),
                             (width, height - 1 - i))
        picture.blit(vignette, (0, 0))
        return picture

    def _render_map(self, picture: pygame.Surface) -> bool:
        if self.backdrop.map_path is None:
            return False
        from game.world.render import MapRenderer

        try:
            renderer = MapRenderer(self.backdrop.map_path)
            display = self.ctx.display
            local = picture.get_rect()
            renderer.prepare(display.scale, local)
            width, height = renderer.pixel_size
            renderer.look_at((width / 2, height / 2), local)
            renderer.draw(picture, local, [])
        except (pygame.error, OSError, ValueError, KeyError, TypeError, AssertionError) as error:
            # the title must show even when the map (or its renderer) is broken: it falls
            # back to a drawn skyline, and the log says why
            log.warning("title background: cannot draw map %s: %s", BACKGROUND_MAP, error)
            return False
        return True

    def _render_skyline(self, picture: pygame.Surface) -> None:
        display = self.ctx.display
        width, height = picture.get_size()
        for y in range(height):
            t = y / height
            colour = (round(38 + 40 * t), round(34 + 22 * t), round(58 + 10 * t))
            pygame.draw.line(picture, colour, (0, y), (width, y))
        rng = random.Random(1962)  # the same city every time
        x = 0
        while x < width:
            w = display.px(rng.randint(28, 70))
            h = display.px(rng.randint(60, 190))
            rect = pygame.Rect(x, height - h, w, h)
            pygame.draw.rect(picture, (24, 22, 30), rect)
            for wy in range(rect.y + display.px(8), rect.bottom - display.px(8), display.px(12)):
                for wx in range(rect.x + display.px(5), rect.right - display.px(6), display.px(9)):
                    if rng.random() < 0.28:
                        lit = (226, 196, 120) if rng.random() < 0.8 else (180, 200, 210)
                        pygame.draw.rect(picture, lit, (wx, wy, display.px(4), display.px(5)))
            x += w + display.px(rng.randint(0, 6))


class TitleScene(MenuScene):
    opaque = True
    veil = 0

    def __init__(self, ctx: SceneContext, backdrop: Backdrop) -> None:
        super().__init__(ctx)
        self.still = CityStill(ctx, backdrop)
        self.latest: SlotInfo | None = None
        self._shown = False  # the cursor is placed once, when the title first shows
        self.menu = MenuList(ctx, self._items(), row_height=19, font_size=11,
                             wrap_around=True)

    def _items(self) -> list:
        return [
            button("ui.title.new_game", self.new_game, name="new_game"),
            button("ui.title.continue", self.continue_game, name="continue",
                   enabled=lambda: self.latest is not None),
            button("ui.title.load", self.open_load, name="load"),
            button("ui.title.settings", self.open_settings, name="settings"),
            button("ui.title.credits", self.open_credits, name="credits"),
            button("ui.title.quit", self.ctx.game.quit, name="quit"),
        ]

    def on_enter(self) -> None:
        self.latest = self.ctx.saves.latest()
        if self.menu is not None:
            self.menu.set_items(self._items())
            if not self._shown and self.latest is not None:
                self.menu.select("continue")  # a returning player goes on where he was
        self._shown = True
        self.ctx.audio.set_muffled(False)
        self.ctx.audio.play_music(TITLE_MUSIC)

    def back(self) -> None:
        """Esc on the title moves to Quit rather than leaving the game at once."""
        assert self.menu is not None
        self.menu.select("quit")

    # --- choices ---------------------------------------------------------------------

    def new_game(self) -> None:
        if self.ctx.settings.content_note:
            from game.scenes.content_note import ContentNoteScene

            self.ctx.push(ContentNoteScene(self.ctx, on_continue=self.start_new_game))
        else:
            self.start_new_game()

    def start_new_game(self) -> None:
        try:
            self.ctx.game.new_game()
        except KeyError as error:
            self.ctx.report_problem(self.ctx.text("ui.title.no_start", map=error))

    def continue_game(self) -> None:
        self.ctx.game.continue_latest()

    def open_load(self) -> None:
        from game.scenes.saves_menu import SavesScene

        self.ctx.push(SavesScene(self.ctx, mode="load"))

    def open_settings(self) -> None:
        from game.scenes.settings_menu import SettingsScene

        self.ctx.push(SettingsScene(self.ctx))

    def open_credits(self) -> None:
        from game.scenes.credits import CreditsScene

        self.ctx.push(CreditsScene(self.ctx))

    # --- drawing ---------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        ctx, display = self.ctx, self.ctx.display
        self.still.draw(surface)
        self._draw_face(surface)
        name_font = ctx.fonts.get(30)
        x = display.viewport.x + display.px(MENU_X)
        rect = ui.draw_text(surface, name_font, ctx.text("ui.title.name"),
                            (x, display.viewport.y + display.px(70)), ui.PAPER)
        pygame.draw.line(surface, ui.ACCENT, (x, rect.bottom + display.px(4)),
                         (x + display.px(60), rect.bottom + display.px(4)),
                         max(1, display.scale))
        tagline = ctx.fonts.get(9)
        ui.draw_text(surface, tagline, ctx.text("ui.title.tagline"),
                     (x, rect.bottom + display.px(10)), ui.CREAM)
        assert self.menu is not None
        area = display.rect(MENU_X - 8, MENU_Y, MENU_W, self.menu.height_for(6))
        self.menu.draw(surface, area)
        self._draw_detail(surface, area)
        foot = ctx.fonts.get(7)
        ui.draw_text(surface, foot, f"v{__version__}",
                     (display.viewport.right - display.px(8),
                      display.viewport.bottom - display.px(6)), ui.DIM, anchor="bottomright")
        ui.draw_text(surface, foot, ctx.text("ui.help.menu"),
                     (x, display.viewport.bottom - display.px(6)), ui.DIM, anchor="bottomleft")

    def _draw_detail(self, surface: pygame.Surface, area: pygame.Rect) -> None:
        """Under the menu: what Continue would open."""
        assert self.menu is not None
        if self.menu.current.name != "continue" or self.latest is None or not self.latest.meta:
            return
        meta = self.latest.meta
        display = self.ctx.display
        text = self.ctx.text("ui.title.continue_detail",
                             place=self.ctx.saves.place_name(meta),
                             chapter=meta.chapter, time=format_play_time(meta.play_time))
        ui.draw_text(surface, self.ctx.fonts.get(8), text,
                     (area.x + display.px(14), area.bottom + display.px(6)), ui.DIM)

    def _draw_face(self, surface: pygame.Surface) -> None:
        """The portrait in a frame, like a photograph left on a desk."""
        display = self.ctx.display
        if not self.ctx.assets.exists("ui/title_face.png"):
            return
        image = self.ctx.assets.image("ui/title_face.png", display.scale)
        frame = image.get_rect().inflate(display.px(16), display.px(16))
        frame.center = (display.viewport.right - display.px(150), display.viewport.centery)
        ui.draw_panel(surface, frame, display.scale, fill=(*DUSK, 235))
        surface.blit(image, image.get_rect(center=frame.center))
