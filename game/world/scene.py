"""The world scene: walking the city, meeting people, going through doors.

It owns the actors of the current map and turns the player's actions into
steps, interactions and map changes. What people *say* comes from the session's
director (the dialogue engine); this scene only shows it.
"""

from __future__ import annotations

import logging
import math
import random
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pygame

from game.dialogue.effects import Act
from game.scenes.base import Scene
from game.ui import text as ui
from game.ui.prompts import draw_act_prompt
from game.world import crowd, pathing
from game.world.acts import Troupe, act_frame, acts_image_name, at_post
from game.world.directions import SHEET_ROWS
from game.world.entities import TILE, Actor, Npc, Occupancy
from game.world.render import Drawable, MapRenderer

if TYPE_CHECKING:
    from game.dialogue.effects import Turn, Walk
    from game.director import Director
    from game.input import ActionEvent
    from game.scenes.base import SceneContext
    from game.session import Session
    from game.world.mapdata import Exit, Interactable, MapData

log = logging.getLogger(__name__)

NOTICE_RANGE = 3  # tiles: people notice the hero from this near
NOTICE_RANGE_OF = {"child": 4}  # children stare from further off
NOTICE_GAP = (1.4, 3.0)  # seconds between two people noticing him: one at a time
PUSH_TIME = 0.2  # seconds he leans on someone before they make way
GIVE_WAY_RANGE = 2  # tiles: in bandages, walkers this near step off his line
FADE_TIME = 0.22  # seconds each way through a door
BUBBLE_TIME = 3.2
CARD_SECONDS = 4.5  # a new chapter's card, fades included
FRAMES_KEPT = 1024  # act frames and their drawn parts remembered (all sheets, one scale)
LIFT_SPEED = 440  # logical pixels a second a small room slides up from under a conversation


@dataclass(slots=True)
class Bubble:
    actor: Actor
    text: str
    time_left: float
    speaker: str = ""
    image: pygame.Surface | None = None  # drawn once, then only moved and faded
    scale: int = 0
    thought: bool = False  # the hero's own words: his style, and a trail to his head
    shown: bool = True  # placed on screen (the last drawing found it no room: it waits)
    rect: pygame.Rect | None = None  # where it was drawn last (window pixels)


@dataclass(slots=True)
class Transition:
    exit: Exit
    time: float = 0.0
    switched: bool = False


class WorldScene(Scene):
    opaque = True
    pauses_below = True
    fills_window = True

    def __init__(self, ctx: SceneContext, session: Session, director: Director, *,
                 renderers: dict[str, MapRenderer], seed: int = 0) -> None:
        super().__init__(ctx)
        self.session = session
        self.director = director
        self.rng = random.Random(seed)
        # drawn maps outlive one world scene: loading a save or a new game reuses them
        self.renderers = renderers
        self.bubbles: list[Bubble] = []
        self.transition: Transition | None = None
        self.fade_in = 0.0
        self.banner_time = 0.0
        self.npcs: list[Npc] = []
        self.steps_taken = 0
        self.notice_timer = 0
        self.notice_gap = 0.0
        self.push_time = 0.0
        self.give_way_timer = 0.0
        self._banner: tuple | None = None
        self.card_time = 0.0  # a chapter's card over the street, once the talk is over
        self.card_chapter: int | None = None  # the chapter whose card shows
        self.pending_card: int | None = None  # the newest chapter begun, its card not shown
        self._card: tuple | None = None
        self.clock = 0.0  # seconds of world time: lamps sway by it
        self.lift = 0.0  # window pixels a small room is raised by, sliding towards:
        self._lift_to = 0.0  # where it should be (_lift_wanted(), each step)
        self._light_cache: dict[tuple, pygame.Surface] = {}
        self._darkness: pygame.Surface | None = None
        self._veil: pygame.Surface | None = None  # the black of a door's fade (_draw_fade)
        # the last frame: the map it drew, and what was drawn over the map (None: the
        # whole window, as under a fade), for drawing again only what changed
        self._drawn_with: MapRenderer | None = None
        self._drawn_area: pygame.Rect | None = None  # where it drew the map then
        self._over: list[pygame.Rect] | None = None
        self._prompts: dict = {}  # the talk and look prompts, drawn once (ui/prompts.py)
        self._in_view: list[Actor] = []  # who was in view in the frame drawn last
        self._objects_at: tuple[list, dict] = ([], {})  # act_target: a map's things by tile
        # frames of the acts sheets, and the part of each frame with something on it
        self._act_frames: dict[tuple, pygame.Surface] = {}
        self._seen_parts: dict[pygame.Surface, pygame.Rect] = {}
        self.enter_map(self.session.map_id, self.session.spawn, facing=None)

    # --- map changes -------------------------------------------------------------

    @property
    def map(self) -> MapData:
        return self.session.maps[self.session.map_id]

    def enter_map(self, map_id: str, spawn_name: str | None, *, facing: str | None,
                  tile: tuple[int, int] | None = None) -> None:
        session = self.session
        data = session.maps[map_id]
        spawn = data.spawns.get(spawn_name or "") or data.spawns[data.default_spawn]
        left = self.renderers.get(session.map_id)
        if left is not None and session.map_id != map_id:
            left.forget_frame()  # the place he leaves keeps its tiles, not a frame's copy
        session.map_id = map_id
        session.spawn = spawn.name
        self.world = Occupancy(data)
        self.bubbles.clear()
        self.npcs = []
        self.refresh_people()
        player = session.player
        player.path.clear()
        player.pose, player.pose_left, player.hold = None, 0.0, 0.0
        start = tile or spawn.tile
        if start in self.world.held:  # someone stands where he arrives: they make room
            other = self.world.held[start]
            spot = pathing.free_tiles_near(self.world, start, 6)
            if isinstance(other, Npc) and spot:
                other.place(self.world, spot[0])
        player.place(self.world, start, facing or spawn.facing)
        self.troupe = Troupe.for_map(self.world, player, self.npcs, self.rng)
        self.world.clear = self.troupe.clear
        player.sheet = session.hero_sheet()
        if map_id not in self.renderers:
            self.renderers[map_id] = MapRenderer(data.path)
        self.banner_time = 2.5
        session.entered_map(map_id)
        session.player_moved()
        self.ctx.audio.play_music(data.music)

    def refresh_people(self) -> None:
        """Who is here now: each NPC whose `when` holds (all, for most), checked on
        entering the map and after each conversation, so people come and go with the
        story. One whose place is taken (by the hero) comes at the next check."""
        session = self.session
        wanted = {spawn.id: spawn for spawn in self.map.npcs if session.present(spawn)}
        for npc in [npc for npc in self.npcs if npc.id not in wanted]:
            self.world.release(npc.tile, npc)
            if npc.target is not None:
                self.world.release(npc.target, npc)
            self.npcs.remove(npc)
            for bubble in [b for b in self.bubbles if b.actor is npc]:
                self.bubbles.remove(bubble)
        here = {npc.id for npc in self.npcs}
        for spawn in wanted.values():
            if spawn.id not in here and self.world.free(spawn.tile):
                npc = Npc.from_spawn(spawn, session.sprite_for(spawn))
                self.world.claim(npc.tile, npc)
                self.npcs.append(npc)

    # --- input ---------------------------------------------------------------------

    def on_action(self, event: ActionEvent) -> None:
        if not event.pressed or self.transition is not None:
            return
        if event.action == "act":
            self.interact()
        elif event.action == "menu":
            from game.scenes.pause import PauseScene

            self.ctx.push(PauseScene(self.ctx, self.session))
        elif event.action == "notebook":
            from game.scenes.notebook import NotebookScene

            self.ctx.push(NotebookScene(self.ctx, self.session))
        elif event.action == "history":
            from game.scenes.history import HistoryScene

            self.ctx.push(HistoryScene(self.ctx, self.session))
        elif event.action == "map":
            from game.scenes.city_map import CityMapScene

            self.ctx.push(CityMapScene(self.ctx, self.session))
        elif event.action == "debug_face" and self.ctx.debug:
            self.session.toggle_face()
            self.session.player.sheet = self.session.hero_sheet()

    def act_target(self) -> Npc | Interactable | None:
        """What the act key reaches now: the person he faces, else the thing he faces or
        stands on; None while he walks. The talk and look prompts show the same."""
        player = self.session.player
        if player.moving:
            return None
        front = player.facing_tile()
        other = self.world.actor_at(front)
        if isinstance(other, Npc):
            return other
        objects = self.map.objects
        if self._objects_at[0] is not objects:  # the things by the tiles they cover
            self._objects_at = (objects, {tile: thing for thing in reversed(objects)
                                          for tile in thing.tiles})
        things = self._objects_at[1]
        return things.get(front) or things.get(player.tile)

    def interact(self) -> None:
        target = self.act_target()
        if isinstance(target, Npc):
            if target.behaviour != "walk" or not target.moving:
                target.face_towards(self.session.player.tile)
            self.director.greet(self, target)
        elif target is not None:
            self.director.examine(target)

    # --- update -------------------------------------------------------------------

    def update(self, dt: float) -> None:
        for actor in (self.session.player, *self.npcs):  # to draw them between updates
            actor.prev_x, actor.prev_y = actor.x, actor.y
        self.clock += dt
        self._slide_lift(dt)
        self.session.tick(dt)
        if self.fade_in > 0:
            self.fade_in = max(0.0, self.fade_in - dt)
        if self.banner_time > 0:
            self.banner_time -= dt
        if self.card_time > 0:
            self.card_time -= dt
        elif self.pending_card is not None and self.ctx.top is self:  # not under a talk
            self.card_chapter, self.pending_card = self.pending_card, None
            self.card_time = CARD_SECONDS
        if self.transition is not None:
            self._update_transition(dt)
            return
        player = self.session.player
        if player.advance(self.world, dt):
            self.session.player_moved()
            self.steps_taken += 1
            self.ctx.audio.play_sound("step1" if self.steps_taken % 2 else "step2")
            exit_ = self.map.exit_at(*player.tile)
            if exit_ is not None:
                self.start_exit(exit_)
                return
        if not player.moving and not player.path and self.ctx.top is self:
            dx, dy = self.ctx.input.move_vector()
            if (dx or dy) and not player.start_step(self.world, dx, dy):
                # a door in a wall: walking into it still takes the exit
                exit_ = self.map.exit_at(*player.facing_tile())
                if exit_ is not None and not self.map.is_blocked(*player.tile):
                    self.start_exit(exit_)
                    return
                self._push(dt)
            elif not (dx or dy):
                self.push_time = 0.0
        self.troupe.update(dt)
        for npc in self.npcs:
            npc.think(self.world, self.rng, dt)
            npc.advance(self.world, dt)
        self._give_way(dt)
        self._notice(dt)
        self._age_bubbles(dt)

    def update_stage(self, dt: float) -> bool:
        """While a conversation pauses the street, the people it directs (and anyone
        mid-act) still move. True while a move the conversation waits for is under way."""
        self._slide_lift(dt)
        self.troupe.update(dt)
        player = self.session.player
        for actor in (player, *self.npcs):
            if actor.moving or actor.path or actor.pose_left > 0 or actor.emote is not None:
                actor.advance(self.world, dt)
        return self.troupe.busy

    def direct(self, effect: Walk | Turn | Act) -> None:
        """A scene's `walk`, `turn` or `act`, carried out in order (acts.Troupe)."""
        self.troupe.direct(effect)

    def act_line(self, speaker: str, does: str | None, emote: str | None) -> None:
        """A conversation's line with a `does` (or an emote): its speaker acts it."""
        if self.troupe.busy and does:  # the line shows once they are there: so does the act
            self.troupe.direct(Act(speaker, does))
            return
        actor = self.troupe.find(speaker)
        if actor is not None:
            self.troupe.perform(actor, does, emote)

    def _push(self, dt: float) -> None:
        """He walks into someone: after a moment they make way (step aside, or change
        places with him), so nobody can box him in."""
        player = self.session.player
        other = self.world.actor_at(player.facing_tile())
        if not isinstance(other, Npc) or not self._must_make_way(other):
            self.push_time = 0.0
            return
        self.push_time += dt
        if self.push_time >= PUSH_TIME:
            self.push_time = 0.0
            crowd.make_way(self.world, other, player, self.troupe.clear)

    def _must_make_way(self, npc: Npc) -> bool:
        """Walkers always make way. One who stands at a post (the girl at her till) stays
        there, to be talked to, unless they stand where nobody may stop or he has no
        other way to go (then they make way, and go back later)."""
        if npc.behaviour == "walk" or (npc.tile in self.troupe.clear and not at_post(npc)):
            return True
        player = self.session.player
        x, y = player.tile
        return not any(self.world.free((x + dx, y + dy))
                       for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)))

    def _give_way(self, dt: float) -> None:
        """In bandages the pavement empties a little round him: walkers near his way
        step off it (once each time they meet him). With the mask, nobody minds."""
        self.give_way_timer -= dt
        if self.give_way_timer > 0:
            return
        self.give_way_timer = 0.3
        player = self.session.player
        bandaged = self.session.face == "bandages"
        px, py = player.tile
        for npc in self.npcs:
            near = abs(npc.tile[0] - px) + abs(npc.tile[1] - py) <= GIVE_WAY_RANGE
            if not near:
                npc.gave_way = False
                continue
            if not bandaged or npc.gave_way or npc.behaviour != "walk" or npc.talking:
                continue
            npc.gave_way = True
            if self.rng.random() < 0.6 and crowd.step_aside(self.world, npc, player,
                                                            self.troupe.clear):
                npc.path.clear()
                npc.hold = max(npc.hold, 0.6)

    def _age_bubbles(self, dt: float) -> None:
        for bubble in self.bubbles:
            if bubble.shown:  # a bubble waiting for room keeps its time
                bubble.time_left -= dt
        for bubble in [b for b in self.bubbles if b.time_left <= 0]:
            self.bubbles.remove(bubble)
            if isinstance(bubble.actor, Npc):
                bubble.actor.talking = False

    def _notice(self, dt: float) -> None:
        """People notice him as he passes: one at a time, the nearest first, with a
        natural pause between two (not the whole street at once)."""
        self.notice_gap -= dt
        self.notice_timer -= 1
        if self.notice_timer > 0:
            return
        self.notice_timer = 6  # ten times a second is quick enough for a glance
        px, py = self.session.player.tile
        waiting = []
        for npc in self.npcs:
            distance = abs(npc.tile[0] - px) + abs(npc.tile[1] - py)
            reach = NOTICE_RANGE_OF.get(npc.role, NOTICE_RANGE)
            if distance <= reach and not npc.noticed:
                waiting.append((distance, npc))
            elif distance > reach + 2:
                npc.noticed = False
        if waiting and self.notice_gap <= 0:
            _, npc = min(waiting, key=lambda pair: pair[0])
            npc.noticed = True
            self.notice_gap = self.rng.uniform(*NOTICE_GAP)
            self.director.notice(self, npc)

    def start_exit(self, exit_: Exit) -> None:
        if exit_.target_map not in self.session.maps:
            self.ctx.report_problem(f"the way to '{exit_.target_map}' leads nowhere "
                                    f"(map not loaded)")
            return
        self.transition = Transition(exit_)
        if exit_.sound != "none":
            self.ctx.audio.play_sound("door" if exit_.kind == "door" else "step1")

    def _update_transition(self, dt: float) -> None:
        transition = self.transition
        assert transition is not None
        transition.time += dt
        if not transition.switched and transition.time >= FADE_TIME:
            transition.switched = True
            target = transition.exit
            self.enter_map(target.target_map, target.target_spawn, facing=None)
            self.fade_in = FADE_TIME
            self.transition = None

    # --- people react -----------------------------------------------------------

    def say(self, actor: Actor, text: str, speaker: str = "", seconds: float = BUBBLE_TIME) -> None:
        """A bark: a bubble over a head that does not stop anyone walking. Bubbles are
        shown one beside another where there is room, else they wait their turn."""
        self.bubbles = [b for b in self.bubbles if b.actor is not actor]
        thought = actor is self.session.player
        self.bubbles.append(Bubble(actor, text, seconds + len(text) * 0.03, speaker,
                                   thought=thought))
        if isinstance(actor, Npc):
            actor.talking = True

    def chapter_begun(self, chapter: int) -> None:
        """A chapter began: its card shows over the street once the world is on top again."""
        self.pending_card = chapter  # a newer chapter begun meanwhile replaces a waiting one

    def clear_bubbles(self) -> None:
        for bubble in self.bubbles:
            if isinstance(bubble.actor, Npc):
                bubble.actor.talking = False
        self.bubbles.clear()

    def play_emote(self, npc: Npc, emote: str | None, does: str | None = None) -> None:
        """What a person does with a line: the behaviour (`does`) acted out on the map,
        with its emote; an emote alone that names an act (cry, look_away, step_aside)
        is acted too, as it always was."""
        if not does and emote in ("cry", "look_away", "step_aside"):
            does = emote
        self.troupe.perform(npc, does, emote)

    # --- drawing --------------------------------------------------------------------

    def still_for(self) -> float:
        """The street moves while it is updated; paused under a menu or a line, it stands
        (game/loop.py draws no frame for it then), unless a small room is sliding."""
        if self.ctx.stack.is_updating(self) or self.lift != self._lift_to:
            return 0.0
        return math.inf

    def _lift_wanted(self) -> float:
        """How far a small room should be raised: into the space above what the scenes
        over it cover at the bottom (a conversation's box), centred there when it fits,
        else as high as the window goes (render.py clamps it). 0 with nothing over it,
        and for a map as large as the window."""
        renderer = self.renderers.get(self.session.map_id)
        viewport = self.ctx.display.viewport
        if renderer is None or renderer.scale == 0 or renderer.covers(viewport):
            return 0.0  # the streets, most of the time: nothing to raise
        drawing = self.ctx.stack.drawing()
        if self not in drawing:
            return 0.0
        covered = max((scene.covers_bottom() for scene in
                       drawing[drawing.index(self) + 1:]), default=0)
        if covered <= 0:
            return 0.0
        height = renderer.area(viewport).height
        centred = viewport.centery - height // 2  # where it stands unraised
        free = viewport.height - covered
        return float(max(0, centred - (viewport.top + max(0, (free - height) // 2))))

    def _slide_lift(self, dt: float) -> None:
        """The room eases to where it should be (a fifth of a second for a box's height)."""
        self._lift_to = wanted = self._lift_wanted()
        step = LIFT_SPEED * self.ctx.display.scale * dt
        self.lift = min(wanted, self.lift + step) if wanted > self.lift else max(
            wanted, self.lift - step)

    def draw(self, surface: pygame.Surface) -> None:
        # between two fixed updates: people and the camera where they are `alpha` of the
        # way from the last update to this one, so motion is even at any refresh rate
        alpha = self.ctx.alpha if self.ctx.stack.is_updating(self) else 1.0
        with _between_updates([self.session.player, *self.npcs], alpha):
            self._draw(surface)

    def _draw(self, surface: pygame.Surface) -> None:
        display = self.ctx.display
        renderer = self.renderers[self.session.map_id]
        # the map's own scale: a small room is drawn larger than the street (render.py)
        renderer.prepare(renderer.scale_for(display.scale, display.viewport),
                         display.viewport)
        renderer.lift = round(self.lift)
        player = self.session.player
        renderer.look_at((player.x + TILE / 2, player.y + TILE / 2), display.viewport)
        area = renderer.area(display.viewport)
        # the window still shows the last frame this map drew, and what was drawn over it
        # is known: the map may draw again only what changed (render.py)
        kept = (self.ctx.repaint.kept is self and surface is display.surface
                and self._drawn_with is renderer and self._over is not None
                and area == self._drawn_area)  # a small room sliding: black round it
        # put back what this scene drew over the map, and what the scenes over it drew (a
        # conversation's box): they draw themselves again on top
        also = [*(self._over or ()), *self.ctx.repaint.above] if kept else []
        # round a small room: what was drawn over the black goes back to black (the map
        # under it, to its ground)
        black = [rect for rect in also if not area.contains(rect)]
        if not kept and not renderer.covers(surface.get_rect()):
            surface.fill((0, 0, 0))
        for rect in black:
            surface.fill((0, 0, 0), rect)
        actors = [player, *self.npcs]
        drawables = self._drawables(renderer, actors)
        with _clip(surface, area):
            changed = renderer.draw(surface, display.viewport, drawables, kept=kept,
                                    also=also)
            lit = self._draw_lighting(surface, renderer)
            over = self._draw_emotes(surface, renderer, self._in_view)
            if self.ctx.top is self and self.transition is None:
                prompt = draw_act_prompt(self.ctx, surface, renderer, self.act_target(),
                                         self._prompts)
                if prompt is not None:
                    over.append(prompt)
            # a reply said covers the prompt
            over += self._draw_bubbles(surface, renderer, self._in_view)
        for shown in (self._draw_banner(surface), self._draw_card(surface)):
            if shown is not None:
                over.append(shown)
        # a darkened map, a fade: the next frame is drawn whole
        whole = self._draw_fade(surface) or lit
        self._over = None if whole else over
        self._drawn_with = renderer if surface is display.surface else None
        self._drawn_area = area
        if changed is not None:
            self.ctx.repaint.only(changed + over + black)

    def _drawables(self, renderer: MapRenderer, actors: list[Actor]) -> list[Drawable]:
        """Each person in view: the frame to draw, where, and how near the viewer."""
        scale = renderer.scale
        view = self.ctx.display.viewport.inflate(TILE * scale * 2, TILE * scale * 4)
        left, top, right, bottom = view.left, view.top, view.right, view.bottom
        ox, oy = renderer.world_to_window(0, -TILE)  # where the map's corner is, a head up
        drawables = []
        self._in_view = in_view = []
        for actor in actors:
            wx, wy = round(actor.x * scale) + ox, round(actor.y * scale) + oy
            if not (left <= wx < right and top <= wy < bottom):
                continue  # off screen: nothing to draw
            in_view.append(actor)
            image = self._actor_image(actor, scale)
            if actor.shake > 0:
                wx += round(((int(actor.shake * 30) % 2) * 2 - 1) * scale * 0.5)
            # only the part of the frame with something on it: less to blend, less to
            # draw again when they move
            seen = self._seen_parts.get(image)
            if seen is None:
                if len(self._seen_parts) >= FRAMES_KEPT:
                    self._seen_parts.clear()
                seen = self._seen_parts[image] = image.get_bounding_rect()
            drawables.append(Drawable(image, seen.move(wx, wy), actor.y + TILE, id(actor),
                                      seen))
        return drawables

    def _actor_image(self, actor: Actor, scale: int) -> pygame.Surface:
        """The frame to draw: an act from the person's acts sheet while they act (when
        the sheet has one), else the walking sheet."""
        assets = self.ctx.assets
        frame = act_frame(actor)
        if frame is not None:
            name = acts_image_name(actor.sheet)
            if assets.exists(name):
                row, column = frame
                sheet = assets.image(name, scale)
                size = (TILE * scale, TILE * 2 * scale)
                area = pygame.Rect(column * size[0], row * size[1], *size)
                if sheet.get_rect().contains(area):
                    key = (sheet, row, column)  # the sheet itself: a reload makes a new one
                    image = self._act_frames.get(key)
                    if image is None:
                        if len(self._act_frames) >= FRAMES_KEPT:
                            self._act_frames.clear()
                        image = self._act_frames[key] = sheet.subsurface(area)
                    return image
        return assets.frames(actor.sheet, scale)[SHEET_ROWS[actor.facing]][actor.frame_column()]

    def _draw_lighting(self, surface: pygame.Surface, renderer: MapRenderer) -> bool:
        """Darkness over a dim place, with pools of lamplight cut out of it; True when
        there was any.

        A lamp may sway: in the cinema lobby one rises and sinks in front of the
        Noh masks, and the carved faces seem to change as the shadows move.
        """
        data = self.map
        if data.ambient <= 0:
            return False
        display = self.ctx.display
        area = renderer.area(display.viewport)
        if self._darkness is None or self._darkness.get_size() != area.size:
            self._darkness = pygame.Surface(area.size, pygame.SRCALPHA)
        darkness = self._darkness
        darkness.fill((12, 10, 24, data.ambient))
        glows = []
        for light in data.lights:
            phase = math.tau * self.clock / light.period
            x = (light.x + math.sin(phase) * light.sweep_x) * TILE
            y = (light.y + math.sin(phase) * light.sweep_y) * TILE
            cx, cy = renderer.world_to_window(x, y)
            radius = round(light.radius * TILE * renderer.scale)
            hole = self._light_image("hole", radius, light.strength, data.ambient, (0, 0, 0))
            darkness.blit(hole, (cx - radius - area.x, cy - radius - area.y),
                          special_flags=pygame.BLEND_RGBA_SUB)
            glow = self._light_image("glow", radius, light.strength, 0, light.colour)
            glows.append((glow, (cx - radius, cy - radius)))
        surface.blit(darkness, area.topleft)
        for glow, pos in glows:
            surface.blit(glow, pos, special_flags=pygame.BLEND_RGB_ADD)
        return True

    def _light_image(self, kind: str, radius: int, strength: float, ambient: int,
                     colour: tuple[int, int, int]) -> pygame.Surface:
        """A round gradient, strongest at the centre: drawn once per size and kept."""
        key = (kind, radius, strength, ambient, colour)
        image = self._light_cache.get(key)
        if image is not None:
            return image
        size = radius * 2 + 1
        image = pygame.Surface((size, size), pygame.SRCALPHA)
        rings = 24
        for ring in range(rings, 0, -1):  # outside in: each ring overwrites the middle
            fraction = ring / rings
            falloff = (1.0 - fraction) ** 0.8
            if kind == "hole":
                paint = (0, 0, 0, round(ambient * strength * min(1.0, falloff * 1.4)))
            else:
                lift = 0.22 * strength * falloff  # a warm tint, not a white disc
                paint = (*(round(c * lift) for c in colour), 255)
            pygame.draw.circle(image, paint, (radius, radius), max(1, round(radius * fraction)))
        self._light_cache[key] = image
        return image

    def _draw_emotes(self, surface: pygame.Surface, renderer: MapRenderer,
                     actors: list[Actor]) -> list[pygame.Rect]:
        """The emotes over heads; returns where they were drawn."""
        scale = renderer.scale  # over a head: drawn at the map's scale, like the head
        drawn = []
        for actor in actors:
            if actor.emote is None:
                continue
            icon = self.ctx.assets.image(f"emotes/{actor.emote.name}.png", scale)
            wx, wy = renderer.world_to_window(actor.x, actor.y - TILE * 2 + 2)
            bob = round(abs(((actor.emote.time_left * 3) % 2) - 1) * scale * 2)
            drawn.append(surface.blit(icon, (wx, wy - bob)))
        return drawn

    def _draw_bubbles(self, surface: pygame.Surface, renderer: MapRenderer,
                      in_view: list[Actor] | None = None) -> list[pygame.Rect]:
        """Speech bubbles: one voice at a time, never over another bubble or a face.

        Each bubble, oldest first, takes the first place that is free of the bubbles
        already placed and of every face on screen: over the speaker's head, then
        beside it, then higher with a tail down to the speaker. A bubble that finds no
        room waits (its time does not run) until one goes. The hero's thoughts are
        drawn in his own style, dark paper, joined to his head by a trail of dots.
        Returns where they were drawn.
        """
        if not self.bubbles:
            return []  # most frames: nobody speaks, no faces to measure
        display = self.ctx.display
        gap = display.px(2)
        faces = self._face_rects(renderer, in_view)
        placed: list[pygame.Rect] = []
        shown: list[tuple[Bubble, pygame.Rect, tuple[int, int]]] = []
        for bubble in self.bubbles:
            if bubble.image is None or bubble.scale != display.scale:
                bubble.image = self._bubble_image(bubble.text, thought=bubble.thought)
                bubble.scale = display.scale
            actor = bubble.actor
            # over the head, and over the emote when there is one (it stays readable)
            lift = TILE + 2 if actor.emote is not None else 0
            head = renderer.world_to_window(actor.x + TILE / 2, actor.y - TILE - 4 - lift)
            rect = self._bubble_place(bubble.image.get_rect(), head, placed, faces, gap,
                                      renderer.scale)
            bubble.shown, bubble.rect = rect is not None, rect
            if rect is None:
                continue
            placed.append(rect)
            shown.append((bubble, rect, head))
        drawn = []
        for bubble, rect, head in shown:  # tails first: a tail runs behind the bubbles
            drawn += self._draw_tail(surface, bubble, rect, head)
        for bubble, rect, _ in shown:
            image = bubble.image
            assert image is not None  # made above, before it was placed
            image.set_alpha(round(255 * min(1.0, bubble.time_left / 0.4)))
            drawn.append(surface.blit(image, rect))
        return drawn

    def _face_rects(self, renderer: MapRenderer,
                    actors: list[Actor] | None = None) -> list[pygame.Rect]:
        """Where faces are on screen (the top half of each person's frame), and the
        emotes over heads: of `actors` (those in view), or of everybody."""
        scale = renderer.scale
        rects = []
        for actor in actors if actors is not None else (self.session.player, *self.npcs):
            x, y = renderer.world_to_window(actor.x, actor.y - TILE)
            rects.append(pygame.Rect(x + scale * 3, y + scale * 4, scale * 10, scale * 14))
            if actor.emote is not None:  # the emote over a head is read like a face
                rects.append(pygame.Rect(x, y - scale * 16, scale * 16, scale * 18))
        return rects

    def _bubble_place(self, box: pygame.Rect, head: tuple[int, int],
                      placed: list[pygame.Rect], faces: list[pygame.Rect],
                      gap: int, scale: int) -> pygame.Rect | None:
        """Where a bubble goes, `head` being the speaker's (window pixels; people are
        drawn at `scale`, the map's)."""
        viewport = self.ctx.display.viewport
        hx, hy = head
        side = scale * (TILE // 2 + 2)  # half a person's width, and a little
        candidates = []
        for lift in range(4):
            bottom = hy - lift * (box.height + gap)
            candidates += [(hx - box.width // 2, bottom), (hx - box.width + gap * 4, bottom),
                           (hx - gap * 4, bottom)]
        # beside the head, then under the feet (near the top of the view, say)
        middle = hy + scale * 12 + box.height // 2
        candidates += [(hx + side, middle), (hx - side - box.width, middle),
                       (hx - box.width // 2, hy + scale * (TILE * 2 + 8) + box.height)]
        for left, bottom in candidates:
            rect = box.copy()
            rect.left, rect.bottom = left, bottom
            rect.clamp_ip(viewport)
            spaced = rect.inflate(gap * 2, gap * 2)
            if spaced.collidelist(placed) < 0 and spaced.collidelist(faces) < 0:
                return rect
        return None

    def _draw_tail(self, surface: pygame.Surface, bubble: Bubble, rect: pygame.Rect,
                   head: tuple[int, int]) -> list[pygame.Rect]:
        display = self.ctx.display
        hx, hy = head
        x = max(rect.left + display.px(3), min(rect.right - display.px(3), hx))
        drawn = []
        if bubble.thought:  # a thought: small rings from his head up to the bubble
            for step, radius in ((0.35, 2), (0.7, 1.5)):
                cx = round(x + (hx - x) * (1 - step))
                cy = round(rect.bottom + (hy - rect.bottom) * (1 - step))
                drawn.append(pygame.draw.circle(surface, ui.INK, (cx, cy),
                                                display.px(radius) + 1))
                pygame.draw.circle(surface, ui.ACCENT, (cx, cy), display.px(radius) + 1,
                                   max(1, display.scale // 2))
        elif rect.bottom < hy - display.px(1):
            drawn.append(pygame.draw.line(surface, ui.INK, (x, rect.bottom), (hx, hy),
                                          max(1, display.scale // 2)))
        return drawn

    def _bubble_image(self, text: str, *, thought: bool = False) -> pygame.Surface:
        display = self.ctx.display
        font = self.ctx.fonts.get(8)
        pad = display.px(4)
        lines = ui.wrap(font, text, display.px(150))
        width = max(font.size(line)[0] for line in lines) + pad * 2
        height = len(lines) * font.get_linesize() + pad * 2
        box = pygame.Surface((width, height), pygame.SRCALPHA)
        paper, ink, rim = ((*ui.INK, 235), ui.PAPER, ui.ACCENT) if thought else (
            (*ui.PAPER, 235), ui.INK, ui.INK)
        radius = display.px(6) if thought else display.px(3)
        pygame.draw.rect(box, paper, box.get_rect(), border_radius=radius)
        pygame.draw.rect(box, rim, box.get_rect(), width=max(1, display.scale // 2),
                         border_radius=radius)
        for index, line in enumerate(lines):
            box.blit(font.render(line, True, ink), (pad, pad + index * font.get_linesize()))
        return box

    def _draw_banner(self, surface: pygame.Surface) -> pygame.Rect | None:
        """The place's name, shown for a moment on arrival; where it was drawn."""
        if self.banner_time <= 0:
            return None
        display = self.ctx.display
        name = self.session.place_name()
        key = (name, display.scale, display.viewport.topleft)
        if self._banner is None or self._banner[0] != key:
            font = self.ctx.fonts.get(12)
            image = font.render(name, True, ui.PAPER)
            rect = image.get_rect(midtop=(display.viewport.centerx,
                                          display.viewport.y + display.px(12)))
            plate = rect.inflate(display.px(16), display.px(6))
            banner = pygame.Surface(plate.size, pygame.SRCALPHA)
            banner.fill((*ui.INK, 160))
            banner.blit(image, image.get_rect(center=banner.get_rect().center))
            self._banner = (key, banner, plate)
        _, banner, plate = self._banner
        banner.set_alpha(round(255 * min(1.0, self.banner_time / 0.6)))
        return surface.blit(banner, plate)

    def _draw_card(self, surface: pygame.Surface) -> pygame.Rect | None:
        """A new chapter's card: its name and what he means to do, fading in and out;
        where it was drawn."""
        chapter = self.card_chapter
        if self.card_time <= 0 or chapter is None:
            return None
        display = self.ctx.display
        if self._card is None or self._card[0] != (chapter, display.scale):
            # a mod's chapter with no card text of its own gets "Chapter N"
            title = (self.ctx.text.lookup(f"ui.chapter.title{chapter}")
                     or self.ctx.text("ui.chapter.title", chapter=chapter))
            aim = self.ctx.text.lookup(f"aim.chapter{chapter}") or ""
            big, small = self.ctx.fonts.get(16), self.ctx.fonts.get(10)
            width = display.px(360)
            lines = [(big, ui.ACCENT, line) for line in ui.wrap(big, title, width)]
            lines += [(small, ui.PAPER, line) for line in ui.wrap(small, aim, width)] if aim else []
            pad = display.px(12)
            height = sum(font.get_linesize() for font, _, _ in lines) + pad * 2
            card = pygame.Surface((width + pad * 2, height), pygame.SRCALPHA)
            card.fill((*ui.INK, 200))
            y = pad
            for font, colour, line in lines:
                image = font.render(line, True, colour)
                card.blit(image, image.get_rect(midtop=(card.get_width() // 2, y)))
                y += font.get_linesize()
            self._card = ((chapter, display.scale), card)
        _, card = self._card
        shown = CARD_SECONDS - self.card_time
        card.set_alpha(round(255 * max(0.0, min(1.0, shown / 0.8, self.card_time / 0.8))))
        return surface.blit(card, card.get_rect(center=(display.viewport.centerx,
                                                        display.viewport.y + display.px(110))))

    def _draw_fade(self, surface: pygame.Surface) -> bool:
        """Black over the window while he goes through a door; True while there is."""
        level = 0.0
        if self.transition is not None:
            level = min(1.0, self.transition.time / FADE_TIME)
        elif self.fade_in > 0:
            level = self.fade_in / FADE_TIME
        if level <= 0:
            return False
        if self._veil is None or self._veil.get_size() != surface.get_size():
            self._veil = pygame.Surface(surface.get_size())  # black, made once a size
        self._veil.set_alpha(round(255 * level))
        surface.blit(self._veil, (0, 0))
        return True


class _between_updates:
    """Within a with-block, actors stand `alpha` of the way from their previous position
    to their current one (everything drawn, camera, bubbles, emotes, reads x and y);
    after it, where the updates left them."""

    def __init__(self, actors: list, alpha: float) -> None:
        self.actors = actors if alpha < 1.0 else []
        self.alpha = alpha
        self.kept: list[tuple[float, float]] = []

    def __enter__(self) -> None:
        a = self.alpha
        # those who stand are where they were: only those who moved are set between
        self.actors = [actor for actor in self.actors
                       if actor.x != actor.prev_x or actor.y != actor.prev_y]
        for actor in self.actors:
            self.kept.append((actor.x, actor.y))
            actor.x = actor.prev_x + (actor.x - actor.prev_x) * a
            actor.y = actor.prev_y + (actor.y - actor.prev_y) * a

    def __exit__(self, *exc: object) -> None:
        for actor, (x, y) in zip(self.actors, self.kept, strict=True):
            actor.x, actor.y = x, y


class _clip:
    """Clip drawing to a rectangle for the duration of a with-block."""

    def __init__(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        self.surface, self.rect = surface, rect

    def __enter__(self) -> None:
        self.previous = self.surface.get_clip()
        self.surface.set_clip(self.rect)

    def __exit__(self, *exc: object) -> None:
        self.surface.set_clip(self.previous)
