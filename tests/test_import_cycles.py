"""No import cycles among the game's modules, counting imports inside functions and under
TYPE_CHECKING (tools/import_cycles.py, also run by CI)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import import_cycles  # noqa: E402


def test_the_game_has_no_import_cycle() -> None:
    found = import_cycles.cycles(import_cycles.graph(ROOT / "game"))
    assert found == [], f"import cycles: {found}"


def test_a_cycle_through_a_function_or_type_checking_import_is_found(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "sub" / "__init__.py").write_text("")
    (package / "a.py").write_text("def f():\n    from pkg.sub import b\n")
    (package / "sub" / "b.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from ..c import C\n")
    (package / "c.py").write_text("from pkg import a\n")
    (package / "d.py").write_text("from pkg.a import f\n")  # depends, is in no cycle
    assert import_cycles.cycles(import_cycles.graph(package)) == [
        ["pkg.a", "pkg.c", "pkg.sub.b"]]


def test_only_the_cli_imports_the_app() -> None:
    """Scenes, the director and saving get what they use; none of them reaches for App."""
    edges = import_cycles.graph(ROOT / "game")
    importers = sorted(name for name, targets in edges.items() if "game.app" in targets)
    assert importers == ["game.cli"]
