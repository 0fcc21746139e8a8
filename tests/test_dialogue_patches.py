"""Patches: a mod adds lines to a reaction, options to a choice, steps to a node, without
copying them; a patch of something missing is reported where it is written."""

from __future__ import annotations

from pathlib import Path

from game.dialogue import ChoiceEvent, LineEvent
from game.dialogue.lint import LintOptions, lint_dirs
from game.dialogue.loader import load_content, walk_steps
from game.dialogue.model import ChoiceStep, LineStep
from tests.fixtures.dialogue.helpers import BASIC, engine_for, folder_with

BASE = {"scenes.yaml": """\
    scenes:
      talk:
        nodes:
          hello:
            - {id: talk.hello.1, speaker: manager, text: "Hello."}
            - if: {face: mask}
              then:
                - choice:
                    - {id: talk.hello.c1, text: "Leave.", goto: end}
            - {id: talk.hello.2, speaker: manager, text: "Goodbye."}
          plain:
            - {id: talk.plain.1, speaker: manager, text: "Nothing to choose."}
    """}

PATCHES = """\
    patches:
      - reaction: child.mask.trick
        add_lines:
          - {id: mod.trick.9, text: "A patched trick."}
      - scene: talk
        node: hello
        add_choices:
          - {id: mod.hello.c9, text: "Stay.", goto: end}
        prepend:
          - {id: mod.hello.0, speaker: hero, text: "First."}
        append:
          - {id: mod.hello.9, speaker: hero, text: "Last."}
    """


def _folders(tmp_path: Path, patches: str = PATCHES) -> list[Path]:
    base = folder_with(tmp_path / "base", BASE, base=False)
    mod = folder_with(tmp_path / "mod", {"patch.yaml": patches}, base=False)
    return [BASIC, base, mod]


def test_patches_add_lines_choices_and_steps(tmp_path: Path) -> None:
    content, problems = load_content(_folders(tmp_path))
    assert [p.format() for p in problems if p.is_error] == []
    trick = content.reactions["child.mask.trick"]
    assert trick.lines[-1].id == "mod.trick.9" and len(trick.lines) > 1
    steps = content.scenes["talk"].nodes["hello"].steps
    assert isinstance(steps[0], LineStep) and steps[0].line.id == "mod.hello.0"
    assert isinstance(steps[-1], LineStep) and steps[-1].line.id == "mod.hello.9"
    choice = next(s for s in walk_steps(steps) if isinstance(s, ChoiceStep))
    assert [o.id for o in choice.options] == ["talk.hello.c1", "mod.hello.c9"]
    # every added text keeps the place it was written, for the lint and translations
    assert content.texts["mod.hello.c9"].pos.file.endswith("patch.yaml")
    assert content.texts["mod.hello.c9"].pos.line == 8
    assert len(content.patches) == 2


def test_a_patched_scene_plays(tmp_path: Path) -> None:
    engine = engine_for(*_folders(tmp_path))
    engine.state.set("face", "mask")
    run = engine.start_scene("talk", "manager")
    said = []
    while isinstance(run.current, LineEvent):
        said.append(run.current.line_id)
        run.advance()
    assert said == ["mod.hello.0", "talk.hello.1"]
    assert isinstance(run.current, ChoiceEvent)
    assert [o.id for o in run.current.options] == ["talk.hello.c1", "mod.hello.c9"]


def test_patches_apply_after_overrides_in_load_order(tmp_path: Path) -> None:
    """A patch in an earlier folder still reaches an override from a later one."""
    folders = _folders(tmp_path)
    later = folder_with(tmp_path / "later", {"over.yaml": """\
        reactions:
          - id: child.mask.trick
            role: child
            concept: greet
            when: {face: mask}
            lines: [{id: later.trick.1, text: "Overridden."}]
        """}, base=False)
    content, _ = load_content([*folders, later])
    assert [line.id for line in content.reactions["child.mask.trick"].lines] == [
        "later.trick.1", "mod.trick.9"]


def test_the_parsed_files_are_not_changed(tmp_path: Path) -> None:
    """Reloading with the cache must not apply a patch twice."""
    folders = _folders(tmp_path)
    cache = tmp_path / "cache"
    for _ in range(2):
        content, _ = load_content(folders, cache_dir=cache)
    assert [line.id for line in content.reactions["child.mask.trick"].lines].count(
        "mod.trick.9") == 1


def test_patches_of_missing_targets_are_errors_with_hints(tmp_path: Path) -> None:
    folders = _folders(tmp_path, """\
        patches:
          - reaction: child.mask.trik
            add_lines: [{id: m.1, text: "x"}]
          - scene: tlak
            node: hello
            append: [{id: m.2, speaker: hero, text: "x"}]
          - scene: talk
            node: helo
            prepend: [{id: m.3, speaker: hero, text: "x"}]
          - scene: talk
            node: plain
            add_choices: [{id: m.4, text: "x"}]
        """)
    report = lint_dirs(folders, LintOptions())
    found = {(d.code, d.line, d.column, d.hint) for d in report.items if d.code in (
        "D045", "D046")}
    assert found == {
        ("D045", 2, 15, "did you mean `child.mask.trick`?"),
        ("D045", 4, 12, "did you mean `talk`?"),
        ("D045", 8, 11, "did you mean `hello`?"),
        ("D046", 11, 11, "`append` a `choice` step instead"),
    }
    assert all(d.is_error for d in report.items if d.code in ("D045", "D046"))


def test_badly_shaped_patches(tmp_path: Path) -> None:
    folders = _folders(tmp_path, """\
        patches:
          - {reaction: a, scene: b}
          - {scene: talk, add_lines: []}
          - {reaction: child.mask.trick, node: x, add_lines: [{id: m.1, text: x}]}
          - {scene: talk, node: hello}
          - {reaction: child.mask.trick}
          - {scene: talk, node: hello, apend: []}
        """)
    _, problems = load_content(folders)
    found = sorted((d.code, d.line) for d in problems)
    assert found == [("D010", 3), ("D010", 4), ("D010", 7), ("D011", 3), ("D011", 5),
                     ("D011", 6), ("D011", 7), ("D014", 2)]
