"""Runs a scene (a conversation) step by step for the dialogue UI.

Each node's steps are compiled once into a flat program (ifs and option blocks become
jumps), so a position in a scene is just (scene, node, pc) plus a call stack: plain
JSON for a save. The UI reads ``current``, calls ``advance``/``choose``, and drains
game effects (move, notebook, chapter, sound, fade, face, items). A problem inside a
scene ends it with an ``EndEvent(error=...)``; it never raises to the game.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from game.diagnostics import ERROR, ContentError, Diagnostic
from game.safeio import brief

from . import model
from .effects import (
    Act,
    Chapter,
    Effect,
    Fade,
    Give,
    Move,
    NotebookPage,
    SetFace,
    Sound,
    Take,
    Turn,
    Walk,
)
from .matcher import compile_criterion, holds

if TYPE_CHECKING:
    from .facts import StoryState

log = logging.getLogger(__name__)

MAX_STEPS_WITHOUT_TEXT = 10_000  # a goto loop that never says anything
MAX_CALL_DEPTH = 64


# --- what the UI sees -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LineEvent:
    """A line to show: who says it, the name and portrait shown, and the text in the
    player's language."""

    speaker: str
    name: str
    portrait: str
    text: str
    line_id: str
    emote: str | None = None
    does: str | None = None  # a behaviour the speaker acts out on the map as this shows


@dataclass(frozen=True, slots=True)
class Option:
    """An option as the player sees it, in their language; one not enabled is shown but can't
    be chosen."""

    index: int  # pass this to ``choose``
    text: str
    enabled: bool
    id: str


@dataclass(frozen=True, slots=True)
class ChoiceEvent:
    """The options to show now; hidden ones are left out."""

    options: tuple[Option, ...]


@dataclass(frozen=True, slots=True)
class EndEvent:
    """The scene is over; `error` says why when a problem ended it."""

    error: str | None = None


Event = LineEvent | ChoiceEvent | EndEvent


# --- compiled programs ------------------------------------------------------------------

# Instructions: ("line", Line) | ("choice", ChoiceStep, targets) | ("jump", pc)
# | ("unless", criteria, pc) | ("goto", target, pos) | ("call", target, pos)
# | ("do", step) | ("end",)
Instruction = tuple[Any, ...]


def compile_node(node: model.Node) -> tuple[Instruction, ...]:
    out: list[list[Any]] = []
    _emit(node.steps, out)
    return tuple(tuple(instruction) for instruction in out)


def _emit(steps: tuple[model.Step, ...], out: list[list[Any]]) -> None:
    for step in steps:
        if isinstance(step, model.LineStep):
            out.append(["line", step.line])
        elif isinstance(step, model.IfStep):
            test = len(out)
            out.append(["unless", step.when, None])
            _emit(step.then, out)
            if step.otherwise:
                skip = len(out)
                out.append(["jump", None])
                out[test][2] = len(out)
                _emit(step.otherwise, out)
                out[skip][1] = len(out)
            else:
                out[test][2] = len(out)
        elif isinstance(step, model.ChoiceStep):
            _emit_choice(step, out)
        elif isinstance(step, model.GotoStep):
            out.append(["goto", step.target, step.pos])
        elif isinstance(step, model.CallStep):
            out.append(["call", step.target, step.pos])
        elif isinstance(step, model.EndStep):
            out.append(["end"])
        else:
            out.append(["do", step])


def _emit_choice(step: model.ChoiceStep, out: list[list[Any]]) -> None:
    choice = len(out)
    targets: list[int | None] = []
    out.append(["choice", step, targets])
    jumps_to_after: list[int] = []
    for option in step.options:
        if not option.do and option.goto is None:
            targets.append(None)  # continue after the choice
            continue
        targets.append(len(out))
        _emit(option.do, out)
        if option.goto is not None:
            out.append(["goto", option.goto, option.goto_pos or option.pos])
        else:
            jumps_to_after.append(len(out))
            out.append(["jump", None])
    after = len(out)
    out[choice][2] = tuple(after if t is None else t for t in targets)
    for index in jumps_to_after:
        out[index][1] = after


class SceneError(Exception):
    """A scene can't go on; the run ends with this message."""


def resume_error(message: str) -> ContentError:
    return ContentError([Diagnostic("D090", ERROR, "<save>", 0, 0, message)])


# --- the run ----------------------------------------------------------------------------


class Host(Protocol):
    """What a run reads from the engine that starts it (``DialogueEngine``)."""

    content: model.Content
    state: StoryState

    def program(self, scene_id: str, node: str) -> tuple[Instruction, ...]: ...

    def text(self, text_id: str, person_id: str | None = None) -> str: ...

    def speaker_view(self, speaker: str, person_id: str | None = None,
                     role: str | None = None) -> tuple[str, str]: ...


class SceneRun:
    """One conversation in progress. Create with ``DialogueEngine.start_scene``."""

    def __init__(self, engine: Host, scene_id: str, person_id: str | None = None,
                 *, node: str | None = None, pc: int = 0,
                 stack: list[tuple[str, str, int]] | None = None) -> None:
        self.engine = engine
        self.person_id = person_id
        self.scene = scene_id
        self.node = node or ""
        self.pc = pc
        self.stack: list[tuple[str, str, int]] = list(stack or [])
        self.current: Event = EndEvent()
        self._effects: list[Effect] = []
        self._visible: tuple[int, ...] = ()  # option positions behind the shown indexes
        # a resumed run shows again the line it was saved on; that is not a new saying
        self._recount = node is None
        if node is None:
            scene = engine.content.scenes.get(scene_id)
            if scene is None:
                self.current = EndEvent(f"no scene `{scene_id}`")
                return
            self.node = scene.start
        self._run()
        self._recount = True

    # --- the UI's verbs -----------------------------------------------------------------

    @property
    def finished(self) -> bool:
        return isinstance(self.current, EndEvent)

    def advance(self) -> Event:
        """After a line: go on to the next line, choice or end."""
        if isinstance(self.current, LineEvent):
            self.pc += 1
            self._run()
        return self.current

    def choose(self, index: int) -> Event:
        """Pick a shown option by its ``Option.index``; a disabled one is refused."""
        event = self.current
        if not isinstance(event, ChoiceEvent):
            raise ValueError("no choice is being offered")
        if not 0 <= index < len(event.options) or not event.options[index].enabled:
            raise ValueError(f"option {index} can't be chosen")
        instruction = self._program()[self.pc]
        self.pc = instruction[2][self._visible[index]]
        self._run()
        return self.current

    def drain_effects(self) -> list[Effect]:
        effects, self._effects = self._effects, []
        return effects

    @property
    def position(self) -> dict[str, Any]:
        """Where the run rests, as plain JSON data for a save."""
        return {
            "scene": self.scene, "node": self.node, "pc": self.pc,
            "stack": [list(frame) for frame in self.stack], "person": self.person_id,
        }

    # --- running ------------------------------------------------------------------------

    def _program(self, scene_id: str | None = None, node: str | None = None
                 ) -> tuple[Instruction, ...]:
        return self.engine.program(scene_id or self.scene, node or self.node)

    def _run(self) -> None:
        """Execute until the run rests on a line, a choice or the end."""
        try:
            self.current = self._run_until_rest()
        except (SceneError, ContentError) as exc:
            message = str(exc)
            log.warning("scene %s stopped at %s:%s: %s", self.scene, self.node, self.pc,
                        message)
            self.current = EndEvent(message)
        except Exception as exc:  # the game must go on; the message reaches the screen
            log.exception("scene %s failed at %s:%s", self.scene, self.node, self.pc)
            self.current = EndEvent(f"{type(exc).__name__}: {exc}")

    def _run_until_rest(self) -> Event:
        for _ in range(MAX_STEPS_WITHOUT_TEXT):
            program = self._program()
            if self.pc >= len(program):  # the node ran out: return, or the scene ends
                if not self.stack:
                    return EndEvent()
                self.scene, self.node, self.pc = self.stack.pop()
                continue
            instruction = program[self.pc]
            kind = instruction[0]
            if kind == "line":
                return self._line(instruction[1])
            if kind == "choice":
                event = self._choice(instruction[1])
                if event is not None:
                    return event
            elif kind == "jump":
                self.pc = instruction[1]
            elif kind == "unless":
                self.pc = self.pc + 1 if self._holds(instruction[1]) else instruction[2]
            elif kind == "goto":
                if instruction[1] == "end":
                    return EndEvent()
                self.scene, self.node = self._target(instruction[1], call=False)
                self.pc = 0
            elif kind == "call":
                if len(self.stack) >= MAX_CALL_DEPTH:
                    raise SceneError(f"calls nested deeper than {MAX_CALL_DEPTH}")
                scene, node = self._target(instruction[1], call=True)
                self.stack.append((self.scene, self.node, self.pc + 1))
                self.scene, self.node, self.pc = scene, node, 0
            elif kind == "end":
                return EndEvent()
            else:
                self._do(instruction[1])
                self.pc += 1
        raise SceneError(f"{MAX_STEPS_WITHOUT_TEXT} steps without a line: a goto loop?")

    def _target(self, target: str, *, call: bool) -> tuple[str, str]:
        scene_id, dot, node = target.partition(".")
        if not dot:
            scene_id, node = (target, "") if call else (self.scene, target)
        scene = self.engine.content.scenes.get(scene_id)
        if scene is None:
            raise SceneError(f"no scene `{scene_id}` (from `{target}`)")
        node = node or scene.start
        if node not in scene.nodes:
            raise SceneError(f"no node `{node}` in scene `{scene_id}`")
        return scene_id, node

    def _holds(self, criteria: tuple[model.Criterion, ...]) -> bool:
        content, state = self.engine.content, self.engine.state
        try:
            checks = tuple(compile_criterion(content, c) for c in criteria)
        except ValueError as exc:
            raise SceneError(str(exc)) from None
        if self.person_id is None and any(c[1] for c in checks):
            raise SceneError("`self.` facts need a person; start the scene with one")
        return holds(checks, state, self.person_id or "")

    def _line(self, line: model.Line) -> LineEvent:
        engine = self.engine
        speaker = line.speaker or self.person_id or ""
        name, portrait = engine.speaker_view(speaker, self.person_id)
        text = engine.text(line.id, self.person_id)
        if self._recount:
            seen = engine.state.seen_lines
            seen[line.id] = seen.get(line.id, 0) + 1
        return LineEvent(speaker, name, line.portrait or portrait, text, line.id, line.emote,
                         line.does)

    def _choice(self, step: model.ChoiceStep) -> ChoiceEvent | None:
        shown: list[Option] = []
        positions: list[int] = []
        for position, option in enumerate(step.options):
            enabled = self._holds(option.when)
            if enabled or option.show_disabled:
                text = self.engine.text(option.id, self.person_id)
                shown.append(Option(len(shown), text, enabled, option.id))
                positions.append(position)
        if not any(option.enabled for option in shown):
            raise SceneError(f"no option of the choice at {step.pos} can be chosen")
        self._visible = tuple(positions)
        return ChoiceEvent(tuple(shown))

    def _do(self, step: model.Step) -> None:
        state = self.engine.state
        if isinstance(step, model.SetStep):
            for assignment in step.assignments:
                state.set(self._own(assignment.fact), assignment.value, pos=assignment.pos,
                          raw=assignment.raw)
        elif isinstance(step, model.ClearStep):
            for fact in step.facts:
                state.clear(self._own(fact))
        elif isinstance(step, model.ItemStep):
            if step.item not in self.engine.content.items:
                raise SceneError(f"unknown item `{step.item}` at {step.pos}")
            (state.give if step.give else state.take)(step.item)
            self._effects.append(Give(step.item) if step.give else Take(step.item))
        elif isinstance(step, model.FaceStep):
            state.set("face", step.face, pos=step.pos)
            self._effects.append(SetFace(step.face))
        elif isinstance(step, model.MoveStep):
            self._effects.append(Move(step.map, step.spawn))
        elif isinstance(step, model.NotebookStep):
            state.add_page(step.id, step.notebook)
            self._effects.append(NotebookPage(
                step.id, step.notebook, self.engine.text(f"{step.id}.title", self.person_id),
                self.engine.text(step.id, self.person_id)))
        elif isinstance(step, model.ChapterStep):
            state.chapter = step.chapter
            self._effects.append(Chapter(step.chapter))
        elif isinstance(step, model.SoundStep):
            self._effects.append(Sound(step.name))
        elif isinstance(step, model.FadeStep):
            self._effects.append(Fade(step.to))
        elif isinstance(step, model.WalkStep):
            self._effects.append(Walk(self._who(step.who), step.to, step.wait, step.run))
        elif isinstance(step, model.TurnStep):
            self._effects.append(Turn(self._who(step.who), step.to))
        elif isinstance(step, model.ActStep):
            self._effects.append(Act(self._who(step.who), step.does, step.wait))
        else:
            raise SceneError(f"can't run step {type(step).__name__}")

    def _who(self, who: str | None) -> str:
        if who is None:
            if self.person_id is None:
                raise SceneError("a `walk`, `turn` or `act` step without `who` needs a "
                                 "person; start the scene with one")
            return self.person_id
        return who

    def _own(self, fact: str) -> str:
        if fact.startswith("self."):
            if self.person_id is None:
                raise SceneError(f"`{fact}` needs a person; start the scene with one")
            return f"{self.person_id}.{fact[5:]}"
        return fact


def resume(engine: Host, position: Any) -> SceneRun:
    """A run restored from ``SceneRun.position``; ContentError (file "<save>") if the
    position no longer fits the content (a scene or node gone, steps removed)."""
    part = "position"  # what is being read, to name in the message
    try:
        person = position.get("person")
        part = "scene"
        scene = str(position["scene"])
        part = "node"
        node = str(position["node"])
        part = "pc"
        pc = int(position["pc"])
        part = "stack"
        stack = [(str(s), str(n), int(p)) for s, n, p in position["stack"]]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        said = ("" if part == "position" else f": its `{part}` is missing"
                if isinstance(exc, KeyError) and exc.args == (part,)
                else f": its `{part}` can't be read")
        raise resume_error(f"the saved conversation is damaged{said}") from None
    for frame_scene, frame_node, frame_pc in [*stack, (scene, node, pc)]:
        found = engine.content.scenes.get(frame_scene)
        if found is None:
            raise resume_error(f"the saved conversation's scene `{brief(frame_scene)}` no "
                               "longer exists")
        if frame_node not in found.nodes:
            raise resume_error(f"scene `{frame_scene}` no longer has a node "
                               f"`{brief(frame_node)}`")
        if not 0 <= frame_pc <= len(engine.program(frame_scene, frame_node)):
            raise resume_error(f"node `{frame_scene}.{frame_node}` has changed since the save")
    if pc < len(engine.program(scene, node)) and engine.program(scene, node)[pc][0] not in (
            "line", "choice"):
        raise resume_error(f"node `{scene}.{node}` has changed since the save")
    return SceneRun(engine, scene, None if person is None else str(person), node=node, pc=pc,
                    stack=stack)
