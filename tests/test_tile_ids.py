"""Tiles the shipped maps use keep their ids and names when the tileset is redrawn.

Maps store tile numbers; tools/make_tiles.py may redraw and extend the tileset, but a
tile that moves or is renamed would silently repaint every map. maps/tile_ids.txt
records the used tiles (tools/tile_ids.py)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import tile_ids  # noqa: E402


def load_make_tiles():
    spec = importlib.util.spec_from_file_location("make_tiles", ROOT / "tools" / "make_tiles.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_tiles"] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


def test_maps_tileset_and_record_agree() -> None:
    assert tile_ids.check() == []


def test_every_tile_a_map_uses_is_recorded_with_its_current_name() -> None:
    names = tile_ids.tileset_names()
    record = tile_ids.read_record()
    used = tile_ids.used_ids()
    assert used, "the shipped maps use no tiles of city.tsx?"
    for local_id in used:
        assert record.get(local_id) == names[local_id]


def test_regenerating_the_tileset_moves_no_used_tile() -> None:
    sheet = load_make_tiles().build()
    assert tile_ids.moved(tile_ids.read_record(), [tile.name for tile in sheet.tiles]) == []


def test_make_tiles_refuses_a_tileset_that_moves_a_used_tile(tmp_path: Path) -> None:
    record = tmp_path / "tile_ids.txt"
    record.write_text("# used\n0 asphalt\n2 pavement\n", encoding="utf-8")
    tile_ids.refuse_moved_tiles(["asphalt", "grass", "pavement", "new_tile"], record)
    with pytest.raises(SystemExit, match=r"`pavement` .* moved to id 1; id 2 is now `grass`"):
        tile_ids.refuse_moved_tiles(["asphalt", "pavement", "grass"], record)
    with pytest.raises(SystemExit, match=r"tile 0 `asphalt` .* gone"):
        tile_ids.refuse_moved_tiles(["tarmac", "grass", "pavement"], record)


def test_used_ids_reads_flipped_tiles_and_a_second_tileset(tmp_path: Path) -> None:
    flipped = 0x80000000 | 6  # horizontally flipped gid 6 = local id 5
    (tmp_path / "m.tmx").write_text(
        '<map><tileset firstgid="1" source="city.tsx"/>'
        '<tileset firstgid="400" source="other.tsx"/>'
        f'<layer><data encoding="csv">0,3,\n{flipped},401</data></layer></map>',
        encoding="utf-8",
    )
    assert tile_ids.used_ids(tmp_path) == {2: ["m"], 5: ["m"]}
