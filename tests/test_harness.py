"""The headless harness: frames, screenshots and one-line errors, as a player's shell sees them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pygame

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "game", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout)


def test_frames_and_screenshot_write_a_real_picture(tmp_path: Path) -> None:
    shot = tmp_path / "x.png"
    result = run("--map", "streets", "--frames", "60", "--screenshot", str(shot), "--no-sound")
    assert result.returncode == 0, result.stderr
    image = pygame.image.load(str(shot))
    assert image.get_size() == (1280, 720)
    colours = {image.get_at((x, y))[:3] for x in range(0, 1280, 40) for y in range(0, 720, 40)}
    assert len(colours) > 20, "the screenshot is (nearly) blank"


def test_default_start_draws_the_first_screen(tmp_path: Path) -> None:
    shot = tmp_path / "title.png"
    result = run("--frames", "30", "--screenshot", str(shot), "--no-sound")
    assert result.returncode == 0, result.stderr
    image = pygame.image.load(str(shot))
    colours = {image.get_at((x, y))[:3] for x in range(0, 1280, 40) for y in range(0, 720, 40)}
    assert len(colours) > 5


def test_an_unknown_option_is_one_line_and_exit_2() -> None:
    result = run("--frobnicate")
    assert result.returncode == 2
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "--frobnicate" in lines[0]
    assert "Traceback" not in result.stderr


def test_a_missing_map_is_one_line_and_exit_2() -> None:
    result = run("--map", "atlantis", "--frames", "1")
    assert result.returncode == 2
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "atlantis" in lines[0]


def test_a_broken_input_script_is_reported_with_its_line(tmp_path: Path) -> None:
    script = tmp_path / "bad.txt"
    script.write_text("wait 2\nhold sideways 4\n", encoding="utf-8")
    result = run("--map", "streets", "--frames", "5", "--input", str(script), "--no-sound")
    assert result.returncode == 2
    assert f"{script}:2:6" in result.stderr
    assert "Traceback" not in result.stderr


def test_paths_lists_every_user_folder() -> None:
    result = run("--paths")
    assert result.returncode == 0
    for name in ("data", "config", "saves", "mods", "cache", "screenshots", "logs"):
        assert any(line.startswith(name) for line in result.stdout.splitlines()), name


def test_missing_dependencies_are_named_not_a_traceback(monkeypatch, capsys) -> None:
    import importlib.util

    from game import cli

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "platformdirs" else real(name, *a))
    assert cli.main(["--frames", "1"]) == 2
    err = capsys.readouterr().err
    assert "platformdirs" in err and "pip install" in err and "Traceback" not in err
