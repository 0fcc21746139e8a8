"""No line worn out: every role x face has at least 8 reaction lines that can actually
fire where people of that role stand, in every chapter they are there.

Computed from the content and the maps as they are: for each person placed on a map,
each chapter their `when` lets them be there, and each face he can wear in that
chapter, the lines of the reactions (greet and notice) that answer them and whose
`face`, `place` and `chapter` criteria hold there and then. Other criteria (a memory,
the time of day, a story fact) are taken as able to hold: they gate *when*, not
*where*.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from game.diagnostics import Report
from game.dialogue.build import criteria_from_text
from game.dialogue.loader import load_content
from game.dialogue.model import Content, Criterion, Reaction
from game.world.mapdata import load_maps

ROOT = Path(__file__).resolve().parent.parent
MIN_LINES = 8
FIRST_MASK_CHAPTER = 2  # the mask is made at the end of notebook one


def _holds(criterion: Criterion, value: object) -> bool:
    op, want = criterion.op, criterion.value
    if op == "eq":
        return value == want or str(value) == str(criterion.raw)
    if op == "not":
        return value != want and str(value) != str(criterion.raw)
    if op == "in":
        return value in want or str(value) in {str(v) for v in want}
    number = float(value)  # type: ignore[arg-type]
    return {"gt": number > want, "gte": number >= want, "lt": number < want,
            "lte": number <= want}[op]


def _fits(criteria: tuple[Criterion, ...], situation: dict[str, object],
          defaults: dict[str, object] | None = None) -> bool:
    known = {**(defaults or {}), **situation}
    return all(_holds(c, known[c.fact]) for c in criteria if c.fact in known)


def _answers(reaction: Reaction, person: str, role: str, content: Content) -> bool:
    if reaction.concept not in ("greet", "notice"):
        return False
    if reaction.person:
        return reaction.person == person
    return reaction.role == role


def cells(content: Content, maps: dict) -> dict[tuple[str, str, str, int], int]:
    """(role, face, map, chapter) -> the fewest lines any person of that role there has."""
    chapter = content.facts["chapter"]
    chapters = range(int(chapter.min or 1), int(chapter.max or 4) + 1)
    faces = content.facts["face"].values
    defaults = {name: decl.default for name, decl in content.facts.items()}
    found: dict[tuple[str, str, str, int], int] = {}
    for data in maps.values():
        for spawn in data.npcs:
            when = criteria_from_text(spawn.when, str(data.path), spawn.when_line,
                                      spawn.when_column, Report(), "G004", "when") \
                if spawn.when else ()
            role = content.people[spawn.id].role if spawn.id in content.people else spawn.role
            for number in chapters:
                if not _fits(when, {"chapter": number}, defaults):
                    continue
                for face in faces:
                    if face == "mask" and number < FIRST_MASK_CHAPTER:
                        continue
                    situation = {"face": face, "place": data.id, "chapter": number}
                    lines = sum(len(r.lines) for r in content.reactions.values()
                                if _answers(r, spawn.id, role, content)
                                and _fits(r.when, situation))
                    key = (role, face, data.id, number)
                    found[key] = min(found.get(key, lines), lines)
    return found


@pytest.fixture(scope="module")
def shipped() -> dict[tuple[str, str, str, int], int]:
    content, _ = load_content([ROOT / "dialogue"])
    maps, _ = load_maps(ROOT / "maps")
    return cells(content, maps)


def test_every_role_and_face_has_lines_enough_where_it_stands(shipped) -> None:
    thin = {key: count for key, count in shipped.items() if count < MIN_LINES}
    assert not thin, "cells with fewer than 8 lines that can fire (role, face, map, " \
        "chapter: lines):\n" + "\n".join(f"  {k}: {v}" for k, v in sorted(thin.items()))


def test_the_count_sees_a_thin_cell() -> None:
    """The count is not blind: a role with three lines in one place comes out as three."""
    content, _ = load_content([ROOT / "tests" / "fixtures" / "coverage"])
    maps, _ = load_maps(ROOT / "tests" / "fixtures" / "coverage" / "maps")
    counts = cells(content, maps)
    assert counts[("child", "bandages", "yard", 1)] == 3
    assert counts[("child", "mask", "yard", 2)] == 0


def test_every_role_of_the_matrix_stands_somewhere(shipped) -> None:
    roles = {role for role, _, _, _ in shipped}
    faces = defaultdict(set)
    for role, face, _, _ in shipped:
        faces[role].add(face)
    assert {"child", "passerby", "shopgirl", "colleague"} <= roles
    assert all(faces[role] == {"bandages", "mask"} for role in roles if role != "wife"), faces
