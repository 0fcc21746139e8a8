"""The rule index (decision trees) chooses exactly what a scan of every rule would."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from game.dialogue import StoryState
from game.dialogue.loader import content_from_files, parse_text
from game.dialogue.matcher import Matcher, allowed, holds
from tests.fixtures.dialogue.helpers import BASIC

BASE = [(parse_text((BASIC / n).read_bytes(), n)[0], None) for n in ("facts.yaml", "cast.yaml")]

tests = st.sampled_from([
    "face: mask", "face: bandages", "face: {not: mask}", "chapter: {gte: 2}",
    "chapter: {lt: 3}", "chapter: 4", "time_of_day: {in: [evening, night]}",
    "time_of_day: morning", "room_rented: true", "mask_type: {not: none}",
    "self.times_met: {gte: 1}", "self.seen_mask: false", "item.toy: true",
])
rules = st.lists(st.tuples(st.sampled_from(["role: child", "person: daughter", ""]),
                           st.lists(tests, max_size=4, unique=True), st.integers(1, 3)),
                 min_size=1, max_size=40)
states = st.fixed_dictionaries({
    "face": st.sampled_from(["mask", "bandages"]), "chapter": st.integers(1, 4),
    "time_of_day": st.sampled_from(["morning", "afternoon", "evening", "night"]),
    "room_rented": st.booleans(), "mask_type": st.sampled_from(["none", "actor"]),
})


def rules_yaml(spec: list[tuple[str, list[str], int]]) -> str:
    out = ["reactions:"]
    for index, (owner, tests_written, weight) in enumerate(spec):
        when = list({test.split(":")[0]: test for test in tests_written}.values())
        out.append(f"  - id: r{index}")
        if owner:
            out.append(f"    {owner}")
        out += ["    concept: greet", f"    when: {{{', '.join(when)}}}",
                f"    weight: {weight}", f"    lines: [{{id: r{index}.1, text: x}}]"]
    return "\n".join(out) + "\n"


def naive_best(matcher: Matcher, state: StoryState, person: str, role: str) -> Any:
    best = None
    for rule in matcher.rules.values():
        reaction = rule.reaction
        if (reaction.person and reaction.person != person) or (
                reaction.role and reaction.role != role):
            continue
        if allowed(state, reaction, person) and holds(rule.checks, state, person) and (
                best is None or rule.rank > best):
            best = rule.rank
    return best


@settings(max_examples=60, deadline=None)
@given(rules, st.lists(states, min_size=1, max_size=4), st.booleans())
def test_index_agrees_with_a_full_scan(spec: list[Any], situations: list[dict[str, Any]],
                                       met: bool) -> None:
    parsed, problems = parse_text(rules_yaml(spec), "rules.yaml")
    assert not problems, problems
    content = content_from_files([*BASE, (parsed, None)])
    matcher = Matcher(content)
    assert not matcher.problems
    state = StoryState(content)
    if met:
        state.set("daughter.times_met", 2)
        state.set("c1.seen_mask", True)
        state.give("toy")
    for situation in situations:
        for name, value in situation.items():
            state.set(name, value)
        for person, role in (("daughter", "daughter"), ("c1", "child")):
            selection = matcher.query(state, person, role, "greet")
            rank = None if selection is None else matcher.rules[selection.reaction.id].rank
            assert rank == naive_best(matcher, state, person, role)


def test_big_buckets_are_split_on_facts() -> None:
    spec = [("role: child", [f"chapter: {c}", f"face: {f}"], 1)
            for c in (1, 2, 3, 4) for f in ("mask", "bandages")]
    parsed, _ = parse_text(rules_yaml(spec), "rules.yaml")
    matcher = Matcher(content_from_files([*BASE, (parsed, None)]))
    bucket = matcher.buckets[("greet", "role", "child")]
    assert bucket.fact in ("chapter", "face")
    state = StoryState(matcher.content)
    state.set("chapter", 3)
    state.set("face", "mask")
    leaf = bucket.leaf_for(state.get, state.get, "c1")
    # only the two chapter-3 rules are left, and the chapter test is already done
    assert {rule.reaction.id for _, _, rule, _ in leaf} == {"r4", "r5"}
    assert all(name == "face" for *_, remaining in leaf for name, *_ in remaining)
    assert matcher.query(state, "c1", "child", "greet").reaction.id == "r4"
