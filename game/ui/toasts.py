"""Notes in the top right corner of the window: saves, reloads, problems.

The same note again while it shows counts up ("(x2)") instead of stacking; the
newest is on top, and no more than four show at once, clear of the dialogue box.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pygame

from game.ui import text as ui

if TYPE_CHECKING:
    from game.display import Display

NOTE_TIME = 3.0  # seconds a note shows
PROBLEM_TIME = 6.0  # a problem stays longer: it may need reading
SHOWN = 4


@dataclass(slots=True)
class Toast:
    text: str
    time_left: float
    count: int = 1


class Toasts:
    def __init__(self) -> None:
        self.items: list[Toast] = []

    def __iter__(self) -> Iterator[Toast]:
        return iter(self.items)

    def add(self, message: str, seconds: float) -> None:
        for toast in self.items:
            if toast.text == message:
                toast.count += 1
                toast.time_left = max(toast.time_left, seconds)
                return
        self.items.append(Toast(message, seconds))

    def clear(self) -> None:
        self.items.clear()

    def update(self, dt: float) -> None:
        if not self.items:
            return
        for toast in self.items:
            toast.time_left -= dt
        self.items = [t for t in self.items if t.time_left > 0]

    def draw(self, surface: pygame.Surface, display: Display, fonts: ui.Fonts) -> None:
        if not self.items:
            return
        font = fonts.get(8)
        y = display.viewport.y + display.px(6)
        for toast in reversed(self.items[-SHOWN:]):
            text = toast.text if toast.count == 1 else f"{toast.text} (\u00d7{toast.count})"
            lines = ui.wrap(font, text, display.px(300))
            height = len(lines) * font.get_linesize() + display.px(8)
            width = max(font.size(line)[0] for line in lines) + display.px(12)
            rect = pygame.Rect(display.viewport.right - display.px(6) - width, y, width, height)
            ui.draw_panel(surface, rect, display.scale, border=ui.ACCENT)
            for index, line in enumerate(lines):
                ui.draw_text(surface, font, line, (rect.x + display.px(6),
                             rect.y + display.px(4) + index * font.get_linesize()))
            y = rect.bottom + display.px(4)
