"""The game plays itself: scripted walks through the city, headless and deterministic."""

from __future__ import annotations

from pathlib import Path

import pytest
from pathing import shortest_path

from game.app import App, Options
from game.paths import default_paths
from game.world.mapdata import MapData, load_map

ROOT = Path(__file__).resolve().parent.parent
FRAMES_PER_TILE = 12  # the hero walks 5 tiles a second at 60 steps a second
STEPS = {(1, 0): "right", (-1, 0): "left", (0, 1): "down", (0, -1): "up"}


def path_to(data: MapData, start: tuple[int, int], goals: set[tuple[int, int]],
            avoid: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Shortest walk over the collision grid (people are obstacles)."""
    path = shortest_path(start, goals, lambda tile: tile not in avoid and (
        tile in goals or not data.is_blocked(*tile)))
    if path is None:
        raise AssertionError(f"no path from {start} to {sorted(goals)}")
    return path


def script_for(path: list[tuple[int, int]]) -> str:
    """One `hold` per straight run, released before the next tile would start."""
    lines: list[str] = []
    runs: list[tuple[str, int]] = []
    for a, b in zip(path, path[1:], strict=False):
        direction = STEPS[(b[0] - a[0], b[1] - a[1])]
        if runs and runs[-1][0] == direction:
            runs[-1] = (direction, runs[-1][1] + 1)
        else:
            runs.append((direction, 1))
    for direction, count in runs:
        lines.append(f"hold {direction} {count * FRAMES_PER_TILE - 4}")
        lines.append("wait 8")
    lines.append("wait 40")
    return "\n".join(lines) + "\n"


def run_game(tmp_path: Path, script: str, **start: object) -> App:
    script_file = tmp_path / "walk.txt"
    script_file.write_text(script, encoding="utf-8")
    frames = sum(int(line.split()[-1]) + (1 if line.startswith("hold") else 0)
                 for line in script.splitlines() if line) + 10
    app = App(Options(frames=frames, input=script_file, sound=False, scale=1, **start),
              default_paths())
    app.run()
    return app


def npc_tiles(data: MapData) -> set[tuple[int, int]]:
    # walkers move, so keep well clear of every route and standing person
    tiles = {npc.tile for npc in data.npcs}
    for npc in data.npcs:
        tiles.update(npc.route)
    return tiles


def test_walk_from_the_streets_through_the_door_of_house_s(tmp_path: Path) -> None:
    streets = load_map(ROOT / "maps" / "streets.tmx")
    door = next(e for e in streets.exits if e.target_map == "house_s")
    spawn = streets.spawns[streets.default_spawn]
    route = path_to(streets, spawn.tile, set(door.tiles), npc_tiles(streets) - set(door.tiles))
    app = run_game(tmp_path, script_for(route), map="streets")
    house = load_map(ROOT / "maps" / "house_s.tmx")
    assert app.session.map_id == "house_s"
    assert app.session.player.tile == house.spawns[door.target_spawn].tile


@pytest.mark.parametrize("map_id", ["house_s", "home"])
def test_walk_back_out_to_the_streets(tmp_path: Path, map_id: str) -> None:
    data = load_map(ROOT / "maps" / f"{map_id}.tmx")
    out = next(e for e in data.exits if e.target_map == "streets")
    spawn = data.spawns[data.default_spawn]
    route = path_to(data, spawn.tile, set(out.tiles), npc_tiles(data) - set(out.tiles))
    app = run_game(tmp_path, script_for(route), map=map_id)
    streets = load_map(ROOT / "maps" / "streets.tmx")
    assert app.session.map_id == "streets"
    assert app.session.player.tile == streets.spawns[out.target_spawn].tile
