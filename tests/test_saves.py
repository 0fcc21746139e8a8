"""Save slots: round trips, crash safety, damaged files kept and explained, migrations."""

from __future__ import annotations

import json
import os
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game import saves
from game.saves import (
    FORMAT_VERSION,
    PNG_SIGNATURE,
    SLOTS,
    EmptySlotError,
    NewerSaveError,
    SaveError,
    SaveMeta,
    SaveStore,
    document_checksum,
    migration,
)

# a PNG header (8x6 pixels) and no picture: the store keeps the bytes, it never decodes them
THUMBNAIL = PNG_SIGNATURE + b"\x00\x00\x00\rIHDR" + (8).to_bytes(4, "big") + (6).to_bytes(
    4, "big") + b"\x08\x06\x00\x00\x00 not really a picture"


class FakeClock:
    """A clock the test moves by hand, so 'newest' is decided by the test."""

    def __init__(self) -> None:
        self.now = datetime(2024, 5, 1, 14, 3, 22, tzinfo=timezone(timedelta(hours=-3)))

    def __call__(self) -> datetime:
        return self.now

    def tick(self, seconds: float = 60) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(tmp_path: Path, clock: FakeClock) -> SaveStore:
    return SaveStore(tmp_path / "saves", "0.1.0", migrations={}, clock=clock)


def meta(place: str = "Hotel Lobby", chapter: int = 2) -> SaveMeta:
    return SaveMeta(place=place, map_id="hotel", chapter=chapter, play_time=1234.5)


PAYLOAD: dict[str, Any] = {
    "facts": {"face": "mask", "chapter": 2, "room_rented": True, "ratio": 0.25},
    "memory": {"nurse": {"met": True, "names": ["Ana", "Zoë", "João"]}},
    "history": [["doctor", "Não olhe para mim."], ["you", "…"], []],
    "nothing": None,
    "emoji": "🎭",
}


def write_raw(store: SaveStore, slot: str, data: bytes) -> Path:
    path = store.path_for(slot)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def document_for(payload: dict[str, Any], file_format: int = FORMAT_VERSION) -> dict[str, Any]:
    """A well-formed document with a correct checksum, for tests that bend one part."""
    document: dict[str, Any] = {
        "format": file_format,
        "meta": {
            "slot": "1",
            "saved_at": "2024-05-01T14:03:22-03:00",
            "place": "Streets",
            "map_id": "streets",
            "chapter": 1,
            "play_time": 10.0,
            "game_version": "0.0.9",
            "format": file_format,
        },
        "payload": payload,
        "thumbnail": None,
    }
    document["checksum"] = document_checksum(document)
    return document


# -- round trips ---------------------------------------------------------------------


def test_round_trip_keeps_payload_meta_and_thumbnail(store: SaveStore) -> None:
    path = store.write("3", PAYLOAD, meta(), THUMBNAIL)
    assert path == store.folder / "3.json"
    save = store.read("3")
    assert save.payload == PAYLOAD
    assert save.thumbnail_png == THUMBNAIL
    assert save.meta.place == "Hotel Lobby"
    assert save.meta.map_id == "hotel"
    assert save.meta.chapter == 2
    assert save.meta.play_time == 1234.5
    assert save.meta.slot == "3"
    assert save.meta.game_version == "0.1.0"
    assert save.meta.format == FORMAT_VERSION
    assert save.meta.saved_at == "2024-05-01T14:03:22-03:00"


def test_file_is_readable_indented_json(store: SaveStore) -> None:
    path = store.write("1", PAYLOAD, meta())
    text = path.read_text(encoding="utf-8")
    assert "\n  " in text
    assert "Não olhe para mim." in text  # not \u-escaped
    document = json.loads(text)
    assert document["format"] == FORMAT_VERSION
    assert document["checksum"].startswith("sha256:")
    assert document["thumbnail"] is None


def test_every_slot_has_a_path_and_unknown_slots_are_refused(store: SaveStore) -> None:
    assert [store.path_for(slot).name for slot in SLOTS][:3] == [
        "auto.json",
        "quick.json",
        "1.json",
    ]
    assert store.backup_path_for("quick").name == "quick.json.bak"
    with pytest.raises(ValueError, match="unknown save slot"):
        store.path_for("10")
    with pytest.raises(ValueError):
        store.path_for("../settings")


def test_read_of_an_empty_slot_says_so(store: SaveStore) -> None:
    with pytest.raises(EmptySlotError, match="no save"):
        store.read("5")


@pytest.mark.parametrize(
    "payload",
    [
        {"facts": {1: "int key"}},
        {"facts": ("a", "tuple")},
        {"facts": {"nan": float("nan")}},
        {"facts": {"set": {1, 2}}},
        {"text": "\ud800"},
    ],
    ids=["int-key", "tuple", "nan", "set", "lone-surrogate"],
)
def test_state_json_would_change_is_refused_and_nothing_is_written(
    store: SaveStore, payload: dict[str, Any]
) -> None:
    with pytest.raises(SaveError, match="couldn't be saved"):
        store.write("1", payload, meta())
    assert not store.path_for("1").exists()


def test_meta_the_reader_would_reject_is_refused_on_write(store: SaveStore) -> None:
    bad = SaveMeta(place="Clinic", map_id="clinic", chapter=True, play_time=1.0)  # type: ignore[arg-type]
    with pytest.raises(SaveError, match="meta.chapter"):
        store.write("1", PAYLOAD, bad)
    with pytest.raises(SaveError, match="meta.play_time"):
        store.write("1", PAYLOAD, SaveMeta(place="", map_id="", chapter=1, play_time=-5.0))
    assert not store.path_for("1").exists()


def test_thumbnail_must_be_a_png(store: SaveStore) -> None:
    with pytest.raises(SaveError, match="PNG"):
        store.write("1", PAYLOAD, meta(), b"GIF89a")


# -- crash safety and backups --------------------------------------------------------


def test_crash_during_replace_leaves_the_old_save_intact(
    store: SaveStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = store.write("quick", {"step": 1}, meta())
    before = path.read_bytes()

    def crash(_src: object, _dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(saves.os, "replace", crash)
    with pytest.raises(SaveError, match="No space left on device"):
        store.write("quick", {"step": 2}, meta())
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert store.read("quick").payload == {"step": 1}
    leftovers = [p.name for p in store.folder.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


def test_previous_save_is_kept_as_backup(store: SaveStore, clock: FakeClock) -> None:
    store.write("2", {"step": 1}, meta())
    first = store.path_for("2").read_bytes()
    assert not store.backup_path_for("2").exists()
    clock.tick()
    store.write("2", {"step": 2}, meta())
    assert store.backup_path_for("2").read_bytes() == first
    assert store.read("2").payload == {"step": 2}
    assert store.read_backup("2").payload == {"step": 1}
    assert store.status("2").has_backup


def test_delete_removes_slot_and_backup(store: SaveStore) -> None:
    store.write("4", {"step": 1}, meta())
    store.write("4", {"step": 2}, meta())
    store.delete("4")
    assert not store.path_for("4").exists()
    assert not store.backup_path_for("4").exists()
    assert store.status("4").status == "empty"
    store.delete("4")  # deleting an empty slot is fine


# -- damaged files -------------------------------------------------------------------


def _damaged_contents() -> dict[str, bytes]:
    good = json.dumps(document_for({"facts": {"face": "mask"}}), indent=2).encode()
    wrong_checksum = document_for({"facts": {"face": "mask"}})
    wrong_checksum["payload"]["facts"]["face"] = "bandages"
    no_meta = document_for({})
    del no_meta["meta"]
    no_meta["checksum"] = document_checksum(no_meta)
    bad_chapter = document_for({})
    bad_chapter["meta"]["chapter"] = "two"
    bad_chapter["checksum"] = document_checksum(bad_chapter)
    missing_field = document_for({})
    del missing_field["meta"]["place"]
    missing_field["checksum"] = document_checksum(missing_field)
    list_payload = document_for([])  # type: ignore[arg-type]
    no_checksum = document_for({})
    del no_checksum["checksum"]
    return {
        "truncated": good[: len(good) // 2],
        "garbage": b"this is not json at all\n",
        "binary": bytes(range(256)) * 4,
        "empty": b"",
        "whitespace": b"   \n\t",
        "json-list": b"[1, 2, 3]",
        "json-string": b'"a save"',
        "no-format": b'{"meta": {}, "payload": {}}',
        "bool-format": b'{"format": true}',
        "checksum-mismatch": json.dumps(wrong_checksum).encode(),
        "no-checksum": json.dumps(no_checksum).encode(),
        "no-meta": json.dumps(no_meta).encode(),
        "wrong-type-field": json.dumps(bad_chapter).encode(),
        "missing-field": json.dumps(missing_field).encode(),
        "payload-list": json.dumps(list_payload).encode(),
        "deep-nesting": b"[" * 100_000,
    }


DAMAGED = _damaged_contents()


@pytest.mark.parametrize("name", sorted(DAMAGED))
def test_damaged_file_is_reported_with_a_reason_and_kept(store: SaveStore, name: str) -> None:
    contents = DAMAGED[name]
    path = write_raw(store, "7", contents)
    with pytest.raises(SaveError) as caught:
        store.read("7")
    assert caught.value.reason
    assert not isinstance(caught.value, (NewerSaveError, EmptySlotError))
    info = store.status("7")
    assert info.status == "damaged"
    assert info.reason == caught.value.reason
    assert info.meta is None
    assert path.read_bytes() == contents


def test_reasons_say_where_the_file_is_broken(store: SaveStore) -> None:
    good = json.dumps(document_for({})).encode()
    write_raw(store, "1", good[:100])
    with pytest.raises(SaveError, match="truncated at byte 100"):
        store.read("1")
    write_raw(store, "1", b'{\n  "format": 1,\n  oops\n}')
    with pytest.raises(SaveError, match=r"not a save file \(line 3, column 3: "):
        store.read("1")
    write_raw(store, "1", b"\x89PNG\r\n\x1a\n\xff\xfe")
    with pytest.raises(SaveError, match="binary data at byte"):
        store.read("1")
    write_raw(store, "1", json.dumps(_checksum_mismatch()).encode())
    with pytest.raises(SaveError, match="checksum"):
        store.read("1")
    write_raw(store, "1", b"")
    with pytest.raises(SaveError, match="empty"):
        store.read("1")


def _checksum_mismatch() -> dict[str, Any]:
    document = document_for({"gold": 1})
    document["payload"]["gold"] = 999
    return document


def test_newer_format_is_listed_as_newer_and_never_overwritten(store: SaveStore) -> None:
    newer = {"format": 7, "whatever": "a future game writes"}
    contents = json.dumps(newer).encode()
    path = write_raw(store, "auto", contents)
    with pytest.raises(NewerSaveError, match=r"newer version of the game \(format 7\)") as caught:
        store.read("auto")
    assert caught.value.file_format == 7
    info = store.status("auto")
    assert info.status == "newer"
    assert "format 7" in info.reason
    with pytest.raises(SaveError, match="not overwritten"):
        store.write("auto", PAYLOAD, meta())
    assert path.read_bytes() == contents


def test_write_refuses_to_overwrite_a_damaged_slot_without_force(
    store: SaveStore, clock: FakeClock
) -> None:
    store.write("6", {"good": "backup"}, meta())
    clock.tick()
    store.write("6", {"good": "current"}, meta())
    backup = store.backup_path_for("6").read_bytes()
    damaged = b'{"format": 1, "meta": '
    path = write_raw(store, "6", damaged)

    with pytest.raises(SaveError, match="not overwritten"):
        store.write("6", PAYLOAD, meta())
    assert path.read_bytes() == damaged

    clock.tick()
    store.write("6", PAYLOAD, meta(), force=True)
    assert store.read("6").payload == PAYLOAD
    # The damaged file is kept beside the slot; the good backup is not replaced by it.
    kept = [p for p in store.folder.iterdir() if p.name.startswith("6.json.damaged-")]
    assert [p.read_bytes() for p in kept] == [damaged]
    assert store.backup_path_for("6").read_bytes() == backup


def test_unreadable_path_is_damaged_not_a_crash(store: SaveStore) -> None:
    store.path_for("8").mkdir(parents=True)  # a folder where the file should be
    info = store.status("8")
    assert info.status == "damaged"
    assert "can't be read" in info.reason


# -- listing and continue ------------------------------------------------------------


def test_list_slots_covers_every_slot_and_never_raises(store: SaveStore) -> None:
    assert [info.status for info in store.list_slots()] == ["empty"] * len(SLOTS)
    store.write("auto", PAYLOAD, meta("Streets"), THUMBNAIL)
    write_raw(store, "2", b"garbage")
    listing = {info.slot: info for info in store.list_slots()}
    assert [info.slot for info in store.list_slots()] == list(SLOTS)
    assert listing["auto"].status == "ok"
    assert listing["auto"].meta is not None and listing["auto"].meta.place == "Streets"
    assert listing["auto"].thumbnail_png == THUMBNAIL
    assert listing["2"].status == "damaged" and "line 1, column 1" in listing["2"].reason
    assert listing["1"].status == "empty" and listing["1"].reason == ""


def test_latest_is_the_newest_readable_save(store: SaveStore, clock: FakeClock) -> None:
    assert store.latest() is None
    store.write("1", {"n": 1}, meta("Clinic"))
    clock.tick()
    store.write("quick", {"n": 2}, meta("Hotel"))
    clock.tick()
    store.write("3", {"n": 3}, meta("Station"))
    clock.tick()
    write_raw(store, "4", b"{}")  # damaged files never win
    latest = store.latest()
    assert latest is not None and latest.slot == "3"
    clock.tick()
    store.write("1", {"n": 4}, meta("Clinic"))
    latest = store.latest()
    assert latest is not None and latest.slot == "1"


def test_latest_compares_times_across_utc_offsets(tmp_path: Path) -> None:
    # 10:00 in Lisbon (UTC) is later than 06:30 in São Paulo (UTC-3) = 09:30 UTC.
    times = iter(
        [
            datetime(2024, 1, 1, 6, 30, tzinfo=timezone(timedelta(hours=-3))),
            datetime(2024, 1, 1, 10, 0, tzinfo=timezone.utc),
        ]
    )
    store = SaveStore(tmp_path, "0.1.0", migrations={}, clock=lambda: next(times))
    store.write("1", {}, meta())
    store.write("2", {}, meta())
    latest = store.latest()
    assert latest is not None and latest.slot == "2"


def test_a_save_copied_to_another_slot_belongs_to_that_slot(store: SaveStore) -> None:
    store.write("1", PAYLOAD, meta())
    write_raw(store, "9", store.path_for("1").read_bytes())
    assert store.read("9").meta.slot == "9"


# -- migrations ----------------------------------------------------------------------


def test_migration_runs_from_old_format_to_current(tmp_path: Path) -> None:
    registry: dict[int, saves.Migration] = {}

    @migration(from_version=0, registry=registry)
    def rename_mask(document: dict[str, Any]) -> dict[str, Any]:
        facts = document["payload"].pop("flags")
        document["payload"]["facts"] = facts
        document["meta"].setdefault("map_id", "streets")
        return document

    old = document_for({"flags": {"face": "mask"}}, file_format=0)
    del old["meta"]["map_id"]
    old["checksum"] = document_checksum(old)
    store = SaveStore(tmp_path, "0.1.0", migrations=registry)
    path = write_raw(store, "2", json.dumps(old).encode())
    before = path.read_bytes()

    save = store.read("2")
    assert save.payload == {"facts": {"face": "mask"}}
    assert save.meta.map_id == "streets"
    assert save.meta.format == FORMAT_VERSION
    assert path.read_bytes() == before  # reading never rewrites the file


def test_module_registry_is_used_by_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(saves, "MIGRATIONS", {})
    migration(from_version=0)(lambda document: document)
    assert 0 in saves.MIGRATIONS
    store = SaveStore(tmp_path, "0.1.0")
    write_raw(store, "1", json.dumps(document_for({"a": 1}, file_format=0)).encode())
    assert store.read("1").payload == {"a": 1}


def test_missing_or_failing_migration_is_a_save_error(tmp_path: Path) -> None:
    old = json.dumps(document_for({}, file_format=0)).encode()
    store = SaveStore(tmp_path, "0.1.0", migrations={})
    write_raw(store, "1", old)
    with pytest.raises(SaveError, match="older version of the game"):
        store.read("1")

    def broken(document: dict[str, Any]) -> dict[str, Any]:
        raise KeyError("flags")

    store = SaveStore(tmp_path, "0.1.0", migrations={0: broken})
    with pytest.raises(SaveError, match="couldn't be upgraded from format 0"):
        store.read("1")
    assert store.status("1").status == "damaged"


def test_migration_registration_is_checked() -> None:
    registry: dict[int, saves.Migration] = {}
    migration(from_version=0, registry=registry)(lambda document: document)
    with pytest.raises(ValueError, match="already registered"):
        migration(from_version=0, registry=registry)(lambda document: document)
    with pytest.raises(ValueError, match="past the current"):
        migration(from_version=FORMAT_VERSION, registry=registry)(lambda document: document)


# -- hostile input -------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)

# Documents shaped like saves, so the checks past the JSON parser get exercised too.
save_like = st.fixed_dictionaries(
    {"format": st.integers(-2, 3) | json_values},
    optional={
        "meta": st.dictionaries(st.sampled_from(sorted(saves._META_TYPES)), json_values, max_size=8)
        | json_values,
        "payload": json_values,
        "thumbnail": st.none() | st.text() | st.just("iVBORw0KGgo="),
        "checksum": st.text(max_size=10),
    },
)


@st.composite
def checksummed(draw: st.DrawFn) -> dict[str, Any]:
    document = draw(save_like)
    if draw(st.booleans()):
        document["checksum"] = document_checksum(document)
    return document


def _read_hostile(tmp_path: Path, contents: bytes) -> None:
    store = SaveStore(tmp_path, "0.1.0", migrations={0: lambda document: document})
    path = write_raw(store, "1", contents)
    try:
        store.read("1")
    except SaveError as error:
        assert error.reason
    assert store.status("1").status in ("ok", "damaged", "newer")
    assert path.read_bytes() == contents


hostile = settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@hostile
@given(contents=st.binary(max_size=300))
def test_random_bytes_only_raise_save_error(tmp_path: Path, contents: bytes) -> None:
    _read_hostile(tmp_path, contents)


@hostile
@given(value=json_values | checksummed())
def test_random_json_only_raises_save_error(tmp_path: Path, value: object) -> None:
    _read_hostile(tmp_path, json.dumps(value).encode())


@hostile
@given(value=checksummed(), cut=st.integers(0, 400))
def test_truncated_saves_only_raise_save_error(tmp_path: Path, value: object, cut: int) -> None:
    _read_hostile(tmp_path, json.dumps(value, indent=1).encode()[:cut])


def test_write_creates_the_folder_and_leaves_no_temp_files(store: SaveStore) -> None:
    assert not store.folder.exists()
    store.write("auto", PAYLOAD, meta())
    assert sorted(os.listdir(store.folder)) == ["auto.json"]


@pytest.mark.parametrize(
    ("contents", "said"),
    [
        (b'{"a": tr', "truncated at byte 8"),
        (b'{"a": 1.', "truncated"),
        (b'{"a": "Jo\\u00', "truncated"),
        (b'{"a": "Jo\\u00e3', "truncated"),  # a whole escape, but the string never ends
        (b'{"a": "Jo\xc3', "truncated"),  # cut inside the two bytes of "ã"
        (b'{"a"', "truncated"),
        (b"[1 2", "line 1, column 4"),
        (b"abc", "line 1, column 1"),
        (b'{"a": 1} x', "line 1, column 10: Extra data"),
        (b'{"a": "x\n"}', "line 1, column 9: Invalid control character"),
    ],
)
def test_a_cut_file_is_told_apart_from_garbage(contents: bytes, said: str) -> None:
    with pytest.raises(SaveError, match=re.escape(said)):
        saves.decode_json_document(contents)


# What the game can really save: no NaN or infinity (write refuses them).
saveable_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=150, deadline=None)
@given(payload=st.dictionaries(st.text(max_size=6), saveable_values, max_size=5), data=st.data())
def test_every_cut_of_a_real_save_reads_as_truncated(
    payload: dict[str, Any], data: st.DataObject
) -> None:
    good = json.dumps(document_for(payload), indent=2, ensure_ascii=False).encode("utf-8")
    cut = data.draw(st.integers(1, len(good) - 1))
    if not good[:cut].strip():
        return
    with pytest.raises(SaveError, match="truncated at byte") as caught:
        saves.decode_json_document(good[:cut])
    assert caught.value.reason.endswith(f"byte {cut})")


def test_latest_breaks_a_tie_by_the_file_written_last(store: SaveStore) -> None:
    store.write("quick", {"n": 1}, meta())
    store.write("auto", {"n": 2}, meta())  # same second on the fake clock
    later = store.path_for("quick").stat().st_mtime_ns + 1_000_000
    os.utime(store.path_for("auto"), ns=(later, later))
    latest = store.latest()
    assert latest is not None and latest.slot == "auto"
