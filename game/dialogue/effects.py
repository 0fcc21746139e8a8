"""What a scene asks the game to do, one dataclass per kind of effect.

The runner emits them in the order the steps ran (``SceneRun.drain_effects``);
the director carries each out with the handler its type is registered to. The
story state has already changed when an effect is emitted (an item given is in
the state); an effect is only what the screen, the sound or the map must do.
``kind`` names the step in the dialogue files, for tests and traces.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar


@dataclass(frozen=True, slots=True)
class Give:
    """An item was given to him; the game says so in a corner (not over black, nor after
    the end)."""

    kind: ClassVar[str] = "give"
    item: str


@dataclass(frozen=True, slots=True)
class Take:
    """An item was taken from him; the game says so in a corner (not over black, nor after
    the end)."""

    kind: ClassVar[str] = "take"
    item: str


@dataclass(frozen=True, slots=True)
class SetFace:
    """His face changed (`face:`): his sprite changes, and the world sounds muffled or clear."""

    kind: ClassVar[str] = "face"
    face: str


@dataclass(frozen=True, slots=True)
class Move:
    """Go to another map once the conversation is over."""

    kind: ClassVar[str] = "move"
    map: str
    spawn: str = ""


@dataclass(frozen=True, slots=True)
class NotebookPage:
    """A page written; title and text are already in the player's language."""

    kind: ClassVar[str] = "notebook"
    id: str
    notebook: int
    title: str = ""
    text: str = ""


@dataclass(frozen=True, slots=True)
class Chapter:
    """A chapter began: the game autosaves, and the chapter's card shows over the street."""

    kind: ClassVar[str] = "chapter"
    chapter: int


@dataclass(frozen=True, slots=True)
class Sound:
    """A sound effect to play, by name."""

    kind: ClassVar[str] = "sound"
    name: str


@dataclass(frozen=True, slots=True)
class Fade:
    """The conversation fades to black (the dialogue box does it)."""

    kind: ClassVar[str] = "fade"
    to: str = "black"


@dataclass(frozen=True, slots=True)
class Walk:
    """A person (`who`: hero, a person id or a role) walks to a place of the map."""

    kind: ClassVar[str] = "walk"
    who: str
    to: str
    wait: bool = True
    run: bool = False


@dataclass(frozen=True, slots=True)
class Turn:
    """A person (`who`: hero, a person id or a role) turns to a facing, to him, or to
    someone."""

    kind: ClassVar[str] = "turn"
    who: str
    to: str


@dataclass(frozen=True, slots=True)
class Act:
    """A person acts out a behaviour (model.BEHAVIOURS) on the map."""

    kind: ClassVar[str] = "act"
    who: str
    does: str
    wait: bool = False


Effect = Give | Take | SetFace | Move | NotebookPage | Chapter | Sound | Fade | Walk | Turn | Act
