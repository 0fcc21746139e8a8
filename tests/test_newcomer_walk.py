"""Notebook one as a newcomer plays it: from the opening to the mask made at the home
desk, knowing nothing but what the screen shows.

At each step the player opens the city map (M), reads which place it rings for the
notebook's "Now:", and walks there on the streets, to the spot the map shows (a door
takes him in). Inside he does what the prompts offer: talks to each person and looks
at each thing, nearest first, until the aim moves on; then he goes out and opens the
map again. The test checks that the map always rings a place for the aim (drawn on
the screen, in the aim's red), and that the walk ends at the desk with the mask made.
"""

from __future__ import annotations

from driver import Driver, Stuck

from game.places import CITY_MAP, current_aim
from game.scenes.city_map import CityMapScene
from game.ui.city_map import AIM

LIMIT = 40  # map readings: notebook one takes about ten


def read_the_map(driver: Driver) -> list[tuple[str, tuple[int, int]]]:
    """Open the map, see which places are ringed and where, close it."""
    driver.press("map")
    driver.app.draw()
    scene = driver.app.scenes.top
    assert isinstance(scene, CityMapScene)
    marks = scene.marks
    assert marks is not None
    aimed = [(mark.place.id, mark.tile) for mark in marks.aimed]
    surface = driver.app.display.surface
    for place_id, _tile in aimed:  # ringed on the screen, not only in the data
        x, y = scene.drawing.spots[place_id]
        reach = 4 * driver.app.display.scale * 4
        red = [(px, py) for px in range(x - reach, x + reach + 1)
               for py in range(y - reach, y + reach + 1)
               if surface.get_rect().collidepoint(px, py) and surface.get_at((px, py))[:3] == AIM]
        assert red, f"{place_id}: no ring on the screen"
    driver.press("map")
    driver.run(2)
    return aimed


def visit(driver: Driver, aim: str) -> None:
    """Inside a place: talk to each person and look at each thing, nearest first, until
    the aim moves on (a new chapter counts)."""
    state = driver.app.session.state
    tried: set[str] = set()
    chapter = state.chapter
    while current_aim(state) == aim and state.chapter == chapter:
        world = driver.world
        x, y = driver.tile
        offers = [(abs(n.tile[0] - x) + abs(n.tile[1] - y), "person", n.id)
                  for n in world.npcs if n.id not in tried]
        offers += [(min(abs(tx - x) + abs(ty - y) for tx, ty in o.tiles), "thing", o.id)
                   for o in world.map.objects if o.id not in tried]
        assert offers, f"nothing left to try on {driver.map_id} for {aim}"
        _, kind, ident = min(offers)
        tried.add(ident)
        try:
            if kind == "person":
                driver.talk_to(ident)
            else:
                driver.examine(ident)
        except Stuck:
            continue
        driver.finish_dialogue()


def test_a_newcomer_reaches_the_desk_by_the_map_and_the_aim(after_opening: Driver) -> None:
    driver = after_opening
    state = driver.app.session.state
    visited_for: dict[str, set[str]] = {}
    path: list[tuple[str, str]] = []
    for _ in range(LIMIT):
        if state.chapter == 2:
            break
        if driver.map_id != CITY_MAP:
            driver.go_through_exit(CITY_MAP)
        aim = current_aim(state)
        aimed = read_the_map(driver)
        assert aimed, f"the map rings no place for {aim}"
        done = visited_for.setdefault(aim, set())
        choices = [(place, tile) for place, tile in aimed if place not in done] or aimed
        x, y = driver.tile
        place, tile = min(choices, key=lambda c: abs(c[1][0] - x) + abs(c[1][1] - y))
        done.add(place)
        path.append((aim, place))
        driver.walk_to({tile})
        visit(driver, aim)
    assert state.chapter == 2 and state.get("mask_ready") is True, path
    assert driver.map_id == "home", "the mask is made at the desk at home"
    assert path[0] == ("aim.chapter1", "home") and path[-1] == ("aim.chapter1.ready", "home"), \
        path
    assert {"institute", "clinic", "museum"} <= {place for _, place in path}, path

