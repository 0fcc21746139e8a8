"""The game loop's timing: fixed 60 Hz updates, and frames paced to the display.

`FixedStep` turns the time that passed into whole 1/60 s updates and says how far
between two updates a frame is drawn (`alpha`, for interpolated drawing).

`FramePacer` decides when a frame is drawn and how long the loop sleeps:

- at most one frame per display frame (the cap: the display's rate, 60 or 30 a second,
  `Settings.frame_cap`), on a steady grid of deadlines so steps come out even;
- no frame while nothing on screen changed: each scene may say how long, from now, its
  picture stays as it is (`still_for()`: 0 when it moves every frame, the time to a
  cursor's next blink, or `math.inf` until input); a frame is drawn on input, or once
  that time is up;
- while the window is not focused, at most `BACKGROUND_HZ` frames a second; minimised,
  none; between frames the loop sleeps (in an event wait when the video driver can wake
  on input), so an idle game does no busy work.

Both take their clock (and the pacer its sleep) from outside, so the same code runs on
real time in a window and on a fake clock in tests; the headless harness (`--frames`)
bypasses the pacer and runs one update and one draw per frame.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol

from game.settings import FRAME_CAPS

STEP = 1.0 / 60.0
MAX_STEPS_PER_FRAME = 5  # after a stall, catch up a little, then let time go

FALLBACK_REFRESH_HZ = 60  # when the display does not say its rate
BACKGROUND_HZ = 10  # frames a second at most while another window has the focus
IDLE_WAKE = 1.0 / 12  # nothing to draw: wake this often to update (5 steps of 1/60 s)
SLACK = 0.001  # a frame may start this early (a sleep wakes a little late or early)


@dataclass(slots=True)
class FixedStep:
    """Turns the time that passed on its clock into whole 1/60 s updates."""

    clock: Callable[[], float] = time.perf_counter
    accumulator: float = 0.0
    last: float | None = None

    def steps(self) -> int:
        """How many fixed updates to run for the time that passed since the last call."""
        now = self.clock()
        if self.last is None:
            self.last = now
            return 1
        self.accumulator += now - self.last
        self.last = now
        count = int(self.accumulator / STEP)
        self.accumulator -= count * STEP
        if count > MAX_STEPS_PER_FRAME:
            count = MAX_STEPS_PER_FRAME
            self.accumulator = 0.0
        return count

    @property
    def alpha(self) -> float:
        """How far between two updates this frame is drawn (0..1)."""
        return min(1.0, self.accumulator / STEP)


def frame_interval(cap: str, refresh_hz: float | None) -> float:
    """Seconds between two frames for a cap setting and the display's refresh rate.

    "display" is the display's rate; "60" and "30" are those rates, but never faster
    than the display (no frame the screen cannot show)."""
    display_hz = refresh_hz if refresh_hz and refresh_hz > 0 else FALLBACK_REFRESH_HZ
    wanted = display_hz if cap not in FRAME_CAPS or cap == "display" else float(cap)
    return 1.0 / min(display_hz, wanted)


def still_for(scenes: Iterable[object]) -> float:
    """How long the picture the scenes draw stays the same without input: the shortest
    of what each says (`still_for()`); a scene that says nothing moves every frame."""
    shortest = math.inf
    for scene in scenes:
        ask = getattr(scene, "still_for", None)
        shortest = min(shortest, ask() if ask is not None else 0.0)
        if shortest <= 0.0:
            break
    return shortest


@dataclass(slots=True)
class FramePacer:
    """When to draw, and how long to sleep; see the module's docstring."""

    interval: float = STEP  # seconds between frames at the cap
    clock: Callable[[], float] = time.perf_counter
    sleep: Callable[[float], None] = time.sleep
    # sleeps that end early on input (an event wait); None: plain sleeps
    wait_for_input: Callable[[float], None] | None = None
    next_frame: float = -math.inf  # the earliest time the next frame may start
    last_frame: float = -math.inf  # when the last frame started
    pending: bool = False  # something changed that no frame has shown yet
    frames: int = 0

    def due(self, now: float, *, changed: bool, still: float, focused: bool = True,
            visible: bool = True) -> bool:
        """Whether to draw now: something changed (input, or the scenes' picture is no
        longer still) and the cap allows a frame."""
        self.pending = self.pending or changed
        if not visible:
            return False
        if now < self.next_frame - SLACK:
            return False
        if not focused and now < self.last_frame + 1.0 / BACKGROUND_HZ - SLACK:
            return False
        return self.pending or still <= SLACK

    def drew(self, started: float) -> None:
        """A frame started at `started`: the next one keeps the grid of deadlines (even
        steps), or starts a new grid when the loop fell behind (never two in one slot)."""
        self.frames += 1
        self.pending = False
        self.last_frame = started
        self.next_frame = max(self.next_frame + self.interval,
                              started + self.interval - SLACK)

    def rest(self, *, still: float, focused: bool = True, visible: bool = True) -> None:
        """Sleep until there may be something to do: the next frame's slot while the
        picture moves; else until it stops being still, at most IDLE_WAKE (updates and
        input go on; an event wait ends the sleep at once on input)."""
        now = self.clock()
        if self.pending:
            still = 0.0
        if visible and still <= 0.0 and focused:
            until = self.next_frame
        else:
            soonest = now + still if visible else math.inf
            if not focused:
                soonest = max(soonest, self.last_frame + 1.0 / BACKGROUND_HZ)
            until = min(max(soonest, self.next_frame), now + IDLE_WAKE)
        seconds = until - now
        if seconds <= 0.0:
            return
        if self.wait_for_input is not None and seconds > self.interval:
            self.wait_for_input(seconds)
        else:
            self.sleep(seconds)


class PacedGame(Protocol):
    """What run_paced() drives (game.app.App)."""

    running: bool

    def pump(self) -> bool:
        """Handle the window's events; True when there were any."""

    def step(self, dt: float) -> None:
        """One fixed update."""

    def draw(self, alpha: float = 1.0) -> None:
        """Draw and show a frame, `alpha` of the way from the last update to the next."""

    def still_for(self) -> float:
        """How long the picture stays the same without input (see still_for())."""

    def window_state(self) -> tuple[bool, bool]:
        """(focused, visible): whether the window has the focus and can be seen."""

    def spare_time(self, until: float, *, still: bool) -> None:
        """A chance to work ahead: until `until` on the pacer's clock, or a little longer
        when the picture stands `still` (a late frame cannot be seen)."""


def run_paced(game: PacedGame, pacer: FramePacer, stepper: FixedStep | None = None) -> None:
    """Real-time play: input, fixed updates for the time that passed, a frame when one is
    due, spare work, then sleep; until the game stops running."""
    stepper = stepper if stepper is not None else FixedStep(clock=pacer.clock)
    while game.running:
        changed = game.pump()
        for _ in range(stepper.steps()):
            game.step(STEP)
        if not game.running:
            break
        still = game.still_for()
        focused, visible = game.window_state()
        now = pacer.clock()
        if pacer.due(now, changed=changed, still=still, focused=focused, visible=visible):
            game.draw(stepper.alpha)
            pacer.drew(now)
        game.spare_time(pacer.next_frame, still=still > 0.0 and not pacer.pending)
        pacer.rest(still=still, focused=focused, visible=visible)
