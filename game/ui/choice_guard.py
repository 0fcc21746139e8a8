"""Keeps a choice from being picked by a key meant for the line before it.

A choice list takes the act key only when it was let go since the list appeared and
then pressed after a quiet moment: every press that comes too soon (the same press
that ended the last line, or the next one of someone tapping through) starts the
moment again. So mashing Enter through a conversation stops at each choice, and a
player who reads the options and presses once chooses at once.
"""

from __future__ import annotations

from dataclasses import dataclass

QUIET = 0.4  # seconds without a press before a press chooses


@dataclass(slots=True)
class ChoiceGuard:
    quiet: float = QUIET
    _since: float = 0.0  # seconds since the list appeared or act was last pressed
    _released: bool = True  # act let go since the list appeared

    def appeared(self, act_held: bool) -> None:
        """A new choice list is on screen; ``act_held``: the act key is down now."""
        self._since = 0.0
        self._released = not act_held

    def update(self, dt: float) -> None:
        self._since += dt

    def released(self) -> None:
        self._released = True

    @property
    def ready(self) -> bool:
        """A press now would choose."""
        return self._released and self._since >= self.quiet

    def press(self) -> bool:
        """Act was pressed: True when it chooses; a press too soon starts the wait again."""
        if self.ready:
            return True
        self._since = 0.0
        return False
