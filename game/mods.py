"""Mods: folders that add or override dialogue (and maps, assets) by id.

A mod is a folder with a ``mod.yaml`` manifest and any of ``dialogue/``,
``maps/``, ``assets/``. Mods come from the user's mods folder and from
``--mod PATH``. Load order: the shipped game first; then mods sorted by
``priority`` (lower first), then by id; ``after``/``before`` hints move a mod
behind or ahead of another. A later mod wins over an earlier one for the same id.

A mod with errors is refused: the game starts without it and says why. Which mods a
game runs with (checked by the whole-game lint) is game/modset.py's part.
"""

from __future__ import annotations

import contextlib
import re
import xml.parsers.expat
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from game import __version__
from game.diagnostics import ERROR, WARNING, ContentError, Diagnostic, Report, did_you_mean
from game.paths import Paths
from game.safeio import name_problem, printable, read_limited
from game.world.limits import MAX_MAP_BYTES

if TYPE_CHECKING:
    from game.dialogue.yamlpos import YNode

MANIFEST = "mod.yaml"
MANIFEST_KEYS = ("name", "version", "description", "game", "after", "before", "priority",
                 "author")
CONTENT_FOLDERS = ("dialogue", "maps", "assets")
# Tiled attributes that name another file: tilesets, images, object templates
PATH_ATTRIBUTES = ("source", "template")
MAX_TEXT = 1000  # a manifest value longer than this is a mistake (or hostile)
MAX_MANIFEST_BYTES = 64 * 1024
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029\ud800-\udfff]")

CODES: dict[str, str] = {
    "X001": "no mod.yaml in the mod folder, or it can't be read",
    "X002": "mod.yaml is not a mapping of keys",
    "X003": "unknown key in mod.yaml",
    "X004": "a mod.yaml value of the wrong type",
    "X005": "mod.yaml lacks `name` or `version`",
    "X006": "the mod was made for another game version",
    "X007": "a mod folder given with --mod does not exist",
    "X008": "`after`/`before` hints form a cycle",
    "X009": "the same mod is found twice (in the mods folder and given with --mod)",
    "X010": "a file or path of the mod leads outside the mod folder and the game's data",
    "X011": "a file or folder name in the mod is not UTF-8 or holds a control character",
}


@dataclass(slots=True)
class Manifest:
    """A mod's mod.yaml as read: its name and version, the game versions it is for, and
    its place in the load order."""

    name: str
    version: str
    description: str = ""
    game: str = ""  # game versions it targets, e.g. ">=0.1"
    author: str = ""
    after: list[str] = field(default_factory=list)
    before: list[str] = field(default_factory=list)
    priority: int = 0
    # where each key is written (line, column), so later problems can point at it
    where: dict[str, tuple[int, int]] = field(default_factory=dict)


@dataclass(slots=True)
class Mod:
    """A mod folder found at start: where it came from, its manifest (None: unreadable),
    and the problems found in it."""

    id: str  # the folder's name
    path: Path
    source: str  # "user folder" | "command line"
    manifest: Manifest | None
    problems: list[Diagnostic] = field(default_factory=list)

    @property
    def refused(self) -> bool:
        return any(p.is_error for p in self.problems)

    @property
    def title(self) -> str:
        if self.manifest is None:
            return printable(self.id)
        return f"{self.manifest.name} {self.manifest.version}"

    def folder(self, name: str) -> Path | None:
        path = self.path / name
        return path if path.is_dir() else None

    @property
    def manifest_file(self) -> str:
        return str(self.path / MANIFEST)


# --- manifests ------------------------------------------------------------------------


def read_manifest(folder: Path) -> tuple[Manifest | None, list[Diagnostic]]:
    """The mod's manifest, or None; every problem comes back as a diagnostic with the
    place it was found (never an exception: the file may be anything)."""
    from game.dialogue.yamlpos import decode, parse_yaml

    path = folder / MANIFEST
    report = Report()
    if path.is_symlink() and not _within(path.resolve(), [folder.resolve()]):
        report.error("X010", path, 0, 0, "a link that leads outside the mod folder",
                     "copy the file into the mod instead")
        return None, report.items  # not even the manifest is read through it
    if not path.is_file():
        report.error("X001", path, 0, 0, f"no {MANIFEST} in the mod folder",
                     "a mod needs a manifest with at least `name` and `version`")
        return None, report.items
    try:
        root = parse_yaml(decode(read_limited(path, MAX_MANIFEST_BYTES), str(path)), str(path))
    except ContentError as error:
        return None, error.diagnostics
    except OSError as error:
        report.error("X001", path, 0, 0, f"cannot read the manifest: {error.strerror or error}")
        return None, report.items
    if root is None or root.kind != "map":
        line, column = root.where() if root is not None else (1, 1)
        report.error("X002", path, line, column, "the manifest must be a mapping of keys",
                     "write `name: ...` and `version: ...` on lines of their own")
        return None, report.items
    values: dict[str, object] = {}
    where: dict[str, tuple[int, int]] = {}
    for key, node in root.value.items():
        key_node = (root.keys or {}).get(key, node)
        if key not in MANIFEST_KEYS:
            report.error("X003", path, key_node.line, key_node.column,
                         f"unknown manifest key `{key[:80]}`", did_you_mean(key, MANIFEST_KEYS))
            continue
        value = _manifest_value(key, node, path, report)
        if value is not None:
            values[key] = value
            where[key] = key_node.where()
    for required in ("name", "version"):
        if required not in root.value:  # written but wrong is an X004 already
            report.error("X005", path, root.line, root.column,
                         f"the manifest has no `{required}`")
    if report.has_errors:
        return None, report.items
    manifest = Manifest(**values, where=where)  # type: ignore[arg-type]
    if manifest.game and not version_matches(__version__, manifest.game):
        line, column = where["game"]
        report.warning("X006", path, line, column,
                       f"made for game version {manifest.game}; this is {__version__}")
    return manifest, report.items


def _manifest_value(key: str, node: YNode, path: Path, report: Report) -> object | None:
    """One manifest value checked against its key; None (and a X004) when it does not fit."""
    def wrong(message: str) -> None:
        report.error("X004", path, node.line, node.column, message)

    if key in ("after", "before"):
        items = node.value if node.kind == "seq" else [node]
        names = [item.raw for item in items if item.kind == "scalar" and item.value is not None
                 and isinstance(item.value, str)]
        if len(names) != len(items) or any(len(n) > MAX_TEXT or _CONTROL.search(n)
                                           for n in names):
            wrong(f"`{key}` must be a mod id or a list of mod ids")
            return None
        return names
    if node.kind != "scalar" or node.value is None or isinstance(node.value, bool):
        wrong(f"`{key}` must be {'a whole number' if key == 'priority' else 'text'}")
        return None
    if key == "priority":
        if not isinstance(node.value, int) or abs(node.value) > 10**9:
            wrong("`priority` must be a whole number (lower loads first)")
            return None
        return node.value
    if len(node.raw) > MAX_TEXT:
        wrong(f"`{key}` is longer than {MAX_TEXT} characters")
        return None
    if _CONTROL.search(node.raw):
        wrong(f"`{key}` holds a control character (a newline, a tab, NUL)")
        return None
    return node.raw  # as written: `version: 1.10` stays "1.10", not 1.1


def _version_tuple(text: str) -> tuple[int, ...]:
    parts = []
    for piece in text.strip().split(".")[:8]:
        # only ASCII digits, and few of them: int() of thousands of digits is refused
        digits = "".join(ch for ch in piece if "0" <= ch <= "9")[:12]
        parts.append(int(digits) if digits else 0)
    return tuple(parts)


def version_matches(version: str, spec: str) -> bool:
    """A tiny version spec: comma-separated `>=0.1`, `<0.2`, `==0.1.0` (or a bare version)."""
    have = _version_tuple(version)
    for clause in spec.split(",")[:8]:
        clause = clause.strip()
        for op in (">=", "<=", "==", ">", "<", "="):
            if clause.startswith(op):
                want = _version_tuple(clause[len(op):])
                break
        else:
            op, want = "==", _version_tuple(clause)
        width = max(len(have), len(want))
        a = have + (0,) * (width - len(have))
        b = want + (0,) * (width - len(want))
        ok = {">=": a >= b, "<=": a <= b, ">": a > b, "<": a < b}.get(op, a == b)
        if not ok:
            return False
    return True


# --- finding and ordering ---------------------------------------------------------------


def discover(paths: Paths, extra: Sequence[Path] = ()) -> list[Mod]:
    """Mods in the user folder plus the ones named on the command line, in load order.

    A mod given with ``--mod`` whose id (folder name) is also in the mods folder is the
    same mod twice (the README's own workflow: install it, then work on a copy): the
    ``--mod`` folder wins, and a X009 note says which folder was left out."""
    found: list[Mod] = []
    seen: set[Path] = set()
    candidates: list[tuple[Path, str]] = []
    if paths.mods.is_dir():
        with contextlib.suppress(OSError):
            candidates += [(p, "user folder") for p in sorted(paths.mods.iterdir())
                           if p.is_dir()]
    candidates += [(Path(p), "command line") for p in extra]
    for folder, source in candidates:
        try:
            resolved = folder.resolve()
        except (OSError, RuntimeError):
            resolved = folder
        if resolved in seen:
            continue
        seen.add(resolved)
        if not folder.is_dir():
            found.append(Mod(folder.name, folder, source, None, [Diagnostic(
                "X007", ERROR, str(folder), 0, 0, "no such mod folder")]))
            continue
        problem = name_problem(folder.name)
        if problem:
            found.append(Mod(folder.name, folder, source, None, [Diagnostic(
                "X011", ERROR, str(folder), 0, 0, f"the mod folder has {problem}",
                "rename the folder: its name is the mod's id")]))
            continue
        twin = next((m for m in found if m.id == folder.name), None)
        if twin is not None and source == "command line":
            found.remove(twin)
            manifest, problems = read_manifest(folder)
            problems.append(Diagnostic(
                "X009", WARNING, str(folder / MANIFEST), 0, 0,
                f"mod `{folder.name}` is also at {printable(str(twin.path))} ({twin.source}); "
                "this --mod folder is used instead of it"))
            found.append(Mod(folder.name, folder, source, manifest, problems))
            continue
        manifest, problems = read_manifest(folder)
        found.append(Mod(folder.name, folder, source, manifest, problems))
    return order(found)


def order(mods: list[Mod]) -> list[Mod]:
    """Stable load order: priority, then id, then `after`/`before` constraints."""
    ranked = sorted(mods, key=lambda m: ((m.manifest.priority if m.manifest else 0), m.id))
    by_id = {m.id: m for m in ranked}
    must_follow: dict[str, set[str]] = {m.id: set() for m in ranked}
    for mod in ranked:
        if mod.manifest is None:
            continue
        for other in mod.manifest.after:
            if other in by_id:
                must_follow[mod.id].add(other)
        for other in mod.manifest.before:
            if other in by_id:
                must_follow[other].add(mod.id)
    result: list[Mod] = []
    placed: set[str] = set()
    pending = list(ranked)
    while pending:
        for mod in pending:
            if must_follow[mod.id] <= placed:
                break
        else:  # a cycle: keep the ranked order for the rest and say so
            mod = pending[0]
            hints = mod.manifest.where if mod.manifest else {}
            line, column = hints.get("after") or hints.get("before") or (0, 0)
            mod.problems.append(Diagnostic(
                "X008", WARNING, mod.manifest_file, line, column,
                f"load order hints form a cycle through `{mod.id}`; using the default order"))
            must_follow[mod.id] = set()
        pending.remove(mod)
        placed.add(mod.id)
        result.append(mod)
    return result


# --- checking -----------------------------------------------------------------------------


def check_paths_inside(mod: Mod, data_root: Path | None = None) -> list[Diagnostic]:
    """Files a mod brings, and files its maps point at, must stay inside the mod folder
    or the game's own data (a mod's map may use the shipped tileset). X010 otherwise."""
    problems = check_links_inside(mod)
    return problems or check_map_paths_inside(mod, data_root)


def check_links_inside(mod: Mod) -> list[Diagnostic]:
    """A link (symlink) anywhere in the mod's content that leads out of it, or a content
    folder that does: checked before any file of the mod is read, since reading the
    mod's folders would follow it."""
    problems: list[Diagnostic] = []
    root = mod.path.resolve()
    candidates: list[Path] = []  # (the manifest is checked by read_manifest, before reading)
    for name in CONTENT_FOLDERS:
        top = mod.path / name
        if top.is_symlink() or top.is_dir():
            candidates.append(top)
        if top.is_dir() and _within(top.resolve(), [root]):
            candidates += sorted(top.rglob("*"))
    for path in candidates:
        problem = name_problem(path.name)
        if problem:
            problems.append(Diagnostic("X011", ERROR, str(path), 0, 0, f"{problem}",
                                       "rename it in plain UTF-8"))
            continue
        try:
            target: Path | None = path.resolve()
        except (OSError, RuntimeError):  # a link loop
            target = None
        if target is None or not _within(target, [root]):
            problems.append(Diagnostic("X010", ERROR, str(path), 0, 0,
                                       "a link that leads outside the mod folder",
                                       "copy the file into the mod instead"))
    return problems


def check_map_paths_inside(mod: Mod, data_root: Path | None = None) -> list[Diagnostic]:
    """A Tiled `source`/`template` (or a file property) in the mod's maps that leads out
    of the mod and the game's data, absolute or through `..`. Such maps are not loaded;
    the mod's dialogue can still be checked."""
    problems: list[Diagnostic] = []
    maps = mod.folder("maps")
    if maps is None:
        return problems
    data = (data_root or _data_root()).resolve()
    allowed = [mod.path.resolve(), *(data / name for name in CONTENT_FOLDERS)]
    for tiled in sorted(maps.rglob("*")):
        if tiled.suffix in (".tmx", ".tsx", ".tx") and tiled.is_file():
            problems += _tiled_paths_inside(tiled, allowed)
    return problems


def _tiled_paths_inside(path: Path, allowed: list[Path]) -> list[Diagnostic]:
    """Every file a Tiled file names must resolve below one of ``allowed``."""
    from game.world.mapdata import GAME_PREFIX, resolve_source

    problems: list[Diagnostic] = []
    parser = xml.parsers.expat.ParserCreate()

    def start(tag: str, attrs: dict[str, str]) -> None:
        named = [attrs[a] for a in PATH_ATTRIBUTES if attrs.get(a)]
        if tag == "property" and attrs.get("type") == "file" and attrs.get("value"):
            named.append(attrs["value"])
        for source in named:
            target = (resolve_source(source, path.parent) if source.startswith(GAME_PREFIX)
                      else Path(source) if Path(source).is_absolute()
                      else path.parent / source)
            try:
                inside = _within(target.resolve(), allowed)
            except (OSError, RuntimeError, ValueError):
                inside = False
            if not inside:
                problems.append(Diagnostic(
                    "X010", ERROR, str(path), parser.CurrentLineNumber,
                    parser.CurrentColumnNumber + 1,
                    f"`{source[:200]}` points outside the mod and the game's data",
                    "keep the files a map uses inside the mod folder"))

    parser.StartElementHandler = start
    # an unreadable map is the map loader's to report, with its position
    with contextlib.suppress(xml.parsers.expat.ExpatError, OSError):
        parser.Parse(read_limited(path, MAX_MAP_BYTES), True)
    return problems


def _within(path: Path, folders: list[Path]) -> bool:
    return any(path == folder or path.is_relative_to(folder) for folder in folders)


def _data_root() -> Path:
    from game.paths import data_root

    return data_root()
