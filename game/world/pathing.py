"""Finding a way on the tile grid: round walls and, unless told otherwise, round people.

Only the grid is read here (its walls, and which tiles people hold), so the people
(entities.py) and the street's manners (crowd.py) can both use it.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Collection, Iterable
from typing import Protocol

Tile = tuple[int, int]
NEIGHBOURS = ((1, 0), (-1, 0), (0, 1), (0, -1))
PATH_LIMIT = 900  # tiles a search may visit: a few screens of street


class Walls(Protocol):
    def is_blocked(self, x: int, y: int) -> bool: ...


class Grid(Protocol):
    """What a search reads of the world: its map's walls and the tiles people hold."""

    @property
    def map(self) -> Walls: ...

    @property
    def held(self) -> Collection[Tile]: ...

    def free(self, tile: Tile) -> bool: ...


def around(tile: Tile) -> Iterable[Tile]:
    x, y = tile
    return ((x + dx, y + dy) for dx, dy in NEIGHBOURS)


def find_path(world: Grid, start: Tile, goals: Iterable[Tile], *,
              through_people: bool = False, limit: int = PATH_LIMIT) -> list[Tile] | None:
    """The tiles of a shortest walk from ``start`` to the nearest of ``goals`` (start
    left out), round walls and, unless ``through_people``, round people. None: no way."""
    wanted = set(goals)
    if not wanted:
        return None
    if start in wanted:
        return []
    came: dict[Tile, Tile] = {start: start}
    queue = deque([start])
    data = world.map
    while queue and len(came) < limit:
        here = queue.popleft()
        for step in around(here):
            if step in came or data.is_blocked(*step):
                continue
            if not through_people and step in world.held and step not in wanted:
                continue
            came[step] = here
            if step in wanted:
                path = [step]
                while came[path[-1]] != start:
                    path.append(came[path[-1]])
                return path[::-1]
            queue.append(step)
    return None


def free_tiles_near(world: Grid, centre: Tile, radius: int,
                    avoid: frozenset[Tile] = frozenset()) -> list[Tile]:
    """Free tiles within ``radius`` steps of ``centre`` (not ``avoid``), nearest first."""
    found = []
    cx, cy = centre
    for r in range(1, radius + 1):
        for dx in range(-r, r + 1):
            for dy in (r - abs(dx), -(r - abs(dx))) if abs(dx) != r else (0,):
                tile = (cx + dx, cy + dy)
                if world.free(tile) and tile not in avoid:
                    found.append(tile)
    return found
