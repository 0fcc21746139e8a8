"""Positioned YAML: positions, typed scalars, and refusal of hostile input."""

from __future__ import annotations

import time

import pytest

from game.diagnostics import ContentError
from game.dialogue.yamlpos import MAX_DEPTH, decode, parse_yaml


def test_positions_are_one_based() -> None:
    root = parse_yaml("a: 1\nb:\n  - x\n  - {c: d}\n", "f.yaml")
    assert root is not None
    assert (root.line, root.column) == (1, 1)
    b = root.value["b"]
    assert (b.line, b.column) == (3, 3)
    assert b.value[1].value["c"].where() == (4, 9)
    assert root.keys is not None and root.keys["b"].where() == (2, 1)


def test_scalars_keep_their_source_text() -> None:
    root = parse_yaml("a: no\nb: 'no'\nc: 12\nd: 1.5\ne: ~\non: x\n", "f.yaml")
    assert root is not None
    values = root.value
    assert values["a"].value is False and values["a"].raw == "no" and values["a"].plain
    assert values["b"].value == "no" and not values["b"].plain
    assert values["c"].value == 12 and values["d"].value == 1.5 and values["e"].value is None
    assert "on" in values  # keys are read as written, not as YAML 1.1 booleans


def test_repeated_keys_are_remembered() -> None:
    root = parse_yaml("a: 1\na: 2\n", "f.yaml")
    assert root is not None and root.value["a"].value == 2
    assert root.repeated and root.repeated[0].where() == (2, 1)


def test_merge_keys() -> None:
    root = parse_yaml("base: &b {x: 1, y: 2}\nthing: {<<: *b, y: 3}\n", "f.yaml")
    assert root is not None
    assert root.value["thing"].to_python() == {"x": 1, "y": 3}


def test_empty_file_is_none() -> None:
    assert parse_yaml("", "f.yaml") is None
    assert parse_yaml("# only a comment\n", "f.yaml") is None


def _error(text: str) -> tuple[str, int, int]:
    with pytest.raises(ContentError) as caught:
        parse_yaml(text, "f.yaml")
    diagnostic = caught.value.diagnostics[0]
    assert diagnostic.file == "f.yaml"
    return diagnostic.code, diagnostic.line, diagnostic.column


def test_syntax_error_has_the_problem_position() -> None:
    assert _error("a: 1\nb: [1, 2\nc: 3\n")[0] == "D001"
    code, line, column = _error("a: 1\n  b: 2\n")
    assert (code, line) == ("D001", 2)


def test_billion_laughs_is_refused_quickly() -> None:
    text = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    previous = "a"
    for name in "bcdefghi":
        text += f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]\n"
        previous = name
    started = time.perf_counter()
    code, line, _ = _error(text)
    assert code == "D002" and line >= 1
    assert time.perf_counter() - started < 1.0


def test_recursive_alias_is_refused() -> None:
    assert _error("a: &a [1, *a]\n")[0] == "D002"


def test_undefined_alias() -> None:
    assert _error("a: *nothing\n")[0] == "D001"


def test_deep_nesting_is_refused() -> None:
    text = "a: " + "[" * (MAX_DEPTH + 5) + "]" * (MAX_DEPTH + 5) + "\n"
    assert _error(text)[0] in ("D001", "D002")
    very_deep = "[" * 100_000
    assert _error(very_deep)[0] in ("D001", "D002")


def test_control_characters_and_bad_utf8() -> None:
    assert _error("a: \x00\x01\n")[0] == "D003"
    with pytest.raises(ContentError) as caught:
        decode(b"a: 1\nb: \xff\xfe\n", "f.yaml")
    assert caught.value.diagnostics[0].line == 2
    assert decode("\ufeffa: 1".encode(), "f.yaml") == "a: 1"


def test_huge_int_stays_text() -> None:
    root = parse_yaml("a: " + "9" * 6000 + "\n", "f.yaml")
    assert root is not None and isinstance(root.value["a"].value, str)
