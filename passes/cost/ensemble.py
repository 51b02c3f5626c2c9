"""The ensemble of cost models: area, latency, power and energy of one accelerator.

Second stage (schedule-based), per function:
- area: for each unit class and width, the most units busy in any cycle of any
  schedule (a block, or a path through a region); plus registers (the most
  value bits live across a cycle boundary at once); plus 2:1 multiplexers in
  front of shared units (a unit that executes k ops needs (k-1) mux bits per
  input bit); plus one instance of each callee's accelerator;
- latency: sum over scheduling regions of the expected schedule length x
  executions per call of the region's entry. A region is one block, or an
  if-converted diamond/triangle (nested ones, chains of them: `regions.py`)
  whose paths are each scheduled on their own, as an HLS controller does
  (`EstimateOptions.path_schedules=False`: one static schedule per region;
  `if_convert=False`: every block its own schedule). A region (or a path)
  with no datapath op, only phis, wiring and branches, takes no state: its
  branch folds into the previous transition (the function's entry keeps its
  start state);
- in a region, a step of a side switches only in executions that take that
  side (predicated), so its energy counts at its own block's frequency; units
  and registers are the most any path needs; bits written are expected per
  execution of the region; values of exclusive sides may share a register;
- phi registers are written on the edges that bring them a new value (not
  undef, not the phi itself), edge frequencies following from block ones;
- power: leakage of everything allocated + dynamic energy / latency;
- energy: dynamic energy per call + leakage x latency (so energy = power x
  latency, exactly).
First stage (opcode-count fingerprint, no schedule): every op executed one
after another, one unit per class and width, all ops of a class through it,
a register for each value used outside its block.
Both stages are reported, with how far apart they are.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from xdsl.dialects import llvm
from xdsl.dialects.builtin import ModuleOp
from xdsl.ir import Block, SSAValue

from guacc.compiler.diagnostics import GuaccError
from guacc.compiler.dialects import guacc
from guacc.passes import graphs

from .frequency import Frequencies, block_frequencies, static_frequencies
from .library import Resources, TechLibrary, load_library
from .liveness import live_sets, needs_register
from .opclass import type_width
from .regions import (
    MAX_REGION_BLOCKS, MAX_REGION_OPS, MAX_REGION_PATHS, Region, edge_operands, find_regions, region_of,
    single_block_regions,
)
from .schedule import BlockSchedule, PhiMux, SchedOp, ScheduleConfig, schedule_path, schedule_region

_EPS = 1e-9


@dataclass(frozen=True)
class EstimateOptions:
    tech: str = "asic40"
    clock_ns: float = 5.0
    config: ScheduleConfig = field(default_factory=ScheduleConfig)
    profile: bool = True  # measure block frequencies under the JIT when possible
    inputs: str | Sequence | None = None  # JSON file or Input list for profiling
    profile_inputs: int = 10  # generated inputs when `inputs` is None
    seed: int = 0
    timeout: float = 2.0
    # Profile the function in another's place (a merged function for one of its
    # originals): inputs follow `signature`, mapped to parameters by `args`.
    signature: Any = None
    args: Sequence | None = None
    # If-convert small acyclic single-entry single-exit regions (diamonds,
    # triangles, nested ones) into one schedule each, as HLS tools do.
    if_convert: bool = True
    if_convert_max_blocks: int = MAX_REGION_BLOCKS
    if_convert_max_ops: int = MAX_REGION_OPS
    if_convert_max_paths: int = MAX_REGION_PATHS
    # Each path through a region gets its own schedule (the controller branches
    # where paths part, so an execution takes as many cycles as its path needs);
    # False: one static schedule per region, converted only where that
    # lengthens no path.
    path_schedules: bool = True


@dataclass
class BlockEstimate:
    name: str
    cycles: float  # its region's schedule length (expected over paths) when it is the entry, else 0
    frequency: float  # executions per call
    dynamic_pj: float  # per execution: units, registers written, muxes
    register_writes: float  # bits written per execution (a region's, expected, on its entry)
    schedule: BlockSchedule  # its region's schedule (the block's own when alone)
    region: str = ""  # the entry block of its region


@dataclass
class StageEstimate:
    """Latency, area and energy of one stage of the ensemble (per call)."""

    cycles: float
    latency_ns: float
    area: Resources
    area_scalar: float
    leakage_mw: float
    dynamic_pj: float

    @property
    def dynamic_power_mw(self) -> float:
        return self.dynamic_pj / self.latency_ns if self.latency_ns > 0 else 0.0

    @property
    def power_mw(self) -> float:
        return self.leakage_mw + self.dynamic_power_mw

    @property
    def energy_nj(self) -> float:
        # (leakage + dynamic/latency) x latency, in nJ: mW x ns = pJ.
        return self.power_mw * self.latency_ns / 1000.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "cycles": self.cycles, "latency_ns": self.latency_ns, "area": self.area.as_dict(),
            "area_scalar": self.area_scalar, "leakage_mw": self.leakage_mw,
            "dynamic_power_mw": self.dynamic_power_mw, "power_mw": self.power_mw,
            "dynamic_energy_nj": self.dynamic_pj / 1000.0, "energy_nj": self.energy_nj,
        }


@dataclass
class FunctionEstimate:
    function: str
    tech: str
    clock_ns: float
    area_unit: str
    frequency_source: str  # measured | static
    frequency_detail: str
    blocks: list[BlockEstimate]
    stage: StageEstimate  # schedule-based (second stage)
    fingerprint: StageEstimate  # opcode counts (first stage)
    units: dict[str, int]  # unit key -> units allocated
    register_bits: int
    mux_bits: int
    area_breakdown: dict[str, Resources]  # units / registers / muxes / callees
    energy_by_op: dict[str, float]  # pJ per call by op kind (units only)
    opcode_counts: dict[str, int]  # the fingerprint: static op counts by kind
    callees: dict[str, "FunctionEstimate"] = field(default_factory=dict)
    unmodelled: list[str] = field(default_factory=list)

    # The headline figures are the second stage's.
    @property
    def cycles(self) -> float:
        return self.stage.cycles

    @property
    def latency_ns(self) -> float:
        return self.stage.latency_ns

    @property
    def area(self) -> Resources:
        return self.stage.area

    @property
    def energy_nj(self) -> float:
        return self.stage.energy_nj

    def gap(self) -> dict[str, float]:
        """Relative difference of the first stage from the second, per figure."""
        def rel(a: float, b: float) -> float:
            return abs(a - b) / b if b else (0.0 if a == b else math.inf)
        s1, s2 = self.fingerprint, self.stage
        return {"cycles": rel(s1.cycles, s2.cycles), "area": rel(s1.area_scalar, s2.area_scalar),
                "energy": rel(s1.energy_nj, s2.energy_nj)}

    def top_contributors(self, n: int = 3) -> dict[str, list[tuple[str, float]]]:
        """Largest shares: ops by dynamic energy, blocks by latency, units by area."""
        total_e = sum(self.energy_by_op.values()) or 1.0
        energy = sorted(((k, v / total_e) for k, v in self.energy_by_op.items() if v > 0), key=lambda kv: -kv[1])
        total_c = self.cycles or 1.0
        latency = sorted(((b.name, b.cycles * b.frequency / total_c) for b in self.blocks if b.frequency > 0),
                         key=lambda kv: -kv[1])
        return {"energy": energy[:n], "latency": latency[:n]}

    def to_dict(self) -> dict[str, Any]:
        return {
            "function": self.function, "tech": self.tech, "clock_ns": self.clock_ns, "area_unit": self.area_unit,
            "frequencies": {"source": self.frequency_source, "detail": self.frequency_detail},
            **self.stage.to_dict(),
            "units": self.units, "register_bits": self.register_bits, "mux_bits": self.mux_bits,
            "area_breakdown": {k: v.as_dict() for k, v in self.area_breakdown.items()},
            "first_stage": self.fingerprint.to_dict(), "first_stage_gap": self.gap(),
            "top_contributors": self.top_contributors(),
            "opcode_counts": self.opcode_counts,
            "blocks": [{"name": b.name, "region": b.region, "cycles": b.cycles, "frequency": b.frequency,
                        "dynamic_energy_pj": b.dynamic_pj,
                        "units_busy": b.schedule.busy if b.region == b.name else {}} for b in self.blocks],
            "regions": [{"entry": b.region, "blocks": [x.name for x in self.blocks if x.region == b.region],
                         "cycles": b.cycles, "frequency": b.frequency}
                        for b in self.blocks if b.region == b.name],
            "callees": {k: v.to_dict() for k, v in self.callees.items()},
            "unmodelled": self.unmodelled,
        }


# ----------------------------------------------------------------- entry points
def estimate_function(module: ModuleOp, func: str | None = None,
                      options: EstimateOptions = EstimateOptions()) -> FunctionEstimate:
    """Estimate one function (None: the only defined one) of `module`."""
    lib = load_library(options.tech, options.clock_ns)
    target = graphs.find_function(module, func)
    name = target.sym_name.data
    freqs = block_frequencies(module, name, profile=options.profile, inputs=options.inputs,
                              n=options.profile_inputs, seed=options.seed, timeout=options.timeout,
                              signature=options.signature, args=options.args)
    return _Estimator(module, lib, options, freqs).function(name, ())


def estimate_module(module: ModuleOp, functions: Sequence[str] | None = None,
                    options: EstimateOptions = EstimateOptions()) -> list[FunctionEstimate]:
    """Estimates of the named functions, or of every defined function."""
    names = list(functions) if functions else [f.sym_name.data for f in graphs.defined_functions(module)]
    if not names:
        raise GuaccError("the module defines no function to estimate")
    return [estimate_function(module, n, options) for n in names]


# ----------------------------------------------------------------- the models
@dataclass
class _PathPlan:
    """One schedule of a region: a path through it (or the whole region as one
    if-converted schedule) and how often an execution of the region takes it."""

    region: Region  # the blocks it schedules, as a region (for register lifetimes)
    blocks: list[Block]
    schedule: BlockSchedule
    probability: float


@dataclass
class _UnitGroup:
    """All steps of the function bound to one unit key."""

    step: SchedOp  # a representative (class, width, precision)
    count: int = 0  # static steps
    inputs: int = 2  # data inputs of one unit


class _Estimator:
    def __init__(self, module: ModuleOp, lib: TechLibrary, options: EstimateOptions, freqs: Frequencies) -> None:
        self.module = module
        self.lib = lib
        self.options = options
        self.config: ScheduleConfig = options.config
        self.freqs = freqs
        self.funcs = {f.sym_name.data: f for f in graphs.defined_functions(module)}
        self.defined = frozenset(self.funcs)
        self.done: dict[str, FunctionEstimate] = {}

    def _frequencies(self, name: str, top: bool) -> tuple[dict[str, float], str, str]:
        f = self.freqs
        if f.source == "measured" and (top or f.calls.get(name, 0) > 0):
            return f.of(name), f.source, f.detail
        if f.source == "measured":
            return static_frequencies(self.funcs[name]), "static", "not reached by the profiling inputs"
        return f.of(name), f.source, f.detail

    def function(self, name: str, stack: tuple[str, ...]) -> FunctionEstimate:
        if name in self.done:
            return self.done[name]
        if name in stack:
            chain = " -> ".join(stack + (name,))
            raise GuaccError(f"@{stack[0]} is recursive ({chain}): recursion has no hardware cost model")
        func = self.funcs[name]
        callees: dict[str, FunctionEstimate] = {}
        for op in func.walk():
            if isinstance(op, llvm.CallOp) and op.callee is not None and op.callee.root_reference.data in self.funcs:
                callee = op.callee.root_reference.data
                callees[callee] = self.function(callee, stack + (name,))
        freq, source, detail = self._frequencies(name, not stack)
        est = self._estimate(func, freq, source, detail, callees)
        self.done[name] = est
        return est

    def _estimate(self, func: llvm.FuncOp, freq: dict[str, float], source: str, detail: str,
                  callees: dict[str, FunctionEstimate]) -> FunctionEstimate:
        lib, clock = self.lib, self.lib.clock_ns
        names = graphs.block_names(func)
        callee_cycles = {k: v.cycles for k, v in callees.items()}
        live_in, live_out = live_sets(func)
        opts = self.options
        cache: dict[tuple[Block, ...], BlockSchedule] = {}

        def schedule(r: Region) -> BlockSchedule:  # a region as one if-converted schedule
            key = tuple(r.blocks)
            if key not in cache:
                cache[key] = schedule_region(r, lib, self.config, name=names[r.entry], callee_cycles=callee_cycles,
                                             defined=self.defined)
            return cache[key]

        def lengthens_no_path(r: Region) -> bool:
            return schedule(r).length <= r.shortest_path(lambda b: schedule(region_of([b])).length)

        if not opts.if_convert:
            regions = single_block_regions(func)
        elif opts.path_schedules:
            regions = find_regions(func, max_blocks=opts.if_convert_max_blocks, max_ops=opts.if_convert_max_ops,
                                   max_paths=opts.if_convert_max_paths)
        else:
            regions = find_regions(func, max_blocks=opts.if_convert_max_blocks, max_ops=opts.if_convert_max_ops,
                                   max_paths=opts.if_convert_max_paths, accept=lengthens_no_path)

        def block_frequency(b: Block) -> float:
            return freq.get(names[b], 0.0)

        # Per region: the schedules its executions go through, each with how often it is taken.
        plans: list[tuple[Region, list[_PathPlan]]] = []
        for r in regions:
            if len(r) == 1 or not opts.path_schedules:
                plans.append((r, [_PathPlan(r, r.blocks, schedule(r), 1.0)]))
                continue
            paths = r.paths()
            probs = r.path_probabilities(paths, block_frequency)
            plans.append((r, [
                _PathPlan(region_of(p), p, schedule_path(r, p, lib, self.config, name=names[r.entry],
                                                         callee_cycles=callee_cycles, defined=self.defined), q)
                for p, q in zip(paths, probs)]))
        # Each op once (from the likeliest schedule holding its block): energy, unit groups, op counts.
        block_steps: dict[Block, list[SchedOp]] = {b: [] for b in func.body.blocks}
        phi_steps: dict[Block, list[SchedOp]] = {b: [] for b in func.body.blocks}
        home: dict[Block, BlockSchedule] = {}
        for r, plan in plans:
            for b in r.blocks:
                best = max((pp for pp in plan if b in pp.blocks), key=lambda pp: pp.probability)
                home[b] = best.schedule
                pos = best.blocks.index(b)
                for step in best.schedule.ops:
                    if step.group == pos:
                        (phi_steps if isinstance(step.op, PhiMux) else block_steps)[b].append(step)
        # Units: the most busy at once in any schedule (paths of a region never run
        # together, so they share); groups: every static step a unit key serves.
        units: Counter[str] = Counter()
        groups: dict[str, _UnitGroup] = {}
        for _, plan in plans:
            for pp in plan:
                for key, n in pp.schedule.units().items():
                    units[key] = max(units[key], n)
        for b in func.body.blocks:
            for step in phi_steps[b] + block_steps[b]:
                if step.unit_key is None:
                    continue
                g = groups.setdefault(step.unit_key, _UnitGroup(step))
                g.count += 1
                g.inputs = max(g.inputs, min(3, len(step.op.operands)) if step.part == 0 else 2)
        mux_bits_per_key = {
            k: (g.count - units[k]) * g.inputs * g.step.kind.width
            for k, g in groups.items() if not k.startswith("call:") and units[k] > 0
        }
        mux_bit = lib.unit("mux", 1)
        reg_bit = lib.unit("reg", 1)

        register_bits = 0
        blocks: list[BlockEstimate] = []
        energy_by_op: defaultdict[str, float] = defaultdict(float)
        unmodelled: set[str] = set()
        dynamic = 0.0
        for r, plan in plans:
            # Registers: the most held by any schedule; bits written, expected per
            # execution of the region (on its entry); its length, expected likewise.
            writes = 0.0
            length = 0.0
            entry_writes = _argument_writes(r.entry, freq, names)
            for pp in plan:
                bits, w = _registers(pp.region, pp.schedule, live_in[r.entry], live_out[r.exit], clock, entry_writes)
                register_bits = max(register_bits, bits)
                writes += pp.probability * sum(w)
                length += pp.probability * _states(pp.schedule, r.entry is func.body.blocks.first)
            for pos, b in enumerate(r.blocks):
                f = block_frequency(b)
                e_block = writes * reg_bit.energy_pj if pos == 0 else 0.0
                for step in phi_steps[b] + block_steps[b]:
                    if step.kind.unmodelled:
                        unmodelled.add(step.kind.key)
                    e = _step_energy(step, callees)
                    key = step.unit_key
                    if key in mux_bits_per_key and mux_bits_per_key[key]:
                        e += groups[key].inputs * step.kind.width * mux_bit.energy_pj
                    energy_by_op[step.kind.key] += e * f
                    e_block += e
                blocks.append(BlockEstimate(names[b], length if pos == 0 else 0, f, e_block,
                                            writes if pos == 0 else 0, home[b], names[r.entry]))
                dynamic += e_block * f
        order = {name: i for i, name in enumerate(names.values())}
        blocks.sort(key=lambda b: order[b.name])
        cycles = sum(b.cycles * b.frequency for b in blocks)

        unit_area = Resources()
        leakage = 0.0
        for key, n in units.items():
            if key.startswith("call:"):
                continue
            cost = _unit_of(lib, groups[key].step)
            unit_area += cost.area * n
            leakage += cost.leakage_mw * n
        mux_bits = sum(mux_bits_per_key.values())
        breakdown = {
            "units": unit_area,
            "registers": reg_bit.area * register_bits,
            "muxes": mux_bit.area * mux_bits,
            "callees": sum((c.area for c in callees.values()), Resources()),
        }
        leakage += reg_bit.leakage_mw * register_bits + mux_bit.leakage_mw * mux_bits
        leakage += sum(c.stage.leakage_mw for c in callees.values())
        area = sum(breakdown.values(), Resources())
        stage = StageEstimate(cycles, cycles * clock, area, lib.area_scalar(area), leakage, dynamic)
        return FunctionEstimate(
            func.sym_name.data, lib.tech, clock, lib.info.area_unit, source, detail, blocks, stage,
            _fingerprint(lib, block_steps, freq, names, callees), dict(sorted(units.items())), register_bits, mux_bits,
            breakdown, dict(energy_by_op), _opcode_counts(block_steps), callees, sorted(unmodelled),
        )


def _argument_writes(block: Block, freq: dict[str, float], names: dict[Block, str]) -> float:
    """Bits written into a block's argument (phi) registers per execution of it.

    An argument is written on an edge that brings it a value: not on one that
    brings undef (a don't-care: the register keeps what it holds) nor the
    argument itself (a loop-carried value that does not change). Edge
    frequencies follow from block frequencies: an edge from a block with one
    successor carries that block's frequency; what is left of the block's own
    frequency goes to its other incoming edges in proportion to their sources'."""
    args = [a for a in block.args if needs_register(a)]
    if not args:
        return 0.0
    edges = [(p, vals) for p in _predecessors(block) for dest, vals in edge_operands(p) if dest is block]
    f = freq.get(names[block], 0.0)
    flows: list[float | None] = []
    for p, _ in edges:
        single = len({d for d, _ in edge_operands(p)}) == 1 and sum(d is block for d, _ in edge_operands(p)) == 1
        flows.append(freq.get(names[p], 0.0) if single else None)
    known = sum(x for x in flows if x is not None)
    unknown = [i for i, x in enumerate(flows) if x is None]
    weight = sum(freq.get(names[edges[i][0]], 0.0) for i in unknown)
    left = max(0.0, f - known)
    for i in unknown:
        flows[i] = left * (freq.get(names[edges[i][0]], 0.0) / weight if weight > 0 else 1.0 / len(unknown))
    total = sum(flows) or 1.0  # type: ignore[arg-type]
    bits = 0.0
    for (_, vals), flow in zip(edges, flows):
        changed = sum(type_width(a.type) for a in args
                      if not isinstance(vals[a.index].owner, (llvm.UndefOp, guacc.PoisonOp)) and vals[a.index] is not a)
        bits += changed * flow / total  # type: ignore[operator]
    return bits


def _predecessors(block: Block) -> list[Block]:
    return list(dict.fromkeys(use.operation.parent_block() for use in block.uses))  # type: ignore[misc]


def _states(s: BlockSchedule, function_entry: bool) -> int:
    """Controller states an execution spends in a schedule: its length, or none
    when it holds no datapath op (only phis, wiring and branches): the
    controller then takes its branch in the transition out of the previous
    state and writes its phis on that transition. The function's entry keeps
    its state (the start handshake)."""
    if not function_entry and all(step.cls is None for step in s.ops):
        return 0
    return s.length


def _unit_of(lib: TechLibrary, step: SchedOp):
    return lib.unit(step.cls, step.kind.width, step.kind.double)  # type: ignore[arg-type]


def _step_energy(step: SchedOp, callees: dict[str, FunctionEstimate]) -> float:
    if step.cls is not None and step.cls.startswith("call:"):
        return callees[step.kind.callee].stage.dynamic_pj  # type: ignore[index]
    return step.unit.energy_pj if step.unit is not None else 0.0


def _registers(region: Region, s: BlockSchedule, live_in: set[SSAValue], live_out: set[SSAValue],
               clock: float, entry_writes: float | None = None) -> tuple[int, list[float]]:
    """(most bits held in registers at one cycle boundary, bits written per
    execution of each block of the region).

    Boundary b lies between cycles b-1 and b. A value produced in cycle p (a
    combinational result in the cycle it settles in; a sequential result in the
    cycle it comes out of its unit, which holds it that cycle) needs a register
    at every boundary after p up to its last use, or to the region's end if it
    leaves the region. Incoming values (the entry's arguments, live-ins) are
    held from boundary 0. The exit's terminator acts in the last cycle.
    The entry's arguments are written on entry (`entry_writes` bits, expected;
    by default all of them).
    A value belongs to the block that produces it (incoming ones to the entry);
    values of blocks that never run in one execution can share a register, so
    the bits held at a boundary are those of the heaviest path through the region.
    """
    last = s.length - 1
    first_cycle: dict[Any, int] = {}
    produced: dict[SSAValue, tuple[int, int]] = {}  # value -> (cycle, group)
    for step in s.ops:
        first_cycle.setdefault(step.op, min(step.cycle, last))
    for step in s.ops:  # the last step of each op defines its results
        if isinstance(step.op, PhiMux) and not step.op.incoming:
            continue  # only undef arrives (on this path): a don't-care, nothing to hold
        at = round(step.finish / clock) if step.cycles else math.ceil(step.finish / clock - _EPS) - 1
        for r in step.op.results:
            produced[r] = (max(0, at), step.group)
    last_use: dict[SSAValue, int] = {}
    for step in s.ops:
        # A join's muxes read their values when each runs; an op reads its operands when it starts.
        at = min(step.cycle, last) if isinstance(step.op, PhiMux) else first_cycle[step.op]
        for v in (*step.op.operands, *step.uses):
            last_use[v] = max(last_use.get(v, -1), at)
    n = len(region)
    held = [[0] * n for _ in range(s.length + 1)]  # boundary -> bits held per group
    writes = [0] * n
    for v in live_in | set(region.entry.args):
        if not needs_register(v):
            continue
        end = s.length if v in live_out else last_use.get(v, 0)
        for b in range(0, end + 1):
            held[b][0] += type_width(v.type)
    writes[0] = sum(type_width(a.type) for a in region.entry.args if needs_register(a)) \
        if entry_writes is None else entry_writes
    for v, (cycle, group) in produced.items():
        if not needs_register(v):
            continue
        end = s.length if v in live_out else last_use.get(v, -1)
        if end > cycle:
            writes[group] += type_width(v.type)
            for b in range(cycle + 1, end + 1):
                held[b][group] += type_width(v.type)
    if n == 1:
        return max(h[0] for h in held), writes
    preds = [[region.position(p) for p in region.preds[b]] for b in region.blocks]
    most = 0
    for bits in held:  # heaviest path through the region's DAG, in topological order
        best = [0] * n
        for g in range(n):
            best[g] = bits[g] + max((best[p] for p in preds[g]), default=0)
        most = max(most, max(best))
    return most, writes


def _opcode_counts(block_steps: dict[Block, list[SchedOp]]) -> dict[str, int]:
    counts: Counter[str] = Counter()
    for steps in block_steps.values():
        seen = set()
        for step in steps:
            if step.cls is not None and step.op not in seen:
                seen.add(step.op)
                counts[step.kind.key] += 1
    return dict(sorted(counts.items()))


def _fingerprint(lib: TechLibrary, block_steps: dict[Block, list[SchedOp]], freq: dict[str, float],
                 names: dict[Block, str], callees: dict[str, FunctionEstimate]) -> StageEstimate:
    """First stage: serial execution of the op counts, one unit per class and width."""
    clock = lib.clock_ns
    cycles = 0.0
    dynamic = 0.0
    counts: Counter[str] = Counter()
    reps: dict[str, SchedOp] = {}
    for b, steps in block_steps.items():
        f = freq.get(names[b], 0.0)
        comb = sum(st.delay for st in steps if st.cycles == 0)
        seq = sum(st.cycles for st in steps if st.cycles > 0)
        cycles += f * max(1, math.ceil(comb / clock - _EPS) + seq)
        dynamic += f * sum(_step_energy(st, callees) for st in steps)
        for st in steps:
            if st.unit_key is not None and not st.unit_key.startswith("call:"):
                counts[st.unit_key] += 1
                reps.setdefault(st.unit_key, st)
    area = Resources()
    leakage = 0.0
    mux_bits = 0
    for key, n in counts.items():
        cost = _unit_of(lib, reps[key])
        area += cost.area
        leakage += cost.leakage_mw
        mux_bits += (n - 1) * 2 * reps[key].kind.width
    # Registers: every value used outside the block that defines it.
    reg_bits = sum(
        type_width(r.type) for s in block_steps for op in s.ops for r in op.results
        if needs_register(r) and any(use.operation.parent_block() is not s for use in r.uses)
    )
    reg = lib.unit("reg", 1)
    area += reg.area * reg_bits
    leakage += reg.leakage_mw * reg_bits
    mux = lib.unit("mux", 1)
    area += mux.area * mux_bits + sum((c.fingerprint.area for c in callees.values()), Resources())
    leakage += mux.leakage_mw * mux_bits + sum(c.fingerprint.leakage_mw for c in callees.values())
    return StageEstimate(cycles, cycles * clock, area, lib.area_scalar(area), leakage, dynamic)
