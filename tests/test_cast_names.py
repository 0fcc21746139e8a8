"""Display names of people and roles are texts like any other: translated, and linted."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.dialogue import DialogueEngine, StoryState, load_content
from game.dialogue.lint import LintOptions, lint_dirs
from game.paths import default_paths
from tests.fixtures.dialogue.helpers import BASIC, folder_with


@pytest.fixture(scope="module")
def shipped():
    content, problems = load_content([default_paths().dialogue])
    assert not [p for p in problems if p.is_error]
    return content


def test_every_role_and_person_has_a_text_id(shipped) -> None:
    for role in shipped.roles.values():
        assert shipped.texts[f"cast.role.{role.id}"].text == role.name
    for person in shipped.people.values():
        assert shipped.texts[f"cast.{person.id}"].text == person.name


def test_every_cast_name_is_translated_to_pt_br(shipped) -> None:
    table = shipped.translations["pt_BR"]
    cast_ids = [text_id for text_id in shipped.texts if text_id.startswith("cast.")]
    assert cast_ids and all(text_id in table for text_id in cast_ids)
    assert all(table[text_id].en == shipped.texts[text_id].text for text_id in cast_ids)


def test_speaker_names_follow_the_language(shipped) -> None:
    engine = DialogueEngine(shipped, StoryState(shipped), language="pt_BR")
    assert engine.speaker_view("manager")[0] == "Sr. Arima"
    assert engine.speaker_view("neighbour")[0] == "Sra. Okada"
    assert engine.speaker_view("daughter")[0] == "Kimiko"  # a name stays a name
    # someone placed on a map and not in the cast is named by the role
    assert engine.speaker_view("passerby_3", "passerby_3", "passerby")[0] == "Transeunte"
    engine.set_language("en")
    assert engine.speaker_view("manager")[0] == "Mr Arima"
    assert engine.speaker_view("passerby_3", "passerby_3", "passerby")[0] == "Passer-by"


def test_a_reaction_line_carries_the_translated_name(shipped) -> None:
    engine = DialogueEngine(shipped, StoryState(shipped), language="pt_BR")
    names = set()
    for _ in range(8):
        spoken = engine.react("child_1", "child", "greet")
        assert spoken is not None
        if spoken.speaker == "child_1":
            names.add(spoken.name)
    assert names == {"Criança"}


def test_lint_reports_missing_and_stale_cast_translations(tmp_path: Path) -> None:
    i18n = folder_with(tmp_path / "tr", {"i18n/pt_BR/cast.yaml": """\
        cast.manager: {en: "Mr Sakai", text: "Sr. Sakai"}
        cast.daughter: {en: "A girl", text: "A menina"}
        """}, base=False)
    report = lint_dirs([BASIC, i18n], LintOptions())
    found = {(d.code, d.message.split("`")[1]) for d in report.items
             if d.code in ("D060", "D061") and "cast." in d.message}
    assert ("D061", "cast.daughter") in found  # translated from other English
    assert ("D060", "cast.role.child") in found
    assert ("D060", "cast.manager") not in found and ("D061", "cast.manager") not in found
