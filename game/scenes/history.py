"""The history: the last 200 lines said, newest at the bottom, scrolled by key, wheel or pad.

Lines are kept in the session as (speaker name, text) in the language they were
shown in; this screen only lays them out. His own lines have no name (he is nobody's
"Mr" to himself): they carry his mark instead, and read in the notebook's cream.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.ui import text as ui
from game.ui.widgets import REPEAT_DELAY, REPEAT_EVERY, MenuScene, draw_triangle

if TYPE_CHECKING:
    from game.input import ActionEvent
    from game.scenes.base import SceneContext
    from game.session import Session

PANEL = (60, 12, 520, 336)
WHEEL_LINES = 3


class HistoryScene(MenuScene):
    def __init__(self, ctx: SceneContext, session: Session) -> None:
        super().__init__(ctx)
        self.entries = list(session.history)
        self.scroll: int | None = None  # first shown line; None: keep the newest in view
        self._lines: list[tuple[str, str]] = []  # (kind: name | text | me | mine | gap, words)
        self._visible = 1
        self._held: str | None = None
        self._timer = 0.0

    # --- layout ----------------------------------------------------------------------

    def layout(self, width: int) -> list[tuple[str, str]]:
        font = self.ctx.fonts.get(10)
        lines: list[tuple[str, str]] = []
        for name, text in self.entries:
            mine = not name
            lines.append(("me", self.ctx.text("ui.history.hero")) if mine else ("name", name))
            lines += [("mine" if mine else "text", line) for line in ui.wrap(font, text, width)]
            lines.append(("gap", ""))
        return lines[:-1]

    @property
    def bottom(self) -> int:
        return max(0, len(self._lines) - self._visible)

    def scroll_by(self, rows: int) -> None:
        current = self.bottom if self.scroll is None else self.scroll
        self.scroll = min(self.bottom, max(0, current + rows))
        if self.scroll == self.bottom:
            self.scroll = None

    # --- input -----------------------------------------------------------------------

    def on_action(self, event: ActionEvent) -> None:
        if self.leaving:
            return
        if event.pressed and event.action == "history":
            self.back()  # the key that opens the history closes it
            return
        steps = {"move_up": -1, "move_down": 1, "move_left": -self._visible,
                 "move_right": self._visible}
        if event.action in steps:
            if event.pressed:
                self.scroll_by(steps[event.action])
                self._held, self._timer = event.action, REPEAT_DELAY
            elif event.action == self._held:
                self._held = None
            return
        if event.pressed and event.action == "act":
            self.back()
            return
        super().on_action(event)

    def on_mouse(self, event: pygame.event.Event) -> None:
        if event.type == pygame.MOUSEWHEEL:
            self.scroll_by(-event.y * WHEEL_LINES)
        elif event.type == pygame.MOUSEBUTTONDOWN and event.button in (1, 3):
            self.back()

    def update(self, dt: float) -> None:
        if self._held is not None:
            if not self.ctx.input.is_held(self._held):
                self._held = None
            else:
                self._timer -= dt
                if self._timer <= 0:
                    self._timer += REPEAT_EVERY
                    step = {"move_up": -1, "move_down": 1}.get(self._held)
                    self.scroll_by(step if step is not None else
                                   (-self._visible if self._held == "move_left"
                                    else self._visible))
        super().update(dt)

    def still_for(self) -> float:
        return 0.0 if self._held is not None else super().still_for()  # a held key scrolls

    # --- drawing ---------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        ctx, display = self.ctx, self.ctx.display
        panel, y = self.draw_frame(surface, PANEL, ctx.text("ui.history.title"))
        area = pygame.Rect(panel.x + display.px(20), y, panel.width - display.px(40),
                           panel.bottom - display.px(22) - y)
        font, name_font = ctx.fonts.get(10), ctx.fonts.get(9)
        line_height = font.get_linesize()
        self._lines = self.layout(area.width)
        self._visible = max(1, area.height // line_height)
        if not self._lines:
            ui.draw_text(surface, font, ctx.text("ui.history.empty"), area.center, ui.DIM,
                         anchor="center")
        first = self.bottom if self.scroll is None else min(self.scroll, self.bottom)
        for row, (kind, words) in enumerate(self._lines[first:first + self._visible]):
            top = area.y + row * line_height
            if kind == "name":
                ui.draw_text(surface, name_font, words, (area.x, top + display.px(1)), ui.ACCENT)
            elif kind == "me":
                mark = ui.draw_text(surface, name_font, words, (area.x + display.px(8),
                                    top + display.px(1)), ui.CREAM)
                pygame.draw.line(surface, ui.CREAM, (area.x, mark.centery),
                                 (area.x + display.px(5), mark.centery), max(1, display.scale))
            elif kind == "text":
                ui.draw_text(surface, font, words, (area.x + display.px(8), top))
            elif kind == "mine":
                ui.draw_text(surface, font, words, (area.x + display.px(8), top), ui.CREAM)
        size = display.px(3)
        if first > 0:
            draw_triangle(surface, (area.right, area.y + size), size, "up", ui.CREAM)
        if first < self.bottom:
            draw_triangle(surface, (area.right, area.bottom - size), size, "down", ui.CREAM)
        self.draw_footer(surface, panel, ctx.text("ui.history.help"))
