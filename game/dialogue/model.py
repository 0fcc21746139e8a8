"""Typed records of the dialogue content, each with the file, line and column it came from.

The loader builds these from YAML; everything past the loader (matcher, runner, lint,
why) reads only these, never raw dicts. Field meanings follow docs/dialogue.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Pos:
    """Where something is written: a file, and a line and column (`file:line:column`)."""

    file: str
    line: int  # 1-based; 0 when unknown
    column: int  # 1-based; 0 when unknown

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


NOWHERE = Pos("<engine>", 0, 0)


# --- declarations (facts.yaml, cast.yaml) ---------------------------------------------


@dataclass(frozen=True, slots=True)
class FactDecl:
    """A declared fact (`facts:`) or per-person memory fact (`memory:`): its type, default,
    enum values and numeric bounds."""

    name: str
    type: str  # bool | int | float | str | enum
    default: Any
    pos: Pos
    values: tuple[str, ...] = ()  # enum values
    min: float | None = None
    max: float | None = None
    memory: bool = False  # a per-person fact (`memory:` section)


@dataclass(frozen=True, slots=True)
class ItemDecl:
    """Something he can carry (`items:`): its id and English name."""

    id: str
    name: str
    pos: Pos


@dataclass(frozen=True, slots=True)
class RoleDecl:
    """A role of the cast (`roles:`): the name, portrait and sprite of anyone placed in it."""

    id: str
    name: str
    portrait: str
    sprite: str
    pos: Pos


@dataclass(frozen=True, slots=True)
class PersonDecl:
    """A named person of the cast (`people:`): their role, name, portrait and sprite (empty:
    the role's)."""

    id: str
    role: str
    name: str
    portrait: str
    sprite: str
    pos: Pos


@dataclass(frozen=True, slots=True)
class PlaceDecl:
    """A place of the city map (places.yaml): its name, the map it is, where it sits on
    the city map, when he knows of it, and which aims send him there."""

    id: str
    name: str  # English; the text id is `place.ID`
    map: str  # the map he stands on when he is at this place
    pos: Pos
    map_pos: Pos
    at: tuple[int, int] | str | None = None  # a tile of the city map, or a name on it
    at_pos: Pos | None = None  # None with `at` None: the city map's door to `map`
    known: tuple[Criterion, ...] = ()  # empty: known from the start
    aims: tuple[tuple[str, Pos], ...] = ()  # text ids of the aims that point here


# --- criteria and effects on facts ------------------------------------------------------

OPS = ("eq", "not", "gt", "gte", "lt", "lte", "in")


@dataclass(frozen=True, slots=True)
class Criterion:
    """One test of a `when:` or `if:`: a fact, an operator (OPS) and the value it is
    tested against."""

    fact: str  # as written: face, self.seen_mask, daughter.seen_mask, item.toy
    op: str  # one of OPS
    value: Any  # a scalar, or a tuple for `in`
    pos: Pos
    raw: Any = None  # the source text of an unquoted scalar (or tuple of them for `in`)


@dataclass(frozen=True, slots=True)
class Assignment:
    """One fact set by a `remember:` or a `set:` step, to a value (and its source text when
    unquoted)."""

    fact: str
    value: Any
    pos: Pos
    raw: str | None = None


# --- behaviours: what a person does on the map ---------------------------------------------

# Each name is carried out by the world (game/world/acts.py); the lint refuses any other.
# A mod may not add one without code, so the list lives here, next to the data that names it.
BEHAVIOURS: dict[str, str] = {
    "cry": "cries where they stand: tears, sobbing",
    "cry_and_run": "cries, then runs to the nearest grown-up and hides behind them",
    "hide_behind_parent": "goes behind the nearest grown-up and peeks out",
    "look_away": "turns the head away from him",
    "study_window": "turns to the nearest wall or window and studies it",
    "step_aside": "steps out of his way, a little too early",
    "cross_street": "walks off to the other pavement, away from him",
    "pull_child_close": "draws the nearest child in to their side",
    "stare": "turns and looks at him",
    "still": "goes very still: arms at the sides, eyes ahead",
    "eyes_on_till": "keeps the eyes down on the till or the hands",
    "not_look_up": "does not look up at all",
    "nod": "a small nod",
    "bow": "a short bow",
    "show_trick": "shows him a trick (a yo-yo)",
    "point_way": "points the way",
    "fidget": "shifts about, nervous",
    "offer": "comes a step closer, holding something out",
    "come_closer": "walks up to him",
    "ignore": "goes on as before: nothing changes",
}
FACINGS = ("down", "up", "left", "right")


# --- reactions --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Line:
    """One line someone says, in a reaction or a scene: its stable id, its English, who says
    it, and how it shows."""

    id: str
    text: str
    pos: Pos
    speaker: str | None = None  # None: the reacting person (reactions) / required in scenes
    emote: str | None = None
    portrait: str | None = None
    does: str | None = None  # a behaviour (BEHAVIOURS) the speaker acts out as it is said


@dataclass(frozen=True, slots=True)
class Reaction:
    """A bark (`reactions:`): who may say it and when, its alternative lines, what it
    remembers, and what limits how often it is said."""

    id: str
    concept: str
    lines: tuple[Line, ...]
    pos: Pos
    role: str | None = None
    person: str | None = None
    when: tuple[Criterion, ...] = ()
    remember: tuple[Assignment, ...] = ()
    remember_for: str | float | None = None  # a fact name (e.g. "day") or seconds of play
    once: bool = False
    cooldown: float = 0.0
    weight: float = 1.0
    start: str | None = None
    start_pos: Pos | None = None
    does: str | None = None  # the behaviour of every line that names none

    @property
    def score(self) -> int:
        """Criteria count, +2 for a person rule, +1 for a role rule (docs/dialogue.md)."""
        return len(self.when) + (2 if self.person else 1 if self.role else 0)


# --- scenes -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LineStep:
    """A scene step that says one line."""

    line: Line


@dataclass(frozen=True, slots=True)
class Option:
    """One option of a choice: its text, when it can be chosen, and the steps it runs and
    the node it goes to."""

    id: str
    text: str
    pos: Pos
    when: tuple[Criterion, ...] = ()
    show_disabled: bool = False
    goto: str | None = None
    goto_pos: Pos | None = None
    do: tuple[Step, ...] = ()


@dataclass(frozen=True, slots=True)
class ChoiceStep:
    """A scene step that offers the player options and waits for one."""

    options: tuple[Option, ...]
    pos: Pos


@dataclass(frozen=True, slots=True)
class GotoStep:
    """A scene step that jumps to a node, another scene's node, or `end`."""

    target: str  # NODE, SCENE.NODE or end
    pos: Pos


@dataclass(frozen=True, slots=True)
class CallStep:
    """A scene step that runs a shared sub-scene, then comes back to the step after it."""

    target: str  # SCENE or SCENE.NODE
    pos: Pos


@dataclass(frozen=True, slots=True)
class IfStep:
    """A scene step that runs `then` when every criterion holds, else `otherwise`."""

    when: tuple[Criterion, ...]
    then: tuple[Step, ...]
    pos: Pos
    otherwise: tuple[Step, ...] = ()


@dataclass(frozen=True, slots=True)
class SetStep:
    """A scene step that sets facts (`set:`)."""

    assignments: tuple[Assignment, ...]
    pos: Pos


@dataclass(frozen=True, slots=True)
class ClearStep:
    """A scene step that puts facts back to their defaults (`clear:`)."""

    facts: tuple[str, ...]
    pos: Pos


@dataclass(frozen=True, slots=True)
class ItemStep:
    """A scene step that gives him an item or takes one from him (`give:` / `take:`)."""

    give: bool  # True: give, False: take
    item: str
    pos: Pos


@dataclass(frozen=True, slots=True)
class FaceStep:
    """A scene step that changes his face (`face:`)."""

    face: str
    pos: Pos


@dataclass(frozen=True, slots=True)
class MoveStep:
    """A scene step that sends him to a spawn of another map once the scene is over."""

    map: str
    spawn: str
    pos: Pos


@dataclass(frozen=True, slots=True)
class WalkStep:
    """A person (or the hero) walks to a place on the current map: a spawn or object
    name, `hero` (beside him) or a person's id (beside them)."""

    who: str | None  # None: the person the scene was started with
    to: str
    pos: Pos
    wait: bool = True  # the scene goes on only once they are there
    run: bool = False


@dataclass(frozen=True, slots=True)
class TurnStep:
    """A scene step that turns a person to a facing, to him or to someone (`who` None: the
    person the scene was started with)."""

    who: str | None
    to: str  # a facing (FACINGS), `hero`, or a person id
    pos: Pos


@dataclass(frozen=True, slots=True)
class ActStep:
    """A scene step in which a person acts out a behaviour; with `wait` the scene waits
    for it."""

    who: str | None
    does: str  # a behaviour (BEHAVIOURS)
    pos: Pos
    wait: bool = False


@dataclass(frozen=True, slots=True)
class NotebookStep:
    """A scene step that writes a page in a notebook (1 to 3); the text is translated by `id`,
    the title by `ID.title`."""

    id: str
    notebook: int
    title: str
    text: str
    pos: Pos


@dataclass(frozen=True, slots=True)
class ChapterStep:
    """A scene step that starts a chapter (`chapter: N`)."""

    chapter: int
    pos: Pos


@dataclass(frozen=True, slots=True)
class SoundStep:
    """A scene step that plays a sound effect (`sound:`)."""

    name: str
    pos: Pos


@dataclass(frozen=True, slots=True)
class FadeStep:
    """A scene step that fades the conversation out (`fade: black`)."""

    to: str
    pos: Pos


@dataclass(frozen=True, slots=True)
class EndStep:
    """A scene step that ends the scene (`end: true`)."""

    pos: Pos


Step = (
    LineStep | ChoiceStep | GotoStep | CallStep | IfStep | SetStep | ClearStep | ItemStep
    | FaceStep | MoveStep | NotebookStep | ChapterStep | SoundStep | FadeStep | EndStep
    | WalkStep | TurnStep | ActStep
)


@dataclass(frozen=True, slots=True)
class Node:
    """A named run of steps in a scene."""

    name: str
    steps: tuple[Step, ...]
    pos: Pos


@dataclass(frozen=True, slots=True)
class Scene:
    """A conversation (`scenes:`): its nodes by name, and the node it starts at."""

    id: str
    start: str
    nodes: dict[str, Node]
    pos: Pos
    start_pos: Pos | None = None


# --- patches ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Patch:
    """A change to a reaction or a scene node without copying it (a mod's `patches:`).

    Applied after every folder is merged, in load order: lines are added to a reaction;
    options to a node's first choice; steps before or after a node's own.
    """

    kind: str  # reaction | scene
    target: str  # the reaction or scene id
    pos: Pos  # the patch entry
    target_pos: Pos  # the `reaction:` / `scene:` value
    node: str | None = None
    node_pos: Pos | None = None
    lines: tuple[Line, ...] = ()  # add_lines
    choices: tuple[Option, ...] = ()  # add_choices
    prepend: tuple[Step, ...] = ()
    append: tuple[Step, ...] = ()


# --- text -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StringEntry:
    """An interface string (`strings:`): its id and English text."""

    id: str
    text: str
    pos: Pos


@dataclass(frozen=True, slots=True)
class Translation:
    """The translation of one text id into a language, with the English it was made from
    (stale when that English changed)."""

    id: str
    en: str  # the English it was made from
    text: str
    pos: Pos
    language: str


@dataclass(frozen=True, slots=True)
class TextSource:
    """Any translatable English text: a line, an option, a notebook page, a UI string."""

    id: str
    text: str
    pos: Pos
    kind: str  # line | option | notebook | notebook_title | string | cast


@dataclass(slots=True)
class Definition:
    """Where an id was defined; the lint reads these to find duplicates."""

    kind: str  # reaction | scene | string | text | fact | role | person | item
    id: str
    pos: Pos
    layer: int  # index of the content folder (0 = shipped, then mods)


@dataclass(slots=True)
class Content:
    """All dialogue content after folders are merged (later folders override by id)."""

    facts: dict[str, FactDecl] = field(default_factory=dict)
    memory: dict[str, FactDecl] = field(default_factory=dict)
    items: dict[str, ItemDecl] = field(default_factory=dict)
    places: dict[str, PlaceDecl] = field(default_factory=dict)
    roles: dict[str, RoleDecl] = field(default_factory=dict)
    people: dict[str, PersonDecl] = field(default_factory=dict)
    reactions: dict[str, Reaction] = field(default_factory=dict)
    scenes: dict[str, Scene] = field(default_factory=dict)
    strings: dict[str, StringEntry] = field(default_factory=dict)
    texts: dict[str, TextSource] = field(default_factory=dict)
    translations: dict[str, dict[str, Translation]] = field(default_factory=dict)
    definitions: list[Definition] = field(default_factory=list)
    patches: list[Patch] = field(default_factory=list)  # in the order they were applied
    files: list[str] = field(default_factory=list)

    def english(self, text_id: str) -> str | None:
        source = self.texts.get(text_id)
        return source.text if source else None


def _pickled_by_fields(cls: type) -> type:
    """Pickle a record as its class and field values, so unpickling calls the class:
    the dialogue cache (game/dialogue/cache.py) loads about twice as fast as through the
    generic __setstate__ that slotted dataclasses get, which looks up the fields for every
    one of its thousands of records."""
    names = tuple(f.name for f in fields(cls))

    def __reduce__(self: Any) -> tuple[type, tuple[Any, ...]]:
        return cls, tuple([getattr(self, name) for name in names])

    cls.__reduce__ = __reduce__  # type: ignore[method-assign,assignment]
    return cls


for _record in [value for value in globals().values()
                if isinstance(value, type) and is_dataclass(value)
                and value.__module__ == __name__]:
    _pickled_by_fields(_record)
