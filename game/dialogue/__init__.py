"""The dialogue engine: content loading, story state, reaction matching, scenes, lint.

Plain Python, no pygame: the UI draws what the engine returns. See docs/dialogue.md
for the content format.
"""

from __future__ import annotations

from .effects import Effect
from .engine import DialogueEngine, SpokenLine
from .facts import StoryState
from .loader import load_content
from .matcher import Selection
from .model import Content
from .runner import ChoiceEvent, EndEvent, LineEvent, Option, SceneRun, resume

__all__ = [
    "ChoiceEvent", "Content", "DialogueEngine", "Effect", "EndEvent", "LineEvent", "Option",
    "SceneRun", "Selection", "SpokenLine", "StoryState", "load_content", "resume",
]
