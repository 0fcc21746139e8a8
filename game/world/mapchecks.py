"""Every check of a set of loaded maps, in one place: the map file's own checks
(mapdata.py) and where people may stand (crowd.py)."""

from __future__ import annotations

from collections.abc import Collection

from game.diagnostics import Diagnostic, Report
from game.world.crowd import check_standing
from game.world.mapdata import (
    MapData,
    check_default_spawn,
    check_exit_targets,
    check_interacts,
    check_npcs,
    check_reachable,
    check_routes,
    check_unique_ids,
)


def check_maps(
    maps: dict[str, MapData], known_scenes: Collection[str] | None = None,
    roles: Collection[str] | None = None,
) -> list[Diagnostic]:
    """Every problem in a set of loaded maps, each with its file position; ``roles`` are
    the cast's (None: an NPC's role is not checked against them)."""
    report = Report()
    for data in maps.values():
        report.extend(data.diagnostics)
        check_default_spawn(data, report)
        check_exit_targets(data, maps, report)
        check_npcs(data, report, roles)
        check_routes(data, report)
        check_reachable(data, report)
        check_interacts(data, report, known_scenes)
        check_standing(data, report)
    check_unique_ids(maps, report)
    return report.sorted()
