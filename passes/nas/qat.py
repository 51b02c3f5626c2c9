"""Quantization-aware training in PyTorch (CPU) and export to the integer
reference. Weights are fake-quantized symmetrically per tensor, activations
after ReLU to unsigned `a_bits` with a running maximum; rounding passes
gradients straight through. Imports torch: load it only where NAS runs."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch
from torch import nn
from torch.nn import functional as F

from .datasets import INPUT_MAX, Dataset
from .intnet import Dense, QuantizedNet, Requant
from .space import Architecture

EMA = 0.9  # running-maximum momentum of activation ranges


class _RoundSTE(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return torch.round(x)

    @staticmethod
    def backward(ctx, grad):
        return grad


def weight_qmax(bits: int) -> int:
    return (1 << (bits - 1)) - 1


def weight_scale(w: torch.Tensor, bits: int) -> torch.Tensor:
    return w.detach().abs().max().clamp(min=1e-8) / weight_qmax(bits)


def fake_quant_weight(w: torch.Tensor, bits: int) -> torch.Tensor:
    scale, qmax = weight_scale(w, bits), weight_qmax(bits)
    return torch.clamp(_RoundSTE.apply(w / scale), -qmax, qmax) * scale


class ActQuant(nn.Module):
    """Fake-quantizes non-negative activations to `bits` over a running max."""

    def __init__(self, bits: int):
        super().__init__()
        self.bits = bits
        self.register_buffer("running_max", torch.tensor(0.0))

    @property
    def levels(self) -> int:
        return (1 << self.bits) - 1

    def scale(self) -> float:
        return max(float(self.running_max), 1e-6) / self.levels

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if self.training:
            batch_max = x.detach().max()
            if float(self.running_max) == 0.0:
                self.running_max.copy_(batch_max)
            else:
                self.running_max.mul_(EMA).add_((1 - EMA) * batch_max)
        scale = self.scale()
        return torch.clamp(_RoundSTE.apply(x / scale), 0, self.levels) * scale


class QuantMLP(nn.Module):
    def __init__(self, n_in: int, hidden: tuple[int, ...], n_out: int, w_bits: int, a_bits: int):
        super().__init__()
        widths = (n_in, *hidden, n_out)
        self.linears = nn.ModuleList(nn.Linear(a, b) for a, b in zip(widths, widths[1:]))
        self.acts = nn.ModuleList(ActQuant(a_bits) for _ in hidden)
        self.w_bits = w_bits

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = x / INPUT_MAX
        for i, linear in enumerate(self.linears):
            x = F.linear(x, fake_quant_weight(linear.weight, self.w_bits), linear.bias)
            if i < len(self.acts):
                x = self.acts[i](F.relu(x))
        return x


@dataclass
class TrainConfig:
    epochs: int = 30
    batch_size: int = 64
    lr: float = 5e-3
    weight_decay: float = 1e-4
    seed: int = 0


def build_model(arch: Architecture, data: Dataset) -> nn.Module:
    if arch.family == "mlp":
        return QuantMLP(data.n_features, arch.hidden, data.n_classes, arch.w_bits, arch.a_bits)
    from .transformer import QuantTransformer

    return QuantTransformer(arch, data)


def train(arch: Architecture, data: Dataset, config: TrainConfig = TrainConfig()) -> nn.Module:
    """Train with fixed seeds on the training split; returns the model in eval mode."""
    torch.manual_seed(config.seed)
    model = build_model(arch, data)
    x = torch.tensor(data.x_train, dtype=torch.float32)
    y = torch.tensor(data.y_train, dtype=torch.long)
    optimizer = torch.optim.Adam(model.parameters(), lr=config.lr, weight_decay=config.weight_decay)
    scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=max(1, config.epochs))
    generator = torch.Generator().manual_seed(config.seed)
    model.train()
    for _ in range(config.epochs):
        order = torch.randperm(len(x), generator=generator)
        for start in range(0, len(x), config.batch_size):
            batch = order[start:start + config.batch_size]
            optimizer.zero_grad()
            loss = F.cross_entropy(model(x[batch]), y[batch])
            loss.backward()
            optimizer.step()
        scheduler.step()
    model.eval()
    return model


def export(model: nn.Module, arch: Architecture, data: Dataset) -> QuantizedNet:
    """The integer network of a trained model."""
    if arch.family != "mlp":
        from .transformer import export_transformer

        return export_transformer(model, arch, data)
    layers = []
    in_scale = 1.0 / INPUT_MAX
    last = len(model.linears) - 1
    for i, linear in enumerate(model.linears):
        w = linear.weight.detach().double()
        w_scale = float(weight_scale(w, arch.w_bits))
        qmax = weight_qmax(arch.w_bits)
        weight = np.clip(np.rint(w.numpy() / w_scale), -qmax, qmax).astype(np.int64)
        acc_scale = w_scale * in_scale
        bias = np.rint(linear.bias.detach().double().numpy() / acc_scale).astype(np.int64)
        if i < last:
            out_scale = model.acts[i].scale()
            layers.append(Dense(f"fc{i}", weight, bias, arch.w_bits, arch.parallelism[i],
                                Requant.from_scale(acc_scale / out_scale), arch.a_bits))
            in_scale = out_scale
        else:
            layers.append(Dense(f"fc{i}", weight, bias, arch.w_bits, arch.parallelism[i]))
    return QuantizedNet(layers, data.n_features, data.n_classes)
