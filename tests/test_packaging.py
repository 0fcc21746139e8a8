"""The files that make the bundles feel native: the Linux desktop entry, the AppStream
metainfo, the icons, the bundle's name and version (packaging/, tools/make_icons.py,
tools/build_bundle.py, borrowed-face.spec). The built archive itself is checked in
tests/test_bundle.py."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pygame
import pytest

from game import __version__

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import build_bundle  # noqa: E402
import make_icons  # noqa: E402

APP_ID = build_bundle.APP_ID
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def desktop_entry(path: Path) -> dict[str, str]:
    """The [Desktop Entry] group as key -> value (the format is not quite ini)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    entry: dict[str, str] = {}
    for number, line in enumerate(lines[1:], start=2):
        if not line or line.startswith("#"):
            continue
        assert not line.startswith("["), f"{path.name}:{number}: a second group"
        key, sep, value = line.partition("=")
        assert sep, f"{path.name}:{number}: not key=value"
        assert key not in entry, f"{path.name}:{number}: {key} given twice"
        entry[key] = value
    return entry


def test_one_app_id_everywhere() -> None:
    spec = (ROOT / "borrowed-face.spec").read_text(encoding="utf-8")
    assert f'APP_ID = "{APP_ID}"' in spec
    assert make_icons.APP_ID == APP_ID
    assert ET.parse(METAINFO).getroot().findtext("id") == APP_ID


def test_the_desktop_entry_runs_the_game_with_its_icon() -> None:
    entry = desktop_entry(DESKTOP)
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == "borrowed-face"
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert "Game" in entry["Categories"].split(";")
    assert entry["Name"] == "A Borrowed Face"
    # the player's other language, as the game's own title calls itself
    title = (ROOT / "dialogue" / "i18n" / "pt_BR" / "ui.yaml").read_text(encoding="utf-8")
    assert f'"{entry["Name[pt_BR]"]}"' in title
    assert entry["StartupWMClass"] == build_bundle.NAME


def test_the_metainfo_describes_this_version() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    launchable = root.find("launchable")
    assert launchable is not None and launchable.text == DESKTOP.name
    assert root.findtext("provides/binary") == build_bundle.NAME
    releases = [release.get("version") for release in root.iter("release")]
    assert releases and releases[0] == __version__, (
        f"the newest <release> in {METAINFO.name} is {releases[:1]}, the game is {__version__}")
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", root.find("releases/release").get("date", ""))


@pytest.mark.skipif(shutil.which("appstreamcli") is None,
                    reason="appstreamcli is not installed (apt-get install appstream)")
def test_appstreamcli_validates_the_metainfo() -> None:
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate is not installed (desktop-file-utils)")
def test_desktop_file_validate_passes() -> None:
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_the_icons_on_disk_are_what_the_script_draws() -> None:
    files = make_icons.build()
    for path, data in files.items():
        assert path.is_file(), f"{path} is missing: python tools/make_icons.py"
        assert path.read_bytes() == data, f"{path} is stale: python tools/make_icons.py"


@pytest.mark.parametrize("size", make_icons.THEME_SIZES)
def test_each_theme_icon_has_its_size_and_the_window_icons_face(size: int) -> None:
    image = pygame.image.load(str(make_icons.theme_path(size)))
    assert image.get_size() == (size, size)
    if size == 32:  # the same drawing as the game window's icon
        window = pygame.image.load(str(ROOT / "assets" / "ui" / "icon.png"))
        assert pygame.image.tobytes(image, "RGBA") == pygame.image.tobytes(window, "RGBA")


def test_the_ico_and_icns_hold_every_size() -> None:
    ico = (ROOT / "packaging" / "icons" / "borrowed-face.ico").read_bytes()
    reserved, kind, count = (int.from_bytes(ico[i:i + 2], "little") for i in (0, 2, 4))
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    edges = [ico[6 + 16 * i] or 256 for i in range(count)]
    assert edges == list(make_icons.ICO_SIZES)
    icns = (ROOT / "packaging" / "icons" / "borrowed-face.icns").read_bytes()
    assert icns[:4] == b"icns" and int.from_bytes(icns[4:8], "big") == len(icns)
    kinds, at = [], 8
    while at < len(icns):
        kinds.append(icns[at:at + 4])
        at += int.from_bytes(icns[at + 4:at + 8], "big")
    assert kinds == list(make_icons.ICNS_TYPES.values())


@pytest.mark.parametrize(("system", "machine", "tag"), [
    ("linux", "x86_64", "linux-x86_64"), ("win32", "AMD64", "windows-x86_64"),
    ("darwin", "arm64", "macos-arm64"), ("linux", "aarch64", "linux-aarch64")])
def test_the_archive_is_named_with_version_and_platform(
        monkeypatch: pytest.MonkeyPatch, system: str, machine: str, tag: str) -> None:
    monkeypatch.setattr(build_bundle.sys, "platform", system)
    monkeypatch.setattr(build_bundle.platform, "machine", lambda: machine)
    assert build_bundle.platform_tag() == tag
    note = build_bundle.install_note(f"borrowed-face-{__version__}-{tag}")
    assert __version__ in note and f"borrowed-face-{__version__}-{tag}.sha256" in note
