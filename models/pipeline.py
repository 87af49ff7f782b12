"""The serving pipeline in PyTorch: AT-AT cleaning of whole 5 s windows, exactly as Java does it.

OnnxWindowScorer (Java) and this module implement the same steps; export.py stores this module's
output on the golden windows and a Java test requires the scorer to reproduce it, so training
data cleaned here is what the service would feed STAN.

  1. every channel of the window is cut into 2 s epochs at EPOCH_OFFSETS (0, 1.5, 3 s);
  2. the AE graph gives denoised epochs and r = Pearson(denoised, epoch);
  3. epochs with r < gate threshold (present channels only) go through the transformer;
  4. the window is rebuilt: unflagged epochs keep the original samples, flagged ones use the
     transformer output; overlaps are cross-faded linearly (weights add up to 1).

Clean a STAN dataset directory before training (phase 2), so STAN trains on what it will see:

    /usr/bin/python3 -m models.pipeline --clean IN_DIR --out OUT_DIR [--atat models/checkpoints/atat.pt]
"""
import argparse
import os
import shutil

import numpy as np
import torch

from models.common import EPOCH_OFFSETS, EPOCH_SAMPLES, MODELS_DIR, WINDOW_SAMPLES, read_json, write_json


def crossfade_weights() -> torch.Tensor:
    """[epochs, WINDOW_SAMPLES]: each epoch's weight at each window sample (zero outside it)."""
    w = np.zeros((len(EPOCH_OFFSETS), WINDOW_SAMPLES), np.float32)
    for e, off in enumerate(EPOCH_OFFSETS):
        w[e, off : off + EPOCH_SAMPLES] = 1.0
    for e in range(1, len(EPOCH_OFFSETS)):
        lo, hi = EPOCH_OFFSETS[e], EPOCH_OFFSETS[e - 1] + EPOCH_SAMPLES
        ramp = (np.arange(lo, hi) - lo + 0.5) / (hi - lo)
        w[e, lo:hi], w[e - 1, lo:hi] = ramp, 1 - ramp
    assert np.allclose(w.sum(0), 1.0)
    return torch.from_numpy(w)


WEIGHTS = crossfade_weights()


def clean_windows(ae_serving, tf_serving, windows: torch.Tensor, threshold: float, present=None):
    """windows [B, C, 1280] uV -> (cleaned [B, C, 1280], flagged [B, C, epochs] bool)."""
    b, c, _ = windows.shape
    n_ep = len(EPOCH_OFFSETS)
    epochs = torch.stack(
        [windows[:, :, o : o + EPOCH_SAMPLES] for o in EPOCH_OFFSETS], dim=2
    )  # [B, C, E, 512]
    x = epochs.reshape(-1, 1, EPOCH_SAMPLES)
    den, r = ae_serving(x)
    flagged = r < threshold
    if present is not None:
        flagged &= present.reshape(b, c, 1).expand(b, c, n_ep).reshape(-1)
    out = x.clone()
    if bool(flagged.any()):
        out[flagged] = tf_serving(x[flagged], den[flagged])
    out = out.reshape(b, c, n_ep, EPOCH_SAMPLES)
    cleaned = torch.zeros_like(windows)
    for e, o in enumerate(EPOCH_OFFSETS):
        cleaned[:, :, o : o + EPOCH_SAMPLES] += out[:, :, e] * WEIGHTS[e, o : o + EPOCH_SAMPLES]
    return cleaned, flagged.reshape(b, c, n_ep)


def artifact_fraction(flagged: torch.Tensor) -> torch.Tensor:
    """[B, C, E] flags -> [B, C] share of each channel's window flagged (cross-fade weighted)."""
    share = WEIGHTS.sum(dim=1) / WINDOW_SAMPLES  # [E]
    return (flagged.float() * share).sum(dim=2)


def load_atat(path: str):
    from models.atat.model import AeServing, Atat, AtatConfig, TransformerServing

    ck = torch.load(path, map_location="cpu")
    cfg = AtatConfig.from_dict(ck["config"])
    atat = Atat(cfg)
    atat.load_state_dict(ck["state_dict"])
    atat.eval()
    return AeServing(atat).eval(), TransformerServing(atat).eval(), cfg.gate_threshold


def clean_dataset(src: str, out: str, atat_path: str, batch: int = 16) -> None:
    from models.stan.data import StanDataset

    ds = StanDataset(src)
    ae, tf, thr = load_atat(atat_path)
    os.makedirs(out, exist_ok=True)
    # same dtype as the source (float16 from export-windows: half the disk, ~0.03 uV quantum at 50 uV)
    cleaned = np.lib.format.open_memmap(
        os.path.join(out, "windows.npy"), mode="w+", dtype=ds.windows.dtype, shape=ds.windows.shape
    )
    flagged_total = 0.0
    with torch.no_grad():
        for i in range(0, len(ds), batch):
            w = torch.from_numpy(np.asarray(ds.windows[i : i + batch], dtype=np.float32))
            c, f = clean_windows(ae, tf, w, thr)
            cleaned[i : i + batch] = c.numpy().astype(ds.windows.dtype)
            flagged_total += float(artifact_fraction(f).sum())
    cleaned.flush()
    for name in os.listdir(src):
        if name not in ("windows.npy", "meta.json"):
            shutil.copy(os.path.join(src, name), os.path.join(out, name))
    meta = read_json(os.path.join(src, "meta.json"))
    meta["cleaned_by"] = {
        "atat": os.path.abspath(atat_path),
        "gate_threshold": thr,
        "mean_artifact_fraction": flagged_total / max(len(ds) * ds.windows.shape[1], 1),
    }
    write_json(os.path.join(out, "meta.json"), meta)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clean", required=True, metavar="IN_DIR")
    ap.add_argument("--out", required=True, metavar="OUT_DIR")
    ap.add_argument("--atat", default=os.path.join(MODELS_DIR, "checkpoints", "atat.pt"))
    a = ap.parse_args()
    clean_dataset(a.clean, a.out, a.atat)
    print(f"wrote cleaned windows to {a.out}")


if __name__ == "__main__":
    main()
