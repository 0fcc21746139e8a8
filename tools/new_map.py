"""Start a brand-new, empty Tiled map in the game's conventions, once.

The shipped maps (maps/*.tmx) are their own source: they are edited in Tiled, or as
TMX text, and no script rewrites them. This tool only saves the blank page for a new
place, so it opens in Tiled with everything docs/maps.md asks for already set: 16 x 16
tiles, CSV layers `ground`, `buildings`, `decor` and `above` (overhead), an `objects`
layer with one `spawn`, the map properties, and the external tileset city.tsx. It
refuses to touch a file that exists.

    python tools/new_map.py teahouse 20 14 --name "The teahouse"
    python tools/new_map.py teahouse 20 14 --folder mymod/maps
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path
from xml.sax.saxutils import quoteattr

ROOT = Path(__file__).resolve().parent.parent
LAYERS = ("ground", "buildings", "decor", "above")
MAP_ID = re.compile(r"[a-z][a-z0-9_]*\Z")
TILE = 16


def blank_map(width: int, height: int, name: str, music: str, indoors: bool) -> str:
    """The TMX text of an empty map with one spawn, `entrance`, in its middle."""
    rows = ",\n".join(",".join("0" * width) for _ in range(height))
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<map version="1.10" tiledversion="1.10.2" orientation="orthogonal" '
        f'renderorder="right-down" width="{width}" height="{height}" tilewidth="{TILE}" '
        f'tileheight="{TILE}" infinite="0" nextlayerid="{len(LAYERS) + 2}" nextobjectid="2">',
        " <properties>",
        f'  <property name="name" value={quoteattr(name)}/>',
        '  <property name="default_spawn" value="entrance"/>',
        f'  <property name="music" value={quoteattr(music)}/>',
        f'  <property name="indoors" type="bool" value="{str(indoors).lower()}"/>',
        '  <property name="private" type="bool" value="false"/>',
        " </properties>",
        ' <tileset firstgid="1" source="city.tsx"/>',
    ]
    for number, layer in enumerate(LAYERS, 1):
        lines.append(f' <layer id="{number}" name="{layer}" width="{width}" height="{height}">')
        if layer == "above":
            lines += [
                "  <properties>",
                '   <property name="overhead" type="bool" value="true"/>',
                "  </properties>",
            ]
        lines += ['  <data encoding="csv">', rows, "</data>", " </layer>"]
    x, y = width // 2 * TILE + TILE // 2, height // 2 * TILE + TILE // 2
    lines += [
        f' <objectgroup id="{len(LAYERS) + 1}" name="objects">',
        f'  <object id="1" name="entrance" type="spawn" x="{x}" y="{y}">',
        "   <properties>",
        '    <property name="facing" value="down"/>',
        "   </properties>",
        "   <point/>",
        "  </object>",
        " </objectgroup>",
        "</map>",
        "",
    ]
    return "\n".join(lines)


def create(path: Path, text: str) -> None:
    """Write `text` to a new file; FileExistsError if anything is there already."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    with os.fdopen(fd, "w", encoding="utf-8") as file:
        file.write(text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("map_id", help="the map's id, which is its file name: teahouse")
    parser.add_argument("width", type=int, help="in tiles")
    parser.add_argument("height", type=int, help="in tiles")
    parser.add_argument("--name", help="the name shown on entering (default: the id)")
    parser.add_argument("--music", default="streets", help="track id (default: streets)")
    parser.add_argument("--outdoors", action="store_true", help="not inside a building")
    parser.add_argument("--folder", type=Path, default=ROOT / "maps", help="default: maps/")
    args = parser.parse_args(argv)
    if not MAP_ID.match(args.map_id):
        print(f"map id `{args.map_id}`: use lower-case letters, digits and _", file=sys.stderr)
        return 2
    if not (4 <= args.width <= 200 and 4 <= args.height <= 200):
        print("width and height are tiles, from 4 to 200", file=sys.stderr)
        return 2
    path = args.folder / f"{args.map_id}.tmx"
    text = blank_map(
        args.width, args.height, args.name or args.map_id, args.music, not args.outdoors
    )
    try:
        create(path, text)
    except FileExistsError:
        print(f"{path} exists; open it in Tiled instead (this tool never overwrites)",
              file=sys.stderr)
        return 1
    print(f"wrote {path}: add a floor, walls, an exit and its way back (docs/maps.md)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
