"""The dialogue box: a conversation's lines typing out, portraits, and choices.

It only draws what the scene runner says and passes the player's choices back;
all story logic lives in the dialogue engine.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol

import pygame

from game.dialogue.runner import ChoiceEvent, EndEvent, Event, LineEvent, Option
from game.scenes.base import Scene
from game.ui import text as ui
from game.ui.choice_guard import ChoiceGuard
from game.ui.widgets import draw_triangle

if TYPE_CHECKING:
    from game.dialogue.effects import Effect
    from game.dialogue.runner import SceneRun
    from game.input import ActionEvent
    from game.scenes.base import SceneContext
    from game.session import Session

BOX = (8, 266, 624, 88)  # logical rectangle of the box
PORTRAIT = 48
BLINK_MS = 400  # the finished line's marker shows and hides this long


class Conversation(Protocol):
    """What the box asks of the director: carry out effects, remember lines, go on."""

    def apply_effects(self, effects: Sequence[Effect], *, over_black: bool = False) -> bool:
        """Returns True when an effect asks the box to fade to black."""

    def record_line(self, event: LineEvent) -> None: ...

    def line_seen_before(self, event: LineEvent) -> bool: ...

    def scene_ended(self) -> None: ...

    def staging(self, dt: float) -> bool:
        """Moves the people the scene directs; True while one it waits for is under way."""


class DialogueScene(Scene):
    opaque = False
    pauses_below = True

    def __init__(self, ctx: SceneContext, session: Session, director: Conversation,
                 run: SceneRun, *, prelude: LineEvent | None = None) -> None:
        super().__init__(ctx)
        self.session = session
        self.director = director
        self.run = run
        self.prelude = prelude  # the greeting that started the scene, shown first
        self._made_in = session.engine.language  # the language the shown line came in
        self._relocalized: tuple[tuple[int, str], Event] | None = None
        self._veil: pygame.Surface | None = None
        self._drew: list[pygame.Rect] = []  # where the last draw drew (Repaint.over)
        self.shown = 0.0  # characters revealed of the current line
        self.selected = 0
        self.blip_timer = 0.0
        self.auto_timer = 0.0
        self._option_rects: list[tuple[pygame.Rect, int]] = []
        self._seen_event: Event | None = None
        self.fade = 0.0
        self.staged = False  # a move the scene waits for is under way
        self.guard = ChoiceGuard()  # a choice is not made by the key that ended a line
        self._sync()

    # --- stepping -------------------------------------------------------------------

    def _raw(self) -> Event:
        return self.prelude if self.prelude is not None else self.run.current

    @property
    def event(self) -> Event:
        """What the box shows now, in the player's language even if it changed mid-line."""
        raw = self._raw()
        engine = self.session.engine
        if isinstance(raw, EndEvent) or engine.language == self._made_in:
            return raw
        key = (id(raw), engine.language)
        if self._relocalized is None or self._relocalized[0] != key:
            person = self.run.person_id
            shown: Event
            if isinstance(raw, LineEvent):
                name, _ = engine.speaker_view(raw.speaker, person)
                shown = replace(raw, text=engine.text(raw.line_id, person), name=name)
            else:
                shown = replace(raw, options=tuple(
                    replace(o, text=engine.text(o.id, person)) for o in raw.options))
            self._relocalized = (key, shown)
        return self._relocalized[1]

    def _sync(self) -> None:
        """Apply effects and record what is now shown."""
        if self.director.apply_effects(self.run.drain_effects(), over_black=self.fade > 0):
            self.fade = max(self.fade, 0.01)
        raw = self._raw()
        if raw is self._seen_event:
            return
        self._seen_event = raw
        self._made_in = self.session.engine.language
        match self.event:
            case LineEvent() as line:
                self.shown = 0.0
                self.auto_timer = 0.0
                self.director.record_line(line)
                if self.ctx.settings.text_speed == 0:
                    self.shown = len(line.text)
            case ChoiceEvent(options=options):
                enabled = [o.index for o in options if o.enabled]
                self.selected = enabled[0] if enabled else 0
                self.guard.appeared(self.ctx.input.is_held("act"))
            case EndEvent():
                self.finish()

    def finish(self) -> None:
        if self.ctx.on_stack(self):
            self.close()
        event = self.event
        if isinstance(event, EndEvent) and event.error:
            self.ctx.report_problem(f"The scene stopped: {event.error}")
        self.director.scene_ended()

    def _next_line(self) -> None:
        if self.prelude is not None:
            self.prelude = None
        else:
            self.run.advance()
        self._sync()

    def line_complete(self) -> bool:
        event = self.event
        return not isinstance(event, LineEvent) or self.shown >= len(event.text)

    def advance(self) -> None:
        match self.event:
            case LineEvent(text=text):
                if not self.line_complete():
                    self.shown = len(text)
                    return
                self._next_line()
            case ChoiceEvent():
                option = self._option(self.selected)
                if option is not None and option.enabled:
                    self.ctx.audio.play_sound("select")
                    self.run.choose(option.index)
                    self._sync()

    def _options(self) -> tuple[Option, ...]:
        event = self.event
        return event.options if isinstance(event, ChoiceEvent) else ()

    def _option(self, index: int) -> Option | None:
        for option in self._options():
            if option.index == index:
                return option
        return None

    def move_selection(self, delta: int) -> None:
        options = [o for o in self._options() if o.enabled]
        if not options:
            return
        indices = [o.index for o in options]
        position = indices.index(self.selected) if self.selected in indices else 0
        self.selected = indices[(position + delta) % len(indices)]

    # --- input ----------------------------------------------------------------------

    @property
    def choice_ready(self) -> bool:
        """A choice is on screen and act would choose now."""
        return isinstance(self.event, ChoiceEvent) and self.guard.ready

    def on_action(self, event: ActionEvent) -> None:
        if not event.pressed:
            if event.action == "act":
                self.guard.released()
            return
        if self.staged:
            return
        choosing = isinstance(self.event, ChoiceEvent)
        if event.action == "act":
            if not choosing or self.guard.press():
                self.advance()
        elif choosing and event.action in ("move_up", "move_left"):
            self.move_selection(-1)
        elif choosing and event.action in ("move_down", "move_right"):
            self.move_selection(1)
        elif event.action == "history":
            from game.scenes.history import HistoryScene

            self.ctx.push(HistoryScene(self.ctx, self.session))
        elif event.action == "notebook":
            from game.scenes.notebook import NotebookScene

            self.ctx.push(NotebookScene(self.ctx, self.session))
        elif event.action == "menu" and not choosing:
            from game.scenes.pause import PauseScene

            self.ctx.push(PauseScene(self.ctx, self.session))

    def on_mouse(self, event: pygame.event.Event) -> None:
        choosing = isinstance(self.event, ChoiceEvent)
        if event.type == pygame.MOUSEMOTION and choosing:
            for rect, index in self._option_rects:
                option = self._option(index)
                if rect.collidepoint(event.pos) and option is not None and option.enabled:
                    self.selected = index
        elif event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            if choosing:
                for rect, index in self._option_rects:
                    if rect.collidepoint(event.pos):
                        self.selected = index
                        if self.guard.press():
                            self.advance()
                        return
            else:
                self.advance()

    def update(self, dt: float) -> None:
        # people the scene moves (`walk`, `act`) move while it runs; the box waits for them
        self.guard.update(dt)
        self.staged = self.director.staging(dt)
        if self.staged:
            return
        if self.fade > 0:
            self.fade = min(1.0, self.fade + dt / 1.2)
        line = self.event
        if not isinstance(line, LineEvent):
            return
        settings = self.ctx.settings
        skipping = self.ctx.input.is_held("skip")
        if skipping and (not settings.skip_seen_only or self.director.line_seen_before(line)):
            self.shown = len(line.text)
            self.auto_timer += dt * 8
        if not self.line_complete():
            speed = settings.text_speed or 10_000
            self.shown = min(len(line.text), self.shown + speed * dt)
            self.blip_timer -= dt
            if self.blip_timer <= 0:
                self.ctx.audio.play_sound("blip")
                self.blip_timer = 0.07
        elif settings.auto_advance or skipping:
            self.auto_timer += dt
            delay = 0.15 if skipping else settings.auto_delay + len(line.text) * 0.02
            if self.auto_timer >= delay:
                self._next_line()

    def still_for(self) -> float:
        """Typing, fading or moving on by itself: every frame; a finished line waiting for
        a key: until its marker blinks; a choice: until input (game/loop.py)."""
        if 0.0 < self.fade < 1.0:
            return 0.0
        if not isinstance(self.event, LineEvent):
            return math.inf
        if (not self.line_complete() or self.ctx.settings.auto_advance
                or self.ctx.input.is_held("skip")):
            return 0.0
        return (BLINK_MS - pygame.time.get_ticks() % BLINK_MS) / 1000

    # --- drawing --------------------------------------------------------------------

    def covers_bottom(self) -> int:
        if self.staged or self.fade > 0:
            return 0
        display = self.ctx.display
        return display.viewport.bottom - display.rect(*BOX).top

    def draw(self, surface: pygame.Surface) -> None:
        display = self.ctx.display
        if self.fade > 0:
            # one black veil, made once per window size (a faded scene runs many frames)
            if self._veil is None or self._veil.get_size() != surface.get_size():
                self._veil = pygame.Surface(surface.get_size())
            self._veil.set_alpha(round(255 * self.fade))
            surface.blit(self._veil, (0, 0))
        self._drew = []
        if not self.staged:
            box = display.rect(*BOX)
            self._drew.append(ui.draw_panel(surface, box, display.scale))
            match self.event:
                case LineEvent() as line:
                    self._draw_line(surface, box, line)
                case ChoiceEvent(options=options):
                    self._draw_choices(surface, box, options)
        if self.fade <= 0:  # a veil covers the window: the frame is shown whole
            # where this frame drew, so the street under it may be drawn only where it
            # changed (base.Repaint): the box is drawn whole again each frame
            self.ctx.repaint.over(self, self._drew)

    def _draw_portrait(self, surface: pygame.Surface, box: pygame.Rect,
                       portrait: str | None) -> int:
        """Draw the portrait at the box's left; return where the text starts."""
        display = self.ctx.display
        pad = display.px(8)
        if not portrait:
            return box.x + pad
        image = self.ctx.assets.image(f"portraits/{portrait}.png", display.scale)
        frame = pygame.Rect(box.x + pad, box.y + pad, display.px(PORTRAIT), display.px(PORTRAIT))
        self._drew.append(surface.blit(image, image.get_rect(center=frame.center)))
        return frame.right + pad

    def _draw_line(self, surface: pygame.Surface, box: pygame.Rect, event: LineEvent) -> None:
        display = self.ctx.display
        left = self._draw_portrait(surface, box, event.portrait)
        name_font = self.ctx.fonts.get(9)
        body = self.ctx.fonts.get(10)
        pad = display.px(8)
        if event.name:
            self._drew.append(_with_shadow(ui.draw_text(
                surface, name_font, event.name, (left, box.y + pad), ui.ACCENT), name_font))
        width = box.right - left - pad
        shown = event.text[: int(self.shown)]
        # wrap the whole line so words don't jump from line to line while typing
        lines = ui.wrap(body, event.text, width)
        y = box.y + pad + name_font.get_linesize() + display.px(2)
        remaining = len(shown)
        for line in lines:
            part = line[:remaining]
            remaining -= len(line) + 1
            if part:  # the line rendered whole, shown as far as it has typed
                upto = None if part == line else body.size(part)[0]
                self._drew.append(_with_shadow(
                    ui.draw_text(surface, body, line, (left, y), upto=upto), body))
            y += body.get_linesize()
            if remaining < 0:
                break
        if self.line_complete():
            blink = (pygame.time.get_ticks() // BLINK_MS) % 2 == 0 or self.ctx.headless
            if blink:
                tip = box.bottomright
                size = display.px(3)
                points = [(tip[0] - pad - size * 2, tip[1] - pad - size),
                          (tip[0] - pad, tip[1] - pad - size),
                          (tip[0] - pad - size, tip[1] - pad)]
                self._drew.append(pygame.draw.polygon(surface, ui.CREAM, points))

    def _draw_choices(self, surface: pygame.Surface, box: pygame.Rect,
                      options: tuple[Option, ...]) -> None:
        display = self.ctx.display
        font = self.ctx.fonts.get(10)
        left = self._draw_portrait(surface, box, f"hero_{self.session.face}")
        pad = display.px(8)
        line_height = font.get_linesize() + display.px(2)
        needed = line_height * len(options) + pad * 2
        if needed > box.height:
            # many choices: grow the box upwards rather than overflow it
            grown = pygame.Rect(box.x, box.bottom - needed, box.width, needed)
            self._drew.append(ui.draw_panel(surface, grown, display.scale))
            box = grown
        y = box.y + pad
        self._option_rects = []
        ready = self.guard.ready  # until then the list is shown quieter, without its marker
        for option in options:
            selected = option.index == self.selected and ready
            colour = (ui.PAPER if ready else ui.CREAM) if option.enabled else ui.DIM
            indent = display.px(10)  # room for the marker, drawn: the font has no arrows
            rect = ui.draw_text(surface, font, option.text, (left + indent, y),
                                ui.ACCENT if selected and option.enabled else colour)
            if selected and option.enabled:
                draw_triangle(surface, (left + display.px(3), rect.centery), display.px(2),
                              "right", ui.ACCENT)
            rect.union_ip(pygame.Rect(left, rect.y, indent, rect.height))
            self._drew.append(_with_shadow(rect, font))  # the text and its marker
            self._option_rects.append((rect.inflate(display.px(4), display.px(2)),
                                       option.index))
            y += line_height


def _with_shadow(rect: pygame.Rect, font: ui.UIFont) -> pygame.Rect:
    """Where draw_text drew: its text's rect and the shadow a little below and right."""
    offset = ui.shadow_offset(font)
    return rect.union(rect.move(offset, offset))
