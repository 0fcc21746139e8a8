"""The `lint` and `why` commands; the CLI hands them argv and the Paths and exits with
what they return (0 clean, 1 errors found, 2 bad usage)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

from game.diagnostics import did_you_mean, print_report

from .engine import DialogueEngine
from .facts import StoryState
from .lint import LintOptions, asset_names, lint_dirs
from .loader import I18N, load_content
from .model import Content
from .why import parse_fact_value, why_report

if TYPE_CHECKING:
    from game.paths import Paths


class _Usage(Exception):
    def __init__(self, message: str, status: int = 2) -> None:
        super().__init__(message)
        self.status = status


class _Parser(argparse.ArgumentParser):
    """argparse that reports instead of exiting, so the caller decides the exit."""

    def error(self, message: str) -> NoReturn:
        raise _Usage(f"{self.prog}: {message}")

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        if message:
            sys.stderr.write(message)
        raise _Usage("", status)


def _run(parser: _Parser, argv: Sequence[str]) -> argparse.Namespace | int:
    try:
        return parser.parse_args(list(argv))
    except _Usage as exc:
        if str(exc):
            print(str(exc), file=sys.stderr)
        return exc.status


def _content_root(path: Path) -> Path:
    """The content folder a file belongs to (i18n/<lang>/x.yaml belongs three up)."""
    folder = path.parent
    if folder.parent.name == I18N:
        return folder.parent.parent
    return folder


def lint_main(argv: Sequence[str], paths: Paths, *, out: TextIO | None = None,
              known_scenes_needed: set[str] | None = None) -> int:
    out = out or sys.stdout
    parser = _Parser(prog="borrowed-face lint",
                     description="Check dialogue files. With no PATH, the shipped dialogue/; "
                                 "a folder PATH (a mod) is checked on top of it.")
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH")
    parser.add_argument("--language", action="append", dest="languages", metavar="LANG",
                        help="translations to check (default: pt_BR)")
    parser.add_argument("--no-warnings", action="store_true", help="print errors only")
    args = _run(parser, argv)
    if isinstance(args, int):
        return args
    shipped = paths.dialogue
    layers = [shipped] if shipped.is_dir() else []
    only_files: set[str] = set()
    for path in args.paths:
        if not path.exists():
            print(f"borrowed-face lint: no such file or folder: {path}", file=sys.stderr)
            return 2
        folder = path if path.is_dir() else _content_root(path)
        if not path.is_dir():
            only_files.add(str(path.resolve()))
        if all(folder.resolve() != layer.resolve() for layer in layers):
            layers.append(folder)
    if not layers:
        print(f"borrowed-face lint: no dialogue folder at {shipped}", file=sys.stderr)
        return 2
    assets = paths.assets
    options = LintOptions(
        portraits=asset_names(assets / "portraits"), emotes=asset_names(assets / "emotes"),
        sounds=asset_names(assets / "sounds"),
        languages=tuple(args.languages or ("pt_BR",)),
        known_scenes_needed=known_scenes_needed)
    report = lint_dirs(layers, options)
    errors = print_report(report, out, only_files=only_files, errors_only=args.no_warnings,
                          scope=", ".join(map(str, layers)))
    return 1 if errors else 0


def why_main(argv: Sequence[str], paths: Paths, *, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    parser = _Parser(prog="borrowed-face why",
                     description="Explain which reaction a role or person would say.")
    parser.add_argument("who", metavar="ROLE_OR_ID")
    parser.add_argument("--concept", default="greet")
    parser.add_argument("--face")
    parser.add_argument("--fact", action="append", default=[], metavar="NAME=VALUE")
    parser.add_argument("--mod", action="append", default=[], type=Path, metavar="DIR",
                        help="a mod folder (or its dialogue folder) loaded over the shipped "
                             "dialogue")
    parser.add_argument("--seed", type=int, default=0)
    args = _run(parser, argv)
    if isinstance(args, int):
        return args
    loaded = content_with_mods(paths, args.mod, "borrowed-face why", out)
    if isinstance(loaded, int):
        return loaded
    content = loaded
    if args.who not in content.people and args.who not in content.roles:
        hint = did_you_mean(args.who, [*content.people, *content.roles])
        print(f"borrowed-face why: no role or person `{args.who}`" + (
            f" ({hint})" if hint else ""), file=sys.stderr)
        return 2
    facts = {}
    for item in args.fact:
        name, eq, text = item.partition("=")
        if not eq:
            print(f"borrowed-face why: --fact wants NAME=VALUE, not `{item}`", file=sys.stderr)
            return 2
        try:
            facts[name] = parse_fact_value(content, name, text)
        except ValueError as exc:
            print(f"borrowed-face why: {exc}", file=sys.stderr)
            return 2
    if args.face is not None and "face" in content.facts:
        try:
            parse_fact_value(content, "face", args.face)
        except ValueError as exc:
            print(f"borrowed-face why: {exc}", file=sys.stderr)
            return 2
    engine = DialogueEngine(content, StoryState(content), seed=args.seed)
    print(why_report(engine, engine.state, args.who, args.concept, args.face, facts), file=out)
    return 0


def content_with_mods(paths: Paths, given: Sequence[Path], prog: str,
                      out: TextIO | None = None) -> Content | int:
    """The content play would load: the shipped dialogue, the installed mods and the
    ``given`` --mod folders, checked as the game checks them (a refused mod is left out,
    and said so on stderr). A mod's dialogue folder may be given for the mod; a folder
    that is no mod at all is read as one more dialogue folder. An exit status (2) when a
    folder does not exist. ``out`` gets a line naming the mods used."""
    from game.mods import MANIFEST
    from game.modset import load_mods
    from game.safeio import printable

    extra: list[Path] = []
    raw: list[Path] = []
    for folder in given:
        if folder.name == "dialogue" and (folder.parent / MANIFEST).is_file():
            folder = folder.parent
        if not folder.is_dir():
            print(f"{prog}: no mod folder at {printable(str(folder))}", file=sys.stderr)
            return 2
        (extra if (folder / MANIFEST).is_file() else raw).append(folder)
    mods = load_mods(paths, extra)
    for mod in mods.refused:
        first = next(p for p in mod.problems if p.is_error)
        print(f"{prog}: mod {printable(mod.id)} is refused, as the game refuses it: "
              f"{first.format()}", file=sys.stderr)
    layers = [paths.dialogue, *(m.path / "dialogue" for m in mods.loaded
                                if m.folder("dialogue")), *raw]
    content, problems = load_content(layers)
    for problem in problems:
        if problem.is_error:
            print(problem.format(), file=sys.stderr)
    if out is not None:
        print("mods: " + (", ".join(f"{printable(m.id)} ({m.source})" for m in mods.loaded)
                          or "none"), file=out)
    return content
