"""What people do is seen: every behaviour is acted on the map, and scenes move people.

- each `does:` name changes something the player sees (a pose, a step, a turn, an
  emote), and the ones that move people take them where they mean to go;
- a scene's `walk`, `turn` and `act` steps move a person on the map, and the dialogue
  box waits for the ones it should wait for;
- bubbles never cover one another or a face.
"""

from __future__ import annotations

import random
from pathlib import Path

import pygame
import pytest

from game.app import App, Options
from game.dialogue.loader import index_texts, parse_text
from game.dialogue.model import BEHAVIOURS
from game.loop import STEP
from game.paths import default_paths
from game.scenes.dialogue import DialogueScene
from game.world.acts import Troupe
from game.world.entities import Actor, Npc, Occupancy
from game.world.mapdata import load_map
from game.world.scene import WorldScene

ROOT = Path(__file__).resolve().parent.parent
HERO, ACTOR, CHILD, GROWN_UP = (42, 14), (45, 14), (46, 15), (48, 14)


def _distance(a: tuple[int, int], b: tuple[int, int]) -> int:
    return abs(a[0] - b[0]) + abs(a[1] - b[1])


def street_troupe(actor_role: str) -> tuple[Troupe, Actor, Npc, Npc, Npc]:
    world = Occupancy(load_map(ROOT / "maps" / "streets.tmx"))
    hero = Actor(tile=HERO, facing="right")
    world.claim(HERO, hero)
    people = []
    for tile, role, person in ((ACTOR, actor_role, "actor"), (CHILD, "child", "kid"),
                               (GROWN_UP, "passerby", "mother")):
        npc = Npc(tile=tile, id=person, role=role, facing="down")
        world.claim(tile, npc)
        people.append(npc)
    troupe = Troupe.for_map(world, hero, people, random.Random(1))
    return troupe, hero, *people


def play(troupe: Troupe, seconds: float, watch: Npc, facing: str = "down") -> set[str]:
    """Run the troupe; what was seen of ``watch``: poses, and whether it moved or turned
    (from ``facing``, the way it faced before it acted)."""
    seen: set[str] = set()
    start = watch.tile
    for _ in range(round(seconds * 60)):
        troupe.update(STEP)
        for person in (troupe.hero, *troupe.npcs):
            person.advance(troupe.world, STEP)
        if watch.pose:
            seen.add(f"pose:{watch.pose}")
        if watch.running and watch.moving:
            seen.add("run")
        if watch.emote is not None:
            seen.add(f"emote:{watch.emote.name}")
        if watch.shake > 0:
            seen.add("shake")
    if watch.tile != start:
        seen.add("moved")
    if watch.facing != facing:
        seen.add("turned")
    return seen


@pytest.mark.parametrize("does", sorted(set(BEHAVIOURS) - {"ignore"}))
def test_every_behaviour_is_seen(does: str) -> None:
    role = "child" if does in ("cry", "cry_and_run", "hide_behind_parent", "show_trick") \
        else "passerby"
    troupe, _, actor, _, _ = street_troupe(role)
    troupe.perform(actor, does)
    seen = play(troupe, 4.0, actor)
    assert seen - {f"emote:{n}" for n in ("nod", "bow", "smile", "question", "stare")}, (
        f"`{does}` showed nothing but an icon: {seen}")


def test_ignore_changes_nothing() -> None:
    troupe, _, actor, _, _ = street_troupe("passerby")
    troupe.perform(actor, "ignore")
    assert play(troupe, 1.0, actor) == set()


def test_a_frightened_child_cries_then_runs_and_hides_behind_a_grown_up() -> None:
    troupe, hero, kid, _, mother = street_troupe("child")
    troupe.perform(kid, "cry_and_run")
    seen = play(troupe, 5.0, kid)
    assert {"pose:cry", "run", "moved"} <= seen, seen
    assert _distance(kid.tile, mother.tile) == 1 or _distance(kid.tile, troupe.npcs[1].tile) == 1
    assert any(pose.startswith("pose:hide_") for pose in seen), seen


def test_a_passer_by_crosses_away_and_another_draws_the_child_in() -> None:
    troupe, hero, walker, kid, _ = street_troupe("passerby")
    before = _distance(walker.tile, hero.tile)
    troupe.perform(walker, "cross_street")
    play(troupe, 4.0, walker)
    assert _distance(walker.tile, hero.tile) >= before + 3
    troupe, hero, mother, kid, _ = street_troupe("passerby")
    troupe.perform(mother, "pull_child_close")
    seen = play(troupe, 3.0, mother)
    assert _distance(kid.tile, mother.tile) == 1
    assert any(pose.startswith("pose:reach_") for pose in seen), seen


def test_looking_away_turns_from_him() -> None:
    troupe, hero, walker, _, _ = street_troupe("passerby")
    troupe.perform(walker, "look_away")
    play(troupe, 0.5, walker)
    assert walker.facing == "right"  # he is to the left


# --- scenes move people ---------------------------------------------------------------------

SCENE = """
scenes:
  test_come:
    nodes:
      start:
        - walk: {who: child_3, to: hero}
        - turn: {who: child_3, to: hero}
        - {id: test_come.1, speaker: child_3, text: "Mister.", does: nod}
        - act: {who: child_3, does: cry, wait: true}
        - walk: {who: child_3, to: start, wait: false}
        - {id: test_come.2, speaker: hero, text: "She cried, and went."}
"""


def test_a_scene_walks_a_person_to_him_and_the_box_waits() -> None:
    app = App(Options(frames=1, sound=False, scale=1, seed=2, map="streets"), default_paths())
    try:
        app.start()
        parsed, problems = parse_text(SCENE, "test_come.yaml")
        assert problems == []
        content = app.session.engine.content
        content.scenes["test_come"] = parsed.scenes[0]
        index_texts(content)
        world = app.scenes.find(WorldScene)
        assert world is not None
        child = next(n for n in world.npcs if n.id == "child_3")
        hero = app.session.player
        far = _distance(child.tile, hero.tile)
        assert far > 3
        app.director.start_scene("test_come")
        box = app.scenes.top
        assert isinstance(box, DialogueScene)
        waited = 0
        for _ in range(60 * 20):
            app.step(STEP)
            if not box.staged:
                break
            waited += 1
        assert waited > far * 6, "the box did not wait for her walk"
        assert _distance(child.tile, hero.tile) == 1
        assert child.facing == {(1, 0): "left", (-1, 0): "right", (0, 1): "up",
                                (0, -1): "down"}[(child.tile[0] - hero.tile[0],
                                                  child.tile[1] - hero.tile[1])]
        assert box.event.text == "Mister."
        assert child.pose == "nod"  # the line's `does`, acted as it shows
        box.advance()
        box.advance()  # past the line: the act she is waited for
        app.step(STEP)
        assert box.staged and child.pose == "cry", "the box waits while she cries"
        for _ in range(60 * 10):
            app.step(STEP)
            if not box.staged and box.event.text.startswith("She cried"):
                break
        assert box.event.text == "She cried, and went."
        for _ in range(60):
            app.step(STEP)
        assert child.path or child.moving or _distance(child.tile, hero.tile) > 1, \
            "the walk without wait goes on during the talk"
    finally:
        pygame.quit()


# --- one voice at a time -------------------------------------------------------------------


def test_bubbles_never_cover_each_other_or_a_face() -> None:
    app = App(Options(frames=1, sound=False, scale=2, seed=2, map="streets"), default_paths())
    try:
        app.start()
        world = app.scenes.find(WorldScene)
        assert world is not None
        hero = app.session.player
        near = sorted(world.npcs, key=lambda n: _distance(n.tile, hero.tile))[:5]
        for index, npc in enumerate(near):
            world.say(npc, f"Line number {index}, long enough to wrap a little, perhaps.")
        world.say(hero, "And mine, which is a thought.")
        world.notice_gap = 1e9
        app.draw()
        faces = world._face_rects(world.renderers[app.session.map_id])
        rects = [b.rect for b in world.bubbles if b.shown and b.rect is not None]
        assert len(rects) >= 3
        for index, rect in enumerate(rects):
            assert rect.collidelist(rects[:index] + rects[index + 1:]) < 0
            assert rect.collidelist(faces) < 0
        assert any(b.thought for b in world.bubbles if b.actor is hero)
        waiting = [b for b in world.bubbles if not b.shown]
        time_left = [b.time_left for b in waiting]
        for _ in range(30):
            app.step(STEP)
        assert [b.time_left for b in waiting] == time_left, "a waiting bubble lost time"
    finally:
        pygame.quit()


def test_the_act_rows_are_the_art_s() -> None:
    """The engine's table of act rows is the one tools/make_sprites.py writes."""
    import yaml

    from game.world.acts import ACT_ROWS

    rows = yaml.safe_load((ROOT / "assets" / "sprites" / "acts.yaml").read_text("utf-8"))
    assert {r["name"]: (r["row"], r["frames"], r["play"] == "loop", r["fps"]) for r in rows} \
        == {name: (a.row, a.frames, a.loop, a.fps) for name, a in ACT_ROWS.items()}


STEER = """
scenes:
  test_steer:
    nodes:
      start:
        - walk: {who: hero, to: from_home}
        - {id: test_steer.1, speaker: hero, text: "He steered me there."}
"""


def test_a_scene_walks_the_hero_himself() -> None:
    app = App(Options(frames=1, sound=False, scale=1, seed=2, map="streets"), default_paths())
    try:
        app.start()
        parsed, problems = parse_text(STEER, "test_steer.yaml")
        assert problems == []
        content = app.session.engine.content
        content.scenes["test_steer"] = parsed.scenes[0]
        index_texts(content)
        goal = app.session.maps["streets"].spawns["from_home"].tile
        hero = app.session.player
        app.director.start_scene("test_steer")
        box = app.scenes.top
        assert isinstance(box, DialogueScene)
        for _ in range(60 * 30):
            app.step(STEP)
            if not box.staged:
                break
        assert _distance(hero.tile, goal) <= 2, (hero.tile, goal)
        assert box.event.text == "He steered me there."
    finally:
        pygame.quit()


def test_every_behaviour_the_data_may_name_has_an_act() -> None:
    from game.world.acts import ACTS

    assert set(ACTS) == set(BEHAVIOURS) - {"ignore"}
