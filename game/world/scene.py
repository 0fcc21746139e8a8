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

from game.scenes.base import Scene
from game.ui import text as ui
from game.world.directions import OPPOSITE, SHEET_ROWS
from game.world.entities import TILE, Actor, Npc, Occupancy
from game.world.render import Drawable, MapRenderer

if TYPE_CHECKING:
    from game.director import Director
    from game.input import ActionEvent
    from game.scenes.base import SceneContext
    from game.session import Session
    from game.world.mapdata import Exit, MapData

log = logging.getLogger(__name__)

NOTICE_RANGE = 3  # tiles: people notice the hero from this near
FADE_TIME = 0.22  # seconds each way through a door
BUBBLE_TIME = 3.2
CARD_SECONDS = 4.5  # a new chapter's card, fades included


@dataclass(slots=True)
class Bubble:
    actor: Actor
    text: str
    time_left: float
    speaker: str = ""
    image: pygame.Surface | None = None  # drawn once, then only moved and faded
    scale: int = 0


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
        self._banner: tuple | None = None
        self.card_time = 0.0  # a chapter's card over the street, once the talk is over
        self.card_chapter: int | None = None  # the chapter whose card shows
        self.pending_card: int | None = None  # the newest chapter begun, its card not shown
        self._card: tuple | None = None
        self.clock = 0.0  # seconds of world time: lamps sway by it
        self._light_cache: dict[tuple, pygame.Surface] = {}
        self._darkness: pygame.Surface | None = None
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
        session.map_id = map_id
        session.spawn = spawn.name
        self.world = Occupancy(data)
        self.bubbles.clear()
        self.npcs = []
        self.refresh_people()
        player = session.player
        player.place(self.world, tile or spawn.tile, facing or spawn.facing)
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
        elif event.action == "debug_face" and self.ctx.debug:
            self.session.toggle_face()
            self.session.player.sheet = self.session.hero_sheet()

    def interact(self) -> None:
        player = self.session.player
        if player.moving:
            return
        front = player.facing_tile()
        other = self.world.actor_at(front)
        if isinstance(other, Npc):
            if other.behaviour != "walk" or not other.moving:
                other.face_towards(player.tile)
            self.director.greet(self, other)
            return
        thing = self.map.object_at(*front) or self.map.object_at(*player.tile)
        if thing is not None:
            self.director.examine(thing)

    # --- update -------------------------------------------------------------------

    def update(self, dt: float) -> None:
        self.clock += dt
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
        if not player.moving and self.ctx.top is self:
            dx, dy = self.ctx.input.move_vector()
            if (dx or dy) and not player.start_step(self.world, dx, dy):
                # a door in a wall: walking into it still takes the exit
                exit_ = self.map.exit_at(*player.facing_tile())
                if exit_ is not None and not self.map.is_blocked(*player.tile):
                    self.start_exit(exit_)
                    return
        for npc in self.npcs:
            npc.think(self.world, self.rng, dt)
            npc.advance(self.world, dt)
        self._notice()
        self._age_bubbles(dt)

    def _age_bubbles(self, dt: float) -> None:
        for bubble in self.bubbles:
            bubble.time_left -= dt
        for bubble in [b for b in self.bubbles if b.time_left <= 0]:
            self.bubbles.remove(bubble)
            if isinstance(bubble.actor, Npc):
                bubble.actor.talking = False

    def _notice(self) -> None:
        self.notice_timer -= 1
        if self.notice_timer > 0:
            return
        self.notice_timer = 6  # ten times a second is quick enough for a glance
        px, py = self.session.player.tile
        for npc in self.npcs:
            near = abs(npc.tile[0] - px) + abs(npc.tile[1] - py) <= NOTICE_RANGE
            if near and not npc.noticed:
                npc.noticed = True
                self.director.notice(self, npc)
            elif not near and abs(npc.tile[0] - px) + abs(npc.tile[1] - py) > NOTICE_RANGE + 2:
                npc.noticed = False

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
        """A bark: a bubble over a head that does not stop anyone walking."""
        self.bubbles = [b for b in self.bubbles if b.actor is not actor]
        self.bubbles.append(Bubble(actor, text, seconds + len(text) * 0.03, speaker))
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

    def play_emote(self, npc: Npc, emote: str | None) -> None:
        """Emotes are small acts as well as icons: turn away, step aside, tremble."""
        if not emote or emote == "none":
            return
        npc.show_emote(emote)
        player = self.session.player
        if emote == "cry":
            npc.shake = 1.2
        elif emote == "look_away":
            npc.face_towards(player.tile)
            npc.facing = OPPOSITE[npc.facing]
        elif emote == "step_aside" and not npc.moving:
            dx, dy = npc.tile[0] - player.tile[0], npc.tile[1] - player.tile[1]
            sides = [(dy, dx), (-dy, -dx)] if (dx or dy) else [(1, 0), (-1, 0)]
            for sx, sy in sides:
                sx, sy = max(-1, min(1, sx)), max(-1, min(1, sy))
                if (sx or sy) and npc.start_step(self.world, sx, sy):
                    break

    # --- drawing --------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        display = self.ctx.display
        scale = display.scale
        renderer = self.renderers[self.session.map_id]
        renderer.prepare(scale, display.viewport)
        if not renderer.covers(surface.get_rect()):
            surface.fill((0, 0, 0))
        player = self.session.player
        centre = (player.x + TILE / 2, player.y + TILE / 2)
        assets = self.ctx.assets
        drawables = []
        actors = [player, *self.npcs]
        renderer.look_at(centre, display.viewport)
        view = display.viewport.inflate(TILE * scale * 2, TILE * scale * 4)
        for actor in actors:
            wx, wy = renderer.world_to_window(actor.x, actor.y - TILE)
            if not view.collidepoint(wx, wy):
                continue  # off screen: nothing to draw
            frames = assets.frames(actor.sheet, scale)
            image = frames[SHEET_ROWS[actor.facing]][actor.frame_column()]
            if actor.shake > 0:
                wx += round(((int(actor.shake * 30) % 2) * 2 - 1) * scale * 0.5)
            drawables.append(Drawable(image, pygame.Rect((wx, wy), image.get_size()),
                                      actor.y + TILE))
        with _clip(surface, renderer.area(display.viewport)):
            renderer.draw(surface, display.viewport, drawables)
            self._draw_lighting(surface, renderer)
            self._draw_emotes(surface, renderer, actors)
            self._draw_bubbles(surface, renderer)
        self._draw_banner(surface)
        self._draw_card(surface)
        self._draw_fade(surface)

    def _draw_lighting(self, surface: pygame.Surface, renderer: MapRenderer) -> None:
        """Darkness over a dim place, with pools of lamplight cut out of it.

        A lamp may sway: in the cinema lobby one rises and sinks in front of the
        Noh masks, and the carved faces seem to change as the shadows move.
        """
        data = self.map
        if data.ambient <= 0:
            return
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
            radius = round(light.radius * TILE * display.scale)
            hole = self._light_image("hole", radius, light.strength, data.ambient, (0, 0, 0))
            darkness.blit(hole, (cx - radius - area.x, cy - radius - area.y),
                          special_flags=pygame.BLEND_RGBA_SUB)
            glow = self._light_image("glow", radius, light.strength, 0, light.colour)
            glows.append((glow, (cx - radius, cy - radius)))
        surface.blit(darkness, area.topleft)
        for glow, pos in glows:
            surface.blit(glow, pos, special_flags=pygame.BLEND_RGB_ADD)

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
                     actors: list[Actor]) -> None:
        display = self.ctx.display
        for actor in actors:
            if actor.emote is None:
                continue
            icon = self.ctx.assets.image(f"emotes/{actor.emote.name}.png", display.scale)
            wx, wy = renderer.world_to_window(actor.x, actor.y - TILE * 2 + 2)
            bob = round(abs(((actor.emote.time_left * 3) % 2) - 1) * display.scale * 2)
            surface.blit(icon, (wx, wy - bob))

    def _draw_bubbles(self, surface: pygame.Surface, renderer: MapRenderer) -> None:
        """Speech bubbles over heads; when people stand close, later bubbles step up
        out of the way, and a thin tail still points at who is speaking."""
        display = self.ctx.display
        placed: list[pygame.Rect] = []
        images: list[pygame.Surface] = []
        gap = display.px(2)
        # nearest the viewer first: their bubble keeps its place over their head
        ordered = sorted(self.bubbles, key=lambda b: -b.actor.y)
        for bubble in ordered:
            image = bubble.image
            if image is None or bubble.scale != display.scale:
                image = bubble.image = self._bubble_image(bubble.text)
                bubble.scale = display.scale
            images.append(image)
            actor = bubble.actor
            head_x, head_y = renderer.world_to_window(actor.x + TILE / 2, actor.y - TILE - 4)
            rect = image.get_rect(midbottom=(head_x, head_y))
            rect.clamp_ip(display.viewport)
            for _ in range(len(placed)):
                clash = rect.collidelist(placed)
                if clash < 0:
                    break
                rect.bottom = placed[clash].top - gap
            placed.append(rect)
            if rect.bottom < head_y - gap:  # lifted: a tail down to the speaker's head
                pygame.draw.line(surface, ui.INK, (head_x, rect.bottom), (head_x, head_y),
                                 max(1, display.scale // 2))
            image.set_alpha(round(255 * min(1.0, bubble.time_left / 0.4)))
        # bubbles after every tail, so a tail runs behind the bubbles below it
        for image, rect in zip(images, placed, strict=True):
            surface.blit(image, rect)

    def _bubble_image(self, text: str) -> pygame.Surface:
        display = self.ctx.display
        font = self.ctx.fonts.get(8)
        pad = display.px(4)
        lines = ui.wrap(font, text, display.px(150))
        width = max(font.size(line)[0] for line in lines) + pad * 2
        height = len(lines) * font.get_linesize() + pad * 2
        box = pygame.Surface((width, height), pygame.SRCALPHA)
        pygame.draw.rect(box, (*ui.PAPER, 235), box.get_rect(), border_radius=display.px(3))
        pygame.draw.rect(box, ui.INK, box.get_rect(), width=max(1, display.scale // 2),
                         border_radius=display.px(3))
        for index, line in enumerate(lines):
            box.blit(font.render(line, True, ui.INK), (pad, pad + index * font.get_linesize()))
        return box

    def _draw_banner(self, surface: pygame.Surface) -> None:
        """The place's name, shown for a moment on arrival."""
        if self.banner_time <= 0:
            return
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
        surface.blit(banner, plate)

    def _draw_card(self, surface: pygame.Surface) -> None:
        """A new chapter's card: its name and what he means to do, fading in and out."""
        chapter = self.card_chapter
        if self.card_time <= 0 or chapter is None:
            return
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
        surface.blit(card, card.get_rect(center=(display.viewport.centerx,
                                                 display.viewport.y + display.px(110))))

    def _draw_fade(self, surface: pygame.Surface) -> None:
        level = 0.0
        if self.transition is not None:
            level = min(1.0, self.transition.time / FADE_TIME)
        elif self.fade_in > 0:
            level = self.fade_in / FADE_TIME
        if level > 0:
            veil = pygame.Surface(surface.get_size())
            veil.set_alpha(round(255 * level))
            surface.blit(veil, (0, 0))




class _clip:
    """Clip drawing to a rectangle for the duration of a with-block."""

    def __init__(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        self.surface, self.rect = surface, rect

    def __enter__(self) -> None:
        self.previous = self.surface.get_clip()
        self.surface.set_clip(self.rect)

    def __exit__(self, *exc: object) -> None:
        self.surface.set_clip(self.previous)
