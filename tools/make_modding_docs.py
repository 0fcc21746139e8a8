"""Rewrites the generated sections of docs/modding.md from the content and the lint cases.

    python tools/make_modding_docs.py           # rewrite the sections
    python tools/make_modding_docs.py --check   # exit 1 if they are stale

Two sections are generated, each between ``<!-- generated: NAME -->`` and
``<!-- end: NAME -->``:

- ``content``: the declared facts, memory facts, items, roles, people and emotes of the
  shipped dialogue (so the page can't drift from dialogue/facts.yaml and cast.yaml);
- ``codes``: every diagnostic code (D, M, X, G, S) with its meaning and an example line
  of output, taken from running its lint case in tests/lint_cases/<CODE>/.

A lint case is a folder named after its code, holding a small mod (or a small game, an
input script, a saved story) that produces that code, and ``case.yaml``:

    expect: dialogue/kids.yaml:5:23   # where the problem must be reported (case-relative)
    kind: mod                         # mod (default) | game | script | story | conversation
    mods: [a, b]                      # mod kind: the mod folders, default the case itself
    file: walk.txt                    # script/story/conversation kinds: the file to read

tests/test_lint_cases.py runs every case and checks this page is current.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

from game.checks import NO_FILE_CASE, LintRun, code_tables, lint_game  # noqa: E402
from game.diagnostics import ContentError, Diagnostic  # noqa: E402
from game.dialogue.model import BEHAVIOURS  # noqa: E402
from game.paths import Paths, default_paths  # noqa: E402

DOC = ROOT / "docs" / "modding.md"
CASES = ROOT / "tests" / "lint_cases"
FAMILIES = {"D": "Dialogue", "M": "Maps", "X": "Mods", "G": "Dialogue and maps together",
            "S": "Input scripts (the headless harness)"}


# --- lint cases ----------------------------------------------------------------------------


@dataclass(slots=True)
class CaseResult:
    code: str
    folder: Path
    expect: str  # "path:line:column", the path relative to the case folder
    found: list[Diagnostic]  # everything the case reported

    def relative(self, diagnostic: Diagnostic) -> str:
        """A diagnostic's file relative to the case, or `<game>/...` for the game's own
        files, as the docs show it."""
        return self._short(diagnostic.file)

    def _short(self, file: str) -> str:
        path = Path(file)
        if not path.is_absolute():
            return file  # e.g. <save>
        resolved = path.resolve()
        if resolved.is_relative_to(self.folder.resolve()):
            return Path(os.path.relpath(resolved, self.folder.resolve())).as_posix()
        if resolved.is_relative_to(ROOT):
            return "<game>/" + resolved.relative_to(ROOT).as_posix()
        return file

    def where(self, diagnostic: Diagnostic) -> str:
        return f"{self.relative(diagnostic)}:{diagnostic.line}:{diagnostic.column}"

    @property
    def match(self) -> Diagnostic | None:
        """The reported problem the case is about: its code, at the expected place."""
        return next((d for d in self.found if d.code == self.code
                     and self.where(d) == self.expect), None)

    def example(self) -> str:
        """The expected problem as `borrowed-face lint` prints it, with short paths."""
        found = self.match
        if found is None:
            return ""
        line = replace(found, file=self.relative(found)).format()
        return line.replace(f"{self.folder.resolve()}/", "").replace(f"{ROOT}/", "<game>/")


class CaseRunner:
    """Runs lint cases; one lint of the shipped game serves all the mod cases."""

    def __init__(self, paths: Paths | None = None) -> None:
        base = paths or default_paths()
        # the cases are checked alone, never with the mods a user has installed
        self.paths = replace(base, mods=base.cache / "no-user-mods")
        self.lint = LintRun(self.paths)
        self._content: Any = None

    def content(self) -> Any:
        if self._content is None:
            from game.dialogue import load_content

            self._content, _ = load_content([self.paths.dialogue])
        return self._content

    def run(self, folder: Path) -> CaseResult:
        spec = read_spec(folder)
        kind = spec.get("kind", "mod")
        found = getattr(self, f"_{kind}")(folder, spec)
        return CaseResult(folder.name, folder, str(spec.get("expect", "")), found)

    def _mod(self, folder: Path, spec: dict[str, Any]) -> list[Diagnostic]:
        from game.mods import discover

        mods = discover(self.paths, [folder / name for name in spec.get("mods", ["."])])
        self.lint.check_mods(mods)
        return [problem for mod in mods for problem in mod.problems]

    def _game(self, folder: Path, spec: dict[str, Any]) -> list[Diagnostic]:
        report, _ = lint_game(replace(self.paths, data=folder))
        return report.items

    def _script(self, folder: Path, spec: dict[str, Any]) -> list[Diagnostic]:
        from game.script import load_script
        from game.settings import DEFAULT_KEYS, DEFAULT_PAD

        return _errors_of(lambda: load_script(folder / spec["file"],
                                              set(DEFAULT_KEYS) | set(DEFAULT_PAD)))

    def _story(self, folder: Path, spec: dict[str, Any]) -> list[Diagnostic]:
        from game.dialogue import StoryState

        data = json.loads((folder / spec["file"]).read_text(encoding="utf-8"))
        return _errors_of(lambda: StoryState.from_dict(self.content(), data))

    def _conversation(self, folder: Path, spec: dict[str, Any]) -> list[Diagnostic]:
        from game.dialogue import DialogueEngine, StoryState

        content = self.content()
        engine = DialogueEngine(content, StoryState(content))
        data = json.loads((folder / spec["file"]).read_text(encoding="utf-8"))
        return _errors_of(lambda: engine.resume(data))


def _errors_of(action: Any) -> list[Diagnostic]:
    try:
        action()
    except ContentError as error:
        return error.diagnostics
    return []


def read_spec(folder: Path) -> dict[str, Any]:
    path = folder / "case.yaml"
    spec = yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else None
    return spec if isinstance(spec, dict) else {}


def case_folders() -> dict[str, Path]:
    return {path.name: path for path in sorted(CASES.iterdir()) if path.is_dir()}


def run_all(runner: CaseRunner | None = None) -> dict[str, CaseResult]:
    runner = runner or CaseRunner()
    return {code: runner.run(folder) for code, folder in case_folders().items()}


# --- the generated sections ---------------------------------------------------------------------


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def codes_section(results: dict[str, CaseResult]) -> str:
    lines = []
    for family, table in code_tables().items():
        lines += ["", f"### {family}: {FAMILIES[family]}", "",
                  "| code | meaning | example (from `tests/lint_cases/CODE/`) |", "|---|---|---|"]
        for code, meaning in sorted(table.items()):
            result = results.get(code)
            if code in NO_FILE_CASE:
                example = f"*no file case:* {NO_FILE_CASE[code]}"
            elif result is not None and result.example():
                example = f"`` {result.example()} ``"
            else:
                example = "**missing: add tests/lint_cases/" + code + "/**"
            lines.append(f"| {code} | {_cell(meaning)} | {_cell(example)} |")
    return "\n".join(lines[1:])


def content_section(paths: Paths | None = None) -> str:
    from game.dialogue import load_content
    from game.dialogue.lint import EMOTES, ROLE_IDS

    paths = paths or default_paths()
    content, _ = load_content([paths.dialogue])
    out = ["#### Facts (`facts:`, read and set as `NAME`)", "",
           "| fact | type | values | default |", "|---|---|---|---|"]
    for decl in content.facts.values():
        out.append(f"| `{decl.name}` | {decl.type} | {_values(decl)} | `{_value(decl.default)}` |")
    out += ["", "#### Memory facts (`memory:`, per person: `self.NAME` or `PERSON.NAME`)", "",
            "| fact | type | values | default |", "|---|---|---|---|"]
    for decl in content.memory.values():
        out.append(f"| `{decl.name}` | {decl.type} | {_values(decl)} | `{_value(decl.default)}` |")
    out += ["", "#### Items (`give`/`take`, tested as `item.ID`)", "", "| item | name |",
            "|---|---|"]
    out += [f"| `{item.id}` | {_cell(item.name)} |" for item in content.items.values()]
    out += ["", "#### Roles (a map NPC's `role`; these ids are fixed, and a mod may add more)",
            "", "| role | name | portrait |",
            "|---|---|---|"]
    out += [f"| `{role.id}` | {_cell(role.name)} | `{role.portrait}` |"
            for role in content.roles.values()]
    out += ["", "#### People (a map NPC whose `id` is listed here takes this name)", "",
            "| person | role | name |", "|---|---|---|"]
    out += [f"| `{person.id}` | `{person.role}` | {_cell(person.name)} |"
            for person in content.people.values()]
    emotes = sorted(path.stem for path in (paths.assets / "emotes").glob("*.png")) or list(
        EMOTES)
    faces = content.facts["face"].values
    out += ["", "#### Emotes, faces, fixed roles", "",
            f"- emotes (a line's `emote:`): {', '.join(f'`{e}`' for e in emotes)}, `none`",
            "- behaviours (a line's or a reaction's `does:`, an `act` step's `does`): "
            + ", ".join(f"`{name}`" for name in BEHAVIOURS),
            f"- faces (the fact `face`): {', '.join(f'`{f}`' for f in faces)}",
            f"- role ids a mod may rely on: {', '.join(f'`{r}`' for r in ROLE_IDS)}"]
    return "\n".join(out)


def _values(decl: Any) -> str:
    if decl.values:
        return ", ".join(f"`{v}`" for v in decl.values)
    if decl.min is not None or decl.max is not None:
        low = "" if decl.min is None else f"{decl.min:g}"
        high = "" if decl.max is None else f"{decl.max:g}"
        return f"{low}..{high}"
    return ""


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if value == "":
        return '""'  # an empty text, written so it can be seen
    return str(value)


def rewrite(text: str, sections: dict[str, str]) -> str:
    """The page with each generated section replaced (the markers must be there)."""
    for name, body in sections.items():
        start, end = f"<!-- generated: {name} -->", f"<!-- end: {name} -->"
        head, found, rest = text.partition(start)
        if not found or end not in rest:
            raise SystemExit(f"{DOC}: no {start} ... {end} markers")
        _, _, tail = rest.partition(end)
        text = f"{head}{start}\n{body}\n{end}{tail}"
    return text


def generated(results: dict[str, CaseResult] | None = None) -> str:
    """docs/modding.md as it should be."""
    results = results if results is not None else run_all()
    return rewrite(DOC.read_text(encoding="utf-8"),
                   {"content": content_section(), "codes": codes_section(results)})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="exit 1 if docs/modding.md is not what this would write")
    args = parser.parse_args(argv)
    wanted = generated()
    if args.check:
        stale = wanted != DOC.read_text(encoding="utf-8")
        print(f"{DOC}: {'stale' if stale else 'current'}")
        return 1 if stale else 0
    DOC.write_text(wanted, encoding="utf-8")
    print(f"wrote {DOC}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
