"""STAN (Li et al., arXiv 2511.02846 / 2511.01275): spatio-temporal attention over raw EEG windows.

Faithful to the paper where it is clear (see ../cards/stan.md for the full list):
  * M = 3 cascaded blocks, each a spatial module (nodes = channels, complete graph) followed by a
    temporal module (nodes = time steps);
  * H = 4 heads with a bilinear alignment score M^k_ij = z_i^T W^k z_j, softmax over j, heads
    mixed by learnable softmax-normalised weights alpha_k, a nonlinearity sigma at the end;
  * node encoders are 1D CNNs with kernel size 2 (widths 50 spatial / 100 temporal, the
    "implementation details" reading);
  * residual connections + LayerNorm in both modules;
  * the 3 + 3 attention maps are aggregated by a 2-layer MLP (hidden 150) into the score;
  * a reconstruction (MSE) objective, and a WGAN-GP critic on the attention maps (train.py).

Our choices where the paper is silent or would not fit a 2-core CPU:
  * a patch stem (Conv1d, kernel = stride = `patch` samples, shared over channels) turns each
    channel's 1280 samples into T' = 1280 / patch tokens of width d, plus channel and position
    embeddings; the temporal module's nodes are these T' tokens (1280 raw time nodes would cost
    1280^2 attention per head);
  * one attention map per window and module (the encoder output is averaged over time for the
    spatial graph and over channels for the temporal graph), applied to a shared value
    projection of every token: so maps are [C, C] and [T', T'] as the paper's figures show;
  * sigma = ELU (as in graph attention networks);
  * the scoring MLP sees the maps AND the mean final token (d values), because softmax maps
    alone are blind to amplitude, which is what marks most seizures (documented deviation);
  * three softmax classes (interictal, preictal, ictal): ictal is our addition so one model
    serves forecasting and detection;
  * input scaling inside the graph: x / 100 uV, clipped to +-10 (i.e. +-1 mV), so Java and
    Python provably scale identically and amplitude ratios survive (no per-window z-scoring).

All attention is written with matmul + softmax (no einsum, no nn.MultiheadAttention) so the ONNX
graph is small and exports cleanly at opset 17; every reshape keeps the batch axis as -1.
"""
from dataclasses import asdict, dataclass

import torch
import torch.nn.functional as F
from torch import nn

from models.common import CHANNELS, WINDOW_SAMPLES


@dataclass(frozen=True)
class StanConfig:
    name: str = "stan"
    channels: int = len(CHANNELS)
    samples: int = WINDOW_SAMPLES
    patch: int = 128  # samples per token (0.5 s at 256 Hz) -> T' = 10
    d_model: int = 64
    d_spatial: int = 50  # spatial node-encoder width (paper: 50)
    d_temporal: int = 100  # temporal node-encoder width (paper: 100)
    heads: int = 4
    blocks: int = 3
    hidden: int = 150  # scoring MLP hidden size (paper: 150)
    classes: int = 3  # interictal, preictal, ictal
    input_scale_uv: float = 100.0
    input_clip: float = 10.0
    dropout: float = 0.1

    @property
    def tokens(self) -> int:
        return self.samples // self.patch

    def to_dict(self):
        return asdict(self)


SHIPPED = StanConfig()
# Paper-size (~2.3 M parameters, as quoted by 2511.01275): the same architecture and token grid,
# only wider tokens (d 480 instead of 64). Exported for latency measurement only; never trained here.
PAPER = StanConfig(name="stan_paper", d_model=480)


class BilinearAttention(nn.Module):
    """H-head attention with bilinear scores z_i^T W^k z_j and softmax-weighted heads.

    maps(z) -> A [B, H, N, N] (rows sum to 1). As in the paper, every head aggregates the same
    node values v_j (one shared d x d projection, as in graph attention), so the head mix
    sum_k alpha_k A^k_ij v_j equals (sum_k alpha_k A^k) v: one mixed map per window.
    """

    def __init__(self, d_model: int, d_enc: int, heads: int):
        super().__init__()
        self.heads = heads
        self.d_model = d_model
        self.W = nn.Parameter(torch.randn(heads, d_enc, d_enc) / d_enc**0.5)
        self.scale = 1.0 / d_enc**0.5
        self.value = nn.Linear(d_model, d_model)
        self.head_logits = nn.Parameter(torch.zeros(heads))

    def maps(self, z: torch.Tensor) -> torch.Tensor:
        zh = z.unsqueeze(1)  # [B, 1, N, e]
        scores = torch.matmul(torch.matmul(zh, self.W), zh.transpose(2, 3)) * self.scale
        return torch.softmax(scores, dim=-1)  # [B, H, N, N]

    def mixed_map(self, z: torch.Tensor) -> torch.Tensor:
        """sum_k alpha_k A^k: [B, N, N], rows sum to 1."""
        w = torch.softmax(self.head_logits, dim=0).reshape(1, self.heads, 1, 1)
        return (self.maps(z) * w).sum(dim=1)


class SpatialModule(nn.Module):
    """Nodes = channels; one C x C graph per window, applied at every time token."""

    def __init__(self, cfg: StanConfig):
        super().__init__()
        self.c, self.t, self.d, self.h = cfg.channels, cfg.tokens, cfg.d_model, cfg.heads
        self.encoder = nn.Conv1d(cfg.d_model, cfg.d_spatial, kernel_size=2, padding=1)
        self.attn = BilinearAttention(cfg.d_model, cfg.d_spatial, cfg.heads)
        self.norm = nn.LayerNorm(cfg.d_model)
        self.drop = nn.Dropout(cfg.dropout)

    def forward(self, h: torch.Tensor):
        c, t, d = self.c, self.t, self.d
        seq = h.reshape(-1, t, d).transpose(1, 2)  # [B*C, d, T]
        z = self.encoder(seq)[:, :, :t].mean(dim=2).reshape(-1, c, self.encoder.out_channels)
        a = self.attn.mixed_map(z)  # [B, C, C]
        v = self.attn.value(h).reshape(-1, c, t * d)  # [B, C, T*d]
        o = torch.matmul(a, v).reshape(-1, c, t, d)  # [B, C, T, d]
        h = self.norm(h + self.drop(F.elu(o)))
        return h, a


class TemporalModule(nn.Module):
    """Nodes = time tokens; one T' x T' graph per window, applied to every channel."""

    def __init__(self, cfg: StanConfig):
        super().__init__()
        self.c, self.t, self.d, self.h = cfg.channels, cfg.tokens, cfg.d_model, cfg.heads
        self.encoder = nn.Conv1d(cfg.d_model, cfg.d_temporal, kernel_size=2, padding=1)
        self.attn = BilinearAttention(cfg.d_model, cfg.d_temporal, cfg.heads)
        self.norm = nn.LayerNorm(cfg.d_model)
        self.drop = nn.Dropout(cfg.dropout)

    def forward(self, h: torch.Tensor):
        c, t, d = self.c, self.t, self.d
        e = self.encoder.out_channels
        seq = h.reshape(-1, t, d).transpose(1, 2)  # [B*C, d, T]
        # causal kernel-2 encoder: z_t sees tokens t-1 and t
        z = self.encoder(seq)[:, :, :t].reshape(-1, c, e, t).mean(dim=1).transpose(1, 2)  # [B, T, e]
        a = self.attn.mixed_map(z)  # [B, T, T]
        v = self.attn.value(h)  # [B, C, T, d]
        o = torch.matmul(a.unsqueeze(1), v)  # [B, C, T, d]
        h = self.norm(h + self.drop(F.elu(o)))
        return h, a


class Stan(nn.Module):
    """Training-time STAN: returns logits, reconstruction, map features and summaries."""

    def __init__(self, cfg: StanConfig = SHIPPED):
        super().__init__()
        self.cfg = cfg
        c, t, d = cfg.channels, cfg.tokens, cfg.d_model
        self.stem = nn.Conv1d(1, d, kernel_size=cfg.patch, stride=cfg.patch)
        self.channel_emb = nn.Parameter(torch.randn(c, 1, d) * 0.02)
        self.position_emb = nn.Parameter(torch.randn(1, t, d) * 0.02)
        self.stem_norm = nn.LayerNorm(d)
        self.spatial = nn.ModuleList(SpatialModule(cfg) for _ in range(cfg.blocks))
        self.temporal = nn.ModuleList(TemporalModule(cfg) for _ in range(cfg.blocks))
        self.map_features = cfg.blocks * (c * c + t * t)
        self.scorer = nn.Sequential(
            nn.Linear(self.map_features + d, cfg.hidden), nn.ReLU(), nn.Linear(cfg.hidden, cfg.classes)
        )
        self.reconstruct = nn.Linear(d, cfg.patch)

    def scale_input(self, x: torch.Tensor) -> torch.Tensor:
        return torch.clamp(x / self.cfg.input_scale_uv, -self.cfg.input_clip, self.cfg.input_clip)

    def encode(self, xs: torch.Tensor):
        cfg = self.cfg
        c, t, d = cfg.channels, cfg.tokens, cfg.d_model
        h = self.stem(xs.reshape(-1, 1, cfg.samples)).transpose(1, 2).reshape(-1, c, t, d)
        h = self.stem_norm(h + self.channel_emb + self.position_emb)
        spatial, temporal = [], []
        for sp, tp in zip(self.spatial, self.temporal):
            h, a_s = sp(h)
            h, a_t = tp(h)
            spatial.append(a_s)
            temporal.append(a_t)
        return h, spatial, temporal

    def forward(self, x: torch.Tensor):
        """x: [B, C, samples] in microvolts (band-passed, notched)."""
        cfg = self.cfg
        c, t = cfg.channels, cfg.tokens
        xs = self.scale_input(x)
        h, spatial, temporal = self.encode(xs)
        # maps scaled by N so a uniform map is all ones (keeps MLP inputs O(1))
        feats = torch.cat(
            [a.reshape(-1, c * c) * c for a in spatial] + [a.reshape(-1, t * t) * t for a in temporal], dim=1
        )
        pooled = h.mean(dim=(1, 2))
        logits = self.scorer(torch.cat([feats, pooled], dim=1))
        recon = self.reconstruct(h).reshape(-1, c, cfg.samples)
        # attention received by each node (column mean over queries), averaged over blocks
        s_sum = torch.stack([a.mean(dim=1) for a in spatial], dim=0).mean(dim=0)  # [B, C]
        t_sum = torch.stack([a.mean(dim=1) for a in temporal], dim=0).mean(dim=0)  # [B, T']
        return {
            "logits": logits,
            "recon": recon,
            "target": xs,
            "map_features": feats,
            "spatial": s_sum,
            "temporal": t_sum,
        }


class StanServing(nn.Module):
    """The exported graph: probabilities and attention summaries, no reconstruction head."""

    output_names = ["probs", "spatial_attention", "temporal_attention"]

    def __init__(self, stan: Stan):
        super().__init__()
        self.stan = stan

    def forward(self, x: torch.Tensor):
        cfg = self.stan.cfg
        c, t = cfg.channels, cfg.tokens
        xs = self.stan.scale_input(x)
        h, spatial, temporal = self.stan.encode(xs)
        feats = torch.cat(
            [a.reshape(-1, c * c) * c for a in spatial] + [a.reshape(-1, t * t) * t for a in temporal], dim=1
        )
        logits = self.stan.scorer(torch.cat([feats, h.mean(dim=(1, 2))], dim=1))
        s_sum = torch.stack([a.mean(dim=1) for a in spatial], dim=0).mean(dim=0)
        t_sum = torch.stack([a.mean(dim=1) for a in temporal], dim=0).mean(dim=0)
        return torch.softmax(logits, dim=1), s_sum, t_sum


class Critic(nn.Module):
    """WGAN critic on the flattened attention maps (training only, never exported)."""

    def __init__(self, features: int, hidden: int = 150):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(features, hidden), nn.ReLU(), nn.Linear(hidden, 1))

    def forward(self, f: torch.Tensor) -> torch.Tensor:
        return self.net(f).squeeze(1)
