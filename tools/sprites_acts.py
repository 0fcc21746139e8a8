"""Acted frames: what a person does on the map besides walking (cry, run, hide,
look away, eyes on the till, nod, a trick, point, reach for a child, keep still).

Every person gets the same rows (see ACTS and docs/art.md, "Acts"), so the
engine finds an act by its row whoever plays it. A frame is the standing
figure of sprites_body with a few parts changed, described by a `Shot`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np
import pygame
from sprites_body import (
    SHORT_SLEEVES,
    arm_colour,
    figure,
    front_arm,
    legs_front,
    on_shadow,
    torso_front,
)
from sprites_build import BUILDS, CX, FRAME_H, FRAME_W, Build, Pose
from sprites_canvas import Canvas, mirrored, outline, rgba, sheet
from sprites_cast import Look
from sprites_head import head, head_box

COLUMNS = 4


@dataclass(frozen=True, slots=True)
class Act:
    name: str
    frames: int  # columns used, from column 0
    play: str  # loop, or once (then hold the last column)
    fps: int  # suggested speed


# Row order is the file layout: append new acts at the end, never reorder.
ACTS: list[Act] = [
    Act("cry", 4, "loop", 4),
    Act("run_down", 4, "loop", 10),
    Act("run_left", 4, "loop", 10),
    Act("run_right", 4, "loop", 10),
    Act("run_up", 4, "loop", 10),
    Act("hide_left", 4, "loop", 2),
    Act("hide_right", 4, "loop", 2),
    Act("look_away_left", 2, "once", 4),
    Act("look_away_right", 2, "once", 4),
    Act("eyes_down", 2, "loop", 1),
    Act("head_bowed", 2, "loop", 1),
    Act("nod", 4, "once", 6),
    Act("trick", 4, "loop", 6),
    Act("point_left", 2, "once", 6),
    Act("point_right", 2, "once", 6),
    Act("point_up", 2, "once", 6),
    Act("reach_left", 2, "once", 4),
    Act("reach_right", 2, "once", 4),
    Act("still", 1, "once", 1),
    Act("bow", 2, "once", 3),
    Act("offer", 2, "once", 4),
    Act("fidget", 4, "loop", 3),
]

Point = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Shot:
    """How one acted frame differs from standing still, facing the viewer.
    Arms are keys of ARMS; `left`/`right` are the screen's sides."""

    left: str = "hang"
    right: str = "hang"
    lift: int = 0  # shoulders and head raised (a sob, stiffness)
    crouch: int = 0  # everything above the hips lowered (hiding)
    head: str = "front"  # front, turned (three-quarter), profile, crown
    side: int = -1  # which way a turned head looks: -1 screen left, +1 right
    head_dy: int = 0  # head tipped down (nod, eyes on the till)
    head_dx: int = 0  # head leaning out sideways (peeking)
    body_dx: int = 0  # shoulders leaning sideways
    eyes_down: bool = False
    tears: int = 0  # 0 none; 1-3 how far the tears have run
    mouth: bool = False  # open, wailing
    yoyo: int = 0  # 0 none; else the string's length in pixels
    offer: bool = False  # something small held out in both hands
    facing: str = "down"  # down, or up (seen from behind: running away)
    stride: int = 0  # legs as in the walking frames: +1 left foot forward, -1 right


# ----------------------------------------------------------------- arms


def shoulder(b: Build) -> Point:
    """The outer top of the screen-left arm."""
    return CX - b.shoulder - b.arm, b.torso_top + 1


def _arm_path(kind: str, b: Build) -> list[Point]:
    """Joints of the screen-left arm, shoulder first, hand last."""
    sx, sy = shoulder(b)
    e = b.eye
    paths: dict[str, Callable[[], list[Point]]] = {
        "eyes": lambda: [(sx, sy), (sx, sy + 3), (CX - 3, e + 1)],
        "chest": lambda: [(sx, sy), (sx, sy + 3), (CX - 3, sy + 3)],
        "till": lambda: [(sx, sy), (sx, b.waist), (CX - 3, b.hip - 1)],
        "till_out": lambda: [(sx, sy), (sx, b.waist), (CX - 4, b.hip)],
        "point_half": lambda: [(sx, sy), (sx - 2, sy + 4)],
        "point": lambda: [(sx, sy), (max(1, sx - 4), sy)],
        "up_half": lambda: [(sx, sy), (sx - 2, sy - 2)],
        "up": lambda: [(sx, sy), (sx, max(1, b.head_top - 2))],
        "reach_low": lambda: [(sx, sy), (max(0, sx - 4), b.hip + 1)],
        "reach_in": lambda: [(sx, sy), (sx - 2, b.waist), (sx, b.hip + 1)],
        "yoyo": lambda: [(sx, sy), (sx, sy + 2), (sx + 1, b.waist + 1)],
        "offer": lambda: [(sx, sy), (sx, b.waist - 1), (CX - 2, b.waist - 1)],
        "pump": lambda: [(sx, sy), (sx, sy + 3), (sx + 1, sy + 1)],
        "elbow": lambda: [(sx, sy), (sx - 1, sy + 3)],
    }
    return paths[kind]()


def _flip(points: list[Point]) -> list[Point]:
    return [(FRAME_W - 1 - x, y) for x, y in points]


def bent_arm(c: Canvas, look: Look, b: Build, side: int, kind: str) -> Point:
    """An arm along its joints, sleeve then a hand; returns where the hand is."""
    path = _arm_path(kind, b)
    if side > 0:
        path = [(x - b.arm + 1, y) for x, y in _flip(path)]
    sleeve = arm_colour(look, b, b.torso_top + 1)
    forearm = look.skin if look.top_kind in SHORT_SLEEVES else sleeve
    width = max(2, b.arm)
    for (ax, ay), (bx, by) in zip(path, path[1:], strict=False):
        for k in range(width):
            c.line(ax + k, ay, bx + k, by, forearm)
    (ax, ay), (bx, by) = path[0], path[1]
    reach = min(1.0, 3 / max(1.0, ((bx - ax) ** 2 + (by - ay) ** 2) ** 0.5))
    ex, ey = round(ax + (bx - ax) * reach), round(ay + (by - ay) * reach)
    for k in range(width):  # a short sleeve covers the top of the arm only
        c.line(ax + k, ay, ex + k, ey, sleeve)
    hx, hy = path[-1]
    c.rect(hx, hy, hx + width - 1, hy + 1, look.skin)
    if kind == "point":  # the finger
        c.px(hx - 1 if side < 0 else hx + width, hy, look.skin)
    return hx, hy


def arm(c: Canvas, look: Look, b: Build, side: int, kind: str) -> Point | None:
    if kind == "hang":
        front_arm(c, look, b, side, 0, cane=True)
        return None
    return bent_arm(c, look, b, side, kind)


# ----------------------------------------------------------------- heads


def slide_face(c: Canvas, box: tuple[int, int, int, int], top: int, dx: int) -> None:
    """Move the face inside the head outline by `dx`: a head turned three-quarters."""
    x0, _, x1, y1 = box
    rgb = pygame.surfarray.pixels3d(c.surface)
    alpha = pygame.surfarray.pixels_alpha(c.surface)
    for y in range(top, y1 + 1):
        row = rgb[x0 : x1 + 1, y].copy()
        seen = alpha[x0 : x1 + 1, y].copy()
        moved = np.roll(row, dx, axis=0)
        if dx < 0:  # the column the face left keeps what the head had there
            moved[dx:] = row[dx:]
        else:
            moved[:dx] = row[:dx]
        keep = (seen > 0) & (np.roll(seen, dx) > 0)
        rgb[x0 : x1 + 1, y] = np.where(keep[:, None], moved, row)
    del rgb, alpha


def lower_eyes(c: Canvas, box: tuple[int, int, int, int], e: int) -> None:
    """Eyes on the hands: the ink of the eye row moves down one pixel."""
    x0, _, x1, _ = box
    ink = rgba("ink")
    for x in range(x0, x1 + 1):
        if tuple(c.surface.get_at((x, e))) == ink:
            c.surface.set_at((x, e + 1), ink)
            c.surface.set_at((x, e), c.surface.get_at((x, e - 1)))


def bow(c: Canvas, look: Look, box: tuple[int, int, int, int], e: int) -> None:
    """A head bowed to the counter: from the front the hair comes down over the
    eyes and only the tip of the nose and the chin show."""
    x0, y0, x1, _ = box
    face = {rgba(look.skin), rgba("skin_shadow"), rgba("ink")}
    crown = rgba(look.hat_colour if look.hat else look.hair)
    for y in range(y0, e + 2):
        for x in range(x0, x1 + 1):
            if tuple(c.surface.get_at((x, y))) in face:
                c.surface.set_at((x, y), crown)
    c.px(CX - 1, e + 2, "skin_shadow")


def head_canvas(look: Look, b: Build, shot: Shot) -> Canvas:
    """The head alone, tipped and turned as the shot says."""
    hb = replace(b, head_top=b.head_top + shot.head_dy, torso_top=b.torso_top + shot.head_dy)
    hc = Canvas(FRAME_W, FRAME_H)
    front = Pose("down", 0)
    if shot.facing == "up":
        head(hc, look, hb, Pose("up", 0))
        return hc
    if shot.head == "profile":
        head(hc, look, hb, Pose("left", 0))
        return mirrored(hc) if shot.side > 0 else hc
    head(hc, look, hb, front)
    box = head_box(hb, front)
    if shot.head == "crown":
        bow(hc, look, box, hb.eye)
    if shot.head == "turned":
        slide_face(hc, box, hb.head_top + 2, shot.side)
    if shot.eyes_down:
        lower_eyes(hc, box, hb.eye)
    return hc


# ----------------------------------------------------------------- frames


def acted_figure(look: Look, shot: Shot) -> Canvas:
    """One outlined person acting, no shadow."""
    base = BUILDS[look.build]
    b = replace(
        base,
        head_top=base.head_top - shot.lift + shot.crouch,
        torso_top=base.torso_top - shot.lift + shot.crouch,
        hip=base.hip + shot.crouch,
    )
    pose = Pose(shot.facing, shot.stride)
    legs = Canvas(FRAME_W, FRAME_H)
    legs_front(legs, look, b, pose)
    upper = Canvas(FRAME_W, FRAME_H)
    torso_front(upper, look, b, pose)
    upper.paste(head_canvas(look, b, shot), (shot.head_dx, 0))
    # A raised or bent arm crosses the body: it gets its own outline to read over it.
    bent = Canvas(FRAME_W, FRAME_H)
    hands = {}
    for side, kind in ((-1, shot.left), (1, shot.right)):
        hands[side] = arm(upper if kind == "hang" else bent, look, b, side, kind)
    outline(bent)
    upper.paste(bent)
    c = Canvas(FRAME_W, FRAME_H)
    c.paste(legs)
    c.paste(upper, (shot.body_dx, 0))
    hb = replace(b, torso_top=b.torso_top + shot.head_dy)
    if shot.mouth:
        c.row(hb.eye + 2, CX - 1, CX, "ink")
    outline(c)
    if shot.tears:
        tears(c, b, shot)
    if shot.offer and hands[-1]:
        hx, hy = hands[-1]
        c.rect(hx + 1, hy - 2, hx + 4, hy - 1, "white")  # a packet, a card, a coin
        c.row(hy - 2, hx + 1, hx + 4, "paper")
    if shot.yoyo and hands[1]:
        yoyo(c, hands[1], shot.yoyo)
    return c


def tears(c: Canvas, b: Build, shot: Shot) -> None:
    """Drops under both eyes (beside the hands if they are up), running with the frame."""
    e = b.eye + shot.head_dy
    for x in (CX - 4, CX + 3):
        for k in range(shot.tears):
            c.px(x, e + 1 + k, "sky")
        c.px(x, e + 2 + shot.tears, "white")


def yoyo(c: Canvas, hand: Point, length: int) -> None:
    hx, hy = hand
    x = hx + 1
    length = min(length, FRAME_H - 7 - hy)  # never below the feet
    c.col(x, hy + 2, hy + 1 + length, "white")
    c.rect(x - 1, hy + 2 + length, x + 1, hy + 4 + length, "ink")
    c.px(x, hy + 3 + length, "red")


# ----------------------------------------------------------------- running


def run_side(look: Look, stride: int) -> Canvas:
    """Facing left: the walking stride with the shoulders one pixel ahead of the hips."""
    fig = figure(look, Pose("left", stride))
    b = BUILDS[look.build]
    top = Canvas(FRAME_W, FRAME_H)
    top.paste(fig)
    top.surface.fill((0, 0, 0, 0), pygame.Rect(0, b.hip, FRAME_W, FRAME_H - b.hip))
    fig.surface.fill((0, 0, 0, 0), pygame.Rect(0, 0, FRAME_W, b.hip))
    fig.paste(top, (-1, 0))
    return fig


def run_toward(look: Look, facing: str, stride: int) -> Canvas:
    """Facing the viewer or away: elbows bent, the arm against the leading leg pumping."""
    bent = "pump" if facing == "down" else "elbow"
    leading = stride if facing == "up" else -stride  # the screen side of the pumping arm
    left = bent if leading <= 0 else "hang"
    right = bent if leading >= 0 else "hang"
    return acted_figure(look, Shot(left=left, right=right, facing=facing, stride=stride))


def run_frame(look: Look, facing: str, stride: int) -> Canvas:
    """One running frame: on a stride the runner is a pixel off the ground."""
    fig = run_side(look, stride) if facing == "left" else run_toward(look, facing, stride)
    out = Canvas(FRAME_W, FRAME_H)
    out.paste(fig, (0, -1 if stride else 0))
    return on_shadow(look, out)


def run_rows(look: Look) -> list[list[Canvas]]:
    strides = (0, 1, 0, -1)
    down = [run_frame(look, "down", s) for s in strides]
    left = [run_frame(look, "left", s) for s in strides]
    right = [mirrored(left[i]) for i in (0, 3, 2, 1)]
    up = [run_frame(look, "up", s) for s in strides]
    return [down, left, right, up]


# ----------------------------------------------------------------- the acts


def shots(name: str) -> list[Shot]:
    """The frames of one act that faces the viewer."""
    side = -1 if name.endswith("_left") else 1
    arm_side = "left" if side < 0 else "right"
    tucked = Shot(left="chest", right="chest", crouch=2, head_dy=1)
    peek = replace(tucked, head_dy=0, head_dx=2 * side, body_dx=side, head="turned", side=side)
    table: dict[str, Callable[[], list[Shot]]] = {
        "cry": lambda: [
            Shot(left="eyes", right="eyes"),
            Shot(left="eyes", right="eyes", tears=1),
            Shot(left="eyes", right="eyes", lift=1, tears=2),
            Shot(left="eyes", right="hang", tears=3, mouth=True, head="turned", side=1),
        ],
        "hide": lambda: [tucked, peek, peek, tucked],
        "look_away": lambda: [Shot(head="turned", side=side), Shot(head="profile", side=side)],
        "eyes_down": lambda: [
            Shot(left="till", right="till", head_dy=1, eyes_down=True),
            Shot(left="till", right="till_out", head_dy=1, eyes_down=True),
        ],
        "head_bowed": lambda: [
            Shot(left="till", right="till", head="crown", head_dy=2),
            Shot(left="till_out", right="till", head="crown", head_dy=2),
        ],
        "nod": lambda: [Shot(), Shot(head_dy=1), Shot(head_dy=2, eyes_down=True), Shot()],
        "trick": lambda: [
            Shot(right="yoyo", yoyo=2),
            Shot(right="yoyo", yoyo=5),
            Shot(right="yoyo", yoyo=8),
            Shot(right="yoyo", yoyo=4),
        ],
        "point": lambda: [Shot(**{arm_side: "point_half"}), Shot(**{arm_side: "point"})],
        "point_up": lambda: [Shot(left="up_half"), Shot(left="up")],
        "reach": lambda: [Shot(**{arm_side: "reach_low"}), Shot(**{arm_side: "reach_in"})],
        "still": lambda: [Shot(lift=1)],
        "bow": lambda: [
            Shot(left="till", right="till", lift=-1, head_dy=1, eyes_down=True),
            Shot(left="till", right="till", lift=-2, head="crown", head_dy=3),
        ],
        "offer": lambda: [
            Shot(left="till", right="till_out"),
            Shot(left="offer", right="offer", offer=True),
        ],
        "fidget": lambda: [
            Shot(left="till", right="till"),
            Shot(left="till_out", right="till", body_dx=-1, head="turned", side=-1),
            Shot(left="till", right="till", eyes_down=True),
            Shot(left="till", right="till_out", body_dx=1, head="turned", side=1),
        ],
    }
    key = name if name in table else name.rsplit("_", 1)[0]
    return table[key]()


def act_row(look: Look, act: Act) -> list[Canvas]:
    frames = [on_shadow(look, acted_figure(look, shot)) for shot in shots(act.name)]
    if len(frames) != act.frames:
        raise ValueError(f"act {act.name}: {len(frames)} frames drawn, {act.frames} declared")
    return frames + [Canvas(FRAME_W, FRAME_H) for _ in range(COLUMNS - len(frames))]


def acts_sheet(look: Look) -> Canvas:
    """Every act, one row each in ACTS order."""
    runs = iter(run_rows(look))
    rows = [next(runs) if act.name.startswith("run_") else act_row(look, act) for act in ACTS]
    return sheet(rows)


def acts_yaml() -> str:
    """The row table for programs, the same as in docs/art.md."""
    lines = [
        "# Rows of assets/sprites/<name>_acts.png (16x32 frames, 4 columns); see docs/art.md.",
        "# Written by tools/make_sprites.py: rows are only ever appended.",
    ]
    for row, act in enumerate(ACTS):
        lines.append(
            f"- {{name: {act.name}, row: {row}, frames: {act.frames}, play: {act.play}, "
            f"fps: {act.fps}}}"
        )
    return "\n".join(lines) + "\n"
