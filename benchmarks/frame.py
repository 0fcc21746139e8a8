"""Frame time on the busiest map, against a plain full-screen blit measured in the same run.

Prints mean and p99 of a game frame (one fixed update plus a full draw at
1280x720, at least 30 people walking, the camera moving) and of the baseline
(one blit of the map pre-rendered into one surface, at the same size; measured
interleaved with the game frames so noise from other work hits both alike), their ratios, and the
time from process start to the first drawn frame of the streets.

Interleaving also lets the game's frames push the baseline's data out of the caches,
which slows the baseline and flatters the ratio (1.3x here against 2x apart):
benchmarks/loop.py (part 5) measures each in its own process.

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


def prerender(world: WorldScene, scale: int) -> pygame.Surface:
    """The whole map drawn once into one surface: what the baseline blits from."""
    renderer = world.renderers[world.session.map_id]
    width, height = renderer.pixel_size
    tile = renderer.tmx.tilewidth * scale
    surface = pygame.Surface((width * scale, height * scale)).convert()
    for layer in renderer.ground:
        for x, y, image in renderer.tmx.layers[layer].tiles():
            surface.blit(image, (x * tile, y * tile))
    return surface


def measure(frames: int) -> tuple[list[float], list[float], int]:
    """Game frames and baseline blits, interleaved so the machine's noise hits both."""
    options = Options(frames=frames, map="streets", sound=False, scale=2)
    app = App(options, default_paths())
    app.start()
    world = app.scenes.find(WorldScene)
    assert world is not None
    crowd(world, WALKERS)
    app.draw()
    people = sum(1 for n in world.npcs if n.behaviour == "walk")
    screen = app.display.surface
    whole_map = prerender(world, 2)
    span_x = whole_map.get_width() - screen.get_width()
    span_y = whole_map.get_height() - screen.get_height()
    directions = ["move_right", "move_down", "move_left", "move_up"]
    game, base = [], []
    for frame in range(frames):
        if frame % 90 == 0:  # walk the hero about so the camera moves
            app.input.release_all()
            app.input.inject(directions[(frame // 90) % 4], True)
        start = time.perf_counter()
        app.step(STEP)
        app.draw()
        middle = time.perf_counter()
        area = pygame.Rect((frame * 2) % max(1, span_x), (frame // 3) % max(1, span_y),
                           screen.get_width(), screen.get_height())
        screen.blit(whole_map, (0, 0), area)
        pygame.display.flip()
        end = time.perf_counter()
        game.append(middle - start)
        base.append(end - middle)
    app.shutdown()
    return game[30:], base[30:], people


def first_frame_time(home: str) -> float:
    """Seconds from process start to the first drawn frame of the streets."""
    # as a player's install runs: Python may keep its compiled bytecode (some shells
    # set PYTHONDONTWRITEBYTECODE, which makes every start compile the game afresh)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(BORROWED_FACE_HOME=home, BORROWED_FACE_T0=repr(time.time()))
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
    game, base, people = measure(args.frames)
    ms = 1000.0
    print(f"streets, 1280x720, {people} people walking, {len(game)} frames")
    for label, samples in (("game frame   ", game), ("baseline blit", base)):
        print(f"{label}  mean {statistics.fmean(samples) * ms:6.3f} ms   "
              f"p99 {p99(samples) * ms:6.3f} ms")
    print(f"ratio game/baseline   mean {statistics.fmean(game) / statistics.fmean(base):5.2f}x"
          f"   p99 {p99(game) / p99(base):5.2f}x   (goal: mean <= 2x, p99 <= 4 ms)")
    with tempfile.TemporaryDirectory() as home:
        cold = first_frame_time(home)  # a first start ever: no parse caches yet
        warm = [first_frame_time(home) for _ in range(5)]
    print(f"process start to first streets frame: {statistics.median(warm):.3f} s median of "
          f"5 starts (goal < 0.5 s); the very first start, caches cold: {cold:.3f} s")


if __name__ == "__main__":
    main()
