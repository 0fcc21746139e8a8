"""Hostile input for the mod manifest reader and the load order (hypothesis).

Whatever `mod.yaml` holds, reading it gives a manifest or diagnostics with positions,
never another exception, and quickly; ordering any set of manifests terminates with each
mod once.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.mods import MANIFEST, MANIFEST_KEYS, Manifest, Mod, order, read_manifest

ROOT = Path(__file__).resolve().parent.parent
REAL = (ROOT / "examples" / "mods" / "kinder_children" / MANIFEST).read_bytes()
FAST = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture])

keys = st.sampled_from([*MANIFEST_KEYS, "nmae", "versoin", "dialogue", "<<", "", "0"])
scalars = st.one_of(
    st.text(max_size=30), st.integers(), st.floats(), st.booleans(), st.none(),
    st.just("9" * 5000), st.just(">=" + "1." * 3000), st.just("\x00\ufffe"),
    st.integers(min_value=10**30, max_value=10**60), st.just(10**400),
)
structures = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=5), st.dictionaries(keys, inner,
                                                                           max_size=6)),
    max_leaves=25,
)


def read(tmp_path: Path, data: bytes) -> tuple[Manifest | None, list[Any]]:
    folder = tmp_path / "mod"
    folder.mkdir(exist_ok=True)
    (folder / MANIFEST).write_bytes(data)
    started = time.perf_counter()
    manifest, problems = read_manifest(folder)
    assert time.perf_counter() - started < 2.0
    for problem in problems:
        assert problem.code[0] in "XD" and problem.code[1:].isdigit()
        assert problem.file.endswith(MANIFEST)
        assert problem.line >= 0 and problem.column >= 0 and problem.message
    assert (manifest is None) == any(p.is_error for p in problems)
    if manifest is not None:
        assert isinstance(manifest.name, str) and isinstance(manifest.version, str)
        assert all(isinstance(other, str) for other in manifest.after + manifest.before)
        assert isinstance(manifest.priority, int)
    return manifest, problems


@FAST
@given(structures)
def test_random_documents(tmp_path: Path, document: Any) -> None:
    read(tmp_path, yaml.safe_dump(document, allow_unicode=True).encode("utf-8"))


@FAST
@given(st.dictionaries(keys, structures, max_size=8))
def test_manifest_shaped_documents(tmp_path: Path, document: dict[str, Any]) -> None:
    read(tmp_path, yaml.safe_dump(document, allow_unicode=True).encode("utf-8"))


@FAST
@given(st.lists(st.tuples(st.integers(0, len(REAL)), st.integers(0, 8), st.binary(max_size=6)),
                min_size=1, max_size=6))
def test_mutated_real_manifest(tmp_path: Path, edits: list[tuple[int, int, bytes]]) -> None:
    data = bytearray(REAL)
    for at, cut, junk in edits:
        data[at:at + cut] = junk
    read(tmp_path, bytes(data))


@FAST
@given(st.binary(max_size=300))
def test_binary_junk(tmp_path: Path, data: bytes) -> None:
    read(tmp_path, data)


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.integers(2, 12), st.integers(2, 12), st.integers(0, 3000))
def test_alias_bombs_and_deep_nesting(tmp_path: Path, width: int, depth: int,
                                      nesting: int) -> None:
    text = "name: Bomb\nversion: 1\na0: &a0 [x, y]\n"
    for level in range(1, depth):
        text += f"a{level}: &a{level} [" + ", ".join([f"*a{level - 1}"] * width) + "]\n"
    text += "after: " + "[" * nesting + "]" * nesting + "\n"
    manifest, problems = read(tmp_path, text.encode("utf-8"))
    assert manifest is None and all(p.line >= 1 for p in problems)


@FAST
@given(st.lists(st.tuples(st.integers(-3, 3), st.lists(st.sampled_from("abcdef"), max_size=3),
                          st.lists(st.sampled_from("abcdef"), max_size=3)),
                min_size=1, max_size=6))
def test_any_load_order_hints_give_each_mod_once(
        hints: list[tuple[int, list[str], list[str]]]) -> None:
    mods = [Mod(name, Path(name), "command line",
                Manifest(name, "1", after=after, before=before, priority=priority))
            for name, (priority, after, before) in zip("abcdef", hints, strict=False)]
    ordered = order(mods)
    assert sorted(m.id for m in ordered) == sorted(m.id for m in mods)
    placed = [m.id for m in ordered]
    for mod in ordered:
        if not any(p.code == "X008" for m in ordered for p in m.problems):
            # no cycle: every hint between present mods holds
            for other in mod.manifest.after if mod.manifest else ():
                if other in placed:
                    assert placed.index(other) < placed.index(mod.id)
