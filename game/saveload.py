"""Between a playthrough and the save slots: what a save holds, and resuming one safely.

``game/saves.py`` keeps the files; this module decides what goes in them (the
session, an open conversation, a 160x90 picture of the moment) and checks a save
against the content loaded now before it replaces the game in play. A save that
no longer fits (a mod removed, a map renamed) is reported to the player with the
reason, and the game goes on as it was.
"""

from __future__ import annotations

import io
import logging
from typing import TYPE_CHECKING, Any

import pygame

from game import __version__
from game.diagnostics import ContentError
from game.saves import SaveError, SaveMeta, SaveStore, SlotInfo

if TYPE_CHECKING:
    from game.app import App
    from game.session import Session, WorldData

log = logging.getLogger(__name__)

THUMBNAIL_SIZE = (160, 90)
AUTO_SLOT = "auto"
QUICK_SLOT = "quick"
DEVELOPER_SLOTS = "developer"  # below the saves folder: the slots of developer starts
FACINGS = ("down", "left", "right", "up")


class ResumeError(Exception):
    """A save that can't be resumed with the content loaded now; ``reason`` is for the player."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def store_for(app: App) -> SaveStore:
    """The save slots of this run: the player's own, or for a developer start (a chosen
    map, face or spawn, a frame count, a script) a separate set that the player's
    autosave and quick save never meet."""
    folder = app.paths.saves
    if app.options.developer:
        folder = folder / DEVELOPER_SLOTS
    return SaveStore(folder, __version__)


def in_play(app: App) -> bool:
    """True while a playthrough is on the stack (not on the title or credits)."""
    from game.world.scene import WorldScene

    return getattr(app, "session", None) is not None and app.scenes.find(WorldScene) is not None


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


def place_label(app: App, meta: SaveMeta) -> str:
    """Where a save was made, in the player's language now: the place by its id, else
    the map's name; the name written in the save only when the content knows neither
    (an old save, a mod no longer there)."""
    from game.dialogue.i18n import place_text_id
    from game.ui.widgets import content_text

    for text_id in ((place_text_id(meta.place_id),) if meta.place_id else ()) + (
            f"map.{meta.map_id}",):
        name = content_text(app, text_id)
        if name is not None:
            return name
    return meta.place


def open_conversation(app: App) -> dict[str, Any] | None:
    """Where the conversation on screen rests, so loading returns to the same line."""
    from game.scenes.dialogue import DialogueScene

    dialogue = app.scenes.find(DialogueScene)
    if dialogue is None or getattr(dialogue.run, "finished", True):
        return None
    position = getattr(dialogue.run, "position", None)
    return dict(position) if isinstance(position, dict) else None


def thumbnail_png(app: App) -> bytes | None:
    """The game as it looks under any menus, scaled to 160x90, as PNG bytes."""
    from game.ui.widgets import MenuScene

    display = app.display
    frame = pygame.Surface(display.surface.get_size())
    scenes = [s for s in app.scenes if not isinstance(s, MenuScene)]
    start = 0
    for index in range(len(scenes) - 1, -1, -1):
        if scenes[index].opaque:
            start = index
            break
    try:
        for scene in scenes[start:]:
            scene.draw(frame)
        picture = frame.subsurface(display.viewport.clip(frame.get_rect()))
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


# --- saving ------------------------------------------------------------------------------


def save_to_slot(app: App, slot: str, *, force: bool = False, quiet: bool = False) -> bool:
    """Save the game in play; tells the player how it went. ``force`` replaces a damaged file."""
    if not in_play(app):
        return False
    session = app.session
    from game.ui.widgets import ui_text

    try:
        store_for(app).write(slot, session_payload(session, open_conversation(app)),
                             save_meta(session), thumbnail_png(app), force=force)
    except SaveError as error:
        app.report_problem(ui_text(app, "ui.saves.save_failed", reason=error.reason))
        return False
    if not quiet:
        app.audio.play_sound("save")
        app.notify(ui_text(app, "ui.saves.saved", slot=slot_name(app, slot)))
    return True


def autosave(app: App) -> bool:
    """The autosave (chapter starts, quitting): never replaces a damaged file unasked."""
    return save_to_slot(app, AUTO_SLOT, quiet=True)


def quicksave(app: App) -> bool:
    if not in_play(app):
        return False
    return save_to_slot(app, QUICK_SLOT)


def quickload(app: App) -> bool:
    if store_for(app).status(QUICK_SLOT).status == "empty":
        from game.ui.widgets import ui_text

        app.notify(ui_text(app, "ui.saves.no_quick"))
        return False
    return load_slot(app, QUICK_SLOT)


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
        raise ResumeError(f"it was made in a place this game does not have ('{map_id}'); "
                          "a mod may be missing")
    data = world.maps[map_id]
    tile = payload.get("tile")
    if (not isinstance(tile, list) or len(tile) != 2
            or not all(isinstance(n, int) and not isinstance(n, bool) for n in tile)):
        raise ResumeError("the hero's position in it is damaged")
    width, height = getattr(data, "width", None), getattr(data, "height", None)
    if width is not None and height is not None and not (
            0 <= tile[0] < width and 0 <= tile[1] < height):
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
    session.player.facing = facing if facing in FACINGS else "down"
    session.player.sheet = session.hero_sheet()
    history = payload.get("history")
    if isinstance(history, list):
        session.history = [(item[0], item[1]) for item in history
                           if isinstance(item, list) and len(item) == 2
                           and all(isinstance(part, str) for part in item)]
    return session


def resume_payload(app: App, payload: dict[str, Any]) -> None:
    """Replace the game in play by the saved one; ResumeError leaves the old one untouched."""
    from game.scenes.dialogue import DialogueScene
    from game.world.scene import WorldScene

    session = restore_session(app.world_data, payload, seed=app.options.seed,
                              language=app.settings.language)
    run = None
    conversation = payload.get("conversation")
    if conversation is not None:
        try:
            run = session.engine.resume(conversation)
        except ContentError as error:
            # the story goes on from the place; only the open conversation is lost
            app.report_problem(error.diagnostics[0].message)
    tile: tuple[int, int] | None = session.player.tile
    facing = session.player.facing
    blocked = getattr(session.maps[session.map_id], "is_blocked", None)
    if blocked is not None and tile is not None and blocked(*tile):
        # the map changed since the save: stand at the spawn, not inside a wall
        log.warning("saved position %s on %s is blocked now; using the spawn", tile,
                    session.map_id)
        tile = None
    previous = getattr(app, "session", None)
    app.session = session
    try:
        world = WorldScene(app)
        world.enter_map(session.map_id, session.spawn, facing=facing, tile=tile)
    except (KeyError, ValueError) as error:
        app.session = previous
        raise ResumeError(f"the place it was saved in can't be shown ({error})") from None
    app.input.release_all()
    app.scenes.replace_all(world)
    session.on_face_changed = getattr(app, "_face_changed", None)
    if session.on_face_changed is not None:
        session.on_face_changed(session.face)
    if run is not None and not run.finished:
        app.push(DialogueScene(app, run))


def load_slot(app: App, slot: str, *, backup: bool = False) -> bool:
    """Load a slot (or its backup) into play; tells the player when it can't."""
    from game.ui.widgets import ui_text

    store = store_for(app)
    try:
        save = store.read_backup(slot) if backup else store.read(slot)
        resume_payload(app, save.payload)
    except SaveError as error:
        app.report_problem(ui_text(app, "ui.saves.load_failed", reason=error.reason))
        return False
    except ResumeError as error:
        app.report_problem(ui_text(app, "ui.saves.load_failed", reason=error.reason))
        return False
    app.notify(ui_text(app, "ui.saves.loaded", slot=slot_name(app, slot)))
    return True


def latest(app: App) -> SlotInfo | None:
    return store_for(app).latest()


def continue_latest(app: App) -> bool:
    """Load the most recent readable save; False (and a word to the player) when none."""
    info = latest(app)
    if info is None:
        from game.ui.widgets import ui_text

        app.notify(ui_text(app, "ui.saves.none"))
        return False
    return load_slot(app, info.slot)


def slot_name(app: App, slot: str) -> str:
    from game.ui.widgets import ui_text

    if slot == AUTO_SLOT:
        return ui_text(app, "ui.saves.slot_auto")
    if slot == QUICK_SLOT:
        return ui_text(app, "ui.saves.slot_quick")
    return ui_text(app, "ui.saves.slot", number=slot)
