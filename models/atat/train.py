"""Train AT-AT (autoencoder + patch transformer + WGAN-GP discriminator) on 2 s epochs.

    /usr/bin/python3 -m models.atat.train --data DIR [--epochs 50] [--threads 1]

DIR is an EEGdenoiseNet directory or our (clean, noisy) pairs (layouts: models/atat/data.py).
All losses are computed in units of the noisy epoch's std (EEGdenoiseNet convention):
  * autoencoder: MSE(AE(noisy), clean); 10 % of rows are clean->clean so clean EEG passes,
    which is what makes the correlation proxy r = Pearson(AE(x), x) high on clean epochs;
  * transformer (sees the noisy epoch and the AE output, detached): MSE + 0.1 * log-spectrum L1
    - adv_weight * D(output);
  * discriminator D (WGAN critic): D(fake) - D(clean) + 10 * gradient penalty.
Adam lr 1e-3 (AE, transformer), 1e-4 (critic); batch 64.
After training, the gate threshold is tuned on the validation epochs plus as many clean epochs:
the r below which sending an epoch to the transformer lowers the total squared error versus
passing it through untouched (what Java does with unflagged epochs). Metrics per SNR level
(RRMSE_t, RRMSE_s, CC) go into the checkpoint.
"""
import argparse
import datetime
import os
import time

import numpy as np
import torch
import torch.nn.functional as F
from scipy.signal import welch

from models.atat.data import load, service_band
from models.atat.model import Atat, AtatConfig, Discriminator, epoch_std, pearson, spectral_l1
from models.common import FS, MODELS_DIR, param_count, seed_everything


def gradient_penalty(critic, real, fake):
    eps = torch.rand(len(real), 1, 1)
    mix = (eps * real + (1 - eps) * fake).requires_grad_(True)
    (grad,) = torch.autograd.grad(critic(mix).sum(), mix, create_graph=True)
    return ((grad.reshape(len(real), -1).norm(2, dim=1) - 1) ** 2).mean()


def run_models(atat, noisy: np.ndarray, batch=256):
    """Eager inference in microvolts: AE output, r, transformer output for every epoch."""
    atat.eval()
    outs = {"ae": [], "r": [], "tf": []}
    with torch.no_grad():
        for i in range(0, len(noisy), batch):
            x = torch.from_numpy(noisy[i : i + batch]).unsqueeze(1)
            s = epoch_std(x)
            ae = atat.ae(x / s) * s
            tf = atat.transformer(x / s, ae / s) * s
            outs["ae"].append(ae[:, 0].numpy())
            outs["r"].append(pearson(ae, x).numpy())
            outs["tf"].append(tf[:, 0].numpy())
    return {k: np.concatenate(v) for k, v in outs.items()}


def tune_gate(r, noisy, tf, clean):
    """Threshold on r minimising the squared error of (tf if r < thr else noisy) vs clean."""
    err_tf = ((tf - clean) ** 2).sum(1)
    err_pass = ((noisy - clean) ** 2).sum(1)
    order = np.argsort(r)
    # total(k) = flag the k lowest-r epochs
    total = np.concatenate([[0.0], np.cumsum(err_tf[order])]) + np.concatenate(
        [np.cumsum(err_pass[order][::-1])[::-1], [0.0]]
    )
    k = int(np.argmin(total))
    rs = r[order]
    if k == 0:
        return float(rs[0] - 1e-3), 0.0
    thr = float(rs[k - 1] + (rs[k] - rs[k - 1]) / 2) if k < len(rs) else float(rs[-1] + 1e-3)
    return thr, k / len(r)


def denoise_metrics(y, x, snr):
    """EEGdenoiseNet metrics per SNR level and averaged: RRMSE_t, RRMSE_s (Welch PSD), CC."""
    rms = lambda a: np.sqrt((a**2).mean(axis=-1))  # noqa: E731
    rrmse_t = rms(y - x) / (rms(x) + 1e-12)
    _, py = welch(y, fs=FS, nperseg=256, axis=-1)
    _, px = welch(x, fs=FS, nperseg=256, axis=-1)
    rrmse_s = rms(py - px) / (rms(px) + 1e-12)
    yc, xc = y - y.mean(1, keepdims=True), x - x.mean(1, keepdims=True)
    cc = (yc * xc).sum(1) / np.sqrt((yc**2).sum(1) * (xc**2).sum(1) + 1e-12)
    out = {
        "mean": {"rrmse_t": float(rrmse_t.mean()), "rrmse_s": float(rrmse_s.mean()), "cc": float(cc.mean())}
    }
    for level in np.unique(snr[~np.isnan(snr)]):
        m = snr == level
        out[f"{int(level)}dB"] = {
            "rrmse_t": float(rrmse_t[m].mean()),
            "rrmse_s": float(rrmse_s[m].mean()),
            "cc": float(cc[m].mean()),
        }
    return out


def evaluate(atat, split, thr):
    clean, noisy, snr = split
    o = run_models(atat, noisy)
    flagged = o["r"] < thr
    gated = np.where(flagged[:, None], o["tf"], noisy)
    return {
        "gated": denoise_metrics(gated, clean, snr),
        "transformer_everywhere": denoise_metrics(o["tf"], clean, snr),
        "autoencoder": denoise_metrics(o["ae"], clean, snr),
        "noisy_input": denoise_metrics(noisy, clean, snr),
        "flagged_fraction": float(flagged.mean()),
    }


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", required=True)
    ap.add_argument("--epochs", type=int, default=50)
    ap.add_argument("--repeats", type=int, default=2, help="re-pairings per epoch (EEGdenoiseNet combin_num)")
    ap.add_argument("--max-steps", type=int, default=0, help="stop after this many steps (smoke runs)")
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--critic-lr", type=float, default=1e-4)
    ap.add_argument("--adv-weight", type=float, default=0.01, help="0 disables the discriminator")
    ap.add_argument("--spectral-weight", type=float, default=0.1)
    ap.add_argument("--gp-lambda", type=float, default=10.0)
    ap.add_argument("--clean-fraction", type=float, default=0.1)
    ap.add_argument(
        "--service-band-fraction",
        type=float,
        default=0.5,
        help="share of training rows (clean and noisy alike) band-passed 0.5-45 Hz as the service "
        "does before AT-AT; the gate is tuned on both bands",
    )
    ap.add_argument(
        "--ae-kind",
        choices=["patch", "conv"],
        default="patch",
        help="patch: kernel=stride AE (shipped, fast in ORT); conv: overlapping-kernel AE",
    )
    ap.add_argument("--patience", type=int, default=5)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--seed", type=int, default=20250207)
    ap.add_argument("--out", default=os.path.join(MODELS_DIR, "checkpoints", "atat.pt"))
    a = ap.parse_args(argv)

    torch.set_num_threads(a.threads)
    rng = seed_everything(a.seed)
    data = load(a.data, a.seed)
    cfg = AtatConfig(ae_kind=a.ae_kind)
    atat, critic = Atat(cfg), Discriminator()
    opt = torch.optim.Adam(atat.parameters(), lr=a.lr)
    opt_d = torch.optim.Adam(critic.parameters(), lr=a.critic_lr)
    print(
        f"AT-AT: AE {param_count(atat.ae)} + transformer {param_count(atat.transformer)} params "
        f"(+ critic {param_count(critic)}); {data.source}",
        flush=True,
    )

    best, best_state, bad, step, history, t0 = float("inf"), None, 0, 0, [], time.time()
    val_clean, val_noisy, _ = data.val
    for epoch in range(a.epochs):
        atat.train()
        clean, noisy = data.train_pairs(rng, a.repeats)
        if a.service_band_fraction > 0:
            band = rng.random(len(clean)) < a.service_band_fraction
            clean, noisy = clean.copy(), noisy.copy()
            clean[band], noisy[band] = service_band(clean[band]), service_band(noisy[band])
        order = rng.permutation(len(clean))
        seen, t_epoch = 0, time.time()
        for i in range(0, len(order) - a.batch + 1, a.batch):
            idx = order[i : i + a.batch]
            c, x = torch.from_numpy(clean[idx]).unsqueeze(1), torch.from_numpy(noisy[idx]).unsqueeze(1)
            keep = torch.from_numpy(rng.random(len(idx)) < a.clean_fraction).reshape(-1, 1, 1)
            x = torch.where(keep, c, x)
            s = epoch_std(x)
            xn, cn = x / s, c / s
            ae = atat.ae(xn)
            tf = atat.transformer(xn, ae.detach())
            loss = F.mse_loss(ae, cn) + F.mse_loss(tf, cn) + a.spectral_weight * spectral_l1(tf, cn)
            if a.adv_weight > 0:
                loss = loss - a.adv_weight * critic(tf).mean()
            opt.zero_grad()
            loss.backward()
            opt.step()
            if a.adv_weight > 0:
                fake = tf.detach()
                d_loss = (
                    critic(fake).mean() - critic(cn).mean() + a.gp_lambda * gradient_penalty(critic, cn, fake)
                )
                opt_d.zero_grad()
                d_loss.backward()
                opt_d.step()
            step += 1
            seen += len(idx)
            if a.max_steps and step >= a.max_steps:
                break
        rate = seen / max(time.time() - t_epoch, 1e-9)
        o = run_models(atat, val_noisy)
        s = np.sqrt(((val_noisy - val_noisy.mean(1, keepdims=True)) ** 2).mean(1, keepdims=True)) + 1e-3
        val_loss = float(
            (((o["ae"] - val_clean) / s) ** 2).mean() + (((o["tf"] - val_clean) / s) ** 2).mean()
        )
        history.append(
            {
                "epoch": epoch + 1,
                "steps": step,
                "val_loss": val_loss,
                "train_epochs_per_s": round(rate, 1),
                "seconds": round(time.time() - t0, 1),
            }
        )
        print(f"epoch {epoch + 1} step {step} train {rate:.0f} epochs/s val_loss {val_loss:.4f}", flush=True)
        if val_loss < best:
            best, bad = val_loss, 0
            best_state = {k: v.detach().clone() for k, v in atat.state_dict().items()}
        else:
            bad += 1
        if (a.max_steps and step >= a.max_steps) or bad >= a.patience:
            break

    atat.load_state_dict(best_state)
    # the gate is tuned on validation epochs plus as many clean ones (EMG-free epochs must pass)
    # ... in both bands the model is trained on when --service-band-fraction > 0
    gate_in = np.concatenate([val_noisy, val_clean])
    gate_clean = np.concatenate([val_clean, val_clean])
    if a.service_band_fraction > 0:
        gate_in = np.concatenate([gate_in, service_band(gate_in)])
        gate_clean = np.concatenate([gate_clean, service_band(gate_clean)])
    o = run_models(atat, gate_in)
    thr, frac = tune_gate(o["r"], gate_in, o["tf"], gate_clean)
    clean_rows = np.zeros(len(gate_in), bool)
    for k in range(len(gate_in) // (2 * len(val_noisy))):
        clean_rows[(2 * k + 1) * len(val_noisy) : (2 * k + 2) * len(val_noisy)] = True
    clean_flagged = float((o["r"][clean_rows] < thr).mean())
    print(
        f"gate threshold r < {thr:.4f} flags {frac:.1%} of the 50 % clean tuning set "
        f"({clean_flagged:.1%} of the clean epochs)",
        flush=True,
    )
    metrics = {
        "gate_threshold": thr,
        "gate_clean_flagged_fraction": clean_flagged,
        "validation": evaluate(atat, data.val, thr),
        "test": evaluate(atat, data.test, thr),
        "history": history,
    }
    tc, tn, ts = data.test
    metrics["test_service_band"] = evaluate(atat, (service_band(tc), service_band(tn), ts), thr)
    print(f"test (gated) {metrics['test']['gated']['mean']}", flush=True)
    print(f"test, service band (gated) {metrics['test_service_band']['gated']['mean']}", flush=True)
    os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
    torch.save(
        {
            "config": {**cfg.to_dict(), "gate_threshold": thr},
            "state_dict": best_state,
            "status": "smoke" if a.max_steps else "trained",
            "training": {
                "data": os.path.abspath(a.data),
                "source": data.source,
                "steps": step,
                "epochs": len(history),
                "seed": a.seed,
                "args": vars(a),
                "torch": torch.__version__,
                "finished": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
                "seconds": round(time.time() - t0, 1),
            },
            "metrics": metrics,
        },
        a.out,
    )
    print(f"wrote {a.out}", flush=True)


if __name__ == "__main__":
    main()
