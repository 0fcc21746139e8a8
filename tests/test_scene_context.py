"""A scene runs on a context built by hand, with no App: what it asks of the game goes
through ``ctx.game``, and nothing else (a fake records the calls)."""

from __future__ import annotations

import logging
import struct
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
from game.safeio import PNG_SIGNATURE
from game.saveload import SaveService
from game.saves import SaveStore
from game.scenes.base import SceneContext, SceneStack
from game.scenes.title import Backdrop, CityStill, TitleScene
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


def test_a_damaged_title_still_in_the_cache_is_drawn_again_never_decoded(
        ctx: SceneContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    """The cached still is read only when it is exactly a still of the window's size: a
    file that promises 60000 x 60000 pixels (gigabytes), a truncated one, one of another
    size, an image in another format or a file far too long is left alone, logged, and
    the still drawn again and cached anew; the file is never read past that size."""
    from game.scenes.title import STILL_MAGIC

    streets = default_paths().maps / "streets.tmx"
    still = CityStill(ctx, Backdrop(streets, (), tmp_path / "cache"))
    cached = still._cache_path()
    assert cached is not None
    cached.parent.mkdir(parents=True)
    width, height = ctx.display.viewport.size
    whole = 8 + 8 + width * height * 3
    bomb = STILL_MAGIC + struct.pack(">II", 60000, 60000) + bytes(64)
    bmp = b"BM" + struct.pack("<IHHI", 54, 0, 0, 54) + struct.pack(
        "<IiiHHIIiiII", 40, 60000, 60000, 1, 24, 0, 0, 2835, 2835, 0, 0)
    damaged_files = [
        bomb, bmp, PNG_SIGNATURE + b"\x00\x00",
        STILL_MAGIC + struct.pack(">II", width, height) + bytes(100),  # cut short
        STILL_MAGIC + struct.pack(">II", height, width) + bytes(whole - 16),  # turned
        STILL_MAGIC + struct.pack(">II", width, height) + bytes(whole),  # too long
    ]
    decoded: list[int] = []
    frombuffer = pygame.image.frombuffer

    def watched(data, *args):  # what reaches the decoder: only a whole still
        decoded.append(len(data))
        return frombuffer(data, *args)

    monkeypatch.setattr(pygame.image, "frombuffer", watched)
    for damaged in damaged_files:
        cached.write_bytes(damaged)
        with caplog.at_level(logging.WARNING):
            picture = still._render()
        assert picture.get_size() == ctx.display.viewport.size
        assert decoded == [], "a damaged still reached the decoder"
        assert any(str(cached) in record.getMessage() for record in caplog.records)
        assert cached.stat().st_size == whole, "the cache is made again"
        caplog.clear()
    made = still._render()
    assert decoded == [width * height * 3], "the remade still is read from the cache"
    assert pygame.image.tobytes(made, "RGB") == pygame.image.tobytes(
        still._draw_fresh(), "RGB"), "the cached still is the still"
