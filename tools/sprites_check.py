"""Checks for character art on disk, made by this script or drawn by hand: the
size each folder expects, and every pixel in the palette (only the feet shadow
may be translucent, and only in ink).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pygame
from palette import PALETTE
from sprites_acts import ACTS

SIZES = {"sprites": (64, 128), "portraits": (48, 48), "emotes": (16, 16)}
UI_SIZES = {"icon.png": (32, 32), "title_face.png": (96, 96)}
ACTS_SIZE = (64, 32 * len(ACTS))  # <name>_acts.png: one 4-frame row per act


def expected_size(path: Path) -> tuple[int, int] | None:
    if path.parent.name == "ui":
        return UI_SIZES.get(path.name)
    if path.parent.name == "sprites" and path.stem.endswith("_acts"):
        return ACTS_SIZE
    return SIZES.get(path.parent.name)


def problems(path: Path) -> list[str]:
    """What is wrong with one image, as readable lines (empty when it is fine)."""
    try:
        image = pygame.image.load(str(path))
    except (pygame.error, OSError) as error:
        return [f"{path}: cannot read: {error}"]
    found: list[str] = []
    size = expected_size(path)
    if size and image.get_size() != size:
        found.append(f"{path}: size {image.get_size()}, expected {size}")
    rgb = pygame.surfarray.array3d(image).reshape(-1, 3)
    alpha = pygame.surfarray.array_alpha(image).reshape(-1)
    palette = np.array(list(PALETTE.values()))
    known = (rgb[:, None, :] == palette[None, :, :]).all(axis=2).any(axis=1)
    stray = {tuple(int(v) for v in c) for c in rgb[(alpha == 255) & ~known]}
    if stray:
        found.append(f"{path}: {len(stray)} colours not in the palette, e.g. {sorted(stray)[:3]}")
    ink = (rgb == np.array(PALETTE["ink"])).all(axis=1)
    if np.any((alpha > 0) & (alpha < 255) & ~ink):
        found.append(f"{path}: translucent pixels other than the ink shadow")
    return found


def check_folder(assets: Path) -> list[str]:
    """Problems in every PNG under the four art folders."""
    found: list[str] = []
    for folder in ("sprites", "portraits", "emotes", "ui"):
        for path in sorted((assets / folder).glob("*.png")):
            found.extend(problems(path))
    return found
