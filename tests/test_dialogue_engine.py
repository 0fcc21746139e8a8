"""The engine facade: localized text, fallback, interpolation, hot reload."""

from __future__ import annotations

from pathlib import Path

from game.dialogue import load_content
from game.dialogue.i18n import interpolate, translation_status
from tests.fixtures.dialogue.helpers import BASIC, engine_for, folder_with, write_tree


def test_text_is_localized_with_english_fallback() -> None:
    engine = engine_for(BASIC, language="pt_BR")
    assert engine.text("child.bandages.cries.1") == "Mamãe!"
    assert engine.text("child.bandages.cries.2") == "(hides behind a lamp post)"
    engine.set_language("en")
    assert engine.text("child.bandages.cries.1") == "Mama!"
    assert engine.text("no.such.id") == "no.such.id"


def test_interpolation_reads_facts_and_memory() -> None:
    engine = engine_for(BASIC)
    engine.state.set("daughter.times_met", 3)
    assert engine.text("daughter.later.1", "daughter") == "You again. Met 3 times."
    assert engine.text("daughter.later.1") == "You again. Met {self.times_met} times."
    values = {"face": "mask", "ok": True, "n": 2.0}
    assert interpolate("{face} {ok} {n} {missing}", lambda k: values[k]) == \
        "mask yes 2 {missing}"


def test_hero_portrait_follows_the_face() -> None:
    engine = engine_for(BASIC)
    assert engine.speaker_view("hero")[1] == "hero_bandages"
    engine.state.set("face", "mask")
    assert engine.speaker_view("hero")[1] == "hero_mask"
    assert engine.speaker_view("daughter") == ("The girl", "daughter")
    assert engine.speaker_view("child") == ("Child", "child")


def test_stale_and_missing_translations(tmp_path: Path) -> None:
    folder = folder_with(tmp_path / "d", {
        "a.yaml": "strings:\n  s1: Hello\n  s2: Bye\n  s3: New\n",
        "i18n/pt_BR/a.yaml": "s1: {en: Hello, text: Olá}\ns2: {en: Goodbye, text: Tchau}\n"
                             "gone: {en: x, text: y}\n",
    })
    content, _ = load_content([folder])
    status = translation_status(content, "pt_BR")
    # the fixture cast's and items' names (`cast.*`, `items.*`) are untranslated texts too
    assert [s.id for s in status.missing
            if not s.id.startswith(("cast.", "items."))] == ["s3"]
    assert [t.id for t, _ in status.stale] == ["s2"]
    assert [t.id for t in status.orphans] == ["gone"]


def test_reload_keeps_the_state(tmp_path: Path) -> None:
    folder = folder_with(tmp_path / "d", {"r.yaml": """\
        reactions:
          - {id: r, role: child, concept: greet, lines: [{id: r.1, text: old}]}
        """})
    engine = engine_for(folder)
    engine.state.set("face", "mask")
    assert engine.react("c", "child", "greet").text == "old"
    write_tree(folder, {"r.yaml": """\
        reactions:
          - {id: r, role: child, concept: greet, lines: [{id: r.1, text: new}]}
        """})
    content, problems = load_content([folder])
    engine.reload(content)
    assert engine.react("c", "child", "greet").text == "new"
    assert engine.state.get("face") == "mask" and engine.state.seen_rules["r"] == 2
