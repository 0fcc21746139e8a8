"""Mods: manifests, load order, conflicts, the checks at start, and the walls around a mod."""

from __future__ import annotations

import io
import os
import textwrap
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from game.mods import discover, read_manifest, version_matches
from game.modset import load_mods, mods_main, refusal_report
from game.paths import Paths, default_paths

ROOT = Path(__file__).resolve().parent.parent
KINDER = ROOT / "examples" / "mods" / "kinder_children"


def make_mod(folder: Path, manifest: str = "name: A mod\nversion: 1.0\n",
             files: dict[str, str] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "mod.yaml").write_text(textwrap.dedent(manifest), encoding="utf-8")
    for name, text in (files or {}).items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return folder


@pytest.fixture
def paths() -> Paths:
    return default_paths()


def problems_of(mod) -> set[tuple[str, str, int, int]]:
    return {(p.code, Path(p.file).name, p.line, p.column) for p in mod.problems}


# --- manifests ------------------------------------------------------------------------


def test_a_good_manifest_keeps_values_as_written(tmp_path: Path) -> None:
    folder = make_mod(tmp_path / "m", """\
        name: Kinder children
        version: 1.10
        description: Gentler children.
        game: ">=0.1"
        after: [other]
        priority: 5
        author: A. Writer
        """)
    manifest, problems = read_manifest(folder)
    assert problems == []
    assert manifest is not None
    assert manifest.version == "1.10"  # not the float 1.1
    assert manifest.after == ["other"] and manifest.priority == 5
    assert manifest.where["after"] == (5, 1)


def test_manifest_problems_have_positions_and_hints(tmp_path: Path) -> None:
    folder = make_mod(tmp_path / "m", """\
        version: [1]
        descripton: typo
        priority: high
        """)
    manifest, problems = read_manifest(folder)
    assert manifest is None
    found = {(p.code, p.line, p.column, p.hint) for p in problems}
    assert found == {
        ("X004", 1, 10, ""),
        ("X003", 2, 1, "did you mean `description`?"),
        ("X004", 3, 11, ""),
        ("X005", 1, 1, ""),  # no `name`; `version` is there, only wrong
    }


def test_manifest_that_is_not_a_mapping_or_not_yaml(tmp_path: Path) -> None:
    assert [p.code for p in read_manifest(make_mod(tmp_path / "a", "- name\n"))[1]] == ["X002"]
    problems = read_manifest(make_mod(tmp_path / "b", "name: [unclosed\n"))[1]
    assert [(p.code, p.line) for p in problems] == [("D001", 2)]
    assert [p.code for p in read_manifest(tmp_path / "nothing")[1]] == ["X001"]


def test_a_mod_for_another_game_version_is_warned_about_not_refused(tmp_path: Path) -> None:
    folder = make_mod(tmp_path / "m", "name: Old\nversion: 1\ngame: '<0.1'\n")
    manifest, problems = read_manifest(folder)
    assert manifest is not None
    assert [(p.code, p.severity, p.line) for p in problems] == [("X006", "warning", 3)]


def test_version_specs() -> None:
    assert version_matches("0.1.0", ">=0.1")
    assert version_matches("0.1.0", ">=0.1, <0.2")
    assert not version_matches("0.1.0", ">0.1")
    assert version_matches("0.1.0", "0.1")
    assert not version_matches("0.1.0", "==" + "9" * 5000)  # no int() of 5000 digits


# --- order and conflicts --------------------------------------------------------------


def test_load_order_priority_id_and_hints(tmp_path: Path, paths: Paths) -> None:
    make_mod(paths.mods / "b_mod")
    make_mod(paths.mods / "a_mod", "name: A\nversion: 1\nafter: c_mod\n")
    make_mod(paths.mods / "c_mod", "name: C\nversion: 1\npriority: 1\n")
    make_mod(paths.mods / "d_mod", "name: D\nversion: 1\nbefore: b_mod\n")
    order = [mod.id for mod in discover(paths)]
    # b and d (priority 0) come before c (priority 1); d before b; a after c
    assert order == ["d_mod", "b_mod", "c_mod", "a_mod"]


def test_a_cycle_of_hints_is_warned_about_where_the_hint_is(paths: Paths) -> None:
    make_mod(paths.mods / "a", "name: A\nversion: 1\nafter: b\n")
    make_mod(paths.mods / "b", "name: B\nversion: 1\nafter: a\n")
    mods = discover(paths)
    cycle = [p for mod in mods for p in mod.problems if p.code == "X008"]
    assert len(cycle) == 1 and cycle[0].line == 3 and cycle[0].severity == "warning"
    assert [m.id for m in mods] == ["a", "b"]


def test_a_mod_given_twice_counts_once_and_a_missing_one_is_reported(
        tmp_path: Path, paths: Paths) -> None:
    folder = make_mod(tmp_path / "m")
    mods = discover(paths, [folder, folder, tmp_path / "gone"])
    assert [m.id for m in mods] == ["gone", "m"]
    assert [p.code for p in mods[0].problems] == ["X007"]


OVERRIDE = """\
    reactions:
      - id: child.mask.trick
        role: child
        concept: greet
        when: {face: mask}
        lines: [{id: LINE, text: "Another trick."}]
    """


def test_mods_command_lists_order_and_conflicts(tmp_path: Path, paths: Paths) -> None:
    make_mod(paths.mods / "one", files={"dialogue/a.yaml": OVERRIDE.replace("LINE", "one.1")})
    make_mod(paths.mods / "two", files={"dialogue/a.yaml": OVERRIDE.replace("LINE", "two.1")})
    out = io.StringIO()
    with redirect_stdout(out):
        status = mods_main([], paths)
    text = out.getvalue()
    assert status == 0, text
    assert "1. one - A mod 1.0 [ok]" in text and "2. two - A mod 1.0 [ok]" in text
    assert "reaction child.mask.trick: one < two" in text


def test_mods_command_shows_a_refused_mod(tmp_path: Path, paths: Paths) -> None:
    make_mod(paths.mods / "bad", files={"dialogue/a.yaml": "reactions: [\n"})
    out = io.StringIO()
    with redirect_stdout(out):
        status = mods_main([], paths)
    assert status == 1
    assert "[REFUSED]" in out.getvalue() and "D001 error" in out.getvalue()


# --- the checks at start ----------------------------------------------------------------


def test_a_mod_is_checked_over_the_mods_before_it(tmp_path: Path, paths: Paths) -> None:
    """A patch of a reaction another mod adds is fine when that mod loads first."""
    make_mod(paths.mods / "a_base", files={"dialogue/a.yaml": """\
        reactions:
          - id: base.child.extra
            role: child
            concept: notice
            when: {face: mask}
            lines: [{id: base.extra.1, text: "Hm."}]
        """})
    make_mod(paths.mods / "b_patch", "name: B\nversion: 1\nafter: a_base\n", files={
        "dialogue/b.yaml": """\
        patches:
          - reaction: base.child.extra
            add_lines: [{id: b.extra.2, text: "Hm?"}]
        """})
    mods = load_mods(paths)
    assert [m.id for m in mods.loaded] == ["a_base", "b_patch"], [
        p.format() for m in mods.refused for p in m.problems]


def test_a_mod_with_lint_errors_is_refused_with_every_problem(tmp_path: Path,
                                                              paths: Paths) -> None:
    make_mod(paths.mods / "bad", files={"dialogue/a.yaml": """\
        reactions:
          - id: bad.child
            role: chlid
            concept: greet
            when: {face: bandage}
            lines: [{id: bad.child.1, text: "x"}]
        """})
    mods = load_mods(paths)
    assert not mods.loaded and [m.id for m in mods.refused] == ["bad"]
    assert {("D030", "a.yaml", 2, 5), ("D021", "a.yaml", 5, 18)} <= problems_of(
        mods.refused[0])
    report = refusal_report(paths, mods.refused)
    assert report is not None and "D030 error" in report.read_text(encoding="utf-8")


def test_a_problem_a_mod_causes_in_a_shipped_file_is_its_own(tmp_path: Path,
                                                             paths: Paths) -> None:
    """Overriding a role away from what the shipped maps place is the mod's doing."""
    make_mod(paths.mods / "recast", files={"dialogue/cast.yaml": """\
        people:
          toyseller: {role: passerby, name: Mr Ueno}
        """})
    mod = load_mods(paths).loaded[0]
    shipped_map = [p for p in mod.problems if p.code == "G003"]
    assert shipped_map and shipped_map[0].file.endswith("toyshop.tmx")  # Mr Ueno is in his shop


def test_the_example_mod_loads_clean(paths: Paths) -> None:
    mods = load_mods(paths, [KINDER])
    assert [m.id for m in mods.loaded] == ["kinder_children"]
    assert [p.format() for p in mods.loaded[0].problems] == []


# --- walls: a mod reads nothing outside itself -----------------------------------------------

TILESET_REF = """<?xml version="1.0" encoding="UTF-8"?>
<map version="1.10" orientation="orthogonal" renderorder="right-down" width="2" height="2"
     tilewidth="16" tileheight="16" infinite="0">
 <tileset firstgid="1" source="{source}"/>
</map>
"""


def _symlink_or_skip(link: Path, target: Path) -> None:
    try:
        link.symlink_to(target)
    except (OSError, NotImplementedError):
        pytest.skip("symlinks are not available here")


def test_a_dialogue_file_linking_outside_is_refused_unread(tmp_path: Path,
                                                           paths: Paths) -> None:
    secret = tmp_path / "outside" / "secret.yaml"
    secret.parent.mkdir()
    secret.write_text("reactions: [\n", encoding="utf-8")  # would be a D001 if read
    mod = make_mod(paths.mods / "sneaky", files={"dialogue/ok.yaml": "strings: {}\n"})
    _symlink_or_skip(mod / "dialogue" / "secret.yaml", secret)
    refused = load_mods(paths).refused
    assert [m.id for m in refused] == ["sneaky"]
    assert {(p.code, Path(p.file).name) for p in refused[0].problems} == {
        ("X010", "secret.yaml")}


def test_a_content_folder_linking_outside_is_refused(tmp_path: Path, paths: Paths) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "a.yaml").write_text("strings: {x: y}\n", encoding="utf-8")
    mod = make_mod(paths.mods / "linked")
    _symlink_or_skip(mod / "dialogue", outside)
    refused = load_mods(paths).refused
    assert [(p.code, Path(p.file).name) for p in refused[0].problems] == [("X010", "dialogue")]


@pytest.mark.parametrize("source", [
    "../../../../../../etc/passwd",
    "/etc/passwd",
    "../dialogue/../../elsewhere.tsx",
])
def test_a_map_path_leading_outside_is_refused_with_its_line(tmp_path: Path, paths: Paths,
                                                             source: str) -> None:
    make_mod(paths.mods / "maps_out", files={
        "maps/out.tmx": TILESET_REF.replace("{source}", source)})
    refused = load_mods(paths).refused
    assert [(p.code, Path(p.file).name, p.line, p.column) for p in refused[0].problems] == [
        ("X010", "out.tmx", 4, 2)]


def test_images_templates_and_file_properties_are_checked_too(paths: Paths) -> None:
    make_mod(paths.mods / "many", files={
        "maps/tiles.tsx": '<tileset name="t" tilewidth="16" tileheight="16">\n'
                          ' <image source="../../../x.png" width="16" height="16"/>\n'
                          '</tileset>\n',
        "maps/objects.tx": '<template>\n <object template="/tmp/other.tx"/>\n</template>\n',
        "maps/prop.tmx": '<map>\n <properties>\n'
                         '  <property name="f" type="file" value="../../../../x"/>\n'
                         ' </properties>\n</map>\n',
    })
    refused = load_mods(paths).refused
    found = {(p.code, Path(p.file).name, p.line) for p in refused[0].problems}
    assert found == {("X010", "tiles.tsx", 2), ("X010", "objects.tx", 2),
                     ("X010", "prop.tmx", 3)}


def test_the_shipped_tileset_may_be_used(paths: Paths) -> None:
    from game.mods import check_paths_inside, discover

    source = os.path.relpath(paths.maps / "city.tsx", paths.mods / "own" / "maps")
    make_mod(paths.mods / "own", files={"maps/own.tmx": TILESET_REF.replace(
        "{source}", source)})
    mod = discover(paths)[0]
    assert check_paths_inside(mod, paths.data) == []


def test_a_manifest_linking_outside_is_not_read(tmp_path: Path, paths: Paths) -> None:
    outside = tmp_path / "elsewhere.yaml"
    outside.write_text("name: [unclosed\n", encoding="utf-8")  # a D001 if it were read
    folder = paths.mods / "linked_manifest"
    folder.mkdir(parents=True)
    _symlink_or_skip(folder / "mod.yaml", outside)
    mods = load_mods(paths)
    assert [(p.code, Path(p.file).name) for p in mods.refused[0].problems] == [
        ("X010", "mod.yaml")]
