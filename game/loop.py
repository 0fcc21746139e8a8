"""Fixed-timestep game loop: update at 60 Hz from accumulated time, draw once a frame.

The clock is injected, so the same loop runs on real time in a window and on a
fake clock in tests and in the headless harness (one step per frame).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

STEP = 1.0 / 60.0
MAX_STEPS_PER_FRAME = 5  # after a stall, catch up a little, then let time go


@dataclass(slots=True)
class FixedStep:
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
        return self.accumulator / STEP
