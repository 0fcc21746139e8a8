"""The credits: who made the game, what it is drawn from, the tools it stands on.

The text rolls slowly; up and down (or the wheel) move it by hand, and any
back action returns to the title.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.ui import text as ui
from game.ui.widgets import MenuScene

if TYPE_CHECKING:
    from game.input import ActionEvent
    from game.scenes.base import SceneContext

ROLL_SPEED = 14  # logical pixels a second
HELP_STRIP = 18  # logical pixels kept clear at the top and foot of the screen
# (kind, text id): a heading or a line. Names of tools are not translated.
CREDITS: tuple[tuple[str, str], ...] = (
    ("title", "ui.title.name"),
    ("gap", ""),
    ("heading", "ui.credits.story"),
    ("line", "ui.credits.after_novel"),
    ("line", "ui.credits.own_words"),
    ("gap", ""),
    ("heading", "ui.credits.made_by"),
    ("line", "ui.credits.team"),
    ("gap", ""),
    ("heading", "ui.credits.built_with"),
    ("raw", "Python \u00b7 pygame-ce \u00b7 SDL"),
    ("raw", "pytmx \u00b7 pyscroll \u00b7 Tiled"),
    ("raw", "PyYAML \u00b7 platformdirs"),
    ("gap", ""),
    ("heading", "ui.credits.font"),
    ("raw", "FreeSans Bold (GNU FreeFont)"),
    ("gap", ""),
    ("heading", "ui.credits.thanks"),
    ("line", "ui.credits.thanks_player"),
)


class CreditsScene(MenuScene):
    opaque = True

    def __init__(self, ctx: SceneContext) -> None:
        super().__init__(ctx)
        self.offset = 0.0  # logical pixels rolled
        self.paused = False

    def on_action(self, event: ActionEvent) -> None:
        if self.leaving or not event.pressed:
            return
        if event.action in ("move_up", "move_down"):
            self.paused = True
            self.offset = max(0.0, self.offset + (-24 if event.action == "move_up" else 24))
        elif event.action == "act":
            self.paused = not self.paused
        else:
            super().on_action(event)

    def on_mouse(self, event: pygame.event.Event) -> None:
        if event.type == pygame.MOUSEWHEEL:
            self.paused = True
            self.offset = max(0.0, self.offset - event.y * 16)
        else:
            super().on_mouse(event)

    def update(self, dt: float) -> None:
        if not self.paused:
            self.offset += ROLL_SPEED * dt
        super().update(dt)

    def still_for(self) -> float:
        return super().still_for() if self.paused else 0.0  # the roll moves

    def draw(self, surface: pygame.Surface) -> None:
        ctx, display = self.ctx, self.ctx.display
        surface.fill(ui.INK, display.viewport)
        fonts = {"title": ctx.fonts.get(24), "heading": ctx.fonts.get(9),
                 "line": ctx.fonts.get(11), "raw": ctx.fonts.get(11)}
        colours = {"title": ui.PAPER, "heading": ui.ACCENT, "line": ui.PAPER, "raw": ui.CREAM}
        width = display.px(400)
        y = display.viewport.y + display.px(150 - self.offset)
        previous_clip = surface.get_clip()
        # the help line at the foot keeps its own strip; the roll passes above it
        surface.set_clip(display.viewport.inflate(0, -display.px(HELP_STRIP) * 2))
        for kind, text_id in CREDITS:
            if kind == "gap":
                y += display.px(14)
                continue
            words = text_id if kind == "raw" else ctx.text(text_id)
            if kind == "heading":
                words = words.upper()
            font = fonts[kind]
            for line in ui.wrap(font, words, width):
                ui.draw_text(surface, font, line, (display.viewport.centerx, y), colours[kind],
                             anchor="midtop")
                y += font.get_linesize()
        surface.set_clip(previous_clip)
        if y < display.viewport.y:
            self.offset = 0.0  # rolled past the end: start again from the bottom
        ui.draw_text(surface, ctx.fonts.get(7), ctx.text("ui.credits.help"),
                     (display.viewport.centerx, display.viewport.bottom - display.px(6)),
                     ui.DIM, anchor="midbottom")
