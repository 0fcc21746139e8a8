"""`why`: explains which reaction a person would say, rule by rule, and why one wins.

Works on a copy of the story state, so asking never changes the game.
"""

from __future__ import annotations

import contextlib
from typing import Any

from game.diagnostics import ContentError

from .engine import DialogueEngine
from .facts import StoryState, check_value, resolve_fact
from .matcher import (
    _NEVER,
    ANYONE,
    CompiledRule,
    Matcher,
    RuleError,
    allowed,
    compile_criterion,
)
from .model import Content, Criterion, Reaction

_SYMBOL = {"eq": "==", "not": "!=", "gt": ">", "gte": ">=", "lt": "<", "lte": "<=",
           "in": "in"}


def parse_fact_value(content: Content, name: str, text: str) -> Any:
    """A command-line `name=value` value, typed by the fact's declaration."""
    decl = resolve_fact(content, name)
    if decl is None:
        raise ValueError(f"undeclared fact `{name}`")
    value: Any = text
    lowered = text.lower()
    if decl.type == "bool" and lowered in ("true", "false", "yes", "no"):
        value = lowered in ("true", "yes")
    elif decl.type == "int":
        with contextlib.suppress(ValueError):
            value = int(text)
    elif decl.type == "float":
        with contextlib.suppress(ValueError):
            value = float(text)
    return check_value(decl, value, text)


def _describe_test(criterion: Criterion) -> str:
    value = criterion.value
    shown = "[" + ", ".join(map(str, value)) + "]" if isinstance(value, tuple) else str(value)
    return f"{criterion.fact} {_SYMBOL[criterion.op]} {shown}"


def _criterion_lines(content: Content, state: StoryState, reaction: Reaction,
                     person_id: str) -> tuple[list[str], bool]:
    lines: list[str] = []
    passed_all = True
    for criterion in reaction.when:
        try:
            name, is_self, test, wanted = compile_criterion(content, criterion)
        except RuleError as exc:
            lines.append(f"      BROKEN {_describe_test(criterion)}: {exc}")
            passed_all = False
            continue
        actual = state.get(f"{person_id}.{name}" if is_self else name)
        ok = test(actual, wanted)
        passed_all = passed_all and ok
        mark = "pass" if ok else "FAIL"
        lines.append(f"      {mark} {_describe_test(criterion)}   (is {actual!r})")
    if not reaction.when:
        lines.append("      (no criteria: always holds)")
    return lines, passed_all


def _status(state: StoryState, reaction: Reaction, person_id: str) -> str:
    parts = []
    if reaction.once:
        used = state.has_mark(f"once:{reaction.id}:{person_id}")
        parts.append("once: already said" if used else "once: not yet said")
    if reaction.cooldown:
        left = state.mark_left(f"cool:{reaction.id}:{person_id}")
        parts.append(f"cooldown {reaction.cooldown:g}s: " + (
            f"{left:.0f}s left" if left is not None else "ready"))
    last = state.last_used.get((reaction.id, person_id), _NEVER)
    parts.append("last said by this person: " + ("never" if last == _NEVER else
                                                 f"at {last[0]:.0f}s (use #{last[1]})"))
    return "; ".join(parts)


def _score_text(reaction: Reaction) -> str:
    bonus = "+2 person" if reaction.person else "+1 role" if reaction.role else "+0 anyone"
    return f"score {reaction.score} ({len(reaction.when)} criteria {bonus}), " \
           f"weight {reaction.weight:g}"


def why_report(engine_or_content: DialogueEngine | Content, state: StoryState | None,
               who: str, concept: str = "greet", face: str | None = None,
               facts: dict[str, Any] | None = None) -> str:
    """A readable trace of reaction selection for ``who`` (a person id or a role id)."""
    if isinstance(engine_or_content, DialogueEngine):
        content, seed = engine_or_content.content, engine_or_content.salt
        state = state or engine_or_content.state
    else:
        content, seed = engine_or_content, 0
    trial = StoryState.from_dict(content, state.to_dict()) if state else StoryState(content)
    try:
        if face is not None:
            trial.set("face", face)
        for name, value in (facts or {}).items():
            trial.set(name, value)
    except ContentError as exc:
        return f"can't ask: {exc}"
    person = content.people.get(who)
    role = person.role if person else who if who in content.roles else None
    person_id = who
    matcher = Matcher(content)
    out = [f"why: {who}" + (f" (person, role {role})" if person else " (role)" if role
                            else " (unknown: only fallback rules apply)")
           + f", concept {concept}"]
    shown_facts = {"face": trial.get("face")} if "face" in content.facts else {}
    shown_facts.update(facts or {})
    out.append("facts: " + (", ".join(f"{k}={v!r}" for k, v in shown_facts.items())
                            or "(defaults)"))
    selection = matcher.query(trial, person_id, role, concept, seed)
    passing: list[Reaction] = []
    for label, key in (("person", (concept, "person", person_id)),
                       ("role", (concept, "role", role or "")),
                       ("fallback (anyone)", (concept, ANYONE, ""))):
        rules: tuple[CompiledRule, ...] = matcher.buckets.get(key, ())
        out.append(f"\n{label} rules: {len(rules) or 'none'}")
        for rule in rules:
            reaction = rule.reaction
            lines, ok = _criterion_lines(content, trial, reaction, person_id)
            available = allowed(trial, reaction, person_id)
            won = selection is not None and selection.reaction.id == reaction.id
            tag = "WINS" if won else ("holds" if ok and available else
                                      "blocked" if ok else "fails")
            if ok and available:
                passing.append(reaction)
            out.append(f"  [{tag}] {reaction.id}  {_score_text(reaction)}  "
                       f"({reaction.pos})")
            out.extend(lines)
            out.append(f"      {_status(trial, reaction, person_id)}")
    for problem in matcher.problems:
        out.append(f"  left out: {problem.format()}")
    out.append("")
    out.append(_verdict(trial, selection, passing, person_id))
    return "\n".join(out)


def _verdict(state: StoryState, selection: Any, passing: list[Reaction], person_id: str) -> str:
    if selection is None:
        return "nobody wins: no rule holds (the person says nothing)"
    winner: Reaction = selection.reaction
    best = [r for r in passing if r.score == winner.score]
    reason = f"the highest score ({winner.score})"
    if len(best) > 1:
        heavier = [r for r in best if r.weight == winner.weight]
        reason += f", then the highest weight ({winner.weight:g})" if len(heavier) < len(
            best) else ""
        if len(heavier) > 1:
            reason += f"; {len(heavier)} rules tie, so the least recently said one" \
                      " (then a seeded random pick) is taken"
    line = selection.line
    said = state.seen_lines.get(line.id, 0)
    return (f"winner: {winner.id} — {reason} among {len(passing)} rule(s) that hold.\n"
            f"line: {line.id} {line.text!r} (said {said} time(s) before; the least-said"
            " line wins)")
