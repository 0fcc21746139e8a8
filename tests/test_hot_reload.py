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
    app.boot()
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
        assert app.ui_engine.content is app.session.engine.content
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


@pytest.mark.skipif(not REAL_WINDOW, reason="needs xvfb-run and xdotool for a real X window")
def test_f5_in_a_real_window(mod: Path, tmp_path: Path) -> None:
    """The game in an X11 window (under Xvfb): edit a mod file, press F5 on the window."""
    import subprocess
    import sys

    home = tmp_path / "home"
    log = home / "logs" / "game.log"
    script = tmp_path / "play.sh"
    script.write_text(f"""\
export BORROWED_FACE_HOME={home} SDL_VIDEODRIVER=x11 SDL_AUDIODRIVER=dummy
{sys.executable} -m game --mod {mod} --map streets --no-sound --scale 1 &
game=$!
for i in $(seq 1 100); do
  window=$(xdotool search --pid $game 2>/dev/null | head -1)
  [ -n "$window" ] && break
  sleep 0.1
done
for i in $(seq 1 300); do  # the content is loaded once the first frame is drawn
  grep -q "first frame" {log} 2>/dev/null && break
  sleep 0.1
done
sed -i 's/"Hello, mister!"/"Good evening, mister!"/' {mod}/dialogue/children.yaml
xdotool key --window $window F5
for i in $(seq 1 100); do
  grep -q "Dialogue reloaded" {log} 2>/dev/null && break
  sleep 0.1
done
kill $game
wait $game
""", encoding="utf-8")
    subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1280x720x24", "bash", str(script)],
                   cwd=ROOT, timeout=120, capture_output=True, check=False)
    text = log.read_text(encoding="utf-8")
    assert "Dialogue reloaded" in text and "1 lines changed" in text, text[-2000:]
