"""Fifteen game minutes up and down the streets, in each face, then a quick save.

The walk is an input script (the same format as `--input`: tools/walk_streets.txt),
played through the real game, and it ends by pressing the quick save; the saved
history must show no reaction line more than twice, and the hero's own lines under
his mark.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pygame
import pytest

from game.app import App, Options
from game.loop import STEP
from game.paths import default_paths
from game.saveload import QUICK_SLOT
from game.world.scene import WorldScene

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "tools" / "walk_streets.txt"
GAME_MINUTES = 15
MOST = 2


def script_frames(text: str) -> int:
    frames = 0
    for line in text.splitlines():
        words = line.split()
        if words and words[0] in ("hold", "wait"):
            frames += int(words[-1]) + (1 if words[0] == "hold" else 0)
        elif words and words[0] == "press":
            frames += 2
    return frames


def test_the_walk_script_lasts_fifteen_minutes() -> None:
    assert script_frames(SCRIPT.read_text(encoding="utf-8")) >= GAME_MINUTES * 60 * 60


@pytest.mark.parametrize("face", ["bandages", "mask"])
def test_fifteen_minutes_in_the_street_wear_no_line_out(face: str) -> None:
    app = App(Options(frames=1, sound=False, scale=1, seed=11, map="streets", face=face,
                      input=SCRIPT), default_paths())
    try:
        app.start()
        # his first walk in the mask is a scene of its own (tested with the story);
        # here the street is walked as on any later day
        app.session.state.set("walked_in_mask", True)
        world = app.scenes.find(WorldScene)
        assert world is not None
        frames = script_frames(SCRIPT.read_text(encoding="utf-8"))
        elsewhere = 0
        for frame in range(frames):
            app.step(STEP)
            elsewhere += app.session.map_id != "streets"
            if frame % 6 == 0:
                app.draw()  # bubbles are placed (and then time out) as they are drawn
        assert elsewhere == 0, f"the walk left the streets for {elsewhere} frames"
        assert app.scenes.top is world, "the walk ended inside a conversation"
        # the script's last lines press the quick save
        history = app.saves.store.read(QUICK_SLOT).payload["history"]
    finally:
        pygame.quit()
    content = app.world_data.content
    reaction_text = {app.session.engine.text(line.id): line
                     for reaction in content.reactions.values() for line in reaction.lines}
    said = [(name, text) for name, text in history if text in reaction_text]
    assert len(said) >= 10, f"the street hardly reacted: {said}"
    counts = Counter(text for _, text in said)
    worn = {text: count for text, count in counts.items() if count > MOST}
    assert not worn, f"lines said more than {MOST} times: {worn}"
    mark = app.director.hero_mark()
    his = [(name, text) for name, text in said if reaction_text[text].speaker == "hero"]
    assert his, "none of his own thoughts in fifteen minutes"
    assert all(name == mark for name, _ in his), his
    others = [name for name, text in said if reaction_text[text].speaker != "hero"]
    assert mark not in others
