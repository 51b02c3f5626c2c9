"""Options of the HLS C backend and of the project it writes."""

from __future__ import annotations

from dataclasses import asdict, dataclass

INTERFACES = ("ap_memory", "m_axi")
SCALAR_INTERFACES = ("s_axilite", "ap_none")
DEFAULT_PART = "xc7z020clg484-1"
DEFAULT_BAMBU_DEVICE = "xc7z020-1clg484-VVD"
DEFAULT_CLOCK_NS = 5.0
DEFAULT_VECTORS = 20


@dataclass(frozen=True)
class HlsOptions:
    """How to emit a design.

    `interface`: array arguments as `ap_memory` (BRAM ports) or `m_axi`;
    `scalar_interface`: scalar arguments as `s_axilite` or `ap_none`;
    `pipeline`: `#pragma HLS PIPELINE II=1` on innermost loops;
    `part`/`clock_ns`: Vitis part and clock period, `bambu_device` for Bambu;
    `vectors`/`seed`: testbench vectors from the JIT-run input IR;
    `elems`: default buffer length (elements) of pointer arguments;
    `split_irreducible`: copy blocks to make an irreducible CFG reducible
    (node splitting) instead of refusing it.
    """

    pipeline: bool = False
    interface: str = "ap_memory"
    scalar_interface: str = "s_axilite"
    part: str = DEFAULT_PART
    bambu_device: str = DEFAULT_BAMBU_DEVICE
    clock_ns: float = DEFAULT_CLOCK_NS
    vectors: int = DEFAULT_VECTORS
    seed: int = 0
    elems: int = 1024
    split_irreducible: bool = False
    # > 0: parameter 0 is a merge selector over this many functions; vector i
    # gets i mod selector_values, so every original is exercised.
    selector_values: int = 0

    def __post_init__(self) -> None:
        from ..diagnostics import GuaccError

        if self.interface not in INTERFACES:
            raise GuaccError(f"unknown array interface '{self.interface}' (use {' or '.join(INTERFACES)})")
        if self.scalar_interface not in SCALAR_INTERFACES:
            raise GuaccError(f"unknown scalar interface '{self.scalar_interface}' (use {' or '.join(SCALAR_INTERFACES)})")
        if not self.clock_ns > 0:
            raise GuaccError(f"the clock period must be positive, not {self.clock_ns}")
        if self.vectors < 1:
            raise GuaccError(f"at least one test vector is needed, not {self.vectors}")
        if self.elems < 1:
            raise GuaccError(f"buffers need at least one element, not {self.elems}")

    def to_json(self) -> dict:
        return asdict(self)
