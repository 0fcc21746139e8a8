"""The player's settings: defaults, ranges, key and button bindings, and settings.json.

Plain Python, no pygame. Loading never fails: a broken file is moved aside and a
bad value is put back in range, each with a sentence the game shows the player.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import math
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from game.diagnostics import did_you_mean
from game.safeio import TooLarge, printable, read_limited
from game.saves import SaveError, decode_json_document, write_atomically

log = logging.getLogger(__name__)

ACTIONS: tuple[str, ...] = (
    "move_up",
    "move_down",
    "move_left",
    "move_right",
    "act",
    "cancel",
    "menu",
    "notebook",
    "history",
    "map",
    "quicksave",
    "quickload",
    "skip",
    "auto",
    "screenshot",
    "fullscreen",
    "reload",
)

# Bound like the others, so game/input.py's F2 survives a settings file, but kept out of
# ACTIONS: the controls screen lists ACTIONS, and these only act with --debug.
DEBUG_ACTIONS: tuple[str, ...] = ("debug_face",)
BOUND_ACTIONS: tuple[str, ...] = ACTIONS + DEBUG_ACTIONS

# pygame.key.name() spellings. Whether a name is a real key is only known to pygame,
# so the input module checks that; here a key name is any non-empty text.
DEFAULT_KEYS: dict[str, tuple[str, ...]] = {
    "move_up": ("up", "w"),
    "move_down": ("down", "s"),
    "move_left": ("left", "a"),
    "move_right": ("right", "d"),
    "act": ("return", "space", "e"),
    "cancel": ("escape", "backspace"),
    "menu": ("escape",),
    "notebook": ("n",),
    "history": ("h",),
    "map": ("m",),
    "quicksave": ("f6",),
    "quickload": ("f9",),
    "skip": ("left ctrl",),
    "auto": ("tab",),
    "screenshot": ("f12",),
    "fullscreen": ("f11",),
    "reload": ("f5",),
    "debug_face": ("f2",),
}

# SDL game-controller button names (SDL_GameControllerGetStringForButton).
DEFAULT_PAD: dict[str, tuple[str, ...]] = {
    "move_up": ("dpup",),
    "move_down": ("dpdown",),
    "move_left": ("dpleft",),
    "move_right": ("dpright",),
    "act": ("a",),
    "cancel": ("b",),
    "menu": ("start",),
    "notebook": ("back",),
    "history": ("y",),
    "map": ("leftshoulder",),
    "quicksave": (),
    "quickload": (),
    "skip": ("rightshoulder",),
    "auto": ("x",),
    "screenshot": (),
    "fullscreen": (),
    "reload": (),
    "debug_face": (),
}

# SDL game-controller button names that pygame-ce has constants for (game/input.py maps
# exactly these). Unlike key names, this fixed list can be checked without pygame.
PAD_BUTTONS: frozenset[str] = frozenset(
    {
        "a", "b", "x", "y", "back", "guide", "start", "leftstick", "rightstick",
        "leftshoulder", "rightshoulder", "dpup", "dpdown", "dpleft", "dpright",
    }
)  # fmt: skip

# Escape backs out of a dialogue choice and opens the pause menu elsewhere; the scenes
# never want both at once, so this pair is not a conflict.
SHARED_BY_DESIGN: frozenset[frozenset[str]] = frozenset({frozenset({"cancel", "menu"})})

# Without these the player can't get through a menu to fix their bindings.
ESSENTIAL_ACTIONS: tuple[str, ...] = ("move_up", "move_down", "act", "cancel")

# The shipped languages; a mod may add more (its dialogue/i18n/LANG/), so a setting is any
# language code, and the game falls back to English when the content lacks it.
LANGUAGES: tuple[str, ...] = ("en", "pt_BR")
LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(_[A-Za-z0-9]{2,8})?")
TEXT_SIZES: tuple[str, ...] = ("small", "normal", "large")
# frames a second at most: the display's own rate, 60 or 30 (game/loop.py FRAME_CAPS)
FRAME_CAPS: tuple[str, ...] = ("display", "60", "30")
MAX_SETTINGS_BYTES = 1024 * 1024

Device = Literal["keys", "pad"]
DEVICES: tuple[Device, ...] = ("keys", "pad")


def default_keys() -> dict[str, list[str]]:
    return {action: list(DEFAULT_KEYS[action]) for action in BOUND_ACTIONS}


def default_pad() -> dict[str, list[str]]:
    return {action: list(DEFAULT_PAD[action]) for action in BOUND_ACTIONS}


_DEFAULT_TABLES = {"keys": DEFAULT_KEYS, "pad": DEFAULT_PAD}


@dataclass(slots=True)
class Settings:
    """Everything the player can change in the settings screen."""

    text_speed: int = 40  # characters per second, 10-200; 0 shows the whole line at once
    auto_advance: bool = False
    auto_delay: float = 2.0  # seconds a finished line stays before auto-advance, 0.5-10
    skip_seen_only: bool = True
    music_volume: float = 0.7  # 0-1
    sound_volume: float = 0.8  # 0-1
    window_scale: int = 2  # 1-6 times the game's pixel size
    fullscreen: bool = False
    language: str = "en"  # a language code; one the content has, or English is shown
    text_size: str = "normal"  # one of TEXT_SIZES
    frame_cap: str = "display"  # one of FRAME_CAPS
    vsync: bool = True  # frames wait for the display where the platform allows it
    content_note: bool = True  # show the content note before a new game
    keys: dict[str, list[str]] = field(default_factory=default_keys)
    pad: dict[str, list[str]] = field(default_factory=default_pad)

    def copy(self) -> Settings:
        """An independent copy (the settings screen edits one and keeps or drops it)."""
        return dataclasses.replace(
            self,
            keys={action: list(names) for action, names in self.keys.items()},
            pad={action: list(names) for action, names in self.pad.items()},
        )

    def bindings(self, device: Device) -> dict[str, list[str]]:
        """The binding table of one device."""
        if device == "keys":
            return self.keys
        if device == "pad":
            return self.pad
        raise ValueError(f"unknown input device {device!r}; use 'keys' or 'pad'")


# -- value checks --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Number:
    """The rule for a number setting: its range, whole or not, values allowed besides it,
    and the unit its messages name."""

    low: float
    high: float
    whole: bool
    also: tuple[int, ...] = ()  # allowed outside the range (text_speed 0 = instant)
    unit: str = ""


@dataclass(frozen=True, slots=True)
class _Choice:
    """The rule for a setting that is one of a few words."""

    values: tuple[str, ...]


_FLAG = "flag"

_RULES: dict[str, _Number | _Choice | str] = {
    "text_speed": _Number(10, 200, whole=True, also=(0,), unit=" characters a second"),
    "auto_advance": _FLAG,
    "auto_delay": _Number(0.5, 10, whole=False, unit=" seconds"),
    "skip_seen_only": _FLAG,
    "music_volume": _Number(0, 1, whole=False),
    "sound_volume": _Number(0, 1, whole=False),
    "window_scale": _Number(1, 6, whole=True),
    "fullscreen": _FLAG,
    "language": "language",
    "text_size": _Choice(TEXT_SIZES),
    "frame_cap": _Choice(FRAME_CAPS),
    "vsync": _FLAG,
    "content_note": _FLAG,
}


def _shown(value: object) -> str:
    text = json.dumps(value) if isinstance(value, (bool, type(None))) else repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _check_number(value: object, rule: _Number, default: float) -> tuple[float, str]:
    """The value to use and, when it differs from what was written, why."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return default, f"is not a number, so it is back to {_shown(default)}"
    if isinstance(value, float) and not math.isfinite(value):
        return default, f"is not a number, so it is back to {_shown(default)}"
    number: float = value
    note = ""
    if rule.whole and isinstance(number, float) and not number.is_integer():
        number = round(number)
        note = f"is not a whole number, so it is now {number}"
    if rule.whole:
        number = int(number)
    if number in rule.also:
        return number, note
    if number < rule.low or number > rule.high:
        edge = rule.low if number < rule.low else rule.high
        edge = int(edge) if rule.whole else float(edge)
        extra = f" (or {', '.join(map(str, rule.also))})" if rule.also else ""
        span = f"{_shown(rule.low)} to {_shown(rule.high)}{rule.unit}{extra}"
        return edge, f"is outside {span}, so it is now {_shown(edge)}"
    return (number if rule.whole else float(number)), note


def _check_value(name: str, value: object, default: Any) -> tuple[Any, str]:
    rule = _RULES[name]
    if rule == _FLAG:
        if isinstance(value, bool):
            return value, ""
        return default, f"should be true or false, so it is back to {_shown(default)}"
    if rule == "language":
        if isinstance(value, str) and LANGUAGE_CODE.fullmatch(value):
            return value, ""
        hint = did_you_mean(value, LANGUAGES) if isinstance(value, str) else ""
        hint = f"; {hint}" if hint else ""
        return default, (f"is not a language code like {', '.join(LANGUAGES)}{hint}, so it "
                         f"is back to {_shown(default)}")
    if isinstance(rule, _Choice):
        if value in rule.values:
            return value, ""
        hint = did_you_mean(value, rule.values) if isinstance(value, str) else ""
        choices = ", ".join(rule.values)
        hint = f"; {hint}" if hint else ""
        return default, f"is not one of {choices}{hint}, so it is back to {_shown(default)}"
    assert isinstance(rule, _Number)
    return _check_number(value, rule, default)


def _check_bindings(
    raw: object, device: Device, source: str, messages: list[str]
) -> dict[str, list[str]]:
    """One device's table: unknown actions dropped, bad names dropped, the rest kept."""
    table = default_keys() if device == "keys" else default_pad()

    def tell(where: str, problem: str, hint: str = "") -> None:
        messages.append(f"{source}: `{where}` {problem}" + (f" ({hint})" if hint else "") + ".")

    if not isinstance(raw, dict):
        tell(device, "is not a table of actions, so it is back to the defaults")
        return table
    for action, names in raw.items():
        where = f"{device}.{action}"
        if action not in BOUND_ACTIONS:
            hint = did_you_mean(str(action), BOUND_ACTIONS)
            tell(where, "is not an action; it was ignored", hint)
            continue
        if isinstance(names, str):  # a hand-edited `"act": "space"` means what it says
            names = [names]
        if not isinstance(names, list):
            tell(where, "is not a list of names, so it is back to the default")
            continue
        kept: list[str] = []
        for name in names:
            if not isinstance(name, str) or not name.strip():
                tell(where, f"has {_shown(name)}, which is not a name; it was ignored")
                continue
            # SDL looks names up without regard to case; one spelling keeps conflicts exact.
            name = name.strip().lower()
            if device == "pad" and name not in PAD_BUTTONS:
                hint = did_you_mean(name, sorted(PAD_BUTTONS))
                tell(where, f"has `{name}`, which is not a controller button; it was ignored", hint)
                continue
            if name not in kept:
                kept.append(name)
        if names and not kept:
            tell(where, "has nothing usable, so it is back to the default")
            continue
        table[action] = kept
    for action in ESSENTIAL_ACTIONS:
        if not table[action]:
            table[action] = list(_DEFAULT_TABLES[device][action])
            tell(
                f"{device}.{action}", "was empty and the menus need it, so it is the default again"
            )
    return table


def settings_from_json(
    document: Mapping[str, Any], source: str = "settings.json", text: str = ""
) -> tuple[Settings, list[str]]:
    """Build Settings from a parsed settings.json; every bad value is fixed and explained.

    Each message names `source`, and the line and column of the setting when `text` (the
    file as read) shows where it is. A setting missing from the file takes its default
    silently (a file from an older version of the game simply doesn't have it). The
    messages are not logged here: the caller tells the player, and its report is the
    one line in the log.
    """
    settings = Settings()
    messages: list[str] = []
    known = {item.name for item in dataclasses.fields(Settings)}

    def at(name: object) -> str:
        return _place(source, text, str(name))

    for name in document:
        if name not in known:
            hint = did_you_mean(str(name), sorted(known))
            messages.append(
                f"{at(name)}: there is no setting `{name}`"
                + (f" ({hint})" if hint else "")
                + "; it was ignored."
            )
    for name in _RULES:
        if name not in document:
            continue
        value, problem = _check_value(name, document[name], getattr(settings, name))
        setattr(settings, name, value)
        if problem:
            messages.append(f"{at(name)}: `{name}` was {_shown(document[name])}; it {problem}.")
    for device in DEVICES:
        if device in document:
            setattr(settings, device,
                    _check_bindings(document[device], device, at(device), messages))
    return settings, messages


def _place(source: str, text: str, key: str) -> str:
    """`source:line:column` of the first `"key":` in the file's text, else `source`."""
    found = re.search(re.escape(json.dumps(key)) + r"\s*:", text) if text else None
    if found is None:
        return source
    line = text.count("\n", 0, found.start()) + 1
    column = found.start() - (text.rfind("\n", 0, found.start()) + 1) + 1
    return f"{source}:{line}:{column}"


def settings_to_json(settings: Settings) -> dict[str, Any]:
    """The JSON object save_settings writes."""
    return dataclasses.asdict(settings)


# -- the file ------------------------------------------------------------------------


def load_settings(path: Path) -> tuple[Settings, list[str]]:
    """Read settings.json; never raises. Returns the settings and messages for the player
    (the caller reports them; nothing is logged here, so each is logged once).

    Missing file: defaults, no message. Unreadable or not JSON: defaults, and the file
    is moved aside to ``settings.broken-<time>.json`` so the player's edits aren't lost.
    """
    try:
        try:
            raw = read_limited(path, MAX_SETTINGS_BYTES)
        except TooLarge as refused:
            raise SaveError(f"not a settings file ({refused.strerror})") from refused
        document = decode_json_document(raw, kind="a settings file")
        if not isinstance(document, dict):
            kind = "a list" if isinstance(document, list) else "not an object"
            raise SaveError(f"not a settings file (it holds {kind} of settings)")
    except FileNotFoundError:
        return Settings(), []
    except OSError as error:
        # Probably permissions: leave the file where it is, the player can fix that.
        return Settings(), [
            f"Your settings file {path} couldn't be read ({error.strerror or error}); "
            "the default settings are in use."
        ]
    except SaveError as error:
        return Settings(), [_set_aside(path, error.reason)]
    return settings_from_json(document, printable(str(path)),
                              raw.decode("utf-8-sig", errors="replace"))


def _set_aside(path: Path, reason: str) -> str:
    """Move a broken settings file out of the way; returns the message for the player."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.broken-{stamp}{path.suffix}")
    count = 1
    while os.path.exists(target):  # never raises, unlike Path.exists
        count += 1
        target = path.with_name(f"{path.stem}.broken-{stamp}-{count}{path.suffix}")
    try:
        os.replace(path, target)
    except OSError as error:
        message = (
            f"Your settings file {path} is broken ({reason}) and couldn't be moved aside "
            f"({error.strerror or error}); the default settings are in use."
        )
    else:
        message = (
            f"Your settings file {path} is broken ({reason}); it was kept as {target.name} "
            "and the default settings are in use."
        )
    return message


def save_settings(settings: Settings, path: Path) -> None:
    """Write settings.json atomically, indented with sorted keys; raises OSError."""
    text = json.dumps(
        settings_to_json(settings), indent=2, sort_keys=True, ensure_ascii=False, allow_nan=False
    )
    write_atomically(path, (text + "\n").encode("utf-8"))
    log.info("saved settings to %s", path)


# -- bindings ------------------------------------------------------------------------


def _check_action(action: str) -> None:
    if action not in BOUND_ACTIONS:
        hint = did_you_mean(action, BOUND_ACTIONS)
        raise ValueError(f"unknown action {action!r}" + (f" ({hint})" if hint else ""))


def binding_conflicts(settings: Settings, device: Device = "keys") -> list[tuple[str, str, str]]:
    """(key, action, other action) for each key bound to two actions, in action order.

    Pairs in SHARED_BY_DESIGN are left out. Keys and pad buttons are separate tables
    ("a" is a key and a button), so each device is asked about on its own.
    """
    table = settings.bindings(device)
    owners: dict[str, list[str]] = {}
    for action in BOUND_ACTIONS:
        for name in table.get(action, ()):
            holders = owners.setdefault(name, [])
            if action not in holders:
                holders.append(action)
    conflicts: list[tuple[str, str, str]] = []
    for name, holders in owners.items():
        for index, first in enumerate(holders):
            for second in holders[index + 1 :]:
                if frozenset((first, second)) not in SHARED_BY_DESIGN:
                    conflicts.append((name, first, second))
    return conflicts


def rebind(
    settings: Settings, action: str, device: Device, key: str, *, replace: bool = True
) -> list[str]:
    """Bind `key` to `action`; returns the other actions that now share it (conflicts).

    replace=True makes `key` the action's only binding on that device; replace=False
    adds it beside the others. The other actions keep the key: the settings screen
    shows the returned conflicts and lets the player decide.
    """
    _check_action(action)
    table = settings.bindings(device)
    name = key.strip().lower()
    if not name:
        raise ValueError("an empty key name can't be bound")
    if device == "pad" and name not in PAD_BUTTONS:
        raise ValueError(f"{key!r} is not a controller button")
    if replace:
        table[action] = [name]
    elif name not in table.setdefault(action, []):
        table[action].append(name)
    return [
        other
        for other in BOUND_ACTIONS
        if other != action
        and name in table.get(other, ())
        and frozenset((action, other)) not in SHARED_BY_DESIGN
    ]


def reset_bindings(
    settings: Settings, action: str | None = None, device: Device | None = None
) -> None:
    """Put one action's bindings (or all of them) back to the defaults, on one device or both."""
    if action is not None:
        _check_action(action)
    actions = BOUND_ACTIONS if action is None else (action,)
    for which in DEVICES if device is None else (device,):
        table = settings.bindings(which)
        for name in actions:
            table[name] = list(_DEFAULT_TABLES[which][name])
