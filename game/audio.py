"""Music and sounds: looping tracks heard clear or muffled ("like clay"), and one-shots.

While the man wears bandages the world sounds dull; with the mask it is clear. Each
track therefore exists twice, rendered from the same buffer: `<id>.ogg` and
`<id>.muffled.ogg`. Both loop on two dedicated mixer channels started together, and
the face only moves a crossfade between them, so switching faces never restarts the
music. See docs/audio.md for the tracks, the sounds and how to replace them.

Nothing here touches a device until `Audio(...)` is built; without a sound device the
game runs silent rather than failing.
"""

from __future__ import annotations

import logging
import math
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from game.safeio import resolve_asset

if TYPE_CHECKING:
    import numpy as np

log = logging.getLogger(__name__)

# The ids the game and the content may name; tools/make_sound.py renders every one.
MUSIC_TRACKS: tuple[str, ...] = (
    "title",
    "streets",
    "house_s",
    "home",
    "night",
    "institute",
    "clinic",
    "museum",
    "cinema",
)
SOUND_NAMES: tuple[str, ...] = (
    "step1",
    "step2",
    "door",
    "blip",
    "shop_bell",
    "bus",
    "page",
    "select",
    "cancel",
    "confirm",
    "save",
)

# The muffle rule, shared by the tool that pre-renders `.muffled.ogg` and by the
# runtime fallback that derives one, so both sound the same.
MUFFLE_CUTOFF_HZ = 650.0
MUFFLE_GAIN = 0.7
# With no muffled file and no numpy to derive one, the clear track plays this much quieter.
FALLBACK_MUFFLED_GAIN = 0.55
# Decoded tracks are large (a minute of 44.1 kHz stereo is ~10 MB), so keep only the
# current one and the one fading out.
MUSIC_CACHE_SIZE = 2
MIXER_FREQUENCY, MIXER_SIZE, MIXER_CHANNELS, MIXER_BUFFER = 44100, -16, 2, 1024
# Two channel pairs: the playing track and the one fading out under it.
_RESERVED_CHANNELS = 4


def muffle(samples: np.ndarray, rate: int) -> np.ndarray:
    """Return samples (floats in -1..1, time on axis 0) heard "like clay".

    A steep zero-phase low-pass near 650 Hz with a little extra body around 250 Hz,
    brought to 3 dB below the source's loudness, then a gentle saturation that rounds
    the peaks (and keeps them under 0.63). Zero phase matters: the result stays
    sample-aligned with its source, so the two variants crossfade without smearing.
    The FFT is circular, so a seamless loop stays seamless.
    """
    import numpy as np

    spectrum = np.fft.rfft(samples, axis=0)
    freqs = np.fft.rfftfreq(len(samples), 1.0 / rate)
    response = 1.0 / np.sqrt(1.0 + (freqs / MUFFLE_CUTOFF_HZ) ** 8)
    response *= 1.0 + 0.3 * np.exp(-(((freqs - 250.0) / 120.0) ** 2))
    if samples.ndim == 2:
        response = response[:, None]
    filtered = np.fft.irfft(spectrum * response, len(samples), axis=0)
    # Loudness relative to the source, so a bright track is not dimmed more than a dark one.
    source_rms = float(np.sqrt(np.mean(samples**2)))
    filtered_rms = float(np.sqrt(np.mean(filtered**2))) or 1.0
    filtered *= MUFFLE_GAIN * source_rms / filtered_rms
    drive = 1.6
    return np.tanh(drive * filtered) / drive


@dataclass(slots=True)
class _Track:
    """A music track as loaded: its clear sound, and the muffled one heard behind the
    bandages."""

    clear: pygame.mixer.Sound
    # None when there was no muffled file and numpy was missing: play clear, quieter.
    muffled: pygame.mixer.Sound | None


@dataclass(slots=True)
class _Voice:
    """One track playing on a channel pair, with its own fade level."""

    name: str
    pair: int
    clear: pygame.mixer.Channel
    muffled: pygame.mixer.Channel
    has_muffled: bool
    level: float
    target: float
    rate: float  # level change per second


def _clamp(value: float) -> float:
    return max(0.0, min(1.0, float(value))) if value == value else 0.0


def _toward(value: float, target: float, rate: float, dt: float) -> float:
    """Move value toward target at rate per second; an infinite rate jumps there."""
    if math.isinf(rate):
        return target
    if value < target:
        return min(target, value + rate * dt)
    return max(target, value - rate * dt)


class Audio:
    """The game's mixer. Every method is safe to call when `available` is False."""

    def __init__(self, assets: Path, *, enabled: bool = True) -> None:
        self.assets = Path(assets)
        self.available = False
        self._music_volume = 1.0
        self._sound_volume = 1.0
        self._mix = 0.0  # 0 = clear, 1 = muffled
        self._mix_target = 0.0
        self._mix_rate = 0.0
        self._sounds: dict[str, pygame.mixer.Sound | None] = {}
        self._tracks: OrderedDict[str, _Track] = OrderedDict()
        self._missing_tracks: set[str] = set()
        self._voices: list[_Voice] = []  # the last one is the current track
        self._pairs: list[tuple[pygame.mixer.Channel, pygame.mixer.Channel]] = []
        if not enabled:
            log.info("Audio disabled: running silent")
            return
        try:
            pygame.mixer.init(frequency=MIXER_FREQUENCY, size=MIXER_SIZE,
                              channels=MIXER_CHANNELS, buffer=MIXER_BUFFER)
            pygame.mixer.set_num_channels(max(pygame.mixer.get_num_channels(), 16))
            pygame.mixer.set_reserved(_RESERVED_CHANNELS)
            channels = [pygame.mixer.Channel(i) for i in range(_RESERVED_CHANNELS)]
        except pygame.error as exc:
            log.info("No sound device (%s): running silent", exc)
            return
        self._pairs = list(zip(channels[::2], channels[1::2], strict=True))
        self.available = True

    # --- music -----------------------------------------------------------------------

    @property
    def current_track(self) -> str | None:
        if self._voices and self._voices[-1].target > 0.0:
            return self._voices[-1].name
        return None

    def play_music(self, track: str | None, *, fade_ms: int = 800) -> None:
        """Fade to `track` (None = silence). The same track already playing goes on."""
        if not self.available or track == self.current_track:
            return
        rate = 1000.0 / fade_ms if fade_ms > 0 else math.inf
        for voice in self._voices:
            voice.target, voice.rate = 0.0, rate
        if track is not None:
            revived = next((v for v in self._voices if v.name == track), None)
            if revived is not None:
                # Coming back to a track still fading out: turn it round, don't restart it.
                self._voices.remove(revived)
                self._voices.append(revived)
                revived.target = 1.0
            else:
                self._start(track, rate)
        self._apply_fades(0.0)

    def _start(self, name: str, rate: float) -> None:
        loaded = self._track(name)
        if loaded is None:
            return
        if len(self._voices) >= len(self._pairs):
            self._drop(self._voices[0])  # a third quick switch cuts the oldest fade short
        busy = {voice.pair for voice in self._voices}
        pair = next(i for i in range(len(self._pairs)) if i not in busy)
        clear, muffled = self._pairs[pair]
        start_level = 1.0 if math.isinf(rate) else 0.0
        voice = _Voice(
            name, pair, clear, muffled, loaded.muffled is not None, start_level, 1.0, rate
        )
        self._voices.append(voice)
        self._set_channel_volumes(voice)
        # Started back to back so the pair loops in step (at most one mixer buffer apart).
        clear.play(loaded.clear, loops=-1)
        if loaded.muffled is not None:
            muffled.play(loaded.muffled, loops=-1)
        self._set_channel_volumes(voice)

    def _drop(self, voice: _Voice) -> None:
        voice.clear.stop()
        voice.muffled.stop()
        self._voices.remove(voice)

    def _track(self, name: str) -> _Track | None:
        if name in self._tracks:
            self._tracks.move_to_end(name)
            return self._tracks[name]
        if name in self._missing_tracks:
            return None  # already reported
        folder = self.assets / "music"
        found = resolve_asset(f"music/{name}.ogg", [self.assets])  # never outside assets/
        clear_path = found or folder / f"{name}.ogg"
        if found is None:
            log.warning("Unknown music track %r (no %s): staying silent", name, clear_path)
            self._missing_tracks.add(name)
            return None
        try:
            clear = pygame.mixer.Sound(clear_path)
        except pygame.error as exc:
            log.warning("Cannot load music %s (%s): staying silent", clear_path, exc)
            self._missing_tracks.add(name)
            return None
        loaded = _Track(clear, self._muffled_variant(folder / f"{name}.muffled.ogg", clear))
        self._tracks[name] = loaded
        while len(self._tracks) > MUSIC_CACHE_SIZE:
            self._tracks.popitem(last=False)
        return loaded

    def _muffled_variant(self, path: Path, clear: pygame.mixer.Sound) -> pygame.mixer.Sound | None:
        if path.is_file():
            try:
                muffled = pygame.mixer.Sound(path)
            except pygame.error as exc:
                log.warning("Cannot load %s (%s): deriving it", path, exc)
            else:
                # A modder who replaced only the clear file leaves a stale muffled one;
                # a different length gives it away, and the pair would drift apart.
                if abs(muffled.get_length() - clear.get_length()) < 0.01:
                    return muffled
                log.info("%s does not match its clear track: deriving it", path.name)
        return _derive_muffled(clear)

    def set_muffled(self, muffled: bool, *, fade_s: float = 0.6) -> None:
        """Crossfade between the clear and muffled variants over fade_s seconds."""
        if not self.available:
            return
        self._mix_target = 1.0 if muffled else 0.0
        self._mix_rate = 1.0 / fade_s if fade_s > 0 else math.inf
        self._apply_fades(0.0)

    @property
    def muffled(self) -> bool:
        return self._mix_target >= 1.0

    def levels(self) -> tuple[float, float]:
        """The current track's (clear, muffled) channel volumes, for tests and overlays."""
        if not self.available or not self._voices:
            return (0.0, 0.0)
        voice = self._voices[-1]
        return (voice.clear.get_volume(), voice.muffled.get_volume())

    # --- sounds ----------------------------------------------------------------------

    def play_sound(self, name: str) -> None:
        if not self.available:
            return
        if name not in self._sounds:
            self._sounds[name] = self._load_sound(name)
        sound = self._sounds[name]
        if sound is not None:
            sound.play()

    def _load_sound(self, name: str) -> pygame.mixer.Sound | None:
        path = resolve_asset(f"sounds/{name}.wav", [self.assets])  # never outside assets/
        if path is None:
            log.warning("No sound %r in %s", name, self.assets / "sounds")
            return None
        try:
            sound = pygame.mixer.Sound(path)
        except (pygame.error, FileNotFoundError) as exc:
            log.warning("Cannot load sound %r from %s (%s)", name, path, exc)
            return None
        sound.set_volume(self._sound_volume)
        return sound

    # --- volumes and time ------------------------------------------------------------

    @property
    def music_volume(self) -> float:
        return self._music_volume

    @property
    def sound_volume(self) -> float:
        return self._sound_volume

    def set_volumes(self, music: float, sound: float) -> None:
        """Set both volumes (clamped to 0..1), heard at once."""
        self._music_volume = _clamp(music)
        self._sound_volume = _clamp(sound)
        if not self.available:
            return
        for loaded in self._sounds.values():
            if loaded is not None:
                loaded.set_volume(self._sound_volume)
        self._apply_fades(0.0)

    def update(self, dt: float) -> None:
        """Advance track fades and the muffle crossfade by dt seconds."""
        if self.available:
            self._apply_fades(dt)

    def _apply_fades(self, dt: float) -> None:
        self._mix = _toward(self._mix, self._mix_target, self._mix_rate, dt)
        for voice in list(self._voices):
            voice.level = _toward(voice.level, voice.target, voice.rate, dt)
            if voice.level <= 0.0 and voice.target <= 0.0:
                self._drop(voice)
            else:
                self._set_channel_volumes(voice)

    def _set_channel_volumes(self, voice: _Voice) -> None:
        # Linear, not equal-power: the two variants are the same signal, so their
        # amplitudes add and a linear crossfade keeps the loudness steady.
        level = self._music_volume * voice.level
        if voice.has_muffled:
            voice.clear.set_volume(level * (1.0 - self._mix))
            voice.muffled.set_volume(level * self._mix)
        else:
            quieter = 1.0 - self._mix * (1.0 - FALLBACK_MUFFLED_GAIN)
            voice.clear.set_volume(level * quieter)
            voice.muffled.set_volume(0.0)

    def stop(self) -> None:
        """Silence music and sounds at once."""
        if not self.available:
            return
        for voice in list(self._voices):
            self._drop(voice)
        pygame.mixer.stop()


def _derive_muffled(clear: pygame.mixer.Sound) -> pygame.mixer.Sound | None:
    """Build the muffled variant from the clear one, if numpy is there to do it."""
    try:
        return _filtered_copy(clear)
    except ImportError:
        log.info("No muffled track and no numpy: the clear track will play quieter")
    except (pygame.error, ValueError, MemoryError) as exc:
        log.warning("Cannot derive a muffled track (%s): the clear one will play quieter", exc)
    return None


def _filtered_copy(clear: pygame.mixer.Sound) -> pygame.mixer.Sound:
    import numpy as np

    mixer = pygame.mixer.get_init()
    frequency = mixer[0] if mixer else MIXER_FREQUENCY
    samples = pygame.sndarray.array(clear)
    # A mono file comes back as identical channels: filter one, copy it (half the work).
    if samples.ndim == 2 and all(np.array_equal(samples[:, 0], c) for c in samples.T[1:]):
        dull = muffle(samples[:, 0] / 32768.0, frequency)[:, None].repeat(samples.shape[1], axis=1)
    else:
        dull = muffle(samples / 32768.0, frequency)
    dull = np.clip(dull * 32768.0, -32768, 32767).astype(np.int16)
    return pygame.sndarray.make_sound(np.ascontiguousarray(dull))
