"""Hostile input for the loader, the lint and the engine (hypothesis).

Whatever the YAML, the only failure allowed is a diagnostic (or ContentError) with a
position; nothing else is raised and nothing hangs.
"""

from __future__ import annotations

import time
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.diagnostics import ContentError, Report
from game.dialogue import ChoiceEvent, DialogueEngine, EndEvent, StoryState
from game.dialogue.lint import LintOptions, lint_content
from game.dialogue.loader import content_from_files, parse_text
from tests.fixtures.dialogue.helpers import BASIC

FAST = settings(max_examples=90, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
BASE = [parse_text((BASIC / name).read_bytes(), name) for name in ("facts.yaml", "cast.yaml")]

words = st.sampled_from([
    "id", "role", "person", "concept", "when", "lines", "text", "speaker", "emote", "once",
    "cooldown", "weight", "start", "remember", "remember_for", "face", "mask", "bandages",
    "greet", "notice", "child", "daughter", "self.seen_mask", "chapter", "gte", "in", "not",
    "scenes", "nodes", "choice", "goto", "call", "if", "then", "else", "set", "clear",
    "give", "take", "toy", "end", "move", "notebook", "reactions", "strings", "facts",
    "type", "enum", "values", "default", "memory", "items", "roles", "people", "a", "b",
])
scalars = st.one_of(
    words, st.integers(-10, 10), st.booleans(), st.none(), st.floats(allow_nan=False),
    st.text(max_size=20), st.text(min_size=5000, max_size=6000).map(lambda s: s[:1] * 5000),
    st.integers(min_value=10**30, max_value=10**40), st.just(10**400), st.just(-(10**400)),
)
structures = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=5),
                            st.dictionaries(words, inner, max_size=6)),
    max_leaves=60,
)


def check_diagnostics(problems: list[Any]) -> None:
    for problem in problems:
        assert problem.code.startswith("D") and problem.line >= 0 and problem.column >= 0
        assert problem.file


def exercise(documents: list[tuple[bytes | str, str | None]]) -> None:
    """Load, lint and run whatever came out; only diagnostics may come back."""
    files = list(BASE)
    languages = []
    for index, (text, language) in enumerate(documents):
        parsed, problems = parse_text(text, f"f{index}.yaml", language)
        check_diagnostics(problems)
        files.append((parsed, problems))
        languages.append(language)
    content = content_from_files(
        [(parsed, None) for parsed, _ in files[:2]]
        + [(parsed, lang) for (parsed, _), lang in zip(files[2:], languages, strict=True)])
    report = lint_content(content, Report(), LintOptions(portraits={"child"}))
    check_diagnostics(report.items)
    engine = DialogueEngine(content, StoryState(content), seed=1, language="pt_BR")
    for role in list(content.roles)[:4] + [None]:
        for concept in ("greet", "notice"):
            try:
                spoken = engine.react("daughter" if role is None else f"{role}_1", role, concept)
            except ContentError as exc:
                check_diagnostics(exc.diagnostics)
                continue
            if spoken and spoken.start_scene:
                run_scene(engine, spoken.start_scene)
    for scene_id in list(content.scenes)[:5]:
        run_scene(engine, scene_id)


def run_scene(engine: DialogueEngine, scene_id: str) -> None:
    run = engine.start_scene(scene_id, "manager")
    for _ in range(50):
        event = run.current
        if isinstance(event, EndEvent):
            return
        if isinstance(event, ChoiceEvent):
            run.choose(next(o.index for o in event.options if o.enabled))
        else:
            run.advance()
        run.drain_effects()


@FAST
@given(structures)
def test_random_structures(document: Any) -> None:
    exercise([(yaml.safe_dump(document, allow_unicode=True), None)])


@FAST
@given(st.dictionaries(st.sampled_from(["reactions", "scenes", "strings", "facts"]),
                       st.lists(st.dictionaries(words, structures, max_size=8), max_size=4)
                       | st.dictionaries(words, structures, max_size=4), max_size=3),
       structures)
def test_dialogue_shaped_documents(document: dict[str, Any], translation: Any) -> None:
    exercise([(yaml.safe_dump(document), None), (yaml.safe_dump(translation), "pt_BR")])


SOURCE = (BASIC / "streets.yaml").read_bytes() + (BASIC / "house_s.yaml").read_bytes()


@FAST
@given(st.lists(st.tuples(st.integers(0, len(SOURCE)), st.integers(0, 8),
                          st.binary(max_size=6)), min_size=1, max_size=6))
def test_mutated_real_files(edits: list[tuple[int, int, bytes]]) -> None:
    data = bytearray(SOURCE)
    for at, cut, junk in edits:
        data[at:at + cut] = junk
    exercise([(bytes(data), None)])


@FAST
@given(st.binary(max_size=400))
def test_binary_junk(data: bytes) -> None:
    exercise([(data, None), (data, "pt_BR")])


@settings(max_examples=25, deadline=None)
@given(st.integers(2, 12), st.integers(2, 12), st.integers(0, 4000))
def test_alias_bombs_and_deep_nesting(width: int, depth: int, nesting: int) -> None:
    text = "a0: &a0 [x, y]\n"
    for level in range(1, depth):
        text += f"a{level}: &a{level} [" + ", ".join([f"*a{level - 1}"] * width) + "]\n"
    text += "reactions: " + "[" * nesting + "]" * nesting + "\n"
    started = time.perf_counter()
    parsed, problems = parse_text(text, "bomb.yaml")
    assert time.perf_counter() - started < 2.0
    check_diagnostics(problems)
    if width**depth > 20_000 or nesting > 64:
        assert problems and all(p.line >= 1 for p in problems)


field_values = st.one_of(scalars, structures)
reactions = st.builds(
    lambda rule_id, extra, lines: {"id": rule_id, "concept": "greet", "lines": lines, **extra},
    words,
    st.dictionaries(st.sampled_from(["role", "person", "when", "remember", "remember_for",
                                     "once", "cooldown", "weight", "start", "concept"]),
                    field_values, max_size=4),
    st.lists(st.fixed_dictionaries({"id": words, "text": scalars},
                                   optional={"speaker": field_values, "emote": field_values}),
             max_size=3),
)
steps = st.dictionaries(
    st.sampled_from(["text", "id", "speaker", "choice", "goto", "call", "if", "then", "else",
                     "set", "clear", "give", "take", "face", "move", "notebook", "chapter",
                     "sound", "fade", "end"]), field_values, min_size=1, max_size=3)


@FAST
@given(st.lists(reactions, max_size=5),
       st.dictionaries(words, st.dictionaries(words, st.lists(steps, max_size=5), max_size=3),
                       max_size=3))
def test_reactions_and_scenes_with_wrong_values(rules: list[Any], nodes: dict[str, Any]
                                                ) -> None:
    scenes = {scene_id: {"nodes": scene_nodes} for scene_id, scene_nodes in nodes.items()}
    exercise([(yaml.safe_dump({"reactions": rules, "scenes": scenes}), None)])
