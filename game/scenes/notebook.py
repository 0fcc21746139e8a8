"""The notebooks he writes for his wife: three tabs, their pages, and what he means to do now.

Pages come from the story state (written by `notebook:` steps in the content);
their words are looked up by id at drawing time, so a language switch shows at
once. The newest page is marked and opened first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import pygame

from game.ui import text as ui
from game.ui.city_map import CityMapDrawing
from game.ui.widgets import SOLID, Item, MenuList, MenuScene, draw_triangle

if TYPE_CHECKING:
    from game.input import ActionEvent
    from game.scenes.base import SceneContext
    from game.session import Session

NOTEBOOKS = (1, 2, 3)
MAP_TAB = 0  # the last tab: the city map (game/scenes/city_map.py draws it)
TABS = (*NOTEBOOKS, MAP_TAB)
PANEL = (16, 12, 608, 336)
LIST_W = 190
PAGE_FILL = (236, 228, 206, 250)


class NotebookScene(MenuScene):
    def __init__(self, ctx: SceneContext, session: Session) -> None:
        super().__init__(ctx)
        self.session = session
        pages = self.session.state.pages
        self.newest = pages[-1] if pages else None
        self.notebook = self.newest.notebook if self.newest is not None else 1
        self._tab_rects: list[tuple[pygame.Rect, int]] = []
        self.map_drawing = CityMapDrawing()
        self.clock = 0.0
        self.menu = MenuList(ctx, [], row_height=16, font_size=9, wrap_around=False)
        self._fill()
        if self.newest is not None:
            self.menu.selected = len(self.menu.items) - 1

    # --- pages -----------------------------------------------------------------------

    def pages(self) -> list[Any]:
        return [page for page in self.session.state.pages if page.notebook == self.notebook]

    def _fill(self) -> None:
        assert self.menu is not None
        pages = self.pages()
        items = [Item("", text=self._title_of(page), name=f"{index}:{page.id}")
                 for index, page in enumerate(pages)]
        if not items:
            items = [Item("ui.notebook.empty", enabled=False, name="empty")]
        self.menu.set_items(items, keep=False)
        self.menu.selected = 0
        self.menu.scroll = 0

    def _title_of(self, page: Any) -> Callable[[], str]:
        return lambda: self.story_text(f"{page.id}.title")

    def story_text(self, text_id: str) -> str:
        """A page's words in the current language, with `{fact}` filled in by the engine."""
        return self.session.engine.text(text_id)

    def selected_page(self) -> Any | None:
        pages = self.pages()
        assert self.menu is not None
        if not pages:
            return None
        return pages[min(self.menu.selected, len(pages) - 1)]

    def switch(self, delta: int) -> None:
        index = TABS.index(self.notebook)
        self.notebook = TABS[(index + delta) % len(TABS)]
        self.ctx.audio.play_sound("page")
        self._fill()

    def aim(self) -> str:
        """What he means to do now: the fact `aim` (a text id or words), or a string
        `aim.chapter<N>` from the content; empty when the content gives none."""
        state = self.session.state
        content = self.session.world.content
        if "aim" in content.facts:
            value = state.get("aim")
            if isinstance(value, str) and value:
                return self.session.engine.text(value) if value in content.texts else value
        chapter_aim = f"aim.chapter{state.chapter}"
        if chapter_aim in content.texts:
            return self.session.engine.text(chapter_aim)
        return ""

    def place_name(self, map_id: Any) -> str:
        if not isinstance(map_id, str) or not map_id:
            return ""
        named = self.ctx.text.lookup(f"map.{map_id}")
        if named is not None:
            return named
        data = self.session.maps.get(map_id)
        return data.name if data is not None and data.name else map_id

    # --- input -----------------------------------------------------------------------

    def on_action(self, event: ActionEvent) -> None:
        if self.leaving:
            return
        if event.pressed and event.action == "notebook":
            self.back()  # the key that opens the notebooks closes them
        elif event.pressed and event.action in ("move_left", "move_right"):
            self.switch(-1 if event.action == "move_left" else 1)
        else:
            super().on_action(event)

    def on_mouse(self, event: pygame.event.Event) -> None:
        if event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            for rect, number in self._tab_rects:
                if rect.collidepoint(event.pos) and number != self.notebook:
                    self.switch(TABS.index(number) - TABS.index(self.notebook))
                    return
        super().on_mouse(event)

    # --- drawing ---------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        self.draw_veil(surface)
        ctx, display = self.ctx, self.ctx.display
        panel = display.rect(*PANEL)
        ui.draw_panel(surface, panel, display.scale, fill=SOLID)
        y = self._draw_tabs(surface, panel)
        aim = self.aim()
        if aim:
            font = ctx.fonts.get(9)
            label = ctx.text("ui.notebook.aim", aim=aim)
            ui.draw_text(surface, font, label, (panel.x + display.px(16), y), ui.ACCENT)
            y += font.get_linesize() + display.px(4)
        if self.notebook == MAP_TAB:
            self._draw_map(surface, pygame.Rect(panel.x + display.px(12), y,
                                                panel.width - display.px(24),
                                                panel.bottom - display.px(20) - y))
            self.draw_footer(surface, panel, ctx.text("ui.notebook.help"))
            return
        area = pygame.Rect(panel.x + display.px(10), y, display.px(LIST_W),
                           panel.bottom - display.px(22) - y)
        assert self.menu is not None
        self.menu.draw(surface, area)
        self._draw_new_marks(surface, area)
        page_rect = pygame.Rect(area.right + display.px(10), y,
                                panel.right - area.right - display.px(22), area.height)
        self._draw_page(surface, page_rect)
        self.draw_footer(surface, panel, ctx.text("ui.notebook.help"))

    def update(self, dt: float) -> None:
        self.clock += dt  # the aim's ring on the map pulses by it
        super().update(dt)

    def _draw_map(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        from game.scenes.city_map import draw_city_map, marks_now

        marks = marks_now(self.session)
        if marks is not None:
            draw_city_map(self.ctx, self.session, self.map_drawing, surface, rect, marks,
                          self.clock)

    def _draw_tabs(self, surface: pygame.Surface, panel: pygame.Rect) -> int:
        ctx, display = self.ctx, self.ctx.display
        font, small = ctx.fonts.get(10), ctx.fonts.get(8)
        width = (panel.width - display.px(24)) // len(TABS)
        self._tab_rects = []
        top = panel.y + display.px(8)
        for index, number in enumerate(TABS):
            rect = pygame.Rect(panel.x + display.px(12) + index * width, top,
                               width - display.px(4), display.px(30))
            chosen = number == self.notebook
            if chosen:
                ui.draw_panel(surface, rect, display.scale, border=ui.ACCENT,
                              fill=(60, 52, 40, 235))
            colour = ui.ACCENT if chosen else ui.DIM
            name, subtitle = (("ui.notebook.map", "ui.notebook.map_subtitle")
                              if number == MAP_TAB else
                              (f"ui.notebook.name{number}", f"ui.notebook.subtitle{number}"))
            ui.draw_text(surface, font, ctx.text(name),
                         (rect.centerx, rect.y + display.px(4)), colour, anchor="midtop")
            ui.draw_text(surface, small, ctx.text(subtitle),
                         (rect.centerx, rect.y + display.px(17)),
                         ui.CREAM if chosen else ui.DIM, anchor="midtop")
            self._tab_rects.append((rect, number))
        line_y = top + display.px(33)
        pygame.draw.line(surface, ui.ACCENT, (panel.x + display.px(12), line_y),
                         (panel.right - display.px(12), line_y), max(1, display.scale // 2))
        for rect, _number in self._tab_rects[:1]:
            draw_triangle(surface, (rect.x + display.px(6), rect.centery), display.px(2),
                          "left", ui.DIM)
        for rect, _number in self._tab_rects[-1:]:
            draw_triangle(surface, (rect.right - display.px(6), rect.centery), display.px(2),
                          "right", ui.DIM)
        return line_y + display.px(7)

    def _draw_new_marks(self, surface: pygame.Surface, area: pygame.Rect) -> None:
        """A small 'new' beside the newest page, the one just written."""
        assert self.menu is not None
        if self.newest is None or self.newest.notebook != self.notebook:
            return
        display = self.ctx.display
        index = len(self.pages()) - 1
        row = index - self.menu.scroll
        if not 0 <= row < max(1, area.height // display.px(self.menu.row_height)):
            return
        y = area.y + row * display.px(self.menu.row_height) + display.px(self.menu.row_height) // 2
        font = self.ctx.fonts.get(7)
        ui.draw_text(surface, font, self.ctx.text("ui.notebook.new"),
                     (area.right - display.px(6), y), ui.ACCENT, anchor="midright")

    def _draw_page(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        ctx, display = self.ctx, self.ctx.display
        ui.draw_panel(surface, rect, display.scale, fill=PAGE_FILL, border=ui.CREAM)
        pad = display.px(14)
        left, width = rect.x + pad, rect.width - pad * 2
        page = self.selected_page()
        body = ctx.fonts.get(11)
        if page is None:
            ui.draw_text(surface, body, ctx.text("ui.notebook.empty_page"),
                         rect.center, (110, 100, 88), shadow=False, anchor="center")
            return
        title_font = ctx.fonts.get(13)
        y = rect.y + pad
        ui.draw_text(surface, title_font, self.story_text(f"{page.id}.title"), (left, y), ui.INK,
                     shadow=False)
        y += title_font.get_linesize()
        where = []
        if page.place:
            where.append(self.place_name(page.place))
        if page.day is not None:
            where.append(ctx.text("ui.notebook.day", day=page.day))
        if where:
            ui.draw_text(surface, ctx.fonts.get(8), "  \u00b7  ".join(where), (left, y),
                         (120, 96, 60), shadow=False)
            y += ctx.fonts.get(8).get_linesize()
        y += display.px(6)
        pygame.draw.line(surface, (200, 184, 150), (left, y - display.px(3)),
                         (rect.right - pad, y - display.px(3)), max(1, display.scale // 2))
        line_gap = body.get_linesize() + display.px(3)  # a little air, as on ruled paper
        for line in ui.wrap(body, self.story_text(page.id), width):
            if y + line_gap > rect.bottom - pad:
                break
            ui.draw_text(surface, body, line, (left, y), ui.INK, shadow=False)
            y += line_gap
