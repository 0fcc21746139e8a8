"""Contact sheets for looking at the character art: every image scaled up with
nearest-neighbour, shown on a mid-grey, a pavement and a floor colour.
"""

from __future__ import annotations

from pathlib import Path

import pygame
from sprites_canvas import Canvas, rgba

BACKGROUNDS = ("concrete_dark", "concrete", "wood")
GAP = 6


def _cell(image: Canvas, scale: int) -> Canvas:
    """One image, scaled, once on each background, side by side."""
    w, h = image.size
    big = pygame.transform.scale(image.surface, (w * scale, h * scale))
    cell = Canvas((w * scale + GAP) * len(BACKGROUNDS), h * scale)
    for i, colour in enumerate(BACKGROUNDS):
        at = (i * (w * scale + GAP), 0)
        cell.surface.fill(rgba(colour), pygame.Rect(at, big.get_size()))
        cell.surface.blit(big, at)
    return cell


def _grid(cells: list[Canvas], columns: int) -> Canvas:
    cw = max(c.size[0] for c in cells) + GAP * 2
    ch = max(c.size[1] for c in cells) + GAP * 2
    rows = (len(cells) + columns - 1) // columns
    out = Canvas(cw * min(columns, len(cells)), ch * rows)
    out.surface.fill(rgba("shadow"))
    for i, cell in enumerate(cells):
        out.surface.blit(cell.surface, ((i % columns) * cw + GAP, (i // columns) * ch + GAP))
    return out


def contact_sheet(
    images: dict[Path, Canvas], folder: Path, scale: int = 3, columns: int = 4
) -> Canvas:
    """All images whose path lies under `folder`, in name order."""
    chosen = [images[p] for p in sorted(images) if folder in p.parents]
    return _grid([_cell(image, scale) for image in chosen], columns)
