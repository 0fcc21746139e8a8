"""People come and go with the story: an NPC's `when` in the map.

The wife waits at the bus stop at four in chapter 3, until the stranger has spoken to
her; in chapter 4 she is no longer at home. Checked on entering a map and after each
conversation; a `when` the content can't read is a lint error (G004), and in play it
never holds (the person stays away) and is reported once.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pygame
import pytest
from driver import Driver

from game.app import App, Options
from game.diagnostics import Report
from game.dialogue.build import criteria_from_text
from game.dialogue.loader import load_content
from game.paths import default_paths
from game.scenes.problems import ProblemsScene
from game.session import presence_checks
from game.world.mapdata import NpcSpawn
from game.world.scene import WorldScene


@pytest.fixture()
def driver(after_opening: Driver) -> Driver:
    return after_opening


def people(driver: Driver) -> set[str]:
    return {npc.id for npc in driver.world.npcs}


def test_she_waits_at_the_bus_stop_in_chapter_three_until_he_speaks(driver: Driver) -> None:
    state = driver.app.session.state
    assert "wife_bus_stop" not in people(driver), "not before chapter 3"
    state.set("chapter", 3)
    driver.app.director.scene_ended()  # a conversation ended: who is here now
    assert "wife_bus_stop" in people(driver)
    assert driver.world.world.actor_at((42, 17)) is not None, "she holds her tile"
    state.set("met_at_bus_stop", True)
    driver.app.director.scene_ended()
    assert "wife_bus_stop" not in people(driver)
    assert driver.world.world.actor_at((42, 17)) is None, "and lets it go"


def test_in_chapter_four_the_flat_is_empty_of_her(driver: Driver) -> None:
    driver.go_through_exit("home")
    assert "wife" in people(driver)
    driver.go_through_exit("streets")
    driver.app.session.state.set("chapter", 4)
    driver.go_through_exit("home")
    assert "wife" not in people(driver) and "neighbour" in people(driver)


def spawn(when: str) -> NpcSpawn:
    return NpcSpawn("kid", "child", (1, 1), "down", "stand", [], None, 7, 3, when, 9, 5)


def test_a_when_that_cant_be_read_is_named_where_it_is_written(driver: Driver) -> None:
    content = driver.app.world_data.content
    report = Report()
    assert presence_checks(content, spawn("{chapter: {lt: 4}"), report, "maps/x.tmx") is None
    [problem] = report.items
    assert problem.code == "G004" and problem.file == "maps/x.tmx" and problem.line == 9
    assert "`when` of `kid`" in problem.message

    report = Report()
    assert presence_checks(content, spawn("{chapter: {lt: four}}"), report, "x.tmx") is None
    assert [p.code for p in report.items] == ["G004"] and "compares numbers" in report.items[
        0].message

    report = Report()
    checks = presence_checks(content, spawn("{chapter: 3, self.cried: false}"), report)
    assert checks is not None and not report.items and len(checks) == 2


def test_an_unreadable_when_keeps_the_person_away(driver: Driver) -> None:
    session = driver.app.session
    assert not session.present(spawn("{chaptr: 3}"))
    assert not session.present(spawn("{chapter: {lt: 4}"))
    assert session.present(spawn(""))
    assert not session.present(spawn("{chapter: 4}"))


def kid_mod(folder: Path) -> Path:
    """A mod whose map patch puts a child on the streets while its own fact holds."""
    (folder / "dialogue").mkdir(parents=True)
    (folder / "maps" / "patches").mkdir(parents=True)
    (folder / "mod.yaml").write_text("name: Kid\nversion: 1.0\n", encoding="utf-8")
    (folder / "dialogue" / "facts.yaml").write_text(
        "facts:\n  kid_waits: {type: bool, default: true}\n", encoding="utf-8")
    (folder / "maps" / "patches" / "streets.yaml").write_text(
        "patches:\n  - map: streets\n    add:\n"
        "      - {type: npc, id: mod_kid, role: child, at: [38, 16], when: '{kid_waits: true}'}\n",
        encoding="utf-8")
    return folder


def start_with_kid(tmp_path: Path) -> tuple[App, Path, WorldScene]:
    mod = kid_mod(tmp_path / "kid")
    app = App(Options(frames=1, sound=False, scale=1, map="streets", mods=[mod]),
              default_paths())
    app.start()
    assert [m.id for m in app.mods.loaded] == ["kid"]
    world = app.scenes.find(WorldScene)
    assert world is not None and "mod_kid" in {npc.id for npc in world.npcs}
    facts = mod / "dialogue" / "facts.yaml"
    facts.write_text(facts.read_text(encoding="utf-8").replace("kid_waits", "kid_waited"),
                     encoding="utf-8")
    return app, mod, world


def test_a_reload_that_takes_away_a_fact_a_when_names_keeps_the_previous_version(
        tmp_path: Path) -> None:
    """The modder renames the fact and reloads: as the lint would, the reload names the
    map patch's `when`, and the version in play stays (the child with it)."""
    app, mod, world = start_with_kid(tmp_path)
    try:
        before = app.world_data.content
        assert not app.reloader.reload()
        assert app.world_data.content is before and app.session.engine.content is before
        problems = app.scenes.top
        assert isinstance(problems, ProblemsScene)
        patch = mod / "maps" / "patches" / "streets.yaml"
        [told] = [line for line in problems.lines if "mod_kid" in line]
        assert f"{patch}:4:" in told and "G004" in told and "`kid_waits`" in told
        problems.close()
        world.refresh_people()
        assert "mod_kid" in {npc.id for npc in world.npcs}
    finally:
        pygame.quit()


def test_a_when_naming_a_fact_no_file_declares_is_told_once_and_keeps_them_away(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """Content no lint has seen (the game's own files edited under it) whose fact a
    `when` names is gone: the game says so, once, and the child stays away (as a rule
    naming it never holds)."""
    app, mod, world = start_with_kid(tmp_path)
    try:
        content, _ = load_content(app.world_data.dialogue_dirs)
        app.world_data.content = content
        app.reloader.content_replaced(content)
        with caplog.at_level(logging.WARNING):
            world.refresh_people()
            world.refresh_people()
        assert "mod_kid" not in {npc.id for npc in world.npcs}
        told = [r.getMessage() for r in caplog.records if "mod_kid" in r.getMessage()]
        assert len(told) == 1, told
        patch = mod / "maps" / "patches" / "streets.yaml"
        assert f"{patch}:4:" in told[0] and "G004" in told[0]
        assert "undeclared fact `kid_waits`" in told[0] and "stays away" in told[0]
        assert any("mod_kid" in toast.text for toast in app.toasts.items)
    finally:
        pygame.quit()


def test_the_text_is_read_like_a_dialogue_when() -> None:
    report = Report()
    criteria = criteria_from_text("{face: {in: [mask, bandages]}, day: {gte: 2}}", "m.tmx",
                                  4, 10, report, "G004", "`when`")
    assert not report.items
    assert [(c.fact, c.op) for c in criteria] == [("face", "in"), ("day", "gte")]
    criteria_from_text("[not, a, mapping]", "m.tmx", 4, 10, report, "G004", "`when`")
    [problem] = report.items
    assert (problem.line, problem.column) == (4, 10) and "mapping" in problem.message
