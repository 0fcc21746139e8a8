"""The pause menu, over the street or a conversation: resume, the notebooks, saves, settings.

Quitting from here asks first, then autosaves (the app's quit does it), so leaving
never costs the player their evening.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.ui import text as ui
from game.ui.widgets import ConfirmScene, MenuList, MenuScene, button, format_play_time

if TYPE_CHECKING:
    from game.scenes.base import SceneContext
    from game.session import Session

PANEL_W = 200
ROWS = 8


class PauseScene(MenuScene):
    def __init__(self, ctx: SceneContext, session: Session) -> None:
        super().__init__(ctx)
        self.session = session
        self.menu = MenuList(ctx, [
            button("ui.pause.resume", self.back, name="resume"),
            button("ui.pause.notebooks", self._notebooks, name="notebooks"),
            button("ui.pause.save", lambda: self._saves("save"), name="save"),
            button("ui.pause.load", lambda: self._saves("load"), name="load"),
            button("ui.pause.settings", self._settings, name="settings"),
            button("ui.pause.history", self._history, name="history"),
            button("ui.pause.title", self.to_title, name="title"),
            button("ui.pause.quit", self.ask_quit, name="quit"),
        ], row_height=18, font_size=11, wrap_around=False)  # Up from Resume is not Quit

    def _notebooks(self) -> None:
        from game.scenes.notebook import NotebookScene

        self.ctx.push(NotebookScene(self.ctx, self.session))

    def _history(self) -> None:
        from game.scenes.history import HistoryScene

        self.ctx.push(HistoryScene(self.ctx, self.session))

    def _saves(self, mode: str) -> None:
        from game.scenes.saves_menu import SavesScene

        self.ctx.push(SavesScene(self.ctx, mode=mode))

    def _settings(self) -> None:
        from game.scenes.settings_menu import SettingsScene

        self.ctx.push(SettingsScene(self.ctx))

    def to_title(self) -> None:
        self.ctx.game.to_title()

    def ask_quit(self) -> None:
        """Quit, once the player says yes (No is chosen first)."""
        self.ctx.push(ConfirmScene(self.ctx, self.ctx.text("ui.pause.quit_ask"), self.quit))

    def quit(self) -> None:
        self.ctx.game.quit()  # the app autosaves a game in play on the way out

    def draw(self, surface: pygame.Surface) -> None:
        ctx, display = self.ctx, self.ctx.display
        assert self.menu is not None
        height = 40 + self.menu.height_for(ROWS) + 36
        panel, y = self.draw_frame(surface, (320 - PANEL_W / 2, 180 - height / 2, PANEL_W, height),
                                   ctx.text("ui.pause.title_text"), solid=False)
        area = pygame.Rect(panel.x + display.px(14), y + display.px(2),
                           panel.width - display.px(28), display.px(self.menu.height_for(ROWS)))
        self.menu.draw(surface, area)
        self._draw_where(surface, panel, area.bottom + display.px(6))

    def _draw_where(self, surface: pygame.Surface, panel: pygame.Rect, y: int) -> None:
        """Where and when the hero is: the first thing a returning player wants to know."""
        session = self.session
        display = self.ctx.display
        pygame.draw.line(surface, (70, 66, 72), (panel.x + display.px(14), y),
                         (panel.right - display.px(14), y), max(1, display.scale // 2))
        font = self.ctx.fonts.get(8)
        place = self.ctx.text("ui.pause.where", place=session.place_name(),
                        chapter=session.state.chapter)
        ui.draw_text(surface, font, place, (panel.centerx, y + display.px(5)), ui.CREAM,
                     anchor="midtop")
        played = self.ctx.text("ui.pause.played",
                         time=format_play_time(session.state.play_time))
        ui.draw_text(surface, font, played, (panel.centerx, y + display.px(16)), ui.DIM,
                     anchor="midtop")
