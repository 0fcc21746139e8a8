"""A modder's walls, taken down: a new role standing on a shipped map through a map
patch, patches in YAML and in Tiled, their conflicts, `why` with the mods play sees, a
language of a mod's own. The mod is built from the code blocks of docs/modding.md, so
the page and the game can't drift apart."""

from __future__ import annotations

import io
import shutil
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from game.app import App, Options
from game.checks import lint_game
from game.dialogue.commands import why_main
from game.dialogue.po import parse_po, po_main
from game.mods import discover
from game.modset import load_mods, mods_main
from game.paths import Paths, default_paths
from game.world.library import MapLibrary
from game.world.patches import patch_files
from tests.test_walk import path_to, script_for

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "modding.md"


def doc_block(heading: str) -> str:
    """The first ```yaml block after ``heading`` in docs/modding.md."""
    text = DOC.read_text(encoding="utf-8")
    start = text.index("```yaml", text.index(heading)) + len("```yaml\n")
    return text[start:text.index("```", start)]


def documented_mod(folder: Path) -> Path:
    """my_mod exactly as docs/modding.md writes it: a role, its lines, a map patch and
    a Spanish translation."""
    (folder / "dialogue" / "i18n" / "es").mkdir(parents=True)
    (folder / "maps" / "patches").mkdir(parents=True)
    (folder / "mod.yaml").write_text("name: My mod\nversion: 1.0\n", encoding="utf-8")
    (folder / "maps" / "patches" / "streets.yaml").write_text(
        doc_block("### Map patches"), encoding="utf-8")
    (folder / "dialogue" / "juggler.yaml").write_text(
        doc_block("## Adding a person with a role of your own"), encoding="utf-8")
    (folder / "dialogue" / "i18n" / "es" / "names.yaml").write_text(
        doc_block("## Adding a language"), encoding="utf-8")
    return folder


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    return default_paths({"BORROWED_FACE_HOME": str(tmp_path / "home")})


@pytest.fixture
def my_mod(tmp_path: Path) -> Path:
    return documented_mod(tmp_path / "my_mod")


def streets_with(mods: list[Path], paths: Paths):
    library = MapLibrary([paths.maps, *(m / "maps" for m in mods)])
    return library["streets"]


def test_the_documented_mod_lints_clean_and_its_person_stands_on_the_streets(
        my_mod: Path, paths: Paths) -> None:
    report, _ = lint_game(paths, [my_mod])
    assert [d.format() for d in report.items if d.is_error] == []
    streets = streets_with([my_mod], paths)
    people = {n.id: n for n in streets.npcs}
    assert people["juggler_1"].role == "juggler" and people["juggler_1"].tile == (38, 16)
    assert people["usher"].tile == (9, 10) and people["usher"].facing == "left"
    assert "child_4" not in people
    assert len(streets.lights) == len(streets_with([], paths).lights) + 1
    # the map as its file says is unchanged for the next reader
    assert "juggler_1" not in {n.id for n in streets_with([], paths).npcs}


def test_he_answers_in_the_mods_language(my_mod: Path, paths: Paths, tmp_path: Path) -> None:
    streets = streets_with([my_mod], paths)
    standing = {n.tile for n in streets.npcs if n.behaviour != "walk"}
    lanes = {t for n in streets.npcs if n.behaviour == "walk" for t in n.route}
    goal = (39, 16)
    path = path_to(streets, streets.spawns["start"].tile, {goal}, standing | lanes)
    script = tmp_path / "walk.txt"
    script.write_text(script_for(path) + "press left\nwait 4\npress act\nwait 30\n",
                      encoding="utf-8")
    frames = sum(int(line.split()[-1]) + 1 for line in script.read_text().splitlines()
                 if line.startswith(("hold", "wait"))) + 20
    app = App(Options(frames=frames, input=script, sound=False, scale=1, map="streets",
                      mods=[my_mod], language="es"), paths)
    app.run()
    assert app.session.player.tile == goal
    said = [text for _, text in app.session.history]
    assert "Tres pelotas, señor. Nunca cuatro. Cuatro es presumir." in said or (
        "Don't mind the bandages. The balls don't." in said), said
    assert ("es", "Español") in app.text.languages()


def test_why_explains_the_mods_person_installed_or_given(my_mod: Path, paths: Paths) -> None:
    out = io.StringIO()
    assert why_main(["juggler"], paths, out=out) == 2  # not installed, not given
    assert why_main(["juggler", "--mod", str(my_mod)], paths, out=out) == 0
    assert "[WINS] juggler.bandages" in out.getvalue()
    paths.mods.mkdir(parents=True)
    shutil.copytree(my_mod, paths.mods / "my_mod")
    out = io.StringIO()
    assert why_main(["juggler", "--face", "mask"], paths, out=out) == 0
    assert "mods: my_mod (user folder)" in out.getvalue()
    assert "[WINS] juggler.mask" in out.getvalue()


def test_two_mods_moving_one_person_are_listed_as_a_conflict(my_mod: Path, paths: Paths,
                                                             tmp_path: Path) -> None:
    other = tmp_path / "other"
    (other / "maps" / "patches").mkdir(parents=True)
    (other / "mod.yaml").write_text("name: Other\nversion: 1\n", encoding="utf-8")
    (other / "maps" / "patches" / "shop.yaml").write_text(
        "patches:\n  - map: streets\n    move:\n      - {id: usher, at: [10, 10]}\n",
        encoding="utf-8")
    out = io.StringIO()
    with redirect_stdout(out):
        mods_main(["--mod", str(my_mod), "--mod", str(other)], paths)
    assert "map streets usher: my_mod < other" in out.getvalue()
    assert streets_with([my_mod, other], paths).npcs  # later wins
    shop = next(n for n in streets_with([my_mod, other], paths).npcs if n.id == "usher")
    assert shop.tile == (10, 10)


def test_two_mods_replacing_one_map_are_listed(paths: Paths, tmp_path: Path) -> None:
    for name in ("a", "b"):
        mod = tmp_path / name
        (mod / "maps").mkdir(parents=True)
        (mod / "mod.yaml").write_text(f"name: {name}\nversion: 1\n", encoding="utf-8")
        shutil.copy(ROOT / "maps" / "museum.tmx", mod / "maps" / "museum.tmx")
        text = (mod / "maps" / "museum.tmx").read_text(encoding="utf-8")
        (mod / "maps" / "museum.tmx").write_text(
            text.replace('source="city.tsx"', 'source="game:city.tsx"'), encoding="utf-8")
    out = io.StringIO()
    with redirect_stdout(out):
        mods_main(["--mod", str(tmp_path / "a"), "--mod", str(tmp_path / "b")], paths)
    assert "map museum: a < b" in out.getvalue()


PATCH_TMX = """<?xml version="1.0" encoding="UTF-8"?>
<map version="1.10" orientation="orthogonal" renderorder="right-down" width="70" height="45"
     tilewidth="16" tileheight="16" infinite="0" nextlayerid="2" nextobjectid="3">
 <properties>
  <property name="patches" value="streets"/>
 </properties>
 {layer}
 <objectgroup id="1" name="objects">
  <object id="1" type="npc" x="608" y="256" width="16" height="16">
   <properties>
    <property name="id" value="tiled_kid"/>
    <property name="role" value="{role}"/>
   </properties>
  </object>
  <object id="2" type="npc" x="0" y="0">
   <properties>
    <property name="id" value="child_4"/>
    <property name="remove" type="bool" value="true"/>
   </properties>
  </object>
 </objectgroup>
</map>
"""


def tiled_patch_mod(folder: Path, *, role: str = "child", layer: str = "") -> Path:
    (folder / "maps" / "patches").mkdir(parents=True)
    (folder / "mod.yaml").write_text("name: Tiled\nversion: 1\n", encoding="utf-8")
    (folder / "maps" / "patches" / "kids.tmx").write_text(
        PATCH_TMX.replace("{role}", role).replace("{layer}", layer), encoding="utf-8")
    return folder


def test_a_patch_drawn_in_tiled_adds_and_removes(paths: Paths, tmp_path: Path) -> None:
    mod = tiled_patch_mod(tmp_path / "tiled")
    assert patch_files(mod / "maps") == [mod / "maps" / "patches" / "kids.tmx"]
    report, _ = lint_game(paths, [mod])
    assert [d.format() for d in report.items if d.is_error] == []
    people = {n.id: n for n in streets_with([mod], paths).npcs}
    assert people["tiled_kid"].tile == (38, 16) and "child_4" not in people


def test_problems_in_a_patch_point_into_the_patch(paths: Paths, tmp_path: Path) -> None:
    mod = tiled_patch_mod(tmp_path / "tiled", role="chlid",
                          layer='<layer id="9" name="g" width="1" height="1">'
                                '<data encoding="csv">0</data></layer>')
    report, _ = lint_game(paths, [mod])
    found = {(d.code, Path(d.file).name, d.line) for d in report.items if d.is_error}
    assert ("M051", "kids.tmx", 7) in found  # the tile layer
    assert ("M030", "kids.tmx", 9) in found  # the unknown role, on the patch's object
    assert load_mods(paths, [mod]).refused


@pytest.mark.parametrize("patch, code, line", [
    ("patches:\n  - map: stretes\n    remove: [child_4]\n", "M050", 2),
    ("patches:\n  - map: streets\n    remove: [child_40]\n", "M050", 3),
    ("patches:\n  - map: streets\n    add:\n      - {type: npc, id: x, role: child, "
     "at: [0, 0]}\n", "M032", 4),
    ("patches:\n  - map: streets\n    add:\n      - {type: wall, at: [1, 1]}\n", "M051", 4),
    ("patches:\n  - map: streets\n    move:\n      - {id: usher, at: [99999, 1]}\n",
     "M051", 4),
    ("patches:\n  - map: streets\n    add:\n      - {type: exit, at: [1, 1], "
     "size: [4000, 4000]}\n", "M051", 4),
    ("patchez: []\n", "M051", 1),
])
def test_yaml_patch_problems_have_positions(paths: Paths, tmp_path: Path, patch: str,
                                            code: str, line: int) -> None:
    mod = tmp_path / "p"
    (mod / "maps" / "patches").mkdir(parents=True)
    (mod / "mod.yaml").write_text("name: P\nversion: 1\n", encoding="utf-8")
    (mod / "maps" / "patches" / "x.yaml").write_text(patch, encoding="utf-8")
    report, _ = lint_game(paths, [mod])
    found = {(d.code, d.line) for d in report.items
             if d.is_error and d.file.endswith("x.yaml")}
    assert (code, line) in found, found


def test_the_same_mod_twice_is_one_mod_and_the_command_line_wins(my_mod: Path,
                                                                 paths: Paths) -> None:
    paths.mods.mkdir(parents=True)
    installed = paths.mods / "my_mod"
    shutil.copytree(my_mod, installed)
    mods = discover(paths, [my_mod])
    assert [(m.id, m.path) for m in mods] == [("my_mod", my_mod)]
    assert [p.code for p in mods[0].problems] == ["X009"]
    loaded = load_mods(paths, [my_mod])
    assert not loaded.refused and loaded.folders == [my_mod]


def test_a_mods_language_is_played_exported_and_imported(my_mod: Path, paths: Paths,
                                                         tmp_path: Path) -> None:
    from game.cli import content_languages

    assert "es" in content_languages(paths, [my_mod])
    po = tmp_path / "es.po"
    assert po_main(["export", "es", str(po), "--mod", str(my_mod)], paths,
                   out=io.StringIO()) == 0
    entries = {e.context: e for e in parse_po(po.read_text(encoding="utf-8"), "es.po")}
    assert entries["juggler.bandages.1"].translation.startswith("Tres pelotas")
    assert entries["juggler.mask.1"].translation == ""  # missing
    assert entries["language.name"].translation == "Español"
    back = my_mod / "dialogue" / "i18n" / "es" / "texts.yaml"
    (my_mod / "dialogue" / "i18n" / "es" / "names.yaml").unlink()
    assert po_main(["import", "es", str(po), str(back)], paths, out=io.StringIO()) == 0
    report, _ = lint_game(paths, [my_mod], ("es",))
    assert not [d for d in report.items if d.is_error]
    stale_or_wrong = [d for d in report.items if d.code in ("D061", "D062")
                      and "my_mod" in d.file]
    assert stale_or_wrong == []


def test_a_refused_mods_map_is_one_line_and_exit_2(paths: Paths, tmp_path: Path,
                                                   capsys, caplog) -> None:
    from game.cli import main

    mod = tmp_path / "broken"
    (mod / "maps").mkdir(parents=True)
    (mod / "mod.yaml").write_text("name: B\nversion: 1\nnope: 1\n", encoding="utf-8")
    shutil.copy(ROOT / "tests" / "lint_cases" / "M030" / "maps" / "yard.tmx",
                mod / "maps" / "yard.tmx")
    import os

    old = os.environ.get("BORROWED_FACE_HOME")
    os.environ["BORROWED_FACE_HOME"] = str(tmp_path / "home")
    try:
        assert main(["--mod", str(mod), "--map", "yard", "--frames", "2"]) == 2
        err = capsys.readouterr().err
        assert "no map named 'yard'" in err and len(err.splitlines()) == 1
        assert "mod broken" in caplog.text and "was refused" in caplog.text  # log, stderr
        assert main(["--map", "streets", "--spawn", "nowhere", "--frames", "2"]) == 2
        assert "has no spawn 'nowhere'" in capsys.readouterr().err
        assert main(["--mod", str(tmp_path / "missing"), "--frames", "2"]) == 2
        assert main(["--spawn", "start", "--frames", "2"]) == 2  # a spawn of no map
        with pytest.raises(SystemExit) as stop:  # argparse's own one-line refusal
            main(["--scale", "7", "--frames", "2"])
        assert stop.value.code == 2
        assert main(["--language", "xx", "--frames", "2"]) == 2
    finally:
        if old is None:
            os.environ.pop("BORROWED_FACE_HOME", None)
        else:
            os.environ["BORROWED_FACE_HOME"] = old


def test_a_yaml_patch_adding_too_much_is_refused_before_making_it(paths: Paths,
                                                                   tmp_path: Path) -> None:
    mod = tmp_path / "many"
    (mod / "maps" / "patches").mkdir(parents=True)
    (mod / "mod.yaml").write_text("name: Many\nversion: 1\n", encoding="utf-8")
    items = "".join("      - {type: light, at: [1, 1], size: [64, 64]}\n"
                    for _ in range(300))
    (mod / "maps" / "patches" / "x.yaml").write_text(
        f"patches:\n  - map: streets\n    add:\n{items}", encoding="utf-8")
    report, _ = lint_game(paths, [mod])
    assert any(d.code == "M051" and "more than" in d.message for d in report.items)


def test_a_patch_problem_met_in_play_is_told_once(tmp_path: Path, paths: Paths,
                                                   caplog: pytest.LogCaptureFixture) -> None:
    """The lint refuses such a mod; what still reaches the game's map library (its own
    files edited) goes to the game's report, which logs it: one line, not two."""
    import logging

    mod = tmp_path / "gone"
    (mod / "maps" / "patches").mkdir(parents=True)
    (mod / "maps" / "patches" / "streets.yaml").write_text(
        "patches:\n  - map: streets\n    remove: [nobody_here]\n", encoding="utf-8")
    told: list[str] = []

    def report_problem(message: str) -> None:  # as the app's: logged, and shown
        logging.getLogger("game.app").warning("%s", message)
        told.append(message)

    with caplog.at_level(logging.WARNING):
        MapLibrary([paths.maps, mod / "maps"], report_problem)["streets"]
    assert len(told) == 1 and "nobody_here" in told[0]
    assert [r.getMessage() for r in caplog.records].count(told[0]) == 1
    caplog.clear()
    with caplog.at_level(logging.WARNING):  # with no one to tell (the lint), it is logged
        MapLibrary([paths.maps, mod / "maps"])["streets"]
    assert [r.getMessage() for r in caplog.records] == told
