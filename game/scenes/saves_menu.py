"""The save and load screens: every slot with its picture, place, chapter, date and time played.

A damaged save is listed as damaged with the reason, kept on disk, and never
replaced without the player saying yes; when the slot has the previous save
beside it (``.bak``), loading offers that instead.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from game import saveload
from game.saves import SlotInfo
from game.ui import text as ui
from game.ui.widgets import (
    WARN,
    ConfirmScene,
    Item,
    MenuList,
    MenuScene,
    format_date,
    format_play_time,
)

if TYPE_CHECKING:
    from game.scenes.base import SceneContext
    from game.ui.strings import UiText

log = logging.getLogger(__name__)

PANEL = (16, 12, 608, 336)
LIST_W = 290
ROW_H = 25  # eleven slots fit without scrolling
SMALL_THUMB = (40, 22)  # logical; the big picture is the thumbnail's own 160x90
BIG_THUMB = saveload.THUMBNAIL_SIZE


def saved_when(text: UiText, info: SlotInfo) -> str:
    if info.meta is None:
        return ""
    try:
        return format_date(text, info.meta.saved_datetime().astimezone())
    except (ValueError, OverflowError, OSError):
        return info.meta.saved_at


class SavesScene(MenuScene):
    """``mode`` is "save" (only from a game in play) or "load"."""

    def __init__(self, ctx: SceneContext, mode: str = "load") -> None:
        super().__init__(ctx)
        self.mode = mode
        self.store = ctx.saves.store
        self.slots: list[SlotInfo] = []
        self._pictures: dict[str, pygame.Surface | None] = {}
        self.menu = MenuList(ctx, [], row_height=ROW_H, painter=self._paint_row,
                             wrap_around=False)
        self.refresh()

    # --- slots -----------------------------------------------------------------------

    def refresh(self) -> None:
        self.slots = self.store.list_slots()
        self._pictures = {info.slot: saveload.thumbnail_surface(info.thumbnail_png)
                          for info in self.slots}
        assert self.menu is not None
        self.menu.set_items([Item("", activate=self._chooser(info), name=info.slot,
                                  enabled=self._usable(info), warn=info.status != "ok"
                                  and info.status != "empty")
                             for info in self.slots])

    def slot(self, name: str) -> SlotInfo:
        return next(info for info in self.slots if info.slot == name)

    def _usable(self, info: SlotInfo) -> bool:
        if self.mode == "save":
            return True
        # an unreadable slot stays selectable on the load screen: its reason is shown,
        # and its backup may be offered
        return info.status != "empty"

    def _chooser(self, info: SlotInfo) -> Callable[[], None]:
        return lambda: self.choose(info.slot)

    def choose(self, slot: str) -> None:
        info = self.slot(slot)
        if self.mode == "save":
            self._choose_to_save(info)
        else:
            self._choose_to_load(info)

    def _choose_to_save(self, info: SlotInfo) -> None:
        ctx = self.ctx
        if info.slot == saveload.AUTO_SLOT:
            ctx.notify(ctx.text("ui.saves.auto_is_automatic"))
            return
        if info.status == "empty":
            self._save(info.slot, force=False)
        elif info.status == "ok":
            ctx.push(ConfirmScene(ctx, ctx.text("ui.saves.overwrite_ask",
                                               slot=ctx.saves.slot_name(info.slot)),
                                  lambda: self._save(info.slot, force=False)))
        else:
            ctx.push(ConfirmScene(ctx, ctx.text("ui.saves.overwrite_damaged_ask",
                                               reason=info.reason),
                                  lambda: self._save(info.slot, force=True)))

    def _save(self, slot: str, *, force: bool) -> None:
        if self.ctx.game.save(slot, force=force):
            self.refresh()
            assert self.menu is not None
            self.menu.select(slot)

    def _choose_to_load(self, info: SlotInfo) -> None:
        ctx = self.ctx
        if info.status == "ok":
            if ctx.game.in_play():
                ctx.push(ConfirmScene(ctx, ctx.text("ui.saves.load_ask"),
                                      lambda: ctx.game.load(info.slot)))
            else:
                ctx.game.load(info.slot)
        elif info.has_backup:
            ctx.push(ConfirmScene(ctx, ctx.text("ui.saves.backup_ask", reason=info.reason),
                                  lambda: ctx.game.load(info.slot, backup=True)))
        else:
            ctx.report_problem(ctx.text("ui.saves.cannot_load", reason=info.reason))

    # --- drawing ---------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        ctx, display = self.ctx, self.ctx.display
        title = "ui.saves.title_save" if self.mode == "save" else "ui.saves.title_load"
        panel, y = self.draw_frame(surface, PANEL, ctx.text(title))
        assert self.menu is not None
        area = pygame.Rect(panel.x + display.px(10), y, display.px(LIST_W),
                           panel.bottom - display.px(22) - y)
        self.menu.draw(surface, area)
        detail = pygame.Rect(area.right + display.px(14), y + display.px(4),
                             panel.right - area.right - display.px(28), area.height)
        self._draw_detail(surface, detail, self.slot(self.menu.current.name))
        help_id = "ui.saves.help_save" if self.mode == "save" else "ui.saves.help_load"
        self.draw_footer(surface, panel, ctx.text(help_id))

    def _paint_row(self, surface: pygame.Surface, item: Item, row: pygame.Rect,
                   selected: bool) -> None:
        ctx, display = self.ctx, self.ctx.display
        info = self.slot(item.name)
        assert self.menu is not None
        colour = self.menu.row_colour(item, selected)
        thumb = pygame.Rect(row.x + display.px(4), 0, display.px(SMALL_THUMB[0]),
                            display.px(SMALL_THUMB[1]))
        thumb.centery = row.centery
        self._draw_picture(surface, thumb, info, small=True)
        left = thumb.right + display.px(8)
        name_font, detail_font = ctx.fonts.get(10), ctx.fonts.get(8)
        name = ctx.saves.slot_name(info.slot)
        top = row.y + display.px(3)
        ui.draw_text(surface, name_font, name, (left, top), colour)
        if info.status == "ok" and info.meta is not None:
            line = (f"{ctx.saves.place_name(info.meta)}  \u00b7  "
                    f"{saved_when(ctx.text, info)}")
            detail_colour = ui.CREAM
        elif info.status == "empty":
            line, detail_colour = ctx.text("ui.saves.empty"), ui.DIM
        elif info.status == "newer":
            line, detail_colour = ctx.text("ui.saves.newer"), WARN
        else:
            line, detail_colour = ctx.text("ui.saves.damaged"), WARN
        ui.draw_text(surface, detail_font, line, (left, top + name_font.get_linesize()),
                     detail_colour)

    def _draw_picture(self, surface: pygame.Surface, frame: pygame.Rect, info: SlotInfo,
                      *, small: bool) -> None:
        display = self.ctx.display
        picture = self._pictures.get(info.slot)
        if picture is not None:
            surface.blit(pygame.transform.smoothscale(picture, frame.size) if small
                         else pygame.transform.scale(picture, frame.size), frame)
        else:
            pygame.draw.rect(surface, (44, 40, 50), frame)
            if info.status not in ("ok", "empty"):
                # a cross for a save that can't be read: seen before it is read
                inset = frame.inflate(-frame.height // 2, -frame.height // 2)
                width = max(1, display.scale)
                pygame.draw.line(surface, WARN, inset.topleft, inset.bottomright, width)
                pygame.draw.line(surface, WARN, inset.topright, inset.bottomleft, width)
        pygame.draw.rect(surface, ui.CREAM if picture is not None else (84, 80, 88), frame,
                         max(1, display.scale // 2))

    def _draw_detail(self, surface: pygame.Surface, area: pygame.Rect, info: SlotInfo) -> None:
        ctx, display = self.ctx, self.ctx.display
        frame = pygame.Rect(area.x, area.y, display.px(BIG_THUMB[0]), display.px(BIG_THUMB[1]))
        self._draw_picture(surface, frame, info, small=False)
        y = frame.bottom + display.px(10)
        title_font, font = ctx.fonts.get(12), ctx.fonts.get(9)
        ui.draw_text(surface, title_font, ctx.saves.slot_name(info.slot), (area.x, y),
                     ui.CREAM)
        y += title_font.get_linesize() + display.px(2)
        for text, colour in self._detail_lines(info):
            for line in ui.wrap(font, text, area.width):
                ui.draw_text(surface, font, line, (area.x, y), colour)
                y += font.get_linesize()

    def _detail_lines(self, info: SlotInfo) -> list[tuple[str, tuple[int, int, int]]]:
        ctx = self.ctx
        lines: list[tuple[str, tuple[int, int, int]]] = []
        if info.slot == saveload.AUTO_SLOT:
            lines.append((ctx.text("ui.saves.auto_about"), ui.DIM))
        if info.status == "ok" and info.meta is not None:
            meta = info.meta
            lines += [
                (ctx.text("ui.saves.place", place=ctx.saves.place_name(meta)), ui.PAPER),
                (ctx.text("ui.saves.chapter", chapter=meta.chapter), ui.PAPER),
                (ctx.text("ui.saves.date", date=saved_when(ctx.text, info)), ui.PAPER),
                (ctx.text("ui.saves.played", time=format_play_time(meta.play_time)),
                 ui.PAPER),
            ]
        elif info.status == "empty":
            lines.append((ctx.text("ui.saves.empty_about"), ui.DIM))
        else:
            key = "ui.saves.newer_about" if info.status == "newer" else "ui.saves.damaged_about"
            lines.append((ctx.text(key, reason=info.reason), WARN))
            lines.append((ctx.text("ui.saves.kept", file=info.path.name), ui.DIM))
            if info.has_backup and self.mode == "load":
                lines.append((ctx.text("ui.saves.backup_available"), ui.CREAM))
        return lines
