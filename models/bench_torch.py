#!/usr/bin/env python3
"""PyTorch-eager side of the `bench` command: same weights, same input, same per-window work.

    /usr/bin/python3 models/bench_torch.py --models-dir models --threads 1 [--iterations 300]

Loads the checkpoints behind the exported graphs (the paper-size STAN from its fixed seed),
checks them against the golden outputs (so these ARE the weights ORT runs), then times one 5 s
window (the golden STAN input, row 0), batch 1, under torch.no_grad():
  * atat:       models.pipeline.clean_windows on the window: 18 x 3 epochs through the AE, the
                r < threshold gate, the transformer on flagged epochs only, the cleaned window
                assembled with cross-faded overlaps, as OnnxWindowScorer does;
  * stan:       shipped STAN, one window;
  * stan_paper: paper-size STAN, one window;
  * scorer:     atat then stan on the cleaned window (what OnnxWindowScorer does, minus result objects).
Prints one JSON object on stdout (per-window p50/p99 in ms).
"""
import argparse
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import numpy as np  # noqa: E402
import torch  # noqa: E402

from models.atat.model import AeServing, Atat, AtatConfig, TransformerServing  # noqa: E402
from models.common import read_json  # noqa: E402
from models.pipeline import clean_windows  # noqa: E402
from models.stan.model import PAPER, Stan, StanConfig, StanServing  # noqa: E402

PAPER_SEED = 20251103  # models/export.py


def timed(fn, warmup, iterations):
    for _ in range(warmup):
        fn()
    ns = np.empty(iterations)
    for i in range(iterations):
        t = time.perf_counter_ns()
        fn()
        ns[i] = time.perf_counter_ns() - t
    return {
        "p50_ms": float(np.percentile(ns, 50) / 1e6),
        "p99_ms": float(np.percentile(ns, 99) / 1e6),
        "iterations": iterations,
    }


def golden_diff(models_dir, manifest_entry, module):
    g = manifest_entry["golden"]
    ins = [
        torch.from_numpy(np.load(os.path.join(models_dir, g["inputs"][s["name"]])))
        for s in manifest_entry["inputs"]
    ]
    with torch.no_grad():
        outs = module(*ins)
    outs = outs if isinstance(outs, tuple) else (outs,)
    return max(
        float(np.abs(o.numpy() - np.load(os.path.join(models_dir, g["outputs"][s["name"]]))).max())
        for o, s in zip(outs, manifest_entry["outputs"])
    )


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--models-dir", default="models")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--iterations", type=int, default=300)
    ap.add_argument("--warmup", type=int, default=30)
    ap.add_argument("--gate-threshold", type=float, help="default: the manifest's")
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    d = a.models_dir
    manifest = read_json(os.path.join(d, "manifest.json"))["models"]

    ck = torch.load(os.path.join(d, "checkpoints", "stan.pt"), map_location="cpu")
    stan = Stan(StanConfig(**ck["config"]))
    stan.load_state_dict(ck["state_dict"])
    stan_s = StanServing(stan).eval()
    torch.manual_seed(PAPER_SEED)
    paper_s = StanServing(Stan(PAPER)).eval()
    ck = torch.load(os.path.join(d, "checkpoints", "atat.pt"), map_location="cpu")
    cfg = AtatConfig.from_dict(ck["config"])
    atat = Atat(cfg)
    atat.load_state_dict(ck["state_dict"])
    ae_s, tf_s = AeServing(atat).eval(), TransformerServing(atat).eval()
    thr = a.gate_threshold if a.gate_threshold is not None else manifest["atat_ae"]["gate"]["threshold"]

    window = torch.from_numpy(np.load(os.path.join(d, manifest["stan"]["golden"]["inputs"]["x"]))[:1])
    flagged_count = []

    def atat_window():
        cleaned, flagged = clean_windows(ae_s, tf_s, window, thr)
        flagged_count.append(int(flagged.sum()))
        return cleaned

    result = {
        "torch": torch.__version__,
        "threads": a.threads,
        "gate_threshold": thr,
        "golden_max_abs_diff": {
            "stan": golden_diff(d, manifest["stan"], stan_s),
            "stan_paper": golden_diff(d, manifest["stan_paper"], paper_s),
            "atat_ae": golden_diff(d, manifest["atat_ae"], ae_s),
            "atat_transformer": golden_diff(d, manifest["atat_transformer"], tf_s),
        },
    }
    with torch.no_grad():
        result["atat"] = timed(atat_window, a.warmup, a.iterations)
        result["atat"]["flagged_epochs"] = flagged_count[-1]
        result["stan"] = timed(lambda: stan_s(window), a.warmup, a.iterations)
        result["scorer"] = timed(lambda: stan_s(atat_window()), a.warmup, a.iterations)
        result["stan_paper"] = timed(
            lambda: paper_s(window), max(3, a.warmup // 5), max(20, a.iterations // 5)
        )
    print(json.dumps(result))


if __name__ == "__main__":
    main()
