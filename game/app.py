"""The application: the window, the fixed-step loop, the scene stack and the harness.

Real play runs on real time; the headless harness (``--frames``) runs exactly
one fixed step and one draw per frame, as fast as it can, so runs are
deterministic. Scripted input feeds the same actions a keyboard would.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from game.assets import Assets
from game.display import Display
from game.input import ActionEvent, Bindings, InputState
from game.loop import STEP, FramePacer, frame_interval, run_paced
from game.loop import still_for as scenes_still_for
from game.paths import Paths
from game.scenes.base import Scene, SceneStack
from game.script import ScriptPlayer
from game.ui import text as ui

if TYPE_CHECKING:
    from game.world.preload import MapPreloader

log = logging.getLogger(__name__)

TOAST_TIME = 6.0


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


def dialogue_signature(folders: list[Path]) -> tuple[tuple[str, int, int], ...]:
    """Names, sizes and change times of every dialogue file: cheap to take, and any
    edit, new file or deletion changes it."""
    entries = []
    for folder in folders:
        for path in sorted(folder.rglob("*.yaml")):
            try:
                stat = path.stat()
            except OSError:
                continue
            entries.append((str(path), stat.st_size, stat.st_mtime_ns))
    return tuple(entries)


@dataclass(slots=True)
class Toast:
    text: str
    time_left: float = TOAST_TIME
    count: int = 1  # the same note again while it shows counts up instead of stacking


class App:
    def __init__(self, options: Options, paths: Paths) -> None:
        self.options = options
        self.paths = paths
        self.scenes = SceneStack()
        self.toasts: list[Toast] = []
        self.running = True
        self.frame = 0
        self.first_frame_at: float | None = None
        self.exit_code = 0
        self.map_renderers: dict = {}  # drawn maps by id, shared by every world scene
        self.alpha = 1.0  # how far between the last two updates this frame is drawn
        self.preloader: MapPreloader | None = None  # maps drawn ahead (made when first used)
        self._waited: list[pygame.event.Event] = []  # an event that ended a sleep

    # --- start ------------------------------------------------------------------------

    def boot(self) -> None:
        """Everything that touches the machine happens here, not at import."""
        from game.settings import load_settings

        self.paths.ensure_user_folders()
        self.settings, messages = load_settings(self.paths.settings_file)
        for message in messages:
            self.report_problem(message)
        options = self.options
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
        self.assets = Assets(self._asset_roots())
        icon_path = self.assets.find("ui/icon.png")
        self.display.open(pygame.image.load(str(icon_path)) if icon_path else None)
        self.fonts = ui.Fonts(self.display.scale, self.settings.text_size)
        self.input = InputState(Bindings.from_names(self.settings.keys, self.settings.pad))
        self._init_pads()
        from game.audio import Audio

        self.audio = Audio(self.paths.assets, enabled=options.sound)
        self.audio.set_volumes(self.settings.music_volume, self.settings.sound_volume)
        from game.mods import load_mods, refusal_report
        from game.session import load_world

        self.mods = load_mods(self.paths, options.mods)
        self.mods_report = refusal_report(self.paths, self.mods.refused)
        self.assets.roots = self._asset_roots()
        self.world_data = load_world(self.paths, self.mods.folders, self.report_problem,
                                     cache=self.paths.cache)
        from game.dialogue import DialogueEngine, StoryState

        content = self.world_data.content
        # menus need words before any story exists: a story-less engine for them
        self.ui_engine = DialogueEngine(content, StoryState(content),
                                        matcher=self.world_data.matcher(),
                                        language=self.settings.language)
        from game.director import Director

        self.director = Director(self)
        # what was loaded lives for the whole run: keep the cyclic collector from walking
        # it again and again (its full passes were the slowest frames and queries)
        gc.freeze()
        self.script: ScriptPlayer | None = None
        if options.input is not None:
            from game.script import load_script

            self.script = ScriptPlayer.from_commands(
                load_script(options.input, self.known_actions()))

    def known_actions(self) -> set[str]:
        from game.input import DEFAULT_KEYS, DEFAULT_PAD

        return set(DEFAULT_KEYS) | set(DEFAULT_PAD)

    def _asset_roots(self) -> list[Path]:
        roots = [self.paths.assets]
        mods = self.mods.folders if hasattr(self, "mods") else []
        roots += [mod / "assets" for mod in mods if (mod / "assets").is_dir()]
        return roots

    def _init_pads(self) -> None:
        try:
            from pygame._sdl2 import controller

            controller.init()
            for index in range(controller.get_count()):
                self.input._open_pad(index)
        except (pygame.error, ImportError) as error:
            log.info("no gamepad support: %s", error)

    def start(self) -> None:
        """The first scene: straight into the world with --map, else the title."""
        if self.options.map is not None or not self._has_title():
            self.new_game(map_id=self.options.map, spawn=self.options.spawn,
                          face=self.options.face)
        else:
            from game.scenes.title import TitleScene

            self.scenes.replace_all(TitleScene(self))
        self.show_refused_mods()

    def show_refused_mods(self) -> None:
        """A broken mod is refused with a readable message; the game runs without it."""
        if not self.mods.refused:
            return
        from game.scenes.problems import ProblemsScene

        lines = []
        for mod in self.mods.refused:
            errors = [p for p in mod.problems if p.is_error]
            lines.append(f"{mod.title}: {len(errors)} problem(s)")
            lines += [f"  {p.format()}" for p in errors[:3]]
        where = f"The full report is in {self.mods_report}." if self.mods_report else ""
        title = self.director.ui_text("ui.problems.mods_refused",
                                      "A mod was left out because it has errors")
        self.push(ProblemsScene(self, title, lines, where + " The game runs without it."))

    def _has_title(self) -> bool:
        try:
            import game.scenes.title  # noqa: F401
        except ImportError:
            return False
        return True

    def new_game(self, *, map_id: str | None = None, spawn: str | None = None,
                 face: str | None = None) -> None:
        from game.session import Session
        from game.world.scene import WorldScene

        self.session = Session.new(self.world_data, self.options.seed, map_id=map_id,
                                   spawn=spawn, face=face,
                                   language=self.settings.language)
        self.scenes.replace_all(WorldScene(self))
        self.session.on_face_changed = self._face_changed
        self._face_changed(self.session.face)
        if map_id is None and "opening" in self.world_data.content.scenes:
            # a real new game (not a developer's --map start) opens with the story
            self.director.start_scene("opening")

    def _face_changed(self, face: str) -> None:
        self.audio.set_muffled(face == "bandages")

    # --- the loop -----------------------------------------------------------------------

    def run(self) -> int:
        self.boot()
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
        refresh = pygame.display.get_current_refresh_rate()
        driver = pygame.display.get_driver()
        wakes_on_input = driver not in ("dummy", "offscreen")
        return FramePacer(interval=frame_interval(self.settings.frame_cap, refresh),
                          clock=time.perf_counter, sleep=time.sleep,
                          wait_for_input=self._wait_for_input if wakes_on_input else None)

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
        if self._picture_key() != getattr(self, "_drawn_key", None):
            return 0.0
        still = scenes_still_for(self.scenes.drawing())
        return min([still, *(toast.time_left for toast in self.toasts)])

    def window_state(self) -> tuple[bool, bool]:
        return pygame.key.get_focused(), pygame.display.get_active()

    def spare_time(self, until: float, *, still: bool) -> None:
        """Ahead of need: maps drawn before their doors open (game/world/preload.py)."""
        if self.preloader is None:  # pyscroll and pytmx load here, after the first frame
            from game.world.preload import MapPreloader

            self.preloader = MapPreloader(self.map_renderers)
        session = getattr(self, "session", None)
        self.preloader.run(self.world_data.maps, session.map_id if session else None,
                           self.display.scale, self.display.viewport, until, still=still)

    def pump(self) -> bool:
        events, self._waited = [*self._waited, *pygame.event.get()], []
        for event in events:
            if event.type == pygame.QUIT:
                self.quit()
            elif event.type == pygame.VIDEORESIZE:
                self.display.resized(event.size)
                self._display_changed()
            elif event.type in (pygame.MOUSEMOTION, pygame.MOUSEBUTTONDOWN,
                                pygame.MOUSEBUTTONUP, pygame.MOUSEWHEEL):
                top = self.scenes.top
                if top is not None:
                    top.on_mouse(event)
            else:
                top = self.scenes.top
                # rebinding reads the raw key or button, before it becomes an action
                if getattr(top, "wants_raw_input", False) and top.on_raw_input(event):
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
        if self.options.watch:
            self._watch(dt)
        for scene in self.scenes.updating():
            scene.update(dt)
        self.audio.update(dt)
        for toast in self.toasts:
            toast.time_left -= dt
        self.toasts = [t for t in self.toasts if t.time_left > 0]

    def _watch(self, dt: float) -> None:
        """With --watch, reload dialogue when a file changes (checked twice a second)."""
        self._watch_timer = getattr(self, "_watch_timer", 0.0) - dt
        if self._watch_timer > 0:
            return
        self._watch_timer = 0.5
        signature = dialogue_signature(self.world_data.dialogue_dirs)
        previous = getattr(self, "_watch_signature", None)
        self._watch_signature = signature
        if previous is not None and signature != previous:
            self.director.hot_reload(automatic=True)

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
            self.director.hot_reload()
        elif action == "auto":
            self.settings.auto_advance = not self.settings.auto_advance
            on = self.settings.auto_advance
            self.notify(self.text("ui.auto.on", "Auto-advance on") if on
                        else self.text("ui.auto.off", "Auto-advance off"))
        elif action in ("quicksave", "quickload"):
            from game import saveload

            if not saveload.in_play(self):
                return False
            if action == "quicksave":
                saveload.quicksave(self)
            else:
                saveload.quickload(self)
        else:
            return False
        return True

    def draw(self, alpha: float = 1.0) -> None:
        self.alpha = alpha
        self._drawn_key = self._picture_key()
        surface = self.display.surface
        drawing = self.scenes.drawing()
        if not drawing or not drawing[0].fills_window:
            surface.fill((0, 0, 0))
        for scene in drawing:
            scene.draw(surface)
        self._draw_toasts(surface)
        pygame.display.flip()
        if self.first_frame_at is None:
            self.first_frame_at = time.perf_counter()
            log.info("first frame %.3f s after start", self.first_frame_at - self.options.started)
            t0 = os.environ.get("BORROWED_FACE_T0")
            if t0:  # benchmarks measure from process start, before Python itself loaded
                sys.stderr.write(f"first_frame_s={time.time() - float(t0):.4f}\n")

    def _draw_toasts(self, surface: pygame.Surface) -> None:
        """Notes in the top right corner, newest on top, clear of the dialogue box."""
        display = self.display
        font = self.fonts.get(8)
        y = display.viewport.y + display.px(6)
        for toast in reversed(self.toasts[-4:]):
            text = toast.text if toast.count == 1 else f"{toast.text} (\u00d7{toast.count})"
            lines = ui.wrap(font, text, display.px(300))
            height = len(lines) * font.get_linesize() + display.px(8)
            width = max(font.size(line)[0] for line in lines) + display.px(12)
            rect = pygame.Rect(display.viewport.right - display.px(6) - width, y, width, height)
            ui.draw_panel(surface, rect, display.scale, border=ui.ACCENT)
            for index, line in enumerate(lines):
                ui.draw_text(surface, font, line, (rect.x + display.px(6),
                             rect.y + display.px(4) + index * font.get_linesize()))
            y = rect.bottom + display.px(4)

    # --- services for scenes ---

    def text(self, text_id: str, english: str) -> str:
        """An interface string in the player's language; the English given if unknown."""
        if text_id in self.ui_engine.content.texts:
            return self.ui_engine.text(text_id)
        return english

    def set_language(self, language: str) -> None:
        self.settings.language = language
        self.ui_engine.set_language(language)
        session = getattr(self, "session", None)
        if session is not None:
            session.engine.set_language(language)

    def report_problem(self, message: str) -> None:
        """Tell the player something went wrong, log it, and go on."""
        log.warning("%s", message)
        self._toast(message, TOAST_TIME)

    def notify(self, message: str) -> None:
        log.info("%s", message)
        self._toast(message, 3.0)

    def _toast(self, message: str, seconds: float) -> None:
        for toast in self.toasts:
            if toast.text == message:
                toast.count += 1
                toast.time_left = max(toast.time_left, seconds)
                return
        self.toasts.append(Toast(message, seconds))

    def push(self, scene: Scene) -> None:
        self.input.release_all()
        self.scenes.push(scene)

    def open_pause(self) -> None:
        self._open_optional("game.scenes.pause", "PauseScene")

    def open_notebook(self) -> None:
        self._open_optional("game.scenes.notebook", "NotebookScene")

    def open_history(self) -> None:
        self._open_optional("game.scenes.history", "HistoryScene")

    def _open_optional(self, module: str, name: str) -> None:
        import importlib

        try:
            scene_type = getattr(importlib.import_module(module), name)
        except (ImportError, AttributeError):
            self.notify("Not yet written.")
            return
        self.push(scene_type(self))

    def toggle_fullscreen(self) -> None:
        self.display.toggle_fullscreen()
        self.settings.fullscreen = self.display.fullscreen
        self._display_changed()
        from game.settings import save_settings

        try:  # the player's choice should survive a restart, like any setting
            save_settings(self.settings, self.paths.settings_file)
        except OSError as error:
            self.report_problem(f"could not save settings: {error}")

    def _display_changed(self) -> None:
        self.fonts.configure(self.display.scale, self.settings.text_size)
        self.assets.drop_scaled()

    def save_screenshot(self, path: Path) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        pygame.image.save(self.display.surface, str(path))
        log.info("screenshot saved to %s", path)
        return path

    def screenshot_to_user_folder(self) -> None:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        path = self.paths.screenshots / f"borrowed-face-{stamp}-{self.frame}.png"
        try:
            self.save_screenshot(path)
        except (OSError, pygame.error) as error:
            self.report_problem(f"could not save a screenshot to {path}: {error}")
            return
        self.notify(f"Screenshot saved: {path}")

    def quit(self) -> None:
        """Leave the game; a game in play is autosaved first, so quitting loses nothing."""
        from game import saveload

        if self.running and saveload.in_play(self):
            saveload.autosave(self)
        self.running = False

    def director_chapter_started(self) -> None:
        """A `chapter` effect fired: autosave (the director calls this)."""
        from game import saveload

        saveload.autosave(self)

    def continue_latest(self) -> bool:
        """Resume the most recent save; False (the player is told) when there is none."""
        from game import saveload

        return saveload.continue_latest(self)

    def shutdown(self) -> None:
        gc.unfreeze()  # hand the loaded world back to the collector (tests boot many apps)
        self.audio.stop()
        pygame.quit()
