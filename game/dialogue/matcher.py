"""Chooses the reaction a person says: a pure query, then a separate commit.

Rules are bucketed at build time by (concept, person), (concept, role) and (concept,
anyone); each bucket is a small decision tree over global facts (index.py) whose
leaves hold rules best first by (score, weight). A query walks the three buckets,
reaching a leaf by reading a few facts, and stops at the first rule ranked below the
best passing one, so it evaluates a handful of criteria whatever the rule count.
"""

from __future__ import annotations

import operator
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from game.diagnostics import Diagnostic, Report

from .facts import StoryState, check_value, resolve_fact
from .index import Bucket, Check, CompiledRule, build_bucket, domains, order
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


@dataclass(slots=True)  # not frozen: a frozen __init__ costs a microsecond per query
class Selection:
    """A chosen reaction and line, not yet said. ``commit`` makes it said."""

    reaction: Reaction
    line: Line
    person_id: str
    role: str | None
    concept: str


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
        fact_domains = domains(content)
        self.buckets = {key: build_bucket(rules, fact_domains) for key, rules in groups.items()}
        self.problems: list[Diagnostic] = report.items

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
        best = -1
        winners: list[CompiledRule] = []
        get = state.get
        now = state.globals_view()
        read = get if now is None else now.get
        buckets = self.buckets
        for key in ((concept, "person", person_id), (concept, "role", role or ""),
                    (concept, ANYONE, "")):
            bucket = buckets.get(key)
            if bucket is None:
                continue
            for rank, limited, rule, checks in bucket.leaf_for(read, get, person_id):
                if rank < best:
                    break
                if limited and not allowed(state, rule.reaction, person_id):
                    continue
                # the checks the index has not already done (inlined: this is the hot loop)
                for name, is_self, test, wanted in checks:
                    if not test(get(f"{person_id}.{name}" if is_self else name), wanted):
                        break
                else:
                    if rank > best:
                        best, winners = rank, [rule]
                    else:
                        winners.append(rule)
        if not winners:
            return None
        rule = winners[0] if len(winners) == 1 else self._least_recent(
            state, winners, person_id, concept, seed)
        reaction = rule.reaction
        return Selection(reaction, pick_line(state, reaction, person_id, concept, seed),
                         person_id, role, concept)

    @staticmethod
    def _least_recent(state: StoryState, winners: list[CompiledRule], person_id: str,
                      concept: str, seed: int) -> CompiledRule:
        last = state.last_used

        def recency(rule: CompiledRule) -> tuple[tuple[float, int], tuple[float, int]]:
            rule_id = rule.reaction.id
            return (last.get((rule_id, person_id), _NEVER), last.get((rule_id, ANYONE), _NEVER))

        oldest = min(recency(rule) for rule in winners)
        tied = sorted((r for r in winners if recency(r) == oldest), key=order)
        if len(tied) == 1:
            return tied[0]
        return tied[draw(seed, state, person_id, concept, "rule", len(tied))]


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
    runs and platforms (unlike ``hash``)."""
    key = f"{seed}:{state.uses}:{person_id}:{concept}:{purpose}".encode()
    return zlib.crc32(key) % count


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
    seen = state.seen_lines
    counts = [seen.get(line.id, 0) for line in lines]
    fewest = min(counts)
    tied = [line for line, count in zip(lines, counts, strict=True) if count == fewest]
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
