"""Is there a preictal signal a simple feature can see? Per patient of a STAN window directory
(`export-windows` output): log theta power (4-7.5 Hz) per channel, centred on the patient's own
interictal median, and its 5-min trailing average; AUROC preictal vs interictal for the best
channel (an optimistic, oracle choice) and for the maximum over channels.

    /usr/bin/python3 -m models.eval.preictal_features WINDOW_DIR [--ground-truth BIDS_ROOT]

With --ground-truth, each patient's simulated preictal strength is printed beside it (0 = the
simulator put no preictal signature into that patient), which separates a real signal from
confounds such as sleep and time of day (interictal windows are >= 4 h from seizures, so they
come from other times of day than preictal ones).
"""
import argparse
import json
import os

import numpy as np


def auroc(pos, neg):
    x = np.concatenate([pos, neg])
    r = x.argsort().argsort() + 1
    return (r[: len(pos)].sum() - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg))


def trailing_mean(values, starts, seconds=300.0):
    out = np.empty_like(values)
    for i in range(len(values)):
        m = (starts > starts[i] - seconds) & (starts <= starts[i])
        out[i] = values[m].mean()
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("windows")
    ap.add_argument("--ground-truth")
    a = ap.parse_args()
    w = np.load(os.path.join(a.windows, "windows.npy"), mmap_mode="r")
    labels = np.load(os.path.join(a.windows, "labels.npy"))
    patients = np.load(os.path.join(a.windows, "patients.npy"))
    starts = np.load(os.path.join(a.windows, "starts.npy"))
    meta = json.load(open(os.path.join(a.windows, "meta.json")))
    f = np.fft.rfftfreq(w.shape[-1], 1 / meta["sampling_rate"])
    theta = (f >= 4) & (f < 7.5)
    print("patient  strength  preictal interictal  AUROC best-ch  max-ch  | 5-min avg best-ch  max-ch")
    for p, name in enumerate(meta["patients"]):
        idx = np.where((patients == p) & ((labels == 0) | (labels == 1)))[0]
        if len(idx) == 0:
            continue
        logp = np.empty((len(idx), w.shape[1]))
        for k in range(0, len(idx), 512):
            x = np.asarray(w[idx[k : k + 512]], dtype=np.float32)
            logp[k : k + 512] = np.log((np.abs(np.fft.rfft(x, axis=-1)) ** 2)[..., theta].sum(-1) + 1e-9)
        lab, st = labels[idx], starts[idx]
        if not (lab == 1).any() or not (lab == 0).any():
            continue
        z = logp - np.median(logp[lab == 0], axis=0)
        per_ch = [auroc(z[lab == 1, c], z[lab == 0, c]) for c in range(z.shape[1])]
        c = int(np.argmax(per_ch))
        sm_c, sm_max = trailing_mean(z[:, c], st), trailing_mean(z.max(1), st)
        strength = "?"
        if a.ground_truth:
            pj = os.path.join(a.ground_truth, "derivatives", "ground-truth", name, name + "_parameters.json")
            strength = "%.2f" % json.load(open(pj))["preictalStrength"]
        print(
            "%-8s %8s  %8d %10d  %7.3f (%s)  %6.3f  | %7.3f  %6.3f"
            % (
                name,
                strength,
                (lab == 1).sum(),
                (lab == 0).sum(),
                per_ch[c],
                meta["channels"][c],
                auroc(z.max(1)[lab == 1], z.max(1)[lab == 0]),
                auroc(sm_c[lab == 1], sm_c[lab == 0]),
                auroc(sm_max[lab == 1], sm_max[lab == 0]),
            )
        )


if __name__ == "__main__":
    main()
