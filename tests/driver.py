"""A player for tests: walks, talks and chooses through the real game, by actions only.

It plans each step on the live map (people move, so the path is planned again
at every tile) and presses the same actions a keyboard would. No private state
is changed; it only reads where things are.
"""

from __future__ import annotations

from collections.abc import Callable

from pathing import shortest_path

from game.app import App
from game.dialogue import ChoiceEvent
from game.loop import STEP
from game.scenes.dialogue import DialogueScene
from game.world.scene import WorldScene

STEPS = {(1, 0): "move_right", (-1, 0): "move_left", (0, 1): "move_down", (0, -1): "move_up"}


class Stuck(AssertionError):
    pass


class Driver:
    def __init__(self, app: App) -> None:
        self.app = app
        self.frame = 0

    # --- time and keys -----------------------------------------------------------------

    def run(self, frames: int) -> None:
        for _ in range(frames):
            self.app.step(STEP)
            self.frame += 1
            if self.frame % 8 == 0:  # draw now and then: drawing must keep working too
                self.app.draw()

    def press(self, action: str) -> None:
        event = self.app.input.inject(action, True)
        if event is not None:
            self.app.dispatch(event)
        self.run(1)
        event = self.app.input.inject(action, False)
        if event is not None:
            self.app.dispatch(event)
        self.run(1)

    def wait_for_choice(self, box: DialogueScene, limit: int = 600) -> None:
        """Run frames until the choice on screen takes the act key (it waits for the key
        to be let go and a quiet moment, so a key meant for a line never chooses)."""
        for _ in range(limit):
            if box.choice_ready:
                return
            self.run(1)
        raise Stuck("the choice never took the act key")

    # --- where things are ----------------------------------------------------------------

    @property
    def world(self) -> WorldScene:
        world = self.app.scenes.find(WorldScene)
        assert world is not None, "not in the world"
        return world

    @property
    def tile(self) -> tuple[int, int]:
        return self.app.session.player.tile

    @property
    def map_id(self) -> str:
        return self.app.session.map_id

    def in_dialogue(self) -> DialogueScene | None:
        top = self.app.scenes.top
        return top if isinstance(top, DialogueScene) else None

    # --- walking -----------------------------------------------------------------------------

    def _path(self, goals: set[tuple[int, int]]) -> list[tuple[int, int]] | None:
        world = self.world

        def passable(tile: tuple[int, int]) -> bool:
            if tile in goals:  # a door tile in a wall is still a goal
                return not world.map.is_blocked(*tile) or world.map.exit_at(*tile) is not None
            return world.world.free(tile)

        return shortest_path(self.tile, goals, passable)

    def walk_to(self, goals: set[tuple[int, int]], *, patience: int = 60) -> None:
        """Walk until standing on one of the goals (or carried off the map by an exit)."""
        start_map = self.map_id
        waited = 0
        # a player lets go of the keys between errands; a direction left counted as held
        # (pressed during a step a conversation interrupted) would override the next ones
        self.app.input.release_all()
        while self.tile not in goals and self.map_id == start_map:
            path = self._path(goals)
            if path is None or len(path) < 2:
                waited += 1
                if waited > patience:
                    raise Stuck(f"no way from {self.tile} to {sorted(goals)} on {self.map_id}")
                self.run(10)  # someone is in the way: wait for them to move on
                continue
            step = (path[1][0] - path[0][0], path[1][1] - path[0][1])
            # one step: hold the key until the step begins, let go at once (held at the
            # step's end, it would carry him on a tile further), then let the step end
            player = self.app.session.player
            self.app.dispatch(self.app.input.inject(STEPS[step], True))
            for _ in range(40):
                self.run(1)
                if player.moving or self.map_id != start_map:
                    break
            else:  # someone stepped into the way: count it as waiting for them
                waited += 1
                if waited > patience:
                    raise Stuck(f"no step from {self.tile} towards {sorted(goals)} on "
                                f"{self.map_id}: the way stays taken")
            self.app.input.inject(STEPS[step], False)
            for _ in range(40):
                if not player.moving or self.map_id != start_map:
                    break
                self.run(1)
            self.run(1)
            if self.app.scenes.top is not self.world:
                self.finish_dialogue()  # a reaction started a conversation: let it play
        self.run(30)  # doors fade

    def walk_next_to(self, target: tuple[int, int] | set[tuple[int, int]]) -> None:
        """Stand beside the target tile(s) and face them."""
        targets = {target} if isinstance(target, tuple) else set(target)
        world = self.world
        goals = {(x + dx, y + dy) for x, y in targets for dx, dy in STEPS
                 if (x + dx, y + dy) not in targets and not world.map.is_blocked(x + dx, y + dy)}
        self.walk_to(goals)
        for dx, dy in STEPS:
            if (self.tile[0] + dx, self.tile[1] + dy) in targets:
                self.press(STEPS[(dx, dy)])  # facing it; the tile is taken, so no step
                return
        raise Stuck(f"ended at {self.tile}, not beside {sorted(targets)}")

    def go_through_exit(self, target_map: str) -> None:
        exits = [e for e in self.world.map.exits if e.target_map == target_map]
        assert exits, f"no way to {target_map} from {self.map_id}"
        self.walk_to(set().union(*(e.tiles for e in exits)))
        assert self.map_id == target_map, f"still on {self.map_id}"

    # --- talking --------------------------------------------------------------------------------

    def talk_to(self, person_id: str) -> None:
        """Walk up to the person (following them if they walk on) and act."""
        npc = next(n for n in self.world.npcs if n.id == person_id)
        for attempt in range(8):
            try:
                self.walk_next_to(npc.tile)
            except Stuck:
                if attempt == 7:
                    raise
                self.run(20)  # they walked on, or someone was in the way: try again
                continue
            if self.app.session.player.facing_tile() == npc.tile:
                break
        self.press("act")
        self.run(4)

    def examine(self, object_id: str) -> None:
        thing = next(o for o in self.world.map.objects if o.id == object_id)
        self.walk_next_to(set(thing.tiles))
        self.press("act")
        self.run(4)

    def finish_dialogue(self, choose: Callable[[list[str]], str] | list[str] | None = None,
                        limit: int = 400) -> list[str]:
        """Act through the open conversation; `choose` picks options by id."""
        wanted = list(choose) if isinstance(choose, list) else []
        said: list[str] = []
        for _ in range(limit):
            box = self.in_dialogue()
            if box is None:
                return said
            event = box.event
            if isinstance(event, ChoiceEvent):
                ids = [o.id for o in event.options if o.enabled]
                if callable(choose):
                    pick = choose(ids)
                elif wanted and wanted[0] in ids:
                    pick = wanted.pop(0)
                else:
                    pick = ids[0]
                target = next(o.index for o in event.options if o.id == pick)
                while box.selected != target:
                    self.press("move_down")
                self.wait_for_choice(box)
                self.press("act")
            else:
                said.append(event.text)
                self.press("act")  # show it all
                self.press("act")  # and go on
        raise Stuck("the conversation did not end")
