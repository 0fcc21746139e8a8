"""Save slots on disk: atomic writes, a format version, migrations, damage detection.

Plain Python, no pygame. A save is one JSON document per slot; a file that can't be
read is reported as damaged with a reason for the player, and is never deleted or
silently overwritten.
"""

from __future__ import annotations

import base64
import binascii
import copy
import dataclasses
import hashlib
import json
import logging
import math
import os
import re
import tempfile
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from game.paths import folder_reason
from game.safeio import FileRefused, image_problem, printable, read_limited

log = logging.getLogger(__name__)

FORMAT_VERSION = 1
SLOTS: tuple[str, ...] = ("auto", "quick", "1", "2", "3", "4", "5", "6", "7", "8", "9")
# Far above any real save (a thumbnail and the story state); a bigger file is not ours,
# and reading it whole could stall the load screen.
MAX_SAVE_BYTES = 32 * 1024 * 1024
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
STALE_TEMPORARY_SECONDS = 60.0  # a write takes milliseconds; older temporaries are leftovers
CHECKSUM_PREFIX = "sha256:"

SlotStatus = Literal["ok", "damaged", "empty", "newer"]
Migration = Callable[[dict[str, Any]], dict[str, Any]]

# from_version -> function turning a document of that version into the next one.
MIGRATIONS: dict[int, Migration] = {}


def migration(
    from_version: int, *, registry: dict[int, Migration] | None = None
) -> Callable[[Migration], Migration]:
    """Register a function upgrading a save document from `from_version` to the next.

    The function gets a deep copy of the whole document (``format``, ``meta``,
    ``payload``, ``thumbnail``; no checksum) and returns the upgraded one; the
    runner sets ``format`` itself, so a migration only moves the data.
    """
    target = MIGRATIONS if registry is None else registry

    def register(function: Migration) -> Migration:
        if from_version in target:
            raise ValueError(f"a migration from save format {from_version} is already registered")
        if from_version >= FORMAT_VERSION:
            raise ValueError(
                f"a migration from format {from_version} would go past the current "
                f"format {FORMAT_VERSION}; raise FORMAT_VERSION first"
            )
        target[from_version] = function
        return function

    return register


class SaveError(Exception):
    """A save that can't be read or written; `reason` is a sentence for the player."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class EmptySlotError(SaveError):
    """There is no file in the slot (read of an empty slot)."""

    def __init__(self) -> None:
        super().__init__("there is no save in this slot")


class NewerSaveError(SaveError):
    """The file was made by a newer version of the game; it must never be overwritten silently."""

    def __init__(self, file_format: int):
        super().__init__(f"made by a newer version of the game (format {file_format})")
        self.file_format = file_format


@dataclass(slots=True, kw_only=True)
class SaveMeta:
    """What the load screen shows about a save without resuming it.

    `slot`, `saved_at`, `game_version` and `format` are stamped by `SaveStore.write`,
    so the game only fills in where the player is.
    """

    slot: str = ""
    saved_at: str = ""  # ISO 8601 local time with its UTC offset
    place: str  # display name of the place, in the language of the save
    map_id: str
    chapter: int
    play_time: float  # seconds
    game_version: str = ""
    format: int = FORMAT_VERSION
    place_id: str = ""  # the place's id (places.yaml), named in the reader's language

    def saved_datetime(self) -> datetime:
        """`saved_at` as an aware datetime (a time without an offset is taken as local)."""
        moment = datetime.fromisoformat(self.saved_at)
        return moment if moment.tzinfo is not None else moment.astimezone()


@dataclass(slots=True)
class SaveFile:
    """A save as read from its file: what the slot list shows, the game's state, and a
    thumbnail."""

    meta: SaveMeta
    payload: dict[str, Any]  # the game's state, JSON-safe
    thumbnail_png: bytes | None


@dataclass(slots=True)
class SlotInfo:
    """What the saves menu shows of one slot: its status (with the reason when not ok),
    what it holds, and whether a backup is kept."""

    slot: str
    path: Path
    status: SlotStatus
    reason: str  # "" when ok or empty
    meta: SaveMeta | None
    thumbnail_png: bytes | None
    has_backup: bool = False  # a `.bak` from the previous write is on disk


def write_atomically(path: Path, data: bytes) -> None:
    """Replace `path` with `data` so a crash leaves either the old file or the new one.

    Temp file in the same folder (os.replace is only atomic within one file system),
    flushed and fsynced before the rename. Raises OSError; the temp file is removed.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        _replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)


def _modified_ns(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:  # gone since it was listed: it can't be the one to continue from
        return -1


def _replace(source: Path, target: Path) -> None:
    """os.replace, retried briefly on Windows, where a virus scanner or a file indexer
    holding the old file open makes the rename fail for a moment."""
    for attempt in range(_REPLACE_TRIES):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if os.name != "nt" or attempt == _REPLACE_TRIES - 1:
                raise
            time.sleep(0.05 * (attempt + 1))


_REPLACE_TRIES = 5


def _sync_folder(folder: Path) -> None:
    # The rename itself lives in the folder's entry; without this a power cut can undo it.
    # Windows can't open folders, and the data is already safe either way, so a failure
    # here is logged, not raised.
    if os.name != "posix":
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError as error:
        log.warning("could not open %s to sync it: %s", folder, error)
        return
    try:
        os.fsync(descriptor)
    except OSError as error:
        log.warning("could not sync folder %s: %s", folder, error)
    finally:
        os.close(descriptor)


def decode_json_document(raw: bytes, kind: str = "a save file") -> Any:
    """Parse UTF-8 JSON bytes; raises SaveError saying where and how they are broken.

    `kind` names the file in the reason ("not a save file (line 3, column 5: …)");
    the settings loader shares this with its own word.
    """
    if not raw.strip():
        raise SaveError("the file is empty")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        if error.reason == "unexpected end of data":  # cut inside a multi-byte letter
            raise SaveError(f"the file ends early (truncated at byte {len(raw)})") from error
        raise SaveError(f"not {kind} (binary data at byte {error.start})") from error
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        if _cut_short(text, error):
            raise SaveError(f"the file ends early (truncated at byte {len(raw)})") from error
        raise SaveError(
            f"not {kind} (line {error.lineno}, column {error.colno}: {error.msg})"
        ) from error
    except RecursionError as error:
        raise SaveError(f"not {kind} (its JSON is nested too deeply)") from error
    except ValueError as error:  # e.g. an integer longer than Python will parse
        raise SaveError(f"not {kind} ({error})") from error


# What may be left after the parser's error position when the file was simply cut off:
# half a literal, half a number, half an escape inside a string.
_PARTIAL_TOKEN = re.compile(r"t(r(ue?)?)?|f(a(l(se?)?)?)?|n(u(ll?)?)?|[-+0-9.eE]*|\\")
_PARTIAL_ESCAPE = re.compile(r"u[0-9a-fA-F]{0,4}")  # the parser points past the backslash


def _cut_short(text: str, error: json.JSONDecodeError) -> bool:
    """Whether the JSON error comes from the text ending early rather than from garbage."""
    if error.msg.startswith("Unterminated string"):
        return True  # a string can't span lines, so only the end of the file stops it
    rest = text[error.pos :].rstrip()
    if error.msg.startswith("Invalid \\uXXXX escape"):
        return _PARTIAL_ESCAPE.fullmatch(rest) is not None
    if rest and error.msg.startswith("Expecting ',' delimiter") and text[error.pos - 1].isspace():
        return False  # `[1 2`: a second value where a comma belongs is garbage, not a cut
    return _PARTIAL_TOKEN.fullmatch(rest) is not None


def _type_name(value: object) -> str:
    names = {
        dict: "an object",
        list: "a list",
        str: "a string",
        bool: "true/false",
        int: "a number",
        float: "a number",
        type(None): "null",
    }
    return names.get(type(value), type(value).__name__)


def check_json_safe(value: object, where: str) -> None:
    """Raise ValueError unless `value` survives a JSON round trip unchanged.

    Catches what json.dumps would quietly change: int keys becoming strings, tuples
    becoming lists, NaN, strings that can't be UTF-8.
    """
    stack: list[tuple[object, str]] = [(value, where)]
    while stack:
        item, place = stack.pop()
        if item is None or isinstance(item, (bool, int)):
            continue
        if isinstance(item, float):
            if not math.isfinite(item):
                raise ValueError(f"{place} is {item}, which JSON can't hold")
        elif isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError as error:
                raise ValueError(f"{place} holds text that isn't valid Unicode") from error
        elif isinstance(item, list):
            stack.extend((element, f"{place}[{index}]") for index, element in enumerate(item))
        elif isinstance(item, dict):
            for key, element in item.items():
                if not isinstance(key, str):
                    raise ValueError(f"{place} has a key {key!r} that is not a string")
                stack.append((element, f"{place}.{key}"))
        else:
            raise ValueError(f"{place} is a {type(item).__name__}, which JSON can't hold")


def document_checksum(document: Mapping[str, Any]) -> str:
    """sha256 over the canonical JSON of everything in the document but the checksum."""
    body = {key: value for key, value in document.items() if key != "checksum"}
    # ensure_ascii and sorted keys make the text the same however the file was indented.
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return CHECKSUM_PREFIX + hashlib.sha256(canonical.encode("ascii")).hexdigest()


_META_TYPES: dict[str, tuple[type, ...]] = {
    "slot": (str,),
    "saved_at": (str,),
    "place": (str,),
    "map_id": (str,),
    "chapter": (int,),
    "play_time": (int, float),
    "game_version": (str,),
    "format": (int,),
}
_OPTIONAL_META_TYPES: dict[str, tuple[type, ...]] = {
    "place_id": (str,),  # saves made before places were named by id lack it
}


# What a save's values may hold. The format is documented, so anyone can re-sign a file;
# a number or a text beyond these crashed the load screen (str() of a 5,000-digit
# integer) or every start (a 3 MB place name drawn on the title's Continue).
MAX_SAVE_INT = 2**53  # what a JSON number holds exactly anywhere
MAX_SAVE_TEXT = 100_000  # characters of one text in the game state
MAX_META_TEXT = 200  # characters of a place, a map id, a version, a date
MAX_CHAPTER = 1000
MAX_PLAY_TIME = 10.0**9  # seconds: thirty years


def check_bounded(value: object, where: str) -> None:
    """Raise SaveError unless every number in ``value`` is finite and within
    MAX_SAVE_INT and every text within MAX_SAVE_TEXT characters (no recursion)."""
    stack: list[tuple[object, str]] = [(value, where)]
    while stack:
        item, place = stack.pop()
        if isinstance(item, bool) or item is None:
            continue
        if isinstance(item, int | float):
            if not (math.isfinite(item) and abs(item) <= MAX_SAVE_INT):
                raise SaveError(f"a value is out of range (`{place[:80]}`)")
        elif isinstance(item, str):
            if len(item) > MAX_SAVE_TEXT:
                raise SaveError(f"a text is far too long (`{place[:80]}`)")
        elif isinstance(item, list):
            stack.extend((element, place) for element in item)
        elif isinstance(item, dict):
            for key, element in item.items():
                if len(key) > MAX_SAVE_TEXT:
                    raise SaveError(f"a name is far too long (in `{place[:80]}`)")
                stack.append((element, f"{place}.{key[:40]}"))


def _parse_meta(raw: object) -> SaveMeta:
    if not isinstance(raw, dict):
        raise SaveError(f"its details (`meta`) are {_type_name(raw)}, not an object")
    values: dict[str, Any] = {}
    for name, types in _META_TYPES.items():
        if name not in raw:
            raise SaveError(f"a field is missing (`meta.{name}`)")
        value = raw[name]
        # bool is an int to Python, but `true` is never a chapter.
        if isinstance(value, bool) or not isinstance(value, types):
            raise SaveError(f"a field has the wrong type (`meta.{name}` is {_type_name(value)})")
        values[name] = value
        if isinstance(value, str) and len(value) > MAX_META_TEXT:
            raise SaveError(f"a field is far too long (`meta.{name}`)")
    for name, types in _OPTIONAL_META_TYPES.items():
        value = raw.get(name)
        if value is not None and isinstance(value, types) and not isinstance(value, bool):
            if isinstance(value, str) and len(value) > MAX_META_TEXT:
                raise SaveError(f"a field is far too long (`meta.{name}`)")
            values[name] = value
    meta = SaveMeta(**values)
    if not 0 <= meta.chapter <= MAX_CHAPTER or not 0 <= meta.format <= MAX_CHAPTER:
        raise SaveError("a field is out of range (`meta.chapter`)")
    if isinstance(meta.play_time, int) and abs(meta.play_time) > MAX_SAVE_INT:
        raise SaveError("a field is out of range (`meta.play_time`)")
    meta.play_time = float(meta.play_time)
    if not math.isfinite(meta.play_time) or not 0 <= meta.play_time <= MAX_PLAY_TIME:
        raise SaveError(f"a field is out of range (`meta.play_time` is {meta.play_time:.6g})")
    try:
        meta.saved_datetime()
    except (ValueError, OverflowError, OSError) as error:  # OverflowError: year 1 or 9999
        raise SaveError(f"a field is not a date (`meta.saved_at` is {meta.saved_at!r})") from error
    return meta


def _parse_thumbnail(raw: object) -> bytes | None:
    if raw is None:
        return None
    if not isinstance(raw, str):
        raise SaveError(f"the thumbnail is {_type_name(raw)}, not an image")
    try:
        png = base64.b64decode(raw, validate=True)
    except (binascii.Error, ValueError) as error:
        raise SaveError("the thumbnail is not base64") from error
    if not png.startswith(PNG_SIGNATURE):
        raise SaveError("the thumbnail is not a PNG image")
    problem = image_problem(png)
    if problem:  # a header promising more pixels than memory holds is never decoded
        log.warning("save thumbnail left out: %s", problem)
        return None
    return png


class SaveStore:
    """The save slots in one folder: ``<folder>/<slot>.json`` and ``<slot>.json.bak``.

    Nothing touches the disk until a method is called; `write` creates the folder.
    """

    def __init__(
        self,
        folder: Path,
        game_version: str,
        *,
        migrations: Mapping[int, Migration] | None = None,
        clock: Callable[[], datetime] | None = None,
    ):
        self.folder = Path(folder)
        self.game_version = game_version
        # Passed in so a test (or a mod tool) can use its own registry; defaults to the
        # module's, read at call time so late registrations count.
        self._migrations = migrations
        self._clock = clock or (lambda: datetime.now().astimezone())

    @property
    def migrations(self) -> Mapping[int, Migration]:
        return MIGRATIONS if self._migrations is None else self._migrations

    # -- paths ---------------------------------------------------------------------

    def path_for(self, slot: str) -> Path:
        """``saves/<slot>.json``; raises ValueError for a slot that doesn't exist."""
        if slot not in SLOTS:
            raise ValueError(f"unknown save slot {slot!r}; slots are {', '.join(SLOTS)}")
        return self.folder / f"{slot}.json"

    def backup_path_for(self, slot: str) -> Path:
        """``saves/<slot>.json.bak``: the file the last write replaced."""
        return self.path_for(slot).with_name(f"{slot}.json.bak")

    # -- reading -------------------------------------------------------------------

    def read(self, slot: str) -> SaveFile:
        """Load a slot, upgraded to FORMAT_VERSION; raises SaveError with a reason."""
        save = self._read_path(self.path_for(slot))
        # The file's place is the truth: a save copied to another slot belongs there.
        save.meta.slot = slot
        return save

    def read_backup(self, slot: str) -> SaveFile:
        """Load the slot's `.bak` (the previous save), e.g. when the slot is damaged."""
        save = self._read_path(self.backup_path_for(slot))
        save.meta.slot = slot
        return save

    def _read_path(self, path: Path) -> SaveFile:
        raw = self._read_bytes(path)
        document = decode_json_document(raw)
        return self._parse_document(document)

    def _read_bytes(self, path: Path) -> bytes:
        try:
            return read_limited(path, MAX_SAVE_BYTES)
        except FileRefused as error:
            raise SaveError(f"the file can't be read ({error.strerror})") from error
        except FileNotFoundError as error:
            raise EmptySlotError() from error
        except OSError as error:
            raise SaveError(f"the file can't be read ({error.strerror or error})") from error

    def _parse_document(self, document: object) -> SaveFile:
        if not isinstance(document, dict):
            raise SaveError(f"not a save file (it holds {_type_name(document)}, not an object)")
        if "format" not in document:
            raise SaveError("not a save file (it has no format number)")
        file_format = document["format"]
        if isinstance(file_format, bool) or not isinstance(file_format, int) or file_format < 0:
            raise SaveError(f"not a save file (its format is {file_format!r})")
        # Checked before the checksum: a newer game may checksum differently.
        if file_format > FORMAT_VERSION:
            raise NewerSaveError(file_format)
        stored = document.get("checksum")
        if not isinstance(stored, str):
            raise SaveError("its checksum is missing")
        try:
            expected = document_checksum(document)
        except (RecursionError, ValueError) as error:
            raise SaveError("not a save file (its contents can't be checked)") from error
        if stored != expected:
            raise SaveError(
                "the contents don't match their checksum (the file was changed or damaged)"
            )
        body = {key: value for key, value in document.items() if key != "checksum"}
        body = self._migrate(body, file_format)
        for name in ("meta", "payload"):
            if name not in body:
                raise SaveError(f"a part is missing (`{name}`)")
        payload = body["payload"]
        if not isinstance(payload, dict):
            raise SaveError(f"the game state (`payload`) is {_type_name(payload)}, not an object")
        check_bounded(payload, "payload")
        meta = _parse_meta(body["meta"])
        meta.format = FORMAT_VERSION
        return SaveFile(
            meta=meta, payload=payload, thumbnail_png=_parse_thumbnail(body.get("thumbnail"))
        )

    def _migrate(self, body: dict[str, Any], file_format: int) -> dict[str, Any]:
        """Run the registered migrations one format at a time up to FORMAT_VERSION."""
        version = file_format
        while version < FORMAT_VERSION:
            step = self.migrations.get(version)
            if step is None:
                raise SaveError(
                    f"made by an older version of the game (format {version}) "
                    "that this version can't upgrade"
                )
            try:
                upgraded = step(copy.deepcopy(body))
            except Exception as error:  # a migration bug must not crash the load screen
                log.exception("save migration from format %d failed", version)
                raise SaveError(f"couldn't be upgraded from format {version} ({error})") from error
            if not isinstance(upgraded, dict):
                raise SaveError(f"couldn't be upgraded from format {version} (no document)")
            version += 1
            upgraded["format"] = version
            if isinstance(upgraded.get("meta"), dict):
                upgraded["meta"]["format"] = version
            body = upgraded
        return body

    def folder_problem(self) -> str:
        """Why no slot can be read or written here ("" when they can, or when the folder
        is not made yet: `write` makes it): a file in its place, a folder that can't be
        read. That is the folder's problem, told once by whoever made the store (the app
        says "Saving is off"), not each slot's."""
        try:
            with os.scandir(self.folder):
                return ""
        except FileNotFoundError:
            return ""
        except OSError as error:
            return folder_reason(error)

    def status(self, slot: str) -> SlotInfo:
        """What is in one slot; never raises. In a folder that can't be used, every slot
        is empty (no save is read from it, none is written to it)."""
        path = self.path_for(slot)
        if self.folder_problem():
            return SlotInfo(slot, path, "empty", "", None, None, False)
        # os.path.isfile never raises; Path.exists can (permission errors).
        has_backup = os.path.isfile(self.backup_path_for(slot))
        try:
            save = self.read(slot)
        except EmptySlotError:
            return SlotInfo(slot, path, "empty", "", None, None, has_backup)
        except NewerSaveError as error:
            return SlotInfo(slot, path, "newer", error.reason, None, None, has_backup)
        except SaveError as error:
            log.warning("save slot %s is damaged: %s", slot, error.reason)
            return SlotInfo(slot, path, "damaged", error.reason, None, None, has_backup)
        except Exception as error:  # a check this reader lacks must not stop the menus
            log.exception("save slot %s could not be read", slot)
            reason = f"the file can't be read ({type(error).__name__})"
            return SlotInfo(slot, path, "damaged", reason, None, None, has_backup)
        return SlotInfo(slot, path, "ok", "", save.meta, save.thumbnail_png, has_backup)

    def list_slots(self) -> list[SlotInfo]:
        """Every slot in SLOTS order, damaged ones with their reason; never raises."""
        self.clean_temporaries()
        return [self.status(slot) for slot in SLOTS]

    def latest(self) -> SlotInfo | None:
        """The most recently saved readable slot (for Continue), or None; never raises."""
        readable = []
        for info in self.list_slots():
            if info.status != "ok" or info.meta is None:
                continue
            try:
                moment = info.meta.saved_datetime().timestamp()
            except (ValueError, OverflowError, OSError):
                continue
            readable.append((moment, _modified_ns(info.path), info))
        if not readable:
            return None
        # saved_at has whole seconds; an autosave and a quicksave can share one, and then
        # the file written last is the one to continue from.
        return max(readable, key=lambda entry: entry[:2])[2]

    def clean_temporaries(self, older_than: float = STALE_TEMPORARY_SECONDS) -> list[Path]:
        """Remove the temporary files of writes that never finished (the game was killed
        between writing and renaming); a recent one may be another game's write in
        progress, so only those older than ``older_than`` seconds go. Never raises."""
        removed: list[Path] = []
        try:
            candidates = list(self.folder.glob(".*.tmp"))
        except OSError:
            return removed
        now = time.time()
        for path in candidates:
            try:
                if now - path.lstat().st_mtime > older_than:
                    path.unlink()
                    removed.append(path)
            except OSError:
                continue
        if removed:
            log.info("removed %d unfinished save file(s) in %s", len(removed), self.folder)
        return removed

    # -- writing -------------------------------------------------------------------

    def write(
        self,
        slot: str,
        payload: dict[str, Any],
        meta: SaveMeta,
        thumbnail_png: bytes | None = None,
        *,
        force: bool = False,
    ) -> Path:
        """Save atomically; the file it replaces is kept as ``<slot>.json.bak``.

        Refuses (SaveError) to replace a damaged or newer file unless `force`: the UI
        asks the player first. A forced write keeps that file beside the slot as
        ``<slot>.json.damaged-<time>`` (or ``.newer-<time>``) and leaves the `.bak` alone.
        Raises SaveError for anything that goes wrong, including disk errors.
        """
        path = self.path_for(slot)
        problem = self.folder_problem()
        if problem:
            raise SaveError(f"the saves folder {printable(str(self.folder))} can't be used "
                            f"({problem})")
        stamped = dataclasses.replace(
            meta,
            slot=slot,
            saved_at=self._clock().isoformat(timespec="seconds"),
            game_version=self.game_version,
            format=FORMAT_VERSION,
        )
        data = self._encode(payload, stamped, thumbnail_png)
        current = self.status(slot)
        try:
            if current.status in ("damaged", "newer"):
                if not force:
                    raise SaveError(
                        f"slot {slot} holds a save that can't be read ({current.reason}); "
                        "it was not overwritten"
                    )
                # Copied, not moved, so a crash here still leaves a file in the slot.
                keep = path.with_name(f"{path.name}.{current.status}-{self._stamp()}")
                write_atomically(keep, read_limited(path, MAX_SAVE_BYTES))
                log.warning("kept the unreadable save of slot %s as %s", slot, keep)
            elif current.status == "ok":
                write_atomically(self.backup_path_for(slot), read_limited(path, MAX_SAVE_BYTES))
            write_atomically(path, data)
        except OSError as error:
            raise SaveError(f"the game couldn't be saved ({error.strerror or error})") from error
        log.info("saved slot %s to %s", slot, path)
        return path

    def _stamp(self) -> str:
        return self._clock().strftime("%Y%m%d-%H%M%S")

    @staticmethod
    def _encode(payload: dict[str, Any], meta: SaveMeta, thumbnail_png: bytes | None) -> bytes:
        # These are bugs in the game, not the player's doing, but the player still gets a
        # sentence and the game goes on; the log has the detail.
        meta_fields = dataclasses.asdict(meta)
        try:
            if not isinstance(payload, dict):
                raise ValueError(f"the game state is {_type_name(payload)}, not an object")
            check_json_safe(payload, "payload")
            check_json_safe(meta_fields, "meta")
            try:  # the reader's own check, so whatever is written can be read back
                _parse_meta(meta_fields)
            except SaveError as error:
                raise ValueError(error.reason) from error
            if thumbnail_png is not None and not thumbnail_png.startswith(PNG_SIGNATURE):
                raise ValueError("the thumbnail is not a PNG image")
        except ValueError as error:
            log.error("refused to save unsafe state: %s", error)
            raise SaveError(f"the game couldn't be saved ({error})") from error
        document: dict[str, Any] = {
            "format": FORMAT_VERSION,
            "meta": meta_fields,
            "payload": payload,
            "thumbnail": (
                base64.b64encode(thumbnail_png).decode("ascii") if thumbnail_png else None
            ),
        }
        document["checksum"] = document_checksum(document)
        # One top-level key a line, unescaped, so a curious player or modder can find
        # their way; the values are compact because json's indenting runs in pure Python
        # and made a late-game save take several times longer.
        lines = [
            f"  {json.dumps(key)}: "
            + json.dumps(document[key], sort_keys=True, ensure_ascii=False, allow_nan=False)
            for key in sorted(document)
        ]
        return ("{\n" + ",\n".join(lines) + "\n}\n").encode("utf-8")

    def delete(self, slot: str) -> None:
        """Remove a slot and its backup (the player asked); raises SaveError on failure."""
        for path in (self.path_for(slot), self.backup_path_for(slot)):
            try:
                path.unlink(missing_ok=True)
            except OSError as error:
                reason = error.strerror or str(error)
                raise SaveError(f"the save couldn't be deleted ({reason})") from error
        log.info("deleted save slot %s", slot)
