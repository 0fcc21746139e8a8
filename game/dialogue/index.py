"""The rule index: a small decision tree per (concept, who) bucket, built once at load.

Most criteria test facts with few values (`face`, `time_of_day`, `chapter` 1-4,
bools, and the speaker's bool memory such as `self.seen_mask`). The tree splits a
bucket on such a fact, value by value, keeping in each branch only the rules that
accept that value, with those tests already done. A query
reads a few facts to reach a leaf whose rules need only their remaining tests (usually
memory facts), already sorted best first. A rule that does not test the fact goes down
every branch; a budget on the tree's total size keeps that duplication bounded.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .model import Content, FactDecl, Reaction

# (fact name without `self.`, is it the speaker's memory, test, wanted value)
Check = tuple[str, bool, Callable[[Any, Any], bool], Any]

LEAF_SIZE = 4  # a bucket this small is scanned as it is
MAX_DOMAIN = 16  # facts with more values (or unbounded ints) are never split on
MAX_DEPTH = 6
GROWTH_BUDGET = 16  # the whole index holds at most this many entries per rule (+ slack)
SPLIT_GAIN = 0.95  # split when a branch keeps, on average, fewer rules than this share


@dataclass(slots=True)
class CompiledRule:
    reaction: Reaction
    checks: tuple[Check, ...]
    rank: int  # dense rank of (score, weight) among all rules: higher wins (an int compares
    #            faster than the tuple in the matcher's hot loop)
    limited: bool  # has `once` or `cooldown`: ask the state before using it


# (rank, limited, rule, the checks still to run at this point of the tree): rank and
# limited are copied out of the rule because the matcher's hot loop reads them first
Entry = tuple[int, bool, CompiledRule, tuple[Check, ...]]


@dataclass(slots=True)
class Bucket:
    """A tree node. A leaf has ``fact`` None. ``entries`` are its rules best first, with
    the checks still to run; a split node keeps them too, for a value outside the
    fact's domain (which a type-checked state never holds)."""

    fact: str | None  # the fact split on (without `self.` when ``own``)
    children: dict[Any, Bucket]
    entries: tuple[Entry, ...]
    own: bool = False  # the fact is the speaker's memory (`self.NAME`)

    def leaf_for(self, read: Callable[[str], Any], get: Callable[[str], Any],
                 person_id: str) -> tuple[Entry, ...]:
        """The leaf for the facts now: globals through ``read`` (a dict's get, or
        state.get), the speaker's memory through ``get`` (state.get)."""
        node = self
        while node.fact is not None:
            value = get(f"{person_id}.{node.fact}") if node.own else read(node.fact)
            child = node.children.get(value)
            if child is None:
                return node.entries
            node = child
        return node.entries

    def all_rules(self) -> list[CompiledRule]:
        return [rule for _, _, rule, _ in self.entries]

    def size(self) -> int:
        return len(self.entries) + sum(child.size() for child in
                                       {id(c): c for c in self.children.values()}.values())


def _domain(decl: FactDecl) -> tuple[Any, ...] | None:
    if decl.type == "enum":
        values: tuple[Any, ...] = decl.values
    elif decl.type == "bool":
        values = (False, True)
    elif decl.type == "int" and decl.min is not None and decl.max is not None:
        low, high = int(decl.min), int(decl.max)
        if high - low >= MAX_DOMAIN:
            return None
        values = tuple(range(low, high + 1))
    else:
        return None
    return values if len(values) <= MAX_DOMAIN else None


def domains(content: Content) -> dict[str, tuple[Any, ...]]:
    """The facts a tree may split on (globals, and `self.NAME` memory), each with every
    value it can hold."""
    found: dict[str, tuple[Any, ...]] = {}
    for prefix, table in (("", content.facts), ("self.", content.memory)):
        for name, decl in table.items():
            values = _domain(decl)
            if values is not None:
                found[prefix + name] = values
    return found


def _key(name: str, is_self: bool) -> str:
    return f"self.{name}" if is_self else name


def order(rule: CompiledRule) -> tuple[int, str]:
    return (-rule.rank, rule.reaction.id)


class _Builder:
    def __init__(self, domains: dict[str, tuple[Any, ...]], rules: int) -> None:
        self.domains = domains
        self.budget = GROWTH_BUDGET * rules + 64

    def build(self, entries: list[Entry], depth: int) -> Bucket:
        node = Bucket(None, {}, tuple(entries))
        self.budget -= len(entries)
        if len(entries) <= LEAF_SIZE or depth >= MAX_DEPTH or self.budget <= 0:
            return node
        split = self.best_split(entries)
        if split is None:
            return node
        fact, branches = split
        node.own = fact.startswith("self.")
        node.fact = fact[5:] if node.own else fact
        shared: dict[tuple[str, ...], Bucket] = {}
        for value, branch in branches.items():
            key = tuple(rule.reaction.id for _, _, rule, _ in branch)
            if key not in shared:  # values that keep the same rules share one subtree
                shared[key] = self.build(branch, depth + 1)
            node.children[value] = shared[key]
        return node

    def best_split(self, entries: list[Entry]) -> tuple[str, dict[Any, list[Entry]]] | None:
        tested = {_key(name, is_self) for _, _, _, checks in entries
                  for name, is_self, _, _ in checks} & set(self.domains)
        best: tuple[float, str, dict[Any, list[Entry]]] | None = None
        for fact in sorted(tested):
            branches = {value: _keep(entries, fact, value) for value in self.domains[fact]}
            average = sum(len(b) for b in branches.values()) / len(branches)
            if average < SPLIT_GAIN * len(entries) and (best is None or average < best[0]):
                best = (average, fact, branches)
        return None if best is None else (best[1], best[2])


def _keep(entries: list[Entry], fact: str, value: Any) -> list[Entry]:
    """The entries that accept ``fact == value``, without their tests of ``fact``."""
    kept = []
    for rank, limited, rule, checks in entries:
        rest = []
        accepted = True
        for check in checks:
            name, is_self, test, wanted = check
            if _key(name, is_self) == fact:
                if not test(value, wanted):
                    accepted = False
                    break
            else:
                rest.append(check)
        if accepted:
            kept.append((rank, limited, rule, tuple(rest)))
    return kept


def build_bucket(rules: list[CompiledRule], fact_domains: dict[str, tuple[Any, ...]]
                 ) -> Bucket:
    ordered = sorted(rules, key=order)
    return _Builder(fact_domains, len(rules)).build(
        [(r.rank, r.limited, r, r.checks) for r in ordered], 0)
