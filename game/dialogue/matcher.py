"""Chooses the reaction a person says: a pure query, then a separate commit.

Rules are bucketed at build time by (concept, person), (concept, role) and (concept,
anyone), each bucket sorted best first by (score, weight). Inside a bucket, rules that
test one common global fact for equality (usually `face`) are also split by the value
they want, so a query reads the fact once and scans only rules that can hold. A query
walks the three buckets best-first and stops at the first rule ranked below the best
passing one, so it usually evaluates a handful of criteria whatever the rule count.
"""

from __future__ import annotations

import operator
import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from game.diagnostics import Diagnostic, Report

from .facts import StoryState, check_value, resolve_fact
from .model import Content, Criterion, Line, Reaction

_TESTS: dict[str, Callable[[Any, Any], bool]] = {
    "eq": operator.eq, "not": operator.ne, "gt": operator.gt, "gte": operator.ge,
    "lt": operator.lt, "lte": operator.le, "in": lambda actual, wanted: actual in wanted,
}
_NEVER = (-1.0, -1)
ANYONE = "*"


class RuleError(ValueError):
    """A criterion or effect of a rule that can't run; the rule is left out."""

    def __init__(self, message: str, criterion_pos: Any) -> None:
        super().__init__(message)
        self.pos = criterion_pos


# (fact name without `self.`, is it the speaker's memory, test, wanted value)
Check = tuple[str, bool, Callable[[Any, Any], bool], Any]


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


@dataclass(slots=True)
class CompiledRule:
    reaction: Reaction
    checks: tuple[Check, ...]
    rank: tuple[int, float]  # (score, weight): higher wins


@dataclass(frozen=True, slots=True)
class Selection:
    """A chosen reaction and line, not yet said. ``commit`` makes it said."""

    reaction: Reaction
    line: Line
    person_id: str
    role: str | None
    concept: str


@dataclass(slots=True)
class Bucket:
    key_fact: str | None  # a global fact most rules here test for equality
    by_value: dict[Any, tuple[CompiledRule, ...]]  # rules wanting that value + the rest
    rest: tuple[CompiledRule, ...]  # rules not testing key_fact for equality

    def rules_for(self, state: StoryState) -> tuple[CompiledRule, ...]:
        if self.key_fact is None:
            return self.rest
        return self.by_value.get(state.get(self.key_fact), self.rest)

    def all_rules(self) -> list[CompiledRule]:
        seen: dict[str, CompiledRule] = {r.reaction.id: r for r in self.rest}
        for rules in self.by_value.values():
            seen.update((r.reaction.id, r) for r in rules)
        return sorted(seen.values(), key=_order)


def _order(rule: CompiledRule) -> tuple[float, float, str]:
    return (-rule.rank[0], -rule.rank[1], rule.reaction.id)


def _bucket(rules: list[CompiledRule]) -> Bucket:
    counts = Counter(
        (name, wanted) for rule in rules for name, is_self, test, wanted in rule.checks
        if test is operator.eq and not is_self and "." not in name)
    facts = Counter(name for name, _ in counts.elements())
    if not facts:
        return Bucket(None, {}, tuple(sorted(rules, key=_order)))
    key_fact = facts.most_common(1)[0][0]
    by_value: dict[Any, list[CompiledRule]] = {}
    rest: list[CompiledRule] = []
    for rule in rules:
        wanted = next((w for n, s, t, w in rule.checks
                       if n == key_fact and t is operator.eq and not s), _NEVER)
        (rest if wanted is _NEVER else by_value.setdefault(wanted, [])).append(rule)
    return Bucket(
        key_fact,
        {value: tuple(sorted(group + rest, key=_order)) for value, group in by_value.items()},
        tuple(sorted(rest, key=_order)),
    )


class Matcher:
    """The compiled, bucketed reaction rules of one Content."""

    def __init__(self, content: Content) -> None:
        self.content = content
        report = Report()
        groups: dict[tuple[str, str, str], list[CompiledRule]] = {}
        self.rules: dict[str, CompiledRule] = {}
        for reaction in content.reactions.values():
            try:
                rule = self.compile(reaction)
            except RuleError as exc:
                report.error("D020", exc.pos.file, exc.pos.line, exc.pos.column,
                             f"reaction `{reaction.id}` left out: {exc}")
                continue
            self.rules[reaction.id] = rule
            groups.setdefault(bucket_key(reaction), []).append(rule)
        self.buckets = {key: _bucket(rules) for key, rules in groups.items()}
        self.problems: list[Diagnostic] = report.items

    def compile(self, reaction: Reaction) -> CompiledRule:
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
        return CompiledRule(reaction, checks, (reaction.score, reaction.weight))

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
        best: tuple[int, float] | None = None
        winners: list[CompiledRule] = []
        for _, bucket in self.buckets_for(person_id, role, concept):
            for rule in bucket.rules_for(state):
                if best is not None and rule.rank < best:
                    break
                if not allowed(state, rule.reaction, person_id):
                    continue
                if holds(rule.checks, state, person_id):
                    if best is None or rule.rank > best:
                        best, winners = rule.rank, [rule]
                    else:
                        winners.append(rule)
        if not winners:
            return None
        rng: random.Random | None = None
        if len(winners) > 1:
            winners, rng = self._least_recent(state, winners, person_id, concept, seed)
        reaction = winners[0].reaction
        return Selection(reaction, pick_line(state, reaction, rng, person_id, concept, seed),
                         person_id, role, concept)

    def _least_recent(self, state: StoryState, winners: list[CompiledRule], person_id: str,
                      concept: str, seed: int
                      ) -> tuple[list[CompiledRule], random.Random | None]:
        last = state.last_used

        def recency(rule: CompiledRule) -> tuple[tuple[float, int], tuple[float, int]]:
            rule_id = rule.reaction.id
            return (last.get((rule_id, person_id), _NEVER), last.get((rule_id, ANYONE), _NEVER))

        oldest = min(recency(rule) for rule in winners)
        tied = sorted((r for r in winners if recency(r) == oldest), key=_order)
        if len(tied) == 1:
            return tied, None
        rng = seeded(seed, state, person_id, concept)
        return [rng.choice(tied)], rng


def bucket_key(reaction: Reaction) -> tuple[str, str, str]:
    if reaction.person:
        return (reaction.concept, "person", reaction.person)
    if reaction.role:
        return (reaction.concept, "role", reaction.role)
    return (reaction.concept, ANYONE, "")


def seeded(seed: int, state: StoryState, person_id: str, concept: str) -> random.Random:
    """The engine's random stream for this moment: the same seed and history, the same draw.

    Derived from the history (the use count) rather than advanced by queries, so a
    query stays pure and asking twice gives the same answer.
    """
    return random.Random(f"{seed}:{state.uses}:{person_id}:{concept}")


def allowed(state: StoryState, reaction: Reaction, person_id: str) -> bool:
    """`once` and `cooldown` both read remembered marks."""
    if reaction.once and state.has_mark(f"once:{reaction.id}:{person_id}"):
        return False
    return not (reaction.cooldown and state.has_mark(f"cool:{reaction.id}:{person_id}"))


def pick_line(state: StoryState, reaction: Reaction, rng: random.Random | None,
              person_id: str, concept: str, seed: int) -> Line:
    """The least-said line, then a seeded random one among equals."""
    lines = reaction.lines
    if len(lines) == 1:
        return lines[0]
    seen = state.seen_lines
    fewest = min(seen.get(line.id, 0) for line in lines)
    tied = [line for line in lines if seen.get(line.id, 0) == fewest]
    if len(tied) == 1:
        return tied[0]
    rng = rng or seeded(seed, state, person_id, concept)
    return rng.choice(tied)


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
