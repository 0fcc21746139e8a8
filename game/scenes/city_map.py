"""The city map on its own key (M, or the left shoulder): the streets, the places he
knows by name, where he is, and where the notebook's "Now:" sends him.

The same drawing fills the notebooks' last tab (``draw_city_map``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.dialogue.i18n import place_text_id
from game.places import CITY_MAP, CityMarks, Mark, Places, city_marks
from game.ui import text as ui
from game.ui.city_map import AIM, HERE, STREET, CityMapDrawing
from game.ui.prompts import glyph_label, key_for
from game.ui.widgets import BACK_ACTIONS, MenuScene

if TYPE_CHECKING:
    from game.input import ActionEvent
    from game.scenes.base import SceneContext
    from game.session import Session

PANEL = (16, 12, 608, 336)


def marks_now(session: Session) -> CityMarks | None:
    """What the city map marks for the session as it stands; None without a city map."""
    city = session.maps.get(CITY_MAP)
    if city is None:
        return None
    places = Places.of(session.world.content)
    return city_marks(places, session.state, city, session.map_id, session.player.tile)


def draw_city_map(ctx: SceneContext, session: Session, drawing: CityMapDrawing,
                  surface: pygame.Surface, rect: pygame.Rect, marks: CityMarks,
                  clock: float) -> None:
    """The map with ``marks`` in ``rect``, and a legend under it."""
    display = ctx.display
    font = ctx.fonts.get(8)
    legend_h = font.get_linesize() + display.px(6)
    area = pygame.Rect(rect.x, rect.y, rect.width, rect.height - legend_h)

    def name(mark: Mark) -> str:
        return ctx.text.lookup(place_text_id(mark.place.id)) or mark.place.name

    drawing.draw(surface, area, session.maps[CITY_MAP], marks, ctx.fonts, display.scale, name,
                 clock)
    y = rect.bottom - legend_h // 2
    x = rect.x + display.px(8)
    size = display.px(3)
    pygame.draw.circle(surface, STREET, (x, y), size + max(1, display.scale // 2))
    pygame.draw.circle(surface, HERE, (x, y), size)
    label = ui.draw_text(surface, font, ctx.text("ui.map.here"), (x + size * 2, y), ui.PAPER,
                         anchor="midleft")
    x = label.right + display.px(16)
    pygame.draw.circle(surface, AIM, (x, y), size * 2, max(1, display.scale // 2))
    pygame.draw.circle(surface, AIM, (x, y), size)
    ui.draw_text(surface, font, ctx.text("ui.map.aim"), (x + size * 3, y), ui.PAPER,
                 anchor="midleft")


class CityMapScene(MenuScene):
    veil = 170

    def __init__(self, ctx: SceneContext, session: Session) -> None:
        super().__init__(ctx)
        self.session = session
        self.drawing = CityMapDrawing()
        self.clock = 0.0
        self.marks: CityMarks | None = None  # what the last frame marked
        ctx.audio.play_sound("page")

    def on_action(self, event: ActionEvent) -> None:
        if self.leaving or not event.pressed:
            return
        if event.action == "map" or event.action in BACK_ACTIONS:
            self.ctx.audio.play_sound("cancel")
            self.back()  # the key that opens the map closes it

    def update(self, dt: float) -> None:
        self.clock += dt
        super().update(dt)

    def aim_text(self) -> str:
        aim = self.marks.aim if self.marks is not None else ""
        return self.session.engine.text(aim) if aim in self.session.world.content.texts \
            else ""

    def draw(self, surface: pygame.Surface) -> None:
        ctx, display = self.ctx, self.ctx.display
        panel, y = self.draw_frame(surface, PANEL, ctx.text("ui.map.title"))
        self.marks = marks_now(self.session)
        aim = self.aim_text()
        if aim:
            font = ctx.fonts.get(9)
            ui.draw_text(surface, font, ctx.text("ui.notebook.aim", aim=aim),
                         (panel.x + display.px(16), y), ui.ACCENT)
            y += font.get_linesize() + display.px(4)
        area = pygame.Rect(panel.x + display.px(12), y, panel.width - display.px(24),
                           panel.bottom - display.px(20) - y)
        if self.marks is not None:
            draw_city_map(ctx, self.session, self.drawing, surface, area, self.marks,
                          self.clock)
        key = key_for("map", ctx.settings.keys, ctx.settings.pad, ctx.input.last_device)
        label = glyph_label(*key) if key is not None else "Esc"
        self.draw_footer(surface, panel, ctx.text("ui.map.help", key=label))
