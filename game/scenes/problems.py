"""A calm screen that lists problems found in content (a refused mod, a broken reload).

It names the file, line and column of the first few problems and where the full
report is, and the game goes on when the player presses act.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.scenes.base import Scene
from game.ui import text as ui

if TYPE_CHECKING:
    from game.input import ActionEvent
    from game.scenes.base import SceneContext

SHOWN = 6


class ProblemsScene(Scene):
    opaque = False
    pauses_below = True

    def __init__(self, ctx: SceneContext, title: str, lines: list[str], footer: str = "") -> None:
        super().__init__(ctx)
        self.title = title
        self.lines = lines[:SHOWN]
        if len(lines) > SHOWN:
            self.lines.append(f"... and {len(lines) - SHOWN} more")
        self.footer = footer

    def on_action(self, event: ActionEvent) -> None:
        if event.pressed and event.action in ("act", "cancel", "menu"):
            self.close()

    def on_mouse(self, event: pygame.event.Event) -> None:
        if event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            self.close()

    def draw(self, surface: pygame.Surface) -> None:
        display = self.ctx.display
        veil = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
        veil.fill((0, 0, 0, 150))
        surface.blit(veil, (0, 0))
        box = display.rect(40, 40, 560, 280)
        ui.draw_panel(surface, box, display.scale, border=ui.ACCENT)
        pad = display.px(12)
        title_font, body = self.ctx.fonts.get(12), self.ctx.fonts.get(8)
        y = box.y + pad
        ui.draw_text(surface, title_font, self.title, (box.x + pad, y), ui.ACCENT)
        y += title_font.get_linesize() + display.px(6)
        width = box.width - pad * 2
        for line in self.lines:
            for part in ui.wrap(body, line, width):
                ui.draw_text(surface, body, part, (box.x + pad, y))
                y += body.get_linesize()
            y += display.px(3)
        if self.footer:
            for part in ui.wrap(body, self.footer, width):
                ui.draw_text(surface, body, part, (box.x + pad, y + display.px(4)), ui.CREAM)
                y += body.get_linesize()
        hint = self.ctx.text("ui.problems.continue")
        ui.draw_text(surface, body, hint, (box.right - pad, box.bottom - pad), ui.DIM,
                     anchor="bottomright")
