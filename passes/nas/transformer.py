"""The tiny transformer encoder family of the NAS search space.

The input (7-bit unsigned features) is read as `data.rows` tokens of
`ceil(features / rows)` features each (zero-padded). Shapes, with T tokens,
D = d_model, H heads of width D / H:

    x (T*F)  --embed-->  h0 (T, D) int8      token linear + position (folded into a per-token bias)
    per encoder layer (post-norm):
      q, k, v = requant(W h + b)               (T, D) signed a_bits each
      scores  = q_h k_h^T (int32)              (H, T, T)
      probs   = LUT-exp softmax                (H, T, T) unsigned 8-bit, scale 1/255
      ctx     = requant(probs v_h)             (T, D) signed a_bits
      r1      = h + requant(Wo ctx + bo)       int32, at h's scale
      h1      = int-layernorm(r1)              (T, D) signed a_bits
      f       = requant(relu(W1 h1 + b1))      (T, 2D) unsigned a_bits
      r2      = h1 + requant(W2 f + b2)        int32, at h1's scale
      h2      = int-layernorm(r2)              (T, D) signed a_bits
    pooled = sum over tokens (D) int16         (the 1/T of the mean is folded into the classifier's scale)
    logits = Dense(pooled) int32

Integer approximations, reproduced bit for bit by the emitted C:
  * softmax: idx = requant(row max - score) is the score difference in steps
    of 1/16 (real units), e = EXP_LUT[min(idx, 255)] = round(2^15 exp(-idx/16)),
    p = (e * 255 + sum / 2) / sum (non-negative, so C's division is a floor);
  * layer norm: c_i = D v_i - sum(v) (exact), sd = isqrt(sum(c^2) / D) (= D std,
    bit-by-bit square root over 32 fixed steps), y_i = (trunc(c_i G_i / sd) +
    B_i + 2^15) >> 16 with G, B the affine parameters over the output scale in
    Q16; division truncates toward zero as C's does (`tdiv`).
The fake-quant model mirrors these steps (rounded exp index, 8-bit probs,
residual rounding at the input's scale), so training sees what the integer
reference computes.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np
import torch
from torch import nn
from torch.nn import functional as F

from .datasets import INPUT_MAX, Dataset
from .emit import Buffer, CProgram, c_array
from .intnet import Dense, QuantizedNet, Requant
from guacc.passes.cost.library import load_library

from .latency import Estimate, chain_cycles
from .qat import EMA, ActQuant, _RoundSTE, fake_quant_weight, weight_qmax, weight_scale
from .space import Architecture

EXP_STEPS = 16  # LUT index steps per unit of score difference
EXP_ENTRIES = 256  # exp(-255/16) * 2^15 rounds to 0
EXP_ONE = 1 << 15
PROB_BITS = 8
PROB_MAX = (1 << PROB_BITS) - 1
LN_FRAC = 16  # layer-norm affine parameters in Q16
RESIDUAL_MAX = 32767  # residual branches are clamped to int16 before the add
LN_EPS = 1e-5


def exp_lut() -> np.ndarray:
    return np.array([round(EXP_ONE * math.exp(-i / EXP_STEPS)) for i in range(EXP_ENTRIES)], dtype=np.int64)


def parallelism_slots(layers: int) -> int:
    """Multiplier counts per architecture: embedding, (attention, FFN) per layer, classifier."""
    return 2 + 2 * layers


def token_shape(data: Dataset) -> tuple[int, int]:
    """(tokens, features per token)."""
    tokens = max(1, data.rows)
    return tokens, -(-data.n_features // tokens)


# ------------------------------------------------------------ integer helpers
def tdiv(a: np.ndarray, b) -> np.ndarray:
    """Integer division truncating toward zero, as C99's `/`."""
    a, b = np.asarray(a, dtype=np.int64), np.asarray(b, dtype=np.int64)
    q = np.abs(a) // np.abs(b)
    return np.where((a < 0) != (b < 0), -q, q)


def isqrt(n: np.ndarray) -> np.ndarray:
    """floor(sqrt(n)) for 0 <= n < 2^62, by the fixed 32-step bit-by-bit method the C uses."""
    op = np.asarray(n, dtype=np.int64).copy()
    res = np.zeros_like(op)
    one = np.int64(1 << 62)
    for _ in range(32):
        take = op >= res + one
        op = np.where(take, op - (res + one), op)
        res = np.where(take, (res >> 1) + one, res >> 1)
        one = one >> 2
    return res


def requant_signed(r: Requant, acc: np.ndarray, qmax: int) -> np.ndarray:
    return np.clip(r.apply(acc), -qmax, qmax)


def int_softmax(diff: np.ndarray, idx_requant: Requant) -> np.ndarray:
    """8-bit probabilities (scale 1/255) from non-negative score differences to
    the row maximum (last axis is the row)."""
    idx = np.minimum(idx_requant.apply(diff), EXP_ENTRIES - 1)
    e = exp_lut()[idx]
    total = e.sum(axis=-1, keepdims=True)
    return (e * PROB_MAX + total // 2) // total


def int_layernorm(v: np.ndarray, gain: np.ndarray, bias: np.ndarray, qmax: int) -> np.ndarray:
    """Integer layer norm over the last axis; gain/bias in Q16 of the output scale."""
    d = v.shape[-1]
    c = d * v - v.sum(axis=-1, keepdims=True)
    sd = isqrt((c * c).sum(axis=-1, keepdims=True) // d)
    sd = np.maximum(sd, 1)
    y = (tdiv(c * gain, sd) + bias + (1 << (LN_FRAC - 1))) >> LN_FRAC
    return np.clip(y, -qmax, qmax)


# ------------------------------------------------------------ fake-quant model
class SignedActQuant(nn.Module):
    """Fake-quantizes signed activations symmetrically to `bits` over a running max |x|."""

    def __init__(self, bits: int):
        super().__init__()
        self.bits = bits
        self.register_buffer("running_max", torch.tensor(0.0))

    @property
    def levels(self) -> int:
        return weight_qmax(self.bits)

    def scale(self) -> float:
        return max(float(self.running_max), 1e-6) / self.levels

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if self.training:
            batch_max = x.detach().abs().max()
            if float(self.running_max) == 0.0:
                self.running_max.copy_(batch_max)
            else:
                self.running_max.mul_(EMA).add_((1 - EMA) * batch_max)
        scale = self.scale()
        return torch.clamp(_RoundSTE.apply(x / scale), -self.levels, self.levels) * scale


def _round_at(x: torch.Tensor, scale: float) -> torch.Tensor:
    """A residual branch as the integer add sees it: rounded at the residual's scale, int16-clamped."""
    return torch.clamp(_RoundSTE.apply(x / scale), -RESIDUAL_MAX, RESIDUAL_MAX) * scale


class QuantEncoderLayer(nn.Module):
    def __init__(self, d: int, heads: int, w_bits: int, a_bits: int):
        super().__init__()
        self.d, self.heads, self.w_bits = d, heads, w_bits
        self.wq, self.wk, self.wv, self.wo = (nn.Linear(d, d) for _ in range(4))
        self.q_q, self.k_q, self.v_q, self.ctx_q = (SignedActQuant(a_bits) for _ in range(4))
        self.ln1, self.ln2 = nn.LayerNorm(d, eps=LN_EPS), nn.LayerNorm(d, eps=LN_EPS)
        self.ln1_q, self.ln2_q = SignedActQuant(a_bits), SignedActQuant(a_bits)
        self.w1, self.w2 = nn.Linear(d, 2 * d), nn.Linear(2 * d, d)
        self.f_q = ActQuant(a_bits)

    def _lin(self, lin: nn.Linear, x: torch.Tensor) -> torch.Tensor:
        return F.linear(x, fake_quant_weight(lin.weight, self.w_bits), lin.bias)

    def forward(self, h: torch.Tensor, h_scale: float) -> torch.Tensor:
        n, t, d = h.shape
        dh = d // self.heads
        q = self.q_q(self._lin(self.wq, h)).view(n, t, self.heads, dh).transpose(1, 2)
        k = self.k_q(self._lin(self.wk, h)).view(n, t, self.heads, dh).transpose(1, 2)
        v = self.v_q(self._lin(self.wv, h)).view(n, t, self.heads, dh).transpose(1, 2)
        scores = q @ k.transpose(-1, -2) / math.sqrt(dh)
        diff = scores.max(dim=-1, keepdim=True).values - scores
        idx = torch.clamp(_RoundSTE.apply(diff * EXP_STEPS), max=EXP_ENTRIES - 1)
        e = torch.exp(-idx / EXP_STEPS)
        probs = _RoundSTE.apply(e / e.sum(dim=-1, keepdim=True) * PROB_MAX) / PROB_MAX
        ctx = self.ctx_q((probs @ v).transpose(1, 2).reshape(n, t, d))
        r1 = h + _round_at(self._lin(self.wo, ctx), h_scale)
        h1 = self.ln1_q(self.ln1(r1))
        f = self.f_q(F.relu(self._lin(self.w1, h1)))
        r2 = h1 + _round_at(self._lin(self.w2, f), self.ln1_q.scale())
        return self.ln2_q(self.ln2(r2))


class QuantTransformer(nn.Module):
    def __init__(self, arch: Architecture, data: Dataset):
        super().__init__()
        if arch.d_model % max(1, arch.heads):
            raise ValueError(f"d_model {arch.d_model} is not a multiple of {arch.heads} heads")
        self.tokens, self.token_features = token_shape(data)
        self.n_features = data.n_features
        d = arch.d_model
        self.w_bits = arch.w_bits
        self.embed = nn.Linear(self.token_features, d)
        self.pos = nn.Parameter(torch.randn(self.tokens, d) * 0.1)
        self.emb_q = SignedActQuant(arch.a_bits)
        self.layers = nn.ModuleList(QuantEncoderLayer(d, arch.heads, arch.w_bits, arch.a_bits)
                                    for _ in range(arch.layers))
        self.classifier = nn.Linear(d, data.n_classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = x / INPUT_MAX
        pad = self.tokens * self.token_features - self.n_features
        if pad:
            x = F.pad(x, (0, pad))
        x = x.view(len(x), self.tokens, self.token_features)
        h = F.linear(x, fake_quant_weight(self.embed.weight, self.w_bits), self.embed.bias) + self.pos
        h = self.emb_q(h)
        scale = self.emb_q.scale()
        for layer in self.layers:
            h = layer(h, scale)
            scale = layer.ln2_q.scale()
        return F.linear(h.mean(dim=1), fake_quant_weight(self.classifier.weight, self.w_bits), self.classifier.bias)


# ------------------------------------------------------------ C emission helpers
# Innermost loops keep their shape through clang -O1 (no full or partial
# unrolling), so the schedule-based estimate times the loops the HLS pragmas
# describe and the analytic model can follow them. gcc and the HLS tools
# ignore the pragma.
NO_UNROLL = "#pragma clang loop unroll(disable)"
_INNER = re.compile(r"^(\s*)(\w+_(?:mac|tail|sum|var|sqrt|out|exp_loop|norm|tok|pad)): (for .*)$")


def _keep_loops(lines: list[str]) -> list[str]:
    out = []
    for line in lines:
        m = _INNER.match(line)
        if m:
            out += [f"{m.group(1)}{m.group(2)}:", NO_UNROLL, f"{m.group(1)}{m.group(3)}"]
        else:
            out.append(line)
    return out


def _requant_expr(r: Requant, var: str = "acc") -> str:
    return f"(((int64_t){var} * {r.multiplier}LL + {1 << (r.shift - 1)}LL) >> {r.shift})"


def _clamp_lines(dst: str, c_type: str, expr: str, lo: int, hi: int) -> list[str]:
    return [f"int64_t y = {expr};", f"{dst} = ({c_type})(y < {lo} ? {lo} : (y > {hi} ? {hi} : y));"]


def _emit_tokenwise(prog: CProgram, label: str, tokens: int, n_in: int, n_out: int, w: str, bias: str,
                    per_token_bias: bool, src: str, p: int, epilogue: list[str]) -> None:
    """for t, o: acc = bias + W[o] . src[t]; then `epilogue` (uses acc, t, o)."""
    p = max(1, min(p, n_in))
    main = n_in - n_in % p
    body = prog.body
    body.append(f"  {label}_t: for (int t = 0; t < {tokens}; t++) {{")
    body.append(f"    {label}: for (int o = 0; o < {n_out}; o++) {{")
    body.append(f"      int32_t acc = {bias}[t][o];" if per_token_bias else f"      int32_t acc = {bias}[o];")
    if main:
        terms = " + ".join(f"{w}[o][i + {k}] * {src}[t * {n_in} + i + {k}]" for k in range(p))
        body.append(f"      {label}_mac: for (int i = 0; i < {main}; i += {p}) {{")
        body.append("#pragma HLS PIPELINE II=1")
        body.append(f"        acc += {terms};")
        body.append("      }")
    if main < n_in:
        body.append(f"      {label}_tail: for (int i = {main}; i < {n_in}; i++) {{")
        body.append(f"        acc += {w}[o][i] * {src}[t * {n_in} + i];")
        body.append("      }")
    body.extend("      " + line for line in epilogue)
    body.append("    }")
    body.append("  }")


# ------------------------------------------------------------ integer layers
@dataclass
class TokenEmbed:
    """h[t][o] = requant(W x_t + bias[t][o]) to signed a_bits; bias holds the position embedding."""

    name: str
    weight: np.ndarray  # (D, F)
    bias: np.ndarray  # (T, D)
    requant: Requant
    tokens: int
    n_in: int  # input features (before padding)
    w_bits: int
    out_bits: int
    parallelism: int
    out_c_type: str = "int8_t"

    @property
    def token_features(self) -> int:
        return self.weight.shape[1]

    @property
    def d(self) -> int:
        return self.weight.shape[0]

    @property
    def n_out(self) -> int:
        return self.tokens * self.d

    @property
    def macs(self) -> int:
        return self.tokens * self.weight.size

    def forward(self, x: np.ndarray) -> np.ndarray:
        x = x.astype(np.int64)
        pad = self.tokens * self.token_features - x.shape[1]
        if pad:
            x = np.pad(x, ((0, 0), (0, pad)))
        x = x.reshape(len(x), self.tokens, self.token_features)
        acc = x @ self.weight.T + self.bias
        return requant_signed(self.requant, acc, weight_qmax(self.out_bits)).reshape(len(x), -1)

    def emit_c(self, prog: CProgram, src: Buffer, dst: Buffer) -> None:
        start = len(prog.body)
        self._emit(prog, src, dst)
        prog.body[start:] = _keep_loops(prog.body[start:])

    def _emit(self, prog: CProgram, src: Buffer, dst: Buffer) -> None:
        n, tf = self.name, self.token_features
        p = max(1, min(self.parallelism, tf))
        prog.globals.append(f"/* {n}: {self.tokens} tokens of {tf} features -> {self.d}, position in the bias */")
        prog.globals.append(f"static const int8_t {n}_w[{self.d}][{tf}] = {c_array(self.weight)};")
        prog.globals.append(f"static const int32_t {n}_b[{self.tokens}][{self.d}] = {c_array(self.bias)};")
        prog.partition(f"{n}_w", p, 2)
        source = src.name
        pad = self.tokens * tf - self.n_in
        if pad:
            source = f"{n}_xp"
            prog.globals.append(f"static int8_t {source}[{self.tokens * tf}];")
            prog.partition(source, p, 1)
            prog.body.append(f"  {n}_pad: for (int i = 0; i < {self.tokens * tf}; i++) {{")
            prog.body.append(f"    {source}[i] = i < {self.n_in} ? {src.name}[i] : 0;")
            prog.body.append("  }")
        q = weight_qmax(self.out_bits)
        prog.body.append(f"  /* {n}: {p} multiplier(s) */")
        _emit_tokenwise(prog, n, self.tokens, tf, self.d, f"{n}_w", f"{n}_b", True, source, p,
                        _clamp_lines(f"{dst.name}[t * {self.d} + o]", dst.c_type, _requant_expr(self.requant),
                                     -q, q))


@dataclass
class EncoderBlock:
    """One post-norm encoder layer on (T, D) signed a_bits activations."""

    name: str
    tokens: int
    d: int
    heads: int
    w_bits: int
    out_bits: int  # a_bits
    wq: np.ndarray
    bq: np.ndarray
    wk: np.ndarray
    bk: np.ndarray
    wv: np.ndarray
    bv: np.ndarray
    wo: np.ndarray
    bo: np.ndarray
    w1: np.ndarray
    b1: np.ndarray
    w2: np.ndarray
    b2: np.ndarray
    rq_q: Requant
    rq_k: Requant
    rq_v: Requant
    rq_idx: Requant  # score difference -> exp LUT index
    rq_ctx: Requant
    rq_o: Requant  # attention output -> the input's scale (residual)
    ln1_g: np.ndarray
    ln1_b: np.ndarray
    rq_f: Requant
    rq_2: Requant  # FFN output -> h1's scale (residual)
    ln2_g: np.ndarray
    ln2_b: np.ndarray
    parallelism: int  # attention: projections, scores and context
    ffn_parallelism: int
    out_c_type: str = "int8_t"

    @property
    def dh(self) -> int:
        return self.d // self.heads

    @property
    def n_in(self) -> int:
        return self.tokens * self.d

    @property
    def n_out(self) -> int:
        return self.tokens * self.d

    @property
    def macs(self) -> int:
        return self.tokens * 8 * self.d * self.d + 2 * self.tokens * self.tokens * self.d

    def forward(self, x: np.ndarray) -> np.ndarray:
        n, t, d, hh, dh = len(x), self.tokens, self.d, self.heads, self.dh
        qa, fa = weight_qmax(self.out_bits), (1 << self.out_bits) - 1
        h = x.astype(np.int64).reshape(n, t, d)

        def lin(w, b, a):
            return a @ w.T + b

        q = requant_signed(self.rq_q, lin(self.wq, self.bq, h), qa).reshape(n, t, hh, dh).transpose(0, 2, 1, 3)
        k = requant_signed(self.rq_k, lin(self.wk, self.bk, h), qa).reshape(n, t, hh, dh).transpose(0, 2, 1, 3)
        v = requant_signed(self.rq_v, lin(self.wv, self.bv, h), qa).reshape(n, t, hh, dh).transpose(0, 2, 1, 3)
        scores = q @ k.transpose(0, 1, 3, 2)  # (n, H, T, T)
        probs = int_softmax(scores.max(axis=-1, keepdims=True) - scores, self.rq_idx)
        ctx = requant_signed(self.rq_ctx, probs @ v, qa).transpose(0, 2, 1, 3).reshape(n, t, d)
        r1 = h + requant_signed(self.rq_o, lin(self.wo, self.bo, ctx), RESIDUAL_MAX)
        h1 = int_layernorm(r1, self.ln1_g, self.ln1_b, qa)
        f = np.clip(self.rq_f.apply(np.maximum(lin(self.w1, self.b1, h1), 0)), 0, fa)
        r2 = h1 + requant_signed(self.rq_2, lin(self.w2, self.b2, f), RESIDUAL_MAX)
        return int_layernorm(r2, self.ln2_g, self.ln2_b, qa).reshape(n, -1)

    def emit_c(self, prog: CProgram, src: Buffer, dst: Buffer) -> None:
        start = len(prog.body)
        self._emit(prog, src, dst)
        prog.body[start:] = _keep_loops(prog.body[start:])

    def _emit(self, prog: CProgram, src: Buffer, dst: Buffer) -> None:
        n, t, d, dh, hh = self.name, self.tokens, self.d, self.dh, self.heads
        qa, fa = weight_qmax(self.out_bits), (1 << self.out_bits) - 1
        pa = max(1, min(self.parallelism, d))
        pf = max(1, min(self.ffn_parallelism, d))
        ps, pc = max(1, min(self.parallelism, dh)), max(1, min(self.parallelism, t))
        g, body = prog.globals, prog.body
        g.append(f"/* {n}: encoder layer, {t} tokens x {d}, {hh} head(s) of {dh} */")
        for key, (w, b) in {"wq": (self.wq, self.bq), "wk": (self.wk, self.bk), "wv": (self.wv, self.bv),
                            "wo": (self.wo, self.bo), "w1": (self.w1, self.b1), "w2": (self.w2, self.b2)}.items():
            g.append(f"static const int8_t {n}_{key}[{w.shape[0]}][{w.shape[1]}] = {c_array(w)};")
            g.append(f"static const int32_t {n}_{key}_b[{w.shape[0]}] = {c_array(b)};")
            prog.partition(f"{n}_{key}", pf if key in ("w1", "w2") else pa, 2)
        for key, arr in {"ln1_g": self.ln1_g, "ln1_b": self.ln1_b, "ln2_g": self.ln2_g, "ln2_b": self.ln2_b}.items():
            g.append(f"static const int32_t {n}_{key}[{d}] = {c_array(arr)};")
        g.append(f"static const uint16_t {n}_exp[{EXP_ENTRIES}] = {c_array(exp_lut())};")
        for buf, c_type, length, factor in (("q", "int8_t", t * d, ps), ("k", "int8_t", t * d, ps),
                                            ("v", "int8_t", t * d, pc), ("ctx", "int8_t", t * d, pa),
                                            ("r", "int32_t", t * d, 1), ("h1", "int8_t", t * d, pf),
                                            ("f", "uint8_t", t * 2 * d, pf), ("s", "int32_t", t, 1),
                                            ("e", "int32_t", t, 1), ("p", "uint8_t", t, pc)):
            g.append(f"static {c_type} {n}_{buf}[{length}];")
            prog.partition(f"{n}_{buf}", factor, 1)

        def signed_store(dst_ref, rq, hi=qa, c_type="int8_t"):
            return _clamp_lines(dst_ref, c_type, _requant_expr(rq), -hi, hi)

        body.append(f"  /* {n}: q, k, v projections, {pa} multiplier(s) */")
        for key, rq in (("q", self.rq_q), ("k", self.rq_k), ("v", self.rq_v)):
            _emit_tokenwise(prog, f"{n}_{key}proj", t, d, d, f"{n}_w{key}", f"{n}_w{key}_b", False, src.name, pa,
                            signed_store(f"{n}_{key}[t * {d} + o]", rq))
        # attention per head and query token
        smain, cmain = dh - dh % ps, t - t % pc
        sterms = " + ".join(f"{n}_q[i * {d} + hd + c + {k}] * {n}_k[j * {d} + hd + c + {k}]" for k in range(ps))
        cterms = " + ".join(f"{n}_p[j + {k}] * {n}_v[(j + {k}) * {d} + hd + c]" for k in range(pc))
        r = self.rq_idx
        body += [
            f"  /* {n}: attention, LUT-exp softmax, {ps}/{pc} multiplier(s) */",
            f"  {n}_head: for (int hh = 0; hh < {hh}; hh++) {{",
            f"    int hd = hh * {dh};",
            f"    {n}_query: for (int i = 0; i < {t}; i++) {{",
            "      int32_t mx = 0;",
            f"      {n}_score: for (int j = 0; j < {t}; j++) {{",
            "        int32_t acc = 0;",
        ]
        if smain:
            body += [f"        {n}_score_mac: for (int c = 0; c < {smain}; c += {ps}) {{",
                     "#pragma HLS PIPELINE II=1", f"          acc += {sterms};", "        }"]
        if smain < dh:
            body += [f"        {n}_score_tail: for (int c = {smain}; c < {dh}; c++) {{",
                     f"          acc += {n}_q[i * {d} + hd + c] * {n}_k[j * {d} + hd + c];", "        }"]
        body += [
            f"        {n}_s[j] = acc;",
            "        if (j == 0 || acc > mx) mx = acc;",
            "      }",
            "      int32_t total = 0;",
            f"      {n}_exp_loop: for (int j = 0; j < {t}; j++) {{",
            f"        int64_t idx = (((int64_t)(mx - {n}_s[j]) * {r.multiplier}LL + {1 << (r.shift - 1)}LL)"
            f" >> {r.shift});",
            f"        int32_t e = {n}_exp[idx < {EXP_ENTRIES - 1} ? idx : {EXP_ENTRIES - 1}];",
            f"        {n}_e[j] = e;",
            "        total += e;",
            "      }",
            f"      {n}_norm: for (int j = 0; j < {t}; j++) {{",
            f"        {n}_p[j] = (uint8_t)(({n}_e[j] * {PROB_MAX} + total / 2) / total);",
            "      }",
            f"      {n}_ctx: for (int c = 0; c < {dh}; c++) {{",
            "        int32_t acc = 0;",
        ]
        if cmain:
            body += [f"        {n}_ctx_mac: for (int j = 0; j < {cmain}; j += {pc}) {{",
                     "#pragma HLS PIPELINE II=1", f"          acc += {cterms};", "        }"]
        if cmain < t:
            body += [f"        {n}_ctx_tail: for (int j = {cmain}; j < {t}; j++) {{",
                     f"          acc += {n}_p[j] * {n}_v[j * {d} + hd + c];", "        }"]
        body += ["        " + line for line in signed_store(f"{n}_ctx[i * {d} + hd + c]", self.rq_ctx)]
        body += ["      }", "    }", "  }"]
        # output projection + residual, layer norm 1
        _emit_tokenwise(prog, f"{n}_oproj", t, d, d, f"{n}_wo", f"{n}_wo_b", False, f"{n}_ctx", pa,
                        signed_store("int32_t b", self.rq_o, RESIDUAL_MAX, "int32_t")
                        + [f"{n}_r[t * {d} + o] = {src.name}[t * {d} + o] + b;"])
        self._emit_layernorm(prog, f"{n}_ln1", f"{n}_r", f"{n}_ln1_g", f"{n}_ln1_b", f"{n}_h1", "int8_t", qa)
        body.append(f"  /* {n}: feed-forward, {pf} multiplier(s) */")
        _emit_tokenwise(prog, f"{n}_ffn1", t, d, 2 * d, f"{n}_w1", f"{n}_w1_b", False, f"{n}_h1", pf,
                        ["if (acc < 0) acc = 0; /* ReLU */",
                         *_clamp_lines(f"{n}_f[t * {2 * d} + o]", "uint8_t", _requant_expr(self.rq_f), 0, fa)])
        _emit_tokenwise(prog, f"{n}_ffn2", t, 2 * d, d, f"{n}_w2", f"{n}_w2_b", False, f"{n}_f", pf,
                        signed_store("int32_t b", self.rq_2, RESIDUAL_MAX, "int32_t")
                        + [f"{n}_r[t * {d} + o] = {n}_h1[t * {d} + o] + b;"])
        self._emit_layernorm(prog, f"{n}_ln2", f"{n}_r", f"{n}_ln2_g", f"{n}_ln2_b", dst.name, dst.c_type, qa)

    def _emit_layernorm(self, prog: CProgram, label: str, src: str, gain: str, bias: str, dst: str, c_type: str,
                        qa: int) -> None:
        d, t = self.d, self.tokens
        prog.body += [
            f"  /* {label}: integer layer norm (bit-by-bit square root, truncating division) */",
            f"  {label}: for (int t = 0; t < {t}; t++) {{",
            "    int64_t sum = 0;",
            f"    {label}_sum: for (int i = 0; i < {d}; i++) {{",
            f"      sum += {src}[t * {d} + i];",
            "    }",
            "    uint64_t sq = 0;",
            f"    {label}_var: for (int i = 0; i < {d}; i++) {{",
            f"      int64_t c = (int64_t){d} * {src}[t * {d} + i] - sum;",
            "      sq += (uint64_t)(c * c);",
            "    }",
            f"    uint64_t op = sq / {d}, res = 0, one = (uint64_t)1 << 62;",
            f"    {label}_sqrt: for (int b = 0; b < 32; b++) {{",
            "      if (op >= res + one) {",
            "        op -= res + one;",
            "        res = (res >> 1) + one;",
            "      } else {",
            "        res >>= 1;",
            "      }",
            "      one >>= 2;",
            "    }",
            "    int64_t sd = res ? (int64_t)res : 1;",
            f"    {label}_out: for (int i = 0; i < {d}; i++) {{",
            f"      int64_t c = (int64_t){d} * {src}[t * {d} + i] - sum;",
            f"      int64_t y = (c * {gain}[i] / sd + {bias}[i] + {1 << (LN_FRAC - 1)}LL) >> {LN_FRAC};",
            f"      {dst}[t * {d} + i] = ({c_type})(y < {-qa} ? {-qa} : (y > {qa} ? {qa} : y));",
            "    }",
            "  }",
        ]


@dataclass
class TokenSum:
    """Mean pooling as a sum over tokens; the 1/T is folded into the classifier's scale (exact)."""

    name: str
    tokens: int
    d: int
    in_bits: int
    parallelism: int = 1

    @property
    def n_out(self) -> int:
        return self.d

    @property
    def out_bits(self) -> int:
        return 16

    @property
    def out_c_type(self) -> str:
        return "int16_t" if self.tokens * weight_qmax(self.in_bits) <= 32767 else "int32_t"

    @property
    def macs(self) -> int:
        return 0

    def forward(self, x: np.ndarray) -> np.ndarray:
        return x.astype(np.int64).reshape(len(x), self.tokens, self.d).sum(axis=1)

    def emit_c(self, prog: CProgram, src: Buffer, dst: Buffer) -> None:
        start = len(prog.body)
        self._emit(prog, src, dst)
        prog.body[start:] = _keep_loops(prog.body[start:])

    def _emit(self, prog: CProgram, src: Buffer, dst: Buffer) -> None:
        n, t, d = self.name, self.tokens, self.d
        prog.body += [
            f"  /* {n}: sum over {t} tokens (the mean's 1/{t} is in the classifier's scale) */",
            f"  {n}: for (int o = 0; o < {d}; o++) {{",
            "    int32_t acc = 0;",
            f"    {n}_tok: for (int t = 0; t < {t}; t++) {{",
            f"      acc += {src.name}[t * {d} + o];",
            "    }",
            f"    {dst.name}[o] = ({dst.c_type})acc;",
            "  }",
        ]


# ------------------------------------------------------------ export
def _qweight(lin: nn.Linear, bits: int) -> tuple[np.ndarray, float]:
    w = lin.weight.detach().double()
    scale = float(weight_scale(w, bits))
    qmax = weight_qmax(bits)
    return np.clip(np.rint(w.numpy() / scale), -qmax, qmax).astype(np.int64), scale


def _qbias(lin: nn.Linear, acc_scale: float) -> np.ndarray:
    return np.rint(lin.bias.detach().double().numpy() / acc_scale).astype(np.int64)


def _slots(arch: Architecture) -> list[int]:
    slots = list(arch.parallelism) + [1] * parallelism_slots(arch.layers)
    return slots[:parallelism_slots(arch.layers)]


def export_transformer(model: QuantTransformer, arch: Architecture, data: Dataset) -> QuantizedNet:
    slots = _slots(arch)
    wb, ab = arch.w_bits, arch.a_bits
    tokens = model.tokens
    w, sw = _qweight(model.embed, wb)
    acc_scale = sw / INPUT_MAX
    pos_bias = model.embed.bias.detach().double().numpy()[None, :] + model.pos.detach().double().numpy()
    s_h = model.emb_q.scale()
    layers: list = [TokenEmbed("emb", w, np.rint(pos_bias / acc_scale).astype(np.int64),
                               Requant.from_scale(acc_scale / s_h), tokens, data.n_features, wb, ab, slots[0])]
    for li, blk in enumerate(model.layers):
        d, dh = arch.d_model, arch.d_model // arch.heads
        qw = {}
        for key in ("wq", "wk", "wv", "wo", "w1", "w2"):
            qw[key] = _qweight(getattr(blk, key), wb)
        s_q, s_k, s_v, s_ctx = blk.q_q.scale(), blk.k_q.scale(), blk.v_q.scale(), blk.ctx_q.scale()
        s_1, s_f, s_2 = blk.ln1_q.scale(), blk.f_q.scale(), blk.ln2_q.scale()

        def proj(key, in_scale, out_scale):
            wi, si = qw[key]
            acc = si * in_scale
            return wi, _qbias(getattr(blk, key), acc), Requant.from_scale(acc / out_scale)

        wq, bq, rq_q = proj("wq", s_h, s_q)
        wk, bk, rq_k = proj("wk", s_h, s_k)
        wv, bv, rq_v = proj("wv", s_h, s_v)
        wo, bo, rq_o = proj("wo", s_ctx, s_h)
        w1, b1, rq_f = proj("w1", s_1, s_f)
        w2, b2, rq_2 = proj("w2", s_f, s_1)

        def ln_params(ln, out_scale):
            g = np.rint(ln.weight.detach().double().numpy() / out_scale * (1 << LN_FRAC)).astype(np.int64)
            b = np.rint(ln.bias.detach().double().numpy() / out_scale * (1 << LN_FRAC)).astype(np.int64)
            return g, b

        g1, bb1 = ln_params(blk.ln1, s_1)
        g2, bb2 = ln_params(blk.ln2, s_2)
        layers.append(EncoderBlock(
            f"enc{li}", tokens, d, arch.heads, wb, ab, wq, bq, wk, bk, wv, bv, wo, bo, w1, b1, w2, b2,
            rq_q, rq_k, rq_v, Requant.from_scale(s_q * s_k / math.sqrt(dh) * EXP_STEPS),
            Requant.from_scale(s_v / PROB_MAX / s_ctx), rq_o, g1, bb1, rq_f, rq_2, g2, bb2,
            slots[1 + 2 * li], slots[2 + 2 * li]))
        s_h = s_2
    layers.append(TokenSum("pool", tokens, arch.d_model, ab))
    wc, swc = _qweight(model.classifier, wb)
    acc_scale = swc * s_h / tokens
    layers.append(Dense("cls", wc, _qbias(model.classifier, acc_scale), wb, slots[-1]))
    return QuantizedNet(layers, data.n_features, data.n_classes)


# ------------------------------------------------------------ analytic latency
def transformer_estimate(arch: Architecture, data: Dataset, tech: str = "asic40", clock_ns: float = 5.0) -> Estimate:
    """Cycles, energy and area of the emitted loop nests, from the shapes and
    multiplier counts alone: each loop body is timed by chaining the library's
    unit delays the way the scheduler does (see latency.analytic_estimate)."""
    lib = load_library(tech, clock_ns)
    load, store = lib.unit("load", 32), lib.unit("store", 32)
    add, mul, cmp, mux = lib.unit("int_add", 32), lib.unit("int_mul", 32), lib.unit("int_cmp", 32), lib.unit("mux", 32)
    add64, mul64, shift64, div64 = (lib.unit("int_add", 64), lib.unit("int_mul", 64), lib.unit("shift", 64),
                                    lib.unit("int_div", 64))
    slots = _slots(arch)
    t, fpt = token_shape(data)
    d, hh = arch.d_model, max(1, arch.heads)
    dh = d // hh

    def cc(units) -> int:
        return chain_cycles(units, clock_ns)

    def mac_loop(n: int, p: int) -> float:
        p = max(1, min(p, n))
        main, tail = divmod(n, p)
        return main * cc([load, mul] + [add] * p) + tail * cc([load, mul, add])

    requant = cc([mul64, add64, shift64, cmp, mux, cmp, mux, store])

    def tokenwise(n_in: int, n_out: int, p: int, epilogue: int) -> float:
        return t * (1 + n_out * (1 + epilogue + mac_loop(n_in, p)))

    residual = cc([mul64, add64, shift64, cmp, mux, cmp, mux, add, store])
    layernorm = t * (1 + d * cc([load, add64]) + d * cc([load, mul64, add64, mul64, add64])
                     + 1 + 32 * cc([add64, cmp, add64, mux]) + d * cc([load, mul64, add64, mul64, div64, add64,
                                                                            shift64, cmp, mux, store]))
    cycles = 1.0
    if t * fpt > data.n_features:
        cycles += t * fpt * cc([cmp, load, mux, store])
    cycles += tokenwise(fpt, d, slots[0], requant)
    macs = t * fpt * d
    for li in range(arch.layers):
        pa, pf = slots[1 + 2 * li], slots[2 + 2 * li]
        cycles += 3 * tokenwise(d, d, pa, requant)
        score = 1 + mac_loop(dh, pa) + cc([cmp, mux])
        exp_j = cc([load, add, mul64, add64, shift64, cmp, mux, load, add])
        norm_j = cc([load, mul, add, div64, store])
        ctx_c = 1 + mac_loop(t, pa) + requant
        cycles += hh * (1 + t * (1 + t * (score + exp_j + norm_j) + dh * ctx_c))
        cycles += tokenwise(d, d, pa, residual) + layernorm
        cycles += tokenwise(d, 2 * d, pf, requant) + tokenwise(2 * d, d, pf, residual) + layernorm
        macs += t * 8 * d * d + 2 * t * t * d
    cycles += d * (1 + t * cc([load, add]) + 1)  # token sum
    pc = max(1, min(slots[-1], d))
    cycles += data.n_classes * (2 + mac_loop(d, pc))
    cycles += (data.n_classes - 1) * cc([load, cmp, mux]) + 1  # argmax
    macs += d * data.n_classes
    norms = arch.layers * 2 * t * d
    energy_pj = (macs * (mul.energy_pj + add.energy_pj)
                 + (macs // max(1, d)) * (mul64.energy_pj + add64.energy_pj + shift64.energy_pj)
                 + norms * (2 * mul64.energy_pj + div64.energy_pj + 3 * add64.energy_pj)
                 + arch.layers * 2 * t * 32 * 2 * add64.energy_pj)
    multipliers = max(slots)
    area = lib.area_scalar(mul.area * multipliers + add.area * multipliers + mul64.area * 2 + add64.area * 2
                           + shift64.area + div64.area)
    leakage_mw = (multipliers * (mul.leakage_mw + add.leakage_mw) + 2 * mul64.leakage_mw + 2 * add64.leakage_mw
                  + div64.leakage_mw)
    latency_ns = cycles * clock_ns
    return Estimate(cycles, latency_ns, (energy_pj + leakage_mw * latency_ns) / 1000.0, area)
