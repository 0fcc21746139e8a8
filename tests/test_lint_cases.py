"""Every diagnostic code has a lint case that produces it, at the right place, and
docs/modding.md lists every code with the example its case gives.

A case is tests/lint_cases/<CODE>/ (a tiny mod, game, input script or saved story) with
case.yaml saying where the problem must be reported; tools/make_modding_docs.py runs it.
A code no file can produce says why in game.checks.NO_FILE_CASE instead.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from game.checks import MAP_CODES, NO_FILE_CASE, all_codes, code_tables
from game.paths import default_paths
from tools import make_modding_docs as docs

ROOT = Path(__file__).resolve().parent.parent
CODES = all_codes()


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, docs.CaseResult]:
    home = tmp_path_factory.mktemp("lint-cases-home")
    runner = docs.CaseRunner(default_paths({"BORROWED_FACE_HOME": str(home)}))
    return docs.run_all(runner)


@pytest.mark.parametrize("code", sorted(CODES))
def test_every_code_has_a_case_that_reports_it(code: str, results) -> None:
    folder = docs.CASES / code
    if code in NO_FILE_CASE:
        assert NO_FILE_CASE[code].strip(), f"{code}: say why no file can produce it"
        assert not folder.exists(), f"{code} has a case; drop it from NO_FILE_CASE"
        return
    assert folder.is_dir(), f"add tests/lint_cases/{code}/ (a small mod producing {code})"
    result = results[code]
    assert result.expect, f"{folder}/case.yaml needs `expect: FILE:LINE:COLUMN`"
    assert result.match is not None, (
        f"{code} not reported at {result.expect}; the case reported:\n"
        + "\n".join(f"  {result.where(d)} {d.code}: {d.message}" for d in result.found))
    assert result.match.severity in ("error", "warning")


def test_no_case_for_an_unknown_code() -> None:
    strays = sorted(set(docs.case_folders()) - set(CODES))
    assert strays == [], f"lint cases for codes no table lists: {strays}"
    assert set(NO_FILE_CASE) <= set(CODES)


def test_every_code_in_the_source_is_in_a_table() -> None:
    """A code written in game/ and in no table would have no docs and no case."""
    written: dict[str, int] = {}
    for path in (ROOT / "game").rglob("*.py"):
        for code in re.findall(r"[\"']([DMXGS]\d{3})[\"']", path.read_text(encoding="utf-8")):
            written[code] = written.get(code, 0) + 1
    unknown = sorted(set(written) - set(CODES) - {"D101"})  # D101: a comment's example
    assert unknown == [], f"codes used in game/ but in no table: {unknown}"
    unused = sorted(code for code in CODES if written.get(code, 0) < 2)
    assert unused == [], f"codes in a table that nothing reports: {unused}"


def test_the_map_codes_match_docs_maps() -> None:
    documented = set(re.findall(r"^\| (M\d{3}) \|", (ROOT / "docs" / "maps.md").read_text(
        encoding="utf-8"), re.MULTILINE))
    assert documented == set(MAP_CODES)


def test_families_are_the_code_letters() -> None:
    for family, table in code_tables().items():
        assert all(code.startswith(family) for code in table)


def test_docs_modding_is_current(results) -> None:
    """Run `tools/make_modding_docs.py` after changing content, codes or cases."""
    wanted = docs.generated(results)
    assert wanted == docs.DOC.read_text(encoding="utf-8"), (
        "docs/modding.md is stale: run python tools/make_modding_docs.py")
