"""Build the player's bundle with PyInstaller: the one documented build command.

    python tools/build_bundle.py              one folder:  dist/borrowed-face/
    python tools/build_bundle.py --onefile    one file:    dist/borrowed-face (.exe on Windows)
    python tools/build_bundle.py --strip      strip symbols from the libraries (Linux, macOS)

Needs the `package` extra (`pip install -e ".[package]"`). Runs PyInstaller on
borrowed-face.spec with --noconfirm --clean, then prints the build time and the size.
See docs/packaging.md.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "borrowed-face.spec"
NAME = "borrowed-face"


def folder_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    # symlinks (macOS frameworks) would be counted twice
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def output_path(dist: Path, onefile: bool) -> Path:
    if onefile and sys.platform == "win32":
        return dist / f"{NAME}.exe"
    return dist / NAME


def clear_previous(dist: Path) -> None:
    """The one-folder and the one-file builds share the name dist/borrowed-face; a
    folder left there would stop the file from being written, and the other way round."""
    for path in (dist / NAME, dist / f"{NAME}.exe"):
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        elif path.exists():
            path.unlink()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--onefile", action="store_true", help="one self-unpacking executable instead of a folder"
    )
    parser.add_argument(
        "--strip",
        action="store_true",
        help="strip symbols from the shared libraries (not on Windows)",
    )
    parser.add_argument(
        "--dist", type=Path, default=ROOT / "dist", help="where the bundle goes (default: dist/)"
    )
    parser.add_argument(
        "--work",
        type=Path,
        default=ROOT / "build",
        help="PyInstaller's work folder (default: build/)",
    )
    args = parser.parse_args(argv)

    dist = args.dist.resolve()
    clear_previous(dist)
    spec_options = [
        flag for flag, wanted in (("--onefile", args.onefile), ("--strip", args.strip)) if wanted
    ]
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        str(SPEC),
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(args.work.resolve()),
    ]
    if spec_options:
        command += ["--", *spec_options]
    print("$ " + " ".join(command), flush=True)
    started = time.perf_counter()
    # PYTHONOPTIMIZE from the caller's shell would strip asserts from the bundle
    env = {key: value for key, value in os.environ.items() if key != "PYTHONOPTIMIZE"}
    result = subprocess.run(command, cwd=ROOT, env=env, check=False)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        print(
            f"build failed (PyInstaller exit {result.returncode}) after {elapsed:.1f} s",
            file=sys.stderr,
        )
        return result.returncode

    built = output_path(dist, args.onefile)
    if not built.exists():
        print(f"build finished but {built} is not there", file=sys.stderr)
        return 1
    kind = "one file" if args.onefile else "one folder"
    if args.strip:
        kind += ", stripped"
    print(f"build time   {elapsed:.1f} s")
    print(f"bundle       {built} ({kind})")
    print(f"bundle size  {megabytes(folder_size(built))}")
    if not args.onefile:
        executable = built / (f"{NAME}.exe" if sys.platform == "win32" else NAME)
        print(f"run it       {executable}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
