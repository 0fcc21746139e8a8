"""Input as actions: keyboard, gamepad and scripted input all become the same actions.

One bindings table maps key names (``pygame.key.name`` style) and SDL
game-controller button names to actions. Rebinding edits that table and nothing
else. Scenes only ever see :class:`ActionEvent` and the set of held actions.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import pygame

log = logging.getLogger(__name__)

MOVE_ACTIONS = ("move_up", "move_down", "move_left", "move_right")
DIRECTIONS: dict[str, tuple[int, int]] = {
    "move_up": (0, -1),
    "move_down": (0, 1),
    "move_left": (-1, 0),
    "move_right": (1, 0),
}

# the default tables live with the settings, which store the player's rebinding
from game.settings import DEFAULT_KEYS, DEFAULT_PAD  # noqa: E402

PAD_BUTTONS: dict[str, int] = {
    "a": pygame.CONTROLLER_BUTTON_A,
    "b": pygame.CONTROLLER_BUTTON_B,
    "x": pygame.CONTROLLER_BUTTON_X,
    "y": pygame.CONTROLLER_BUTTON_Y,
    "back": pygame.CONTROLLER_BUTTON_BACK,
    "guide": pygame.CONTROLLER_BUTTON_GUIDE,
    "start": pygame.CONTROLLER_BUTTON_START,
    "leftstick": pygame.CONTROLLER_BUTTON_LEFTSTICK,
    "rightstick": pygame.CONTROLLER_BUTTON_RIGHTSTICK,
    "leftshoulder": pygame.CONTROLLER_BUTTON_LEFTSHOULDER,
    "rightshoulder": pygame.CONTROLLER_BUTTON_RIGHTSHOULDER,
    "dpup": pygame.CONTROLLER_BUTTON_DPAD_UP,
    "dpdown": pygame.CONTROLLER_BUTTON_DPAD_DOWN,
    "dpleft": pygame.CONTROLLER_BUTTON_DPAD_LEFT,
    "dpright": pygame.CONTROLLER_BUTTON_DPAD_RIGHT,
}

STICK_DEADZONE = 12000  # of 32767: a resting stick drifts; this ignores it


@dataclass(frozen=True, slots=True)
class ActionEvent:
    """An action pressed or released, by a key, a pad, a script or the mouse."""

    action: str
    pressed: bool  # True on press, False on release
    source: str = "keyboard"  # keyboard | pad | script | mouse
    pos: tuple[int, int] | None = None  # window position, for mouse


@dataclass(slots=True)
class Bindings:
    """The single table from physical inputs to actions."""

    keys: dict[int, list[str]] = field(default_factory=dict)
    pad: dict[int, list[str]] = field(default_factory=dict)

    @classmethod
    def from_names(
        cls,
        keys: Mapping[str, Iterable[str]] | None = None,
        pad: Mapping[str, Iterable[str]] | None = None,
    ) -> Bindings:
        table = cls()
        for action, names in (keys if keys is not None else DEFAULT_KEYS).items():
            for name in names:
                code = key_code(name)
                if code is None:
                    log.warning("unknown key name %r for action %s; ignored", name, action)
                    continue
                table.keys.setdefault(code, []).append(action)
        for action, names in (pad if pad is not None else DEFAULT_PAD).items():
            for name in names:
                button = PAD_BUTTONS.get(name)
                if button is None:
                    log.warning("unknown pad button %r for action %s; ignored", name, action)
                    continue
                table.pad.setdefault(button, []).append(action)
        return table


def key_code(name: str) -> int | None:
    try:
        return pygame.key.key_code(name)
    except ValueError:
        return None


@dataclass(slots=True)
class InputState:
    """Turns pygame events into action events and tracks held actions."""

    bindings: Bindings
    held: dict[str, int] = field(default_factory=dict)  # action -> number of sources holding it
    last_device: str = "keys"  # "keys" or "pad": whose key names the prompts show
    _stick: dict[str, bool] = field(default_factory=dict)
    _pads: dict[int, object] = field(default_factory=dict)

    def is_held(self, action: str) -> bool:
        return self.held.get(action, 0) > 0

    def move_vector(self) -> tuple[int, int]:
        """The most recently meaningful walking direction, one axis at a time."""
        for action in MOVE_ACTIONS:
            if self.is_held(action):
                return DIRECTIONS[action]
        return (0, 0)

    def _change(self, action: str, pressed: bool, source: str) -> ActionEvent | None:
        count = self.held.get(action, 0)
        if pressed:
            self.held[action] = count + 1
            return ActionEvent(action, True, source)
        if count <= 0:
            return None
        self.held[action] = count - 1
        return ActionEvent(action, False, source)

    def release_all(self) -> None:
        self.held.clear()
        self._stick.clear()

    def inject(self, action: str, pressed: bool, source: str = "script") -> ActionEvent | None:
        return self._change(action, pressed, source)

    def translate(self, event: pygame.event.Event) -> list[ActionEvent]:
        """Action events for one pygame event (often none)."""
        kind = event.type
        if kind in (pygame.KEYDOWN, pygame.KEYUP):
            if kind == pygame.KEYDOWN and getattr(event, "repeat", False):
                return []
            pressed = kind == pygame.KEYDOWN
            self.last_device = "keys"
            actions = self.bindings.keys.get(event.key, [])
            return [e for a in actions if (e := self._change(a, pressed, "keyboard"))]
        if kind in (pygame.CONTROLLERBUTTONDOWN, pygame.CONTROLLERBUTTONUP):
            pressed = kind == pygame.CONTROLLERBUTTONDOWN
            self.last_device = "pad"
            actions = self.bindings.pad.get(event.button, [])
            return [e for a in actions if (e := self._change(a, pressed, "pad"))]
        if kind == pygame.CONTROLLERAXISMOTION:
            return self._stick_motion(event.axis, event.value)
        if kind == pygame.CONTROLLERDEVICEADDED:
            self.open_pad(event.device_index)
        elif kind == pygame.CONTROLLERDEVICEREMOVED:
            self._pads.pop(getattr(event, "instance_id", -1), None)
        return []

    def _stick_motion(self, axis: int, value: int) -> list[ActionEvent]:
        if axis == pygame.CONTROLLER_AXIS_LEFTX:
            pair = ("move_left", "move_right")
        elif axis == pygame.CONTROLLER_AXIS_LEFTY:
            pair = ("move_up", "move_down")
        else:
            return []
        wanted = {
            pair[0]: value < -STICK_DEADZONE,
            pair[1]: value > STICK_DEADZONE,
        }
        events = []
        if any(wanted.values()):
            self.last_device = "pad"
        for action, on in wanted.items():
            if on != self._stick.get(action, False):
                self._stick[action] = on
                event = self._change(action, on, "pad")
                if event:
                    events.append(event)
        return events

    def open_pads(self) -> None:
        """Open every gamepad connected now (more are opened as they are plugged in)."""
        try:
            from pygame._sdl2 import controller

            controller.init()
            for index in range(controller.get_count()):
                self.open_pad(index)
        except (pygame.error, ImportError) as error:
            log.info("no gamepad support: %s", error)

    def open_pad(self, index: int) -> None:
        try:
            from pygame._sdl2 import controller

            if not controller.get_init():
                controller.init()
            pad = controller.Controller(index)
            self._pads[pad.id if hasattr(pad, "id") else index] = pad
            log.info("gamepad connected: %s", pad.name)
        except (pygame.error, ImportError) as error:
            log.warning("could not open gamepad %d: %s", index, error)


def known_actions() -> set[str]:
    """Every action a script or a binding may name."""
    return set(DEFAULT_KEYS) | set(DEFAULT_PAD)
