"""Save and load times of a late-game state, and the title screen's time from process start.

Save: the whole game written to a slot (payload, thumbnail, atomic write with a
backup). Load: the slot read, checked and resumed into a running game. The late
game is made by living it: every reaction and scene line seen, every notebook
page written, a full history. The title figure is measured from process start,
beside a bare pygame window opened the same way in the same run.

    python benchmarks/saves.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from game.app import App, Options  # noqa: E402
from game.paths import default_paths  # noqa: E402

RUNS = 30
BARE_WINDOW = """
import os, sys, time
import pygame
pygame.display.init()
screen = pygame.display.set_mode((1280, 720))
screen.fill((20, 20, 30))
pygame.display.flip()
sys.stderr.write(f"first_frame_s={time.time() - float(os.environ['BORROWED_FACE_T0']):.4f}\\n")
"""


def late_game(app: App) -> None:
    """Live the whole content through once: every line seen, every page written."""
    session = app.session
    engine, state, content = session.engine, session.state, session.world.content
    for reaction in content.reactions.values():
        for line in reaction.lines:
            state.seen_lines[line.id] = state.seen_lines.get(line.id, 0) + 3
        state.seen_rules[reaction.id] = 3
    for scene_id in content.scenes:
        run = engine.start_scene(scene_id)
        for _ in range(300):
            kind = type(run.current).__name__
            if kind == "EndEvent":
                break
            if kind == "ChoiceEvent":
                run.choose(next(o.index for o in run.current.options if o.enabled))
            else:
                session.history.append(("", run.current.text))
                run.advance()
        run.drain_effects()
        state.advance(30)
    del session.history[:-200]
    state.chapter = 3


def in_game_figures() -> tuple[list[float], list[float], int]:
    app = App(Options(frames=1, sound=False, scale=2, map="streets"), default_paths())
    app.start()
    late_game(app)
    app.draw()
    saves, loads = [], []
    for _ in range(RUNS):
        start = time.perf_counter()
        assert app.save("1", quiet=True)
        middle = time.perf_counter()
        assert app.load("1")
        end = time.perf_counter()
        saves.append(middle - start)
        loads.append(end - middle)
    size = app.saves.store.path_for("1").stat().st_size
    return saves, loads, size


def first_frame(args: list[str], home: str) -> float:
    # as a player's install runs: Python may keep its compiled bytecode (some shells
    # set PYTHONDONTWRITEBYTECODE, which makes every start compile the game afresh)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(BORROWED_FACE_HOME=home, BORROWED_FACE_T0=repr(time.time()))
    result = subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=60)
    for line in result.stderr.splitlines():
        if line.startswith("first_frame_s="):
            return float(line.split("=", 1)[1])
    raise RuntimeError(result.stderr[-500:])


def main() -> None:
    with tempfile.TemporaryDirectory() as home:
        os.environ["BORROWED_FACE_HOME"] = home
        saves, loads, size = in_game_figures()
        ms = 1000
        print(f"late-game save ({size / 1024:.0f} KiB on disk): "
              f"median {statistics.median(saves) * ms:.1f} ms, "
              f"max {max(saves) * ms:.1f} ms  (goal < 50 ms)")
        print(f"late-game load + resume: median {statistics.median(loads) * ms:.1f} ms, "
              f"max {max(loads) * ms:.1f} ms  (goal < 50 ms)")
        title, bare = [], []
        first_frame(["-m", "game", "--frames", "1", "--no-sound"], home)  # warm the caches
        for _ in range(5):
            title.append(first_frame(["-m", "game", "--frames", "1", "--no-sound"], home))
            bare.append(first_frame(["-c", BARE_WINDOW], home))
        print(f"title screen, process start to first frame: median {statistics.median(title):.3f} s"
              f"  (goal < 0.5 s)")
        print(f"bare pygame window, same measure: median {statistics.median(bare):.3f} s; "
              f"the game adds {statistics.median(title) - statistics.median(bare):.3f} s")


if __name__ == "__main__":
    main()
