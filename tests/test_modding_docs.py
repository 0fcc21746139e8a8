"""The examples in docs/modding.md work: the manifest reads clean and the dialogue
examples, put together as a mod, lint without errors."""

from __future__ import annotations

import re
from pathlib import Path

from game.checks import lint_game
from game.mods import read_manifest
from game.paths import default_paths

ROOT = Path(__file__).resolve().parent.parent
DOC = (ROOT / "docs" / "modding.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```yaml\n(.*?)```", DOC, re.DOTALL)


def test_the_manifest_example_reads_clean(tmp_path: Path) -> None:
    manifest = next(block for block in BLOCKS if block.startswith("name:"))
    (tmp_path / "mod.yaml").write_text(manifest, encoding="utf-8")
    found, problems = read_manifest(tmp_path)
    assert found is not None and problems == []


def test_the_dialogue_examples_make_a_mod_that_lints_without_errors(tmp_path: Path) -> None:
    examples = [block for block in BLOCKS
                if block.startswith(("reactions:", "scenes:", "patches:"))]
    # a reaction, a conversation, an override, a patch, people acting and moving
    assert len(examples) == 5
    mod = tmp_path / "docs_examples"
    (mod / "dialogue").mkdir(parents=True)
    (mod / "mod.yaml").write_text("name: Docs examples\nversion: 1\n", encoding="utf-8")
    for number, block in enumerate(examples):
        (mod / "dialogue" / f"example_{number}.yaml").write_text(block, encoding="utf-8")
    report, _ = lint_game(default_paths(), [mod])
    assert [d.format() for d in report.sorted() if d.is_error] == []
