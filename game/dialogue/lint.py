"""Checks dialogue content as a whole: one function per check, all feeding one Report.

The loader already reported file-level problems (YAML syntax, unknown keys, wrong
types); these checks look across files: facts, cast, scenes, ids, the role x face
matrix and translations. The lint command, the tests and the in-game error screen all
read the same diagnostics.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from game.diagnostics import Report, did_you_mean

from . import i18n
from .facts import check_value, resolve_fact
from .loader import load_content, walk_steps
from .model import (
    BEHAVIOURS,
    FACINGS,
    ActStep,
    Assignment,
    CallStep,
    ChapterStep,
    ChoiceStep,
    ClearStep,
    Content,
    Criterion,
    FaceStep,
    GotoStep,
    IfStep,
    ItemStep,
    LineStep,
    Pos,
    Reaction,
    Scene,
    SetStep,
    SoundStep,
    Step,
    TurnStep,
    WalkStep,
)

CODES: dict[str, str] = {
    "D001": "YAML syntax error",
    "D002": "file too large, nested too deep, or aliases expand too far",
    "D003": "file or folder can't be read, or is not UTF-8",
    "D010": "unknown key (or unknown step)",
    "D011": "missing required key",
    "D012": "wrong type of value",
    "D013": "a key written twice in one mapping",
    "D014": "bad value (a role and a person together, a space in an id, ...)",
    "D020": "undeclared fact",
    "D021": "value outside the fact's enum, range or type",
    "D022": "unknown item",
    "D023": "an item no scene gives (declared, never given nor tested, or tested only)",
    "D030": "unknown role",
    "D031": "unknown person",
    "D032": "unknown portrait",
    "D033": "unknown emote",
    "D034": "unknown speaker",
    "D035": "a fixed role id missing from the cast",
    "D036": "unknown sound",
    "D037": "unknown behaviour (`does`)",
    "D038": "a `walk`, `turn` or `act` step names nobody the game knows, or no way to face",
    "D040": "goto or call to a missing scene or node",
    "D041": "unreachable node",
    "D042": "a reaction starts a missing scene",
    "D043": "a scene a map needs is missing",
    "D044": "a scene's start node is missing",
    "D045": "a patch of a reaction, scene or node that does not exist",
    "D046": "`add_choices` patches a node that has no choice",
    "D047": "a patch appends steps after a `goto` that ends the node (they never run)",
    "D050": "duplicate id",
    "D051": "a rule that can never win",
    "D052": "a role x face cell with no greet reaction",
    "D053": "a role x face cell with a single line",
    "D054": "a rule, branch or option whose criteria no effect can make true",
    "D060": "missing translation",
    "D061": "stale translation (the English changed)",
    "D062": "translation of an id that does not exist",
    "D063": "translation fills in other {facts} than the English",
    "D064": "`[name]` in a text: values are filled in as `{name}`",
    "D070": "`remember_for` names an undeclared fact",
    "D071": "unknown concept",
    "D072": "a place points at an aim no text defines",
    "D073": "an aim the story sets that no place of the city map points at",
    "D090": "a saved conversation no longer fits the content",
    "D091": "a saved story state is damaged",
}

ROLE_IDS = ("child", "passerby", "colleague", "shopgirl", "toyseller", "manager", "daughter",
            "neighbour", "wife", "k", "friend", "waiter", "clerk", "usher")
CONCEPTS = ("greet", "notice")
EMOTES = ("cry", "look_away", "step_aside", "nod", "smile", "stare", "bow", "shrug",
          "surprise", "none")
HERO = "hero"
GAME_FACTS = ("place", "private_place", "time_of_day", "day")  # the game sets any value


@dataclass(slots=True)
class LintOptions:
    """What the checks compare against besides the content itself."""

    portraits: set[str] | None = None  # file stems in assets/portraits (None: not checked)
    emotes: set[str] | None = None  # file stems in assets/emotes (None: the documented list)
    sounds: set[str] | None = None  # file stems in assets/sounds (None: not checked)
    languages: tuple[str, ...] = ("pt_BR",)
    known_scenes_needed: set[str] | None = None  # scenes maps refer to
    role_ids: tuple[str, ...] = ROLE_IDS
    game_facts: tuple[str, ...] = GAME_FACTS
    notes: list[str] = field(default_factory=list)


Check = Callable[[Content, Report, LintOptions], None]


def lint_dirs(dirs: list[Path], options: LintOptions | None = None) -> Report:
    """Load the folders (later ones over earlier ones) and run every check."""
    content, diagnostics = load_content(dirs)
    report = Report()
    report.extend(diagnostics)
    lint_content(content, report, options or LintOptions())
    return report


def lint_content(content: Content, report: Report, options: LintOptions) -> Report:
    for check in CHECKS:
        check(content, report, options)
    return report


def asset_names(folder: Path) -> set[str] | None:
    """Stems of the files in an asset folder; None when it has none (check skipped)."""
    if not folder.is_dir():
        return None
    names = {path.stem for path in folder.iterdir() if path.is_file()}
    return names or None


# --- walking the content ----------------------------------------------------------------


def scene_steps(content: Content) -> Iterator[tuple[Scene, str, Step]]:
    for scene in content.scenes.values():
        for node in scene.nodes.values():
            for step in walk_steps(node.steps):
                yield scene, node.name, step


def all_criteria(content: Content) -> Iterator[tuple[Criterion, str]]:
    """(criterion, where it is used) for every criterion in reactions and scenes."""
    for reaction in content.reactions.values():
        for criterion in reaction.when:
            yield criterion, f"reaction `{reaction.id}`"
    for place in content.places.values():
        yield from ((c, f"place `{place.id}`") for c in place.known)
    for scene, _, step in scene_steps(content):
        if isinstance(step, IfStep):
            yield from ((c, f"scene `{scene.id}`") for c in step.when)
        elif isinstance(step, ChoiceStep):
            for option in step.options:
                yield from ((c, f"option `{option.id}`") for c in option.when)


def _at(report: Report, code: str, pos: Pos, message: str, hint: str = "", *,
        warning: bool = False) -> None:
    (report.warning if warning else report.error)(code, pos.file, pos.line, pos.column,
                                                 message, hint)


def _fact_names(content: Content) -> list[str]:
    return [*content.facts, *(f"self.{m}" for m in content.memory),
            *(f"item.{i}" for i in content.items)]


def _check_fact_name(content: Content, report: Report, name: str, pos: Pos) -> bool:
    """Report an undeclared fact, unknown item or unknown person; True if usable."""
    owner, dot, rest = name.partition(".")
    if dot and owner == "item":
        if rest not in content.items:
            _at(report, "D022", pos, f"unknown item `{rest}`", did_you_mean(rest, content.items))
            return False
        return True
    if resolve_fact(content, name) is None:
        _at(report, "D020", pos, f"undeclared fact `{name}`",
            did_you_mean(name, _fact_names(content)))
        return False
    if dot and owner != "self" and owner not in content.people:
        _at(report, "D031", pos, f"`{name}`: no person `{owner}` in the cast",
            did_you_mean(owner, content.people), warning=True)
    return True


def _check_value(content: Content, report: Report, name: str, value: Any, raw: Any,
                 pos: Pos) -> None:
    decl = resolve_fact(content, name)
    if decl is None:
        return
    try:
        check_value(decl, value, raw)
    except ValueError as exc:
        hint = did_you_mean(str(value), decl.values) if decl.values else ""
        _at(report, "D021", pos, str(exc).split("; did you mean")[0], hint)


# --- the checks -------------------------------------------------------------------------


def check_criteria(content: Content, report: Report, options: LintOptions) -> None:
    """Every `when`/`if` names a declared fact and tests it with a fitting value."""
    for criterion, _ in all_criteria(content):
        if not _check_fact_name(content, report, criterion.fact, criterion.pos):
            continue
        decl = resolve_fact(content, criterion.fact)
        assert decl is not None
        if criterion.op in ("gt", "gte", "lt", "lte"):
            if decl.type not in ("int", "float"):
                _at(report, "D021", criterion.pos, f"`{criterion.fact}` is {decl.type}; "
                    f"`{criterion.op}` compares numbers")
        elif criterion.op == "in":
            raws = criterion.raw or (None,) * len(criterion.value)
            for value, raw in zip(criterion.value, raws, strict=False):
                _check_value(content, report, criterion.fact, value, raw, criterion.pos)
        else:
            _check_value(content, report, criterion.fact, criterion.value, criterion.raw,
                         criterion.pos)


def check_assignments(content: Content, report: Report, options: LintOptions) -> None:
    """`remember`, `set`, `clear` and `face` change declared facts with fitting values."""
    for reaction in content.reactions.values():
        for assignment in reaction.remember:
            if _check_fact_name(content, report, assignment.fact, assignment.pos):
                _check_value(content, report, assignment.fact, assignment.value,
                             assignment.raw, assignment.pos)
        span = reaction.remember_for
        if isinstance(span, str) and span not in content.facts:
            _at(report, "D070", reaction.pos, f"`remember_for: {span}`: no fact `{span}`",
                did_you_mean(span, content.facts) or f"declare `{span}` in facts.yaml")
    for _, _, step in scene_steps(content):
        if isinstance(step, SetStep):
            for assignment in step.assignments:
                if _check_fact_name(content, report, assignment.fact, assignment.pos):
                    _check_value(content, report, assignment.fact, assignment.value,
                                 assignment.raw, assignment.pos)
        elif isinstance(step, ClearStep):
            for fact in step.facts:
                _check_fact_name(content, report, fact, step.pos)
        elif isinstance(step, FaceStep) and _check_fact_name(content, report, "face", step.pos):
            _check_value(content, report, "face", step.face, step.face, step.pos)


def check_text_fields(content: Content, report: Report, options: LintOptions) -> None:
    """Every `{fact}` filled into a story text is declared (in an interface string, an id
    under `ui.`, the game fills the names in); `[name]` is not a placeholder."""
    for source in content.texts.values():
        if not i18n.is_interface(source.id):
            for name in i18n.fields_in(source.text):
                _check_fact_name(content, report, name, source.pos)
        for mark in i18n.old_marks_in(source.text):
            _at(report, "D064", source.pos, f"`[{mark}]` in `{source.id}` is shown as written: "
                "a value is filled in as `{" + mark + "}`", warning=True)


def check_items(content: Content, report: Report, options: LintOptions) -> None:
    for _, _, step in scene_steps(content):
        if isinstance(step, ItemStep) and step.item not in content.items:
            _at(report, "D022", step.pos, f"unknown item `{step.item}`",
                did_you_mean(step.item, content.items))


def _assignments(content: Content) -> Iterator[Assignment]:
    """Every `remember` of a reaction and every `set` of a scene."""
    for reaction in content.reactions.values():
        yield from reaction.remember
    for _, _, step in scene_steps(content):
        if isinstance(step, SetStep):
            yield from step.assignments


def _value_key(content: Content, fact: str) -> str:
    """One key per fact whatever owns it: `self.cried` and `daughter.cried` are `.cried`."""
    owner, _, name = fact.partition(".")
    if name and owner != "item" and name in content.memory:
        return f".{name}"
    return fact


def check_unused_items(content: Content, report: Report, options: LintOptions) -> None:
    """A declared item that no `give:` (or `item.X: true`) ever hands him is a dead end."""
    given = {step.item for _, _, step in scene_steps(content)
             if isinstance(step, ItemStep) and step.give}
    given |= {a.fact.removeprefix("item.") for a in _assignments(content)
              if a.fact.startswith("item.") and a.value is True}
    tested = {c.fact.removeprefix("item.") for c, _ in all_criteria(content)
              if c.fact.startswith("item.")}
    for item_id, item in content.items.items():
        if item_id in given:
            continue
        use = "tested but never given" if item_id in tested else "never given nor tested"
        _at(report, "D023", item.pos, f"item `{item_id}` is {use}",
            f"give it with a `give: {item_id}` step, or remove it", warning=True)


def _settable_values(content: Content, options: LintOptions) -> dict[str, set[Any] | None]:
    """The values each fact can ever hold: its default and what effects set (None: any,
    for the facts the game itself sets)."""
    values: dict[str, set[Any] | None] = {}
    for name, decl in content.facts.items():
        values[name] = None if name in options.game_facts else {decl.default}
    for name, decl in content.memory.items():
        values[f".{name}"] = {decl.default}
    for item_id in content.items:
        values[f"item.{item_id}"] = {False}

    def add(fact: str, value: Any) -> None:
        known = values.get(_value_key(content, fact))
        if known is not None:
            known.add(value)

    for assignment in _assignments(content):
        add(assignment.fact, assignment.value)
    for _, _, step in scene_steps(content):
        if isinstance(step, ItemStep):
            add(f"item.{step.item}", step.give)
        elif isinstance(step, FaceStep):
            add("face", step.face)
        elif isinstance(step, ChapterStep):
            add("chapter", step.chapter)
    return values


def _can_pass(criterion: Criterion, value: Any) -> bool:
    wanted = criterion.value
    try:
        match criterion.op:
            case "eq":
                return value == wanted
            case "not":
                return value != wanted
            case "in":
                return value in wanted
            case "gt":
                return value > wanted
            case "gte":
                return value >= wanted
            case "lt":
                return value < wanted
            case "lte":
                return value <= wanted
    except TypeError:  # a wrongly typed test is D021's business
        return True
    return True


def _well_typed(content: Content, criterion: Criterion) -> bool:
    """Whether the tested value fits the fact (if not, D021 has said so already)."""
    decl = resolve_fact(content, criterion.fact)
    if decl is None or criterion.op in ("gt", "gte", "lt", "lte"):
        return decl is not None
    wanted = criterion.value if criterion.op == "in" else (criterion.value,)
    raws = criterion.raw if criterion.op == "in" else (criterion.raw,)
    try:
        for value, raw in zip(wanted, raws or (None,) * len(wanted), strict=False):
            check_value(decl, value, raw)
    except ValueError:
        return False
    return True


def _never_true(content: Content, values: dict[str, set[Any] | None],
                when: tuple[Criterion, ...]) -> Criterion | None:
    """The first criterion no settable value of its fact passes, if any."""
    for criterion in when:
        possible = values.get(_value_key(content, criterion.fact))
        if possible is None or not _well_typed(content, criterion):
            continue
        if not any(_can_pass(criterion, v) for v in possible):
            return criterion
    return None


def check_unreachable_lines(content: Content, report: Report, options: LintOptions) -> None:
    """A reaction, an `if` branch or an option whose `when` tests a fact for a value that
    neither its default nor any effect (`set`, `remember`, `give`, `face`, `chapter`)
    ever gives it: its lines can never be said."""
    values = _settable_values(content, options)

    def warn(what: str, criterion: Criterion) -> None:
        shown = sorted(map(repr, values[_value_key(content, criterion.fact)] or ()))
        _at(report, "D054", criterion.pos, f"{what}: no effect makes `{criterion.fact}` "
            f"pass this test (it can only be {', '.join(shown)})",
            "set the fact somewhere, or cut what depends on it", warning=True)

    for reaction in content.reactions.values():
        if (criterion := _never_true(content, values, reaction.when)) is not None:
            warn(f"reaction `{reaction.id}` can never be said", criterion)
    for scene, _, step in scene_steps(content):
        if isinstance(step, IfStep):
            if (criterion := _never_true(content, values, step.when)) is not None:
                warn(f"an `if` in scene `{scene.id}` can never take its `then`", criterion)
        elif isinstance(step, ChoiceStep):
            for option in step.options:  # one shown greyed is still read: not dead
                if option.show_disabled:
                    continue
                if (criterion := _never_true(content, values, option.when)) is not None:
                    warn(f"option `{option.id}` can never be chosen", criterion)


def check_cast(content: Content, report: Report, options: LintOptions) -> None:
    """Roles and people named by reactions and the cast exist; the fixed roles are there."""
    for person in content.people.values():
        if person.role not in content.roles:
            _at(report, "D030", person.pos, f"person `{person.id}`: unknown role "
                f"`{person.role}`", did_you_mean(person.role, content.roles))
    for reaction in content.reactions.values():
        if reaction.role and reaction.role not in content.roles:
            _at(report, "D030", reaction.pos, f"reaction `{reaction.id}`: unknown role "
                f"`{reaction.role}`", did_you_mean(reaction.role, content.roles))
        if reaction.person and reaction.person not in content.people:
            _at(report, "D031", reaction.pos, f"reaction `{reaction.id}`: unknown person "
                f"`{reaction.person}`", did_you_mean(reaction.person, content.people))
    if content.roles:
        first = next(iter(content.roles.values())).pos
        for role in options.role_ids:
            if role not in content.roles:
                _at(report, "D035", first, f"the cast has no role `{role}`",
                    "role ids are fixed: mods and maps depend on them")


def _speakers(content: Content) -> Iterator[tuple[str, Pos, str | None, str | None]]:
    """(speaker, position, emote, portrait) of every line with an explicit speaker."""
    for reaction in content.reactions.values():
        for line in reaction.lines:
            yield line.speaker or "", line.pos, line.emote, line.portrait
    for _, _, step in scene_steps(content):
        if isinstance(step, LineStep):
            line = step.line
            yield line.speaker or "", line.pos, line.emote, line.portrait


def check_speakers(content: Content, report: Report, options: LintOptions) -> None:
    known = {HERO, *content.people, *content.roles}
    for speaker, pos, _, _ in _speakers(content):
        if speaker and speaker not in known:
            _at(report, "D034", pos, f"unknown speaker `{speaker}`",
                did_you_mean(speaker, known) or "a person id, a role id or `hero`")


def check_portraits(content: Content, report: Report, options: LintOptions) -> None:
    names = options.portraits
    if names is None:
        return
    wanted: list[tuple[str, Pos]] = [(r.portrait, r.pos) for r in content.roles.values()]
    wanted += [(p.portrait, p.pos) for p in content.people.values() if p.portrait]
    wanted += [(portrait, pos) for _, pos, _, portrait in _speakers(content) if portrait]
    if "face" in content.facts:
        faces = content.facts["face"].values
        pos = content.facts["face"].pos
        wanted += [(f"{HERO}_{face}", pos) for face in faces]
    for portrait, pos in wanted:
        if portrait not in names:
            _at(report, "D032", pos, f"no portrait `{portrait}` in assets/portraits",
                did_you_mean(portrait, names))


def check_emotes(content: Content, report: Report, options: LintOptions) -> None:
    names = options.emotes or set(EMOTES)
    for _, pos, emote, _ in _speakers(content):
        if emote and emote != "none" and emote not in names:
            _at(report, "D033", pos, f"unknown emote `{emote}`", did_you_mean(emote, names))


def check_behaviours(content: Content, report: Report, options: LintOptions) -> None:
    """Every `does` names a behaviour the world can act out."""
    wanted: list[tuple[str, Pos]] = []
    for reaction in content.reactions.values():
        if reaction.does:
            wanted.append((reaction.does, reaction.pos))
        wanted += [(line.does, line.pos) for line in reaction.lines if line.does]
    for _, _, step in scene_steps(content):
        if isinstance(step, LineStep) and step.line.does:
            wanted.append((step.line.does, step.line.pos))
        elif isinstance(step, ActStep):
            wanted.append((step.does, step.pos))
    for does, pos in wanted:
        if does not in BEHAVIOURS:
            _at(report, "D037", pos, f"unknown behaviour `{does}`",
                did_you_mean(does, BEHAVIOURS) or "see `does:` in docs/dialogue.md")


def check_stage_steps(content: Content, report: Report, options: LintOptions) -> None:
    """`walk`, `turn` and `act` name the hero, a person or a role; `turn` a way to face."""
    known = {HERO, *content.people, *content.roles}
    for _, _, step in scene_steps(content):
        if not isinstance(step, (WalkStep, TurnStep, ActStep)):
            continue
        if step.who is not None and step.who not in known:
            _at(report, "D038", step.pos, f"`who: {step.who}`: nobody by that name",
                did_you_mean(step.who, known) or "a person id, a role id or `hero`")
        if isinstance(step, TurnStep) and step.to not in (*FACINGS, *known):
            _at(report, "D038", step.pos, f"`turn` to `{step.to}`: not a way to face",
                did_you_mean(step.to, (*FACINGS, *known)) or
                "down, up, left, right, `hero` or a person id")


def check_sounds(content: Content, report: Report, options: LintOptions) -> None:
    if options.sounds is None:
        return
    for _, _, step in scene_steps(content):
        if isinstance(step, SoundStep) and step.name not in options.sounds:
            _at(report, "D036", step.pos, f"no sound `{step.name}` in assets/sounds",
                did_you_mean(step.name, options.sounds))


def _targets(scene: Scene) -> Iterator[tuple[str, str, Pos]]:
    """(kind, target, position) of every goto/call in a scene, options included."""
    for node in scene.nodes.values():
        for step in walk_steps(node.steps):
            if isinstance(step, GotoStep):
                yield "goto", step.target, step.pos
            elif isinstance(step, CallStep):
                yield "call", step.target, step.pos
            elif isinstance(step, ChoiceStep):
                for option in step.options:
                    if option.goto:
                        yield "goto", option.goto, option.goto_pos or option.pos


def _resolve(content: Content, scene: Scene, kind: str, target: str) -> tuple[str, str]:
    scene_id, dot, node = target.partition(".")
    if not dot:
        if kind == "call":
            found = content.scenes.get(target)
            return target, found.start if found else ""
        return scene.id, target
    return scene_id, node


def check_scene_targets(content: Content, report: Report, options: LintOptions) -> None:
    for scene in content.scenes.values():
        if scene.start not in scene.nodes:
            _at(report, "D044", scene.start_pos or scene.pos, f"scene `{scene.id}` starts at "
                f"missing node `{scene.start}`", did_you_mean(scene.start, scene.nodes))
        for kind, target, pos in _targets(scene):
            if target == "end":
                continue
            scene_id, node = _resolve(content, scene, kind, target)
            other = content.scenes.get(scene_id)
            if other is None:
                _at(report, "D040", pos, f"{kind} `{target}`: no scene `{scene_id}`",
                    did_you_mean(scene_id, content.scenes))
            elif node not in other.nodes:
                _at(report, "D040", pos, f"{kind} `{target}`: no node `{node}` in scene "
                    f"`{scene_id}`", did_you_mean(node, other.nodes))


def check_unreachable_nodes(content: Content, report: Report, options: LintOptions) -> None:
    entries: set[tuple[str, str]] = set()
    edges: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for scene in content.scenes.values():
        entries.add((scene.id, scene.start))
        for name, node in scene.nodes.items():
            found = edges.setdefault((scene.id, name), set())
            for kind, target, _ in _targets(Scene(scene.id, scene.start, {name: node},
                                                  scene.pos)):
                if target != "end":
                    found.add(_resolve(content, scene, kind, target))
    reached: set[tuple[str, str]] = set()
    todo = list(entries)
    while todo:
        here = todo.pop()
        if here in reached:
            continue
        reached.add(here)
        todo.extend(edges.get(here, ()))
    for scene in content.scenes.values():
        for name, node in scene.nodes.items():
            if (scene.id, name) not in reached:
                _at(report, "D041", node.pos, f"node `{name}` of scene `{scene.id}` is never "
                    "reached", "no goto or call leads here", warning=True)


def check_reaction_starts(content: Content, report: Report, options: LintOptions) -> None:
    for reaction in content.reactions.values():
        if reaction.start and reaction.start not in content.scenes:
            _at(report, "D042", reaction.start_pos or reaction.pos,
                f"reaction `{reaction.id}` starts missing scene `{reaction.start}`",
                did_you_mean(reaction.start, content.scenes))


def check_needed_scenes(content: Content, report: Report, options: LintOptions) -> None:
    for scene_id in sorted(options.known_scenes_needed or ()):
        if scene_id not in content.scenes:
            report.error("D043", "<maps>", 0, 0, f"a map uses scene `{scene_id}`, which no "
                         "dialogue file defines", did_you_mean(scene_id, content.scenes))


def check_duplicate_ids(content: Content, report: Report, options: LintOptions) -> None:
    """Ids defined twice in one folder (a later folder overriding an id is a mod's right).

    Text ids (lines, options, pages, strings) must be unique across everything.
    """
    sites: dict[tuple[str, str, int], list[Pos]] = {}
    for definition in content.definitions:
        layer = -1 if definition.kind == "text" else definition.layer
        sites.setdefault((definition.kind, definition.id, layer), []).append(definition.pos)
    for (kind, ident, _), places in sites.items():
        for pos in places[1:]:
            _at(report, "D050", pos, f"duplicate {kind} id `{ident}`",
                f"first defined at {places[0]}")


def _signature(reaction: Reaction) -> tuple[Any, ...]:
    criteria = sorted((c.fact, c.op, repr(c.value)) for c in reaction.when)
    return (reaction.concept, reaction.role, reaction.person, tuple(criteria))


def check_shadowed_rules(content: Content, report: Report, options: LintOptions) -> None:
    """A rule with the same criteria as one of more weight that is always available."""
    groups: dict[tuple[Any, ...], list[Reaction]] = {}
    for reaction in content.reactions.values():
        groups.setdefault(_signature(reaction), []).append(reaction)
    for rules in groups.values():  # one pass a group: thousands of alike rules stay linear
        always = [r for r in rules if not r.once and not r.cooldown]
        if not always:
            continue
        heaviest = max(r.weight for r in always)
        first = next(r for r in always if r.weight == heaviest)
        for reaction in rules:
            if heaviest > reaction.weight:
                _at(report, "D051", reaction.pos, f"reaction `{reaction.id}` can never win",
                    f"`{first.id}` has the same criteria and more weight", warning=True)


def _accepts_face(reaction: Reaction, face: str) -> bool:
    for criterion in reaction.when:
        if criterion.fact != "face":
            continue
        if criterion.op == "eq" and criterion.value != face and criterion.raw != face:
            return False
        if criterion.op == "not" and (criterion.value == face or criterion.raw == face):
            return False
        if criterion.op == "in" and face not in criterion.value:
            return False
    return True


def check_matrix(content: Content, report: Report, options: LintOptions) -> None:
    """Each role x face cell has greet reactions, with more than one line between them."""
    if not content.roles:
        return
    faces = content.facts["face"].values if "face" in content.facts else ()
    roles_of_people = {p.id: p.role for p in content.people.values()}
    counted: dict[tuple[str, str], int] = {}  # (role, face) -> greet lines, in one pass
    for reaction in content.reactions.values():
        owner = reaction.role or roles_of_people.get(reaction.person or "")
        if reaction.concept != "greet" or owner is None:
            continue
        for face in faces:
            if _accepts_face(reaction, face):
                counted[(owner, face)] = counted.get((owner, face), 0) + len(reaction.lines)
    for role in content.roles.values():
        for face in faces:
            lines = counted.get((role.id, face), 0)
            if lines == 0:
                _at(report, "D052", role.pos, f"role `{role.id}` has no greet reaction for "
                    f"face `{face}`", "every role x face cell needs reactions")
            elif lines == 1:
                _at(report, "D053", role.pos, f"role `{role.id}` with face `{face}` has one "
                    "greet line", "write several, so repeated visits vary", warning=True)


def check_concepts(content: Content, report: Report, options: LintOptions) -> None:
    for reaction in content.reactions.values():
        if reaction.concept not in CONCEPTS:
            _at(report, "D071", reaction.pos, f"unknown concept `{reaction.concept}`",
                did_you_mean(reaction.concept, CONCEPTS) or "the game fires greet and notice",
                warning=True)


def check_translations(content: Content, report: Report, options: LintOptions) -> None:
    for language in options.languages:
        status = i18n.translation_status(content, language)
        for source in status.missing:
            _at(report, "D060", source.pos, f"no {language} translation of `{source.id}`",
                warning=True)
        for translation, source in status.stale:
            _at(report, "D061", translation.pos, f"{language} translation of `{source.id}` is "
                "stale", f"the English is now {source.text!r}", warning=True)
        for translation in status.orphans:
            _at(report, "D062", translation.pos, f"{language} translation of unknown id "
                f"`{translation.id}`", did_you_mean(translation.id, content.texts),
                warning=True)
        for text_id, translation in content.translations.get(language, {}).items():
            english = content.texts.get(text_id)
            if english and sorted(i18n.fields_in(english.text)) != sorted(
                    i18n.fields_in(translation.text)):
                _at(report, "D063", translation.pos, f"{language} translation of `{text_id}` "
                    "fills in other {facts} than the English", warning=True)


def _aims_set(content: Content) -> Iterator[tuple[str, Pos]]:
    """Every aim the story can show: the values scenes `set` the fact `aim` to, and each
    chapter's own `aim.chapterN` (shown while `aim` is empty)."""
    chapters = {1}
    for _, _, step in scene_steps(content):
        if isinstance(step, SetStep):
            for assignment in step.assignments:
                if assignment.fact == "aim" and isinstance(assignment.value, str) \
                        and assignment.value:
                    yield assignment.value, assignment.pos
        elif isinstance(step, ChapterStep):
            chapters.add(step.chapter)
    for chapter in sorted(chapters):
        text_id = f"aim.chapter{chapter}"
        source = content.texts.get(text_id)
        if source is not None:
            yield text_id, source.pos


def check_place_aims(content: Content, report: Report, options: LintOptions) -> None:
    """A place's aims are texts; once there are places, every aim points at one, so the
    city map can mark where the notebook's "Now:" sends him."""
    for place in content.places.values():
        for aim, pos in place.aims:
            if aim not in content.texts:
                _at(report, "D072", pos, f"place `{place.id}` points at aim `{aim}`, which no "
                    "text defines", did_you_mean(aim, [t for t in content.texts
                                                       if t.startswith("aim.")]))
    if not content.places or "aim" not in content.facts:
        return
    pointed = {aim for place in content.places.values() for aim, _ in place.aims}
    reported: set[str] = set()
    for aim, pos in _aims_set(content):
        if aim not in pointed and aim not in reported:
            reported.add(aim)
            _at(report, "D073", pos, f"no place of the city map points at aim `{aim}`",
                "list it under `aims:` of a place in places.yaml",
                warning=True)


CHECKS: tuple[Check, ...] = (
    check_criteria, check_assignments, check_text_fields, check_items, check_unused_items,
    check_cast, check_speakers, check_portraits, check_emotes, check_behaviours,
    check_stage_steps, check_sounds, check_scene_targets,
    check_unreachable_nodes, check_reaction_starts, check_needed_scenes, check_duplicate_ids,
    check_shadowed_rules, check_unreachable_lines, check_matrix, check_concepts,
    check_translations, check_place_aims,
)

