"""Chooses the reaction a person says: a pure query, then a separate commit.

The rules are kept in buckets by (concept, who): one bucket per person, per role, and
one for anyone. A query reads the speaker's own bucket, their role's and the anyone
bucket, merged once into one list and sorted best first (by rank: score, then weight;
equal ranks by id), so the first rule whose criteria hold is the best one, and the
scan stops at the first rule ranked below it. Rules that tie on that rank go to the
tie-breaks: the least recently said rule, then a seeded draw; then the least-said line.

Most criteria read facts that are the same for everyone in the scene (``face``,
``chapter``, ``place``, an item, another person's memory); only ``self.`` criteria read
the speaker's own memory. So each merged list keeps, per reading of its shared facts,
the rules whose shared criteria hold (``Filtered``). The query reads those facts,
finds that shorter list, and checks only the speaker's memory on it. The list depends
on nothing but the values read, so it never goes stale; it is made on first use and the
memo is bounded.
"""

from __future__ import annotations

import functools
import operator
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from game.diagnostics import Diagnostic, Report

from .facts import StoryState, check_value, resolve_fact
from .model import Content, Criterion, Line, Reaction

# (fact name without `self.`, is it the speaker's memory, test, wanted value)
Check = tuple[str, bool, Callable[[Any, Any], bool], Any]

_TESTS: dict[str, Callable[[Any, Any], bool]] = {
    "eq": operator.eq, "not": operator.ne, "gt": operator.gt, "gte": operator.ge,
    "lt": operator.lt, "lte": operator.le, "in": lambda actual, wanted: actual in wanted,
}
_NEVER = (-1.0, -1)
ANYONE = "*"
READINGS_KEPT = 512  # per merged list: readings of its facts remembered (a few rules each)


@dataclass(slots=True)
class CompiledRule:
    """A reaction made ready for queries: its criteria as fast checks, and its rank among
    all the rules."""

    reaction: Reaction
    checks: tuple[Check, ...]
    rank: int  # dense rank of (score, weight) among all rules: higher wins
    limited: bool  # has `once` or `cooldown`: ask the state before using it
    id: str = field(init=False)

    def __post_init__(self) -> None:
        self.id = self.reaction.id


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




Plan = tuple["Merged", tuple[str, ...], Callable[[Mapping[str, Any]], tuple[Any, ...]]]
# A Selection made as a plain tuple is made in C: the query makes one per call
_selection = functools.partial(tuple.__new__, Selection)


@dataclass(slots=True)
class Merged:
    """The rules one query reads (the speaker's own, their role's, anyone's), best
    first, and the facts they read: shared ones by name, the speaker's memory by the
    name after `self.`."""

    rules: tuple[CompiledRule, ...]
    reads: tuple[str, ...]
    memory: tuple[str, ...]
    # by reading of those facts (in that order): the rules that hold, see Matcher.holding
    holding: dict[tuple[Any, ...], tuple[CompiledRule, ...]] = field(default_factory=dict)


class Matcher:
    """The compiled reaction rules of one Content, in buckets by (concept, who)."""

    def __init__(self, content: Content) -> None:
        self.content = content
        report = Report()
        self.rules: dict[str, CompiledRule] = {}
        ranks = {rank: index for index, rank in enumerate(sorted(
            {(reaction.score, reaction.weight) for reaction in content.reactions.values()}))}
        buckets: dict[tuple[str, str, str], list[CompiledRule]] = {}
        for reaction in content.reactions.values():
            try:
                rule = self.compile(reaction, ranks[(reaction.score, reaction.weight)])
            except RuleError as exc:
                report.error("D020", exc.pos.file, exc.pos.line, exc.pos.column,
                             f"reaction `{reaction.id}` left out: {exc}")
                continue
            self.rules[reaction.id] = rule
            buckets.setdefault(bucket_key(reaction), []).append(rule)
        self.problems: list[Diagnostic] = report.items
        # each bucket best first: the first rule that holds has the best rank
        self.buckets: dict[tuple[str, str, str], tuple[CompiledRule, ...]] = {
            key: tuple(sorted(rules, key=_best_first)) for key, rules in buckets.items()}
        self._merged: dict[tuple[str, str | None, str | None], Merged] = {}
        # by (concept, speaker, role): their merged list, the full names of the facts it
        # reads (the speaker's memory as "PERSON.NAME"), and a reader of them
        self._plans: dict[tuple[str, str, str | None], Plan] = {}

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
        return CompiledRule(reaction, checks, rank, bool(reaction.once or reaction.cooldown))

    def merged(self, concept: str, person_id: str, role: str | None) -> Merged:
        """The rules a query of this speaker reads, best first; made on first use, and
        shared by everyone of a role who has no rules of their own."""
        own = (concept, "person", person_id) in self.buckets
        key = (concept, person_id if own else None, role)
        merged = self._merged.get(key)
        if merged is None:
            mine = self.buckets[(concept, "person", person_id)] if own else ()
            rules = sorted((*mine, *self.buckets.get((concept, "role", role or ""), ()),
                            *self.buckets.get((concept, ANYONE, ""), ())), key=_best_first)
            checks = [check for rule in rules for check in rule.checks]
            shared = sorted({name for name, is_self, _, _ in checks if not is_self})
            memory = sorted({name for name, is_self, _, _ in checks if is_self})
            merged = self._merged[key] = Merged(tuple(rules), tuple(shared), tuple(memory))
        return merged

    def _plan(self, concept: str, person_id: str, role: str | None) -> Plan:
        merged = self.merged(concept, person_id, role)
        names = (*merged.reads, *(f"{person_id}.{name}" for name in merged.memory))
        if len(names) > 1:
            read: Callable[[Mapping[str, Any]], tuple[Any, ...]] = operator.itemgetter(*names)
        else:
            read = functools.partial(_read_few, names)
        plan = self._plans[(concept, person_id, role)] = (merged, names, read)
        return plan

    @staticmethod
    def holding(merged: Merged, reading: tuple[Any, ...]) -> tuple[CompiledRule, ...]:
        """The rules of ``merged`` whose criteria hold for this reading of the facts they
        read, best first, down to the first rank that is sure to win: a rank with a rule
        that has no `once` or `cooldown`. Remembered per reading, a bounded number."""
        found = merged.holding.get(reading)
        if found is None:
            values = dict(zip((*merged.reads, *(f"self.{n}" for n in merged.memory)), reading,
                              strict=True))
            kept: list[CompiledRule] = []
            sure = -1  # the best rank held by a rule nothing can stop: nothing below counts
            for rule in merged.rules:
                if rule.rank < sure:
                    break
                if all(test(values[f"self.{name}" if is_self else name], wanted)
                       for name, is_self, test, wanted in rule.checks):
                    kept.append(rule)
                    if not rule.limited:
                        sure = rule.rank
            found = tuple(kept)
            if len(merged.holding) >= READINGS_KEPT:
                merged.holding.clear()
            merged.holding[reading] = found
        return found

    # --- the query (pure) ---------------------------------------------------------------

    def query(self, state: StoryState, person_id: str, role: str | None, concept: str,
              seed: int = 0) -> Selection | None:
        """The reaction and line this person would say now, or None. Never changes state."""
        plan = self._plans.get((concept, person_id, role))
        if plan is None:
            plan = self._plan(concept, person_id, role)
        merged, names, read = plan
        facts = state.current()
        reading = read(facts) if facts is not None else tuple(map(state.get, names))
        holding = merged.holding.get(reading)
        if holding is None:
            holding = self.holding(merged, reading)
        best = -1
        tied: list[CompiledRule] = []
        for rule in holding:
            if rule.rank < best:
                break
            if rule.limited and not allowed(state, rule.reaction, person_id):
                continue
            best = rule.rank
            tied.append(rule)
        if not tied:
            return None
        winner = tied[0] if len(tied) == 1 else self._least_recent(
            state, tied, person_id, concept, seed)
        line = pick_line(state, winner.reaction, person_id, concept, seed)
        return _selection((winner.reaction, line, person_id, role, concept))

    @staticmethod
    def _least_recent(state: StoryState, tied: list[CompiledRule], person_id: str,
                      concept: str, seed: int) -> CompiledRule:
        """Among rules of one rank (in id order): the one said longest ago, by this
        person and then by anyone; equals by a seeded draw."""
        last = state.last_used.get
        oldest: Any = None
        found: list[CompiledRule] = []
        for rule in tied:
            used = (last((rule.id, person_id), _NEVER), last((rule.id, ANYONE), _NEVER))
            if oldest is None or used < oldest:
                oldest, found = used, [rule]
            elif used == oldest:
                found.append(rule)
        if len(found) == 1:
            return found[0]
        return found[draw(seed, state, person_id, concept, "rule", len(found))]


def _read_few(names: tuple[str, ...], facts: Mapping[str, Any]) -> tuple[Any, ...]:
    return tuple(facts[name] for name in names)  # itemgetter wants two names or more


def _best_first(rule: CompiledRule) -> tuple[int, str]:
    return (-rule.rank, rule.id)


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
