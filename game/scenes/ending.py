"""The end of the story: the closing page on black, then the credits, then the title.

Content ends the game by setting the fact `ending` (the last step of a final scene);
the director shows this scene once that scene is over. The page shown is the one
written last (each ending writes its own closing page just before), in the player's
language; without one, only the words "The end".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.ui import text as ui
from game.ui.widgets import BACK_ACTIONS

from .base import Scene

if TYPE_CHECKING:
    from game.input import ActionEvent
    from game.scenes.base import SceneContext
    from game.session import Session

FADE_IN = 2.5  # seconds for the page to come up out of the dark
READY = 3.0  # seconds before a key goes on (a page is not skipped by a held key)
TEXT_W = 360  # logical pixels
LEADING = 4  # logical pixels between the page's lines


class EndingScene(Scene):
    opaque = True

    def __init__(self, ctx: SceneContext, session: Session) -> None:
        super().__init__(ctx)
        self.session = session
        state = self.session.state
        self.ending = str(state.get("ending"))
        self.page = state.pages[-1] if state.pages else None
        self.time = 0.0
        self.done = False
        ctx.audio.play_sound("page")

    # --- words -----------------------------------------------------------------------

    def title(self) -> str:
        if self.page is None:
            return self.ctx.text("ui.ending.the_end")
        return self.session.engine.text(f"{self.page.id}.title")

    def body(self) -> str:
        return "" if self.page is None else self.session.engine.text(self.page.id)

    # --- input -----------------------------------------------------------------------

    def on_action(self, event: ActionEvent) -> None:
        if event.pressed and (event.action == "act" or event.action in BACK_ACTIONS):
            self.go_on()

    def on_mouse(self, event: pygame.event.Event) -> None:
        if event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            self.go_on()

    def go_on(self) -> None:
        """To the title, with the credits rolling over it (leaving them shows the title)."""
        if self.time < READY or self.done:
            return
        self.done = True
        from game.scenes.credits import CreditsScene

        self.ctx.game.to_title()
        self.ctx.push(CreditsScene(self.ctx))

    def update(self, dt: float) -> None:
        self.time += dt

    # --- drawing ---------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        ctx, display = self.ctx, self.ctx.display
        surface.fill(ui.INK, display.viewport)
        light = min(1.0, self.time / FADE_IN)
        title_font, body_font, small = ctx.fonts.get(14), ctx.fonts.get(11), ctx.fonts.get(7)
        width = display.px(TEXT_W)
        # (font, lines, colour, line height)
        blocks = [(title_font, ui.wrap(title_font, self.title(), width), ui.ACCENT,
                   title_font.get_linesize())]
        if self.body():
            blocks.append((body_font, ui.wrap(body_font, self.body(), width), ui.PAPER,
                           body_font.get_linesize() + display.px(LEADING)))
        gap = display.px(16)
        height = sum(len(lines) * step for _, lines, _, step in blocks) + gap * (len(blocks) - 1)
        y = display.viewport.centery - height // 2
        for font, lines, colour, step in blocks:
            for line in lines:
                ui.draw_text(surface, font, line, (display.viewport.centerx, y),
                             _dimmed(colour, light), anchor="midtop")
                y += step
            y += gap
        if self.time >= READY:
            ui.draw_text(surface, small, ctx.text("ui.ending.help"),
                         (display.viewport.centerx, display.viewport.bottom - display.px(6)),
                         ui.DIM, anchor="midbottom")


def _dimmed(colour: tuple[int, ...], light: float) -> tuple[int, int, int]:
    """``colour`` coming up out of the ink-black background."""
    return tuple(round(ink + (c - ink) * light)  # type: ignore[return-value]
                 for c, ink in zip(colour[:3], ui.INK[:3], strict=True))
