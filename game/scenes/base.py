"""The scene stack's unit, and what every scene may use.

Title, world, dialogue and menus are all scenes. A scene says whether it is opaque
(drawing starts at the top opaque scene) and whether it pauses the scenes under it
(a conversation stops the street; a bark bubble does not). Input goes to the top
scene only.

A scene gets a ``SceneContext``, not the app: it draws with ``display``, ``fonts``
and ``assets``, plays ``audio``, reads ``input`` and ``settings``, asks ``text``
for its words, tells the player things with ``notify`` / ``report_problem``, and
changes the stack with ``push``, ``replace`` and ``remove``. What only the
application can do (start, load or save a game, go back to the title, quit, apply
a changed display or language) is asked of ``game``, a narrow protocol the app
implements. Scenes of a playthrough (the world, the dialogue box, the notebooks)
get the session and the director's callbacks as constructor arguments besides.
docs/architecture.md shows how to write a scene on it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

import pygame

if TYPE_CHECKING:
    from game.assets import Assets
    from game.audio import Audio
    from game.display import Display
    from game.input import ActionEvent, InputState
    from game.saveload import SaveService
    from game.settings import Settings
    from game.ui.strings import UiText
    from game.ui.text import Fonts


class Scene:
    opaque: bool = True
    pauses_below: bool = True
    fills_window: bool = False  # paints every window pixel itself (saves a clear a frame)

    def __init__(self, ctx: SceneContext) -> None:
        self.ctx = ctx

    def on_enter(self) -> None:
        """Called when the scene becomes the top of the stack."""

    def on_action(self, event: ActionEvent) -> None:
        """An action was pressed or released while this scene is on top."""

    def on_mouse(self, event: pygame.event.Event) -> None:
        """Mouse motion or click (window coordinates) while this scene is on top."""

    def on_raw_input(self, event: pygame.event.Event) -> bool:
        """A key or button before it becomes an action (rebinding listens here); True
        when the scene took it."""
        return False

    def update(self, dt: float) -> None:
        """One fixed step of 1/60 s."""

    def covers_bottom(self) -> int:
        """How many window pixels at the bottom of the viewport this scene covers now
        (a conversation's box): a small room below it is raised into the space above."""
        return 0

    def draw(self, surface: pygame.Surface) -> None:
        """Draw onto the window surface."""

    def close(self) -> None:
        self.ctx.remove(self)


class SceneStack:
    """The scenes, bottom first. Which of them update and which draw is asked several
    times a frame: it is worked out once each time the stack changes."""

    def __init__(self) -> None:
        self._scenes: list[Scene] = []
        self._updating: list[Scene] | None = None
        self._drawing: list[Scene] | None = None

    def _changed(self) -> None:
        self._updating = self._drawing = None

    def push(self, scene: Scene) -> None:
        self._scenes.append(scene)
        self._changed()
        scene.on_enter()

    def pop(self) -> Scene | None:
        if not self._scenes:
            return None
        scene = self._scenes.pop()
        self._changed()
        if self._scenes:
            self._scenes[-1].on_enter()
        return scene

    def remove(self, scene: Scene) -> None:
        if scene not in self._scenes:
            return
        was_top = self._scenes[-1] is scene
        self._scenes.remove(scene)
        self._changed()
        if was_top and self._scenes:
            self._scenes[-1].on_enter()

    def replace_all(self, scene: Scene) -> None:
        self._scenes.clear()
        self.push(scene)

    @property
    def top(self) -> Scene | None:
        return self._scenes[-1] if self._scenes else None

    def find(self, kind: type) -> Scene | None:
        for scene in reversed(self._scenes):
            if isinstance(scene, kind):
                return scene
        return None

    def __contains__(self, scene: object) -> bool:
        return scene in self._scenes

    def __iter__(self) -> Iterator[Scene]:
        return iter(list(self._scenes))

    def __len__(self) -> int:
        return len(self._scenes)

    def _active(self) -> list[Scene]:
        """From the top down to the first scene that pauses those below (kept)."""
        if self._updating is None:
            self._updating = []
            for scene in reversed(self._scenes):
                self._updating.append(scene)
                if scene.pauses_below:
                    break
        return self._updating

    def updating(self) -> list[Scene]:
        """Scenes that get this step's update: from the top down to the first that pauses
        (a new list: the caller may keep or change it)."""
        return list(self._active())

    def is_updating(self, scene: Scene) -> bool:
        return scene in self._active()

    def drawing(self) -> list[Scene]:
        """Scenes to draw, bottom first, starting at the top opaque one (a new list)."""
        if self._drawing is None:
            start = 0
            for index in range(len(self._scenes) - 1, -1, -1):
                if self._scenes[index].opaque:
                    start = index
                    break
            self._drawing = self._scenes[start:]
        return list(self._drawing)


class GameControl(Protocol):
    """What only the application can do; scenes ask it, they never reach for the app."""

    def new_game(self) -> None:
        """Start a new playthrough (raises KeyError when the start map is missing)."""

    def in_play(self) -> bool:
        """Whether a playthrough is on the stack (not the title, not the credits)."""

    def save(self, slot: str, *, force: bool = False) -> bool:
        """Save the game in play to ``slot``; the player is told how it went."""

    def load(self, slot: str, *, backup: bool = False) -> bool:
        """Replace the game in play by a saved one; the player is told when it can't."""

    def continue_latest(self) -> bool:
        """Resume the most recent save; False (the player is told) when there is none."""

    def to_title(self) -> None:
        """Back to the title screen; a game in play is autosaved first."""

    def quit(self) -> None:
        """Leave the game; a game in play is autosaved first."""

    def set_language(self, language: str) -> None:
        """Switch every text on screen (menus and story) to ``language``."""

    def display_changed(self) -> None:
        """The window's scale or mode changed: fonts and scaled images are made again."""

    def save_settings(self) -> None:
        """Write the settings file now (raises OSError when it can't)."""


@dataclass(slots=True, eq=False)
class Repaint:
    """Drawing again only what changed, for one frame (the app sets it before drawing).

    `kept` is the bottom scene whose last frame the window still holds: the same scenes
    were drawn last frame, each scene over it said where it drew (`over()`), no note
    was drawn, and the window kept its size and mode. That scene may draw only what
    changed, putting back what it drew under `above` (where the scenes over it drew last
    frame), and say where with `only()`. Each scene over it draws itself whole and says
    where with `over()`; the app then shows just those rectangles. A scene that draws
    the whole window says nothing, and so does one over it that can't tell where it drew:
    that frame is shown whole, and the next is drawn whole."""

    kept: Scene | None = None
    rects: list[pygame.Rect] | None = None
    above: tuple[pygame.Rect, ...] = ()
    overlays: list[pygame.Rect] = field(default_factory=list)
    told: set[int] = field(default_factory=set)  # the scenes that called over() (ids)

    def only(self, rects: list[pygame.Rect]) -> None:
        self.rects = rects

    def over(self, scene: Scene, rects: list[pygame.Rect]) -> None:
        """`scene`, drawn over another, drew this frame only inside `rects`."""
        self.overlays += rects
        self.told.add(id(scene))


@dataclass(slots=True, eq=False)
class SceneContext:
    """The services every scene may use. Built once by the app; shared by all scenes."""

    display: Display
    fonts: Fonts
    assets: Assets
    audio: Audio
    input: InputState
    settings: Settings
    text: UiText  # text("ui.pause.title_text", place=...) -> the words in the player's language
    notify: Callable[[str], None]  # a short note in the corner
    report_problem: Callable[[str], None]  # something went wrong: told, logged, play goes on
    saves: SaveService  # the save slots: listing, names, the latest
    game: GameControl
    stack: SceneStack
    headless: bool = False  # the harness runs a fixed number of frames (no blinking carets)
    # how far between the last two fixed updates the frame being drawn is (game/loop.py):
    # the world draws people and camera there; 1.0 (the last update) in the harness
    alpha: float = 1.0
    debug: bool = False
    repaint: Repaint = field(default_factory=Repaint)  # this frame: see Repaint

    def push(self, scene: Scene) -> None:
        """Put ``scene`` on top; keys held for the scene below are let go."""
        self.input.release_all()
        self.stack.push(scene)

    def replace(self, scene: Scene) -> None:
        """Make ``scene`` the only one on the stack."""
        self.input.release_all()
        self.stack.replace_all(scene)

    def remove(self, scene: Scene) -> None:
        """Take ``scene`` off the stack, wherever it stands (a scene closing itself)."""
        self.stack.remove(scene)

    @property
    def top(self) -> Scene | None:
        return self.stack.top

    def on_stack(self, scene: Scene) -> bool:
        return scene in self.stack
