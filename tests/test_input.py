"""Keyboard, gamepad and scripted input produce the same actions and the same walk."""

from __future__ import annotations

import pygame
import pytest

from game.input import Bindings, InputState
from game.script import ScriptPlayer, parse_script

KNOWN = {"move_up", "move_down", "move_left", "move_right", "act", "menu", "cancel"}


@pytest.fixture(scope="module", autouse=True)
def pygame_ready():
    pygame.init()
    yield
    pygame.quit()


def fresh() -> InputState:
    return InputState(Bindings.from_names())


def key(kind: int, code: int) -> pygame.event.Event:
    return pygame.event.Event(kind, key=code, mod=0, repeat=False)


def pad(kind: int, button: int) -> pygame.event.Event:
    return pygame.event.Event(kind, button=button, instance_id=0)


def test_keyboard_pad_and_script_give_the_same_actions() -> None:
    keyboard, gamepad, script = fresh(), fresh(), fresh()
    kb = keyboard.translate(key(pygame.KEYDOWN, pygame.K_RIGHT))
    gp = gamepad.translate(pad(pygame.CONTROLLERBUTTONDOWN, pygame.CONTROLLER_BUTTON_DPAD_RIGHT))
    sc = [script.inject("move_right", True)]
    assert [e.action for e in kb] == [e.action for e in gp] == [e.action for e in sc] == [
        "move_right"]
    assert keyboard.move_vector() == gamepad.move_vector() == script.move_vector() == (1, 0)
    keyboard.translate(key(pygame.KEYUP, pygame.K_RIGHT))
    gamepad.translate(pad(pygame.CONTROLLERBUTTONUP, pygame.CONTROLLER_BUTTON_DPAD_RIGHT))
    script.inject("move_right", False)
    assert keyboard.move_vector() == gamepad.move_vector() == script.move_vector() == (0, 0)


def test_wasd_and_arrows_and_act_keys() -> None:
    state = fresh()
    assert [e.action for e in state.translate(key(pygame.KEYDOWN, pygame.K_w))] == ["move_up"]
    for code in (pygame.K_RETURN, pygame.K_SPACE, pygame.K_e):
        assert "act" in [e.action for e in state.translate(key(pygame.KEYDOWN, code))]


def test_left_stick_walks_past_the_deadzone_only() -> None:
    state = fresh()
    small = pygame.event.Event(pygame.CONTROLLERAXISMOTION, axis=pygame.CONTROLLER_AXIS_LEFTX,
                               value=3000, instance_id=0)
    assert state.translate(small) == []
    full = pygame.event.Event(pygame.CONTROLLERAXISMOTION, axis=pygame.CONTROLLER_AXIS_LEFTX,
                              value=-30000, instance_id=0)
    assert [e.action for e in state.translate(full)] == ["move_left"]
    assert state.move_vector() == (-1, 0)
    back = pygame.event.Event(pygame.CONTROLLERAXISMOTION, axis=pygame.CONTROLLER_AXIS_LEFTX,
                              value=0, instance_id=0)
    assert [(e.action, e.pressed) for e in state.translate(back)] == [("move_left", False)]
    assert state.move_vector() == (0, 0)


def test_key_repeat_does_not_press_twice() -> None:
    state = fresh()
    state.translate(key(pygame.KEYDOWN, pygame.K_e))
    repeat = pygame.event.Event(pygame.KEYDOWN, key=pygame.K_e, mod=0, repeat=True)
    assert state.translate(repeat) == []


def test_rebinding_is_one_table() -> None:
    state = InputState(Bindings.from_names({"act": ["k"]}, {}))
    assert [e.action for e in state.translate(key(pygame.KEYDOWN, pygame.K_k))] == ["act"]
    assert state.translate(key(pygame.KEYDOWN, pygame.K_RETURN)) == []


def test_script_format_and_errors() -> None:
    commands = parse_script("hold right 3\n# note\npress act\nwait 2\n", "walk.txt", KNOWN)
    player = ScriptPlayer.from_commands(commands)
    frames = []
    while (frame := player.next_frame()) is not None:
        frames.append(frame)
    assert frames[0] == ("down", "move_right")
    assert frames[3] == ("up", "move_right")
    assert ("down", "act") in frames and len(frames) == 4 + 2 + 2
    from game.diagnostics import ContentError

    with pytest.raises(ContentError) as caught:
        parse_script("hold right 3\njump 4\n", "walk.txt", KNOWN)
    assert caught.value.diagnostics[0].line == 2
    assert "walk.txt:2:1" in str(caught.value)
