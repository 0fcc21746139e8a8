"""Translations through gettext PO files: export, import, and back, keyed by text id."""

from __future__ import annotations

import io
import shutil
import subprocess
import textwrap
from pathlib import Path

import pytest

from game.dialogue.loader import load_content
from game.dialogue.po import PoError, export_po, parse_po, po_main, translations_yaml
from game.paths import Paths, default_paths

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    return default_paths({"BORROWED_FACE_HOME": str(tmp_path / "home")})


def table(content, language: str) -> dict[str, tuple[str, str]]:
    return {k: (t.en, t.text) for k, t in content.translations.get(language, {}).items()
            if k in content.texts}


def test_the_shipped_portuguese_survives_a_round_trip(tmp_path: Path, paths: Paths) -> None:
    po = tmp_path / "pt_BR.po"
    out = io.StringIO()
    assert po_main(["export", "pt_BR", str(po)], paths, out=out) == 0
    assert "translated" in out.getvalue()
    back = tmp_path / "dialogue" / "i18n" / "pt_BR" / "all.yaml"
    assert po_main(["import", "pt_BR", str(po), str(back)], paths, out=io.StringIO()) == 0
    shipped, _ = load_content([paths.dialogue])
    # the shipped English with only the imported translations
    english = tmp_path / "english"
    shutil.copytree(paths.dialogue, english, ignore=shutil.ignore_patterns("i18n"))
    (english / "i18n" / "pt_BR").mkdir(parents=True)
    shutil.copy(back, english / "i18n" / "pt_BR" / "all.yaml")
    imported, problems = load_content([english])
    assert not [p for p in problems if p.is_error]
    assert table(imported, "pt_BR") == table(shipped, "pt_BR")
    assert len(table(shipped, "pt_BR")) > 500


def test_stale_and_missing_are_marked_and_stay_so(tmp_path: Path) -> None:
    folder = tmp_path / "dialogue"
    (folder / "i18n" / "es").mkdir(parents=True)
    (folder / "talk.yaml").write_text(textwrap.dedent("""\
        strings:
          a: "Good evening."
          b: "Two lines,\\nlike this."
          c: "Not yet translated."
        """), encoding="utf-8")
    (folder / "i18n" / "es" / "talk.yaml").write_text(textwrap.dedent("""\
        a: {en: "Good night.", text: "Buenas noches."}
        b: {en: "Two lines,\\nlike this.", text: "Dos líneas,\\n\\"así\\"."}
        """), encoding="utf-8")
    content, _ = load_content([folder])
    text, counts = export_po(content, "es")
    assert counts == {"translated": 1, "stale": 1, "missing": 1}
    entries = {e.context: e for e in parse_po(text, "es.po")}
    assert entries["a"].fuzzy and entries["a"].previous == "Good night."
    assert entries["b"].translation == 'Dos líneas,\n"así".' and not entries["b"].fuzzy
    assert entries["c"].translation == "" and entries["c"].english == "Not yet translated."
    yaml_text, written = translations_yaml(list(entries.values()), "es", "es.po")
    assert written == 2
    (folder / "i18n" / "es" / "talk.yaml").write_text(yaml_text, encoding="utf-8")
    again, problems = load_content([folder])
    assert not problems
    assert table(again, "es") == table(content, "es")  # the stale one is still stale


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="gettext's msgfmt not installed")
def test_gettext_itself_reads_the_export(tmp_path: Path, paths: Paths) -> None:
    po = tmp_path / "es.po"
    assert po_main(["export", "es", str(po)], paths, out=io.StringIO()) == 0
    result = subprocess.run(["msgfmt", "--check", "-o", str(tmp_path / "es.mo"), str(po)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("text, line", [
    ('msgctxt "a"\nmsgid "x"\n', 1),
    ('msgid "x"\nmsgstr "y\n', 2),
    ('msgid "x"\nmsgstr "y"\n"\\q"\n', 3),
    ('msgid "x"\nmsgid_plural "xs"\nmsgstr[0] "y"\n', 2),
])
def test_a_broken_po_file_is_refused_with_its_line(text: str, line: int) -> None:
    with pytest.raises(PoError) as caught:
        parse_po(text, "x.po")
    assert caught.value.line == line


def test_import_and_export_refuse_bad_arguments(tmp_path: Path, paths: Paths) -> None:
    assert po_main(["export", "../x", str(tmp_path / "a.po")], paths) == 2
    assert po_main(["import", "es", str(tmp_path / "none.po"), str(tmp_path / "o.yaml")],
                   paths) == 2
    assert po_main(["export", "es", str(tmp_path / "a.po"), "--mod", str(tmp_path / "no")],
                   paths) == 2
