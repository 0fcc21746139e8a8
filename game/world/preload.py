"""Maps drawn ahead of need, in the loop's spare time, so a door opens on the next place
at once: the current map and the maps behind its doors (on the title, the start map's).
A drawn map is kept, as every visited one is (the renderers are shared by the app), so
memory grows with the places seen nearby, not with the whole city at once.

A map's renderer (game/world/render.py: the parsed TMX, its tiles scaled, pyscroll's
buffer) takes 15 to 45 ms to make. The loop (game/loop.py) offers the time until its
next frame; one map is made when that time is longer than the last one took, and always
while the screen stands still (the title, a menu, a line waiting for a key), where a
frame's delay cannot be seen.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import pygame

from game.world.render import MapRenderer

log = logging.getLogger(__name__)

FIRST_GUESS_S = 0.04  # what a map costs before one was timed


def preload_order(maps: Mapping, current: str) -> list[str]:
    """Map ids: the current map, then those behind its exits (in the map's order)."""
    if current not in maps:
        return []
    order = [current, *(exit_.target_map for exit_ in maps[current].exits)]
    return list(dict.fromkeys(map_id for map_id in order if map_id in maps))


@dataclass(slots=True)
class MapPreloader:
    """Makes the renderers of the current map and its neighbours, one at a time, in the
    loop's spare time; it times each to know when the next fits."""

    renderers: dict[str, MapRenderer]  # the app's own (game.app.App.map_renderers)
    clock: Callable[[], float] = time.perf_counter
    cost: float = FIRST_GUESS_S  # how long the last map took
    failed: set[str] = field(default_factory=set)  # broken maps: the game says so on entry

    def missing(self, maps: Mapping, current: str) -> list[str]:
        return [map_id for map_id in preload_order(maps, current)
                if map_id not in self.renderers and map_id not in self.failed]

    def run(self, maps: Mapping, current: str, scale: int, viewport: pygame.Rect,
            until: float, *, still: bool) -> str | None:
        """Make one missing renderer if there is time (or the screen stands still);
        returns its map id."""
        if not still and self.clock() + self.cost > until:
            return None
        for map_id in self.missing(maps, current):
            started = self.clock()
            try:
                renderer = MapRenderer(maps[map_id].path)
                renderer.prepare(renderer.scale_for(scale, viewport), viewport)
            except (pygame.error, OSError, ValueError, KeyError, TypeError) as error:
                log.info("map %s not drawn ahead: %s", map_id, error)
                self.failed.add(map_id)
                continue
            self.renderers[map_id] = renderer
            self.cost = self.clock() - started
            return map_id
        return None
