"""A small room fills the window: a map that fits whole at a larger scale is drawn at the
largest whole scale up to twice the window's (MapRenderer.scale_for), the people, their
emotes and the lamplight with it; the street keeps the window's scale."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pygame
import pytest

from game.app import App, Options
from game.loop import STEP
from game.paths import default_paths
from game.scenes.dialogue import BOX, DialogueScene
from game.world.render import ROOM_ZOOM, MapRenderer
from game.world.scene import WorldScene

ROOT = Path(__file__).resolve().parent.parent
MAPS = ROOT / "maps"
EMOTE = sorted(p.stem for p in (ROOT / "assets" / "emotes").glob("*.png"))[0]


@pytest.fixture(scope="module")
def renderers() -> dict[str, MapRenderer]:
    pygame.display.init()
    pygame.display.set_mode((1280, 720))
    return {p.stem: MapRenderer(p) for p in sorted(MAPS.glob("*.tmx"))}


def test_each_map_takes_the_largest_scale_it_fits_at(renderers) -> None:
    window = pygame.Rect(0, 0, 1280, 720)
    for map_id, renderer in renderers.items():
        width, height = renderer.pixel_size
        scale = renderer.scale_for(2, window)
        assert 2 <= scale <= 2 * ROOM_ZOOM, map_id
        if scale > 2:  # it fits whole at that scale, and not one larger (within the cap)
            assert width * scale <= 1280 and height * scale <= 720, map_id
        if scale < 2 * ROOM_ZOOM:
            assert width * (scale + 1) > 1280 or height * (scale + 1) > 720, map_id
    # the shop of ten tiles by eight fills the window; the street, larger than it, does not
    assert renderers["tobacco"].scale_for(2, window) == 4
    assert renderers["hotel"].scale_for(2, window) == 3
    assert renderers["streets"].scale_for(2, window) == 2
    # the window's own scale is kept in a small window, and a room is zoomed from it
    small = pygame.Rect(0, 0, 640, 360)
    assert renderers["streets"].scale_for(1, small) == 1
    assert renderers["tobacco"].scale_for(1, small) == 2


@contextlib.contextmanager
def playing(map_id: str) -> Iterator[tuple[App, WorldScene]]:
    """A game started on `map_id`, its first frame drawn."""
    app = App(Options(map=map_id, sound=False, scale=2, seed=3), default_paths())
    try:
        app.start()
        app.draw()
        world = app.scenes.find(WorldScene)
        assert world is not None
        yield app, world
    finally:
        app.shutdown()


def hero_height(world: WorldScene) -> int:
    return hero_rect(world).height


def test_in_a_small_room_he_and_the_room_are_drawn_larger() -> None:
    with playing("streets") as (app, world):
        on_the_street = hero_height(world)
        assert world.renderers["streets"].scale == 2
        world.enter_map("tobacco", None, facing=None)
        world.fade_in = 0.0
        app.step(STEP)
        app.draw()
        renderer = world.renderers["tobacco"]
        assert renderer.scale == 4
        assert hero_height(world) == 2 * on_the_street
        # the room is in the middle of the window, whole, and larger than half of it
        area = renderer.area(app.display.viewport)
        assert app.display.viewport.contains(area)
        assert area.size == (renderer.pixel_size[0] * 4, renderer.pixel_size[1] * 4)
        assert area.width * area.height > 1280 * 720 // 3
        # the emote over his head, and where bubbles keep clear of faces, follow the room
        player = world.session.player
        player.show_emote(EMOTE)
        screen = app.display.surface
        [drawn] = world._draw_emotes(screen, renderer, [player])
        icon = app.assets.image(f"emotes/{EMOTE}.png", 1)
        assert drawn.size == (icon.get_width() * 4, icon.get_height() * 4)
        [face, over_the_emote] = world._face_rects(renderer, [player])
        assert face.height == 14 * 4 and over_the_emote.height == 18 * 4


def test_maps_drawn_ahead_are_ready_at_their_own_scale() -> None:
    app = App(Options(map="streets", sound=False, scale=2, seed=3, frames=1),
              default_paths())
    try:
        app.start()
        app.draw()
        while app.preloader is None or app.preloader.missing(app.world_data.maps,
                                                             app.session.map_id):
            app.spare_time(0.0, still=True)
        viewport = app.display.viewport
        for map_id, renderer in app.map_renderers.items():
            assert renderer.scale == renderer.scale_for(2, viewport), map_id
        assert app.map_renderers["tobacco"].scale == 4
    finally:
        app.shutdown()


def test_a_conversation_raises_a_small_room_above_its_box_and_lowers_it_after() -> None:
    with playing("tobacco") as (app, world):
        renderer = world.renderers["tobacco"]
        viewport = app.display.viewport
        centred = renderer.area(viewport)
        assert centred.center == viewport.center
        box = app.display.rect(*BOX)
        assert centred.bottom > box.top, "the box would cover the room's bottom"
        app.director.start_scene("opening")
        dialogue = app.scenes.top
        assert isinstance(dialogue, DialogueScene)
        heights = []
        for _ in range(40):  # about two thirds of a second
            app.step(STEP)
            app.draw()
            heights.append(renderer.area(viewport).top)
        assert heights == sorted(heights, reverse=True) and len(set(heights)) > 5, (
            "the room slides up, step by step")
        raised = renderer.area(viewport)
        assert raised.bottom <= box.top and raised.top >= viewport.top
        assert raised.x == centred.x  # only up
        assert hero_rect(world).bottom <= box.top, "he stands above the box"
        app.context.remove(dialogue)
        for _ in range(40):
            app.step(STEP)
            app.draw()
        assert renderer.area(viewport) == centred, "and back in the middle after"


def hero_rect(world: WorldScene) -> pygame.Rect:
    renderer = world.renderers[world.session.map_id]
    drawn = {d.key: d for d in world._drawables(renderer, [world.session.player])}
    return drawn[id(world.session.player)].rect
