"""Build the player's bundle with PyInstaller: the one documented build command.

    python tools/build_bundle.py              one folder:  dist/borrowed-face/
    python tools/build_bundle.py --archive    ...and the archive a player downloads, with
                                              its SHA-256 sums file, in dist/
    python tools/build_bundle.py --onefile    one file:    dist/borrowed-face (.exe on Windows)
    python tools/build_bundle.py --no-strip   keep the libraries' symbols (stripped by
                                              default on Linux; --strip asks for it on macOS)

Needs the `package` extra (`pip install -e ".[package]"`). Runs PyInstaller on
borrowed-face.spec with --noconfirm --clean, then prints the build time and the size.
The archive is `borrowed-face-VERSION-PLATFORM.tar.gz` (`.zip` on Windows), one folder of
that name inside: the bundle, an install note, and on Linux the desktop entry, the
AppStream metainfo and the icons under `share/` (packaging/); beside it
`borrowed-face-VERSION-PLATFORM.sha256` for `sha256sum -c`. See docs/packaging.md.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from game import __version__  # noqa: E402 - game/__init__.py only sets a variable

SPEC = ROOT / "borrowed-face.spec"
NAME = "borrowed-face"
APP_ID = "org.borrowedface.BorrowedFace"
PACKAGING = ROOT / "packaging"
LINUX = sys.platform.startswith("linux")


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


def platform_tag() -> str:
    """`linux-x86_64`, `windows-x86_64`, `macos-arm64`: the archive's platform."""
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform,
                                                          sys.platform.rstrip("0123456789"))
    machine = platform.machine().lower()
    machine = {"amd64": "x86_64", "x64": "x86_64"}.get(machine, machine)
    return f"{system}-{machine}"


def install_note(top: str) -> str:
    """INSTALL.txt: how to play and install, for this platform."""
    head = f"A Borrowed Face {__version__} ({platform_tag()})\n\n"
    sums = (f"Check the download: sha256sum -c {top}.sha256\n"
            "Saves, settings and mods live outside this folder: `--paths` shows where.\n")
    if sys.platform == "win32":
        return head + (
            "Play: unpack the folder anywhere and run borrowed-face.exe.\n"
            "The tools (lint, why, mods, --paths) are in borrowed-face-cli.exe, from a\n"
            "terminal. Windows 10 or newer, 64-bit. To uninstall, delete the folder.\n"
        ) + sums.replace("sha256sum -c", "compare Get-FileHash with")
    if sys.platform == "darwin":
        return head + (
            "Play: drag Borrowed Face.app to Applications and open it. The app is not\n"
            "signed: the first time, right-click it and choose Open. The tools (lint, why,\n"
            "mods, --paths) run from a terminal as\n"
            '"Borrowed Face.app/Contents/MacOS/borrowed-face" lint\n'
        ) + sums.replace("sha256sum -c", "shasum -a 256 -c")
    return head + (
        "Play without installing: ./borrowed-face in this folder.\n\n"
        "Install for your user, with a menu entry and an icon (from this folder):\n\n"
        "    mkdir -p ~/.local/opt ~/.local/bin ~/.local/share\n"
        "    cp -r . ~/.local/opt/borrowed-face\n"
        "    ln -sf ~/.local/opt/borrowed-face/borrowed-face ~/.local/bin/borrowed-face\n"
        "    cp -r share/. ~/.local/share/\n\n"
        "The menu entry runs `borrowed-face`, so ~/.local/bin must be on your PATH\n"
        "(it is on most desktops). To uninstall, delete ~/.local/opt/borrowed-face,\n"
        "the link, and what share/ put in ~/.local/share. Needs X11 or Wayland, and a\n"
        "glibc at least as new as the build machine's.\n\n"
    ) + sums


def linux_extras() -> dict[str, Path]:
    """share/ of the Linux archive: desktop entry, metainfo, icons (by path inside)."""
    extras = {
        f"share/applications/{APP_ID}.desktop": PACKAGING / "linux" / f"{APP_ID}.desktop",
        f"share/metainfo/{APP_ID}.metainfo.xml":
            PACKAGING / "linux" / f"{APP_ID}.metainfo.xml",
    }
    theme = PACKAGING / "icons" / "hicolor"
    for icon in sorted(theme.rglob(f"{APP_ID}.png")):
        extras[f"share/icons/hicolor/{icon.relative_to(theme).as_posix()}"] = icon
    return extras


def archive_members(dist: Path) -> dict[str, Path]:
    """What goes in the archive, by path below its top folder (files and symlinks)."""
    members: dict[str, Path] = {}
    roots = [dist / "Borrowed Face.app"] if sys.platform == "darwin" else [dist / NAME]
    for root in roots:
        base = root.parent if sys.platform == "darwin" else root
        for path in sorted(root.rglob("*")):
            if path.is_symlink() or path.is_file():
                members[path.relative_to(base).as_posix()] = path
    if LINUX:
        members.update(linux_extras())
    return members


def make_archive(dist: Path) -> tuple[Path, Path]:
    """The archive and its sums file, in dist/."""
    top = f"{NAME}-{__version__}-{platform_tag()}"
    members = archive_members(dist)
    note = install_note(top).encode("utf-8")
    if sys.platform == "win32":
        archive = dist / f"{top}.zip"
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as out:
            for inside, path in members.items():
                out.write(path, f"{top}/{inside}")
            out.writestr(f"{top}/INSTALL.txt", note)
    else:
        archive = dist / f"{top}.tar.gz"

        def owned_by_nobody(info: tarfile.TarInfo) -> tarfile.TarInfo:
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            return info

        with tarfile.open(archive, "w:gz") as out:
            for inside, path in members.items():
                out.add(path, f"{top}/{inside}", recursive=False, filter=owned_by_nobody)
            info = owned_by_nobody(tarfile.TarInfo(f"{top}/INSTALL.txt"))
            info.size, info.mode, info.mtime = len(note), 0o644, int(time.time())
            out.addfile(info, io.BytesIO(note))
    digest = hashlib.sha256(archive.read_bytes()).hexdigest()
    sums = dist / f"{top}.sha256"
    sums.write_text(f"{digest}  {archive.name}\n", encoding="utf-8")
    return archive, sums


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--onefile", action="store_true", help="one self-unpacking executable instead of a folder"
    )
    parser.add_argument(
        "--strip",
        action=argparse.BooleanOptionalAction,
        default=LINUX,
        help="strip symbols from the shared libraries (default on Linux; not on Windows)",
    )
    parser.add_argument(
        "--archive",
        action="store_true",
        help="also pack the one-folder bundle into the archive a player downloads",
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
    if args.archive and args.onefile:
        parser.error("--archive packs the one-folder bundle: leave out --onefile")
    if args.strip and sys.platform == "win32":
        args.strip = False

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
    if args.archive:
        archive, sums = make_archive(dist)
        print(f"archive      {archive} ({megabytes(archive.stat().st_size)})")
        print(f"sums         {sums}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
