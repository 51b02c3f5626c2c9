"""The integer-only reference of a quantized network: int weights and
activations, int32 accumulators, requantization by a fixed-point multiplier
and shift, ReLU, argmax. Its predictions decide the reported accuracy, and the
emitted C must reproduce its logits bit for bit."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

MULTIPLIER_BITS = 31  # multipliers in [2^30, 2^31): int64 products never overflow


@dataclass(frozen=True)
class Requant:
    """y = round(acc * real) as (acc * multiplier + 2^(shift-1)) >> shift,
    rounding halves up (arithmetic shift)."""

    multiplier: int
    shift: int

    @classmethod
    def from_scale(cls, real: float) -> "Requant":
        if not real > 0:
            raise ValueError(f"requantization scale must be positive, not {real}")
        mantissa, exponent = math.frexp(real)  # real = mantissa * 2^exponent, mantissa in [0.5, 1)
        multiplier = round(mantissa * (1 << MULTIPLIER_BITS))
        shift = MULTIPLIER_BITS - exponent
        if multiplier == 1 << MULTIPLIER_BITS:
            multiplier //= 2
            shift -= 1
        # Keep the shift in [1, 62] so the rounding term and the shift are defined in C.
        while shift > 62:
            multiplier >>= 1
            shift -= 1
        while shift < 1:
            multiplier <<= 1
            shift += 1
        return cls(multiplier, shift)

    def apply(self, acc: np.ndarray) -> np.ndarray:
        return (acc.astype(np.int64) * self.multiplier + (1 << (self.shift - 1))) >> self.shift


@dataclass
class Dense:
    """y = act(W x + b). Hidden layers requantize to unsigned `out_bits` after
    ReLU; the last layer (requant None) returns its int32 accumulators."""

    name: str
    weight: np.ndarray  # int64 (out, in)
    bias: np.ndarray  # int64 (out,), at the accumulator's scale
    w_bits: int
    parallelism: int
    requant: Requant | None = None
    out_bits: int = 8

    @property
    def n_in(self) -> int:
        return self.weight.shape[1]

    @property
    def n_out(self) -> int:
        return self.weight.shape[0]

    @property
    def macs(self) -> int:
        return self.weight.size

    @property
    def out_max(self) -> int:
        return (1 << self.out_bits) - 1

    def forward(self, x: np.ndarray) -> np.ndarray:
        acc = x.astype(np.int64) @ self.weight.T + self.bias
        if self.requant is None:
            return acc
        return np.clip(self.requant.apply(np.maximum(acc, 0)), 0, self.out_max)


@dataclass
class QuantizedNet:
    """A quantized network: layers applied in order to 7-bit unsigned inputs."""

    layers: list = field(default_factory=list)
    n_features: int = 0
    n_classes: int = 0

    def logits(self, x: np.ndarray) -> np.ndarray:
        for layer in self.layers:
            x = layer.forward(x)
        return x

    def predict(self, x: np.ndarray) -> np.ndarray:
        return np.argmax(self.logits(x), axis=1)  # the first maximum, as the C argmax

    def accuracy(self, x: np.ndarray, y: np.ndarray) -> float:
        return float(np.mean(self.predict(x) == y)) if len(y) else 0.0

    @property
    def macs(self) -> int:
        return sum(layer.macs for layer in self.layers)
