"""Loading content folders: typed models with positions, problems reported, mods, cache."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

from game.dialogue import load_content
from game.dialogue.loader import parse_text
from game.dialogue.model import ChoiceStep, IfStep, LineStep, NotebookStep, SetStep
from tests.fixtures.dialogue.helpers import BASIC, folder_with, load_clean


def codes(problems: list) -> list[str]:
    return sorted(p.code for p in problems)


def test_fixture_loads_into_typed_models() -> None:
    content = load_clean(BASIC)
    assert content.facts["face"].values == ("bandages", "mask")
    assert content.memory["times_met"].default == 0
    assert content.people["manager"].role == "manager"
    reaction = content.reactions["child.bandages.cries"]
    assert reaction.role == "child" and reaction.concept == "greet"
    assert reaction.pos.line == 2 and reaction.pos.file.endswith("streets.yaml")
    assert reaction.lines[0].pos.line == 7
    assert reaction.when[0].fact == "face" and reaction.when[0].value == "bandages"
    scene = content.scenes["rent_room"]
    assert scene.start == "hello" and list(scene.nodes) == ["hello", "take", "next_room"]
    steps = scene.nodes["hello"].steps
    assert isinstance(steps[0], LineStep) and isinstance(steps[2], ChoiceStep)
    assert steps[2].options[1].show_disabled
    take = scene.nodes["take"].steps
    assert isinstance(take[0], SetStep) and isinstance(take[2], NotebookStep)
    assert content.texts["nb1.room.title"].text == "Room at house S"
    assert content.translations["pt_BR"]["child.bandages.cries.1"].text == "Mamãe!"


def test_broken_file_is_reported_and_skipped(tmp_path: Path) -> None:
    folder = folder_with(tmp_path / "d", {
        "good.yaml": "reactions:\n  - {id: r1, concept: greet, lines: [{id: l1, text: hi}]}\n",
        "bad.yaml": "reactions:\n  - {id: r2, concept: greet\n",
    })
    content, problems = load_content([folder])
    assert "r1" in content.reactions and "r2" not in content.reactions
    (problem,) = problems
    assert problem.code == "D001" and problem.file.endswith("bad.yaml") and problem.line == 3


def test_shape_problems_have_positions_and_hints(tmp_path: Path) -> None:
    text = (
        "reactions:\n"
        "  - id: r1\n"
        "    concpet: greet\n"          # a misspelt required key: one error, not two
        "    lines: [{id: l1, text: hi}]\n"
        "  - id: r2\n"
        "    concept: greet\n"
        "    weight: heavy\n"            # wrong type
        "    lines: [{id: l2, text: hi, emote: [x]}]\n"
        "scenes:\n"
        "  s:\n"
        "    nodes:\n"
        "      a:\n"
        "        - {gotoo: b}\n"          # unknown step
        "        - {if: {face: mask}}\n"  # if without then
        "rumours: []\n"
    )
    _, problems = parse_text(text, "x.yaml")
    found = {(p.code, p.line) for p in problems}
    assert ("D010", 3) in found and ("D011", 2) not in found
    assert ("D012", 7) in found and ("D012", 8) in found
    assert ("D010", 13) in found and ("D011", 14) in found and ("D010", 15) in found
    unknown = next(p for p in problems if p.line == 3)
    assert "concept" in unknown.hint
    assert next(p for p in problems if p.line == 13).hint == "did you mean `goto`?"


def test_wrong_fact_default_is_reported() -> None:
    _, problems = parse_text("facts:\n  a: {type: int, default: lots}\n"
                             "  b: {type: enum, values: [x, y], default: z}\n"
                             "  c: {type: color}\n", "f.yaml")
    assert codes(problems) == ["D012", "D012", "D014"]


def test_nested_steps_are_built() -> None:
    text = ("scenes:\n  s:\n    nodes:\n      a:\n"
            "        - if: {room_rented: true}\n"
            "          then: [{id: t1, speaker: hero, text: yes}]\n"
            "          else: [{id: t2, speaker: hero, text: 'no'}]\n"
            "        - choice:\n"
            "            - {id: o1, text: go, do: [{set: {room_rented: true}}], goto: end}\n")
    parsed, problems = parse_text(text, "f.yaml")
    assert problems == []
    steps = parsed.scenes[0].nodes["a"].steps
    assert isinstance(steps[0], IfStep) and steps[0].otherwise[0].line.text == "no"
    assert isinstance(steps[1].options[0].do[0], SetStep)


def test_later_folder_overrides_by_id(tmp_path: Path) -> None:
    mod = folder_with(tmp_path / "mod", {"more.yaml": """\
        reactions:
          - id: child.mask.trick
            role: child
            concept: greet
            when: {face: mask}
            lines: [{id: mod.trick.1, text: "A modded trick."}]
        strings:
          ui.title: "Modded"
        """}, base=False)
    content = load_clean(BASIC, mod)
    assert content.reactions["child.mask.trick"].lines[0].text == "A modded trick."
    assert "child.mask.trick.1" not in content.texts  # the overridden line is gone
    assert content.strings["ui.title"].text == "Modded"
    assert "child.bandages.cries" in content.reactions


def test_missing_folder_is_reported(tmp_path: Path) -> None:
    _, problems = load_content([tmp_path / "nope"])
    assert codes(problems) == ["D003"]


def test_cache_is_used_and_never_stale(tmp_path: Path) -> None:
    folder = folder_with(tmp_path / "d", {
        "a.yaml": "strings:\n  s1: one\n"})
    cache = tmp_path / "cache"
    first, _ = load_content([folder], cache_dir=cache)
    (stored,) = list(cache.iterdir())
    assert first.strings["s1"].text == "one"
    # a cached entry is what a second load returns (poison it to prove it is read)
    data = pickle.loads(stored.read_bytes())
    entry = data["files"][str(folder / "a.yaml")]
    entry.content.strings[0] = type(entry.content.strings[0])("s1", "cached", entry.content
                                                              .strings[0].pos)
    stored.write_bytes(pickle.dumps(data))
    assert load_content([folder], cache_dir=cache)[0].strings["s1"].text == "cached"
    # an edit of the same size and a restored mtime still changes the content hash
    path = folder / "a.yaml"
    stat = path.stat()
    path.write_text("strings:\n  s1: two\n")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert load_content([folder], cache_dir=cache)[0].strings["s1"].text == "two"
    (folder / "b.yaml").write_text("strings:\n  s2: new\n")
    assert "s2" in load_content([folder], cache_dir=cache)[0].strings
    (folder / "b.yaml").unlink()
    assert "s2" not in load_content([folder], cache_dir=cache)[0].strings


def test_unreadable_cache_is_ignored(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    load_content([BASIC], cache_dir=cache)
    for stored in cache.iterdir():
        stored.write_bytes(b"not a pickle")
    content, problems = load_content([BASIC], cache_dir=cache)
    assert "rent_room" in content.scenes and not problems


def test_a_notebook_step_with_a_misspelt_key_is_reported_not_a_crash() -> None:
    # four keys, one of them wrong: found by the fuzzer (`text:` with its first byte gone)
    parsed, problems = parse_text(
        "scenes:\n  s:\n    nodes:\n      a:\n"
        "        - notebook: {id: p, notebook: 1, title: T, ext: words}\n", "nb.yaml")
    assert [(p.line, p.code) for p in problems if p.is_error]
    messages = " ".join(f"{p.message} {p.hint}" for p in problems)  # one error, with its hint
    assert "`ext`" in messages and "`text`" in messages
    assert not [step for scene in parsed.scenes for node in scene.nodes.values()
                for step in node.steps if isinstance(step, NotebookStep)]
