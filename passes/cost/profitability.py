"""Does merging pay? The ensemble applied to separate accelerators and to a merged one.

Workload: each original function called once (its profiled average call).
- Separate design: one accelerator per function. All of them exist, so all
  leak for the whole workload: energy = sum of dynamic energies + (sum of
  leakages) x (sum of latencies).
- Merged design: one accelerator, called once per selector value, each call
  profiled on that function's own inputs (the selector and argument map route
  them): energy = sum over selector values of its dynamic energy + merged
  leakage x the summed latency.
Units in blocks the selector keeps apart are shared by the merged schedule
(allocation is the most busy at once in any schedule: a block, or one path
through an if-converted region, whose paths never run together), and every
`select` the merge adds is costed as a mux, so sharing costs what it should.
The divergent blocks a merge adds (branching on the selector) are if-converted
like any small diamond (`regions.py`), for the originals as for the merged
function: each selector value's path is scheduled on its own, so it takes the
cycles its own ops need, not one state per divergent block.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from xdsl.dialects.builtin import ModuleOp

from guacc.compiler.diagnostics import GuaccError

from .ensemble import EstimateOptions, FunctionEstimate, estimate_function
from .library import Resources, load_library

OBJECTIVES = ("area", "energy", "edp")


@dataclass
class DesignFigures:
    """One design over the workload (each function called once)."""

    area: Resources
    area_scalar: float
    leakage_mw: float
    latency_ns: float
    dynamic_pj: float

    @property
    def energy_nj(self) -> float:
        return (self.dynamic_pj + self.leakage_mw * self.latency_ns) / 1000.0

    @property
    def edp(self) -> float:
        """Energy-delay product, nJ x ns."""
        return self.energy_nj * self.latency_ns

    def to_dict(self) -> dict[str, Any]:
        return {"area": self.area.as_dict(), "area_scalar": self.area_scalar, "leakage_mw": self.leakage_mw,
                "latency_ns": self.latency_ns, "dynamic_energy_nj": self.dynamic_pj / 1000.0,
                "energy_nj": self.energy_nj, "edp_nj_ns": self.edp}


@dataclass
class Decision:
    pays: bool
    reason: str


@dataclass
class MergeProfitability:
    originals: list[FunctionEstimate]
    merged: list[FunctionEstimate]  # the merged function, profiled once per selector value
    separate: DesignFigures
    combined: DesignFigures

    @property
    def slowdown(self) -> float:
        return self.combined.latency_ns / self.separate.latency_ns if self.separate.latency_ns else 1.0

    def savings(self) -> dict[str, dict[str, float]]:
        """Absolute and relative savings of the merged design (positive: it is better)."""
        out = {}
        for name, sep, comb in (
            ("area", self.separate.area_scalar, self.combined.area_scalar),
            ("energy_nj", self.separate.energy_nj, self.combined.energy_nj),
            ("leakage_mw", self.separate.leakage_mw, self.combined.leakage_mw),
            ("dynamic_energy_nj", self.separate.dynamic_pj / 1000, self.combined.dynamic_pj / 1000),
            ("edp", self.separate.edp, self.combined.edp),
        ):
            out[name] = {"separate": sep, "merged": comb, "saved": sep - comb,
                         "percent": 100.0 * (sep - comb) / sep if sep else 0.0}
        return out

    def decide(self, objective: str = "energy", max_slowdown: float | None = None) -> Decision:
        if objective not in OBJECTIVES:
            raise GuaccError(f"unknown objective '{objective}' (choose from {', '.join(OBJECTIVES)})")
        key = {"area": "area", "energy": "energy_nj", "edp": "edp"}[objective]
        saved = self.savings()[key]
        if max_slowdown is not None and self.slowdown > max_slowdown:
            return Decision(False, f"the merged accelerator is {self.slowdown:.2f}x slower "
                                   f"(limit {max_slowdown:g}x)")
        if saved["saved"] <= 0:
            return Decision(False, f"merging does not save {objective}: {saved['percent']:+.1f}%")
        return Decision(True, f"merging saves {saved['percent']:.1f}% {objective} "
                              f"at {self.slowdown:.2f}x the latency")

    def to_dict(self) -> dict[str, Any]:
        return {
            "separate": self.separate.to_dict(), "merged": self.combined.to_dict(), "slowdown": self.slowdown,
            "savings": self.savings(),
            "per_function": [
                {"function": o.function, "original": o.to_dict(), "merged_call": m.stage.to_dict()}
                for o, m in zip(self.originals, self.merged)
            ],
        }


def _sum_resources(items: Sequence[Resources]) -> Resources:
    return sum(items, Resources())


def merge_profitability(
    originals: Sequence[tuple[ModuleOp, str]],
    merged: tuple[ModuleOp, str],
    routes: Sequence[Sequence[Any]],
    options: EstimateOptions = EstimateOptions(),
) -> MergeProfitability:
    """Estimate each original alone and the merged function once per original.

    `routes[k]` maps the merged function's parameters for original k: input
    slots of original k's signature, and `Fixed` values (its selector value,
    unused parameters), as the equivalence harness takes them.
    """
    from guacc.compiler.backend.llvm_ir import print_ll
    from guacc.compiler.equivalence import signature_from_ir

    if len(routes) != len(originals):
        raise ValueError("one argument route per original function")
    lib = load_library(options.tech, options.clock_ns)
    singles = [estimate_function(m, f, options) for m, f in originals]
    merged_module, merged_func = merged
    per_call = []
    for (module, func), route in zip(originals, routes):
        sig = signature_from_ir(print_ll(module), func) if options.profile else None
        per_call.append(estimate_function(merged_module, merged_func,
                                          replace(options, signature=sig, args=list(route))))
    separate = DesignFigures(
        _sum_resources([e.area for e in singles]), 0.0, sum(e.stage.leakage_mw for e in singles),
        sum(e.latency_ns for e in singles), sum(e.stage.dynamic_pj for e in singles),
    )
    separate.area_scalar = lib.area_scalar(separate.area)
    head = per_call[0]
    combined = DesignFigures(head.area, head.stage.area_scalar, head.stage.leakage_mw,
                             sum(e.latency_ns for e in per_call), sum(e.stage.dynamic_pj for e in per_call))
    return MergeProfitability(singles, per_call, separate, combined)
