"""The `borrowed-face` command: play, or one of the tools for writers and modders.

    borrowed-face [options]          play
    borrowed-face lint [PATH ...]    check dialogue, maps and mods
    borrowed-face why WHO [...]      explain which reaction wins
    borrowed-face mods               list mods, their order and conflicts
    borrowed-face po export|import   translations as gettext PO files
    borrowed-face --paths            print where the game reads and writes
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path

from game import __version__
from game.diagnostics import StartError
from game.paths import Paths, default_paths
from game.safeio import printable

TOOLS = ("lint", "why", "mods", "po")
SCALES = range(1, 7)  # window scales the display offers


class OneLineParser(argparse.ArgumentParser):
    """Bad options give one line and exit 2, never a traceback or a wall of usage."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"{self.prog}: error: {message} (see --help)\n")
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog="borrowed-face",
        description="A Borrowed Face - a narrative game. Tools: lint, why, mods, po.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--paths", action="store_true",
                        help="print the data and user folders, then exit")
    harness = parser.add_argument_group("headless harness")
    harness.add_argument("--frames", type=_positive, metavar="N",
                         help="run N frames as fast as possible (one 1/60 s step each), then exit")
    harness.add_argument("--input", type=Path, metavar="FILE",
                         help="scripted input (hold/press/wait/screenshot lines)")
    harness.add_argument("--screenshot", type=Path, metavar="PATH",
                         help="save the last frame as PNG")
    start = parser.add_argument_group("where to start")
    start.add_argument("--map", metavar="NAME", help="start a new game on this map")
    start.add_argument("--spawn", metavar="NAME", help="at this spawn point of the map")
    start.add_argument("--face", help="wearing this face (one of the fact `face`'s values)")
    start.add_argument("--seed", type=int, default=0, help="seed for every random choice")
    play = parser.add_argument_group("play")
    play.add_argument("--mod", dest="mods", action="append", type=Path, default=[],
                      metavar="PATH", help="load a mod folder (repeatable)")
    play.add_argument("--watch", action="store_true",
                      help="reload dialogue automatically when a file changes")
    play.add_argument("--scale", type=_scale, metavar="N", help="window scale (1-6)")
    play.add_argument("--fullscreen", action="store_true", default=None)
    play.add_argument("--language", metavar="LANG",
                      help="en, pt_BR, or a language a mod adds (its dialogue/i18n/LANG/)")
    play.add_argument("--no-sound", dest="sound", action="store_false")
    play.add_argument("--debug", action="store_true",
                      help="developer keys (F2 switches the face)")
    return parser


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {text!r}")
    return value


def _scale(text: str) -> int:
    value = _positive(text)
    if value not in SCALES:
        raise argparse.ArgumentTypeError(f"must be 1 to 6: {text!r}")
    return value


def content_languages(paths: Paths, mod_folders: list[Path]) -> list[str]:
    """The languages the content has: English and every dialogue/i18n/LANG/ folder of the
    game, the installed mods and the --mod folders (found, not loaded)."""
    found = {"en"}
    folders = [paths.dialogue] + [m / "dialogue" for m in mod_folders]
    try:
        if paths.mods.is_dir():
            folders += [m / "dialogue" for m in paths.mods.iterdir()]
    except OSError:
        pass
    for folder in folders:
        try:
            found.update(p.name for p in (folder / "i18n").iterdir() if p.is_dir())
        except OSError:
            continue
    return sorted(found)


def _screenshot_paths(args: argparse.Namespace) -> list[Path]:
    """--screenshot and the input script's `screenshot` lines (an unreadable script is
    the game's to report, with its position)."""
    shots = [args.screenshot] if args.screenshot is not None else []
    if args.input is not None:
        from game.diagnostics import ContentError
        from game.input import DEFAULT_KEYS, DEFAULT_PAD
        from game.script import load_script

        try:
            commands = load_script(args.input, set(DEFAULT_KEYS) | set(DEFAULT_PAD))
        except ContentError:
            return shots
        shots += [Path(c.path) for c in commands if c.verb == "screenshot"]
    return shots


def _unwritable(path: Path) -> str:
    """Why a PNG can't be written at ``path`` ("" when it can, as far as can be told
    without writing it): its folder can't be made or written, or it is a folder."""
    if path.is_dir():
        return "it is a folder"
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        return error.strerror or str(error)
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        return "permission denied"
    return ""


def _usage_error(message: str) -> int:
    sys.stderr.write(f"borrowed-face: error: {printable(message)}\n")
    return 2


def print_paths(paths: Paths) -> None:
    for name, path in paths.describe():
        print(f"{name:12} {path}")


def setup_logging(paths: Paths, verbose: bool) -> None:
    handlers: list[logging.Handler] = [logging.StreamHandler()]
    handlers[0].setLevel(logging.INFO if verbose else logging.WARNING)
    try:
        paths.logs.mkdir(parents=True, exist_ok=True)
        file_handler = logging.FileHandler(paths.logs / "game.log", mode="w", encoding="utf-8")
        file_handler.setLevel(logging.INFO)
        handlers.append(file_handler)
    except OSError:
        pass  # a read-only home still lets the game run, logging to stderr only
    logging.basicConfig(level=logging.INFO, handlers=handlers,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")


def run_tool(name: str, argv: list[str], paths: Paths) -> int:
    if name == "lint":
        from game.checks import lint_main

        return lint_main(argv, paths)
    if name == "why":
        from game.dialogue.commands import why_main

        return why_main(argv, paths)
    if name == "po":
        from game.dialogue.po import po_main

        return po_main(argv, paths)
    from game.modset import mods_main

    return mods_main(argv, paths)


REQUIRED = {"pygame": "pygame-ce", "pytmx": "pytmx", "pyscroll": "pyscroll",
            "yaml": "PyYAML", "platformdirs": "platformdirs"}


def missing_packages() -> list[str]:
    """Distributions the game needs that this Python can't import (found, not loaded)."""
    from importlib.util import find_spec

    return [dist for module, dist in REQUIRED.items() if find_spec(module) is None]


def main(argv: list[str] | None = None) -> int:
    started = time.perf_counter()
    missing = missing_packages()
    if missing:  # run from a checkout without the install step: say what to do, no traceback
        sys.stderr.write(f"borrowed-face: error: missing Python packages: {', '.join(missing)}"
                         f" (install the game first: pip install -e .)\n")
        return 2
    args_list = list(sys.argv[1:] if argv is None else argv)
    paths = default_paths()
    if args_list and args_list[0] in TOOLS:
        return run_tool(args_list[0], args_list[1:], paths)
    args = build_parser().parse_args(args_list)
    if args.paths:
        print_paths(paths)
        return 0
    setup_logging(paths, args.debug)
    if args.spawn is not None and args.map is None:
        return _usage_error("--spawn names a spawn of the --map it goes with; give --map too")
    for mod in args.mods:
        if not mod.is_dir():
            return _usage_error(f"no mod folder at {mod}")
    if args.language is not None and args.language not in (
            known := content_languages(paths, args.mods)):
        return _usage_error(f"no language {args.language!r} (languages: {', '.join(known)})")
    if args.map is not None and not (paths.maps / f"{args.map}.tmx").is_file() and not any(
            (mod / "maps" / f"{args.map}.tmx").is_file() for mod in args.mods):
        known = sorted(p.stem for p in paths.maps.glob("*.tmx"))
        return _usage_error(f"no map named {args.map!r} (maps: {', '.join(known)})")
    if args.input is not None and not args.input.is_file():
        return _usage_error(f"no input script at {args.input}")
    for shot in _screenshot_paths(args):
        problem = _unwritable(shot)
        if problem:
            return _usage_error(f"cannot write a screenshot to {shot} ({problem})")
    from game.app import App, Options

    options = Options(
        frames=args.frames, input=args.input, screenshot=args.screenshot, map=args.map,
        spawn=args.spawn, face=args.face, seed=args.seed, mods=args.mods, watch=args.watch,
        debug=args.debug, scale=args.scale, fullscreen=args.fullscreen,
        language=args.language, sound=args.sound, started=started,
        developer=any(value is not None for value in (
            args.map, args.spawn, args.face, args.frames, args.input)),
    )
    from game.crash import run_guarded
    from game.diagnostics import ContentError

    try:
        # a crash becomes a report in the log folder and status 70, never a vanished window
        return run_guarded(lambda: App(options, paths).run(), paths,
                           [str(mod) for mod in args.mods],
                           expected=(ContentError, StartError))
    except ContentError as error:
        return _usage_error(str(error))
    except StartError as error:  # --map or --spawn the loaded game does not have
        return _usage_error(str(error))
