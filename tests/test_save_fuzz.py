"""A save someone edited (signed again: the checksum is documented) never crashes the game.

A real save's payload is changed at random, one to three fields at a time, each to a
value of another kind, or taken away. Loading it either resumes a game that plays on, or
refuses with one short line in the player's words (no Python error text, no flood of a
huge value); the file is left as it was.
"""

from __future__ import annotations

import copy
import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pygame
import pytest

from game.app import App, Options
from game.loop import STEP
from game.paths import default_paths
from game.saves import document_checksum

MUTATIONS = 160

ODD_VALUES: list[Any] = [
    None, True, False, 0, -1, 2**63, 10**30, 1.5, -0.0, 1e308, "", "x", "streets", "../x",
    "\x00", "sideways", [], [1], [1, 2], [1, 2, 3], ["a", "b"], [[1, 2]], {}, {"a": 1},
    {"": None}, "a" * 5000, [None, None], [-5, -5], [1e9, 1e9],
]

# what only Python says: a player's message never reads like this
PYTHON_WORDS = ("object is not", "Error(", "NoneType", "unhashable", "Traceback",
                "argument must be", "dictionary update sequence", "not enough values")


def places(value: Any, at: tuple = ()) -> Iterator[tuple]:
    yield at
    if isinstance(value, dict):
        for key, item in value.items():
            yield from places(item, (*at, key))
    elif isinstance(value, list):
        for index, item in enumerate(value[:6]):
            yield from places(item, (*at, index))


def mutated(good: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    document = copy.deepcopy(good)
    spots = [at for at in places(document["payload"]) if at]
    for _ in range(rng.choice([1, 1, 2, 3])):
        at = rng.choice(spots)
        target = document["payload"]
        try:
            for key in at[:-1]:
                target = target[key]
            if rng.random() < 0.15 and isinstance(target, dict):
                del target[at[-1]]
            else:
                target[at[-1]] = copy.deepcopy(rng.choice(ODD_VALUES))
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change took this place away
    document.pop("checksum", None)
    document["checksum"] = document_checksum(document)
    return document


@pytest.fixture
def app(tmp_path: Path) -> Iterator[App]:
    game = App(Options(frames=1, sound=False, scale=1),
               default_paths({"BORROWED_FACE_HOME": str(tmp_path)}))
    game.start()
    yield game
    pygame.quit()


def test_an_edited_save_resumes_or_is_refused_in_a_few_words(app: App) -> None:
    app.new_game()  # the opening conversation is open: the save holds its position
    for _ in range(30):
        app.step(STEP)
    assert app.save("1", force=True)
    saves = app.paths.saves
    good = json.loads((saves / "1.json").read_text(encoding="utf-8"))
    assert good["payload"]["conversation"] is not None
    rng = random.Random(20261203)
    resumed = refused = 0
    for _ in range(MUTATIONS):
        document = mutated(good, rng)
        path = saves / "2.json"
        path.write_text(json.dumps(document), encoding="utf-8")
        written = path.read_bytes()
        app.toasts.items.clear()
        if app.load("2"):
            resumed += 1
            for _ in range(3):
                app.step(STEP)
            app.draw()
        else:
            refused += 1
        said = [toast.text for toast in app.toasts.items]
        for text in said:
            assert "\n" not in text and len(text) <= 240, text
            assert not any(word in text for word in PYTHON_WORDS), text
        assert path.read_bytes() == written  # never written over
    # both ways were taken: the changes reach the checks, and not every one is fatal
    assert resumed >= 10 and refused >= 40, (resumed, refused)


@pytest.mark.parametrize("facing", [{}, ["up"], [[1]], 7, None, "sideways"])
def test_a_facing_of_another_kind_stands_him_facing_down(app: App, facing: Any) -> None:
    app.new_game(map_id="streets")
    assert app.save("1", force=True)
    path = app.paths.saves / "1.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    document["payload"]["facing"] = facing
    document.pop("checksum")
    document["checksum"] = document_checksum(document)
    path.write_text(json.dumps(document), encoding="utf-8")
    assert app.load("1")
    assert app.session is not None and app.session.player.facing == "down"
