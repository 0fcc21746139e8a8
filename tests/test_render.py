"""Drawing only what changed (game/world/render.py, App.draw): while the camera stands,
a frame drawn again only where people moved, bubbles and emotes came and went, is the
same, pixel for pixel, as the whole frame; what the window is told to show covers every
pixel that changed; and anything over the street (a menu, a note, a fade, a darkened
room) makes the next frame whole."""

from __future__ import annotations

import pygame
import pytest

from game.app import App, Options
from game.dialogue.runner import ChoiceEvent, LineEvent, Option
from game.loop import STEP
from game.paths import default_paths
from game.scenes.dialogue import BOX, DialogueScene
from game.scenes.pause import PauseScene
from game.world.entities import Npc
from game.world.render import merged
from game.world.scene import WorldScene


@pytest.fixture
def game():
    app = App(Options(map="streets", sound=False, scale=2, seed=5), default_paths())
    app.start()
    yield app
    app.shutdown()


def world_of(app: App) -> WorldScene:
    world = app.scenes.find(WorldScene)
    assert world is not None
    return world


def add_walkers(world: WorldScene, count: int) -> None:
    """People walking to and fro around him, in view: along the street and across it."""
    px, py = world.session.player.tile
    added = 0
    for dy in (-6, -5, -4, -3, 2, 3, 4, 5, 6):  # not on his row: he walks along it
        for dx in range(-14, 15, 3):
            tile = (px + dx, py + dy)
            other = (tile[0] + 2, tile[1]) if added % 2 else (tile[0], tile[1] + 2)
            if added == count or not (world.world.free(tile) and world.world.free(other)):
                continue
            npc = Npc(tile=tile, sheet="man", speed=2.4, id=f"walker_{added}",
                      role="passerby", behaviour="walk", route=[tile, other])
            world.world.claim(tile, npc)
            world.npcs.append(npc)
            added += 1


def shown_rects(monkeypatch: pytest.MonkeyPatch) -> list:
    """What App.draw tells the window to show: a list of rects, or None for the whole."""
    shown: list = []
    update, flip = pygame.display.update, pygame.display.flip
    monkeypatch.setattr(pygame.display, "update",
                        lambda rects=None: (shown.append(list(rects)), update(rects)))
    monkeypatch.setattr(pygame.display, "flip", lambda: (shown.append(None), flip()))
    return shown


def whole_frame(app: App) -> pygame.Surface:
    """The frame drawn whole, as if the window held nothing."""
    app._shown = None
    app.draw()
    return app.display.surface.copy()


def same(a: pygame.Surface, b: pygame.Surface) -> bool:
    return pygame.image.tobytes(a, "RGB") == pygame.image.tobytes(b, "RGB")


def changed_pixels_outside(before: pygame.Surface, after: pygame.Surface,
                           rects: list[pygame.Rect]) -> int:
    """How many pixels differ between two frames outside `rects`."""
    a, b = before.copy(), after.copy()
    for rect in rects:
        a.fill((0, 0, 0), rect)
        b.fill((0, 0, 0), rect)
    mask = pygame.mask.from_threshold(a, (0, 0, 0), (1, 1, 1, 255), b, 1)
    return a.get_width() * a.get_height() - mask.count()


def next_frame_checked(game: App, shown: list, previous: pygame.Surface, frame: int
                       ) -> tuple[pygame.Surface, bool]:
    """One step and one frame: it must be the whole frame, pixel for pixel, and when it
    was shown in part, what was shown must cover every pixel that changed. Returns the
    whole frame and whether it was shown in part."""
    game.step(STEP)
    game.draw()
    drawn = game.display.surface.copy()
    rects = shown[-1]
    whole = whole_frame(game)
    assert same(drawn, whole), f"frame {frame}: the redrawn frame is not the whole one"
    if rects is not None:
        outside = changed_pixels_outside(previous, whole, rects)
        assert outside == 0, f"frame {frame}: {outside} changed pixels not shown"
    return whole, rects is not None


def test_a_frame_drawn_where_it_changed_is_the_whole_frame(
        game: App, monkeypatch: pytest.MonkeyPatch) -> None:
    world = world_of(game)
    assert world.banner_time > 0, "the place's name shows on arrival, over the street"
    add_walkers(world, 12)
    shown = shown_rects(monkeypatch)
    player = world.session.player
    start = player.tile
    npcs = [n for n in world.npcs if n.id.startswith("walker_")]
    partial = 0
    previous = whole_frame(game)
    for frame in range(150):
        if frame == 20:  # somebody speaks, somebody cries
            world.say(npcs[0], "A bubble over the street.")
            npcs[1].show_emote("cry")
        if frame == 40:  # one is somewhere else at once (a scene's `walk` may do that)
            free = [(x, y) for x in range(40, 50) for y in range(14, 24)
                    if world.world.free((x, y))]
            npcs[2].place(world.world, free[-1])
        if frame == 100:  # a chapter's card over the street
            world.card_chapter, world.card_time = 1, 1.0
        if frame == 60:  # he walks a little: the camera moves, then stops again
            game.input.inject("move_right", True)
        if frame == 75:
            game.input.release_all()
        previous, drawn_in_part = next_frame_checked(game, shown, previous, frame)
        partial += drawn_in_part
    assert player.tile != start, "he did not walk: the camera never moved"
    assert partial >= 100, f"only {partial} of 150 frames were drawn in part"


def test_a_long_run_of_partial_frames_ends_on_the_whole_picture(game: App) -> None:
    world = world_of(game)
    world.banner_time = 0.0
    add_walkers(world, 10)
    for frame in range(400):
        if frame % 90 == 10:
            world.say(world.npcs[frame % len(world.npcs)], "Another word in passing.")
        game.step(STEP)
        game.draw()
    drawn = game.display.surface.copy()
    assert same(drawn, whole_frame(game))


def test_what_covers_the_street_makes_the_next_frame_whole(
        game: App, monkeypatch: pytest.MonkeyPatch) -> None:
    world = world_of(game)
    shown = shown_rects(monkeypatch)
    world.banner_time = 0.0
    for _ in range(3):
        game.step(STEP)
        game.draw()
    assert shown[-1] is not None, "a standing street is not drawn in part"
    game.notify("Saved.")  # a note in the corner: whole frames while it shows
    game.step(STEP)
    game.draw()
    assert shown[-1] is None
    game.toasts.items.clear()
    game.draw()
    assert shown[-1] is None, "the frame after the note went was not whole"
    game.draw()
    assert shown[-1] is not None
    assert world.session is not None
    game.context.push(PauseScene(game.context, world.session))
    game.draw()
    assert shown[-1] is None
    game.context.remove(game.scenes.top)
    game.draw()
    assert shown[-1] is None, "the frame after the menu closed was not whole"
    world.fade_in = 0.2
    game.draw()
    game.step(STEP)
    world.fade_in = 0.0
    game.draw()
    assert shown[-1] is None, "the frame after a fade was not whole"
    game.pump()
    pygame.event.post(pygame.event.Event(pygame.WINDOWEXPOSED))
    game.pump()
    game.draw()
    assert shown[-1] is None, "an uncovered window was not shown whole"


def test_a_save_thumbnail_does_not_leave_the_window_drawn_in_part(game: App) -> None:
    world = world_of(game)
    world.banner_time = 0.0
    add_walkers(world, 8)
    for _ in range(5):
        game.step(STEP)
        game.draw()
    game._thumbnail()  # the world drawn into another surface
    for _ in range(3):
        game.step(STEP)
        game.draw()
        drawn = game.display.surface.copy()
        assert same(drawn, whole_frame(game))


def test_merged_rects_cover_the_same_and_do_not_overlap() -> None:
    rects = [pygame.Rect(0, 0, 10, 10), pygame.Rect(5, 5, 10, 10), pygame.Rect(40, 40, 5, 5),
             pygame.Rect(12, 0, 30, 3), pygame.Rect(100, 0, 1, 1)]
    out = merged(rects)
    for index, rect in enumerate(out):
        assert rect.collidelist(out[index + 1:]) < 0
    for rect in rects:
        assert any(o.contains(rect) for o in out)
    assert len(out) == 3


@pytest.mark.parametrize("map_id", ["tobacco", "home"])
def test_a_room_smaller_than_the_window_is_drawn_in_part_right(
        map_id: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A small room sits in black: partial frames keep the black, under its banner
    (which may stand over the black) and under a conversation's box, wider than the
    room, which go back to black where they were over it."""
    app = App(Options(map=map_id, sound=False, scale=2, seed=2), default_paths())
    app.start()
    try:
        world = world_of(app)
        shown = shown_rects(monkeypatch)
        npc = next((n for n in world.npcs), None)
        area = app.map_renderers[map_id].area(app.display.viewport)
        assert not area.contains(app.display.rect(*BOX)), "the box reaches over the black"
        partial = {"walk": 0, "talk": 0}
        previous = whole_frame(app)
        for frame in range(400):  # the banner shows 2.5 s (150 frames)
            if npc is not None and frame == 160:
                world.say(npc, "A word across the counter.")
                npc.show_emote("look_away")
            if frame == 200:  # a chapter's card, wider than the room, then gone at once
                world.card_chapter, world.card_time = 1, 1.0
            if frame == 220:
                world.card_time = 0.0
            if frame == 250:
                app.director.start_scene("opening")  # three lines, then a notebook
            if frame > 250 and frame % 45 == 0:
                for pressed in (True, False):
                    event = app.input.inject("act", pressed)
                    if event is not None:
                        app.dispatch(event)
            previous, drawn_in_part = next_frame_checked(app, shown, previous, frame)
            partial["walk" if frame < 250 else "talk"] += drawn_in_part
        assert partial["walk"] >= 90 and partial["talk"] >= 100, partial
    finally:
        app.shutdown()


def test_a_dark_room_is_drawn_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    """The cinema's lamps sway and its darkness lies over everyone: every frame whole."""
    app = App(Options(map="cinema", sound=False, scale=2), default_paths())
    app.start()
    try:
        shown = shown_rects(monkeypatch)
        for _ in range(10):
            app.step(STEP)
            app.draw()
        assert shown[-5:] == [None] * 5
    finally:
        app.shutdown()


def test_the_place_he_leaves_lets_go_of_its_frame(game: App) -> None:
    """Only the map in view keeps a copy of its ground: a long walk through the city
    does not pile up one window-sized picture per place."""
    world = world_of(game)
    world.banner_time = 0.0
    for _ in range(3):
        game.step(STEP)
        game.draw()
    streets = world.renderers["streets"]
    assert streets._ground is not None, "a standing street keeps its ground"
    door = next(e for e in world.map.exits if e.target_map in world.session.maps)
    world.enter_map(door.target_map, door.target_spawn, facing=None)
    game.draw()
    assert streets._ground is None
    world.enter_map("streets", None, facing=None)
    for _ in range(3):
        game.step(STEP)
        game.draw()
        assert same(game.display.surface.copy(), whole_frame(game))


@pytest.mark.parametrize("centre", [(0, 0), (300, 200), (700, 360), (5000, 5000)])
def test_overhead_tiles_are_drawn_where_the_map_puts_them(game: App, centre) -> None:
    """The overhead sheets (bands, run-length encoded) draw the same pixels as each
    overhead tile blitted on its own over the ground, wherever the camera looks."""
    from game.world.render import MapRenderer

    surface = game.display.surface
    viewport = game.display.viewport
    renderer = MapRenderer(world_of(game).map.path)
    renderer.prepare(2, viewport)
    renderer.look_at(centre, viewport)
    renderer.draw(surface, viewport, [])
    drawn = surface.copy()
    reference = pygame.Surface(surface.get_size(), 0, surface)
    area = renderer.area(viewport)
    assert renderer._view is not None
    renderer._view.draw(reference, area)
    tile = renderer.tmx.tilewidth * 2
    ox, oy = renderer.world_to_window(0, 0)
    reference.set_clip(area)
    for x, y, gid in renderer._overhead_tiles:
        image = renderer.tmx.images[gid]
        if image is not None:
            reference.blit(image, (x * tile + ox, y * tile + oy))
    assert renderer._overhead_tiles, "the streets have roofs and crowns over the people"
    assert same(drawn, reference)


def test_under_a_conversation_only_what_changed_is_drawn_again(
        game: App, monkeypatch: pytest.MonkeyPatch) -> None:
    """A line typing in its box over the street: the street is drawn again only where it
    changed and under the box, the box whole over it; each frame is the whole frame, and
    what is shown covers every pixel that changed. Through a line typing, a finished one
    (its blinking mark), a choice, and people walking under the box."""
    world = world_of(game)
    world.banner_time = 0.0
    add_walkers(world, 12)
    game.settings.text_speed = 30
    shown = shown_rects(monkeypatch)
    game.director.start_scene("opening")
    dialogue = game.scenes.top
    assert isinstance(dialogue, DialogueScene)
    previous = whole_frame(game)
    partial = 0
    many = ChoiceEvent(tuple(Option(i, f"An answer he might give, {i}.", True, f"o{i}")
                             for i in range(9)))
    long = LineEvent("hero", "Him", "hero_bandages", "Words he keeps going. " * 40, "long.1")
    for frame in range(360):
        if frame == 200:  # a choice of many: its box grows over more of the street
            monkeypatch.setattr(DialogueScene, "event", property(lambda scene: many))
        if frame in (230, 240):
            dialogue.selected = frame % 7
        if frame == 260:  # a line far too long for its box, typing past its bottom
            monkeypatch.setattr(DialogueScene, "event", property(lambda scene: long))
            dialogue.shown = 0.0
        if frame % 45 == 44 and frame < 200:  # on to the next line
            for pressed in (True, False):
                event = game.input.inject("act", pressed)
                if event is not None:
                    game.dispatch(event)
        if game.scenes.top is not dialogue:
            break
        previous, drawn_in_part = next_frame_checked(game, shown, previous, frame)
        partial += drawn_in_part
    assert partial >= 150, f"only {partial} frames were drawn in part"


def test_a_line_typing_shows_its_letters_so_far_and_nothing_after(game: App) -> None:
    world_of(game).banner_time = 0.0
    game.settings.text_speed = 30
    game.director.start_scene("opening")
    dialogue = game.scenes.top
    assert isinstance(dialogue, DialogueScene) and isinstance(dialogue.event, LineEvent)
    text = dialogue.event.text
    typed = []
    for _ in range(200):
        game.step(STEP)
        game.draw()
        typed.append(sum(r.width for r in dialogue._drew[1:]))  # after the box itself
        if dialogue.line_complete():
            break
    assert dialogue.line_complete(), f"the line never finished typing: {text!r}"
    grown = [b for a, b in zip(typed, typed[1:], strict=False) if b > a]
    assert len(grown) >= 5 and typed == sorted(typed), "the line did not show as it typed"
