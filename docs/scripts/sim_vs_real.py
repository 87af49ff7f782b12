#!/usr/bin/python3
"""Figure for docs/simulator.md: a real and a simulated 10-s page of 18-channel bipolar EEG,
background (top) and seizure (bottom), same scale. Needs Debian's python3-mne and python3-matplotlib.

  java -jar target/quarkus-app/quarkus-run.jar simulate /tmp/fig-sim --patients 1 --hours 1 --seizures 1 --seed 2026
  /usr/bin/python3 docs/scripts/sim_vs_real.py ../shared/data /tmp/fig-sim docs/img/sim_vs_real.png
"""
import glob
import os
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import mne
import numpy as np

FS = 256
SPACING = 200  # µV between traces


def load(path):
    raw = mne.io.read_raw_edf(path, preload=True, verbose="error")
    return raw.get_data()[:18] * 1e6, raw.ch_names[:18]


def page(ax, x, start, names, title):
    seg = x[:, int(start * FS):int((start + 10) * FS)]
    t = np.arange(seg.shape[1]) / FS
    for i in range(18):
        trace = seg[i] - np.median(seg[i])
        ax.plot(t, trace - i * SPACING, lw=0.5, color="k")
    ax.set_yticks([-i * SPACING for i in range(18)])
    ax.set_yticklabels(names, fontsize=6)
    ax.set_ylim(-18 * SPACING, SPACING)
    ax.set_xlim(0, 10)
    ax.set_xlabel("s", fontsize=7)
    ax.set_title(title, fontsize=8)
    ax.tick_params(axis="x", labelsize=6)


def rows(tsv):
    lines = open(tsv).read().strip().split("\n")[1:]
    return [line.split("\t") for line in lines]


def main(data, sim, out):
    edf = os.path.join(data, "chbmit-excerpts", "edf")
    real_bg, names = load(os.path.join(edf, "chb01_03_0000-0041s.edf"))
    real_sz, _ = load(os.path.join(edf, "chb01_03_2995-3036s.edf"))
    sim_edf = sorted(glob.glob(os.path.join(sim, "sub-01", "ses-01", "eeg", "*_eeg.edf")))[0]
    sim_x, _ = load(sim_edf)
    seizure = [r for r in rows(sim_edf.replace("_eeg.edf", "_events.tsv")) if r[2] != "bckg"][0]
    onset, duration = float(seizure[0]), float(seizure[1])
    hyp = sim_edf.replace(sim, os.path.join(sim, "derivatives", "ground-truth")).replace("_eeg.edf", "_hypnogram.tsv")
    awake = [r for r in rows(hyp) if r[2] == "W" and int(r[1]) >= 14 and int(r[0]) + int(r[1]) < onset - 60]
    bg_start = int(awake[0][0]) + 2 if awake else 10
    sz_start = onset + 0.4 * duration - 5
    fig, axes = plt.subplots(2, 2, figsize=(11, 11), sharex=True)
    page(axes[0, 0], real_bg, 10, names, "real: CHB-MIT chb01_03, 10-20 s (interictal)")
    page(axes[0, 1], sim_x, bg_start, names, "simulated: sub-01 %.0f-%.0f s (awake)" % (bg_start, bg_start + 10))
    page(axes[1, 0], real_sz, 15, names, "real: chb01_03, 3010-3020 s (seizure 2996-3036 s)")
    page(axes[1, 1], sim_x, sz_start, names, "simulated: %s %.0f-%.0f s (seizure %.0f-%.0f s)"
         % (seizure[2], sz_start, sz_start + 10, onset, onset + duration))
    fig.suptitle("Real vs simulated bipolar EEG, same scale (%d µV between traces)" % SPACING, fontsize=9)
    fig.tight_layout()
    fig.savefig(out, dpi=90)


if __name__ == "__main__":
    main(*sys.argv[1:4])
