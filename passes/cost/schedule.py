"""Resource-constrained list scheduling of a block's dataflow graph.

Time model, at clock period T:
- a combinational op (integer ALU ops, compares, muxes) starts when its inputs
  are ready, possibly in the middle of a cycle, and chains with its inputs
  inside the cycle while the summed delays fit in T; otherwise it waits for the
  next cycle;
- a sequential op (FP units, memory ports, callees, integer units slower than
  T) latches its inputs at the end of the cycle they are ready in and has its
  result k cycles later, on a cycle boundary; it keeps its unit busy for
  `occupancy` cycles (1 when pipelined);
- memory-ordering edges (from the DFG) start the later access in a later cycle;
- each array (the root object of a pointer) has `ports_per_array` ports, or
  its own count in `array_ports` (an array partitioned into banks has more).

A block lasts at least one cycle (one controller state).

`schedule_region` schedules an if-conversion region (`regions.py`: a diamond,
a triangle, nested ones, a chain of them) as one dataflow graph: each step
carries the position of its block in the region (`group`), steps of blocks
that never run in the same execution may share a unit or a memory port in the
same cycle, a phi of a join becomes a chain of 2:1 muxes, and steps of a block
that runs under a condition wait for that condition (predication; side effects
are never hoisted). A region lasts at least one cycle. `schedule_path`
schedules one entry-to-exit path of a region the same way: the states an
execution taking that path goes through (the ensemble's default).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from xdsl.dialects import llvm
from xdsl.ir import Block, BlockArgument, Operation, SSAValue

from guacc.compiler.diagnostics import GuaccError
from guacc.compiler.dialects import guacc
from guacc.passes import graphs

from .library import TechLibrary, UnitCost
from .regions import branch_condition
from .opclass import CALL, MEMORY, MEMORY_CLASSES, OpKind, classify, type_width

if TYPE_CHECKING:
    from .regions import Region

_EPS = 1e-9
# ALAP: a combinational result must settle strictly inside a cycle.
_BOUNDARY = 1e-6
# Incoming values a phi mux may ignore (any value will do).
_DONT_CARE = (llvm.UndefOp, guacc.PoisonOp)
# memset/memcpy with a length only known at run time: words assumed per call.
DYNAMIC_MEMORY_WORDS = 16


@dataclass(frozen=True)
class ScheduleConfig:
    """Resource limits: units per class (absent: as many as the schedule wants)
    and memory ports per array (`array_ports` by name, e.g. "@w0" for a global
    partitioned into banks, overrides `ports_per_array`)."""

    limits: Mapping[str, int] = field(default_factory=dict)
    ports_per_array: int = 2
    array_ports: Mapping[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for ports in (self.ports_per_array, *self.array_ports.values()):
            if ports < 1:
                raise GuaccError(f"memory ports per array must be at least 1, not {ports}")
        for cls, n in self.limits.items():
            if n < 1:
                raise GuaccError(f"a resource limit must be at least 1 unit, not {n} for '{cls}'")


    def ports(self, array: str) -> int:
        return self.array_ports.get(array, self.ports_per_array)


UNCONSTRAINED = ScheduleConfig(ports_per_array=1 << 30)


@dataclass(eq=False)
class SchedOp:
    """One step of one IR op (fmuladd has two steps: multiply, then add)."""

    index: int
    op: Operation
    kind: OpKind
    cls: str | None  # functional-unit class; None: wiring/control, free
    unit: UnitCost | None
    port: object | None  # the array a memory step uses
    delay: float  # ns, combinational steps
    cycles: int  # 0: combinational
    occupancy: int
    part: int = 0  # which step of its op (0: the first)
    group: int = 0  # position of its block in its region (0: the entry)
    uses: tuple[SSAValue, ...] = ()  # values it reads besides the op's operands (its predicate)
    data_preds: list[int] = field(default_factory=list)
    mem_preds: list[int] = field(default_factory=list)
    start: float = 0.0  # ns from the block's start
    cycle: int = 0  # the cycle it starts (issues) in
    finish: float = 0.0  # ns: result ready

    @property
    def unit_key(self) -> str | None:
        """Units are allocated per class and width: `int_add@32`."""
        if self.cls is None or self.cls in MEMORY_CLASSES or self.cls == MEMORY:
            return None
        return self.cls if self.cls.startswith(CALL + ":") else f"{self.cls}@{self.kind.width}"


@dataclass(eq=False)
class PhiMux:
    """What if-conversion makes of a join's block argument: a mux between the
    values its in-region edges bring, steered by the deciding conditions. Not
    an IR op; stands in for one in a `SchedOp`."""

    arg: BlockArgument
    incoming: tuple[SSAValue, ...]  # distinct values (undef ones dropped: don't-cares)
    conditions: tuple[SSAValue, ...]
    name = "phi"

    @property
    def results(self) -> tuple[SSAValue, ...]:
        return (self.arg,)

    @property
    def operands(self) -> tuple[SSAValue, ...]:
        return self.incoming + self.conditions


@dataclass
class BlockSchedule:
    name: str
    length: int  # cycles
    ops: list[SchedOp]
    busy: dict[str, list[int]]  # unit key -> units busy in each cycle
    port_busy: dict[str, list[int]]  # array -> ports busy in each cycle
    blocks: tuple[Block, ...] = ()  # the region's blocks (a step's `group` indexes them)

    def units(self) -> dict[str, int]:
        """Most units of each key busy in one cycle."""
        return {k: max(v) for k, v in self.busy.items() if max(v) > 0}

    def step_of(self, op: Operation) -> SchedOp:
        """The last step of `op` (whose result the users see)."""
        return [s for s in self.ops if s.op is op][-1]


def _ceil_cycles(t: float, clock: float) -> int:
    return math.ceil(t / clock - _EPS)


def _cycle_of(t: float, clock: float) -> int:
    return math.floor(t / clock + _EPS)


def _memory_words(op: Operation) -> int:
    length = op.operands[2] if len(op.operands) > 2 else None
    if length is not None and isinstance(length.owner, llvm.ConstantOp):
        value = length.owner.value
        n = getattr(value, "value", None)
        if n is not None:
            return max(1, math.ceil(n.data / 4))
    return DYNAMIC_MEMORY_WORDS


def _port_name(root: object) -> str:
    if isinstance(root, str):
        return root
    name = getattr(root, "name_hint", None)
    return f"%{name}" if name else f"%{id(root):x}"


def build_steps(block: Block, lib: TechLibrary, callee_cycles: Mapping[str, float],
                defined: frozenset[str]) -> list[SchedOp]:
    """The block's DFG as a list of steps in program order (edges go forward)."""
    graph = graphs.dfg(block)
    steps: list[SchedOp] = []
    last_step: dict[str, int] = {}
    for node in graph.nodes:  # program order
        op = graph.nodes[node]["op"]
        kind = classify(op, defined)
        data_in = [last_step[p] for p, _, d in graph.in_edges(node, data=True) if d["kind"] == "data"]
        mem_in = [last_step[p] for p, _, d in graph.in_edges(node, data=True) if d["kind"] == "mem"]
        names = kind.steps or (None,)
        for j, cls in enumerate(names):
            step = _step(len(steps), op, kind, cls, lib, callee_cycles)
            step.part = j
            if j == 0:
                step.data_preds, step.mem_preds = data_in, mem_in
            else:
                step.data_preds = [len(steps) - 1]
            steps.append(step)
        last_step[node] = len(steps) - 1
    return steps


def _step(index: int, op: Operation, kind: OpKind, cls: str | None, lib: TechLibrary,
          callee_cycles: Mapping[str, float]) -> SchedOp:
    if cls is None:
        return SchedOp(index, op, kind, None, None, None, 0.0, 0, 0)
    if cls == CALL:
        cycles = max(1, math.ceil(callee_cycles.get(kind.callee or "", 1) - _EPS))
        return SchedOp(index, op, kind, f"{CALL}:{kind.callee}", None, None, 0.0, cycles, cycles)
    if cls == MEMORY:
        words = _memory_words(op)
        port = _port_name(graphs.pointer_access(op.operands[0]).root)
        return SchedOp(index, op, kind, MEMORY, None, port, 0.0, words, words)
    unit = lib.unit(cls, kind.width, kind.double)
    port = None
    if cls in MEMORY_CLASSES:
        ptr = op.ptr  # type: ignore[attr-defined]
        port = _port_name(graphs.pointer_access(ptr).root)
    return SchedOp(index, op, kind, cls, unit, port, unit.delay_ns, unit.cycles, unit.occupancy)


def _priorities(steps: list[SchedOp], clock: float) -> list[float]:
    """Longest path (ns) from each step to the end of the block: critical steps first."""
    succs: dict[int, list[int]] = defaultdict(list)
    for s in steps:
        for p in s.data_preds + s.mem_preds:
            succs[p].append(s.index)
    prio = [0.0] * len(steps)
    for s in reversed(steps):
        own = s.delay if s.cycles == 0 else s.cycles * clock
        prio[s.index] = own + max((prio[j] for j in succs[s.index]), default=0.0)
    return prio


def list_schedule(name: str, steps: list[SchedOp], clock: float, config: ScheduleConfig,
                  exclusive: Callable[[int, int], bool] | None = None,
                  blocks: tuple[Block, ...] = ()) -> BlockSchedule:
    """Place every step in a cycle, most critical first among the ready ones.

    `exclusive(g, h)`: steps of groups g and h never run in the same execution,
    so one unit or port serves both in the same cycle (None: no two do)."""
    prio = _priorities(steps, clock)
    slots: dict[str, _Slots] = defaultdict(_Slots)  # unit key -> units in use
    class_busy: dict[str, list[int]] = defaultdict(list)  # limits count all widths of a class
    port_slots: dict[str, _Slots] = defaultdict(_Slots)  # array -> ports in use
    n_preds = [len(set(s.data_preds + s.mem_preds)) for s in steps]
    succs: dict[int, set[int]] = defaultdict(set)
    for s in steps:
        for p in s.data_preds + s.mem_preds:
            succs[p].add(s.index)
    ready = [s.index for s in steps if n_preds[s.index] == 0]
    bound = sum(s.cycles + s.occupancy + 1 for s in steps) + 10  # a serial schedule's length
    done = 0
    cycle = 0
    while done < len(steps):
        placed_any = True
        while placed_any:
            placed_any = False
            for i in sorted(ready, key=lambda k: (-prio[k], k)):
                if _try_place(steps[i], steps, cycle, clock, config, slots, class_busy, port_slots, exclusive):
                    ready.remove(i)
                    done += 1
                    placed_any = True
                    for j in succs[i]:
                        n_preds[j] -= 1
                        if n_preds[j] == 0:
                            ready.append(j)
        cycle += 1
        if cycle > bound:
            raise AssertionError(f"scheduler made no progress in block {name}")  # a bug, not bad input
    length = max([1] + [_ceil_cycles(s.finish, clock) for s in steps])
    for s in steps:  # wiring and control settle with their inputs, inside the block
        if s.cls is None and s.cycle >= length:
            s.cycle = length - 1
    busy = {k: v.counts(length) for k, v in slots.items()}
    port_busy = {k: v.counts(length) for k, v in port_slots.items()}
    return BlockSchedule(name, length, steps, busy, port_busy, blocks)


class _Slots:
    """Units (or ports) of one kind in use: per cycle, one entry per unit, the
    groups of the steps it serves in that cycle."""

    def __init__(self) -> None:
        self.cycles: list[list[list[int]]] = []

    def _at(self, c: int) -> list[list[int]]:
        return self.cycles[c] if c < len(self.cycles) else []

    def counts(self, length: int) -> list[int]:
        return [len(self._at(c)) for c in range(max(length, len(self.cycles)))]

    def free(self, start: int, count: int, limit: int | None) -> bool:
        """Room for one more unit in every cycle of [start, start + count)."""
        return limit is None or all(len(self._at(c)) < limit for c in range(start, start + count))

    def shared(self, start: int, count: int, group: int, exclusive: Callable[[int, int], bool] | None) -> int | None:
        """A unit in use in all those cycles only by steps exclusive with `group`, or None."""
        if exclusive is None:
            return None
        for i in range(len(self._at(start))):
            if all(i < len(self._at(c)) and all(exclusive(group, g) for g in self._at(c)[i])
                   for c in range(start, start + count)):
                return i
        return None

    def take(self, start: int, count: int, group: int, index: int | None) -> None:
        while len(self.cycles) < start + count:
            self.cycles.append([])
        for c in range(start, start + count):
            if index is None:
                self.cycles[c].append([group])
            else:
                self.cycles[c][index].append(group)


def _free(table: list[int], start: int, count: int, limit: int | None) -> bool:
    if limit is None:
        return True
    return all((table[c] if c < len(table) else 0) < limit for c in range(start, start + count))


def _take(table: list[int], start: int, count: int) -> None:
    if len(table) < start + count:
        table.extend([0] * (start + count - len(table)))
    for c in range(start, start + count):
        table[c] += 1


def _try_place(s: SchedOp, steps: list[SchedOp], cycle: int, clock: float, config: ScheduleConfig,
               slots: dict[str, _Slots], class_busy: dict[str, list[int]], port_slots: dict[str, _Slots],
               exclusive: Callable[[int, int], bool] | None) -> bool:
    ready_at = max((steps[p].finish for p in s.data_preds), default=0.0)
    if _cycle_of(ready_at, clock) > cycle:
        return False
    if any(steps[p].cycle >= cycle for p in s.mem_preds):
        return False
    start = max(ready_at, cycle * clock)
    if s.cycles == 0 and start - cycle * clock + s.delay > clock + _EPS:
        return False  # does not fit in what is left of this cycle
    n = max(1, s.occupancy)
    key = s.unit_key
    unit = port = None
    if key is not None:
        base = s.cls if s.cls and s.cls.startswith(CALL + ":") else s.cls
        limit = 1 if base.startswith(CALL + ":") else config.limits.get(base)
        unit = slots[key].shared(cycle, n, s.group, exclusive)
        if unit is None and not _free(class_busy[base], cycle, n, limit):
            return False
    if s.port is not None:
        port = port_slots[s.port].shared(cycle, n, s.group, exclusive)
        if port is None and not port_slots[s.port].free(cycle, n, config.ports(s.port)):
            return False
    if key is not None:
        if unit is None:
            _take(class_busy[base], cycle, n)
        slots[key].take(cycle, n, s.group, unit)
    if s.port is not None:
        port_slots[s.port].take(cycle, n, s.group, port)
    s.cycle = cycle
    s.start = start
    s.finish = start + s.delay if s.cycles == 0 else (cycle + s.cycles) * clock
    return True


def schedule_block(block: Block, lib: TechLibrary, config: ScheduleConfig = ScheduleConfig(), *,
                   name: str = "", callee_cycles: Mapping[str, float] | None = None,
                   defined: frozenset[str] = frozenset()) -> BlockSchedule:
    """List-schedule one block at the library's clock under `config`."""
    steps = build_steps(block, lib, callee_cycles or {}, defined)
    return list_schedule(name, steps, lib.clock_ns, config, blocks=(block,))


# ----------------------------------------------------------------- regions
def build_region_steps(region: "Region", lib: TechLibrary, callee_cycles: Mapping[str, float],
                       defined: frozenset[str], path: list[Block] | None = None) -> list[SchedOp]:
    """One dataflow graph for an if-conversion region (see the module doc).

    Blocks in topological order; in each, first the muxes its arguments become
    (a join), then its ops. The internal branches become predicates: a step of
    a block that runs under a condition depends on the conditions that decide
    it (`Region.controlling`); a join's muxes on those that decide its
    incoming edge (`Region.deciding`). Memory-ordering edges join accesses
    that may alias in blocks that can run in one execution, in program order.

    `path`: only the blocks of one entry-to-exit path (a join's mux then passes
    the value of the path's edge; it is still a mux, as the other paths bring
    other values, and still waits for the deciding conditions)."""
    if len(region) == 1:
        return build_steps(region.entry, lib, callee_cycles, defined)
    blocks = path if path is not None else region.blocks
    steps: list[SchedOp] = []
    producer: dict[SSAValue, int] = {}  # value -> the step that gives it
    mem_ops: list[tuple[int, Block, str, graphs.Access | None]] = []

    def after(values) -> list[int]:
        return list(dict.fromkeys(producer[v] for v in values if v in producer))

    for pos, block in enumerate(blocks):
        conds = tuple(dict.fromkeys(c for b in region.controlling(block) if (c := branch_condition(b)) is not None))
        if pos > 0:
            deciding = tuple(dict.fromkeys(
                c for b in region.deciding(block) if (c := branch_condition(b)) is not None))
            edges = region.incoming(block)
            taken = [(p, vals) for p, vals in edges if p is blocks[pos - 1]] if path is not None else edges
            for arg in block.args:
                every = tuple(dict.fromkeys(
                    v for _, vals in edges if not isinstance((v := vals[arg.index]).owner, _DONT_CARE)))
                values = tuple(dict.fromkeys(
                    v for _, vals in taken if not isinstance((v := vals[arg.index]).owner, _DONT_CARE)))
                if path is not None and len(every) > 1:
                    values = values + (None,)  # one mux: the path's value against the others'
                width = type_width(arg.type)
                if len(every) <= 1 or len(values) <= 1:  # one value reaches it: a wire
                    phi = PhiMux(arg, values, ())
                    step = SchedOp(len(steps), phi, OpKind("phi", (), width), None, None, None, 0.0, 0, 0,
                                   group=pos, data_preds=after(values))
                    steps.append(step)
                else:  # k values: a chain of k-1 2:1 muxes
                    phi = PhiMux(arg, tuple(v for v in values if v is not None), deciding + conds)
                    unit = lib.unit("mux", width)
                    kind = OpKind("phi", ("mux",), width)
                    for j in range(len(values) - 1):
                        if j == 0:
                            preds = after(tuple(v for v in values[:2] if v is not None) + deciding + conds)
                        else:  # the previous mux and the next value
                            preds = [len(steps) - 1, *after(values[j + 1:j + 2])]
                        steps.append(SchedOp(len(steps), phi, kind, "mux", unit, None, unit.delay_ns, unit.cycles,
                                             unit.occupancy, part=j, group=pos, data_preds=preds,
                                             uses=phi.conditions))
                producer[arg] = len(steps) - 1
        for op in block.ops:
            if op is block.last_op and block is not region.exit:
                continue  # an internal branch: it became the predicates
            kind = classify(op, defined)
            data_in = after(op.operands)
            effect = graphs.memory_effect(op)
            predicated = bool(conds) and (bool(kind.steps) or effect is not None)  # wiring needs no predicate
            if predicated:
                data_in = list(dict.fromkeys(data_in + after(conds)))
            mem_in: list[int] = []
            access = None
            if effect is not None:
                access = graphs.pointer_access(effect[1]) if effect[1] is not None else None
                for prev, prev_block, prev_kind, prev_access in mem_ops:
                    if region.exclusive(prev_block, block) or (prev_kind == "read" and effect[0] == "read"):
                        continue
                    if access is not None and prev_access is not None and not graphs.may_alias(access, prev_access):
                        continue
                    if prev not in data_in and prev not in mem_in:
                        mem_in.append(prev)
            for j, cls in enumerate(kind.steps or (None,)):
                step = _step(len(steps), op, kind, cls, lib, callee_cycles)
                step.part, step.group = j, pos
                if j == 0:
                    step.data_preds, step.mem_preds = data_in, mem_in
                    step.uses = conds if predicated else ()
                else:
                    step.data_preds = [len(steps) - 1]
                steps.append(step)
            if effect is not None:
                mem_ops.append((len(steps) - 1, block, effect[0], access))
            for r in op.results:
                producer[r] = len(steps) - 1
    return steps


def schedule_path(region: "Region", path: list[Block], lib: TechLibrary, config: ScheduleConfig = ScheduleConfig(),
                  *, name: str = "", callee_cycles: Mapping[str, float] | None = None,
                  defined: frozenset[str] = frozenset()) -> BlockSchedule:
    """List-schedule one entry-to-exit path of a region: the states an execution
    that takes this path goes through (the controller branches where paths part)."""
    steps = build_region_steps(region, lib, callee_cycles or {}, defined, path=path)
    return list_schedule(name, steps, lib.clock_ns, config, blocks=tuple(path))


def schedule_region(region: "Region", lib: TechLibrary, config: ScheduleConfig = ScheduleConfig(), *,
                    name: str = "", callee_cycles: Mapping[str, float] | None = None,
                    defined: frozenset[str] = frozenset()) -> BlockSchedule:
    """List-schedule an if-conversion region as one dataflow graph (one block: `schedule_block`)."""
    steps = build_region_steps(region, lib, callee_cycles or {}, defined)
    blocks = tuple(region.blocks)
    if len(blocks) == 1:
        return list_schedule(name, steps, lib.clock_ns, config, blocks=blocks)
    n = len(blocks)
    table = [[region.exclusive(blocks[i], blocks[j]) for j in range(n)] for i in range(n)]
    return list_schedule(name, steps, lib.clock_ns, config, lambda g, h: table[g][h], blocks)


def asap_alap(block: Block, lib: TechLibrary, *, callee_cycles: Mapping[str, float] | None = None,
              defined: frozenset[str] = frozenset()) -> tuple[BlockSchedule, list[int]]:
    """ASAP schedule (no resource limits: a lower bound on the block's length)
    and, per step, its ALAP start cycle within that length."""
    asap = schedule_block(block, lib, UNCONSTRAINED, callee_cycles=callee_cycles, defined=defined)
    clock = lib.clock_ns
    steps = asap.ops
    succs: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for s in steps:
        for p in s.data_preds:
            succs[p].append((s.index, "data"))
        for p in s.mem_preds:
            succs[p].append((s.index, "mem"))
    alap_cycle = [0] * len(steps)
    alap_start = [0.0] * len(steps)
    tail = [False] * len(steps)
    for s in reversed(steps):
        # Mirror the forward rules: a result must be ready in (not after) the
        # cycle a sequential user issues in, and before a combinational user starts.
        latest_finish = asap.length * clock
        latest_cycle = asap.length - 1 if s.cycles == 0 else asap.length - s.cycles
        tail[s.index] = s.cls is None and all(tail[j] for j, _ in succs[s.index])
        for j, kind in succs[s.index]:
            succ = steps[j]
            if tail[j]:
                continue  # wiring into the terminator settles with its inputs at the block's end
            if kind == "mem":
                latest_cycle = min(latest_cycle, alap_cycle[j] - 1)
            elif succ.cycles == 0:
                latest_finish = min(latest_finish, alap_start[j])
            elif s.cycles == 0:
                latest_finish = min(latest_finish, (alap_cycle[j] + 1) * clock - _BOUNDARY)
            else:
                latest_cycle = min(latest_cycle, alap_cycle[j] - s.cycles)
        if s.cycles == 0:
            latest_finish = min(latest_finish, (latest_cycle + 1) * clock - _BOUNDARY)
            end_cycle = max(0, _ceil_cycles(latest_finish, clock) - 1)
            start = latest_finish - s.delay
            if start < end_cycle * clock - _EPS:  # would straddle a cycle boundary
                start = end_cycle * clock - s.delay
            alap_start[s.index] = start
            alap_cycle[s.index] = max(0, _cycle_of(start, clock))
        else:
            c = min(_cycle_of(latest_finish, clock) - s.cycles, latest_cycle)
            alap_cycle[s.index] = c
            alap_start[s.index] = c * clock
    return asap, alap_cycle
