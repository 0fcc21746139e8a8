"""Tiled maps read once into typed records: collision, spawns, exits, people, things.

No pygame here: pytmx reads the tiles without images, and a quick expat pass over
the same file remembers where each object stands in the XML, so every problem can
be reported as file:line:column. The conventions are in docs/maps.md.
"""

from __future__ import annotations

import math
import xml.parsers.expat
from collections import deque
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pytmx

from game.diagnostics import ContentError, Diagnostic, Report, did_you_mean
from game.world.directions import FACINGS

TILE_SIZE = 16
ROLES = (
    "child",
    "passerby",
    "colleague",
    "shopgirl",
    "toyseller",
    "manager",
    "daughter",
    "neighbour",
    "wife",
    "k",
    "friend",
    "waiter",
    "clerk",
    "usher",
)
BEHAVIOURS = ("stand", "idle", "walk")
EXIT_KINDS = ("door", "edge")
EXIT_SOUNDS = ("door", "none")
OBJECT_TYPES = ("spawn", "exit", "npc", "interact", "wall", "walkable", "private", "light")

Tile = tuple[int, int]
Position = tuple[int, int]  # line, column (1-based)


@dataclass(slots=True)
class Spawn:
    name: str
    tile: Tile
    facing: str
    line: int = 0
    column: int = 0


@dataclass(slots=True)
class Exit:
    tiles: frozenset[Tile]
    rect: tuple[int, int, int, int]  # tile x, y, w, h
    target_map: str
    target_spawn: str
    kind: str
    sound: str
    line: int
    column: int


@dataclass(slots=True)
class NpcSpawn:
    id: str
    role: str
    tile: Tile
    facing: str
    behaviour: str
    route: list[Tile]
    sprite: str | None
    line: int
    column: int
    # criteria (a YAML flow mapping, read like a dialogue `when:`) for being there at
    # all: `{waited_at_home: false}`; empty: always there. Checked against the dialogue's
    # facts by the whole-game lint (G004), evaluated by the world on entering the map
    # and after each conversation.
    when: str = ""
    when_line: int = 0
    when_column: int = 0


@dataclass(slots=True)
class Interactable:
    id: str
    kind: str
    scene: str
    tiles: frozenset[Tile]
    properties: dict[str, str]
    line: int
    column: int


@dataclass(slots=True)
class Light:
    """A lamp in a dark place. Position in tiles (its centre); a light may sway."""

    x: float
    y: float
    radius: float  # tiles
    colour: tuple[int, int, int]
    strength: float  # 0..1
    sweep_x: float  # tiles either way
    sweep_y: float
    period: float  # seconds for one sway


@dataclass(slots=True)
class MapData:
    id: str
    name: str
    path: Path
    width: int
    height: int
    tile_size: int
    blocked: list[bytearray]  # row-major, 1 = blocked
    spawns: dict[str, Spawn]
    default_spawn: str
    exits: list[Exit]
    npcs: list[NpcSpawn]
    objects: list[Interactable]
    private_areas: list[frozenset[Tile]]
    private: bool
    indoors: bool
    music: str | None
    properties: dict[str, object]
    lights: list[Light] = field(default_factory=list)
    ambient: int = 0  # darkness over the whole map, 0 (none) to 255 (black)
    # problems found while reading that did not stop the map from loading;
    # check_maps reports them with the rest
    diagnostics: list[Diagnostic] = field(default_factory=list)
    line: int = 1
    column: int = 1

    def is_blocked(self, x: int, y: int) -> bool:
        if not (0 <= x < self.width and 0 <= y < self.height):
            return True
        return bool(self.blocked[y][x])

    def exit_at(self, x: int, y: int) -> Exit | None:
        return next((e for e in self.exits if (x, y) in e.tiles), None)

    def object_at(self, x: int, y: int) -> Interactable | None:
        return next((o for o in self.objects if (x, y) in o.tiles), None)

    def is_private(self, x: int, y: int) -> bool:
        """May he change face here: a private map, or inside a `private` area."""
        return self.private or any((x, y) in area for area in self.private_areas)


# ---------------------------------------------------------------- reading


@dataclass(slots=True)
class _Positions:
    """Where elements start in the XML, found by expat (pytmx keeps no positions)."""

    root: str = ""
    map: Position = (1, 1)
    objects: dict[int, Position] = field(default_factory=dict)
    object_props: dict[tuple[int, str], Position] = field(default_factory=dict)
    map_props: dict[str, Position] = field(default_factory=dict)
    tilesets: list[tuple[str, Position]] = field(default_factory=list)


def _scan(data: bytes, path: Path) -> _Positions:
    found = _Positions()
    stack: list[str] = []
    current_object: list[int] = []
    parser = xml.parsers.expat.ParserCreate()

    def start(tag: str, attrs: dict[str, str]) -> None:
        here = (parser.CurrentLineNumber, parser.CurrentColumnNumber + 1)
        if not stack:
            found.root, found.map = tag, here
        if tag == "object":
            try:
                current_object.append(int(attrs.get("id", "")))
            except ValueError:
                current_object.append(-1)
            found.objects.setdefault(current_object[-1], here)
        elif tag == "tileset" and "source" in attrs:
            found.tilesets.append((attrs["source"], here))
        elif tag == "property":
            name = attrs.get("name", "")
            if stack[-2:] == ["map", "properties"]:
                found.map_props[name] = here
            elif current_object and stack[-2:] == ["object", "properties"]:
                found.object_props[(current_object[-1], name)] = here
        stack.append(tag)

    def end(tag: str) -> None:
        stack.pop()
        if tag == "object":
            current_object.pop()

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    try:
        parser.Parse(data, True)
    except xml.parsers.expat.ExpatError as error:
        raise ContentError(
            [
                Diagnostic(
                    "M001",
                    "error",
                    str(path),
                    error.lineno,
                    error.offset + 1,
                    f"not well-formed XML: {xml.parsers.expat.ErrorString(error.code)}",
                    "open and save the file in Tiled, or fix the XML by hand",
                )
            ]
        ) from error
    return found


def _check_tilesets(path: Path, positions: _Positions) -> None:
    """External tilesets must exist and parse, or pytmx fails without a position."""
    problems: list[Diagnostic] = []
    for source, (line, column) in positions.tilesets:
        tsx = path.parent / source
        try:
            data = tsx.read_bytes()
        except OSError as error:
            problems.append(
                Diagnostic(
                    "M003",
                    "error",
                    str(path),
                    line,
                    column,
                    f"tileset `{source}` cannot be read ({error.strerror})",
                    "tilesets are found relative to the map file",
                )
            )
            continue
        try:
            _scan(data, tsx)
        except ContentError as error:
            problems.extend(
                Diagnostic(
                    "M003", d.severity, d.file, d.line, d.column, f"tileset is broken: {d.message}"
                )
                for d in error.diagnostics
            )
    if problems:
        raise ContentError(problems)


def _truthy(value: object) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes")
    return bool(value)


def _cells(
    x: float, y: float, w: float, h: float
) -> tuple[frozenset[Tile], tuple[int, int, int, int]]:
    """Tiles a rectangle in pixels overlaps; a point or empty box is its own tile."""
    x0, y0 = math.floor(x / TILE_SIZE), math.floor(y / TILE_SIZE)
    if w <= 0 or h <= 0:
        return frozenset({(x0, y0)}), (x0, y0, 1, 1)
    x1 = max(x0, math.ceil((x + w) / TILE_SIZE) - 1)
    y1 = max(y0, math.ceil((y + h) / TILE_SIZE) - 1)
    tiles = frozenset((i, j) for j in range(y0, y1 + 1) for i in range(x0, x1 + 1))
    return tiles, (x0, y0, x1 - x0 + 1, y1 - y0 + 1)


def _centre(obj: pytmx.TiledObject) -> Tile:
    return (
        math.floor((obj.x + obj.width / 2) / TILE_SIZE),
        math.floor((obj.y + obj.height / 2) / TILE_SIZE),
    )


def _object_type(obj: pytmx.TiledObject) -> str:
    # Tiled 1.9 wrote the type as `class`; 1.10 went back to `type`: accept both
    return str(obj.type or obj.__dict__.get("class") or "")


def parse_route(text: str) -> list[Tile]:
    """'x,y x,y' -> [(x, y), (x, y)]; raises ValueError on anything else."""
    route: list[Tile] = []
    for token in text.replace(";", " ").split():
        a, _, b = token.partition(",")
        route.append((int(a), int(b)))
    return route


class _Reader:
    """Turns one pytmx map plus positions into a MapData."""

    def __init__(self, path: Path, tmx: pytmx.TiledMap, positions: _Positions) -> None:
        self.path = path
        self.tmx = tmx
        self.positions = positions
        self.report = Report()

    def where(self, obj_id: int, prop: str | None = None) -> Position:
        if prop is not None and (obj_id, prop) in self.positions.object_props:
            return self.positions.object_props[(obj_id, prop)]
        return self.positions.objects.get(obj_id, self.positions.map)

    def choice(
        self, obj: pytmx.TiledObject, prop: str, allowed: tuple[str, ...], default: str
    ) -> str:
        value = str(obj.properties.get(prop, default) or default)
        if value not in allowed:
            line, column = self.where(obj.id, prop)
            self.report.error(
                "M012",
                self.path,
                line,
                column,
                f"{prop} `{value}` is not one of {', '.join(allowed)}",
                did_you_mean(value, allowed),
            )
            return default
        return value

    def text(self, obj: pytmx.TiledObject, prop: str) -> str:
        return str(obj.properties.get(prop, "") or "").strip()

    def blocked_grid(self) -> list[bytearray]:
        tmx = self.tmx
        grid = [bytearray(tmx.width) for _ in range(tmx.height)]
        for layer in tmx.layers:
            if not isinstance(layer, pytmx.TiledTileLayer):
                continue
            if _truthy((layer.properties or {}).get("overhead", False)):
                continue  # roofs and crowns over people never block
            for x, y, gid in layer.iter_data():
                if gid and 0 <= x < tmx.width and 0 <= y < tmx.height:
                    props = tmx.get_tile_properties_by_gid(gid) or {}
                    if _truthy(props.get("collides", False)):
                        grid[y][x] = 1
        return grid

    def read(self) -> MapData:
        tmx, path = self.tmx, self.path
        line, column = self.positions.map
        props: dict[str, object] = dict(tmx.properties or {})
        blocked = self.blocked_grid()
        spawns: dict[str, Spawn] = {}
        exits: list[Exit] = []
        npcs: list[NpcSpawn] = []
        things: list[Interactable] = []
        private_areas: list[frozenset[Tile]] = []
        walls: list[frozenset[Tile]] = []
        walkable: list[frozenset[Tile]] = []
        lights: list[Light] = []
        for obj in tmx.objects:
            kind = _object_type(obj)
            tiles, rect = _cells(obj.x, obj.y, obj.width, obj.height)
            oline, ocolumn = self.where(obj.id)
            if kind == "spawn":
                spawn = Spawn(
                    str(obj.name or ""),
                    _centre(obj),
                    self.choice(obj, "facing", tuple(FACINGS), "down"),
                    oline,
                    ocolumn,
                )
                if not spawn.name:
                    self.report.error(
                        "M011",
                        path,
                        oline,
                        ocolumn,
                        "spawn has no name",
                        "set the object's Name in Tiled",
                    )
                elif spawn.name in spawns:
                    self.report.error(
                        "M014", path, oline, ocolumn, f"spawn `{spawn.name}` is defined twice"
                    )
                else:
                    spawns[spawn.name] = spawn
            elif kind == "exit":
                exit_kind = self.choice(obj, "kind", EXIT_KINDS, "door")
                sound = self.choice(
                    obj, "sound", EXIT_SOUNDS, "door" if exit_kind == "door" else "none"
                )
                exits.append(
                    Exit(
                        tiles,
                        rect,
                        self.text(obj, "target_map"),
                        self.text(obj, "target_spawn"),
                        exit_kind,
                        sound,
                        oline,
                        ocolumn,
                    )
                )
            elif kind == "npc":
                npcs.append(self.npc(obj, oline, ocolumn))
            elif kind == "interact":
                extra = {k: str(v) for k, v in obj.properties.items()}
                things.append(
                    Interactable(
                        self.text(obj, "id"),
                        self.text(obj, "kind"),
                        self.text(obj, "scene"),
                        tiles,
                        extra,
                        oline,
                        ocolumn,
                    )
                )
            elif kind == "wall":
                walls.append(tiles)
            elif kind == "walkable":
                walkable.append(tiles)
            elif kind == "private":
                private_areas.append(tiles)
            elif kind == "light":
                lights.append(self.light(obj, oline, ocolumn))
            else:
                self.report.warning(
                    "M010",
                    path,
                    oline,
                    ocolumn,
                    f"object type `{kind}` means nothing to the game",
                    did_you_mean(kind, OBJECT_TYPES) or f"use one of {', '.join(OBJECT_TYPES)}",
                )
        # walls first, then walkable areas clear whatever is under them
        for area, value in [(t, 1) for t in walls] + [(t, 0) for t in walkable]:
            for x, y in area:
                if 0 <= x < tmx.width and 0 <= y < tmx.height:
                    blocked[y][x] = value
        music = str(props["music"]) if props.get("music") else None
        return MapData(
            id=path.stem,
            name=str(props.get("name") or path.stem),
            path=path,
            width=tmx.width,
            height=tmx.height,
            tile_size=tmx.tilewidth,
            blocked=blocked,
            spawns=spawns,
            default_spawn=str(props.get("default_spawn") or ""),
            exits=exits,
            npcs=npcs,
            objects=things,
            private_areas=private_areas,
            private=_truthy(props.get("private", False)),
            indoors=_truthy(props.get("indoors", False)),
            music=music,
            properties=props,
            lights=lights,
            ambient=self.ambient(props, line, column),
            diagnostics=list(self.report.items),
            line=line,
            column=column,
        )

    def number(self, obj: pytmx.TiledObject, prop: str, default: float, low: float,
               high: float, line: int, column: int) -> float:
        raw = obj.properties.get(prop, default)
        try:
            value = float(raw)
        except (TypeError, ValueError):
            self.report.error("M012", self.path, line, column,
                              f"`{prop}` must be a number, not `{raw}`")
            return default
        if not low <= value <= high:
            self.report.error("M012", self.path, line, column,
                              f"`{prop}` must be between {low:g} and {high:g}, not {value:g}")
            return min(high, max(low, value))
        return value

    def light(self, obj: pytmx.TiledObject, line: int, column: int) -> Light:
        raw = str(obj.properties.get("colour", "#f6dca0")).strip().lstrip("#")
        try:
            colour = (int(raw[0:2], 16), int(raw[2:4], 16), int(raw[4:6], 16))
            if len(raw) != 6:
                raise ValueError(raw)
        except ValueError:
            self.report.error("M012", self.path, line, column,
                              f"light colour must look like #rrggbb, not `#{raw}`")
            colour = (246, 220, 160)
        centre_x = (obj.x + (obj.width or 0) / 2) / TILE_SIZE
        centre_y = (obj.y + (obj.height or 0) / 2) / TILE_SIZE
        return Light(
            centre_x, centre_y,
            self.number(obj, "radius", 3.0, 0.5, 40.0, line, column), colour,
            self.number(obj, "strength", 0.8, 0.0, 1.0, line, column),
            self.number(obj, "sweep_x", 0.0, 0.0, 40.0, line, column),
            self.number(obj, "sweep_y", 0.0, 0.0, 40.0, line, column),
            self.number(obj, "period", 6.0, 0.5, 600.0, line, column),
        )

    def ambient(self, props: dict[str, object], line: int, column: int) -> int:
        raw = props.get("ambient", 0)
        try:
            value = int(raw)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            self.report.error("M012", self.path, line, column,
                              f"map property `ambient` must be a number 0-255, not `{raw}`")
            return 0
        return max(0, min(255, value))

    def npc(self, obj: pytmx.TiledObject, line: int, column: int) -> NpcSpawn:
        route: list[Tile] = []
        raw_route = self.text(obj, "route")
        if raw_route:
            try:
                route = parse_route(raw_route)
            except ValueError:
                rline, rcolumn = self.where(obj.id, "route")
                self.report.error(
                    "M012",
                    self.path,
                    rline,
                    rcolumn,
                    f"route `{raw_route}` is not a list of tile x,y pairs",
                    'write waypoints like "3,10 12,10 12,4"',
                )
        sprite = self.text(obj, "sprite") or None
        when_line, when_column = self.where(obj.id, "when")
        return NpcSpawn(
            self.text(obj, "id"),
            self.text(obj, "role"),
            _centre(obj),
            self.choice(obj, "facing", tuple(FACINGS), "down"),
            self.choice(obj, "behaviour", BEHAVIOURS, "stand"),
            route,
            sprite,
            line,
            column,
            self.text(obj, "when").strip(),
            when_line,
            when_column,
        )


def load_map(path: Path) -> MapData:
    """Read one .tmx; raises ContentError (with positions) if it cannot be used."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ContentError(
            [
                Diagnostic(
                    "M002", "error", str(path), 0, 0, f"cannot read the map ({error.strerror})"
                )
            ]
        ) from error
    positions = _scan(data, path)
    line, column = positions.map
    if positions.root != "map":
        raise ContentError(
            [
                Diagnostic(
                    "M002",
                    "error",
                    str(path),
                    line,
                    column,
                    f"expected a Tiled <map>, found <{positions.root}>",
                )
            ]
        )
    _check_tilesets(path, positions)
    try:
        tmx = pytmx.TiledMap(str(path), allow_duplicate_names=True)
    except Exception as error:  # pytmx raises bare Exception, ValueError, KeyError...
        raise ContentError(
            [
                Diagnostic(
                    "M002", "error", str(path), line, column, f"Tiled map cannot be read: {error}"
                )
            ]
        ) from error
    problems = []
    if tmx.orientation != "orthogonal":
        problems.append(f"orientation is {tmx.orientation}, the game draws only orthogonal")
    if (tmx.tilewidth, tmx.tileheight) != (TILE_SIZE, TILE_SIZE):
        problems.append(f"tiles are {tmx.tilewidth}x{tmx.tileheight}, the game uses 16x16")
    if _truthy(getattr(tmx, "infinite", False)):
        problems.append("infinite maps are not supported: untick Infinite in Map Properties")
    if tmx.width <= 0 or tmx.height <= 0:
        problems.append("the map has no size")
    if problems:
        raise ContentError(
            [Diagnostic("M002", "error", str(path), line, column, message) for message in problems]
        )
    return _Reader(path, tmx, positions).read()


def load_maps(folder: Path) -> tuple[dict[str, MapData], list[Diagnostic]]:
    """Every *.tmx in a folder by id (file stem); broken files are reported, not raised."""
    maps: dict[str, MapData] = {}
    problems: list[Diagnostic] = []
    folder = Path(folder)
    if not folder.is_dir():
        return maps, problems
    for path in sorted(folder.glob("*.tmx")):
        try:
            maps[path.stem] = load_map(path)
        except ContentError as error:
            problems.extend(error.diagnostics)
    return maps, problems


# ---------------------------------------------------------------- checking


def _walkable_from(data: MapData, start: Tile, obstacles: Collection[Tile] = ()) -> set[Tile]:
    """Tiles reachable on foot from `start` (breadth first over the collision grid)."""
    if data.is_blocked(*start):
        return set()
    seen = {start}
    queue = deque([start])
    while queue:
        x, y = queue.popleft()
        for nx, ny in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
            if (nx, ny) not in seen and not data.is_blocked(nx, ny) and (nx, ny) not in obstacles:
                seen.add((nx, ny))
                queue.append((nx, ny))
    return seen


def _touches(tiles: Iterable[Tile], reached: set[Tile]) -> bool:
    """On a reached tile, or beside one (he can walk into it or face it)."""
    for x, y in tiles:
        if (x, y) in reached or any(
            n in reached for n in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1))
        ):
            return True
    return False


def check_default_spawn(data: MapData, report: Report) -> None:
    if not data.default_spawn:
        report.error(
            "M013",
            data.path,
            data.line,
            data.column,
            "the map has no `default_spawn` property",
            "add a string property default_spawn naming a spawn object",
        )
    elif data.default_spawn not in data.spawns:
        report.error(
            "M013",
            data.path,
            data.line,
            data.column,
            f"default_spawn `{data.default_spawn}` names no spawn on this map",
            did_you_mean(data.default_spawn, data.spawns),
        )


def check_exit_targets(data: MapData, maps: dict[str, MapData], report: Report) -> None:
    for exit_ in data.exits:
        if not exit_.target_map or not exit_.target_spawn:
            missing = "target_map" if not exit_.target_map else "target_spawn"
            report.error(
                "M011", data.path, exit_.line, exit_.column, f"exit has no `{missing}` property"
            )
            continue
        target = maps.get(exit_.target_map)
        if target is None:
            report.error(
                "M020",
                data.path,
                exit_.line,
                exit_.column,
                f"exit leads to map `{exit_.target_map}`, which does not exist",
                did_you_mean(exit_.target_map, maps) or f"maps are: {', '.join(sorted(maps))}",
            )
        elif exit_.target_spawn not in target.spawns:
            report.error(
                "M021",
                data.path,
                exit_.line,
                exit_.column,
                f"exit leads to spawn `{exit_.target_spawn}` on `{target.id}`, "
                "which has no such spawn",
                did_you_mean(exit_.target_spawn, target.spawns)
                or f"spawns there: {', '.join(sorted(target.spawns))}",
            )


def check_npcs(data: MapData, report: Report) -> None:
    for npc in data.npcs:
        if not npc.id:
            report.error("M011", data.path, npc.line, npc.column, "NPC has no `id` property")
        if not npc.role:
            report.error(
                "M011",
                data.path,
                npc.line,
                npc.column,
                f"NPC `{npc.id}` has no `role` property",
                f"roles: {', '.join(ROLES)}",
            )
        elif npc.role not in ROLES:
            report.error(
                "M030",
                data.path,
                npc.line,
                npc.column,
                f"NPC `{npc.id}` has unknown role `{npc.role}`",
                did_you_mean(npc.role, ROLES) or f"roles: {', '.join(ROLES)}",
            )
        if data.is_blocked(*npc.tile):
            report.error(
                "M032",
                data.path,
                npc.line,
                npc.column,
                f"NPC `{npc.id}` stands inside a wall at {npc.tile[0]},{npc.tile[1]}",
            )
        if npc.behaviour == "walk" and not npc.route:
            report.warning(
                "M034",
                data.path,
                npc.line,
                npc.column,
                f"NPC `{npc.id}` is set to walk but has no route",
                'add a route property like "3,10 12,10"',
            )
        elif npc.route and npc.behaviour != "walk":
            report.warning(
                "M034",
                data.path,
                npc.line,
                npc.column,
                f"NPC `{npc.id}` has a route but behaviour `{npc.behaviour}`",
                "set behaviour to walk, or remove the route",
            )


def _leg(a: Tile, b: Tile) -> list[Tile] | None:
    """The tiles of a straight walk from a to b, or None if not in a row or column."""
    if a[0] != b[0] and a[1] != b[1]:
        return None
    dx = (b[0] > a[0]) - (b[0] < a[0])
    dy = (b[1] > a[1]) - (b[1] < a[1])
    tiles = [a]
    while tiles[-1] != b:
        tiles.append((tiles[-1][0] + dx, tiles[-1][1] + dy))
    return tiles


def check_routes(data: MapData, report: Report) -> None:
    standing = {n.tile: n.id for n in data.npcs if n.behaviour != "walk"}
    for npc in data.npcs:
        if npc.behaviour != "walk" or not npc.route:
            continue
        stops = [npc.tile, *npc.route, npc.route[0]]
        walls: set[Tile] = set()
        people: set[str] = set()
        for a, b in zip(stops, stops[1:], strict=False):
            tiles = _leg(a, b)
            if tiles is None:
                report.error(
                    "M033",
                    data.path,
                    npc.line,
                    npc.column,
                    f"NPC `{npc.id}`: route leg {a[0]},{a[1]} -> {b[0]},{b[1]} is not straight",
                    "put a waypoint at the corner",
                )
                continue
            wall = next((t for t in tiles if data.is_blocked(*t)), None)
            if wall is not None and wall not in walls:
                walls.add(wall)
                report.error(
                    "M033",
                    data.path,
                    npc.line,
                    npc.column,
                    f"NPC `{npc.id}`: route {a[0]},{a[1]} -> {b[0]},{b[1]} "
                    f"runs into a wall at {wall[0]},{wall[1]}",
                )
            person = next((standing[t] for t in tiles if t in standing), None)
            if person is not None and person not in people:
                people.add(person)
                report.warning(
                    "M035",
                    data.path,
                    npc.line,
                    npc.column,
                    f"NPC `{npc.id}`: route passes where `{person}` stands and will stop there",
                )


def check_reachable(data: MapData, report: Report) -> None:
    start = data.spawns.get(data.default_spawn)
    if start is None:
        return  # M013 already says so
    for spawn in data.spawns.values():
        if data.is_blocked(*spawn.tile):
            report.error(
                "M023",
                data.path,
                spawn.line,
                spawn.column,
                f"spawn `{spawn.name}` is inside a wall at {spawn.tile[0]},{spawn.tile[1]}",
            )
    # people who never move are in the way as much as a wall
    standing = {n.tile for n in data.npcs if n.behaviour != "walk"}
    reached = _walkable_from(data, start.tile, standing)
    if not reached:
        return
    for spawn in data.spawns.values():
        if spawn.tile not in reached and not data.is_blocked(*spawn.tile):
            report.error(
                "M024",
                data.path,
                spawn.line,
                spawn.column,
                f"spawn `{spawn.name}` cannot be reached from `{start.name}`",
            )
    for exit_ in data.exits:
        if not _touches(exit_.tiles, reached):
            report.error(
                "M022",
                data.path,
                exit_.line,
                exit_.column,
                f"exit to `{exit_.target_map}` cannot be reached on foot from spawn `{start.name}`",
                "a wall, a colliding tile or a standing NPC cuts it off",
            )
    for thing in data.objects:
        if not _touches(thing.tiles, reached):
            report.error(
                "M040",
                data.path,
                thing.line,
                thing.column,
                f"`{thing.id}` cannot be reached on foot from spawn `{start.name}`",
                "he must be able to stand on it or next to it",
            )


def check_interacts(data: MapData, report: Report, known_scenes: Collection[str] | None) -> None:
    for thing in data.objects:
        for prop in ("id", "kind", "scene"):
            if not getattr(thing, prop):
                report.error(
                    "M011",
                    data.path,
                    thing.line,
                    thing.column,
                    f"interact `{thing.id}` has no `{prop}` property",
                )
        if known_scenes is not None and thing.scene and thing.scene not in known_scenes:
            report.error(
                "M041",
                data.path,
                thing.line,
                thing.column,
                f"`{thing.id}` starts scene `{thing.scene}`, which no dialogue file defines",
                did_you_mean(thing.scene, known_scenes),
            )


def check_unique_ids(maps: dict[str, MapData], report: Report) -> None:
    for label, code, items in (
        ("NPC", "M031", lambda m: m.npcs),
        ("interact", "M042", lambda m: m.objects),
    ):
        seen: dict[str, MapData] = {}
        for data in maps.values():
            for item in items(data):
                if not item.id:
                    continue
                if item.id in seen:
                    first = seen[item.id]
                    report.error(
                        code,
                        data.path,
                        item.line,
                        item.column,
                        f"{label} id `{item.id}` is used again (first on `{first.id}`)",
                        "ids must be unique in the whole game",
                    )
                else:
                    seen[item.id] = data


def check_maps(
    maps: dict[str, MapData], known_scenes: Collection[str] | None = None
) -> list[Diagnostic]:
    """Every problem in a set of loaded maps, each with its file position."""
    report = Report()
    for data in maps.values():
        report.extend(data.diagnostics)
        check_default_spawn(data, report)
        check_exit_targets(data, maps, report)
        check_npcs(data, report)
        check_routes(data, report)
        check_reachable(data, report)
        check_interacts(data, report, known_scenes)
    check_unique_ids(maps, report)
    return report.sorted()
