"""People in the world: the hero and the city's inhabitants, moving tile to tile.

Movement is on the tile grid, with smooth steps between tiles. A person holds
the tile they stand on and the one they step into, so nobody walks through
anybody. NPCs stand, idle (turn about now and then) or walk a route, and wait
when someone is in the way.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from game.world.directions import FACINGS
from game.world.pathing import find_path

if TYPE_CHECKING:
    from game.world.mapdata import MapData, NpcSpawn

TILE = 16
WALK_FRAME_TIME = 0.13  # seconds per animation frame while walking


def facing_of(dx: int, dy: int) -> str:
    if dx > 0:
        return "right"
    if dx < 0:
        return "left"
    return "down" if dy > 0 else "up"


@dataclass(slots=True)
class Emote:
    """An emote shown over someone's head, and the seconds it has left."""

    name: str
    time_left: float


@dataclass(slots=True)
class Actor:
    """Anyone on a map, the hero too: the tile they hold, the way they face, and how they
    step, walk a path and pose."""

    tile: tuple[int, int]
    facing: str = "down"
    sheet: str = "man"
    speed: float = 5.0  # tiles per second
    x: float = 0.0  # logical pixels, top-left of the tile the actor is drawn at
    y: float = 0.0
    target: tuple[int, int] | None = None
    progress: float = 0.0
    anim_time: float = 0.0
    emote: Emote | None = None
    shake: float = 0.0  # seconds of a small tremble (crying)
    pose: str | None = None  # a row of the acts sheet (acts.ACT_ROWS), while it lasts
    pose_time: float = 0.0  # seconds into the pose (its frame)
    pose_left: float = 0.0
    running: bool = False  # on a path at a run (the run rows of the acts sheet)
    path: list[tuple[int, int]] = field(default_factory=list)  # tiles still to walk
    blocked: float = 0.0  # seconds the next step of the path has been taken
    hold: float = 0.0  # seconds of standing still to act (no turning about, no route)
    arrive_pose: str | None = None  # the pose to take at the end of the path
    travelling: bool = False  # sent along a path (until arrived)
    arrive_facing: str | None = None  # the way to face there
    arrive_seconds: float = 0.0
    prev_x: float = 0.0  # where the last fixed update found him: frames are drawn between
    prev_y: float = 0.0

    def __post_init__(self) -> None:
        self.x, self.y = self.tile[0] * TILE, self.tile[1] * TILE
        self.prev_x, self.prev_y = self.x, self.y

    @property
    def moving(self) -> bool:
        return self.target is not None

    def facing_tile(self) -> tuple[int, int]:
        dx, dy = FACINGS[self.facing]
        return self.tile[0] + dx, self.tile[1] + dy

    def frame_column(self) -> int:
        if not self.moving:
            return 0
        return int(self.anim_time / WALK_FRAME_TIME) % 4

    def start_step(self, world: Occupancy, dx: int, dy: int) -> bool:
        """Face (dx, dy) and step there if free. Returns whether a step began."""
        self.facing = facing_of(dx, dy)
        target = (self.tile[0] + dx, self.tile[1] + dy)
        if not world.free(target):
            return False
        world.claim(target, self)
        self.target = target
        self.progress = 0.0
        return True

    def set_pose(self, pose: str | None, seconds: float) -> None:
        """Hold still in an act for a while (pose None: only the holding still)."""
        self.pose, self.pose_time, self.pose_left = pose, 0.0, seconds
        self.hold = max(self.hold, seconds)

    def face_towards(self, tile: tuple[int, int]) -> None:
        dx, dy = tile[0] - self.tile[0], tile[1] - self.tile[1]
        if abs(dx) >= abs(dy) and dx:
            self.facing = "right" if dx > 0 else "left"
        elif dy:
            self.facing = "down" if dy > 0 else "up"


    def advance(self, world: Occupancy, dt: float) -> bool:
        """Move along the current step. Returns True on arriving at a new tile."""
        if (self.target is None and self.pose_left <= 0 and self.hold <= 0
                and self.emote is None and self.shake <= 0):
            self.anim_time = 0.0  # standing, nothing running out: most people, most steps
            return False
        if self.pose_left > 0:
            self.pose_time += dt
            self.pose_left -= dt
            if self.pose_left <= 0:
                self.pose = None
        if self.hold > 0:
            self.hold = max(0.0, self.hold - dt)
        if self.emote is not None:
            self.emote.time_left -= dt
            if self.emote.time_left <= 0:
                self.emote = None
        if self.shake > 0:
            self.shake = max(0.0, self.shake - dt)
        if self.target is None:
            self.anim_time = 0.0
            return False
        self.anim_time += dt
        self.progress += dt * self.speed * (1.8 if self.running else 1.0)
        sx, sy = self.tile
        tx, ty = self.target
        if self.progress >= 1.0 - 1e-6:  # float steps of 1/60 s must land on the tile
            world.release(self.tile, self)
            self.tile = self.target
            self.target = None
            self.progress = 0.0
            self.x, self.y = tx * TILE, ty * TILE
            return True
        self.x = (sx + (tx - sx) * self.progress) * TILE
        self.y = (sy + (ty - sy) * self.progress) * TILE
        return False

    def place(self, world: Occupancy, tile: tuple[int, int], facing: str | None = None) -> None:
        world.release(self.tile, self)
        if self.target is not None:
            world.release(self.target, self)
        self.tile = tile
        self.target = None
        self.progress = 0.0
        self.x, self.y = tile[0] * TILE, tile[1] * TILE
        self.prev_x, self.prev_y = self.x, self.y  # a jump, not a walk: nothing between
        if facing:
            self.facing = facing
        world.claim(tile, self)

    def show_emote(self, name: str, seconds: float = 2.2) -> None:
        self.emote = Emote(name, seconds)


@dataclass(slots=True)
class Occupancy:
    """Which tiles are walls and which are held by people."""

    map: MapData
    held: dict[tuple[int, int], Actor] = field(default_factory=dict)
    clear: frozenset[tuple[int, int]] = frozenset()  # where nobody stops (crowd.keep_clear)

    def free(self, tile: tuple[int, int]) -> bool:
        return not self.map.is_blocked(*tile) and tile not in self.held

    def claim(self, tile: tuple[int, int], actor: Actor) -> None:
        self.held[tile] = actor

    def release(self, tile: tuple[int, int], actor: Actor) -> None:
        if self.held.get(tile) is actor:
            del self.held[tile]

    def actor_at(self, tile: tuple[int, int]) -> Actor | None:
        return self.held.get(tile)


@dataclass(slots=True)
class Npc(Actor):
    """A person of the city on a map: who they are, how they stand, idle or walk their route,
    and what they are doing about him."""

    id: str = ""
    role: str = ""
    behaviour: str = "stand"
    route: list[tuple[int, int]] = field(default_factory=list)
    route_index: int = 0
    wait: float = 0.0
    home_facing: str = "down"
    noticed: bool = False  # has noticed the player while he is near (reset when he leaves)
    talking: bool = False  # held still by a conversation or a bark
    then: str | None = None  # a behaviour to act once the current pose is over
    gave_way: bool = False  # has stepped off his line while he is near
    home: tuple[int, int] | None = None  # where one who stands belongs (back there later)

    @classmethod
    def from_spawn(cls, spawn: NpcSpawn, sheet: str) -> Npc:
        speed = 3.2 if spawn.role == "child" else 2.4
        return cls(
            tile=spawn.tile,
            facing=spawn.facing,
            sheet=sheet,
            speed=speed,
            id=spawn.id,
            role=spawn.role,
            behaviour=spawn.behaviour,
            route=list(spawn.route),
            home_facing=spawn.facing,
            home=spawn.tile,
        )

    def think(self, world: Occupancy, rng: random.Random, dt: float) -> None:
        """Decide the next step when standing still."""
        if self.target is not None or self.path or self.hold > 0 or self.then:
            return
        if self.talking and self.behaviour != "walk":
            return
        if self.wait > 0:
            self.wait -= dt
            return
        if self.behaviour == "walk" and self.route:
            goal = self.route[self.route_index % len(self.route)]
            if goal == self.tile:
                self.route_index = (self.route_index + 1) % len(self.route)
                # a pause at the turn, but never on a door, an exit or a narrow way
                self.wait = 0.0 if self.tile in world.clear else rng.uniform(0.0, 0.6)
                return
            dx = (goal[0] > self.tile[0]) - (goal[0] < self.tile[0])
            dy = (goal[1] > self.tile[1]) - (goal[1] < self.tile[1])
            # walk along one axis at a time; try the other if blocked
            options = [(dx, 0), (0, dy)] if dx and abs(goal[0] - self.tile[0]) >= abs(
                goal[1] - self.tile[1]) else [(0, dy), (dx, 0)]
            for ox, oy in options:
                if (ox or oy) and self.start_step(world, ox, oy):
                    self.blocked = 0.0
                    return
            # blocked: wait a moment, like anybody would, then find a way round (at once
            # where nobody may stop)
            self.blocked += 0.4
            self.wait = 0.4
            if self.blocked > 0.7 or self.tile in world.clear:
                self.blocked = 0.0
                way = find_path(world, self.tile, [goal])
                if way:
                    self.path = way
                else:
                    self.route_index = (self.route_index + 1) % len(self.route)
        elif self.behaviour == "idle":
            self.facing = rng.choice((*FACINGS, self.home_facing))
            self.wait = rng.uniform(1.5, 4.0)
        else:
            self.wait = 1.0

