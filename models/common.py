"""Shared constants and helpers for the STAN and AT-AT training/export code.

Everything here is imported by training, export and the PyTorch side of the benchmark, so the
numbers the service sees (channel order, rates, window lengths) are defined exactly once on the
Python side; the Java side reads them from models/manifest.json, which export.py writes from here.
"""
import hashlib
import json
import os
import random

import numpy as np
import torch

FS = 256  # Hz, the models' sampling rate
CHANNELS = [
    "FP1-F7",
    "F7-T7",
    "T7-P7",
    "P7-O1",
    "FP1-F3",
    "F3-C3",
    "C3-P3",
    "P3-O1",
    "FP2-F4",
    "F4-C4",
    "C4-P4",
    "P4-O2",
    "FP2-F8",
    "F8-T8",
    "T8-P8",
    "P8-O2",
    "FZ-CZ",
    "CZ-PZ",
]
WINDOW_SAMPLES = 5 * FS  # 1280: STAN's 5 s window
EPOCH_SAMPLES = 2 * FS  # 512: AT-AT's 2 s single-channel epoch
# Where the three 2 s AT-AT epochs start inside a 5 s window (samples): 0, 1.5 s and 3 s, so the
# window is covered with two 0.5 s overlaps that the Java side cross-fades.
EPOCH_OFFSETS = [0, 384, 768]
MODELS_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_DIR = os.path.dirname(MODELS_DIR)


def seed_everything(seed: int) -> np.random.Generator:
    """Seeds Python, NumPy and torch; returns a NumPy generator for data sampling."""
    random.seed(seed)
    np.random.seed(seed % (2**32))
    torch.manual_seed(seed)
    torch.use_deterministic_algorithms(True, warn_only=True)
    return np.random.default_rng(seed)


def sha256(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def param_count(module: torch.nn.Module) -> int:
    return sum(p.numel() for p in module.parameters())


def read_json(path: str):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def _finite(obj):
    """NaN/inf become null: strict JSON readers (Jackson) reject them."""
    if isinstance(obj, float):
        return obj if np.isfinite(obj) else None
    if isinstance(obj, dict):
        return {k: _finite(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_finite(v) for v in obj]
    return obj


def write_json(path: str, obj) -> None:
    with open(path, "w", encoding="utf-8") as f:
        json.dump(_finite(obj), f, indent=2, sort_keys=False, allow_nan=False)
        f.write("\n")


def synthetic_eeg(
    rng: np.random.Generator,
    n: int,
    samples: int,
    channels: int = 1,
    amplitude_uv: float = 20.0,
    exponent: float = 0.5,
) -> np.ndarray:
    """Band-limited background EEG in microvolts, shape [n, channels, samples]: amplitude spectrum
    1/f^exponent (0.5: power 1/f; 1.0: power 1/f^2, closer to real EEG's aperiodic slope) + alpha.

    Only for smoke tests and golden inputs; real training data comes from files (see README).
    """
    white = rng.standard_normal((n, channels, samples))
    spec = np.fft.rfft(white, axis=-1)
    f = np.fft.rfftfreq(samples, 1.0 / FS)
    shape = np.where((f >= 0.5) & (f <= 45.0), 1.0 / np.maximum(f, 0.5) ** exponent, 0.0)
    x = np.fft.irfft(spec * shape, n=samples, axis=-1)
    x /= x.std(axis=-1, keepdims=True) + 1e-9
    alpha = np.sin(
        2 * np.pi * rng.uniform(8, 12, (n, channels, 1)) * np.arange(samples) / FS
        + rng.uniform(0, 2 * np.pi, (n, channels, 1))
    )
    return (amplitude_uv * (x + 0.5 * alpha)).astype(np.float32)


def synthetic_seizure(rng: np.random.Generator, n: int, samples: int, channels: int) -> np.ndarray:
    """Rhythmic 3-8 Hz high-amplitude discharges over background, [n, channels, samples] in uV."""
    base = synthetic_eeg(rng, n, samples, channels)
    t = np.arange(samples) / FS
    freq = rng.uniform(3, 8, (n, 1, 1))
    gain = rng.uniform(60, 150, (n, channels, 1)) * (rng.random((n, channels, 1)) < 0.7)
    wave = np.sign(np.sin(2 * np.pi * freq * t)) * np.abs(np.sin(2 * np.pi * freq * t)) ** 0.5
    return (base + gain * wave).astype(np.float32)


def synthetic_emg(rng: np.random.Generator, n: int, samples: int) -> np.ndarray:
    """EMG-like broadband (20-120 Hz, cut at Nyquist) bursts, [n, samples], unit RMS."""
    white = rng.standard_normal((n, samples))
    spec = np.fft.rfft(white, axis=-1)
    f = np.fft.rfftfreq(samples, 1.0 / FS)
    x = np.fft.irfft(spec * ((f >= 20.0) & (f <= 120.0)), n=samples, axis=-1)
    env = np.clip(
        1.0
        + 0.8
        * np.sin(
            2 * np.pi * rng.uniform(0.3, 2, (n, 1)) * np.arange(samples) / FS + rng.uniform(0, 6.3, (n, 1))
        ),
        0.05,
        None,
    )
    x *= env
    return (x / (np.sqrt((x**2).mean(-1, keepdims=True)) + 1e-9)).astype(np.float32)
