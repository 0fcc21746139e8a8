"""Pixel canvas for the character art scripts: paint with palette names, then outline and save.

Drawing uses pygame surfaces (pygame-ce is already a game dependency) and numpy
for the whole-image passes (outline, clipping), so the output is the same bit for
bit on every run. A canvas may carry a scale: shapes are given in "design units"
and land on whole pixels, which lets one head drawing serve a 32 px icon, a 48 px
portrait and a 96 px title image.
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import numpy as np  # noqa: E402
import pygame  # noqa: E402
from palette import PALETTE  # noqa: E402

Point = tuple[float, float]

# Each colour's darker neighbour in the palette: the shaded side of a thing.
SHADE: dict[str, str] = {
    "shadow": "night",
    "night": "ink",
    "ink": "ink",
    "asphalt": "shadow",
    "asphalt_light": "asphalt",
    "concrete_dark": "asphalt_light",
    "concrete": "concrete_dark",
    "concrete_light": "concrete",
    "paper": "concrete_light",
    "white": "concrete_light",
    "wood_dark": "shadow",
    "wood": "wood_dark",
    "wood_light": "wood",
    "tatami": "wood_light",
    "green_dark": "shadow",
    "green": "green_dark",
    "green_light": "green",
    "teal": "blue_dark",
    "teal_light": "teal",
    "blue_dark": "night",
    "blue": "blue_dark",
    "sky": "teal_light",
    "red_dark": "brick_dark",
    "red": "red_dark",
    "brick": "brick_dark",
    "brick_dark": "shadow",
    "mustard": "wood_light",
    "cream": "tatami",
    "lamp": "mustard",
    "plum": "shadow",
    "skin": "skin_shadow",
    "skin_shadow": "skin_dark",
    "skin_dark": "wood_dark",
    "hair": "ink",
    "hair_grey": "concrete_dark",
    "bandage": "bandage_shadow",
    "bandage_shadow": "concrete",
}


def shade(colour: str) -> str:
    return SHADE[colour]


def rgba(name: str, alpha: int = 255) -> tuple[int, int, int, int]:
    """The palette colour `name` with an alpha."""
    r, g, b = PALETTE[name]
    return (r, g, b, alpha)


def _round(value: float) -> int:
    """Round half up, the same on every platform."""
    return int(np.floor(value + 0.5))


class Canvas:
    """An RGBA surface painted in palette colours; coordinates are design units."""

    def __init__(self, width: int, height: int, scale: float = 1.0, origin: Point = (0, 0)):
        self.surface = pygame.Surface((width, height), pygame.SRCALPHA)
        self.scale = scale
        self.origin = origin

    @property
    def size(self) -> tuple[int, int]:
        return self.surface.get_size()

    def _px(self, x: float, y: float) -> tuple[int, int]:
        ox, oy = self.origin
        return _round(ox + x * self.scale), _round(oy + y * self.scale)

    def _box(self, x0: float, y0: float, x1: float, y1: float) -> pygame.Rect | None:
        """Inclusive design box -> pixel rect (None when empty)."""
        left, top = self._px(min(x0, x1), min(y0, y1))
        right, bottom = self._px(max(x0, x1) + 1, max(y0, y1) + 1)
        if right <= left or bottom <= top:
            return None
        return pygame.Rect(left, top, right - left, bottom - top)

    def row_px(self, y: float) -> int:
        """The pixel row where design row `y` starts."""
        return self._px(0, y)[1]

    def rect(self, x0: float, y0: float, x1: float, y1: float, colour: str) -> None:
        """Fill the inclusive box x0..x1, y0..y1."""
        box = self._box(x0, y0, x1, y1)
        if box is not None:
            self.surface.fill(rgba(colour), box)

    def px(self, x: float, y: float, colour: str) -> None:
        self.rect(x, y, x, y, colour)

    def row(self, y: float, x0: float, x1: float, colour: str) -> None:
        self.rect(x0, y, x1, y, colour)

    def col(self, x: float, y0: float, y1: float, colour: str) -> None:
        self.rect(x, y0, x, y1, colour)

    def dots(self, points: list[Point], colour: str) -> None:
        for x, y in points:
            self.px(x, y, colour)

    def ellipse(self, x0: float, y0: float, x1: float, y1: float, colour: str) -> None:
        """Fill the ellipse inscribed in the inclusive box."""
        box = self._box(x0, y0, x1, y1)
        if box is not None:
            pygame.draw.ellipse(self.surface, rgba(colour), box)

    def polygon(self, points: list[Point], colour: str) -> None:
        """Fill a polygon whose corners are pixel centres (in design units)."""
        half = 0.5 * self.scale
        ox, oy = self.origin
        pts = [
            (ox + x * self.scale + half - 0.5, oy + y * self.scale + half - 0.5) for x, y in points
        ]
        pygame.draw.polygon(self.surface, rgba(colour), pts)

    def strip(
        self, y0: int, y1: int, x_top: float, x_bottom: float, width: int, colour: str
    ) -> None:
        """A band `width` wide from (x_top, y0) to (x_bottom, y1): slanted legs and arms."""
        span = max(1, y1 - y0)
        for y in range(y0, y1 + 1):
            x = _round(x_top + (x_bottom - x_top) * (y - y0) / span)
            self.row(y, x, x + width - 1, colour)

    def rounded_rect(
        self, x0: float, y0: float, x1: float, y1: float, colour: str, radius: float
    ) -> None:
        box = self._box(x0, y0, x1, y1)
        if box is not None:
            pygame.draw.rect(
                self.surface, rgba(colour), box, border_radius=_round(radius * self.scale)
            )

    def clip_rows(self, y0: float | None = None, y1: float | None = None) -> None:
        """Limit drawing to design rows y0..y1 (None lifts the limit)."""
        if y0 is None and y1 is None:
            self.surface.set_clip(None)
            return
        w, h = self.size
        top = self._px(0, y0)[1] if y0 is not None else 0
        bottom = self._px(0, y1 + 1)[1] if y1 is not None else h
        self.surface.set_clip(pygame.Rect(0, top, w, max(0, bottom - top)))

    def line(self, x0: float, y0: float, x1: float, y1: float, colour: str) -> None:
        """A line between pixel centres, one design unit thick."""
        half = 0.5 * self.scale - 0.5
        ox, oy = self.origin
        a = (ox + x0 * self.scale + half, oy + y0 * self.scale + half)
        b = (ox + x1 * self.scale + half, oy + y1 * self.scale + half)
        pygame.draw.line(self.surface, rgba(colour), a, b, max(1, _round(self.scale)))

    def paste(self, other: Canvas, at: tuple[int, int] = (0, 0)) -> None:
        """Alpha-blend another canvas on top of this one (pixel offset)."""
        self.surface.blit(other.surface, at)

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        pygame.image.save(self.surface, str(path))


def alpha_of(canvas: Canvas) -> np.ndarray:
    """A (height, width) copy of the alpha channel."""
    return pygame.surfarray.array_alpha(canvas.surface).T.copy()


def outline(canvas: Canvas, colour: str = "ink", diagonal: bool = False) -> None:
    """Paint `colour` on every empty pixel that touches a painted one (4- or 8-neighbour)."""
    solid = alpha_of(canvas) > 0
    grown = np.zeros_like(solid)
    shifts = [(0, 1), (0, -1), (1, 0), (-1, 0)]
    if diagonal:
        shifts += [(1, 1), (1, -1), (-1, 1), (-1, -1)]
    for dy, dx in shifts:
        grown |= _pad_shift(solid, dy, dx)
    edge = grown & ~solid
    _paint_mask(canvas, edge, colour)


def _pad_shift(mask: np.ndarray, dy: int, dx: int) -> np.ndarray:
    """Shift a mask by (dy, dx) without wrapping around the edges."""
    out = np.zeros_like(mask)
    h, w = mask.shape
    ys = slice(max(dy, 0), h + min(dy, 0))
    xs = slice(max(dx, 0), w + min(dx, 0))
    yd = slice(max(-dy, 0), h + min(-dy, 0))
    xd = slice(max(-dx, 0), w + min(-dx, 0))
    out[ys, xs] = mask[yd, xd]
    return out


def _paint_mask(canvas: Canvas, mask: np.ndarray, colour: str, alpha: int = 255) -> None:
    r, g, b, a = rgba(colour, alpha)
    rgb = pygame.surfarray.pixels3d(canvas.surface)
    alp = pygame.surfarray.pixels_alpha(canvas.surface)
    where = mask.T
    rgb[where] = (r, g, b)
    alp[where] = a
    del rgb, alp


def clip_to(canvas: Canvas, keep: np.ndarray) -> None:
    """Clear every pixel outside the (height, width) mask `keep`."""
    alp = pygame.surfarray.pixels_alpha(canvas.surface)
    alp[~keep.T] = 0
    del alp


def mirrored(canvas: Canvas) -> Canvas:
    """A left-right mirror image."""
    out = Canvas(*canvas.size)
    out.surface = pygame.transform.flip(canvas.surface, True, False)
    return out


def soft_ellipse(width: int, height: int, box: tuple[int, int, int, int], alpha: int) -> Canvas:
    """A translucent ink ellipse on its own canvas: shadows under feet."""
    shade = Canvas(width, height)
    x0, y0, x1, y1 = box
    pygame.draw.ellipse(
        shade.surface, rgba("ink", alpha), pygame.Rect(x0, y0, x1 - x0 + 1, y1 - y0 + 1)
    )
    return shade


def sheet(frames: list[list[Canvas]]) -> Canvas:
    """Lay rows of equal-sized frames out on one canvas."""
    fw, fh = frames[0][0].size
    out = Canvas(fw * len(frames[0]), fh * len(frames))
    for r, row in enumerate(frames):
        for c, frame in enumerate(row):
            out.surface.blit(frame.surface, (c * fw, r * fh))
    return out


def colour_mask(canvas: Canvas, colours: set[str] | frozenset[str]) -> np.ndarray:
    """(height, width) mask of opaque pixels painted in any of `colours`."""
    rgb = pygame.surfarray.array3d(canvas.surface).transpose(1, 0, 2)
    solid = alpha_of(canvas) == 255
    hit = np.zeros(solid.shape, bool)
    for name in colours:
        hit |= np.all(rgb == np.array(PALETTE[name]), axis=2)
    return hit & solid


def rim(canvas: Canvas, colour: str, shadow: str, dx: float, dy: float = 0) -> None:
    """Darken the edge of a `colour` region on the side (dx, dy) points to: light
    comes from the upper left, so faces and coats darken to the right and below."""
    mask = colour_mask(canvas, {colour})
    sx, sy = _round(dx * canvas.scale), _round(dy * canvas.scale)
    beyond = _pad_shift(mask, -sy, -sx)
    _paint_mask(canvas, mask & ~beyond, shadow)


def erode(mask: np.ndarray, steps: int) -> np.ndarray:
    """Shrink a mask by `steps` pixels (4-neighbour)."""
    out = mask.copy()
    for _ in range(steps):
        for dy, dx in ((0, 1), (0, -1), (1, 0), (-1, 0)):
            out &= _pad_shift(out, dy, dx)
    return out


def paint(canvas: Canvas, mask: np.ndarray, colour: str) -> None:
    """Paint `colour` wherever the (height, width) mask is set."""
    _paint_mask(canvas, mask, colour)


def overlay(canvas: Canvas, shape: Canvas, only: set[str]) -> None:
    """Copy `shape`'s painted pixels onto `canvas`, but only where `canvas` shows
    one of the colours in `only` (wrap lines that stay on the bandage, a brim's
    shadow that falls on skin but not on hair)."""
    target = colour_mask(canvas, only) & (alpha_of(shape) > 0)
    src = pygame.surfarray.array3d(shape.surface).transpose(1, 0, 2)
    rgb = pygame.surfarray.pixels3d(canvas.surface)
    rgb[target.T] = src[target]
    del rgb


def blank_like(canvas: Canvas) -> Canvas:
    """An empty canvas with the same size, scale and origin."""
    return Canvas(*canvas.size, scale=canvas.scale, origin=canvas.origin)
