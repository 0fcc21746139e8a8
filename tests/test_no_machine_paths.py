"""Docs, tools and benchmarks tell a reader to run `python` (the README's venv), never a
path that exists on one machine only."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# an absolute path into a virtual environment or a home/work folder of one machine
MACHINE_PATH = re.compile(r"(?<![\w.])/(?:work|root|home/(?!you/)[\w.-]+)/|/\S*venv\S*/bin/")


def test_no_doc_tool_or_benchmark_names_a_machine_path() -> None:
    files = [ROOT / "README.md", *(ROOT / "docs").glob("*.md"), *(ROOT / "tools").glob("*.py"),
             *(ROOT / "benchmarks").glob("*.py"), *(ROOT / "tests").glob("*.py")]
    found = [f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
             for path in files if path.name != Path(__file__).name
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if MACHINE_PATH.search(line)]
    assert found == []


def test_the_pattern_catches_a_venv_and_a_work_folder() -> None:
    assert MACHINE_PATH.search("run /work/venv/bin/python tools/x.py")
    assert MACHINE_PATH.search("/srv/builds/.venv/bin/pytest")
    assert not MACHINE_PATH.search("python3 -m venv .venv && . .venv/bin/activate")
    assert not MACHINE_PATH.search("mods         /home/you/.local/share/borrowed-face/mods")
