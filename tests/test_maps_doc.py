"""docs/maps.md's table of the shipped maps names what the maps hold: every map, spawn,
person and interact object, and nothing that is not there (it is written by hand, for
its prose; this keeps it from drifting when a map changes)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from game.world.mapdata import MapData, load_map

ROOT = Path(__file__).resolve().parent.parent
TICKED = re.compile(r"`([^`]+)`")
RANGE = re.compile(r"`([a-z_]+?)(\d+)`\.\.`\1(\d+)`")


def rows() -> dict[str, list[str]]:
    """The table's rows by map id: [map, size, spawns, exits, people, things]."""
    text = (ROOT / "docs" / "maps.md").read_text(encoding="utf-8")
    table = text.split("## The shipped maps", 1)[1]
    found = {}
    for line in table.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split(" | ")]
        if len(cells) == 6 and cells[0].startswith("`"):
            found[cells[0].strip("`")] = cells
    return found


def ids_in(cell: str) -> set[str]:
    """The backticked names in a cell, `a_1`..`a_3` ranges spelled out."""
    names = set()
    for prefix, low, high in RANGE.findall(cell):
        names.update(f"{prefix}{n}" for n in range(int(low), int(high) + 1))
    return names | set(TICKED.findall(RANGE.sub("", cell)))


MAPS = sorted(path.stem for path in (ROOT / "maps").glob("*.tmx"))


def test_every_map_has_a_row() -> None:
    assert sorted(rows()) == MAPS


@pytest.mark.parametrize("map_id", MAPS)
def test_a_row_names_what_its_map_holds(map_id: str) -> None:
    data: MapData = load_map(ROOT / "maps" / f"{map_id}.tmx")
    _, size, spawns, _, people, things = rows()[map_id]
    assert size == f"{data.width} x {data.height}"
    assert ids_in(spawns) == set(data.spawns)
    assert ids_in(people) == {npc.id for npc in data.npcs}
    named = ids_in(things)
    for thing in data.objects:
        assert thing.id in named, f"{thing.id} is not in the row of {map_id}"
        if thing.scene != thing.id and "scene = id" not in things:
            assert thing.scene in named, f"{thing.id} starts {thing.scene}"
