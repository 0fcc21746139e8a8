"""The shipped dialogue/ passes the same lint the `lint` command runs, and its scenes play."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.dialogue import ChoiceEvent, DialogueEngine, EndEvent, StoryState, load_content
from game.dialogue.lint import LintOptions, asset_names, lint_dirs

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "dialogue"

pytestmark = pytest.mark.skipif(not (SHIPPED / "cast.yaml").exists(),
                                reason="no shipped dialogue yet")


def options() -> LintOptions:
    assets = ROOT / "assets"
    return LintOptions(portraits=asset_names(assets / "portraits"),
                       emotes=asset_names(assets / "emotes"),
                       sounds=asset_names(assets / "sounds"))


def test_shipped_dialogue_has_no_lint_errors() -> None:
    report = lint_dirs([SHIPPED], options())
    assert not report.errors, "\n".join(d.format() for d in report.errors)


def test_every_role_and_face_has_greet_reactions() -> None:
    report = lint_dirs([SHIPPED], options())
    empty = [d.format() for d in report.items if d.code == "D052"]
    assert not empty, "\n".join(empty)


def play(engine: DialogueEngine, scene_id: str, person: str | None, prefer_last: bool
         ) -> str | None:
    """Play a scene to its end, taking at each choice an option not taken yet (so menus
    that loop back are left); the problem, or None."""
    run = engine.start_scene(scene_id, person)
    taken: set[str] = set()
    for _ in range(1000):
        event = run.current
        if isinstance(event, EndEvent):
            return event.error
        if isinstance(event, ChoiceEvent):
            enabled = [o for o in event.options if o.enabled]
            if prefer_last:
                enabled.reverse()
            fresh = [o for o in enabled if o.id not in taken] or enabled[-1:]
            taken.add(fresh[0].id)
            run.choose(fresh[0].index)
        else:
            run.advance()
    return "no end after 1000 steps"


def test_every_shipped_scene_plays_to_an_end() -> None:
    content, _ = load_content([SHIPPED])
    failures = []
    for scene_id, scene in content.scenes.items():
        person = next((s.line.speaker for n in scene.nodes.values() for s in n.steps
                       if hasattr(s, "line") and s.line.speaker in content.people), None)
        for prefer_last in (False, True):
            problem = play(DialogueEngine(content, StoryState(content)), scene_id, person,
                           prefer_last)
            if problem:
                failures.append(f"{scene_id}: {problem}")
    assert not failures, "\n".join(failures)
