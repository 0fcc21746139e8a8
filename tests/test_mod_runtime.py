"""The game never crashes on mod content: a mod's scene that the lint accepts but that
fails while it runs ends with a message on screen and in the log, and the game goes on."""

from __future__ import annotations

import logging
import textwrap
from pathlib import Path

import pygame
import pytest
from driver import Driver

from game.app import App, Options
from game.checks import lint_game
from game.paths import default_paths
from game.scenes.dialogue import DialogueScene
from game.world.scene import WorldScene

FIRST = '        - {id: surprise.1, speaker: hero, text: "The timetable is faded."}\n'

# Each replaces the scene of the bus stop sign (an object, so no person takes part). The
# lint accepts them all: what goes wrong is only known while the scene runs.
SURPRISES = {
    # a person's memory, in a scene started by an object: there is no `self` to set
    "self_without_a_person": FIRST + "        - set: {self.times_met: 2}\n",
    # a node that calls itself forever
    "endless_calls": FIRST + "        - call: bus_stop_sign.deeper\n"
                     "      deeper:\n        - call: bus_stop_sign.deeper\n",
    # a loop that never says anything
    "silent_loop": FIRST + "        - goto: loop\n      loop:\n        - goto: loop\n",
    # a choice whose every option is closed right now
    "no_option_left": FIRST + textwrap.indent(textwrap.dedent("""\
        - choice:
            - {id: surprise.c1, text: "Wait for the bus.", when: {face: mask}}
        """), "        "),
}


def write_mod(root: Path, name: str) -> Path:
    mod = root / name
    (mod / "dialogue").mkdir(parents=True)
    (mod / "mod.yaml").write_text(f"name: {name}\nversion: 1\n", encoding="utf-8")
    scene = "scenes:\n  bus_stop_sign:\n    nodes:\n      read:\n" + SURPRISES[name]
    (mod / "dialogue" / "surprise.yaml").write_text(scene, encoding="utf-8")
    return mod


@pytest.mark.parametrize("name", sorted(SURPRISES))
def test_a_failing_mod_scene_ends_with_a_message_and_the_game_goes_on(
        name: str, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    mod = write_mod(tmp_path, name)
    report, _ = lint_game(default_paths(), [mod])
    assert [d.format() for d in report.items if d.is_error] == []
    app = App(Options(frames=1, sound=False, scale=1, map="streets", mods=[mod]),
              default_paths())
    app.start()
    assert [m.id for m in app.mods.loaded] == [name]
    driver = Driver(app)
    try:
        with caplog.at_level(logging.WARNING):
            driver.examine("bus_stop_sign")
            said = driver.finish_dialogue()
        assert said == ["The timetable is faded."]
        assert isinstance(app.scenes.top, WorldScene) and app.running
        assert any("The scene stopped" in toast.text for toast in app.toasts)
        assert any("bus_stop_sign" in record.getMessage() for record in caplog.records)
        # and the game goes on: time passes, and the sign can be read again
        driver.run(60)
        driver.press("act")
        assert isinstance(app.scenes.top, DialogueScene)
        assert driver.finish_dialogue() == ["The timetable is faded."]
        assert isinstance(app.scenes.top, WorldScene)
    finally:
        pygame.quit()
