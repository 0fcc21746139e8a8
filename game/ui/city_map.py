"""The city map, drawn like a sketch on a notebook page.

The streets and blocks come from the city map's own walls (so a map edited in Tiled
redraws itself), with its doors; over them the places he knows by name, where he is,
and a ring round each place the aim points at. The streets are drawn once per size;
the marks every frame.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import pygame

from game.places import CityMarks, Mark
from game.ui import text as ui

if TYPE_CHECKING:
    from game.world.mapdata import MapData

# colours of tools/palette.py
PAPER = (226, 218, 198)  # paper
STREET = (240, 236, 224)  # white
BLOCK = (178, 172, 160)  # concrete_light
EDGE = (118, 114, 108)  # concrete_dark
DOOR = (86, 58, 40)  # wood_dark
AIM = (168, 56, 48)  # red
HERE = (48, 58, 92)  # blue_dark
PULSE_SECONDS = 1.6


@dataclass(slots=True)
class CityMapDrawing:
    """Draws a city map into a rectangle; keeps the drawn streets between frames."""

    _streets: pygame.Surface | None = None
    _made_for: tuple = ()
    _label_rects: list[pygame.Rect] = field(default_factory=list)
    spots: dict[str, tuple[int, int]] = field(default_factory=dict)  # place id -> pixel

    def draw(self, surface: pygame.Surface, rect: pygame.Rect, city: MapData, marks: CityMarks,
             fonts: ui.Fonts, scale: int, name: Callable[[Mark], str], clock: float) -> None:
        cell = max(1, min(rect.width // city.width, rect.height // city.height))
        area = pygame.Rect(0, 0, cell * city.width, cell * city.height)
        area.center = rect.center
        key = (id(city), city.width, city.height, cell)
        if self._streets is None or self._made_for != key:
            self._streets = streets_picture(city, cell, scale)
            self._made_for = key
        surface.blit(self._streets, area)

        def centre(tile: tuple[int, int]) -> tuple[int, int]:
            return (area.x + tile[0] * cell + cell // 2, area.y + tile[1] * cell + cell // 2)

        font = fonts.get(8)
        dot = max(2, round(cell * 0.8))
        widest = dot * 3  # the aim's ring at its widest
        pulse = 0.5 + 0.5 * math.sin(clock * 2 * math.pi / PULSE_SECONDS)
        ordered = sorted(marks.marks, key=lambda m: m.aimed)  # aimed drawn last, on top
        self.spots = {mark.place.id: centre(mark.tile) for mark in ordered}
        # names keep off every dot and ring, and off each other
        spots: dict[str, pygame.Rect] = {}
        for mark in ordered:
            reach = widest if mark.aimed else dot
            spots[mark.place.id] = pygame.Rect(0, 0, 2 * reach, 2 * reach)
            spots[mark.place.id].center = self.spots[mark.place.id]
        self._label_rects = []
        if marks.here is not None:  # no name hides where he is
            mark_here = pygame.Rect(0, 0, 3 * cell, 3 * cell)
            mark_here.center = centre(marks.here)
            self._label_rects.append(mark_here)
        for mark in ordered:
            x, y = self.spots[mark.place.id]
            colour = AIM if mark.aimed else ui.INK
            if mark.aimed:
                ring = dot * 2 + round(dot * pulse)
                pygame.draw.circle(surface, AIM, (x, y), ring, max(1, scale))
            pygame.draw.circle(surface, STREET, (x, y), dot + max(1, scale // 2))
            pygame.draw.circle(surface, colour, (x, y), dot)
            gap = (widest if mark.aimed else dot) + scale
            others = [box for place, box in spots.items() if place != mark.place.id]
            self._label(surface, font, name(mark), (x, y), gap, area, colour, others)
        if marks.here is not None:
            x, y = centre(marks.here)
            size = max(3, round(cell * 1.1))
            pygame.draw.circle(surface, STREET, (x, y), size + max(1, scale))
            pygame.draw.circle(surface, HERE, (x, y), size)
            pygame.draw.circle(surface, STREET, (x, y), max(1, size // 3))

    def _label(self, surface: pygame.Surface, font: ui.UIFont, text: str,
               at: tuple[int, int], gap: int, area: pygame.Rect,
               colour: tuple[int, int, int], marks: list[pygame.Rect]) -> None:
        """A name beside its dot: right of it, else left, above, below or at a corner,
        wherever it stays on the map clear of every other name, dot and ring."""
        width, height = font.size(text)
        x, y = at
        tries = []
        for reach in (gap, gap * 3 // 2, gap * 2):  # nearest first, then a little further
            for sx, sy in ((1, 0), (-1, 0), (0, -1), (0, 1), (-1, 1), (1, 1), (-1, -1),
                           (1, -1)):
                left = x + reach if sx > 0 else x - reach - width if sx < 0 else x - width // 2
                top = (y + reach if sy > 0 else y - reach - height if sy < 0
                       else y - height // 2)
                tries.append((left, top))
        chosen = None
        for left, top in tries:
            box = pygame.Rect(left, top, width, height)
            if area.contains(box) and box.collidelist(self._label_rects + marks) < 0:
                chosen = box
                break
        if chosen is None:
            chosen = pygame.Rect(tries[0][0], tries[0][1], width, height).clamp(area)
        backing = chosen.inflate(4, 0)
        plate = pygame.Surface(backing.size, pygame.SRCALPHA)
        plate.fill((*STREET, 200))
        surface.blit(plate, backing)
        ui.draw_text(surface, font, text, chosen.topleft, colour, shadow=False)
        self._label_rects.append(chosen)


def streets_picture(city: MapData, cell: int, scale: int) -> pygame.Surface:
    """The city's streets and blocks, from its walls, with its doors: drawn once."""
    width, height = city.width, city.height
    picture = pygame.Surface((width * cell, height * cell))
    picture.fill(STREET)
    walls = [[city.is_blocked(x, y) for x in range(width)] for y in range(height)]

    def furniture(x: int, y: int) -> bool:
        """A lone blocked tile in the open (a lamp, a tree, a post): not a building."""
        return all(not (0 <= x + dx < width and 0 <= y + dy < height) or not walls[y + dy][x + dx]
                   for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)))

    blocked = [[walls[y][x] and not furniture(x, y) for x in range(width)]
               for y in range(height)]
    for y in range(height):
        for x in range(width):
            if blocked[y][x]:
                picture.fill(BLOCK, (x * cell, y * cell, cell, cell))
    line = max(1, scale // 2)
    for y in range(height):
        for x in range(width):
            if not blocked[y][x]:
                continue
            left, top = x * cell, y * cell
            if x + 1 < width and not blocked[y][x + 1]:
                pygame.draw.line(picture, EDGE, (left + cell - 1, top),
                                 (left + cell - 1, top + cell - 1), line)
            if x > 0 and not blocked[y][x - 1]:
                pygame.draw.line(picture, EDGE, (left, top), (left, top + cell - 1), line)
            if y + 1 < height and not blocked[y + 1][x]:
                pygame.draw.line(picture, EDGE, (left, top + cell - 1),
                                 (left + cell - 1, top + cell - 1), line)
            if y > 0 and not blocked[y - 1][x]:
                pygame.draw.line(picture, EDGE, (left, top), (left + cell - 1, top), line)
    for exit_ in city.exits:
        for tx, ty in exit_.tiles:
            inset = max(1, cell // 4)
            picture.fill(DOOR, (tx * cell + inset, ty * cell + inset, cell - 2 * inset,
                                cell - 2 * inset))
    pygame.draw.rect(picture, ui.INK, picture.get_rect(), max(1, scale))
    return picture
