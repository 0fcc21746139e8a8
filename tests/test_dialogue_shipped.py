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


def test_every_shipped_scene_plays_to_an_end() -> None:
    content, _ = load_content([SHIPPED])
    failures = []
    for scene_id, scene in content.scenes.items():
        for pick in (0, -1):  # the first and the last enabled option at every choice
            engine = DialogueEngine(content, StoryState(content))
            person = next((s.line.speaker for n in scene.nodes.values() for s in n.steps
                           if hasattr(s, "line") and s.line.speaker in content.people), None)
            run = engine.start_scene(scene_id, person)
            for _ in range(500):
                event = run.current
                if isinstance(event, EndEvent):
                    if event.error:
                        failures.append(f"{scene_id}: {event.error}")
                    break
                if isinstance(event, ChoiceEvent):
                    enabled = [o for o in event.options if o.enabled]
                    run.choose(enabled[pick].index)
                else:
                    run.advance()
            else:
                failures.append(f"{scene_id}: no end after 500 steps")
    assert not failures, "\n".join(failures)
