"""The content note shown before a new game: what the story holds, said plainly.

The player can go on or go back; Settings can turn the note off.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from game.ui import text as ui
from game.ui.widgets import MenuList, MenuScene, button

if TYPE_CHECKING:
    from game.scenes.base import SceneContext

PANEL_W = 440
TOPICS = ("ui.content_note.disfigurement", "ui.content_note.suicide",
          "ui.content_note.infidelity", "ui.content_note.weapon")


class ContentNoteScene(MenuScene):
    opaque = False
    veil = 200

    def __init__(self, ctx: SceneContext, on_continue: Callable[[], None]) -> None:
        super().__init__(ctx)
        self.on_continue = on_continue
        self.menu = MenuList(ctx, [button("ui.content_note.continue", self._continue,
                                          name="continue"),
                                   button("ui.content_note.back", self.back, name="back")],
                             row_height=17)

    def _continue(self) -> None:
        self.close()
        self.on_continue()

    def draw(self, surface: pygame.Surface) -> None:
        self.draw_veil(surface)
        ctx, display = self.ctx, self.ctx.display
        body, small = ctx.fonts.get(11), ctx.fonts.get(8)
        width = display.px(PANEL_W - 48)
        indent = display.px(12)
        # (font, lines, indent, colour, bullet, space after)
        blocks = [(body, ui.wrap(body, ctx.text("ui.content_note.intro"), width), 0,
                   ui.PAPER, False, 6)]
        for topic in TOPICS:
            after = 6 if topic == TOPICS[-1] else 1
            blocks.append((body, ui.wrap(body, ctx.text(topic), width - indent), indent,
                           ui.CREAM, True, after))
        blocks.append((body, ui.wrap(body, ctx.text("ui.content_note.care"), width), 0,
                       ui.PAPER, False, 4))
        blocks.append((small, ui.wrap(small, ctx.text("ui.content_note.settings"), width),
                       0, ui.DIM, False, 0))
        text_height = sum(len(lines) * font.get_linesize() + display.px(after)
                          for font, lines, _i, _c, _b, after in blocks)
        height = display.px(40) + text_height + display.px(12 + 34 + 4)
        panel = pygame.Rect(0, 0, display.px(PANEL_W), height)
        panel.center = display.viewport.center
        ui.draw_panel(surface, panel, display.scale)
        y = self.draw_heading(surface, panel, ctx.text("ui.content_note.title"))
        left = panel.x + display.px(24)
        for font, lines, offset, colour, bullet, after in blocks:
            if bullet:
                pygame.draw.circle(surface, ui.ACCENT,
                                   (left + display.px(4), y + font.get_linesize() // 2),
                                   display.px(1.5))
            for line in lines:
                ui.draw_text(surface, font, line, (left + offset, y), colour)
                y += font.get_linesize()
            y += display.px(after)
        assert self.menu is not None
        area = pygame.Rect(panel.centerx - display.px(70), y + display.px(12),
                           display.px(140), display.px(34))
        self.menu.draw(surface, area)
