"""Her reactions know where and when they are: what `why wife` picks for each of her facts.

Her lines for the bus stop and the café table never fire at home; a stranger in her flat
is kept at the door; the bandaged husband who is "away" is sent out again; the washed
bandages are not mentioned before the window. Each row is one situation a player can be
in, asked the way `python -m game why wife --face F --fact k=v` asks.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from game.dialogue import load_content
from game.dialogue.why import why_report

ROOT = Path(__file__).resolve().parent.parent

# lines written for the bus stop and the table, never for her flat
AWAY_FROM_HOME = {"wife.mask.calm", "wife.mask.stranger", "wife.mask.window"}

SITUATIONS = {
    # name: (face, facts, the rules that may win)
    "chapter 1, the first evening": (
        "bandages", {"chapter": 1, "place": "home"}, {"wife.ch1.touch"}),
    "chapter 1, after it": (
        "bandages", {"chapter": 1, "place": "home", "touch_refused": True},
        {"wife.bandages.gentle", "wife.bandages.distant", "wife.bandages.yielding"}),
    "chapter 2, before the trip": (
        "bandages", {"chapter": 2, "place": "home", "touch_refused": True},
        {"wife.ch2.trip"}),
    "chapter 2, home while away": (
        "bandages", {"chapter": 2, "place": "home", "trip_told": True}, {"wife.away.bandages"}),
    "chapter 2, the mask in her flat": (
        "mask", {"chapter": 2, "place": "home"}, {"wife.mask.in_flat"}),
    "chapter 2, the mask in her flat, he is away": (
        "mask", {"chapter": 2, "place": "home", "trip_told": True}, {"wife.mask.in_flat"}),
    "chapter 2, the same stranger in her flat again": (
        "mask", {"chapter": 2, "place": "home", "trip_told": True, "came_home_masked": True},
        {"wife.mask.in_flat_again"}),
    "chapter 3, before four o'clock, the mask at home": (
        "mask", {"chapter": 3, "place": "home", "trip_told": True}, {"wife.mask.in_flat"}),
    "chapter 3, before four o'clock, the bandages at home": (
        "bandages", {"chapter": 3, "place": "home", "trip_told": True},
        {"wife.away.bandages"}),
    "chapter 3, after the hotel, the bandages come home": (
        "bandages", {"chapter": 3, "place": "home", "trip_told": True,
                     "met_at_bus_stop": True}, {"wife.ch3.homecoming"}),
    "chapter 3, home from the trip": (
        "bandages", {"chapter": 3, "place": "home", "trip_told": True,
                     "met_at_bus_stop": True, "homecoming_done": True},
        {"wife.ch3.after_trip", "wife.bandages.going_out"}),
    "chapter 3, the stranger at her door after four o'clock": (
        "mask", {"chapter": 3, "place": "home", "trip_told": True, "met_at_bus_stop": True,
                 "homecoming_done": True}, {"wife.ch3.mask_at_door"}),
    "chapter 3, the stranger with her at a table": (
        "mask", {"chapter": 3, "place": "cafe", "trip_told": True, "met_at_bus_stop": True},
        AWAY_FROM_HOME),
}


@pytest.fixture(scope="module")
def content():
    loaded, problems = load_content([ROOT / "dialogue"])
    assert not [p.format() for p in problems if p.is_error]
    return loaded


def winner(content, face: str, facts: dict) -> tuple[str, str]:
    """The winning rule and line, read from the `why` report as a modder reads it."""
    report = why_report(content, None, "wife", face=face, facts=facts)
    rule = re.search(r"^winner: (\S+)", report, re.M)
    line = re.search(r"^line: (\S+)", report, re.M)
    assert rule and line, report
    return rule.group(1), line.group(1)


@pytest.mark.parametrize("situation", list(SITUATIONS))
def test_her_reaction_fits_the_place_and_the_chapter(content, situation: str) -> None:
    face, facts, allowed = SITUATIONS[situation]
    rule, line = winner(content, face, facts)
    assert rule in allowed, (situation, rule, line)
    if facts["place"] == "home":
        assert rule not in AWAY_FROM_HOME, f"{situation}: a bus-stop line at home ({line})"


def test_chapter_two_at_home_in_the_mask_picks_no_bus_stop_line(content) -> None:
    """The issue's own question: `why wife --face mask --fact chapter=2 --fact place=home`."""
    rule, line = winner(content, "mask", {"chapter": 2, "place": "home"})
    assert rule == "wife.mask.in_flat"
    english = content.english(line)
    assert "bus" not in english and "Four o'clock" not in english, english


def test_the_washed_bandages_wait_until_after_the_window(content) -> None:
    said_by = [r for r in content.reactions.values()
               for line in r.lines if "washed the bandages" in line.text]
    assert [r.id for r in said_by] == ["wife.ch3.after_trip"]
    facts = {c.fact: c.value for c in said_by[0].when}
    assert facts["homecoming_done"] is True, "only once home from the trip, after the window"
