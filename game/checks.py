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
from typing import TextIO

from game.diagnostics import Diagnostic, Report, did_you_mean
from game.paths import Paths

CODES: dict[str, str] = {
    "G001": "a scene moves the hero to a map that does not exist",
    "G002": "a scene moves the hero to a spawn the map does not have",
    "G003": "a person placed on a map has another role than the cast gives them",
}


def check_links(content, maps: dict, report: Report) -> None:
    """What dialogue says about maps, and maps about people, must agree."""
    from game.dialogue.lint import scene_steps
    from game.dialogue.model import MoveStep

    for _, _, step in scene_steps(content):
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
    for data in maps.values():
        for npc in data.npcs:
            person = content.people.get(npc.id)
            if person is not None and npc.role and person.role != npc.role:
                report.warning("G003", data.path, npc.line, npc.column,
                               f"`{npc.id}` has role `{npc.role}` here but `{person.role}` "
                               "in cast.yaml")


def lint_layers(paths: Paths, dialogue_dirs: list[Path], map_dirs: list[Path],
                languages: tuple[str, ...] = ("pt_BR",)) -> Report:
    """Lint dialogue folders (later over earlier) and map folders together."""
    from game.dialogue.lint import LintOptions, asset_names, lint_content
    from game.dialogue.loader import load_content
    from game.world.mapdata import check_maps, load_maps

    content, problems = load_content(dialogue_dirs)
    report = Report()
    report.extend(problems)
    maps: dict = {}
    for folder in map_dirs:
        loaded, map_problems = load_maps(folder)
        maps.update(loaded)
        report.extend(map_problems)
    assets = paths.assets
    options = LintOptions(portraits=asset_names(assets / "portraits"),
                          emotes=asset_names(assets / "emotes"),
                          sounds=asset_names(assets / "sounds"), languages=languages)
    lint_content(content, report, options)
    report.extend(check_maps(maps, known_scenes=set(content.scenes)))
    check_links(content, maps, report)
    return report


def lint_game(paths: Paths, mod_folders: Sequence[Path] = (),
              languages: tuple[str, ...] = ("pt_BR",)) -> tuple[Report, list[str]]:
    """The shipped content, then each mod over it. Returns the report and a summary."""
    from game.mods import check_paths_inside, discover

    report = lint_layers(paths, [paths.dialogue], [paths.maps], languages)
    summary = [f"shipped content ({paths.data})"]
    shipped = {d.format() for d in report.items}
    for mod in discover(paths, mod_folders):
        report.extend(mod.problems)
        if mod.manifest is None:
            continue
        dialogue = [paths.dialogue] + ([mod.path / "dialogue"] if mod.folder("dialogue") else [])
        maps = [paths.maps] + ([mod.path / "maps"] if mod.folder("maps") else [])
        layered = lint_layers(paths, dialogue, maps, languages)
        root = str(mod.path.resolve())
        # a mod answers for problems in its own files, and for new ones it causes elsewhere
        report.extend(d for d in layered.items
                      if _inside(d.file, root) or d.format() not in shipped)
        report.extend(check_paths_inside(mod))
        summary.append(f"mod {mod.id} ({mod.path})")
    unique: dict[str, Diagnostic] = {d.format(): d for d in report.items}
    return Report(list(unique.values())), summary


def _inside(file: str, root: str) -> bool:
    try:
        return str(Path(file).resolve()).startswith(root)
    except OSError:
        return False


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
        elif resolved not in (paths.data.resolve(), paths.dialogue.resolve(),
                              paths.maps.resolve()):
            mod_folders.append(path)
    languages = tuple(args.languages or ("pt_BR",))
    report, checked = lint_game(paths, mod_folders, languages)
    shown = [d for d in report.sorted()
             if (not only_files or str(Path(d.file).resolve()) in only_files)
             and (d.is_error or not args.no_warnings)]
    for diagnostic in shown:
        print(diagnostic.format(), file=out)
    errors = sum(d.is_error for d in shown)
    print(f"{errors} error(s), {len(shown) - errors} warning(s) in {'; '.join(checked)}",
          file=out)
    if args.time:
        print(f"lint took {time.perf_counter() - started:.3f} s", file=out)
    return 1 if errors else 0
