"""Scenes: lines, choices, jumps, calls, effects, saved positions, and failing safely."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from game.diagnostics import ContentError
from game.dialogue import ChoiceEvent, DialogueEngine, EndEvent, LineEvent, resume
from game.dialogue.effects import Chapter, Fade, Move, NotebookPage, SetFace, Sound, Take
from tests.fixtures.dialogue.helpers import BASIC, engine_for, folder_with

SCENES = """\
scenes:
  talk:
    nodes:
      start:
        - {id: t.1, speaker: manager, text: "Hello, {self.times_met}."}
        - if: {room_rented: true}
          then:
            - {id: t.2, speaker: hero, text: "I rent here."}
          else:
            - {id: t.3, speaker: hero, text: "Just looking."}
        - call: shared
        - {id: t.4, speaker: daughter, text: "Back again.", emote: smile}
        - choice:
            - {id: t.c1, text: "Stay", do: [{set: {self.times_met: 2}}]}
            - {id: t.c2, text: "Hidden", when: {chapter: 4}}
            - {id: t.c3, text: "Greyed", when: {chapter: 4}, show_disabled: true}
            - {id: t.c4, text: "Leave", goto: bye}
        - {id: t.5, speaker: manager, text: "Stayed {self.times_met}."}
        - goto: end
      bye:
        - face: mask
        - move: {map: streets, spawn: door}
        - sound: door
        - fade: black
        - chapter: 2
        - take: toy
        - clear: [room_rented]
        - end: true
        - {id: t.never, speaker: hero, text: "never"}
  shared:
    nodes:
      first:
        - {id: sh.1, speaker: passerby, text: "Shared."}
  loop:
    nodes:
      a: [{goto: b}]
      b: [{goto: a}]
  broken:
    nodes:
      a:
        - {id: br.1, speaker: hero, text: "before"}
        - set: {chapter: "four"}
        - {id: br.2, speaker: hero, text: "after"}
  lost:
    nodes:
      a: [{goto: nowhere}]
  deep:
    nodes:
      a: [{call: deep}]
"""


@pytest.fixture
def engine(tmp_path: Path) -> DialogueEngine:
    return engine_for(folder_with(tmp_path / "d", {"scenes.yaml": SCENES}))


def texts_until_choice(run) -> list[str]:
    said = []
    while isinstance(run.current, LineEvent):
        said.append(run.current.text)
        run.advance()
    return said


def test_lines_if_and_call(engine: DialogueEngine) -> None:
    run = engine.start_scene("talk", "manager")
    first = run.current
    assert isinstance(first, LineEvent)
    assert (first.speaker, first.name, first.portrait) == ("manager", "Mr Sakai", "manager")
    assert first.text == "Hello, 0."
    run.advance()
    assert run.current.portrait == "hero_bandages"
    run.advance()
    assert run.current.text == "Shared."  # the call
    run.advance()
    assert run.current.emote == "smile"  # back from the call
    run.advance()
    choice = run.current
    assert isinstance(choice, ChoiceEvent)
    assert [(o.index, o.text, o.enabled) for o in choice.options] == [
        (0, "Stay", True), (1, "Greyed", False), (2, "Leave", True)]


def test_choice_with_do_then_continue(engine: DialogueEngine) -> None:
    run = engine.start_scene("talk", "manager")
    texts_until_choice(run)
    run.choose(0)
    assert run.current.text == "Stayed 2."
    assert engine.state.get("manager.times_met") == 2
    run.advance()
    assert run.current == EndEvent()


def test_disabled_option_is_refused(engine: DialogueEngine) -> None:
    run = engine.start_scene("talk", "manager")
    texts_until_choice(run)
    with pytest.raises(ValueError):
        run.choose(1)
    with pytest.raises(ValueError):
        run.choose(7)


def test_effects_are_emitted_in_order(engine: DialogueEngine) -> None:
    engine.state.give("toy")
    engine.state.set("room_rented", True)
    run = engine.start_scene("talk", "manager")
    assert texts_until_choice(run)[1] == "I rent here."
    run.choose(2)
    assert run.current == EndEvent()
    assert run.drain_effects() == [SetFace("mask"), Move("streets", "door"), Sound("door"),
                                   Fade("black"), Chapter(2), Take("toy")]
    assert run.drain_effects() == []
    state = engine.state
    assert state.get("face") == "mask" and state.chapter == 2 and not state.items
    assert state.get("room_rented") is False


def test_position_round_trip(engine: DialogueEngine) -> None:
    run = engine.start_scene("talk", "manager")
    run.advance()
    run.advance()  # inside the called scene
    position = json.loads(json.dumps(run.position))
    assert position["scene"] == "shared" and position["stack"]
    seen = dict(engine.state.seen_lines)
    again = resume(engine, position)
    assert again.current.text == "Shared."
    assert engine.state.seen_lines == seen  # showing the saved line again is no new saying
    again.advance()
    assert again.current.text == "Back again."


@pytest.mark.parametrize("change, message", [
    ({"scene": "gone"}, "gone"), ({"node": "gone"}, "gone"), ({"pc": 99}, "changed"),
    ({"pc": 1}, "changed"), ({"stack": "nonsense"}, "damaged"),
])
def test_resume_refuses_positions_that_no_longer_fit(engine: DialogueEngine, change: dict,
                                                     message: str) -> None:
    position = {"scene": "talk", "node": "start", "pc": 0, "stack": [], "person": "manager"}
    with pytest.raises(ContentError) as caught:
        resume(engine, position | change)
    assert caught.value.diagnostics[0].code == "D090"
    assert message in caught.value.diagnostics[0].message


@pytest.mark.parametrize("scene, fragment", [
    ("loop", "loop"), ("lost", "nowhere"), ("deep", "deeper"), ("missing", "missing"),
])
def test_surprises_end_the_scene_with_a_message(engine: DialogueEngine, scene: str,
                                                fragment: str) -> None:
    run = engine.start_scene(scene)
    assert isinstance(run.current, EndEvent) and fragment in (run.current.error or "")


def test_wrong_typed_set_ends_with_error(engine: DialogueEngine) -> None:
    run = engine.start_scene("broken")
    assert run.current.text == "before"
    run.advance()
    assert isinstance(run.current, EndEvent) and "chapter" in run.current.error


def test_self_without_person_ends_with_error(engine: DialogueEngine) -> None:
    run = engine.start_scene("talk")
    texts_until_choice(run)
    run.choose(0)
    assert isinstance(run.current, EndEvent) and "person" in run.current.error


def test_fixture_scene_and_notebook() -> None:
    engine = engine_for(BASIC)
    run = engine.start_scene("rent_room", "manager")
    texts_until_choice(run)
    run.choose(0)
    effects = run.drain_effects()
    assert isinstance(effects[1], NotebookPage) and effects[1].title == "Room at house S"
    assert [p.id for p in engine.state.pages] == ["nb1.room"]
    assert engine.state.seen_lines["rent_room.hello.1"] == 1
