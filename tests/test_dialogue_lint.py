"""The lint: each check finds its problem, at the right place, with a hint."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from game.dialogue.commands import lint_main, why_main
from game.dialogue.lint import CHECKS, CODES, LintOptions, lint_dirs
from game.paths import Paths
from tests.fixtures.dialogue.helpers import BASIC, folder_with

PROBLEMS = """\
reactions:
  - id: r.undeclared
    role: child
    concept: greet
    when: {fcae: mask}
    lines: [{id: r.undeclared.1, text: "x"}]
  - id: r.enum
    role: child
    concept: greet
    when: {face: beard}
    lines: [{id: r.enum.1, text: "x", emote: cri}]
  - id: r.role
    role: chlid
    concept: greet
    lines: [{id: r.role.1, text: "x", speaker: nobody}]
  - id: r.start
    role: child
    concept: greet
    start: no_such_scene
    remember_for: week
    lines: [{id: r.start.1, text: "{no_fact} x"}]
  - id: r.heavy
    role: manager
    concept: notice
    weight: 5
    lines: [{id: r.heavy.1, text: "x"}]
  - id: r.light
    role: manager
    concept: notice
    lines: [{id: r.light.1, text: "x"}]
  - id: r.concept
    role: manager
    concept: gret
    lines: [{id: r.undeclared.1, text: "dup line id"}]
  - {id: r.twice, role: manager, concept: notice, once: true, lines: [{id: r.tw.1, text: x}]}
  - {id: r.twice, role: manager, concept: notice, once: true, lines: [{id: r.tw.2, text: x}]}
  # the duplicate above keeps the first `r.twice` out of the content; the lint still
  # sees both definitions
scenes:
  s:
    nodes:
      a:
        - {goto: missing}
        - {call: other}
        - {give: nothing}
        - {set: {chapter: 9}}
      orphan:
        - {id: s.orphan, speaker: hero, text: "never reached"}
"""

EXPECTED = {
    ("D020", 5), ("D021", 10), ("D033", 11), ("D030", 12), ("D034", 15), ("D042", 19),
    ("D070", 16), ("D020", 21), ("D051", 27), ("D071", 31), ("D050", 34), ("D050", 36),
    ("D040", 43), ("D040", 44), ("D022", 45), ("D021", 46), ("D041", 47),
}


@pytest.fixture
def report(tmp_path: Path):
    folder = folder_with(tmp_path / "d", {"problems.yaml": PROBLEMS})
    return lint_dirs([folder], LintOptions(portraits={"child", "manager"},
                                           known_scenes_needed={"s", "from_map"}))


def test_each_problem_is_found_where_it_is(report) -> None:
    found = {(d.code, d.line) for d in report.items if d.file.endswith("problems.yaml")}
    assert found >= EXPECTED, sorted(EXPECTED - found)


def test_hints_and_severities(report) -> None:
    by_line = {(d.code, d.line): d for d in report.items}
    assert by_line[("D020", 5)].hint == "did you mean `face`?"
    assert by_line[("D030", 12)].hint == "did you mean `child`?"
    assert "bandages" in by_line[("D021", 10)].message
    assert by_line[("D041", 47)].severity == "warning"
    assert by_line[("D051", 27)].severity == "warning"


def test_cross_file_checks(report) -> None:
    codes = {d.code for d in report.items}
    assert {"D032", "D035", "D043", "D052", "D060"} <= codes
    needed = next(d for d in report.items if d.code == "D043")
    assert "from_map" in needed.message


def test_every_code_is_documented(report) -> None:
    assert {d.code for d in report.items} <= set(CODES)
    assert len(CHECKS) >= 15


def test_format_is_file_line_column(report) -> None:
    line = next(d for d in report.items if d.code == "D030").format()
    assert line.endswith("problems.yaml:12:5: D030 error: reaction `r.role`: unknown role "
                         "`chlid` (did you mean `child`?)")


def test_a_mod_may_override_ids_without_duplicates(tmp_path: Path) -> None:
    mod = folder_with(tmp_path / "mod", {"m.yaml": """\
        reactions:
          - {id: child.mask.trick, role: child, concept: greet, when: {face: mask},
             lines: [{id: mod.trick.1, text: "x"}]}
        """}, base=False)
    report = lint_dirs([BASIC, mod], LintOptions(languages=()))
    assert not [d for d in report.items if d.code == "D050"]


def paths_for(root: Path) -> Paths:
    return Paths(data=root, config=root / "c", saves=root / "s", mods=root / "m",
                 cache=root / "k", screenshots=root / "p", logs=root / "l")


def test_lint_main_exit_codes(tmp_path: Path) -> None:
    root = tmp_path / "data"
    folder_with(root / "dialogue", {"problems.yaml": PROBLEMS})
    paths = paths_for(root)
    out = io.StringIO()
    assert lint_main([], paths, out=out) == 1
    assert "problems.yaml:12:5: D030 error" in out.getvalue()
    assert lint_main(["--bogus"], paths, out=io.StringIO()) == 2
    assert lint_main([str(tmp_path / "nope")], paths, out=io.StringIO()) == 2
    clean = tmp_path / "clean"
    folder_with(clean / "dialogue", {})
    assert lint_main(["--no-warnings"], paths_for(clean), out=io.StringIO()) in (0, 1)


def test_lint_main_on_one_file_reports_that_file(tmp_path: Path) -> None:
    root = tmp_path / "data"
    folder_with(root / "dialogue", {"problems.yaml": PROBLEMS, "ok.yaml": "strings: {a: b}\n"})
    out = io.StringIO()
    lint_main([str(root / "dialogue" / "ok.yaml")], paths_for(root), out=out)
    assert "problems.yaml" not in out.getvalue().split("error(s)")[0]


def test_why_main(tmp_path: Path) -> None:
    root = tmp_path / "data"
    folder_with(root / "dialogue", {"streets.yaml": (BASIC / "streets.yaml").read_text()})
    paths = paths_for(root)
    out = io.StringIO()
    assert why_main(["child", "--face", "mask"], paths, out=out) == 0
    text = out.getvalue()
    assert "[WINS] child.mask.trick" in text and "FAIL face == bandages" in text
    assert why_main(["chlid"], paths, out=io.StringIO()) == 2
    assert why_main(["child", "--face", "beard"], paths, out=io.StringIO()) == 2
    assert why_main(["child", "--fact", "chapter"], paths, out=io.StringIO()) == 2
    assert why_main(["child", "--fact", "nope=1"], paths, out=io.StringIO()) == 2
    assert why_main([], paths, out=io.StringIO()) == 2


def _dead_ends(tmp_path: Path, text: str) -> list[str]:
    folder = folder_with(tmp_path / "d", {"dead.yaml": text})
    report = lint_dirs([folder], LintOptions(languages=()))
    return sorted(f"{d.code} {d.line}" for d in report.sorted() if d.code in ("D023", "D054"))


def test_dead_ends_count_every_way_a_fact_or_an_item_can_change(tmp_path: Path) -> None:
    # alive: a memory fact set through another person's name, a value the game sets
    # itself (place), a chapter a `chapter:` step starts, items given by a step
    assert _dead_ends(tmp_path, """\
        reactions:
          - id: t.child.after
            role: child
            concept: greet
            when: {self.times_met: 2, place: cafe, chapter: 3, item.toy: true}
            lines: [{id: t.child.after.1, text: "Again?"}]
        scenes:
          t_scene:
            nodes:
              start:
                - set: {kimiko.times_met: 2}
                - chapter: 3
                - give: toy
                - give: air_pistol
                - give: key_house_s
                - if: {room_rented: true}
                  then: [{id: t_scene.start.1, speaker: hero, text: "Mine."}]
                - choice:
                    - {id: t_scene.c1, text: "Rent it.", when: {room_rented: true},
                       show_disabled: true, goto: end}
                    - {id: t_scene.c2, text: "Leave.", goto: end}
        """) == ["D054 16"], "only the `if`: room_rented is never set (a greyed option is read)"


def test_an_item_never_given_and_a_value_never_set_are_dead_ends(tmp_path: Path) -> None:
    assert _dead_ends(tmp_path, """\
        reactions:
          - id: t.child.rich
            role: child
            concept: greet
            when: {self.times_met: {gte: 5}, mask_type: actor}
            lines: [{id: t.child.rich.1, text: "You again."}]
        scenes:
          t_scene:
            nodes:
              start:
                - set: {self.times_met: 1, mask_type: actor}
                - if: {item.toy: true}
                  then: [{id: t_scene.start.1, speaker: hero, text: "The toy."}]
        """) == ["D023 14", "D023 15", "D023 16", "D054 12", "D054 5"]
