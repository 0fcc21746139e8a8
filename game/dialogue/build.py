"""Builds typed models from one parsed YAML file, reporting every shape problem with its place.

Only the shape of each file is checked here (keys, types, required fields). Whether a
fact, role, node or scene named in it exists is a question about all files together:
the lint answers it (lint.py), the matcher and runner refuse at run time.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from game.diagnostics import Report, did_you_mean
from game.safeio import asset_name_problem

from .facts import check_value
from .model import (
    OPS,
    ActStep,
    Assignment,
    CallStep,
    ChapterStep,
    ChoiceStep,
    ClearStep,
    Criterion,
    Definition,
    EndStep,
    FaceStep,
    FactDecl,
    FadeStep,
    GotoStep,
    IfStep,
    ItemDecl,
    ItemStep,
    Line,
    LineStep,
    MoveStep,
    Node,
    NotebookStep,
    Option,
    Patch,
    PersonDecl,
    PlaceDecl,
    Pos,
    Reaction,
    RoleDecl,
    Scene,
    SetStep,
    SoundStep,
    Step,
    StringEntry,
    Translation,
    TurnStep,
    WalkStep,
)
from .yamlpos import YNode

UNKNOWN_KEY = "D010"
MISSING_KEY = "D011"
WRONG_TYPE = "D012"
REPEATED_KEY = "D013"
BAD_VALUE = "D014"

TOP_LEVEL = ("facts", "memory", "items", "places", "roles", "people", "reactions", "scenes",
             "strings", "patches")
PLACE_KEYS = ("name", "map", "at", "known", "aims")
FACT_KEYS = ("type", "values", "default", "min", "max")
FACT_TYPES = ("bool", "int", "float", "str", "enum")
REACTION_KEYS = ("id", "role", "person", "concept", "when", "lines", "remember",
                 "remember_for", "once", "cooldown", "weight", "start", "does")
LINE_KEYS = ("id", "text", "speaker", "emote", "portrait", "does")
OPTION_KEYS = ("id", "text", "when", "show_disabled", "goto", "do")
PATCH_KEYS = ("reaction", "scene", "node", "add_lines", "add_choices", "append", "prepend")
SCENE_PATCH_OPS = ("add_choices", "append", "prepend")
STEP_WORDS = ("text", "choice", "goto", "call", "if", "set", "clear", "give", "take", "face",
              "move", "notebook", "chapter", "sound", "fade", "end", "walk", "turn", "act")
WALK_KEYS = ("who", "to", "wait", "run")
TURN_KEYS = ("who", "to")
ACT_KEYS = ("who", "does", "wait")
MAX_NUMBER = 10**15  # weights, cooldowns, chapters, bounds: far beyond any real use
_EMPTY_DEFAULTS: dict[str, Any] = {"bool": False, "int": 0, "float": 0.0, "str": ""}


@dataclass(slots=True)
class FileContent:
    """What one file defines, before the folders are merged."""

    file: str
    facts: list[FactDecl] = field(default_factory=list)
    memory: list[FactDecl] = field(default_factory=list)
    items: list[ItemDecl] = field(default_factory=list)
    places: list[PlaceDecl] = field(default_factory=list)
    roles: list[RoleDecl] = field(default_factory=list)
    people: list[PersonDecl] = field(default_factory=list)
    reactions: list[Reaction] = field(default_factory=list)
    scenes: list[Scene] = field(default_factory=list)
    strings: list[StringEntry] = field(default_factory=list)
    translations: list[Translation] = field(default_factory=list)
    patches: list[Patch] = field(default_factory=list)


class Builder:
    """Reads one file's YNode tree; problems go to ``report``, bad entries are skipped."""

    def __init__(self, file: str, report: Report) -> None:
        self.file = file
        self.report = report
        self.out = FileContent(file)

    # --- small readers ------------------------------------------------------------------

    def pos(self, node: YNode) -> Pos:
        return Pos(self.file, node.line, node.column)

    def error(self, code: str, node: YNode, message: str, hint: str = "") -> None:
        self.report.error(code, self.file, node.line, node.column, message, hint)

    def mapping(self, node: YNode, what: str, allowed: tuple[str, ...] = (),
                required: tuple[str, ...] = ()) -> dict[str, YNode] | None:
        """The entries of a mapping; unknown keys and missing required ones are reported."""
        if node.kind != "map":
            self.error(WRONG_TYPE, node, f"{what} must be a mapping, not {_kind(node)}")
            return None
        for key in node.repeated or ():
            self.error(REPEATED_KEY, key, f"`{key.raw}` is written twice in {what}",
                       "the later one wins")
        misspelt: set[str] = set()  # required keys written wrongly: one error, not two
        if allowed:
            assert node.keys is not None
            for name, key in node.keys.items():
                if name not in allowed:
                    hint = did_you_mean(name, allowed)
                    self.error(UNKNOWN_KEY, key, f"unknown key `{name}` in {what}", hint)
                    misspelt.update(r for r in required if hint == did_you_mean(r, [r]))
        for name in required:
            if name not in node.value and name not in misspelt:
                self.error(MISSING_KEY, node, f"{what} needs `{name}`")
        return node.value

    def sequence(self, node: YNode, what: str) -> list[YNode] | None:
        if node.kind != "seq":
            self.error(WRONG_TYPE, node, f"{what} must be a list, not {_kind(node)}")
            return None
        return node.value

    def ident(self, node: YNode | None, what: str) -> str | None:
        """An id or name: a non-empty scalar without spaces."""
        if node is None:
            return None
        if node.kind != "scalar" or node.value is None or node.raw == "":
            self.error(WRONG_TYPE, node, f"{what} must be a name, not {_kind(node)}")
            return None
        text = node.raw
        if any(ch.isspace() for ch in text):
            self.error(BAD_VALUE, node, f"{what} `{text}` must not contain spaces")
            return None
        return text

    def asset(self, node: YNode | None, what: str) -> str | None:
        """The name of an image (a portrait, a sprite sheet): a plain name that can't lead
        out of the assets folders (game.safeio.asset_name_problem)."""
        text = self.ident(node, what)
        if text is not None and node is not None and (problem := asset_name_problem(text)):
            self.error(BAD_VALUE, node, f"{what} `{text[:80]}` is {problem}")
            return None
        return text

    def text(self, node: YNode | None, what: str) -> str | None:
        """Any scalar is text here, as written (`text: yes` says "yes")."""
        if node is None:
            return None
        if node.kind != "scalar" or node.value is None:
            self.error(WRONG_TYPE, node, f"{what} must be text, not {_kind(node)}")
            return None
        return node.value if isinstance(node.value, str) else node.raw

    def number(self, node: YNode | None, what: str, *, integer: bool = False
               ) -> float | int | None:
        if node is None:
            return None
        value = node.value
        ok = node.kind == "scalar" and not isinstance(value, bool) and (
            isinstance(value, int) or (not integer and isinstance(value, float)))
        if not ok:
            kind = "a whole number" if integer else "a number"
            self.error(WRONG_TYPE, node, f"{what} must be {kind}, not {_kind(node)}")
            return None
        if not -MAX_NUMBER <= value <= MAX_NUMBER:  # also keeps float() from overflowing
            self.error(BAD_VALUE, node, f"{what} is too large")
            return None
        return value

    def flag(self, node: YNode | None, what: str) -> bool | None:
        if node is None:
            return None
        if node.kind != "scalar" or not isinstance(node.value, bool):
            self.error(WRONG_TYPE, node, f"{what} must be true or false, not {_kind(node)}")
            return None
        return node.value

    def scalar(self, node: YNode, what: str) -> tuple[Any, str | None] | None:
        """A scalar value and its source text when unquoted (for enum words like `no`)."""
        if node.kind != "scalar":
            self.error(WRONG_TYPE, node, f"{what} must be a single value, not {_kind(node)}")
            return None
        return node.value, (node.raw if node.plain else None)

    # --- the file -----------------------------------------------------------------------

    def build(self, root: YNode | None) -> FileContent:
        if root is None:
            return self.out
        entries = self.mapping(root, "a dialogue file", TOP_LEVEL)
        if entries is None:
            return self.out
        readers = {
            "facts": lambda n: self.facts(n, memory=False),
            "memory": lambda n: self.facts(n, memory=True),
            "items": self.items, "places": self.places, "roles": self.roles, "people": self.people,
            "reactions": self.reactions, "scenes": self.scenes, "strings": self.strings,
            "patches": self.patches,
        }
        for name, node in entries.items():
            if name in readers:
                readers[name](node)
        return self.out

    def build_translations(self, root: YNode | None, language: str) -> FileContent:
        """A translation file: line id -> {en: English it was made from, text: translation}."""
        if root is None:
            return self.out
        entries = self.mapping(root, "a translation file")
        for text_id, node in (entries or {}).items():
            fields = self.mapping(node, f"translation `{text_id}`", ("en", "text"),
                                  ("en", "text"))
            if fields is None:
                continue
            en = self.text(fields.get("en"), "`en`")
            text = self.text(fields.get("text"), "`text`")
            if en is not None and text is not None:
                key_pos = self.pos(root.keys[text_id]) if root.keys else self.pos(node)
                self.out.translations.append(Translation(text_id, en, text, key_pos, language))
        return self.out

    # --- declarations -------------------------------------------------------------------

    def facts(self, node: YNode, *, memory: bool) -> None:
        section = "memory" if memory else "facts"
        for name, spec in (self.mapping(node, f"`{section}`") or {}).items():
            key = node.keys[name] if node.keys else spec
            if self.ident(key, "a fact name") is None:
                continue
            if "." in name:
                self.error(BAD_VALUE, key, f"fact name `{name}` must not contain a dot")
                continue
            decl = self.fact(name, spec, memory)
            if decl is not None:
                (self.out.memory if memory else self.out.facts).append(decl)

    def fact(self, name: str, spec: YNode, memory: bool) -> FactDecl | None:
        fields = self.mapping(spec, f"fact `{name}`", FACT_KEYS, ("type",))
        if fields is None or "type" not in fields:
            return None
        kind = self.ident(fields["type"], "`type`")
        if kind not in FACT_TYPES:
            if kind is not None:
                self.error(BAD_VALUE, fields["type"], f"unknown fact type `{kind}`",
                           did_you_mean(kind, FACT_TYPES) or "bool, int, float, str or enum")
            return None
        values: tuple[str, ...] = ()
        if kind == "enum":
            if "values" not in fields:
                self.error(MISSING_KEY, spec, f"enum fact `{name}` needs `values`")
                return None
            items = self.sequence(fields["values"], "`values`") or []
            values = tuple(v for v in (self.ident(item, "an enum value") for item in items) if v)
            if not values:
                return None
        elif "values" in fields:
            self.error(UNKNOWN_KEY, fields["values"], "`values` is only for enum facts")
        low = self.number(fields.get("min"), "`min`")
        high = self.number(fields.get("max"), "`max`")
        fallback = values[0] if kind == "enum" else _EMPTY_DEFAULTS[kind]
        if kind in ("int", "float") and low is not None:
            fallback = low
        decl = FactDecl(name, kind, fallback, self.pos(spec), values, low, high, memory)
        default = fields.get("default")
        if default is not None:
            pair = self.scalar(default, "`default`")
            if pair is None:
                return None
            try:
                decl = FactDecl(name, kind, check_value(decl, *pair), decl.pos, values, low,
                                high, memory)
            except ValueError as exc:
                self.error(WRONG_TYPE, default, f"default: {exc}")
                return None
        return decl

    def items(self, node: YNode) -> None:
        for item_id, spec in (self.mapping(node, "`items`") or {}).items():
            fields = self.mapping(spec, f"item `{item_id}`", ("name",))
            if fields is not None:
                name = self.text(fields.get("name"), "`name`") or item_id
                self.out.items.append(ItemDecl(item_id, name, self.pos(spec)))

    def places(self, node: YNode) -> None:
        for place_id, spec in (self.mapping(node, "`places`") or {}).items():
            key = node.keys[place_id] if node.keys else spec
            if self.ident(key, "a place id") is None:
                continue
            fields = self.mapping(spec, f"place `{place_id}`", PLACE_KEYS, ("name", "map"))
            if fields is None:
                continue
            name = self.text(fields.get("name"), "`name`")
            map_id = self.ident(fields.get("map"), "`map`")
            if name is None or map_id is None:
                continue
            at_node = fields.get("at")
            at = self.place_at(at_node) if at_node is not None else None
            if at_node is not None and at is None:
                continue
            aims: list[tuple[str, Pos]] = []
            for item in (self.sequence(fields["aims"], "`aims`") or ()
                         ) if "aims" in fields else ():
                aim = self.ident(item, "an aim (a text id)")
                if aim is not None:
                    aims.append((aim, self.pos(item)))
            self.out.places.append(PlaceDecl(
                place_id, name, map_id, self.pos(key), self.pos(fields["map"]), at,
                self.pos(at_node) if at_node is not None else None,
                self.criteria(fields.get("known"), "`known`"), tuple(aims)))

    def place_at(self, node: YNode) -> tuple[int, int] | str | None:
        """`at`: a tile `[x, y]` of the city map, or the name of a spawn, object or
        person on it."""
        if node.kind == "seq":
            numbers = [self.number(item, "a tile coordinate", integer=True)
                       for item in node.value]
            if len(numbers) != 2:
                self.error(BAD_VALUE, node, "`at` is a tile [x, y] or a name on the city map")
                return None
            if any(n is None for n in numbers):
                return None
            return int(numbers[0]), int(numbers[1])  # type: ignore[arg-type]
        return self.ident(node, "`at`")

    def roles(self, node: YNode) -> None:
        for role_id, spec in (self.mapping(node, "`roles`") or {}).items():
            fields = self.mapping(spec, f"role `{role_id}`", ("name", "portrait", "sprite"),
                                  ("name",))
            if fields is not None:
                self.out.roles.append(RoleDecl(
                    role_id, self.text(fields.get("name"), "`name`") or role_id,
                    self.asset(fields.get("portrait"), "`portrait`") or role_id,
                    self.asset(fields.get("sprite"), "`sprite`") or role_id, self.pos(spec)))

    def people(self, node: YNode) -> None:
        allowed = ("role", "name", "portrait", "sprite")
        for person_id, spec in (self.mapping(node, "`people`") or {}).items():
            fields = self.mapping(spec, f"person `{person_id}`", allowed, ("role",))
            if fields is None:
                continue
            role = self.ident(fields.get("role"), "`role`")
            if role is None:
                continue
            self.out.people.append(PersonDecl(
                person_id, role, self.text(fields.get("name"), "`name`") or person_id,
                self.asset(fields.get("portrait"), "`portrait`") or "",
                self.asset(fields.get("sprite"), "`sprite`") or "", self.pos(spec)))

    def strings(self, node: YNode) -> None:
        for string_id, value in (self.mapping(node, "`strings`") or {}).items():
            text = self.text(value, f"string `{string_id}`")
            if text is not None:
                key = node.keys[string_id] if node.keys else value
                self.out.strings.append(StringEntry(string_id, text, self.pos(key)))

    # --- criteria and assignments -------------------------------------------------------

    def criteria(self, node: YNode | None, what: str = "`when`") -> tuple[Criterion, ...]:
        if node is None:
            return ()
        found: list[Criterion] = []
        for fact, test in (self.mapping(node, what) or {}).items():
            key = node.keys[fact] if node.keys else test
            if self.ident(key, "a fact name") is None:
                continue
            if test.kind == "map":
                for op, operand in (self.mapping(test, f"the test of `{fact}`", OPS) or {}
                                    ).items():
                    if op in OPS:
                        criterion = self.criterion(fact, op, operand)
                        if criterion:
                            found.append(criterion)
            elif test.kind == "seq":
                self.error(WRONG_TYPE, test, f"the test of `{fact}` is a list",
                           "write {in: [...]} to accept any of several values")
            else:
                criterion = self.criterion(fact, "eq", test)
                if criterion:
                    found.append(criterion)
        return tuple(found)

    def criterion(self, fact: str, op: str, operand: YNode) -> Criterion | None:
        if op == "in":
            items = self.sequence(operand, f"`{fact}: {{in: ...}}`")
            if items is None:
                return None
            pairs = [self.scalar(item, "a value") for item in items]
            if any(pair is None for pair in pairs):
                return None
            return Criterion(fact, op, tuple(p[0] for p in pairs), self.pos(operand),  # type: ignore[index]
                             tuple(p[1] for p in pairs))  # type: ignore[index]
        pair = self.scalar(operand, f"the test of `{fact}`")
        if pair is None:
            return None
        if op in ("gt", "gte", "lt", "lte") and (
                isinstance(pair[0], bool) or not isinstance(pair[0], (int, float))):
            self.error(WRONG_TYPE, operand, f"`{op}` compares numbers, not {pair[0]!r}")
            return None
        return Criterion(fact, op, pair[0], self.pos(operand), pair[1])

    def assignments(self, node: YNode, what: str) -> tuple[Assignment, ...]:
        found = []
        for fact, value in (self.mapping(node, what) or {}).items():
            pair = self.scalar(value, f"the value of `{fact}`")
            key = node.keys[fact] if node.keys else value
            if pair is not None and self.ident(key, "a fact name"):
                found.append(Assignment(fact, pair[0], self.pos(key), pair[1]))
        return tuple(found)

    # --- reactions ----------------------------------------------------------------------

    def reactions(self, node: YNode) -> None:
        for entry in self.sequence(node, "`reactions`") or ():
            reaction = self.reaction(entry)
            if reaction is not None:
                self.out.reactions.append(reaction)

    def reaction(self, node: YNode) -> Reaction | None:
        fields = self.mapping(node, "a reaction", REACTION_KEYS, ("id", "concept", "lines"))
        if fields is None:
            return None
        rule_id = self.ident(fields.get("id"), "a reaction id")
        concept = self.ident(fields.get("concept"), "`concept`")
        role = self.ident(fields.get("role"), "`role`")
        person = self.ident(fields.get("person"), "`person`")
        if role and person:
            self.error(BAD_VALUE, fields["person"], "a reaction names a `role` or a `person`,"
                       " not both")
            return None
        lines = tuple(
            line for line in (self.line(item, speaker_required=False)
                              for item in self.sequence(fields["lines"], "`lines`") or ())
            if line) if "lines" in fields else ()
        if not rule_id or not concept:
            return None
        if not lines:
            if "lines" in fields:  # a missing `lines` is reported already (once)
                self.error(MISSING_KEY, fields["lines"], f"reaction `{rule_id}` has no lines")
            return None
        remember_for: str | float | None = None
        span = fields.get("remember_for")
        if span is not None:
            if span.kind == "scalar" and isinstance(span.value, str):
                remember_for = self.ident(span, "`remember_for`")
            else:
                remember_for = self.number(span, "`remember_for` (a fact name or seconds)")
        start = fields.get("start")
        return Reaction(
            id=rule_id, concept=concept, lines=lines, pos=self.pos(node), role=role,
            person=person, when=self.criteria(fields.get("when")),
            remember=self.assignments(fields["remember"], "`remember`")
            if "remember" in fields else (),
            remember_for=remember_for,
            once=bool(self.flag(fields.get("once"), "`once`")),
            cooldown=float(self.number(fields.get("cooldown"), "`cooldown`") or 0),
            weight=float(_or(self.number(fields.get("weight"), "`weight`"), 1)),
            start=self.ident(start, "`start`"),
            start_pos=self.pos(start) if start else None,
            does=self.ident(fields.get("does"), "`does`"),
        )

    def line(self, node: YNode, *, speaker_required: bool) -> Line | None:
        fields = self.mapping(node, "a line", LINE_KEYS,
                              ("id", "text", "speaker") if speaker_required else ("id", "text"))
        if fields is None:
            return None
        line_id = self.ident(fields.get("id"), "a line id")
        text = self.text(fields.get("text"), "`text`")
        if line_id is None or text is None:
            return None
        return Line(line_id, text, self.pos(node),
                    self.ident(fields.get("speaker"), "`speaker`"),
                    self.ident(fields.get("emote"), "`emote`"),
                    self.asset(fields.get("portrait"), "`portrait`"),
                    self.ident(fields.get("does"), "`does`"))

    # --- scenes -------------------------------------------------------------------------

    def scenes(self, node: YNode) -> None:
        for scene_id, spec in (self.mapping(node, "`scenes`") or {}).items():
            key = node.keys[scene_id] if node.keys else spec
            if self.ident(key, "a scene id") is None:
                continue
            scene = self.scene(scene_id, spec, self.pos(key))
            if scene is not None:
                self.out.scenes.append(scene)

    def scene(self, scene_id: str, spec: YNode, pos: Pos) -> Scene | None:
        fields = self.mapping(spec, f"scene `{scene_id}`", ("start", "nodes"), ("nodes",))
        if fields is None or "nodes" not in fields:
            return None
        nodes_node = fields["nodes"]
        nodes: dict[str, Node] = {}
        for name, steps in (self.mapping(nodes_node, f"the nodes of `{scene_id}`") or {}
                            ).items():
            key = nodes_node.keys[name] if nodes_node.keys else steps
            if self.ident(key, "a node name") is None:
                continue
            if name == "end" or "." in name:
                self.error(BAD_VALUE, key, f"`{name}` can't name a node",
                           "`end` ends the scene; dots separate scene and node")
                continue
            nodes[name] = Node(name, self.steps(steps, f"node `{name}`"), self.pos(key))
        if not nodes:
            self.error(MISSING_KEY, nodes_node, f"scene `{scene_id}` has no nodes")
            return None
        start_node = fields.get("start")
        start = self.ident(start_node, "`start`") or next(iter(nodes))
        return Scene(scene_id, start, nodes, pos,
                     self.pos(start_node) if start_node else None)

    def steps(self, node: YNode, what: str) -> tuple[Step, ...]:
        found = []
        for item in self.sequence(node, f"{what} (a list of steps)") or ():
            step = self.step(item)
            if step is not None:
                found.append(step)
        return tuple(found)

    def step(self, node: YNode) -> Step | None:
        if node.kind != "map" or not node.value:
            self.error(WRONG_TYPE, node, f"a step must be a mapping, not {_kind(node)}")
            return None
        fields: dict[str, YNode] = node.value
        if "text" in fields:
            line = self.line(node, speaker_required=False)
            return LineStep(line) if line else None
        word = next((w for w in STEP_WORDS if w in fields), None)
        if word is None:
            first = next(iter(fields))
            assert node.keys is not None
            self.error(UNKNOWN_KEY, node.keys[first], f"unknown step `{first}`",
                       did_you_mean(first, STEP_WORDS))
            return None
        allowed = ("if", "then", "else") if word == "if" else (word,)
        if self.mapping(node, f"a `{word}` step", allowed) is None:
            return None
        return self.step_of(word, fields[word], fields, self.pos(node))

    def step_of(self, word: str, arg: YNode, fields: dict[str, YNode], pos: Pos) -> Step | None:
        if word == "choice":
            options = [self.option(item) for item in self.sequence(arg, "`choice`") or ()]
            kept = tuple(o for o in options if o)
            return ChoiceStep(kept, pos) if kept else None
        if word in ("goto", "call"):
            target = self.ident(arg, f"`{word}`")
            if target is None:
                return None
            return GotoStep(target, pos) if word == "goto" else CallStep(target, pos)
        if word == "if":
            if "then" not in fields:
                self.error(MISSING_KEY, arg, "`if` needs `then`")
                return None
            otherwise = self.steps(fields["else"], "`else`") if "else" in fields else ()
            return IfStep(self.criteria(arg, "`if`"), self.steps(fields["then"], "`then`"), pos,
                          otherwise)
        if word == "set":
            return SetStep(self.assignments(arg, "`set`"), pos)
        if word == "clear":
            names = self.sequence(arg, "`clear`") if arg.kind == "seq" else [arg]
            facts = tuple(f for f in (self.ident(n, "a fact name") for n in names or ()) if f)
            return ClearStep(facts, pos)
        if word in ("give", "take"):
            item = self.ident(arg, f"`{word}`")
            return ItemStep(word == "give", item, pos) if item else None
        if word in ("face", "sound", "fade"):
            value = self.ident(arg, f"`{word}`")
            if value is None:
                return None
            if word == "face":
                return FaceStep(value, pos)
            return SoundStep(value, pos) if word == "sound" else FadeStep(value, pos)
        if word == "chapter":
            number = self.number(arg, "`chapter`", integer=True)
            return ChapterStep(int(number), pos) if number is not None else None
        if word == "end":
            return EndStep(pos)
        if word in ("walk", "turn", "act"):
            return self.stage_step(word, arg, pos)
        if word == "move":
            spec = self.mapping(arg, "`move`", ("map", "spawn"), ("map", "spawn"))
            if not spec:
                return None
            target, spawn = self.ident(spec.get("map"), "`map`"), self.ident(
                spec.get("spawn"), "`spawn`")
            return MoveStep(target, spawn, pos) if target and spawn else None
        assert word == "notebook"
        keys = ("id", "notebook", "title", "text")
        spec = self.mapping(arg, "`notebook`", keys, keys)
        # all four are needed (the mapping reported what is missing or unknown: four keys
        # may still lack one, `ext:` for `text:`)
        if not spec or any(name not in spec for name in keys):
            return None
        page_id = self.ident(spec["id"], "a page id")
        number = self.number(spec["notebook"], "`notebook`", integer=True)
        title, text = self.text(spec["title"], "`title`"), self.text(spec["text"], "`text`")
        if page_id is None or number is None or title is None or text is None:
            return None
        if not 1 <= number <= 3:
            self.error(BAD_VALUE, spec["notebook"], "`notebook` is 1, 2 or 3")
        return NotebookStep(page_id, int(number), title, text, pos)

    def stage_step(self, word: str, arg: YNode, pos: Pos) -> Step | None:
        """`walk`, `turn` and `act`: a person moves, turns or acts on the map."""
        keys, required = {"walk": (WALK_KEYS, ("to",)), "turn": (TURN_KEYS, ("to",)),
                          "act": (ACT_KEYS, ("does",))}[word]
        spec = self.mapping(arg, f"`{word}`", keys, required)
        if spec is None or any(name not in spec for name in required):
            return None
        who = self.ident(spec.get("who"), "`who`") if "who" in spec else None
        if word == "act":
            does = self.ident(spec["does"], "`does`")
            wait = self.flag(spec.get("wait"), "`wait`")
            return ActStep(who, does, pos, bool(wait)) if does else None
        to = self.ident(spec["to"], "`to`")
        if to is None:
            return None
        if word == "turn":
            return TurnStep(who, to, pos)
        wait = self.flag(spec.get("wait"), "`wait`")
        run = self.flag(spec.get("run"), "`run`")
        return WalkStep(who, to, pos, True if wait is None else wait, bool(run))

    def option(self, node: YNode) -> Option | None:
        fields = self.mapping(node, "a choice option", OPTION_KEYS, ("id", "text"))
        if fields is None:
            return None
        option_id = self.ident(fields.get("id"), "an option id")
        text = self.text(fields.get("text"), "`text`")
        goto = fields.get("goto")
        if option_id is None or text is None:
            return None
        return Option(
            option_id, text, self.pos(node), self.criteria(fields.get("when")),
            bool(self.flag(fields.get("show_disabled"), "`show_disabled`")),
            self.ident(goto, "`goto`"), self.pos(goto) if goto else None,
            self.steps(fields["do"], "`do`") if "do" in fields else ())


    # --- patches ------------------------------------------------------------------------

    def patches(self, node: YNode) -> None:
        for entry in self.sequence(node, "`patches`") or ():
            patch = self.patch(entry)
            if patch is not None:
                self.out.patches.append(patch)

    def patch(self, node: YNode) -> Patch | None:
        """`{reaction: ID, add_lines: [...]}` or `{scene: ID, node: NAME, add_choices | append
        | prepend: [...]}`; whether the target exists is known only after merging."""
        fields = self.mapping(node, "a patch", PATCH_KEYS)
        if fields is None:
            return None
        reaction, scene = fields.get("reaction"), fields.get("scene")
        if reaction is not None and scene is not None:
            self.error(BAD_VALUE, scene, "a patch names a `reaction` or a `scene`, not both",
                       "write two patches")
            return None
        if reaction is None and scene is None:
            self.error(MISSING_KEY, node, "a patch needs `reaction` or `scene`",
                       "the id of what it changes")
            return None
        if reaction is not None:
            return self.reaction_patch(node, fields, reaction)
        assert scene is not None
        return self.scene_patch(node, fields, scene)

    def reaction_patch(self, node: YNode, fields: dict[str, YNode], target: YNode
                       ) -> Patch | None:
        for key in ("node", *SCENE_PATCH_OPS):
            if key in fields:
                assert node.keys is not None
                self.error(UNKNOWN_KEY, node.keys[key], f"`{key}` patches a scene, not a "
                           "reaction", "a reaction patch has `add_lines`")
        rule_id = self.ident(target, "a reaction id")
        if "add_lines" not in fields:
            self.error(MISSING_KEY, node, "a reaction patch needs `add_lines`")
            return None
        lines = tuple(line for line in (
            self.line(item, speaker_required=False)
            for item in self.sequence(fields["add_lines"], "`add_lines`") or ()) if line)
        if rule_id is None or not lines:
            return None
        return Patch("reaction", rule_id, self.pos(node), self.pos(target), lines=lines)

    def scene_patch(self, node: YNode, fields: dict[str, YNode], target: YNode
                    ) -> Patch | None:
        if "add_lines" in fields:
            assert node.keys is not None
            self.error(UNKNOWN_KEY, node.keys["add_lines"], "`add_lines` patches a reaction",
                       "in a scene, `append` or `prepend` line steps")
        scene_id = self.ident(target, "a scene id")
        node_name = fields.get("node")
        if node_name is None:
            self.error(MISSING_KEY, node, "a scene patch needs `node`",
                       "the name of the node it changes")
            return None
        name = self.ident(node_name, "a node name")
        if not any(op in fields for op in SCENE_PATCH_OPS):
            self.error(MISSING_KEY, node, "a scene patch needs `add_choices`, `append` or "
                       "`prepend`")
            return None
        choices = tuple(option for option in (
            self.option(item) for item in self.sequence(fields["add_choices"],
                                                        "`add_choices`") or ()) if option
        ) if "add_choices" in fields else ()
        prepend = self.steps(fields["prepend"], "`prepend`") if "prepend" in fields else ()
        append = self.steps(fields["append"], "`append`") if "append" in fields else ()
        if scene_id is None or name is None or not (choices or prepend or append):
            return None
        return Patch("scene", scene_id, self.pos(node), self.pos(target), name,
                     self.pos(node_name), choices=choices, prepend=prepend, append=append)


def definitions_of(content: FileContent, layer: int) -> list[Definition]:
    """Where this file defines ids (for the duplicate-id lint)."""
    found: list[Definition] = []
    for kind, entries in (("fact", content.facts), ("memory", content.memory),
                          ("item", content.items), ("place", content.places),
                          ("role", content.roles),
                          ("person", content.people), ("reaction", content.reactions),
                          ("scene", content.scenes), ("string", content.strings)):
        for entry in entries:
            ident = entry.name if isinstance(entry, FactDecl) else entry.id
            found.append(Definition(kind, ident, entry.pos, layer))
    return found


def _or(value: float | int | None, fallback: float) -> float:
    return fallback if value is None else value


def _kind(node: YNode) -> str:
    if node.kind == "map":
        return "a mapping"
    if node.kind == "seq":
        return "a list"
    if node.value is None:
        return "nothing"
    return f"`{node.raw}`"


def criteria_from_text(text: str, file: str, line: int, column: int, report: Report,
                       code: str, what: str) -> tuple[Criterion, ...]:
    """Criteria written as one YAML flow mapping outside a dialogue file (an NPC's `when`
    property in a map: ``{chapter: {lt: 4}, waited_at_home: false}``), read like a
    dialogue `when:`. Each problem is reported as ``code``, "WHAT: problem", at
    ``line``:``column`` (where the text sits in its own file), the column moved on into
    the text on its first line."""
    from game.diagnostics import ContentError

    from .yamlpos import parse_yaml

    inner = Report()
    try:
        node = parse_yaml(text, file)
    except ContentError as error:
        inner.items.extend(error.diagnostics)
        node = None
    criteria = Builder(file, inner).criteria(node) if node is not None else ()
    if node is None and not inner.items:
        inner.error(code, file, 1, 1, "is empty")
    rows = text.split("\n")
    for problem in inner.items:
        row, col = problem.line, problem.column
        if row > len(rows):  # "the end of the text": after its last character
            row, col = len(rows), len(rows[-1]) + 1
        report.items.append(replace(
            problem, code=code, file=file, line=line + row - 1,
            column=column + col - 1 if row == 1 else col, message=f"{what}: {problem.message}"))
    return criteria
