"""Synthesis primitives for tools/make_sound.py: instruments, filters, reverb, loops.

Everything is plain numpy on float64 mono buffers at RATE; nothing is sampled. Music
is rendered into a circular buffer (Loop) so that note tails and reverb wrap onto the
loop's start, which is what makes every track loop without a seam.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from numpy.typing import NDArray

RATE = 22050
Buffer = NDArray[np.float64]
Instrument = Callable[[float, float, float, np.random.Generator], Buffer]


def hz(midi: float) -> float:
    """Equal-tempered frequency of a MIDI note number (A4 = 69 = 440 Hz)."""
    return 440.0 * 2.0 ** ((midi - 69.0) / 12.0)


def seconds_to_samples(seconds: float) -> int:
    return int(round(seconds * RATE))


def timeline(seconds: float) -> Buffer:
    return np.arange(seconds_to_samples(seconds)) / RATE


# --- filters -----------------------------------------------------------------------
# Zero-phase FFT filters: circular, so they never break a loop, and without group
# delay, so a filtered copy stays sample-aligned with its source.


def spectral_filter(x: Buffer, response: Callable[[Buffer], Buffer]) -> Buffer:
    """Multiply x's spectrum by response(frequencies in Hz); circular, zero-phase."""
    spectrum = np.fft.rfft(x)
    freqs = np.fft.rfftfreq(len(x), 1.0 / RATE)
    return np.fft.irfft(spectrum * response(freqs), len(x))


def butter_low(cutoff: float, order: int = 2) -> Callable[[Buffer], Buffer]:
    return lambda f: 1.0 / np.sqrt(1.0 + (f / cutoff) ** (2 * order))


def butter_high(cutoff: float, order: int = 2) -> Callable[[Buffer], Buffer]:
    return lambda f: 1.0 / np.sqrt(1.0 + (cutoff / np.maximum(f, 1e-3)) ** (2 * order))


def lowpass(x: Buffer, cutoff: float, order: int = 2) -> Buffer:
    return spectral_filter(x, butter_low(cutoff, order))


def highpass(x: Buffer, cutoff: float, order: int = 2) -> Buffer:
    return spectral_filter(x, butter_high(cutoff, order))


def bandpass(x: Buffer, low: float, high: float, order: int = 2) -> Buffer:
    lo, hi = butter_high(low, order), butter_low(high, order)
    return spectral_filter(x, lambda f: lo(f) * hi(f))


def padded(x: Buffer, tail_s: float) -> Buffer:
    """x followed by silence, so a circular filter or reverb does not wrap a one-shot."""
    return np.concatenate([x, np.zeros(seconds_to_samples(tail_s))])


# --- envelopes -----------------------------------------------------------------------


def attack_ramp(n: int, attack_s: float) -> Buffer:
    """A raised-cosine fade-in: no click at the note's start."""
    env = np.ones(n)
    k = min(n, max(1, seconds_to_samples(attack_s)))
    env[:k] = 0.5 - 0.5 * np.cos(np.linspace(0.0, np.pi, k))
    return env


def damper(n: int, held_s: float, release_s: float) -> Buffer:
    """1 while the key is held, then an exponential fade like a damper meeting a string."""
    t = np.arange(n) / RATE
    return np.where(t < held_s, 1.0, np.exp(-(t - held_s) / max(release_s, 1e-3)))


def fade_edges(x: Buffer, fade_s: float = 0.004) -> Buffer:
    """Fade in and out a few ms so a one-shot starts and ends at zero."""
    k = min(len(x) // 2, seconds_to_samples(fade_s))
    if k > 1:
        ramp = np.linspace(0.0, 1.0, k)
        x = x.copy()
        x[:k] *= ramp
        x[-k:] *= ramp[::-1]
    return x


# --- additive core -------------------------------------------------------------------


def partials(
    freqs: Buffer, amps: Buffer, decays: Buffer, seconds: float, rng: np.random.Generator
) -> Buffer:
    """Sum of exponentially decaying sines; partials above Nyquist are dropped."""
    keep = freqs < RATE * 0.45
    freqs, amps, decays = freqs[keep], amps[keep], decays[keep]
    t = timeline(seconds)[:, None]
    phases = rng.uniform(0, 2 * np.pi, len(freqs))
    return (amps * np.exp(-t / decays) * np.sin(2 * np.pi * freqs * t + phases)).sum(axis=1)


def piano(midi: float, dur: float, vel: float, rng: np.random.Generator) -> Buffer:
    """A soft felt piano: slightly stretched partials, two detuned strings, a damper."""
    f0 = hz(midi)
    n = np.arange(1.0, 15.0)
    # Stretched partials (string stiffness) are what make additive tones read as piano.
    stretch = np.sqrt(1.0 + 0.00025 * (f0 / 261.6) ** 0.5 * n**2)
    sustain = float(np.clip(4.5 * (261.6 / f0) ** 0.5, 1.2, 8.0))
    amps = n**-1.0 * np.exp(-(n - 1) * (0.55 - 0.4 * vel))
    # Low strings radiate their fundamental weakly; without this the bass turns to boom.
    amps[0] *= min(1.0, f0 / 110.0)
    decays = sustain / (1.0 + 0.45 * (n - 1))
    length = min(dur, sustain * 2.5) + 0.6
    tone = partials(f0 * n * stretch, amps, decays, length, rng)
    tone += 0.6 * partials(f0 * 1.0008 * n * stretch, amps, decays * 0.8, length, rng)
    hammer = lowpass(rng.standard_normal(len(tone)), 900.0 + 2000.0 * vel, 2)
    hammer *= np.exp(-np.arange(len(tone)) / (RATE * 0.006))
    tone += 0.4 * hammer
    env = attack_ramp(len(tone), 0.003) * damper(len(tone), dur, 0.12)
    return fade_edges(0.5 * vel * tone * env)


def vibraphone(midi: float, dur: float, vel: float, rng: np.random.Generator) -> Buffer:
    """Aluminium bars (partials near 1:4:10) with a slow motor tremolo, soft mallets."""
    f0 = hz(midi)
    sustain = float(np.clip(3.2 * (523.0 / f0) ** 0.3, 1.5, 4.5))
    freqs = f0 * np.array([1.0, 3.98, 9.9])
    amps = np.array([1.0, 0.10 + 0.12 * vel, 0.03 * vel])
    decays = np.array([sustain, sustain * 0.18, 0.06])
    length = min(dur + 0.8, sustain * 2.0)
    tone = partials(freqs, amps, decays, length, rng)
    t = timeline(length)
    tremolo = 1.0 - 0.28 * (0.5 + 0.5 * np.sin(2 * np.pi * 4.2 * t + rng.uniform(0, 6.28)))
    env = attack_ramp(len(tone), 0.004) * damper(len(tone), dur + 0.3, 0.35)
    return fade_edges(0.45 * vel * tone * tremolo * env)


def music_box(midi: float, dur: float, vel: float, rng: np.random.Generator) -> Buffer:
    """A steel comb tine: clamped-beam modes (1 : 6.27 : 17.5) and a tiny pin click."""
    f0 = hz(midi)
    sustain = float(np.clip(2.6 * (1046.0 / f0) ** 0.5, 1.2, 4.0))
    freqs = f0 * np.array([1.0, 2.0, 6.27, 17.55])
    amps = np.array([1.0, 0.06, 0.22, 0.05])
    decays = np.array([sustain, sustain * 0.5, 0.12, 0.03])
    length = sustain * 2.2
    tone = partials(freqs, amps, decays, length, rng)
    click = highpass(rng.standard_normal(len(tone)), 3000.0) * np.exp(
        -np.arange(len(tone)) / (RATE * 0.0015)
    )
    env = attack_ramp(len(tone), 0.001)
    return fade_edges(0.35 * vel * (tone + 0.08 * click) * env)


# --- Karplus-Strong ------------------------------------------------------------------


def karplus(freq: float, seconds: float, excitation: Buffer, *, loss: float = 0.996) -> Buffer:
    """A plucked string: a delay line fed back through a two-tap averaging filter.

    Vectorised one period at a time, which is valid because each output sample only
    reads samples at least one period old. The second tap sets a fractional delay so
    high notes stay in tune at 22 kHz.
    """
    period = RATE / freq
    lag = int(np.floor(period - 0.5))
    frac = period - 0.5 - lag
    taps = (0.5 * (1.0 - frac), 0.5, 0.5 * frac)
    n = seconds_to_samples(seconds)
    y = np.zeros(n + lag + 2)
    burst = excitation[: lag + 2]
    # The averaging filter passes DC at full gain: an offset would hang on as a thump.
    burst = burst - burst.mean()
    y[: len(burst)] = burst
    start = lag + 2
    while start < len(y):
        idx = np.arange(start, min(start + lag, len(y)))
        y[idx] = loss * (
            taps[0] * y[idx - lag] + taps[1] * y[idx - lag - 1] + taps[2] * y[idx - lag - 2]
        )
        start += lag
    return y[:n]


def harpsichord(midi: float, dur: float, vel: float, rng: np.random.Generator) -> Buffer:
    """A quill-plucked string: bright noise burst, pluck-position comb, long ring."""
    f0 = hz(midi)
    period = int(RATE / f0) + 2
    burst = rng.uniform(-1, 1, period)
    # Plucking near the end of the string keeps the upper partials: bright, nasal.
    shift = max(1, period // 7)
    burst = burst - np.roll(burst, shift)
    length = min(dur + 0.25, 4.0) + 0.3
    loss = 0.9985 if f0 < 300 else 0.999
    tone = karplus(f0, length, burst, loss=loss)
    tone = lowpass(tone, 5200.0, 2)
    env = attack_ramp(len(tone), 0.001) * damper(len(tone), dur + 0.2, 0.09)
    return fade_edges(0.5 * vel * tone * env)


def dark_burst(f0: float, rng: np.random.Generator, harmonics: float) -> Buffer:
    """One period of noise with little above `harmonics` x f0: a finger, not a quill."""
    period = int(RATE / f0) + 2
    return lowpass(rng.uniform(-1, 1, period * 4), f0 * harmonics, 1)[:period]


def soft_pluck(midi: float, dur: float, vel: float, rng: np.random.Generator) -> Buffer:
    """A gut string plucked with the flesh of the finger: dark and round."""
    f0 = hz(midi)
    burst = dark_burst(f0, rng, 4.0)
    length = min(dur + 0.3, 3.0) + 0.3
    tone = karplus(f0, length, burst, loss=0.997)
    env = attack_ramp(len(tone), 0.004) * damper(len(tone), dur + 0.1, 0.12)
    return fade_edges(0.9 * vel * tone * env)


def upright_bass(midi: float, dur: float, vel: float, rng: np.random.Generator) -> Buffer:
    """Pizzicato double bass: a dark pluck plus a short finger thump."""
    f0 = hz(midi)
    burst = dark_burst(f0, rng, 5.0)
    burst += np.sin(np.linspace(0, np.pi, len(burst)))
    length = dur + 0.35
    tone = karplus(f0, length, burst, loss=0.995)
    t = np.arange(len(tone)) / RATE
    thump = np.sin(2 * np.pi * f0 * t) * np.exp(-t / 0.05)
    env = attack_ramp(len(tone), 0.005) * damper(len(tone), dur * 0.9, 0.07)
    return fade_edges(0.9 * vel * (tone + 0.6 * thump) * env)


# --- noise and space -----------------------------------------------------------------


def brush(seconds: float, vel: float, rng: np.random.Generator) -> Buffer:
    """A brush swept across a snare head: band-limited noise with a slow swell."""
    noise = bandpass(rng.standard_normal(seconds_to_samples(seconds)), 1500.0, 7000.0, 1)
    t = timeline(seconds)
    env = (t / 0.04).clip(0, 1) * np.exp(-t / (seconds * 0.35))
    return fade_edges(0.05 * vel * noise * env)


def reverb(
    x: Buffer, rng: np.random.Generator, *, seconds: float = 1.8, wet: float = 0.25
) -> Buffer:
    """A room: convolution with decaying noise whose highs die sooner than its lows.

    The convolution is circular: on a Loop the tail wraps onto the start (seamless);
    pad a one-shot first (see padded) so its tail has room.
    """
    n_ir = min(len(x), seconds_to_samples(seconds))
    t = np.arange(n_ir) / RATE
    low = lowpass(rng.standard_normal(n_ir), 1800.0, 1) * np.exp(-6.9 * t / seconds)
    high = highpass(rng.standard_normal(n_ir), 1800.0, 1) * np.exp(-6.9 * t / (seconds * 0.4))
    ir = low + 0.5 * high
    ir[: seconds_to_samples(0.018)] = 0.0  # pre-delay keeps the dry attack clear
    ir /= np.sqrt(np.sum(ir**2))
    kernel = np.zeros(len(x))
    kernel[:n_ir] = ir
    tail = np.fft.irfft(np.fft.rfft(x) * np.fft.rfft(kernel), len(x))
    return x + wet * tail


# --- loops and mastering -------------------------------------------------------------


class Loop:
    """A circular buffer of a whole number of beats: whatever spills past the end wraps."""

    def __init__(self, beats: float, bpm: float) -> None:
        self.beat_s = 60.0 / bpm
        self.samples = np.zeros(seconds_to_samples(beats * self.beat_s))

    @property
    def seconds(self) -> float:
        return len(self.samples) / RATE

    def add(self, at_s: float, sound: Buffer, gain: float = 1.0) -> None:
        n = len(self.samples)
        pos = seconds_to_samples(at_s) % n
        done = 0
        while done < len(sound):
            chunk = min(len(sound) - done, n - pos)
            self.samples[pos : pos + chunk] += gain * sound[done : done + chunk]
            done += chunk
            pos = 0

    def note(
        self,
        instrument: Instrument,
        beat: float,
        beats: float,
        midi: float,
        vel: float,
        rng: np.random.Generator,
        *,
        humanize_s: float = 0.008,
    ) -> None:
        """Play one note; a few ms of jitter keeps a written part from sounding ruled."""
        at = beat * self.beat_s + rng.uniform(-humanize_s, humanize_s)
        self.add(at, instrument(midi, beats * self.beat_s, vel, rng))

    def phase(self, cycles: int) -> Buffer:
        """A phase that turns a whole number of times per loop: LFOs that never seam."""
        return 2 * np.pi * cycles * np.arange(len(self.samples)) / len(self.samples)


def soft_limit(x: Buffer, knee: float = 0.7, ceiling: float = 0.92) -> Buffer:
    """Memoryless soft clip above the knee, so a rare peak bends instead of clipping."""
    over = np.abs(x) > knee
    room = ceiling - knee
    bent = np.sign(x) * (knee + room * np.tanh((np.abs(x) - knee) / room))
    return np.where(over, bent, x)


def master(x: Buffer, rms_db: float = -20.0) -> Buffer:
    """Remove DC, bring to a common loudness, bend any peak under the ceiling."""
    x = x - x.mean()
    rms = float(np.sqrt(np.mean(x**2))) or 1.0
    return soft_limit(x * (10.0 ** (rms_db / 20.0) / rms))
