"""Switching the language mid-game changes the words on the screen at once.

The test records every string the game renders during a frame (the font is
wrapped, nothing else is touched), so it asserts on what the player sees.
"""

from __future__ import annotations

import pygame
import pytest
from driver import Driver

from game.app import App, Options
from game.paths import default_paths
from game.scenes.dialogue import DialogueScene
from game.ui.text import Fonts


class Recording:
    """A font that remembers what it was asked to draw."""

    drawn: list[str] = []

    def __init__(self, font: pygame.font.Font) -> None:
        self.font = font

    def render(self, text, *args, **kwargs):
        Recording.drawn.append(str(text))
        return self.font.render(text, *args, **kwargs)

    def __getattr__(self, name: str):
        return getattr(self.font, name)


@pytest.fixture()
def on_screen(monkeypatch: pytest.MonkeyPatch):
    real_get = Fonts.get
    monkeypatch.setattr(Fonts, "get", lambda self, size: Recording(real_get(self, size)))

    def frame(app: App) -> str:
        Recording.drawn = []
        app.draw()
        # a wrapped line is drawn a row at a time: rows joined by spaces give it back
        return " ".join(Recording.drawn)

    return frame


def test_portuguese_appears_on_screen_after_switching_mid_conversation(on_screen) -> None:
    app = App(Options(frames=1, sound=False, scale=1, seed=5), default_paths())
    app.settings.content_note = False
    app.new_game()  # the opening conversation starts, in English
    driver = Driver(app)
    driver.run(120)
    box = app.scenes.top
    assert isinstance(box, DialogueScene)
    if not box.line_complete():
        driver.press("act")  # the whole line at once
    line_id = box.event.line_id
    english = app.world_data.content.english(line_id)
    assert english in on_screen(app)

    driver.press("menu")  # pause, settings, language: by actions, like a player
    pause = app.scenes.top
    while pause.menu.current.name != "settings":
        driver.press("move_down")
    driver.press("act")
    settings = app.scenes.top
    while settings.menu.current.name != "language":
        driver.press("move_down")
    driver.press("move_right")
    assert app.settings.language == "pt_BR"
    driver.press("cancel")
    driver.press("cancel")
    assert app.scenes.top is box

    portuguese = app.session.engine.text(line_id)
    assert portuguese != english
    driver.run(180)  # a longer translation types out the rest of itself
    screen = on_screen(app)
    assert portuguese in screen and english not in screen
    driver.press("act")  # on to the next line, shown whole: Portuguese too
    if not app.scenes.top.line_complete():
        driver.press("act")
    next_line = app.scenes.top.event
    assert next_line.line_id != line_id
    screen = on_screen(app)
    assert app.session.engine.text(next_line.line_id) in screen
    assert app.world_data.content.english(next_line.line_id) not in screen
    pygame.quit()
