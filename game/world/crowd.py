"""A street that makes way: where nobody may stop, finding a way round, yielding.

The hero and the people share one ``Occupancy`` (entities.py): a tile is held by at
most one person, and a person holds the tile they stand on and the one they step
into. On top of that this module decides *where* people may stand still (never on a
door, an exit, a one-tile passage or the tile in front of something he must use),
finds paths round people and walls, and makes whoever stands in the hero's way move,
so being boxed in cannot happen: when nobody can step aside, the person he pushes
against changes places with him.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.diagnostics import Report

if TYPE_CHECKING:
    from game.world.entities import Actor, Npc, Occupancy
    from game.world.mapdata import MapData

from game.world.pathing import Tile
from game.world.pathing import around as _around


def keep_clear(data: MapData) -> frozenset[Tile]:
    """Tiles where nobody may stop: exits and the tile before each, spawns (where he
    arrives), what he must use and the tiles he uses it from, and one-tile passages."""
    free = lambda t: not data.is_blocked(*t)  # noqa: E731
    tiles: set[Tile] = set()
    for exit_ in data.exits:
        tiles |= exit_.tiles
        tiles |= {n for t in exit_.tiles for n in _around(t) if free(n)}
    tiles |= {spawn.tile for spawn in data.spawns.values()}
    for thing in data.objects:
        tiles |= thing.tiles
        tiles |= {n for t in thing.tiles for n in _around(t) if free(n)}
    tiles |= {(x, y) for y in range(data.height) for x in range(data.width)
              if narrow(data, (x, y))}
    return frozenset(t for t in tiles if free(t))


def narrow(data: MapData, tile: Tile) -> bool:
    """A walkable tile of a corridor one tile wide (walls on two opposite sides)."""
    x, y = tile
    if data.is_blocked(x, y):
        return False
    walls_x = data.is_blocked(x - 1, y) and data.is_blocked(x + 1, y)
    walls_y = data.is_blocked(x, y - 1) and data.is_blocked(x, y + 1)
    return walls_x != walls_y  # not a lone gap between pillars, open on all sides


def step_aside(world: Occupancy, npc: Npc, hero: Actor, clear: frozenset[Tile]) -> bool:
    """Step off the hero's line, to the side away from him when it can; never onto a
    tile nobody may stop on when another will do. Returns whether a step began."""
    if npc.moving:
        return False
    hx, hy = hero.facing_tile() if hero.moving else hero.tile
    dx, dy = npc.tile[0] - hx, npc.tile[1] - hy
    # perpendicular to the way from him to us first, then straight away from him
    if abs(dx) >= abs(dy):
        options = [(0, 1), (0, -1), ((dx > 0) - (dx < 0) or 1, 0)]
    else:
        options = [(1, 0), (-1, 0), (0, (dy > 0) - (dy < 0) or 1)]
    options.sort(key=lambda o: (npc.tile[0] + o[0], npc.tile[1] + o[1]) in clear)
    for ox, oy in options:
        target = (npc.tile[0] + ox, npc.tile[1] + oy)
        if target == hero.tile or target == getattr(hero, "target", None):
            continue
        if npc.start_step(world, ox, oy):
            return True
    return False


def make_way(world: Occupancy, npc: Npc, hero: Actor, clear: frozenset[Tile]) -> bool:
    """The hero pushes against ``npc``: they step aside, or, boxed in themselves, change
    places with him. Returns whether the way is (being) made."""
    if npc.moving:
        return True
    facing = npc.facing
    if step_aside(world, npc, hero, clear):
        npc.path.clear()
        return True
    if hero.moving:
        return False
    npc_tile, hero_tile = npc.tile, hero.tile
    world.release(npc_tile, npc)
    world.release(hero_tile, hero)
    npc.place(world, hero_tile, facing)
    hero.place(world, npc_tile)
    return True


def check_standing(data: MapData, report: Report) -> None:
    """M036: a person placed standing where nobody may stop (they would block him)."""
    clear = keep_clear(data)
    exits = {t for e in data.exits for t in e.tiles}
    standing = {n.tile for n in data.npcs if n.behaviour != "walk"}
    # something he must use is blocked when every tile he could use it from is taken
    # (one of a sign's three sides taken still leaves him two)
    shut: set[Tile] = set()
    for thing in data.objects:
        fronts = {n for t in thing.tiles for n in (t, *_around(t))
                  if not data.is_blocked(*n)}
        if fronts and fronts <= standing:
            shut |= fronts
    for npc in data.npcs:
        if npc.behaviour == "walk" or npc.tile not in clear:
            continue
        tile = npc.tile
        if tile in exits or any(n in exits for n in _around(tile)):
            what = "on or in front of an exit"
        elif tile in shut:
            what = "in front of something he must use"
        elif tile in {s.tile for s in data.spawns.values()}:
            what = "on a spawn, where he arrives"
        elif narrow(data, tile):
            what = "in a passage one tile wide"
        else:
            continue  # beside a thing he can still use from another side
        report.warning("M036", data.path, npc.line, npc.column,
                       f"`{npc.id}` stands {what} at {tile[0]},{tile[1]} and would block "
                       "the way", "move them a tile to the side, or give them a route")
