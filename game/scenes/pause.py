"""The pause menu, over the street or a conversation: resume, the notebooks, saves, settings.

Quitting from here autosaves first (the app's quit does it), so leaving never
costs the player their evening.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game import saveload
from game.ui import text as ui
from game.ui.widgets import MenuList, MenuScene, button, format_play_time, ui_text

if TYPE_CHECKING:
    from game.app import App

PANEL_W = 200
ROWS = 8


class PauseScene(MenuScene):
    def __init__(self, app: App) -> None:
        super().__init__(app)
        self.menu = MenuList(app, [
            button("ui.pause.resume", self.back, name="resume"),
            button("ui.pause.notebooks", app.open_notebook, name="notebooks"),
            button("ui.pause.save", lambda: self._saves("save"), name="save"),
            button("ui.pause.load", lambda: self._saves("load"), name="load"),
            button("ui.pause.settings", self._settings, name="settings"),
            button("ui.pause.history", app.open_history, name="history"),
            button("ui.pause.title", self.to_title, name="title"),
            button("ui.pause.quit", self.quit, name="quit"),
        ], row_height=18, font_size=11)

    def _saves(self, mode: str) -> None:
        from game.scenes.saves_menu import SavesScene

        self.app.push(SavesScene(self.app, mode=mode))

    def _settings(self) -> None:
        from game.scenes.settings_menu import SettingsScene

        self.app.push(SettingsScene(self.app))

    def to_title(self) -> None:
        from game.scenes.title import TitleScene

        if saveload.autosave(self.app):
            self.app.notify(ui_text(self.app, "ui.pause.autosaved"))
        self.app.scenes.replace_all(TitleScene(self.app))

    def quit(self) -> None:
        self.app.quit()  # the app autosaves a game in play on the way out

    def draw(self, surface: pygame.Surface) -> None:
        app, display = self.app, self.app.display
        assert self.menu is not None
        height = 40 + self.menu.height_for(ROWS) + 36
        panel, y = self.draw_frame(surface, (320 - PANEL_W / 2, 180 - height / 2, PANEL_W, height),
                                   ui_text(app, "ui.pause.title_text"), solid=False)
        area = pygame.Rect(panel.x + display.px(14), y + display.px(2),
                           panel.width - display.px(28), display.px(self.menu.height_for(ROWS)))
        self.menu.draw(surface, area)
        self._draw_where(surface, panel, area.bottom + display.px(6))

    def _draw_where(self, surface: pygame.Surface, panel: pygame.Rect, y: int) -> None:
        """Where and when the hero is: the first thing a returning player wants to know."""
        session = getattr(self.app, "session", None)
        if session is None:
            return
        display = self.app.display
        pygame.draw.line(surface, (70, 66, 72), (panel.x + display.px(14), y),
                         (panel.right - display.px(14), y), max(1, display.scale // 2))
        font = self.app.fonts.get(8)
        place = ui_text(self.app, "ui.pause.where", place=session.place_name(),
                        chapter=session.state.chapter)
        ui.draw_text(surface, font, place, (panel.centerx, y + display.px(5)), ui.CREAM,
                     anchor="midtop")
        played = ui_text(self.app, "ui.pause.played",
                         time=format_play_time(session.state.play_time))
        ui.draw_text(surface, font, played, (panel.centerx, y + display.px(16)), ui.DIM,
                     anchor="midtop")
