"""Map patches: a mod adds, moves or removes people, things, exits and lights on a map it
does not replace.

A patch lives in a mod's ``maps/patches/`` folder, either as YAML::

    patches:
      - map: streets                      # the map to change
        add:                              # objects, as a map's objects layer holds them
          - {type: npc, id: kinder_juggler, role: juggler, at: [12, 8], facing: down}
        move:
          - {id: shopgirl, at: [30, 9]}   # an NPC or interact id, or a spawn's name
        remove: [toyseller]

or as a Tiled map holding only object layers, with a map property ``patches`` naming
the map: each object is added, one with the id (or spawn name) of an object already
there replaces it, and one with the bool property ``remove`` removes it. Patches are
applied after every map is loaded, in load order (mods in order, files by name), so a
patch also reaches a map a later mod replaced. No pygame here.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from game.diagnostics import ContentError, Diagnostic, Report, did_you_mean
from game.safeio import read_limited
from game.world import limits
from game.world.directions import FACINGS
from game.world.mapdata import (
    PATCH_TYPES,
    TILE_SIZE,
    MapData,
    MapObjects,
    ObjectReader,
    Positions,
    Tile,
    open_tmx,
    scan_tiled,
    truthy,
)

FOLDER = "patches"
ADD_KEYS = ("type", "at", "size", "name")  # any other key of an added object is a property
MOVE_KEYS = ("id", "at", "facing")


@dataclass
class _YamlObject:
    """An added object written in YAML, shaped like pytmx's TiledObject."""

    id: int
    name: str
    type: str
    x: float
    y: float
    width: float
    height: float
    properties: dict[str, Any]


@dataclass(slots=True)
class Change:
    """One object moved or removed: by NPC/interact id or spawn name."""

    id: str
    line: int
    column: int
    tile: Tile | None = None  # moved here; None: removed
    facing: str = ""


@dataclass(slots=True)
class MapPatch:
    """One patch of a map: the objects it adds, moves and removes, and the problems found
    in it."""

    file: str
    target: str
    line: int
    column: int
    adds: MapObjects = field(default_factory=MapObjects)
    moves: list[Change] = field(default_factory=list)
    removes: list[Change] = field(default_factory=list)
    problems: list[Diagnostic] = field(default_factory=list)

    def touches(self) -> set[str]:
        """The objects this patch changes, as `map object-id` (for conflicts)."""
        named = [n.id for n in self.adds.npcs] + [t.id for t in self.adds.things] + [
            s.name for s in self.adds.spawns] + [c.id for c in (*self.moves, *self.removes)]
        return {f"{self.target} {name}" for name in named if name}


def patch_files(maps_folder: Path) -> list[Path]:
    """A maps folder's patches, in name order."""
    folder = Path(maps_folder) / FOLDER
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".tmx"))


def read_patches(path: Path) -> list[MapPatch]:
    """The patches of one file; ContentError (with positions) when it can't be read."""
    if path.suffix == ".tmx":
        return [_read_tmx(path)]
    return _read_yaml(path)


def _read_tmx(path: Path) -> MapPatch:
    try:
        data = read_limited(path, limits.MAX_MAP_BYTES)
    except OSError as error:
        raise ContentError([Diagnostic("M051", "error", str(path), 0, 0,
                                       f"cannot read the patch ({error.strerror or error})")]
                           ) from error
    positions = scan_tiled(data, path)
    tmx = open_tmx(path, data, positions=positions)
    line, column = positions.map
    report = Report()
    for where in positions.tile_layers:
        report.error("M051", path, *where, "a map patch holds only object layers",
                     "draw tiles in a map of your own; a patch adds, moves or removes objects")
    target = str((tmx.properties or {}).get("patches", "") or "").strip()
    if not target:
        report.error("M051", path, line, column, "the patch has no map property `patches`",
                     "add a string property `patches` naming the map it changes")
    reader = ObjectReader(path, None, positions, patch=True)
    removed = [o for o in tmx.objects if truthy((o.properties or {}).get("remove", False))]
    gone = {id(o) for o in removed}
    patch = MapPatch(str(path), target, line, column,
                     reader.collect(o for o in tmx.objects if id(o) not in gone))
    for obj in removed:
        name = str((obj.properties or {}).get("id") or obj.name or "")
        patch.removes.append(Change(name, *reader.where(obj.id)))
    patch.problems = report.items + reader.report.items
    return patch


def _read_yaml(path: Path) -> list[MapPatch]:
    from game.dialogue.yamlpos import MAX_FILE_BYTES, decode, parse_yaml

    name = str(path)
    try:
        root = parse_yaml(decode(read_limited(path, MAX_FILE_BYTES), name), name)
    except OSError as error:
        raise ContentError([Diagnostic("M051", "error", name, 0, 0,
                                       f"cannot read the patch ({error.strerror or error})")]
                           ) from error
    report = Report()
    entries = _mapping_value(root, "patches", report, name)
    patches: list[MapPatch] = []
    spent = {"objects": 0, "tiles": 0}  # what the whole file adds, against the map limits
    for entry in entries.value if entries is not None and entries.kind == "seq" else []:
        if entry.kind != "map":
            report.error("M051", name, entry.line, entry.column,
                         "a patch is a mapping with `map` and `add`, `move` or `remove`")
            continue
        _unknown_keys(entry, ("map", "add", "move", "remove"), "a map patch", report, name)
        target = entry.value.get("map")
        if target is None or target.kind != "scalar" or not isinstance(target.value, str):
            report.error("M051", name, entry.line, entry.column, "the patch names no `map`")
            continue
        patch = MapPatch(name, target.value, target.line, target.column)
        positions = Positions()
        added: list[_YamlObject] = []
        for number, item in enumerate(_items(entry, "add", report, name), start=1):
            obj = _added(item, number, positions, report, name)
            if obj is None:
                continue
            spent["objects"] += 1
            spent["tiles"] += int(obj.width * obj.height) // (TILE_SIZE * TILE_SIZE)
            if (spent["objects"] > limits.MAX_OBJECTS
                    or spent["tiles"] > limits.MAX_MAP_OBJECT_TILES):
                report.error("M051", name, item.line, item.column,
                             f"the patch adds more than {limits.MAX_OBJECTS} objects or "
                             f"{limits.MAX_MAP_OBJECT_TILES} tiles of them",
                             "docs/modding.md lists the limits")
                break
            added.append(obj)
        reader = ObjectReader(path, None, positions, patch=True)
        patch.adds = reader.collect(added)
        for item in _items(entry, "move", report, name):
            change = _change(item, report, name, moving=True)
            if change is not None:
                patch.moves.append(change)
        for item in _items(entry, "remove", report, name):
            change = _change(item, report, name, moving=False)
            if change is not None:
                patch.removes.append(change)
        patch.problems = reader.report.items
        patches.append(patch)
    if entries is not None and entries.kind != "seq":
        report.error("M051", name, entries.line, entries.column, "`patches` must be a list")
    if patches:
        patches[0].problems = report.items + patches[0].problems
    elif report.items:
        raise ContentError(report.items)
    return patches


def _mapping_value(root: Any, key: str, report: Report, name: str) -> Any:
    if root is None or root.kind != "map" or key not in root.value:
        line, column = root.where() if root is not None else (1, 1)
        report.error("M051", name, line, column, f"a map patch file is a mapping with `{key}:`")
        return None
    _unknown_keys(root, (key,), "a map patch file", report, name)
    return root.value[key]


def _unknown_keys(node: Any, allowed: tuple[str, ...], what: str, report: Report,
                  name: str) -> None:
    for key, key_node in (node.keys or {}).items():
        if key not in allowed:
            report.error("M051", name, key_node.line, key_node.column,
                         f"unknown key `{key[:80]}` in {what}", did_you_mean(key, allowed))


def _items(entry: Any, key: str, report: Report, name: str) -> list[Any]:
    node = entry.value.get(key)
    if node is None:
        return []
    if node.kind != "seq":
        report.error("M051", name, node.line, node.column, f"`{key}` must be a list")
        return []
    return list(node.value)


def _tile(node: Any, report: Report, name: str) -> Tile | None:
    values = [v.value for v in node.value] if node is not None and node.kind == "seq" else []
    if len(values) != 2 or not all(isinstance(v, int) and not isinstance(v, bool)
                                   and 0 <= v < limits.MAX_MAP_TILES for v in values):
        line, column = node.where() if node is not None else (0, 0)
        report.error("M051", name, line, column,
                     "`at` must be a tile [x, y] inside the map (whole numbers from 0)")
        return None
    return values[0], values[1]


def _added(item: Any, number: int, positions: Positions, report: Report, name: str
           ) -> _YamlObject | None:
    if item.kind != "map":
        report.error("M051", name, item.line, item.column,
                     "an added object is a mapping with `type` and `at`")
        return None
    kind = item.value.get("type")
    if kind is None or kind.kind != "scalar" or kind.raw not in PATCH_TYPES:
        line, column = kind.where() if kind is not None else item.where()
        shown = kind.raw[:80] if kind is not None else ""
        report.error("M051", name, line, column,
                     f"an added object's `type` is one of {', '.join(PATCH_TYPES)}, "
                     f"not `{shown}`", did_you_mean(shown, PATCH_TYPES))
        return None
    at = _tile(item.value.get("at") or item, report, name)
    size = item.value.get("size")
    dims = _tile(size, report, name) if size is not None else (1, 1)
    if at is None or dims is None:
        return None
    width, height = max(1, dims[0]), max(1, dims[1])
    if width * height > limits.MAX_OBJECT_TILES:
        report.error("M051", name, size.line, size.column,
                     f"an object covers at most {limits.MAX_OBJECT_TILES} tiles")
        return None
    positions.objects[number] = item.where()
    properties: dict[str, Any] = {}
    for key, node in item.value.items():
        if key in ADD_KEYS:
            continue
        if node.kind != "scalar":
            report.error("M051", name, node.line, node.column,
                         f"`{key[:80]}` must be a single value")
            continue
        properties[key] = node.raw if isinstance(node.value, str) else node.value
        positions.object_props[(number, key)] = node.where()
    label = item.value.get("name")
    return _YamlObject(number, str(label.value) if label is not None else "", kind.raw,
                       at[0] * TILE_SIZE, at[1] * TILE_SIZE, width * TILE_SIZE,
                       height * TILE_SIZE, properties)


def _change(item: Any, report: Report, name: str, *, moving: bool) -> Change | None:
    node = item.value.get("id") if item.kind == "map" else item
    if node is None or node.kind != "scalar" or not isinstance(node.value, str):
        report.error("M051", name, item.line, item.column,
                     "name the object by its id (or a spawn by its name)")
        return None
    change = Change(node.value, node.line, node.column)
    if item.kind == "map":
        _unknown_keys(item, MOVE_KEYS if moving else ("id",), "a move" if moving
                      else "a removal", report, name)
    if moving:
        if item.kind != "map":
            report.error("M051", name, item.line, item.column,
                         "a move is a mapping: {id: ..., at: [x, y]}")
            return None
        change.tile = _tile(item.value.get("at"), report, name)
        if change.tile is None:
            return None
        facing = item.value.get("facing")
        if facing is not None:
            if facing.kind != "scalar" or facing.raw not in FACINGS:
                report.error("M051", name, facing.line, facing.column,
                             f"`facing` is one of {', '.join(FACINGS)}",
                             did_you_mean(facing.raw if facing.kind == "scalar" else "",
                                          FACINGS))
                return None
            change.facing = facing.raw
    return change


# --- applying ------------------------------------------------------------------------------


def apply_patches(maps: dict[str, MapData], patches: list[MapPatch]) -> list[Diagnostic]:
    """Apply patches in order; ``maps`` gets patched copies (the loaded records are not
    changed, so a cached map stays as its file says). Returns every problem found."""
    report = Report()
    for patch in patches:
        report.extend(patch.problems)
        data = maps.get(patch.target)
        if data is None:
            report.error("M050", patch.file, patch.line, patch.column,
                         f"patch of map `{patch.target[:80]}`, which does not exist",
                         did_you_mean(patch.target, maps) or f"maps: {', '.join(sorted(maps))}")
            continue
        maps[patch.target] = apply_patch(data, patch, report)
    return report.items


def apply_patch(data: MapData, patch: MapPatch, report: Report) -> MapData:
    npcs = {n.id: n for n in data.npcs}
    things = {t.id: t for t in data.objects}
    spawns = dict(data.spawns)
    anonymous_npcs = [n for n in data.npcs if not n.id]
    for change in patch.removes:
        if change.id in npcs:
            del npcs[change.id]
        elif change.id in things:
            del things[change.id]
        elif change.id in spawns:
            del spawns[change.id]
        else:
            _missing(data, patch, change, report, npcs, things, spawns)
    for change in patch.moves:
        assert change.tile is not None
        tile = change.tile
        file, line, column = patch.file, change.line, change.column
        if change.id in npcs:
            npc = npcs[change.id]
            npcs[change.id] = dataclasses.replace(npc, tile=tile, facing=change.facing
                                                  or npc.facing, file=file, line=line,
                                                  column=column)
        elif change.id in things:
            thing = things[change.id]
            x0 = min(x for x, _ in thing.tiles)
            y0 = min(y for _, y in thing.tiles)
            moved = frozenset((x - x0 + tile[0], y - y0 + tile[1]) for x, y in thing.tiles)
            things[change.id] = dataclasses.replace(thing, tiles=moved, file=file, line=line,
                                                    column=column)
        elif change.id in spawns:
            spawn = spawns[change.id]
            spawns[change.id] = dataclasses.replace(spawn, tile=tile, facing=change.facing
                                                    or spawn.facing, file=file, line=line,
                                                    column=column)
        else:
            _missing(data, patch, change, report, npcs, things, spawns)
    for npc in patch.adds.npcs:
        if npc.id:
            npcs[npc.id] = npc
        else:
            anonymous_npcs.append(npc)
    for thing in patch.adds.things:
        things[thing.id or f"#{len(things)}"] = thing
    for spawn in patch.adds.spawns:
        spawns[spawn.name] = spawn
    return dataclasses.replace(
        data, npcs=[*npcs.values(), *anonymous_npcs], objects=list(things.values()),
        spawns=spawns, exits=[*data.exits, *patch.adds.exits],
        lights=[*data.lights, *patch.adds.lights])


def _missing(data: MapData, patch: MapPatch, change: Change, report: Report,
             *tables: dict[str, Any]) -> None:
    names = [name for table in tables for name in table]
    report.error("M050", patch.file, change.line, change.column,
                 f"map `{data.id}` has no NPC, interact or spawn `{change.id[:80]}`",
                 did_you_mean(change.id, names))


def read_folder_patches(maps_folders: list[Path]) -> tuple[list[MapPatch], list[Diagnostic]]:
    """Every patch of these maps folders in load order, and the files that can't be read."""
    patches: list[MapPatch] = []
    problems: list[Diagnostic] = []
    for folder in maps_folders:
        for path in patch_files(folder):
            try:
                patches += read_patches(path)
            except ContentError as error:
                problems += error.diagnostics
    return patches, problems

