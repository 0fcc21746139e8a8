"""The mods a game runs with: found, checked over the shipped game, the refused reported.

``game/mods.py`` reads a mod folder (its manifest, its order, the paths it may
use); ``game/checks.py`` lints the game with mods over it; this module puts the
two together for a game start and for the `borrowed-face mods` command.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from game.checks import LintRun
from game.diagnostics import ContentError
from game.mods import Mod, discover
from game.paths import Paths
from game.safeio import printable

log = logging.getLogger(__name__)


def check_mods(paths: Paths, mods: list[Mod], *, cache: Path | None = None) -> None:
    """Check each mod, in load order, over the shipped game and the mods before it, as
    the game would load them; its problems are added to ``mod.problems`` (errors refuse
    it). See game/checks.py."""
    if mods:
        LintRun(paths, cache=cache).check_mods(mods)


def conflicts(paths: Paths, mods: list[Mod]) -> dict[str, list[str]]:
    """What more than one mod overrides, adds or patches: key -> mod ids, in load order.
    Keys: `reaction ID`, `scene ID`, ... for dialogue; `map NAME` for a map file two mods
    bring; `map NAME OBJECT` for an object two mods' map patches add, move or remove."""
    from game.dialogue.loader import load_content
    from game.world.patches import patch_files, read_patches

    owners: dict[str, list[str]] = {}

    def own(key: str, mod_id: str) -> None:
        if mod_id not in owners.setdefault(key, []):
            owners[key].append(mod_id)

    usable = [m for m in mods if not m.refused]
    with_dialogue = [m for m in usable if m.folder("dialogue")]
    if with_dialogue:
        content, _ = load_content([paths.dialogue, *(m.path / "dialogue"
                                                     for m in with_dialogue)])
        for definition in content.definitions:
            if definition.layer >= 1:
                own(f"{definition.kind} {definition.id}", with_dialogue[definition.layer - 1].id)
    for mod in usable:
        maps = mod.folder("maps")
        if maps is None:
            continue
        for tmx in sorted(maps.glob("*.tmx")):
            own(f"map {tmx.stem}", mod.id)
        for path in patch_files(maps):
            with contextlib.suppress(ContentError):
                for patch in read_patches(path):
                    for key in patch.touches():
                        own(f"map {key}", mod.id)
    return {key: ids for key, ids in owners.items() if len(ids) > 1}


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
    refused = [m for m in mods if m.refused]
    for mod in refused:  # on stderr and in the log, even when no one looks at the screen
        first = next(p for p in mod.problems if p.is_error)
        log.error("mod %s (%s) was refused: %s", printable(mod.id), printable(str(mod.path)),
                  first.format())
    for mod in mods:
        for note in mod.problems:
            if note.code == "X009":
                log.warning("%s", note.format())
    return ModSet([m for m in mods if not m.refused], refused)


def refusal_report(paths: Paths, refused: list[Mod]) -> Path | None:
    """Write every problem of the refused mods to the log folder; return the file."""
    if not refused:
        return None
    lines = []
    for mod in refused:
        lines.append(f"mod {printable(mod.id)} ({printable(str(mod.path))}) was refused:")
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
        print(f"{number}. {printable(mod.id)} - {printable(mod.title)} [{state}] "
              f"({mod.source}: {printable(str(mod.path))})")
        if mod.manifest and mod.manifest.description:
            print(f"     {printable(mod.manifest.description)}")
        for problem in sorted(mod.problems, key=lambda d: (not d.is_error, d.file, d.line,
                                                           d.column))[:20]:
            print(f"     {problem.format()}")
    clashes = conflicts(paths, mods)
    if clashes:
        print("conflicts (the later mod wins):")
        for key, owners in sorted(clashes.items()):
            print(printable(f"  {key}: {' < '.join(owners)}"))
    else:
        print("no conflicts")
    return 1 if any(m.refused for m in mods) else 0


if __name__ == "__main__":  # pragma: no cover
    from game.paths import default_paths

    sys.exit(mods_main(sys.argv[1:], default_paths()))
