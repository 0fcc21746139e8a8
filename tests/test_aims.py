"""The notebook's "Now:" line in chapters 2, 3 and 4. Through the dialogue engine alone
(no pygame).

After each step that changes what moves the story on, the fact `aim` names the next one
(a text id in ui.yaml), or is cleared where the chapter's own `aim.chapterN` says it:

- chapter 2: the room at house S (aim.chapter2), the mirror, the first walk in the mask,
  then the girl in the yard, the toy shop and our window, by what is still undone;
  chapter 3 starts once the pistol is bought and the ribbons are seen;
- chapter 3: the bus stop (aim.chapter3), home "from a trip", the kiosk telephone, the
  girl's bird (meet her in the mask, buy it in bandages, give it), the desk at house S;
- chapter 4: the wait at home (aim.chapter4), then the desk at house S.

The scenes aim_chapter2 (house_s.yaml), aim_chapter3 and aim_chapter4 (act3.yaml) pick
the aim from the facts; every aim they can set is written in both languages, short
enough for the notebook's one line.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_act3_story import (
    end_of_chapter_two,
    greet,
    meet_at_the_bus_stop,
    play,
    start_chapter_three,
)
from test_materials import MATERIALS, new_game

from game.dialogue import DialogueEngine, load_content
from game.dialogue.effects import Move
from game.dialogue.loader import walk_steps
from game.dialogue.model import ClearStep, IfStep, SetStep

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "dialogue"
LONGEST = 95  # characters: one line of the notebook at the largest text size
AIM_SCENES = ("aim_chapter2", "aim_chapter3", "aim_chapter4")


@pytest.fixture(scope="module")
def content():
    loaded, problems = load_content([SHIPPED])
    assert not [p.format() for p in problems if p.is_error]
    return loaded


def aim(engine: DialogueEngine) -> str:
    """What the notebook's "Now:" names: the fact `aim`, else the chapter's own."""
    return engine.state.get("aim") or f"aim.chapter{engine.state.chapter}"


def aims_set(content, scene_ids=None) -> set[str]:
    """Every value a scene's `set:` gives the fact `aim`."""
    found = set()
    for scene_id, scene in content.scenes.items():
        if scene_ids is not None and scene_id not in scene_ids:
            continue
        for node in scene.nodes.values():
            for step in walk_steps(node.steps):
                if isinstance(step, SetStep):
                    found |= {a.value for a in step.assignments if a.fact == "aim"}
    return found


# --- the strings ---------------------------------------------------------------------


def test_every_aim_is_written_in_both_languages_and_fits_the_line(content) -> None:
    picked = aims_set(content, AIM_SCENES)
    assert len(picked) == 18, sorted(picked)  # 8 in chapter 2, 9 in chapter 3, 1 in chapter 4
    assert {a.split(".")[1] for a in picked} == {"chapter2", "chapter3", "chapter4"}
    every = aims_set(content) | {f"aim.chapter{n}" for n in (1, 2, 3, 4)}
    assert picked < every
    translated = content.translations["pt_BR"]
    for text_id in sorted(every):
        assert text_id in content.texts, text_id
        english = content.english(text_id)
        assert english and len(english) <= LONGEST, (text_id, len(english))
        assert text_id in translated, f"{text_id}: no pt_BR"
        assert translated[text_id].en == english, f"{text_id}: the pt_BR is stale"
        portuguese = translated[text_id].text
        assert portuguese and portuguese != english, text_id
        assert len(portuguese) <= LONGEST, (text_id, len(portuguese))


def test_the_aim_scenes_only_set_or_clear_the_aim_and_say_nothing(content) -> None:
    for scene_id in AIM_SCENES:
        for node in content.scenes[scene_id].nodes.values():
            for step in walk_steps(node.steps):
                assert isinstance(step, (IfStep, SetStep, ClearStep)), (scene_id, step)
                if isinstance(step, SetStep):
                    assert [a.fact for a in step.assignments] == ["aim"]
                if isinstance(step, ClearStep):
                    assert step.facts == ("aim",)


def test_each_aim_scene_does_nothing_outside_its_chapter(content) -> None:
    engine = end_of_chapter_two(content)
    state = engine.state
    for chapter in (1, 2, 3, 4):
        state.set("chapter", chapter)
        for scene_id in AIM_SCENES:
            if scene_id.endswith(str(chapter)):
                continue
            state.set("aim", "aim.chapter1.ready")
            assert play(engine, scene_id).lines == []
            assert state.get("aim") == "aim.chapter1.ready", (scene_id, chapter)


# --- chapter 2 -----------------------------------------------------------------------


def start_chapter_two(content) -> DialogueEngine:
    """The mask made at the desk at home, as a player would."""
    engine = new_game(content, *MATERIALS)
    played = play(engine, "home_desk", choices=("home_desk.start.c3", "home_desk.start.c2"))
    assert engine.state.chapter == 2 and "mask" in engine.state.items
    assert played.kinds()[-1] == "chapter"
    assert engine.state.get("aim") == "aim.chapter2.trip", "first: tell her he is going away"
    tell_her(engine)
    return engine


def tell_her(engine: DialogueEngine) -> None:
    """Notebook two begins at home: he tells her he is going away (home_trip)."""
    engine.state.set("place", "home")
    said, played = greet(engine, "wife", ("home_trip.start.c2",))
    assert said == "wife.ch2.trip.1" and played is not None
    assert engine.state.get("trip_told") is True
    assert [e for e in played.effects if isinstance(e, Move)] == [
        Move("streets", "from_home")], "and he leaves the flat"


def rent(engine: DialogueEngine) -> None:
    engine.state.set("place", "house_s")
    said, played = greet(engine, "manager",
                         ("rent_room.ask.c1", "rent_room.more.c1", "rent_room.more.c3"))
    assert said.startswith("manager.bandages.rent.") and played is not None
    assert engine.state.get("room_rented") is True


def mirror(engine: DialogueEngine) -> None:
    engine.state.set("place", "house_s")
    play(engine, "mirror", choices=("mirror.put_on.c1",))
    assert engine.state.get("face") == "mask"


def girl(engine: DialogueEngine) -> None:
    engine.state.set("place", "house_s")
    said, played = greet(engine, "daughter", ("daughter_yard.start.c2", "daughter_yard.hands.c1"))
    assert said == "daughter.mask.first.1" and played is not None
    assert engine.state.get("promised_toy") is True


def walk(engine: DialogueEngine) -> None:
    engine.state.set("place", "streets")
    spoken = engine.react("passerby_1", "passerby", "notice")
    assert spoken is not None and spoken.start_scene == "mask_first_walk"
    play(engine, "mask_first_walk", "passerby_1")
    assert engine.state.get("walked_in_mask") is True


def shop(engine: DialogueEngine) -> None:
    """In the mask the toy shop sells him the pistol: at once if he came for the girl's
    toy, else on a second visit."""
    engine.state.set("place", "streets")
    if not engine.state.get("promised_toy"):
        said, played = greet(engine, "toyseller")
        assert played is None and engine.state.get("toyseller.seen_mask") is True
        assert "air_pistol" not in engine.state.items
    said, played = greet(engine, "toyseller", ("toy_shop.mask.c2",))
    assert played is not None and "air_pistol" in engine.state.items


def window(engine: DialogueEngine) -> None:
    engine.state.set("place", "streets")
    played = play(engine, "home_window")
    assert "home_window.ribbons.1" in played.lines
    assert engine.state.get("saw_ribbons") is True


STEPS = {"rent": rent, "mirror": mirror, "girl": girl, "walk": walk, "shop": shop,
         "window": window}

CHAPTER_TWO = {
    # the steps in a player's order, each with the aim it leaves; "chapter3": chapter 3
    # has started (the pistol and the ribbons both), its own aim showing
    "girl in the yard first": [
        ("rent", "aim.chapter2.mirror"), ("mirror", "aim.chapter2.walk"),
        ("girl", "aim.chapter2.walk"), ("walk", "aim.chapter2.shop_window"),
        ("shop", "aim.chapter2.window"), ("window", "chapter3")],
    "the girl after the walk, the window before the shop": [
        ("rent", "aim.chapter2.mirror"), ("mirror", "aim.chapter2.walk"),
        ("walk", "aim.chapter2.girl_shop_window"), ("girl", "aim.chapter2.shop_window"),
        ("window", "aim.chapter2.shop"), ("shop", "chapter3")],
    "never the girl, the window first": [
        ("rent", "aim.chapter2.mirror"), ("mirror", "aim.chapter2.walk"),
        ("walk", "aim.chapter2.girl_shop_window"), ("window", "aim.chapter2.girl_shop"),
        ("shop", "chapter3")],
    "never the girl, the shop first": [
        ("rent", "aim.chapter2.mirror"), ("mirror", "aim.chapter2.walk"),
        ("walk", "aim.chapter2.girl_shop_window"), ("shop", "aim.chapter2.window"),
        ("window", "chapter3")],
    "the window, then the girl": [
        ("rent", "aim.chapter2.mirror"), ("mirror", "aim.chapter2.walk"),
        ("walk", "aim.chapter2.girl_shop_window"), ("window", "aim.chapter2.girl_shop"),
        ("girl", "aim.chapter2.shop"), ("shop", "chapter3")],
}


@pytest.mark.parametrize("order", list(CHAPTER_TWO))
def test_chapter_two_names_the_next_step_after_each(content, order: str) -> None:
    engine = start_chapter_two(content)
    assert engine.state.get("aim") == "" and aim(engine) == "aim.chapter2", \
        "the room at house S: the chapter's own aim"
    for step, expected in CHAPTER_TWO[order]:
        STEPS[step](engine)
        if expected == "chapter3":
            assert engine.state.chapter == 3, step
            assert engine.state.get("aim") == "", "chapter 3 shows aim.chapter3"
        else:
            assert engine.state.chapter == 2, step
            assert engine.state.get("aim") == expected, (step, engine.state.get("aim"))


def test_a_room_rented_before_the_mask_is_made_leaves_the_mirror_next(content) -> None:
    engine = new_game(content, *MATERIALS)
    state = engine.state
    play(engine, "materials")  # chapter 1: the errand's aim
    assert state.get("aim") == "aim.chapter1.ready"
    rent(engine)
    assert state.chapter == 1 and state.get("aim") == "aim.chapter1.ready", \
        "in chapter 1 the errand keeps the line"
    state.set("place", "home")
    play(engine, "home_desk", choices=("home_desk.start.c4", "home_desk.start.c1"))
    assert state.chapter == 2 and state.get("aim") == "aim.chapter2.trip"
    tell_her(engine)
    assert state.get("aim") == "aim.chapter2.mirror"


def test_the_mirror_again_and_the_mask_taken_off_change_nothing(content) -> None:
    engine = start_chapter_two(content)
    rent(engine)
    mirror(engine)
    play(engine, "mirror", choices=("mirror.take_off.c1",))
    assert engine.state.get("face") == "bandages"
    assert engine.state.get("aim") == "aim.chapter2.walk"
    mirror(engine)
    assert engine.state.get("aim") == "aim.chapter2.walk"


# --- chapter 3 -----------------------------------------------------------------------


def home(engine: DialogueEngine) -> None:
    engine.state.set("place", "home")
    said, played = greet(engine, "wife", ("act3_homecoming.start.c2",))
    assert said == "wife.ch3.homecoming.1" and played is not None


def telephone(engine: DialogueEngine) -> None:
    engine.state.set("place", "streets")
    said, played = greet(engine, "shopgirl", ("act3_telephone.start.c1",))
    assert said == "shopgirl.ch3.telephone.1" and played is not None


def buy_bird(engine: DialogueEngine) -> None:
    state = engine.state
    state.set("place", "streets")
    face = state.get("face")
    state.set("face", "bandages")  # the mask buys pistols; the bandages buy the bird
    said, played = greet(engine, "toyseller")
    assert said == "toyseller.bandages.buy_toy.1" and "toy" in state.items
    state.set("face", face)


def give_bird(engine: DialogueEngine) -> None:
    engine.state.set("place", "house_s")
    said, played = greet(engine, "daughter")
    assert played is not None and engine.state.get("toy_given") is True


def meet_the_girl(engine: DialogueEngine) -> None:
    state = engine.state
    face = state.get("face")
    state.set("face", "mask")
    girl(engine)
    state.set("face", face)


def never_met_the_girl(engine: DialogueEngine) -> None:
    """Chapter 2 passed the yard by: the girl has not seen the mask, nothing promised."""
    for fact in ("promised_toy", "daughter.seen_mask", "daughter.knows_mask_is_him"):
        engine.state.set(fact, False)


def bus_stop(engine: DialogueEngine) -> None:
    engine.state.set("face", "mask")
    meet_at_the_bus_stop(engine, "act3_bus_stop.start.c3")


CHAPTER_THREE = {
    "the bird last": (False, [
        ("bus_stop", "aim.chapter3.home"), ("home", "aim.chapter3.telephone"),
        ("telephone", "aim.chapter3.bird"), ("buy_bird", "aim.chapter3.give"),
        ("give_bird", "aim.chapter3.desk")]),
    "the girl still to meet": (True, [
        ("bus_stop", "aim.chapter3.home"), ("home", "aim.chapter3.telephone"),
        ("telephone", "aim.chapter3.girl"), ("meet_the_girl", "aim.chapter3.bird"),
        ("buy_bird", "aim.chapter3.give"), ("give_bird", "aim.chapter3.desk")]),
    "the bird first": (False, [
        ("buy_bird", ""), ("give_bird", ""), ("bus_stop", "aim.chapter3.home"),
        ("home", "aim.chapter3.telephone"), ("telephone", "aim.chapter3.desk")]),
    "the bird bought, given after the telephone": (False, [
        ("bus_stop", "aim.chapter3.home"), ("buy_bird", "aim.chapter3.home"),
        ("home", "aim.chapter3.telephone"), ("telephone", "aim.chapter3.give"),
        ("give_bird", "aim.chapter3.desk")]),
    "met in the yard on the way home": (True, [
        ("bus_stop", "aim.chapter3.home"), ("meet_the_girl", "aim.chapter3.home"),
        ("home", "aim.chapter3.telephone"), ("telephone", "aim.chapter3.bird"),
        ("buy_bird", "aim.chapter3.give"), ("give_bird", "aim.chapter3.desk")]),
}
STEPS_THREE = {"bus_stop": bus_stop, "home": home, "telephone": telephone,
               "buy_bird": buy_bird, "give_bird": give_bird, "meet_the_girl": meet_the_girl}


@pytest.mark.parametrize("order", list(CHAPTER_THREE))
def test_chapter_three_names_the_next_step_after_each(content, order: str) -> None:
    unmet, steps = CHAPTER_THREE[order]
    engine = start_chapter_three(content)
    state = engine.state
    assert state.get("aim") == "" and aim(engine) == "aim.chapter3", "the bus stop"
    if unmet:
        never_met_the_girl(engine)
    for step, expected in steps:
        STEPS_THREE[step](engine)
        assert state.chapter == 3 and state.get("aim") == expected, (step, state.get("aim"))

    state.set("place", "house_s")  # the weeks, at the desk: chapter 4, its own aim
    played = play(engine, "house_s_desk")
    assert "act3_weeks.start.1" in played.lines and played.kinds()[-1] == "chapter"
    assert state.chapter == 4 and state.get("aim") == "" and aim(engine) == "aim.chapter4"


def test_the_desk_too_early_leaves_the_aim_as_it_was(content) -> None:
    engine = start_chapter_three(content)
    bus_stop(engine)
    engine.state.set("place", "house_s")
    played = play(engine, "house_s_desk", choices=("house_s_desk.start.c3",))
    assert "act3_weeks.not_yet.2" in played.lines
    assert engine.state.get("aim") == "aim.chapter3.home"


# --- chapter 4 -----------------------------------------------------------------------


def test_chapter_four_waits_at_home_then_names_the_desk(content) -> None:
    engine = start_chapter_three(content)
    state = engine.state
    for step in (bus_stop, home, telephone, buy_bird, give_bird):
        step(engine)
    state.set("place", "house_s")
    play(engine, "house_s_desk")
    assert state.chapter == 4 and aim(engine) == "aim.chapter4", "wait for her"

    played = play(engine, "house_s_desk")  # too early: she has not come yet
    assert played.lines == ["act3_letter.start.1"] and aim(engine) == "aim.chapter4"

    state.set("place", "home")
    play(engine, "home_record_player")
    assert state.get("waited_at_home") is True
    assert state.get("aim") == "aim.chapter4.letter"
    play(engine, "home_desk")  # waited enough: the aim stays on house S
    assert state.get("aim") == "aim.chapter4.letter"
