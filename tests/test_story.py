"""The game plays itself through the slice that exists: from a new game to the mask.

Walks, talks and chooses by actions only, then asserts on the game state a player
would see: where he is, which face he wears, what the notebooks hold, the saves.
"""

from __future__ import annotations

import pygame
import pytest
from driver import Driver

from game.app import App, Options
from game.paths import default_paths
from game.saves import SaveStore


@pytest.fixture()
def driver() -> Driver:
    app = App(Options(frames=1, sound=False, scale=1, seed=3), default_paths())
    app.boot()
    app.new_game()
    yield Driver(app)
    pygame.quit()


def facts(driver: Driver, *names: str) -> dict[str, object]:
    return {name: driver.app.session.state.get(name) for name in names}


def pages(driver: Driver) -> list[str]:
    return [page.id for page in driver.app.session.state.pages]


def test_from_the_opening_to_the_mask_and_the_girl_who_sees_through_it(driver: Driver) -> None:
    said = driver.finish_dialogue()  # the opening plays on a new game
    assert said and driver.map_id == "streets"
    assert "nb1.institute" in pages(driver)

    driver.go_through_exit("home")
    driver.examine("home_desk")
    driver.finish_dialogue(["home_desk.start.c2"])  # a documentary face
    assert facts(driver, "mask_ready", "mask_type", "chapter") == {
        "mask_ready": True, "mask_type": "documentary", "chapter": 2}
    assert "nb2.ready" in pages(driver)
    store = SaveStore(driver.app.paths.saves, "test")
    assert store.read("auto").meta.chapter == 2, "a chapter start autosaves"

    driver.go_through_exit("streets")
    driver.go_through_exit("house_s")
    driver.talk_to("manager")
    driver.finish_dialogue(["rent_room.ask.c1", "rent_room.more.c1", "rent_room.more.c3"])
    assert facts(driver, "room_rented", "brother_story_told", "face") == {
        "room_rented": True, "brother_story_told": True, "face": "bandages"}
    assert "key_house_s" in driver.app.session.state.items
    assert "nb2.room" in pages(driver)

    driver.examine("house_s_mirror")
    driver.finish_dialogue(["mirror.put_on.c1"])
    assert driver.app.session.face == "mask"
    assert driver.app.session.player.sheet == "hero_mask"
    assert "nb2.mirror" in pages(driver)

    driver.talk_to("daughter")
    said = driver.finish_dialogue()
    assert said, "the girl has something to say to the mask"
    assert driver.app.session.state.get("daughter.seen_mask") is True


def test_the_mirror_in_house_s_is_not_his_until_the_room_is_rented(driver: Driver) -> None:
    driver.finish_dialogue()
    driver.app.session.state.set("mask_ready", True)
    driver.app.session.state.give("mask")
    driver.go_through_exit("house_s")
    driver.examine("house_s_mirror")  # walked in, but the room is not his yet
    driver.finish_dialogue()
    assert driver.app.session.face == "bandages"
