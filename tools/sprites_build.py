"""The walking frame's geometry: a 16x32 frame, a person's build (where head,
shoulders, hips and feet sit) and a pose (facing and stride).
"""

from __future__ import annotations

from dataclasses import dataclass

FRAME_W, FRAME_H = 16, 32
CX = 8  # the body's centre line falls between columns 7 and 8
Box = tuple[int, int, int, int]  # x0, y0, x1, y1, inclusive


@dataclass(frozen=True, slots=True)
class Build:
    """Where a body's parts sit in the 16x32 frame (rows are y, 0 at the top)."""

    head_top: int  # first row of hair
    torso_top: int  # shoulder row
    hip: int  # first row of the legs
    feet: int = 28  # last row of the shoes
    shoulder: int = 4  # half the torso width, front view
    arm: int = 2
    shoe_h: int = 2
    leg_w: int = 3
    depth: int = 6  # torso width, side view
    belly: int = 0  # side view: how far the front bulges
    stoop: int = 0  # side view: head pushed forward

    @property
    def eye(self) -> int:
        return self.torso_top - 4

    @property
    def waist(self) -> int:
        return self.torso_top + (self.hip - self.torso_top) * 2 // 3

    @property
    def torso_x(self) -> tuple[int, int]:
        return CX - self.shoulder, CX + self.shoulder - 1

    @property
    def side_x(self) -> tuple[int, int]:
        front = CX - 3 - self.belly
        return front, front + self.depth - 1


BUILDS: dict[str, Build] = {
    "man": Build(3, 12, 21),
    "stout": Build(3, 12, 21, shoulder=5, arm=1, depth=7, belly=1),
    "old": Build(4, 12, 21, stoop=1),
    "woman": Build(4, 12, 20, shoulder=3, depth=5),
    "old_woman": Build(5, 12, 20, shoulder=3, depth=5, stoop=1),
    "girl": Build(8, 15, 21, shoulder=3, arm=1, shoe_h=1, leg_w=2, depth=5),
    "child": Build(11, 18, 23, shoulder=3, arm=1, shoe_h=1, leg_w=2, depth=5),
}


@dataclass(frozen=True, slots=True)
class Pose:
    facing: str  # down, left, up (right is the mirror of left)
    stride: int  # 0 stand, +1 left foot forward, -1 right foot forward

    @property
    def front(self) -> bool:
        return self.facing == "down"

    @property
    def side(self) -> bool:
        return self.facing == "left"
