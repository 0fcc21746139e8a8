"""A contact sheet of tiles to look at: each tile scaled up on a checker (so
transparency shows), with its id and name under it.
"""

from __future__ import annotations

from pathlib import Path

import pygame

SCALE = 3
COLUMNS = 8
LABEL_H = 22


def contact_sheet(tiles: list[tuple[int, str, pygame.Surface]], path: Path) -> None:
    """Write `tiles` (id, name, 16x16 image) as one PNG at `path`."""
    pygame.font.init()
    font = pygame.font.Font(None, 16)
    size = 16 * SCALE
    cell_w, cell_h = max(size, 120), size + LABEL_H
    rows = (len(tiles) + COLUMNS - 1) // COLUMNS
    out = pygame.Surface((COLUMNS * cell_w, max(1, rows) * cell_h))
    out.fill((52, 48, 58))
    for n, (index, name, image) in enumerate(tiles):
        x, y = (n % COLUMNS) * cell_w, (n // COLUMNS) * cell_h
        for j in range(0, size, 6):
            for i in range(0, size, 6):
                shade = (150, 150, 150) if (i + j) // 6 % 2 else (120, 120, 120)
                out.fill(shade, pygame.Rect(x + i, y + j, 6, 6))
        out.blit(pygame.transform.scale(image, (size, size)), (x, y))
        out.blit(font.render(str(index), False, (240, 236, 224)), (x + size + 4, y + 4))
        label = font.render(name[:19], False, (240, 236, 224))
        out.blit(label, (x, y + size + 4))
    path.parent.mkdir(parents=True, exist_ok=True)
    pygame.image.save(out, str(path))
