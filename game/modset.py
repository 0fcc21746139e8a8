"""The mods a game runs with: found, checked over the shipped game, the refused reported.

``game/mods.py`` reads a mod folder (its manifest, its order, the paths it may
use); ``game/checks.py`` lints the game with mods over it; this module puts the
two together for a game start and for the `borrowed-face mods` command.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from game.checks import LintRun
from game.mods import Mod, discover
from game.paths import Paths


def check_mods(paths: Paths, mods: list[Mod], *, cache: Path | None = None) -> None:
    """Check each mod, in load order, over the shipped game and the mods before it, as
    the game would load them; its problems are added to ``mod.problems`` (errors refuse
    it). See game/checks.py."""
    if mods:
        LintRun(paths, cache=cache).check_mods(mods)


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
    """The mods a game starts with: found, ordered and checked (the parse caches in the
    user's cache folder keep this quick)."""
    mods = discover(paths, extra)
    check_mods(paths, mods, cache=paths.cache)
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
    check_mods(paths, mods, cache=paths.cache)
    print(f"mods folder: {paths.mods}")
    if not mods:
        print("no mods found")
        return 0
    for number, mod in enumerate(mods, start=1):
        state = "REFUSED" if mod.refused else "ok"
        print(f"{number}. {mod.id} - {mod.title} [{state}] ({mod.source}: {mod.path})")
        if mod.manifest and mod.manifest.description:
            print(f"     {mod.manifest.description}")
        for problem in sorted(mod.problems, key=lambda d: (not d.is_error, d.file, d.line,
                                                           d.column))[:20]:
            print(f"     {problem.format()}")
    clashes = conflicts(paths, mods)
    if clashes:
        print("conflicts (the later mod wins):")
        for key, owners in sorted(clashes.items()):
            print(f"  {key}: {' < '.join(owners)}")
    else:
        print("no conflicts")
    return 1 if any(m.refused for m in mods) else 0


if __name__ == "__main__":  # pragma: no cover
    from game.paths import default_paths

    sys.exit(mods_main(sys.argv[1:], default_paths()))
