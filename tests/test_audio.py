"""The audio module and the shipped music and sounds, on SDL's dummy audio driver."""

from __future__ import annotations

import logging
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pygame
import pytest

from game.audio import FALLBACK_MUFFLED_GAIN, MUSIC_TRACKS, SOUND_NAMES, Audio
from game.paths import data_root

ASSETS = data_root() / "assets"


@pytest.fixture
def audio(monkeypatch: pytest.MonkeyPatch) -> Iterator[Audio]:
    monkeypatch.setenv("SDL_AUDIODRIVER", "dummy")
    player = Audio(ASSETS)
    assert player.available, "the dummy driver should always give a mixer"
    yield player
    player.stop()


def _exercise(player: Audio) -> None:
    """Every public call, including the odd ones: none may raise."""
    player.play_music("home")
    player.play_music("no_such_track")
    player.set_muffled(True)
    player.update(1 / 60)
    player.play_sound("blip")
    player.play_sound("no_such_sound")
    player.set_volumes(0.5, 2.0)
    player.play_music(None, fade_ms=0)
    player.stop()


# --- the shipped files ---------------------------------------------------------------


@pytest.mark.parametrize("track", MUSIC_TRACKS)
def test_track_and_its_muffled_variant_load_with_the_same_length(audio: Audio, track: str) -> None:
    clear = pygame.mixer.Sound(ASSETS / "music" / f"{track}.ogg")
    muffled = pygame.mixer.Sound(ASSETS / "music" / f"{track}.muffled.ogg")
    assert 30.0 < clear.get_length() < 100.0
    assert muffled.get_length() == pytest.approx(clear.get_length(), abs=0.01)


@pytest.mark.parametrize("name", SOUND_NAMES)
def test_sound_loads(audio: Audio, name: str) -> None:
    sound = pygame.mixer.Sound(ASSETS / "sounds" / f"{name}.wav")
    assert 0.0 < sound.get_length() < 6.0


def _high_share(path: Path) -> float:
    """The share of energy above 2 kHz in a file's first 20 seconds."""
    np = pytest.importorskip("numpy")
    rate = pygame.mixer.get_init()[0]
    samples = pygame.sndarray.array(pygame.mixer.Sound(path))[: 20 * rate].astype(float)
    mono = samples.mean(axis=1) if samples.ndim == 2 else samples
    # Averaged over Hann-windowed 4096-sample frames: as good a measure, far faster than one
    # FFT over a length with awkward prime factors.
    frames = mono[: len(mono) // 4096 * 4096].reshape(-1, 4096)
    power = (np.abs(np.fft.rfft(frames * np.hanning(4096), axis=1)) ** 2).sum(axis=0)
    freqs = np.fft.rfftfreq(4096, 1.0 / rate)
    return float(power[freqs > 2000.0].sum() / power.sum())


@pytest.mark.parametrize("track", MUSIC_TRACKS)
def test_muffled_variant_is_really_filtered(audio: Audio, track: str) -> None:
    clear = _high_share(ASSETS / "music" / f"{track}.ogg")
    muffled = _high_share(ASSETS / "music" / f"{track}.muffled.ogg")
    assert clear > 0.0
    assert muffled < clear * 0.05


# --- running silent ------------------------------------------------------------------


def test_disabled_audio_is_silent_and_never_raises(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="game.audio"):
        player = Audio(ASSETS, enabled=False)
    assert not player.available
    assert len(caplog.records) == 1
    _exercise(player)
    assert player.levels() == (0.0, 0.0)
    assert player.current_track is None


def test_no_sound_device_runs_silent(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def no_device(*args: object, **kwargs: object) -> None:
        raise pygame.error("no audio device")

    monkeypatch.setattr(pygame.mixer, "init", no_device)
    with caplog.at_level(logging.INFO, logger="game.audio"):
        player = Audio(ASSETS)
    assert not player.available
    assert "silent" in caplog.text
    _exercise(player)


# --- music ----------------------------------------------------------------------------


def test_set_muffled_crossfades_over_updates(audio: Audio) -> None:
    audio.play_music("home", fade_ms=0)
    assert audio.levels() == pytest.approx((1.0, 0.0), abs=0.01)
    audio.set_muffled(True, fade_s=0.6)
    audio.update(0.3)
    assert audio.levels() == pytest.approx((0.5, 0.5), abs=0.02)
    audio.update(0.3)
    assert audio.levels() == pytest.approx((0.0, 1.0), abs=0.01)
    assert audio.muffled
    audio.set_muffled(False, fade_s=0)
    assert audio.levels() == pytest.approx((1.0, 0.0), abs=0.01)


def test_tracks_fade_in_and_out(audio: Audio) -> None:
    audio.play_music("title", fade_ms=0)
    audio.play_music("night", fade_ms=1000)
    assert audio.current_track == "night"
    assert audio.levels() == pytest.approx((0.0, 0.0), abs=0.01)
    audio.update(0.5)
    assert audio.levels()[0] == pytest.approx(0.5, abs=0.02)
    audio.update(0.5)
    assert audio.levels()[0] == pytest.approx(1.0, abs=0.01)
    audio.play_music("night")  # already playing: goes on, no restart
    assert audio.levels()[0] == pytest.approx(1.0, abs=0.01)
    audio.play_music(None, fade_ms=0)
    assert audio.current_track is None


def test_returning_to_a_fading_track_turns_it_round(audio: Audio) -> None:
    audio.play_music("title", fade_ms=0)
    audio.play_music("night", fade_ms=1000)
    audio.update(0.25)
    audio.play_music("title", fade_ms=1000)
    assert audio.current_track == "title"
    assert audio.levels()[0] == pytest.approx(0.75, abs=0.02)  # picks up where it was
    audio.update(0.25)
    assert audio.levels()[0] == pytest.approx(1.0, abs=0.01)


def test_unknown_track_warns_and_stays_silent(
    audio: Audio, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="game.audio"):
        audio.play_music("no_such_track", fade_ms=0)
    assert "no_such_track" in caplog.text
    assert audio.current_track is None


def test_set_volumes_clamps_and_applies_at_once(audio: Audio) -> None:
    audio.play_music("streets", fade_ms=0)
    audio.set_volumes(2.5, -1.0)
    assert (audio.music_volume, audio.sound_volume) == (1.0, 0.0)
    audio.set_volumes(0.5, 0.25)
    assert audio.levels()[0] == pytest.approx(0.5, abs=0.01)
    assert audio.sound_volume == 0.25


def _modded_assets(tmp_path: Path, track: str, muffled_from: str | None = None) -> Path:
    (tmp_path / "music").mkdir()
    shutil.copy(ASSETS / "music" / f"{track}.ogg", tmp_path / "music" / f"{track}.ogg")
    if muffled_from:
        source = ASSETS / "music" / f"{muffled_from}.muffled.ogg"
        shutil.copy(source, tmp_path / "music" / f"{track}.muffled.ogg")
    return tmp_path


def test_missing_muffled_file_is_derived(audio: Audio, tmp_path: Path) -> None:
    pytest.importorskip("numpy")
    audio.assets = _modded_assets(tmp_path, "museum")
    audio.play_music("museum", fade_ms=0)
    audio.set_muffled(True, fade_s=0)
    assert audio.levels() == pytest.approx((0.0, 1.0), abs=0.01)


def test_stale_muffled_file_is_replaced(
    audio: Audio, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    pytest.importorskip("numpy")
    audio.assets = _modded_assets(tmp_path, "museum", muffled_from="night")
    with caplog.at_level(logging.INFO, logger="game.audio"):
        audio.play_music("museum", fade_ms=0)
    assert "does not match" in caplog.text


def test_without_numpy_the_clear_track_plays_quieter(
    audio: Audio, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "numpy", None)  # makes `import numpy` fail
    audio.assets = _modded_assets(tmp_path, "museum")
    audio.play_music("museum", fade_ms=0)
    audio.set_muffled(True, fade_s=0)
    assert audio.levels() == pytest.approx((FALLBACK_MUFFLED_GAIN, 0.0), abs=0.01)


# --- sounds ---------------------------------------------------------------------------


def test_sounds_play_and_unknown_ones_only_warn(
    audio: Audio, caplog: pytest.LogCaptureFixture
) -> None:
    for name in SOUND_NAMES:
        audio.play_sound(name)
    with caplog.at_level(logging.WARNING, logger="game.audio"):
        audio.play_sound("no_such_sound")
        audio.play_sound("no_such_sound")
    assert len(caplog.records) == 1
