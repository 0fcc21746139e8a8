"""Chooses the reaction a person says: a pure query, then a separate commit.

Rules are bucketed at build time by (concept, person), (concept, role) and (concept,
anyone); each bucket is a small decision tree over facts (index.py) whose leaves hold
rules best first by (score, weight). A query walks two trees, the speaker's own and their
role's (which holds the anyone rules too), reaching a leaf by reading a few facts, and
stops at the first rule ranked below the best passing one, so it evaluates a handful of
criteria whatever the rule count. Facts are read from dicts the state keeps current
(StoryState.facts_view), each rule's remaining checks run as one compiled function.

Most people have nothing remembered about them; for them the two leaves are known from
the global facts alone, so they are merged at build time, per reading of those facts
(``Situation.code``): such a query reads a few facts, one table slot, and scans one
short list. What a query touches is kept small on purpose: with thousands of rules the
index is bigger than the CPU's caches, and a fetch from memory costs more than the
Python around it.
"""

from __future__ import annotations

import functools
import operator
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, NamedTuple

from game.diagnostics import Diagnostic, Report

from .facts import StoryState, check_value, resolve_fact
from .index import (
    Bucket,
    Check,
    CompiledRule,
    FastEntry,
    Situation,
    Test,
    build_bucket,
    cut,
    domains,
    open_ints,
)
from .model import Content, Criterion, Line, Reaction

_TESTS: dict[str, Callable[[Any, Any], bool]] = {
    "eq": operator.eq, "not": operator.ne, "gt": operator.gt, "gte": operator.ge,
    "lt": operator.lt, "lte": operator.le, "in": lambda actual, wanted: actual in wanted,
}
# each test as the Python operator a compiled Test writes (same dunder dispatch)
_OPERATORS = {test: op for test, op in zip(
    _TESTS.values(), ("==", "!=", ">", ">=", "<", "<=", "in"), strict=True)}
_NEVER = (-1.0, -1)
ANYONE = "*"
_ODD_SPEAKERS = frozenset({"item", "self"})  # `item.X` / `self.X` don't read as memory


class RuleError(ValueError):
    """A criterion or effect of a rule that can't run; the rule is left out."""

    def __init__(self, message: str, criterion_pos: Any) -> None:
        super().__init__(message)
        self.pos = criterion_pos


def compile_criterion(content: Content, criterion: Criterion) -> Check:
    """A criterion as a fast check; RuleError if its fact is undeclared or a value wrong."""
    decl = resolve_fact(content, criterion.fact)
    if decl is None:
        raise RuleError(f"undeclared fact `{criterion.fact}`", criterion.pos)
    is_self = criterion.fact.startswith("self.")
    name = criterion.fact[5:] if is_self else criterion.fact
    try:
        if criterion.op == "in":
            raws = criterion.raw or (None,) * len(criterion.value)
            wanted: Any = frozenset(
                check_value(decl, v, r) for v, r in zip(criterion.value, raws, strict=False))
        elif criterion.op in ("gt", "gte", "lt", "lte"):
            if decl.type not in ("int", "float"):
                raise ValueError(f"`{criterion.fact}` is {decl.type}; `{criterion.op}` "
                                 "compares numbers")
            wanted = criterion.value
        else:
            wanted = check_value(decl, criterion.value, criterion.raw)
    except ValueError as exc:
        raise RuleError(str(exc), criterion.pos) from None
    return (name, is_self, _TESTS[criterion.op], wanted)


class Tests:
    """Compiles the checks a rule still has to run at a tree node into one function,
    ``test(facts, memory, state.get)``: a chain of comparisons with the fact names,
    memory defaults and wanted values written in as constants, instead of a loop over
    check tuples with a call and an f-string per check. Equal check tuples share one
    function, and all are compiled as one module (compiling is what loading spends here;
    hundreds of distinct tuples for 10,000 rules)."""

    def __init__(self, content: Content, every: Iterable[tuple[Check, ...]]) -> None:
        distinct: dict[tuple[Check, ...], str] = {}  # equal tuples may hold 1, 1.0 or True
        for checks in every:                         # alike: no comparison tells them apart
            if checks and checks not in distinct:
                distinct[checks] = f"t{len(distinct)}"
        names: dict[str, Any] = {}  # values that can't be written as literals
        source = []
        for checks, function in distinct.items():
            chain = " and ".join(_check_source(content, check, f"{function}_{index}", names)
                                 for index, check in enumerate(checks))
            source.append(f"def {function}(facts, memory, get):\n    return {chain}\n")
        exec(compile("".join(source), "<dialogue checks>", "exec"), names)  # noqa: S102
        self.made = {checks: names[function] for checks, function in distinct.items()}
        self.seen: dict[int, Test] = {}

    def __call__(self, checks: tuple[Check, ...]) -> Test | None:
        if not checks:
            return None
        # one tuple object is shared by many tree nodes: by identity first (it lives as
        # long as the tree), then by value
        made = self.seen.get(id(checks))
        if made is None:
            made = self.seen[id(checks)] = self.made[checks]
        return made


def _check_source(content: Content, check: Check, label: str, names: dict[str, Any]) -> str:
    """One check as Python: ``facts`` and ``memory`` (the speaker's) come from
    StoryState.facts_view(), or are _Reader/_Memory over state.get; both answer
    ``[NAME]`` / ``.get(NAME, default)`` as state.get(NAME) / state.get("PERSON.NAME")."""
    name, is_self, test, wanted = check
    if is_self or ("." in name and not name.startswith("item.")):
        default = _constant(content.memory[name if is_self else name.partition(".")[2]]
                            .default, f"{label}_default", names)
        read = f"{'memory' if is_self else 'facts'}.get({name!r}, {default})"
    elif "." in name:
        read = f"get({name!r})"  # item.ID: the state's item set, which only get() knows
    else:
        read = f"facts[{name!r}]"
    return f"{read} {_OPERATORS[test]} {_constant(wanted, label, names)}"


def _constant(value: Any, label: str, names: dict[str, Any]) -> str:
    """``value`` as a literal the compiler keeps as a constant (a set of them in an `in`
    test becomes a frozenset constant), or a global name bound to it."""
    if value is None or type(value) in (bool, int, str):
        return repr(value)
    if type(value) is frozenset and value and all(
            type(item) in (bool, int, str) for item in value):
        return "{" + ", ".join(sorted(map(repr, value))) + "}"
    names[label] = value
    return label


class _Reader:
    """The facts read through ``state.get``, for when ``facts_view`` can't be used."""

    __slots__ = ("read",)

    def __init__(self, state: StoryState) -> None:
        self.read = state.get

    def __getitem__(self, name: str) -> Any:
        return self.read(name)

    def get(self, name: str, default: Any = None) -> Any:
        return self.read(name)  # state.get knows the default itself


class _Memory:
    """One person's memory read through ``state.get``, as ``memory.get(NAME, default)``."""

    __slots__ = ("read", "prefix")

    def __init__(self, state: StoryState, person_id: str) -> None:
        self.read = state.get
        self.prefix = f"{person_id}."

    def get(self, name: str, default: Any = None) -> Any:
        return self.read(self.prefix + name)


_BY_ID = operator.attrgetter("id")
_NO_MEMORY: dict[str, Any] = {}  # the memory of someone nothing was set for (never written)


def holds(checks: tuple[Check, ...], state: StoryState, person_id: str) -> bool:
    get = state.get
    for name, is_self, test, wanted in checks:
        if not test(get(f"{person_id}.{name}" if is_self else name), wanted):
            return False
    return True


class Selection(NamedTuple):
    """A chosen reaction and line, not yet said. ``commit`` makes it said."""

    reaction: Reaction
    line: Line
    person_id: str
    role: str | None
    concept: str


# the query makes one per call: a C-level tuple.__new__, a third of a class's __init__
_selection = functools.partial(tuple.__new__, Selection)

Slots = tuple[Bucket, ...]  # by Situation code: where a tree's top global splits lead
# by Situation code: for someone nothing was set for, the entries of the leaves a query
# would reach, merged best first; None where reaching one takes reading more facts
Merged = tuple[tuple[FastEntry, ...] | None, ...]


@dataclass(slots=True)
class Tree:
    root: Bucket
    slots: Slots


@dataclass(slots=True)
class Plan:
    """What a query of one concept reads."""

    situation: Situation
    people: dict[str, Tree]
    roles: dict[str, Tree]
    anyone: Tree | None
    # by the speaker's role (a role with no tree of its own: ``blank_anyone``), the
    # merged tables of the people of that role who have rules of their own, and the
    # table for those who have none
    blank: dict[str | None, tuple[dict[str, Merged], Merged]]
    blank_anyone: tuple[dict[str, Merged], Merged]


class Matcher:
    """The compiled, bucketed reaction rules of one Content."""

    def __init__(self, content: Content) -> None:
        self.content = content
        report = Report()
        groups: dict[tuple[str, str, str], list[CompiledRule]] = {}
        self.rules: dict[str, CompiledRule] = {}
        ranks = {rank: index for index, rank in enumerate(sorted(
            {(reaction.score, reaction.weight) for reaction in content.reactions.values()}))}
        for reaction in content.reactions.values():
            try:
                rule = self.compile(reaction, ranks[(reaction.score, reaction.weight)])
            except RuleError as exc:
                report.error("D020", exc.pos.file, exc.pos.line, exc.pos.column,
                             f"reaction `{reaction.id}` left out: {exc}")
                continue
            self.rules[reaction.id] = rule
            groups.setdefault(bucket_key(reaction), []).append(rule)
        self.problems: list[Diagnostic] = report.items
        self._groups = groups
        self._domains = domains(content)
        self._clamped = open_ints(content).keys()
        # The trees by concept: (person -> tree, role -> tree, the anyone tree). A role's
        # tree holds the anyone rules too (one walk instead of two: which bucket a rule
        # came from never matters to the choice, only its rank and id). Each node keeps
        # only ``fast``, its entries with the checks compiled (Tests): the query touches
        # less memory, and the caches hold more of a big index.
        trees: dict[str, tuple[dict[str, Bucket], dict[str, Bucket], Bucket | None]] = {}
        for (concept, kind, who), rules in groups.items():
            people, roles, anyone = trees.get(concept) or ({}, {}, None)
            if kind == "person":
                people[who] = self._tree(rules)
            elif kind == ANYONE:
                anyone = self._tree(rules)
            else:
                roles[who] = self._tree(rules + groups.get((concept, ANYONE, ""), []))
            trees[concept] = (people, roles, anyone)
        nodes = {id(node): node for people, roles, anyone in trees.values()
                 for tree in [*people.values(), *roles.values(), *([anyone] if anyone else [])]
                 for node in tree.nodes()}.values()
        runs = [cut(list(node.entries)) for node in nodes]
        tests = Tests(content, (checks for run in runs for _, _, _, checks in run))
        # equal entries and equal runs of them, made once: a rule goes down many branches
        entries: dict[tuple[int, int], FastEntry] = {}
        made: dict[tuple[int, ...], tuple[FastEntry, ...]] = {}
        for node, run in zip(nodes, runs, strict=True):
            fast = []
            for rank, limited, rule, checks in run:
                test = tests(checks)
                fast.append(entries.setdefault((id(rule), id(test)), (rank, limited, rule, test)))
            node.fast = made.setdefault(tuple(map(id, fast)), tuple(fast))
            node.entries = ()
        self.plans = {concept: self._plan(*parts) for concept, parts in trees.items()}
        self.speakers = frozenset(filter(_plain_speaker, content.people))
        self._buckets: dict[tuple[str, str, str], Bucket] | None = None

    def _plan(self, people: dict[str, Bucket], roles: dict[str, Bucket],
              anyone: Bucket | None) -> Plan:
        roots = [*people.values(), *roles.values(), *([anyone] if anyone else [])]
        situation = Situation(roots, self._domains, self._clamped)
        trees = {id(root): Tree(root, situation.slots(root)) for root in roots}
        nothing: Merged = ((),) * situation.size
        # each tree's nodes per code for someone nothing was set for; merged runs by the
        # runs they merge (a role's column is merged with each of its people's)
        blanks = {key: [node.blank for node in tree.slots] for key, tree in trees.items()}
        merges: dict[tuple[int, ...], tuple[FastEntry, ...]] = {}

        def merged(*parts: Tree | None) -> Merged:
            """Per code, the leaves of these trees for someone nothing was set for, merged
            best first (rank, then id: equal ranks stay in the order ties are drawn in)."""
            table = []
            columns = [blanks[id(tree.root)] for tree in parts if tree is not None]
            for leaves in zip(*columns, strict=True):
                if any(leaf.fact is not None for leaf in leaves):
                    table.append(None)
                    continue
                key = tuple(id(leaf.fast) for leaf in leaves)
                if key not in merges:
                    merges[key] = tuple(cut(sorted(  # type: ignore[arg-type]
                        [entry for leaf in leaves for entry in leaf.fast], key=_merge_order)))
                table.append(merges[key])
            return tuple(table)

        any_tree = trees[id(anyone)] if anyone else None
        groups: dict[str | None, tuple[dict[str, Merged], Merged]] = {
            role: ({}, merged(trees[id(root)])) for role, root in roles.items()}
        blank_anyone: tuple[dict[str, Merged], Merged] = (
            {}, merged(any_tree) if any_tree else nothing)
        for person_id, root in people.items():
            person = self.content.people.get(person_id)
            if person is None:  # rules for someone not in the cast: walked
                continue
            group = groups.get(person.role, blank_anyone)
            role_tree = trees[id(roles[person.role])] if person.role in roles else any_tree
            group[0][person_id] = merged(trees[id(root)], role_tree)
        return Plan(situation, {p: trees[id(root)] for p, root in people.items()},
                    {r: trees[id(root)] for r, root in roles.items()}, any_tree,
                    groups, blank_anyone)

    def _tree(self, rules: list[CompiledRule]) -> Bucket:
        """A tree for the query, its memory defaults filled in (its checks are compiled
        once all trees are built)."""
        tree = build_bucket(rules, self._domains, self._clamped)
        nodes = tree.nodes()
        for node in nodes:
            if node.own:
                node.default = self.content.memory[node.fact].default
        for node in nodes:
            below = node  # (a default beyond an open int's values stops it: walk from there)
            while below.own and below.default in below.children:
                below = below.children[below.default]
            node.blank = below
        return tree

    @property
    def buckets(self) -> dict[tuple[str, str, str], Bucket]:
        """Each bucket's own tree with its entries, by (concept, "person"/"role"/ANYONE,
        who), for `why` and tests; built on first use (the query walks ``trees``)."""
        if self._buckets is None:
            self._buckets = {key: build_bucket(rules, self._domains, self._clamped)
                             for key, rules in self._groups.items()}
        return self._buckets

    def compile(self, reaction: Reaction, rank: int) -> CompiledRule:
        checks = tuple(compile_criterion(self.content, c) for c in reaction.when)
        for assignment in reaction.remember:
            decl = resolve_fact(self.content, assignment.fact)
            if decl is None:
                raise RuleError(f"remembers undeclared fact `{assignment.fact}`",
                                assignment.pos)
            try:
                check_value(decl, assignment.value, assignment.raw)
            except ValueError as exc:
                raise RuleError(str(exc), assignment.pos) from None
        span = reaction.remember_for
        if isinstance(span, str) and span not in self.content.facts:
            raise RuleError(f"`remember_for: {span}` names an undeclared fact", reaction.pos)
        return CompiledRule(reaction, checks, rank,
                            bool(reaction.once or reaction.cooldown))

    def buckets_for(self, person_id: str, role: str | None, concept: str
                    ) -> list[tuple[str, Bucket]]:
        """The buckets a query reads, most specific first, labelled for `why`."""
        found = []
        for label, key in (("person", (concept, "person", person_id)),
                           ("role", (concept, "role", role or "")),
                           ("anyone", (concept, ANYONE, ""))):
            bucket = self.buckets.get(key)
            if bucket is not None:
                found.append((label, bucket))
        return found

    # --- the query (pure) ---------------------------------------------------------------

    def query(self, state: StoryState, person_id: str, role: str | None, concept: str,
              seed: int = 0) -> Selection | None:
        """The reaction and line this person would say now, or None. Never changes state."""
        plan = self.plans.get(concept)
        if plan is None:
            return None
        get = state.get
        # Facts come from the state's kept-current dict unless it can't stand in for get():
        # overlays it can't vouch for, another content's defaults, or a speaker whose
        # "PERSON.NAME" keys mean something else to get().
        facts: Any
        memory: Any
        view = state.facts_view()
        if view is not None and state.content is self.content and (
                person_id in self.speakers or _plain_speaker(person_id)):
            facts, memories = view
            memory = memories.get(person_id, _NO_MEMORY)
        else:
            facts, memory = _Reader(state), _Memory(state, person_id)
        try:
            code = plan.situation.code(facts)
        except KeyError:  # a value our declarations don't allow (another content's state)
            code = -1
        leaves: tuple[tuple[FastEntry, ...], ...] | None = None
        if memory is _NO_MEMORY and code >= 0:  # the two leaves known, and merged
            people, own = plan.blank.get(role, plan.blank_anyone)
            table = people.get(person_id)
            if table is None and person_id not in plan.people:
                table = own
            if table is not None and table[code] is not None:
                leaves = (table[code],)
        if leaves is None:
            leaves = tuple(_leaf(tree, code, facts, memory) for tree in (
                plan.people.get(person_id), plan.roles.get(role, plan.anyone))  # type: ignore[arg-type]
                if tree is not None)
        best = -1
        winner: CompiledRule | None = None
        tied: list[CompiledRule] | None = None
        for fast in leaves:
            # best first: stop at the first rule ranked below the best that holds
            for rank, limited, rule, test in fast:
                if rank < best:
                    break
                if limited and not allowed(state, rule.reaction, person_id):
                    continue
                if test is None or test(facts, memory, get):
                    if rank > best:
                        best, winner, tied = rank, rule, None
                    elif tied is None:
                        tied = [winner, rule]  # type: ignore[list-item]
                    else:
                        tied.append(rule)
        if winner is None:
            return None
        if tied is not None:
            if len(leaves) > 1:  # a leaf lists equal ranks by id; two leaves may interleave
                tied.sort(key=_BY_ID)
            winner = self._least_recent(state, tied, person_id, concept, seed)
        line = winner.line
        if line is None:
            line = pick_line(state, winner.reaction, person_id, concept, seed)
        return _selection((winner.reaction, line, person_id, role, concept))

    @staticmethod
    def _least_recent(state: StoryState, winners: list[CompiledRule], person_id: str,
                      concept: str, seed: int) -> CompiledRule:
        tied = winners
        if state.last_used:
            # one pass, as in pick_line; (by this person, by anyone), the oldest first
            last = state.last_used.get
            oldest: Any = None
            for rule in winners:
                rule_id = rule.id
                used = (last((rule_id, person_id), _NEVER), last((rule_id, ANYONE), _NEVER))
                if oldest is None or used < oldest:
                    oldest, tied = used, [rule]
                elif used == oldest:
                    tied.append(rule)
            if len(tied) == 1:
                return tied[0]
        # ``winners`` come in id order (all tie on rank, so index.order sorts them by id)
        return tied[draw(seed, state, person_id, concept, "rule", len(tied))]


def _leaf(tree: Tree, code: int, facts: Any, memory: Any) -> tuple[FastEntry, ...]:
    """The entries of the leaf of ``tree`` for the facts now. A value off the tree stops
    the walk at a split node, whose entries are the bucket's rules still to check."""
    node = tree.slots[code] if code >= 0 else tree.root
    if memory is _NO_MEMORY:
        node = node.blank  # type: ignore[assignment]
    while node.fact is not None:
        value = memory.get(node.fact, node.default) if node.own else facts[node.fact]
        child = node.children.get(value)
        if child is None:
            if node.low is None or type(value) is not int:
                break
            child = node.children[node.low if value < node.low else node.high]
        node = child
    return node.fast


def _merge_order(entry: FastEntry) -> tuple[int, str]:
    return (-entry[0], entry[2].id)


def _plain_speaker(person_id: str) -> bool:
    """Whether "PERSON.NAME" reads as this person's memory in StoryState.get."""
    return person_id not in _ODD_SPEAKERS and "." not in person_id


def bucket_key(reaction: Reaction) -> tuple[str, str, str]:
    if reaction.person:
        return (reaction.concept, "person", reaction.person)
    if reaction.role:
        return (reaction.concept, "role", reaction.role)
    return (reaction.concept, ANYONE, "")


def draw(seed: int, state: StoryState, person_id: str, concept: str, purpose: str,
         count: int) -> int:
    """A seeded pseudo-random index below ``count``: the same seed and history (the use
    count), the same draw. Derived rather than drawn from a stream, so a query stays pure
    and asking twice gives the same answer; CRC-32 because it is cheap and stable across
    runs and platforms (unlike ``hash``). The key is f"{seed}:{uses}:{person_id}:{concept}:
    {purpose}" (no space); CRC-32 runs on from its first part's (crc32(b, crc32(a)) ==
    crc32(a + b)), which changes only when a line is said, so the long seed is not turned
    into text at every draw."""
    return zlib.crc32(f"{person_id}:{concept}:{purpose}".encode(),
                      _salt_crc(seed, state.uses)) % count


@functools.lru_cache(maxsize=64)
def _salt_crc(seed: int, uses: int) -> int:
    return zlib.crc32(f"{seed}:{uses}:".encode())


def allowed(state: StoryState, reaction: Reaction, person_id: str) -> bool:
    """`once` and `cooldown` both read remembered marks."""
    if reaction.once and state.has_mark(f"once:{reaction.id}:{person_id}"):
        return False
    return not (reaction.cooldown and state.has_mark(f"cool:{reaction.id}:{person_id}"))


def pick_line(state: StoryState, reaction: Reaction, person_id: str, concept: str,
              seed: int) -> Line:
    """The least-said line, then a seeded pseudo-random one among equals."""
    lines = reaction.lines
    if len(lines) == 1:
        return lines[0]
    if not lines:
        raise ValueError(f"reaction `{reaction.id}` has no lines")
    tied: tuple[Line, ...] | list[Line] = lines
    if state.seen_lines:
        # one pass (a comprehension, min and a filter cost twice as much for 2-3 lines)
        seen = state.seen_lines.get
        fewest = seen(lines[0].id, 0)
        tied = [lines[0]]
        for line in lines[1:]:
            count = seen(line.id, 0)
            if count < fewest:
                fewest, tied = count, [line]
            elif count == fewest:
                tied.append(line)
        if len(tied) == 1:
            return tied[0]
    return tied[draw(seed, state, person_id, concept, "line", len(tied))]


# --- the commit (the only writer) -------------------------------------------------------


def commit(state: StoryState, selection: Selection) -> None:
    """Record that the selected line was said: counts, last use, remember, once, cooldown."""
    reaction, person_id = selection.reaction, selection.person_id
    state.uses += 1
    state.seen_rules[reaction.id] = state.seen_rules.get(reaction.id, 0) + 1
    state.seen_lines[selection.line.id] = state.seen_lines.get(selection.line.id, 0) + 1
    stamp = (state.play_time, state.uses)
    state.last_used[(reaction.id, person_id)] = stamp
    state.last_used[(reaction.id, ANYONE)] = stamp
    span = reaction.remember_for
    for assignment in reaction.remember:
        name = assignment.fact
        if name.startswith("self."):
            name = f"{person_id}.{name[5:]}"
        state.remember(
            name, assignment.value, pos=assignment.pos, raw=assignment.raw,
            seconds=float(span) if isinstance(span, (int, float)) else None,
            watch=span if isinstance(span, str) else None)
    if reaction.once:
        state.mark(f"once:{reaction.id}:{person_id}")
    if reaction.cooldown:
        state.mark(f"cool:{reaction.id}:{person_id}", seconds=reaction.cooldown)
