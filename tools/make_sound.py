"""Render every music track and sound of A Borrowed Face from code.

    python tools/make_sound.py              # everything, into assets/
    python tools/make_sound.py home step1   # only these ids

Nothing is sampled: the scores below are data, the instruments live in tools/synth.py.
Output is deterministic (fixed seeds), so rerunning reproduces the shipped files.
Each track is written twice from the same buffer: `<id>.ogg` and `<id>.muffled.ogg`,
the second through game.audio.muffle, the rule the game itself uses as a fallback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import soundfile as sf

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the muffle rule and the id lists come from the game
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")  # game.audio imports pygame

import synth as s  # noqa: E402
from synth import RATE, Buffer, Loop  # noqa: E402

from game.audio import MUSIC_TRACKS, SOUND_NAMES, muffle  # noqa: E402

Rng = np.random.Generator

# --- score notation ----------------------------------------------------------------
# A bar is a string of "note:eighths" tokens ("r" rests), e.g. "A4:2 C5:1 E5:5".
# With swing, an off-beat eighth lands two thirds into the beat, as in jazz.

_PITCH_CLASS = {"C": 0, "D": 2, "E": 4, "F": 5, "G": 7, "A": 9, "B": 11}


def midi(name: str) -> int:
    accidentals = name[1:-1]
    return (
        12 * (int(name[-1]) + 1)
        + _PITCH_CLASS[name[0]]
        + accidentals.count("#")
        - accidentals.count("b")
    )


@dataclass(frozen=True, slots=True)
class Note:
    beat: float
    beats: float
    pitch: int


def _eighth_to_beat(eighths: int, swing: float) -> float:
    return eighths // 2 + (swing if eighths % 2 else 0.0)


def phrase(bars: list[str], beats_per_bar: int, *, swing: float = 0.5) -> list[Note]:
    notes = []
    for index, bar in enumerate(bars):
        pos = 0
        offset = index * beats_per_bar
        for token in bar.split():
            name, length = token.split(":")
            if name != "r":
                start = _eighth_to_beat(pos, swing)
                end = _eighth_to_beat(pos + int(length), swing)
                notes.append(Note(offset + start, end - start, midi(name)))
            pos += int(length)
        if pos != 2 * beats_per_bar:
            raise ValueError(f"bar {index + 1} of a phrase has {pos} eighths: {bar!r}")
    return notes


def play(
    loop: Loop,
    part: Callable[..., Buffer],
    notes: list[Note],
    vel: float,
    rng: Rng,
    *,
    transpose: int = 0,
    offset: float = 0.0,
    legato: float = 1.0,
) -> None:
    for note in notes:
        accent = vel * rng.uniform(0.88, 1.0)
        loop.note(
            part, offset + note.beat, note.beats * legato, note.pitch + transpose, accent, rng
        )


@dataclass(frozen=True, slots=True)
class Chord:
    root: str
    quality: str
    beats: float = 4.0


# Rootless voicings (the bass has the root): thirds, sevenths and colour tones.
VOICINGS: dict[str, tuple[int, ...]] = {
    "maj7": (4, 7, 11, 14),
    "m7": (3, 7, 10, 14),
    "7": (4, 9, 10, 14),
    "7b9": (4, 9, 10, 13),
}
TRIADS: dict[str, tuple[int, ...]] = {"": (4, 7), "m": (3, 7), "7": (4, 7, 10)}


def chart(symbols: str, beats_per_bar: int) -> list[list[Chord]]:
    """Parse a lead-sheet line: bars split by "|", a bar's chords share its beats."""
    bars = []
    for bar in symbols.split("|"):
        names = bar.split()
        root_length = [2 if len(n) > 1 and n[1] in "b#" else 1 for n in names]
        share = beats_per_bar / len(names)
        bars.append([Chord(n[:k], n[k:], share) for n, k in zip(names, root_length, strict=True)])
    return bars


def root_pitch(chord: Chord, low: int) -> int:
    """The chord's root at or above `low`, within an octave."""
    return (
        low
        + (_PITCH_CLASS[chord.root[0]] + chord.root.count("#") - chord.root.count("b") - low) % 12
    )


# --- title: sparse piano, inward ---------------------------------------------------

# D minor, unresolved: the left hand rolls each chord and lets it ring.
# fmt: off
TITLE_LEFT = [
    "D2 A2 E3", "Bb1 F2 A2", "G2 D3 A3", "A1 E2 D3",
    "D2 A2 E3", "C2 C3 E3", "Bb1 F2 E3", "A1 E2 C#3",
    "D2 A2 F3", "Bb1 F2 A2", "G2 D3 A3", "E2 Bb2 D3",
    "F2 C3 E3", "E2 C3 G3", "Bb1 F2 A2", "A1 E2 D3",
]
# fmt: on


def title(rng: Rng) -> Buffer:
    loop = Loop(beats=64, bpm=54)
    for bar, chord in enumerate(TITLE_LEFT):
        for k, pitch in enumerate(midi(name) for name in chord.split()):
            # A slow roll from the bass up, held by the pedal into the next bar.
            loop.note(s.piano, bar * 4 + k * 0.3, 4.2 - k * 0.3, pitch, 0.36 - 0.04 * k, rng)
    melody = phrase(
        [
            "r:2 A4:4 C5:2",
            "D5:6 C5:2",
            "Bb4:4 A4:4",
            "r:2 G4:6",
            "F4:3 E4:1 A4:4",
            "r:2 C5:6",
            "E5:4 D5:4",
            "D5:4 C#5:4",
            "r:1 A4:5 E5:2",
            "F5:4 D5:4",
            "r:2 Bb4:4 A4:2",
            "G4:8",
            "A4:2 C5:2 E5:4",
            "D5:6 C5:2",
            "A4:4 A5:4",
            "r:4 E4:4",
        ],
        4,
    )
    play(loop, s.piano, melody, 0.55, rng, legato=1.3)
    return s.reverb(loop.samples, rng, seconds=2.6, wet=0.4)


# --- streets: quiet city, vibraphone and piano over a walking bass ------------------

STREETS_CHORDS = chart(
    "Fmaj7 | Bb7 | Am7 | D7 | Gm7 | C7 | Fmaj7 | Gm7 C7 |"
    "Cm7 | F7 | Bbmaj7 | Bbm7 Eb7 | Am7 | D7b9 | Gm7 | C7",
    beats_per_bar=4,
)
# fmt: off
STREETS_MELODY = [
    "A4:2 C5:1 E5:5", "D5:2 C5:1 Ab4:1 G4:4", "r:2 E5:1 G5:1 E5:2 C5:2", "F#5:3 E5:1 D5:2 C5:2",
    "Bb4:2 D5:1 F5:1 A5:4", "G5:2 E5:1 C5:1 Bb4:4", "A4:6 r:2", "r:2 Bb4:1 D5:1 E5:2 G5:2",
    "G5:2 Eb5:1 C5:1 Bb4:4", "A4:2 C5:1 Eb5:1 D5:4", "r:2 D5:2 F5:2 A5:2", "Ab5:2 F5:2 G5:2 Db5:2",
    "C5:3 E5:1 G5:4", "F#5:2 Eb5:2 C5:4", "D5:2 F5:1 A5:1 G5:4", "E5:2 D5:1 Bb4:1 G4:4",
]
# fmt: on
COMPING = [[(0.0, 1.2)], [(1.67, 0.9)], [(0.0, 0.6), (2.67, 1.0)], [(1.0, 0.5), (3.0, 0.8)]]


def walking_bass(chords: list[list[Chord]], rng: Rng) -> list[Note]:
    """Quarter notes: root on the downbeat, chord tones, a chromatic step into the next root."""
    flat = [c for bar in chords for c in bar]
    notes, beat = [], 0.0
    for index, chord in enumerate(flat):
        root = root_pitch(chord, 31)
        nxt = root_pitch(flat[(index + 1) % len(flat)], 31)
        third = 3 if chord.quality.startswith("m") else 4
        line = [root]
        if chord.beats == 4:
            line += [root + int(rng.choice([third, 7])), root + int(rng.choice([7, 9, 12]))]
        line.append(nxt + (1 if line[-1] > nxt else -1))
        notes += [Note(beat + k, 0.92, pitch) for k, pitch in enumerate(line)]
        beat += chord.beats
    return notes


def streets(rng: Rng) -> Buffer:
    loop = Loop(beats=128, bpm=104)
    for chorus in range(2):
        start = chorus * 64
        play(loop, s.upright_bass, walking_bass(STREETS_CHORDS, rng), 0.75, rng, offset=start)
        beat = start
        for bar in STREETS_CHORDS:
            pattern = COMPING[int(rng.integers(len(COMPING)))] if len(bar) == 1 else [(0.0, 0.9)]
            for chord in bar:
                base = root_pitch(chord, 50 - VOICINGS[chord.quality][0])
                for hit, length in pattern:
                    for pitch_offset in VOICINGS[chord.quality]:
                        loop.note(s.piano, beat + hit, length, base + pitch_offset, 0.3, rng)
                beat += chord.beats
        melody = phrase(STREETS_MELODY, 4, swing=0.67)
        if chorus == 0:
            play(loop, s.vibraphone, melody, 0.7, rng, offset=start)
        else:
            # Second time round the piano sings it an octave up and the vibes hold guide tones.
            play(loop, s.piano, melody, 0.5, rng, offset=start, transpose=12)
            for bar_index, bar in enumerate(STREETS_CHORDS):
                chord = bar[0]
                guide = root_pitch(chord, 60) + VOICINGS[chord.quality][0]
                loop.note(s.vibraphone, start + bar_index * 4, 3.5, guide, 0.35, rng)
    for beat in np.arange(0, 128, 1.0):
        # Brushes: a tap on 2 and 4, a faint swish on the others.
        accent = 1.0 if int(beat) % 2 else 0.45
        loop.add(beat * loop.beat_s, s.brush(0.35, accent, rng), 2.0)
        loop.add((beat + 0.67) * loop.beat_s, s.brush(0.15, 0.3, rng), 2.0)
    return s.reverb(loop.samples, rng, seconds=1.6, wet=0.22)


# --- house_s: a music-box lullaby, a little sad -------------------------------------

# fmt: off
LULLABY = [
    "E5:4 C5:2", "A4:6", "B4:2 C5:2 D5:2", "E5:6",
    "F5:4 E5:2", "D5:4 C5:2", "B4:4 G#4:2", "A4:6",
    "C5:4 D5:2", "E5:4 A5:2", "G5:4 F5:2", "E5:6",
    "D5:4 C5:2", "B4:4 E5:2", "C5:4 B4:2", "A4:6",
]
# fmt: on
LULLABY_CHORDS = chart(
    "Am | Am | G | C | Dm | Am | E7 | Am | F | Am | G7 | C | Dm | E7 | E7 | Am", beats_per_bar=3
)


def house_s(rng: Rng) -> Buffer:
    loop = Loop(beats=96, bpm=76)
    melody = phrase(LULLABY, 3)
    for verse in range(2):
        start = verse * 48
        # The second verse climbs an octave, thinner and further away.
        play(loop, s.music_box, melody, 0.8 - 0.15 * verse, rng, offset=start, transpose=12 * verse)
        for bar, (chord,) in enumerate(LULLABY_CHORDS):
            root = root_pitch(chord, 50)
            third, fifth, *seventh = TRIADS[chord.quality]
            top = seventh[0] if seventh else 12
            for k, step in enumerate((0, fifth, 12 + third, fifth, top, fifth)):
                loop.note(s.music_box, start + bar * 3 + k * 0.5, 0.5, root + step, 0.32, rng)
            if bar % 2 == 0:
                loop.note(s.soft_pluck, start + bar * 3, 5.5, root - 12, 0.5, rng)
    return s.reverb(loop.samples, rng, seconds=2.2, wet=0.3)


# --- home: J. S. Bach, Prelude in C major, BWV 846, bars 1-19 ------------------------
# Each bar is one five-note chord broken as 1 2 3 4 5 3 4 5, twice (public domain).

# fmt: off
PRELUDE_BARS = [
    "C4 E4 G4 C5 E5", "C4 D4 A4 D5 F5", "B3 D4 G4 D5 F5", "C4 E4 G4 C5 E5",
    "C4 E4 A4 E5 A5", "C4 D4 F#4 A4 D5", "B3 D4 G4 D5 G5", "B3 C4 E4 G4 C5",
    "A3 C4 E4 G4 C5", "D3 A3 D4 F#4 C5", "G3 B3 D4 G4 B4", "G3 Bb3 E4 G4 C#5",
    "F3 A3 D4 A4 D5", "F3 Ab3 D4 F4 B4", "E3 G3 C4 G4 C5", "E3 F3 A3 C4 F4",
    "D3 F3 A3 C4 F4", "G2 D3 G3 B3 F4", "C3 E3 G3 C4 E4",
]
# fmt: on


def home(rng: Rng) -> Buffer:
    loop = Loop(beats=4 * len(PRELUDE_BARS), bpm=66)
    for bar, chord in enumerate(PRELUDE_BARS):
        pitches = [midi(name) for name in chord.split()]
        for half in range(2):
            for k, voice in enumerate((0, 1, 2, 3, 4, 2, 3, 4)):
                # The written ties: the lowest note holds the half bar, the next 7/16.
                held = {0: 2.0, 1: 1.75}.get(k, 0.4)
                beat = bar * 4 + half * 2 + k * 0.25
                loop.note(s.harpsichord, beat, held, pitches[voice], 0.55, rng, humanize_s=0.004)
    music = s.lowpass(loop.samples, 7000.0, 2)  # the record's top end
    crackle = np.zeros_like(music)
    ticks = rng.random(len(music)) < 2.5 / RATE
    crackle[ticks] = rng.uniform(-1, 1, int(ticks.sum()))
    # Clicks some 20 dB under the music's peaks: a record, not a fault.
    crackle = s.highpass(crackle, 1500.0, 1) * 0.04
    hiss = s.bandpass(rng.standard_normal(len(music)), 2000.0, 8000.0, 1) * 0.0025
    return s.reverb(music, rng, seconds=1.5, wet=0.2) + crackle + hiss


# --- night: a low drone and slow pulses ---------------------------------------------


def drone(loop: Loop, pitches: tuple[int, ...], rng: Rng, gain: float) -> Buffer:
    """Sustained tones whose overtones swell and fade on their own slow cycles."""
    out = np.zeros_like(loop.samples)
    t = np.arange(len(out)) / RATE
    for pitch in pitches:
        for k in range(1, 9):
            # Whole cycles per loop, so every sine meets itself at the seam.
            cycles = round(s.hz(pitch) * k * loop.seconds)
            swell = 0.55 + 0.45 * np.sin(loop.phase(int(rng.integers(1, 5))) + rng.uniform(0, 6.28))
            out += (gain / k**1.3) * swell * np.sin(2 * np.pi * cycles / loop.seconds * t)
    return s.lowpass(out, 900.0, 2)


def heartbeat(f0: float, seconds: float) -> Buffer:
    t = s.timeline(seconds)
    freq = f0 * (1.0 + 0.6 * np.exp(-t / 0.03))  # a falling pitch reads as a thump, not a tone
    return (
        np.sin(2 * np.pi * np.cumsum(freq) / RATE)
        * np.exp(-t / 0.12)
        * s.attack_ramp(len(t), 0.004)
    )


def night(rng: Rng) -> Buffer:
    loop = Loop(beats=64, bpm=60)
    music = drone(loop, (33, 40, 45), rng, 0.22)
    for beat in range(0, 64, 2):
        if beat % 16 == 14:
            continue  # a missed beat now and then: unease
        loop.add(beat * loop.beat_s, heartbeat(52.0, 0.5), 0.5)
        loop.add((beat + 0.32) * loop.beat_s, heartbeat(47.0, 0.45), 0.3)
    for beat, pitch in ((3, "E5"), (19, "B4"), (35, "C5"), (51, "A4"), (57, "G5")):
        loop.note(s.vibraphone, beat, 2.0, midi(pitch), 0.25, rng)
    wind = s.bandpass(rng.standard_normal(len(music)), 180.0, 700.0, 1)
    wind *= 0.012 * (0.6 + 0.4 * np.sin(loop.phase(3)))
    return s.reverb(loop.samples + music + wind, rng, seconds=3.0, wet=0.35)


# --- the smaller places -------------------------------------------------------------


def institute(rng: Rng) -> Buffer:
    """The lab: a cool, patient ostinato, a clock-like tick, vibraphone held over it."""
    loop = Loop(beats=96, bpm=96)
    ostinato = [midi(n) for n in ("E4", "B4", "F#4", "A4", "D5", "A4")]
    for bar in range(24):
        shift = (0, 0, -2, -2, -4, -4, -2, 0)[bar % 8]
        for k, pitch in enumerate(ostinato):
            loop.note(s.piano, bar * 4 + k * (4 / 6), 0.6, pitch + shift, 0.28, rng)
        if bar % 2 == 0:
            loop.note(s.upright_bass, bar * 4, 3.5, midi("E2") + shift, 0.6, rng)
            loop.note(s.vibraphone, bar * 4 + 1, 6.0, midi("G5") + shift, 0.3, rng)
    tick = s.fade_edges(s.highpass(rng.standard_normal(s.seconds_to_samples(0.01)), 4000.0))
    for beat in range(96):
        loop.add(beat * loop.beat_s, tick, 0.05)
    return s.reverb(loop.samples, rng, seconds=1.2, wet=0.2)


def clinic(rng: Rng) -> Buffer:
    """K.'s shelves of fingers and ears: glassy clusters that never quite resolve."""
    loop = Loop(beats=64, bpm=60)
    clusters = [("C5", "Db5", "G5"), ("B4", "C5", "F#5"), ("Bb4", "B4", "E5"), ("A4", "Bb4", "Eb5")]
    for bar in range(16):
        for k, name in enumerate(clusters[bar % 4]):
            loop.note(s.vibraphone, bar * 4 + k * 0.12, 3.5, midi(name), 0.3, rng)
        loop.note(s.music_box, bar * 4 + 2.5, 1.0, midi(clusters[(bar + 1) % 4][2]) + 12, 0.3, rng)
    music = loop.samples + drone(loop, (36, 43), rng, 0.08)
    return s.reverb(music, rng, seconds=2.8, wet=0.35)


def museum(rng: Rng) -> Buffer:
    """Among skulls: slow low piano chords in a stone hall."""
    loop = Loop(beats=48, bpm=48)
    chords = [
        "D2 A2 F3 C4",
        "Bb1 F2 D3 A3",
        "C2 G2 E3 B3",
        "A1 E2 C#3 G3",
        "D2 A2 E3 F3",
        "G1 D2 Bb2 F3",
        "E2 B2 G3 D4",
        "A1 E2 A2 C#3",
    ]
    for bar, chord in enumerate(chords):
        for k, name in enumerate(chord.split()):
            loop.note(s.piano, bar * 6 + k * 0.4, 5.6, midi(name), 0.45, rng)
        loop.note(s.piano, bar * 6 + 3, 2.5, midi(chord.split()[-1]) + 12, 0.25, rng)
    return s.reverb(loop.samples, rng, seconds=4.0, wet=0.5)


def breath_flute(midi_note: float, dur: float, vel: float, rng: Rng) -> Buffer:
    """A bamboo flute: a breathy sine with a late vibrato, like a Noh fue from the wings."""
    n = s.seconds_to_samples(dur + 0.4)
    t = np.arange(n) / RATE
    vibrato = 1.0 + 0.006 * np.sin(2 * np.pi * 5.0 * t) * np.clip(t / 0.8 - 0.3, 0, 1)
    phase = 2 * np.pi * np.cumsum(s.hz(midi_note) * vibrato) / RATE
    tone = np.sin(phase) + 0.25 * np.sin(2 * phase) + 0.08 * np.sin(3 * phase)
    breath = s.bandpass(rng.standard_normal(n), s.hz(midi_note), s.hz(midi_note) * 4, 1)
    env = s.attack_ramp(n, 0.15) * s.damper(n, dur, 0.25)
    return s.fade_edges(0.3 * vel * (tone + 0.15 * breath) * env)


def cinema(rng: Rng) -> Buffer:
    """The dark hall and its Noh masks: a flute, a low drum, a lot of silence."""
    loop = Loop(beats=64, bpm=64)
    line = phrase(
        [
            "A4:8",
            "r:4 C5:2 D5:2",
            "E5:6 D5:2",
            "r:8",
            "D5:4 C5:4",
            "A4:8",
            "r:8",
            "r:8",
            "G4:4 A4:4",
            "C5:8",
            "D5:2 E5:6",
            "r:8",
            "E5:4 D5:2 C5:2",
            "A4:8",
            "r:8",
            "r:8",
        ],
        4,
    )
    play(loop, breath_flute, line, 0.7, rng)
    for beat in (0, 6, 7, 16, 24, 30, 31, 40, 48, 54, 55):
        loop.add(beat * loop.beat_s, heartbeat(70.0, 0.8), 0.7)
    music = loop.samples + drone(loop, (33, 45), rng, 0.05)
    return s.reverb(music, rng, seconds=3.2, wet=0.4)


MUSIC: dict[str, tuple[Callable[[Rng], Buffer], float]] = {
    # id: (score, loudness in dBFS RMS); sparse pieces sit lower so their peaks fit.
    "title": (title, -22.0),
    "streets": (streets, -20.0),
    "house_s": (house_s, -21.0),
    "home": (home, -20.0),
    "night": (night, -21.0),
    "institute": (institute, -21.0),
    "clinic": (clinic, -22.0),
    "museum": (museum, -22.0),
    "cinema": (cinema, -23.0),
}


# --- sounds -------------------------------------------------------------------------


def normalized(x: Buffer, peak: float) -> Buffer:
    x = s.fade_edges(x - x.mean())
    return x * (peak / max(float(np.max(np.abs(x))), 1e-9))


def mix_at(out: Buffer, at_s: float, sound: Buffer, gain: float = 1.0) -> None:
    """Add a sound into a one-shot buffer at a time, cutting what overruns its end."""
    start = s.seconds_to_samples(at_s)
    end = min(len(out), start + len(sound))
    out[start:end] += gain * sound[: end - start]


def decaying_noise(rng: Rng, seconds: float, decay_s: float) -> Buffer:
    t = s.timeline(seconds)
    return rng.standard_normal(len(t)) * np.exp(-t / decay_s)


def footstep(rng: Rng, tone: float) -> Buffer:
    """A soft leather sole on pavement: heel, then the ball of the foot, a little grit."""
    heel = s.bandpass(decaying_noise(rng, 0.2, 0.012), 150.0 * tone, 2200.0, 2)
    sole = s.bandpass(decaying_noise(rng, 0.2, 0.02), 400.0 * tone, 4000.0, 2)
    t = s.timeline(0.2)
    thump = np.sin(2 * np.pi * 85.0 * tone * t) * np.exp(-t / 0.025)
    out = heel + 0.4 * thump
    out[s.seconds_to_samples(0.04) :] += 0.5 * sole[: len(out) - s.seconds_to_samples(0.04)]
    return normalized(out, 0.35)


def door(rng: Rng) -> Buffer:
    """A wooden door: the latch, a short creak of the hinge, the panel settling shut."""
    out = np.zeros(s.seconds_to_samples(1.1))
    t = s.timeline(0.05)
    latch = s.highpass(decaying_noise(rng, 0.05, 0.003), 2000.0) + 0.5 * np.sin(
        2 * np.pi * 2300 * t
    ) * np.exp(-t / 0.015)
    mix_at(out, 0.0, latch, 0.5)
    # Stick-slip friction: a pulse train whose rate slides, filtered by the hinge.
    creak_t = s.timeline(0.45)
    rate = 70.0 + 60.0 * creak_t / creak_t[-1] + 8.0 * np.sin(2 * np.pi * 7 * creak_t)
    pulses = (np.diff(np.floor(np.cumsum(rate) / RATE), prepend=0.0) > 0).astype(float)
    creak = s.bandpass(pulses, 500.0, 2600.0, 2) * np.sin(np.pi * creak_t / creak_t[-1]) ** 2
    mix_at(out, 0.1, creak, 0.6)
    body_t = s.timeline(0.45)
    body = sum(
        a * np.sin(2 * np.pi * f * body_t) * np.exp(-body_t / d)
        for f, a, d in ((92, 1.0, 0.12), (178, 0.6, 0.08), (305, 0.4, 0.05), (520, 0.25, 0.03))
    )
    body += 0.4 * s.lowpass(decaying_noise(rng, 0.45, 0.02), 900.0)
    mix_at(out, 0.62, body)
    return normalized(s.reverb(s.padded(out, 0.4), rng, seconds=0.5, wet=0.15), 0.6)


def blip(rng: Rng) -> Buffer:
    """The type-out tick: barely there, so a long line never nags."""
    t = s.timeline(0.035)
    tone = np.sin(2 * np.pi * 1320 * t) + 0.2 * np.sin(2 * np.pi * 2640 * t)
    return normalized(tone * np.exp(-t / 0.006) * s.attack_ramp(len(t), 0.001), 0.12)


def shop_bell(rng: Rng) -> Buffer:
    """A brass bell on a spring over the shop door, struck a few times as it swings."""
    out = np.zeros(s.seconds_to_samples(2.2))
    ratios = np.array([1.0, 2.32, 4.25, 6.63])
    for at, vel in ((0.0, 1.0), (0.14, 0.7), (0.3, 0.5), (0.52, 0.32), (0.8, 0.18)):
        f0 = 1760.0 * rng.uniform(0.998, 1.002)
        ring = s.partials(
            f0 * ratios, np.array([1.0, 0.5, 0.3, 0.15]), np.array([0.9, 0.4, 0.15, 0.08]), 1.4, rng
        )
        mix_at(out, at, ring * s.attack_ramp(len(ring), 0.001), vel)
    return normalized(s.reverb(out, rng, seconds=0.6, wet=0.15), 0.45)


def bus(rng: Rng) -> Buffer:
    """A diesel bus passing: engine harmonics bent by Doppler, road noise, near then gone."""
    seconds, speed, distance, sound_speed = 4.5, 11.0, 5.0, 343.0
    t = s.timeline(seconds)
    x = speed * (t - seconds * 0.45)
    r = np.sqrt(x**2 + distance**2)
    radial = speed * x / r
    firing = 32.0 * sound_speed / (sound_speed + radial)
    phase = 2 * np.pi * np.cumsum(firing) / RATE
    engine = sum((rng.uniform(0.5, 1.0) / k) * np.sin(k * phase) for k in range(1, 24))
    road = s.bandpass(rng.standard_normal(len(t)), 150.0, 1800.0, 1)
    near = (distance / r) ** 1.4
    out = s.lowpass((engine + 0.8 * road) * near, 2500.0, 2)
    fade_out = s.attack_ramp(len(t), 0.8)[::-1]  # still audible at the end: let it go
    return normalized(out * s.attack_ramp(len(t), 0.5) * fade_out, 0.55)


def page(rng: Rng) -> Buffer:
    """A notebook page turning: a papery swish, a few crinkles, the page landing."""
    n = s.seconds_to_samples(0.6)
    t = np.arange(n) / RATE
    swish = (
        s.bandpass(rng.standard_normal(n), 900.0, 6000.0, 1)
        * np.sin(np.pi * np.clip(t / 0.45, 0, 1)) ** 2
    )
    crinkle = np.zeros(n)
    spots = rng.integers(int(0.05 * RATE), int(0.4 * RATE), 14)
    crinkle[spots] = rng.uniform(-1, 1, len(spots))
    crinkle = s.highpass(crinkle, 2500.0)
    land = s.lowpass(decaying_noise(rng, 0.6, 0.02), 700.0)
    land = np.roll(land, int(0.42 * RATE)) * (t > 0.42)
    return normalized(0.5 * swish + 0.8 * crinkle + 0.6 * land, 0.4)


def chime(notes: list[tuple[float, str]], peak: float, rng: Rng, *, ring: float = 0.5) -> Buffer:
    """UI sounds: soft wooden-bar notes, so the menus sound like the same small world."""
    out = np.zeros(s.seconds_to_samples(ring + max(at for at, _ in notes) + 0.1))
    for at, name in notes:
        f0 = s.hz(midi(name))
        bar = s.partials(
            np.array([f0, 4.0 * f0, 9.9 * f0]),
            np.array([1.0, 0.25, 0.05]),
            np.array([ring * 0.3, 0.03, 0.01]),
            ring,
            rng,
        )
        mix_at(out, at, bar * s.attack_ramp(len(bar), 0.002))
    return normalized(out, peak)


def save(rng: Rng) -> Buffer:
    """Saving: the music box of house S plays a rising C major chord, quietly."""
    out = np.zeros(s.seconds_to_samples(2.0))
    for at, name in ((0.0, "C6"), (0.1, "E6"), (0.2, "G6"), (0.3, "C7")):
        mix_at(out, at, s.music_box(midi(name), 1.0, 0.7, rng))
    return normalized(out, 0.35)


SOUNDS: dict[str, Callable[[Rng], Buffer]] = {
    "step1": lambda rng: footstep(rng, 1.0),
    "step2": lambda rng: footstep(rng, 0.9),
    "door": door,
    "blip": blip,
    "shop_bell": shop_bell,
    "bus": bus,
    "page": page,
    "select": lambda rng: chime([(0.0, "A5")], 0.25, rng, ring=0.25),
    "cancel": lambda rng: chime([(0.0, "E5"), (0.07, "B4")], 0.3, rng),
    "confirm": lambda rng: chime([(0.0, "A4"), (0.07, "E5")], 0.32, rng),
    "save": lambda rng: save(rng),
}


# --- output -------------------------------------------------------------------------


def write_track(name: str, folder: Path) -> None:
    score, loudness = MUSIC[name]
    rng = np.random.default_rng(sum(map(ord, name)))
    clear = s.master(score(rng), loudness)
    dull = muffle(clear, RATE)
    folder.mkdir(parents=True, exist_ok=True)
    for path, samples in ((folder / f"{name}.ogg", clear), (folder / f"{name}.muffled.ogg", dull)):
        # Vorbis quality ~0.3 is plenty for mono 22 kHz and keeps the tracks small.
        sf.write(
            path,
            samples.astype(np.float32),
            RATE,
            format="OGG",
            subtype="VORBIS",
            compression_level=0.7,
        )
        fix_ogg_serial(path)
    print(f"music  {name:10s} {len(clear) / RATE:5.1f} s")


def _ogg_crc_table() -> list[int]:
    table = []
    for index in range(256):
        crc = index << 24
        for _ in range(8):
            crc = ((crc << 1) ^ 0x04C11DB7) if crc & 0x80000000 else crc << 1
        table.append(crc & 0xFFFFFFFF)
    return table


_OGG_CRC = _ogg_crc_table()


def _ogg_crc(page: bytes) -> int:
    """The CRC-32 Ogg pages carry (polynomial 0x04C11DB7, not reflected, no final xor)."""
    crc = 0
    for byte in page:
        crc = ((crc << 8) & 0xFFFFFFFF) ^ _OGG_CRC[(crc >> 24) ^ byte]
    return crc


def fix_ogg_serial(path: Path, serial: int = 1) -> None:
    """Give the Ogg stream a fixed serial number (libsndfile draws a random one).

    Only then does rerunning the tool reproduce the shipped files byte for byte, so git
    shows a change only where the sound changed.
    """
    data = bytearray(path.read_bytes())
    pos = 0
    while pos < len(data):
        if data[pos : pos + 4] != b"OggS":
            raise ValueError(f"{path}: no Ogg page at byte {pos}")
        segments = data[pos + 26]
        size = 27 + segments + sum(data[pos + 27 : pos + 27 + segments])
        data[pos + 14 : pos + 18] = serial.to_bytes(4, "little")
        data[pos + 22 : pos + 26] = bytes(4)
        data[pos + 22 : pos + 26] = _ogg_crc(bytes(data[pos : pos + size])).to_bytes(4, "little")
        pos += size
    path.write_bytes(bytes(data))


def write_sound(name: str, folder: Path) -> None:
    rng = np.random.default_rng(sum(map(ord, name)) + 1000)
    samples = SOUNDS[name](rng)
    folder.mkdir(parents=True, exist_ok=True)
    sf.write(folder / f"{name}.wav", samples, RATE, subtype="PCM_16")
    print(f"sound  {name:10s} {len(samples) / RATE:5.2f} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ids", nargs="*", help="track or sound ids (default: all)")
    parser.add_argument("--assets", type=Path, default=ROOT / "assets")
    args = parser.parse_args(argv)
    missing = (set(MUSIC_TRACKS) - set(MUSIC)) | (set(SOUND_NAMES) - set(SOUNDS))
    if missing:
        parser.error(f"game.audio names ids this tool cannot render: {sorted(missing)}")
    wanted = args.ids or [*MUSIC_TRACKS, *SOUND_NAMES]
    for name in wanted:
        if name in MUSIC:
            write_track(name, args.assets / "music")
        elif name in SOUNDS:
            write_sound(name, args.assets / "sounds")
        else:
            parser.error(f"unknown id {name!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
