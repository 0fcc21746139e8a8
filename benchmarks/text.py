"""Text drawing: the game's font (no kerning, drawn at twice the size and scaled down,
rendered lines kept) against pygame.font's own rendering, measured in the same run.

Three cases at window scale 2: a line drawn fresh every time (a line typing out), the
same lines drawn again and again (a menu, a notebook page: the kept renders), and
measuring a word (wrapping). Prints microseconds per call and the ratio to pygame.font.

    python benchmarks/text.py [--calls 2000]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pygame  # noqa: E402

from game.ui.text import UIFont  # noqa: E402

LINE = "This is a quiet story about a man who lost his face, and about the people"
PAGE = [f"{LINE[: 30 + n]}" for n in range(12)]  # a page: a dozen lines drawn each frame
PIXELS = 22  # 11 logical pixels at scale 2: the dialogue and content note body


def per_call(work, calls: int) -> float:
    start = time.perf_counter()
    for index in range(calls):
        work(index)
    return (time.perf_counter() - start) / calls * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=2000)
    calls = parser.parse_args().calls
    pygame.init()
    ours, theirs = UIFont(PIXELS), pygame.font.Font(None, PIXELS)
    white = (240, 236, 224)
    cases = {
        # a different text every call, as a line typing out a letter at a time
        "fresh line": lambda font: lambda i: font.render(LINE[: 10 + i % 60] + str(i), True,
                                                          white),
        "page redrawn": lambda font: lambda i: font.render(PAGE[i % len(PAGE)], True, white),
        "measure a word": lambda font: lambda i: font.size(LINE.split()[i % 14]),
    }
    print(f"{'case':<16}{'ours us':>10}{'pygame.font us':>16}{'ratio':>8}")
    for name, make in cases.items():
        mine = per_call(make(ours), calls)
        base = per_call(make(theirs), calls)
        print(f"{name:<16}{mine:>10.1f}{base:>16.1f}{mine / base:>8.2f}")


if __name__ == "__main__":
    main()
