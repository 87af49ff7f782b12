"""STAN training data on disk, and a synthetic generator for smoke runs.

Layout of one dataset directory (all arrays share the first axis N):

    meta.json      {"sampling_rate": 256, "channels": [18 labels in models.common.CHANNELS order],
                    "window_samples": 1280, "units": "uV",
                    "preprocessing": "0.5-45 Hz band-pass + notch, as the Java pipeline"}
    windows.npy    [N, 18, 1280] float32 or float16, microvolts (memory-mapped, never loaded whole)
    labels.npy     [N] int8: 0 interictal, 1 preictal, 2 ictal, -1 unlabelled (reconstruction only)
    patients.npy   [N] int32, optional: patient index, used for a by-patient validation split
    starts.npy     [N] float64, optional: window start in seconds within its recording (unused by
                   training; kept so evaluation can rebuild event timelines)

Windows must come from the same Java filter chain the service runs (band-pass + notch, montage,
resampling): the phase-2 exporter writes them; see ../README.md. Scaling is NOT done here: the
model graph scales by a fixed microvolt constant itself.

    python3 -m models.stan.data --synthetic OUT_DIR [--n 256] [--seed 1]
writes a small synthetic dataset in this layout (smoke tests only: no clinical meaning).
"""
import argparse
import os

import numpy as np

from models.common import (
    CHANNELS,
    FS,
    WINDOW_SAMPLES,
    read_json,
    synthetic_eeg,
    synthetic_seizure,
    write_json,
)

LABELS = {"interictal": 0, "preictal": 1, "ictal": 2}


class StanDataset:
    """One dataset directory, validated on open; windows stay memory-mapped."""

    def __init__(self, path: str):
        self.path = path
        meta_path = os.path.join(path, "meta.json")
        if not os.path.exists(meta_path):
            raise SystemExit(f"{meta_path}: missing (see models/stan/data.py for the layout)")
        meta = read_json(meta_path)
        for key, want in (
            ("sampling_rate", FS),
            ("channels", CHANNELS),
            ("window_samples", WINDOW_SAMPLES),
            ("units", "uV"),
        ):
            if meta.get(key) != want:
                raise SystemExit(f"{meta_path}: {key} is {meta.get(key)!r}, expected {want!r}")
        self.meta = meta
        self.windows = np.load(os.path.join(path, "windows.npy"), mmap_mode="r")
        if self.windows.ndim != 3 or self.windows.shape[1:] != (len(CHANNELS), WINDOW_SAMPLES):
            raise SystemExit(f"{path}/windows.npy: shape {self.windows.shape}, expected [N, 18, 1280]")
        if self.windows.dtype not in (np.float32, np.float16):
            raise SystemExit(f"{path}/windows.npy: dtype {self.windows.dtype}, expected float32 or float16")
        self.labels = np.load(os.path.join(path, "labels.npy")).astype(np.int64)
        if self.labels.shape != (len(self.windows),):
            raise SystemExit(f"{path}/labels.npy: shape {self.labels.shape}, expected [{len(self.windows)}]")
        bad = set(np.unique(self.labels).tolist()) - {-1, 0, 1, 2}
        if bad:
            raise SystemExit(f"{path}/labels.npy: unknown label values {sorted(bad)}")
        p = os.path.join(path, "patients.npy")
        self.patients = np.load(p).astype(np.int64) if os.path.exists(p) else None
        p = os.path.join(path, "starts.npy")
        self.starts = np.load(p).astype(np.float64) if os.path.exists(p) else None

    def __len__(self):
        return len(self.labels)

    def batch(self, idx: np.ndarray):
        idx = np.sort(idx)  # sequential reads from the memory map
        return np.asarray(self.windows[idx], dtype=np.float32), self.labels[idx]

    def counts(self):
        return {
            name: int((self.labels == v).sum())
            for name, v in (("interictal", 0), ("preictal", 1), ("ictal", 2), ("unlabelled", -1))
        }


def write_synthetic(out: str, n: int, seed: int) -> None:
    """n windows: half interictal, a quarter preictal (more beta, sharp transients), a quarter ictal."""
    rng = np.random.default_rng(seed)
    os.makedirs(out, exist_ok=True)
    c = len(CHANNELS)
    n_ict, n_pre = n // 4, n // 4
    n_int = n - n_ict - n_pre
    inter = synthetic_eeg(rng, n_int, WINDOW_SAMPLES, c)
    pre = synthetic_eeg(rng, n_pre, WINDOW_SAMPLES, c)
    t = np.arange(WINDOW_SAMPLES) / FS
    pre += (15 * np.sin(2 * np.pi * rng.uniform(14, 25, (n_pre, c, 1)) * t)).astype(np.float32)
    ict = synthetic_seizure(rng, n_ict, WINDOW_SAMPLES, c)
    windows = np.concatenate([inter, pre, ict]).astype(np.float32)
    labels = np.concatenate([np.zeros(n_int), np.ones(n_pre), np.full(n_ict, 2)]).astype(np.int8)
    patients = rng.integers(0, 4, n).astype(np.int32)
    order = rng.permutation(n)
    np.save(os.path.join(out, "windows.npy"), windows[order])
    np.save(os.path.join(out, "labels.npy"), labels[order])
    np.save(os.path.join(out, "patients.npy"), patients)
    write_json(
        os.path.join(out, "meta.json"),
        {
            "sampling_rate": FS,
            "channels": CHANNELS,
            "window_samples": WINDOW_SAMPLES,
            "units": "uV",
            "preprocessing": "synthetic (models.stan.data --synthetic), smoke tests only",
        },
    )


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--synthetic", metavar="OUT_DIR", required=True)
    ap.add_argument("--n", type=int, default=256)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    write_synthetic(a.synthetic, a.n, a.seed)
    print(f"wrote {a.n} synthetic windows to {a.synthetic}")


if __name__ == "__main__":
    main()
