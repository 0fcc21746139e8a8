"""Notebook three and the end, played on a running game by actions only.

From where chapter 2 leaves him (the mask made and worn, the room rented, the girl
promised a toy, the pistol bought) to the ending screen: the window with the ribbons
starts chapter 3; she waits at the bus stop and the stranger speaks to her; home in
bandages; the kiosk telephone; the bird for the girl; the weeks at the desk; chapter 4,
the empty flat, her letter, the last night; the credits; the title. The engine-level
branches (each ending, each approach) are in test_act3_story.py.
"""

from __future__ import annotations

from driver import Driver

from game.saves import SaveStore
from game.scenes.credits import CreditsScene
from game.scenes.ending import READY, EndingScene
from game.scenes.title import TitleScene

END_OF_CHAPTER_TWO = {
    "chapter": 2, "opening_done": True, "mask_ready": True, "mask_type": "documentary",
    "touch_refused": True, "trip_told": True,
    "room_rented": True, "brother_story_told": True, "first_change_done": True,
    "walked_in_mask": True, "promised_toy": True, "desk_read": True,
}


def people(driver: Driver) -> set[str]:
    return {npc.id for npc in driver.world.npcs}


def pages(driver: Driver) -> list[str]:
    return [page.id for page in driver.app.session.state.pages]


def test_notebook_three_to_the_end(after_opening: Driver) -> None:
    driver = after_opening
    session = driver.app.session
    state = session.state
    for name, value in END_OF_CHAPTER_TWO.items():
        state.set(name, value)
    for item in ("mask", "key_house_s", "air_pistol"):
        state.give(item)
    session.set_face("mask")

    # the ribbons, seen as the stranger: notebook two is full, chapter 3 begins
    driver.examine("home_window")
    driver.finish_dialogue()
    assert state.get("chapter") == 3 and "nb2.ribbons" in pages(driver)
    assert SaveStore(driver.app.paths.saves, "test").read("auto").meta.chapter == 3

    # four o'clock: she is at the stop; the stranger speaks; the night fades out
    assert "wife_bus_stop" in people(driver)
    driver.talk_to("wife_bus_stop")
    assert driver.in_dialogue() is not None
    driver.finish_dialogue(["act3_bus_stop.start.c2"])  # the documentary face: plain words
    assert driver.map_id == "cafe" and "wife_cafe" in people(driver)
    driver.talk_to("wife_cafe")
    driver.finish_dialogue(["act3_cafe.start.c3"])  # they watch the street
    assert driver.map_id == "restaurant" and "wife_restaurant" in people(driver)
    driver.talk_to("wife_restaurant")
    driver.finish_dialogue(["act3_restaurant.start.c1"])
    assert driver.map_id == "hotel" and "wife_hotel" in people(driver)
    driver.talk_to("clerk")
    driver.finish_dialogue(["act3_hotel.start.c2"])
    assert driver.map_id == "home" and session.face == "bandages"
    assert state.get("approach") == "plain" and "nb3.bus_stop" in pages(driver)

    # home "from a trip"; then out, to the kiosk's telephone
    driver.talk_to("wife")
    driver.finish_dialogue(["act3_homecoming.start.c1"])
    assert state.get("homecoming_done") is True and state.get("said_sorry") is True
    # her door: the false hair on her dresser (without it, no fire at the end)
    driver.examine("home_bedroom_door")
    driver.finish_dialogue(["home_bedroom_door.start.c1"])
    assert state.get("remembered_hair") is True and "nb3.hair" in pages(driver)
    driver.go_through_exit("streets")
    assert "wife_bus_stop" not in people(driver), "the stranger has met her"
    driver.examine("kiosk_telephone")  # the red telephone on the kiosk's ledge
    driver.finish_dialogue()
    assert state.get("phoned_as_stranger") is True

    # the bird, bought in bandages in the toy shop, given in the yard
    driver.go_through_exit("toyshop")
    driver.talk_to("toyseller")
    driver.finish_dialogue()
    assert "toy" in state.items
    driver.go_through_exit("streets")
    driver.go_through_exit("house_s")
    driver.talk_to("daughter")
    driver.finish_dialogue()
    assert state.get("toy_given") is True and "nb3.toy" in pages(driver)

    # weeks, the notebooks, the map: chapter 4
    driver.examine("house_s_desk")
    driver.finish_dialogue()
    assert state.get("chapter") == 4 and "mask" not in state.items

    # the flat without her; the wait
    driver.go_through_exit("streets")
    driver.go_through_exit("home")
    assert "wife" not in people(driver)
    driver.examine("home_desk")
    driver.finish_dialogue()
    assert state.get("waited_at_home") is True

    # house S: the letter, the last night, and the fire
    driver.go_through_exit("streets")
    driver.go_through_exit("house_s")
    driver.examine("house_s_desk")
    said = driver.finish_dialogue(["act3_end.night.c3"])
    assert any("bus stop" in line for line in said), "her letter was read"
    ending = driver.app.scenes.top
    assert isinstance(ending, EndingScene) and state.get("ending") == "burned"
    assert ending.page is not None and ending.page.id == "nb3.end_burned"
    driver.run(round(READY * 60) + 2)
    driver.press("act")
    assert isinstance(driver.app.scenes.top, CreditsScene)
    driver.press("cancel")
    driver.run(2)
    assert isinstance(driver.app.scenes.top, TitleScene)
