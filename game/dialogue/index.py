"""The rule index: a small decision tree per (concept, who) bucket, built once at load.

Most criteria test facts with few values (`face`, `time_of_day`, `chapter` 1-4,
bools, the speaker's memory such as `self.seen_mask`, and counters such as
`self.times_met` compared with a few small ints). The tree splits a bucket on such a
fact, value by value, keeping in each branch only the rules that accept that value, with
those tests already done, and dropping the rules ranked below one that then always holds.
A query reads a few facts to reach a leaf whose rules need only their remaining tests,
already sorted best first. Global facts are split on first, and each root has a table from
their values (as one int, ``Situation.code``) to where those splits lead, so a query
reads them in one step. A rule that
does not test the fact goes down every branch; a budget on the tree's total size keeps
that duplication bounded.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import Any

from .model import Content, FactDecl, Line, Reaction

# (fact name without `self.`, is it the speaker's memory, test, wanted value)
Check = tuple[str, bool, Callable[[Any, Any], bool], Any]

# Split deep: the global splits at a tree's top cost one table lookup (``jump``) however
# many, and a split costs less than running the remaining checks of the rules it drops.
LEAF_SIZE = 2  # a bucket this small is scanned as it is
MAX_DOMAIN = 16  # facts with more values (or unbounded ints) are never split on
MAX_DEPTH = 10
GROWTH_BUDGET = 32  # the whole index holds at most this many entries per rule (+ slack)
SPLIT_GAIN = 0.95  # split when a branch keeps, on average, fewer rules than this share
JUMP_SIZE = 512  # a Situation reads facts whose values multiply to at most this


@dataclass(slots=True)
class CompiledRule:
    reaction: Reaction
    checks: tuple[Check, ...]
    rank: int  # dense rank of (score, weight) among all rules: higher wins (an int compares
    #            faster than the tuple in the matcher's hot loop)
    limited: bool  # has `once` or `cooldown`: ask the state before using it
    # copied out of the reaction so that a query reads the rule it picked and not also
    # the reaction (one object fewer to fetch from memory): its id for tie-breaks, its
    # line when it has only one
    id: str = field(init=False)
    line: Line | None = field(init=False)

    def __post_init__(self) -> None:
        self.id = self.reaction.id
        lines = self.reaction.lines
        self.line = lines[0] if len(lines) == 1 else None


# (rank, limited, rule, the checks still to run at this point of the tree): rank and
# limited are copied out of the rule because the matcher's hot loop reads them first
Entry = tuple[int, bool, CompiledRule, tuple[Check, ...]]
# A compiled form of the checks still to run: test(facts, memory, state.get) -> holds
Test = Callable[[Any, Any, Callable[[str], Any]], bool]
# An Entry with its checks compiled into one Test, or None when none are left
FastEntry = tuple[int, bool, CompiledRule, Test | None]


@dataclass(slots=True)
class Bucket:
    """A tree node. A leaf has ``fact`` None. ``entries`` are its rules best first, with
    the checks still to run; a split node keeps them too, for a value outside the
    fact's domain (which a type-checked state never holds)."""

    fact: str | None  # the fact split on (without `self.` when ``own``)
    children: dict[Any, Bucket]
    entries: tuple[Entry, ...]
    own: bool = False  # the fact is the speaker's memory (`self.NAME`)
    default: Any = None  # an own fact's declared default: what an unset one reads
    # for an int fact split on the values its rules compare it with (``open_ints``): the
    # lowest and highest branch; an int beyond them reads like them
    low: int | None = None
    high: int | None = None
    fast: tuple[FastEntry, ...] = ()  # ``entries`` as the matcher runs them (its compile)
    # where the splits on the speaker's memory from here lead for someone nothing was
    # set for (each fact its default), as most people are: no walk for them
    blank: Bucket | None = None

    def leaf_for(self, read: Callable[[str], Any], get: Callable[[str], Any],
                 person_id: str) -> tuple[Entry, ...]:
        """The leaf for the facts now: globals through ``read`` (a dict's get, or
        state.get), the speaker's memory through ``get`` (state.get)."""
        node = self
        while node.fact is not None:
            value = get(f"{person_id}.{node.fact}") if node.own else read(node.fact)
            child = node.children.get(value)
            if child is None:
                if node.low is None or type(value) is not int:
                    return node.entries
                child = node.children[node.low if value < node.low else node.high]
            node = child
        return node.entries

    def nodes(self) -> list[Bucket]:
        """This node and every node below it, each once (values may share a subtree)."""
        found: dict[int, Bucket] = {}
        stack = [self]
        while stack:
            node = stack.pop()
            if id(node) not in found:
                found[id(node)] = node
                stack.extend(node.children.values())
        return list(found.values())

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
    value it can hold, or for ``open_ints`` every value that reads differently."""
    found: dict[str, tuple[Any, ...]] = {}
    for prefix, table in (("", content.facts), ("self.", content.memory)):
        for name, decl in table.items():
            values = _domain(decl)
            if values is not None:
                found[prefix + name] = values
    return open_ints(content) | found


def open_ints(content: Content) -> dict[str, tuple[int, ...]]:
    """Int facts with no small declared range (`self.times_met`) whose rules compare them
    only with ints close together: each with those ints and one more at either end. An
    int below that lowest value reads like it in every comparison (each compared value is
    above both), likewise above the highest, so a tree may split on them (Bucket.low)."""
    compared: dict[str, set[int] | None] = {}
    for reaction in content.reactions.values():
        for criterion in reaction.when:
            is_self = criterion.fact.startswith("self.")
            name = criterion.fact[5:] if is_self else criterion.fact
            decl = (content.memory if is_self else content.facts).get(name)
            if decl is None or decl.type != "int" or _domain(decl) is not None:
                continue
            key = _key(name, is_self)
            values = criterion.value if criterion.op == "in" else (criterion.value,)
            seen = compared.setdefault(key, set())
            if seen is not None and all(type(value) is int for value in values):
                seen.update(values)
            else:  # a float or odd value to compare with: not split on
                compared[key] = None
    found = {}
    for key, values in compared.items():
        if values and max(values) - min(values) + 3 <= MAX_DOMAIN:
            found[key] = tuple(range(min(values) - 1, max(values) + 2))
    return found


def _key(name: str, is_self: bool) -> str:
    return f"self.{name}" if is_self else name


def order(rule: CompiledRule) -> tuple[int, str]:
    return (-rule.rank, rule.reaction.id)


class _Builder:
    def __init__(self, domains: dict[str, tuple[Any, ...]], rules: int,
                 clamped: Collection[str]) -> None:
        self.domains = domains
        self.clamped = clamped
        self.budget = GROWTH_BUDGET * rules + 64

    def build(self, entries: list[Entry], depth: int) -> Bucket:
        if depth:  # the root keeps every rule: `why` lists them
            entries = cut(entries)
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
        if fact in self.clamped:
            node.low, node.high = self.domains[fact][0], self.domains[fact][-1]
        shared: dict[tuple[str, ...], Bucket] = {}
        for value, branch in branches.items():
            key = tuple(rule.reaction.id for _, _, rule, _ in branch)
            if key not in shared:  # values that keep the same rules share one subtree
                shared[key] = self.build(branch, depth + 1)
            node.children[value] = shared[key]
        return node

    def best_split(self, entries: list[Entry]) -> tuple[str, dict[Any, list[Entry]]] | None:
        # each entry's checks with the fact each reads (`self.NAME` for memory), named once
        keyed = [tuple((_key(check[0], check[1]), check) for check in checks)
                 for _, _, _, checks in entries]
        tested = {fact for pairs in keyed for fact, _ in pairs} & self.domains.keys()
        best: tuple[float, str, dict[Any, list[Entry]]] | None = None
        # global facts before the speaker's memory: the global splits at the top of a
        # tree are then read in one step (``jump``), whatever their number
        for fact in sorted(tested, key=lambda fact: (fact.startswith("self."), fact)):
            if best is not None and fact.startswith("self."):
                break
            branches = _branches(entries, keyed, fact, self.domains[fact])
            average = sum(len(b) for b in branches.values()) / len(branches)
            if average < SPLIT_GAIN * len(entries) and (best is None or average < best[0]):
                best = (average, fact, branches)
        return None if best is None else (best[1], best[2])


def cut(entries: list[Entry]) -> list[Entry]:
    """The entries without those ranked below a rule that always holds here (no checks
    left, no once/cooldown): that one makes the best rank at least its own, so they can
    never win. Cutting them before splitting keeps the tree small enough to go deeper."""
    for index, (rank, limited, _, checks) in enumerate(entries):
        if not checks and not limited:
            end = index + 1
            while end < len(entries) and entries[end][0] == rank:
                end += 1
            return entries[:end]
    return entries


def _branches(entries: list[Entry], keyed: list[tuple[tuple[str, Check], ...]], fact: str,
              values: tuple[Any, ...]) -> dict[Any, list[Entry]]:
    """For each value of ``fact``, the entries that accept it, without their tests of it
    (``keyed``: each entry's checks with the fact they read)."""
    branches: dict[Any, list[Entry]] = {value: [] for value in values}
    for entry, pairs in zip(entries, keyed, strict=True):
        tests = [check for name, check in pairs if name == fact]
        if not tests:  # every value keeps it as it is
            for kept in branches.values():
                kept.append(entry)
            continue
        rank, limited, rule, _ = entry
        rest = (rank, limited, rule, tuple(check for name, check in pairs if name != fact))
        for value, kept in branches.items():
            if all(test(value, wanted) for _, _, test, wanted in tests):
                kept.append(rest)
    return branches


def build_bucket(rules: list[CompiledRule], fact_domains: dict[str, tuple[Any, ...]],
                 clamped: Collection[str] = ()) -> Bucket:
    """The tree of one bucket; ``clamped``: the ``open_ints`` facts among the domains."""
    ordered = sorted(rules, key=order)
    root = _Builder(fact_domains, len(rules), clamped).build(
        [(r.rank, r.limited, r, r.checks) for r in ordered], 0)
    return root


def at_top(node: Bucket, clamped: Collection[str]) -> bool:
    """Whether ``node`` splits on a global fact a Situation can read (not the speaker's
    memory, not an open int)."""
    return node.fact is not None and not node.own and node.fact not in clamped


def top_facts(root: Bucket, clamped: Collection[str]) -> dict[str, int]:
    """The global facts split on at the top of a tree (above any other kind of split),
    each with the number of nodes splitting on it there."""
    found: dict[str, int] = {}
    stack = [root] if at_top(root, clamped) else []
    seen: set[int] = set()
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        found[node.fact] = found.get(node.fact, 0) + 1  # type: ignore[index]
        stack.extend(child for child in node.children.values() if at_top(child, clamped))
    return found


class Situation:
    """The global facts the trees of one concept split on at their top, read at once as
    one small int (``code``) that indexes each tree's table of where those splits lead.
    A walk reads a fact and a dict per level, and touches a node object per level; this
    costs a few dict reads and one tuple slot whatever the depth, which matters most
    when the index is big and the nodes are not in the CPU's caches.

    Facts are taken most split-on first while their values multiply to at most
    ``limit``; a split on any other fact is walked as before. Exact: for values in the
    facts' domains each slot is where the walk would land; any other value makes ``code``
    raise KeyError (a type-checked state never holds one), and the query walks."""

    def __init__(self, roots: Collection[Bucket], fact_domains: dict[str, tuple[Any, ...]],
                 clamped: Collection[str], limit: int = JUMP_SIZE) -> None:
        counts: dict[str, int] = {}
        for root in roots:
            for fact, count in top_facts(root, clamped).items():
                counts[fact] = counts.get(fact, 0) + count
        names: list[str] = []
        size = 1
        for fact in sorted(counts, key=lambda fact: (-counts[fact], fact)):
            if size * len(fact_domains[fact]) <= limit:
                names.append(fact)
                size *= len(fact_domains[fact])
        self.names = tuple(sorted(names))
        self.values = tuple(fact_domains[name] for name in self.names)
        self.size = size
        # code = sum of each fact's offset for its value, mixed radix, last name fastest
        self._strides: list[int] = []
        stride = 1
        for values in reversed(self.values):
            self._strides.insert(0, stride)
            stride *= len(values)
        offsets = [{value: index * stride for index, value in enumerate(values)}
                   for values, stride in zip(self.values, self._strides, strict=True)]
        terms = " + ".join(f"o{index}[facts[{name!r}]]" for index, name in enumerate(self.names))
        self.code: Callable[[Any], int] = eval(  # noqa: S307 - names and dicts are ours
            f"lambda facts: {terms or '0'}", {f"o{i}": o for i, o in enumerate(offsets)})
        self._clamped = clamped
        self._place = {name: index for index, name in enumerate(self.names)}
        self._rest: dict[frozenset[int], list[int]] = {}

    def slots(self, root: Bucket) -> tuple[Bucket, ...]:
        """For each code, the node of ``root``'s tree the top splits on these facts lead to
        (for values in the facts' domains: a split node has a child for each)."""
        found: list[Bucket] = [root] * self.size

        def fill(node: Bucket, code: int, free: frozenset[int]) -> None:
            place = self._place.get(node.fact) if at_top(node, self._clamped) else None  # type: ignore[arg-type]
            if place is None:  # the walk stops here whatever the facts not read yet
                for rest in self._completions(free):
                    found[code + rest] = node
                return
            stride = self._strides[place]
            for index, value in enumerate(self.values[place]):
                fill(node.children[value], code + index * stride, free - {place})

        fill(root, 0, frozenset(range(len(self.names))))
        return tuple(found)

    def _completions(self, free: frozenset[int]) -> list[int]:
        """The offsets of every reading of the facts at ``free`` places."""
        rest = self._rest.get(free)
        if rest is None:
            rest = [0]
            for place in free:
                stride = self._strides[place]
                rest = [base + index * stride for base in rest
                        for index in range(len(self.values[place]))]
            self._rest[free] = rest
        return rest
