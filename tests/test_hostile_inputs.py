"""Nothing a mod, a save or a file can hold brings the game down: each class of hostile
input from issue 13, with inputs of our own. What lint accepts, the game loads; what the
game can't load is refused with a position (or a reason), and the game goes on."""

from __future__ import annotations

import json
import os
import struct
import sys
import textwrap
import threading
import time
import zlib
from pathlib import Path
from typing import Any

import pytest

from game.checks import lint_game
from game.diagnostics import ContentError, Diagnostic
from game.dialogue.loader import load_content
from game.dialogue.yamlpos import parse_yaml
from game.mods import discover, read_manifest
from game.paths import Paths, default_paths
from game.safeio import (
    FileRefused,
    image_problem,
    read_image,
    read_limited,
    resolve_asset,
)
from game.saves import SaveStore, document_checksum

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")


def png(width: int, height: int) -> bytes:
    """A PNG header declaring ``width`` x ``height`` (the pixels never follow)."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + struct.pack(">I", len(ihdr)) + b"IHDR" + ihdr
            + struct.pack(">I", zlib.crc32(b"IHDR" + ihdr)))


def finishes(function, seconds: float = 20.0) -> Any:
    """Run ``function`` in a thread; fail (instead of hanging the suite) if it blocks."""
    result: dict[str, Any] = {}

    def run() -> None:
        try:
            result["value"] = function()
        except BaseException as error:  # noqa: BLE001 - handed back to the test
            result["error"] = error

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "blocked reading a file that is not a file"
    if "error" in result:
        raise result["error"]
    return result.get("value")


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    return default_paths({"BORROWED_FACE_HOME": str(tmp_path / "home")})


def make_mod(folder: Path, files: dict[str, str | bytes] | None = None,
             manifest: str = "name: A mod\nversion: 1.0\n") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "mod.yaml").write_text(manifest, encoding="utf-8")
    for name, text in (files or {}).items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(textwrap.dedent(text), encoding="utf-8")
    return folder


# --- files that are not files --------------------------------------------------------------


@needs_fifo
def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "talk.yaml"
    os.mkfifo(fifo)
    with pytest.raises(FileRefused, match="not a regular file"):
        finishes(lambda: read_limited(fifo, 1000))


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_a_link_to_a_device_is_refused_not_read_forever(tmp_path: Path) -> None:
    link = tmp_path / "1.json"
    link.symlink_to("/dev/zero")
    with pytest.raises(FileRefused, match="not a regular file"):
        finishes(lambda: read_limited(link, 1000))


def test_a_file_over_the_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_bytes(b"a" * 2000)
    with pytest.raises(FileRefused, match="larger than 1000 bytes"):
        read_limited(path, 1000)
    assert read_limited(path, 2000) == b"a" * 2000


@needs_fifo
def test_fifos_in_a_mod_are_refused_with_their_file_by_lint(tmp_path: Path, paths: Paths
                                                            ) -> None:
    mod = make_mod(tmp_path / "fifos", {"dialogue/ok.yaml": "reactions: []\n"})
    os.mkfifo(mod / "dialogue" / "talk.yaml")
    (mod / "maps").mkdir()
    os.mkfifo(mod / "maps" / "yard.tmx")
    report, _ = finishes(lambda: lint_game(paths, [mod]))
    found = {(d.code, Path(d.file).name) for d in report.items if d.is_error}
    assert ("D003", "talk.yaml") in found and ("M002", "yard.tmx") in found


@needs_fifo
def test_a_fifo_manifest_save_settings_and_script_never_block(tmp_path: Path) -> None:
    from game.script import load_script
    from game.settings import load_settings

    mod = tmp_path / "m"
    mod.mkdir()
    os.mkfifo(mod / "mod.yaml")
    manifest, problems = finishes(lambda: read_manifest(mod))
    assert manifest is None and problems[0].code in ("X001", "X010")
    store = SaveStore(tmp_path / "saves", "0.1.0")
    store.folder.mkdir()
    os.mkfifo(store.path_for("1"))
    assert finishes(lambda: store.status("1")).status == "damaged"
    os.mkfifo(tmp_path / "settings.json")
    settings, messages = finishes(lambda: load_settings(tmp_path / "settings.json"))
    assert messages
    os.mkfifo(tmp_path / "walk.txt")
    with pytest.raises(ContentError) as caught:
        finishes(lambda: load_script(tmp_path / "walk.txt", {"act"}))
    assert caught.value.diagnostics[0].code == "S000"


# --- paths that leave the mod --------------------------------------------------------------


@pytest.mark.parametrize("name", ["../../../etc/passwd", "/etc/passwd", "sprites/../../x.png",
                                  "sprites\\..\\x.png", "", "a\x00b", "C:/x.png",
                                  "x" * 500])
def test_an_asset_name_never_resolves_outside_its_root(tmp_path: Path, name: str) -> None:
    root = tmp_path / "assets"
    (root / "sprites").mkdir(parents=True)
    (tmp_path / "etc").mkdir()
    (tmp_path / "etc" / "passwd").write_text("secret")
    (tmp_path / "x.png").write_bytes(png(16, 16))
    assert resolve_asset(name, [root]) is None


def test_a_link_inside_the_assets_leading_out_is_not_followed(tmp_path: Path) -> None:
    root = tmp_path / "assets"
    (root / "sprites").mkdir(parents=True)
    (tmp_path / "outside.png").write_bytes(png(16, 16))
    (root / "sprites" / "kid.png").symlink_to(tmp_path / "outside.png")
    (root / "sprites" / "ok.png").write_bytes(png(16, 16))
    assert resolve_asset("sprites/kid.png", [root]) is None
    assert resolve_asset("sprites/ok.png", [root]) == root / "sprites" / "ok.png"


def test_a_cast_sprite_that_leads_out_is_an_error_at_its_place(tmp_path: Path, paths: Paths
                                                               ) -> None:
    mod = make_mod(tmp_path / "sneaky", {"dialogue/cast.yaml": """\
        roles:
          juggler: {name: Juggler, sprite: ../../../../etc/passwd}
        """})
    report, _ = lint_game(paths, [mod])
    found = [d for d in report.items if d.code == "D014" and "sprite" in d.message]
    assert found and found[0].line == 2 and found[0].is_error


# --- images that are not what they say -----------------------------------------------------


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"), (b"hello", "not a PNG"), (png(70_000, 70_000), "70000x70000"),
    (png(5000, 10), "5000x10"), (b"\xff\xd8\xff\xe0 a jpeg", "not a PNG")])
def test_an_image_is_judged_by_its_header_before_decoding(data: bytes, reason: str) -> None:
    assert reason in image_problem(data)


def test_a_good_header_passes() -> None:
    assert image_problem(png(256, 128)) == ""


def test_the_game_assets_stand_in_for_an_image_bomb(tmp_path: Path) -> None:
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    from game.assets import Assets

    root = tmp_path / "assets"
    (root / "sprites").mkdir(parents=True)
    (root / "sprites" / "kid.png").write_bytes(png(1 << 30, 1 << 30) + b"\x00" * 100)
    assets = Assets([root])
    image = assets.image("sprites/kid.png")  # a stand-in, not a decoder killed by the size
    assert image.get_size() == (16, 16)
    with pytest.raises(FileRefused):
        read_image(root / "sprites" / "kid.png")


def test_a_save_thumbnail_that_lies_about_its_size_is_left_out(tmp_path: Path) -> None:
    import base64

    store = SaveStore(tmp_path / "saves", "0.1.0", migrations={})
    document = _save_document({"map": "streets"})
    document["thumbnail"] = base64.b64encode(png(1 << 31, 1 << 31)).decode("ascii")
    _write_signed(store, "2", document)
    info = store.status("2")
    assert info.status == "ok" and info.thumbnail_png is None


# --- characters that break things downstream -----------------------------------------------


def test_a_diagnostic_is_always_one_line() -> None:
    fake = Diagnostic("D010", "error", "dir\nname/x.yaml", 1, 2,
                      "unknown key `a\nb.yaml:1:1: D001 error: fake`", "hint\r\n")
    line = fake.format()
    assert "\n" not in line and "\r" not in line
    assert "\\x0a" in line


def test_escapes_that_write_control_characters_are_refused_with_a_position() -> None:
    for text in ('a: "x\\0y"\n', 'a: "\\e[31mred"\n', '"k\\ney": 1\n', '"tab\\tkey": 1\n'):
        with pytest.raises(ContentError) as caught:
            parse_yaml(text, "f.yaml")
        problem = caught.value.diagnostics[0]
        assert problem.code == "D003" and problem.line == 1, text


def test_nul_and_newlines_in_a_manifest_refuse_the_mod(tmp_path: Path) -> None:
    folder = make_mod(tmp_path / "m", manifest='name: "A\\0mod"\nversion: "1\\n2"\n')
    manifest, problems = read_manifest(folder)
    assert manifest is None and {p.code for p in problems} == {"D003"}
    folder = make_mod(tmp_path / "n", manifest='name: "A\\u2028mod"\nversion: 1\n')
    manifest, problems = read_manifest(folder)
    assert manifest is None and [p.code for p in problems] == ["X004"]


@pytest.mark.skipif(sys.platform in ("darwin", "win32"), reason="names must be UTF-8 there")
def test_a_mod_folder_name_that_is_not_utf8_is_refused_and_printable(tmp_path: Path,
                                                                    paths: Paths) -> None:
    mods = paths.mods
    mods.mkdir(parents=True)
    bad = os.fsdecode(b"kinder\xff")
    make_mod(mods / bad, {"dialogue/a.yaml": "reactions: []\n"})
    make_mod(mods / "fine", {os.fsdecode(b"dialogue/x\xfe.yaml"): "reactions: []\n",
                             "dialogue/new\nline.yaml": "reactions: []\n"})
    found = {m.id: m for m in discover(paths)}
    assert [p.code for p in found[bad].problems] == ["X011"]
    report, _ = lint_game(paths)
    lines = [d.format() for d in report.items]
    for line in lines:
        line.encode("utf-8")  # printable and encodable: no lone surrogates
        assert "\n" not in line
    assert sum(d.code == "X011" for d in report.items) >= 3


# --- numbers out of range in a save that passes its checksum -------------------------------


def _save_document(payload: dict[str, Any], **meta: Any) -> dict[str, Any]:
    document: dict[str, Any] = {
        "format": 1,
        "meta": {"slot": "1", "saved_at": "2024-05-01T14:03:22-03:00", "place": "Streets",
                 "map_id": "streets", "chapter": 1, "play_time": 10.0,
                 "game_version": "0.1.0", "format": 1, **meta},
        "payload": payload,
        "thumbnail": None,
    }
    return document


def _write_signed(store: SaveStore, slot: str, document: dict[str, Any]) -> None:
    document["checksum"] = document_checksum(document)  # anyone can re-sign: it's documented
    store.folder.mkdir(parents=True, exist_ok=True)
    store.path_for(slot).write_text(json.dumps(document, allow_nan=True), encoding="utf-8")


HOSTILE_SAVES = [
    ({}, {"chapter": 10**4000}),
    ({}, {"chapter": -1}),
    ({}, {"play_time": float("inf")}),
    ({}, {"play_time": float("nan")}),
    ({}, {"play_time": 10**300}),
    ({}, {"place": "Ginza" * 600_000}),
    ({}, {"map_id": "x" * 10_000}),
    ({"state": {"facts": {"day": 10**4000}}}, {}),
    ({"state": {"facts": {"day": float("inf")}}}, {}),
    ({"state": {"facts": {"day": float("-inf")}}}, {}),
    ({"state": {"facts": {"day": float("nan")}}}, {}),
    ({"history": [["hero", "a" * 3_000_000]]}, {}),
    ({"tile": [10**30, 2]}, {}),
]


@pytest.mark.parametrize("payload, meta", HOSTILE_SAVES)
def test_status_and_latest_never_raise_and_the_save_is_refused_with_a_reason(
        tmp_path: Path, payload: dict[str, Any], meta: dict[str, Any]) -> None:
    store = SaveStore(tmp_path / "saves", "0.1.0", migrations={})
    _write_signed(store, "auto", _save_document({"map": "streets", **payload}, **meta))
    info = store.status("auto")
    assert info.status == "damaged" and info.reason
    assert store.latest() is None
    assert [i.status for i in store.list_slots()].count("damaged") == 1


def test_a_stale_temporary_from_a_killed_save_is_cleaned(tmp_path: Path) -> None:
    store = SaveStore(tmp_path / "saves", "0.1.0", migrations={})
    store.folder.mkdir()
    old = store.folder / ".1.json.abc123.tmp"
    old.write_bytes(b'{"half a save')
    fresh = store.folder / ".2.json.def456.tmp"  # another game writing right now
    fresh.write_bytes(b"{")
    stamp = time.time() - 3600
    os.utime(old, (stamp, stamp))
    store.list_slots()
    assert not old.exists() and fresh.exists()


# --- load order and mod content stay bounded -----------------------------------------------


def test_a_huge_yaml_scalar_in_a_mod_is_fine_but_a_huge_file_is_refused(tmp_path: Path
                                                                        ) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "big.yaml").write_bytes(b"strings:\n  - {id: a, text: '" + b"x" * (17 << 20)
                                      + b"'}\n")
    _, problems = load_content([folder])
    assert [p.code for p in problems] == ["D002"]
    assert "larger than" in problems[0].message


# --- folders the game cannot create or write ----------------------------------------------


def test_a_file_where_the_user_folders_should_be_leaves_the_game_running(tmp_path: Path
                                                                         ) -> None:
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    import pygame

    from game.app import App, Options

    home = tmp_path / "home"
    home.mkdir()
    for name in ("saves", "config", "cache", "logs"):
        (home / name).write_text("not a folder")
    paths = default_paths({"BORROWED_FACE_HOME": str(home)})
    problems = paths.ensure_user_folders()
    assert {name for name, _, _ in problems} == {"saves", "config", "cache", "logs"}
    app = App(Options(frames=5, sound=False, scale=1, map="streets"), paths)
    try:
        app.start()
        for _ in range(5):
            app.step(1 / 60)
            app.draw()
        said = " ".join(t.text for t in app.toasts)
        assert "Saving is off" in said and "Settings won't be kept" in said
        assert app.save("1") is False  # refused with a reason, not a crash
    finally:
        pygame.quit()


def test_a_file_where_the_saves_folder_should_be_is_told_once_and_kept(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """One line names the saves folder that can't be used; no slot is called damaged
    (none was read: there is no folder to read them from), and saving is refused with
    the folder's reason, leaving the file as it was."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    import logging

    import pygame

    from game.app import App, Options
    from game.saves import SLOTS

    home = tmp_path / "home"
    home.mkdir()
    (home / "saves").write_text("not a folder")
    paths = default_paths({"BORROWED_FACE_HOME": str(home)})
    with caplog.at_level(logging.INFO):
        app = App(Options(frames=5, sound=False, scale=1), paths)
        try:
            app.start()  # the title asks for the latest save (Continue)
            for _ in range(5):
                app.step(1 / 60)
                app.draw()
            slots = app.saves.store.list_slots()  # the save menu's list
            told = [r.getMessage() for r in caplog.records]
            about = [m for m in told if str(paths.saves) in m]
            assert len(about) == 1 and "a file is where the folder should be" in about[0], told
            assert not [m for m in told if "damaged" in m or "slot" in m], told
            assert [s.status for s in slots] == ["empty"] * len(SLOTS)
            app.new_game()
            assert app.save("1") is False and app.autosave() is False
            refused = [t.text for t in app.toasts if "couldn't be saved" in t.text]
            assert refused and str(paths.saves) in refused[0]
        finally:
            pygame.quit()
    assert (home / "saves").read_text() == "not a folder"


def test_a_file_where_a_folder_should_be_is_said_in_the_players_language(
        tmp_path: Path) -> None:
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    import pygame

    from game.app import App, Options

    home = tmp_path / "home"
    home.mkdir()
    (home / "saves").write_text("not a folder")
    paths = default_paths({"BORROWED_FACE_HOME": str(home)})
    app = App(Options(frames=1, sound=False, scale=1, language="pt_BR"), paths)
    try:
        app.start()
        said = " ".join(t.text for t in app.toasts)
        assert "Não dá para salvar" in said, said
        assert "há um arquivo onde a pasta deveria estar" in said, said
        assert "a file is where" not in said, said
    finally:
        pygame.quit()


# --- work that grows badly -----------------------------------------------------------------


def test_failed_reloads_do_not_stack_error_screens(tmp_path: Path) -> None:
    import shutil

    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    import pygame

    from game.app import App, Options
    from game.scenes.problems import ProblemsScene

    mod = Path(shutil.copytree(Path(__file__).parent.parent / "examples" / "mods"
                               / "kinder_children", tmp_path / "kinder_children"))
    app = App(Options(frames=1, sound=False, scale=1, map="streets", mods=[mod]),
              default_paths({"BORROWED_FACE_HOME": str(tmp_path / "home")}))
    app.start()
    try:
        talk = mod / "dialogue" / "children.yaml"
        for attempt in range(5):
            talk.write_text(f"reactions: [{{id: broken{attempt}\n", encoding="utf-8")
            app.hot_reload()
        stacked = [s for s in app.scenes.drawing() if isinstance(s, ProblemsScene)]
        assert len(stacked) == 1 and "children.yaml" in " ".join(stacked[0].lines)
    finally:
        pygame.quit()


def test_a_very_long_line_is_wrapped_once_and_never_wider_than_the_box() -> None:
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    import pygame

    from game.ui import text as ui

    pygame.font.init()
    font = pygame.font.Font(None, 16)
    line = "word " * 2000 + "x" * 5000  # a long text, and one word wider than any box
    calls = 0
    real_size = font.size

    class Counting:
        def __getattr__(self, name: str) -> Any:
            return getattr(font, name)

        def size(self, text: str) -> tuple[int, int]:
            nonlocal calls
            calls += 1
            return real_size(text)

    counting = Counting()
    lines = ui.wrap(counting, line, 200)  # type: ignore[arg-type]
    first = calls
    for _ in range(60):  # a second of frames
        assert ui.wrap(counting, line, 200) == lines  # type: ignore[arg-type]
    assert calls == first  # measured once, not every frame
    assert all(real_size(part)[0] <= 200 for part in lines)
    assert sum(len(part) for part in lines) <= ui.MAX_WRAPPED_TEXT


# --- the small ones ------------------------------------------------------------------------


@pytest.mark.parametrize("script", ["wait ²\n", "wait 99999999999999\n", "hold right ³\n",
                                    "wait -3\n", "wait 1e9\n", "hold right 0x10\n"])
def test_odd_numbers_in_an_input_script_are_refused_with_a_position(script: str) -> None:
    from game.script import parse_script

    with pytest.raises(ContentError) as caught:
        parse_script(script, "walk.txt", {"move_right"})
    assert caught.value.diagnostics[0].line == 1


def test_a_long_wait_costs_nothing_ahead() -> None:
    from game.script import ScriptPlayer, parse_script

    player = ScriptPlayer.from_commands(parse_script("wait 10000000\npress act\n", "w.txt",
                                                     {"act"}))
    assert player.next_frame() == ("idle", "") and not player.done


def test_an_unwritable_screenshot_path_is_one_line_and_exit_2(tmp_path: Path, capsys,
                                                              monkeypatch) -> None:
    from game.cli import main

    monkeypatch.setenv("BORROWED_FACE_HOME", str(tmp_path / "home"))
    (tmp_path / "file").write_text("x")
    script = tmp_path / "walk.txt"
    script.write_text(f"wait 1\nscreenshot {tmp_path / 'file' / 'shot.png'}\n")
    assert main(["--map", "streets", "--frames", "3", "--input", str(script)]) == 2
    assert main(["--map", "streets", "--frames", "3", "--screenshot", str(tmp_path)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2 and all("cannot write a screenshot" in line for line in err)


def test_temporaries_a_killed_write_left_in_the_user_folders_are_cleaned(paths: Paths
                                                                         ) -> None:
    paths.ensure_user_folders()
    (paths.cache / "maps").mkdir()
    stamp = time.time() - 3600
    left = [paths.config / ".settings.json.x1.tmp", paths.cache / "tmpab12.tmp",
            paths.cache / "maps" / "streets-0123.tmp", paths.saves / ".auto.json.y.tmp"]
    for path in left:
        path.write_bytes(b"half")
        os.utime(path, (stamp, stamp))
    fresh = paths.cache / "tmpnow.tmp"
    fresh.write_bytes(b"being written")
    assert paths.clean_temporaries() == len(left)
    assert not any(p.exists() for p in left) and fresh.exists()


@needs_fifo
@pytest.mark.parametrize("what", ["map", "tileset", "template", "image"])
def test_a_fifo_anywhere_a_map_reads_is_refused_with_a_position(tmp_path: Path,
                                                                what: str) -> None:
    from game.world.mapdata import load_map
    from tests.test_maps import TILESET, write_map

    extra = '<object id="7" template="kid.tx" x="16" y="16"/>' if what == "template" else ""
    path = write_map(tmp_path, "test", extra=extra)
    if what in ("tileset", "image"):
        path.write_text(path.read_text().replace("game:city.tsx", "city.tsx"))
        text = TILESET.read_text(encoding="utf-8")
        image = text.split('<image source="', 1)[1].split('"', 1)[0]
        if what == "tileset":
            os.mkfifo(tmp_path / "city.tsx")
        else:
            (tmp_path / "city.tsx").write_text(text.replace(image, "tiles.png"))
            os.mkfifo(tmp_path / "tiles.png")
    elif what == "template":
        os.mkfifo(tmp_path / "kid.tx")
    else:
        path.unlink()
        os.mkfifo(path)
    with pytest.raises(ContentError) as caught:
        finishes(lambda: load_map(path))
    problem = caught.value.diagnostics[0]
    assert "not a regular file" in problem.message
    assert what == "map" or problem.line > 0


def test_continue_and_load_refuse_an_out_of_range_save_with_a_reason(tmp_path: Path
                                                                     ) -> None:
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    import pygame

    from game.app import App, Options

    paths = default_paths({"BORROWED_FACE_HOME": str(tmp_path / "home")})
    store = SaveStore(paths.saves, "0.1.0", migrations={})
    _write_signed(store, "1", _save_document({"map": "streets", "tile": [41, 18]},
                                             chapter=10**4000))
    app = App(Options(frames=1, sound=False, scale=1), paths)
    try:
        app.start()
        assert app.continue_latest() is False  # nothing readable to continue from
        assert app.load("1") is False
        said = " ".join(t.text for t in app.toasts)
        assert "out of range" in said
        assert app.session is None  # still on the title, not crashed
    finally:
        pygame.quit()
