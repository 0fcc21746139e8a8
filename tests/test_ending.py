"""The story ends when content sets the fact `ending`: the closing page, credits, title.

Driven by actions on a running game, as a player would: a scene that sets `ending`
ends, the page written last comes up on black, a key goes on (not at once), the
credits roll over the title, and leaving them shows the title.
"""

from __future__ import annotations

import pytest
from driver import Driver

from game.dialogue.effects import Move
from game.scenes.credits import CreditsScene
from game.scenes.ending import READY, EndingScene
from game.scenes.title import TitleScene
from game.world.scene import WorldScene


@pytest.fixture()
def driver(after_opening: Driver) -> Driver:
    return after_opening


def top(driver: Driver) -> object:
    return driver.app.scenes.top


def test_setting_ending_shows_the_last_page_then_credits_then_title(driver: Driver) -> None:
    state = driver.app.session.state
    state.add_page("nb3.toy", 3)  # a page the shipped content writes, with its title
    state.set("ending", "open")
    driver.app.director.apply_effects([Move("home")])
    driver.app.director.scene_ended()  # what the dialogue box calls when it closes

    ending = top(driver)
    assert isinstance(ending, EndingScene)
    assert driver.app.scenes.find(WorldScene) is None, "the world is left behind"
    assert ending.title() == "The bird" and "promise" in ending.body()
    driver.press("act")  # too soon: a key held from the last line does not skip the page
    assert top(driver) is ending
    driver.run(round(READY * 60) + 2)
    driver.app.draw()
    driver.press("act")
    assert isinstance(top(driver), CreditsScene)
    assert driver.app.scenes.find(TitleScene) is not None
    driver.press("cancel")
    driver.run(2)
    assert isinstance(top(driver), TitleScene)
    assert driver.app.director.pending_move is None


def test_the_page_is_in_the_players_language(driver: Driver) -> None:
    driver.app.set_language("pt_BR")
    state = driver.app.session.state
    state.add_page("nb3.toy", 3)
    state.set("ending", "burned")
    driver.app.director.scene_ended()
    ending = top(driver)
    assert isinstance(ending, EndingScene)
    assert ending.title() != "The bird" and ending.body()


def test_without_a_page_the_end_is_said_plainly(driver: Driver) -> None:
    state = driver.app.session.state
    state.pages.clear()
    state.set("ending", "unmasked")
    driver.app.director.scene_ended()
    ending = top(driver)
    assert isinstance(ending, EndingScene) and ending.title() == "The end"
    assert ending.body() == ""
    driver.app.draw()


def test_a_scene_without_an_ending_goes_on_as_before(driver: Driver) -> None:
    driver.app.director.scene_ended()
    assert isinstance(top(driver), WorldScene)
