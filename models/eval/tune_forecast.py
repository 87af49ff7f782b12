"""Choose the FORECAST threshold tau on VALIDATION patients from `detect --scores-out` tables.

    /usr/bin/python3 -m models.eval.tune_forecast BIDS_ROOT SCORES_ROOT [--max-fa-per-hour 0.2]

Replays the service's FORECAST rule (core.alarm.ForecastTracker) on each window's smoothed
preictal risk (the `smoothedRisk` column: the 5-min moving average the service thresholds): an
alarm fires when the average is >= tau, the tracker is armed (the average was below tau since the
last alarm) and the refractory period (30 min) is over; the first 150 s are not eligible
(coverage 0.5 of 300 s). Scoring as docs/forecasting-metrics.md: SPH 5 min, SOP 45 min,
post-ictal 30 min. Prints sensitivity, false alarms per interictal hour and time in warning per
tau, and the tau with the highest sensitivity whose false-alarm rate stays under the bound (ties:
fewer false alarms). Held-out patients must never be used here.
"""
import argparse
import csv
import glob
import os

import numpy as np

SPH, SOP, POST, REFRACTORY, WARMUP = 300.0, 2700.0, 1800.0, 1800.0, 150.0


def seizures(events_tsv):
    out, duration = [], None
    with open(events_tsv, newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            duration = duration or float(row["recordingDuration"])
            if row["eventType"] != "bckg":
                out.append((float(row["onset"]), float(row["onset"]) + float(row["duration"])))
    return sorted(out), duration


def alarms(end, risk, tau):
    out, armed, last = [], True, -np.inf
    t0 = end[0] - 5.0
    for t, r in zip(end, risk):
        if t - t0 < WARMUP or r < tau:
            armed = True
            continue
        if armed and t - last >= REFRACTORY:
            out.append(t)
            armed, last = False, t
    return np.array(out)


def score(alarm_times, sz, duration):
    predicted = sum(any(o - SPH - SOP <= a <= o - SPH for a in alarm_times) for o, _ in sz)
    excluded = np.zeros(int(duration) + 1, bool)
    for o, e in sz:
        excluded[max(0, int(o - SPH - SOP)) : min(len(excluded), int(e + POST))] = True
    false = sum(1 for a in alarm_times if not excluded[min(int(a), len(excluded) - 1)])
    warn = np.zeros(int(duration) + 1, bool)
    for a in alarm_times:
        warn[int(a + SPH) : int(min(a + SPH + SOP, duration))] = True
    return predicted, len(sz), false, (~excluded).sum() / 3600.0, warn.sum(), duration


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("bids_root")
    ap.add_argument("scores_root")
    ap.add_argument("--max-fa-per-hour", type=float, default=0.2)
    a = ap.parse_args()
    recs = []
    for path in sorted(glob.glob(os.path.join(a.scores_root, "sub-*", "**", "*_scores.tsv"), recursive=True)):
        rel = os.path.relpath(path, a.scores_root).replace("_scores.tsv", "_events.tsv")
        sz, duration = seizures(os.path.join(a.bids_root, rel))
        tab = np.loadtxt(path, delimiter="\t", skiprows=1, ndmin=2)
        recs.append((tab[:, 1], tab[:, 6], sz, duration))
    taus = np.round(np.arange(0.05, 0.96, 0.025), 3)
    best = None
    print("tau    Sn     FA/h   warn   alarms")
    for tau in taus:
        tot = np.zeros(6)
        n_alarms = 0
        for end, risk, sz, duration in recs:
            al = alarms(end, risk, tau)
            n_alarms += len(al)
            tot += np.array(score(al, sz, duration), float)
        sn, fa_h, warn = tot[0] / max(tot[1], 1), tot[2] / max(tot[3], 1e-9), tot[4] / tot[5]
        print(f"{tau:.3f}  {sn:.3f}  {fa_h:.3f}  {warn:.3f}  {n_alarms}")
        if fa_h <= a.max_fa_per_hour and (best is None or (sn, -fa_h) > (best[1], -best[2])):
            best = (tau, sn, fa_h, warn)
    print("chosen" if best else "no tau meets the bound", best)


if __name__ == "__main__":
    main()
