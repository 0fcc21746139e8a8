"""Problems found in content (dialogue, maps, mods, saves) as plain records.

One record per problem, with its code, severity and source position. The lint
command, the in-game error screen and the tests all read the same records.
No pygame here.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from game.safeio import printable

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One problem found in content: its code, severity, file, line and column, what is
    wrong, and a hint."""

    code: str  # e.g. "D101"; listed with an example in docs/modding.md
    severity: str  # ERROR or WARNING
    file: str
    line: int  # 1-based; 0 when unknown
    column: int  # 1-based; 0 when unknown
    message: str
    hint: str = ""

    def format(self) -> str:
        """One line, whatever the file's name or the message quotes: a newline or a control
        character from a mod is escaped, so no mod can print a line of its own."""
        text = f"{self.file}:{self.line}:{self.column}: {self.code} {self.severity}: {self.message}"
        if self.hint:
            text += f" ({self.hint})"
        return printable(text)

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR


@dataclass(slots=True)
class Report:
    """Collects diagnostics; one reporter for every check."""

    items: list[Diagnostic] = field(default_factory=list)

    def add(
        self,
        code: str,
        severity: str,
        file: str | Path,
        line: int,
        column: int,
        message: str,
        hint: str = "",
    ) -> Diagnostic:
        record = Diagnostic(code, severity, str(file), line, column, message, hint)
        self.items.append(record)
        return record

    def error(self, code: str, file: str | Path, line: int, column: int, message: str,
              hint: str = "") -> Diagnostic:
        return self.add(code, ERROR, file, line, column, message, hint)

    def warning(self, code: str, file: str | Path, line: int, column: int, message: str,
                hint: str = "") -> Diagnostic:
        return self.add(code, WARNING, file, line, column, message, hint)

    def extend(self, records: Iterable[Diagnostic]) -> None:
        self.items.extend(records)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.items if d.is_error]

    @property
    def has_errors(self) -> bool:
        return any(d.is_error for d in self.items)

    def sorted(self) -> list[Diagnostic]:
        return sorted(self.items, key=lambda d: (d.file, d.line, d.column, d.code))


class StartError(Exception):
    """What the command line asked for is not in the game as loaded (a map of a refused
    mod, a spawn the map lacks): the command says it on one line and exits with 2."""


class ContentError(Exception):
    """The project's own error for unreadable content; always carries positions."""

    def __init__(self, diagnostics: Iterable[Diagnostic]):
        self.diagnostics = list(diagnostics)
        first = self.diagnostics[0].format() if self.diagnostics else "content error"
        more = len(self.diagnostics) - 1
        super().__init__(first + (f" (and {more} more)" if more > 0 else ""))


MAX_HINT_CHOICES = 300  # candidates compared for a hint: thousands of errors stay linear


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """A hint like "did you mean `bandages`?", or "" when nothing is close. Only names of
    about the word's length are compared (a close match can't be much longer or shorter),
    and among many, those beginning or ending like it: at most MAX_HINT_CHOICES, so
    thousands of problems each with a hint stay linear."""
    word = word[:100]
    slack = max(2, len(word) * 4 // 3)
    candidates = [c for c in choices if abs(len(c) - len(word)) <= slack]
    if len(candidates) > MAX_HINT_CHOICES:  # many names: those that begin or end alike
        candidates = [c for c in candidates if c[:2] == word[:2] or c[-2:] == word[-2:]]
    candidates = candidates[:MAX_HINT_CHOICES]
    close = difflib.get_close_matches(word, candidates, n=1, cutoff=0.6)
    return f"did you mean `{close[0]}`?" if close else ""


def print_report(report: Report, out: TextIO, *, only_files: set[str] | None = None,
                 errors_only: bool = False, scope: str = "") -> int:
    """Print a report as the lint commands do, one problem a line and a count last;
    returns how many errors were printed."""
    shown = [d for d in report.sorted()
             if (not only_files or str(Path(d.file).resolve()) in only_files)
             and (d.is_error or not errors_only)]
    for diagnostic in shown:
        print(diagnostic.format(), file=out)
    errors = sum(d.is_error for d in shown)
    print(printable(f"{errors} error(s), {len(shown) - errors} warning(s) in {scope}"),
          file=out)
    return errors
