"""How long a modder waits: the lint of the game plus the example mod, the check of mods
at start, and a hot reload after one dialogue file changed. Prints; asserts nothing.

    python benchmarks/modding.py

Goals (issue 4): `borrowed-face lint` on the shipped content plus the example mod under
1 s; a hot reload of one changed file under 100 ms.

- lint, in process: ``lint_game`` once per run, with no parse cache ("cold": every
  file parsed, every map read) and with the user's cache folder warm (what a modder's
  second and later runs get).
- lint, as a subprocess: ``python -m game lint examples/mods/kinder_children``, wall
  time from process start to exit (Python's own start-up included), first run with
  empty caches and then warm; also with bytecode compiled once, as an installed game
  has it (this environment may set PYTHONDONTWRITEBYTECODE, which recompiles every
  module at every start).
- mods at start: ``load_mods`` (discover, order, the whole lint of each mod) with warm
  caches, what a game start with the mod adds.
- hot reload: ``App.hot_reload`` (game/reload.py) in a running (headless) game with the mod, after
  one of the mod's dialogue files was edited; the first reload (files read from the
  cache folder) and the later ones (parsed files kept in memory).
"""

from __future__ import annotations

import os
import shutil
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

from game.checks import lint_game  # noqa: E402
from game.paths import default_paths  # noqa: E402

KINDER = ROOT / "examples" / "mods" / "kinder_children"
RUNS = 7


def timed(action, runs: int = RUNS) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return times


def show(label: str, seconds: list[float], goal: float | None = None) -> None:
    median = statistics.median(seconds)
    verdict = "" if goal is None else (
        f"  (goal < {goal * 1000:g} ms: {'met' if median < goal else 'MISSED'})")
    print(f"{label:58} median {median * 1000:7.1f} ms  min {min(seconds) * 1000:7.1f} ms"
          f"  max {max(seconds) * 1000:7.1f} ms{verdict}")


def lint_in_process(home: Path) -> None:
    paths = default_paths({"BORROWED_FACE_HOME": str(home)})
    report, _ = lint_game(paths, [KINDER])
    assert not report.has_errors, [d.format() for d in report.items]
    show("lint in process, no parse cache", timed(lambda: lint_game(paths, [KINDER])), 1.0)
    lint_game(paths, [KINDER], cache=paths.cache)  # fill the caches
    show("lint in process, caches warm",
         timed(lambda: lint_game(paths, [KINDER], cache=paths.cache)), 1.0)


def lint_subprocess(home: Path) -> None:
    command = [sys.executable, "-m", "game", "lint", str(KINDER)]

    def runner(env: dict[str, str]):
        def run() -> None:
            done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
            assert done.returncode == 0, done.stdout + done.stderr
        return run

    # as this environment runs it (PYTHONDONTWRITEBYTECODE may be set: every module is
    # compiled again at each start)...
    env = dict(os.environ, BORROWED_FACE_HOME=str(home))
    shutil.rmtree(home / "cache", ignore_errors=True)
    show("`borrowed-face lint MOD` subprocess, first run", timed(runner(env), 1), 1.0)
    show("`borrowed-face lint MOD` subprocess, caches warm", timed(runner(env)), 1.0)
    # ...and as an installed game runs it, with its bytecode compiled once (kept out of
    # the source tree)
    installed = {k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"}
    installed["PYTHONPYCACHEPREFIX"] = str(home / "pycache")
    runner(installed)()
    show("  same, bytecode compiled once (as installed)", timed(runner(installed)), 1.0)
    bare = [sys.executable, "-c", "pass"]
    show("  (for scale: `python -c pass`)",
         timed(lambda: subprocess.run(bare, capture_output=True)))


def mods_at_start(home: Path) -> None:
    from game.modset import load_mods

    paths = default_paths({"BORROWED_FACE_HOME": str(home)})
    load_mods(paths, [KINDER])
    show("load_mods at game start (check of the mod), caches warm",
         timed(lambda: load_mods(paths, [KINDER])))


def hot_reload(home: Path) -> None:
    import pygame

    from game.app import App, Options

    mod = Path(shutil.copytree(KINDER, home / "kinder_children"))
    children = mod / "dialogue" / "children.yaml"
    original = children.read_text(encoding="utf-8")
    app = App(Options(frames=1, sound=False, scale=1, map="streets", mods=[mod]),
              default_paths({"BORROWED_FACE_HOME": str(home)}))
    app.start()
    changes = iter(range(10_000))

    def edit_and_reload() -> None:
        children.write_text(original.replace("Hello, mister!",
                                             f"Hello, mister! ({next(changes)})"),
                            encoding="utf-8")
        started = time.perf_counter()
        assert app.hot_reload()
        elapsed.append(time.perf_counter() - started)

    elapsed: list[float] = []
    edit_and_reload()
    show("hot reload, first (parsed files from the cache folder)", elapsed, 0.1)
    elapsed.clear()
    for _ in range(RUNS * 3):
        edit_and_reload()
    show("hot reload, one file changed (parsed files in memory)", elapsed, 0.1)
    elapsed.clear()
    for _ in range(RUNS):
        started = time.perf_counter()
        app.hot_reload()
        elapsed.append(time.perf_counter() - started)
    show("hot reload, nothing changed", elapsed, 0.1)
    pygame.quit()


def main() -> None:
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs; shipped content + "
          f"{KINDER.relative_to(ROOT)}")
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        lint_in_process(home)
        lint_subprocess(home)
        mods_at_start(home)
        hot_reload(home)


if __name__ == "__main__":
    main()
