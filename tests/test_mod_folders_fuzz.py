"""Whole hostile mod folders (hypothesis): a manifest, dialogue, a map, a map patch, a
tileset and images, each bent in the ways the issue-13 classes name (sizes that lie,
headers that lie, paths that leave, characters that break, files that are not files).

Whatever the folder holds: the lint and the mod check return diagnostics, never another
exception; the only failure reading a map may raise is the project's own ContentError,
with a file and a position; and a mod the check accepts is one the game loads: every
map of it opens and every image it names is read or stood in for.
"""

from __future__ import annotations

import os
import struct
import tempfile
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from game.checks import LintRun
from game.diagnostics import ContentError
from game.mods import discover
from game.paths import Paths, default_paths
from game.world.library import MapLibrary
from game.world.mapdata import open_tmx

ROOT = Path(__file__).resolve().parent.parent
TILESET = (ROOT / "maps" / "city.tsx").read_text(encoding="utf-8")
EXAMPLES = settings(max_examples=40, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.function_scoped_fixture])


def png(width: int, height: int) -> bytes:
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + ihdr
            + struct.pack(">I", zlib.crc32(b"IHDR" + ihdr)))


REAL_PNG = (ROOT / "assets" / "sprites" / "child.png").read_bytes()
REAL_TILES = (ROOT / "assets" / "tiles" / "city.png").read_bytes()

hostile_numbers = st.one_of(st.integers(-10, 80).map(str), st.sampled_from(
    ["0", "-1", "1e12", "99999999", "nan", "inf", "-9e300", "2147483648", "", "x", "1.5"]))
names = st.one_of(st.sampled_from(["child", "man2"]), st.sampled_from(
    ["child", "man2", "../../../etc/passwd", "/dev/zero", "a\\b", "sprites/../../x",
     "x" * 300, "ok.name"]), st.text(max_size=12))
images = st.one_of(
    st.just(REAL_PNG), st.just(b""), st.binary(max_size=64),
    st.builds(png, st.integers(0, 1 << 31), st.integers(0, 1 << 31)),
    st.just(png(16, 16) + b"\x00" * 40), st.just(REAL_PNG[:len(REAL_PNG) // 2]))
sources = st.one_of(st.just("game:city.tsx"), st.sampled_from(
    ["game:city.tsx", "city.tsx", "../../maps/city.tsx", "/etc/passwd", "game:../../x.tsx",
     "missing.tsx", "game:"]))
roles = st.one_of(st.sampled_from(["child", "juggler"]),
                  st.sampled_from(["child", "juggler", "chlid", "", "a\nb"]))


GREETS = """reactions:
  - id: fz.b
    role: juggler
    concept: greet
    when: {face: bandages}
    lines: [{id: fz.b.1, text: "One."}, {id: fz.b.2, text: "Two."}]
  - id: fz.m
    role: juggler
    concept: greet
    when: {face: mask}
    lines: [{id: fz.m.1, text: "Three."}, {id: fz.m.2, text: "Four."}]
"""


def map_text(width: str, height: str, source: str, x: str, y: str, w: str, h: str,
             role: str, sprite: str, route: str, firstgid: str) -> str:
    cells = int(width) * int(height) if width.isdigit() and height.isdigit() else 4
    data = ",".join(["0"] * min(cells, 400))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<map version="1.10" orientation="orthogonal" renderorder="right-down" width="{width}"
     height="{height}" tilewidth="16" tileheight="16" infinite="0">
 <properties>
  <property name="default_spawn" value="start"/>
  <property name="music" value="{sprite}"/>
 </properties>
 <tileset firstgid="{firstgid}" source="{source}"/>
 <layer id="1" name="ground" width="{width}" height="{height}">
  <data encoding="csv">{data}</data>
 </layer>
 <objectgroup id="2" name="objects">
  <object id="1" name="start" type="spawn" x="8" y="8"><point/></object>
  <object id="2" type="npc" x="{x}" y="{y}" width="{w}" height="{h}">
   <properties>
    <property name="id" value="fuzz_kid"/>
    <property name="role" value="{role}"/>
    <property name="sprite" value="{sprite}"/>
    <property name="behaviour" value="walk"/>
    <property name="route" value="{route}"/>
   </properties>
  </object>
 </objectgroup>
</map>
"""


def xml_safe(text: str) -> str:
    return (text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
            .replace("\x00", ""))


@st.composite
def mod_folders(draw: st.DrawFn) -> dict[str, bytes | None]:
    """Files of a mod by relative path (None: a FIFO where a file should be). One part is
    bent at a time, hostile in its own way, the rest well-formed: so the check refuses the
    bent part for its own reason, and a harmless bend reaches the game."""
    bent = draw(st.sampled_from(["nothing", "map", "cast", "patch", "images", "tileset",
                                 "fifo", "junk"]))

    def pick(good: st.SearchStrategy, bad: st.SearchStrategy, part: str) -> str:
        return draw(bad if bent == part else good)

    files: dict[str, bytes | None] = {"mod.yaml": b"name: Fuzz\nversion: 1\n"}
    role = pick(st.sampled_from(["child", "juggler"]), roles, "map")
    sprite = pick(st.sampled_from(["child", "man2"]), names, "cast")
    files["dialogue/cast.yaml"] = (
        "roles:\n  juggler: {name: Juggler, portrait: passerby, sprite: "
        f"{sprite!r}}}\n" + GREETS).encode("utf-8", "surrogatepass")
    valid_size, valid_place = st.sampled_from(["6", "8", "12"]), st.just("40")
    text = map_text(*(xml_safe(v) for v in (
        pick(valid_size, hostile_numbers, "map"), pick(valid_size, hostile_numbers, "map"),
        pick(st.just("game:city.tsx"), sources, "tileset"),
        pick(valid_place, hostile_numbers, "map"), pick(valid_place, hostile_numbers, "map"),
        pick(valid_size, hostile_numbers, "map"), pick(valid_size, hostile_numbers, "map"),
        role, pick(st.sampled_from(["child", "man2"]), names, "map"),
        pick(st.just("2,2 4,2"), st.sampled_from(
            ["0,0 1000000000,0", "x", "", "1,1 " * 400, "2,2 9999,2"]), "map"),
        pick(st.just("1"), st.sampled_from(["0", "2000000000", "-5"]), "tileset"))))
    if bent == "junk":
        cut = draw(st.integers(0, len(text)))
        text = text[:cut] + draw(st.sampled_from(["<", "\x00", "]]>", "&bomb;", "\ud800"])
                                 ) + text[cut:]
    files["maps/yard.tmx"] = text.encode("utf-8", "surrogatepass")
    if bent == "tileset" or draw(st.booleans()):  # a tileset of its own
        files["maps/city.tsx"] = TILESET.replace("../assets/tiles/city.png",
                                                 "tiles.png").encode("utf-8")
        files["maps/tiles.png"] = pick(st.just(REAL_TILES), images, "tileset")
        files["maps/yard.tmx"] = files["maps/yard.tmx"].replace(b"game:city.tsx",
                                                                b"city.tsx")
    files["assets/sprites/man2.png"] = pick(st.just(REAL_PNG), images, "images")
    patch = draw(st.sampled_from([
        "patches:\n  - map: streets\n    add:\n      - {type: npc, id: fz, role: %s, "
        "at: [38, 16]}\n",
        "patches:\n  - map: yard\n    move:\n      - {id: fuzz_kid, at: [%s, 2]}\n",
        "patches:\n  - map: streets\n    remove: [%s]\n"]))
    value = pick(st.just("child"),
                 st.sampled_from(["99999999999", "[1, 2]", "'\\x00'", "{a: *b}", "chlid",
                                  "-1", "child_40"]), "patch")
    if "move" in patch and bent != "patch":
        value = "3"
    elif "remove" in patch and bent != "patch":
        value = "child_4"
    files["maps/patches/p.yaml"] = (patch % value).encode()
    if bent == "fifo" and hasattr(os, "mkfifo"):
        files[draw(st.sampled_from(["dialogue/talk.yaml", "maps/patches/q.yaml",
                                    "maps/other.tmx", "assets/sprites/man2.png"]))] = None
    return files


@pytest.fixture(scope="module")
def run_and_paths(tmp_path_factory: pytest.TempPathFactory) -> tuple[LintRun, Paths]:
    home = tmp_path_factory.mktemp("fuzz-home")
    paths = default_paths({"BORROWED_FACE_HOME": str(home)})
    run = LintRun(paths, cache=paths.cache)
    run.shipped()  # the game's own content, read once for every example
    return run, paths


def write(folder: Path, files: dict[str, bytes | None]) -> None:
    for name, data in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if data is None:
            os.mkfifo(path)
        else:
            path.write_bytes(data)


@EXAMPLES
@given(mod_folders())
def test_a_hostile_mod_folder_is_checked_and_loaded_or_refused(
        run_and_paths: tuple[LintRun, Paths], tmp_path: Path,
        files: dict[str, bytes | None]) -> None:
    run, paths = run_and_paths
    folder = Path(tempfile.mkdtemp(dir=tmp_path)) / "fuzz"
    write(folder, files)
    mods = discover(paths, [folder])
    run.check_mods(mods)  # never raises
    mod = mods[0]
    for problem in mod.problems:
        assert problem.code[0] in "DMXG" and problem.file and problem.line >= 0
        assert "\n" not in problem.format()
    maps = folder / "maps"
    for tmx in sorted(maps.glob("*.tmx")):
        try:
            open_tmx(tmx)
        except ContentError as error:  # the project's own error, with a place
            assert all(d.file and d.line >= 0 for d in error.diagnostics)
    event("refused" if mod.refused else "accepted")
    event("codes: " + ",".join(sorted({p.code for p in mod.problems if p.is_error})[:4]))
    if mod.refused:
        return
    # accepted: the game loads it (what lint accepts, the game loads)
    library = MapLibrary([paths.maps, maps])
    for map_id in library:
        data = library[map_id]  # a KeyError here is a map lint let through
        assert data.width > 0
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    from game.assets import Assets

    assets = Assets([paths.assets, folder / "assets"])
    for data in (library[m] for m in library):
        for npc in data.npcs:
            if npc.sprite:
                assets.frames(npc.sprite, 1)  # read, or a stand-in: never a crash
