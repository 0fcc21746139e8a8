"""Tile ids the shipped maps use never move: a record of them, and the check.

A map stores tiles by number (a gid: the tileset's first gid plus the tile's local
id), so a tileset whose tiles are reordered or renamed redraws every map wrongly
without a single error. maps/tile_ids.txt records, for every tile a shipped map
uses, its local id in city.tsx and its name. tools/make_tiles.py asks
`refuse_moved_tiles` before it writes a new city.tsx, and tests/test_tile_ids.py
holds the record, the tileset and the maps to each other.

    python tools/tile_ids.py            # check maps/city.tsx and the maps against the record
    python tools/tile_ids.py --record   # after a map starts using a new tile: add it
"""

from __future__ import annotations

import argparse
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAPS = ROOT / "maps"
TSX = MAPS / "city.tsx"
RECORD = MAPS / "tile_ids.txt"
FLIP_BITS = 0xE0000000  # Tiled keeps flips and rotation in a gid's top bits
HEADER = (
    "# Tiles of city.tsx that the maps use: local id, name. Written by\n"
    "# `python tools/tile_ids.py --record`; tools/make_tiles.py refuses a tileset\n"
    "# that moves or renames any of them.\n"
)


def tileset_names(tsx: Path = TSX) -> dict[int, str]:
    """Local tile id -> the tile's `name` property, read from a .tsx file."""
    names: dict[int, str] = {}
    for tile in ET.parse(tsx).getroot().iter("tile"):
        for prop in tile.iter("property"):
            if prop.get("name") == "name":
                names[int(tile.get("id", "-1"))] = prop.get("value", "")
    return names


def used_ids(folder: Path = MAPS, tileset: str = "city.tsx") -> dict[int, list[str]]:
    """Local ids of `tileset` used on any layer of the maps in `folder` -> map ids."""
    used: dict[int, list[str]] = {}
    for path in sorted(folder.glob("*.tmx")):
        root = ET.parse(path).getroot()
        firsts = sorted(
            (int(ts.get("firstgid", "1")), Path(ts.get("source", "")).name)
            for ts in root.iter("tileset")
        )
        for data in root.iter("data"):
            if data.get("encoding") != "csv":
                raise ValueError(f"{path}: only CSV layers can be checked")
            for token in re.split(r"[,\s]+", (data.text or "").strip()):
                gid = int(token) & ~FLIP_BITS if token else 0
                owner = max(((f, s) for f, s in firsts if f <= gid), default=None)
                if gid and owner is not None and owner[1] == tileset:
                    maps = used.setdefault(gid - owner[0], [])
                    if path.stem not in maps:
                        maps.append(path.stem)
    return used


def read_record(path: Path = RECORD) -> dict[int, str]:
    record: dict[int, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            local_id, name = line.split(maxsplit=1)
            record[int(local_id)] = name.strip()
    return record


def moved(record: dict[int, str], names: Sequence[str] | dict[int, str]) -> list[str]:
    """Each recorded tile that `names` (a new tileset, by local id) moves or renames."""
    lookup = dict(enumerate(names)) if not isinstance(names, dict) else names
    where = {name: local_id for local_id, name in lookup.items()}
    problems = []
    for local_id, name in sorted(record.items()):
        if lookup.get(local_id) == name:
            continue
        now = f"moved to id {where[name]}" if name in where else "gone"
        there = lookup.get(local_id)
        problems.append(
            f"tile {local_id} `{name}` is used by a map but is {now}"
            + (f"; id {local_id} is now `{there}`" if there else "")
        )
    return problems


def refuse_moved_tiles(names: Sequence[str], record: Path = RECORD) -> None:
    """Stop (SystemExit) before a tileset that moves a used tile is written.

    `names` are the new tileset's tile names in id order. Add tiles at the end; a
    tile no map uses (not in the record) may move freely.
    """
    problems = moved(read_record(record), names)
    if problems:
        raise SystemExit(
            "refusing to write a tileset that moves tiles the maps use "
            f"({record.relative_to(ROOT) if record.is_relative_to(ROOT) else record}):\n  "
            + "\n  ".join(problems)
            + "\nappend new tiles at the end and keep used ones where they are"
        )


def record_text(used: dict[int, list[str]], names: dict[int, str]) -> str:
    return HEADER + "".join(f"{i} {names[i]}\n" for i in sorted(used))


def check(folder: Path = MAPS, tsx: Path = TSX, record: Path = RECORD) -> list[str]:
    """Every disagreement between the maps, the tileset and the record."""
    names, recorded = tileset_names(tsx), read_record(record)
    problems = moved(recorded, names)
    for local_id, maps in sorted(used_ids(folder).items()):
        if local_id not in names:
            problems.append(f"tile {local_id} is used by {', '.join(maps)} but city.tsx has none")
        elif local_id not in recorded:
            problems.append(
                f"tile {local_id} `{names[local_id]}` is used by {', '.join(maps)} and not "
                "recorded: run python tools/tile_ids.py --record"
            )
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--record", action="store_true", help="add newly used tiles")
    args = parser.parse_args(argv)
    if args.record:
        names = tileset_names()
        problems = moved(read_record(), names) if RECORD.exists() else []
        if problems:
            print("\n".join(problems), file=sys.stderr)
            print("the tileset moved used tiles; fix city.tsx before recording", file=sys.stderr)
            return 1
        used = used_ids()
        used.update({i: [] for i in (read_record() if RECORD.exists() else {})})
        RECORD.write_text(record_text(used, names), encoding="utf-8")
        print(f"{len(used)} used tiles -> {RECORD.relative_to(ROOT)}")
        return 0
    problems = check()
    print("\n".join(problems) or "the maps, city.tsx and maps/tile_ids.txt agree")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
