"""The places of the city map (dialogue/places.yaml), without pygame: loaded with their
positions, known as the story tells him of them, and every aim the story can show
points at a place that sits on the streets.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_act3_story import play
from test_aims import aims_set
from test_materials import new_game

from game.diagnostics import Report
from game.dialogue import load_content
from game.dialogue.loader import parse_text
from game.places import CITY_MAP, Places, check_places, current_aim, place_tile
from game.world.mapdata import load_maps

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "dialogue"


@pytest.fixture(scope="module")
def content():
    loaded, problems = load_content([SHIPPED])
    assert not [p.format() for p in problems if p.is_error]
    return loaded


@pytest.fixture(scope="module")
def maps():
    loaded, problems = load_maps(ROOT / "maps")
    assert not [p.format() for p in problems if p.is_error]
    return loaded


def test_a_place_is_read_with_where_each_part_was_written() -> None:
    text = ("places:\n"
            "  clinic:\n"
            "    name: \"K.'s clinic\"\n"
            "    map: clinic\n"
            "    at: [12, 3]\n"
            "    known: {materials_listed: true}\n"
            "    aims: [aim.chapter1.needs.film]\n")
    parsed, problems = parse_text(text, "places.yaml")
    assert problems == []
    place = parsed.places[0]
    assert (place.id, place.name, place.map, place.at) == ("clinic", "K.'s clinic", "clinic",
                                                           (12, 3))
    assert (place.pos.line, place.pos.column) == (2, 3)
    assert (place.map_pos.line, place.map_pos.column) == (4, 10)
    assert place.at_pos is not None and place.at_pos.line == 5
    assert [c.fact for c in place.known] == ["materials_listed"]
    assert [(aim, pos.line, pos.column) for aim, pos in place.aims] == [
        ("aim.chapter1.needs.film", 7, 12)]


@pytest.mark.parametrize("bad, code, where", [
    ("    at: [1, 2, 3]\n", "D014", (5, 9)),
    ("    at: [1, x]\n", "D012", (5, 13)),
    ("    colour: red\n", "D010", (5, 5)),
])
def test_a_badly_written_place_is_reported_where_it_is(bad: str, code: str, where) -> None:
    text = "places:\n  kiosk:\n    name: The kiosk\n    map: streets\n" + bad
    _parsed, problems = parse_text(text, "places.yaml")
    assert [(p.code, p.line, p.column) for p in problems] == [(code, *where)]


def test_every_shipped_place_names_a_map_and_sits_on_the_streets(content, maps) -> None:
    report = Report()
    check_places(content, maps, report)
    assert [d.format() for d in report.items] == []
    city = maps[CITY_MAP]
    spots = {place.id: place_tile(place, city) for place in content.places.values()}
    assert all(spots.values()), spots
    assert len(set(spots.values())) == len(spots), "two places drawn on one spot"
    for place in content.places.values():
        assert f"place.{place.id}" in content.translations["pt_BR"], place.id


def test_every_aim_the_story_can_show_points_at_a_place(content) -> None:
    places = Places.of(content)
    every = aims_set(content) | {f"aim.chapter{n}" for n in (1, 2, 3, 4)}
    for aim in sorted(every):
        assert places.aimed_at(aim), f"{aim}: no place on the city map"


def test_places_appear_as_he_learns_of_them(content) -> None:
    places = Places.of(content)
    engine = new_game(content, place="streets")
    state = engine.state
    known = {p.id for p in places.known(state)}
    assert {"home", "institute", "bus_stop"} <= known
    assert not {"clinic", "museum", "house_s", "toy_shop"} & known
    assert current_aim(state) == "aim.chapter1"
    assert [p.id for p in places.aimed_at(current_aim(state))] == ["home"]

    state.set("place", "home")
    play(engine, "home_desk")  # nothing ready: the errand page, K. and Tsuda named
    known = {p.id for p in places.known(state)}
    assert {"clinic", "museum"} <= known and "house_s" not in known
    assert {p.id for p in places.aimed_at(current_aim(state))} == {
        "institute", "clinic", "museum"}


def test_the_place_of_a_map(content) -> None:
    places = Places.of(content)
    assert places.at_map("clinic").id == "clinic"
    assert places.at_map(CITY_MAP) is None, "the streets are the city, not one place"
    assert places.at_map("nowhere") is None
