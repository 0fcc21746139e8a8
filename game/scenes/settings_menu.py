"""The settings screen and its controls page: every change is heard or seen at once, and kept.

Settings are written to settings.json shortly after a change (and when the screen
closes), so a crash does not lose them. Rebinding listens for one raw key or
button: the only place in the game that reads keys rather than actions.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import pygame

from game.display import scale_for
from game.input import PAD_BUTTONS, Bindings
from game.settings import (
    ACTIONS,
    FRAME_CAPS,
    TEXT_SIZES,
    binding_conflicts,
    rebind,
    reset_bindings,
)
from game.ui import text as ui
from game.ui.widgets import (
    WARN,
    ConfirmScene,
    Item,
    MenuList,
    MenuScene,
    button,
    choice,
    format_decimal,
    slider,
    toggle,
)

if TYPE_CHECKING:
    from game.input import ActionEvent
    from game.scenes.base import SceneContext

log = logging.getLogger(__name__)

SAVE_DELAY = 0.6  # seconds after the last change before settings.json is written
INSTANT = 210  # the slider's far right: the whole line at once (text_speed 0)
LISTEN_TIME = 6.0  # seconds to press a key before rebinding gives up
MAX_SCALE = 6
KEY_NAMES = {"return": "Enter", "escape": "Esc", "left ctrl": "Left Ctrl",
             "right ctrl": "Right Ctrl", "left shift": "Left Shift",
             "right shift": "Right Shift", "backspace": "Backspace", "space": "Space"}
PAD_NAMES = {"a": "A", "b": "B", "x": "X", "y": "Y", "back": "Select", "start": "Start",
             "dpup": "D-pad up", "dpdown": "D-pad down", "dpleft": "D-pad left",
             "dpright": "D-pad right", "leftshoulder": "LB", "rightshoulder": "RB",
             "leftstick": "L3", "rightstick": "R3", "guide": "Guide"}
PAD_BY_CODE = {code: name for name, code in PAD_BUTTONS.items()}


def key_label(name: str) -> str:
    """How a key is written on the keyboard: "W", "F6", "Enter", "Left Ctrl"."""
    if name in KEY_NAMES:
        return KEY_NAMES[name]
    if len(name) == 1 or (name[0] == "f" and name[1:].isdigit()):
        return name.upper()
    return name.title()


def pad_label(name: str) -> str:
    return PAD_NAMES.get(name, name.title())


class SettingsWriter:
    """Writes settings.json a moment after the last change, and on demand."""

    def __init__(self, ctx: SceneContext) -> None:
        self.ctx = ctx
        self.wait: float | None = None

    def changed(self) -> None:
        self.wait = SAVE_DELAY

    def update(self, dt: float) -> None:
        if self.wait is None:
            return
        self.wait -= dt
        if self.wait <= 0:
            self.flush()

    def flush(self) -> None:
        if self.wait is None:
            return
        self.wait = None
        try:
            self.ctx.game.save_settings()
        except OSError as error:
            self.ctx.report_problem(self.ctx.text("ui.settings.save_failed",
                                            reason=error.strerror or error))


class SettingsScene(MenuScene):
    def __init__(self, ctx: SceneContext) -> None:
        super().__init__(ctx)
        self.writer = SettingsWriter(ctx)
        self.menu = MenuList(ctx, self._items(), row_height=17, font_size=10)

    # --- rows ------------------------------------------------------------------------

    def _items(self) -> list[Item]:
        ctx, s = self.ctx, self.ctx.settings
        percent = lambda v: f"{round(v * 100)}%"  # noqa: E731
        # the languages the content has (a mod may add one), each named in itself, so a
        # player who switched by mistake still finds the way back
        languages = ctx.text.languages()
        return [
            slider("ui.settings.text_speed", self._get_speed, self._set_speed, 10, INSTANT, 10,
                   self._show_speed, hint="ui.settings.text_speed.hint", name="text_speed"),
            toggle(ctx, "ui.settings.auto_advance", lambda: s.auto_advance,
                   lambda v: self._set("auto_advance", v), hint="ui.settings.auto_advance.hint",
                   name="auto_advance"),
            slider("ui.settings.auto_delay", lambda: s.auto_delay,
                   lambda v: self._set("auto_delay", v), 0.5, 10, 0.5,
                   lambda v: ctx.text("ui.settings.seconds", n=format_decimal(ctx.text, v)),
                   enabled=lambda: s.auto_advance, hint="ui.settings.auto_delay.hint",
                   name="auto_delay"),
            toggle(ctx, "ui.settings.skip_seen_only", lambda: s.skip_seen_only,
                   lambda v: self._set("skip_seen_only", v),
                   hint="ui.settings.skip_seen_only.hint", name="skip_seen_only"),
            slider("ui.settings.music_volume", lambda: s.music_volume,
                   lambda v: self._set_volume("music_volume", v), 0, 1, 0.05, percent,
                   hint="ui.settings.music_volume.hint", name="music_volume"),
            slider("ui.settings.sound_volume", lambda: s.sound_volume,
                   lambda v: self._set_volume("sound_volume", v), 0, 1, 0.05, percent,
                   hint="ui.settings.sound_volume.hint", name="sound_volume"),
            choice("ui.settings.window_scale", self._scales(), lambda: s.window_scale,
                   self._set_scale, self._scale_name,
                   enabled=lambda: not s.fullscreen, hint="ui.settings.window_scale.hint",
                   name="window_scale"),
            toggle(ctx, "ui.settings.fullscreen", lambda: s.fullscreen, self._set_fullscreen,
                   hint="ui.settings.fullscreen.hint", name="fullscreen"),
            choice("ui.settings.language", [code for code, _ in languages],
                   lambda: s.language, self._set_language,
                   lambda v: dict(languages).get(str(v), str(v)),
                   hint="ui.settings.language.hint", name="language"),
            choice("ui.settings.text_size", list(TEXT_SIZES), lambda: s.text_size,
                   self._set_text_size, lambda v: ctx.text(f"ui.settings.text_size.{v}"),
                   hint="ui.settings.text_size.hint", name="text_size"),
            choice("ui.settings.frame_cap", list(FRAME_CAPS), lambda: s.frame_cap,
                   self._set_frame_cap, lambda v: ctx.text(f"ui.settings.frame_cap.{v}"),
                   hint="ui.settings.frame_cap.hint", name="frame_cap"),
            toggle(ctx, "ui.settings.vsync", lambda: s.vsync, lambda v: self._set("vsync", v),
                   hint="ui.settings.vsync.hint", name="vsync"),
            toggle(ctx, "ui.settings.content_note", lambda: s.content_note,
                   lambda v: self._set("content_note", v), hint="ui.settings.content_note.hint",
                   name="content_note"),
            button("ui.settings.controls", self._controls, hint="ui.settings.controls.hint",
                   name="controls"),
            button("ui.settings.back", self.back, name="back"),
        ]

    @staticmethod
    def _scale_name(scale: object) -> str:
        times = int(str(scale))
        return f"{times}\u00d7  ({640 * times}\u00d7{360 * times})"

    def _scales(self) -> list[int]:
        desktops = pygame.display.get_desktop_sizes() if pygame.display.get_init() else []
        fit = max((scale_for(size) for size in desktops), default=MAX_SCALE)
        top = min(MAX_SCALE, max(fit, self.ctx.settings.window_scale, 1))
        return list(range(1, top + 1))

    # --- applying --------------------------------------------------------------------

    def _set(self, name: str, value: object) -> None:
        setattr(self.ctx.settings, name, value)
        self.writer.changed()

    def _get_speed(self) -> float:
        speed = self.ctx.settings.text_speed
        return INSTANT if speed == 0 else speed

    def _set_speed(self, value: float) -> None:
        self._set("text_speed", 0 if value >= INSTANT else int(value))

    def _show_speed(self, value: float) -> str:
        if value >= INSTANT:
            return self.ctx.text("ui.settings.instant")
        return self.ctx.text("ui.settings.per_second", n=int(value))

    def _set_volume(self, name: str, value: float) -> None:
        self._set(name, round(value, 2))
        s = self.ctx.settings
        self.ctx.audio.set_volumes(s.music_volume, s.sound_volume)

    def _set_scale(self, value: object) -> None:
        scale = int(value)  # type: ignore[call-overload]
        self._set("window_scale", scale)
        self.ctx.display.set_window_scale(scale)
        self.ctx.game.display_changed()

    def _set_fullscreen(self, on: bool) -> None:
        self._set("fullscreen", on)
        self.ctx.display.set_fullscreen(on)
        self.ctx.game.display_changed()

    def _set_language(self, value: object) -> None:
        # the app tells both engines (menus and story), so the switch shows at once
        self.ctx.game.set_language(str(value))
        self.writer.changed()

    def _set_frame_cap(self, value: object) -> None:
        self._set("frame_cap", str(value))
        self.ctx.game.display_changed()  # the loop takes the new cap at once

    def _set_text_size(self, value: object) -> None:
        self._set("text_size", str(value))
        self.ctx.fonts.configure(self.ctx.display.scale, str(value))

    def _controls(self) -> None:
        self.ctx.push(ControlsScene(self.ctx, self.writer))

    # --- scene -----------------------------------------------------------------------

    def update(self, dt: float) -> None:
        self.writer.update(dt)
        super().update(dt)

    def on_back(self) -> None:
        self.writer.flush()

    def draw(self, surface: pygame.Surface) -> None:
        ctx, display = self.ctx, self.ctx.display
        panel, y = self.draw_frame(surface, (110, 10, 420, 330), ctx.text("ui.settings.title"))
        assert self.menu is not None
        rows = len(self.menu.items)
        area = pygame.Rect(panel.x + display.px(12), y, panel.width - display.px(24),
                           display.px(self.menu.height_for(rows)))
        self.menu.draw(surface, area)
        hint = self.menu.current.hint
        if hint:
            font = ctx.fonts.get(8)
            lines = ui.wrap(font, ctx.text(hint), panel.width - display.px(40))
            y = panel.bottom - display.px(10) - len(lines) * font.get_linesize()
            pygame.draw.line(surface, (70, 66, 72), (panel.x + display.px(14), y - display.px(4)),
                             (panel.right - display.px(14), y - display.px(4)),
                             max(1, display.scale // 2))
            for line in lines:
                ui.draw_text(surface, font, line, (panel.centerx, y), ui.CREAM, anchor="midtop")
                y += font.get_linesize()


class ControlsScene(MenuScene):
    """Key and button for each action; act on a row, then press the new key or button."""

    def __init__(self, ctx: SceneContext, writer: SettingsWriter) -> None:
        super().__init__(ctx)
        self.writer = writer
        self.column = 0  # 0: keyboard, 1: gamepad
        self.listening: tuple[str, str] | None = None  # (action, "keys" | "pad")
        self.listen_left = 0.0
        self.message = ""
        self._conflicts: dict[str, set[str]] = {"keys": set(), "pad": set()}
        rows = [Item(f"ui.action.{action}", activate=self._listen, adjust=self._column,
                     name=action) for action in ACTIONS]
        rows.append(button("ui.controls.reset", self._ask_reset, name="reset"))
        rows.append(button("ui.settings.back", self.back, name="back"))
        self.menu = MenuList(ctx, rows, row_height=15, font_size=9,
                             painter=self._paint_row)

    # --- listening -------------------------------------------------------------------

    def _column(self, delta: int) -> None:
        self.column = 1 if delta > 0 else 0

    def _listen(self) -> None:
        assert self.menu is not None
        self.listening = (self.menu.current.name, "keys" if self.column == 0 else "pad")
        self.listen_left = LISTEN_TIME
        self.message = ""

    def on_raw_input(self, event: pygame.event.Event) -> bool:
        """A raw key or button while listening; True when it was taken."""
        if self.listening is None:
            return False
        action, device = self.listening
        if event.type == pygame.KEYDOWN:
            if event.key == pygame.K_ESCAPE:
                self.listening = None  # Esc gives up; it stays bound where it was
                return True
            if device == "keys":
                self._bind(action, device, pygame.key.name(event.key))
            return True
        if event.type == pygame.CONTROLLERBUTTONDOWN:
            name = PAD_BY_CODE.get(event.button)
            if device == "pad" and name is not None:
                self._bind(action, device, name)
            return True
        # releases and stick motion while listening must not walk or click anything
        return event.type in (pygame.KEYUP, pygame.CONTROLLERBUTTONUP,
                              pygame.CONTROLLERAXISMOTION)

    def _bind(self, action: str, device: str, name: str) -> None:
        self.listening = None
        settings = self.ctx.settings
        try:
            clashes = rebind(settings, action, device, name)  # type: ignore[arg-type]
        except ValueError as error:
            self.ctx.report_problem(str(error))
            return
        self._apply()
        if clashes:
            names = ", ".join(self.ctx.text(f"ui.action.{other}") for other in clashes)
            self.message = self.ctx.text("ui.controls.shared", key=self._label(device, name),
                                   actions=names)

    def _apply(self) -> None:
        settings = self.ctx.settings
        self.ctx.input.bindings = Bindings.from_names(settings.keys, settings.pad)
        self.ctx.input.release_all()
        self.writer.changed()

    def _ask_reset(self) -> None:
        self.ctx.push(ConfirmScene(self.ctx, self.ctx.text("ui.controls.reset_ask"),
                                   self._reset))

    def _reset(self) -> None:
        reset_bindings(self.ctx.settings)
        self._apply()
        self.message = self.ctx.text("ui.controls.reset_done")

    def _label(self, device: str, name: str) -> str:
        return key_label(name) if device == "keys" else pad_label(name)

    # --- scene -----------------------------------------------------------------------

    def on_action(self, event: ActionEvent) -> None:
        if self.listening is not None:
            return  # raw input is being read; actions from the same key are not for us
        super().on_action(event)

    def update(self, dt: float) -> None:
        if self.listening is not None:
            self.listen_left -= dt
            if self.listen_left <= 0:
                self.listening = None
        self.writer.update(dt)
        super().update(dt)

    def still_for(self) -> float:
        # waiting for a key to bind: the prompt goes when the wait runs out
        return self.listen_left if self.listening is not None else super().still_for()

    def on_mouse(self, event: pygame.event.Event) -> None:
        if self.listening is not None:
            if event.type == pygame.MOUSEBUTTONDOWN:
                self.listening = None
            return
        if event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            self._pick_column(event.pos[0])
        super().on_mouse(event)

    def _pick_column(self, x: int) -> None:
        """A click on the gamepad column rebinds the button, not the key."""
        display = self.ctx.display
        self.column = 1 if x >= display.viewport.x + display.px(PAD_X) else 0

    def on_back(self) -> None:
        self.writer.flush()

    def conflicts(self) -> dict[str, set[str]]:
        """Actions sharing a key with another, per device ("keys", "pad")."""
        found: dict[str, set[str]] = {"keys": set(), "pad": set()}
        for device in ("keys", "pad"):
            for _name, first, second in binding_conflicts(self.ctx.settings, device):
                found[device].update((first, second))
        return found

    def draw(self, surface: pygame.Surface) -> None:
        ctx, display = self.ctx, self.ctx.display
        panel, y = self.draw_frame(surface, (70, 12, 500, 336), ctx.text("ui.controls.title"))
        small = ctx.fonts.get(8)
        for text_id, x in (("ui.controls.keyboard", KEY_X), ("ui.controls.gamepad", PAD_X)):
            ui.draw_text(surface, small, ctx.text(text_id),
                         (display.viewport.x + display.px(x), y), ui.DIM)
        y += small.get_linesize()
        self._conflicts = self.conflicts()
        assert self.menu is not None
        area = pygame.Rect(panel.x + display.px(12), y, panel.width - display.px(24),
                           panel.bottom - display.px(40) - y)
        self.menu.draw(surface, area)
        self._draw_status(surface, panel)

    def _paint_row(self, surface: pygame.Surface, item: Item, row: pygame.Rect,
                   selected: bool) -> None:
        ctx, display = self.ctx, self.ctx.display
        font = ctx.fonts.get(9)
        assert self.menu is not None
        colour = self.menu.row_colour(item, selected)
        ui.draw_text(surface, font, ctx.text(item.label),
                     (row.x + display.px(10), row.centery), colour, anchor="midleft")
        if item.name not in ACTIONS:
            return
        settings = ctx.settings
        for column, (device, x) in enumerate((("keys", KEY_X), ("pad", PAD_X))):
            left = display.viewport.x + display.px(x)
            listening = self.listening == (item.name, device)
            if listening:
                text = ctx.text("ui.controls.press_key" if device == "keys"
                               else "ui.controls.press_button")
                shade = ui.ACCENT
            else:
                names = settings.bindings(device).get(item.name, [])  # type: ignore[arg-type]
                text = ", ".join(self._label(device, n) for n in names) or "\u2014"
                shade = WARN if item.name in self._conflicts[device] else (
                    ui.PAPER if selected and column == self.column else ui.CREAM)
            if selected and column == self.column:
                box = pygame.Rect(left - display.px(3), row.y + display.px(1),
                                  display.px(COLUMN_W), row.height - display.px(2))
                pygame.draw.rect(surface, ui.ACCENT, box, max(1, display.scale // 2),
                                 border_radius=display.px(2))
            ui.draw_text(surface, font, text, (left, row.centery), shade, anchor="midleft")

    def _draw_status(self, surface: pygame.Surface, panel: pygame.Rect) -> None:
        ctx, display = self.ctx, self.ctx.display
        font = ctx.fonts.get(8)
        if self.listening is not None:
            text = ctx.text("ui.controls.listening", seconds=max(0, int(self.listen_left) + 1))
            colour = ui.ACCENT
        elif self.message:
            text, colour = self.message, ui.CREAM
        elif self._conflicts["keys"] or self._conflicts["pad"]:
            text, colour = ctx.text("ui.controls.conflicts"), WARN
        else:
            text, colour = ctx.text("ui.controls.help"), ui.DIM
        for index, line in enumerate(ui.wrap(font, text, panel.width - display.px(40))[:2]):
            ui.draw_text(surface, font, line, (panel.centerx, panel.bottom - display.px(30)
                                               + index * font.get_linesize()),
                         colour, anchor="midtop")


KEY_X = 250  # logical x of the keyboard column
PAD_X = 400  # logical x of the gamepad column
COLUMN_W = 140
