"""Between the world and the dialogue engine: who says what, and what follows.

The world asks the director when the hero greets someone, when someone notices
him, or when he examines a thing. The director asks the engine, shows the
answer (a bubble, an emote, a conversation) and carries out the effects.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from game.diagnostics import ContentError

if TYPE_CHECKING:
    from pathlib import Path

    from game.app import App
    from game.dialogue.cache import FolderCache
    from game.dialogue.lint import LintOptions
    from game.world.entities import Npc
    from game.world.mapdata import Interactable
    from game.world.scene import WorldScene

log = logging.getLogger(__name__)

HISTORY_LIMIT = 200
NOTICE_CROWD = 2  # no new glance-remark while this many bubbles already show


class Director:
    def __init__(self, app: App) -> None:
        self.app = app
        self.pending_move: tuple[str, str] | None = None
        self.parsed: dict[Path, FolderCache] = {}  # dialogue files kept for hot reload
        self.lint_options: LintOptions | None = None
        self.chapter_card: int | None = None  # a chapter begun: the world shows its card

    @property
    def session(self):
        return self.app.session

    @property
    def engine(self):
        return self.app.session.engine

    # --- the world asks -------------------------------------------------------------

    def greet(self, world: WorldScene, npc: Npc) -> None:
        self._react(world, npc, "greet", fallback=True)

    def notice(self, world: WorldScene, npc: Npc) -> None:
        # a glance, not a chorus: in a crowd only a couple of people say something at once
        if len(world.bubbles) >= NOTICE_CROWD:
            return
        self._react(world, npc, "notice", fallback=False)

    def _react(self, world: WorldScene, npc: Npc, concept: str, *, fallback: bool) -> None:
        try:
            spoken = self.engine.react(npc.id, npc.role, concept)
        except ContentError as error:
            self.app.report_problem(str(error))
            return
        if spoken is None:
            if fallback:
                world.say(npc, "...")
            return
        world.play_emote(npc, spoken.emote)
        if spoken.start_scene:
            # the greeting opens the conversation, in the box rather than a bubble
            from game.dialogue import LineEvent

            prelude = LineEvent(spoken.speaker, spoken.name, spoken.portrait, spoken.text,
                                spoken.line_id, spoken.emote)
            self.start_scene(spoken.start_scene, person_id=npc.id, prelude=prelude)
            return
        speaker = world.session.player if spoken.speaker == "hero" else npc
        world.say(speaker, spoken.text)
        self.record(spoken.name, spoken.text)

    def examine(self, world: WorldScene, thing: Interactable) -> None:
        if not thing.scene:
            self.app.report_problem(f"{thing.id}: this {thing.kind} has no scene to start")
            return
        self.start_scene(thing.scene, person_id=None)

    # --- conversations --------------------------------------------------------------

    def start_scene(self, scene_id: str, person_id: str | None = None, prelude=None) -> None:
        from game.scenes.dialogue import DialogueScene

        try:
            run = self.engine.start_scene(scene_id, person_id=person_id)
        except (ContentError, KeyError) as error:
            self.app.report_problem(f"cannot start scene '{scene_id}': {error}")
            return
        from game.world.scene import WorldScene

        world = self.app.scenes.find(WorldScene)
        if world is not None:
            world.clear_bubbles()  # a conversation takes the floor; barks would hang on
        self.app.push(DialogueScene(self.app, run, prelude=prelude))

    def apply_effects(self, effects, dialogue=None) -> None:
        # over black (a `fade`), or once the story has ended, nothing pops up in a corner
        quiet = (dialogue is not None and dialogue.fade > 0) or self.story_ended()
        for effect in effects:
            kind, args = effect.kind, effect.args
            if kind == "face":
                self.session.set_face(str(args.get("face") if isinstance(args, dict) else args))
            elif kind == "move":
                self.pending_move = (args["map"], args.get("spawn", ""))
            elif kind == "notebook":
                self.app.audio.play_sound("page")
                if not quiet:
                    self.app.notify(self.ui_text("ui.notebook.updated", "Notebook updated."))
            elif kind in ("give", "take"):
                if not quiet:
                    from game.ui.widgets import ui_text

                    name = self.engine.item_name(str(args.get("item", "")))
                    self.app.notify(ui_text(self.app, f"ui.item.{kind}", item=name))
            elif kind == "chapter":
                self.app.audio.play_sound("page")
                self.app.director_chapter_started()
                if not self.story_ended():
                    self.chapter_card = int(args.get("chapter", 0)) or None
            elif kind == "sound":
                self.app.audio.play_sound(str(args.get("name") if isinstance(args, dict)
                                              else args))
            elif kind == "fade" and dialogue is not None:
                dialogue.fade = max(dialogue.fade, 0.01)
            else:
                log.debug("effect %s %r left to the scene", kind, args)

    def scene_ended(self, dialogue) -> None:
        if self.story_ended():
            from game.scenes.ending import EndingScene

            self.pending_move = None
            self.app.scenes.replace_all(EndingScene(self.app))
            return
        from game.world.scene import WorldScene

        world = self.app.scenes.find(WorldScene)
        if self.pending_move is None:
            if world is not None:
                world.refresh_people()  # the story may have sent someone away, or in
            return
        map_id, spawn = self.pending_move
        self.pending_move = None
        if world is None or map_id not in self.session.maps:
            self.app.report_problem(f"cannot move to map '{map_id}'")
            return
        world.enter_map(map_id, spawn or None, facing=None)

    def story_ended(self) -> bool:
        """Whether the content has ended the story (the fact `ending` set)."""
        try:
            return self.session.state.get("ending") not in (None, "none")
        except ContentError:  # content that declares no `ending`: it never ends this way
            return False

    def ui_text(self, text_id: str, english: str) -> str:
        """An interface string in the player's language, or the English given here."""
        return self.app.text(text_id, english)

    # --- history --------------------------------------------------------------------

    def record_line(self, event) -> None:
        self.record(event.name, event.text)

    def record(self, name: str, text: str) -> None:
        history = self.session.history
        history.append((name or "", text))
        del history[:-HISTORY_LIMIT]

    def line_seen_before(self, event) -> bool:
        return self.session.state.seen_lines.get(event.line_id, 0) > 1

    # --- hot reload -----------------------------------------------------------------

    def hot_reload(self, *, automatic: bool = False) -> bool:
        """Reload the dialogue files and keep the game state.

        If the new files have errors, the previous good version stays active and
        the player sees what is broken. Returns whether new content is in use.
        """
        from game.checks import dialogue_lint_options
        from game.diagnostics import Report
        from game.dialogue import load_content
        from game.dialogue.lint import lint_content

        app = self.app
        started = time.perf_counter()
        # the parsed files stay in memory between reloads: only the changed file is parsed
        content, problems = load_content(app.world_data.dialogue_dirs, cache_dir=app.paths.cache,
                                         caches=self.parsed)
        if self.lint_options is None:
            mods = getattr(app, "mods", None)
            assets = [m / "assets" for m in mods.folders] if mods is not None else []
            self.lint_options = dialogue_lint_options(app.paths, assets, languages=())
        # what the lint calls an error (an undeclared fact, a jump to nowhere) would break
        # the running game too: the previous version stays
        report = Report(list(problems))
        lint_content(content, report, self.lint_options)
        errors = [p for p in report.items if p.is_error]
        elapsed = (time.perf_counter() - started) * 1000
        log.info("dialogue reload took %.1f ms (%d errors)", elapsed, len(errors))
        if errors:
            from game.scenes.problems import ProblemsScene

            title = self.ui_text("ui.reload.broken",
                                 "The changed dialogue has errors; the previous version stays")
            app.push(ProblemsScene(app, title, [p.format() for p in errors]))
            return False
        summary = describe_changes(app.world_data.content, content)
        app.world_data.content = content
        app.ui_engine.reload(content)
        session = getattr(app, "session", None)
        if session is not None:
            session.engine.reload(content)
        if summary or not automatic:
            message = self.ui_text("ui.reload.done", "Dialogue reloaded")
            app.notify(f"{message} ({elapsed:.0f} ms): {summary or 'no changes'}")
        return True


def describe_changes(old, new) -> str:
    """A short account of what a reload changed, for the writer who pressed F5."""
    parts = []
    for label, before, after in (("reactions", old.reactions, new.reactions),
                                 ("scenes", old.scenes, new.scenes)):
        added = len(set(after) - set(before))
        removed = len(set(before) - set(after))
        if added:
            parts.append(f"{added} {label} added")
        if removed:
            parts.append(f"{removed} {label} removed")
    changed = sum(1 for key, source in new.texts.items()
                  if key in old.texts and old.texts[key].text != source.text)
    added_lines = len(set(new.texts) - set(old.texts))
    if changed:
        parts.append(f"{changed} lines changed")
    if added_lines:
        parts.append(f"{added_lines} lines added")
    return ", ".join(parts)
