"""The four ways an actor faces: the one list of facings, in sprite-sheet row order.

A map's spawn and NPC ``facing`` properties, a save's hero, the walk and the
sprite rows all read it here.
"""

from __future__ import annotations

# facing -> the step it means; the order is the rows of a character sheet
FACINGS: dict[str, tuple[int, int]] = {"down": (0, 1), "left": (-1, 0), "right": (1, 0),
                                       "up": (0, -1)}
OPPOSITE = {"down": "up", "up": "down", "left": "right", "right": "left"}
SHEET_ROWS = {facing: row for row, facing in enumerate(FACINGS)}
