"""What people do on the map: behaviours (`does:` in the dialogue) and stage directions.

A behaviour is acted by one person: a pose from their acts sheet (docs/art.md), a
turn, a few steps, an emote over the head. Some take several beats (a child cries,
then runs to a grown-up and hides behind them). A stage direction comes from a scene
(`walk`, `turn`, `act` steps); directions run in order, and one that is waited for
holds the conversation until it is done.

Nobody acting is left standing in the hero's way: before someone stops to act on a
tile nobody may stop on (crowd.keep_clear), they step off it.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from game.dialogue.effects import Act, Turn, Walk
from game.world import crowd, pathing
from game.world.directions import OPPOSITE
from game.world.entities import Npc

if TYPE_CHECKING:
    from game.world.entities import Actor, Occupancy
    from game.world.mapdata import MapData

log = logging.getLogger(__name__)

Tile = tuple[int, int]


@dataclass(frozen=True, slots=True)
class ActRow:
    """One act on an acts sheet: its row, its frames, and their rate; looping, or holding
    the last frame."""

    row: int
    frames: int
    loop: bool
    fps: float


# The rows of every `<sheet>_acts.png` (docs/art.md, "Acts"): 4 columns of 16x32.
ACT_ROWS: dict[str, ActRow] = {
    "cry": ActRow(0, 4, True, 4), "run_down": ActRow(1, 4, True, 10),
    "run_left": ActRow(2, 4, True, 10), "run_right": ActRow(3, 4, True, 10),
    "run_up": ActRow(4, 4, True, 10), "hide_left": ActRow(5, 4, True, 2),
    "hide_right": ActRow(6, 4, True, 2), "look_away_left": ActRow(7, 2, False, 4),
    "look_away_right": ActRow(8, 2, False, 4), "eyes_down": ActRow(9, 2, True, 1),
    "head_bowed": ActRow(10, 2, True, 1), "nod": ActRow(11, 4, False, 6),
    "trick": ActRow(12, 4, True, 6), "point_left": ActRow(13, 2, False, 6),
    "point_right": ActRow(14, 2, False, 6), "point_up": ActRow(15, 2, False, 6),
    "reach_left": ActRow(16, 2, False, 4), "reach_right": ActRow(17, 2, False, 4),
    "still": ActRow(18, 1, False, 1), "bow": ActRow(19, 2, False, 3),
    "offer": ActRow(20, 2, False, 4), "fidget": ActRow(21, 4, True, 3),
}

# the emote each behaviour shows when the line names none (the icon is the act's
# caption for a sheet with no act frames, and a cue for the eye on a busy street)
EMOTE_OF = {
    "cry": "tears", "cry_and_run": "tears", "hide_behind_parent": "cry",
    "look_away": "look_away", "study_window": "look_away", "step_aside": "step_aside",
    "cross_street": "step_aside", "pull_child_close": "step_aside", "stare": "stare",
    "still": "silence", "eyes_on_till": "silence", "nod": "nod", "bow": "bow",
    "show_trick": "smile", "point_way": "question", "fidget": "sweat", "offer": "smile",
}
GROWN_UP_RANGE = 12  # tiles a frightened child will run to find a grown-up
HOME_AGAIN = 3  # tiles he must be off before someone who made way goes back to their place
CROSS_DISTANCE = (4, 7)  # how far off someone goes when they cross the street


def act_frame(actor: Actor) -> tuple[int, int] | None:
    """(row, column) of the actor's acts sheet to draw now, or None: the walking sheet."""
    pose = actor.pose
    if actor.running and actor.moving:
        pose = f"run_{actor.facing}"
    row = ACT_ROWS.get(pose or "")
    if row is None:
        return None
    step = int(actor.pose_time * row.fps)
    column = step % row.frames if row.loop else min(step, row.frames - 1)
    return row.row, column


def side_of(actor: Actor, other: Tile) -> str:
    """`left` or `right`: the screen side ``other`` is on, seen from ``actor``."""
    return "left" if other[0] < actor.tile[0] else "right"


@dataclass(slots=True)
class Direction:
    """One stage direction of a scene, waiting its turn."""

    effect: Walk | Turn | Act
    started: bool = False
    actor: Actor | None = None

    @property
    def waited_for(self) -> bool:
        return not isinstance(self.effect, Turn) and self.effect.wait


@dataclass(slots=True)
class Troupe:
    """The people of one map as actors: behaviours and a scene's stage directions."""

    world: Occupancy
    hero: Actor
    npcs: list[Npc]
    rng: random.Random
    clear: frozenset[Tile] = frozenset()
    directions: list[Direction] = field(default_factory=list)
    spots: dict[str, Tile] = field(default_factory=dict)

    @classmethod
    def for_map(cls, world: Occupancy, hero: Actor, npcs: list[Npc],
                rng: random.Random) -> Troupe:
        data: MapData = world.map
        spots = {name: spawn.tile for name, spawn in data.spawns.items()}
        for thing in data.objects:
            spots.setdefault(thing.id, min(thing.tiles))
        return cls(world, hero, npcs, rng, crowd.keep_clear(data), spots=spots)

    # --- who ------------------------------------------------------------------------

    def find(self, who: str, near: Tile | None = None) -> Actor | None:
        """The hero, the person with this id, or the nearest person of this role."""
        if who == "hero":
            return self.hero
        for npc in self.npcs:
            if npc.id == who:
                return npc
        near = near or self.hero.tile
        of_role = [npc for npc in self.npcs if npc.role == who]
        return min(of_role, key=lambda n: _distance(n.tile, near)) if of_role else None

    def grown_up_near(self, actor: Actor) -> Npc | None:
        grown = [n for n in self.npcs if n is not actor and n.role != "child"
                 and _distance(n.tile, actor.tile) <= GROWN_UP_RANGE]
        return min(grown, key=lambda n: _distance(n.tile, actor.tile)) if grown else None

    # --- behaviours -----------------------------------------------------------------

    def perform(self, actor: Actor, does: str | None, emote: str | None = None) -> None:
        """Act out a behaviour (and show its emote, or ``emote`` when the line names one)."""
        if not does or does == "ignore":
            if emote and emote != "none":
                actor.show_emote(emote)
            return
        icon = emote if emote and emote != "none" else EMOTE_OF.get(does)
        if icon:
            actor.show_emote(icon)
        hero = self.hero
        act = ACTS.get(does)
        if act is None:
            log.warning("no way to act out `%s`", does)
            return
        act(self, actor, hero)

    def _stop(self, actor: Actor, pose: str | None, seconds: float) -> None:
        """Hold still for a moment in a pose; first off any tile nobody may stop on (one
        who stands at a post, the map's place for them, stays on it)."""
        if (isinstance(actor, Npc) and actor.tile in self.clear and not actor.moving
                and not at_post(actor)):
            crowd.step_aside(self.world, actor, self.hero, self.clear)
        actor.set_pose(pose, seconds)

    def _do_cry(self, actor: Actor, hero: Actor) -> None:
        actor.facing = "down"
        actor.shake = 1.2
        self._stop(actor, "cry", 3.0)

    def _do_cry_and_run(self, actor: Actor, hero: Actor) -> None:
        self._do_cry(actor, hero)
        actor.set_pose("cry", 1.1)
        if isinstance(actor, Npc):
            actor.then = "hide_behind_parent"

    def _do_hide_behind_parent(self, actor: Actor, hero: Actor) -> None:
        grown = self.grown_up_near(actor)
        if grown is None:
            self._do_cross_street(actor, hero)
            return
        gx, gy = grown.tile
        # behind = the tile just north of them (they are drawn over the hider), else
        # any free tile beside them, the farthest from the hero
        spots = [(gx, gy - 1)] + sorted(((gx + 1, gy), (gx - 1, gy), (gx, gy + 1)),
                                        key=lambda t: -_distance(t, hero.tile))
        grown.hold = max(grown.hold, 4.0)
        grown.face_towards(hero.tile)
        if self.walk(actor, spots, run=True):
            actor.arrive_pose = f"hide_{side_of(grown, hero.tile)}"
            actor.arrive_seconds = 4.0

    def _do_look_away(self, actor: Actor, hero: Actor) -> None:
        away = "right" if side_of(actor, hero.tile) == "left" else "left"
        actor.face_towards(hero.tile)
        actor.facing = OPPOSITE[actor.facing]
        self._stop(actor, f"look_away_{away}", 2.5)

    def _do_study_window(self, actor: Actor, hero: Actor) -> None:
        x, y = actor.tile
        sides = (("up", (0, -1)), ("left", (-1, 0)), ("right", (1, 0)), ("down", (0, 1)))
        walls = [f for f, (dx, dy) in sides if self.world.map.is_blocked(x + dx, y + dy)]
        actor.facing = walls[0] if walls else "up"
        self._stop(actor, None, 3.0)

    def _do_step_aside(self, actor: Actor, hero: Actor) -> None:
        if isinstance(actor, Npc):
            crowd.step_aside(self.world, actor, hero, self.clear)
            actor.hold = max(actor.hold, 1.0)

    def _do_cross_street(self, actor: Actor, hero: Actor) -> None:
        low, high = CROSS_DISTANCE
        here = actor.tile
        gap = _distance(here, hero.tile) + 2
        far = [t for t in pathing.free_tiles_near(self.world, here, high, self.clear)
               if _distance(t, here) >= low and _distance(t, hero.tile) > gap]
        # across his way rather than along it: the other pavement
        hx, hy = hero.tile
        across = (lambda t: abs(t[1] - hy)) if abs(hx - here[0]) >= abs(hy - here[1]) \
            else (lambda t: abs(t[0] - hx))
        far.sort(key=lambda t: -across(t))
        self.walk(actor, far[:6])

    def _do_pull_child_close(self, actor: Actor, hero: Actor) -> None:
        children = [n for n in self.npcs if n.role == "child" and n is not actor
                    and _distance(n.tile, actor.tile) <= 5]
        if not children:
            self._do_look_away(actor, hero)
            return
        child = min(children, key=lambda n: _distance(n.tile, actor.tile))
        ax, ay = actor.tile
        beside = sorted(((ax - 1, ay), (ax + 1, ay), (ax, ay - 1), (ax, ay + 1)),
                        key=lambda t: -_distance(t, hero.tile))
        child.hold = max(child.hold, 3.5)
        self.walk(child, beside)
        self._stop(actor, f"reach_{side_of(actor, beside[0])}", 3.0)

    def _do_stare(self, actor: Actor, hero: Actor) -> None:
        actor.face_towards(hero.tile)
        self._stop(actor, None, 2.0)

    def _do_still(self, actor: Actor, hero: Actor) -> None:
        self._stop(actor, "still", 3.0)

    def _do_eyes_on_till(self, actor: Actor, hero: Actor) -> None:
        actor.facing = "down"
        self._stop(actor, "eyes_down", 4.0)

    def _do_not_look_up(self, actor: Actor, hero: Actor) -> None:
        actor.facing = "down"
        self._stop(actor, "head_bowed", 5.0)

    def _do_nod(self, actor: Actor, hero: Actor) -> None:
        actor.face_towards(hero.tile)
        self._stop(actor, "nod", 1.2)

    def _do_bow(self, actor: Actor, hero: Actor) -> None:
        actor.face_towards(hero.tile)
        self._stop(actor, "bow", 1.6)

    def _do_show_trick(self, actor: Actor, hero: Actor) -> None:
        actor.face_towards(hero.tile)
        self._stop(actor, "trick", 3.5)

    def _do_point_way(self, actor: Actor, hero: Actor) -> None:
        exits = [t for e in self.world.map.exits for t in e.tiles]
        pose = "point_up"
        if exits:
            target = min(exits, key=lambda t: _distance(t, actor.tile))
            dx, dy = target[0] - actor.tile[0], target[1] - actor.tile[1]
            if abs(dx) > abs(dy):
                pose = "point_left" if dx < 0 else "point_right"
        self._stop(actor, pose, 2.5)

    def _do_fidget(self, actor: Actor, hero: Actor) -> None:
        actor.shake = 0.6
        actor.facing = self.rng.choice(("left", "right"))
        self._stop(actor, "fidget", 2.0)

    def _do_offer(self, actor: Actor, hero: Actor) -> None:
        actor.face_towards(hero.tile)
        self._stop(actor, "offer", 2.0)

    def _do_come_closer(self, actor: Actor, hero: Actor) -> None:
        self.walk(actor, pathing.free_tiles_near(self.world, hero.tile, 1))

    # --- walking --------------------------------------------------------------------

    def walk(self, actor: Actor, goals: list[Tile], *, run: bool = False,
             force: bool = False) -> bool:
        """Send ``actor`` along a way round people to the nearest free goal. With
        ``force`` and no way at all, they are put there (a scene must not hang)."""
        goals = [g for g in goals if not self.world.map.is_blocked(*g)]
        free = [g for g in goals if self.world.held.get(g) in (None, actor)]
        path = None
        for goal in free[:4]:  # the goals come in the walker's order of preference
            path = pathing.find_path(self.world, actor.tile, [goal])
            if path is not None:
                break
        if path is None and free:
            path = pathing.find_path(self.world, actor.tile, free)
        if path is None:
            path = pathing.find_path(self.world, actor.tile, goals, through_people=True)
        if path is None:
            if force and free and not actor.moving:
                actor.place(self.world, free[0])
                return True
            return False
        actor.path = path
        actor.travelling = True
        actor.running = run
        actor.hold = 0.0
        actor.pose = None
        return True

    def follow(self, actor: Actor, dt: float) -> None:
        """One beat of an actor on a path: the next step, waiting when someone is in the
        way, and after a while a new way round them."""
        if actor.moving or not actor.path:
            return
        nx, ny = actor.path[0]
        dx, dy = nx - actor.tile[0], ny - actor.tile[1]
        if abs(dx) + abs(dy) != 1:
            actor.path.clear()
            return
        if actor.start_step(self.world, dx, dy):
            actor.path.pop(0)
            actor.blocked = 0.0
            return
        actor.blocked += dt
        if actor.blocked > 0.5:
            actor.blocked = 0.0
            goal = actor.path[-1]
            detour = pathing.find_path(self.world, actor.tile, [goal])
            if detour is not None:
                actor.path = detour
            elif len(actor.path) == 1:
                actor.path.clear()  # the goal itself is taken: stop short

    def arrived(self, actor: Actor) -> None:
        """At the end of a path: the pose it was going to, then back to its life."""
        actor.running = False
        if actor.arrive_facing:
            actor.facing, actor.arrive_facing = actor.arrive_facing, None
        if actor.arrive_pose:
            actor.set_pose(actor.arrive_pose, actor.arrive_seconds)
            actor.arrive_pose = None
            if actor.pose and actor.pose.startswith("hide"):
                actor.facing = "down"

    # --- each frame ------------------------------------------------------------------

    def update(self, dt: float) -> None:
        if self.directions:
            self._direct(dt)
        self._travel(self.hero, dt)
        for npc in self.npcs:  # most stand or walk their route: nothing to do for them
            if npc.path or npc.travelling:
                self._travel(npc, dt)
            if npc.then and npc.pose_left <= 0:
                then, npc.then = npc.then, None
                self.perform(npc, then)
            home = npc.home
            if home is not None and npc.tile != home and npc.behaviour != "walk":
                self._go_home(npc, home)

    def _travel(self, actor: Actor, dt: float) -> None:
        self.follow(actor, dt)
        if actor.travelling and not actor.path and actor.target is None:
            actor.travelling = False
            self.arrived(actor)

    def _go_home(self, npc: Npc, home: Tile) -> None:
        """One who stands at a post (a counter, a door) and made way goes back to it once
        he has gone on."""
        if (npc.path or npc.moving or npc.hold > 0 or npc.talking
                or _distance(self.hero.tile, home) <= HOME_AGAIN
                or not self.world.free(home)):
            return
        if self.walk(npc, [home]):
            npc.arrive_facing = npc.home_facing

    # --- a scene's directions -------------------------------------------------------

    def direct(self, effect: Walk | Turn | Act) -> None:
        self.directions.append(Direction(effect))

    @property
    def busy(self) -> bool:
        """A direction the conversation waits for is under way (or queued)."""
        return any(d.waited_for for d in self.directions)

    def _direct(self, dt: float) -> None:
        while self.directions:
            direction = self.directions[0]
            if not direction.started:
                direction.started = True
                if not self._start(direction):
                    self.directions.pop(0)
                    continue
            actor = direction.actor
            if direction.waited_for and actor is not None and (
                    actor.path or actor.moving or (isinstance(direction.effect, Act)
                                                   and actor.pose_left > 0)):
                return
            self.directions.pop(0)

    def _start(self, direction: Direction) -> bool:
        effect = direction.effect
        actor = self.find(effect.who)
        if actor is None:
            log.info("stage: nobody `%s` here to %s", effect.who, effect.kind)
            return False
        direction.actor = actor
        if isinstance(effect, Turn):
            if effect.to in OPPOSITE:
                actor.facing = effect.to
            else:
                other = self.find(effect.to)
                if other is not None:
                    actor.face_towards(other.tile)
            return False
        if isinstance(effect, Act):
            self.perform(actor, effect.does)
            return True
        goals = self._goals(actor, effect.to)
        if not goals:
            log.warning("stage: no place `%s` on this map to walk to", effect.to)
            return False
        return self.walk(actor, goals, run=effect.run, force=True)

    def _goals(self, actor: Actor, to: str) -> list[Tile]:
        if to in self.spots:
            return [self.spots[to], *pathing.free_tiles_near(self.world, self.spots[to], 2)]
        other = self.find(to)
        if other is None or other is actor:
            return []
        near = pathing.free_tiles_near(self.world, other.tile, 2)
        return sorted(near, key=lambda t: (_distance(t, other.tile), _distance(t, actor.tile)))


# each behaviour of the dialogue model (BEHAVIOURS) and how the troupe acts it out
ACTS: dict[str, Callable[[Troupe, Actor, Actor], None]] = {
    "cry": Troupe._do_cry,
    "cry_and_run": Troupe._do_cry_and_run,
    "hide_behind_parent": Troupe._do_hide_behind_parent,
    "look_away": Troupe._do_look_away,
    "study_window": Troupe._do_study_window,
    "step_aside": Troupe._do_step_aside,
    "cross_street": Troupe._do_cross_street,
    "pull_child_close": Troupe._do_pull_child_close,
    "stare": Troupe._do_stare,
    "still": Troupe._do_still,
    "eyes_on_till": Troupe._do_eyes_on_till,
    "not_look_up": Troupe._do_not_look_up,
    "nod": Troupe._do_nod,
    "bow": Troupe._do_bow,
    "show_trick": Troupe._do_show_trick,
    "point_way": Troupe._do_point_way,
    "fidget": Troupe._do_fidget,
    "offer": Troupe._do_offer,
    "come_closer": Troupe._do_come_closer,
}


def _distance(a: Tile, b: Tile) -> int:
    return abs(a[0] - b[0]) + abs(a[1] - b[1])


def at_post(npc: Npc) -> bool:
    """Whether one who stands (not a walker) is at the place the map gives them: a
    counter, a desk. Lint checked that place blocks nothing (M036), so they keep it."""
    return npc.behaviour != "walk" and npc.home is not None and npc.tile == npc.home


def acts_image_name(sheet: str) -> str:
    return f"sprites/{sheet}_acts.png"
