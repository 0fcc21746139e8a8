"""The places of the city map: which he knows of now, where each sits, where the aim points.

Read from the `places:` of the dialogue content (dialogue/places.yaml, and mods by id).
A place is known when its `known` criteria hold, read like a dialogue `when:`; the
city map is the map CITY_MAP, and a place sits there at its `at` (a tile, or the name
of a spawn, object or person on it) or, without one, at the door leading to its
own map. Plain data and the story state: no pygame, so tests and the lint use it alone.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from game.diagnostics import Report, did_you_mean
from game.dialogue.matcher import RuleError, compile_criterion, holds
from game.dialogue.model import Content, PlaceDecl

if TYPE_CHECKING:
    from game.dialogue.facts import StoryState
    from game.world.mapdata import MapData

CITY_MAP = "streets"

Tile = tuple[int, int]


def place_tile(place: PlaceDecl, city: MapData) -> Tile | None:
    """Where the place sits on the city map (a MapData), or None when `at` names nothing
    there or no door of the city map leads to the place's map."""
    at = place.at
    if isinstance(at, tuple):
        return at if 0 <= at[0] < city.width and 0 <= at[1] < city.height else None
    if at is None:
        return door_to(city, place.map)
    if at in city.spawns:
        return city.spawns[at].tile
    for thing in city.objects:
        if thing.id == at:
            return min(thing.tiles)
    for npc in city.npcs:
        if npc.id == at:
            return npc.tile
    return None


def door_to(city: MapData, map_id: str) -> Tile | None:
    """The tile of the city map's door into ``map_id`` (its top-left tile), if any."""
    doors = [e for e in city.exits if e.target_map == map_id]
    return min(min(door.tiles) for door in doors) if doors else None


def names_on(city: MapData) -> list[str]:
    """What `at` may name on the city map (for the lint's "did you mean")."""
    return [*city.spawns, *(o.id for o in city.objects), *(n.id for n in city.npcs)]


@dataclass(slots=True)
class Places:
    """The content's places, their `known` criteria compiled once."""

    content: Content
    _known: dict[str, tuple | None]

    @classmethod
    def of(cls, content: Content) -> Places:
        compiled: dict[str, tuple | None] = {}
        for place in content.places.values():
            try:
                compiled[place.id] = tuple(compile_criterion(content, c) for c in place.known)
            except RuleError:
                compiled[place.id] = None  # the lint names it; he never learns of it
        return cls(content, compiled)

    def all(self) -> Iterable[PlaceDecl]:
        return self.content.places.values()

    def known(self, state: StoryState) -> list[PlaceDecl]:
        """The places he knows of now, in the order the content lists them."""
        return [place for place in self.all()
                if (checks := self._known.get(place.id)) is not None
                and holds(checks, state, "hero")]

    def aimed_at(self, aim: str) -> list[PlaceDecl]:
        """The places an aim (a text id) points at."""
        return [place for place in self.all() if any(a == aim for a, _ in place.aims)]

    def at_map(self, map_id: str) -> PlaceDecl | None:
        """The place that is this map (the first listed), if any."""
        return next((p for p in self.all() if p.map == map_id and p.map != CITY_MAP), None)


def current_aim(state: StoryState) -> str:
    """What the notebook's "Now:" names: the fact `aim`, else the chapter's own."""
    aim = state.get("aim") if "aim" in state.content.facts else ""
    return str(aim) if aim else f"aim.chapter{state.chapter}"


# --- the lint ----------------------------------------------------------------------------

G_PLACE_MAP = "G006"
G_PLACE_AT = "G007"


def check_places(content: Content, maps: dict[str, MapData], report: Report) -> None:
    """Each place names a map that exists and sits somewhere on the city map."""
    city = maps.get(CITY_MAP)
    for place in content.places.values():
        if place.map not in maps:
            report.error(G_PLACE_MAP, place.map_pos.file, place.map_pos.line,
                         place.map_pos.column, f"place `{place.id}`: no map `{place.map}`",
                         did_you_mean(place.map, maps))
            continue
        if city is None or place_tile(place, city) is not None:
            continue
        pos = place.at_pos or place.map_pos
        if place.at is None:
            message = (f"place `{place.id}`: no door on the city map `{CITY_MAP}` leads to "
                       f"`{place.map}`; give it `at`")
            hint = "a tile [x, y] or the name of a spawn, object or person"
        elif isinstance(place.at, tuple):
            message = (f"place `{place.id}`: tile {list(place.at)} is outside the city map "
                       f"({city.width}x{city.height})")
            hint = ""
        else:
            message = f"place `{place.id}`: nothing on the city map is called `{place.at}`"
            hint = did_you_mean(place.at, names_on(city))
        report.error(G_PLACE_AT, pos.file, pos.line, pos.column, message, hint)


# --- what the city map shows now ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Mark:
    """A place he knows, at its tile of the city map; `aimed` when the notebook's aim is
    there."""

    place: PlaceDecl
    tile: Tile
    aimed: bool  # the notebook's "Now:" points here


@dataclass(frozen=True, slots=True)
class CityMarks:
    """Everything the city map marks: the places he knows (where the aim points among
    them), and where he is (None when he is somewhere the city map does not show)."""

    aim: str  # the aim's text id
    marks: tuple[Mark, ...]
    here: Tile | None

    @property
    def aimed(self) -> tuple[Mark, ...]:
        return tuple(mark for mark in self.marks if mark.aimed)


def city_marks(places: Places, state: StoryState, city: MapData, map_id: str, tile: Tile
               ) -> CityMarks:
    """What the city map shows for a hero standing on ``tile`` of ``map_id``.

    A place the aim points at is shown even before he knows of it by its `known`: the
    notebook has just named it, so he knows of it now.
    """
    aim = current_aim(state)
    aimed = {place.id for place in places.aimed_at(aim)}
    known = {place.id for place in places.known(state)} | aimed
    marks = []
    for place in places.all():
        spot = place_tile(place, city) if place.id in known else None
        if spot is not None:
            marks.append(Mark(place, spot, place.id in aimed))
    if map_id == CITY_MAP:
        here: Tile | None = tile
    else:
        inside = places.at_map(map_id)
        here = place_tile(inside, city) if inside is not None else None
        if here is None:
            here = door_to(city, map_id)
    return CityMarks(aim, tuple(marks), here)
