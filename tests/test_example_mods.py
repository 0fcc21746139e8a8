"""The example mods under examples/mods/ load, lint clean and change the game."""

from __future__ import annotations

from pathlib import Path

import yaml

from game.app import App, Options
from game.checks import lint_game
from game.modset import load_mods
from game.paths import default_paths
from game.world.mapdata import load_map
from tests.test_walk import path_to, script_for

ROOT = Path(__file__).resolve().parent.parent
KINDER = ROOT / "examples" / "mods" / "kinder_children"


def mod_texts(mod: Path) -> set[str]:
    """Every English text the mod's dialogue files write."""
    found: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, dict):
            if isinstance(value.get("text"), str) and "id" in value:
                found.add(value["text"])
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for path in (mod / "dialogue").glob("*.yaml"):
        walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    return found


def test_kinder_children_lints_clean() -> None:
    report, checked = lint_game(default_paths(), [KINDER])
    assert [d.format() for d in report.sorted()] == []
    assert any("kinder_children" in line for line in checked)


def test_kinder_children_is_loaded_not_refused() -> None:
    mods = load_mods(default_paths(), [KINDER])
    assert [m.id for m in mods.loaded] == ["kinder_children"] and not mods.refused
    assert mods.loaded[0].title == "Kinder children 1.0.0"


def test_a_child_greets_the_bandages_with_the_mods_words(tmp_path: Path) -> None:
    """The walk the screenshot in docs/modding.md was taken with: from the bus stop to the
    children in the square, then act beside one of them."""
    streets = load_map(ROOT / "maps" / "streets.tmx")
    child = next(n for n in streets.npcs if n.id == "child_4")
    standing = {n.tile for n in streets.npcs if n.behaviour != "walk"}
    # keep off the lanes the walkers use, so the scripted timing holds
    lanes = {t for n in streets.npcs if n.behaviour == "walk" for a, b in zip(
        n.route, n.route[1:] + n.route[:1], strict=True) for t in _segment(a, b)}
    goal = (child.tile[0] + 1, child.tile[1])
    path = path_to(streets, streets.spawns["start"].tile, {goal}, standing | lanes)
    script = tmp_path / "walk.txt"
    script.write_text(script_for(path) + "press left\nwait 4\npress act\nwait 30\n",
                      encoding="utf-8")
    frames = sum(int(line.split()[-1]) + 1 for line in script.read_text().splitlines()
                 if line.startswith(("hold", "wait"))) + 20
    app = App(Options(frames=frames, input=script, sound=False, scale=1, map="streets",
                      mods=[KINDER]), default_paths())
    app.run()
    assert app.session.player.tile == goal
    said = [text for name, text in app.session.history if name == "Child"]
    assert said, app.session.history
    # the mod's words are heard; lines it leaves alone (a child who hides) may be too
    assert set(said) & mod_texts(KINDER), said


def _segment(a: tuple[int, int], b: tuple[int, int]) -> list[tuple[int, int]]:
    (x0, y0), (x1, y1) = a, b
    if x0 == x1:
        return [(x0, y) for y in range(min(y0, y1), max(y0, y1) + 1)]
    return [(x, y0) for x in range(min(x0, x1), max(x0, x1) + 1)]
