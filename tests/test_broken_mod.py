"""The broken example mod (tests/mods/broken): the lint finds every planted problem where
it is, and the game refuses the mod, says so on screen, writes the report and runs on."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from game.app import App, Options
from game.checks import lint_main
from game.paths import default_paths
from game.scenes.problems import ProblemsScene
from game.world.scene import WorldScene

ROOT = Path(__file__).resolve().parent.parent
BROKEN = ROOT / "tests" / "mods" / "broken"
EXPECTED = "\n".join(line for line in (ROOT / "tests" / "mods" / "broken.expected").read_text(
    encoding="utf-8").splitlines() if not line.startswith("#"))


def test_lint_prints_every_planted_problem_at_its_place() -> None:
    out = io.StringIO()
    status = lint_main([str(BROKEN)], default_paths(), out=out)
    lines = out.getvalue().replace(f"{BROKEN}/", "").splitlines()
    assert status == 1
    assert lines[-1].startswith("11 error(s), 1 warning(s)")
    assert lines[:-1] == EXPECTED.splitlines()


def test_the_planted_problems_cover_every_kind() -> None:
    codes = {line.split(": ")[1].split()[0] for line in EXPECTED.splitlines()}
    assert codes >= {"D001", "D010", "D020", "D021", "D030", "D033", "D040", "D050", "D060",
                     "X003", "X005", "X010"}


def test_the_game_refuses_the_mod_and_runs_without_it() -> None:
    paths = default_paths()
    app = App(Options(frames=30, map="streets", mods=[BROKEN], sound=False, scale=1), paths)
    assert app.run() == 0
    assert app.frame == 30  # it ran every frame
    # the refused-mod screen is up, over the world, naming the mod and its first problems
    problems = app.scenes.find(ProblemsScene)
    assert problems is not None and app.scenes.top is problems
    assert app.scenes.find(WorldScene) is not None
    shown = "\n".join(problems.lines)
    assert "broken: 11 problem(s)" in shown
    assert f"{BROKEN}/mod.yaml:3:1: X005 error" in shown
    assert str(paths.logs / "mods-report.txt") in problems.footer
    # nothing of the mod is in play
    assert [m.id for m in app.mods.refused] == ["broken"] and app.mods.loaded == []
    content = app.world_data.content
    assert "broken.child.wave" not in content.reactions and "broken_sign" not in content.scenes
    assert all("broken" not in str(folder) for folder in app.world_data.dialogue_dirs)
    # the full report lists every problem
    report = (paths.logs / "mods-report.txt").read_text(encoding="utf-8")
    for line in EXPECTED.splitlines():
        assert f"{BROKEN}/{line.split(': ')[0]}" in report, line


def test_the_game_started_from_the_command_line_runs_on(tmp_path: Path) -> None:
    env = dict(os.environ, BORROWED_FACE_HOME=str(tmp_path), SDL_VIDEODRIVER="dummy",
               SDL_AUDIODRIVER="dummy")
    shot = tmp_path / "refused.png"
    done = subprocess.run(
        [sys.executable, "-m", "game", "--mod", str(BROKEN), "--map", "streets", "--frames",
         "10", "--no-sound", "--screenshot", str(shot)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert shot.is_file()
    assert "was refused" in (tmp_path / "logs" / "mods-report.txt").read_text(encoding="utf-8")
