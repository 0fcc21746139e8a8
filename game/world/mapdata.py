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
from typing import Any
from xml.etree import ElementTree

import pytmx

from game.diagnostics import ContentError, Diagnostic, Report, did_you_mean
from game.paths import data_root
from game.safeio import FileRefused, asset_name_problem, check_image_file, printable, read_limited
from game.world import limits
from game.world.directions import FACINGS

TILE_SIZE = 16
GAME_PREFIX = "game:"  # a tileset source `game:city.tsx` is the game's own maps/city.tsx
BEHAVIOURS = ("stand", "idle", "walk")
EXIT_KINDS = ("door", "edge")
EXIT_SOUNDS = ("door", "none")
OBJECT_TYPES = ("spawn", "exit", "npc", "interact", "wall", "walkable", "private", "light")
PATCH_TYPES = ("spawn", "exit", "npc", "interact", "light")  # what a map patch may add

Tile = tuple[int, int]
Position = tuple[int, int]  # line, column (1-based)


@dataclass(slots=True)
class Spawn:
    """A named tile of a map where he arrives (or a scene sends a walker), and the way he
    faces there."""

    name: str
    tile: Tile
    facing: str
    line: int = 0
    column: int = 0
    file: str = ""  # where it is written, when not in the map itself (a map patch)


@dataclass(slots=True)
class Exit:
    """Tiles that take him to a spawn of another map: a door or a map's edge, with its sound
    (door or none)."""

    tiles: frozenset[Tile]
    rect: tuple[int, int, int, int]  # tile x, y, w, h
    target_map: str
    target_spawn: str
    kind: str
    sound: str
    line: int
    column: int
    file: str = ""  # where it is written, when not in the map itself (a map patch)


@dataclass(slots=True)
class NpcSpawn:
    """A person placed on a map (an `npc` object): who, where, how they move, and when
    they are there at all."""

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
    file: str = ""  # where it is written, when not in the map itself (a map patch)


@dataclass(slots=True)
class Interactable:
    """A thing on a map he can act on (an `interact` object): its kind, its tiles and the
    scene it starts."""

    id: str
    kind: str
    scene: str
    tiles: frozenset[Tile]
    properties: dict[str, str]
    line: int
    column: int
    file: str = ""  # where it is written, when not in the map itself (a map patch)


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
    """One map as the game uses it: its size and collision, spawns, exits, people, things,
    lights, music, and where he may change face."""

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

    def is_private(self, x: int, y: int) -> bool:
        """May he change face here: a private map, or inside a `private` area."""
        return self.private or any((x, y) in area for area in self.private_areas)


# ---------------------------------------------------------------- reading


@dataclass(slots=True)
class Positions:
    """Where elements start in the XML, found by expat (pytmx keeps no positions)."""

    root: str = ""
    map: Position = (1, 1)
    objects: dict[int, Position] = field(default_factory=dict)
    object_props: dict[tuple[int, str], Position] = field(default_factory=dict)
    map_props: dict[str, Position] = field(default_factory=dict)
    tilesets: list[tuple[str, Position]] = field(default_factory=list)
    images: list[tuple[str, Position]] = field(default_factory=list)
    templates: list[tuple[str, Position]] = field(default_factory=list)
    tile_layers: list[Position] = field(default_factory=list)
    # dimensions out of bounds, found before pytmx allocates anything for them
    too_large: list[Diagnostic] = field(default_factory=list)


def _number(text: str | None) -> float | None:
    if text is None:
        return None
    try:
        value = float(text)
    except (ValueError, OverflowError):
        return None  # pytmx says what is wrong with it
    return value


# elements whose attributes state sizes (a property's value is checked by its length)
_SIZED = frozenset({"map", "layer", "objectgroup", "imagelayer", "group", "tileset", "object"})


def _limit_problems(tag: str, attrs: dict[str, str], counts: dict[str, int]) -> list[str]:
    """What in one element's attributes is beyond the limits of game/world/limits.py."""
    problems: list[str] = []

    def at_most(name: str, limit: float, low: float = 0) -> None:
        value = _number(attrs.get(name))
        if value is not None and not (low <= value <= limit):
            problems.append(f"`{name}` of <{tag}> is {attrs[name][:40]}; the game allows "
                            f"{low:g} to {limit:g}")

    if tag in ("map", "layer"):
        at_most("width", limits.MAX_MAP_TILES)
        at_most("height", limits.MAX_MAP_TILES)
        if tag == "map":
            at_most("tilewidth", 256)
            at_most("tileheight", 256)
    if tag in ("layer", "objectgroup", "imagelayer", "group"):
        counts["layers"] = counts.get("layers", 0) + 1
        if counts["layers"] == limits.MAX_LAYERS + 1:
            problems.append(f"more than {limits.MAX_LAYERS} layers")
    elif tag == "tileset":
        at_most("firstgid", limits.MAX_GID)
        at_most("tilecount", limits.MAX_GID)
        at_most("columns", limits.MAX_GID)
    elif tag == "object":
        counts["objects"] = counts.get("objects", 0) + 1
        if counts["objects"] == limits.MAX_OBJECTS + 1:
            problems.append(f"more than {limits.MAX_OBJECTS} objects")
        reach = limits.MAX_MAP_TILES * TILE_SIZE
        at_most("x", reach, -reach)
        at_most("y", reach, -reach)
        at_most("width", reach)
        at_most("height", reach)
        width = _number(attrs.get("width")) or 0
        height = _number(attrs.get("height")) or 0
        if problems:
            return problems
        tiles = (width / TILE_SIZE + 1) * (height / TILE_SIZE + 1)
        counts["tiles"] = counts.get("tiles", 0) + int(tiles)
        if tiles > limits.MAX_OBJECT_TILES:
            problems.append(f"an object covering more than {limits.MAX_OBJECT_TILES} tiles")
        elif counts["tiles"] - int(tiles) <= limits.MAX_MAP_OBJECT_TILES < counts["tiles"]:
            problems.append(f"objects covering more than {limits.MAX_MAP_OBJECT_TILES} tiles "
                            "in all")
    elif tag == "property":
        value = attrs.get("value", "")
        if len(value) > limits.MAX_PROPERTY_TEXT:
            problems.append(f"a property value longer than {limits.MAX_PROPERTY_TEXT} "
                            "characters")
        else:  # a route: its waypoints count against the map's
            before = counts.get("waypoints", 0)
            counts["waypoints"] = before + value.count(",")
            if before <= limits.MAX_MAP_ROUTE_POINTS < counts["waypoints"]:
                problems.append(f"routes with more than {limits.MAX_MAP_ROUTE_POINTS} "
                                "waypoints in all")
    return problems


def scan_tiled(data: bytes, path: Path) -> Positions:
    found = Positions()
    stack: list[str] = []
    current_object: list[int] = []
    counts: dict[str, int] = {}
    parser = xml.parsers.expat.ParserCreate()

    def start(tag: str, attrs: dict[str, str]) -> None:
        here = (parser.CurrentLineNumber, parser.CurrentColumnNumber + 1)
        if not stack:
            found.root, found.map = tag, here
        if tag in _SIZED or (tag == "property" and (attrs.get("name") == "route" or len(
                attrs.get("value", "")) > limits.MAX_PROPERTY_TEXT)):
            for problem in _limit_problems(tag, attrs, counts):
                found.too_large.append(Diagnostic("M002", "error", str(path), *here,
                                                  problem, "docs/modding.md lists the limits"))
        if tag == "object":
            if attrs.get("template"):
                found.templates.append((attrs["template"], here))
            try:
                current_object.append(int(attrs.get("id", "")))
            except ValueError:
                current_object.append(-1)
            found.objects.setdefault(current_object[-1], here)
        elif tag == "tileset" and "source" in attrs:
            found.tilesets.append((attrs["source"], here))
        elif tag == "image" and attrs.get("source"):
            found.images.append((attrs["source"], here))
        elif tag == "layer":
            found.tile_layers.append(here)
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
    if found.too_large:
        raise ContentError(found.too_large[:20])
    return found


def resolve_source(source: str, folder: Path, data: Path | None = None) -> Path:
    """The file a Tiled `source` names: relative to ``folder`` (the file naming it), or,
    written ``game:NAME``, the game's own ``maps/NAME`` (the stable name a mod's map
    uses for the shipped tileset, wherever the game runs)."""
    if source.startswith(GAME_PREFIX):
        return (data or data_root()) / "maps" / source[len(GAME_PREFIX):]
    return folder / source


def _read_tiled(path: Path) -> bytes:
    return read_limited(path, limits.MAX_MAP_BYTES)


def _check_tilesets(path: Path, positions: Positions, data: Path | None = None) -> None:
    """External tilesets and every image (the map's own and its tilesets') must exist, parse
    and be images the game will decode, or pytmx and the renderer fail without a position
    (or, for an image that lies about its size, inside the decoder)."""
    problems: list[Diagnostic] = []
    images = [(path.parent, source, path, where) for source, where in positions.images]
    for source, (line, column) in positions.tilesets:
        tsx = resolve_source(source, path.parent, data)
        try:
            if source.startswith(GAME_PREFIX) and not tsx.resolve().is_relative_to(
                    ((data or data_root()) / "maps").resolve()):
                raise FileRefused(tsx, "outside the game's maps folder")
            scanned = scan_tiled(_read_tiled(tsx), tsx)
        except OSError as error:
            problems.append(Diagnostic(
                "M003", "error", str(path), line, column,
                f"tileset `{source[:200]}` cannot be read ({error.strerror or error})",
                f"tilesets are found relative to the map file, or `{GAME_PREFIX}city.tsx` "
                "for the game's own"))
            continue
        except ContentError as error:
            problems.extend(Diagnostic("M003", d.severity, d.file, d.line, d.column,
                                       f"tileset is broken: {d.message}")
                            for d in error.diagnostics)
            continue
        images += [(tsx.parent, image, tsx, where) for image, where in scanned.images]
    for source, (line, column) in positions.templates:  # pytmx opens these itself
        try:
            _read_tiled(resolve_source(source, path.parent, data))
        except OSError as error:
            problems.append(Diagnostic(
                "M002", "error", str(path), line, column,
                f"object template `{source[:200]}` cannot be read ({error.strerror or error})",
                "templates are found relative to the map file"))
    for folder, source, owner, (line, column) in images:
        try:
            check_image_file(resolve_source(source, folder, data))
        except OSError as error:
            problems.append(Diagnostic(
                "M003", "error", str(owner), line, column,
                f"image `{source[:200]}` cannot be used ({error.strerror or error})",
                "images are PNG files next to the tileset"))
    if problems:
        raise ContentError(problems)


def open_tmx(path: Path, data: bytes | None = None, *, image_loader: Any = None,
             game_data: Path | None = None, positions: Positions | None = None
             ) -> pytmx.TiledMap:
    """pytmx's map of a checked file: read here (a regular file within the size limit),
    its dimensions, tilesets and images checked before pytmx sees them, `game:` tileset
    names resolved. ``image_loader`` (pytmx.util_pygame's) loads the tile images for
    drawing; without it no image is decoded. Raises ContentError with positions only."""
    path = Path(path)
    if data is None:
        try:
            data = _read_tiled(path)
        except OSError as error:
            raise ContentError([Diagnostic("M002", "error", str(path), 0, 0,
                                           f"cannot read the map ({error.strerror or error})")]
                               ) from error
    if positions is None:
        positions = scan_tiled(data, path)
    line, column = positions.map
    if positions.root != "map":
        raise ContentError([Diagnostic("M002", "error", str(path), line, column,
                                       f"expected a Tiled <map>, found <{positions.root}>")])
    _check_tilesets(path, positions, game_data)
    try:
        root = ElementTree.fromstring(data)
        for node in root.iter("tileset"):
            source = node.get("source", "")
            if source.startswith(GAME_PREFIX):
                node.set("source", str(resolve_source(source, path.parent, game_data)))
        kwargs: dict[str, Any] = {"allow_duplicate_names": True}
        if image_loader is not None:
            kwargs["image_loader"] = image_loader
        tmx = pytmx.TiledMap(**kwargs)
        tmx.filename = str(path)
        tmx.parse_xml(root)
    except Exception as error:  # pytmx raises bare Exception, ValueError, KeyError...
        raise ContentError([Diagnostic("M002", "error", str(path), line, column,
                                       f"Tiled map cannot be read: {printable(str(error))[:300]}")]
                           ) from error
    return tmx


def truthy(value: object) -> bool:
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


@dataclass(slots=True)
class MapObjects:
    """The objects of a map, or the ones a map patch adds, sorted by type."""

    spawns: list[Spawn] = field(default_factory=list)
    exits: list[Exit] = field(default_factory=list)
    npcs: list[NpcSpawn] = field(default_factory=list)
    things: list[Interactable] = field(default_factory=list)
    lights: list[Light] = field(default_factory=list)
    walls: list[frozenset[Tile]] = field(default_factory=list)
    walkable: list[frozenset[Tile]] = field(default_factory=list)
    private_areas: list[frozenset[Tile]] = field(default_factory=list)


class ObjectReader:
    """Turns one pytmx map (or a map patch's objects) plus positions into records."""

    def __init__(self, path: Path, tmx: pytmx.TiledMap | None, positions: Positions,
                 *, patch: bool = False) -> None:
        self.path = path
        self.tmx = tmx
        self.positions = positions
        self.report = Report()
        self.patch = patch

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
        assert tmx is not None  # a map's reader, not a patch's
        grid = [bytearray(tmx.width) for _ in range(tmx.height)]
        for layer in tmx.layers:
            if not isinstance(layer, pytmx.TiledTileLayer):
                continue
            if truthy((layer.properties or {}).get("overhead", False)):
                continue  # roofs and crowns over people never block
            for x, y, gid in layer.iter_data():
                if gid and 0 <= x < tmx.width and 0 <= y < tmx.height:
                    props = tmx.get_tile_properties_by_gid(gid) or {}
                    if truthy(props.get("collides", False)):
                        grid[y][x] = 1
        return grid

    def collect(self, objects: Iterable[Any]) -> MapObjects:
        """The game's records of Tiled objects (pytmx's, or a map patch's)."""
        found = MapObjects()
        spawn_names: set[str] = set()
        path = str(self.path) if self.patch else ""
        for obj in objects:
            kind = _object_type(obj)
            tiles, rect = _cells(obj.x, obj.y, obj.width, obj.height)
            oline, ocolumn = self.where(obj.id)
            if kind == "spawn":
                spawn = Spawn(str(obj.name or ""), _centre(obj),
                              self.choice(obj, "facing", tuple(FACINGS), "down"), oline,
                              ocolumn, path)
                if not spawn.name:
                    self.report.error("M011", self.path, oline, ocolumn, "spawn has no name",
                                      "set the object's Name in Tiled")
                elif spawn.name in spawn_names:
                    self.report.error("M014", self.path, oline, ocolumn,
                                      f"spawn `{spawn.name}` is defined twice")
                else:
                    found.spawns.append(spawn)
                    spawn_names.add(spawn.name)
            elif kind == "exit":
                exit_kind = self.choice(obj, "kind", EXIT_KINDS, "door")
                sound = self.choice(obj, "sound", EXIT_SOUNDS,
                                    "door" if exit_kind == "door" else "none")
                found.exits.append(Exit(tiles, rect, self.text(obj, "target_map"),
                                        self.text(obj, "target_spawn"), exit_kind, sound,
                                        oline, ocolumn, path))
            elif kind == "npc":
                npc = self.npc(obj, oline, ocolumn)
                npc.file = path
                found.npcs.append(npc)
            elif kind == "interact":
                extra = {k: str(v) for k, v in obj.properties.items()}
                found.things.append(Interactable(self.text(obj, "id"), self.text(obj, "kind"),
                                                 self.text(obj, "scene"), tiles, extra,
                                                 oline, ocolumn, path))
            elif kind == "wall" and not self.patch:
                found.walls.append(tiles)
            elif kind == "walkable" and not self.patch:
                found.walkable.append(tiles)
            elif kind == "private" and not self.patch:
                found.private_areas.append(tiles)
            elif kind == "light":
                found.lights.append(self.light(obj, oline, ocolumn))
            else:
                allowed = PATCH_TYPES if self.patch else OBJECT_TYPES
                self.report.warning(
                    "M010", self.path, oline, ocolumn,
                    f"object type `{kind[:80]}` means nothing to the game"
                    + (" in a map patch" if self.patch and kind in OBJECT_TYPES else ""),
                    did_you_mean(kind, allowed) or f"use one of {', '.join(allowed)}")
        return found

    def read(self) -> MapData:
        tmx, path = self.tmx, self.path
        assert tmx is not None  # a map's reader, not a patch's
        line, column = self.positions.map
        props: dict[str, object] = dict(tmx.properties or {})
        blocked = self.blocked_grid()
        found = self.collect(tmx.objects)
        # walls first, then walkable areas clear whatever is under them
        for area, value in [(t, 1) for t in found.walls] + [(t, 0) for t in found.walkable]:
            for x, y in area:
                if 0 <= x < tmx.width and 0 <= y < tmx.height:
                    blocked[y][x] = value
        music = str(props["music"]) if props.get("music") else None
        if music is not None and (problem := asset_name_problem(music)):
            mline, mcolumn = self.positions.map_props.get("music", (line, column))
            self.report.error("M012", path, mline, mcolumn,
                              f"music `{music[:80]}` is {problem}",
                              "name a track of assets/music without its .ogg")
            music = None
        return MapData(
            id=path.stem,
            name=str(props.get("name") or path.stem),
            path=path,
            width=tmx.width,
            height=tmx.height,
            tile_size=tmx.tilewidth,
            blocked=blocked,
            spawns={spawn.name: spawn for spawn in found.spawns},
            default_spawn=str(props.get("default_spawn") or ""),
            exits=found.exits,
            npcs=found.npcs,
            objects=found.things,
            private_areas=found.private_areas,
            private=truthy(props.get("private", False)),
            indoors=truthy(props.get("indoors", False)),
            music=music,
            properties=props,
            lights=found.lights,
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
        if len(route) > limits.MAX_ROUTE_POINTS or any(
                not (0 <= v < limits.MAX_MAP_TILES) for tile in route for v in tile):
            rline, rcolumn = self.where(obj.id, "route")
            self.report.error("M012", self.path, rline, rcolumn,
                              f"route has a waypoint outside the map or more than "
                              f"{limits.MAX_ROUTE_POINTS} waypoints",
                              "waypoints are tile x,y pairs inside the map")
            route = []
        sprite = self.text(obj, "sprite") or None
        if sprite is not None and (problem := asset_name_problem(sprite)):
            sline, scolumn = self.where(obj.id, "sprite")
            self.report.error("M012", self.path, sline, scolumn,
                              f"sprite `{sprite[:80]}` is {problem}",
                              "name a sheet of assets/sprites without its .png")
            sprite = None
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
        data = _read_tiled(path)
    except OSError as error:
        raise ContentError([Diagnostic("M002", "error", str(path), 0, 0,
                                       f"cannot read the map ({error.strerror or error})")]
                           ) from error
    positions = scan_tiled(data, path)
    line, column = positions.map
    tmx = open_tmx(path, data, positions=positions)
    problems = []
    if tmx.orientation != "orthogonal":
        problems.append(f"orientation is {tmx.orientation}, the game draws only orthogonal")
    if (tmx.tilewidth, tmx.tileheight) != (TILE_SIZE, TILE_SIZE):
        problems.append(f"tiles are {tmx.tilewidth}x{tmx.tileheight}, the game uses 16x16")
    if truthy(getattr(tmx, "infinite", False)):
        problems.append("infinite maps are not supported: untick Infinite in Map Properties")
    if tmx.width <= 0 or tmx.height <= 0:
        problems.append("the map has no size")
    if problems:
        raise ContentError(
            [Diagnostic("M002", "error", str(path), line, column, message) for message in problems]
        )
    return ObjectReader(path, tmx, positions).read()


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
            report.error("M011", exit_.file or data.path, exit_.line, exit_.column,
                         f"exit has no `{missing}` property")
            continue
        target = maps.get(exit_.target_map)
        if target is None:
            report.error(
                "M020",
                exit_.file or data.path,
                exit_.line,
                exit_.column,
                f"exit leads to map `{exit_.target_map}`, which does not exist",
                did_you_mean(exit_.target_map, maps) or f"maps are: {', '.join(sorted(maps))}",
            )
        elif exit_.target_spawn not in target.spawns:
            report.error(
                "M021",
                exit_.file or data.path,
                exit_.line,
                exit_.column,
                f"exit leads to spawn `{exit_.target_spawn}` on `{target.id}`, "
                "which has no such spawn",
                did_you_mean(exit_.target_spawn, target.spawns)
                or f"spawns there: {', '.join(sorted(target.spawns))}",
            )


def check_npcs(data: MapData, report: Report, roles: Collection[str] | None = None) -> None:
    """People on a map: an id, a role (one the content's cast has, when ``roles`` is
    given: roles come from the dialogue, so a mod that adds one can place it), standing
    on a floor, walking only along a route."""
    known = ", ".join(sorted(roles)) if roles is not None else ""
    for npc in data.npcs:
        if not npc.id:
            report.error("M011", npc.file or data.path, npc.line, npc.column,
                         "NPC has no `id` property")
        if not npc.role:
            report.error("M011", npc.file or data.path, npc.line, npc.column,
                         f"NPC `{npc.id}` has no `role` property",
                         f"roles: {known}" if known else "roles are listed in cast.yaml")
        elif roles is not None and npc.role not in roles:
            report.error("M030", npc.file or data.path, npc.line, npc.column,
                         f"NPC `{npc.id}` has unknown role `{npc.role}`",
                         did_you_mean(npc.role, roles) or f"roles: {known}")
        if data.is_blocked(*npc.tile):
            report.error(
                "M032",
                npc.file or data.path,
                npc.line,
                npc.column,
                f"NPC `{npc.id}` stands inside a wall at {npc.tile[0]},{npc.tile[1]}",
            )
        if npc.behaviour == "walk" and not npc.route:
            report.warning(
                "M034",
                npc.file or data.path,
                npc.line,
                npc.column,
                f"NPC `{npc.id}` is set to walk but has no route",
                'add a route property like "3,10 12,10"',
            )
        elif npc.route and npc.behaviour != "walk":
            report.warning(
                "M034",
                npc.file or data.path,
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
                    npc.file or data.path,
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
                    npc.file or data.path,
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
                    npc.file or data.path,
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
                spawn.file or data.path,
                spawn.line,
                spawn.column,
                f"spawn `{spawn.name}` is inside a wall at {spawn.tile[0]},{spawn.tile[1]}",
            )
    # people who never move are in the way as much as a wall
    standing = {n.tile: n.id for n in data.npcs if n.behaviour != "walk"}
    reached = _walkable_from(data, start.tile, standing)
    if not reached:
        return
    free: set[Tile] | None = None  # reached with nobody standing: who cuts a way off

    def cut_off_by(tiles: Iterable[Tile]) -> str:
        nonlocal free
        if standing and free is None:
            free = _walkable_from(data, start.tile)
        if not standing or free is None or not _touches(tiles, free):
            return "a wall or a colliding tile cuts it off"
        people = sorted(name or "(no id)" for tile, name in standing.items()
                        if tile in free and _touches([tile], reached))
        return (f"the standing NPC {', '.join(f'`{p}`' for p in people)} cuts it off"
                if people else "a standing NPC cuts it off")

    for spawn in data.spawns.values():
        if spawn.tile not in reached and not data.is_blocked(*spawn.tile):
            report.error(
                "M024",
                spawn.file or data.path,
                spawn.line,
                spawn.column,
                f"spawn `{spawn.name}` cannot be reached from `{start.name}`",
                cut_off_by([spawn.tile]),
            )
    for exit_ in data.exits:
        if not _touches(exit_.tiles, reached):
            report.error(
                "M022",
                exit_.file or data.path,
                exit_.line,
                exit_.column,
                f"exit to `{exit_.target_map}` cannot be reached on foot from spawn `{start.name}`",
                cut_off_by(exit_.tiles),
            )
    for thing in data.objects:
        if not _touches(thing.tiles, reached):
            report.error(
                "M040",
                thing.file or data.path,
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
                    thing.file or data.path,
                    thing.line,
                    thing.column,
                    f"interact `{thing.id}` has no `{prop}` property",
                )
        if known_scenes is not None and thing.scene and thing.scene not in known_scenes:
            report.error(
                "M041",
                thing.file or data.path,
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
                        item.file or data.path,
                        item.line,
                        item.column,
                        f"{label} id `{item.id}` is used again (first on `{first.id}`)",
                        "ids must be unique in the whole game",
                    )
                else:
                    seen[item.id] = data
