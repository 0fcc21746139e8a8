"""Notebook one, step 6: the materials. Through the dialogue engine alone (no pygame).

Three things the mask still needs, each from a place of chapter 1: the resin from
Mr Yamane at the institute, the keratin film from K. at his clinic, the antimony cast of
a stranger's face from Tsuda at the museum. The desk at home refuses the mask until all
three are there and names only what is missing; the notebook keeps an errand page and
an aim that always says what is still to find.
"""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import pytest
from test_act3_story import greet, play

from game.dialogue import DialogueEngine, StoryState, load_content

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "dialogue"

MATERIALS = ("resin", "keratin_film", "face_cast")
MISSING_LINE = {  # the desk's line for each material not yet there
    "resin": "home_desk.missing.resin",
    "keratin_film": "home_desk.missing.film",
    "face_cast": "home_desk.missing.cast.1",
}
SHORT = {"resin": "resin", "keratin_film": "film", "face_cast": "cast"}


@pytest.fixture(scope="module")
def content():
    loaded, problems = load_content([SHIPPED])
    assert not [p.format() for p in problems if p.is_error]
    return loaded


def new_game(content, *held: str, place: str = "home") -> DialogueEngine:
    state = StoryState(content)
    state.set("opening_done", True)
    state.set("touch_refused", True)  # the first evening at home (home_touch) is behind him
    state.set("place", place)
    for item in held:
        state.give(item)
    return DialogueEngine(content, state, seed=5)


def aim_for(held: set[str]) -> str:
    missing = [SHORT[m] for m in MATERIALS if m not in held]
    return "aim.chapter1.ready" if not missing else "aim.chapter1.needs." + "_".join(missing)


def test_every_aim_the_errand_can_set_is_written_in_both_languages(content) -> None:
    for n in range(len(MATERIALS) + 1):
        for held in combinations(MATERIALS, n):
            text_id = aim_for(set(held))
            assert text_id in content.texts, text_id


@pytest.mark.parametrize("held", [held for n in range(len(MATERIALS))
                                  for held in combinations(MATERIALS, n)])
def test_the_desk_refuses_without_the_materials_and_names_only_the_missing(content, held) -> None:
    engine = new_game(content, *held)
    played = play(engine, "home_desk")
    state = engine.state
    assert state.get("mask_ready") is False and state.chapter == 1
    assert "mask" not in state.items and "chapter" not in played.kinds()
    assert not [line for line in played.lines if line.startswith("home_desk.start.")]
    for material in MATERIALS:
        named = MISSING_LINE[material] in played.lines
        assert named == (material not in held), (material, played.lines)
    assert ("nb1.materials", 1) in played.pages(), "the errand page, in notebook one"
    assert state.get("aim") == aim_for(set(held))
    assert set(held) <= state.items, "nothing is taken while the mask is not made"

    again = play(engine, "home_desk")  # the second time: the page is not written twice
    assert "home_desk.missing.1b" in again.lines and not again.pages()


def test_each_material_comes_from_its_place_and_the_aim_follows(content) -> None:
    engine = new_game(content, place="institute")
    state = engine.state

    line, played = greet(engine, "colleague_2", ("yamane_resin.start.c2",))
    assert line == "colleague_2.bandages.resin.1" and played is not None
    assert "resin" in state.items
    assert ("nb1.materials", 1) in played.pages(), "the first material writes the errand page"
    assert state.get("aim") == "aim.chapter1.needs.film_cast"

    state.set("place", "clinic")  # K.'s first visit: the soldier, the finger, the film
    line, played = greet(engine, "k", ("k_first_visit.start.c1", "k_first_visit.soldier.c2"))
    assert line == "k.bandages.first_visit.1" and played is not None
    assert {"artificial_finger", "keratin_film"} <= state.items
    assert "k_film.start.3" in played.lines and "k_first_visit.finger.8" in played.lines
    assert ("nb1.clinic", 1) in played.pages() and ("nb1.materials", 1) not in played.pages()
    assert state.get("aim") == "aim.chapter1.needs.cast"

    state.set("place", "museum")  # Tsuda's first visit: bone, then the cast
    line, played = greet(engine, "friend", ("friend_bone.start.c3", "friend_cast.start.c2"))
    assert line == "friend.bandages.first.1" and played is not None
    assert "face_cast" in state.items and ("nb1.museum", 1) in played.pages()
    assert "materials.start.ready" in played.lines
    assert state.get("aim") == "aim.chapter1.ready"

    state.set("place", "home")  # and the desk makes the mask, as it always did
    played = play(engine, "home_desk", choices=("home_desk.start.c4", "home_desk.start.c1"))
    assert played.lines[0] == "home_desk.start.1"
    assert state.get("mask_ready") is True and state.get("mask_type") == "actor"
    assert state.chapter == 2 and "mask" in state.items
    assert not set(MATERIALS) & state.items, "the materials went into the mask"
    assert state.get("aim") == "aim.chapter2.trip", "chapter 2: first, tell her"
    assert ("nb2.ready", 2) in played.pages()


def test_later_visits_still_give_what_a_first_visit_did_not(content) -> None:
    """A chapter-1 game saved after the first visits but before the errand existed."""
    engine = new_game(content, place="clinic")
    state = engine.state
    for person in ("k", "friend"):
        state.set(f"{person}.seen_bandages", True)
    line, _ = greet(engine, "k")
    assert line == "k.bandages.film.1" and "keratin_film" in state.items
    state.set("place", "museum")
    line, _ = greet(engine, "friend", ("friend_cast.start.c1",))
    assert line == "friend.bandages.cast.1" and "face_cast" in state.items
    assert state.get("aim") == "aim.chapter1.needs.resin"

    state.set("place", "clinic")  # once given, K. is himself again
    line, _ = greet(engine, "k")
    assert not line.startswith("k.bandages.film")


def test_the_sources_say_nothing_of_materials_once_the_mask_is_made(content) -> None:
    engine = new_game(content, "mask", place="institute")
    state = engine.state
    state.set("mask_ready", True)
    state.set("chapter", 2)
    line, _ = greet(engine, "colleague_2")
    assert not line.startswith("colleague_2.bandages.resin")
    for person in ("k", "friend"):
        state.set(f"{person}.seen_bandages", True)
        line, _ = greet(engine, person)
        assert not line.startswith((f"{person}.bandages.film", f"{person}.bandages.cast"))
    played = play(engine, "institute_desk", choices=("institute_desk.start.c3",))
    assert "institute_desk.start.resin1" not in played.lines
