"""The title's first frame waits only for what the title needs: the modules that play a
scene (the dialogue engine, the director, the world and dialogue scenes) are imported
when a playthrough starts (game/app.py, game/session.py, game/dialogue/__init__.py)."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

PLAY_ONLY = [
    "game.dialogue.engine", "game.dialogue.runner", "game.dialogue.effects",
    "game.director", "game.world.scene", "game.scenes.dialogue", "game.script",
    "game.world.preload",
]

TO_THE_TITLE = """\
import json, sys
from game.app import App, Options
from game.paths import default_paths
app = App(Options(frames=1, sound=False), default_paths())
app.start()
app.draw()
title = sorted(name for name in sys.modules if name.startswith("game."))
app.new_game()
app.draw()
play = sorted(name for name in sys.modules if name.startswith("game."))
app.shutdown()
print(json.dumps({"title": title, "play": play}))
"""


def test_the_title_is_drawn_without_the_modules_of_play(tmp_path: Path) -> None:
    env = {**os.environ, "BORROWED_FACE_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", TO_THE_TITLE], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    loaded = json.loads(done.stdout.splitlines()[-1])
    assert [name for name in PLAY_ONLY if name in loaded["title"]] == []
    # a new game brings in those it plays with (the others: an input script, maps drawn
    # ahead in the loop's spare time); each name above is a real module
    assert [name for name in PLAY_ONLY if name not in loaded["play"]] == [
        "game.script", "game.world.preload"]
    assert [name for name in PLAY_ONLY if importlib.util.find_spec(name) is None] == []


def test_the_dialogue_package_gives_each_name_from_its_module() -> None:
    import game.dialogue as dialogue

    assert sorted(dialogue.__all__) == sorted(dialogue._FROM)
    for name in dialogue.__all__:
        module = importlib.import_module(f"game.dialogue.{dialogue._FROM[name]}")
        assert getattr(dialogue, name) is getattr(module, name)
        assert name in dir(dialogue)
    with pytest.raises(AttributeError, match="no attribute 'Engine'"):
        dialogue.Engine  # noqa: B018
