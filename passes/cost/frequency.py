"""How often each block runs per call: measured under the llvmlite JIT, or estimated.

Measured: `InstrumentBlockCounters` gives every block of every defined function
a counter (a slot of one global array, incremented on entry). The instrumented
module runs under the equivalence harness on the given or generated inputs;
the harness resets globals before each call and hands back their contents.

Static (when nothing can be run): each natural loop runs `STATIC_TRIP_COUNT`
times per entry, so a block at loop depth d runs STATIC_TRIP_COUNT**d times.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import networkx as nx
from xdsl.context import Context
from xdsl.dialects import llvm
from xdsl.dialects.builtin import IntegerAttr, IntegerType, ModuleOp
from xdsl.ir import Block, Operation
from xdsl.passes import ModulePass
from xdsl.rewriter import InsertPoint, Rewriter

from guacc.compiler.dialects import guacc
from guacc.passes import graphs

COUNTERS = "__guacc_block_counts"
STATIC_TRIP_COUNT = 10


@dataclass
class Frequencies:
    """Executions per call of each block, per function (keyed by block name)."""

    per_function: dict[str, dict[str, float]]
    source: str  # "measured" | "static"
    detail: str  # how: inputs used, or why static
    calls: dict[str, float] = field(default_factory=dict)  # function -> calls per call of the top

    def of(self, func: str) -> dict[str, float]:
        return self.per_function[func]


# ----------------------------------------------------------------- static
def natural_loops(func: llvm.FuncOp) -> list[set[str]]:
    """Block-name sets of the function's natural loops (one per loop header)."""
    graph = nx.DiGraph(graphs.cfg(func))
    entry = graph.graph["entry"]
    idom = nx.immediate_dominators(graph, entry)

    def dominates(a: str, b: str) -> bool:
        while True:
            if a == b:
                return True
            if idom.get(b, b) == b:
                return False
            b = idom[b]

    loops: dict[str, set[str]] = {}
    for u, header in graph.edges:
        if u in idom and dominates(header, u):  # back edge
            body = loops.setdefault(header, {header})
            stack = [u]
            while stack:
                n = stack.pop()
                if n not in body:
                    body.add(n)
                    stack.extend(graph.predecessors(n))
    return list(loops.values())


def static_frequencies(func: llvm.FuncOp) -> dict[str, float]:
    names = graphs.block_names(func)
    loops = natural_loops(func)
    return {n: float(STATIC_TRIP_COUNT ** sum(n in loop for loop in loops)) for n in names.values()}


# ----------------------------------------------------------------- instrumentation
@dataclass(frozen=True)
class InstrumentBlockCounters(ModulePass):
    """Count block entries in a global i64 array, one slot per block of every defined function."""

    name = "instrument-block-counters"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        slots = counter_slots(op)
        i64 = IntegerType(64)
        array_type = llvm.LLVMArrayType(len(slots), i64)
        global_op = llvm.GlobalOp(array_type, COUNTERS, "internal", value=guacc.ZeroInitAttr())
        Rewriter.insert_op(global_op, InsertPoint.at_start(op.body.block))
        for k, (_, block) in enumerate(slots):
            Rewriter.insert_op(_increment(k, array_type), InsertPoint.at_start(block))


def counter_slots(module: ModuleOp) -> list[tuple[str, Block]]:
    """(function name, block) per counter slot, in module order."""
    return [(f.sym_name.data, b) for f in graphs.defined_functions(module) for b in f.body.blocks]


def _increment(slot: int, array_type: llvm.LLVMArrayType) -> list[Operation]:
    i64 = IntegerType(64)
    base = llvm.AddressOfOp(COUNTERS, llvm.LLVMPointerType())
    addr = llvm.GEPOp.from_mixed_indices(base.result, [0, slot], array_type)
    old = llvm.LoadOp(addr.result, i64)
    one = llvm.ConstantOp(IntegerAttr(1, i64), i64)
    new = llvm.AddOp(old.dereferenced_value, one.result)
    store = llvm.StoreOp(new.res, addr.result)
    return [base, addr, old, one, new, store]


def measure_frequencies(module: ModuleOp, func: str, *, inputs: str | Sequence | None = None, n: int = 10,
                        seed: int = 0, timeout: float = 2.0, signature: Any = None,
                        args: Sequence | None = None) -> Frequencies:
    """Run `func` of `module`, instrumented, on `inputs` (a JSON file or Input
    list) or `n` generated ones; per-call block frequencies of every function
    it reaches. Raises HarnessError when nothing could be run.

    `signature` and `args` profile `func` in another function's place (a merged
    function for one of its originals): inputs follow `signature` and reach
    `func`'s parameters through `args` (input slots and `Fixed` values)."""
    from guacc.compiler.backend.llvm_ir import print_ll
    from guacc.compiler.equivalence import (
        Discarded, JitProgram, NoValidInputError, generate_inputs, load_inputs_json, run, signature_from_ir,
    )

    instrumented = module.clone()
    slots = counter_slots(module)  # the same order as the clone's
    InstrumentBlockCounters().apply(Context(), instrumented)
    text = print_ll(instrumented)
    sig = signature if signature is not None else signature_from_ir(text, func)
    if inputs is None:
        batch = generate_inputs(sig, n, seed)
        how = f"{n} generated inputs (seed {seed})"
    elif isinstance(inputs, str):
        batch = load_inputs_json(inputs, sig)
        how = f"{len(batch)} inputs from {inputs}"
    else:
        batch = list(inputs)
        how = f"{len(batch)} given inputs"
    results = run(JitProgram(text, "instrumented module"), func, batch, sig, args=args, timeout=timeout)
    ok = [r for r in results if not isinstance(r, Discarded)]
    if not ok:
        raise NoValidInputError(f"every profiling input of @{func} crashed or timed out")
    totals = [0] * len(slots)
    for r in ok:
        for k, c in enumerate(r.globals[COUNTERS]):
            totals[k] += c
    names = {f.sym_name.data: graphs.block_names(f) for f in graphs.defined_functions(module)}
    per_function: dict[str, dict[str, float]] = {}
    calls: dict[str, float] = {}
    for (fname, block), total in zip(slots, totals):
        blocks = per_function.setdefault(fname, {})
        if block is block.parent.blocks.first:  # type: ignore[union-attr]
            calls[fname] = total / len(ok)
        blocks[names[fname][block]] = float(total)
    for fname, blocks in per_function.items():
        entries = calls[fname] * len(ok)
        for b in blocks:
            blocks[b] = blocks[b] / entries if entries else 0.0
    skipped = f", {len(results) - len(ok)} discarded" if len(ok) < len(results) else ""
    return Frequencies(per_function, "measured", how + skipped, calls)


def block_frequencies(module: ModuleOp, func: str, *, profile: bool = True, inputs: str | Sequence | None = None,
                      n: int = 10, seed: int = 0, timeout: float = 2.0, signature: Any = None,
                      args: Sequence | None = None) -> Frequencies:
    """Measured frequencies when the function can be run, else static ones (with the reason)."""
    from guacc.compiler.equivalence import HarnessError

    reason = "profiling disabled"
    if profile:
        try:
            return measure_frequencies(module, func, inputs=inputs, n=n, seed=seed, timeout=timeout,
                                       signature=signature, args=args)
        except HarnessError as exc:
            if inputs is not None and isinstance(inputs, str):
                raise
            reason = f"could not run it: {exc}"
    per_function = {f.sym_name.data: static_frequencies(f) for f in graphs.defined_functions(module)}
    return Frequencies(per_function, "static", f"loop depth, {STATIC_TRIP_COUNT} iterations per loop ({reason})")
