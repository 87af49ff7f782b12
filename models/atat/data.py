"""AT-AT training data: EEGdenoiseNet files, our own (clean, noisy) pairs, or synthetic.

Two accepted layouts (all epochs 2 s at 256 Hz = 512 samples, microvolts or any common unit):

1. EEGdenoiseNet, as published (github.com/ncclabsustech/EEGdenoiseNet, data/):
       DIR/EEG_all_epochs.npy   [4514, 512] clean EEG epochs
       DIR/EMG_all_epochs.npy   [5598, 512] EMG epochs
   The 512 Hz release (1024 samples per epoch) is accepted and decimated by 2 (polyphase).
   Protocol (EEGdenoiseNet): EEG and EMG are each split 80/10/10 by epoch (seeded); EEG epochs are
   reused to match the EMG count; training pairs are re-drawn every epoch with SNR uniform in
   [-7, 2] dB, validation/test use the 10 fixed levels -7..2 dB; noise is scaled so that
   RMS(eeg) / RMS(k * emg) = 10^(SNR/10) (their convention, kept for comparability).

2. Our pairs:
       DIR/clean.npy  [N, 512] float32     DIR/noisy.npy [N, 512] float32
       DIR/snr_db.npy [N] float32, optional (per-level metrics when present)
   Split 80/10/10 by index with the seed.

3. The simulator's semi-real EMG set (`simulate OUT --emg-set`), already split and mixed by the
   EEGdenoiseNet protocol (by Bonn segment, so no segment feeds two splits):
       DIR/{train,val,test}_{clean,noisy}.npy [N, 512] float32, DIR/{train,val,test}_snr_db.npy [N]
   Its splits are used as they are (training pairs are fixed: `--emg-train-repeats` fresh EMG
   draws per clean epoch were made by the simulator).

    python3 -m models.atat.data --synthetic OUT_DIR [--eeg 600 --emg 700]
writes synthetic EEG and EMG epochs in layout 1 (smoke tests only).
"""
import argparse
import os

import numpy as np

from models.common import EPOCH_SAMPLES, synthetic_eeg, synthetic_emg

TEST_SNRS_DB = np.arange(-7, 3, dtype=np.float32)


def _load_epochs(path: str) -> np.ndarray:
    x = np.load(path).astype(np.float32)
    if x.ndim != 2:
        raise SystemExit(f"{path}: expected [N, samples], got shape {x.shape}")
    if x.shape[1] == 2 * EPOCH_SAMPLES:
        from scipy.signal import resample_poly

        x = resample_poly(x, 1, 2, axis=1).astype(np.float32)
    if x.shape[1] != EPOCH_SAMPLES:
        raise SystemExit(f"{path}: epochs of {x.shape[1]} samples; expected 512 (256 Hz) or 1024 (512 Hz)")
    return x


def mix(eeg: np.ndarray, emg: np.ndarray, snr_db: np.ndarray) -> np.ndarray:
    rms = lambda a: np.sqrt((a**2).mean(axis=1, keepdims=True))  # noqa: E731
    k = rms(eeg) / (rms(emg) * 10 ** (snr_db[:, None] / 10) + 1e-12)
    return (eeg + k * emg).astype(np.float32)


class DenoiseData:
    """Split data. train_pairs(rng) re-draws training pairs; val/test are fixed."""

    def __init__(self, kind, train, val, test, source):
        self.kind, self.source = kind, source
        self._train, self.val, self.test = train, val, test

    def train_pairs(self, rng, repeats: int = 1):
        if self.kind == "pairs":
            clean, noisy = self._train
            return clean, noisy
        eeg, emg = self._train
        n = len(emg) * repeats
        e = eeg[rng.integers(0, len(eeg), n)]
        m = emg[rng.integers(0, len(emg), n)]
        return e, mix(e, m, rng.uniform(-7, 2, n).astype(np.float32))


def _split(n, rng):
    order = rng.permutation(n)
    a, b = int(0.8 * n), int(0.9 * n)
    return order[:a], order[a:b], order[b:]


def _fixed_levels(eeg, emg, rng):
    """Every level -7..2 dB once per EMG epoch (EEG reused), as the benchmark's val/test sets."""
    clean, noisy, snr = [], [], []
    for level in TEST_SNRS_DB:
        e = eeg[rng.integers(0, len(eeg), len(emg))]
        clean.append(e)
        noisy.append(mix(e, emg, np.full(len(emg), level, np.float32)))
        snr.append(np.full(len(emg), level, np.float32))
    return np.concatenate(clean), np.concatenate(noisy), np.concatenate(snr)


def load(path: str, seed: int) -> DenoiseData:
    rng = np.random.default_rng(seed)
    if os.path.exists(os.path.join(path, "EEG_all_epochs.npy")):
        eeg = _load_epochs(os.path.join(path, "EEG_all_epochs.npy"))
        emg_path = os.path.join(path, "EMG_all_epochs.npy")
        if not os.path.exists(emg_path):
            raise SystemExit(f"{emg_path}: missing (AT-AT removes EMG; EOG is not used)")
        emg = _load_epochs(emg_path)
        ie, ve, te = _split(len(eeg), rng)
        im, vm, tm = _split(len(emg), rng)
        return DenoiseData(
            "denoisenet",
            (eeg[ie], emg[im]),
            _fixed_levels(eeg[ve], emg[vm], rng),
            _fixed_levels(eeg[te], emg[tm], rng),
            f"EEGdenoiseNet layout at {path}",
        )
    if os.path.exists(os.path.join(path, "train_clean.npy")):

        def split_of(name):
            c = _load_epochs(os.path.join(path, f"{name}_clean.npy"))
            x = _load_epochs(os.path.join(path, f"{name}_noisy.npy"))
            if c.shape != x.shape:
                raise SystemExit(f"{path}: {name}_clean.npy {c.shape} and {name}_noisy.npy {x.shape} differ")
            snr = np.load(os.path.join(path, f"{name}_snr_db.npy")).astype(np.float32)
            if snr.shape != (len(c),):
                raise SystemExit(f"{path}/{name}_snr_db.npy: shape {snr.shape}, expected [{len(c)}]")
            return c, x, snr

        tr, va, te = split_of("train"), split_of("val"), split_of("test")
        return DenoiseData("pairs", tr[:2], va, te, f"simulator EMG set (train/val/test split) at {path}")
    if os.path.exists(os.path.join(path, "clean.npy")):
        clean = _load_epochs(os.path.join(path, "clean.npy"))
        noisy = _load_epochs(os.path.join(path, "noisy.npy"))
        if clean.shape != noisy.shape:
            raise SystemExit(f"{path}: clean.npy {clean.shape} and noisy.npy {noisy.shape} differ")
        snr_path = os.path.join(path, "snr_db.npy")
        snr = (
            np.load(snr_path).astype(np.float32)
            if os.path.exists(snr_path)
            else np.full(len(clean), np.nan, np.float32)
        )
        tr, va, te = _split(len(clean), rng)
        return DenoiseData(
            "pairs",
            (clean[tr], noisy[tr]),
            (clean[va], noisy[va], snr[va]),
            (clean[te], noisy[te], snr[te]),
            f"pairs layout at {path}",
        )
    raise SystemExit(
        f"{path}: none of EEG_all_epochs.npy + EMG_all_epochs.npy, clean.npy + noisy.npy, "
        f"train_clean.npy + train_noisy.npy found"
    )


def service_band(x: np.ndarray) -> np.ndarray:
    """The service's 0.5-45 Hz Butterworth band-pass (order 4), zero-phase, per epoch.

    In the service AT-AT sees EEG after that filter, so the EMG it must remove is confined to
    20-45 Hz; EEGdenoiseNet-style sets carry EMG up to the Nyquist limit. Training mixes both.
    The filter is linear, so filtering clean and noisy alike keeps the pair consistent.
    """
    from scipy.signal import butter, sosfiltfilt

    sos = butter(4, [0.5, 45.0], btype="bandpass", fs=256, output="sos")
    return sosfiltfilt(sos, x, axis=-1).astype(np.float32)


def write_synthetic(out: str, n_eeg: int, n_emg: int, seed: int) -> None:
    rng = np.random.default_rng(seed)
    os.makedirs(out, exist_ok=True)
    np.save(os.path.join(out, "EEG_all_epochs.npy"), synthetic_eeg(rng, n_eeg, EPOCH_SAMPLES)[:, 0])
    np.save(os.path.join(out, "EMG_all_epochs.npy"), 30 * synthetic_emg(rng, n_emg, EPOCH_SAMPLES))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--synthetic", metavar="OUT_DIR", required=True)
    ap.add_argument("--eeg", type=int, default=600)
    ap.add_argument("--emg", type=int, default=700)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    write_synthetic(a.synthetic, a.eeg, a.emg, a.seed)
    print(f"wrote synthetic EEGdenoiseNet-layout epochs to {a.synthetic}")


if __name__ == "__main__":
    main()
