"""What a long line costs a frame: wrapping a text of N characters for a box, measured
uncached (as every frame did) and through ``ui.wrap``'s memo (as a frame does now).
Prints; asserts nothing.

    python benchmarks/wrap.py [N]
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pygame  # noqa: E402

from game.ui import text as ui  # noqa: E402


def main() -> None:
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    pygame.font.init()
    font = pygame.font.Font(None, 24)
    line = ("a rather long line of dialogue " * (size // 30 + 1))[:size]
    frames = 60
    started = time.perf_counter()
    for _ in range(frames):
        ui._wrap(font, line, 560)
    uncached = (time.perf_counter() - started) / frames
    ui.wrap(font, line, 560)
    started = time.perf_counter()
    for _ in range(frames):
        ui.wrap(font, line, 560)
    cached = (time.perf_counter() - started) / frames
    print(f"wrap {size} characters: {uncached * 1000:.2f} ms a frame uncached, "
          f"{cached * 1000:.3f} ms remembered ({uncached / cached:.0f}x)")


if __name__ == "__main__":
    main()
