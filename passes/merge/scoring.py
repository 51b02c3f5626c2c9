"""Match scores for alignment: what sharing one op is worth in hardware.

SalSSA scores every match +2 and every gap -1. Here a match is worth a base
(`match_base`, the +2: one op less to schedule, one select fewer on the
control path) plus the value of the functional units the two ops would share,
from the cost models' technology library: the area (or dynamic energy) of
the op's unit classes at its width, relative to a 32-bit adder, times
`unit_weight`. Sharing a multiplier or an FP unit is therefore worth much
more than sharing an add, and wiring (casts, GEPs, loads and stores, whose
ports are not units) is worth the base only. A call to a defined function is
worth what its body's units are worth: the callee's accelerator is shared.
Scores are integers, so the alignment is exact and reproducible.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.dialects.builtin import ModuleOp
from xdsl.ir import Operation

from guacc.compiler.diagnostics import GuaccError
from guacc.passes import graphs
from guacc.passes.cost.library import TechLibrary, load_library
from guacc.passes.cost.opclass import CALL, classify

SCORE_BY = ("area", "energy", "count")


@dataclass(frozen=True)
class ScoreOptions:
    tech: str = "asic40"
    clock_ns: float = 5.0
    score_by: str = "area"  # area | energy | count (SalSSA's uniform +2)
    match_base: int = 2
    gap: int = 1  # penalty per unmatched entry (a gap scores -gap)
    gap_open: int = 0  # extra penalty per run of unmatched entries (a divergent region: a branch on the selector)
    unit_weight: float = 4.0  # score points per 32-bit-adder equivalent of shared units
    label_score: int = 2

    def __post_init__(self) -> None:
        if self.score_by not in SCORE_BY:
            raise GuaccError(f"unknown match score '{self.score_by}' (known: {', '.join(SCORE_BY)})")
        if self.match_base < 1 or self.gap < 0 or self.gap_open < 0 or self.unit_weight < 0 or self.label_score < 1:
            raise GuaccError("match scores must be positive and the gap penalty not negative")


class Scorer:
    """Integer match scores for the ops of one module."""

    def __init__(self, module: ModuleOp, options: ScoreOptions = ScoreOptions()):
        self.options = options
        self.lib: TechLibrary | None = None
        self.functions = {f.sym_name.data: f for f in graphs.defined_functions(module)}
        self.defined = frozenset(self.functions)
        self._callee_value: dict[str, float] = {}
        self._in_progress: set[str] = set()
        if options.score_by != "count":
            self.lib = load_library(options.tech, options.clock_ns)
            ref = self.lib.unit("int_add", 32)
            self._ref = self._measure(ref) or 1.0

    def _measure(self, unit) -> float:
        assert self.lib is not None
        if self.options.score_by == "energy":
            return unit.energy_pj
        return self.lib.area_scalar(unit.area)

    def unit_value(self, op: Operation) -> float:
        """Units the op occupies, in 32-bit-adder equivalents (0 for wiring)."""
        if self.lib is None:
            return 0.0
        kind = classify(op, self.defined)
        if kind.callee is not None:
            return self._function_value(kind.callee)
        total = 0.0
        for cls in kind.steps:
            if cls == CALL:
                continue
            try:
                total += self._measure(self.lib.unit(cls, kind.width, kind.double))
            except GuaccError:  # not a functional unit of this library (memory ports)
                continue
        return total / self._ref

    def _function_value(self, name: str) -> float:
        if name in self._callee_value:
            return self._callee_value[name]
        if name in self._in_progress or name not in self.functions:
            return 0.0
        self._in_progress.add(name)
        value = sum(
            self.unit_value(op)
            for block in self.functions[name].body.blocks
            for op in block.ops
            if not isinstance(op, graphs.CONSTANT_OPS)
        )
        self._in_progress.discard(name)
        self._callee_value[name] = value
        return value

    def op_score(self, op: Operation) -> int:
        """Score of matching `op` with an op of the same key (always >= match_base)."""
        return self.options.match_base + int(round(self.options.unit_weight * self.unit_value(op)))

    @property
    def gap(self) -> int:
        return self.options.gap

    @property
    def gap_open(self) -> int:
        return self.options.gap_open

    @property
    def label_score(self) -> int:
        return self.options.label_score

