"""AT-AT (Choi, arXiv 2502.05332): autoencoder-targeted adversarial transformer for EMG removal.

What the paper states (abstract/introduction only were reachable): a lightweight convolutional
autoencoder; a correlation-based noise proxy that picks where the transformer runs; a transformer
that cleans the flagged parts; an adversarial discriminator in training. Everything below about
sizes, the proxy and the losses is our choice (see ../cards/atat.md).

Units: every exported graph takes and returns microvolts. Each graph divides by the noisy epoch's
own standard deviation first and multiplies it back at the end (the EEGdenoiseNet convention), so
the Java side never normalises and the scale is provably identical in training and serving.

Two exported graphs so the gating runs in Java and clean epochs skip the transformer:
  * AeServing:  x [B,1,512] -> denoised [B,1,512], r [B] (Pearson r between denoised and x)
  * TransformerServing: noisy [B,1,512], ae [B,1,512] -> cleaned [B,1,512]
Java flags an epoch when r < gate threshold (manifest) and runs the transformer on flagged rows.
"""
from dataclasses import asdict, dataclass

import torch
import torch.nn.functional as F
from torch import nn

from models.common import EPOCH_SAMPLES

EPS_VAR = 1e-6  # uV^2, keeps a flat (zero) epoch finite: it maps to zeros, r = 0


@dataclass(frozen=True)
class AtatConfig:
    samples: int = EPOCH_SAMPLES
    ae_kind: str = "patch"  # "patch" (shipped, GEMM-friendly) or "conv" (overlapping kernels, slower in ORT)
    ae_widths: tuple = (8, 16, 32)  # "conv" only
    ae_patch: int = 8  # "patch" only: samples per first-level token
    ae_dims: tuple = (16, 32, 32)  # "patch" only: widths at 64, 32 and 16 tokens
    patch: int = 16  # transformer token = 16 samples (62.5 ms)
    d_model: int = 32
    heads: int = 4
    layers: int = 2
    ffn: int = 64
    gate_threshold: float = 0.9  # placeholder until tuned on validation data (phase 2)

    def to_dict(self):
        d = asdict(self)
        d["ae_widths"] = list(self.ae_widths)
        d["ae_dims"] = list(self.ae_dims)
        return d

    @staticmethod
    def from_dict(d: dict) -> "AtatConfig":
        return AtatConfig(**{k: (tuple(v) if isinstance(v, list) else v) for k, v in d.items()})


def epoch_std(x: torch.Tensor) -> torch.Tensor:
    """Per-epoch standard deviation [B,1,1] (population, mean removed), never zero."""
    mu = x.mean(dim=2, keepdim=True)
    return torch.sqrt(((x - mu) ** 2).mean(dim=2, keepdim=True) + EPS_VAR)


def pearson(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    """Pearson r per row of [B,1,L] tensors, [B]; 0 where either row is flat."""
    a = a - a.mean(dim=2, keepdim=True)
    b = b - b.mean(dim=2, keepdim=True)
    num = (a * b).sum(dim=2)
    den = torch.sqrt((a * a).sum(dim=2) * (b * b).sum(dim=2) + 1e-12)
    return (num / den).reshape(-1)


class AutoEncoder(nn.Module):
    """Conv AE without skips (the bottleneck must drop EMG, or the proxy sees nothing). ~6 k params.

    Works on std-normalised epochs [B,1,512]; 512 -> 256 -> 128 -> 64 samples and back.
    """

    def __init__(self, cfg: AtatConfig):
        super().__init__()
        w1, w2, w3 = cfg.ae_widths
        self.encoder = nn.Sequential(
            nn.Conv1d(1, w1, 7, stride=2, padding=3),
            nn.ELU(),
            nn.Conv1d(w1, w2, 5, stride=2, padding=2),
            nn.ELU(),
            nn.Conv1d(w2, w3, 5, stride=2, padding=2),
            nn.ELU(),
        )
        self.decoder = nn.Sequential(
            nn.ConvTranspose1d(w3, w2, 4, stride=2, padding=1),
            nn.ELU(),
            nn.ConvTranspose1d(w2, w1, 4, stride=2, padding=1),
            nn.ELU(),
            nn.ConvTranspose1d(w1, w1, 4, stride=2, padding=1),
            nn.ELU(),
            nn.Conv1d(w1, 1, 7, padding=3),
        )

    def forward(self, xn: torch.Tensor) -> torch.Tensor:
        return self.decoder(self.encoder(xn))


class PatchAutoEncoder(nn.Module):
    """Conv AE whose convolutions have kernel = stride (non-overlapping), written as reshape +
    Linear so ONNX Runtime runs each layer as ONE matrix product over the whole batch, plus one
    dense mixing layer across the 16 bottleneck positions for context over the whole epoch.

    512 samples -> 64 tokens x 16 -> 32 x 32 -> 16 x 32 (mix) -> 32 x 32 -> 64 x 16 -> 512.
    Chosen over the overlapping-kernel AutoEncoder because ORT runs tiny 1D convolutions one
    batch row at a time (measured: ~6 ms vs well under 1 ms for 54 epochs; see cards/atat.md).
    """

    def __init__(self, cfg: AtatConfig):
        super().__init__()
        p, (d1, d2, d3) = cfg.ae_patch, cfg.ae_dims
        self.t1, self.p = cfg.samples // p, p  # 64 tokens of 8 samples
        self.d = (d1, d2, d3)
        self.enc1 = nn.Linear(p, d1)
        self.enc2 = nn.Linear(2 * d1, d2)
        self.enc3 = nn.Linear(2 * d2, d3)
        self.mix = nn.Linear(self.t1 // 4, self.t1 // 4)
        self.dec3 = nn.Linear(d3, 2 * d2)
        self.dec2 = nn.Linear(d2, 2 * d1)
        self.dec1 = nn.Linear(d1, p)

    def forward(self, xn: torch.Tensor) -> torch.Tensor:
        t1, (d1, d2, _) = self.t1, self.d
        h = F.elu(self.enc1(xn.reshape(-1, t1, self.p)))  # [B, 64, d1]
        h = F.elu(self.enc2(h.reshape(-1, t1 // 2, 2 * d1)))  # [B, 32, d2]
        h = F.elu(self.enc3(h.reshape(-1, t1 // 4, 2 * d2)))  # [B, 16, d3]
        h = h + F.elu(self.mix(h.transpose(1, 2))).transpose(1, 2)  # context across the epoch
        h = F.elu(self.dec3(h)).reshape(-1, t1 // 2, d2)  # [B, 32, d2]
        h = F.elu(self.dec2(h)).reshape(-1, t1, d1)  # [B, 64, d1]
        return self.dec1(h).reshape(-1, 1, t1 * self.p)


class SelfAttention(nn.Module):
    """Plain scaled dot-product multi-head attention with matmul + softmax (exports cleanly)."""

    def __init__(self, d: int, heads: int, tokens: int):
        super().__init__()
        self.heads, self.dh, self.tokens = heads, d // heads, tokens
        self.qkv = nn.Linear(d, 3 * d)
        self.out = nn.Linear(d, d)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        n = self.tokens  # a constant, so reshapes keep only the batch axis dynamic
        q, k, v = self.qkv(x).reshape(-1, n, 3, self.heads, self.dh).permute(2, 0, 3, 1, 4).unbind(0)
        a = torch.softmax(torch.matmul(q, k.transpose(2, 3)) / self.dh**0.5, dim=-1)
        o = torch.matmul(a, v).transpose(1, 2).reshape(-1, n, self.heads * self.dh)
        return self.out(o)


class EncoderLayer(nn.Module):
    def __init__(self, d: int, heads: int, ffn: int, tokens: int):
        super().__init__()
        self.norm1, self.norm2 = nn.LayerNorm(d), nn.LayerNorm(d)
        self.attn = SelfAttention(d, heads, tokens)
        self.ff = nn.Sequential(nn.Linear(d, ffn), nn.GELU(), nn.Linear(ffn, d))

    def forward(self, x):
        x = x + self.attn(self.norm1(x))
        return x + self.ff(self.norm2(x))


class PatchTransformer(nn.Module):
    """Tokens = 16-sample patches of (noisy, AE output); predicts a correction to the AE output."""

    def __init__(self, cfg: AtatConfig):
        super().__init__()
        self.tokens, self.patch = cfg.samples // cfg.patch, cfg.patch
        self.embed = nn.Linear(2 * cfg.patch, cfg.d_model)
        self.position = nn.Parameter(torch.randn(1, self.tokens, cfg.d_model) * 0.02)
        self.layers = nn.ModuleList(
            EncoderLayer(cfg.d_model, cfg.heads, cfg.ffn, self.tokens) for _ in range(cfg.layers)
        )
        self.norm = nn.LayerNorm(cfg.d_model)
        self.head = nn.Linear(cfg.d_model, cfg.patch)

    def forward(self, noisy_n: torch.Tensor, ae_n: torch.Tensor) -> torch.Tensor:
        n, p = self.tokens, self.patch
        tok = torch.cat([noisy_n.reshape(-1, n, p), ae_n.reshape(-1, n, p)], dim=2)
        h = self.embed(tok) + self.position
        for layer in self.layers:
            h = layer(h)
        return ae_n + self.head(self.norm(h)).reshape(-1, 1, n * p)


class Atat(nn.Module):
    """Both trainable parts; forward works in normalised units (training)."""

    def __init__(self, cfg: AtatConfig = AtatConfig()):
        super().__init__()
        self.cfg = cfg
        self.ae = PatchAutoEncoder(cfg) if cfg.ae_kind == "patch" else AutoEncoder(cfg)
        self.transformer = PatchTransformer(cfg)


class AeServing(nn.Module):
    output_names = ["denoised", "r"]

    def __init__(self, atat: Atat):
        super().__init__()
        self.ae = atat.ae

    def forward(self, x: torch.Tensor):
        s = epoch_std(x)
        y = self.ae(x / s) * s
        return y, pearson(y, x)


class TransformerServing(nn.Module):
    output_names = ["cleaned"]

    def __init__(self, atat: Atat):
        super().__init__()
        self.transformer = atat.transformer

    def forward(self, noisy: torch.Tensor, ae: torch.Tensor):
        s = epoch_std(noisy)
        return self.transformer(noisy / s, ae / s) * s


class Discriminator(nn.Module):
    """WGAN critic on normalised epochs (training only). Real = clean EEG, fake = transformer output."""

    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(
            nn.Conv1d(1, 16, 7, stride=2, padding=3),
            nn.LeakyReLU(0.2),
            nn.Conv1d(16, 32, 7, stride=2, padding=3),
            nn.LeakyReLU(0.2),
            nn.Conv1d(32, 32, 7, stride=2, padding=3),
            nn.LeakyReLU(0.2),
        )
        self.head = nn.Linear(32, 1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.net(x).mean(dim=2)).squeeze(1)


def spectral_l1(y: torch.Tensor, x: torch.Tensor) -> torch.Tensor:
    """L1 between log magnitude spectra: keeps EEG's spectral shape (the paper's aim)."""
    fy = torch.log(torch.abs(torch.fft.rfft(y, dim=-1)) + 1e-3)
    fx = torch.log(torch.abs(torch.fft.rfft(x, dim=-1)) + 1e-3)
    return F.l1_loss(fy, fx)
