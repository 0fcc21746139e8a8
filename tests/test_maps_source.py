"""The shipped .tmx files are the maps' source: nothing in the project rewrites them.

tools/new_map.py only starts a map that does not exist yet; no other script writes a
.tmx. (By hand, on the day the generator went: a marker line added to
maps/streets.tmx survived make_tiles, make_sprites, make_sound, make_modding_docs,
tile_ids, new_map and every benchmark.)
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from game.world.mapchecks import check_maps
from game.world.mapdata import MapData, load_map

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import new_map  # noqa: E402

WRITES = re.compile(
    r"write_text|write_bytes|(?<!std(out|err))\.write\(|open\([^)]*['\"][wax]|O_CREAT|\.save\("
)


def test_new_map_never_overwrites(tmp_path: Path) -> None:
    shipped = tmp_path / "streets.tmx"
    shipped.write_bytes((ROOT / "maps" / "streets.tmx").read_bytes())
    before = shipped.read_bytes()
    assert new_map.main(["streets", "20", "10", "--folder", str(tmp_path)]) == 1
    assert shipped.read_bytes() == before


def test_new_map_starts_a_map_the_game_loads_cleanly(tmp_path: Path) -> None:
    folder = tmp_path / "maps"  # the tileset finds its image at ../assets/tiles
    folder.mkdir()
    (folder / "city.tsx").write_bytes((ROOT / "maps" / "city.tsx").read_bytes())
    (tmp_path / "assets" / "tiles").mkdir(parents=True)
    png = ROOT / "assets" / "tiles" / "city.png"
    (tmp_path / "assets" / "tiles" / "city.png").write_bytes(png.read_bytes())
    assert new_map.main(["teahouse", "12", "9", "--folder", str(folder), "--name", "Tea"]) == 0
    data = load_map(folder / "teahouse.tmx")
    assert (data.width, data.height, data.name, data.indoors) == (12, 9, "Tea", True)
    assert data.spawns["entrance"].tile == (6, 4)
    assert [layer for layer in ("ground", "buildings", "decor", "above")] == [
        line.split('name="')[1].split('"')[0]
        for line in (folder / "teahouse.tmx").read_text().splitlines()
        if line.startswith(" <layer ")
    ]
    assert check_maps({"teahouse": data}) == []
    assert new_map.main(["Tea House", "12", "9", "--folder", str(folder)]) == 2


def _writers(tree: ast.AST) -> list[str]:
    """Functions that both name a .tmx file and write a file."""
    found = []
    for func in ast.walk(tree):
        if not isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        source = ast.unparse(func)
        if ".tmx" in source and WRITES.search(source):
            found.append(func.name)
    return found


def test_no_script_writes_a_tmx() -> None:
    writers = []
    for folder in ("tools", "game", "benchmarks"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            if path.name != "new_map.py":
                names = _writers(ast.parse(path.read_text(encoding="utf-8")))
                writers += [f"{path.relative_to(ROOT)}: {name}()" for name in names]
    assert writers == [], "a script writes a .tmx: the maps are edited in Tiled, not generated"


def test_the_writer_check_sees_a_generator() -> None:
    old = "def main():\n    path = MAPS / f'{map_id}.tmx'\n    path.write_text(make())\n"
    assert _writers(ast.parse(old)) == ["main"]


def test_the_places_pictures_tool_draws_a_plan(tmp_path: Path) -> None:
    import pygame
    import shots_places

    pygame.display.init()
    pygame.display.set_mode((1, 1))
    data = load_map(ROOT / "maps" / "tobacco.tmx")
    shots_places.plan(ROOT / "maps" / "tobacco.tmx", tmp_path / "tobacco.png", objects=True)
    image = pygame.image.load(str(tmp_path / "tobacco.png"))
    assert image.get_size() == (data.width * 16, data.height * 16)
    spawn = data.spawns["entrance"].tile
    assert image.get_at((spawn[0] * 16 + 8, spawn[1] * 16 + 8))[:3] == shots_places.COLOURS["spawn"]


def _what_the_game_reads(data: MapData) -> tuple:
    return (
        data.width, data.height, data.name, data.default_spawn, data.music, data.indoors,
        data.private, data.ambient, [bytes(row) for row in data.blocked],
        sorted((s.name, s.tile, s.facing) for s in data.spawns.values()),
        sorted((sorted(e.tiles), e.target_map, e.target_spawn, e.kind, e.sound)
               for e in data.exits),
        sorted((n.id, n.role, n.tile, n.facing, n.behaviour, n.route, n.when) for n in data.npcs),
        sorted((o.id, o.kind, o.scene, sorted(o.tiles), sorted(o.properties.items()))
               for o in data.objects),
        [(light.x, light.y, light.radius, light.colour) for light in data.lights],
    )


@pytest.mark.skipif(shutil.which("tiled") is None, reason="the Tiled editor is not installed")
@pytest.mark.parametrize("path", sorted((ROOT / "maps").glob("*.tmx")), ids=lambda p: p.stem)
def test_a_map_saved_by_tiled_reads_the_same(path: Path, tmp_path: Path) -> None:
    """Open and save each shipped map in Tiled (its command line): nothing the game reads
    changes, so editing the maps in Tiled is safe."""
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(runtime),
               HOME=str(tmp_path))
    saved = tmp_path / path.name
    subprocess.run(["tiled", "--export-map", "tmx", str(path), str(saved)], env=env,
                   capture_output=True, timeout=120, check=True)
    assert _what_the_game_reads(load_map(saved)) == _what_the_game_reads(load_map(path))
