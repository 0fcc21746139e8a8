"""The story state: typed facts, memory, items, remembered facts, saves."""

from __future__ import annotations

import json

import pytest

from game.diagnostics import ContentError
from game.dialogue import StoryState
from tests.fixtures.dialogue.helpers import BASIC, load_clean


@pytest.fixture
def state() -> StoryState:
    return StoryState(load_clean(BASIC))


def test_defaults_and_sets(state: StoryState) -> None:
    assert state.get("face") == "bandages" and state.get("chapter") == 1
    state.set("face", "mask")
    state.set("manager.times_met", 2)
    assert state.get("face") == "mask"
    assert state.get("manager.times_met") == 2 and state.get("child_7.times_met") == 0


@pytest.mark.parametrize("name, value", [
    ("face", "beard"), ("chapter", "two"), ("chapter", True), ("chapter", 9),
    ("room_rented", 1), ("nonsense", 1), ("manager.nonsense", 1), ("self.times_met", 1),
])
def test_wrong_sets_raise_content_error(state: StoryState, name: str, value: object) -> None:
    before = state.to_dict()
    with pytest.raises(ContentError) as caught:
        state.set(name, value)
    assert caught.value.diagnostics[0].code in ("D020", "D021")
    assert state.to_dict() == before


def test_undeclared_get_has_a_hint(state: StoryState) -> None:
    with pytest.raises(ContentError) as caught:
        state.get("fcae")
    assert "face" in caught.value.diagnostics[0].hint


def test_items(state: StoryState) -> None:
    assert state.get("item.toy") is False
    state.give("toy")
    assert state.get("item.toy") is True
    state.take("toy")
    assert state.get("item.toy") is False


def test_remember_for_seconds(state: StoryState) -> None:
    state.remember("manager.seen_mask", True, seconds=10)
    assert state.get("manager.seen_mask") is True
    state.advance(9.5)
    assert state.get("manager.seen_mask") is True
    state.advance(0.5)
    assert state.get("manager.seen_mask") is False
    assert not state.remembered


def test_remember_for_day_expires_when_day_changes(state: StoryState) -> None:
    state.set("face", "mask")
    state.remember("manager.seen_mask", True, watch="day")
    state.advance(10_000)
    assert state.get("manager.seen_mask") is True
    state.set("day", 2)
    assert state.get("manager.seen_mask") is False


def test_remember_is_an_overlay(state: StoryState) -> None:
    state.set("manager.times_met", 3)
    state.remember("manager.times_met", 9, seconds=5)
    assert state.get("manager.times_met") == 9
    state.advance(5)
    assert state.get("manager.times_met") == 3


def test_marks(state: StoryState) -> None:
    state.mark("cool:r:p", seconds=3)
    assert state.has_mark("cool:r:p") and state.mark_left("cool:r:p") == 3
    state.advance(3)
    assert not state.has_mark("cool:r:p")


def test_clear_returns_to_default(state: StoryState) -> None:
    state.set("room_rented", True)
    state.clear("room_rented")
    assert state.get("room_rented") is False


def test_chapter_follows_the_fact(state: StoryState) -> None:
    state.chapter = 3
    assert state.get("chapter") == 3 and state.chapter == 3


def test_pages_record_day_and_place(state: StoryState) -> None:
    state.set("place", "house_s")
    page = state.add_page("nb1.room", 2)
    assert (page.day, page.place) == (1, "house_s")


def test_round_trip_through_json(state: StoryState) -> None:
    state.set("face", "mask")
    state.give("toy")
    state.seen_rules["r"] = 2
    state.seen_lines["l"] = 1
    state.last_used[("r", "p")] = (3.0, 2)
    state.remember("manager.seen_mask", True, seconds=50)
    state.mark("once:r:p")
    state.add_page("nb1.room", 2)
    state.advance(7)
    data = json.loads(json.dumps(state.to_dict()))
    again = StoryState.from_dict(state.content, data)
    assert again.to_dict() == state.to_dict()
    assert again.get("manager.seen_mask") is True and again.has_mark("once:r:p")


@pytest.mark.parametrize("data", [
    None, [], {"version": 99}, {"version": 1},
    {"version": 1, "values": {"face": "beard"}},
])
def test_damaged_saves_are_content_errors(state: StoryState, data: object) -> None:
    with pytest.raises(ContentError) as caught:
        StoryState.from_dict(state.content, data)
    assert caught.value.diagnostics[0].code == "D091"


def test_a_set_a_clear_and_an_overlay_are_read_back(state: StoryState) -> None:
    assert state.get("face") == "bandages"
    state.set("face", "mask")
    assert state.get("face") == "mask"
    state.clear("face")
    assert state.get("face") == "bandages"
    state.remember("face", "mask", seconds=5)
    assert state.get("face") == "mask"
    state.advance(5)
    assert state.get("face") == "bandages"
