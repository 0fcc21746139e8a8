"""Settings: defaults, round trip, broken files set aside, bad values fixed, bindings."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from game import settings as settings_module
from game.settings import (
    ACTIONS,
    BOUND_ACTIONS,
    DEFAULT_KEYS,
    DEFAULT_PAD,
    PAD_BUTTONS,
    Settings,
    binding_conflicts,
    load_settings,
    rebind,
    reset_bindings,
    save_settings,
    settings_from_json,
)


def write_json(path: Path, document: object) -> Path:
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def loaded(tmp_path: Path, document: dict[str, Any]) -> tuple[Settings, list[str]]:
    return load_settings(write_json(tmp_path / "settings.json", document))


# -- defaults and round trip ---------------------------------------------------------


def test_defaults_cover_every_action_on_both_devices() -> None:
    assert set(DEFAULT_KEYS) == set(DEFAULT_PAD) == set(BOUND_ACTIONS)
    assert set(ACTIONS) < set(BOUND_ACTIONS)  # the debug actions aren't on the controls screen
    assert all(name in PAD_BUTTONS for names in DEFAULT_PAD.values() for name in names)
    fresh = Settings()
    assert fresh.keys["act"] == ["return", "space", "e"]
    assert fresh.pad["menu"] == ["start"]
    assert binding_conflicts(fresh) == []
    assert binding_conflicts(fresh, "pad") == []


def test_default_tables_are_not_shared_between_instances() -> None:
    first, second = Settings(), Settings()
    first.keys["act"].append("z")
    assert second.keys["act"] == ["return", "space", "e"]
    assert DEFAULT_KEYS["act"] == ("return", "space", "e")


def test_missing_file_gives_defaults_without_a_message(tmp_path: Path) -> None:
    assert load_settings(tmp_path / "settings.json") == (Settings(), [])


def test_round_trip(tmp_path: Path) -> None:
    changed = Settings(
        text_speed=0,
        auto_advance=True,
        auto_delay=4.5,
        skip_seen_only=False,
        music_volume=0.25,
        sound_volume=1.0,
        window_scale=5,
        fullscreen=True,
        language="pt_BR",
        text_size="large",
        content_note=False,
    )
    rebind(changed, "act", "keys", "k")
    rebind(changed, "skip", "pad", "leftshoulder", replace=False)
    path = tmp_path / "config" / "settings.json"
    save_settings(changed, path)
    assert load_settings(path) == (changed, [])


def test_file_is_indented_with_sorted_keys_and_written_atomically(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "settings.json"
    save_settings(Settings(), path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith('{\n  "auto_advance": false,')
    assert list(json.loads(text)) == sorted(json.loads(text))
    before = path.read_bytes()

    def crash(_src: object, _dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("game.saves.os.replace", crash)
    with pytest.raises(OSError):
        save_settings(Settings(music_volume=0.1), path)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_copy_is_independent() -> None:
    original = Settings()
    edited = original.copy()
    rebind(edited, "act", "keys", "z")
    edited.music_volume = 0.0
    assert original == Settings()


# -- broken files --------------------------------------------------------------------


def test_broken_json_is_kept_aside_with_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    broken = b'{\n  "music_volume": 0.5,\n  "fullscreen": tru e\n}\n'
    path.write_bytes(broken)
    result, messages = load_settings(path)
    assert result == Settings()
    assert len(messages) == 1
    assert str(path) in messages[0]
    assert "line 3, column 17" in messages[0]
    kept = list(tmp_path.glob("settings.broken-*.json"))
    assert len(kept) == 1
    assert kept[0].name in messages[0]
    assert kept[0].read_bytes() == broken
    assert not path.exists()


@pytest.mark.parametrize(
    ("contents", "said"),
    [
        (b"", "empty"),
        (b'{"music_volume": 0.', "truncated"),
        (b"\xff\xfe\x00binary", "binary"),
        (b"[1, 2]", "list"),
        (b'"loud"', "not an object"),
    ],
    ids=["empty", "truncated", "binary", "list", "string"],
)
def test_unusable_files_are_kept_aside(tmp_path: Path, contents: bytes, said: str) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(contents)
    result, messages = load_settings(path)
    assert result == Settings()
    assert len(messages) == 1 and said in messages[0]
    (kept,) = tmp_path.glob("settings.broken-*.json")
    assert kept.read_bytes() == contents


def test_two_broken_files_in_one_second_do_not_overwrite_each_other(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    for contents in (b"{first", b"{second"):
        path.write_bytes(contents)
        load_settings(path)
    kept = sorted(p.read_bytes() for p in tmp_path.glob("settings.broken-*.json"))
    assert kept == [b"{first", b"{second"]


def test_unreadable_file_is_reported_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.mkdir()  # a folder where the file should be: reading fails with an OSError
    result, messages = load_settings(path)
    assert result == Settings()
    assert len(messages) == 1 and "couldn't be read" in messages[0]
    assert path.is_dir()


# -- bad values ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "written", "expected", "said"),
    [
        ("text_speed", 500, 200, "outside"),
        ("text_speed", 3, 10, "outside"),
        ("text_speed", -40, 10, "outside"),
        ("text_speed", "fast", 40, "not a number"),
        ("text_speed", 60.6, 61, "whole number"),
        ("auto_delay", 0.1, 0.5, "outside"),
        ("auto_delay", 99, 10.0, "outside"),
        ("music_volume", 1.5, 1.0, "outside"),
        ("music_volume", -0.2, 0.0, "outside"),
        ("music_volume", True, 0.7, "not a number"),
        ("music_volume", None, 0.7, "not a number"),
        ("music_volume", 10**400, 1.0, "outside"),
        ("sound_volume", [0.5], 0.8, "not a number"),
        ("window_scale", 0, 1, "outside"),
        ("window_scale", 12, 6, "outside"),
        ("window_scale", "2", 2, "not a number"),
        ("fullscreen", "yes", False, "true or false"),
        ("fullscreen", 1, False, "true or false"),
        ("auto_advance", None, False, "true or false"),
        ("skip_seen_only", 0, True, "true or false"),
        ("content_note", "false", True, "true or false"),
        ("language", "pt-BR", "en", "did you mean `pt_BR`?"),
        ("language", "klingon", "en", "not a language code like en, pt_BR"),
        ("language", 7, "en", "not a language code"),
        ("language", "es\n0:0: D001 error: fake", "en", "not a language code"),
        ("text_size", "huge", "normal", "not one of small, normal, large"),
    ],
)
def test_a_bad_value_is_fixed_with_a_message_and_the_rest_kept(
    tmp_path: Path, name: str, written: object, expected: object, said: str
) -> None:
    document = {"music_volume": 0.3, "language": "pt_BR", "window_scale": 3}
    document[name] = written
    result, messages = loaded(tmp_path, document)
    assert getattr(result, name) == expected
    assert type(getattr(result, name)) is type(getattr(Settings(), name))
    assert len(messages) == 1
    assert f"`{name}`" in messages[0] and said in messages[0]
    # the file, then the line and column of the setting in it
    where = re.escape(str(tmp_path / "settings.json"))
    assert re.match(rf"{where}:1:\d+: ", messages[0]), messages[0]
    for other, value in document.items():
        if other != name:
            assert getattr(result, other) == value
    assert list(tmp_path.iterdir()) == [tmp_path / "settings.json"]  # nothing set aside


def test_python_json_extensions_nan_and_infinity_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"music_volume": NaN, "sound_volume": Infinity}')
    result, messages = load_settings(path)
    assert (result.music_volume, result.sound_volume) == (0.7, 0.8)
    assert len(messages) == 2


def test_text_speed_zero_means_instant_and_is_allowed(tmp_path: Path) -> None:
    assert loaded(tmp_path, {"text_speed": 0}) == (Settings(text_speed=0), [])


def test_whole_floats_and_int_volumes_are_accepted_quietly(tmp_path: Path) -> None:
    result, messages = loaded(tmp_path, {"window_scale": 3.0, "music_volume": 1})
    assert messages == []
    assert result.window_scale == 3 and type(result.window_scale) is int
    assert result.music_volume == 1.0 and type(result.music_volume) is float


def test_unknown_setting_is_ignored_with_a_hint(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{\n  "language": "en",\n    "music_volum": 0.2\n}\n', encoding="utf-8")
    result, messages = load_settings(path)
    assert result == Settings()
    assert messages == [
        f"{path}:3:5: there is no setting `music_volum` (did you mean `music_volume`?); "
        "it was ignored."
    ]


def test_settings_missing_from_an_older_file_take_their_defaults_quietly(
    tmp_path: Path,
) -> None:
    result, messages = loaded(tmp_path, {"music_volume": 0.1})
    assert messages == []
    assert result == Settings(music_volume=0.1)


# -- bad bindings --------------------------------------------------------------------


def test_unknown_action_is_dropped_and_the_rest_kept(tmp_path: Path) -> None:
    result, messages = loaded(tmp_path, {"keys": {"jump": ["space"], "notebook": ["j"]}})
    assert result.keys["notebook"] == ["j"]
    assert "jump" not in result.keys
    assert result.keys["act"] == list(DEFAULT_KEYS["act"])  # unlisted actions keep defaults
    assert len(messages) == 1 and "`keys.jump` is not an action" in messages[0]


def test_unknown_pad_button_is_dropped_with_a_hint(tmp_path: Path) -> None:
    result, messages = loaded(tmp_path, {"pad": {"skip": ["rightshoulder", "rightshoulda"]}})
    assert result.pad["skip"] == ["rightshoulder"]
    assert len(messages) == 1 and "did you mean `rightshoulder`?" in messages[0]


def test_key_names_are_trimmed_lowercased_and_deduplicated(tmp_path: Path) -> None:
    result, messages = loaded(tmp_path, {"keys": {"act": ["Space", " space", "E"]}})
    assert result.keys["act"] == ["space", "e"]
    assert messages == []


def test_a_single_name_instead_of_a_list_is_understood(tmp_path: Path) -> None:
    result, messages = loaded(tmp_path, {"keys": {"history": "l"}})
    assert result.keys["history"] == ["l"]
    assert messages == []


@pytest.mark.parametrize(
    ("table", "action", "said"),
    [
        ({"keys": "wasd"}, "move_up", "not a table"),
        ({"keys": {"act": 5}}, "act", "not a list"),
        ({"keys": {"act": [5, ""]}}, "act", "nothing usable"),
        ({"keys": {"act": []}}, "act", "menus need it"),
        ({"pad": {"cancel": []}}, "cancel", "menus need it"),
    ],
)
def test_bad_binding_tables_fall_back_to_the_defaults(
    tmp_path: Path, table: dict[str, Any], action: str, said: str
) -> None:
    result, messages = loaded(tmp_path, table)
    device = next(iter(table))
    assert result.bindings(device)[action] == list(
        (DEFAULT_KEYS if device == "keys" else DEFAULT_PAD)[action]
    )
    assert any(said in message for message in messages)


def test_a_non_essential_action_may_be_left_unbound(tmp_path: Path) -> None:
    result, messages = loaded(tmp_path, {"keys": {"screenshot": []}})
    assert result.keys["screenshot"] == []
    assert messages == []


# -- conflicts, rebinding, reset -----------------------------------------------------


def test_conflicts_list_each_shared_key_but_not_cancel_and_menu() -> None:
    current = Settings()
    current.keys["notebook"] = ["n", "e"]  # e is also act
    current.keys["history"] = ["e"]
    assert binding_conflicts(current) == [
        ("e", "act", "notebook"),
        ("e", "act", "history"),
        ("e", "notebook", "history"),
    ]


def test_pad_conflicts_are_checked_separately_from_keys() -> None:
    current = Settings()
    rebind(current, "history", "pad", "a")
    assert binding_conflicts(current) == []
    assert binding_conflicts(current, "pad") == [("a", "act", "history")]


def test_rebind_replaces_and_reports_what_it_caused() -> None:
    current = Settings()
    assert rebind(current, "notebook", "keys", "W") == ["move_up"]
    assert current.keys["notebook"] == ["w"]
    assert current.keys["move_up"] == ["up", "w"]  # the player decides what to do about it
    assert rebind(current, "notebook", "keys", "j") == []
    assert current.keys["notebook"] == ["j"]


def test_rebind_can_add_an_alternate() -> None:
    current = Settings()
    assert rebind(current, "act", "keys", "z", replace=False) == []
    assert current.keys["act"] == ["return", "space", "e", "z"]
    rebind(current, "act", "keys", "z", replace=False)
    assert current.keys["act"] == ["return", "space", "e", "z"]


def test_rebind_cancel_to_escape_is_not_a_conflict() -> None:
    current = Settings()
    assert rebind(current, "cancel", "keys", "escape") == []
    assert rebind(current, "quickload", "keys", "escape") == ["cancel", "menu"]


def test_rebind_refuses_nonsense() -> None:
    current = Settings()
    with pytest.raises(ValueError, match="did you mean `notebook`"):
        rebind(current, "notebok", "keys", "n")
    with pytest.raises(ValueError, match="controller button"):
        rebind(current, "act", "pad", "space")
    with pytest.raises(ValueError, match="empty"):
        rebind(current, "act", "keys", "  ")
    with pytest.raises(ValueError, match="device"):
        rebind(current, "act", "mouse", "left")  # type: ignore[arg-type]
    assert current == Settings()


def test_reset_one_action_or_all() -> None:
    current = Settings()
    rebind(current, "act", "keys", "z")
    rebind(current, "act", "pad", "y")
    rebind(current, "menu", "keys", "m")
    reset_bindings(current, "act", device="pad")
    assert current.pad["act"] == ["a"] and current.keys["act"] == ["z"]
    reset_bindings(current, "act")
    assert current.keys["act"] == list(DEFAULT_KEYS["act"])
    assert current.keys["menu"] == ["m"]
    reset_bindings(current)
    assert current == Settings()
    with pytest.raises(ValueError):
        reset_bindings(current, "jump")


# -- hostile input -------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)
field_names = st.sampled_from([*settings_module._RULES, "keys", "pad"]) | st.text(max_size=6)
settings_like = st.dictionaries(
    field_names,
    json_values
    | st.dictionaries(
        st.sampled_from(BOUND_ACTIONS) | st.text(max_size=4), json_values, max_size=4
    ),
    max_size=8,
)

hostile = hypothesis_settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _check_loaded(result: Settings, messages: list[str]) -> None:
    assert isinstance(result, Settings) and all(isinstance(m, str) for m in messages)
    assert set(result.keys) == set(result.pad) == set(BOUND_ACTIONS)
    assert result.text_speed == 0 or 10 <= result.text_speed <= 200
    assert 0 <= result.music_volume <= 1 and 0 <= result.sound_volume <= 1
    assert 0.5 <= result.auto_delay <= 10 and 1 <= result.window_scale <= 6
    assert all(result.keys[a] and result.pad[a] for a in settings_module.ESSENTIAL_ACTIONS)


@hostile
@given(contents=st.binary(max_size=300))
def test_random_bytes_never_raise(tmp_path: Path, contents: bytes) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(contents)
    _check_loaded(*load_settings(path))


@hostile
@given(document=json_values | settings_like)
def test_random_json_never_raises_and_stays_in_range(tmp_path: Path, document: object) -> None:
    path = write_json(tmp_path / "settings.json", document)
    result, messages = load_settings(path)
    _check_loaded(result, messages)
    # Whatever was loaded can be saved and loads back the same, with nothing to say.
    save_settings(result, path)
    assert load_settings(path) == (result, [])


@hostile
@given(document=settings_like)
def test_settings_from_json_never_raises(document: dict[str, Any]) -> None:
    _check_loaded(*settings_from_json(document))


def test_saves_and_settings_import_without_pygame_or_side_effects(tmp_path: Path) -> None:
    # A fresh interpreter, because this test session has long since imported pygame.
    code = (
        "import sys, game.settings, game.saves; "
        "assert 'pygame' not in sys.modules, 'pygame was imported'"
    )
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "BORROWED_FACE_HOME": str(tmp_path), "PYTHONPATH": str(root)}
    subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, check=True)
    assert list(tmp_path.iterdir()) == []


def test_debug_face_keeps_its_f2_key_through_a_settings_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    save_settings(Settings(), path)
    result, messages = load_settings(path)
    assert messages == []
    assert result.keys["debug_face"] == ["f2"]
    assert "debug_face" not in ACTIONS


@pytest.mark.parametrize(("contents", "said"), [
    (b'{"window_scale": "huge"}', "`window_scale` was"),
    (b'{"music_volume": 0.5,', "is broken"),
    (b'{"volume": 0.5}', "no setting `volume`"),
])
def test_each_settings_problem_is_logged_once_and_shown_once(
        tmp_path: Path, caplog: pytest.LogCaptureFixture, contents: bytes, said: str) -> None:
    """The loader hands its messages to the game, which logs and shows them: one line
    each in the log, one note on screen."""
    import logging

    import pygame

    from game.app import App, Options
    from game.paths import default_paths

    paths = default_paths({"BORROWED_FACE_HOME": str(tmp_path / "home")})
    paths.settings_file.parent.mkdir(parents=True)
    paths.settings_file.write_bytes(contents)
    with caplog.at_level(logging.INFO):
        app = App(Options(frames=1, sound=False, scale=1), paths)
    try:
        logged = [r.getMessage() for r in caplog.records if said in r.getMessage()]
        shown = [t for t in app.toasts if said in t.text]
        assert len(logged) == 1, logged
        assert len(shown) == 1 and shown[0].count == 1 and shown[0].text == logged[0]
    finally:
        pygame.quit()
