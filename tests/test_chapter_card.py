"""A new chapter shows its card over the street once the conversation that began it is
over: the notebook's name and what he means to do, fading in and out."""

from __future__ import annotations

from driver import Driver

from game.dialogue.effects import Chapter
from game.world.scene import CARD_SECONDS


def test_the_opening_begins_notebook_one(after_opening: Driver) -> None:
    driver = after_opening
    driver.run(2)
    assert driver.world.card_chapter == 1 and driver.world.card_time > 0


def test_the_card_waits_for_the_world_then_goes(after_opening: Driver) -> None:
    driver = after_opening
    world = driver.world
    driver.run(round(CARD_SECONDS * 60) + 2)  # notebook one's card, from the opening
    assert world.card_time <= 0 and world.pending_card is None
    driver.app.session.state.set("chapter", 3)
    driver.app.director.apply_effects([Chapter(3)])
    assert world.pending_card == 3
    driver.run(2)
    assert world.card_time > 0
    driver.run(30)
    driver.app.draw()
    assert world._card is not None and world._card[0][0] == 3
    driver.run(round(CARD_SECONDS * 60) + 2)
    assert world.card_time <= 0 and world.pending_card is None


def test_while_a_conversation_runs_the_card_waits(after_opening: Driver) -> None:
    driver = after_opening
    driver.run(round(CARD_SECONDS * 60) + 2)  # notebook one's card, from the opening
    driver.go_through_exit("home")
    driver.examine("home_desk")  # a conversation opens (the materials are missing)
    assert driver.in_dialogue() is not None
    driver.app.director.apply_effects([Chapter(2)])
    driver.run(10)
    assert driver.world.card_time <= 0, "not under the dialogue box"
    driver.finish_dialogue()
    driver.run(2)
    assert driver.world.card_time > 0


def test_a_newer_chapter_waits_its_turn(after_opening: Driver) -> None:
    driver = after_opening
    driver.run(2)
    assert driver.world.card_chapter == 1
    driver.app.director.apply_effects([Chapter(2)])
    driver.run(round(CARD_SECONDS * 60) + 4)
    assert driver.world.card_chapter == 2 and driver.world.card_time > 0


def test_no_card_once_the_story_has_ended(after_opening: Driver) -> None:
    driver = after_opening
    driver.world.pending_card = None
    driver.app.session.state.set("ending", "open")
    driver.app.director.apply_effects([Chapter(4)])
    assert driver.world.pending_card is None
