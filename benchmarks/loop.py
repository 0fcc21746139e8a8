"""How the game treats the machine: the loop's CPU, doors, start, reload and frame cost,
each beside a baseline measured in the same run, every measurement in its own process.

    python benchmarks/loop.py [--seconds 10] [--frames 600] [--runs 5] [--rounds 3]

1. CPU seconds over `--seconds` of real-time play (game/loop.py's paced loop, not the
   harness) standing in the streets and walking in them, from the first frame there
   (his arrival, the place's name shown; the other maps drawn ahead, as the title
   does), against a bare pygame loop that
   blits a 1280x720 frame and flips at 60 a second (goal: at most 1.5 times); reading
   a conversation over the street (each line typed, then read for a second); and the
   loop as it was before pacing (a draw every pass, then 1 ms of sleep) for comparison.
2. Door to frame: from entering the next map to its first frame drawn, through every
   door of the streets: the first visit with nothing ahead (cold), the first visit once
   the loop's spare time drew the maps ahead (as in play after the title), and later
   visits (goals: 50 ms first, one 60 Hz frame, 16.7 ms, after).
3. Start to the title's first frame, against a bare pygame window's first frame (goal:
   0.30 s), warm user folder, median of `--runs`.
4. Shipped dialogue loaded from its cache (goal: 30 ms), and the first hot reload of a
   running game after a mod's file changed (goal: 100 ms).
5. A game frame (one fixed update and a full draw at 1280x720, 30 people walking, the
   camera moving) against one blit of the pre-rendered map and a flip, each in its own
   process, not interleaved (goal: at most 2.0 times).

Headless (SDL's dummy video and audio drivers). Figures move with the machine's load,
and on a shared virtual machine its speed drifts from one minute to the next: parts 1
and 5 run `--rounds` rounds, each measuring the game right after its baseline, and print
the median of the rounds' ratios with their spread. Read the ratios, not the seconds.
"""

from __future__ import annotations

import argparse
import json
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
sys.path.insert(0, str(ROOT / "benchmarks"))

SIZE = (1280, 720)
WALK_SWITCH_S = 1.5  # walking: turn round this often
READ_S = 1.0  # reading: a whole line is read this long before the next


# --- the children: each prints one JSON line -------------------------------------------


def new_app(home: str, **options):
    from game.app import App, Options
    from game.paths import default_paths

    os.environ["BORROWED_FACE_HOME"] = home
    app = App(Options(sound=False, scale=2, **options), default_paths())
    app.start()
    return app


def draw_ahead(app) -> None:
    """Every map drawn ahead, as the loop's spare time does on the title screen (or on a
    still frame): a start with --map skips the title."""
    while True:
        app.spare_time(time.perf_counter() + 1.0, still=True)
        if not app.preloader.missing(app.world_data.maps, app.session.map_id):
            return


def child_play(mode: str, seconds: float, home: str) -> dict:
    """Real-time play in the streets: `stand`, `walk`, `read` (the opening conversation
    over the street, each line typed at the default speed then read for READ_S), or
    `unpaced` (the old loop), from his arrival: the first frame, which draws the map
    ready (part 2 times that), is drawn before the clock starts."""
    import pygame

    from game.loop import STEP, FixedStep, run_paced
    from game.scenes.dialogue import DialogueScene

    app = new_app(home, map="streets")
    app.draw()
    draw_ahead(app)  # as the title's spare time does before play
    if mode == "read":
        app.director.start_scene("opening")
        app.draw()
    ends = time.perf_counter() + seconds
    frames = 0
    step = app.step
    read_since: list[float] = []

    def timed_step(dt: float) -> None:
        step(dt)
        now = time.perf_counter()
        if mode == "walk":
            direction = "move_right" if int(now / WALK_SWITCH_S) % 2 else "move_left"
            if not app.input.is_held(direction):
                app.input.release_all()
                app.input.inject(direction, True)
        dialogue = app.scenes.top
        if mode == "read" and isinstance(dialogue, DialogueScene) and dialogue.line_complete():
            if not read_since:
                read_since.append(now)
            elif now - read_since[0] >= READ_S:  # read: on to the next line
                read_since.clear()
                for pressed in (True, False):
                    event = app.input.inject("act", pressed)
                    if event is not None:
                        app.dispatch(event)
        if now >= ends:
            app.running = False

    app.step = timed_step
    draw = app.draw

    def counted_draw(alpha: float = 1.0) -> None:
        nonlocal frames
        frames += 1
        draw(alpha)

    app.draw = counted_draw
    started_cpu, started = time.process_time(), time.perf_counter()
    if mode == "unpaced":  # the loop before game/loop.py paced it
        stepper = FixedStep()
        while app.running:
            steps = stepper.steps()
            app.pump()
            for _ in range(steps):
                app.step(STEP)
            app.draw()
            pygame.time.wait(1 if steps else 2)
    else:
        run_paced(app, app.make_pacer())
    cpu, wall = time.process_time() - started_cpu, time.perf_counter() - started
    app.shutdown()
    return {"cpu": cpu, "wall": wall, "frames": frames}


def child_bare(seconds: float) -> dict:
    """A bare pygame loop: blit a full 1280x720 frame and flip, 60 a second."""
    import pygame

    pygame.display.init()
    screen = pygame.display.set_mode(SIZE)
    picture = pygame.Surface(SIZE).convert()
    for x in range(0, SIZE[0], 16):
        pygame.draw.rect(picture, ((x * 7) % 256, 90, 120), (x, 0, 16, SIZE[1]))
    clock = pygame.time.Clock()
    frames = 0
    started_cpu, started = time.process_time(), time.perf_counter()
    while time.perf_counter() - started < seconds:
        pygame.event.pump()
        screen.blit(picture, (0, 0))
        pygame.display.flip()
        frames += 1
        clock.tick(60)
    cpu, wall = time.process_time() - started_cpu, time.perf_counter() - started
    pygame.quit()
    return {"cpu": cpu, "wall": wall, "frames": frames}


def child_doors(home: str) -> dict:
    """Door to frame through every door of the streets: cold, drawn ahead, later."""
    from game.world.scene import WorldScene

    def through(app, exit_) -> float:
        world = app.scenes.find(WorldScene)
        started = time.perf_counter()
        world.enter_map(exit_.target_map, exit_.target_spawn, facing=None)
        world.fade_in = 0.0
        app.draw()
        return time.perf_counter() - started

    def doors(app) -> list:
        streets = app.session.maps["streets"]
        return [e for e in streets.exits if e.target_map in app.session.maps]

    def back(app) -> None:
        app.scenes.find(WorldScene).enter_map("streets", None, facing=None)
        app.draw()

    cold, ahead, later = [], [], []
    app = new_app(home, map="streets", frames=1)
    for exit_ in doors(app):  # each first visit with nothing drawn ahead
        for map_id in [m for m in app.map_renderers if m != "streets"]:
            del app.map_renderers[map_id]
        cold.append(through(app, exit_))
        back(app)
        later.append(through(app, exit_))
        back(app)
    app.shutdown()
    app = new_app(home, map="streets", frames=1)
    app.draw()
    draw_ahead(app)
    for exit_ in doors(app):
        ahead.append(through(app, exit_))
        back(app)
    app.shutdown()
    return {"cold": cold, "ahead": ahead, "later": later}


def child_frames(kind: str, frames: int, home: str) -> dict:
    """Frame times: `game` (update and draw, 30 walkers, camera moving) or `blit`."""
    from frame import WALKERS, crowd, prerender

    from game.loop import STEP
    from game.world.scene import WorldScene

    app = new_app(home, map="streets", frames=frames)
    world = app.scenes.find(WorldScene)
    crowd(world, WALKERS)
    app.draw()
    screen = app.display.surface
    samples = []
    if kind == "game":
        directions = ["move_right", "move_down", "move_left", "move_up"]
        for frame in range(frames):
            if frame % 90 == 0:  # walk him about so the camera moves
                app.input.release_all()
                app.input.inject(directions[(frame // 90) % 4], True)
            started = time.perf_counter()
            app.step(STEP)
            app.draw()
            samples.append(time.perf_counter() - started)
    else:
        import pygame

        whole_map = prerender(world, 2)
        span_x = max(1, whole_map.get_width() - screen.get_width())
        span_y = max(1, whole_map.get_height() - screen.get_height())
        for frame in range(frames):
            area = pygame.Rect((frame * 2) % span_x, (frame // 3) % span_y, *screen.get_size())
            started = time.perf_counter()
            screen.blit(whole_map, (0, 0), area)
            pygame.display.flip()
            samples.append(time.perf_counter() - started)
    app.shutdown()
    return {"samples": samples[30:]}


def child_dialogue(home: str) -> dict:
    """The shipped dialogue from a filled cache (twice: the best of five)."""
    from game.dialogue import load_content

    cache = Path(home) / "cache"
    load_content([ROOT / "dialogue"], cache_dir=cache)
    times = []
    for _ in range(5):
        started = time.perf_counter()
        load_content([ROOT / "dialogue"], cache_dir=cache)
        times.append(time.perf_counter() - started)
    return {"cached": times}


def child_reload(home: str) -> dict:
    """The first hot reload of a running game after a mod's dialogue file changed (F5),
    then a second one; from the key to the new content in use."""
    import shutil

    mod = Path(shutil.copytree(ROOT / "examples" / "mods" / "kinder_children",
                               Path(home) / "reload-mod" / "kinder_children",
                               dirs_exist_ok=True))
    app = new_app(home, map="streets", frames=1, mods=[mod])
    app.draw()
    path = mod / "dialogue" / "children.yaml"
    times = []
    for word in ("evening", "night"):
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace('"Hello, mister!"', f'"Good {word}, mister!"')
                        .replace('"Good evening, mister!"', f'"Good {word}, mister!"'),
                        encoding="utf-8")
        started = time.perf_counter()
        assert app.hot_reload(), "the reload kept the old content"
        times.append(time.perf_counter() - started)
    app.shutdown()
    return {"reloads": times}


CHILDREN = {
    "play": lambda args: child_play(args.mode, args.seconds, args.home),
    "bare": lambda args: child_bare(args.seconds),
    "doors": lambda args: child_doors(args.home),
    "frames": lambda args: child_frames(args.mode, args.frames, args.home),
    "dialogue": lambda args: child_dialogue(args.home),
    "reload": lambda args: child_reload(args.home),
}


# --- the parent: runs each child in its own process, prints side by side ----------------


def child_env() -> dict[str, str]:
    """The environment of a measured process: bytecode cached like a player's install."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run_child(name: str, home: str, **extra) -> dict:
    command = [sys.executable, __file__, "--child", name, "--home", home]
    for key, value in extra.items():
        command += [f"--{key}", str(value)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False,
                            env=child_env())
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if result.returncode != 0 or not lines:
        raise RuntimeError(f"{name} failed: {result.stderr[-1500:]}")
    return json.loads(lines[-1])


def first_frame(command: list[str], home: str) -> float:
    env = child_env()
    env.update(BORROWED_FACE_HOME=home, BORROWED_FACE_T0=repr(time.time()))
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=120, check=False)
    for line in result.stderr.splitlines():
        if line.startswith("first_frame_s="):
            return float(line.split("=", 1)[1])
    raise RuntimeError(f"no first_frame_s= from {command}: {result.stderr[-800:]}")


BARE_WINDOW = """\
import os, sys, time
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
import pygame
pygame.display.init()
screen = pygame.display.set_mode((1280, 720))
screen.fill((0, 0, 0))
pygame.display.flip()
sys.stderr.write(f"first_frame_s={time.time() - float(os.environ['BORROWED_FACE_T0']):.4f}\\n")
"""


def ms(seconds: float) -> str:
    return f"{seconds * 1000:6.1f} ms"


def p99(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--frames", type=int, default=600)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=3,
                        help="rounds of parts 1 and 5, each a baseline then the game")
    parser.add_argument("--child", choices=sorted(CHILDREN), help=argparse.SUPPRESS)
    parser.add_argument("--mode", default="", help=argparse.SUPPRESS)
    parser.add_argument("--home", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(CHILDREN[args.child](args)))
        return 0

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"load average {load:.2f} on {os.cpu_count()} cores at the start; SDL dummy drivers")
    with tempfile.TemporaryDirectory(prefix="bf-loop-") as home:
        first_frame([sys.executable, "-m", "game", "--frames", "1", "--no-sound"], home)

        print(f"\n1. CPU seconds over {args.seconds:g} s of real-time play, "
              f"{args.rounds} rounds (median CPU; median ratio, lowest-highest)")
        modes = (("stand", "the game, standing in the streets"),
                 ("walk", "the game, walking in the streets"),
                 ("read", "the game, a conversation over the streets"))
        rounds = []
        for _ in range(args.rounds):
            bare = run_child("bare", home, seconds=args.seconds)
            rounds.append({"bare": bare, **{mode: run_child("play", home, mode=mode,
                                                             seconds=args.seconds)
                                            for mode, _ in modes}})
        unpaced = run_child("play", home, mode="unpaced", seconds=args.seconds)
        bare_cpu = statistics.median(r["bare"]["cpu"] for r in rounds)
        print(f"   {'bare pygame loop, 1280x720 blit + flip at 60/s':50} {bare_cpu:5.2f} s CPU"
              f"  1.00x  {rounds[0]['bare']['frames'] / rounds[0]['bare']['wall']:6.1f} frames/s")
        for mode, label in modes:
            ratios = sorted(r[mode]["cpu"] / r["bare"]["cpu"] for r in rounds)
            cpu = statistics.median(r[mode]["cpu"] for r in rounds)
            rate = statistics.median(r[mode]["frames"] / r[mode]["wall"] for r in rounds)
            print(f"   {label:50} {cpu:5.2f} s CPU  {statistics.median(ratios):5.2f}x  "
                  f"{rate:6.1f} frames/s   ({ratios[0]:.2f}-{ratios[-1]:.2f}x)")
        print(f"   {'the loop before pacing, standing (once)':50} {unpaced['cpu']:5.2f} s CPU  "
              f"{unpaced['cpu'] / bare_cpu:5.2f}x  "
              f"{unpaced['frames'] / unpaced['wall']:6.1f} frames/s")
        print("   goal: the game at most 1.5x the bare loop (standing and walking)")

        doors = run_child("doors", home)
        print("\n2. door to frame (enter the next map, draw its first frame), "
              f"{len(doors['cold'])} doors of the streets")
        for key, label, goal in (("cold", "first visit, nothing drawn ahead", ""),
                                 ("ahead", "first visit, maps drawn ahead", "goal 50 ms"),
                                 ("later", "later visits", "goal 16.7 ms")):
            values = doors[key]
            print(f"   {label:34} median {ms(statistics.median(values))}  "
                  f"max {ms(max(values))}  {goal}")

        title = [first_frame([sys.executable, "-m", "game", "--frames", "1", "--no-sound"],
                             home) for _ in range(args.runs)]
        window = [first_frame([sys.executable, "-c", BARE_WINDOW], home)
                  for _ in range(args.runs)]
        print(f"\n3. process start to first frame, median of {args.runs}")
        print(f"   bare pygame window   {statistics.median(window):.3f} s")
        print(f"   the game's title     {statistics.median(title):.3f} s   goal 0.30 s "
              f"(spread {min(title):.3f}-{max(title):.3f} s)")

        dialogue = run_child("dialogue", home)
        print("\n4. shipped dialogue from its cache: best "
              f"{ms(min(dialogue['cached']))}, median {ms(statistics.median(dialogue['cached']))}"
              "   goal 30 ms")
        reloads = run_child("reload", home)["reloads"]
        print(f"   hot reload of an edited mod file: first {ms(reloads[0])}, "
              f"second {ms(reloads[1])}   goal: the first 100 ms")

        pairs = []
        for _ in range(args.rounds):
            blit = run_child("frames", home, mode="blit", frames=args.frames)["samples"]
            game = run_child("frames", home, mode="game", frames=args.frames)["samples"]
            pairs.append((blit, game))
        ratios = sorted(statistics.fmean(g) / statistics.fmean(b) for b, g in pairs)
        blit = [t for b, _ in pairs for t in b]
        game = [t for _, g in pairs for t in g]
        print(f"\n5. frame time, 1280x720, streets with 30 walkers, camera moving, "
              f"{args.rounds} rounds of {len(pairs[0][1])} frames, each in its own process")
        print(f"   one blit + flip      mean {ms(statistics.fmean(blit))}  p99 {ms(p99(blit))}")
        print(f"   game frame           mean {ms(statistics.fmean(game))}  p99 {ms(p99(game))}")
        print(f"   ratio of the means   median {statistics.median(ratios):.2f}x "
              f"({ratios[0]:.2f}-{ratios[-1]:.2f}x), p99 {p99(game) / p99(blit):.2f}x   "
              "goal: at most 2.0x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
