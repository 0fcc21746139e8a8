"""Test set-up: headless SDL, and user folders in a temporary place."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

# before anything imports pygame: no window, no sound device
os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ["SDL_AUDIODRIVER"] = "dummy"
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture(autouse=True)
def user_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test writes its saves, settings and logs in a fresh folder, never the real one."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("BORROWED_FACE_HOME", str(home))
    return home


@pytest.fixture()
def after_opening():
    """A new game, played by a test Driver, past the opening scene in the street."""
    import pygame
    from driver import Driver

    from game.app import App, Options
    from game.paths import default_paths

    app = App(Options(frames=1, sound=False, scale=1, seed=3), default_paths())
    app.new_game()
    driver = Driver(app)
    driver.finish_dialogue()
    yield driver
    pygame.quit()
