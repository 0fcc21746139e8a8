"""Shortest walks over a tile grid, for tests that play the game by walking."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

Tile = tuple[int, int]
NEIGHBOURS = ((1, 0), (-1, 0), (0, 1), (0, -1))


def shortest_path(start: Tile, goals: set[Tile],
                  passable: Callable[[Tile], bool]) -> list[Tile] | None:
    """Breadth-first: the fewest steps from start to any goal, or None."""
    came: dict[Tile, Tile | None] = {start: None}
    queue = deque([start])
    while queue:
        here = queue.popleft()
        if here in goals:
            path = [here]
            while came[path[-1]] is not None:
                path.append(came[path[-1]])  # type: ignore[arg-type]
            return path[::-1]
        for dx, dy in NEIGHBOURS:
            there = (here[0] + dx, here[1] + dy)
            if there not in came and passable(there):
                came[there] = here
                queue.append(there)
    return None
