"""Reaction selection: specificity, weight, variety, once/cooldown, purity, determinism."""

from __future__ import annotations

from pathlib import Path

from game.dialogue import DialogueEngine, StoryState, load_content
from tests.fixtures.dialogue.helpers import BASIC, engine_for, folder_with

RULES = """\
reactions:
  - id: any
    concept: greet
    lines: [{id: any.1, text: "..."}]
  - id: child.plain
    role: child
    concept: greet
    lines: [{id: child.plain.1, text: "plain"}]
  - id: child.mask
    role: child
    concept: greet
    when: {face: mask}
    lines: [{id: child.mask.1, text: "trick"}]
  - id: child.mask.evening
    role: child
    concept: greet
    when: {face: mask, time_of_day: {in: [evening, night]}}
    lines: [{id: child.mask.evening.1, text: "late"}]
  - id: daughter.mask
    person: daughter
    concept: greet
    when: {face: mask}
    lines: [{id: daughter.mask.1, text: "secrets"}]
  - id: heavy.a
    role: passerby
    concept: greet
    weight: 2
    lines: [{id: heavy.a.1, text: "heavy"}]
  - id: heavy.b
    role: passerby
    concept: greet
    lines: [{id: heavy.b.1, text: "light"}]
  - id: vary.a
    role: manager
    concept: notice
    lines: [{id: vary.a.1, text: "a"}, {id: vary.a.2, text: "b"}, {id: vary.a.3, text: "c"}]
  - id: vary.b
    role: manager
    concept: notice
    lines: [{id: vary.b.1, text: "d"}]
  - id: once.rule
    role: daughter
    concept: notice
    once: true
    lines: [{id: once.1, text: "first"}]
  - id: cool.rule
    role: child
    concept: notice
    cooldown: 60
    weight: 2
    lines: [{id: cool.1, text: "cool"}]
  - id: cool.fallback
    role: child
    concept: notice
    lines: [{id: cool.fallback.1, text: "meh"}]
  - id: remembers
    role: passerby
    concept: notice
    when: {self.seen_mask: false, face: mask}
    remember: {self.seen_mask: true}
    remember_for: 100
    lines: [{id: remembers.1, text: "new face"}]
"""


def make(tmp_path: Path, seed: int = 0) -> DialogueEngine:
    return engine_for(folder_with(tmp_path / "d", {"rules.yaml": RULES}), seed=seed)


def rule_of(engine: DialogueEngine, person: str, role: str | None, concept: str = "greet"
            ) -> str | None:
    selection = engine.query_reaction(person, role, concept)
    return selection.reaction.id if selection else None


def test_most_specific_rule_wins(tmp_path: Path) -> None:
    engine = make(tmp_path)
    assert rule_of(engine, "child_1", "child") == "child.plain"
    engine.state.set("face", "mask")
    assert rule_of(engine, "child_1", "child") == "child.mask"
    engine.state.set("time_of_day", "night")
    assert rule_of(engine, "child_1", "child") == "child.mask.evening"
    assert rule_of(engine, "daughter", None) == "daughter.mask"  # person beats fallback
    assert rule_of(engine, "stranger", "usher") == "any"


def test_weight_breaks_ties(tmp_path: Path) -> None:
    engine = make(tmp_path)
    for _ in range(3):
        assert engine.react("p1", "passerby", "greet").line_id == "heavy.a.1"


def test_least_recently_used_rule_then_least_said_line(tmp_path: Path) -> None:
    engine = make(tmp_path)
    said = [engine.react("m", "manager", "notice").line_id for _ in range(6)]
    # the two rules alternate; within vary.a every line comes before any repeats
    assert said[0::2].count("vary.b.1") == 3 or said[1::2].count("vary.b.1") == 3
    lines_a = [line for line in said if line.startswith("vary.a")]
    assert sorted(lines_a) == ["vary.a.1", "vary.a.2", "vary.a.3"]


def test_same_seed_same_history_same_choices(tmp_path: Path) -> None:
    runs = []
    for index in range(2):
        engine = make(tmp_path / f"r{index}", seed=42)
        runs.append([engine.react("m", "manager", "notice").line_id for _ in range(8)])
    assert runs[0] == runs[1]


def test_query_is_pure(tmp_path: Path) -> None:
    engine = make(tmp_path)
    engine.state.set("face", "mask")
    engine.react("m", "manager", "notice")
    before = engine.state.snapshot()
    for person, role, concept in [("m", "manager", "notice"), ("c", "child", "greet"),
                                  ("p", "passerby", "notice"), ("d", "daughter", "notice")]:
        first = engine.query_reaction(person, role, concept)
        assert engine.query_reaction(person, role, concept) == first
    assert engine.state.snapshot() == before


def test_once_per_person(tmp_path: Path) -> None:
    engine = make(tmp_path)
    assert engine.react("daughter", None, "notice").line_id == "once.1"
    assert engine.react("daughter", None, "notice") is None
    assert engine.state.has_mark("once:once.rule:daughter")


def test_cooldown_per_person(tmp_path: Path) -> None:
    engine = make(tmp_path)
    assert engine.react("c1", "child", "notice").line_id == "cool.1"
    assert engine.react("c1", "child", "notice").line_id == "cool.fallback.1"
    assert engine.react("c2", "child", "notice").line_id == "cool.1"
    engine.state.advance(60)
    assert engine.react("c1", "child", "notice").line_id == "cool.1"


def test_commit_remembers_for_a_while(tmp_path: Path) -> None:
    engine = make(tmp_path)
    engine.state.set("face", "mask")
    assert engine.react("p1", "passerby", "notice").line_id == "remembers.1"
    assert engine.state.get("p1.seen_mask") is True
    assert engine.react("p1", "passerby", "notice") is None
    engine.state.advance(100)
    assert engine.react("p1", "passerby", "notice").line_id == "remembers.1"


def test_commit_records_counts_and_use(tmp_path: Path) -> None:
    engine = make(tmp_path)
    engine.state.advance(5)
    spoken = engine.react("c1", "child", "greet")
    assert spoken.name == "Child" and spoken.portrait == "child"
    state = engine.state
    assert state.seen_rules["child.plain"] == 1 and state.seen_lines["child.plain.1"] == 1
    assert state.last_used[("child.plain", "c1")] == (5.0, 1)


def test_broken_rule_is_left_out_with_a_problem(tmp_path: Path) -> None:
    folder = folder_with(tmp_path / "d", {"r.yaml": """\
        reactions:
          - {id: bad, role: child, concept: greet, when: {fcae: mask}, lines: [{id: b1, text: x}]}
          - {id: good, role: child, concept: greet, lines: [{id: g1, text: y}]}
        """})
    content, _ = load_content([folder])
    engine = DialogueEngine(content, StoryState(content))
    assert [p.code for p in engine.problems] == ["D020"]
    assert engine.react("c", "child", "greet").line_id == "g1"


def test_fixture_specificity(tmp_path: Path) -> None:
    engine = engine_for(BASIC)
    assert engine.react("daughter", None, "greet").line_id == "daughter.first.1"
    spoken = engine.react("daughter", None, "greet")
    assert spoken.start_scene == "rent_room"
