"""A scene runs on a context built by hand, with no App: what it asks of the game goes
through ``ctx.game``, and nothing else (a fake records the calls)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pygame
import pytest

from game import __version__
from game.assets import Assets
from game.audio import Audio
from game.display import Display
from game.input import ActionEvent, Bindings, InputState
from game.loop import STEP
from game.paths import default_paths
from game.saveload import SaveService
from game.saves import SaveStore
from game.scenes.base import SceneContext, SceneStack
from game.scenes.title import Backdrop, TitleScene
from game.session import load_world
from game.settings import Settings
from game.ui.strings import UiText
from game.ui.text import Fonts


class FakeGame:
    """Records what the scenes ask of the game."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def __getattr__(self, name: str):  # every GameControl method: record it
        return lambda *args, **kwargs: self.calls.append(name)


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[SceneContext]:
    paths = default_paths()
    pygame.display.init()
    pygame.font.init()
    display = Display(window_scale=1, fullscreen=False)
    display.open()
    settings = Settings(content_note=False)
    told: list[str] = []
    world = load_world(paths, [], told.append)
    text = UiText(lambda: world.content, lambda: settings.language)
    audio = Audio(paths.assets, enabled=False)
    yield SceneContext(
        display=display, fonts=Fonts(display.scale), assets=Assets([paths.assets]),
        audio=audio, input=InputState(Bindings.from_names(settings.keys, settings.pad)),
        settings=settings, text=text, notify=told.append, report_problem=told.append,
        saves=SaveService(SaveStore(tmp_path / "saves", __version__), world, text=text,
                          notify=told.append, report_problem=told.append,
                          play_sound=audio.play_sound),
        game=FakeGame(), stack=SceneStack(), headless=True)
    pygame.quit()


def press(ctx: SceneContext, action: str) -> None:
    top = ctx.top
    assert top is not None
    top.on_action(ActionEvent(action, True, "test"))
    top.on_action(ActionEvent(action, False, "test"))
    top.update(STEP)


def test_the_title_asks_the_game_to_start_and_to_quit(ctx: SceneContext, tmp_path: Path) -> None:
    title = TitleScene(ctx, Backdrop(None, (), tmp_path))
    ctx.replace(title)
    title.draw(ctx.display.surface)
    assert title.menu is not None and not title.menu.items[1].is_enabled()  # nothing saved
    press(ctx, "act")  # New game, the content note turned off
    title.menu.select("quit")
    press(ctx, "act")
    assert ctx.game.calls == ["new_game", "quit"]
