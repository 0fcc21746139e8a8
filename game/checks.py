"""The whole-game lint: dialogue, maps, the links between them, and mods.

`borrowed-face lint [PATH ...]` prints one line per problem,
``file:line:column: CODE severity: message (hint)``, and exits 1 when any is an
error. With no PATH it checks the shipped content and every installed mod; a
PATH is a mod folder (checked over the shipped game) or a single file.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from game.diagnostics import ContentError, Diagnostic, Report, did_you_mean, print_report
from game.paths import Paths

if TYPE_CHECKING:
    from game.dialogue.cache import FolderCache
    from game.dialogue.lint import LintOptions
    from game.mods import Mod

CODES: dict[str, str] = {
    "G001": "a scene moves the hero to a map that does not exist",
    "G002": "a scene moves the hero to a spawn the map does not have",
    "G003": "a person placed on a map has another role than the cast gives them",
    "G004": "an NPC's `when` can't be read, or tests a fact the dialogue doesn't declare "
            "(in play it never holds: the person stays away, and the game says so)",
    "G005": "a `walk` step leads to a place no map has (no spawn, interact or person of that name)",
    "G006": "a place of the city map names a map that does not exist",
    "G007": "a place has no spot on the city map (`at` names nothing there, or no door "
            "leads to its map)",
}

# The map checks' codes (game/world/mapdata.py), as docs/maps.md lists them; a test keeps
# the three in step.
MAP_CODES: dict[str, str] = {
    "M001": "the file is not well-formed XML",
    "M002": "not a usable map (unreadable, not a `<map>`, not orthogonal, not 16x16, infinite)",
    "M003": "an external tileset is missing or broken",
    "M010": "an object type the game does not know",
    "M011": "a required property or name is missing",
    "M012": "a property value is not allowed",
    "M013": "`default_spawn` is missing or names no spawn",
    "M014": "two spawns with one name on a map",
    "M020": "an exit leads to a map that does not exist",
    "M021": "an exit leads to a spawn the target map lacks",
    "M022": "an exit cannot be reached on foot from the default spawn",
    "M023": "a spawn is inside a wall",
    "M024": "a spawn cannot be reached from the default spawn",
    "M030": "an NPC has a role the game does not know",
    "M031": "an NPC id is used twice (in any map)",
    "M032": "an NPC stands inside a wall",
    "M033": "a route leg is not straight or runs into a wall",
    "M034": "`walk` without a route, or a route without `walk`",
    "M035": "a route passes where a standing NPC stands",
    "M036": "a standing NPC blocks a door, an exit, a narrow passage or what he must use",
    "M040": "an interact object cannot be reached (stood on or faced)",
    "M041": "an interact object starts a scene no dialogue file defines",
    "M042": "an interact id is used twice (in any map)",
    "M050": "a map patch names a map or an object that does not exist",
    "M051": "a map patch can't be used (unknown key, a tile layer, no target map, bad position)",
}

# Scripted input for the headless harness (game/script.py), read by `--input`.
SCRIPT_CODES: dict[str, str] = {
    "S000": "an input script can't be read (missing, or not UTF-8)",
    "S001": "a line of an input script can't be understood",
}

# Codes no file of a lint case can produce, and why; every other code has a case in
# tests/lint_cases/<CODE>/ (tests/test_lint_cases.py holds both to that).
NO_FILE_CASE: dict[str, str] = {
    "X011": "a file name that is not UTF-8 or holds a control character can't be kept in "
            "the repository on every system; tests/test_hostile_inputs.py makes such names "
            "and checks the report",
    "D043": "only `game.dialogue.lint` used alone (given the scenes maps need) reports it; "
            "the whole-game lint reads the maps and reports the same problem as M041, at "
            "the map's line",
}


def code_tables() -> dict[str, dict[str, str]]:
    """Every diagnostic code the game can report, by family: code -> one-line meaning."""
    from game.dialogue.lint import CODES as DIALOGUE_CODES
    from game.mods import CODES as MOD_CODES

    return {"D": DIALOGUE_CODES, "M": MAP_CODES, "X": MOD_CODES, "G": CODES,
            "S": SCRIPT_CODES}


def all_codes() -> dict[str, str]:
    return {code: meaning for table in code_tables().values()
            for code, meaning in table.items()}


def check_links(content: Any, maps: dict, report: Report) -> None:
    """What dialogue says about maps, and maps about people, must agree."""
    from game.dialogue.lint import scene_steps
    from game.dialogue.model import MoveStep, WalkStep

    places = {"hero", *content.people, *content.roles}
    for data in maps.values():
        places |= set(data.spawns) | {o.id for o in data.objects} | {n.id for n in data.npcs}
    for _, _, step in scene_steps(content):
        if isinstance(step, WalkStep) and step.to not in places:
            report.warning("G005", step.pos.file, step.pos.line, step.pos.column,
                           f"`walk` to `{step.to}`: no map has a place or person by that name",
                           did_you_mean(step.to, places) or "a spawn or interact of the map "
                           "(in Tiled), `hero`, or a person")
        if not isinstance(step, MoveStep):
            continue
        pos = step.pos
        if step.map not in maps:
            report.error("G001", pos.file, pos.line, pos.column,
                         f"`move` to map `{step.map}`, which does not exist",
                         did_you_mean(step.map, maps))
        elif step.spawn and step.spawn not in maps[step.map].spawns:
            report.error("G002", pos.file, pos.line, pos.column,
                         f"map `{step.map}` has no spawn `{step.spawn}`",
                         did_you_mean(step.spawn, maps[step.map].spawns))
    from game.places import check_places
    from game.session import presence_checks

    check_places(content, maps, report)
    for data in maps.values():
        for npc in data.npcs:
            if npc.when:
                presence_checks(content, npc, report, npc.file or str(data.path))
            person = content.people.get(npc.id)
            if person is not None and npc.role and person.role != npc.role:
                report.warning("G003", npc.file or data.path, npc.line, npc.column,
                               f"`{npc.id}` has role `{npc.role}` here but `{person.role}` "
                               "in cast.yaml")


class LintRun:
    """One lint of the game and its mods. The folders it reads are kept, so the shipped
    files are parsed once however many mods are checked over them; with ``cache`` (the
    user's cache folder) they are not even parsed again between runs."""

    def __init__(self, paths: Paths, languages: tuple[str, ...] = ("pt_BR",),
                 cache: Path | None = None) -> None:
        self.paths = paths
        self.cache = cache
        self.dialogue_caches: dict[Path, FolderCache] = {}
        self.map_folders: dict[Path, tuple[dict, list[Diagnostic]]] = {}
        self._shipped: Report | None = None
        self.options = dialogue_lint_options(paths, languages=languages)

    def maps(self, folder: Path) -> tuple[dict, list[Diagnostic]]:
        """The maps of one folder and the problems that kept any from loading."""
        found = self.map_folders.get(folder)
        if found is None:
            found = self._read_maps(folder)
            self.map_folders[folder] = found
        return found

    def _read_maps(self, folder: Path) -> tuple[dict, list[Diagnostic]]:
        from game.world.library import MapLibrary
        from game.world.mapdata import load_maps

        if self.cache is None or folder != self.paths.maps:
            return load_maps(folder)
        # the game's own maps through the game's map cache (keyed by their bytes)
        library = MapLibrary([folder], cache=self.cache)
        maps: dict = {}
        problems: list[Diagnostic] = []
        for map_id in list(library):
            try:
                maps[map_id] = library[map_id]
            except KeyError as missing:  # the library keeps the reader's error as the cause
                cause = missing.__cause__
                if isinstance(cause, ContentError):
                    problems += cause.diagnostics
        return maps, problems

    def layers(self, dialogue_dirs: list[Path], map_dirs: list[Path],
               asset_dirs: Sequence[Path] = ()) -> Report:
        """Lint dialogue folders (later over earlier) and map folders together; mods'
        ``asset_dirs`` add portraits and emotes (the game finds images in them too)."""
        from game.dialogue.lint import lint_content
        from game.dialogue.loader import load_content
        from game.world.mapchecks import check_maps
        from game.world.patches import apply_patches, read_folder_patches

        content, problems = load_content(dialogue_dirs, cache_dir=self.cache,
                                         caches=self.dialogue_caches)
        report = Report()
        report.extend(problems)
        maps: dict = {}
        for folder in map_dirs:
            loaded, map_problems = self.maps(folder)
            maps.update(loaded)
            report.extend(map_problems)
        patches, patch_problems = read_folder_patches(map_dirs)
        report.extend(patch_problems)
        report.extend(apply_patches(maps, patches))
        lint_content(content, report, with_mod_assets(self.options, asset_dirs))
        report.extend(check_maps(maps, known_scenes=set(content.scenes), roles=set(content.roles)))
        check_links(content, maps, report)
        return report

    def shipped(self) -> Report:
        if self._shipped is None:
            self._shipped = self.layers([self.paths.dialogue], [self.paths.maps])
        return self._shipped

    def check_mods(self, mods: list[Mod]) -> None:
        """Each mod, in load order, over the shipped game and the mods accepted before it,
        as the game would load them. A mod answers for the problems in its own files and
        for the new ones it causes elsewhere; they are added to ``mod.problems``."""
        from game.mods import check_links_inside, check_map_paths_inside

        baseline = {d.format() for d in self.shipped().items}
        accepted: list[Mod] = []
        for mod in mods:
            found = check_links_inside(mod)
            layered: Report | None = None
            # nothing is read from a mod with a link that leads outside it, and no map of
            # a mod whose maps name files outside it
            unreadable = any(p.code == "X011" for p in mod.problems)  # a name not UTF-8
            if mod.path.is_dir() and not unreadable and not any(d.is_error for d in found):
                map_paths = check_map_paths_inside(mod, self.paths.data)
                found += map_paths
                maps_ok = not any(d.is_error for d in map_paths)
                stack = [*accepted, mod]
                dialogue = [m.path / "dialogue" for m in stack if m.folder("dialogue")]
                maps = [m.path / "maps" for m in stack if m.folder("maps")
                        and (m is not mod or maps_ok)]
                assets = [m.path / "assets" for m in stack if m.folder("assets")]
                if mod.folder("dialogue") or (maps_ok and mod.folder("maps")):
                    layered = self.layers([self.paths.dialogue, *dialogue],
                                          [self.paths.maps, *maps], assets)
                    root = str(mod.path.resolve())
                    found += [d for d in layered.items
                              if _inside(d.file, root) or d.format() not in baseline]
            mod.problems += found
            if not mod.refused:
                accepted.append(mod)
                if layered is not None:
                    baseline = {d.format() for d in layered.items}


def lint_game(paths: Paths, mod_folders: Sequence[Path] = (),
              languages: tuple[str, ...] = ("pt_BR",), *, cache: Path | None = None
              ) -> tuple[Report, list[str]]:
    """The shipped content, then the installed mods and ``mod_folders`` over it, in load
    order. Returns the report and a summary of what was checked."""
    from game.mods import discover

    run = LintRun(paths, languages, cache)
    report = Report(list(run.shipped().items))
    summary = [f"shipped content ({paths.data})"]
    mods = discover(paths, mod_folders)
    run.check_mods(mods)
    for mod in mods:
        report.extend(mod.problems)
        summary.append(f"mod {mod.id} ({mod.path})")
    unique: dict[str, Diagnostic] = {d.format(): d for d in report.items}
    return Report(list(unique.values())), summary


def dialogue_lint_options(paths: Paths, asset_dirs: Sequence[Path] = (),
                          languages: tuple[str, ...] = ("pt_BR",)) -> LintOptions:
    """What the dialogue checks compare against: the game's portraits, emotes and sounds,
    with the portraits and emotes of mods (the game finds images in their assets too)."""
    from game.dialogue.lint import LintOptions, asset_names

    assets = paths.assets
    options = LintOptions(portraits=asset_names(assets / "portraits"),
                          emotes=asset_names(assets / "emotes"),
                          sounds=asset_names(assets / "sounds"), languages=languages)
    return with_mod_assets(options, asset_dirs)


def with_mod_assets(options: LintOptions, asset_dirs: Sequence[Path]) -> LintOptions:
    from dataclasses import replace

    from game.dialogue.lint import asset_names

    for folder in asset_dirs:
        options = replace(options, portraits=_union(options.portraits,
                                                    asset_names(folder / "portraits")),
                          emotes=_union(options.emotes, asset_names(folder / "emotes")))
    return options


def _union(names: set[str] | None, more: set[str] | None) -> set[str] | None:
    """Asset names with a mod's added; None (the check is skipped) stays None."""
    if names is None or more is None:
        return names
    return names | more


def _inside(file: str, root: str) -> bool:
    try:
        return Path(file).resolve().is_relative_to(root)
    except (OSError, RuntimeError, ValueError):
        return False


def mod_folder_of(path: Path, stop: Path) -> Path | None:
    """The mod folder (the nearest with a mod.yaml) a file belongs to, below ``stop``'s
    reach; None for the game's own files."""
    from game.mods import MANIFEST

    resolved = path.resolve()
    if resolved.is_relative_to(stop.resolve()):
        return None
    for folder in resolved.parents:
        if (folder / MANIFEST).is_file():
            return folder
    return None


def lint_main(argv: Sequence[str], paths: Paths, *, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    parser = argparse.ArgumentParser(
        prog="borrowed-face lint",
        description="Check dialogue, maps and mods. With no PATH: the shipped content and "
                    "the installed mods. A folder PATH is a mod; a file PATH limits the "
                    "output to that file.")
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH")
    parser.add_argument("--language", action="append", dest="languages", metavar="LANG",
                        help="translations to check (default: pt_BR)")
    parser.add_argument("--no-warnings", action="store_true", help="print errors only")
    parser.add_argument("--time", action="store_true", help="print how long the lint took")
    try:
        args = parser.parse_args(list(argv))
    except SystemExit as stop:
        return 2 if stop.code else 0
    started = time.perf_counter()
    mod_folders: list[Path] = []
    only_files: set[str] = set()
    for path in args.paths:
        if not path.exists():
            print(f"borrowed-face lint: no such file or folder: {path}", file=sys.stderr)
            return 2
        resolved = path.resolve()
        if path.is_file():
            only_files.add(str(resolved))
            # a file of a mod: check that mod, then show only this file's problems
            owner = mod_folder_of(path, paths.data)
            if owner is not None and owner not in mod_folders:
                mod_folders.append(owner)
        elif resolved not in (paths.data.resolve(), paths.dialogue.resolve(),
                              paths.maps.resolve()):
            # a mod's own dialogue/ or maps/ folder means the mod
            owner = None if (path / "mod.yaml").is_file() else mod_folder_of(path, paths.data)
            mod_folders.append(owner or path)
    languages = tuple(args.languages or ("pt_BR",))
    report, checked = lint_game(paths, mod_folders, languages, cache=paths.cache)
    errors = print_report(report, out, only_files=only_files, errors_only=args.no_warnings,
                          scope="; ".join(checked))
    if args.time:
        print(f"lint took {time.perf_counter() - started:.3f} s", file=out)
    return 1 if errors else 0
