"""Crash reports: what the report holds, where it goes, and what the player is told."""

from __future__ import annotations

import platform
import re
import sys
import tempfile
from pathlib import Path

import pygame
import pytest

from game import __version__, cli, crash
from game.diagnostics import ContentError
from game.paths import Paths, default_paths


@pytest.fixture
def paths(user_home: Path) -> Paths:
    return default_paths()


def broken_game() -> int:
    def deep_in_the_world() -> None:
        raise ValueError("the tram left the rails")

    deep_in_the_world()
    return 0


def caught(fn=broken_game) -> BaseException:
    try:
        fn()
    except BaseException as exc:  # noqa: BLE001 - the test wants whatever it raised
        return exc
    raise AssertionError("did not raise")


def test_the_report_holds_the_traceback_the_versions_the_mods_and_the_log_tail(
        paths: Paths) -> None:
    paths.logs.mkdir(parents=True)
    (paths.logs / "game.log").write_text(
        "".join(f"log line {n}\n" for n in range(100)), encoding="utf-8")
    (paths.mods / "paper_lantern").mkdir(parents=True)

    report = crash.write_crash_report(paths, caught(), mods=["/somewhere/my_mod"])

    assert report.parent == paths.logs
    assert re.fullmatch(r"crash-\d{8}-\d{6}\.txt", report.name)
    text = report.read_text(encoding="utf-8")
    assert "deep_in_the_world" in text
    assert "ValueError: the tram left the rails" in text
    assert f"game:      {__version__}" in text
    assert platform.python_version() in text
    assert pygame.version.ver in text
    assert "/somewhere/my_mod" in text
    assert "paper_lantern" in text
    assert "log line 99" in text
    assert f"log line {99 - crash.LOG_TAIL_LINES}\n" not in text  # only the tail


def test_a_report_without_a_log_says_so(paths: Paths) -> None:
    text = crash.write_crash_report(paths, caught(), mods=[]).read_text(encoding="utf-8")
    assert "(no game log)" in text
    assert "mods given: none" in text


def test_two_crashes_in_the_same_second_keep_both_reports(
        paths: Paths, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crash.time, "strftime", lambda _fmt, *_args: "20240101-120000")
    first = crash.write_crash_report(paths, caught(), mods=[])
    second = crash.write_crash_report(paths, caught(), mods=[])
    assert first != second
    assert first.is_file() and second.is_file()


def test_an_unwritable_log_folder_sends_the_report_to_the_temp_folder(
        paths: Paths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths.logs.parent.mkdir(parents=True, exist_ok=True)
    paths.logs.write_text("a file where the folder should be", encoding="utf-8")
    fallback = tmp_path / "system-temp"
    fallback.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(fallback))

    report = crash.write_crash_report(paths, caught(), mods=[])
    assert report.parent == fallback


def test_run_guarded_returns_what_the_game_returns(paths: Paths) -> None:
    assert crash.run_guarded(lambda: 3, paths, []) == 3


def test_a_crash_gives_status_70_one_line_on_stderr_and_a_report(
        paths: Paths, capsys: pytest.CaptureFixture[str]) -> None:
    assert crash.run_guarded(broken_game, paths, []) == crash.EXIT_CRASH == 70

    reports = list(paths.logs.glob("crash-*.txt"))
    assert len(reports) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (f"The game stopped because of an error. "
                            f"A report was written to {reports[0]}\n")


def test_ctrl_c_ends_quietly_with_130(paths: Paths, capsys: pytest.CaptureFixture[str]
                                      ) -> None:
    def interrupted() -> int:
        raise KeyboardInterrupt

    assert crash.run_guarded(interrupted, paths, []) == 130
    assert capsys.readouterr().err == ""
    assert not paths.logs.exists() or not list(paths.logs.glob("crash-*"))


@pytest.mark.parametrize("exc", [SystemExit(4), ContentError([])], ids=["exit", "expected"])
def test_exits_and_expected_errors_pass_through(paths: Paths, exc: BaseException) -> None:
    def game() -> int:
        raise exc

    with pytest.raises(type(exc)):
        crash.run_guarded(game, paths, [], expected=(ContentError,))
    assert not paths.logs.exists() or not list(paths.logs.glob("crash-*"))


def test_a_windowed_build_without_stderr_still_reports(
        paths: Paths, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stderr", None)
    assert crash.run_guarded(broken_game, paths, []) == 70
    assert list(paths.logs.glob("crash-*.txt"))


def test_no_message_box_under_the_dummy_driver(monkeypatch: pytest.MonkeyPatch) -> None:
    def must_not_open(*args: object, **kwargs: object) -> int:
        raise AssertionError("a message box under the dummy driver")

    monkeypatch.setattr(pygame.display, "message_box", must_not_open)
    assert not crash.display_available({"SDL_VIDEODRIVER": "dummy", "DISPLAY": ":0"})
    assert crash.show_message_box("hello") is False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland rule")
def test_no_message_box_on_linux_without_a_display() -> None:
    assert not crash.display_available({})
    assert crash.display_available({"DISPLAY": ":0"})
    assert crash.display_available({"WAYLAND_DISPLAY": "wayland-0"})


def test_the_message_box_says_the_same_line(monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[tuple[str, str, str]] = []

    def message_box(title: str, message: str, message_type: str = "info", **_: object) -> int:
        shown.append((title, message, message_type))
        return 0

    monkeypatch.setattr(crash, "display_available", lambda environ=None: True)
    monkeypatch.setattr(pygame.display, "message_box", message_box)
    message = crash.crash_message(Path("/logs/crash-1.txt"))
    assert crash.show_message_box(message) is True
    assert shown == [("A Borrowed Face", message, "error")]


def test_the_command_turns_a_crash_in_play_into_status_70(
        paths: Paths, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from game.app import App

    def run(self: App) -> int:
        raise RuntimeError("broken on purpose")

    monkeypatch.setattr(App, "run", run)
    assert cli.main(["--map", "streets", "--frames", "1", "--no-sound"]) == 70
    report = next(paths.logs.glob("crash-*.txt"))
    assert "RuntimeError: broken on purpose" in report.read_text(encoding="utf-8")
    assert str(report) in capsys.readouterr().err


def test_the_command_still_reports_content_errors_in_one_line(
        paths: Paths, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from game.app import App

    def run(self: App) -> int:
        raise ContentError([])

    monkeypatch.setattr(App, "run", run)
    assert cli.main(["--map", "streets", "--frames", "1", "--no-sound"]) == 2
    assert "borrowed-face: error:" in capsys.readouterr().err
    assert not list(paths.logs.glob("crash-*"))
