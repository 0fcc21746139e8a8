"""Frame time on the busiest map, against a plain full-screen blit measured in the same run.

Prints mean and p99 of a game frame (one fixed update plus a full draw at
1280x720, at least 30 people walking, the camera moving) and of the baseline
(one blit of a pre-rendered map surface at the same size), their ratios, and the
time from process start to the first drawn frame of the streets.

    python benchmarks/frame.py [--frames 600]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pygame  # noqa: E402

from game.app import App, Options  # noqa: E402
from game.loop import STEP  # noqa: E402
from game.paths import default_paths  # noqa: E402
from game.world.entities import Npc  # noqa: E402
from game.world.scene import WorldScene  # noqa: E402

WALKERS = 30


def p99(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


def crowd(world: WorldScene, count: int) -> None:
    """Add walkers on free pavement until `count` people walk the map."""
    walking = [n for n in world.npcs if n.behaviour == "walk"]
    data = world.map
    free = [(x, y) for y in range(data.height) for x in range(data.width)
            if world.world.free((x, y))]
    index = 0
    while len(walking) < count and index < len(free):
        x, y = free[index]
        index += 37  # spread them over the map
        route = [(x, y)]
        for dx, dy in ((6, 0), (6, 4), (0, 4)):
            if world.world.free((x + dx, y + dy)):
                route.append((x + dx, y + dy))
        npc = Npc(tile=(x, y), sheet="man", speed=2.4, id=f"bench_{index}", role="passerby",
                  behaviour="walk", route=route)
        world.world.claim((x, y), npc)
        world.npcs.append(npc)
        walking.append(npc)


def game_frames(frames: int) -> tuple[list[float], int]:
    options = Options(frames=frames, map="streets", sound=False, scale=2)
    app = App(options, default_paths())
    app.boot()
    app.start()
    world = app.scenes.find(WorldScene)
    assert world is not None
    crowd(world, WALKERS)
    people = sum(1 for n in world.npcs if n.behaviour == "walk")
    directions = ["move_right", "move_down", "move_left", "move_up"]
    samples = []
    for frame in range(frames):
        if frame % 90 == 0:  # walk the hero about so the camera moves
            app.input.release_all()
            app.input.inject(directions[(frame // 90) % 4], True)
        start = time.perf_counter()
        app.step(STEP)
        app.draw()
        samples.append(time.perf_counter() - start)
    app.shutdown()
    return samples[30:], people


def baseline_frames(frames: int) -> list[float]:
    pygame.display.init()
    screen = pygame.display.set_mode((1280, 720))
    prerendered = pygame.Surface((2240, 1440)).convert()
    prerendered.fill((74, 72, 78))
    samples = []
    for frame in range(frames):
        x = (frame * 2) % (2240 - 1280)
        start = time.perf_counter()
        screen.blit(prerendered, (0, 0), pygame.Rect(x, 100, 1280, 720))
        pygame.display.flip()
        samples.append(time.perf_counter() - start)
    pygame.display.quit()
    return samples[30:]


def first_frame_time() -> float:
    """Seconds from process start to the first drawn frame of the streets."""
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, BORROWED_FACE_HOME=home, BORROWED_FACE_T0=repr(time.time()))
        result = subprocess.run(
            [sys.executable, "-m", "game", "--map", "streets", "--frames", "1", "--no-sound"],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
        )
    for line in result.stderr.splitlines():
        if line.startswith("first_frame_s="):
            return float(line.split("=", 1)[1])
    raise RuntimeError(f"no timing line in output: {result.stderr[-400:]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--frames", type=int, default=600)
    args = parser.parse_args()
    game, people = game_frames(args.frames)
    base = baseline_frames(args.frames)
    ms = 1000.0
    print(f"streets, 1280x720, {people} people walking, {len(game)} frames")
    print(f"game frame     mean {statistics.fmean(game) * ms:6.3f} ms   p99 {p99(game) * ms:6.3f} ms")
    print(f"baseline blit  mean {statistics.fmean(base) * ms:6.3f} ms   p99 {p99(base) * ms:6.3f} ms")
    print(f"ratio game/baseline   mean {statistics.fmean(game) / statistics.fmean(base):5.2f}x"
          f"   p99 {p99(game) / p99(base):5.2f}x   (goal: mean <= 2x, p99 <= 4 ms)")
    starts = [first_frame_time() for _ in range(3)]
    print(f"process start to first streets frame: median {statistics.median(starts):.3f} s "
          f"(runs: {', '.join(f'{s:.3f}' for s in starts)}; goal < 0.5 s)")


if __name__ == "__main__":
    main()
