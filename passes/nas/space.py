"""The search space: MLPs and tiny transformer encoders, with weight and
activation bit widths and per-layer parallelism (multipliers per layer; the
reuse factor is a layer's multiplications / its multipliers)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from guacc.compiler.diagnostics import GuaccError

FAMILIES = ("mlp", "transformer")
BITS = (4, 6, 8)
MLP_DEPTHS = (1, 2, 3, 4)
MLP_WIDTHS = (8, 16, 24, 32, 48, 64, 96, 128)
PARALLELISM = (1, 2, 4, 8, 16, 32)
TRANSFORMER_LAYERS = (1, 2)
TRANSFORMER_WIDTHS = (16, 24, 32, 48, 64)
TRANSFORMER_HEADS = (1, 2, 4)


@dataclass(frozen=True)
class Architecture:
    family: str
    w_bits: int
    a_bits: int
    hidden: tuple[int, ...] = ()  # MLP hidden widths
    d_model: int = 0  # transformer: model width, heads, encoder layers
    heads: int = 0
    layers: int = 0
    parallelism: tuple[int, ...] = field(default=())  # one per multiplying layer, in order

    def __post_init__(self) -> None:
        if self.family not in FAMILIES:
            raise GuaccError(f"unknown model family '{self.family}' (use {', '.join(FAMILIES)})")
        for bits in (self.w_bits, self.a_bits):
            if bits not in BITS:
                raise GuaccError(f"bit width {bits} is not supported (use {', '.join(map(str, BITS))})")
        if any(p < 1 for p in self.parallelism):
            raise GuaccError("parallelism must be at least one multiplier per layer")

    def describe(self) -> str:
        if self.family == "mlp":
            shape = "mlp " + "-".join(map(str, self.hidden))
        else:
            shape = f"transformer L{self.layers} d{self.d_model} h{self.heads}"
        return f"{shape} w{self.w_bits}a{self.a_bits} P" + ",".join(map(str, self.parallelism))

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> "Architecture":
        return cls(**{k: tuple(v) if isinstance(v, list) else v for k, v in d.items()})


def parse_bits(text: str) -> tuple[int, ...]:
    """`--bits 4,6,8` -> (4, 6, 8), refusing widths the space does not have."""
    try:
        values = tuple(sorted({int(t) for t in text.split(",") if t.strip()}))
    except ValueError:
        raise GuaccError(f"bad bit widths '{text}': expected a comma-separated list such as 4,6,8") from None
    if not values:
        raise GuaccError("no bit widths given")
    bad = [b for b in values if b not in BITS]
    if bad:
        raise GuaccError(f"bit width {bad[0]} is not supported (use {', '.join(map(str, BITS))})")
    return values
