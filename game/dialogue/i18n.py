"""Text in the player's language: translations by id, English fallback, `{fact}` filling.

A translation records the English it was made from (`en`). When the English in the
dialogue file changes, the translation is stale: still shown, but the lint warns.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .model import Content, TextSource, Translation

SOURCE_LANGUAGE = "en"
_FIELD = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?)\}")


def cast_text_id(cast_id: str, *, role: bool = False) -> str:
    """The text id of a display name: `cast.ID` for a person, `cast.role.ID` for a role
    (a role and a person often share an id, like `manager`)."""
    return f"cast.role.{cast_id}" if role else f"cast.{cast_id}"


def item_text_id(item_id: str) -> str:
    """The text id of an item's name (`items.ID`; `item.ID` is the fact he carries it)."""
    return f"items.{item_id}"


def place_text_id(place_id: str) -> str:
    """The text id of a place's name on the city map (`place.ID`)."""
    return f"place.{place_id}"


def localize(content: Content, text_id: str, language: str) -> str | None:
    """The text for an id in a language, English when untranslated, None if no such id."""
    if language != SOURCE_LANGUAGE:
        translation = content.translations.get(language, {}).get(text_id)
        if translation is not None:
            return translation.text
    return content.english(text_id)


_OLD_MARK = re.compile(r"\[([a-z_]+)\]")
INTERFACE_PREFIX = "ui."


def is_interface(text_id: str) -> bool:
    """Interface strings (`ui.` ids): the game fills their `{name}`s, not the facts."""
    return text_id.startswith(INTERFACE_PREFIX)


def old_marks_in(text: str) -> list[str]:
    """`[name]` written where `{name}` was meant (an older placeholder syntax)."""
    return _OLD_MARK.findall(text)


def fields_in(text: str) -> list[str]:
    """The fact names a text fills in, e.g. ["face", "self.times_met"]."""
    return _FIELD.findall(text)


def interpolate(text: str, lookup: Callable[[str], Any]) -> str:
    """Replace each `{fact}` by its value; a name ``lookup`` can't read stays as written.

    ``lookup`` raises LookupError for an unknown name (the lint reports those).
    """
    if "{" not in text:
        return text

    def fill(match: re.Match[str]) -> str:
        try:
            value = lookup(match.group(1))
        except LookupError:
            return match.group(0)
        if isinstance(value, bool):
            return "yes" if value else "no"
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value)

    return _FIELD.sub(fill, text)


@dataclass(frozen=True, slots=True)
class TranslationStatus:
    """Where one language's translation falls short of the English: texts not translated,
    translations made from older English, and translations of ids that are gone."""

    missing: list[TextSource]  # English texts with no translation
    stale: list[tuple[Translation, TextSource]]  # translated from older English
    orphans: list[Translation]  # translations of ids that no longer exist


def translation_status(content: Content, language: str) -> TranslationStatus:
    table = content.translations.get(language, {})
    missing = [source for text_id, source in content.texts.items() if text_id not in table]
    stale = []
    orphans = []
    for text_id, translation in table.items():
        source = content.texts.get(text_id)
        if source is None:
            orphans.append(translation)
        elif source.text != translation.en:
            stale.append((translation, source))
    return TranslationStatus(missing, stale, orphans)


LANGUAGE_NAME = "language.name"  # a text each translation gives as its language's own name


def language_name(content: Content, language: str) -> str:
    """A language named in itself ("Português (Brasil)"), so a player who switched by
    mistake finds the way back: the translation of `language.name` in that language,
    else the code."""
    if language == SOURCE_LANGUAGE:
        return content.english(LANGUAGE_NAME) or language
    translation = content.translations.get(language, {}).get(LANGUAGE_NAME)
    return translation.text if translation is not None else language


def languages(content: Content) -> list[str]:
    return [SOURCE_LANGUAGE, *sorted(lang for lang in content.translations
                                     if lang != SOURCE_LANGUAGE)]
