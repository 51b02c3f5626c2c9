"""Latency, area and energy of a NAS design, two ways.

`analytic_estimate`: a closed-form per-layer model used inside the search. It
follows the loop nest `emit.py` writes (per output neuron: a bias load, the
multiply-accumulate loop with `p` multipliers, requantization) and times each
loop body by chaining the library's unit delays the way the scheduler does.

`schedule_estimate`: the project's cost models on the emitted C itself
(clang -O1, parsed, list-scheduled, block frequencies measured by a JIT run).
The chosen design must meet the bound by this one; the search reports how far
the analytic model was from it.
"""

from __future__ import annotations

import math
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from guacc.compiler.diagnostics import GuaccError
from guacc.passes.cost.library import UnitCost, load_library

_EPS = 1e-9


@dataclass(frozen=True)
class LayerShape:
    n_in: int
    n_out: int
    parallelism: int
    requantized: bool  # hidden layers requantize; the last stores accumulators


@dataclass
class Estimate:
    cycles: float
    latency_ns: float
    energy_nj: float
    area: float  # the library's scalar area (um^2, or LUT-equivalents on an FPGA)

    def to_dict(self) -> dict:
        return {"cycles": self.cycles, "latency_ns": self.latency_ns, "energy_nj": self.energy_nj,
                "area": self.area}


def chain_end(start: float, units: list[UnitCost], clock: float) -> float:
    """When a chain of dependent ops started at `start` (ns) has its result:
    combinational ops chain inside a cycle while they fit, sequential ones latch
    at the end of their cycle and take `cycles` more."""
    t = start
    for unit in units:
        if unit.cycles > 0:
            t = (math.floor(t / clock + _EPS) + unit.cycles) * clock
        else:
            offset = t - math.floor(t / clock + _EPS) * clock
            if offset + unit.delay_ns > clock + _EPS:
                t = math.ceil(t / clock - _EPS) * clock
            t += unit.delay_ns
    return t


def chain_cycles(units: list[UnitCost], clock: float) -> int:
    return max(1, math.ceil(chain_end(0.0, units, clock) / clock - _EPS))


def layer_shapes(widths: list[int], parallelism: tuple[int, ...]) -> list[LayerShape]:
    last = len(widths) - 2
    return [LayerShape(a, b, max(1, min(p, a)), i < last)
            for i, (a, b, p) in enumerate(zip(widths, widths[1:], parallelism))]


def analytic_estimate(shapes: list[LayerShape], n_classes: int, tech: str = "asic40",
                      clock_ns: float = 5.0) -> Estimate:
    lib = load_library(tech, clock_ns)
    load, store = lib.unit("load", 32), lib.unit("store", 32)
    add, mul, cmp, mux = lib.unit("int_add", 32), lib.unit("int_mul", 32), lib.unit("int_cmp", 32), lib.unit("mux", 32)
    add64, mul64, shift64 = lib.unit("int_add", 64), lib.unit("int_mul", 64), lib.unit("shift", 64)

    def mac_body(p: int) -> int:  # p products summed into the accumulator one add after another
        return chain_cycles([load, mul] + [add] * p, clock_ns)

    requant = chain_cycles([cmp, mux, mul64, add64, shift64, cmp, mux, store], clock_ns)
    cycles = 1.0  # entry state
    energy_pj = 0.0
    for s in shapes:
        main, tail = divmod(s.n_in, s.parallelism)
        per_neuron = 1 + (requant if s.requantized else 1)
        per_neuron += main * mac_body(s.parallelism) + tail * mac_body(1)
        cycles += s.n_out * per_neuron
        macs = s.n_in * s.n_out
        energy_pj += macs * (mul.energy_pj + add.energy_pj)
        if s.requantized:
            energy_pj += s.n_out * (mul64.energy_pj + add64.energy_pj + shift64.energy_pj)
    cycles += (n_classes - 1) * chain_cycles([load, cmp, mux], clock_ns) + 1  # argmax
    multipliers = max(s.parallelism for s in shapes)
    area = lib.area_scalar(mul.area * multipliers + add.area * multipliers + mul64.area + add64.area + shift64.area)
    leakage_mw = multipliers * (mul.leakage_mw + add.leakage_mw) + mul64.leakage_mw + add64.leakage_mw
    latency_ns = cycles * clock_ns
    energy_nj = (energy_pj + leakage_mw * latency_ns) / 1000.0
    return Estimate(cycles, latency_ns, energy_nj, area)


def compile_to_ir(c_file: Path) -> str:
    """The design's C as LLVM IR (clang -O1, value names kept so arrays keep theirs)."""
    clang = shutil.which("clang")
    if clang is None:
        raise GuaccError("clang is needed to estimate the emitted C (apt install clang)")
    proc = subprocess.run([clang, "-O1", "-fno-discard-value-names", "-S", "-emit-llvm", "-o", "-", str(c_file)],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        raise GuaccError(f"clang rejected the emitted design: {proc.stderr.strip().splitlines()[:1]}",
                         file=str(c_file))
    return proc.stdout


def schedule_estimate(c_file: Path, top: str, array_ports: dict[str, int], tech: str = "asic40",
                      clock_ns: float = 5.0, seed: int = 0) -> Estimate:
    """The cost models on the emitted C: the figures the latency bound is checked against."""
    from guacc.compiler.frontend import parse_ll
    from guacc.passes.cost import EstimateOptions, estimate_function
    from guacc.passes.cost.schedule import ScheduleConfig

    module = parse_ll(compile_to_ir(c_file), str(c_file))
    est = estimate_function(module, top, EstimateOptions(
        tech=tech, clock_ns=clock_ns, config=ScheduleConfig(array_ports=array_ports),
        profile=True, profile_inputs=1, seed=seed))
    return Estimate(est.cycles, est.latency_ns, est.energy_nj, est.stage.area_scalar)
