"""The one way to get an interface string: ``text("ui.saves.saved", slot="Slot 2")``.

Strings live in the content (dialogue/ui.yaml and the i18n folders, mods
included), so they follow a language switch at once and work on the title screen
before any story exists. ``{name}`` is filled from the values given (the same
placeholder syntax as a fact in story text; in an interface string the game gives
the value); a translator's typo in a name just shows it, never a crash. An unknown
id shows itself: visible and searchable, better than a blank button.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from game.dialogue.i18n import interpolate, language_name, languages, localize

if TYPE_CHECKING:
    from game.dialogue import Content


class UiText:
    """Interface strings in the player's language, read from the content loaded now."""

    def __init__(self, content: Callable[[], Content], language: Callable[[], str]) -> None:
        # callables, not values: a hot reload replaces the content, the settings menu
        # the language, and every string asked for afterwards follows
        self._content = content
        self._language = language

    def __call__(self, text_id: str, **values: object) -> str:
        text = self.lookup(text_id)
        if text is None:
            return text_id
        return interpolate(text, values.__getitem__)

    def languages(self) -> list[tuple[str, str]]:
        """The languages the content has, each with its own name, English first."""
        content = self._content()
        return [(code, language_name(content, code)) for code in languages(content)]

    def lookup(self, text_id: str) -> str | None:
        """Any translatable text by id (UI string, place name), or None when unknown."""
        return localize(self._content(), text_id, self._language())
