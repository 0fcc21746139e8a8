"""What he picks up or gives away is said in a corner, in the player's language; never
over black, and never once the story has ended."""

from __future__ import annotations

import pytest
from driver import Driver

from game.dialogue.effects import Give, NotebookPage, Take


def toasts(driver: Driver) -> list[str]:
    return [toast.text for toast in driver.app.toasts]


def test_given_and_taken_items_are_named(after_opening: Driver) -> None:
    director = after_opening.app.director
    director.apply_effects([Give("toy")])
    director.apply_effects([Take("air_pistol")])
    assert "Now carrying: a wind-up tin bird" in toasts(after_opening)
    assert "No longer carrying: an air pistol" in toasts(after_opening)


def test_in_portuguese(after_opening: Driver) -> None:
    after_opening.app.set_language("pt_BR")
    after_opening.app.director.apply_effects([Give("mask")])
    assert "Agora levo comigo: a máscara" in toasts(after_opening)


def test_nothing_pops_up_over_black_or_after_the_end(after_opening: Driver) -> None:
    director = after_opening.app.director
    before = toasts(after_opening)
    director.apply_effects([Give("mask"),
                            NotebookPage("nb3.toy", 3)], over_black=True)
    assert toasts(after_opening) == before
    after_opening.app.session.state.set("ending", "open")
    director.apply_effects([Take("mask")])
    assert toasts(after_opening) == before


def test_a_scene_that_gives_says_so(after_opening: Driver,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    driver = after_opening
    said: list[str] = []
    notify = driver.app.notify
    monkeypatch.setattr(driver.app.context, "notify",
                        lambda text: (said.append(text), notify(text)))
    driver.go_through_exit("institute")
    driver.talk_to("colleague_2")  # Mr Yamane and the resin from the stores
    driver.finish_dialogue()
    assert "resin" in driver.app.session.state.items
    assert "Now carrying: clear resin and its hardener" in said
