"""The whole story, from a new game to an ending, by actions only, nothing set by hand.

Each step follows what the notebook's "Now:" line says, as a player would; on the way
the test checks that the line always names something (the game never leaves him without
a next step) and that each chapter's autosave is written.
"""

from __future__ import annotations

from driver import Driver

from game.saves import SaveStore
from game.scenes.credits import CreditsScene
from game.scenes.ending import READY, EndingScene
from game.scenes.notebook import NotebookScene


def now(driver: Driver) -> str:
    """The notebook's "Now:" line, read the way the notebook screen reads it."""
    return NotebookScene(driver.app.context, driver.app.session).aim()


def chapter(driver: Driver) -> int:
    return driver.app.session.state.chapter


def talk(driver: Driver, person: str, choose: list[str] | None = None) -> list[str]:
    driver.talk_to(person)
    return driver.finish_dialogue(choose)


def look(driver: Driver, thing: str, choose: list[str] | None = None) -> list[str]:
    driver.examine(thing)
    return driver.finish_dialogue(choose)


def nearest(driver: Driver, role: str) -> str:
    x, y = driver.tile
    return min((abs(npc.tile[0] - x) + abs(npc.tile[1] - y), npc.id)
               for npc in driver.world.npcs if npc.role == role)[1]


def go(driver: Driver, *maps: str) -> None:
    for map_id in maps:
        driver.go_through_exit(map_id)


def test_a_new_game_to_the_fire(after_opening: Driver) -> None:
    driver = after_opening
    state = driver.app.session.state
    saves = SaveStore(driver.app.paths.saves, "test")
    assert now(driver)

    # notebook one: the materials, then the desk
    go(driver, "institute")
    talk(driver, "colleague_2")
    go(driver, "streets", "clinic")
    talk(driver, "k")
    go(driver, "streets", "museum")
    talk(driver, "friend")
    assert {"resin", "keratin_film", "face_cast"} <= state.items, state.items
    go(driver, "streets", "home")
    # her hand, taken back (he lets it be); the talk about films; an actor's face
    look(driver, "home_desk", ["home_touch.table.c2", "home_touch.refused.c2",
                               "home_desk.start.c3", "home_desk.start.c1"])
    assert state.get("touch_refused") is True and state.get("held_her_wrist") is False
    assert chapter(driver) == 2 and saves.read("auto").meta.chapter == 2

    # notebook two: he tells her he is going away; the room, the mirror, the girl, the
    # first walk, the shop, the window
    talk(driver, "wife")
    assert state.get("trip_told") is True and driver.map_id == "streets" and now(driver)
    go(driver, "house_s")
    talk(driver, "manager", ["rent_room.ask.c1", "rent_room.more.c1", "rent_room.more.c3"])
    look(driver, "house_s_mirror", ["mirror.put_on.c1"])
    assert driver.app.session.face == "mask" and now(driver)
    talk(driver, "daughter")
    assert state.get("promised_toy") is True
    go(driver, "streets", "toyshop")  # across the city: people see him
    talk(driver, "toyseller", ["toy_shop.mask.c2"])
    assert "air_pistol" in state.items and now(driver)
    go(driver, "streets")
    if not state.get("walked_in_mask"):  # no passer-by has noticed him yet: ask one
        talk(driver, nearest(driver, "passerby"))
    assert state.get("walked_in_mask") is True
    look(driver, "home_window")
    assert chapter(driver) == 3 and saves.read("auto").meta.chapter == 3

    # notebook three: four o'clock, home, the telephone, the bird, the weeks
    talk(driver, "wife_bus_stop", ["act3_bus_stop.start.c1"])  # the actor's lines
    assert driver.map_id == "cafe" and now(driver)  # he walks with her to the café
    talk(driver, "wife_cafe", ["act3_cafe.start.c1"])  # his invented life
    assert driver.map_id == "restaurant" and now(driver)
    talk(driver, "wife_restaurant", ["act3_restaurant.start.c2"])
    assert driver.map_id == "hotel" and now(driver)
    talk(driver, "clerk", ["act3_hotel.start.c1"])  # a name that is no one's
    assert driver.map_id == "home" and driver.app.session.face == "bandages"
    talk(driver, "wife")
    assert state.get("homecoming_done") is True
    look(driver, "home_bedroom_door", ["home_bedroom_door.start.c1"])  # her false hair
    assert state.get("remembered_hair") is True
    go(driver, "streets")
    go(driver, "tobacco")
    talk(driver, "shopgirl")
    go(driver, "streets", "toyshop")
    talk(driver, "toyseller")
    assert "toy" in state.items and now(driver)
    go(driver, "streets")
    go(driver, "house_s")
    talk(driver, "daughter")
    assert state.get("toy_given") is True
    look(driver, "house_s_desk")
    assert chapter(driver) == 4 and saves.read("auto").meta.chapter == 4

    # the letter and the end
    go(driver, "streets", "home")
    look(driver, "home_desk")
    assert state.get("waited_at_home") is True and now(driver)
    go(driver, "streets", "house_s")
    look(driver, "house_s_desk", ["act3_end.night.c3"])
    ending = driver.app.scenes.top
    assert isinstance(ending, EndingScene) and state.get("ending") == "burned"
    assert {page.notebook for page in state.pages} == {1, 2, 3}
    driver.run(round(READY * 60) + 2)
    driver.press("act")
    assert isinstance(driver.app.scenes.top, CreditsScene)
