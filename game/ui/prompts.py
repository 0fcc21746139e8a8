"""The small prompt over whoever or whatever the act key would reach: the key, then a verb.

The key is the first one bound to `act` now, drawn as a keycap, or as the pad's button
when the gamepad was the last thing touched. Drawing only: the world decides what the
act key reaches (the same test pressing it uses) and passes that in.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

import pygame

from game.ui import text as ui
from game.world.entities import TILE, Npc

if TYPE_CHECKING:
    from game.scenes.base import SceneContext
    from game.world.render import MapRenderer

# colours of tools/palette.py
CAP = (240, 236, 224)  # white: a keycap
CAP_EDGE = (118, 114, 108)  # concrete_dark: its lower lip
PAD_BUTTONS = {"a": (86, 110, 72), "b": (168, 56, 48), "x": (72, 88, 128),
               "y": (200, 160, 72)}  # green, red, blue, mustard: the face buttons' colours
PAD_BUTTON_OTHER = (52, 48, 58)  # shadow: shoulders, sticks, start
PLATE = (28, 26, 32, 210)


def key_for(action: str, keys: Mapping[str, Sequence[str]], pad: Mapping[str, Sequence[str]],
            device: str) -> tuple[str, str] | None:
    """(device, key or button name) of the first binding of ``action`` on the device last
    used, the other device when that one has none, None when nothing is bound."""
    order = ("pad", "keys") if device == "pad" else ("keys", "pad")
    tables = {"keys": keys, "pad": pad}
    for which in order:
        names = tables[which].get(action) or ()
        if names:
            return which, names[0]
    return None


def glyph_label(device: str, name: str) -> str:
    from game.scenes.settings_menu import key_label, pad_label

    return key_label(name) if device == "keys" else pad_label(name)


def glyph_size(fonts: ui.Fonts, scale: int, device: str, name: str) -> tuple[int, int]:
    text_w, text_h = fonts.get(8).size(glyph_label(device, name))
    height = text_h + 3 * scale
    if device == "pad" and name in PAD_BUTTONS:
        return height, height
    return max(height, text_w + 4 * scale), height


def draw_glyph(surface: pygame.Surface, fonts: ui.Fonts, scale: int, device: str, name: str,
               topleft: tuple[int, int]) -> pygame.Rect:
    """A key as a keycap, a pad's face button as a coloured disc, other buttons as a pill."""
    font = fonts.get(8)
    label = glyph_label(device, name)
    rect = pygame.Rect(topleft, glyph_size(fonts, scale, device, name))
    height = rect.height
    if device == "pad" and name in PAD_BUTTONS:
        pygame.draw.circle(surface, PAD_BUTTONS[name], rect.center, height // 2)
        pygame.draw.circle(surface, ui.PAPER, rect.center, height // 2, max(1, scale // 2))
        ui.draw_text(surface, font, label, rect.center, ui.PAPER, shadow=False,
                     anchor="center")
        return rect
    if device == "pad":
        pygame.draw.rect(surface, PAD_BUTTON_OTHER, rect, border_radius=height // 2)
        pygame.draw.rect(surface, ui.PAPER, rect, max(1, scale // 2), border_radius=height // 2)
        ui.draw_text(surface, font, label, rect.center, ui.PAPER, shadow=False,
                     anchor="center")
        return rect
    lip = max(1, scale)
    pygame.draw.rect(surface, CAP_EDGE, rect, border_radius=2 * scale)
    top = rect.copy()
    top.height -= lip
    pygame.draw.rect(surface, CAP, top, border_radius=2 * scale)
    ui.draw_text(surface, font, label, top.center, ui.INK, shadow=False, anchor="center")
    return rect


def prompt_image(fonts: ui.Fonts, scale: int, key: tuple[str, str],
                 verb: str) -> pygame.Surface:
    """The key and the verb on a small dark plate."""
    device, name = key
    font = fonts.get(9)
    pad = 2 * scale
    glyph_w, glyph_h = glyph_size(fonts, scale, device, name)
    verb_w, verb_h = font.size(verb)
    height = max(glyph_h, verb_h) + 2 * pad
    image = pygame.Surface((glyph_w + verb_w + 4 * pad, height), pygame.SRCALPHA)
    pygame.draw.rect(image, PLATE, image.get_rect(), border_radius=3 * scale)
    glyph = draw_glyph(image, fonts, scale, device, name, (pad, height // 2 - glyph_h // 2))
    ui.draw_text(image, font, verb, (glyph.right + pad + pad // 2, height // 2), ui.PAPER,
                 anchor="midleft")
    return image


PROMPTS_KEPT = 16  # prompt pictures a cache holds (keys × verbs × scales in use)


def draw_prompt(surface: pygame.Surface, fonts: ui.Fonts, scale: int, key: tuple[str, str],
                verb: str, midbottom: tuple[int, int], clip: pygame.Rect,
                cache: dict | None = None) -> pygame.Rect:
    """The key and the verb on a small dark plate, its bottom centre at ``midbottom``,
    kept inside ``clip``; the picture is kept in ``cache`` (drawn once, not each frame)."""
    wanted = (key, verb, scale, fonts.get(9))
    image = cache.get(wanted) if cache is not None else None
    if image is None:
        image = prompt_image(fonts, scale, key, verb)
        if cache is not None:
            if len(cache) >= PROMPTS_KEPT:
                cache.clear()
            cache[wanted] = image
    plate = image.get_rect(midbottom=midbottom).clamp(clip)
    surface.blit(image, plate)
    return plate


def draw_act_prompt(ctx: SceneContext, surface: pygame.Surface, renderer: MapRenderer,
                    target: object, cache: dict | None = None) -> pygame.Rect | None:
    """Over what the act key reaches (``target``: a person, a thing, or None): the key
    and "Talk" or "Look"; returns where it was drawn (``cache``: see draw_prompt)."""
    if target is None:
        return None
    key = key_for("act", ctx.settings.keys, ctx.settings.pad, ctx.input.last_device)
    if key is None:
        return None
    if isinstance(target, Npc):
        x, y = target.x + TILE / 2, target.y - TILE - 3
        verb = ctx.text("ui.prompt.talk")
    else:
        tiles = getattr(target, "tiles", ())
        if not tiles:
            return None
        top = min(ty for _, ty in tiles)
        xs = [tx for tx, _ in tiles]
        x, y = (min(xs) + max(xs) + 1) * TILE / 2, top * TILE - 3
        verb = ctx.text("ui.prompt.look")
    display = ctx.display
    return draw_prompt(surface, ctx.fonts, display.scale, key, verb,
                       renderer.world_to_window(x, y), display.viewport, cache)
