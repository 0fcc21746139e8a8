"""Numbers, dates and place names in the player's language: "2,0 s" in Portuguese, and
a save made in English named in Portuguese on the load screen (by the place's id; old
saves without one by their map)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime

import pytest
from test_menus import GameDriver, boot

from game.scenes.settings_menu import SettingsScene
from game.ui.widgets import format_date, format_decimal


@pytest.fixture
def game() -> Iterator[GameDriver]:
    driver = GameDriver(boot())
    yield driver
    driver.app.shutdown()


def test_decimals_and_dates_follow_the_language(game: GameDriver) -> None:
    app, text = game.app, game.app.text
    moment = datetime(2026, 12, 3, 19, 5)
    assert format_decimal(text, 2.0) == "2.0" and format_date(text, moment) == "2026-12-03 19:05"
    app.set_language("pt_BR")
    assert format_decimal(text, 2.0) == "2,0" and format_decimal(text, 0.5) == "0,5"
    assert format_date(text, moment) == "03/12/2026 19:05"


def test_the_auto_advance_pause_reads_2_comma_0_in_portuguese(game: GameDriver) -> None:
    app = game.app
    app.set_language("pt_BR")
    app.settings.auto_delay = 2.0
    row = next(item for item in SettingsScene(app.context).menu.items if item.name == "auto_delay")
    assert row.value() == "2,0 s"


def test_a_save_is_named_by_its_place_in_the_language_of_the_reader(game: GameDriver) -> None:
    app = game.app
    app.settings.content_note = False
    app.new_game(map_id="home")
    game.frames(2)
    assert app.save("1", quiet=True)
    meta = app.saves.store.read("1").meta
    assert (meta.place_id, meta.place) == ("home", "Home: the Hibari flats")  # in English
    assert app.saves.place_name(meta) == "Home: the Hibari flats"
    app.set_language("pt_BR")
    assert app.saves.place_name(meta) == "Casa: o edifício Hibari"


def test_an_old_save_without_a_place_id_loads_and_is_named_by_its_map(
        game: GameDriver) -> None:
    app = game.app
    app.settings.content_note = False
    app.new_game(map_id="clinic")
    game.frames(2)
    assert app.save("2", quiet=True)
    path = app.saves.store.path_for("2")
    document = json.loads(path.read_text(encoding="utf-8"))
    del document["meta"]["place_id"]  # as saves were written before places had ids
    from game.saves import document_checksum

    document.pop("checksum")
    document["checksum"] = document_checksum(document)
    path.write_text(json.dumps(document), encoding="utf-8")

    app.set_language("pt_BR")
    meta = app.saves.store.read("2").meta
    assert meta.place_id == "" and app.saves.place_name(meta) == "A clínica de K."
    assert app.load("2")
    assert app.session.map_id == "clinic"
