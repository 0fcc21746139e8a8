"""The dialogue engine: content loading, story state, reaction matching, scenes, lint.

Plain Python, no pygame: the UI draws what the engine returns. See docs/dialogue.md
for the content format.

The names below are loaded when first asked for (PEP 562): the title screen needs the
loader and the records, not the engine that plays scenes, and importing a submodule
(``game.dialogue.i18n``) does not import them all.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .effects import Effect
    from .engine import DialogueEngine, SpokenLine
    from .facts import StoryState
    from .loader import load_content
    from .matcher import Selection
    from .model import Content
    from .runner import ChoiceEvent, EndEvent, LineEvent, Option, SceneRun, resume

_FROM = {
    "Effect": "effects", "DialogueEngine": "engine", "SpokenLine": "engine",
    "StoryState": "facts", "load_content": "loader", "Selection": "matcher",
    "Content": "model", "ChoiceEvent": "runner", "EndEvent": "runner",
    "LineEvent": "runner", "Option": "runner", "SceneRun": "runner", "resume": "runner",
}

__all__ = [
    "ChoiceEvent", "Content", "DialogueEngine", "Effect", "EndEvent", "LineEvent", "Option",
    "SceneRun", "Selection", "SpokenLine", "StoryState", "load_content", "resume",
]


def __getattr__(name: str) -> Any:
    module = _FROM.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value  # asked once
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_FROM])
