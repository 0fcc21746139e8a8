"""Act 3 plays through the dialogue engine alone (no pygame): from the end of chapter 2,
the bus stop, home "from a trip", the telephone, the toy, the weeks, the letter, and
each of the three endings, which set `ending` last, just after notebook three's
closing page."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from game.diagnostics import Report
from game.dialogue import (
    ChoiceEvent,
    DialogueEngine,
    Effect,
    EndEvent,
    LineEvent,
    StoryState,
    load_content,
)
from game.dialogue.effects import Move, NotebookPage
from game.dialogue.matcher import holds
from game.dialogue.model import NotebookStep, SetStep
from game.session import presence_checks
from game.world.mapdata import load_map

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "dialogue"

# ids written for act 3 outside dialogue/act3.yaml (its hooks in the other files)
HOOK_LINES = {
    "home_record_player.ch4.1", "home_window.ch3.1", "mirror.ch4.1",
    "bus_stop_sign.ch3.bandages", "bus_stop_sign.ch3.met", "bus_stop_sign.ch4.1",
}


@pytest.fixture(scope="module")
def content():
    loaded, problems = load_content([SHIPPED])
    assert not [p.format() for p in problems if p.is_error]
    return loaded


@dataclass
class Played:
    lines: list[str] = field(default_factory=list)
    effects: list[Effect] = field(default_factory=list)
    options: list[list[str]] = field(default_factory=list)  # the ids offered, per choice

    def pages(self) -> list[tuple[str, int]]:
        return [(e.id, e.notebook) for e in self.effects if isinstance(e, NotebookPage)]

    def kinds(self) -> list[str]:
        return [e.kind for e in self.effects]


def play(engine: DialogueEngine, scene: str, person: str | None = None,
         choices: tuple[str, ...] = (), watch: str | None = None) -> Played:
    """Run a scene to its end, choosing the given option ids in turn. With `watch`, the
    fact must keep its default at every line and choice (it is set only at the end)."""
    return drive(engine, engine.start_scene(scene, person), choices, watch)


def drive(engine: DialogueEngine, run, choices=(), watch: str | None = None) -> Played:
    played, todo = Played(), list(choices)
    for _ in range(500):
        played.effects += run.drain_effects()
        event = run.current
        if watch is not None and not isinstance(event, EndEvent):
            assert engine.state.get(watch) == engine.state.default(watch), (
                f"`{watch}` set before the scene's end, at {getattr(event, 'line_id', event)}")
        if isinstance(event, EndEvent):
            assert event.error is None, event.error
            assert not todo, f"choices left unmade: {todo}"
            return played
        if isinstance(event, ChoiceEvent):
            played.options.append([o.id for o in event.options])
            assert todo, f"an unexpected choice: {[o.id for o in event.options]}"
            wanted = todo.pop(0)
            option = next((o for o in event.options if o.id == wanted), None)
            assert option is not None and option.enabled, (wanted, event.options)
            run.choose(option.index)
        else:
            assert isinstance(event, LineEvent)
            played.lines.append(event.line_id)
            run.advance()
    pytest.fail(f"{run.scene} did not end")


def present(engine: DialogueEngine, map_id: str, person: str) -> bool:
    """Whether the person stands on the map now (their `when` in the map)."""
    spawn = next(n for n in load_map(ROOT / "maps" / f"{map_id}.tmx").npcs if n.id == person)
    checks = presence_checks(engine.content, spawn, Report())
    assert checks is not None, spawn.when
    return holds(checks, engine.state, person)


def greet(engine: DialogueEngine, person: str, choices: tuple[str, ...] = ()
          ) -> tuple[str, Played | None]:
    """Walk up to a person: the reaction said, and the conversation it starts (if any)."""
    spoken = engine.react(person, None, "greet")
    assert spoken is not None, f"{person} says nothing"
    if not spoken.start_scene:
        assert not choices
        return spoken.line_id, None
    return spoken.line_id, play(engine, spoken.start_scene, person, choices)


def end_of_chapter_two(content, *, mask_type: str = "documentary", saw_ribbons: bool = True,
                       pistol: bool = False) -> DialogueEngine:
    state = StoryState(content)
    for fact, value in {
        "chapter": 2, "opening_done": True, "mask_type": mask_type, "mask_ready": True,
        "touch_refused": True, "trip_told": True, "room_rented": True,
        "brother_story_told": True, "first_change_done": True,
        "desk_read": True, "walked_in_mask": True, "promised_toy": True,
        "saw_ribbons": saw_ribbons, "face": "mask", "place": "streets",
        "daughter.seen_mask": True, "daughter.knows_mask_is_him": True,
        "daughter.cried": True, "daughter.seen_bandages": True, "daughter.times_met": 3,
        "manager.seen_mask": True, "manager.seen_bandages": True,
    }.items():
        state.set(fact, value)
    for item in ("mask", "key_house_s", *(("air_pistol",) if pistol else ())):
        state.give(item)
    return DialogueEngine(content, state, seed=11)


def start_chapter_three(content, **kwargs) -> DialogueEngine:
    """The last of notebook two: the pistol bought after the ribbons were seen."""
    engine = end_of_chapter_two(content, **kwargs)
    engine.state.set("toyseller.seen_mask", True)
    played = play(engine, "toy_shop", "toyseller", ("toy_shop.mask.c1",))
    assert "notebook_two_done.start.2" in played.lines
    assert engine.state.chapter == 3
    assert played.kinds()[-1] == "chapter"
    return engine


EVENING = ("act3_cafe.start.c2", "act3_restaurant.start.c1", "act3_hotel.start.c1")


def moves(played: Played) -> list[Move]:
    return [e for e in played.effects if isinstance(e, Move)]


def meet_at_the_bus_stop(engine: DialogueEngine, option: str,
                         evening: tuple[str, ...] = EVENING) -> Played:
    """The bus stop; then he walks with her to the café, to dinner and to the hotel, and
    at each place talks to her (the clerk, at the hotel), choosing `evening` there."""
    state = engine.state
    played = play(engine, "bus_stop_sign", choices=(option,))
    assert state.get("met_at_bus_stop") is True, "she has been spoken to: she leaves the stop"
    assert moves(played) == [Move("cafe", "table")]
    assert state.get("evening_with_her") == "cafe" and state.get("aim") == "aim.chapter3.cafe"
    assert present(engine, "cafe", "wife_cafe") and not present(engine, "home", "wife")

    state.set("place", "cafe")
    said, _ = greet(engine, "waiter")
    assert said.startswith("waiter.ch3.evening."), "the waiter points him to her table"
    said, cafe = greet(engine, "wife_cafe", (evening[0],))
    assert said == "wife_cafe.table.1" and cafe is not None
    assert "act3_cafe.start.2" in cafe.lines and "act3_cafe.street.2" in cafe.lines
    assert moves(cafe) == [Move("restaurant", "table")]
    assert state.get("evening_with_her") == "restaurant"
    assert state.get("aim") == "aim.chapter3.restaurant"
    assert not present(engine, "cafe", "wife_cafe") and present(engine, "restaurant",
                                                                 "wife_restaurant")

    state.set("place", "restaurant")
    said, dinner = greet(engine, "wife_restaurant", (evening[1],))
    assert said == "wife_restaurant.table.1" and dinner is not None
    assert "act3_bus_stop.cafe.6" in dinner.lines  # "I'm in no hurry to be home."
    assert moves(dinner) == [Move("hotel", "entrance")]
    assert state.get("evening_with_her") == "hotel" and present(engine, "hotel", "wife_hotel")
    assert state.get("aim") == "aim.chapter3.hotel"

    state.set("place", "hotel")
    said, hotel = greet(engine, "clerk", (evening[2],))
    assert said == "clerk.ch3.evening.1" and hotel is not None
    assert state.get("face") == "bandages" and state.get("evening_with_her") == "none"
    kinds = hotel.kinds()
    assert kinds.index("fade") < kinds.index("face") < kinds.index("move") \
        < kinds.index("notebook")
    assert len([line for line in hotel.lines if line.startswith("act3_bus_stop.night")]) \
        == 2, "only a line or two over black"
    assert moves(hotel) == [Move("home", "entrance")]
    assert ("nb3.bus_stop", 3) in hotel.pages()
    assert present(engine, "home", "wife"), "she went home first"
    return hotel


def through_the_weeks(content, *, mask_type: str = "documentary",
                      approach: str = "act3_bus_stop.start.c3",
                      sorry: str = "act3_homecoming.start.c1",
                      hair: bool = False) -> DialogueEngine:
    """From the end of chapter 2 to chapter 4, the way a player would; with `hair`, he
    knocks at her door once home (the false hair: what the burned ending needs)."""
    engine = start_chapter_three(content, mask_type=mask_type)
    state = engine.state

    # in bandages, the bus stop is not for meeting her
    state.set("face", "bandages")
    played = play(engine, "bus_stop_sign")
    assert "bus_stop_sign.ch3.bandages" in played.lines
    assert state.get("met_at_bus_stop") is False
    state.set("face", "mask")

    # the desk says what is still undone
    played = play(engine, "house_s_desk", choices=("house_s_desk.start.c3",))
    assert "act3_weeks.not_yet.1" in played.lines and state.chapter == 3

    meet_at_the_bus_stop(engine, approach)

    # home "from a trip"
    state.set("place", "home")
    said, homecoming = greet(engine, "wife", (sorry,))
    assert said == "wife.ch3.homecoming.1" and homecoming is not None
    assert state.get("homecoming_done") is True
    assert ("nb3.homecoming", 3) in homecoming.pages()
    said, _ = greet(engine, "wife")
    assert said.startswith(("wife.ch3.after_trip.", "wife.bandages.going_out."))
    if hair:
        played = play(engine, "home_bedroom_door", choices=("home_bedroom_door.start.c1",))
        assert "home_bedroom_door.hair.4" in played.lines and ("nb3.hair", 3) in played.pages()
    assert state.get("remembered_hair") is hair

    # the kiosk telephone, in the stranger's voice
    state.set("place", "streets")
    said, telephone = greet(engine, "shopgirl", ("act3_telephone.start.c1",))
    assert said == "shopgirl.ch3.telephone.1" and telephone is not None
    assert state.get("phoned_as_stranger") is True
    assert ("nb3.telephone", 3) in telephone.pages()
    assert "cigarettes" in state.items, "he said he was going out for cigarettes"
    sorry_line = ("act3_telephone.husband.2a" if state.get("said_sorry")
                  else "act3_telephone.husband.2b")
    assert sorry_line in telephone.lines
    said, _ = greet(engine, "shopgirl")
    assert not said.startswith("shopgirl.ch3"), "the telephone is used once"

    # the toy: bought in bandages, given to the girl
    said, shop = greet(engine, "toyseller")
    assert said == "toyseller.bandages.buy_toy.1" and "toy" in state.items
    state.set("place", "house_s")
    said, gift = greet(engine, "daughter")
    assert said == "daughter.bandages.give_toy.1" and gift is not None
    assert state.get("toy_given") is True and "toy" not in state.items
    assert "daughter_toy.start.4a" in gift.lines  # "Don't worry. We're playing secrets."
    assert ("nb3.toy", 3) in gift.pages()

    # weeks pass, at the desk in house S
    played = play(engine, "house_s_desk")
    assert not [line for line in played.lines if "hair" in line], "the hair is missable"
    assert state.get("remembered_hair") is hair and state.get("notebooks_done") is True
    assert state.chapter == 4 and played.kinds()[-1] == "chapter"
    assert ("nb3.weeks", 3) in played.pages()
    assert "mask" not in state.items and state.get("face") == "bandages"
    return engine


def read_the_letter(engine: DialogueEngine):
    """Chapter 4: the desk at house S is not yet; he waits at home; then the letter, which
    runs on into the last night; the run rests on the endings' choice."""
    state = engine.state
    played = play(engine, "house_s_desk")
    assert played.lines == ["act3_letter.start.1"] and state.get("letter_read") is False

    state.set("place", "home")
    assert not present(engine, "home", "wife"), "chapter 4: she has gone, with the map"
    played = play(engine, "home_desk")
    assert state.get("waited_at_home") is True and "act3_wait.start.4" in played.lines
    assert "wife.ch4.going.1" in played.lines, "her note on the table"

    state.set("place", "house_s")
    run = engine.start_scene("house_s_desk")
    lines: list[str] = []
    effects: list[Effect] = []
    while isinstance(run.current, LineEvent):
        lines.append(run.current.line_id)
        effects += run.drain_effects()
        run.advance()
    effects += run.drain_effects()
    assert isinstance(run.current, ChoiceEvent)
    assert "act3_letter.letter.2" in lines
    assert "act3_letter.letter.8a" in lines or "act3_letter.letter.8b" in lines
    assert len([line for line in lines if line.startswith("act3_letter.reckoning.")]) >= 4
    assert lines.index("act3_letter.reckoning.1") > lines.index("act3_letter.letter.14")
    # before the footsteps, the mask's confidence and menace
    assert {"act3_end.start.4", "act3_end.start.6"} <= set(lines)
    assert lines.index("act3_end.start.6") < lines.index("act3_end.night.2")
    assert all(line_id.startswith("act3_") for line_id in lines)
    letter = [line for line in lines if line.startswith("act3_letter.letter.")]
    assert len(letter) >= 8
    assert state.get("letter_read") is True and state.get("face") == "mask"
    assert "mask" in state.items and "air_pistol" in state.items
    assert [e.kind for e in effects].count("fade") == 1
    return run, lines


ENDINGS = {
    # ending: (mask type, how he spoke at the bus stop, home from the trip, the choice,
    #          whether he knocked at her door and remembered the false hair)
    "open": ("actor", "act3_bus_stop.start.c1", "act3_homecoming.start.c3",
             "act3_end.night.c1", False),
    "unmasked": ("documentary", "act3_bus_stop.start.c3", "act3_homecoming.start.c1",
                 "act3_end.night.c2", True),
    "burned": ("documentary", "act3_bus_stop.start.c4", "act3_homecoming.start.c2",
               "act3_end.night.c3", True),
}


@pytest.mark.parametrize("ending", list(ENDINGS))
def test_act_three_to_each_ending(content, ending: str) -> None:
    mask_type, approach, homecoming, choice, hair = ENDINGS[ending]
    engine = through_the_weeks(content, mask_type=mask_type, approach=approach,
                               sorry=homecoming, hair=hair)
    run, lines = read_the_letter(engine)
    expected_approach = {"act3_bus_stop.start.c1": "act3_letter.letter.3a",
                         "act3_bus_stop.start.c3": "act3_letter.letter.3c",
                         "act3_bus_stop.start.c4": "act3_letter.letter.3d"}[approach]
    assert expected_approach in lines, "the letter remembers how he spoke to her"
    assert engine.state.get("ending") == "none"

    offered = [o.id for o in run.current.options]
    assert offered == ["act3_end.night.c1", "act3_end.night.c2", "act3_end.night.c3"]
    burn = run.current.options[2]
    assert burn.enabled is hair, "the fire is there only if he remembered the false hair"
    played = drive(engine, run, (choice,), watch="ending")

    assert engine.state.get("ending") == ending
    pages = played.pages()
    assert pages[-1] == (f"nb3.end_{ending}", 3), "the closing page is written last"
    assert engine.state.pages[-1].id == f"nb3.end_{ending}"
    assert engine.state.pages[-1].notebook == 3
    # in the content itself: the node's very last step sets `ending`, and the last page
    # before it is in notebook 3
    steps = content.scenes["act3_end"].nodes[ending].steps
    last = steps[-1]
    assert isinstance(last, SetStep)
    assert [(a.fact, a.value) for a in last.assignments] == [("ending", ending)]
    pages_in_node = [s for s in steps if isinstance(s, NotebookStep)]
    assert pages_in_node and pages_in_node[-1].notebook == 3
    assert steps.index(pages_in_node[-1]) == len(steps) - 2


def test_chapter_three_starts_at_the_window_when_the_pistol_came_first(content) -> None:
    engine = end_of_chapter_two(content, saw_ribbons=False, pistol=True)
    played = play(engine, "home_window")
    assert "home_window.ribbons.1" in played.lines
    assert played.lines[-1] == "notebook_two_done.start.3"
    assert engine.state.chapter == 3
    assert ("nb2.ribbons", 2) in played.pages()


def test_chapter_three_waits_for_both_the_ribbons_and_the_pistol(content) -> None:
    engine = end_of_chapter_two(content, saw_ribbons=False, pistol=False)
    engine.state.set("toyseller.seen_mask", True)
    played = play(engine, "toy_shop", "toyseller", ("toy_shop.mask.c2",))
    assert "notebook_two_done.start.1" not in played.lines
    assert engine.state.chapter == 2
    played = play(engine, "home_window")
    assert "notebook_two_done.start.2" in played.lines and engine.state.chapter == 3


def test_the_bus_stop_offers_lines_by_the_mask_s_type(content) -> None:
    for mask_type, shown, hidden in (("actor", "act3_bus_stop.start.c1",
                                      "act3_bus_stop.start.c2"),
                                     ("documentary", "act3_bus_stop.start.c2",
                                      "act3_bus_stop.start.c1")):
        engine = start_chapter_three(content, mask_type=mask_type)
        played = play(engine, "bus_stop_sign", choices=(shown,))
        assert shown in played.options[0] and hidden not in played.options[0]
        assert engine.state.get("met_at_bus_stop") is True


def test_the_girl_gets_her_toy_in_chapter_three_in_the_mask_too(content) -> None:
    engine = start_chapter_three(content)
    state = engine.state
    state.set("face", "bandages")
    greet(engine, "toyseller")
    assert "toy" in state.items
    state.set("face", "mask")
    said, gift = greet(engine, "daughter")
    assert said == "daughter.mask.give_toy.1" and gift is not None
    assert ("nb3.toy", 3) in gift.pages() and state.get("toy_given") is True


def test_act_three_lines_are_short(content) -> None:
    act3 = [source for source in content.texts.values()
            if str(source.pos.file).endswith("act3.yaml") or source.id in HOOK_LINES]
    assert len(act3) > 100
    for source in act3:
        if source.kind in ("line", "option"):
            assert len(source.text) <= 160, (source.id, len(source.text))
        elif source.kind == "notebook":
            assert source.id.startswith("nb3.") and len(source.text) <= 460, source.id


def test_the_fire_is_locked_when_the_false_hair_was_missed(content) -> None:
    engine = through_the_weeks(content, hair=False)
    run, _ = read_the_letter(engine)
    burn = next(o for o in run.current.options if o.id == "act3_end.night.c3")
    assert burn.enabled is False, "shown greyed, never chosen"
    drive(engine, run, ("act3_end.night.c2",))
    assert engine.state.get("ending") == "unmasked"


@pytest.mark.parametrize("held", [True, False])
def test_the_letter_remembers_the_first_evening(content, held: bool) -> None:
    engine = through_the_weeks(content)
    engine.state.set("held_her_wrist", held)
    _, lines = read_the_letter(engine)
    assert ("act3_letter.letter.8a" in lines) is held, "the wrist, and the long sleeves"
    assert ("act3_letter.letter.8b" in lines) is not held, "the cup, and its pieces"
    assert ("act3_letter.reckoning.3a" in lines) is held


def test_the_first_evening_starts_from_her_greeting(content) -> None:
    state = StoryState(content)
    state.set("opening_done", True)
    state.set("place", "home")
    engine = DialogueEngine(content, state, seed=3)
    said, played = greet(engine, "wife", ("home_touch.table.c1", "home_touch.refused.c2"))
    assert said == "wife.ch1.touch.1" and played is not None
    assert "home_touch.reach.2" in played.lines and "home_touch.cup.1" in played.lines
    assert state.get("touch_refused") is True and state.get("held_her_wrist") is False
    assert ("nb1.refusal_cup", 1) in played.pages()
    said, _ = greet(engine, "wife")
    assert said.startswith(("wife.bandages.gentle", "wife.bandages.distant",
                            "wife.bandages.yielding")), "the evening is played once"
