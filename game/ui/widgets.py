"""Menus for every screen: a list of rows driven by actions, the mouse and the wheel.

Rows can be buttons, toggles, choices or sliders; a yes/no prompt and the base of
every menu scene live here too, so all screens share one look (``draw_panel``,
the accent colour on the selected row) and one way of going back.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pygame

from game.scenes.base import Scene, SceneContext
from game.ui import text as ui

if TYPE_CHECKING:
    from datetime import datetime

    from game.input import ActionEvent
    from game.ui.strings import UiText

REPEAT_DELAY = 0.38  # seconds an arrow is held before the selection starts to run
REPEAT_EVERY = 0.075
SLIDER_WIDTH = 96  # logical pixels
VALUE_WIDTH = 44
WARN = (226, 120, 96)
SOLID = (28, 26, 32, 255)  # fill of full-screen panels: the menu below must not show through
SELECTED_FILL = (200, 160, 72, 56)
BACK_ACTIONS = ("cancel", "menu")  # Esc sends both; B and Start send one each

RowPainter = Callable[[pygame.Surface, "Item", pygame.Rect, bool], None]


def format_decimal(text: UiText, value: float, digits: int = 1) -> str:
    """A number as the player's language writes it ("2.5" in English, "2,5" in
    Portuguese): the mark is the text `ui.format.decimal_mark`."""
    written = f"{value:.{digits}f}"
    mark = text.lookup("ui.format.decimal_mark")
    return written.replace(".", mark) if mark else written


def format_date(text: UiText, moment: datetime) -> str:
    """A date and time the way the player's language writes it (`ui.format.date`, a
    strftime pattern); ISO when the pattern is missing or can't be used."""
    pattern = text.lookup("ui.format.date") or "%Y-%m-%d %H:%M"
    try:
        return moment.strftime(pattern)
    except ValueError:
        return moment.strftime("%Y-%m-%d %H:%M")


def format_play_time(seconds: float) -> str:
    minutes = int(seconds) // 60
    return f"{minutes // 60}:{minutes % 60:02d}"


def draw_triangle(surface: pygame.Surface, centre: tuple[int, int], size: int,
                  direction: str, colour: tuple[int, int, int]) -> None:
    """A small arrow head; drawn, because the default font lacks the arrow glyphs."""
    x, y = centre
    points = {
        "right": [(x - size, y - size), (x + size, y), (x - size, y + size)],
        "left": [(x + size, y - size), (x - size, y), (x + size, y + size)],
        "up": [(x - size, y + size), (x, y - size), (x + size, y + size)],
        "down": [(x - size, y - size), (x, y + size), (x + size, y - size)],
    }[direction]
    pygame.draw.polygon(surface, colour, points)


# --- rows --------------------------------------------------------------------------------


@dataclass(slots=True)
class Item:
    """One row of a menu. ``label`` is a text id, looked up each frame (language switch)."""

    label: str
    activate: Callable[[], None] | None = None
    adjust: Callable[[int], None] | None = None  # left / right: -1 / +1
    value: Callable[[], str] | None = None  # shown at the right of the row
    fraction: Callable[[], float] | None = None  # a slider's fill, 0..1
    set_fraction: Callable[[float], None] | None = None  # the mouse on the slider's bar
    enabled: bool | Callable[[], bool] = True
    hint: str = ""  # text id of a sentence shown while the row is selected
    text: Callable[[], str] | None = None  # overrides the label (names built at run time)
    warn: bool = False
    name: str = ""  # a stable handle for tests and scripts

    def is_enabled(self) -> bool:
        return self.enabled() if callable(self.enabled) else self.enabled


def button(label: str, activate: Callable[[], None], **options: Any) -> Item:
    return Item(label, activate=activate, name=options.pop("name", label), **options)


def toggle(ctx: SceneContext, label: str, get: Callable[[], bool], set_: Callable[[bool], None],
           **options: Any) -> Item:
    def flip(_delta: int = 0) -> None:
        set_(not get())

    return Item(label, activate=flip, adjust=flip,
                value=lambda: ctx.text("ui.on" if get() else "ui.off"),
                name=options.pop("name", label), **options)


def choice(label: str, values: list[Any], get: Callable[[], object],
           set_: Callable[[object], None], names: Callable[[object], str], **options: Any) -> Item:
    """Left and right step through ``values``; act steps forward."""

    def step(delta: int) -> None:
        current = get()
        index = values.index(current) if current in values else 0
        set_(values[(index + delta) % len(values)])

    return Item(label, activate=lambda: step(1), adjust=step, value=lambda: names(get()),
                name=options.pop("name", label), **options)


def slider(label: str, get: Callable[[], float], set_: Callable[[float], None], low: float,
           high: float, step: float, shown: Callable[[float], str], **options: Any) -> Item:
    """A bar from ``low`` to ``high``; arrows move by ``step``, the mouse sets it directly."""

    def clamp(value: float) -> float:
        return min(high, max(low, value))

    def snap(value: float) -> float:
        # stepping in floats drifts (0.1 * 7); snapping keeps values the player can read
        return round(round((value - low) / step) * step + low, 6)

    def move(delta: int) -> None:
        set_(clamp(snap(get() + delta * step)))

    return Item(
        label,
        adjust=move,
        value=lambda: shown(get()),
        fraction=lambda: (get() - low) / (high - low) if high > low else 0.0,
        set_fraction=lambda f: set_(clamp(snap(low + f * (high - low)))),
        name=options.pop("name", label),
        **options,
    )


# --- the list ----------------------------------------------------------------------------


@dataclass(slots=True)
class _Hit:
    index: int
    row: pygame.Rect
    bar: pygame.Rect | None = None


@dataclass(slots=True)
class MenuList:
    """A vertical list of rows: arrows move (with repeat), act activates, left/right adjust.

    The mouse hovers and clicks, drags sliders, and the wheel scrolls. Rows that
    do not fit scroll, with the selection kept in view.
    """

    ctx: SceneContext
    items: list[Item]
    row_height: int = 18  # logical pixels
    font_size: float = 10
    painter: RowPainter | None = None  # custom row drawing (save slots)
    selected: int = 0
    scroll: int = 0
    wrap_around: bool = True
    _hits: list[_Hit] = field(default_factory=list)
    _repeat_action: str | None = None
    _repeat_timer: float = 0.0
    _dragging: int | None = None
    _visible: int = 1

    def __post_init__(self) -> None:
        self.selected = self._first_enabled()

    def _first_enabled(self) -> int:
        for index, item in enumerate(self.items):
            if item.is_enabled():
                return index
        return 0

    def set_items(self, items: list[Item], keep: bool = True) -> None:
        previous = self.current.name if keep and self.items else None
        self.items = items
        names = [item.name for item in items]
        if previous in names and items[names.index(previous)].is_enabled():
            self.selected = names.index(previous)
        elif self.selected >= len(items) or not items[self.selected].is_enabled():
            self.selected = self._first_enabled()

    @property
    def current(self) -> Item:
        return self.items[self.selected]

    def select(self, name: str) -> None:
        for index, item in enumerate(self.items):
            if item.name == name:
                self.selected = index
                return
        raise KeyError(name)

    # --- input -----------------------------------------------------------------------

    def move(self, delta: int) -> None:
        count = len(self.items)
        index = self.selected
        for _ in range(count):
            index += delta
            if not self.wrap_around and not 0 <= index < count:
                return
            index %= count
            if self.items[index].is_enabled():
                if index != self.selected:
                    self.selected = index
                    self.ctx.audio.play_sound("blip")
                return

    def activate(self) -> None:
        item = self.current
        if not item.is_enabled():
            return
        if item.activate is not None:
            self.ctx.audio.play_sound("confirm")
            item.activate()

    def adjust(self, delta: int) -> bool:
        item = self.current
        if item.adjust is None or not item.is_enabled():
            return False
        item.adjust(delta)
        self.ctx.audio.play_sound("blip")
        return True

    def on_action(self, event: ActionEvent) -> bool:
        """Handle a menu action; True when it was one."""
        action = event.action
        if not event.pressed:
            if action == self._repeat_action:
                self._repeat_action = None
            return action in ("move_up", "move_down", "move_left", "move_right", "act")
        if action in ("move_up", "move_down"):
            self.move(-1 if action == "move_up" else 1)
        elif action in ("move_left", "move_right"):
            if not self.adjust(-1 if action == "move_left" else 1):
                return False
        elif action == "act":
            self.activate()
            return True
        else:
            return False
        self._repeat_action = action
        self._repeat_timer = REPEAT_DELAY
        return True

    @property
    def repeating(self) -> bool:
        """A held key is moving the selection (or a slider) by itself."""
        return self._repeat_action is not None

    def update(self, dt: float) -> None:
        action = self._repeat_action
        if action is None:
            return
        if not self.ctx.input.is_held(action):
            self._repeat_action = None
            return
        self._repeat_timer -= dt
        if self._repeat_timer <= 0:
            self._repeat_timer += REPEAT_EVERY
            if action in ("move_up", "move_down"):
                self.move(-1 if action == "move_up" else 1)
            else:
                self.adjust(-1 if action == "move_left" else 1)

    def on_mouse(self, event: pygame.event.Event) -> bool:
        """Hover selects, a click activates (or sets a slider), the wheel scrolls."""
        if event.type == pygame.MOUSEWHEEL:
            self.scroll_by(-event.y)
            return True
        pos = getattr(event, "pos", None)
        if event.type == pygame.MOUSEBUTTONUP and event.button == 1:
            self._dragging = None
            return False
        if pos is None:
            return False
        if event.type == pygame.MOUSEMOTION and self._dragging is not None:
            self._drag_to(self._dragging, pos[0])
            return True
        hit = self._hit_at(pos)
        if hit is None:
            return False
        item = self.items[hit.index]
        if not item.is_enabled():
            return False
        if event.type == pygame.MOUSEMOTION:
            self.selected = hit.index
            return True
        if event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            self.selected = hit.index
            if hit.bar is not None and item.set_fraction is not None:
                self._dragging = hit.index
                self._drag_to(hit.index, pos[0])
            elif item.activate is not None:
                self.activate()
            elif item.adjust is not None:
                self.adjust(1)
            return True
        return False

    def rect_of(self, name: str, *, bar: bool = False) -> pygame.Rect | None:
        """Where a row (or its slider's bar) was last drawn, in window pixels; None if unseen."""
        for hit in self._hits:
            if self.items[hit.index].name == name:
                return hit.bar if bar else hit.row
        return None

    def _hit_at(self, pos: tuple[int, int]) -> _Hit | None:
        for hit in self._hits:
            if hit.row.collidepoint(pos) or (hit.bar is not None and hit.bar.collidepoint(pos)):
                return hit
        return None

    def _drag_to(self, index: int, x: int) -> None:
        for hit in self._hits:
            if hit.index == index and hit.bar is not None:
                item = self.items[index]
                if item.set_fraction is not None:
                    item.set_fraction(min(1.0, max(0.0, (x - hit.bar.x) / hit.bar.width)))

    def scroll_by(self, rows: int) -> None:
        top = max(0, len(self.items) - self._visible)
        self.scroll = min(top, max(0, self.scroll + rows))

    # --- drawing ---------------------------------------------------------------------

    def height_for(self, rows: int) -> int:
        """Logical height of ``rows`` rows (for sizing panels)."""
        return rows * self.row_height

    def draw(self, surface: pygame.Surface, area: pygame.Rect) -> None:
        """Draw the rows inside ``area`` (window pixels)."""
        display = self.ctx.display
        row_px = display.px(self.row_height)
        self._visible = max(1, area.height // row_px)
        if self.selected < self.scroll:
            self.scroll = self.selected
        elif self.selected >= self.scroll + self._visible:
            self.scroll = self.selected - self._visible + 1
        self.scroll = min(self.scroll, max(0, len(self.items) - self._visible))
        self._hits = []
        shown = self.items[self.scroll: self.scroll + self._visible]
        for offset, item in enumerate(shown):
            index = self.scroll + offset
            row = pygame.Rect(area.x, area.y + offset * row_px, area.width, row_px)
            selected = index == self.selected
            hit = _Hit(index, row)
            if selected and item.is_enabled():
                highlight = pygame.Surface(row.size, pygame.SRCALPHA)
                pygame.draw.rect(highlight, SELECTED_FILL, highlight.get_rect(),
                                 border_radius=display.px(2))
                surface.blit(highlight, row)
            if self.painter is not None:
                self.painter(surface, item, row, selected)
            else:
                hit.bar = self._draw_row(surface, item, row, selected)
            self._hits.append(hit)
        self._draw_scroll_marks(surface, area)

    def row_colour(self, item: Item, selected: bool) -> tuple[int, int, int]:
        if not item.is_enabled():
            return ui.DIM
        if item.warn:
            return WARN
        return ui.ACCENT if selected else ui.PAPER

    def _draw_row(self, surface: pygame.Surface, item: Item, row: pygame.Rect,
                  selected: bool) -> pygame.Rect | None:
        display = self.ctx.display
        font = self.ctx.fonts.get(self.font_size)
        colour = self.row_colour(item, selected)
        pad = display.px(6)
        text = item.text() if item.text is not None else self.ctx.text(item.label)
        if selected and item.is_enabled():
            draw_triangle(surface, (row.x + pad, row.centery), display.px(2), "right", ui.ACCENT)
        ui.draw_text(surface, font, text, (row.x + pad + display.px(6), row.centery), colour,
                     anchor="midleft")
        bar = None
        right = row.right - pad
        if item.value is not None:
            value = item.value()
            value_font = self.ctx.fonts.get(self.font_size - 1)
            if item.fraction is not None:
                ui.draw_text(surface, value_font, value, (right, row.centery), colour,
                             anchor="midright")
                right -= display.px(VALUE_WIDTH)
                bar = pygame.Rect(0, 0, display.px(SLIDER_WIDTH), display.px(4))
                bar.midright = (right, row.centery)
                self._draw_bar(surface, bar, item.fraction(), selected)
                bar = bar.inflate(display.px(4), row.height - bar.height)
            else:
                if selected and item.adjust is not None:
                    size = display.px(2)
                    draw_triangle(surface, (right - size, row.centery), size, "right", colour)
                    right -= display.px(8)
                rect = ui.draw_text(surface, value_font, value, (right, row.centery), colour,
                                    anchor="midright")
                if selected and item.adjust is not None:
                    size = display.px(2)
                    draw_triangle(surface, (rect.x - display.px(4), row.centery), size, "left",
                                  colour)
        return bar

    def _draw_bar(self, surface: pygame.Surface, bar: pygame.Rect, fraction: float,
                  selected: bool) -> None:
        display = self.ctx.display
        radius = display.px(2)
        pygame.draw.rect(surface, (70, 66, 72), bar, border_radius=radius)
        filled = bar.copy()
        filled.width = round(bar.width * min(1.0, max(0.0, fraction)))
        if filled.width:
            pygame.draw.rect(surface, ui.ACCENT if selected else ui.CREAM, filled,
                             border_radius=radius)
        knob = pygame.Rect(0, 0, display.px(4), display.px(8))
        knob.center = (bar.x + filled.width, bar.centery)
        pygame.draw.rect(surface, ui.PAPER, knob, border_radius=display.px(1))

    def _draw_scroll_marks(self, surface: pygame.Surface, area: pygame.Rect) -> None:
        display = self.ctx.display
        size = display.px(3)
        x = area.right - display.px(4)
        if self.scroll > 0:
            draw_triangle(surface, (x, area.y + size), size, "up", ui.CREAM)
        if self.scroll + self._visible < len(self.items):
            draw_triangle(surface, (x, area.bottom - size), size, "down", ui.CREAM)


# --- scenes ----------------------------------------------------------------------------


class MenuScene(Scene):
    """The base of every menu screen: a veil over what is below, going back, the list.

    Going back is done on the next step, not at once: Esc sends both ``cancel``
    and ``menu``, and closing at the first would hand the second to the scene
    below, which would open the pause menu again.
    """

    opaque = False
    pauses_below = True
    veil = 150  # alpha of the darkening over the scene below; 0 for none

    def __init__(self, ctx: SceneContext) -> None:
        super().__init__(ctx)
        self.menu: MenuList | None = None
        self.leaving = False

    def back(self) -> None:
        self.leaving = True

    def on_back(self) -> None:
        """Called once the scene has left the stack (going back)."""

    def on_action(self, event: ActionEvent) -> None:
        if self.leaving:
            return
        if event.pressed and event.action in BACK_ACTIONS:
            self.ctx.audio.play_sound("cancel")
            self.back()
            return
        if self.menu is not None:
            self.menu.on_action(event)

    def on_mouse(self, event: pygame.event.Event) -> None:
        if self.leaving:
            return
        if event.type == pygame.MOUSEBUTTONDOWN and event.button == 3:
            self.back()  # right click backs out, as in most games
            return
        if self.menu is not None:
            self.menu.on_mouse(event)

    def update(self, dt: float) -> None:
        if self.leaving:
            self.leaving = False
            self.close()
            self.on_back()
            return
        if self.menu is not None:
            self.menu.update(dt)

    def still_for(self) -> float:
        """A menu stands still until input, but while a held key repeats (game/loop.py
        draws nothing meanwhile). A menu that moves by itself says so."""
        if self.leaving or (self.menu is not None and self.menu.repeating):
            return 0.0
        return math.inf

    def draw_veil(self, surface: pygame.Surface) -> None:
        if self.veil:
            shade = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
            shade.fill((*ui.INK[:3], self.veil))
            surface.blit(shade, (0, 0))

    def draw_frame(self, surface: pygame.Surface, rect: tuple[float, float, float, float],
                   title: str, *, solid: bool = True) -> tuple[pygame.Rect, int]:
        """Veil, panel (logical ``rect``) and heading; returns the panel and the y below."""
        self.draw_veil(surface)
        display = self.ctx.display
        panel = display.rect(*rect)
        ui.draw_panel(surface, panel, display.scale, fill=SOLID if solid else ui.PANEL)
        return panel, self.draw_heading(surface, panel, title)

    def draw_heading(self, surface: pygame.Surface, panel: pygame.Rect, text: str,
                     size: float = 14) -> int:
        """The title at the top of a panel, with a rule under it; returns the y below."""
        display = self.ctx.display
        font = self.ctx.fonts.get(size)
        rect = ui.draw_text(surface, font, text, (panel.centerx, panel.y + display.px(10)),
                            ui.CREAM, anchor="midtop")
        y = rect.bottom + display.px(5)
        pygame.draw.line(surface, ui.ACCENT, (panel.x + display.px(14), y),
                         (panel.right - display.px(14), y), max(1, display.scale // 2))
        return y + display.px(6)

    def draw_footer(self, surface: pygame.Surface, panel: pygame.Rect, text: str) -> None:
        """A dim line of help at the foot of a panel."""
        display = self.ctx.display
        font = self.ctx.fonts.get(8)
        ui.draw_text(surface, font, text, (panel.centerx, panel.bottom - display.px(7)),
                     ui.DIM, anchor="midbottom")


class ConfirmScene(MenuScene):
    """A yes/no question over the current screen; ``No`` is selected first, to be safe."""

    def __init__(self, ctx: SceneContext, question: str, on_yes: Callable[[], object], *,
                 yes: str = "ui.confirm.yes", no: str = "ui.confirm.no",
                 on_no: Callable[[], None] | None = None) -> None:
        super().__init__(ctx)
        self.question = question
        self.on_yes = on_yes
        self.on_no = on_no
        self.menu = MenuList(ctx, [button(no, self._no, name="no"),
                                   button(yes, self._yes, name="yes")], row_height=16)

    def _yes(self) -> None:
        self.close()
        self.on_yes()

    def _no(self) -> None:
        self.back()

    def on_back(self) -> None:
        if self.on_no is not None:
            self.on_no()

    def draw(self, surface: pygame.Surface) -> None:
        self.draw_veil(surface)
        display = self.ctx.display
        font = self.ctx.fonts.get(10)
        lines = ui.wrap(font, self.question, display.px(280))
        text_h = len(lines) * font.get_linesize()
        height = text_h + display.px(16 + 2 * 16 + 14)
        panel = pygame.Rect(0, 0, display.px(310), height)
        panel.center = display.viewport.center
        ui.draw_panel(surface, panel, display.scale, border=ui.ACCENT)
        y = panel.y + display.px(10)
        for line in lines:
            ui.draw_text(surface, font, line, (panel.centerx, y), anchor="midtop")
            y += font.get_linesize()
        assert self.menu is not None
        area = pygame.Rect(panel.centerx - display.px(70), y + display.px(8), display.px(140),
                           display.px(32))
        self.menu.draw(surface, area)
