"""The frozen game, run from outside: what a player gets from the PyInstaller bundle.

Skipped unless BORROWED_FACE_BUNDLE names the bundle's executable, e.g.

    python tools/build_bundle.py
    BORROWED_FACE_BUNDLE=dist/borrowed-face/borrowed-face python -m pytest tests/test_bundle.py

(.ci/run does both). Every run gets its own BORROWED_FACE_HOME, a dummy video driver and
`timeout -k 5 120`, so a hang fails instead of stalling CI.

With BORROWED_FACE_ARCHIVE naming the archive `python tools/build_bundle.py --archive`
made, the archive is checked too: its sums file, that it holds the bundle and (Linux) the
desktop entry, metainfo and icons, and that the game runs from it unpacked.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

BUNDLE_ENV = "BORROWED_FACE_BUNDLE"
ARCHIVE_ENV = "BORROWED_FACE_ARCHIVE"
ROOT = Path(__file__).resolve().parent.parent
RUN_LIMIT_S = 120

pytestmark = pytest.mark.skipif(
    not os.environ.get(BUNDLE_ENV),
    reason=f"set {BUNDLE_ENV} to a built bundle's executable (python tools/build_bundle.py)",
)


# --- running the frozen game ----------------------------------------------------------------


@pytest.fixture(scope="module")
def bundle() -> Path:
    """The executable; a missing one fails (the variable was set, so a bundle was meant)."""
    executable = Path(os.environ[BUNDLE_ENV])
    if not executable.is_absolute():
        executable = (ROOT / executable).resolve()
    assert executable.is_file(), f"{BUNDLE_ENV}={executable} is not a file"
    assert os.access(executable, os.X_OK), f"{executable} is not executable"
    return executable


@pytest.fixture(scope="module")
def bundle_dir(bundle: Path) -> Path:
    """The one-folder bundle (for a one-file build, the folder the file is in)."""
    return bundle.parent


def one_folder(bundle_dir: Path) -> bool:
    """One-folder bundles keep their data in `_internal/`; a one-file one unpacks it to a
    fresh `_MEI...` folder in the temp dir at each start."""
    return (bundle_dir / "_internal").is_dir()


def assert_is_data_root(data: Path, bundle_dir: Path) -> None:
    if one_folder(bundle_dir):
        assert inside(data, bundle_dir), f"data root {data} is not in the bundle"
    else:
        assert data.name.startswith("_MEI"), f"data root {data} is not the unpacked one"


@pytest.fixture(scope="module")
def bundle_before(bundle_dir: Path) -> dict[str, tuple[int, int]]:
    """The bundle's files before any test ran it, to prove nothing is written inside."""
    return snapshot(bundle_dir)


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(path.relative_to(folder)): (path.stat().st_size, path.stat().st_mtime_ns)
            for path in folder.rglob("*") if path.is_file() and not path.is_symlink()}


def run_frozen(bundle: Path, args: list[str], home: Path, *, cwd: Path,
               audio: str = "dummy", extra_env: dict[str, str] | None = None,
               ) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("BORROWED_FACE_", "SDL_"))}
    env.update(BORROWED_FACE_HOME=str(home), SDL_VIDEODRIVER="dummy",
               SDL_AUDIODRIVER=audio, **(extra_env or {}))
    # Windows has a `timeout` too, which only waits
    timeout = shutil.which("timeout") if sys.platform != "win32" else None
    command = [str(bundle), *args]
    if timeout:  # coreutils: kills the whole run (-k: and SIGKILL 5 s later if TERM is ignored)
        command = [timeout, "-k", "5", str(RUN_LIMIT_S), *command]
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True,
                            timeout=RUN_LIMIT_S + 10, check=False)
    assert result.returncode not in (124, 137), (
        f"{' '.join(args)} did not finish in {RUN_LIMIT_S} s\n{result.stderr[-2000:]}")
    return result


def run_source(args: list[str], home: Path) -> subprocess.CompletedProcess[str]:
    """The same command from the source tree, for output the bundle must match."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("SDL_")}
    env.update(BORROWED_FACE_HOME=str(home), SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    env.pop("BORROWED_FACE_BUNDLE_CHECK", None)
    return subprocess.run([sys.executable, "-m", "game", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=RUN_LIMIT_S, check=False)


def frozen_paths(bundle: Path, home: Path, cwd: Path) -> dict[str, Path]:
    result = run_frozen(bundle, ["--paths"], home, cwd=cwd)
    assert result.returncode == 0, result.stderr
    pairs = (line.split(None, 1) for line in result.stdout.splitlines() if line.strip())
    return {name: Path(value.strip()) for name, value in pairs}


def inside(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve())


def frames_of(script: str) -> int:
    """Frames a --input script needs (hold/press take one extra frame to release)."""
    total = 0
    for line in script.splitlines():
        words = line.split("#", 1)[0].split()
        if not words:
            continue
        if words[0] in ("hold", "wait"):
            total += int(words[-1]) + (words[0] == "hold")
        elif words[0] == "press":
            total += 2
    return total + 10


def distinct_colours(png: Path) -> int:
    import pygame

    image = pygame.image.load(str(png))
    width, height = image.get_size()
    return len({tuple(image.get_at((x, y))) for x in range(0, width, max(1, width // 40))
                for y in range(0, height, max(1, height // 24))})


# --- the tests ------------------------------------------------------------------------------


def test_the_frozen_interpreter_has_libyaml_and_the_default_font(
        bundle: Path, bundle_dir: Path, bundle_before: dict, tmp_path: Path) -> None:
    result = run_frozen(bundle, [], tmp_path / "home", cwd=tmp_path,
                        extra_env={"BORROWED_FACE_BUNDLE_CHECK": "facts"})
    assert result.returncode == 0, result.stderr
    facts = json.loads(result.stdout)
    assert facts["frozen"] is True
    assert facts["yaml_with_libyaml"] is True
    assert facts["yamlpos_have_libyaml"] is True
    assert facts["default_font_exists"] is True
    assert facts["data_root"] == facts["meipass"]
    assert_is_data_root(Path(facts["data_root"]), bundle_dir)
    # left out on purpose (borrowed-face.spec): the game never needs them
    assert facts["numpy_importable"] is False
    assert facts["tkinter_importable"] is False


def test_plays_120_frames_of_the_streets_and_saves_a_screenshot(
        bundle: Path, bundle_before: dict, tmp_path: Path) -> None:
    shot = tmp_path / "streets.png"
    result = run_frozen(bundle, ["--map", "streets", "--frames", "120", "--screenshot", str(shot)],
                        tmp_path / "home", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert shot.is_file()
    assert distinct_colours(shot) > 8, "the screenshot is (nearly) one colour"


def test_lint_of_the_shipped_content_is_clean(
        bundle: Path, bundle_before: dict, tmp_path: Path) -> None:
    result = run_frozen(bundle, ["lint"], tmp_path / "home", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("args", [["lint"], ["why", "child", "--face", "bandages"]],
                         ids=["lint", "why"])
def test_tools_say_what_they_say_from_source(
        bundle: Path, bundle_before: dict, tmp_path: Path, args: list[str]) -> None:
    """Same exit code and output as `python -m game ...`, data folder aside."""
    frozen_home, source_home = tmp_path / "frozen", tmp_path / "source"
    frozen = run_frozen(bundle, args, frozen_home, cwd=tmp_path)
    source = run_source(args, source_home)
    if one_folder(bundle.parent):
        frozen_data = re.escape(str(frozen_paths(bundle, frozen_home, tmp_path)["data"]))
    else:  # each start of a one-file build unpacks to a new _MEI folder
        frozen_data = r"[^\s(]*?_MEI[0-9A-Za-z_]+"
    frozen_text = re.sub(frozen_data, "<data>", frozen.stdout)
    source_text = source.stdout.replace(str(ROOT), "<data>")
    assert (frozen.returncode, frozen_text) == (source.returncode, source_text)


def test_why_prints_a_trace(bundle: Path, bundle_before: dict, tmp_path: Path) -> None:
    result = run_frozen(bundle, ["why", "child", "--face", "bandages"], tmp_path / "home",
                        cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "why: child" in result.stdout
    assert "[WINS]" in result.stdout
    assert "winner: child." in result.stdout


def test_paths_are_outside_the_bundle(
        bundle: Path, bundle_dir: Path, bundle_before: dict, tmp_path: Path) -> None:
    home = tmp_path / "home"
    paths = frozen_paths(bundle, home, tmp_path)
    assert_is_data_root(paths["data"], bundle_dir)
    for name in ("config", "settings", "saves", "mods", "cache", "screenshots", "logs"):
        assert not inside(paths[name], bundle_dir), f"{name} is inside the bundle"
        assert not inside(paths[name], paths["data"]), f"{name} is inside the data root"
        assert inside(paths[name], home), f"{name} ignores BORROWED_FACE_HOME"


def test_a_scripted_walk_goes_through_the_door_of_house_s(
        bundle: Path, bundle_before: dict, tmp_path: Path) -> None:
    from game import __version__
    from game.saveload import save_folder
    from game.saves import SaveStore
    from game.world.mapdata import load_map
    from tests.test_walk import npc_tiles, path_to, script_for

    streets = load_map(ROOT / "maps" / "streets.tmx")
    door = next(e for e in streets.exits if e.target_map == "house_s")
    spawn = streets.spawns[streets.default_spawn]
    route = path_to(streets, spawn.tile, set(door.tiles), npc_tiles(streets) - set(door.tiles))
    # the frozen game can only be asked through its files: a quick save says where he is
    script = script_for(route) + "press quicksave\nwait 5\n"
    (tmp_path / "walk.txt").write_text(script, encoding="utf-8")
    home = tmp_path / "home"
    result = run_frozen(bundle, ["--map", "streets", "--frames", str(frames_of(script)),
                                 "--input", "walk.txt"], home, cwd=tmp_path)
    assert result.returncode == 0, result.stderr

    # a developer start (--map, --frames, --input) saves apart from the player's slots
    where = SaveStore(save_folder(home / "saves", developer=True), __version__).read(
        "quick").payload
    house = load_map(ROOT / "maps" / "house_s.tmx")
    assert where["map"] == "house_s"
    assert tuple(where["tile"]) == house.spawns[door.target_spawn].tile


def test_a_mod_in_the_user_mods_folder_is_picked_up(
        bundle: Path, bundle_before: dict, tmp_path: Path) -> None:
    home = tmp_path / "home"
    mod = home / "mods" / "paper_lantern"
    (mod / "dialogue").mkdir(parents=True)
    (mod / "mod.yaml").write_text(
        'name: Paper Lantern\nversion: "1.0"\n'
        "description: one more thing a child may say\n", encoding="utf-8")
    (mod / "dialogue" / "lantern.yaml").write_text(
        "reactions:\n"
        "  - id: child.bandages.lantern\n"
        "    role: child\n"
        "    concept: greet\n"
        "    when: {face: bandages, self.seen_bandages: true}\n"
        "    lines:\n"
        '      - {id: child.bandages.lantern.1, text: "Are you a paper lantern?", emote: stare}\n',
        encoding="utf-8")

    listed = run_frozen(bundle, ["mods"], home, cwd=tmp_path)
    assert listed.returncode == 0, listed.stdout + listed.stderr
    assert "paper_lantern - Paper Lantern 1.0 [ok]" in listed.stdout

    played = run_frozen(bundle, ["--map", "streets", "--frames", "30"], home, cwd=tmp_path)
    assert played.returncode == 0, played.stderr
    assert "paper_lantern" not in played.stderr  # a refused mod would be named here


def test_later_starts_reuse_the_user_folder(
        bundle: Path, bundle_before: dict, tmp_path: Path) -> None:
    """Caches written by one start must serve the next: a one-file build unpacks its data
    to a new folder every time, so nothing cached may hold on to the old one."""
    home = tmp_path / "home"
    cache_files: list[set[str]] = []
    for start in range(3):
        result = run_frozen(bundle, ["--map", "streets", "--frames", "5"], home, cwd=tmp_path)
        assert result.returncode == 0, f"start {start + 1}: {result.stderr}"
        cache_files.append({str(p.relative_to(home)) for p in (home / "cache").rglob("*")})
    assert cache_files[1] == cache_files[2], "the cache grows with every start"


@pytest.mark.parametrize("driver", ["dummy", "no_such_audio_driver"])
def test_runs_silent_without_a_sound_device(
        bundle: Path, bundle_before: dict, tmp_path: Path, driver: str) -> None:
    result = run_frozen(bundle, ["--map", "streets", "--frames", "60"], tmp_path / "home",
                        cwd=tmp_path, audio=driver)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_a_crash_writes_a_report_and_exits_70(
        bundle: Path, bundle_before: dict, tmp_path: Path) -> None:
    home = tmp_path / "home"
    result = run_frozen(bundle, ["--map", "streets", "--frames", "10"], home, cwd=tmp_path,
                        extra_env={"BORROWED_FACE_BUNDLE_CHECK": "crash"})
    assert result.returncode == 70, result.stderr
    reports = sorted((home / "logs").glob("crash-*.txt"))
    assert len(reports) == 1
    assert f"A report was written to {reports[0]}" in result.stderr
    assert "Traceback" not in result.stderr  # the traceback is in the report, not the console
    text = reports[0].read_text(encoding="utf-8")
    assert "RuntimeError: deliberate crash for the bundle test" in text
    assert "(bundled)" in text


# --- the archive and the platform's own metadata -------------------------------------------


@pytest.fixture(scope="module")
def archive() -> Path:
    """The archive a player downloads; skips unless BORROWED_FACE_ARCHIVE names it."""
    if not os.environ.get(ARCHIVE_ENV):
        pytest.skip(f"set {ARCHIVE_ENV} to an archive (python tools/build_bundle.py --archive)")
    path = Path(os.environ[ARCHIVE_ENV])
    path = path if path.is_absolute() else (ROOT / path).resolve()
    assert path.is_file(), f"{ARCHIVE_ENV}={path} is not a file"
    return path


def archive_top(archive: Path) -> str:
    return archive.name.removesuffix(".zip").removesuffix(".tar.gz")


def archive_names(archive: Path) -> dict[str, bytes | None]:
    """Every file in the archive below its one top folder: its bytes (None: a link)."""
    import tarfile
    import zipfile

    top = archive_top(archive) + "/"
    found: dict[str, bytes | None] = {}
    if archive.suffix == ".zip":
        with zipfile.ZipFile(archive) as opened:
            for name in opened.namelist():
                assert name.startswith(top), f"{name} is outside {top}"
                if not name.endswith("/"):
                    found[name[len(top):]] = opened.read(name)
        return found
    with tarfile.open(archive) as opened:
        for member in opened.getmembers():
            assert member.name.startswith(top), f"{member.name} is outside {top}"
            if member.isfile():
                extracted = opened.extractfile(member)
                assert extracted is not None
                found[member.name[len(top):]] = extracted.read()
            elif member.issym():
                found[member.name[len(top):]] = None
    return found


def test_the_archive_is_named_and_summed(archive: Path) -> None:
    import hashlib

    from game import __version__

    sys.path.insert(0, str(ROOT / "tools"))
    from build_bundle import platform_tag

    assert archive_top(archive) == f"borrowed-face-{__version__}-{platform_tag()}"
    sums = archive.with_name(archive_top(archive) + ".sha256")
    digest, name = sums.read_text(encoding="utf-8").split()
    assert name == archive.name
    assert digest == hashlib.sha256(archive.read_bytes()).hexdigest()


def test_the_archive_holds_the_bundle_and_an_install_note(
        archive: Path, bundle: Path, bundle_dir: Path) -> None:
    inside = archive_names(archive)
    assert "INSTALL.txt" in inside
    if sys.platform == "darwin":  # the app, whose files are the bundle's, moved about
        assert "Borrowed Face.app/Contents/Info.plist" in inside
        return
    for relative, (size, _) in snapshot(bundle_dir).items():
        key = Path(relative).as_posix()
        assert key in inside, f"{key} is in the bundle but not in the archive"
        assert inside[key] is None or len(inside[key]) == size, f"{key} differs"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux archive's share/")
def test_the_linux_archive_carries_desktop_entry_metainfo_and_icons(archive: Path) -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    from build_bundle import APP_ID, PACKAGING
    from make_icons import THEME_SIZES

    inside = archive_names(archive)
    assert inside[f"share/applications/{APP_ID}.desktop"] == (
        PACKAGING / "linux" / f"{APP_ID}.desktop").read_bytes()
    assert inside[f"share/metainfo/{APP_ID}.metainfo.xml"] == (
        PACKAGING / "linux" / f"{APP_ID}.metainfo.xml").read_bytes()
    for size in THEME_SIZES:
        assert f"share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png" in inside
    # the desktop entry's Exec is the executable at the top of the folder
    desktop = inside[f"share/applications/{APP_ID}.desktop"] or b""
    command = re.search(rb"^Exec=(\S+)", desktop, re.MULTILINE)
    assert command is not None and command.group(1).decode() in inside


def test_the_game_plays_from_the_unpacked_archive(
        archive: Path, bundle: Path, tmp_path: Path) -> None:
    unpacked = tmp_path / "unpacked"
    shutil.unpack_archive(str(archive), str(unpacked))
    top = unpacked / archive_top(archive)
    if sys.platform == "darwin":
        executable = top / "Borrowed Face.app" / "Contents" / "MacOS" / "borrowed-face"
    else:
        executable = top / bundle.name
    result = run_frozen(executable, ["--map", "streets", "--frames", "30", "--screenshot",
                                     str(tmp_path / "s.png")], tmp_path / "home", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert distinct_colours(tmp_path / "s.png") > 8


@pytest.mark.skipif(sys.platform != "win32", reason="a Windows executable's resources")
def test_the_windows_executables_carry_version_and_icon(bundle_dir: Path) -> None:
    import pefile  # PyInstaller's own dependency on Windows

    from game import __version__

    for name in ("borrowed-face.exe", "borrowed-face-cli.exe"):
        pe = pefile.PE(str(bundle_dir / name))
        strings = {key.decode(): value.decode()
                   for info in pe.FileInfo[0] if info.Key == b"StringFileInfo"
                   for table in info.StringTable for key, value in table.entries.items()}
        assert strings["ProductVersion"] == __version__, name
        assert strings["ProductName"] == "A Borrowed Face", name
        kinds = {entry.id for entry in pe.DIRECTORY_ENTRY_RESOURCE.entries}
        assert pefile.RESOURCE_TYPE["RT_GROUP_ICON"] in kinds, f"{name} has no icon"


@pytest.mark.skipif(sys.platform != "darwin", reason="the macOS app's Info.plist")
def test_the_macos_app_has_version_icon_and_high_resolution(bundle_dir: Path) -> None:
    import plistlib

    from game import __version__

    contents = bundle_dir.parent / "Borrowed Face.app" / "Contents"
    info = plistlib.loads((contents / "Info.plist").read_bytes())
    assert info["CFBundleShortVersionString"] == __version__
    assert info["CFBundleVersion"] == __version__
    assert info["NSHighResolutionCapable"] is True
    assert info["CFBundleIdentifier"] == "org.borrowedface.BorrowedFace"
    assert (contents / "Resources" / info["CFBundleIconFile"]).is_file()


def test_nothing_was_written_inside_the_bundle(
        bundle: Path, bundle_dir: Path, bundle_before: dict, tmp_path: Path) -> None:
    """Runs last in this file: every test above ran the bundle; one more play with a
    relative screenshot path and F12-style output, then compare."""
    result = run_frozen(bundle, ["--map", "streets", "--frames", "30", "--screenshot", "s.png"],
                        tmp_path / "home", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    after = snapshot(bundle_dir)
    added = sorted(set(after) - set(bundle_before))
    changed = sorted(name for name in bundle_before if after.get(name) != bundle_before[name])
    assert not added and not changed, f"written inside the bundle: {added + changed}"
