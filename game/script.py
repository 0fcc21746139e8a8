"""Scripted input for the headless harness (``--input FILE``).

One command a line; ``#`` starts a comment. Frames are fixed 1/60 s steps.

    hold ACTION N      hold an action for N frames, then release it
    press ACTION       press and release an action (takes 2 frames)
    wait N             do nothing for N frames
    screenshot PATH    save the current frame as PNG (besides --screenshot at the end)

ACTION is one of the game's actions (move_up, act, menu, ...) or the short
forms up, down, left, right.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

from game.diagnostics import ContentError, Diagnostic
from game.safeio import read_limited

MAX_SCRIPT_BYTES = 1024 * 1024
MAX_FRAMES = 10_000_000  # a wait or hold longer than this (46 hours of frames) is a typo
SHORT = {"up": "move_up", "down": "move_down", "left": "move_left", "right": "move_right"}


@dataclass(frozen=True, slots=True)
class Command:
    """One command of an input script, with the line it is on."""

    verb: str  # hold | press | wait | screenshot
    action: str = ""
    frames: int = 0
    path: str = ""
    line: int = 0


def _frames(word: str) -> int | None:
    """A number of frames written in ASCII digits, at most MAX_FRAMES; None otherwise
    (`²` is a digit to str.isdigit, and `99999999999999` a day's worth of memory)."""
    if not re.fullmatch(r"[0-9]{1,9}", word):
        return None
    value = int(word)
    return value if value <= MAX_FRAMES else None


def parse_script(text: str, file: str, known_actions: set[str]) -> list[Command]:
    commands: list[Command] = []
    problems: list[Diagnostic] = []

    def problem(line: int, column: int, message: str) -> None:
        problems.append(Diagnostic("S001", "error", file, line, column, message))

    for number, raw in enumerate(text.splitlines(), start=1):
        body = raw.split("#", 1)[0].strip()
        if not body:
            continue
        words = body.split()
        verb = words[0].lower()
        column = raw.index(words[0]) + 1
        if verb == "wait" and len(words) == 2 and _frames(words[1]) is not None:
            commands.append(Command("wait", frames=_frames(words[1]) or 0, line=number))
        elif verb in ("hold", "press") and len(words) in (2, 3):
            action = SHORT.get(words[1], words[1])
            if action not in known_actions:
                problem(number, raw.index(words[1]) + 1, f"unknown action {words[1]!r}")
                continue
            frames = 1
            if verb == "hold":
                if len(words) != 3 or _frames(words[2]) is None:
                    problem(number, column, "hold needs an action and a number of frames "
                            f"(a whole number up to {MAX_FRAMES})")
                    continue
                frames = _frames(words[2]) or 0
            commands.append(Command(verb, action=action, frames=frames, line=number))
        elif verb == "screenshot" and len(words) == 2:
            commands.append(Command("screenshot", path=words[1], line=number))
        else:
            problem(number, column,
                    f"cannot read {body!r} (expected hold, press, wait, screenshot)")
    if problems:
        raise ContentError(problems)
    return commands


def load_script(path: Path, known_actions: set[str]) -> list[Command]:
    try:
        data = read_limited(path, MAX_SCRIPT_BYTES)
    except OSError as error:  # no position to give: the file itself can't be opened
        raise ContentError([Diagnostic("S000", "error", str(path), 0, 0,
                                       f"cannot read the script ({error.strerror})")]) from error
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        column = error.start - (before.rfind(b"\n") + 1) + 1
        raise ContentError([Diagnostic("S000", "error", str(path), line, column,
                                       "not UTF-8 text")]) from error
    return parse_script(text, str(path), known_actions)


@dataclass(slots=True)
class ScriptPlayer:
    """Feeds scripted commands to the game one fixed frame at a time. A command is
    expanded into frames only as it is played, so `wait 10000000` costs nothing ahead."""

    commands: deque[Command]
    pending: deque[tuple[str, str]] = field(default_factory=deque)
    idle_left: int = 0  # idle frames still to play, then `after`
    after: tuple[str, str] | None = None

    @classmethod
    def from_commands(cls, commands: list[Command]) -> ScriptPlayer:
        return cls(deque(commands))

    def _expand(self, command: Command) -> None:
        if command.verb == "wait":
            self.idle_left = command.frames
        elif command.verb == "hold":
            self.pending.append(("down", command.action))
            self.idle_left = max(0, command.frames - 1)
            self.after = ("up", command.action)
        elif command.verb == "press":
            self.pending.extend((("down", command.action), ("up", command.action)))
        elif command.verb == "screenshot":
            self.pending.append(("shot", command.path))

    def next_frame(self) -> tuple[str, str] | None:
        """The command for this frame, or None when the script is over."""
        while True:
            if self.pending:
                return self.pending.popleft()
            if self.idle_left > 0:
                self.idle_left -= 1
                return ("idle", "")
            if self.after is not None:
                frame, self.after = self.after, None
                return frame
            if not self.commands:
                return None
            self._expand(self.commands.popleft())

    @property
    def done(self) -> bool:
        return not (self.commands or self.pending or self.idle_left or self.after)
