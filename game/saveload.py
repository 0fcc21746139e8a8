"""Between a playthrough and the save slots: what a save holds, and resuming one safely.

``game/saves.py`` keeps the files; this module decides what goes in them (the
session, an open conversation's position, a 160x90 picture of the moment) and
checks a save against the content loaded now before it replaces the game in
play. A save that no longer fits (a mod removed, a map renamed) is reported to
the player with the reason, and the game goes on as it was. ``SaveService``
does all of it from plain arguments, without a window.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pygame

from game.diagnostics import ContentError
from game.safeio import brief
from game.saves import SaveError, SaveMeta, SaveStore, SlotInfo
from game.world.directions import FACINGS

if TYPE_CHECKING:
    from game.dialogue.runner import SceneRun
    from game.session import Session, WorldData
    from game.ui.strings import UiText

log = logging.getLogger(__name__)

THUMBNAIL_SIZE = (160, 90)
AUTO_SLOT = "auto"
QUICK_SLOT = "quick"
DEVELOPER_SLOTS = "developer"  # below the saves folder: the slots of developer starts


class ResumeError(Exception):
    """A save that can't be resumed with the content loaded now; ``reason`` is for the player."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def save_folder(saves: Path, developer: bool) -> Path:
    """The save slots of a run: the player's own, or for a developer start (a chosen
    map, face or spawn, a frame count, a script) a separate set that the player's
    autosave and quick save never meet."""
    return saves / DEVELOPER_SLOTS if developer else saves


# --- what a save holds -------------------------------------------------------------------


def session_payload(session: Session, conversation: dict[str, Any] | None = None
                    ) -> dict[str, Any]:
    """The session as JSON data; ``conversation`` is an open scene's position, if any."""
    payload = session.to_dict()
    payload["spawn"] = session.spawn
    payload["conversation"] = conversation
    return payload


def save_meta(session: Session) -> SaveMeta:
    from game.places import Places

    place = Places.of(session.world.content).at_map(session.map_id)
    return SaveMeta(place=session.place_name(), map_id=session.map_id,
                    place_id=place.id if place is not None else "",
                    chapter=int(session.state.chapter), play_time=float(session.state.play_time))


def thumbnail_png(frame: pygame.Surface, viewport: pygame.Rect) -> bytes | None:
    """The game as drawn on ``frame`` (under any menus), scaled to 160x90, as PNG bytes."""
    try:
        picture = frame.subsurface(viewport.clip(frame.get_rect()))
        small = pygame.transform.smoothscale(picture, THUMBNAIL_SIZE)
        buffer = io.BytesIO()
        pygame.image.save(small, buffer, "thumbnail.png")
    except (pygame.error, ValueError) as error:
        # a save without a picture is still a save
        log.warning("could not make a save thumbnail: %s", error)
        return None
    return buffer.getvalue()


def thumbnail_surface(png: bytes | None) -> pygame.Surface | None:
    if not png:
        return None
    try:
        return pygame.image.load(io.BytesIO(png), "thumbnail.png")
    except pygame.error as error:
        log.warning("unreadable save thumbnail: %s", error)
        return None


# --- resuming ----------------------------------------------------------------------------


def restore_session(world: WorldData, payload: dict[str, Any], *, seed: int,
                    language: str) -> Session:
    """A session from a save's payload, checked against the content loaded now.

    Raises ResumeError with a sentence for the player when the save does not fit.
    """
    from game.dialogue import DialogueEngine, StoryState
    from game.session import Session

    if not isinstance(payload, dict):
        raise ResumeError("the save holds no game")
    map_id = payload.get("map")
    if not isinstance(map_id, str) or map_id not in world.maps:
        raise ResumeError(f"it was made in a place this game does not have "
                          f"('{brief(str(map_id))}'); "
                          "a mod may be missing")
    data = world.maps[map_id]
    tile = payload.get("tile")
    if (not isinstance(tile, list) or len(tile) != 2
            or not all(isinstance(n, int) and not isinstance(n, bool) for n in tile)):
        raise ResumeError("the hero's position in it is damaged")
    if not (0 <= tile[0] < data.width and 0 <= tile[1] < data.height):
        raise ResumeError(f"the hero stands outside the map '{map_id}' (it may have changed)")
    try:
        state = StoryState.from_dict(world.content, payload.get("state"))
    except ContentError as error:
        raise ResumeError(error.diagnostics[0].message) from None
    engine = DialogueEngine(world.content, state, seed=seed, language=language,
                            matcher=world.matcher())
    spawn = payload.get("spawn")
    session = Session(world, state, engine, map_id, spawn if isinstance(spawn, str) else None)
    session.player.tile = (tile[0], tile[1])
    facing = payload.get("facing")
    session.player.facing = facing if isinstance(facing, str) and facing in FACINGS else "down"
    session.player.sheet = session.hero_sheet()
    history = payload.get("history")
    if isinstance(history, list):
        session.history = [(item[0], item[1]) for item in history
                           if isinstance(item, list) and len(item) == 2
                           and all(isinstance(part, str) for part in item)]
    return session


@dataclass(slots=True)
class Resumed:
    """A save made ready to play: the session, where the hero stands, an open conversation."""

    session: Session
    tile: tuple[int, int] | None  # None: stand at the spawn (the saved tile is blocked now)
    facing: str
    conversation: SceneRun | None


def resume_payload(world: WorldData, payload: dict[str, Any], *, seed: int, language: str,
                   report_problem: Callable[[str], None]) -> Resumed:
    """A saved game ready to replace the one in play; ResumeError when it does not fit.

    A conversation that can no longer be resumed is reported and dropped: the story
    goes on from the place.
    """
    session = restore_session(world, payload, seed=seed, language=language)
    run = None
    conversation = payload.get("conversation")
    if conversation is not None:
        try:
            run = session.engine.resume(conversation)
        except ContentError as error:
            report_problem(error.diagnostics[0].message)
    tile: tuple[int, int] | None = session.player.tile
    if tile is not None and session.maps[session.map_id].is_blocked(*tile):
        # the map changed since the save: stand at the spawn, not inside a wall
        log.warning("saved position %s on %s is blocked now; using the spawn", tile,
                    session.map_id)
        tile = None
    return Resumed(session, tile, session.player.facing,
                   run if run is not None and not run.finished else None)


class SaveService:
    """Saving and loading, told to the player: the slots on disk and the words about them.

    It takes the session and the open conversation's position as arguments, so it
    needs no window and no scene stack; the app hands it what is on screen.
    """

    def __init__(self, store: SaveStore, world: WorldData, *, text: UiText,
                 notify: Callable[[str], None], report_problem: Callable[[str], None],
                 play_sound: Callable[[str], None]) -> None:
        self.store = store
        self.world = world
        self.text = text
        self.notify = notify
        self.report_problem = report_problem
        self.play_sound = play_sound

    def save(self, slot: str, session: Session, conversation: dict[str, Any] | None,
             thumbnail: bytes | None = None, *, force: bool = False, quiet: bool = False
             ) -> bool:
        """Write ``slot``; ``force`` replaces a damaged file. The player is told how it went."""
        try:
            self.store.write(slot, session_payload(session, conversation), save_meta(session),
                             thumbnail, force=force)
        except SaveError as error:
            self.report_problem(self.text("ui.saves.save_failed", reason=error.reason))
            return False
        if not quiet:
            self.play_sound("save")
            self.notify(self.text("ui.saves.saved", slot=self.slot_name(slot)))
        return True

    def load(self, slot: str, *, seed: int, language: str, backup: bool = False
             ) -> Resumed | None:
        """A slot (or its backup) made ready to play; None (the player is told) when it can't."""
        try:
            save = self.store.read_backup(slot) if backup else self.store.read(slot)
            return resume_payload(self.world, save.payload, seed=seed, language=language,
                                  report_problem=self.report_problem)
        except (SaveError, ResumeError) as error:
            self.failed(error.reason)
            return None

    def failed(self, reason: str) -> None:
        self.report_problem(self.text("ui.saves.load_failed", reason=reason))

    def loaded(self, slot: str) -> None:
        self.notify(self.text("ui.saves.loaded", slot=self.slot_name(slot)))

    def is_empty(self, slot: str) -> bool:
        return self.store.status(slot).status == "empty"

    def latest(self) -> SlotInfo | None:
        return self.store.latest()

    def place_name(self, meta: SaveMeta) -> str:
        """Where a save was made, in the player's language now: the place by its id,
        else the map's name; the name written in the save only when the content knows
        neither (an old save, a mod no longer there)."""
        from game.dialogue.i18n import place_text_id

        ids = ((place_text_id(meta.place_id),) if meta.place_id else ()) + (
            f"map.{meta.map_id}",)
        for text_id in ids:
            name = self.text.lookup(text_id)
            if name is not None:
                return name
        return meta.place

    def slot_name(self, slot: str) -> str:
        if slot == AUTO_SLOT:
            return self.text("ui.saves.slot_auto")
        if slot == QUICK_SLOT:
            return self.text("ui.saves.slot_quick")
        return self.text("ui.saves.slot", number=slot)
