"""The shipped content, checked by the same code the lint command runs, and played."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.checks import lint_game
from game.dialogue import ChoiceEvent, DialogueEngine, EndEvent, StoryState, load_content
from game.dialogue.lint import ROLE_IDS
from game.paths import default_paths
from game.world.mapdata import load_maps

ROOT = Path(__file__).resolve().parent.parent
FACES = ("bandages", "mask")


@pytest.fixture(scope="module")
def content():
    loaded, problems = load_content([ROOT / "dialogue"])
    assert not [p.format() for p in problems if p.is_error]
    return loaded


def test_the_whole_game_lints_clean() -> None:
    report, _ = lint_game(default_paths())
    assert [d.format() for d in report.sorted()] == []


@pytest.mark.parametrize("face", FACES)
@pytest.mark.parametrize("role", ROLE_IDS)
def test_every_role_reacts_to_every_face_with_variety(content, role: str, face: str) -> None:
    """The reaction matrix is complete: each cell answers, and not with one line only."""
    state = StoryState(content)
    state.set("face", face)
    engine = DialogueEngine(content, state, seed=7)
    person = f"someone_{role}"  # a stranger of that role, with no memory yet
    said = set()
    for _ in range(6):
        spoken = engine.react(person, role, "greet")
        assert spoken is not None, f"{role} says nothing to the {face}"
        said.add(spoken.text)
        if spoken.start_scene:  # as in the game: the conversation it starts plays out
            play_through(engine.start_scene(spoken.start_scene, person_id=person), role)
        state.advance(600)  # time passes between visits
    assert len(said) >= 2, f"{role} with the {face} repeats one line: {said}"


def test_every_person_on_a_map_is_in_the_cast_or_has_a_known_role(content) -> None:
    maps, problems = load_maps(ROOT / "maps")
    assert not problems
    for data in maps.values():
        for npc in data.npcs:
            assert npc.role in content.roles, (data.id, npc.id, npc.role)


def test_every_map_object_starts_a_scene_that_plays_to_its_end(content) -> None:
    maps, _ = load_maps(ROOT / "maps")
    for data in maps.values():
        for thing in data.objects:
            state = StoryState(content)
            engine = DialogueEngine(content, state, seed=1)
            play_through(engine.start_scene(thing.scene), thing.id)


def play_through(run, label: str) -> None:
    """Act through a scene, taking the first open choice; it must end without error."""
    for _ in range(300):
        event = run.current
        if isinstance(event, EndEvent):
            assert event.error is None, (label, event.error)
            return
        if isinstance(event, ChoiceEvent):
            run.choose(next(o.index for o in event.options if o.enabled))
        else:
            run.advance()
    pytest.fail(f"{label}: the scene did not end")
