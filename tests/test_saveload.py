"""Saving and resuming a playthrough: round trips, damaged and mismatched saves, quick and auto."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator

import pygame
import pytest
from test_menus import GameDriver, boot

from game import saveload
from game.dialogue.effects import Chapter
from game.saves import SaveMeta
from game.scenes.dialogue import DialogueScene
from game.scenes.saves_menu import SavesScene
from game.ui.widgets import ConfirmScene
from game.world.scene import WorldScene


@pytest.fixture
def game() -> Iterator[GameDriver]:
    app = boot()
    driver = GameDriver(app)
    driver.new_game()
    yield driver
    app.shutdown()


def hero_tile(game: GameDriver) -> tuple[int, int]:
    return tuple(game.app.session.player.tile)  # type: ignore[return-value]


def walk_somewhere(game: GameDriver) -> tuple[int, int]:
    """Walk until the hero has left the spawn; returns where he stands."""
    start = hero_tile(game)
    for action in ("move_right", "move_left", "move_down", "move_up"):
        event = game.app.input.inject(action, True)
        game.app.dispatch(event)
        game.frames(20)
        game.app.input.inject(action, False)
        game.frames(12)
        if hero_tile(game) != start:
            return hero_tile(game)
    raise AssertionError("the hero could not take a step from the spawn")


def test_save_and_load_round_trip_facts_position_history_and_conversation(
        game: GameDriver) -> None:
    app = game.app
    session = app.session
    session.state.set("room_rented", True)
    session.set_face("mask")
    session.state.add_page("nb2.room", 2)
    tile = walk_somewhere(game)
    facing = session.player.facing
    session.history.append(("Mr Arima", "Second floor, at the back."))
    app.director.start_scene("rent_room", person_id="manager")
    game.frames(2)
    dialogue = app.scenes.find(DialogueScene)
    assert dialogue is not None and not dialogue.run.finished
    position = dict(dialogue.run.position)
    shown = dialogue.event

    assert app.save("1")
    dialogue.close()
    session.state.set("room_rented", False)
    session.set_face("bandages")
    session.history.clear()

    assert app.load("1")
    game.frames(2)
    loaded = app.session
    assert loaded is not session
    assert loaded.state.get("room_rented") is True
    assert loaded.face == "mask"
    assert [page.id for page in loaded.state.pages] == ["nb2.room"]
    assert tuple(loaded.player.tile) == tile and loaded.player.facing == facing
    assert ("Mr Arima", "Second floor, at the back.") in loaded.history
    resumed = app.scenes.find(DialogueScene)
    assert resumed is not None and app.scenes.top is resumed
    assert resumed.run.position == position
    assert resumed.event == shown
    assert isinstance(list(app.scenes)[0], WorldScene)


def test_save_meta_and_thumbnail(game: GameDriver) -> None:
    app = game.app
    app.session.state.play_time = 125.0
    game.press("menu")
    game.frames(1)
    assert app.save("2")
    info = app.saves.store.status("2")
    assert info.status == "ok" and info.meta is not None
    assert info.meta.map_id == "streets" and info.meta.place == app.session.place_name()
    assert info.meta.chapter == 1 and info.meta.play_time == pytest.approx(125.0, abs=1)
    picture = pygame.image.load(io.BytesIO(info.thumbnail_png), "t.png")
    assert picture.get_size() == saveload.THUMBNAIL_SIZE
    # the picture is the street, not the pause menu drawn over it
    colours = {picture.get_at((x, y))[:3] for x in range(0, 160, 8) for y in range(0, 90, 8)}
    assert len(colours) > 20


def test_a_damaged_save_is_listed_as_damaged_and_never_overwritten_without_yes(
        game: GameDriver) -> None:
    app = game.app
    path = app.paths.saves / "3.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{ this is not a save", encoding="utf-8")
    before = path.read_bytes()
    app.context.push(SavesScene(app.context, mode="save"))
    game.frames(1)
    screen = game.top
    info = screen.slot("3")
    assert info.status == "damaged" and info.reason
    game.top.menu.select("3")
    assert game.top.menu.current.warn
    game.press("act")
    assert isinstance(game.top, ConfirmScene)
    assert info.reason in game.top.question
    assert game.top.menu.current.name == "no"  # the safe answer is the first
    game.press("act")
    game.frames(1)
    assert isinstance(game.top, SavesScene)
    assert path.read_bytes() == before
    # saving there without the prompt is refused too, and the file stays
    assert not app.save("3")
    assert path.read_bytes() == before
    # yes: saved, and the unreadable file is kept beside the slot
    game.press("act")
    game.choose("yes")
    assert app.saves.store.status("3").status == "ok"
    kept = list(path.parent.glob("3.json.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == before


def test_the_load_screen_shows_a_damaged_slot_and_offers_its_backup(game: GameDriver) -> None:
    app = game.app
    assert app.save("4")
    app.session.state.set("room_rented", True)
    assert app.save("4")  # the first save becomes 4.json.bak
    (app.paths.saves / "4.json").write_text("[]", encoding="utf-8")
    app.context.push(SavesScene(app.context, mode="load"))
    game.frames(1)
    game.top.menu.select("4")
    assert game.top.slot("4").status == "damaged"
    game.press("act")
    assert isinstance(game.top, ConfirmScene)
    game.choose("yes")
    assert app.session.state.get("room_rented") is False  # the older save, from the backup


def test_a_save_that_no_longer_fits_the_content_is_reported_and_the_game_goes_on(
        game: GameDriver) -> None:
    app = game.app
    session = app.session
    payload = saveload.session_payload(session)
    payload["map"] = "atlantis"
    app.saves.store.write("5", payload, SaveMeta(place="Atlantis", map_id="atlantis",
                                                         chapter=1, play_time=1.0))
    app.toasts.clear()
    assert not app.load("5")
    assert app.session is session
    assert any("atlantis" in toast.text for toast in app.toasts)

    payload = saveload.session_payload(session)
    payload["state"]["values"]["face"] = "no such face"
    app.saves.store.write("6", payload, saveload.save_meta(session))
    assert not app.load("6")
    assert app.session is session

    payload = saveload.session_payload(session)
    payload["conversation"] = {"scene": "gone", "node": "x", "pc": 0, "stack": []}
    app.saves.store.write("7", payload, saveload.save_meta(session))
    assert app.load("7")  # the place and facts load; only the talk is lost
    assert app.scenes.find(DialogueScene) is None


@pytest.mark.parametrize("payload", [
    {}, {"map": "streets"}, {"map": "streets", "tile": [1]},
    {"map": "streets", "tile": [10_000, 3], "state": {}},
    {"map": "streets", "tile": [1, 1], "state": "no"},
])
def test_restore_rejects_broken_payloads_with_a_reason(game: GameDriver, payload) -> None:
    with pytest.raises(saveload.ResumeError) as raised:
        saveload.restore_session(game.app.world_data, payload, seed=0, language="en")
    assert raised.value.reason


def test_quicksave_and_quickload_actions(game: GameDriver) -> None:
    app = game.app
    tile = hero_tile(game)
    game.press("quicksave")
    assert app.saves.store.status("quick").status == "ok"
    walk_somewhere(game)
    assert hero_tile(game) != tile
    game.press("quickload")
    assert hero_tile(game) == tile


def test_quickload_without_a_quick_save_says_so(game: GameDriver) -> None:
    session = game.app.session
    game.press("quickload")
    assert game.app.session is session
    assert game.app.toasts.items[-1].text == "There is no quick save yet."


def test_a_saved_position_now_inside_a_wall_resumes_at_the_spawn(game: GameDriver) -> None:
    app = game.app
    data = app.session.maps["streets"]
    wall = next((x, y) for y in range(data.height) for x in range(data.width)
                if data.is_blocked(x, y))
    payload = saveload.session_payload(app.session)
    payload["tile"] = list(wall)
    app.saves.store.write("8", payload, saveload.save_meta(app.session))
    assert app.load("8")
    assert not data.is_blocked(*app.session.player.tile)


def test_a_chapter_autosaves_and_continue_opens_the_latest(game: GameDriver) -> None:
    app = game.app
    app.session.state.chapter = 2
    app.director.apply_effects([Chapter(2)])
    status = app.saves.store.status("auto")
    assert status.status == "ok" and status.meta is not None and status.meta.chapter == 2
    app.to_title()
    game.frames(1)
    assert game.top.menu.items[1].is_enabled()
    game.choose("continue")
    assert isinstance(game.top, WorldScene) and app.session.state.chapter == 2


def test_the_autosave_written_on_quit_reads_back(game: GameDriver) -> None:
    app = game.app
    app.quit()
    document = json.loads((app.paths.saves / "auto.json").read_text(encoding="utf-8"))
    assert document["payload"]["map"] == "streets"
    assert document["meta"]["slot"] == "auto"
