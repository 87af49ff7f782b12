"""Train STAN (shipped configuration) on a dataset directory (layout: models/stan/data.py).

    /usr/bin/python3 -m models.stan.train --data DIR [--val DIR] [--epochs 30] [--threads 1]

Losses per step (models.md section 5.1, the "workable reading" of the paper):
  * reconstruction MSE of the scaled input (weight --recon-weight, 1);
  * cross-entropy over interictal / preictal / ictal on labelled windows (weight 1);
  * adversarial regulariser, the paper's formulas: a WGAN critic D on the flattened attention maps
    minimises  E_pre[D] - E_inter[D] + lambda * GP  (lambda = 10, GP on straight lines between
    preictal and interictal map features), and STAN adds  -adv_weight * E_pre[D]  (0.1): it pulls
    preictal attention patterns towards interictal ones, so the classifier cannot lean on map
    artefacts alone. Critic Adam lr 1e-4, STAN Adam lr 1e-3, batch 32 (paper).

Unlabelled windows (label -1: post-ictal, the SPH, 50 min-4 h from a seizure) are still known not
to be ictal: they add  -log(1 - p_ictal)  (weight --nonictal-weight, 1), except those starting
within 10 s of an ictal window of the same patient (a window can touch a seizure whose midpoint
lies outside it). Post-ictal slowing and artifacts are the detector's hardest negatives.

Each epoch draws all ictal windows (--ictal-repeat times), at most --max-preictal preictal windows
(0 = all) and a random subset of interictal and unlabelled windows, --interictal-ratio times as
many as the event windows drawn. Validation: --val DIR, else a by-patient split
(patients.npy) or a seeded 10 % split. The best epoch by validation loss is written to --out with
its config, metrics and data provenance; models/export.sh turns it into ONNX + manifest + golden.
"""
import argparse
import datetime
import os
import time

import numpy as np
import torch
import torch.nn.functional as F

from models.common import MODELS_DIR, param_count, seed_everything
from models.stan.data import StanDataset
from models.stan.model import PAPER, SHIPPED, Critic, Stan


def gradient_penalty(critic, real, fake):
    n = min(len(real), len(fake))
    eps = torch.rand(n, 1)
    mix = (eps * real[:n] + (1 - eps) * fake[:n]).requires_grad_(True)
    (grad,) = torch.autograd.grad(critic(mix).sum(), mix, create_graph=True)
    return ((grad.norm(2, dim=1) - 1) ** 2).mean()


def epoch_indices(
    ds: StanDataset, subset: np.ndarray, ratio: float, rng, ictal_repeat: int = 1, max_preictal: int = 0
) -> np.ndarray:
    lab = ds.labels[subset]
    ictal = np.tile(subset[lab == 2], max(ictal_repeat, 1))
    pre = subset[lab == 1]
    if max_preictal and len(pre) > max_preictal:
        pre = rng.choice(pre, size=max_preictal, replace=False)
    events = np.concatenate([ictal, pre])
    rest = subset[(lab == 0) | (lab == -1)]
    k = min(len(rest), max(int(ratio * max(len(events), 1)), 32))
    return rng.permutation(np.concatenate([events, rng.choice(rest, size=k, replace=False)]))


def nonictal_mask(ds: StanDataset, guard_s: float = 10.0) -> np.ndarray:
    """Unlabelled windows known not to be ictal: those not starting within guard_s of an ictal
    window of the same patient (needs starts.npy; without it every unlabelled window counts)."""
    mask = ds.labels == -1
    if ds.starts is None:
        return mask
    pats = ds.patients if ds.patients is not None else np.zeros(len(ds), np.int64)
    for p in np.unique(pats[ds.labels == 2]):
        ict = np.sort(ds.starts[(ds.labels == 2) & (pats == p)])
        cand = np.flatnonzero(mask & (pats == p))
        pos = np.searchsorted(ict, ds.starts[cand])
        lo = np.abs(ds.starts[cand] - ict[np.clip(pos - 1, 0, len(ict) - 1)])
        hi = np.abs(ict[np.clip(pos, 0, len(ict) - 1)] - ds.starts[cand])
        mask[cand[np.minimum(lo, hi) < guard_s]] = False
    return mask


def auroc(score: np.ndarray, positive: np.ndarray) -> float:
    """Area under the ROC curve by the rank-sum formula; NaN when a class is absent."""
    n_pos, n_neg = int(positive.sum()), int((~positive).sum())
    if n_pos == 0 or n_neg == 0:
        return float("nan")
    from scipy.stats import rankdata

    ranks = rankdata(score)
    return float((ranks[positive].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))


def nonictal_loss(logits: torch.Tensor) -> torch.Tensor:
    """-log(1 - p_ictal) per row, computed stably from the logits."""
    log_p = torch.log_softmax(logits, dim=1)
    return -torch.logsumexp(log_p[:, :2], dim=1)


def evaluate(model, ds, subset, batch, nonictal):
    model.eval()
    recon, ce, n_lab, nic, n_nic, probs, labels = 0.0, 0.0, 0, 0.0, 0, [], []
    with torch.no_grad():
        for i in range(0, len(subset), batch):
            idx = np.sort(subset[i : i + batch])
            x, y = ds.batch(idx)
            out = model(torch.from_numpy(x))
            y = torch.from_numpy(y)
            recon += (
                F.mse_loss(out["recon"], out["target"], reduction="sum").item() / out["target"][0].numel()
            )
            lab = y >= 0
            if lab.any():
                ce += F.cross_entropy(out["logits"][lab], y[lab], reduction="sum").item()
                n_lab += int(lab.sum())
            ni = torch.from_numpy(nonictal[idx])
            if ni.any():
                nic += nonictal_loss(out["logits"][ni]).sum().item()
                n_nic += int(ni.sum())
            probs.append(torch.softmax(out["logits"], 1).numpy())
            labels.append(np.where(nonictal[idx], -2, y.numpy()))
    probs, labels = np.concatenate(probs), np.concatenate(labels)
    inter_pre = (labels == 0) | (labels == 1)
    known = (labels >= 0) | (labels == -2)
    return {
        "recon_mse": recon / max(len(subset), 1),
        "cross_entropy": ce / max(n_lab, 1),
        "nonictal_loss": nic / max(n_nic, 1),
        "auroc_preictal_vs_interictal": auroc(probs[inter_pre, 1], labels[inter_pre] == 1),
        "auroc_ictal_vs_rest": auroc(probs[known, 2], labels[known] == 2),
        "ictal_recall_at_0.5": float((probs[labels == 2, 2] >= 0.5).mean())
        if (labels == 2).any()
        else float("nan"),
        "nonictal_false_positive_rate_at_0.5": float((probs[(labels != 2) & known, 2] >= 0.5).mean()),
        "windows": int(len(subset)),
    }


def split(ds: StanDataset, rng):
    n = len(ds)
    if ds.patients is not None and len(np.unique(ds.patients)) >= 3:
        pats = rng.permutation(np.unique(ds.patients))
        held = pats[: max(1, len(pats) // 5)]
        val = np.isin(ds.patients, held)
        return np.flatnonzero(~val), np.flatnonzero(val), f"by patient (held out {held.tolist()})"
    order = rng.permutation(n)
    k = max(1, n // 10)
    return np.sort(order[k:]), np.sort(order[:k]), "random 10 %"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", required=True, help="training dataset directory")
    ap.add_argument("--val", help="validation dataset directory (default: split --data)")
    ap.add_argument("--config", choices=["shipped", "paper"], default="shipped")
    ap.add_argument("--epochs", type=int, default=30)
    ap.add_argument("--max-steps", type=int, default=0, help="stop after this many steps (smoke runs)")
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--critic-lr", type=float, default=1e-4)
    ap.add_argument("--recon-weight", type=float, default=1.0)
    ap.add_argument("--adv-weight", type=float, default=0.1, help="0 disables the critic")
    ap.add_argument("--gp-lambda", type=float, default=10.0)
    ap.add_argument("--interictal-ratio", type=float, default=2.0)
    ap.add_argument(
        "--ictal-repeat", type=int, default=1, help="ictal windows drawn this many times per epoch"
    )
    ap.add_argument("--max-preictal", type=int, default=0, help="preictal windows per epoch (0 = all)")
    ap.add_argument(
        "--nonictal-weight",
        type=float,
        default=1.0,
        help="weight of -log(1 - p_ictal) on unlabelled windows known not to be ictal",
    )
    ap.add_argument(
        "--max-val", type=int, default=0, help="validate on a fixed seeded subset of this size (0 = all)"
    )
    ap.add_argument("--patience", type=int, default=5)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--seed", type=int, default=20251024)
    ap.add_argument("--out", default=os.path.join(MODELS_DIR, "checkpoints", "stan.pt"))
    a = ap.parse_args(argv)

    torch.set_num_threads(a.threads)
    rng = seed_everything(a.seed)
    cfg = SHIPPED if a.config == "shipped" else PAPER
    ds = StanDataset(a.data)
    if a.val:
        val_ds, how = StanDataset(a.val), f"directory {a.val}"
        train_idx, val_idx = np.arange(len(ds)), np.arange(len(val_ds))
    else:
        train_idx, val_idx, how = split(ds, rng)
        val_ds = ds
    nonictal, val_nonictal = nonictal_mask(ds), nonictal_mask(val_ds)
    if a.max_val and len(val_idx) > a.max_val:
        # every ictal window plus a seeded sample of the rest, fixed for the whole run
        vl = val_ds.labels[val_idx]
        ict = val_idx[vl == 2]
        other = np.random.default_rng(a.seed + 1).choice(
            val_idx[vl != 2], size=max(a.max_val - len(ict), 0), replace=False
        )
        val_idx = np.sort(np.concatenate([ict, other]))
        how += f", fixed subset of {len(val_idx)} (all ictal windows)"
    model = Stan(cfg)
    critic = Critic(model.map_features)
    opt = torch.optim.Adam(model.parameters(), lr=a.lr)
    opt_d = torch.optim.Adam(critic.parameters(), lr=a.critic_lr)
    print(
        f"STAN {cfg.name}: {param_count(model)} params; train {len(train_idx)} windows "
        f"{ds.counts()}; validation {len(val_idx)} ({how})",
        flush=True,
    )

    best, best_state, bad_epochs, step, history = float("inf"), None, 0, 0, []
    t0 = time.time()
    for epoch in range(a.epochs):
        model.train()
        idx = epoch_indices(ds, train_idx, a.interictal_ratio, rng, a.ictal_repeat, a.max_preictal)
        seen, t_epoch = 0, time.time()
        for i in range(0, len(idx) - 1, a.batch):
            bidx = np.sort(idx[i : i + a.batch])
            x, y = ds.batch(bidx)
            x, y = torch.from_numpy(x), torch.from_numpy(y)
            out = model(x)
            loss = a.recon_weight * F.mse_loss(out["recon"], out["target"])
            lab = y >= 0
            if lab.any():
                loss = loss + F.cross_entropy(out["logits"][lab], y[lab])
            ni = torch.from_numpy(nonictal[bidx])
            if a.nonictal_weight > 0 and ni.any():
                loss = loss + a.nonictal_weight * nonictal_loss(out["logits"][ni]).sum() / len(y)
            pre, inter = y == 1, y == 0
            adversarial = a.adv_weight > 0 and pre.sum() >= 2 and inter.sum() >= 2
            if adversarial:
                loss = loss - a.adv_weight * critic(out["map_features"][pre]).mean()
            opt.zero_grad()
            loss.backward()
            opt.step()
            if adversarial:
                f = out["map_features"].detach()
                fp, fi = f[pre], f[inter]
                d_loss = (
                    critic(fp).mean() - critic(fi).mean() + a.gp_lambda * gradient_penalty(critic, fp, fi)
                )
                opt_d.zero_grad()
                d_loss.backward()
                opt_d.step()
            step += 1
            seen += len(y)
            if a.max_steps and step >= a.max_steps:
                break
        rate = seen / max(time.time() - t_epoch, 1e-9)
        metrics = evaluate(model, val_ds, val_idx, 64, val_nonictal)
        score = (
            metrics["cross_entropy"]
            + a.recon_weight * metrics["recon_mse"]
            + a.nonictal_weight * metrics["nonictal_loss"]
        )
        elapsed = time.time() - t0
        history.append(
            {
                "epoch": epoch + 1,
                "steps": step,
                "val": metrics,
                "seconds": round(elapsed, 1),
                "train_windows_per_s": round(rate, 1),
            }
        )
        print(f"epoch {epoch + 1} step {step} train {rate:.0f} windows/s " f"val {metrics}", flush=True)
        if score < best:
            best, bad_epochs = score, 0
            best_state = {k: v.detach().clone() for k, v in model.state_dict().items()}
            best_metrics = metrics
        else:
            bad_epochs += 1
        if (a.max_steps and step >= a.max_steps) or bad_epochs >= a.patience:
            break

    os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
    torch.save(
        {
            "config": cfg.to_dict(),
            "state_dict": best_state,
            "status": "smoke" if a.max_steps else "trained",
            "training": {
                "data": os.path.abspath(a.data),
                "data_meta": ds.meta,
                "counts": ds.counts(),
                "validation": how,
                "epochs": len(history),
                "steps": step,
                "seed": a.seed,
                "args": vars(a),
                "torch": torch.__version__,
                "finished": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
                "seconds": round(time.time() - t0, 1),
            },
            "metrics": {"validation": best_metrics, "history": history},
        },
        a.out,
    )
    print(f"wrote {a.out}", flush=True)


if __name__ == "__main__":
    main()
