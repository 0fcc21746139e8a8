"""The loop's pacing on a fake clock (game/loop.py): at most one frame per display frame,
none while nothing on screen changes, a low rate out of focus, none minimised; and the
game's own loop (game/app.py) driven by that clock through the streets and a pause."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import pytest

from game.app import App, Options
from game.loop import (
    BACKGROUND_HZ,
    SLACK,
    STEP,
    FixedStep,
    FramePacer,
    frame_interval,
    run_paced,
    still_for,
)
from game.paths import default_paths
from game.scenes.pause import PauseScene
from game.world.scene import WorldScene


@dataclass
class FakeClock:
    now: float = 100.0
    slept: list[float] = field(default_factory=list)
    late: float = 0.0002  # a real sleep wakes a little late

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds + self.late


@dataclass
class Picture:
    """A stand-in game: its picture moves until `moves_until`, then stands; a key is
    pressed at `key_at`; each frame and update costs a little time."""

    clock: FakeClock
    stop_at: float
    moves_until: float = math.inf
    key_at: float = math.inf
    focused: bool = True
    visible: bool = True
    running: bool = True
    drawn: list[float] = field(default_factory=list)
    steps: int = 0

    def pump(self) -> bool:
        if self.clock.now >= self.key_at:
            self.key_at = math.inf
            return True
        return False

    def step(self, dt: float) -> None:
        self.steps += 1
        self.clock.now += 0.0001
        if self.clock.now >= self.stop_at:
            self.running = False

    def draw(self, alpha: float = 1.0) -> None:
        assert 0.0 <= alpha <= 1.0
        self.drawn.append(self.clock.now)
        self.clock.now += 0.002

    def still_for(self) -> float:
        return 0.0 if self.clock.now < self.moves_until else math.inf

    def window_state(self) -> tuple[bool, bool]:
        return self.focused, self.visible

    def spare_time(self, until: float, *, still: bool) -> None:
        pass


def run(picture: Picture, interval: float) -> FramePacer:
    clock = picture.clock
    pacer = FramePacer(interval=interval, clock=clock, sleep=clock.sleep)
    run_paced(picture, pacer)
    return pacer


@pytest.mark.parametrize("hz", [60, 75, 120, 144])
def test_at_most_one_frame_per_display_frame_and_evenly(hz: int) -> None:
    clock = FakeClock()
    picture = Picture(clock, stop_at=clock.now + 2.0)
    run(picture, frame_interval("display", hz))
    gaps = [b - a for a, b in zip(picture.drawn, picture.drawn[1:], strict=False)]
    assert min(gaps) >= 1 / hz - SLACK, "two frames in one display frame"
    assert len(picture.drawn) <= 2.0 * hz + 1
    assert len(picture.drawn) >= 2.0 * hz * 0.95, "frames were dropped"
    # even steps: every gap is one display frame, give or take the fake sleep's lateness
    assert max(gaps) - min(gaps) < 0.001
    # updates stay at 60 a second whatever the display does
    assert abs(picture.steps - 2.0 / STEP) <= 2


@pytest.mark.parametrize(("cap", "hz", "expected"), [
    ("display", 144, 144), ("60", 144, 60), ("30", 144, 30), ("60", 30, 30),
    ("display", 0, 60), ("display", None, 60), ("nonsense", 75, 75)])
def test_the_cap_setting(cap: str, hz: int | None, expected: float) -> None:
    assert frame_interval(cap, hz) == pytest.approx(1 / expected)


def test_nothing_is_drawn_while_nothing_changes_and_a_key_draws_one_frame() -> None:
    clock = FakeClock()
    start = clock.now
    picture = Picture(clock, stop_at=start + 3.0, moves_until=start + 1.0, key_at=start + 2.0)
    run(picture, 1 / 60)
    still = [t for t in picture.drawn if start + 1.01 <= t < start + 2.0]
    assert still == [], "frames were drawn while nothing changed"
    after_key = [t for t in picture.drawn if t >= start + 2.0]
    assert len(after_key) == 1 and after_key[0] - (start + 2.0) < 0.1
    # standing still, the loop sleeps long stretches (wakes for updates, not frames)
    standing = [s for s in clock.slept if s > 1 / 60]
    assert standing, "the loop never slept longer than a frame while standing still"
    assert abs(picture.steps - 3.0 / STEP) <= 6, "updates did not keep time"


def test_out_of_focus_a_low_rate_and_minimised_none() -> None:
    clock = FakeClock()
    picture = Picture(clock, stop_at=clock.now + 2.0, focused=False)
    run(picture, 1 / 144)
    assert len(picture.drawn) <= 2.0 * BACKGROUND_HZ + 1
    clock = FakeClock()
    picture = Picture(clock, stop_at=clock.now + 2.0, visible=False)
    run(picture, 1 / 144)
    assert picture.drawn == []
    assert len(clock.slept) <= 2.0 * 12 + 2, "minimised, the loop woke more than it needs"


def test_alpha_says_how_far_between_two_updates() -> None:
    clock = FakeClock()
    stepper = FixedStep(clock=clock)
    assert stepper.steps() == 1
    clock.now += STEP * 1.25
    assert stepper.steps() == 1
    assert stepper.alpha == pytest.approx(0.25)
    clock.now += STEP * 0.5
    assert stepper.steps() == 0
    assert stepper.alpha == pytest.approx(0.75)


def test_still_for_takes_the_shortest_and_a_silent_scene_moves() -> None:
    class Still:
        def still_for(self) -> float:
            return math.inf

    class Blinks:
        def still_for(self) -> float:
            return 0.3

    assert still_for([Still(), Blinks()]) == 0.3
    assert still_for([Still()]) == math.inf
    assert still_for([Still(), object()]) == 0.0


# --- the game's own loop on the fake clock --------------------------------------------


@pytest.fixture
def game():
    app = App(Options(map="streets", sound=False, scale=2), default_paths())
    app.start()
    yield app
    app.shutdown()


def pause(app: App) -> None:
    assert app.session is not None
    app.context.push(PauseScene(app.context, app.session))


def play(app: App, clock: FakeClock, seconds: float, *, refresh: int = 60) -> list[float]:
    """Run the real loop for `seconds` of fake time; the times frames were drawn."""
    drawn: list[float] = []
    draw, step = app.draw, app.step
    ends = clock.now + seconds

    def counted_draw(alpha: float = 1.0) -> None:
        drawn.append(clock.now)
        draw(alpha)

    def timed_step(dt: float) -> None:
        step(dt)
        clock.now += 0.0001
        if clock.now >= ends:
            app.running = False

    app.draw, app.step = counted_draw, timed_step  # type: ignore[method-assign]
    app.running = True
    pacer = FramePacer(interval=frame_interval("display", refresh), clock=clock,
                       sleep=clock.sleep)
    run_paced(app, pacer, FixedStep(clock=clock))
    app.draw, app.step = draw, step  # type: ignore[method-assign]
    return drawn


def test_the_game_draws_once_per_display_frame_and_nothing_under_a_pause(game: App) -> None:
    clock = FakeClock()
    drawn = play(game, clock, 1.0, refresh=144)
    gaps = [b - a for a, b in zip(drawn, drawn[1:], strict=False)]
    assert min(gaps) >= 1 / 144 - SLACK
    assert 0.9 * 144 <= len(drawn) <= 145  # the street moves: every display frame
    pause(game)
    drawn = play(game, clock, 2.0)
    assert len(drawn) == 1, f"{len(drawn)} frames of a paused street (one shows the menu)"
    world = game.scenes.find(WorldScene)
    assert world is not None and world.still_for() == math.inf


def test_people_and_camera_are_drawn_between_two_updates(game: App) -> None:
    world = game.scenes.find(WorldScene)
    assert world is not None
    player = world.session.player
    game.input.inject("move_right", True)
    for _ in range(4):
        game.step(STEP)
    before, after = player.prev_x, player.x
    assert after > before, "he did not walk"
    seen: list[float] = []
    world._draw = lambda surface: seen.append(player.x)  # type: ignore[method-assign]
    game.draw(0.25)
    assert seen[-1] == pytest.approx(before + (after - before) * 0.25)
    assert player.x == after, "drawing moved him"
    pause(game)  # the street stands under the menu: drawn where it stopped
    game.draw(0.25)
    assert seen[-1] == after


def test_maps_behind_the_doors_are_drawn_ahead_in_spare_time(game: App) -> None:
    from game.world.preload import MapPreloader, preload_order

    maps = game.world_data.maps
    behind = [e.target_map for e in maps["streets"].exits if e.target_map in maps]
    assert preload_order(maps, "streets") == list(dict.fromkeys(["streets", *behind]))
    renderers: dict = {}
    clock = FakeClock()
    preloader = MapPreloader(renderers, clock=clock)
    viewport = game.display.viewport
    # a moving picture with no time left before the next frame: nothing is begun
    assert preloader.run(maps, "streets", 2, viewport, clock.now, still=False) is None
    expected = list(dict.fromkeys(["streets", *behind]))
    made = [preloader.run(maps, "streets", 2, viewport, clock.now, still=True)
            for _ in range(len(expected) + 1)]
    assert made == [*expected, None], "not the maps behind the doors, or not in order"
    assert set(renderers) == {"streets", *behind}


def test_the_camera_follows_him_without_jitter_between_updates(game: App) -> None:
    """Drawn at any point between two updates (as at 120 or 144 Hz), he stays put on the
    screen while the street slides under him, a pixel or none at a time."""
    world = game.scenes.find(WorldScene)
    assert world is not None
    renderer = world.renderers[world.session.map_id]
    player = world.session.player
    seen: list[tuple[int, int]] = []
    draw = renderer.draw

    def watched(surface, viewport, drawables, **kwargs):  # type: ignore[no-untyped-def]
        seen.append((renderer.world_to_window(player.x, player.y)[0], renderer._offset[0]))
        return draw(surface, viewport, drawables, **kwargs)

    renderer.draw = watched  # type: ignore[method-assign]
    game.input.inject("move_right", True)
    for _ in range(30):
        game.step(STEP)
        for alpha in (0.25, 0.5, 0.75, 1.0):
            game.draw(alpha)
    on_screen = {x for x, _ in seen}
    assert len(on_screen) == 1, f"he moved on the screen: {sorted(on_screen)}"
    slides = {after - before for (_, before), (_, after) in zip(seen, seen[1:], strict=False)}
    assert slides <= {0, -1}, f"the street jumped: {sorted(slides)}"
