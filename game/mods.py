"""Mods: folders that add or override dialogue (and maps, assets) by id.

A mod is a folder with a ``mod.yaml`` manifest and any of ``dialogue/``,
``maps/``, ``assets/``. Mods come from the user's mods folder and from
``--mod PATH``. Load order: the shipped game first; then mods sorted by
``priority`` (lower first), then by id; ``after``/``before`` hints move a mod
behind or ahead of another. A later mod wins over an earlier one for the same id.

A mod with errors is refused: the game starts without it and says why.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from game import __version__
from game.diagnostics import ERROR, ContentError, Diagnostic, Report, did_you_mean
from game.paths import Paths

MANIFEST = "mod.yaml"
MANIFEST_KEYS = {"name", "version", "description", "game", "after", "before", "priority",
                 "author"}
CONTENT_FOLDERS = ("dialogue", "maps", "assets")


@dataclass(slots=True)
class Manifest:
    name: str
    version: str
    description: str = ""
    game: str = ""  # game versions it targets, e.g. ">=0.1"
    author: str = ""
    after: list[str] = field(default_factory=list)
    before: list[str] = field(default_factory=list)
    priority: int = 0


@dataclass(slots=True)
class Mod:
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
            return self.id
        return f"{self.manifest.name} {self.manifest.version}"

    def folder(self, name: str) -> Path | None:
        path = self.path / name
        return path if path.is_dir() else None


# --- manifests ------------------------------------------------------------------------


def read_manifest(folder: Path) -> tuple[Manifest | None, list[Diagnostic]]:
    from game.dialogue.yamlpos import decode, parse_yaml

    path = folder / MANIFEST
    report = Report()
    if not path.is_file():
        report.error("X001", path, 0, 0, f"no {MANIFEST} in the mod folder",
                     "a mod needs a manifest with at least `name` and `version`")
        return None, report.items
    try:
        root = parse_yaml(decode(path.read_bytes(), str(path)), str(path))
    except ContentError as error:
        return None, error.diagnostics
    except OSError as error:
        report.error("X001", path, 0, 0, f"cannot read the manifest: {error}")
        return None, report.items
    if root is None or root.kind != "map":
        line, column = root.where() if root is not None else (1, 1)
        report.error("X002", path, line, column, "the manifest must be a mapping of keys")
        return None, report.items
    values: dict[str, object] = {}
    for key, node in root.value.items():
        key_node = (root.keys or {}).get(key, node)
        if key not in MANIFEST_KEYS:
            report.error("X003", path, key_node.line, key_node.column,
                         f"unknown manifest key `{key}`", did_you_mean(key, MANIFEST_KEYS))
            continue
        value = node.to_python()
        if key in ("after", "before"):
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                report.error("X004", path, node.line, node.column,
                             f"`{key}` must be a list of mod ids")
                continue
        elif key == "priority":
            if not isinstance(value, int) or isinstance(value, bool):
                report.error("X004", path, node.line, node.column, "`priority` must be a number")
                continue
        elif not isinstance(value, (str, int, float)) or isinstance(value, bool):
            report.error("X004", path, node.line, node.column, f"`{key}` must be text")
            continue
        else:
            value = str(value)
        values[key] = value
    for required in ("name", "version"):
        if required not in values:
            report.error("X005", path, root.line, root.column,
                         f"the manifest has no `{required}`")
    if report.has_errors:
        return None, report.items
    manifest = Manifest(**values)  # type: ignore[arg-type]
    if manifest.game and not version_matches(__version__, manifest.game):
        report.warning("X006", path, root.line, root.column,
                       f"made for game version {manifest.game}; this is {__version__}")
    return manifest, report.items


def _version_tuple(text: str) -> tuple[int, ...]:
    parts = []
    for piece in text.strip().split("."):
        digits = "".join(ch for ch in piece if ch.isdigit())
        parts.append(int(digits) if digits else 0)
    return tuple(parts)


def version_matches(version: str, spec: str) -> bool:
    """A tiny version spec: comma-separated `>=0.1`, `<0.2`, `==0.1.0` (or a bare version)."""
    have = _version_tuple(version)
    for clause in spec.split(","):
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
    """Mods in the user folder plus the ones named on the command line, in load order."""
    found: list[Mod] = []
    seen: set[Path] = set()
    candidates: list[tuple[Path, str]] = []
    if paths.mods.is_dir():
        candidates += [(p, "user folder") for p in sorted(paths.mods.iterdir()) if p.is_dir()]
    candidates += [(Path(p), "command line") for p in extra]
    for folder, source in candidates:
        resolved = folder.resolve()
        if resolved in seen:
            continue
        seen.add(resolved)
        if not folder.is_dir():
            found.append(Mod(folder.name, folder, source, None, [Diagnostic(
                "X007", ERROR, str(folder), 0, 0, "no such mod folder")]))
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
            mod.problems.append(Diagnostic(
                "X008", "warning", str(mod.path / MANIFEST), 0, 0,
                f"load order hints form a cycle through `{mod.id}`; using the default order"))
            must_follow[mod.id] = set()
        pending.remove(mod)
        placed.add(mod.id)
        result.append(mod)
    return result


# --- checking -----------------------------------------------------------------------------


def check_paths_inside(mod: Mod) -> list[Diagnostic]:
    """Files a mod's maps point at must stay inside the mod or the game's data."""
    import xml.etree.ElementTree as ET

    problems: list[Diagnostic] = []
    maps = mod.folder("maps")
    if maps is None:
        return problems
    root_mod = mod.path.resolve()
    for tmx in sorted([*maps.glob("*.tmx"), *maps.glob("*.tsx")]):
        if tmx.is_symlink() and not tmx.resolve().is_relative_to(root_mod):
            problems.append(Diagnostic("X010", ERROR, str(tmx), 0, 0,
                                       "a link that leads outside the mod folder"))
            continue
        try:
            tree = ET.parse(tmx)
        except (ET.ParseError, OSError):
            continue  # the map loader reports unreadable maps with their position
        for element in tree.iter():
            source = element.get("source")
            if not source:
                continue
            target = (tmx.parent / source).resolve()
            if not (target.is_relative_to(root_mod) or _shipped(target)):
                problems.append(Diagnostic(
                    "X010", ERROR, str(tmx), 0, 0,
                    f"`{source}` points outside the mod and the game's data"))
    return problems


def _shipped(path: Path) -> bool:
    from game.paths import data_root

    root = data_root().resolve()
    return any(path.is_relative_to(root / name) for name in CONTENT_FOLDERS)


def check_mods(paths: Paths, mods: list[Mod]) -> None:
    """Load each mod over the shipped game and keep the errors found in its own files."""
    from game.dialogue.loader import load_content
    from game.world.mapdata import check_maps, load_maps

    base_maps: dict | None = None  # read only if some mod brings maps
    for mod in mods:
        if mod.refused:
            continue
        mod.problems += check_paths_inside(mod)
        root = str(mod.path.resolve())
        dialogue = mod.folder("dialogue")
        if dialogue is not None:
            _, problems = load_content([paths.dialogue, dialogue])
            mod.problems += [p for p in problems if _inside(p.file, root)]
        maps = mod.folder("maps")
        if maps is not None:
            if base_maps is None:
                base_maps, _ = load_maps(paths.maps)
            mod_maps, problems = load_maps(maps)
            merged = {**base_maps, **mod_maps}
            problems += check_maps(merged)
            mod.problems += [p for p in problems if _inside(p.file, root)]


def _inside(file: str, root: str) -> bool:
    try:
        return str(Path(file).resolve()).startswith(root)
    except OSError:
        return False


def conflicts(paths: Paths, mods: list[Mod]) -> dict[str, list[str]]:
    """Ids that more than one mod overrides or adds: id -> mod ids, in load order."""
    from game.dialogue.loader import load_content

    usable = [m for m in mods if not m.refused and m.folder("dialogue")]
    if not usable:
        return {}
    content, _ = load_content([paths.dialogue, *(m.path / "dialogue" for m in usable)])
    owners: dict[tuple[str, str], list[str]] = {}
    for definition in content.definitions:
        if definition.layer >= 1:
            key = (definition.kind, definition.id)
            mod_id = usable[definition.layer - 1].id
            if mod_id not in owners.setdefault(key, []):
                owners[key].append(mod_id)
    return {f"{kind} {id_}": ids for (kind, id_), ids in owners.items() if len(ids) > 1}


@dataclass(slots=True)
class ModSet:
    """The mods a game session runs with, and the ones it refused."""

    loaded: list[Mod]
    refused: list[Mod]

    @property
    def folders(self) -> list[Path]:
        return [m.path for m in self.loaded]


def load_mods(paths: Paths, extra: Sequence[Path] = ()) -> ModSet:
    mods = discover(paths, extra)
    check_mods(paths, mods)
    return ModSet([m for m in mods if not m.refused], [m for m in mods if m.refused])


def refusal_report(paths: Paths, refused: list[Mod]) -> Path | None:
    """Write every problem of the refused mods to the log folder; return the file."""
    if not refused:
        return None
    lines = []
    for mod in refused:
        lines.append(f"mod {mod.id} ({mod.path}) was refused:")
        lines += [f"  {p.format()}" for p in mod.problems]
    target = paths.logs / "mods-report.txt"
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    except OSError:
        return None
    return target


# --- the `mods` command ---------------------------------------------------------------------


def mods_main(argv: Sequence[str], paths: Paths) -> int:
    parser = argparse.ArgumentParser(prog="borrowed-face mods",
                                     description="List the mods found, their order and conflicts.")
    parser.add_argument("--mod", action="append", type=Path, default=[], metavar="PATH",
                        help="also consider this mod folder")
    try:
        args = parser.parse_args(list(argv))
    except SystemExit as stop:
        return int(stop.code or 0)
    mods = discover(paths, args.mod)
    check_mods(paths, mods)
    print(f"mods folder: {paths.mods}")
    if not mods:
        print("no mods found")
        return 0
    for number, mod in enumerate(mods, start=1):
        state = "REFUSED" if mod.refused else "ok"
        print(f"{number}. {mod.id} - {mod.title} [{state}] ({mod.source}: {mod.path})")
        if mod.manifest and mod.manifest.description:
            print(f"     {mod.manifest.description}")
        for problem in mod.problems[:20]:
            print(f"     {problem.format()}")
    clashes = conflicts(paths, mods)
    if clashes:
        print("conflicts (the later mod wins):")
        for key, owners in sorted(clashes.items()):
            print(f"  {key}: {' < '.join(owners)}")
    else:
        print("no conflicts")
    return 1 if any(m.refused for m in mods) else 0


def main_for_tests(argv: Sequence[str], paths: Paths) -> int:  # pragma: no cover - helper
    return mods_main(argv, paths)


if __name__ == "__main__":  # pragma: no cover
    from game.paths import default_paths

    sys.exit(mods_main(sys.argv[1:], default_paths()))
