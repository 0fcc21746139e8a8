"""One playthrough: the loaded world, the story state, where the hero stands.

The session is what a save file holds. It knows nothing of drawing; the world
scene shows it and the director changes it through the dialogue engine.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from game.diagnostics import Diagnostic, Report, did_you_mean
from game.dialogue.build import criteria_from_text
from game.dialogue.cache import FolderCache
from game.dialogue.facts import StoryState
from game.dialogue.loader import load_content
from game.dialogue.matcher import Check, Matcher, RuleError, compile_criterion, holds
from game.dialogue.model import Content
from game.paths import Paths
from game.world.entities import Actor
from game.world.library import MapLibrary
from game.world.mapdata import NpcSpawn

if TYPE_CHECKING:
    from game.dialogue.engine import DialogueEngine

log = logging.getLogger(__name__)

START_MAP = "streets"


@dataclass(slots=True)
class WorldData:
    """Everything loaded from disk that a playthrough reads: maps and dialogue."""

    paths: Paths
    maps: MapLibrary
    content: Content
    dialogue_dirs: list[Path]
    diagnostics: list[Diagnostic] = field(default_factory=list)
    # the dialogue files as parsed, by folder: a hot reload parses only what changed
    parsed: dict[Path, FolderCache] = field(default_factory=dict)
    report: Callable[[str], None] | None = None  # tells the player of a problem in play
    _matcher: Matcher | None = None
    # by (NPC id, `when`): the checks, compiled once per content (its problems told once)
    _presence: dict[tuple[str, str], tuple[Check, ...] | None] = field(default_factory=dict)
    _presence_of: Content | None = None  # the content ``_presence`` was compiled against

    def presence_checks(self, spawn: NpcSpawn, file: str) -> tuple[Check, ...] | None:
        """An NPC's `when` compiled against the current content (cached), or None when
        it can't be read or tests a fact the content does not declare. The lint refuses
        such a mod, but a reload or an edit of the game's own files gets here: the
        problem is reported once, at ``file`` (the map, unless the NPC came from a patch),
        for each content."""
        if self._presence_of is not self.content:  # a reload: compile against the new
            self._presence, self._presence_of = {}, self.content
        key = (spawn.id, spawn.when)
        if key not in self._presence:
            problems = Report()
            self._presence[key] = presence_checks(self.content, spawn, problems,
                                                  spawn.file or file)
            for problem in problems.items:
                if self.report is not None:  # which logs it too
                    self.report(problem.format())
                else:
                    log.warning("%s", problem.format())
        return self._presence[key]

    def matcher(self) -> Matcher:
        """The compiled reaction rules of the current content, built once per content."""
        if self._matcher is None or self._matcher.content is not self.content:
            self._matcher = Matcher(self.content)
        return self._matcher


def presence_checks(content: Content, spawn: NpcSpawn, report: Report, file: str = ""
                    ) -> tuple[Check, ...] | None:
    """An NPC's `when` as matcher checks; problems go to ``report`` as G004 at the
    property's place in the map (None then: like a reaction that names an undeclared
    fact, it never holds, and the person stays away)."""
    before = len(report.items)
    what = f"`when` of `{spawn.id}` (who stays away)"
    criteria = criteria_from_text(spawn.when, file, spawn.when_line,
                                  spawn.when_column, report, "G004", what)
    checks = []
    for criterion in criteria:
        try:
            checks.append(compile_criterion(content, criterion))
        except RuleError as exc:
            known = [*content.facts, *(f"self.{name}" for name in content.memory)]
            report.error("G004", file, spawn.when_line, spawn.when_column,
                         f"{what}: {exc}", did_you_mean(criterion.fact, known))
    return None if len(report.items) > before else tuple(checks)


def load_world(paths: Paths, mod_dirs: list[Path], report: Callable[[str], None],
               *, cache: Path | None = None) -> WorldData:
    """Load the shipped maps and dialogue plus mods; report problems, never raise."""
    map_folders = [paths.maps] + [m / "maps" for m in mod_dirs if (m / "maps").is_dir()]
    maps = MapLibrary(map_folders, report, cache=cache)
    dialogue_dirs = [paths.dialogue] + [m / "dialogue" for m in mod_dirs
                                        if (m / "dialogue").is_dir()]
    parsed: dict[Path, FolderCache] = {}
    content, dialogue_problems = load_content(dialogue_dirs, cache_dir=cache, caches=parsed)
    problems = list(dialogue_problems)
    errors = [p for p in problems if p.is_error]
    for problem in errors[:3]:
        report(problem.format())
    if len(errors) > 3:
        report(f"... and {len(errors) - 3} more problems (run `borrowed-face lint`)")
    return WorldData(paths, maps, content, dialogue_dirs, problems, parsed, report)


class Session:
    def __init__(self, world: WorldData, state: StoryState, engine: DialogueEngine,
                 map_id: str, spawn: str | None) -> None:
        self.world = world
        self.state = state
        self.engine = engine
        self.map_id = map_id
        self.spawn = spawn
        self.player = Actor(tile=(0, 0), sheet="hero_bandages", speed=5.0)
        self.on_face_changed: Callable[[str], None] | None = None
        self.history: list[tuple[str, str]] = []  # (speaker name, text), newest last

    @classmethod
    def new(cls, world: WorldData, seed: int, *, map_id: str | None = None,
            spawn: str | None = None, face: str | None = None,
            language: str = "en") -> Session:
        # imported here, not above: the title screen loads the world but plays no scene
        from game.dialogue.engine import DialogueEngine

        state = StoryState(world.content)
        engine = DialogueEngine(world.content, state, seed=seed, language=language,
                                matcher=world.matcher())
        chosen = map_id or START_MAP
        if chosen not in world.maps:
            raise KeyError(chosen)
        session = cls(world, state, engine, chosen, spawn)
        if face is not None:
            state.set("face", face)
        return session

    @property
    def maps(self) -> MapLibrary:
        return self.world.maps

    @property
    def face(self) -> str:
        return str(self.state.get("face"))

    def set_face(self, face: str) -> None:
        """Wear a face; also called after a scene already changed the fact."""
        if face != self.face:
            self.state.set("face", face)
        self.player.sheet = self.hero_sheet()
        if self.on_face_changed is not None:
            self.on_face_changed(face)

    def toggle_face(self) -> None:
        """The next face the content declares (the fact `face`'s values), round."""
        faces = self.world.content.facts["face"].values
        if faces:
            self.set_face(faces[(list(faces).index(self.face) + 1) % len(faces)]
                          if self.face in faces else faces[0])

    def hero_sheet(self) -> str:
        return f"hero_{self.face}"

    def sprite_for(self, spawn: NpcSpawn) -> str:
        if spawn.sprite:
            return spawn.sprite
        content = self.world.content
        person = content.people.get(spawn.id)
        if person is not None and person.sprite:
            return person.sprite
        role = content.roles.get(spawn.role)
        return role.sprite if role is not None and role.sprite else spawn.role

    def present(self, spawn: NpcSpawn) -> bool:
        """Whether this person is on their map (the current one) now: their `when` holds
        (read like a dialogue `when:`, `self.` being their own memory). A `when` the
        content can't read never holds, and the problem is reported (G004)."""
        if not spawn.when:
            return True
        data = self.maps.get(self.map_id)
        checks = self.world.presence_checks(spawn, str(data.path) if data else self.map_id)
        return checks is not None and holds(checks, self.state, spawn.id)

    def place_name(self) -> str:
        data = self.maps.get(self.map_id)
        if data is None:
            return self.map_id
        key = f"map.{self.map_id}"
        return self.engine.text(key) if key in self.world.content.texts else data.name

    def tick(self, dt: float) -> None:
        self.state.advance(dt)

    def entered_map(self, map_id: str) -> None:
        self.state.set("place", map_id)

    def player_moved(self) -> None:
        """Facts that follow where he stands: may he change face here?"""
        if "private_place" in self.world.content.facts:
            data = self.maps[self.map_id]
            private = data.private or data.is_private(*self.player.tile)
            if self.state.get("private_place") != private:
                self.state.set("private_place", private)

    def to_dict(self) -> dict[str, Any]:
        return {
            "map": self.map_id,
            "tile": list(self.player.tile),
            "facing": self.player.facing,
            "state": self.state.to_dict(),
            "history": [list(item) for item in self.history[-200:]],
        }
