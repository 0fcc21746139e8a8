"""When the game breaks anyway: write a crash report the player can send, and say where it is.

A windowed build has no console, so a bare traceback would vanish with the window. The
report goes to the user's log folder (beside `game.log`), one line goes to stderr, and,
when there is a real display, the same line is shown in a native message box.
"""

from __future__ import annotations

import logging
import os
import platform
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.paths import Paths

log = logging.getLogger(__name__)

# sysexits.h EX_SOFTWARE: "an internal software error has been detected"
EXIT_CRASH = 70
# what a shell reports for a process ended by SIGINT (128 + 2)
EXIT_INTERRUPTED = 130
LOG_TAIL_LINES = 60
# SDL video drivers that have no screen to put a message box on
_HEADLESS_DRIVERS = frozenset({"dummy", "offscreen", "evdev"})


def write_crash_report(paths: Paths, exc: BaseException, *, mods: Sequence[str]) -> Path:
    """Write `<logs>/crash-<timestamp>.txt` and return where it went.

    If the log folder cannot be written (read-only home, full disk), the report goes
    to the system's temporary folder instead: losing the report would defeat its purpose.
    """
    text = crash_report_text(paths, exc, mods=mods)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    folders = [paths.logs, Path(tempfile.gettempdir())]
    last_error: OSError | None = None
    for folder in folders:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            return _write_new(folder, f"crash-{stamp}", text)
        except OSError as error:
            last_error = error
    assert last_error is not None
    raise last_error


def _write_new(folder: Path, stem: str, text: str) -> Path:
    """Create a file that did not exist; two crashes in one second must not overwrite."""
    for attempt in range(1, 100):
        path = folder / (f"{stem}.txt" if attempt == 1 else f"{stem}-{attempt}.txt")
        try:
            # a folder or file name that is not UTF-8 is written as its escaped bytes
            with path.open("x", encoding="utf-8", errors="backslashreplace",
                           newline="\n") as file:
                file.write(text)
        except FileExistsError:
            continue
        return path
    raise FileExistsError(f"too many crash reports named {stem}-*.txt in {folder}")


def crash_report_text(paths: Paths, exc: BaseException, *, mods: Sequence[str]) -> str:
    """The whole report: what broke, on what, with what, and what the log said before."""
    from game import __version__

    lines = [
        "A Borrowed Face - crash report",
        "",
        f"time:      {time.strftime('%Y-%m-%d %H:%M:%S %z')}",
        f"game:      {__version__}" + (" (bundled)" if getattr(sys, "frozen", False) else ""),
        f"platform:  {platform.platform()} ({platform.machine()})",
        f"python:    {platform.python_implementation()} {platform.python_version()}",
        f"pygame:    {_pygame_versions()}",
        f"command:   {' '.join([Path(sys.argv[0]).name, *sys.argv[1:]]) if sys.argv else '?'}",
        f"data:      {paths.data}",
        "mods given: " + (", ".join(mods) if mods else "none"),
        "mods folder: " + _mods_folder_listing(paths.mods),
        "",
        "Traceback:",
        "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)).rstrip(),
        "",
    ]
    tail = _log_tail(paths.logs / "game.log")
    if tail:
        lines += [f"Last {len(tail)} lines of {paths.logs / 'game.log'}:", *tail, ""]
    else:
        lines += ["(no game log)", ""]
    return "\n".join(lines)


def _pygame_versions() -> str:
    # the crash may be pygame failing to import: report it, don't raise from the reporter
    try:
        import pygame
    except Exception as error:  # noqa: BLE001 - any import failure is itself the news
        return f"not importable ({type(error).__name__}: {error})"
    sdl = ".".join(str(part) for part in pygame.get_sdl_version())
    return f"{pygame.version.ver} (SDL {sdl})"


def _mods_folder_listing(folder: Path) -> str:
    try:
        names = sorted(entry.name for entry in folder.iterdir() if not entry.name.startswith("."))
    except OSError:
        return f"{folder} (not there)"
    return f"{folder}: " + (", ".join(names) if names else "empty")


def _log_tail(log_file: Path, count: int = LOG_TAIL_LINES) -> list[str]:
    try:
        text = log_file.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    return text.splitlines()[-count:]


def crash_message(report: Path) -> str:
    return f"The game stopped because of an error. A report was written to {report}"


def run_guarded(fn: Callable[[], int], paths: Paths, mods: Sequence[str], *,
                expected: tuple[type[BaseException], ...] = ()) -> int:
    """Run the game; turn an unexpected exception into a report and exit status 70.

    `expected` exceptions (such as a content error the caller reports in its own words)
    pass through untouched, as does SystemExit. Ctrl+C ends quietly with 130.
    """
    try:
        return fn()
    except expected:
        raise
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except Exception as exc:  # noqa: BLE001 - this is the last line of defence
        return _report_crash(paths, exc, mods)


def _report_crash(paths: Paths, exc: BaseException, mods: Sequence[str]) -> int:
    try:
        report = write_crash_report(paths, exc, mods=mods)
    except OSError as error:
        # nowhere to write: the traceback on stderr is all there is
        _to_stderr("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
        _to_stderr(f"The game stopped because of an error, and no report could be "
                   f"written ({error}).\n")
        return EXIT_CRASH
    message = crash_message(report)
    # INFO, so it reaches game.log but not stderr, which gets exactly the one line below
    log.info("crashed: %s: %s; report at %s", type(exc).__name__, exc, report)
    _to_stderr(message + "\n")
    show_message_box(message)
    return EXIT_CRASH


def _to_stderr(text: str) -> None:
    # a windowed (no console) build may have no stderr at all
    stream = sys.stderr
    if stream is None:
        return
    try:
        stream.write(text)
        stream.flush()
    except (OSError, ValueError):
        pass  # a closed or broken stderr: the report on disk still stands


def display_available(environ: dict[str, str] | None = None) -> bool:
    """Whether a message box could reach a person: not under the dummy driver, not
    on a Linux box without X11 or Wayland."""
    env = os.environ if environ is None else environ
    if env.get("SDL_VIDEODRIVER", "").lower() in _HEADLESS_DRIVERS:
        return False
    if sys.platform.startswith("linux") or "bsd" in sys.platform:
        return bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))
    return True


def show_message_box(message: str) -> bool:
    """Show the message in a native box (SDL's message box, through pygame); True if shown."""
    if not display_available():
        return False
    try:
        import pygame

        # stop looping music, and leave fullscreen so the box is not hidden behind it
        if pygame.mixer.get_init():
            pygame.mixer.quit()
        if pygame.display.get_init():
            pygame.display.quit()
        pygame.display.message_box("A Borrowed Face", message, message_type="error")
    except Exception as error:  # noqa: BLE001 - the report is written; the box is a courtesy
        log.info("could not show the crash message box: %s", error)
        return False
    return True
