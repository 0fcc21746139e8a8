"""A street that makes way: one occupancy for everybody, nobody boxes him in.

- From the bus stop to every door of the streets, with the streets full of walkers,
  the hero walking straight at his door (he goes round people at their posts, as
  anyone would, but not round walkers: they make way) gets there in good time.
- One who stands at a post (the girl at her till) is not pushed off it: he can walk
  up to her and talk; boxed in, though, even she makes way, and goes back later.
- A property test: whatever the people do, no two ever hold one tile, and every
  person holds the tile they stand on.
"""

from __future__ import annotations

import random
from pathlib import Path

import pygame
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pathing import shortest_path

from game.app import App, Options
from game.loop import STEP
from game.paths import default_paths
from game.world import crowd
from game.world.entities import Actor, Npc, Occupancy
from game.world.mapdata import MapData, load_map
from game.world.scene import WorldScene

ROOT = Path(__file__).resolve().parent.parent
KEYS = {(1, 0): "move_right", (-1, 0): "move_left", (0, 1): "move_down", (0, -1): "move_up"}
EXTRA_WALKERS = 40
FRAMES_PER_TILE = 12  # 5 tiles a second at 60 steps a second
SLACK = 4  # times the free walk's frames he may take in the crowd (and 10 s besides)


def _streets() -> MapData:
    return load_map(ROOT / "maps" / "streets.tmx")


def _walkable(data: MapData) -> list[tuple[int, int]]:
    return [(x, y) for y in range(data.height) for x in range(data.width)
            if not data.is_blocked(x, y)]


def crowd_the_street(world: WorldScene, rng: random.Random, count: int) -> None:
    """More walkers, each on a route of a few places of the street."""
    data = world.map
    tiles = _walkable(data)
    clear = crowd.keep_clear(data)
    for index in range(count):
        start = rng.choice([t for t in tiles if world.world.free(t) and t not in clear])
        route = [rng.choice(tiles) for _ in range(3)]
        npc = Npc(tile=start, sheet="man", id=f"crowd_{index}", role="passerby",
                  behaviour="walk", route=route, speed=2.4)
        world.world.claim(start, npc)
        world.npcs.append(npc)


def started(face: str, seed: int) -> App:
    app = App(Options(frames=1, sound=False, scale=1, seed=seed, map="streets", face=face),
              default_paths())
    app.start()
    return app


def walk_straight_to(app: App, goals: set[tuple[int, int]], deadline: int) -> int:
    """Step by step along a path round walls and people at their posts (not round
    walkers), replanned at every tile: the key is held until the step begins (into a
    walker, it stays held: they must make way), then let go. Returns the frames it
    took; fails past the deadline."""
    world = app.scenes.find(WorldScene)
    assert world is not None
    data, player = world.map, app.session.player
    frames = 0

    def tick() -> None:
        nonlocal frames
        assert frames < deadline, f"stuck at {player.tile} on the way to {sorted(goals)}"
        if app.scenes.top is not world:  # a conversation a reaction began: let it pass
            for action in ("act", "cancel"):
                app.dispatch(app.input.inject(action, True))
                app.step(STEP)
                app.dispatch(app.input.inject(action, False))
        app.step(STEP)
        frames += 1
        if frames % 30 == 0:
            app.draw()

    while app.session.map_id == "streets":
        if player.tile in goals or player.moving:
            tick()
            continue
        # round walls and people standing at their posts; walkers must make way
        posts = {n.tile for n in world.npcs if n.behaviour != "walk"}
        path = shortest_path(player.tile, goals, lambda t, posts=posts: t in goals or (
            not data.is_blocked(*t) and t not in posts))
        assert path is not None and len(path) > 1, f"no way from {player.tile}"
        key = KEYS[(path[1][0] - path[0][0], path[1][1] - path[0][1])]
        app.dispatch(app.input.inject(key, True))
        while not player.moving and app.session.map_id == "streets":
            tick()
        app.input.inject(key, False)
    return frames


DOORS = [(e.target_map, tuple(sorted(e.tiles))) for e in _streets().exits]


@pytest.mark.parametrize(("target", "tiles"), DOORS, ids=[d[0] for d in DOORS])
def test_from_the_bus_stop_to_every_door_through_a_crowd(target: str, tiles) -> None:
    app = started("bandages", seed=7)
    try:
        world = app.scenes.find(WorldScene)
        assert world is not None
        crowd_the_street(world, random.Random(target), EXTRA_WALKERS)
        data = world.map
        posts = {n.tile for n in world.npcs if n.behaviour != "walk"}
        free_walk = shortest_path(app.session.player.tile, set(tiles),
                                  lambda t: t in tiles or (not data.is_blocked(*t)
                                                           and t not in posts))
        assert free_walk is not None
        deadline = len(free_walk) * FRAMES_PER_TILE * SLACK + 600
        walk_straight_to(app, set(tiles), deadline)
        assert app.session.map_id == target or app.session.map_id != "streets"
    finally:
        pygame.quit()


# --- no two people on one tile ---------------------------------------------------------------


def _check(world: Occupancy, people: list[Actor]) -> None:
    held: dict[tuple[int, int], Actor] = {}
    for person in people:
        for tile in (person.tile, person.target):
            if tile is None:
                continue
            assert held.get(tile, person) is person, f"two people on {tile}"
            held[tile] = person
            assert world.held.get(tile) is person, f"{tile} not held by who stands there"
    assert set(world.held) == set(held), "a tile held by nobody standing there"


MOVES = st.lists(st.tuples(st.integers(0, 11), st.sampled_from(sorted(KEYS)),
                           st.sampled_from(["step", "push", "aside", "wait"])),
                 min_size=1, max_size=120)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 10_000), moves=MOVES)
def test_no_two_people_ever_hold_one_tile(seed: int, moves) -> None:
    data = _streets()
    world = Occupancy(data)
    rng = random.Random(seed)
    tiles = [t for t in _walkable(data) if 30 <= t[0] <= 52 and 8 <= t[1] <= 22]
    spots = rng.sample(tiles, 12)
    hero = Actor(tile=spots[0])
    world.claim(hero.tile, hero)
    people: list[Actor] = [hero]
    clear = crowd.keep_clear(data)
    for index, tile in enumerate(spots[1:]):
        npc = Npc(tile=tile, id=f"p{index}", role="passerby", behaviour="walk",
                  route=[rng.choice(tiles), rng.choice(tiles)])
        world.claim(tile, npc)
        people.append(npc)
    for who, (dx, dy), what in moves:
        person = people[who % len(people)]
        if what == "step" and not person.moving:
            person.start_step(world, dx, dy)
        elif what == "push" and isinstance(person, Npc):
            crowd.make_way(world, person, hero, clear)
        elif what == "aside" and isinstance(person, Npc):
            crowd.step_aside(world, person, hero, clear)
        for _ in range(4 if what == "wait" else 1):
            for other in people:
                if isinstance(other, Npc):
                    other.think(world, rng, 1 / 15)
                other.advance(world, 1 / 15)
        _check(world, people)


def test_one_at_a_post_stays_unless_he_is_boxed_in() -> None:
    app = started("bandages", seed=3)
    try:
        world = app.scenes.find(WorldScene)
        assert world is not None
        # one at a post: the usher at the cinema (the shopgirl is in her shop now)
        girl = next(n for n in world.npcs if n.id == "usher")
        hero = app.session.player
        x, y = girl.tile
        below = (x, y + 1)
        hero.place(world.world, below, "up")
        app.dispatch(app.input.inject("move_up", True))
        for _ in range(60):
            app.step(STEP)
        app.input.inject("move_up", False)
        assert girl.tile == (x, y), "the usher was pushed off his post"
        # now box him in: walls or people on every other side
        others = [n for n in world.npcs if n.behaviour == "walk"][:3]
        for npc, tile in zip(others, ((x - 1, y + 1), (x + 1, y + 1), (x, y + 2)),
                             strict=False):
            if world.world.free(tile):
                npc.place(world.world, tile)
                npc.behaviour, npc.route = "stand", []
        boxed = not any(world.world.free(t) for t in ((x - 1, y + 1), (x + 1, y + 1),
                                                      (x, y + 2)))
        app.dispatch(app.input.inject("move_up", True))
        for _ in range(60):
            app.step(STEP)
        app.input.inject("move_up", False)
        if boxed:
            assert hero.tile != below or girl.tile != (x, y), "boxed in, nobody made way"
        for npc in others:  # the crowd moves on, and so does he
            npc.behaviour = "walk"
            npc.route = [npc.tile, (npc.tile[0], npc.tile[1] + 4)]
        away = next(t for t in ((x, y + 6), (x + 6, y + 3), (x - 6, y + 3))
                    if world.world.free(t))
        hero.place(world.world, away)
        for _ in range(600):
            app.step(STEP)
            if girl.tile == (x, y):
                break
        assert girl.tile == (x, y), "he did not go back to his post"
    finally:
        pygame.quit()
