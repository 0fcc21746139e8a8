"""The menus as a player drives them: actions only (and raw keys while rebinding), headless."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pygame
import pytest
import yaml

from game.app import App, Options
from game.loop import STEP
from game.paths import default_paths
from game.scenes.content_note import ContentNoteScene
from game.scenes.credits import CreditsScene
from game.scenes.history import HistoryScene
from game.scenes.notebook import MAP_TAB, NotebookScene
from game.scenes.pause import PauseScene
from game.scenes.saves_menu import SavesScene
from game.scenes.settings_menu import ControlsScene, SettingsScene, key_label
from game.scenes.title import TitleScene
from game.ui.widgets import ConfirmScene
from game.world.scene import WorldScene

ROOT = Path(__file__).resolve().parent.parent
MARK = re.compile(r"\{([a-z_]+)\}")


class GameDriver:
    """Presses actions into a booted game, one fixed step and one drawn frame at a time."""

    def __init__(self, app: App) -> None:
        self.app = app

    @property
    def top(self):
        return self.app.scenes.top

    def frames(self, count: int = 1) -> None:
        for _ in range(count):
            self.app.step(STEP)
            self.app.draw()

    def press(self, action: str, settle: int = 2) -> None:
        for pressed in (True, False):
            event = self.app.input.inject(action, pressed)
            if event is not None:
                self.app.dispatch(event)
            self.frames(1 if pressed else settle)

    def key(self, key: int) -> None:
        """A real key press through the event queue, as the keyboard sends it."""
        for kind in (pygame.KEYDOWN, pygame.KEYUP):
            pygame.event.post(pygame.event.Event(kind, key=key, mod=0, unicode="",
                                                 scancode=0))
            self.app.pump()
            self.frames(1)

    def choose(self, name: str) -> None:
        """Move the selection of the top menu to a row by pressing down, then act."""
        menu = self.top.menu
        for _ in range(len(menu.items) + 1):
            if menu.current.name == name:
                break
            self.press("move_down")
        assert menu.current.name == name, f"cannot reach {name!r} with the arrows"
        self.press("act")

    def new_game(self) -> None:
        self.app.new_game(map_id="streets")  # a --map start: no opening conversation
        self.frames(3)


def boot(language: str | None = None) -> App:
    app = App(Options(frames=1, sound=False, scale=1, language=language), default_paths())
    app.start()
    return app


@pytest.fixture
def game() -> Iterator[GameDriver]:
    app = boot()
    driver = GameDriver(app)
    driver.frames(2)
    yield driver
    app.shutdown()


# --- the title -------------------------------------------------------------------------


def test_the_game_starts_on_the_title_with_continue_greyed_when_nothing_is_saved(
        game: GameDriver) -> None:
    assert isinstance(game.top, TitleScene)
    menu = game.top.menu
    assert [item.name for item in menu.items] == [
        "new_game", "continue", "load", "settings", "credits", "quit"]
    assert not menu.items[1].is_enabled()
    game.press("move_down")
    assert menu.current.name == "load"  # the greyed Continue is stepped over
    game.press("act")
    assert isinstance(game.top, SavesScene) and game.top.mode == "load"
    game.press("cancel")
    assert isinstance(game.top, TitleScene)


def test_new_game_shows_the_content_note_first_and_back_returns(game: GameDriver) -> None:
    game.choose("new_game")
    assert isinstance(game.top, ContentNoteScene)
    game.choose("back")
    assert isinstance(game.top, TitleScene)
    game.choose("new_game")
    game.choose("continue")
    assert game.app.scenes.find(WorldScene) is not None


def test_the_content_note_can_be_turned_off(game: GameDriver) -> None:
    game.app.settings.content_note = False
    game.choose("new_game")
    assert game.app.scenes.find(WorldScene) is not None
    assert game.app.scenes.find(ContentNoteScene) is None


def test_credits_open_and_close(game: GameDriver) -> None:
    game.choose("credits")
    assert isinstance(game.top, CreditsScene)
    game.frames(30)
    game.press("cancel")
    assert isinstance(game.top, TitleScene)


# --- pause -----------------------------------------------------------------------------


def test_escape_closes_the_pause_menu_once_without_reopening_it(game: GameDriver) -> None:
    """Esc is bound to both cancel and menu: closing must not hand `menu` to the street."""
    game.new_game()
    game.key(pygame.K_ESCAPE)
    assert isinstance(game.top, PauseScene)
    game.key(pygame.K_ESCAPE)
    game.frames(2)
    assert isinstance(game.top, WorldScene)


def test_pause_menu_reaches_every_screen_by_actions(game: GameDriver) -> None:
    game.new_game()
    game.press("menu")
    assert isinstance(game.top, PauseScene)
    for row, screen in (("notebooks", NotebookScene), ("save", SavesScene),
                        ("load", SavesScene), ("settings", SettingsScene),
                        ("history", HistoryScene)):
        game.top.menu.selected = 0
        game.choose(row)
        assert isinstance(game.top, screen), row
        game.press("cancel")
        assert isinstance(game.top, PauseScene), row
    game.top.menu.selected = 0
    game.choose("resume")
    game.frames(1)
    assert isinstance(game.top, WorldScene)


def test_pause_title_autosaves_and_returns_to_the_title(game: GameDriver) -> None:
    game.new_game()
    game.press("menu")
    game.choose("title")
    assert isinstance(game.top, TitleScene)
    assert (game.app.paths.saves / "auto.json").is_file()
    assert game.top.menu.items[1].is_enabled()  # Continue now has something to open


def test_pause_quit_asks_then_autosaves_and_stops(game: GameDriver) -> None:
    game.new_game()
    game.press("menu")
    game.choose("quit")
    assert game.app.running and isinstance(game.top, ConfirmScene)
    game.choose("yes")
    assert not game.app.running
    assert (game.app.paths.saves / "auto.json").is_file()


# --- settings --------------------------------------------------------------------------


def test_a_scripted_run_opens_pause_then_settings_changes_music_and_it_is_saved(
        tmp_path: Path) -> None:
    script = tmp_path / "settings.txt"
    script.write_text("\n".join([
        "wait 5", "press menu", "wait 3",
        *["press down"] * 4, "press act", "wait 3",  # pause: ... Save, Load, Settings
        *["press down"] * 3,  # text speed, auto-advance, (the greyed pause), skip, music
        "press left", "press left", "wait 3",
        "press cancel", "wait 3",
    ]) + "\n", encoding="utf-8")
    app = App(Options(frames=60, input=script, sound=False, scale=1, map="streets"),
              default_paths())
    app.run()
    saved = json.loads(app.paths.settings_file.read_text(encoding="utf-8"))
    assert saved["music_volume"] == pytest.approx(0.6)
    assert isinstance(app.scenes.top, PauseScene)


def test_sliders_and_toggles_apply_at_once(game: GameDriver) -> None:
    game.choose("settings")
    settings = game.app.settings
    menu = game.top.menu
    menu.select("sound_volume")
    game.press("move_right")
    assert settings.sound_volume == pytest.approx(0.85)
    assert game.app.audio.sound_volume == pytest.approx(0.85)
    menu.select("text_speed")
    for _ in range(30):
        game.press("move_right")
    assert settings.text_speed == 0  # the far right: whole lines at once
    menu.select("auto_advance")
    game.press("act")
    assert settings.auto_advance
    menu.select("text_size")
    game.press("move_right")
    assert settings.text_size == "large" and game.app.fonts.text_size == "large"
    game.press("cancel")
    saved = json.loads(game.app.paths.settings_file.read_text(encoding="utf-8"))
    assert saved["text_speed"] == 0 and saved["auto_advance"] is True


def test_holding_an_arrow_repeats(game: GameDriver) -> None:
    game.choose("settings")
    game.top.menu.select("music_volume")
    event = game.app.input.inject("move_left", True)
    game.app.dispatch(event)
    game.frames(60)
    game.app.input.inject("move_left", False)
    assert game.app.settings.music_volume < 0.3


def test_language_switch_shows_portuguese_at_once(game: GameDriver) -> None:
    game.choose("settings")
    game.top.menu.select("language")
    game.press("move_right")
    assert game.app.settings.language == "pt_BR"
    assert game.app.text("ui.settings.title") == "Configurações"
    game.press("cancel")
    assert isinstance(game.top, TitleScene)
    assert game.app.text("ui.title.new_game") == "Novo jogo"
    game.app.settings.content_note = False
    game.choose("new_game")
    assert game.app.session.engine.language == "pt_BR"
    # the story's own words follow: a notebook page written in English has a translation
    game.app.session.state.add_page("nb2.room", 2)
    game.press("notebook")  # over the opening conversation
    assert isinstance(game.top, NotebookScene)
    assert game.top.story_text("nb2.room.title") != game.app.world_data.content.english(
        "nb2.room.title")


def test_accented_letters_have_glyphs(game: GameDriver) -> None:
    font = game.app.fonts.get(10)
    for letter in "ãáâçéêíóôõúÃÇÉÕōŌ":
        assert font.metrics(letter)[0] is not None, letter


def test_rebinding_reads_a_raw_key_shows_conflicts_and_resets(game: GameDriver) -> None:
    game.choose("settings")
    game.top.menu.select("controls")
    game.press("act")
    assert isinstance(game.top, ControlsScene)
    controls = game.top
    controls.menu.select("act")
    game.press("act")
    assert controls.listening is not None
    game.key(pygame.K_n)  # N already opens the notebooks
    settings = game.app.settings
    assert settings.keys["act"] == ["n"]
    assert "notebook" in controls.conflicts()["keys"]
    assert "Notebooks" in controls.message
    assert not game.app.input.is_held("notebook")  # the key was taken, not played
    controls.menu.select("reset")
    game.press("act")
    assert isinstance(game.top, ConfirmScene)
    game.choose("yes")
    assert settings.keys["act"] == ["return", "space", "e"]
    game.press("cancel")
    game.frames(1)
    saved = json.loads(game.app.paths.settings_file.read_text(encoding="utf-8"))
    assert saved["keys"]["act"] == ["return", "space", "e"]


def test_escape_while_listening_keeps_the_old_key(game: GameDriver) -> None:
    game.choose("settings")
    game.top.menu.select("controls")
    game.press("act")
    game.top.menu.select("history")
    game.press("act")
    game.key(pygame.K_ESCAPE)
    assert isinstance(game.top, ControlsScene) and game.top.listening is None
    assert game.app.settings.keys["history"] == ["h"]


def test_a_gamepad_button_is_bound_in_the_gamepad_column(game: GameDriver) -> None:
    game.choose("settings")
    game.top.menu.select("controls")
    game.press("act")
    controls = game.top
    controls.menu.select("history")
    game.press("move_right")
    assert controls.column == 1
    game.press("act")
    for kind in (pygame.CONTROLLERBUTTONDOWN, pygame.CONTROLLERBUTTONUP):
        pygame.event.post(pygame.event.Event(kind, button=pygame.CONTROLLER_BUTTON_X,
                                             instance_id=0))
        game.app.pump()
    assert game.app.settings.pad["history"] == ["x"]
    assert "auto" in controls.conflicts()["pad"]  # X also turns auto-advance on and off


def mouse(game: GameDriver, kind: int, pos: tuple[int, int], button: int = 1) -> None:
    fields = {"pos": pos, "rel": (0, 0), "buttons": (0, 0, 0)} if kind == pygame.MOUSEMOTION \
        else {"pos": pos, "button": button}
    pygame.event.post(pygame.event.Event(kind, **fields))
    game.app.pump()
    game.frames(1)


def test_the_mouse_hovers_clicks_drags_and_right_clicks_back(game: GameDriver) -> None:
    game.choose("settings")
    menu = game.top.menu
    row = menu.rect_of("fullscreen")
    mouse(game, pygame.MOUSEMOTION, row.center)
    assert menu.current.name == "fullscreen"
    bar = menu.rect_of("music_volume", bar=True)
    mouse(game, pygame.MOUSEBUTTONDOWN, (bar.right - 1, bar.centery))
    assert game.app.settings.music_volume == pytest.approx(1.0)
    mouse(game, pygame.MOUSEMOTION, (bar.x + bar.width // 2, bar.centery))
    mouse(game, pygame.MOUSEBUTTONUP, (bar.x + bar.width // 2, bar.centery))
    assert game.app.settings.music_volume == pytest.approx(0.5, abs=0.06)
    mouse(game, pygame.MOUSEBUTTONDOWN, menu.rect_of("content_note").center)
    assert game.app.settings.content_note is False
    mouse(game, pygame.MOUSEBUTTONDOWN, (5, 5), button=3)
    assert isinstance(game.top, TitleScene)


def test_key_labels_read_like_the_keyboard() -> None:
    assert [key_label(n) for n in ("w", "f6", "return", "left ctrl", "tab", "up")] == [
        "W", "F6", "Enter", "Left Ctrl", "Tab", "Up"]


# --- notebook and history --------------------------------------------------------------


def test_notebook_opens_on_the_newest_page_and_tabs_switch(game: GameDriver) -> None:
    game.new_game()
    state = game.app.session.state
    state.add_page("nb1.noh", 1)
    state.add_page("nb2.room", 2)
    state.add_page("nb2.ready", 2)
    game.press("notebook")
    notebook = game.top
    assert isinstance(notebook, NotebookScene)
    assert notebook.notebook == 2
    assert notebook.selected_page().id == "nb2.ready"
    game.press("move_up")
    assert notebook.selected_page().id == "nb2.room"
    game.press("move_left")
    assert notebook.notebook == 1 and notebook.selected_page().id == "nb1.noh"
    game.press("move_left")
    assert notebook.notebook == MAP_TAB, "the city map comes after the three notebooks"
    game.press("move_left")
    assert notebook.notebook == 3 and notebook.selected_page() is None
    game.press("notebook")  # the same key closes it
    game.frames(1)
    assert isinstance(game.top, WorldScene)


def test_the_notebook_shows_the_aim_the_content_gives(game: GameDriver) -> None:
    from game.dialogue.model import Pos, TextSource

    game.new_game()
    texts = game.app.session.world.content.texts
    game.press("notebook")
    assert game.top.aim() == game.app.session.engine.text("aim.chapter1")
    game.press("cancel")
    shipped = texts["aim.chapter1"]
    texts["aim.chapter1"] = TextSource("aim.chapter1", "Find a room with a mirror.",
                                       Pos("<test>", 1, 1), "string")
    try:
        game.press("notebook")
        game.frames(1)
        assert game.top.aim() == "Find a room with a mirror."
    finally:
        texts["aim.chapter1"] = shipped


def test_history_scrolls_by_keys_and_wheel_and_starts_at_the_newest(game: GameDriver) -> None:
    game.new_game()
    game.app.session.history[:] = [("Mr Arima", f"Line {n}.") for n in range(200)]
    game.press("history")
    history = game.top
    assert isinstance(history, HistoryScene)
    assert history.scroll is None  # following the newest line
    game.press("move_up")
    first = history.scroll
    assert first is not None and first == history.bottom - 1
    pygame.event.post(pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=2, flipped=False))
    game.app.pump()
    assert history.scroll == first - 6
    game.press("move_right")  # a page down
    game.press("move_right")
    game.press("move_right")
    assert history.scroll is None
    game.press("cancel")
    game.frames(1)
    assert isinstance(game.top, WorldScene)


# --- strings ---------------------------------------------------------------------------


def ui_strings() -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    english = yaml.safe_load((ROOT / "dialogue" / "ui.yaml").read_text(encoding="utf-8"))
    portuguese = yaml.safe_load(
        (ROOT / "dialogue" / "i18n" / "pt_BR" / "ui.yaml").read_text(encoding="utf-8"))
    return english["strings"], portuguese


def test_every_interface_string_has_a_current_portuguese_translation_with_its_marks() -> None:
    english, portuguese = ui_strings()
    for text_id, text in english.items():
        assert text_id in portuguese, f"no pt_BR for {text_id}"
        assert portuguese[text_id]["en"] == text, f"stale pt_BR for {text_id}"
        assert sorted(MARK.findall(text)) == sorted(MARK.findall(portuguese[text_id]["text"])), (
            f"pt_BR of {text_id} fills in other {{names}}")
    assert not set(portuguese) - set(english), "translations of ids that no longer exist"


def test_every_text_id_the_menus_ask_for_exists() -> None:
    english, _ = ui_strings()
    scenes = ("title", "pause", "content_note", "settings_menu", "saves_menu", "notebook",
              "history", "credits")
    sources = "\n".join(path.read_text(encoding="utf-8") for path in [
        *(ROOT / "game" / "scenes" / f"{name}.py" for name in scenes),
        ROOT / "game" / "saveload.py", ROOT / "game" / "ui" / "widgets.py"])
    asked = set(re.findall(r'"(ui\.[a-z_]+\.[a-z_.0-9]+)"', sources))
    missing = sorted(text_id for text_id in asked if text_id not in english)
    assert not missing
