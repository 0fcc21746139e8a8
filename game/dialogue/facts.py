"""The story state: facts, per-person memory, items, what was said and when, notebook pages.

One ``StoryState`` per play-through. The matcher only reads it; ``commit`` and scene
steps write it. ``to_dict``/``from_dict`` give the JSON-safe form a save file holds.

Remembered facts are temporary overlays: ``remember: {self.seen_mask: true}`` with
``remember_for: 300`` makes the fact read true for 300 seconds of play, then it reads
what it read before. ``remember_for: day`` (any declared fact name) lasts until that
fact's value changes. ``once`` and ``cooldown`` are remembered marks of the same kind.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from game.diagnostics import ERROR, ContentError, Diagnostic, did_you_mean
from game.safeio import brief

from .model import NOWHERE, Content, FactDecl, Pos

SAVE_VERSION = 1
_UNSET = object()
_MARK = "#"  # prefix of internal remembered marks (once/cooldown); never a fact name


def fact_error(code: str, message: str, pos: Pos | None = None, hint: str = "") -> ContentError:
    where = pos or NOWHERE
    return ContentError([Diagnostic(code, ERROR, where.file, where.line, where.column, message,
                                    hint)])


def resolve_fact(content: Content, name: str) -> FactDecl | None:
    """The declaration behind a fact name as written in content, or None if undeclared.

    ``face`` is a global fact; ``self.NAME`` and ``PERSON.NAME`` are memory facts;
    ``item.ID`` reads as a bool (the hero carries the item).
    """
    if "." not in name:
        return content.facts.get(name)
    owner, _, fact = name.partition(".")
    if owner == "item":
        item = content.items.get(fact)
        return FactDecl(name, "bool", False, item.pos) if item else None
    return content.memory.get(fact)


def check_value(decl: FactDecl, value: Any, raw: str | None = None) -> Any:
    """The value made to fit the declaration; ValueError with a readable reason if it can't.

    ``raw`` is the source text of an unquoted YAML scalar: YAML reads `no` as false, but
    for a str/enum fact the writer meant the word.
    """
    kind = decl.type
    if kind in ("str", "enum") and not isinstance(value, str) and raw is not None:
        value = raw
    if kind == "bool":
        if not isinstance(value, bool):
            raise ValueError(f"`{decl.name}` is a bool (true/false), "
                             f"not {brief(repr(value))}")
    elif kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"`{decl.name}` is an int, not {brief(repr(value))}")
    elif kind == "float":
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError(f"`{decl.name}` is a number, not {brief(repr(value))}")
        try:
            value = float(value)
        except OverflowError:
            raise ValueError(f"`{decl.name}`: {value} is too large") from None
    elif kind == "str":
        if not isinstance(value, str):
            raise ValueError(f"`{decl.name}` is text, not {brief(repr(value))}")
    elif kind == "enum" and (not isinstance(value, str) or value not in decl.values):
        hint = did_you_mean(str(value), decl.values)
        raise ValueError(
            f"`{decl.name}` is one of {', '.join(decl.values)}, not {brief(repr(value))}"
            + (f"; {hint}" if hint else "")
        )
    if kind in ("int", "float"):
        if decl.min is not None and value < decl.min:
            raise ValueError(f"`{decl.name}` is at least {decl.min:g}, "
                             f"not {brief(repr(value))}")
        if decl.max is not None and value > decl.max:
            raise ValueError(f"`{decl.name}` is at most {decl.max:g}, "
                             f"not {brief(repr(value))}")
    return value


@dataclass(slots=True)
class Remembered:
    """A value a fact reads for a while (a `remember_for` overlay, or a once/cooldown mark),
    and what ends it: a play time, or a change of the watched fact."""

    value: Any
    until: float | None = None  # play time at which it expires
    watch: str | None = None  # a fact whose change expires it (remember_for: day)
    watch_value: Any = None


@dataclass(slots=True)
class Page:
    """A notebook page he has written: its text id, which notebook, and the day and place
    when it was written."""

    id: str
    notebook: int
    day: Any = None  # the fact `day` when written, if declared
    place: Any = None  # the fact `place` when written, if declared


class _Current(dict[str, Any]):
    """The facts as they read under any remembered overlay: the values set, over the
    declared defaults. A name not there (an item, a person's memory not yet read, a
    typo) is answered by the state's ``default``."""

    __slots__ = ("state",)

    def __init__(self, state: StoryState) -> None:
        super().__init__()
        self.state = state

    def __missing__(self, name: str) -> Any:
        return self.state.default(name)


class StoryState:
    """Everything the story remembers about one play-through."""

    __slots__ = (
        "content", "values", "items", "seen_rules", "seen_lines", "last_used", "remembered",
        "pages", "play_time", "uses", "_current", "_chapter",
    )

    def __init__(self, content: Content) -> None:
        self.content = content
        self.values: dict[str, Any] = {}  # facts set so far (globals and PERSON.NAME)
        self.items: set[str] = set()
        self.seen_rules: dict[str, int] = {}
        self.seen_lines: dict[str, int] = {}
        # (rule, person) -> (play time, use number); the number orders uses in one instant
        self.last_used: dict[tuple[str, str], tuple[float, int]] = {}
        self.remembered: dict[str, Remembered] = {}
        self.pages: list[Page] = []
        self.play_time = 0.0
        self.uses = 0
        self._chapter = 1
        self._current = _Current(self)
        self.bind(content)

    def bind(self, content: Content) -> None:
        """Use new declarations (hot reload, mods); the values are kept."""
        self.content = content
        self._current = _Current(self)
        self._current.update((name, decl.default) for name, decl in content.facts.items())
        self._current.update(self.values)

    # --- reading ------------------------------------------------------------------------

    def get(self, name: str) -> Any:
        if self.remembered:
            memo = self.remembered.get(name)
            if memo is not None and not self.expired(memo):
                return memo.value
        return self._current[name]

    def current(self) -> Mapping[str, Any] | None:
        """Every fact as ``get`` reads it, as a mapping (an unset one reads its default),
        or None while a remembered fact may lie over one: then read through ``get``."""
        return None if self.remembered else self._current

    def default(self, name: str) -> Any:
        if name.startswith("item."):
            return name[5:] in self.items
        owner, dot, fact = name.partition(".")
        if dot and owner != "self" and fact in self.content.memory:
            # kept: the matcher reads PERSON.FACT defaults on every query
            default = self._current[name] = self.content.memory[fact].default
            return default
        decl = resolve_fact(self.content, name)
        if decl is None or name.startswith("self."):
            known = list(self.content.facts) + [f"self.{m}" for m in self.content.memory]
            hint = did_you_mean(name, known)
            if name.startswith("self."):
                hint = "`self.` is only meaningful while a person speaks"
            raise fact_error("D020", f"undeclared fact `{name}`", hint=hint)
        return decl.default

    def expired(self, memo: Remembered) -> bool:
        if memo.until is not None and self.play_time >= memo.until:
            return True
        return memo.watch is not None and self.get(memo.watch) != memo.watch_value

    def has_mark(self, key: str) -> bool:
        memo = self.remembered.get(_MARK + key)
        return memo is not None and not self.expired(memo)

    def mark_left(self, key: str) -> float | None:
        """Seconds until a cooldown mark expires (None: no expiry or no mark)."""
        memo = self.remembered.get(_MARK + key)
        if memo is None or memo.until is None or self.expired(memo):
            return None
        return memo.until - self.play_time

    # --- writing ------------------------------------------------------------------------

    def _checked(self, name: str, value: Any, pos: Pos | None, raw: str | None) -> Any:
        if name.startswith("self."):
            raise fact_error("D020", f"`{name}`: `self.` needs a speaking person", pos)
        decl = resolve_fact(self.content, name)
        if decl is None:
            hint = did_you_mean(name, list(self.content.facts))
            raise fact_error("D020", f"undeclared fact `{name}`", pos, hint)
        try:
            return check_value(decl, value, raw)
        except ValueError as exc:
            raise fact_error("D021", str(exc), pos) from None

    def set(self, name: str, value: Any, *, pos: Pos | None = None, raw: str | None = None
            ) -> None:
        """Set a fact; a wrong type or undeclared name raises ContentError, never silently."""
        value = self._checked(name, value, pos, raw)
        if name.startswith("item."):
            (self.items.add if value else self.items.discard)(name[5:])
            return
        self.remembered.pop(name, None)  # a deliberate set outlives a temporary memory
        self.values[name] = self._current[name] = value

    def remember(self, name: str, value: Any, *, seconds: float | None = None,
                 watch: str | None = None, pos: Pos | None = None, raw: str | None = None
                 ) -> None:
        """Set a fact until ``seconds`` of play pass or the fact ``watch`` changes."""
        value = self._checked(name, value, pos, raw)
        if seconds is None and watch is None:
            self.set(name, value, pos=pos, raw=raw)
            return
        self.remembered[name] = self._memo(value, seconds, watch)

    def mark(self, key: str, *, seconds: float | None = None) -> None:
        self.remembered[_MARK + key] = self._memo(True, seconds, None)

    def _memo(self, value: Any, seconds: float | None, watch: str | None) -> Remembered:
        until = self.play_time + seconds if seconds is not None else None
        return Remembered(value, until, watch, self.get(watch) if watch else None)

    def clear(self, name: str) -> None:
        """Back to the declared default."""
        if name.startswith("item."):
            self.items.discard(name[5:])
            return
        default = self.default(name)
        self._checked(name, default, None, None)
        self.values.pop(name, None)
        self.remembered.pop(name, None)
        self._current[name] = default

    def give(self, item: str) -> None:
        self.items.add(item)

    def take(self, item: str) -> None:
        self.items.discard(item)

    def advance(self, seconds: float) -> None:
        """Play time goes on (called by the game each update); expired memories go."""
        self.play_time += seconds
        if self.remembered:
            for name in [n for n, memo in self.remembered.items() if self.expired(memo)]:
                del self.remembered[name]

    def add_page(self, page_id: str, notebook: int) -> Page:
        page = Page(page_id, notebook, self._optional("day"), self._optional("place"))
        self.pages.append(page)
        return page

    def _optional(self, name: str) -> Any:
        return self.get(name) if name in self.content.facts else None

    @property
    def chapter(self) -> int:
        return self.get("chapter") if "chapter" in self.content.facts else self._chapter

    @chapter.setter
    def chapter(self, number: int) -> None:
        if "chapter" in self.content.facts:
            self.set("chapter", number)
        self._chapter = number

    # --- saves --------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        live = {n: m for n, m in self.remembered.items() if not self.expired(m)}
        return {
            "version": SAVE_VERSION,
            "values": dict(self.values),
            "items": sorted(self.items),
            "seen_rules": dict(self.seen_rules),
            "seen_lines": dict(self.seen_lines),
            "last_used": [[r, p, t, n] for (r, p), (t, n) in self.last_used.items()],
            "remembered": [
                {"name": n, "value": m.value, "until": m.until, "watch": m.watch,
                 "watch_value": m.watch_value}
                for n, m in live.items()
            ],
            "pages": [
                {"id": p.id, "notebook": p.notebook, "day": p.day, "place": p.place}
                for p in self.pages
            ],
            "play_time": self.play_time,
            "uses": self.uses,
            "chapter": self._chapter,
        }

    @classmethod
    def from_dict(cls, content: Content, data: Any) -> StoryState:
        """A state from ``to_dict`` output; ContentError (file "<save>") if malformed."""
        state = cls(content)
        part = "version"  # what is being read, to name in the message
        try:
            if not isinstance(data, dict) or data.get("version") != SAVE_VERSION:
                raise ValueError(f"story state version {brief(repr(data.get('version')))} is not "
                                 f"{SAVE_VERSION}" if isinstance(data, dict)
                                 else "story state is not a mapping")
            part = "values"
            for name, value in dict(data["values"]).items():
                if resolve_fact(content, name) is None:
                    state.values[name] = value  # a removed mod's fact: kept, never read
                else:
                    state.set(str(name), value)
            part = "items"
            state.items = {str(i) for i in data["items"]}
            part = "seen_rules"
            state.seen_rules = {str(k): int(v) for k, v in dict(data["seen_rules"]).items()}
            part = "seen_lines"
            state.seen_lines = {str(k): int(v) for k, v in dict(data["seen_lines"]).items()}
            part = "last_used"
            state.last_used = {
                (str(r), str(p)): (float(t), int(n)) for r, p, t, n in data["last_used"]
            }
            part = "remembered"
            for memo in data["remembered"]:
                until = None if memo["until"] is None else float(memo["until"])
                watch = None if memo["watch"] is None else str(memo["watch"])
                name = str(memo["name"])
                state.remembered[name] = Remembered(memo["value"], until, watch,
                                                    memo["watch_value"])
            part = "pages"
            state.pages = [
                Page(str(p["id"]), int(p["notebook"]), p.get("day"), p.get("place"))
                for p in data["pages"]
            ]
            part = "play_time"
            state.play_time = float(data["play_time"])
            part = "uses"
            state.uses = int(data["uses"])
            part = "chapter"
            state._chapter = int(data["chapter"])
        except ContentError as exc:
            raise fact_error("D091", f"story state: {exc.diagnostics[0].message}",
                             Pos("<save>", 0, 0)) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            # the words of the version check, else which part: never Python's own words
            said = str(exc) if part == "version" else (
                f"`{part}` is missing" if isinstance(exc, KeyError) and exc.args == (part,)
                else f"`{part}` can't be read")
            raise fact_error("D091", f"story state is damaged: {said}",
                             Pos("<save>", 0, 0)) from None
        return state

    def snapshot(self) -> dict[str, Any]:
        """A comparable copy (tests assert a query left the state as it was)."""
        return self.to_dict() | {"all_remembered": {
            n: (m.value, m.until, m.watch, m.watch_value) for n, m in self.remembered.items()}}
