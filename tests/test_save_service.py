"""Saving and loading as a service: the session and the conversation's position go in as
arguments, and no window, scene or app is made (pygame's display is never started)."""

from __future__ import annotations

from pathlib import Path

import pygame

from game import __version__
from game.paths import default_paths
from game.saveload import AUTO_SLOT, SaveService
from game.saves import SaveStore
from game.session import Session, load_world
from game.ui.strings import UiText


def service(tmp_path: Path, told: list[str]) -> tuple[SaveService, Session]:
    paths = default_paths()
    world = load_world(paths, [], told.append)
    text = UiText(lambda: world.content, lambda: "en")
    saves = SaveService(SaveStore(tmp_path / "saves", __version__), world, text=text,
                        notify=told.append, report_problem=told.append,
                        play_sound=lambda name: told.append(f"sound {name}"))
    return saves, Session.new(world, 3, map_id="streets")


def test_a_save_with_an_open_conversation_loads_back_without_a_window(tmp_path: Path) -> None:
    told: list[str] = []
    saves, session = service(tmp_path, told)
    session.state.set("face", "mask")
    run = session.engine.start_scene("opening")
    run.advance()
    assert saves.save("2", session, dict(run.position))
    assert told[-2:] == ["sound save", "Saved in Slot 2."]
    resumed = saves.load("2", seed=3, language="en")
    assert resumed is not None and resumed.conversation is not None
    assert resumed.session.face == "mask" and resumed.session.map_id == "streets"
    assert resumed.conversation.current == run.current
    assert not pygame.display.get_init()


def test_a_quiet_autosave_says_nothing_and_a_missing_slot_is_told(tmp_path: Path) -> None:
    told: list[str] = []
    saves, session = service(tmp_path, told)
    assert saves.save(AUTO_SLOT, session, None, quiet=True)
    assert told == [] and saves.latest() is not None and saves.latest().slot == AUTO_SLOT
    assert saves.load("7", seed=0, language="en") is None
    assert told and told[-1].startswith("That save couldn't be loaded:")
