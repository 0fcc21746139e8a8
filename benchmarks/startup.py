"""Start-up time to the first drawn frame: the frozen game beside `python -m game`, same run.

Each start gets BORROWED_FACE_T0 = time.time() just before the spawn, so the game's
`first_frame_s=` (printed at its first frame, see game/app.py) includes starting the
interpreter (and, for a one-file build, unpacking itself). "cold" is a fresh user folder
(no dialogue cache yet); "warm" is the median of the later starts with the same folder.

    python benchmarks/startup.py [--bundle dist/borrowed-face/borrowed-face] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARGS = ["--map", "streets", "--frames", "1", "--no-sound"]
FIRST_FRAME = re.compile(r"first_frame_s=([0-9.]+)")


def default_bundles() -> list[Path]:
    dist = ROOT / "dist"
    folder = dist / "borrowed-face" / "borrowed-face"
    single = dist / ("borrowed-face.exe" if sys.platform == "win32" else "borrowed-face")
    return [path for path in (folder, single) if path.is_file()]


class StartFailed(Exception):
    pass


def first_frame(command: list[str], home: Path) -> float:
    env = dict(os.environ, BORROWED_FACE_HOME=str(home), SDL_VIDEODRIVER="dummy",
               SDL_AUDIODRIVER="dummy")
    env["BORROWED_FACE_T0"] = repr(time.time())
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=120, check=False)
    found = FIRST_FRAME.search(result.stderr)
    if result.returncode != 0 or found is None:
        last = result.stderr.strip().splitlines()[-1:] or [""]
        raise StartFailed(f"exit {result.returncode}: {last[0]}")
    return float(found.group(1))


def measure(command: list[str], runs: int) -> tuple[float, float]:
    with tempfile.TemporaryDirectory(prefix="bf-startup-") as home:
        cold = first_frame(command, Path(home))
        warm = [first_frame(command, Path(home)) for _ in range(runs)]
    return cold, statistics.median(warm)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, action="append",
                        help="a frozen executable (repeatable; default: what is in dist/)")
    parser.add_argument("--runs", type=int, default=5, help="warm starts per variant")
    args = parser.parse_args()
    variants: list[tuple[str, list[str]]] = [
        ("python -m game", [sys.executable, "-m", "game", *ARGS])]
    for bundle in args.bundle or default_bundles():
        kind = "one-folder" if (bundle.parent / "_internal").is_dir() else "one-file"
        shown = bundle.relative_to(ROOT) if bundle.is_relative_to(ROOT) else bundle
        variants.append((f"{kind} {shown}", [str(bundle.resolve()), *ARGS]))
    if len(variants) == 1:
        print("no bundle found in dist/: build one with python tools/build_bundle.py",
              file=sys.stderr)
    print(f"first frame of the streets, seconds from spawn ({args.runs} warm runs, median)")
    print(f"{'variant':44} {'cold':>7} {'warm':>7}", flush=True)
    failed = False
    for name, command in variants:
        try:
            cold, warm = measure(command, args.runs)
        except StartFailed as error:  # say which variant broke, and still measure the rest
            print(f"{name:44} failed: {error}")
            failed = True
            continue
        print(f"{name:44} {cold:7.3f} {warm:7.3f}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
