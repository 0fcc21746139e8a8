"""YAML parsing that keeps the source position of every value and refuses hostile input.

Events come from libyaml (``CParser``, the parser behind ``yaml.CSafeLoader``) when it
is installed, else from PyYAML's pure-Python parser. We compose them ourselves,
straight into ``YNode`` trees (plain dicts and lists with a line and column on every
value), without recursion and with counters: a file that nests too deep, has too many
values or leans on aliases (the "billion laughs" bomb) is refused with a position
instead of exhausting memory or the stack. An alias shares the anchored YNode rather
than copying it; what it would expand to is counted against a small budget, so any
later walk of the tree stays bounded too.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.events import (
    AliasEvent,
    DocumentEndEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)
from yaml.nodes import ScalarNode
from yaml.resolver import Resolver

from game.diagnostics import ERROR, ContentError, Diagnostic
from game.safeio import printable

try:
    from yaml._yaml import CParser

    HAVE_LIBYAML = True
except ImportError:  # libyaml missing: same behaviour, slower
    HAVE_LIBYAML = False

# Limits. A real dialogue file is far below all of them; a generated 10,000-rule file
# (the benchmark) has ~300k values and no aliases.
MAX_FILE_BYTES = 16 * 1024 * 1024
MAX_DEPTH = 64  # nesting of mappings/sequences, aliases included
MAX_NODES = 2_000_000  # values in one file
MAX_ALIAS_NODES = 10_000  # values reached through aliases (the bomb multiplies these)

SYNTAX = "D001"
TOO_COMPLEX = "D002"
UNREADABLE = "D003"

_STR = "tag:yaml.org,2002:str"
# characters no text of the game holds: they crash a font or fake a line of output
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_KEY_BREAK = re.compile(r"[\t\n\r\u2028\u2029\x85]")
_CONSTRUCTOR = SafeConstructor()
_RESOLVER = Resolver()


@dataclass(slots=True)
class YNode:
    """One YAML value with its position (1-based line and column).

    kind "map": ``value`` is ``dict[str, YNode]`` and ``keys`` holds the key nodes
    (for the position of a key). kind "seq": ``value`` is ``list[YNode]``.
    kind "scalar": ``value`` is the resolved Python value (str, int, float, bool or
    None); ``raw`` is the source text and ``plain`` says it was unquoted, so an enum
    value written ``no`` can still be read as the word "no".
    """

    kind: str
    value: Any
    line: int
    column: int
    raw: str = ""
    plain: bool = False
    keys: dict[str, YNode] | None = None
    repeated: list[YNode] | None = None  # key nodes written a second time in this mapping

    def where(self) -> tuple[int, int]:
        return self.line, self.column

    def to_python(self) -> Any:
        """Plain data without positions (for tests and debugging)."""
        if self.kind == "map":
            return {key: item.to_python() for key, item in self.value.items()}
        if self.kind == "seq":
            return [item.to_python() for item in self.value]
        return self.value


def _event_source(text: str) -> Any:
    if HAVE_LIBYAML:
        return CParser(text)
    from yaml.parser import Parser
    from yaml.reader import Reader
    from yaml.scanner import Scanner

    class _PyEvents(Reader, Scanner, Parser):
        def __init__(self, stream: str) -> None:
            Reader.__init__(self, stream)
            Scanner.__init__(self)
            Parser.__init__(self)

        def dispose(self) -> None:
            pass

    return _PyEvents(text)


class _Refused(Exception):
    def __init__(self, code: str, message: str, mark: Any) -> None:
        super().__init__(message)
        self.code = code
        self.mark = mark


def _problem(code: str, file: str, line: int, column: int, message: str) -> ContentError:
    return ContentError([Diagnostic(code, ERROR, file, line, column, message)])


def _offset_position(data: bytes, offset: int) -> tuple[int, int]:
    offset = max(0, min(offset, len(data)))
    line = data.count(b"\n", 0, offset) + 1
    column = offset - (data.rfind(b"\n", 0, offset) + 1) + 1
    return line, column


def decode(data: bytes, file: str) -> str:
    """UTF-8 text of a file (a BOM is allowed); ContentError with a position otherwise."""
    if len(data) > MAX_FILE_BYTES:
        raise _problem(TOO_COMPLEX, file, 1, 1, f"file larger than {MAX_FILE_BYTES} bytes")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line, column = _offset_position(data, exc.start)
        raise _problem(UNREADABLE, file, line, column, "not UTF-8 text") from None


@contextmanager
def no_gc_pauses() -> Iterator[None]:
    """Building ~10^5 small objects with the cyclic GC on costs several times the work
    itself (each collection walks all of them again); nothing built here is cyclic."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def parse_yaml(text: str, file: str) -> YNode | None:
    """Parse one YAML document; None for an empty file. Raises ContentError only."""
    if len(text) > MAX_FILE_BYTES:
        raise _problem(TOO_COMPLEX, file, 1, 1, f"file larger than {MAX_FILE_BYTES} bytes")
    source = _event_source(text)
    try:
        with no_gc_pauses():
            return _Composer(source).document()
    except _Refused as exc:
        line, column = (exc.mark.line + 1, exc.mark.column + 1) if exc.mark else (1, 1)
        raise _problem(exc.code, file, line, column, str(exc)) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = " ".join(part for part in (exc.context, exc.problem) if part) or str(exc)
        raise _problem(SYNTAX, file, line, column, message) from None
    except yaml.reader.ReaderError as exc:
        # libyaml reports a byte offset into the UTF-8 text
        line, column = _offset_position(text.encode("utf-8", "surrogatepass"), exc.position)
        raise _problem(UNREADABLE, file, line, column, exc.reason) from None
    except yaml.YAMLError as exc:
        raise _problem(SYNTAX, file, 1, 1, str(exc).splitlines()[0]) from None
    finally:
        source.dispose()


class _Open:
    """A mapping or sequence being composed."""

    __slots__ = ("node", "anchor", "key", "merges", "size", "height")

    def __init__(self, node: YNode, anchor: str | None) -> None:
        self.node = node
        self.anchor = anchor
        self.key: YNode | None = None  # a mapping's key waiting for its value
        self.merges: list[YNode] = []  # `<<:` values, merged when the mapping closes
        self.size = 1  # values inside, this one included (what an alias would expand to)
        self.height = 1  # nesting below, this one included


class _Composer:
    """Events to YNodes with an explicit stack (no recursion), counting as it goes."""

    def __init__(self, source: Any) -> None:
        self.source = source
        self.anchors: dict[str, tuple[YNode, int, int]] = {}  # node, size, height
        self.open_anchors: set[str] = set()
        self.stack: list[_Open] = []
        self.nodes = 0
        self.alias_nodes = 0

    def document(self) -> YNode | None:
        get_event = self.source.get_event
        get_event()  # stream start
        event = get_event()
        if isinstance(event, StreamEndEvent):
            return None
        assert isinstance(event, DocumentStartEvent)
        root = self.value()
        event = get_event()
        assert isinstance(event, DocumentEndEvent)
        event = get_event()
        if not isinstance(event, StreamEndEvent):
            raise _Refused(SYNTAX, "only one YAML document per file", event.start_mark)
        return root

    def value(self) -> YNode:
        """Compose the next complete value."""
        get_event = self.source.get_event
        stack = self.stack
        while True:
            event = get_event()
            mark = event.start_mark
            if isinstance(event, ScalarEvent):
                done, size, height = self.scalar(event), 1, 0
                self.count(mark)
                if event.anchor:
                    self.anchors[event.anchor] = (done, 1, 0)
            elif isinstance(event, (MappingStartEvent, SequenceStartEvent)):
                self.count(mark)
                if len(stack) >= MAX_DEPTH:
                    raise _Refused(TOO_COMPLEX, f"nesting deeper than {MAX_DEPTH} levels",
                                   mark)
                is_map = isinstance(event, MappingStartEvent)
                node = YNode("map" if is_map else "seq", {} if is_map else [],
                             mark.line + 1, mark.column + 1, keys={} if is_map else None)
                stack.append(_Open(node, event.anchor))
                if event.anchor:
                    self.open_anchors.add(event.anchor)
                continue
            elif isinstance(event, (MappingEndEvent, SequenceEndEvent)):
                closing = stack.pop()
                if closing.merges:
                    self.merge(closing.node, closing.merges)
                done, size, height = closing.node, closing.size, closing.height
                if closing.anchor:
                    self.open_anchors.discard(closing.anchor)
                    self.anchors[closing.anchor] = (done, size, height)
            elif isinstance(event, AliasEvent):
                done, size, height = self.alias(event)
            else:
                raise _Refused(SYNTAX, f"unexpected {type(event).__name__}", mark)
            if not stack:
                return done
            self.attach(stack[-1], done, size, height, mark)

    def count(self, mark: Any) -> None:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise _Refused(TOO_COMPLEX, f"more than {MAX_NODES} values in one file", mark)

    def alias(self, event: AliasEvent) -> tuple[YNode, int, int]:
        mark = event.start_mark
        if event.anchor in self.open_anchors:
            raise _Refused(TOO_COMPLEX, "an alias refers to a value that contains it", mark)
        found = self.anchors.get(event.anchor or "")
        if found is None:
            raise _Refused(SYNTAX, f"found undefined alias {event.anchor!r}", mark)
        node, size, height = found
        self.alias_nodes += size
        if self.alias_nodes > MAX_ALIAS_NODES:
            raise _Refused(TOO_COMPLEX, f"aliases expand to more than {MAX_ALIAS_NODES} "
                           "values", mark)
        if len(self.stack) + height > MAX_DEPTH:
            raise _Refused(TOO_COMPLEX, f"nesting deeper than {MAX_DEPTH} levels (through "
                           "an alias)", mark)
        return node, size, height

    def attach(self, parent: _Open, child: YNode, size: int, height: int, mark: Any) -> None:
        parent.size += size
        if height + 1 > parent.height:
            parent.height = height + 1
        node = parent.node
        if node.kind == "seq":
            node.value.append(child)
            return
        key = parent.key
        if key is None:
            if child.kind != "scalar":
                raise _Refused(SYNTAX, "a key must be a plain value, not a "
                               f"{'mapping' if child.kind == 'map' else 'list'}", mark)
            parent.key = child
            return
        parent.key = None
        if key.raw == "<<" and key.plain:  # a plain `<<` is YAML's merge key
            parent.merges.append(child)
            return
        # keys are read as their source text: `on:` stays "on", not True
        name = key.raw
        if _KEY_BREAK.search(name):  # a key is quoted in messages: one line, always
            raise _Refused(UNREADABLE, "a line break or tab in a key", mark)
        keys = node.keys
        assert keys is not None
        if name in keys:
            if node.repeated is None:
                node.repeated = []
            node.repeated.append(key)  # the later one wins, as in YAML loaders
        keys[name] = key
        node.value[name] = child

    @staticmethod
    def merge(node: YNode, merges: list[YNode]) -> None:
        """`<<: *base` merges: explicit keys win over merged ones."""
        assert node.keys is not None
        for source in merges:
            for part in source.value if source.kind == "seq" else [source]:
                if part.kind != "map":
                    continue
                for name, value in part.value.items():
                    if name not in node.value:
                        node.value[name] = value
                        node.keys[name] = part.keys[name] if part.keys else value

    @staticmethod
    def scalar(event: ScalarEvent) -> YNode:
        raw = event.value
        mark = event.start_mark
        bad = _CONTROL.search(raw)
        if bad:  # only an escape ("\0", "\e", "\ud800") writes one: it would reach a screen
            raise _Refused(UNREADABLE, f"a control character ({printable(bad.group())}) "
                           "in a value", mark)
        plain = not event.style
        tag = event.tag
        if tag is None or tag == "!":
            tag = _RESOLVER.resolve(ScalarNode, raw, event.implicit)
        value: Any = raw
        if plain and tag != _STR:
            value = _typed(tag, raw)
        line, column = (mark.line + 1, mark.column + 1) if mark is not None else (0, 0)
        return YNode("scalar", value, line, column, raw, plain)


def _typed(tag: str, raw: str) -> Any:
    try:
        if tag == "tag:yaml.org,2002:null":
            return None
        if tag == "tag:yaml.org,2002:bool":
            return _CONSTRUCTOR.bool_values[raw.lower()]
        if tag == "tag:yaml.org,2002:int":
            return _CONSTRUCTOR.construct_yaml_int(ScalarNode(tag, raw))
        if tag == "tag:yaml.org,2002:float":
            return _CONSTRUCTOR.construct_yaml_float(ScalarNode(tag, raw))
    except (ValueError, OverflowError, KeyError):
        pass  # e.g. an int with more digits than Python converts: stays text
    return raw
