"""The one palette every drawn asset uses: a muted early-1960s city.

Art scripts under tools/ pick colours from here by name and never invent new
ones, so tiles, people and portraits sit together. Add a colour here, not in a
script, if one is truly missing.
"""

from __future__ import annotations

PALETTE: dict[str, tuple[int, int, int]] = {
    "ink": (28, 26, 32),
    "shadow": (52, 48, 58),
    "night": (40, 46, 64),
    "asphalt": (74, 72, 78),
    "asphalt_light": (98, 96, 100),
    "concrete_dark": (118, 114, 108),
    "concrete": (148, 144, 136),
    "concrete_light": (178, 172, 160),
    "paper": (226, 218, 198),
    "white": (240, 236, 224),
    "brick_dark": (104, 52, 46),
    "brick": (140, 72, 58),
    "brick_light": (172, 104, 82),
    "wood_dark": (86, 58, 40),
    "wood": (122, 86, 56),
    "wood_light": (164, 122, 80),
    "tatami": (190, 178, 120),
    "green_dark": (58, 80, 54),
    "green": (86, 110, 72),
    "green_light": (126, 146, 92),
    "teal": (70, 110, 118),
    "teal_light": (112, 150, 150),
    "blue_dark": (48, 58, 92),
    "blue": (72, 88, 128),
    "sky": (140, 164, 180),
    "red_dark": (118, 40, 40),
    "red": (168, 56, 48),
    "mustard": (200, 160, 72),
    "cream": (220, 200, 150),
    "lamp": (250, 220, 140),
    "skin": (222, 178, 142),
    "skin_shadow": (186, 136, 108),
    "skin_dark": (150, 104, 80),
    "bandage": (232, 226, 210),
    "bandage_shadow": (190, 180, 164),
    "hair": (40, 34, 36),
    "hair_grey": (130, 126, 124),
    "plum": (96, 60, 84),
}


def colour(name: str) -> tuple[int, int, int]:
    return PALETTE[name]
