"""The shipped Tiled maps load, join up and can be walked; broken maps are reported well."""

from __future__ import annotations

import re
from collections import deque
from pathlib import Path

import pytest

from game.diagnostics import ContentError
from game.world.mapchecks import check_maps
from game.world.mapdata import (
    MapData,
    load_map,
    load_maps,
    parse_route,
)

ROOT = Path(__file__).resolve().parent.parent
MAPS = ROOT / "maps"
MAP_FILES = sorted(MAPS.glob("*.tmx"))
TILESET = MAPS / "city.tsx"

SMALL_MAP = """<?xml version="1.0" encoding="UTF-8"?>
<map version="1.10" orientation="orthogonal" renderorder="right-down" width="6" height="4"
     tilewidth="16" tileheight="16" infinite="0" nextlayerid="3" nextobjectid="9">
 <properties>
  <property name="name" value="Test"/>
  <property name="default_spawn" value="start"/>
 </properties>
 <tileset firstgid="1" source="game:city.tsx"/>
 <layer id="1" name="ground" width="6" height="4">
  <data encoding="csv">
0,0,0,0,0,0,
0,0,0,0,0,0,
0,0,0,0,0,0,
0,0,0,0,0,0
</data>
 </layer>
 <objectgroup id="2" name="objects">
  <object id="1" name="start" type="spawn" x="8" y="8"><point/></object>
  <object id="2" type="exit" x="80" y="0" width="16" height="64">
   <properties>
    <property name="target_map" value="{target_map}"/>
    <property name="target_spawn" value="start"/>
   </properties>
  </object>
  {extra}
 </objectgroup>
</map>
"""


def write_map(folder: Path, name: str, target_map: str = "test", extra: str = "") -> Path:
    path = folder / f"{name}.tmx"
    path.write_text(
        SMALL_MAP.replace("{target_map}", target_map).replace("{extra}", extra), encoding="utf-8"
    )
    return path


def walkable_from(data: MapData, start: tuple[int, int]) -> set[tuple[int, int]]:
    # an independent breadth-first walk, so the test does not trust the code it tests
    seen = {start}
    queue = deque([start])
    while queue:
        x, y = queue.popleft()
        for nxt in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
            if nxt not in seen and not data.is_blocked(*nxt):
                seen.add(nxt)
                queue.append(nxt)
    return seen


@pytest.fixture(scope="module")
def maps() -> dict[str, MapData]:
    loaded, problems = load_maps(MAPS)
    assert problems == [], [p.format() for p in problems]
    return loaded


def test_the_three_first_maps_exist(maps: dict[str, MapData]) -> None:
    assert {"streets", "house_s", "home"} <= set(maps)
    assert len(maps) == len(MAP_FILES)


@pytest.mark.parametrize("path", MAP_FILES, ids=lambda p: p.stem)
def test_every_map_loads_with_a_default_spawn(path: Path) -> None:
    data = load_map(path)
    assert data.id == path.stem
    assert data.tile_size == 16
    assert data.default_spawn in data.spawns
    assert len(data.blocked) == data.height
    assert all(len(row) == data.width for row in data.blocked)
    # something blocks and something does not: collision really came from the tiles
    cells = [v for row in data.blocked for v in row]
    assert 0 < sum(cells) < len(cells)


def test_shipped_maps_have_no_problems(maps: dict[str, MapData]) -> None:
    problems = check_maps(maps)
    assert problems == [], "\n".join(p.format() for p in problems)


def test_every_exit_names_an_existing_map_and_spawn(maps: dict[str, MapData]) -> None:
    for data in maps.values():
        assert data.exits, f"{data.id} has no way out"
        for exit_ in data.exits:
            assert exit_.target_map in maps, (data.id, exit_.target_map)
            assert exit_.target_spawn in maps[exit_.target_map].spawns, (data.id, exit_)


def test_exits_go_both_ways(maps: dict[str, MapData]) -> None:
    links = {(data.id, e.target_map) for data in maps.values() for e in data.exits}
    for here, there in links:
        assert (there, here) in links, f"{here} -> {there} has no way back"


def test_nobody_stands_inside_a_wall(maps: dict[str, MapData]) -> None:
    for data in maps.values():
        for spawn in data.spawns.values():
            assert not data.is_blocked(*spawn.tile), (data.id, spawn.name)
        for npc in data.npcs:
            assert not data.is_blocked(*npc.tile), (data.id, npc.id)


def test_every_exit_and_spawn_is_reachable_on_foot(maps: dict[str, MapData]) -> None:
    for data in maps.values():
        reached = walkable_from(data, data.spawns[data.default_spawn].tile)
        for exit_ in data.exits:
            assert exit_.tiles & reached, f"{data.id}: exit to {exit_.target_map} cut off"
        for spawn in data.spawns.values():
            assert spawn.tile in reached, f"{data.id}: spawn {spawn.name} cut off"


def test_arriving_never_lands_on_an_exit(maps: dict[str, MapData]) -> None:
    for data in maps.values():
        for spawn in data.spawns.values():
            assert data.exit_at(*spawn.tile) is None, (data.id, spawn.name)


def test_npc_routes_are_walkable(maps: dict[str, MapData]) -> None:
    walkers = 0
    for data in maps.values():
        for npc in data.npcs:
            if npc.behaviour != "walk":
                continue
            walkers += 1
            stops = [npc.tile, *npc.route, npc.route[0]]
            for (ax, ay), (bx, by) in zip(stops, stops[1:], strict=False):
                assert ax == bx or ay == by, (npc.id, "leg not straight")
                for x in range(min(ax, bx), max(ax, bx) + 1):
                    for y in range(min(ay, by), max(ay, by) + 1):
                        assert not data.is_blocked(x, y), (npc.id, x, y)
    assert walkers >= 10


def test_people_have_unique_ids_and_known_roles(maps: dict[str, MapData]) -> None:
    ids = [npc.id for data in maps.values() for npc in data.npcs]
    assert len(ids) == len(set(ids))
    from game.dialogue.loader import load_content
    from game.paths import data_root

    roles = load_content([data_root() / "dialogue"])[0].roles  # roles come from the cast
    assert all(npc.role in roles for data in maps.values() for npc in data.npcs)


PLACES = {  # a door on the streets -> who keeps the place, and the things in it
    "cafe": ({"waiter": "waiter", "wife_cafe": "wife"}, {"cafe_table", "cafe_window"}),
    "restaurant": ({"wife_restaurant": "wife"}, {"restaurant_table", "restaurant_samples"}),
    "hotel": ({"clerk": "clerk", "wife_hotel": "wife"}, {"hotel_desk", "hotel_stairs"}),
    "tobacco": ({"shopgirl": "shopgirl"}, {"tobacco_counter"}),
    "toyshop": ({"toyseller": "toyseller"}, {"toy_case"}),
    "institute": ({"colleague_1": "colleague"}, {"institute_desk"}),
}


@pytest.mark.parametrize("place", sorted(PLACES))
def test_each_place_is_a_door_on_the_streets_with_its_keeper(
    maps: dict[str, MapData], place: str
) -> None:
    streets, data = maps["streets"], maps[place]
    door = next(e for e in streets.exits if e.target_map == place)
    assert door.kind == "door" and door.target_spawn == data.default_spawn
    back = next(e for e in data.exits if e.target_map == "streets")
    arrive = streets.spawns[back.target_spawn].tile
    assert any(abs(arrive[0] - x) + abs(arrive[1] - y) == 1 for x, y in door.tiles)
    people, things = PLACES[place]
    assert people.items() <= {n.id: n.role for n in data.npcs}.items()
    assert things <= {o.id for o in data.objects}
    assert data.indoors and data.name != place and data.music


def test_the_evening_shows_her_in_one_place_at_a_time(maps: dict[str, MapData]) -> None:
    wives = {n.id: (m.id, n.when) for m in maps.values() for n in m.npcs if n.role == "wife"}
    for place in ("cafe", "restaurant", "hotel"):
        assert wives[f"wife_{place}"] == (place, f"{{evening_with_her: {place}}}")


def _reach(data: MapData, obstacles: set[tuple[int, int]]) -> set[tuple[int, int]]:
    start = data.spawns[data.default_spawn].tile
    seen, queue = {start}, deque([start])
    while queue:
        x, y = queue.popleft()
        for step in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
            if step not in seen and step not in obstacles and not data.is_blocked(*step):
                seen.add(step)
                queue.append(step)
    return seen


def _beside(tiles: frozenset[tuple[int, int]] | set[tuple[int, int]]) -> set[tuple[int, int]]:
    return {(x + dx, y + dy) for x, y in tiles for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1))}


@pytest.mark.parametrize("path", MAP_FILES, ids=lambda p: p.stem)
def test_standing_people_leave_every_door_and_way_free(path: Path) -> None:
    data = load_map(path)
    standing = {n.tile: n.id for n in data.npcs if n.behaviour != "walk"}
    for exit_ in data.exits:
        for tile in exit_.tiles | _beside(exit_.tiles):
            assert tile not in standing, f"{standing.get(tile)} stands in the way of a door"
    for spawn in data.spawns.values():
        assert spawn.tile not in standing, f"{standing[spawn.tile]} stands on {spawn.name}"
    # nobody cuts off a place he needs: what only a standing person closes off (the
    # space behind a counter) holds no door, spawn or thing to use (and lint's M040
    # says each thing can still be faced from where he can go)
    lost = _reach(data, set()) - _reach(data, set(standing)) - set(standing)
    needed = {s.tile for s in data.spawns.values()}
    for item in (*data.exits, *data.objects):
        needed |= item.tiles
    assert not lost & needed, sorted(lost)
    if data.id not in ("tobacco", "toyshop", "hotel"):  # the keepers stand in the counters' gaps
        assert not lost, f"standing people close off {sorted(lost)}"


def test_the_people_and_things_the_story_needs(maps: dict[str, MapData]) -> None:
    streets = {n.id: n.role for n in maps["streets"].npcs}
    assert streets["colleague_bus"] == "colleague" and streets["wife_bus_stop"] == "wife"
    assert {f"child_{n}" for n in range(1, 5)} <= set(streets)
    assert {f"passerby_{n}" for n in range(1, 15)} <= set(streets)
    things = {o.id: (o.kind, o.scene) for data in maps.values() for o in data.objects}
    assert things["house_s_mirror"] == ("mirror", "mirror")
    assert things["home_record_player"] == ("record_player", "home_record_player")
    assert things["poster_cinema"] == ("poster", "poster_cinema")
    assert things["kiosk_telephone"] == ("phone", "kiosk_telephone")
    phone = next(o for o in maps["streets"].objects if o.id == "kiosk_telephone")
    door = next(e for e in maps["streets"].exits if e.target_map == "tobacco")
    assert _beside(phone.tiles) & door.tiles, "the telephone is on the kiosk, by its door"


def test_he_may_change_face_only_in_private(maps: dict[str, MapData]) -> None:
    house = maps["house_s"]
    mirror = next(o for o in house.objects if o.kind == "mirror")
    (mx, my) = max(mirror.tiles, key=lambda tile: tile[1])
    assert house.is_private(mx, my + 1)  # standing in front of the mirror
    assert not house.is_private(*house.spawns["entrance"].tile)
    assert maps["home"].is_private(*maps["home"].spawns["entrance"].tile)
    assert not maps["streets"].is_private(*maps["streets"].spawns["start"].tile)


def test_outside_the_map_is_blocked(maps: dict[str, MapData]) -> None:
    data = maps["home"]
    assert data.is_blocked(-1, 0) and data.is_blocked(0, -1)
    assert data.is_blocked(data.width, 0) and data.is_blocked(0, data.height)


def test_a_broken_tmx_gives_a_positioned_error(tmp_path: Path) -> None:
    path = write_map(tmp_path, "broken")
    text = path.read_text(encoding="utf-8").replace("</objectgroup>", "</objectgrup>")
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_map(path)
    problem = caught.value.diagnostics[0]
    assert problem.code == "M001"
    expected_line = text.splitlines().index(" </objectgrup>") + 1
    # expat points at the misspelt name, just after "</"
    assert (problem.line, problem.column) == (expected_line, 4)
    assert f"broken.tmx:{expected_line}:4" in str(caught.value)


def test_load_maps_reports_a_broken_file_and_keeps_the_rest(tmp_path: Path) -> None:
    write_map(tmp_path, "test")
    (tmp_path / "empty.tmx").write_text("", encoding="utf-8")
    loaded, problems = load_maps(tmp_path)
    assert set(loaded) == {"test"}
    assert [(p.code, Path(p.file).name) for p in problems] == [("M001", "empty.tmx")]


def test_a_missing_tileset_is_reported(tmp_path: Path) -> None:
    path = write_map(tmp_path, "test")
    path.write_text(path.read_text().replace("game:city.tsx", "city.tsx"))
    with pytest.raises(ContentError) as caught:
        load_map(path)
    assert caught.value.diagnostics[0].code == "M003"
    assert caught.value.diagnostics[0].line == 8


def test_an_exit_to_a_missing_map_is_diagnosed(tmp_path: Path) -> None:
    path = write_map(tmp_path, "test", target_map="stretes")
    exit_line = next(
        n for n, line in enumerate(path.read_text().splitlines(), start=1) if 'type="exit"' in line
    )
    loaded, _ = load_maps(tmp_path)
    loaded["streets"] = load_map(MAPS / "streets.tmx")
    problems = [p for p in check_maps(loaded) if p.file.endswith("test.tmx")]
    assert [p.code for p in problems] == ["M020"]
    assert "stretes" in problems[0].message and "`streets`" in problems[0].hint
    assert (problems[0].line, problems[0].column) == (exit_line, 3)


def test_a_good_small_map_has_no_problems(tmp_path: Path) -> None:
    write_map(tmp_path, "test")
    loaded, _ = load_maps(tmp_path)
    assert check_maps(loaded) == []


def test_npc_problems_are_found(tmp_path: Path) -> None:
    extra = """
  <object id="3" type="npc" x="16" y="16" width="16" height="16">
   <properties><property name="id" value="kid"/><property name="role" value="chidl"/>
    <property name="behaviour" value="walk"/><property name="route" value="1,1 1,9"/>
   </properties>
  </object>
  <object id="4" type="npc" x="32" y="32" width="16" height="16">
   <properties><property name="id" value="kid"/><property name="role" value="child"/>
    <property name="facing" value="sideways"/></properties>
  </object>
  <object id="5" type="spwan" x="0" y="0"/>"""
    write_map(tmp_path, "test", extra=extra)
    loaded, _ = load_maps(tmp_path)
    codes = {p.code: p for p in check_maps(loaded, roles=("child", "passerby"))}
    assert codes["M030"].hint == "did you mean `child`?"
    assert "M031" in codes  # the id `kid` twice
    assert "M033" in codes  # the route leaves the 4-row map
    assert codes["M012"].message.startswith("facing `sideways`")
    assert codes["M010"].severity == "warning"


def test_an_unreachable_exit_is_diagnosed(tmp_path: Path) -> None:
    # a wall object across the map between the spawn and the exit
    extra = '<object id="6" type="wall" x="48" y="0" width="16" height="64"/>'
    write_map(tmp_path, "test", extra=extra)
    loaded, _ = load_maps(tmp_path)
    assert [p.code for p in check_maps(loaded)] == ["M022"]
    # and a walkable object through the wall opens it again
    extra += '<object id="7" type="walkable" x="48" y="32" width="16" height="16"/>'
    write_map(tmp_path, "test", extra=extra)
    loaded, _ = load_maps(tmp_path)
    assert check_maps(loaded) == []


def test_objects_may_use_the_tiled_1_9_class_attribute(tmp_path: Path) -> None:
    path = write_map(tmp_path, "test")
    path.write_text(
        path.read_text(encoding="utf-8").replace('type="exit"', 'class="exit"'), encoding="utf-8"
    )
    assert load_map(path).exits[0].target_map == "test"


def test_routes_parse() -> None:
    assert parse_route("3,10 12,10  12,4") == [(3, 10), (12, 10), (12, 4)]
    with pytest.raises(ValueError):
        parse_route("3,10 twelve,4")


def test_every_tile_is_named_once_and_says_whether_it_collides() -> None:
    import xml.etree.ElementTree as ET

    root = ET.parse(TILESET).getroot()
    tiles = root.findall("tile")
    assert len(tiles) == int(root.get("tilecount", "0")) > 100
    names = []
    for tile in tiles:
        props = {p.get("name"): p for p in tile.iter("property")}
        assert props["collides"].get("type") == "bool", tile.get("id")
        names.append(props["name"].get("value"))
    assert len(names) == len(set(names))
    assert root.find("image").get("source") == "../assets/tiles/city.png"


def test_the_tileset_uses_only_palette_colours() -> None:
    import os
    import sys

    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    import pygame

    sys.path.insert(0, str(ROOT / "tools"))
    from palette import PALETTE

    image = pygame.image.load(str(ROOT / "assets" / "tiles" / "city.png"))
    allowed = set(PALETTE.values())
    colours = {
        tuple(image.get_at((x, y)))
        for y in range(image.get_height())
        for x in range(image.get_width())
    }
    strays = {c[:3] for c in colours if c[3] and c[:3] not in allowed}
    assert not strays
    assert {c[3] for c in colours} <= {0, 255}


SIGNS = {  # the map a street door leads to -> the tiles that must name it by that door
    "home": ("jsign_h_hibari", "plate_hibari"),
    "institute": ("jsign_h_institute", "plate_institute"),
    "house_s": ("jsign_h_house_s", "plate_house_s"),
    "clinic": ("jsign_h_clinic", "plate_clinic"),
    "museum": ("jsign_h_museum", "plate_museum"),
    "cinema": ("jsign_h_cinema",),
    "cafe": ("jsign_h_cafe",),
    "tobacco": ("jsign_h_tobacco",),
    "toyshop": ("jsign_h_toys",),
    "hotel": ("jsign_h_hotel",),
    "restaurant": ("jsign_h_restaurant",),
}


def _tile_names(path: Path) -> dict[tuple[int, int], set[str]]:
    """Every cell's tile names on every layer, read from the TMX text and city.tsx."""
    import re
    import xml.etree.ElementTree as ET

    names = {}
    for tile in ET.parse(TILESET).getroot().iter("tile"):
        for prop in tile.iter("property"):
            if prop.get("name") == "name":
                names[int(tile.get("id", "0")) + 1] = prop.get("value", "")
    cells: dict[tuple[int, int], set[str]] = {}
    for data in ET.parse(path).getroot().iter("data"):
        rows = [r for r in re.split(r"\n", (data.text or "").strip()) if r]
        for y, row in enumerate(rows):
            for x, gid in enumerate(v for v in row.split(",") if v):
                if int(gid):
                    cells.setdefault((x, y), set()).add(names[int(gid) & 0x1FFFFFFF])
    return cells


@pytest.mark.parametrize("place", sorted(SIGNS))
def test_each_door_on_the_streets_says_what_is_behind_it(
    maps: dict[str, MapData], place: str
) -> None:
    cells = _tile_names(MAPS / "streets.tmx")
    door = next(e for e in maps["streets"].exits if e.target_map == place)
    near = set()
    for x, y in door.tiles:
        for dx in range(-5, 6):
            for dy in range(-3, 1):
                near |= cells.get((x + dx, y + dy), set())
    for prefix in SIGNS[place]:
        assert any(name.startswith(prefix) for name in near), f"no {prefix} by the {place} door"


# --- hostile maps: what lint refuses, the loader refuses too, with a position ---------------


def _tileset_with_image(folder: Path, image: bytes | None) -> None:
    """A copy of the game's tileset whose image is ``image`` (None: no file at all)."""
    text = TILESET.read_text(encoding="utf-8")
    source = re.search(r'<image source="([^"]+)"', text).group(1)
    (folder / "city.tsx").write_text(text.replace(source, "tiles.png"), encoding="utf-8")
    if image is not None:
        (folder / "tiles.png").write_bytes(image)


def _png_header(width: int, height: int) -> bytes:
    import struct
    import zlib

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    return (b"\x89PNG\r\n\x1a\n" + struct.pack(">I", len(ihdr)) + chunk
            + struct.pack(">I", zlib.crc32(chunk)))


@pytest.mark.parametrize("image, reason", [
    (None, "No such file"), (b"", "empty"), (b"GIF89a not really", "not a PNG"),
    (_png_header(100_000, 100_000), "100000x100000"), (_png_header(0, 16), "0x16")])
def test_a_tileset_image_that_is_not_usable_is_refused_with_a_position(
        tmp_path: Path, image: bytes | None, reason: str) -> None:
    path = write_map(tmp_path, "test")
    path.write_text(path.read_text().replace("game:city.tsx", "city.tsx"))
    _tileset_with_image(tmp_path, image)
    with pytest.raises(ContentError) as caught:
        load_map(path)
    problem = caught.value.diagnostics[0]
    assert problem.code == "M003" and reason in problem.message
    assert problem.file.endswith("city.tsx") and problem.line > 0


@pytest.mark.parametrize("old, new", [
    ('width="6" height="4"', 'width="600000000" height="4"'),
    ('<layer id="1" name="ground" width="6"', '<layer id="1" name="ground" width="99999999"'),
    ('firstgid="1" source=', 'firstgid="2000000000" source='),
    ('type="exit" x="80" y="0" width="16" height="64"',
     'type="exit" x="80" y="0" width="1e12" height="1e12"'),
    ('x="8" y="8"><point/>', 'x="8" y="-9e300"><point/>'),
])
def test_dimensions_beyond_the_limits_are_refused_before_allocating(
        tmp_path: Path, old: str, new: str) -> None:
    path = write_map(tmp_path, "test")
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))
    with pytest.raises(ContentError) as caught:
        load_map(path)
    problem = caught.value.diagnostics[0]
    assert problem.code == "M002" and problem.line > 1, problem.format()


def test_routes_sprites_and_music_that_lead_anywhere_are_refused(tmp_path: Path) -> None:
    npc = ('<object id="5" type="npc" x="24" y="24"><properties>'
           '<property name="id" value="walker"/><property name="role" value="child"/>'
           '<property name="behaviour" value="walk"/>'
           '<property name="route" value="1,1 1000000000,1"/>'
           '<property name="sprite" value="../../../etc/passwd"/></properties></object>')
    path = write_map(tmp_path, "test", extra=npc)
    path.write_text(path.read_text().replace(
        '<property name="name" value="Test"/>',
        '<property name="name" value="Test"/><property name="music" value="/dev/zero"/>'))
    data = load_map(path)
    messages = [d.message for d in data.diagnostics if d.code == "M012"]
    assert any("waypoint outside the map" in m for m in messages)
    assert any(m.startswith("sprite `../../../etc/passwd`") for m in messages)
    assert any(m.startswith("music `/dev/zero`") for m in messages)
    assert data.music is None and data.npcs[0].sprite is None and data.npcs[0].route == []


def test_a_map_may_name_the_game_tileset_by_its_stable_name(tmp_path: Path) -> None:
    mod_maps = tmp_path / "mods" / "m" / "maps"
    mod_maps.mkdir(parents=True)
    data = load_map(write_map(mod_maps, "yard"))  # source="game:city.tsx"
    assert data.width == 6
    path = write_map(mod_maps, "yard")
    path.write_text(path.read_text().replace("game:city.tsx", "game:../../etc/x.tsx"))
    with pytest.raises(ContentError) as caught:
        load_map(path)
    assert "outside the game's maps folder" in caught.value.diagnostics[0].message


def test_many_objects_or_waypoints_within_each_limit_are_still_bounded_in_all(
        tmp_path: Path) -> None:
    """Each object below its own limit, but together beyond the map's: refused before
    the tiles of all of them are made."""
    big = "".join(f'<object id="{100 + n}" type="wall" x="0" y="0" width="1008" '
                  'height="1008"/>' for n in range(300))  # 64 x 64 tiles each
    path = write_map(tmp_path, "walls", extra=big)
    with pytest.raises(ContentError) as caught:
        load_map(path)
    assert "in all" in caught.value.diagnostics[0].message
    route = " ".join(["1,1 1,2"] * 100)
    walkers = "".join(
        f'<object id="{100 + n}" type="npc" x="16" y="16"><properties>'
        f'<property name="route" value="{route}"/></properties></object>' for n in range(30))
    path = write_map(tmp_path, "walkers", extra=walkers)
    with pytest.raises(ContentError) as caught:
        load_map(path)
    assert "waypoints in all" in caught.value.diagnostics[0].message
