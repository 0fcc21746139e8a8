"""The application: the window, the fixed-step loop, the scene stack and the harness.

Real play runs on real time; the headless harness (``--frames``) runs exactly
one fixed step and one draw per frame, as fast as it can, so runs are
deterministic. Scripted input feeds the same actions a keyboard would.
"""

from __future__ import annotations

import gc
import io
import logging
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from game import __version__
from game.assets import Assets
from game.audio import Audio
from game.diagnostics import StartError
from game.dialogue.i18n import languages
from game.display import Display
from game.input import ActionEvent, Bindings, InputState, known_actions
from game.loop import STEP, FramePacer, frame_interval, run_paced
from game.loop import still_for as scenes_still_for
from game.modset import load_mods, refusal_report
from game.paths import FILE_IN_THE_WAY, Paths
from game.reload import DialogueReloader, DialogueWatcher
from game.safeio import printable, read_image
from game.saveload import AUTO_SLOT, QUICK_SLOT, SaveService, save_folder, thumbnail_png
from game.saves import SaveStore
from game.scenes.base import SceneContext, SceneStack
from game.scenes.problems import ProblemsScene
from game.scenes.title import Backdrop, TitleScene
from game.session import START_MAP, Session, load_world
from game.settings import load_settings, save_settings
from game.ui import text as ui
from game.ui.strings import UiText
from game.ui.toasts import NOTE_TIME, PROBLEM_TIME, Toasts
from game.ui.widgets import MenuScene

# Play's own modules (the director, the world and dialogue scenes, the maps drawn ahead,
# the input script) are imported where a playthrough needs them, not above: the title's
# first frame waits for none of them (benchmarks/loop.py, start to title).
if TYPE_CHECKING:
    from game.dialogue import Content
    from game.director import Director
    from game.script import ScriptPlayer
    from game.world.preload import MapPreloader
    from game.world.render import MapRenderer

log = logging.getLogger(__name__)

# window events after which the next frame is shown whole, not only what changed
WHOLE_AGAIN = frozenset((pygame.VIDEOEXPOSE, pygame.WINDOWEXPOSED, pygame.WINDOWSHOWN,
                         pygame.WINDOWRESTORED, pygame.WINDOWMAXIMIZED,
                         pygame.WINDOWSIZECHANGED, pygame.WINDOWDISPLAYCHANGED))


@dataclass(slots=True)
class Options:
    frames: int | None = None
    input: Path | None = None
    screenshot: Path | None = None
    map: str | None = None
    spawn: str | None = None
    face: str | None = None
    seed: int = 0
    mods: list[Path] = field(default_factory=list)
    watch: bool = False
    debug: bool = False
    scale: int | None = None
    fullscreen: bool | None = None
    language: str | None = None
    sound: bool = True
    started: float = field(default_factory=time.perf_counter)
    # started with a developer's option (--map, --spawn, --face, --frames, --input): its
    # saves go to their own slots, never over the player's autosave or quick save
    developer: bool = False


class App:
    """The whole game for one run. Everything it holds is made here, in ``__init__``:
    the window, the loaded world and every service scenes get through their context.
    Nothing touches the machine at import."""

    def __init__(self, options: Options, paths: Paths) -> None:
        self.options = options
        self.paths = paths
        self.scenes = SceneStack()
        self.toasts = Toasts()
        self.running = True
        self.frame = 0
        self.first_frame_at: float | None = None
        self.exit_code = 0
        self.map_renderers: dict[str, MapRenderer] = {}  # drawn maps, shared by world scenes
        # a playthrough: none on the title screen, one from a new game or a loaded save
        self.session: Session | None = None
        self.director: Director | None = None
        self._reload_problems: ProblemsScene | None = None  # the last failed reload's list
        self.preloader: MapPreloader | None = None  # maps drawn ahead (made when first used)
        self._waited: list[pygame.event.Event] = []  # an event that ended a sleep
        self._drawn_key: tuple = ()  # what the last frame showed (_picture_key)
        self._shown: tuple | None = None  # the scenes that drew the last frame (draw)
        self._above: tuple[pygame.Rect, ...] = ()  # where those over the bottom one drew
        self._exposed = False  # the window must be shown whole again (uncovered, restored)
        self.pacer: FramePacer | None = None  # real-time play's (make_pacer)
        self._pads_opened = False  # after the first frame (pump)

        unusable = paths.ensure_user_folders()  # told to the player once words are loaded
        paths.clean_temporaries()  # left by a write the game was killed in the middle of
        self.settings, messages = load_settings(paths.settings_file)
        for message in messages:
            self.report_problem(message)
        if options.language:
            self.settings.language = options.language
        pygame.display.init()
        pygame.font.init()
        self.display = Display(
            window_scale=options.scale or self.settings.window_scale,
            fullscreen=self.settings.fullscreen if options.fullscreen is None
            else options.fullscreen,
            vsync=self.settings.vsync,
        )
        self.mods = load_mods(paths, options.mods)
        self.mods_report = refusal_report(paths, self.mods.refused)
        self.assets = Assets([paths.assets, *(mod / "assets" for mod in self.mods.folders
                                              if (mod / "assets").is_dir())])
        self.display.open(self._icon())
        self.fonts = ui.Fonts(self.display.scale, self.settings.text_size)
        self.input = InputState(Bindings.from_names(self.settings.keys, self.settings.pad))
        self.audio = Audio(paths.assets, enabled=options.sound)
        self.audio.set_volumes(self.settings.music_volume, self.settings.sound_volume)
        self.world_data = load_world(paths, self.mods.folders, self.report_problem,
                                     cache=paths.cache)
        self.text = UiText(lambda: self.world_data.content, lambda: self.settings.language)
        self._check_language()
        for name, folder, reason in unusable:
            key = {"saves": "ui.folders.saves_off", "config": "ui.folders.settings_off"}.get(
                name, "ui.folders.missing")
            if reason == FILE_IN_THE_WAY:  # in the player's words (the system's can't be)
                reason = self.text("ui.folders.file_in_the_way")
            self.report_problem(self.text(key, folder=printable(str(folder)), reason=reason))
        store = SaveStore(save_folder(paths.saves, options.developer), __version__)
        self.saves = SaveService(store, self.world_data, text=self.text, notify=self.notify,
                                 report_problem=self.report_problem,
                                 play_sound=self.audio.play_sound)
        self.context = SceneContext(
            display=self.display, fonts=self.fonts, assets=self.assets, audio=self.audio,
            input=self.input, settings=self.settings, text=self.text, notify=self.notify,
            report_problem=self.report_problem, saves=self.saves, game=self, stack=self.scenes,
            headless=options.frames is not None, debug=options.debug)
        self.reloader = DialogueReloader(
            self.world_data, paths, self.mods.folders, text=self.text, notify=self.notify,
            show_problems=self._show_problems, content_replaced=self._content_replaced)
        self.watcher = (DialogueWatcher(self.world_data.dialogue_dirs, self.hot_reload)
                        if options.watch else None)
        self.script: ScriptPlayer | None = None
        if options.input is not None:
            from game.script import ScriptPlayer, load_script

            self.script = ScriptPlayer.from_commands(load_script(options.input, known_actions()))
        # what was loaded lives for the whole run: keep the cyclic collector from walking
        # it again and again (its full passes were the slowest frames and queries)
        gc.freeze()

    def _icon(self) -> pygame.Surface | None:
        """The window's icon (a mod may bring its own): checked before it is decoded."""
        path = self.assets.find("ui/icon.png")
        if path is None:
            return None
        try:
            return pygame.image.load(io.BytesIO(read_image(path)), "icon.png")
        except (OSError, pygame.error) as error:
            log.warning("window icon %s not used: %s", printable(str(path)), error)
            return None

    def _check_language(self) -> None:
        """The settings or --language may name a language no loaded content has (a mod
        that was removed or refused): English then, and the player is told."""
        language = self.settings.language
        if language not in languages(self.world_data.content):
            self.settings.language = "en"
            self.report_problem(self.text("ui.language.missing", language=printable(language)))

    def check_start(self) -> None:
        """--map and --spawn must name what the loaded game has (a refused mod's map is
        not there): StartError, one line and exit 2, instead of a crash."""
        map_id, spawn = self.options.map, self.options.spawn
        if map_id is None:
            return
        maps = self.world_data.maps
        try:
            data = maps[map_id]
        except KeyError as error:
            cause = error.__cause__
            why = f": {cause}" if cause is not None else (
                f" (maps: {', '.join(sorted(maps))})")
            raise StartError(f"no map named {map_id!r} in the game as loaded{why}") from None
        if spawn is not None and spawn not in data.spawns:
            raise StartError(f"map {map_id!r} has no spawn {spawn!r} "
                             f"(spawns: {', '.join(sorted(data.spawns))})")

    def start(self) -> None:
        """The first scene: straight into the world with --map, else the title."""
        self.check_start()
        if self.options.map is not None:
            self.new_game(map_id=self.options.map, spawn=self.options.spawn,
                          face=self.options.face)
        else:
            self.scenes.replace_all(self._title())
        self.show_refused_mods()

    def show_refused_mods(self) -> None:
        """A broken mod is refused with a readable message; the game runs without it."""
        if not self.mods.refused:
            return
        lines = []
        for mod in self.mods.refused:
            errors = [p for p in mod.problems if p.is_error]
            lines.append(f"{mod.title}: {len(errors)} problem(s)")
            lines += [f"  {p.format()}" for p in errors[:3]]
        footer = self.text("ui.problems.runs_without")
        if self.mods_report:
            footer = f"{self.text('ui.problems.mods_report', file=self.mods_report)} {footer}"
        self.context.push(ProblemsScene(self.context, self.text("ui.problems.mods_refused"),
                                        lines, footer))

    def _show_problems(self, title: str, lines: list[str]) -> None:
        # a failed reload after a failed reload replaces the list: one screen, the latest
        if self._reload_problems is not None:
            self.context.remove(self._reload_problems)
        self._reload_problems = ProblemsScene(self.context, title, lines)
        self.context.push(self._reload_problems)

    def _title(self) -> TitleScene:
        return TitleScene(self.context, Backdrop.of(self.world_data, self.paths))

    # --- a playthrough ----------------------------------------------------------------

    def new_game(self, *, map_id: str | None = None, spawn: str | None = None,
                 face: str | None = None) -> None:
        session = Session.new(self.world_data, self.options.seed, map_id=map_id,
                              spawn=spawn, face=face, language=self.settings.language)
        director = self._play(session)
        if map_id is None and "opening" in self.world_data.content.scenes:
            # a real new game (not a developer's --map start) opens with the story
            director.start_scene("opening")

    def _play(self, session: Session, *, tile: tuple[int, int] | None = None,
              facing: str | None = None) -> Director:
        """Put ``session`` in play: its director and world scene replace what was shown.
        Raises KeyError or ValueError when its place can't be shown (the old game stays)."""
        from game.director import Director
        from game.world.scene import WorldScene

        director = Director(self.context, session, chapter_started=self.autosave)
        world = WorldScene(self.context, session, director, renderers=self.map_renderers,
                           seed=self.options.seed)
        if tile is not None or facing is not None:
            world.enter_map(session.map_id, session.spawn, facing=facing, tile=tile)
        director.stage = world
        self.session, self.director = session, director
        session.on_face_changed = self._face_changed
        self._face_changed(session.face)
        self.context.replace(world)
        return director

    def _face_changed(self, face: str) -> None:
        self.audio.set_muffled(face == "bandages")

    def in_play(self) -> bool:
        """True while a playthrough is on the stack (not on the title or credits)."""
        if self.session is None:
            return False
        from game.world.scene import WorldScene

        return self.scenes.find(WorldScene) is not None

    def to_title(self) -> None:
        if self.in_play() and self.autosave():
            self.notify(self.text("ui.pause.autosaved"))
        self.context.replace(self._title())

    # --- saving -----------------------------------------------------------------------

    def save(self, slot: str, *, force: bool = False, quiet: bool = False) -> bool:
        """Save the game in play, with the conversation on screen and a picture of it."""
        if self.session is None or not self.in_play():
            return False
        from game.scenes.dialogue import DialogueScene

        dialogue = self.scenes.find(DialogueScene)
        position = (dict(dialogue.run.position) if isinstance(dialogue, DialogueScene)
                    and not dialogue.run.finished else None)
        return self.saves.save(slot, self.session, position, self._thumbnail(), force=force,
                               quiet=quiet)

    def autosave(self) -> bool:
        """The autosave (chapter starts, quitting): never replaces a damaged file unasked."""
        return self.save(AUTO_SLOT, quiet=True)

    def _thumbnail(self) -> bytes | None:
        """The game as it looks under any menus."""
        frame = pygame.Surface(self.display.surface.get_size())
        scenes = [s for s in self.scenes if not isinstance(s, MenuScene)]
        start = max((i for i, scene in enumerate(scenes) if scene.opaque), default=0)
        for scene in scenes[start:]:
            scene.draw(frame)
        return thumbnail_png(frame, self.display.viewport)

    def load(self, slot: str, *, backup: bool = False) -> bool:
        resumed = self.saves.load(slot, seed=self.options.seed, language=self.settings.language,
                                  backup=backup)
        if resumed is None:
            return False
        try:
            director = self._play(resumed.session, tile=resumed.tile, facing=resumed.facing)
        except (KeyError, ValueError) as error:
            self.saves.failed(f"the place it was saved in can't be shown ({error})")
            return False
        if resumed.conversation is not None:
            from game.scenes.dialogue import DialogueScene

            self.context.push(DialogueScene(self.context, resumed.session, director,
                                            resumed.conversation))
        self.saves.loaded(slot)
        return True

    def continue_latest(self) -> bool:
        info = self.saves.latest()
        if info is None:
            self.notify(self.text("ui.saves.none"))
            return False
        return self.load(info.slot)

    def quicksave(self) -> bool:
        return self.save(QUICK_SLOT)

    def quickload(self) -> bool:
        if self.saves.is_empty(QUICK_SLOT):
            self.notify(self.text("ui.saves.no_quick"))
            return False
        return self.load(QUICK_SLOT)

    # --- dialogue reloads -------------------------------------------------------------

    def hot_reload(self, *, automatic: bool = False) -> bool:
        return self.reloader.reload(automatic=automatic)

    def _content_replaced(self, content: Content) -> None:
        if self.session is not None:
            self.session.engine.reload(content)

    # --- the loop -----------------------------------------------------------------------

    def run(self) -> int:
        self.start()
        if self.options.frames is None:
            run_paced(self, self.make_pacer())
        while self.running and self.frame < (self.options.frames or 0):
            # the headless harness: one update and one draw a frame, as fast as it can
            self.pump()
            self.step(STEP)
            self.draw()
            self.frame += 1
        if self.options.screenshot is not None:
            self.save_screenshot(self.options.screenshot)
        self.shutdown()
        return self.exit_code

    def make_pacer(self) -> FramePacer:
        """Frames paced to the display and the player's cap (game/loop.py)."""
        wakes_on_input = pygame.display.get_driver() not in ("dummy", "offscreen")
        self.pacer = FramePacer(interval=self._frame_interval(), clock=time.perf_counter,
                                sleep=time.sleep,
                                wait_for_input=self._wait_for_input if wakes_on_input else None)
        return self.pacer

    def _frame_interval(self) -> float:
        refresh = pygame.display.get_current_refresh_rate() if pygame.display.get_init() else 0
        return frame_interval(self.settings.frame_cap, refresh)

    def _wait_for_input(self, seconds: float) -> None:
        """Sleep until an event comes (kept for pump(), first, so order holds) or time's up."""
        event = pygame.event.wait(max(1, int(seconds * 1000)))
        if event.type != pygame.NOEVENT:
            self._waited.append(event)

    def _picture_key(self) -> tuple:
        """What the last frame showed, coarsely: which scenes, which notes."""
        return (tuple(map(id, self.scenes.drawing())),
                tuple((toast.text, toast.count) for toast in self.toasts))

    def still_for(self) -> float:
        """How long the frame stays as it is (game/loop.py): no time when a scene came or
        went or a note appeared since the last frame; else the scenes' word, and the
        notes' next change."""
        if self._picture_key() != self._drawn_key:
            return 0.0
        still = scenes_still_for(self.scenes.drawing())
        return min([still, *(toast.time_left for toast in self.toasts)])

    def window_state(self) -> tuple[bool, bool]:
        return pygame.key.get_focused(), pygame.display.get_active()

    def spare_time(self, until: float, *, still: bool) -> None:
        """Ahead of need: maps drawn before their doors open (game/world/preload.py)."""
        if self.preloader is None:
            from game.world.preload import MapPreloader

            self.preloader = MapPreloader(self.map_renderers)
        session = self.session
        self.preloader.run(self.world_data.maps, session.map_id if session else START_MAP,
                           self.display.scale, self.display.viewport, until, still=still)

    def pump(self) -> bool:
        if not self._pads_opened and self.first_frame_at is not None:
            # gamepads are opened once the first frame is up: SDL's controller start
            # costs some milliseconds the window is not kept waiting for (a pad plugged
            # in is opened as its event comes, with those already in)
            self._pads_opened = True
            self.input.open_pads()
        events, self._waited = [*self._waited, *pygame.event.get()], []
        for event in events:
            if event.type in WHOLE_AGAIN:
                self._exposed = True
            if event.type == pygame.QUIT:
                self.quit()
            elif event.type == pygame.VIDEORESIZE:
                self.display.resized(event.size)
                self.display_changed()
            elif event.type in (pygame.MOUSEMOTION, pygame.MOUSEBUTTONDOWN,
                                pygame.MOUSEBUTTONUP, pygame.MOUSEWHEEL):
                top = self.scenes.top
                if top is not None:
                    top.on_mouse(event)
            else:
                top = self.scenes.top
                # rebinding reads the raw key or button, before it becomes an action
                if top is not None and top.on_raw_input(event):
                    continue
                if event.type == pygame.KEYDOWN and event.key == pygame.K_RETURN and (
                        event.mod & pygame.KMOD_ALT):
                    self.toggle_fullscreen()
                    continue
                for action in self.input.translate(event):
                    self.dispatch(action)
        return bool(events)

    def step(self, dt: float) -> None:
        if self.script is not None:
            self._script_frame()
        if self.watcher is not None:
            self.watcher.update(dt)
        for scene in self.scenes.updating():
            scene.update(dt)
        self.audio.update(dt)
        self.toasts.update(dt)

    def _script_frame(self) -> None:
        assert self.script is not None
        command = self.script.next_frame()
        if command is None:
            return
        kind, value = command
        if kind in ("down", "up"):
            event = self.input.inject(value, kind == "down")
            if event is not None:
                self.dispatch(event)
        elif kind == "shot":
            self.draw()
            self.save_screenshot(Path(value))

    def dispatch(self, event: ActionEvent) -> None:
        if event.pressed and self._global_action(event.action):
            return
        top = self.scenes.top
        if top is not None:
            top.on_action(event)

    def _global_action(self, action: str) -> bool:
        if action == "fullscreen":
            self.toggle_fullscreen()
        elif action == "screenshot":
            self.screenshot_to_user_folder()
        elif action == "reload":
            self.hot_reload()
        elif action == "auto":
            self.settings.auto_advance = not self.settings.auto_advance
            on = self.settings.auto_advance
            self.notify(self.text("ui.auto.on" if on else "ui.auto.off"))
        elif action in ("quicksave", "quickload"):
            if not self.in_play():
                return False
            if action == "quicksave":
                self.quicksave()
            else:
                self.quickload()
        else:
            return False
        return True

    def draw(self, alpha: float = 1.0) -> None:
        self.context.alpha = alpha
        self._drawn_key = self._picture_key()
        surface = self.display.surface
        drawing = self.scenes.drawing()
        # the same scenes as in the last frame, the window as it was, and where the
        # scenes over the bottom one drew known: the bottom one may draw again only what
        # changed (base.Repaint), and only that and what is drawn over it is shown
        shown = (tuple(drawing), self.display.changed, surface)
        repaint = self.context.repaint
        repaint.kept = (drawing[0] if drawing and not self.toasts.items
                        and shown == self._shown else None)
        repaint.above = self._above
        repaint.rects, repaint.overlays, repaint.told = None, [], set()
        if not drawing or not drawing[0].fills_window:
            surface.fill((0, 0, 0))
        for scene in drawing:
            scene.draw(surface)
        self.toasts.draw(surface, self.display, self.fonts)
        # every scene over the bottom one said where it drew
        told = all(id(scene) in repaint.told for scene in drawing[1:])
        if (repaint.kept is not None and repaint.rects is not None and told
                and not self._exposed):
            pygame.display.update(repaint.rects + repaint.overlays)
        else:
            pygame.display.flip()
        self._shown = shown if drawing and told and not self.toasts.items else None
        self._above = tuple(repaint.overlays)
        self._exposed = False
        repaint.kept = None  # a draw elsewhere (a save's thumbnail) draws whole
        if self.first_frame_at is None:
            self.first_frame_at = time.perf_counter()
            # tests that drive a real window wait for this line before they send keys
            log.info("ready: first frame drawn %.3f s after start",
                     self.first_frame_at - self.options.started)
            t0 = os.environ.get("BORROWED_FACE_T0")
            if t0:  # benchmarks measure from process start, before Python itself loaded
                sys.stderr.write(f"first_frame_s={time.time() - float(t0):.4f}\n")

    # --- services for scenes -----------------------------------------------------------

    def set_language(self, language: str) -> None:
        self.settings.language = language  # the interface strings read it at once
        if self.session is not None:
            self.session.engine.set_language(language)

    def report_problem(self, message: str) -> None:
        """Tell the player something went wrong, log it, and go on."""
        log.warning("%s", message)
        self.toasts.add(message, PROBLEM_TIME)

    def notify(self, message: str) -> None:
        log.info("%s", message)
        self.toasts.add(message, NOTE_TIME)

    def save_settings(self) -> None:
        save_settings(self.settings, self.paths.settings_file)

    def toggle_fullscreen(self) -> None:
        self.display.toggle_fullscreen()
        self.settings.fullscreen = self.display.fullscreen
        self.display_changed()
        try:  # the player's choice should survive a restart, like any setting
            self.save_settings()
        except OSError as error:
            self.report_problem(f"could not save settings: {error}")

    def display_changed(self) -> None:
        self.fonts.configure(self.display.scale, self.settings.text_size)
        self.assets.drop_scaled()
        if self.pacer is not None:  # another display, or the frame rate cap was changed
            self.pacer.interval = self._frame_interval()

    def save_screenshot(self, path: Path) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        pygame.image.save(self.display.surface, str(path))
        log.info("screenshot saved to %s", path)
        return path

    def screenshot_to_user_folder(self) -> None:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        shown = self.pacer.frames if self.pacer is not None else self.frame  # frames so far
        path = self.paths.screenshots / f"borrowed-face-{stamp}-{shown}.png"
        try:
            self.save_screenshot(path)
        except (OSError, pygame.error) as error:
            self.report_problem(f"could not save a screenshot to {path}: {error}")
            return
        self.notify(f"Screenshot saved: {path}")

    def quit(self) -> None:
        """Leave the game; a game in play is autosaved first, so quitting loses nothing."""
        if self.running and self.in_play():
            self.autosave()
        self.running = False

    def shutdown(self) -> None:
        gc.unfreeze()  # hand the loaded world back to the collector (tests boot many apps)
        self.audio.stop()
        pygame.quit()
