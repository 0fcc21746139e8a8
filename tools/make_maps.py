"""Write the Tiled maps (maps/*.tmx) from the layouts in this file.

Each map is drawn here from small ASCII plans and a few stamping helpers, then
saved as an ordinary Tiled map (orthographic, 16x16, CSV layers, the external
tileset city.tsx) that opens and edits in the Tiled editor. Tiles are named, not
numbered: the names are read back from maps/city.tsx.

    python tools/make_tiles.py      # first, if the tileset changed
    python tools/make_maps.py [--preview /tmp/maps]
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import quoteattr

ROOT = Path(__file__).resolve().parent.parent
MAPS = ROOT / "maps"
TSX = MAPS / "city.tsx"
T = 16
LAYERS = ("ground", "buildings", "decor", "above")

Cell = Callable[[int, int], str]  # an autotile: picks a tile name from the position
Legend = dict[str, dict[str, "str | Cell"]]


def tile_ids(tsx: Path = TSX) -> dict[str, int]:
    """Tile name -> local tile id, from the tileset's `name` properties."""
    ids: dict[str, int] = {}
    for tile in ET.parse(tsx).getroot().iter("tile"):
        for prop in tile.iter("property"):
            if prop.get("name") == "name":
                ids[prop.get("value", "")] = int(tile.get("id", "0"))
    return ids


@dataclass(slots=True)
class MapObject:
    kind: str  # the Tiled object type: spawn, exit, npc, interact, wall, walkable, private
    name: str
    x: int  # pixels
    y: int
    width: int
    height: int
    properties: dict[str, str | bool]
    point: bool = False


@dataclass(slots=True)
class MapBuilder:
    """Four named tile layers of tile names and one object layer, written as TMX."""

    map_id: str
    width: int
    height: int
    properties: dict[str, str | bool]
    layers: dict[str, list[list[str | None]]] = field(default_factory=dict)
    objects: list[MapObject] = field(default_factory=list)

    def __post_init__(self) -> None:
        for name in LAYERS:
            self.layers[name] = [[None] * self.width for _ in range(self.height)]

    # -- tiles

    def put(self, layer: str, x: int, y: int, name: str | None) -> None:
        if 0 <= x < self.width and 0 <= y < self.height:
            self.layers[layer][y][x] = name

    def get(self, layer: str, x: int, y: int) -> str | None:
        if 0 <= x < self.width and 0 <= y < self.height:
            return self.layers[layer][y][x]
        return None

    def fill(self, layer: str, x: int, y: int, w: int, h: int, name: str | Cell) -> None:
        for j in range(y, y + h):
            for i in range(x, x + w):
                self.put(layer, i, j, name(i, j) if callable(name) else name)

    def plan(self, rows: str, legend: Legend, x0: int = 0, y0: int = 0) -> None:
        """Paint an ASCII plan; each character names tiles per layer in `legend`."""
        lines = rows.strip("\n").split("\n")
        if (
            x0 == 0
            and y0 == 0
            and (len(lines) != self.height or any(len(line) != self.width for line in lines))
        ):
            sizes = sorted({len(line) for line in lines})
            raise ValueError(
                f"{self.map_id}: plan is {sizes}x{len(lines)}, map is {self.width}x{self.height}"
            )
        for j, line in enumerate(lines):
            for i, ch in enumerate(line):
                if ch == " ":
                    continue
                if ch not in legend:
                    raise KeyError(f"{self.map_id}: no legend for {ch!r} at {x0 + i},{y0 + j}")
                for layer, name in legend[ch].items():
                    x, y = x0 + i, y0 + j
                    self.put(layer, x, y, name(x, y) if callable(name) else name)

    def stamp(self, layer: str, x: int, y: int, names: list[list[str | None]]) -> None:
        for j, row in enumerate(names):
            for i, name in enumerate(row):
                if name:
                    self.put(layer, x + i, y + j, name)

    # -- objects

    def _add(
        self,
        kind: str,
        name: str,
        x: int,
        y: int,
        w: int,
        h: int,
        props: dict[str, str | bool],
        point: bool = False,
    ) -> None:
        self.objects.append(MapObject(kind, name, x * T, y * T, w * T, h * T, props, point))

    def spawn(self, name: str, x: int, y: int, facing: str = "down") -> None:
        # a point at the centre of the cell, so it survives snapping in Tiled
        self.objects.append(
            MapObject(
                "spawn", name, x * T + T // 2, y * T + T // 2, 0, 0, {"facing": facing}, point=True
            )
        )

    def exit(
        self,
        x: int,
        y: int,
        w: int,
        h: int,
        target_map: str,
        target_spawn: str,
        kind: str = "door",
        sound: str = "door",
    ) -> None:
        self._add(
            "exit",
            f"to_{target_map}",
            x,
            y,
            w,
            h,
            {"target_map": target_map, "target_spawn": target_spawn, "kind": kind, "sound": sound},
        )

    def npc(
        self,
        npc_id: str,
        role: str,
        x: int,
        y: int,
        facing: str = "down",
        behaviour: str = "stand",
        route: Iterable[tuple[int, int]] = (),
        sprite: str | None = None,
        when: str = "",
    ) -> None:
        props: dict[str, str | bool] = {
            "id": npc_id,
            "role": role,
            "facing": facing,
            "behaviour": behaviour,
        }
        waypoints = list(route)
        if waypoints:
            props["route"] = " ".join(f"{a},{b}" for a, b in waypoints)
        if sprite:
            props["sprite"] = sprite
        if when:  # there only while these facts hold (docs/maps.md)
            props["when"] = when
        self._add("npc", npc_id, x, y, 1, 1, props)

    def interact(
        self, obj_id: str, kind: str, scene: str, x: int, y: int, w: int = 1, h: int = 1
    ) -> None:
        self._add("interact", obj_id, x, y, w, h, {"id": obj_id, "kind": kind, "scene": scene})

    def light(self, x: float, y: float, radius: float, **props: str | float) -> None:
        """A `light` point at tile (x, y) (fractions allowed), with its properties."""
        values = {"radius": radius, **props}
        self._add("light", "", x, y, 0, 0, {k: str(v) for k, v in values.items()}, point=True)

    def area(self, kind: str, x: int, y: int, w: int = 1, h: int = 1, name: str = "") -> None:
        """A `wall`, `walkable` or `private` rectangle."""
        self._add(kind, name, x, y, w, h, {})

    # -- output

    def tmx(self, ids: dict[str, int]) -> str:
        missing = sorted(
            {n for rows in self.layers.values() for row in rows for n in row if n and n not in ids}
        )
        if missing:
            raise KeyError(f"{self.map_id}: tiles not in the tileset: {', '.join(missing)}")
        out = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            f'<map version="1.10" tiledversion="1.10.2" orientation="orthogonal" '
            f'renderorder="right-down" width="{self.width}" height="{self.height}" '
            f'tilewidth="{T}" tileheight="{T}" infinite="0" '
            f'nextlayerid="{len(LAYERS) + 2}" nextobjectid="{len(self.objects) + 1}">',
        ]
        out += properties_xml(self.properties, " ")
        out.append(' <tileset firstgid="1" source="city.tsx"/>')
        for number, name in enumerate(LAYERS, start=1):
            out.append(
                f' <layer id="{number}" name="{name}" width="{self.width}" height="{self.height}">'
            )
            if name == "above":
                out += properties_xml({"overhead": True}, "  ")
            out.append('  <data encoding="csv">')
            rows = self.layers[name]
            text_rows = [",".join(str(ids[n] + 1) if n else "0" for n in row) for row in rows]
            out.append(",\n".join(text_rows))
            out.append("</data>")
            out.append(" </layer>")
        out.append(f' <objectgroup id="{len(LAYERS) + 1}" name="objects">')
        for number, obj in enumerate(self.objects, start=1):
            attrs = f'id="{number}"'
            if obj.name:
                attrs += f" name={quoteattr(obj.name)}"
            attrs += f' type="{obj.kind}" x="{obj.x}" y="{obj.y}"'
            if not obj.point:
                attrs += f' width="{obj.width}" height="{obj.height}"'
            body = properties_xml(obj.properties, "   ")
            if obj.point:
                body.append("   <point/>")
            if body:
                out.append(f"  <object {attrs}>")
                out += body
                out.append("  </object>")
            else:
                out.append(f"  <object {attrs}/>")
        out.append(" </objectgroup>")
        out.append("</map>")
        return "\n".join(out) + "\n"


def properties_xml(props: dict[str, str | bool], indent: str) -> list[str]:
    if not props:
        return []
    lines = [f"{indent}<properties>"]
    for key, value in props.items():
        if isinstance(value, bool):
            lines.append(
                f'{indent} <property name="{key}" type="bool" value="{str(value).lower()}"/>'
            )
        else:
            lines.append(f"{indent} <property name={quoteattr(key)} value={quoteattr(value)}/>")
    lines.append(f"{indent}</properties>")
    return lines


# ---------------------------------------------------------------- autotiles


def tatami_h(x: int, y: int) -> str:
    return "tatami_l" if x % 2 else "tatami_r"


def kerbs(b: MapBuilder, road: set[str], paving: set[str]) -> None:
    """Give pavement cells that touch the road a kerb on those sides (kerb_n ... kerb_sw)."""
    for y in range(b.height):
        for x in range(b.width):
            if b.get("ground", x, y) not in paving:
                continue
            touching = {
                side
                for side, (dx, dy) in (("n", (0, -1)), ("s", (0, 1)), ("e", (1, 0)), ("w", (-1, 0)))
                if b.get("ground", x + dx, y + dy) in road
            }
            vertical = next((s for s in "ns" if s in touching), "")
            horizontal = next((s for s in "ew" if s in touching), "")
            if vertical or horizontal:
                b.put("ground", x, y, f"kerb_{vertical}{horizontal}")


# ---------------------------------------------------------------- street helpers

ROAD = {"asphalt", "asphalt_2", "road_line_h", "road_line_v", "zebra_v", "zebra_h", "manhole"}
PAVING = {"pavement", "pavement_2"}


def paving(x: int, y: int) -> str:
    return "pavement_2" if (x * 7 + y * 13) % 11 == 0 else "pavement"


def asphalt(x: int, y: int) -> str:
    return "asphalt_2" if (x * 5 + y * 3) % 17 == 0 else "asphalt"


def grassy(x: int, y: int) -> str:
    return "grass_2" if (x * 3 + y * 5) % 7 == 0 else "grass"


def roof(b: MapBuilder, x: int, y: int, w: int, h: int, style: str) -> None:
    for j in range(h):
        row = "ridge" if j == 0 else "eave" if j == h - 1 else "mid"
        for i in range(w):
            side = "l" if i == 0 else "r" if i == w - 1 else "m"
            b.put("buildings", x + i, y + j, f"roof_{style}_{row}_{side}")


FACADE = {
    ".": "wall_{s}_plain",
    "t": "wall_{s}_top",
    "b": "wall_{s}_base",
    "W": "wall_{s}_window",
    "L": "wall_{s}_window_lit",
    "w": "wall_{s}_window_small",
    "p": "wall_{s}_pipe",
    "k": "kiosk_counter",
    "x": "shop_window_toys",
    "X": "shop_window_tobacco",
    "c": "shop_window_cafe",
    "o": "shop_window_plain",
    "$": "ticket_booth",
}
DOORS = {"D": "wood", "G": "glass", "S": "sliding"}


def facade(b: MapBuilder, x: int, y: int, rows: list[str], style: str) -> list[tuple[int, int]]:
    """Paint a front wall from ASCII rows; returns the door cells (bottom row doors)."""
    doors: list[tuple[int, int]] = []
    for j, row in enumerate(rows):
        for i, ch in enumerate(row):
            cx, cy = x + i, y + j
            if ch in DOORS:
                b.put("buildings", cx, cy, f"door_{style}_{DOORS[ch]}")
                b.put("buildings", cx, cy - 1, f"door_{style}_{DOORS[ch]}_top")
                b.put("above", cx, cy - 1, "door_lintel")
                doors.append((cx, cy))
            elif ch == "P" or ch == "Q":
                art = "face" if ch == "P" else "sea"
                b.put("buildings", cx, cy, f"poster_{art}_top")
                b.put("buildings", cx, cy + 1, f"poster_{art}_bottom")
            elif ch == "^":
                continue  # filled by the door or poster below/above
            else:
                b.put("buildings", cx, cy, FACADE[ch].format(s=style))
    return doors


def building(
    b: MapBuilder,
    x: int,
    bottom: int,
    roof_rows: int,
    roof_style: str,
    wall_style: str,
    rows: list[str],
) -> list[tuple[int, int]]:
    """A roof over a front wall whose last row is `bottom`; returns the door cells."""
    top = bottom - len(rows) + 1
    roof(b, x, top - roof_rows, len(rows[0]), roof_rows, roof_style)
    return facade(b, x, top, rows, wall_style)


def closed(b: MapBuilder, doors: list[tuple[int, int]], what: str) -> None:
    """Doors drawn for the look of the street but not (yet) leading anywhere."""
    for x, y in doors:
        b.area("wall", x, y, name=f"{what} door (closed)")


def entrance(
    b: MapBuilder, doors: list[tuple[int, int]], target_map: str, target_spawn: str, spawn: str
) -> None:
    """The building's one door leads to a map; coming back, he steps out in front of it."""
    (x, y) = doors[0]
    b.exit(x, y, len(doors), 1, target_map, target_spawn)
    b.spawn(spawn, x, y + 1, "down")


def sign(b: MapBuilder, name: str, x: int, y: int, width: int) -> None:
    names = [f"sign_{name}_{k}" for k in range(width)] if width > 1 else [f"sign_{name}"]
    b.stamp("decor", x, y, [names])


def awning(b: MapBuilder, colour: str, x: int, y: int, width: int) -> None:
    for i in range(width):
        side = "l" if i == 0 else "r" if i == width - 1 else "m"
        b.put("decor", x + i, y, f"awning_{colour}_{side}")


def tree(b: MapBuilder, x: int, y: int) -> None:
    """A street tree: the trunk blocks, the crown (drawn over people) does not."""
    b.put("decor", x, y, "tree_trunk")
    b.stamp(
        "above",
        x - 1,
        y - 2,
        [
            ["tree_crown_nw", "tree_crown_n", "tree_crown_ne"],
            ["tree_crown_sw", "tree_crown_s", "tree_crown_se"],
        ],
    )


def tall(b: MapBuilder, base: str, top: str, x: int, y: int) -> None:
    """A post (lamp, pole, bus stop): its foot blocks, its head is drawn over people."""
    b.put("decor", x, y, base)
    b.put("above", x, y - 1, top)


# ---------------------------------------------------------------- the streets

# rows of the two east-west streets and columns of the north-south one
AVENUE_N_PAVE, AVENUE_ROAD, AVENUE_S_PAVE = 10, 13, 17
LANE_ROW = 15
STREET2_N_PAVE, STREET2_ROAD, STREET2_S_PAVE = 30, 32, 36
CROSS_W_PAVE, CROSS_ROAD, CROSS_E_PAVE = 30, 32, 36


def streets() -> MapBuilder:
    b = MapBuilder(
        "streets",
        70,
        45,
        {
            "name": "The city",
            "default_spawn": "start",
            "music": "streets",
            "indoors": False,
            "private": False,
        },
    )
    # gardens behind everything, then pavements, then roads over them
    b.fill("ground", 0, 0, 70, 45, grassy)
    b.fill("ground", 0, AVENUE_N_PAVE, 70, 3, paving)
    b.fill("ground", 0, AVENUE_S_PAVE, 70, 2, paving)
    b.fill("ground", 0, STREET2_N_PAVE, 70, 2, paving)
    b.fill("ground", 0, STREET2_S_PAVE, 70, 2, paving)
    b.fill("ground", CROSS_W_PAVE, 0, 2, 45, paving)
    b.fill("ground", CROSS_E_PAVE, 0, 2, 45, paving)
    b.fill("ground", 0, AVENUE_ROAD, 70, 4, asphalt)
    b.fill("ground", 0, STREET2_ROAD, 70, 4, asphalt)
    b.fill("ground", CROSS_ROAD, 0, 4, 45, asphalt)
    for x in range(0, 70):
        if not CROSS_ROAD <= x < CROSS_ROAD + 4:
            b.put("ground", x, LANE_ROW, "road_line_h")
            b.put("ground", x, STREET2_ROAD + 2, "road_line_h")
    for y in range(0, 45):
        if not (AVENUE_ROAD <= y < AVENUE_ROAD + 4 or STREET2_ROAD <= y < STREET2_ROAD + 4):
            b.put("ground", CROSS_ROAD + 2, y, "road_line_v")
    # zebra crossings: over the avenue west of the crossing, over the side street
    b.fill("ground", 28, AVENUE_ROAD, 2, 4, "zebra_v")
    b.fill("ground", 38, AVENUE_ROAD, 2, 4, "zebra_v")
    b.fill("ground", CROSS_ROAD, 10, 4, 2, "zebra_h")
    b.fill("ground", CROSS_ROAD, 27, 4, 2, "zebra_h")
    b.fill("ground", 22, STREET2_ROAD, 2, 4, "zebra_v")
    b.put("ground", 12, 14, "manhole")
    b.put("ground", 50, 34, "manhole")
    kerbs(b, ROAD, PAVING)
    for x in range(3, 70, 9):
        for y in (AVENUE_ROAD - 1, STREET2_ROAD - 1):
            if b.get("ground", x, y) == "kerb_s":
                b.put("ground", x, y, "kerb_drain")

    north_block(b)
    south_block(b)
    street_furniture(b)
    street_people(b)
    return b


def north_block(b: MapBuilder) -> None:
    """Shops facing the avenue: cinema, cafe, tobacco | toys, hotel, office."""
    # back gardens
    b.fill("decor", 0, 0, 30, 1, "hedge")
    b.fill("decor", 38, 0, 32, 1, "hedge")
    for x in (16, 21, 27, 41):
        tree(b, x, 2)
    b.put("decor", 24, 1, "small_tree")
    cinema = building(
        b,
        1,
        9,
        4,
        "flat",
        "dark",
        [
            "tttttttttttt",
            "............",
            ".P.Q....Q.P.",
            ".^.^....^.^.",
            "...$.GG.$...",
        ],
    )
    sign(b, "cinema", 5, 6, 3)
    entrance(b, cinema, "cinema", "entrance", "from_cinema")
    b.interact("poster_cinema", "poster", "poster_cinema", 2, 7, 1, 3)

    cafe = building(
        b,
        14,
        9,
        3,
        "tin",
        "wood",
        [
            "tWttWttWt",
            ".........",
            ".........",
            "cc..D..cc",
        ],
    )
    sign(b, "cafe", 17, 7, 2)
    awning(b, "green", 14, 8, 3)
    awning(b, "green", 20, 8, 3)
    closed(b, cafe, "cafe")
    for x in (15, 19, 22):
        b.put("decor", x, 10, "cafe_table")
        b.put("decor", x + 1 if x < 22 else x - 1, 10, "cafe_chair")
    b.stamp("above", 18, 8, [["parasol_nw", "parasol_n", "parasol_ne"], [None, "parasol_s", None]])

    tobacco = building(
        b,
        24,
        9,
        3,
        "kawara",
        "plaster",
        [
            "tWtWtw",
            "......",
            "......",
            "bXkXDb",
        ],
    )
    sign(b, "tobacco", 25, 7, 3)
    awning(b, "red", 25, 8, 3)
    closed(b, tobacco, "tobacco shop")

    toys = building(
        b,
        38,
        9,
        3,
        "tin",
        "plaster",
        [
            "tWttWttW",
            "........",
            "........",
            "bxxDxxbb",
        ],
    )
    sign(b, "toys", 40, 7, 2)
    awning(b, "red", 38, 8, 3)
    awning(b, "red", 42, 8, 3)
    closed(b, toys, "toy shop")
    b.interact("toy_window", "window", "toy_window", 39, 9, 2, 1)

    hotel = building(
        b,
        47,
        9,
        5,
        "green",
        "brick",
        [
            "tWtWtWtWtWtW",
            ".L.W.L.W.L.W",
            "............",
            "b.W..GG..W.b",
        ],
    )
    sign(b, "hotel", 51, 7, 3)
    closed(b, hotel, "hotel")
    b.stamp("above", 51, 9, [["canopy_l", "canopy_m", "canopy_m", "canopy_r"]])
    b.interact("hotel_sign", "sign", "hotel_sign", 51, 7, 3, 3)
    b.put("decor", 50, 10, "planter")
    b.put("decor", 55, 10, "planter")

    museum = building(
        b,
        60,
        9,
        4,
        "flat",
        "concrete",
        [
            "tWtWtWtWtW",
            ".W.W.W.W.W",
            "..........",
            "b.o.G.o.ob",
        ],
    )
    sign(b, "museum", 63, 7, 2)
    entrance(b, museum, "museum", "entrance", "from_museum")


def south_block(b: MapBuilder) -> None:
    """Behind the avenue's south pavement: gardens; facing street 2: house S, home."""
    b.fill("decor", 0, 19, 30, 1, "block_wall")
    b.fill("decor", 38, 19, 10, 1, "hedge")
    b.fill("decor", 59, 19, 11, 1, "block_wall")
    for x, y in ((13, 23), (28, 23), (46, 23), (1, 21), (67, 21)):
        tree(b, x, y)
    b.stamp("decor", 5, 21, [["laundry_l", "laundry_r"]])
    b.put("decor", 34 - 26, 21, "small_tree")
    b.put("decor", 40, 21, "small_tree")
    b.put("decor", 62, 21, "planter")
    house_s = building(
        b,
        2,
        29,
        4,
        "kawara",
        "wood",
        [
            "tWtttWtttWt",
            ".W...W...W.",
            "...........",
            "bW..S...Wbb",
        ],
    )
    sign(b, "house_s", 5, 28, 1)
    entrance(b, house_s, "house_s", "entrance", "from_house_s")

    home = building(
        b,
        15,
        29,
        3,
        "flat",
        "concrete",
        [
            "tttttttttttt",
            ".W.W.WW.W.W.",
            ".L.W.WW.W.W.",
            ".W.W....W.W.",
            "b.oo.G..oo.b",
        ],
    )
    sign(b, "apartments", 21, 28, 2)
    entrance(b, home, "home", "entrance", "from_home")
    # their window, seen from the pavement (in act 2: the bandages hung up to dry)
    b.interact("home_window", "window", "home_window", 16, 26, 1, 4)

    bakery = building(
        b,
        38,
        29,
        3,
        "kawara",
        "plaster",
        [
            "tWtWtWtW",
            "........",
            "........",
            "bccDccbb",
        ],
    )
    sign(b, "bakery", 40, 27, 2)
    awning(b, "blue", 38, 28, 3)
    awning(b, "blue", 42, 28, 3)
    closed(b, bakery, "bakery")

    # a little park between the two streets, open at both ends
    b.fill("ground", 48, 19, 11, 11, grassy)
    b.fill("ground", 52, 19, 3, 11, "gravel")
    b.fill("ground", 48, 24, 11, 2, "gravel")
    b.fill("decor", 48, 20, 1, 10, "hedge_v")
    b.fill("decor", 58, 20, 1, 10, "hedge_v")
    for x, y in ((50, 22), (56, 22), (50, 28), (56, 28)):
        tree(b, x, y)
    b.stamp("decor", 49, 26, [["bench_l", "bench_r"]])
    b.stamp("decor", 56, 26, [["bench_l", "bench_r"]])

    clinic = building(
        b,
        60,
        29,
        3,
        "flat",
        "plaster",
        [
            "tWtWtWtWt",
            ".W.W.W.W.",
            "..w...w..",
            "b.o.G.o.b",
        ],
    )
    sign(b, "clinic", 63, 27, 2)
    entrance(b, clinic, "clinic", "entrance", "from_clinic")
    # the backs of the houses across street 2
    b.fill("decor", 0, 38, CROSS_W_PAVE, 1, "block_wall")
    b.fill("decor", CROSS_E_PAVE + 2, 38, 70, 1, "block_wall")
    for x in range(3, 70, 9):
        if not CROSS_W_PAVE - 1 <= x <= CROSS_E_PAVE + 2:
            roof(b, x, 40, 6, 5, "kawara")
    for x in (1, 10, 19, 28, 46, 55, 64):
        tree(b, x, 41)


def street_furniture(b: MapBuilder) -> None:
    for x in (4, 12, 20, 44, 56, 66):
        tall(b, "lamp_base", "lamp_top", x, 12)
    for x in (3, 26, 44, 60):
        tall(b, "pole_base", "pole_top", x, 31)
    for x in (13, 27, 46, 66):
        tall(b, "lamp_base", "lamp_top", x, 37)
    for y in (4, 22, 41):
        tall(b, "lamp_base", "lamp_top", CROSS_W_PAVE, y)
        tall(b, "pole_base", "pole_top", CROSS_E_PAVE + 1, y + 2)
    b.put("decor", 29, 10, "post_box")
    # the bus stop on the avenue's south pavement
    tall(b, "bus_stop_base", "bus_stop_top", 41, 17)
    b.stamp("decor", 43, 18, [["bench_l", "bench_r"]])
    b.interact("bus_stop_sign", "sign", "bus_stop_sign", 41, 17)
    b.put("decor", 1, 17, "bicycle")
    b.put("decor", 10, 31, "bicycle")
    # the avenue leads east, out of town, to the institute
    b.exit(
        69,
        AVENUE_N_PAVE,
        1,
        AVENUE_S_PAVE + 2 - AVENUE_N_PAVE,
        "institute",
        "entrance",
        kind="edge",
        sound="none",
    )
    b.spawn("from_institute", 68, 11, "left")
    b.put("decor", 24, 31, "flower_box")
    b.put("decor", 13, 31, "flower_box")


def street_people(b: MapBuilder) -> None:
    b.spawn("start", 41, 18, "down")
    b.npc("shopgirl", "shopgirl", 26, 10, "down")
    b.npc("toyseller", "toyseller", 41, 10, "down", "idle")
    b.npc("waiter", "waiter", 18, 10, "down", "idle")
    b.npc("clerk", "clerk", 51, 10, "down")
    b.npc("usher", "usher", 8, 10, "down")
    b.npc("colleague_bus", "colleague", 45, 18, "left", "idle")
    # four o'clock in chapter 3: she waits for her bus, until the stranger speaks to her
    b.npc("wife_bus_stop", "wife", 42, 17, "left", "stand",
          when="{chapter: 3, met_at_bus_stop: false}")
    b.npc("neighbour_street", "neighbour", 18, 31, "down", "idle")
    # children: two run about, two stay near a grown-up in the park
    b.npc("child_1", "child", 53, 20, "down", "walk", [(53, 20), (53, 29), (54, 29), (54, 20)])
    b.npc("child_2", "child", 14, 37, "right", "walk", [(14, 37), (26, 37)])
    b.npc("child_3", "child", 55, 24, "up", "idle")
    b.npc("child_4", "child", 56, 24, "left", "idle")
    b.npc("passerby_1", "passerby", 55, 23, "down", "stand")  # their mother
    # one walker to a row or column, so two never meet head on and wait forever
    walkers = [
        [(2, 11), (27, 11)],
        [(28, 12), (28, 17), (5, 17), (28, 17)],
        [(31, 1), (31, 43)],
        [(36, 44), (36, 1)],
        [(40, 11), (66, 11)],
        [(49, 25), (57, 25)],
        [(47, 17), (67, 17)],
        [(1, 18), (26, 18)],
        [(2, 30), (27, 30)],
        [(38, 30), (68, 30)],
        [(66, 36), (40, 36)],
        [(3, 36), (28, 36)],
        [(23, 31), (23, 37)],
    ]
    for n, route in enumerate(walkers, start=2):
        b.npc(f"passerby_{n}", "passerby", *route[0], towards(route[0], route[1]), "walk", route)


def towards(a: tuple[int, int], b: tuple[int, int]) -> str:
    if a[0] != b[0]:
        return "right" if b[0] > a[0] else "left"
    return "down" if b[1] > a[1] else "up"


# ---------------------------------------------------------------- interiors

INTERIOR: Legend = {
    "#": {"buildings": "iwall_top"},
    "=": {"buildings": "iwall_upper"},
    "-": {"buildings": "iwall_lower"},
    "w": {"buildings": "iwall_window"},
    "c": {"buildings": "iwall_calendar"},
    "o": {"buildings": "iwall_clock"},
    "p": {"buildings": "iwall_picture"},
    ":": {"ground": "floor_wood", "buildings": "iwall_doorway_top"},
    ";": {"ground": "floor_wood", "buildings": "iwall_doorway"},
    "+": {"buildings": "iwall_door_top"},
    "D": {"buildings": "iwall_door"},
    "m": {"buildings": "mirror_top"},
    "M": {"buildings": "mirror"},
    "f": {"buildings": "fusuma_top"},
    "F": {"buildings": "fusuma"},
    ".": {"ground": "floor_wood"},
    "t": {"ground": tatami_h},
    "l": {"ground": "floor_lino"},
    "L": {"ground": "floor_lab"},
    "C": {"ground": "floor_carpet"},
    "x": {"ground": "floor_dark"},
    "n": {"buildings": "noh_mask_calm"},
    "N": {"buildings": "noh_mask_sad"},
    "k": {"ground": "floor_tile"},
    "g": {"ground": "floor_genkan"},
    "s": {"ground": "floor_stone"},
    "S": {"ground": "stairs_down"},
    "e": {"ground": "earth"},
    "E": {"ground": "earth_2"},
    "h": {"ground": "earth_chalk"},
    "B": {"ground": "earth", "decor": "block_wall"},
}

FURNITURE: Legend = {
    ".": {},
    "[": {"decor": "desk_l"},
    "]": {"decor": "desk_r"},
    "h": {"decor": "chair"},
    "b": {"decor": "bed_top"},
    "B": {"decor": "bed_bottom"},
    "u": {"decor": "futon_top"},
    "U": {"decor": "futon_bottom"},
    "k": {"decor": "bookshelf_top"},
    "K": {"decor": "bookshelf_bottom"},
    "W": {"decor": "wardrobe_tl"},
    "X": {"decor": "wardrobe_tr"},
    "w": {"decor": "wardrobe_bl"},
    "x": {"decor": "wardrobe_br"},
    "r": {"decor": "stereo_l"},
    "R": {"decor": "stereo_r"},
    "(": {"decor": "table_l"},
    ")": {"decor": "table_r"},
    "o": {"decor": "low_table"},
    "c": {"decor": "cushion"},
    "<": {"decor": "sofa_l"},
    "=": {"decor": "sofa_m"},
    ">": {"decor": "sofa_r"},
    "s": {"decor": "kitchen_sink"},
    "v": {"decor": "kitchen_stove"},
    "n": {"decor": "kitchen_counter"},
    "i": {"decor": "fridge_top"},
    "I": {"decor": "fridge_bottom"},
    "P": {"decor": "plant"},
    "p": {"decor": "phone"},
    "C": {"decor": "filing_cabinet"},
    "7": {"decor": "rug_nw"},
    "8": {"decor": "rug_n"},
    "9": {"decor": "rug_ne"},
    "4": {"decor": "rug_sw"},
    "5": {"decor": "rug_s"},
    "6": {"decor": "rug_se"},
    "_": {"decor": "counter"},
    "!": {"decor": "counter_bell"},
    "Z": {"decor": "shoe_shelf"},
    "Y": {"decor": "small_tree"},
    "@": {"decor": "ball"},
    "T": {"decor": "planter"},
    "L": {"decor": "laundry_l"},
    "l": {"decor": "laundry_r"},
    "{": {"decor": "lab_bench_l"},
    "}": {"decor": "lab_bench_r"},
    "O": {"decor": "dewar_top"},
    "Q": {"decor": "dewar_bottom"},
    "f": {"decor": "shelf_fingers_top"},
    "F": {"decor": "shelf_fingers_bottom"},
    "m": {"decor": "shelf_skulls_top"},
    "M": {"decor": "shelf_skulls_bottom"},
    "E": {"decor": "case_hand"},
    "S": {"decor": "case_skull"},
    "a": {"ground": "cinema_seats"},
    "q": {"decor": "rope_post"},
}


def interior(
    map_id: str, name: str, plan: str, furniture: str, private: bool = False
) -> MapBuilder:
    """An indoor map sized by its plan, walls and floors from `plan`, things from `furniture`."""
    rows = plan.strip("\n").split("\n")
    b = MapBuilder(
        map_id,
        len(rows[0]),
        len(rows),
        {
            "name": name,
            "default_spawn": "entrance",
            "music": map_id,
            "indoors": True,
            "private": private,
        },
    )
    b.plan(plan, INTERIOR)
    b.plan(furniture, FURNITURE)
    return b


HOUSE_S = """
BBBBBBBBBBBB######################
Beeeeeeeeeee#==w=ff=m==#=========#
Beeeeeeeeeee#----FF-M--#---------#
Beeeeeeeeeee#tttttttttt#.........#
BeeeeeeeEeee#tttttttttt#.........#
Beeeeeeeeeee#tttttttttt#.........#
Beeeeeeeeeee#tttttttttt#.........#
Beeeeeeeeeee###.##################
Beeeeeeeeeee#==:============+====#
Beeeehheeeee#--;------------D----#
Beeeeheeeeee#....................#
Beeeeeeeeeee.....................#
BeeeeEeeeeee#....................#
Beeeeeeeeeee#####.#########..#####
Beeeeeeeeeee#====:=w==#====::=c==#
BeeeeeeEeeee#----;----#----;;----#
Beeeeeeeeeee#.........#..........#
Beeeeeeeeeee#.........#..........#
Beeeeeeeeeee#.........#..........#
Beeeeeeeeeee#.........#..........#
Beeeeeeeeeee#.........#gggggggggg#
Beeeeeeeeeee#.........#gggggggggg#
Beeeeeeeeeee#.........#gggggggggg#
BBBBBBBBBBBB###############gg#####
"""

HOUSE_S_FURNITURE = """
..................................
..................................
..................................
.............[]......u............
..............h...o..U............
..................c...............
..................................
..................................
..................................
..................................
................................P.
..................................
.....@............................
..................................
..................................
..Ll..........k...................
..............K....CC..P.......p..
..................................
..................................
..Y...........[]..................
.......T.......h................Z.
..................................
..................................
..................................
"""


def house_s() -> MapBuilder:
    b = interior("house_s", "House S", HOUSE_S, HOUSE_S_FURNITURE)
    tree(b, 9, 5)
    # his room: the mirror and the desk, and the only private place in the house
    b.interact("house_s_mirror", "mirror", "mirror", 20, 1, 1, 2)
    b.interact("house_s_desk", "desk", "house_s_desk", 13, 3, 2, 1)
    b.area("private", 13, 3, 10, 5, name="his room")
    b.interact("house_s_next_door", "door", "house_s_next_room", 28, 8, 1, 2)
    b.exit(27, 23, 2, 1, "streets", "from_house_s")
    b.spawn("entrance", 27, 21, "up")
    b.spawn("room", 17, 5, "up")
    b.npc("manager", "manager", 17, 17, "down", "idle")
    b.npc("daughter", "daughter", 6, 11, "down", "idle")
    b.npc("tenant", "passerby", 20, 11, "left", "walk", [(20, 11), (31, 11)])
    return b


HOME = """
############################
#=w=+===#==w==+==p=w==c====#
#---D---#-----D------------#
#sssssss#...........lllllll#
#sssssss#...........lllllll#
#sssssss#...........lllllll#
#sssssss#gg.........lllllll#
#sssssssggg................#
#sssssssggg................#
#sssssss#gg................#
#sssssss#..................#
#sssssss#..................#
#sssssss#..................#
#sssssss#..................#
#sSSssss#..................#
#sSSssss#..................#
#sssssss#..................#
############################
"""

HOME_FURNITURE = """
............................
............................
............k.....WX......i.
.........P.pK...rRwx..svnnI.
............................
............................
.........Z............()....
......................hh....
..............coc...........
............................
..........<=>...............
..........789........[].....
..........456.........h.....
............................
............................
............................
.......P.P................P.
............................
"""


def home() -> MapBuilder:
    b = interior("home", "Home", HOME, HOME_FURNITURE, private=True)
    b.interact("home_record_player", "record_player", "home_record_player", 16, 3, 2, 1)
    b.interact("home_desk", "desk", "home_desk", 21, 11, 2, 1)
    b.interact("home_bedroom_door", "door", "home_bedroom_door", 14, 1, 1, 2)
    b.exit(2, 14, 2, 2, "streets", "from_home", kind="edge", sound="none")
    b.spawn("entrance", 3, 12, "up")
    # chapter 4: she has gone to house S with his map
    b.npc("wife", "wife", 19, 8, "down", "idle", when="{chapter: {lt: 4}}")
    b.npc("neighbour", "neighbour", 5, 4, "down", "idle")
    return b


INSTITUTE = """
##########################
#==========#=======#==w==#
#----------#-------#-----#
#LLLLLLLLLL#.......#.....#
#LLLLLLLLLL#.......#.....#
#LLLLLLLLLL#.......#.....#
#LLLLLLLLLL#.......#.....#
#LLLLLLLLLL#.......#.....#
#LLLLLLLLLL#.......#.....#
#####L#########.######.###
#====:===o=====:=p====:==#
#----;---------;------;--#
#........................#
#........................#
#........................#
#........................#
#........................#
###########gg#############
"""

INSTITUTE_FURNITURE = """
..........................
..........................
..........O.............k.
.{}...{}..Q..[]..[].....K.
.............h...h...[]...
.....................h....
.............[]...........
.............h............
..........................
..........................
..........................
..........................
.P......................P.
..........................
..........................
..........................
..........................
..........................
"""


def institute() -> MapBuilder:
    b = interior("institute", "The Institute", INSTITUTE, INSTITUTE_FURNITURE)
    b.stamp("buildings", 2, 1, [["blackboard_l", "blackboard_r"]])
    b.stamp("ground", 4, 5, [["scar_nw", "scar_ne"], ["scar_sw", "scar_se"]])
    b.interact("institute_scar", "scar", "institute_scar", 4, 5, 2, 2)
    b.interact("institute_desk", "desk", "institute_desk", 21, 4, 2, 1)
    b.exit(11, 17, 2, 1, "streets", "from_institute", kind="door")
    b.spawn("entrance", 11, 15, "up")
    b.npc("colleague_1", "colleague", 15, 5, "down", "idle")
    b.npc("colleague_2", "colleague", 8, 6, "left", "idle")
    b.npc("colleague_3", "colleague", 2, 13, "right", "walk", [(2, 13), (23, 13)])
    return b


CLINIC = """
##################
#===c===#==w=====#
#-------#--------#
#.......#kkkkkkkk#
#.......#kkkkkkkk#
#.......#kkkkkkkk#
#........kkkkkkkk#
#........kkkkkkkk#
#.......#kkkkkkkk#
#.......#kkkkkkkk#
#.......#kkkkkkkk#
#.......#kkkkkkkk#
#.......#kkkkkkkk#
###gg#############
"""

CLINIC_FURNITURE = """
..................
..................
.P.......f...f.f..
.........F...F.F..
.<=>..............
..........E...E...
..................
..................
............[]....
.............h....
.hh...............
..................
......P...........
..................
"""


def clinic() -> MapBuilder:
    b = interior("clinic", "K.'s clinic", CLINIC, CLINIC_FURNITURE)
    b.interact("clinic_shelves", "shelf", "clinic_shelves", 9, 2, 7, 2)
    b.interact("clinic_case", "case", "clinic_case", 10, 5)
    b.exit(3, 13, 2, 1, "streets", "from_clinic")
    b.spawn("entrance", 3, 11, "up")
    b.npc("k", "k", 14, 6, "down", "idle")
    return b


MUSEUM = """
########################
#======w======w========#
#----------------------#
#LLLLLLLLLLLLLLLLLLLLLL#
#LLLLLLLLLLLLLLLLLLLLLL#
#LLLLLLLLLLLLLLLLLLLLLL#
#LLLLLLLLLLLLLLLLLLLLLL#
#LLLLLLLLLLLLLLLLLLLLLL#
#LLLLLLLLLLLLLLLLLLLLLL#
#LLLLLLLLLLLLLLLLLLLLLL#
#LLLLLLLLLLLLLLLLLLLLLL#
#LLLLLLLLLLLLLLLLLLLLLL#
#LLLLLLLLLLLLLLLLLLLLLL#
#LLLLLLLLLLLLLLLLLLLLLL#
#LLLLLLLLLLLLLLLLLLLLLL#
##########gg############
"""

MUSEUM_FURNITURE = """
........................
........................
..m.m.m.......m.m.m.m...
..M.M.M.......M.M.M.M...
........................
....S...S.....S...S.....
....q...q.....q...q.....
........................
....S...S.....S...S.....
........................
........................
.P..................[]..
.....................h..
........................
.P....................P.
........................
"""


def museum() -> MapBuilder:
    b = interior("museum", "The museum", MUSEUM, MUSEUM_FURNITURE)
    b.interact("museum_skulls", "shelf", "museum_skulls", 2, 2, 5, 2)
    b.interact("museum_skull_case", "case", "museum_skull_case", 14, 5)
    b.exit(10, 15, 2, 1, "streets", "from_museum")
    b.spawn("entrance", 10, 13, "up")
    b.npc("friend", "friend", 11, 6, "down", "idle")
    return b


CINEMA = """
######################
#====================#
#--------------------#
#xxxxxxxxxxxxxxxxxxxx#
#xxxxxxxxxxxxxxxxxxxx#
#xxxxxxxxxxxxxxxxxxxx#
#xxxxxxxxxxxxxxxxxxxx#
#xxxxxxxxxxxxxxxxxxxx#
#####x##########x#####
#====:==n=N=n=N=:====#
#----;----------;----#
#CCCCCCCCCCCCCCCCCCCC#
#CCCCCCCCCCCCCCCCCCCC#
#CCCCCCCCCCCCCCCCCCCC#
#CCCCCCCCCCCCCCCCCCCC#
##########gg##########
"""

CINEMA_FURNITURE = """
......................
......................
......................
......................
...aaaaaa...aaaaaaa...
......................
...aaaaaa...aaaaaaa...
......................
......................
......................
......................
.!_..q..........q...P.
......................
.P....................
......................
......................
"""


def cinema() -> MapBuilder:
    b = interior("cinema", "The cinema", CINEMA, CINEMA_FURNITURE)
    b.stamp("buildings", 5, 1, [["screen_l"] + ["screen_m"] * 10 + ["screen_r"]])
    # the masks' faces change with the light: the game's lighting, not new tiles
    b.interact("noh_masks", "poster", "noh_masks", 8, 9, 7, 2)
    b.properties["ambient"] = "150"
    # a lamp that rises and sinks in front of the masks: lit from below they smile,
    # from above they grieve
    b.light(11.5, 9.0, 3.0, colour="#f8e2b0", strength=0.9, sweep_y=1.6, period=9)
    b.light(4.5, 11.0, 2.5, colour="#f0c878", strength=0.7)
    b.light(16.5, 11.0, 2.5, colour="#f0c878", strength=0.7)
    b.light(11.0, 15.0, 2.0, colour="#c8d0e0", strength=0.5)
    b.exit(10, 15, 2, 1, "streets", "from_cinema")
    b.spawn("entrance", 10, 13, "up")
    b.npc("usher_lobby", "usher", 17, 12, "left", "idle")
    return b


MAP_BUILDERS: dict[str, Callable[[], MapBuilder]] = {
    "streets": streets,
    "house_s": house_s,
    "home": home,
    "institute": institute,
    "clinic": clinic,
    "museum": museum,
    "cinema": cinema,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--preview", type=Path, help="also render each map to PNG here")
    args = parser.parse_args(argv)
    ids = tile_ids()
    for map_id, make in MAP_BUILDERS.items():
        path = MAPS / f"{map_id}.tmx"
        path.write_text(make().tmx(ids), encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")
    if args.preview:
        render_previews(args.preview)
    return 0


def render_previews(folder: Path) -> None:
    """Draw every map with pytmx + pygame, objects outlined, to eyeball the result."""
    import os

    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    import pygame
    import pytmx.util_pygame

    pygame.display.init()
    pygame.display.set_mode((1, 1))
    folder.mkdir(parents=True, exist_ok=True)
    colours = {
        "exit": (255, 60, 60),
        "spawn": (60, 255, 60),
        "npc": (255, 220, 0),
        "interact": (60, 200, 255),
        "wall": (255, 0, 255),
        "walkable": (0, 255, 255),
        "private": (255, 255, 255),
    }
    for path in sorted(MAPS.glob("*.tmx")):
        tmx = pytmx.util_pygame.load_pygame(str(path), allow_duplicate_names=True)
        image = pygame.Surface((tmx.width * T, tmx.height * T))
        for layer in tmx.visible_layers:
            if isinstance(layer, pytmx.TiledTileLayer):
                for x, y, tile in layer.tiles():
                    image.blit(tile, (x * T, y * T))
        for obj in tmx.objects:
            colour = colours.get(obj.type or "", (128, 128, 128))
            rect = pygame.Rect(obj.x, obj.y, max(obj.width, 4), max(obj.height, 4))
            if obj.type == "npc":
                pygame.draw.circle(image, colour, rect.center, 5, 2)
            elif obj.type == "spawn":
                pygame.draw.circle(image, colour, (obj.x, obj.y), 4)
            else:
                pygame.draw.rect(image, colour, rect, 1)
        pygame.image.save(image, str(folder / f"{path.stem}.png"))
        print(f"preview {folder / path.stem}.png")


if __name__ == "__main__":
    sys.exit(main())
