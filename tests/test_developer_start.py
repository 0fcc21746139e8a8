"""A developer start (--map, --spawn, --face, --frames, --input) never touches the
player's own saves: they stay byte for byte as they were, and the run's saves go to a
separate set of slots."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from game import saveload
from game.app import App, Options
from game.paths import default_paths

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "game", "--no-sound", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)


def players_saves() -> dict[str, bytes]:
    """An autosave and a quick save made by a player's own game."""
    app = App(Options(frames=1, sound=False, scale=1), default_paths())
    try:
        app.settings.content_note = False
        app.new_game(map_id="home")
        assert app.autosave() and app.quicksave()
        folder = app.paths.saves
        return {name: (folder / name).read_bytes() for name in ("auto.json", "quick.json")}
    finally:
        app.shutdown()


def test_developer_starts_leave_the_players_saves_byte_for_byte(tmp_path: Path) -> None:
    before = players_saves()
    saves = default_paths().saves
    # a new game from the title by script: the opening starts chapter 1 (an autosave),
    # then a quick save in the street
    script = tmp_path / "new_game.txt"
    script.write_text("wait 40\npress act\nwait 30\npress act\nwait 60\n"
                      + "press act\nwait 25\n" * 30 + "press quicksave\nwait 10\n",
                      encoding="utf-8")
    result = run("--frames", "1200", "--input", str(script))
    assert result.returncode == 0, result.stderr
    # a start on a chosen map, face and spawn, saving quickly
    quick = tmp_path / "quick.txt"
    quick.write_text("wait 20\npress quicksave\nwait 10\n", encoding="utf-8")
    result = run("--map", "streets", "--spawn", "start", "--face", "mask", "--frames", "60",
                 "--input", str(quick))
    assert result.returncode == 0, result.stderr

    after = {name: (saves / name).read_bytes() for name in before}
    assert after == before, "a developer start wrote over the player's saves"
    separate = saves / saveload.DEVELOPER_SLOTS
    assert (separate / "auto.json").is_file(), "the opening's autosave went nowhere"
    assert (separate / "quick.json").is_file(), "the quick save went nowhere"
