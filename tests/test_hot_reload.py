"""Hot reload with a mod: F5 (the `reload` action) and `--watch` bring in edited dialogue,
keep the story, say what changed; a broken edit keeps the previous version running."""

from __future__ import annotations

import shutil
from pathlib import Path

import pygame
import pytest

from game.app import App, Options
from game.loop import STEP
from game.paths import default_paths
from game.scenes.problems import ProblemsScene
from game.world.scene import WorldScene

ROOT = Path(__file__).resolve().parent.parent
KINDER = ROOT / "examples" / "mods" / "kinder_children"
LINE = "child.bandages.notice.3"


@pytest.fixture
def mod(tmp_path: Path) -> Path:
    return Path(shutil.copytree(KINDER, tmp_path / "kinder_children"))


def start(mod: Path, *, watch: bool = False) -> App:
    app = App(Options(frames=1, sound=False, scale=1, map="streets", mods=[mod], watch=watch),
              default_paths())
    app.start()
    assert [m.id for m in app.mods.loaded] == ["kinder_children"]
    return app


def edit(mod: Path, old: str, new: str) -> None:
    path = mod / "dialogue" / "children.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def press_reload(app: App) -> None:
    """F5, as the keyboard would give it: the `reload` action pressed and released."""
    for pressed in (True, False):
        event = app.input.inject("reload", pressed)
        if event is not None:
            app.dispatch(event)


def texts(app: App) -> dict:
    return app.session.engine.content.texts


def test_f5_reloads_an_edited_mod_file_and_keeps_the_story(mod: Path) -> None:
    app = start(mod)
    try:
        app.session.state.set("room_rented", True)
        app.session.state.set("child_1.times_met", 3)
        edit(mod, '"Hello, mister!"', '"Good evening, mister!"')
        press_reload(app)
        assert texts(app)[LINE].text == "Good evening, mister!"
        assert app.world_data.content is app.session.engine.content
        assert app.session.state.get("room_rented") is True
        assert app.session.state.get("child_1.times_met") == 3
        assert any("Dialogue reloaded" in t.text and "1 lines changed" in t.text
                   for t in app.toasts)
        # the patch is applied to the fresh content once, not on top of the old
        lines = [line.id for line in app.session.engine.content.reactions[
            "child.bandages.hides"].lines]
        assert lines.count("kinder.hides.5") == 1
        assert isinstance(app.scenes.top, WorldScene)
    finally:
        pygame.quit()


@pytest.mark.parametrize(("old", "new", "code"), [
    ('"Hello, mister!"', '"Hello, mister!', "D001"),  # YAML syntax
    ("role: child\n    concept: notice", "role: chlid\n    concept: notice", "D030"),  # lint
    ("node: start", "node: strat", "D045"),  # a patch of a missing node
])
def test_a_broken_edit_keeps_the_previous_version(mod: Path, old: str, new: str,
                                                  code: str) -> None:
    app = start(mod)
    try:
        edit(mod, '"Hello, mister!"', '"Good evening, mister!"')
        press_reload(app)
        good = app.session.engine.content
        edit(mod, old.replace("Hello", "Good evening"), new.replace("Hello", "Good evening"))
        press_reload(app)
        assert app.session.engine.content is good  # still the last good version
        problems = app.scenes.top
        assert isinstance(problems, ProblemsScene)
        assert any(f": {code} error" in line and "children.yaml" in line
                   for line in problems.lines), problems.lines
        problems.close()
        assert isinstance(app.scenes.top, WorldScene)
    finally:
        pygame.quit()


def test_watch_reloads_by_itself(mod: Path) -> None:
    app = start(mod, watch=True)
    try:
        for _ in range(40):  # the first look at the files
            app.step(STEP)
        edit(mod, '"Hello, mister!"', '"Good morning to you, mister!"')
        for _ in range(40):  # checked twice a second
            app.step(STEP)
        assert texts(app)[LINE].text == "Good morning to you, mister!"
    finally:
        pygame.quit()


REAL_WINDOW = all(shutil.which(tool) for tool in ("xvfb-run", "xdotool"))

# Runs under xvfb-run: starts the game in an X11 window, waits until it logs that it is
# ready, edits the mod, then focuses the window and presses F5 as a keyboard would (XTEST
# events to the focused window; a synthetic event sent to one window is ignored by many
# SDL builds), again every few seconds until the game logs the reload or time runs out.
WINDOW_DRIVER = """\
import json, subprocess, sys, time
game_command, log, children = json.loads(sys.argv[1]), sys.argv[2], sys.argv[3]
deadline = 90.0  # seconds for the whole run; a loaded machine is slow, not stuck
started = time.monotonic()
game = subprocess.Popen(game_command)


def wait_for(what, check, every=0.1):
    while time.monotonic() - started < deadline:
        if game.poll() is not None:
            sys.exit(f"the game ended ({game.returncode}) while waiting for {what}")
        found = check()
        if found:
            return found
        time.sleep(every)
    sys.exit(f"no {what} after {deadline:.0f} s")


def logged(text):
    try:
        with open(log, encoding="utf-8") as handle:
            return text in handle.read()
    except OSError:
        return False


def window():
    found = subprocess.run(["xdotool", "search", "--pid", str(game.pid)],
                           capture_output=True, text=True).stdout.split()
    return found[0] if found else None


try:
    wait_for("'ready' in the log", lambda: logged(" ready: "))
    window_id = wait_for("game window", window)
    with open(children, encoding="utf-8") as handle:
        text = handle.read()
    with open(children, "w", encoding="utf-8") as handle:
        handle.write(text.replace('"Hello, mister!"', '"Good evening, mister!"'))
    pressed = 0.0

    def reload_seen():
        global pressed
        if logged("Dialogue reloaded"):
            return True
        if time.monotonic() - pressed > 3.0:  # press (again): the first may come too soon
            subprocess.run(["xdotool", "windowfocus", "--sync", window_id], timeout=10)
            subprocess.run(["xdotool", "key", "F5"], timeout=10)
            pressed = time.monotonic()
        return False

    wait_for("'Dialogue reloaded' in the log", reload_seen, every=0.2)
finally:
    game.terminate()
    try:
        game.wait(timeout=20)
    except subprocess.TimeoutExpired:
        game.kill()
"""


@pytest.mark.skipif(not REAL_WINDOW, reason="needs xvfb-run and xdotool for a real X window")
def test_f5_in_a_real_window(mod: Path, tmp_path: Path) -> None:
    """The game in an X11 window (under Xvfb): edit a mod file, press F5 on the window."""
    import json
    import os
    import subprocess
    import sys

    home = tmp_path / "home"
    log = home / "logs" / "game.log"
    driver = tmp_path / "drive_window.py"
    driver.write_text(WINDOW_DRIVER, encoding="utf-8")
    environment = {**os.environ, "BORROWED_FACE_HOME": str(home), "SDL_VIDEODRIVER": "x11",
                   "SDL_AUDIODRIVER": "dummy"}
    game = [sys.executable, "-m", "game", "--mod", str(mod), "--map", "streets",
            "--no-sound", "--scale", "1"]
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x720x24", sys.executable, str(driver),
         json.dumps(game), str(log), str(mod / "dialogue" / "children.yaml")],
        cwd=ROOT, env=environment, timeout=180, capture_output=True, text=True, check=False)
    text = log.read_text(encoding="utf-8") if log.is_file() else "(no log)"
    assert result.returncode == 0, f"{result.stdout}{result.stderr}\n{text[-2000:]}"
    assert "Dialogue reloaded" in text and "1 lines changed" in text, text[-2000:]
