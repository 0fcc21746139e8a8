"""YAML parsing that keeps the source position of every node and refuses hostile input.

Events come from libyaml (``CParser``, the parser behind ``yaml.CSafeLoader``) when it
is installed, else from PyYAML's pure-Python parser. They are composed by PyYAML's own
``Composer`` with counters added, so a file that nests too deep, has too many nodes or
leans on aliases (the "billion laughs" bomb) is refused with a position instead of
exhausting memory or the stack. The composed node graph is then copied into ``YNode``
trees: plain dicts and lists with a line and column on every value.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml
from yaml.composer import Composer, ComposerError
from yaml.constructor import SafeConstructor
from yaml.events import AliasEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.resolver import Resolver

from game.diagnostics import ERROR, ContentError, Diagnostic

try:
    from yaml._yaml import CParser as _EventSource

    HAVE_LIBYAML = True
except ImportError:  # libyaml missing: same behaviour, slower
    HAVE_LIBYAML = False

# Limits. A real dialogue file is far below all of them; a generated 10,000-rule file
# (the benchmark) has ~300k nodes and no aliases.
MAX_FILE_BYTES = 16 * 1024 * 1024
MAX_DEPTH = 64  # nesting of mappings/sequences, also keeps the composer's recursion safe
MAX_NODES = 2_000_000  # composed nodes in one file
MAX_ALIASES = 1_000  # alias events in one file
MAX_ALIAS_NODES = 10_000  # nodes copied through aliases (the bomb multiplies these)

SYNTAX = "D001"
TOO_COMPLEX = "D002"
UNREADABLE = "D003"

_STR = "tag:yaml.org,2002:str"
_MERGE = "tag:yaml.org,2002:merge"
_CONSTRUCTOR = SafeConstructor()


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


class _LimitedComposer(Composer):
    """PyYAML's composer, counting depth, nodes and aliases as it goes."""

    def _reset_limits(self) -> None:
        self._depth = 0
        self._nodes = 0
        self._aliases = 0

    def compose_node(self, parent: Node | None, index: Any) -> Node:
        self._depth += 1
        self._nodes += 1
        try:
            mark = self.peek_event().start_mark
            if self._depth > MAX_DEPTH:
                raise ComposerError(None, None, f"nesting deeper than {MAX_DEPTH} levels", mark)
            if self._nodes > MAX_NODES:
                raise ComposerError(None, None, f"more than {MAX_NODES} values in one file", mark)
            if self.check_event(AliasEvent):
                self._aliases += 1
                if self._aliases > MAX_ALIASES:
                    raise ComposerError(None, None, f"more than {MAX_ALIASES} aliases", mark)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


if HAVE_LIBYAML:

    class _Loader(_LimitedComposer, _EventSource, SafeConstructor, Resolver):
        def __init__(self, stream: str) -> None:
            _EventSource.__init__(self, stream)
            SafeConstructor.__init__(self)
            Resolver.__init__(self)
            Composer.__init__(self)
            self._reset_limits()

else:
    from yaml.parser import Parser
    from yaml.reader import Reader
    from yaml.scanner import Scanner

    class _Loader(  # type: ignore[no-redef]
        Reader, Scanner, Parser, _LimitedComposer, SafeConstructor, Resolver
    ):
        def __init__(self, stream: str) -> None:
            Reader.__init__(self, stream)
            Scanner.__init__(self)
            Parser.__init__(self)
            Composer.__init__(self)
            SafeConstructor.__init__(self)
            Resolver.__init__(self)
            self._reset_limits()


class _TooComplex(Exception):
    def __init__(self, message: str, node: Node):
        super().__init__(message)
        self.node = node


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


def parse_yaml(text: str, file: str) -> YNode | None:
    """Parse one YAML document; None for an empty file. Raises ContentError only."""
    if len(text) > MAX_FILE_BYTES:
        raise _problem(TOO_COMPLEX, file, 1, 1, f"file larger than {MAX_FILE_BYTES} bytes")
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        message = " ".join(part for part in (exc.context, exc.problem) if part) or str(exc)
        code = TOO_COMPLEX if "deeper than" in message or "more than" in message else SYNTAX
        raise _problem(code, file, line, column, message) from None
    except yaml.reader.ReaderError as exc:
        # libyaml reports a byte offset into the UTF-8 text
        line, column = _offset_position(text.encode("utf-8", "surrogatepass"), exc.position)
        raise _problem(UNREADABLE, file, line, column, exc.reason) from None
    except yaml.YAMLError as exc:
        raise _problem(SYNTAX, file, 1, 1, str(exc).splitlines()[0]) from None
    finally:
        loader.dispose()
    if root is None:
        return None
    try:
        return _Copier().copy(root, 0)
    except _TooComplex as exc:
        mark = exc.node.start_mark
        raise _problem(TOO_COMPLEX, file, mark.line + 1, mark.column + 1, str(exc)) from None


class _Copier:
    """Copies a composed node graph into YNodes, refusing alias bombs and cycles."""

    def __init__(self) -> None:
        self.seen: set[int] = set()  # node ids already copied once
        self.ancestors: set[int] = set()
        self.alias_nodes = 0

    def copy(self, node: Node, depth: int, via_alias: bool = False) -> YNode:
        ident = id(node)
        if ident in self.ancestors:
            raise _TooComplex("an alias refers to a value that contains it", node)
        if ident in self.seen:
            via_alias = True
        self.seen.add(ident)
        if via_alias:
            self.alias_nodes += 1
            if self.alias_nodes > MAX_ALIAS_NODES:
                raise _TooComplex(f"aliases expand to more than {MAX_ALIAS_NODES} values", node)
        if depth > MAX_DEPTH:
            raise _TooComplex(f"nesting deeper than {MAX_DEPTH} levels (through aliases)", node)
        mark = node.start_mark
        line, column = mark.line + 1, mark.column + 1
        if isinstance(node, ScalarNode):
            return _scalar(node, line, column)
        self.ancestors.add(ident)
        try:
            if isinstance(node, SequenceNode):
                items = [self.copy(item, depth + 1, via_alias) for item in node.value]
                return YNode("seq", items, line, column)
            assert isinstance(node, MappingNode)
            return self._mapping(node, depth, via_alias, line, column)
        finally:
            self.ancestors.discard(ident)

    def _mapping(
        self, node: MappingNode, depth: int, via_alias: bool, line: int, column: int
    ) -> YNode:
        values: dict[str, YNode] = {}
        keys: dict[str, YNode] = {}
        merged: list[YNode] = []
        repeated: list[YNode] = []
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE:
                merged.append(self.copy(value_node, depth + 1, via_alias))
                continue
            key = self.copy(key_node, depth + 1, via_alias)
            value = self.copy(value_node, depth + 1, via_alias)
            # keys are read as their source text: `on:` stays "on", not True
            name = key.raw if key.kind == "scalar" else f"<{key.kind}>"
            if name in keys:
                repeated.append(key)  # the later one wins, as in YAML loaders
            keys[name] = key
            values[name] = value
        # `<<: *base` merges: explicit keys win over merged ones
        for source in merged:
            parts = source.value if source.kind == "seq" else [source]
            for part in parts:
                if part.kind != "map":
                    continue
                for name, value in part.value.items():
                    if name not in values:
                        values[name] = value
                        keys[name] = part.keys[name] if part.keys else value
        return YNode("map", values, line, column, keys=keys, repeated=repeated or None)


def _scalar(node: ScalarNode, line: int, column: int) -> YNode:
    raw = node.value
    plain = node.style is None or node.style == ""
    tag = node.tag
    value: Any = raw
    if tag != _STR and plain:
        try:
            if tag == "tag:yaml.org,2002:null":
                value = None
            elif tag == "tag:yaml.org,2002:bool":
                value = _CONSTRUCTOR.construct_yaml_bool(node)
            elif tag == "tag:yaml.org,2002:int":
                value = _CONSTRUCTOR.construct_yaml_int(node)
            elif tag == "tag:yaml.org,2002:float":
                value = _CONSTRUCTOR.construct_yaml_float(node)
        except (ValueError, OverflowError):
            value = raw  # e.g. an int with more digits than Python converts; stays text
    return YNode("scalar", value, line, column, raw=raw, plain=plain)
