"""The scene stack's unit: title, world, dialogue, menus are all scenes.

A scene says whether it is opaque (drawing starts at the top opaque scene) and
whether it pauses the scenes under it (a conversation stops the street; a bark
bubble does not). Input goes to the top scene only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

if TYPE_CHECKING:
    from game.app import App
    from game.input import ActionEvent


class Scene:
    opaque: bool = True
    pauses_below: bool = True
    fills_window: bool = False  # paints every window pixel itself (saves a clear a frame)

    def __init__(self, app: App) -> None:
        self.app = app

    def on_enter(self) -> None:
        """Called when the scene becomes the top of the stack."""

    def on_action(self, event: ActionEvent) -> None:
        """An action was pressed or released while this scene is on top."""

    def on_mouse(self, event: pygame.event.Event) -> None:
        """Mouse motion or click (window coordinates) while this scene is on top."""

    def update(self, dt: float) -> None:
        """One fixed step of 1/60 s."""

    def draw(self, surface: pygame.Surface) -> None:
        """Draw onto the window surface."""

    def close(self) -> None:
        self.app.scenes.remove(self)


class SceneStack:
    def __init__(self) -> None:
        self._scenes: list[Scene] = []

    def push(self, scene: Scene) -> None:
        self._scenes.append(scene)
        scene.on_enter()

    def pop(self) -> Scene | None:
        if not self._scenes:
            return None
        scene = self._scenes.pop()
        if self._scenes:
            self._scenes[-1].on_enter()
        return scene

    def remove(self, scene: Scene) -> None:
        if scene not in self._scenes:
            return
        was_top = self._scenes[-1] is scene
        self._scenes.remove(scene)
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

    def __iter__(self):
        return iter(list(self._scenes))

    def __len__(self) -> int:
        return len(self._scenes)

    def updating(self) -> list[Scene]:
        """Scenes that get this step's update: from the top down to the first that pauses."""
        active: list[Scene] = []
        for scene in reversed(self._scenes):
            active.append(scene)
            if scene.pauses_below:
                break
        return active

    def drawing(self) -> list[Scene]:
        """Scenes to draw, bottom first, starting at the top opaque one."""
        start = 0
        for index in range(len(self._scenes) - 1, -1, -1):
            if self._scenes[index].opaque:
                start = index
                break
        return self._scenes[start:]
