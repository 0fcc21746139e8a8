"""The game plays itself through the slice that exists: from a new game to the mask.

Walks, talks and chooses by actions only, then asserts on the game state a player
would see: where he is, which face he wears, what the notebooks hold, the saves.
The mask is made only once its three materials are gathered in the city.
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
    app.new_game()
    yield Driver(app)
    pygame.quit()


def facts(driver: Driver, *names: str) -> dict[str, object]:
    return {name: driver.app.session.state.get(name) for name in names}


def pages(driver: Driver) -> list[str]:
    return [page.id for page in driver.app.session.state.pages]


MATERIALS = {"resin", "keratin_film", "face_cast"}


def gather_the_materials(driver: Driver) -> None:
    """Notebook one, step 6: the resin from Yamane at the institute, the film from K.
    (his first visit), the cast of a stranger's face from Tsuda at the museum (his)."""
    items = driver.app.session.state.items
    driver.go_through_exit("institute")
    driver.talk_to("colleague_2")
    driver.finish_dialogue()
    assert "resin" in items and "nb1.materials" in pages(driver)
    assert facts(driver, "aim") == {"aim": "aim.chapter1.needs.film_cast"}

    driver.go_through_exit("streets")
    driver.go_through_exit("clinic")
    driver.talk_to("k")
    driver.finish_dialogue()
    assert {"artificial_finger", "keratin_film"} <= items and "nb1.clinic" in pages(driver)

    driver.go_through_exit("streets")
    driver.go_through_exit("museum")
    driver.talk_to("friend")
    driver.finish_dialogue()
    assert "face_cast" in items and "nb1.museum" in pages(driver)
    assert facts(driver, "aim") == {"aim": "aim.chapter1.ready"}


def test_from_the_opening_to_the_mask_and_the_girl_who_sees_through_it(driver: Driver) -> None:
    said = driver.finish_dialogue()  # the opening plays on a new game
    assert said and driver.map_id == "streets"
    assert "nb1.institute" in pages(driver)

    gather_the_materials(driver)
    driver.go_through_exit("streets")
    driver.go_through_exit("home")
    driver.examine("home_desk")
    # the first evening (her hand, his grip), then the talk about films, then the face
    driver.finish_dialogue(["home_touch.table.c1", "home_touch.refused.c1",
                            "home_desk.start.c4", "home_desk.start.c2"])  # a documentary face
    assert facts(driver, "touch_refused", "held_her_wrist") == {
        "touch_refused": True, "held_her_wrist": True}
    assert {"nb1.refusal", "nb1.talk"} <= set(pages(driver))
    assert facts(driver, "mask_ready", "mask_type", "chapter", "aim") == {
        "mask_ready": True, "mask_type": "documentary", "chapter": 2,
        "aim": "aim.chapter2.trip"}
    assert not MATERIALS & driver.app.session.state.items, "they went into the mask"
    assert "nb2.ready" in pages(driver)
    store = SaveStore(driver.app.paths.saves, "test")
    assert store.read("auto").meta.chapter == 2, "a chapter start autosaves"

    # notebook two begins: he tells her he is going away, and goes
    driver.talk_to("wife")
    driver.finish_dialogue(["home_trip.start.c1"])
    assert facts(driver, "trip_told", "aim") == {"trip_told": True, "aim": ""}
    assert "nb2.trip" in pages(driver) and driver.map_id == "streets"
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


def test_the_desk_at_home_wants_the_materials_first(driver: Driver) -> None:
    driver.finish_dialogue(["opening.start.c1"])  # "Go home, to the desk."
    driver.go_through_exit("home")
    driver.examine("home_desk")
    said = driver.finish_dialogue()
    assert any("resin" in line for line in said), "the missing resin is named"
    assert any("K." in line for line in said) and any("Tsuda" in line for line in said)
    assert facts(driver, "mask_ready", "chapter") == {"mask_ready": False, "chapter": 1}
    assert "mask" not in driver.app.session.state.items
    assert "nb1.materials" in pages(driver), "the errand list, in notebook one"
    assert facts(driver, "aim") == {"aim": "aim.chapter1.needs.resin_film_cast"}

    driver.go_through_exit("streets")  # one found: the desk names only the other two
    driver.go_through_exit("institute")
    driver.talk_to("colleague_2")
    driver.finish_dialogue()
    driver.go_through_exit("streets")
    driver.go_through_exit("home")
    driver.examine("home_desk")
    said = driver.finish_dialogue()
    assert not any("resin" in line for line in said)
    assert any("K." in line for line in said) and any("Tsuda" in line for line in said)
    assert facts(driver, "mask_ready", "aim") == {
        "mask_ready": False, "aim": "aim.chapter1.needs.film_cast"}


def away(driver: Driver, face: str) -> None:
    """Chapter 2, the mask made and the trip told: he is 'away' in Osaka."""
    driver.finish_dialogue()
    state = driver.app.session.state
    for name, value in {"chapter": 2, "mask_ready": True, "touch_refused": True,
                        "trip_told": True}.items():
        state.set(name, value)
    state.give("mask")
    driver.app.session.set_face(face)


def test_home_in_bandages_while_away_she_sends_him_out_again(driver: Driver) -> None:
    away(driver, "bandages")
    driver.go_through_exit("home")
    driver.talk_to("wife")
    said = driver.finish_dialogue(["home_away.start.c1"])
    assert any("Osaka" in line for line in said)
    assert driver.map_id == "streets", "a man on a trip does not stay"

    driver.go_through_exit("home")  # straight to the desk: she finds him there too
    driver.examine("home_desk")
    said = driver.finish_dialogue()
    assert any("thought you'd gone" in line for line in said)
    assert driver.map_id == "streets"
    assert driver.app.session.state.get("mask_ready") is True, "nothing at the desk changed"


def test_the_stranger_in_her_flat_is_kept_at_the_door(driver: Driver) -> None:
    away(driver, "mask")
    driver.go_through_exit("home")
    driver.talk_to("wife")
    said = driver.finish_dialogue(["home_stranger.start.c2"])
    assert any("away. A trip" in line for line in said), "her husband is away"
    assert not any("bus" in line.lower() for line in said)
    assert driver.map_id == "streets"
    state = driver.app.session.state
    assert state.get("came_home_masked") is True and state.get("wife.seen_mask") is True


def test_before_the_trip_the_mirror_keeps_the_mask_off(driver: Driver) -> None:
    driver.finish_dialogue()
    state = driver.app.session.state
    for name, value in {"chapter": 2, "mask_ready": True, "touch_refused": True,
                        "room_rented": True}.items():
        state.set(name, value)
    state.give("mask")
    state.give("key_house_s")
    driver.go_through_exit("house_s")
    driver.examine("house_s_mirror")
    said = driver.finish_dialogue()
    assert any("First I must go away" in line for line in said)
    assert driver.app.session.face == "bandages"
