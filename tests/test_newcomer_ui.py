"""What a newcomer meets in the first minutes: choices not taken by a key meant for a
line, a prompt over whatever the act key would reach, and the city map on its own key
and in the notebooks. Played through the real game, by actions."""

from __future__ import annotations

from collections.abc import Iterator

import pygame
import pytest
from driver import Driver

from game.app import App, Options
from game.dialogue.runner import ChoiceEvent
from game.paths import default_paths
from game.scenes.city_map import CityMapScene
from game.scenes.dialogue import DialogueScene
from game.scenes.notebook import MAP_TAB, NotebookScene
from game.ui.choice_guard import QUIET, ChoiceGuard
from game.world.entities import Npc
from game.world.scene import WorldScene


@pytest.fixture
def new_game() -> Iterator[Driver]:
    """A new game at its first frame: the opening conversation on screen."""
    app = App(Options(frames=1, sound=False, scale=1, seed=3), default_paths())
    app.settings.content_note = False
    app.new_game()
    yield Driver(app)
    app.shutdown()


# --- choices -----------------------------------------------------------------------------


def test_the_guard_wants_the_key_let_go_and_a_quiet_moment() -> None:
    guard = ChoiceGuard()
    guard.appeared(act_held=True)
    guard.update(1.0)
    assert not guard.ready, "still held: the press that ended the line"
    guard.released()
    assert guard.ready
    guard.appeared(act_held=False)
    guard.update(QUIET / 2)
    assert not guard.press(), "too soon after it appeared"
    guard.update(QUIET * 0.9)
    assert not guard.press(), "an early press starts the wait again"
    guard.update(QUIET)
    assert guard.press()


def test_mashing_act_through_the_opening_never_chooses(new_game: Driver) -> None:
    driver = new_game
    state = driver.app.session.state
    box = driver.in_dialogue()
    assert box is not None
    for _ in range(200):  # a press every 8 frames: about seven a second
        driver.press("act")
        driver.run(6)
        if isinstance(box.event, ChoiceEvent):
            break
    assert isinstance(box.event, ChoiceEvent), "the opening ends with a choice"
    assert state.get("opening_done") is True
    for _ in range(40):  # five more seconds of mashing
        driver.press("act")
        driver.run(6)
    assert driver.in_dialogue() is box and isinstance(box.event, ChoiceEvent), \
        "a key meant for the lines chose"
    driver.run(round(QUIET * 60) + 1)  # he stops, and reads
    assert box.choice_ready
    driver.press("act")
    assert not isinstance(box.event, ChoiceEvent), "one deliberate press chooses"


# --- the talk and look prompts -----------------------------------------------------------


def prompt_shown(driver: Driver) -> pygame.Rect | None:
    """Where the act prompt was drawn on the last frame, by drawing one and asking."""
    from game.ui import prompts

    drawn: list[pygame.Rect | None] = []
    real = prompts.draw_prompt

    def spy(*args, **kwargs):
        rect = real(*args, **kwargs)
        drawn.append(rect)
        return rect

    prompts.draw_prompt = spy
    try:
        driver.app.draw()
    finally:
        prompts.draw_prompt = real
    return drawn[-1] if drawn else None


def test_the_prompt_shows_exactly_where_act_would_do_something(after_opening: Driver) -> None:
    driver = after_opening
    world = driver.world
    assert isinstance(driver.app.scenes.top, WorldScene)
    shown = 0
    for _ in range(120):  # walk about; at every still moment the two agree
        driver.press(["move_left", "move_up", "move_right", "move_down"][driver.frame % 4])
        driver.run(12)
        target = world.act_target()
        rect = prompt_shown(driver)
        assert (rect is not None) == (target is not None), (driver.tile, target)
        shown += rect is not None
    driver.walk_next_to(next(n for n in world.npcs if n.role == "usher").tile)  # on the streets
    assert isinstance(world.act_target(), Npc) and prompt_shown(driver) is not None
    driver.press("act")
    driver.run(4)
    assert driver.app.scenes.top is not world or world.bubbles, "the prompt promised a reply"


def test_the_prompt_names_the_bound_key_of_the_device_last_used(after_opening: Driver) -> None:
    from game.ui.prompts import key_for

    settings = after_opening.app.settings
    assert key_for("act", settings.keys, settings.pad, "keys") == ("keys", "return")
    assert key_for("act", settings.keys, settings.pad, "pad") == ("pad", "a")
    settings.keys["act"] = ["e"]
    assert key_for("act", settings.keys, settings.pad, "keys") == ("keys", "e")
    after_opening.app.input.translate(pygame.event.Event(
        pygame.CONTROLLERBUTTONDOWN, button=pygame.CONTROLLER_BUTTON_B))
    assert after_opening.app.input.last_device == "pad"


# --- the city map ------------------------------------------------------------------------


def test_m_opens_the_city_map_and_closes_it(after_opening: Driver) -> None:
    driver = after_opening
    assert driver.app.settings.keys["map"] == ["m"]
    driver.press("map")
    driver.app.draw()
    scene = driver.app.scenes.top
    assert isinstance(scene, CityMapScene)
    assert scene.marks is not None and scene.marks.here == driver.tile
    assert [m.place.id for m in scene.marks.aimed] == ["home"]
    driver.press("map")
    driver.run(2)
    assert isinstance(driver.app.scenes.top, WorldScene)


def test_the_notebook_has_the_map_as_its_last_tab(after_opening: Driver) -> None:
    driver = after_opening
    driver.press("notebook")
    notebook = driver.app.scenes.top
    assert isinstance(notebook, NotebookScene)
    while notebook.notebook != MAP_TAB:
        driver.press("move_right")
    driver.app.draw()
    assert notebook.map_drawing.spots, "no place was drawn on the map"
    assert "home" in notebook.map_drawing.spots


def test_no_dialogue_box_under_a_prompt(new_game: Driver) -> None:
    """While the opening is on screen the street draws no prompt over it."""
    assert isinstance(new_game.app.scenes.top, DialogueScene)
    assert prompt_shown(new_game) is None


# --- title, pause, history ---------------------------------------------------------------


def test_the_title_starts_on_continue_when_a_save_exists() -> None:
    from game.scenes.title import TitleScene

    first = App(Options(frames=1, sound=False, scale=1), default_paths())
    first.settings.content_note = False
    first.new_game(map_id="home")
    assert first.autosave()
    first.shutdown()
    app = App(Options(frames=1, sound=False, scale=1), default_paths())
    try:
        app.start()
        title = app.scenes.top
        assert isinstance(title, TitleScene) and title.menu.current.name == "continue"
    finally:
        app.shutdown()


def test_quit_from_the_pause_menu_asks_first(after_opening: Driver) -> None:
    from game.scenes.pause import PauseScene
    from game.ui.widgets import ConfirmScene

    driver = after_opening
    app = driver.app
    driver.press("menu")
    driver.run(2)
    pause = app.scenes.top
    assert isinstance(pause, PauseScene)
    driver.press("move_up")
    assert pause.menu.current.name == "resume", "Up from Resume does not wrap to Quit"
    pause.menu.select("quit")
    driver.press("act")
    assert isinstance(app.scenes.top, ConfirmScene) and app.running
    driver.press("act")  # No is chosen first
    driver.run(2)
    assert app.scenes.top is pause and app.running
    driver.press("act")
    app.scenes.top.menu.select("yes")
    driver.press("act")
    assert not app.running
    assert app.saves.store.read("auto").meta.map_id == "streets", "quitting saved first"


def test_the_history_gives_his_own_lines_his_mark(after_opening: Driver) -> None:
    from game.scenes.history import HistoryScene

    session = after_opening.app.session
    assert session.history and all(name == "Me" for name, _ in session.history), \
        "the opening is his alone, and carries his mark"
    history = HistoryScene(after_opening.app.context, session)
    lines = history.layout(400)
    marks = [words for kind, words in lines if kind == "me"]
    assert len(marks) == len(session.history) and set(marks) == {"Me"}
    assert not [kind for kind, _ in lines if kind == "text"], "his lines read as his"
