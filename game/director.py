"""Between the world and the dialogue engine: who says what, and what follows.

The world asks the director when the hero greets someone, when someone notices
him, or when he examines a thing. The director asks the engine, shows the
answer (a bubble, an emote, a conversation) and carries out the effects.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from game.diagnostics import ContentError
from game.dialogue.effects import (
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

if TYPE_CHECKING:
    from game.dialogue import DialogueEngine, LineEvent
    from game.dialogue.engine import SpokenLine
    from game.scenes.base import SceneContext
    from game.session import Session
    from game.world.entities import Actor, Npc
    from game.world.mapdata import Interactable

HISTORY_LIMIT = 200
NOTICE_CROWD = 1  # one voice at a time: no glance-remark while another bubble shows
WORN = 2  # a glance-remark already this often in the history is acted, not said again


class Stage(Protocol):
    """What the director asks of the world scene it directs."""

    bubbles: list[Any]

    def say(self, actor: Actor, text: str) -> None: ...

    def play_emote(self, npc: Npc, emote: str | None, does: str | None = None) -> None: ...

    def act_line(self, speaker: str, does: str | None, emote: str | None) -> None: ...

    def direct(self, effect: Walk | Turn | Act) -> None: ...

    def update_stage(self, dt: float) -> bool: ...

    def clear_bubbles(self) -> None: ...

    def refresh_people(self) -> None: ...

    def enter_map(self, map_id: str, spawn_name: str | None, *, facing: str | None) -> None: ...

    def chapter_begun(self, chapter: int) -> None: ...


class Director:
    """One playthrough's director. ``stage`` is the world scene, attached once it exists;
    ``chapter_started`` is the app's autosave."""

    def __init__(self, ctx: SceneContext, session: Session, *,
                 chapter_started: Callable[[], object]) -> None:
        self.ctx = ctx
        self.session = session
        self.chapter_started = chapter_started
        self.stage: Stage | None = None
        self.pending_move: tuple[str, str] | None = None
        self._handlers: dict[type, Callable[[Any, bool], None]] = {
            Give: self._give, Take: self._take, SetFace: self._set_face, Move: self._move,
            NotebookPage: self._notebook, Chapter: self._chapter, Sound: self._sound,
            Fade: self._fade, Walk: self._direct, Turn: self._direct, Act: self._direct,
        }

    @property
    def engine(self) -> DialogueEngine:
        return self.session.engine

    # --- the world asks -------------------------------------------------------------

    def greet(self, world: Stage, npc: Npc) -> None:
        self._react(world, npc, "greet", fallback=True)

    def notice(self, world: Stage, npc: Npc) -> None:
        """Someone sees him pass. What they do is always acted; what they say only when
        nobody else is speaking and the line is not worn (said WORN times already)."""
        try:
            selection = self.engine.query_reaction(npc.id, npc.role, "notice")
        except ContentError as error:
            self.ctx.report_problem(str(error))
            return
        if selection is None:
            return
        line = selection.line
        text = self.engine.text(line.id, npc.id)
        worn = sum(1 for _, said in self.session.history if said == text) >= WORN
        if (worn or len(world.bubbles) >= NOTICE_CROWD) and not selection.reaction.start:
            # acted in silence, and committed all the same (its cooldown, its turn among
            # the rules), so the next glance is another behaviour
            self.engine.commit(selection)
            world.play_emote(npc, line.emote, line.does or selection.reaction.does)
            return
        self._show(world, npc, self.engine.commit(selection))

    def _react(self, world: Stage, npc: Npc, concept: str, *, fallback: bool) -> None:
        try:
            spoken = self.engine.react(npc.id, npc.role, concept)
        except ContentError as error:
            self.ctx.report_problem(str(error))
            return
        if spoken is None:
            if fallback:
                world.say(npc, "...")
            return
        self._show(world, npc, spoken)

    def _show(self, world: Stage, npc: Npc, spoken: SpokenLine) -> None:
        """A reaction line said: acted by the person, then in a bubble or a conversation."""
        world.play_emote(npc, spoken.emote, spoken.does)
        if spoken.start_scene:
            # the greeting opens the conversation, in the box rather than a bubble
            from game.dialogue import LineEvent

            prelude = LineEvent(spoken.speaker, spoken.name, spoken.portrait, spoken.text,
                                spoken.line_id, spoken.emote)
            self.start_scene(spoken.start_scene, person_id=npc.id, prelude=prelude)
            return
        hero = spoken.speaker == "hero"
        world.say(self.session.player if hero else npc, spoken.text)
        self.record(self.hero_mark() if hero else spoken.name, spoken.text)

    def examine(self, thing: Interactable) -> None:
        if not thing.scene:
            self.ctx.report_problem(f"{thing.id}: this {thing.kind} has no scene to start")
            return
        self.start_scene(thing.scene, person_id=None)

    # --- conversations --------------------------------------------------------------

    def start_scene(self, scene_id: str, person_id: str | None = None,
                    prelude: LineEvent | None = None) -> None:
        from game.scenes.dialogue import DialogueScene

        try:
            run = self.engine.start_scene(scene_id, person_id=person_id)
        except (ContentError, KeyError) as error:
            self.ctx.report_problem(f"cannot start scene '{scene_id}': {error}")
            return
        if self.stage is not None:
            self.stage.clear_bubbles()  # a conversation takes the floor; barks would hang on
        self.ctx.push(DialogueScene(self.ctx, self.session, self, run, prelude=prelude))

    def apply_effects(self, effects: Sequence[Effect], *, over_black: bool = False) -> bool:
        """Carry out a conversation's effects, each by the handler of its type; True when
        one asks the box to fade to black (the box does that itself)."""
        # over black (a `fade`), or once the story has ended, nothing pops up in a corner
        quiet = over_black or self.story_ended()
        for effect in effects:
            self._handlers[type(effect)](effect, quiet)
        return any(isinstance(effect, Fade) for effect in effects)

    def _give(self, effect: Give, quiet: bool) -> None:
        if not quiet:
            self.ctx.notify(self.ctx.text("ui.item.give", item=self.engine.item_name(effect.item)))

    def _take(self, effect: Take, quiet: bool) -> None:
        if not quiet:
            self.ctx.notify(self.ctx.text("ui.item.take", item=self.engine.item_name(effect.item)))

    def _set_face(self, effect: SetFace, quiet: bool) -> None:
        self.session.set_face(effect.face)

    def _move(self, effect: Move, quiet: bool) -> None:
        self.pending_move = (effect.map, effect.spawn)  # once the conversation is over

    def _notebook(self, effect: NotebookPage, quiet: bool) -> None:
        self.ctx.audio.play_sound("page")
        if not quiet:
            self.ctx.notify(self.ctx.text("ui.notebook.updated"))

    def _chapter(self, effect: Chapter, quiet: bool) -> None:
        self.ctx.audio.play_sound("page")
        self.chapter_started()
        if not self.story_ended() and effect.chapter and self.stage is not None:
            self.stage.chapter_begun(effect.chapter)

    def _sound(self, effect: Sound, quiet: bool) -> None:
        self.ctx.audio.play_sound(effect.name)

    def _fade(self, effect: Fade, quiet: bool) -> None:
        """The dialogue box fades itself (``apply_effects`` tells it to)."""

    def _direct(self, effect: Walk | Turn | Act, quiet: bool) -> None:
        """`walk`, `turn`, `act`: the world moves its people (in order, see acts.py)."""
        if self.stage is not None:
            self.stage.direct(effect)

    def staging(self, dt: float) -> bool:
        """While a conversation runs, the people it moves go on moving; True while a
        move the conversation waits for is under way (the box then waits)."""
        return self.stage.update_stage(dt) if self.stage is not None else False

    def scene_ended(self) -> None:
        """A conversation closed: the story may have ended, moved the hero, or sent
        someone away."""
        if self.story_ended():
            from game.scenes.ending import EndingScene

            self.pending_move = None
            self.ctx.replace(EndingScene(self.ctx, self.session))
            return
        if self.pending_move is None:
            if self.stage is not None:
                self.stage.refresh_people()  # the story may have sent someone away, or in
            return
        map_id, spawn = self.pending_move
        self.pending_move = None
        if self.stage is None or map_id not in self.session.maps:
            self.ctx.report_problem(f"cannot move to map '{map_id}'")
            return
        self.stage.enter_map(map_id, spawn or None, facing=None)

    def story_ended(self) -> bool:
        """Whether the content has ended the story (the fact `ending` set)."""
        try:
            return self.session.state.get("ending") not in (None, "none")
        except ContentError:  # content that declares no `ending`: it never ends this way
            return False

    # --- history --------------------------------------------------------------------

    def record_line(self, event: LineEvent) -> None:
        """A conversation's line shown: into the history (the hero's with his mark),
        and its `does` acted by its speaker on the map."""
        hero = event.speaker == "hero"
        self.record(self.hero_mark() if hero else event.name, event.text)
        if self.stage is not None and (event.does or event.emote):
            self.stage.act_line(event.speaker, event.does, event.emote)

    def hero_mark(self) -> str:
        """How the history names the hero's own words: his name, or the mark for him."""
        hero = self.engine.content.people.get("hero")
        if hero is not None:
            return self.engine.cast_name(hero.id, hero.name)
        return self.ctx.text("ui.history.hero")

    def record(self, name: str, text: str) -> None:
        history = self.session.history
        history.append((name or "", text))
        del history[:-HISTORY_LIMIT]

    def line_seen_before(self, event: LineEvent) -> bool:
        return self.session.state.seen_lines.get(event.line_id, 0) > 1
