"""The window keeps the picture centred and crisp at any size: whole-number scales only."""

from __future__ import annotations

import pygame
import pytest

from game.app import App, Options
from game.display import LOGICAL_SIZE, scale_for
from game.paths import default_paths


@pytest.mark.parametrize(("size", "scale"), [
    ((640, 360), 1), ((1279, 719), 1), ((1280, 720), 2), ((1300, 900), 2),
    ((1920, 1080), 3), ((2560, 1440), 4), ((3000, 700), 1), ((300, 200), 1),
])
def test_scale_is_the_largest_whole_number_that_fits(size, scale) -> None:
    assert scale_for(size) == scale


def test_a_resized_window_is_redrawn_centred_at_the_new_scale(tmp_path) -> None:
    app = App(Options(frames=1, sound=False, scale=2, map="streets"), default_paths())
    app.start()
    app.draw()
    assert app.display.viewport == pygame.Rect(0, 0, 1280, 720)
    pygame.display.set_mode((1100, 650), pygame.RESIZABLE)  # the player drags the edge
    app.display.resized((1100, 650))
    app.display_changed()
    app.draw()
    viewport = app.display.viewport
    assert app.display.scale == 1
    assert viewport.size == LOGICAL_SIZE
    assert viewport.center == (550, 325)
    surface = app.display.surface
    assert surface.get_at((5, 5))[:3] == (0, 0, 0), "the margin is black"
    corner = surface.get_at((viewport.x + 2, viewport.y + 2))[:3]
    assert corner != (0, 0, 0), "the picture fills its centred viewport"
    pygame.quit()
