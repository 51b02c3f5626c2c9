"""Sketch solving: fill the holes of a target block (immediates, register
choices) so that it is equivalent to the source block for ALL inputs.

Counterexample-guided: propose hole values that work on the inputs seen so
far, ask the verifier for an input where they fail, add it, repeat. The
filled block is then checked once more by `check_blocks`, so a solution is
never weaker than a proof.
"""

from __future__ import annotations

import dataclasses
import time
from dataclasses import dataclass

import z3

from guacc.transpiler.asm.model import Block, Hole, Imm, Mem, Reg

from .correspondence import FunctionCorrespondence
from .equivalence import DEFAULT_TIMEOUT_S, BlockVerdict, build_query, check_blocks
from .terms import free_constants
from .trace import UnsupportedCode

MAX_ROUNDS = 32


@dataclass
class SketchResult:
    status: str  # 'solved' | 'unsolvable' | 'timeout' | 'unsupported'
    block: Block | None = None  # the filled block when solved
    holes: dict[str, int | str] | None = None
    verdict: BlockVerdict | None = None
    reason: str = ""
    rounds: int = 0


def _fill_operand(op, values: dict[str, int | str]):
    if isinstance(op, Hole) and op.name in values:
        return Reg(values[op.name]) if op.kind == "reg" else Imm(values[op.name])
    if isinstance(op, Mem):
        offset = _fill_operand(op.offset, values) if op.offset is not None else None
        base = _fill_operand(op.base, values)
        return dataclasses.replace(op, base=base, offset=offset)
    return op


def fill(block: Block, values: dict[str, int | str]) -> Block:
    """`block` with every hole replaced by its value."""
    instrs = [dataclasses.replace(i, operands=tuple(_fill_operand(op, values) for op in i.operands))
              for i in block.instructions]
    return dataclasses.replace(block, instructions=instrs)


def holes_of(block: Block) -> dict[str, Hole]:
    found = {}
    for instr in block.instructions:
        for op in instr.operands:
            for x in (op, getattr(op, "offset", None), getattr(op, "base", None)):
                if isinstance(x, Hole):
                    found[x.name] = x
    return found


def _decode(hole: Hole, value: z3.BitVecRef) -> int | str:
    raw = value.as_long()
    if hole.kind == "reg":
        return hole.choices[raw]
    return raw - (1 << hole.width) if raw >= 1 << (hole.width - 1) else raw  # immediates are signed fields


def solve_sketch(src_block: Block, src_isa: str, dst_sketch: Block, dst_isa: str,
                 correspondence: FunctionCorrespondence, live_out: set[str] | None = None,
                 timeout_s: float = DEFAULT_TIMEOUT_S) -> SketchResult:
    started = time.perf_counter()
    holes = holes_of(dst_sketch)
    try:
        query = build_query(correspondence, src_block, dst_sketch, 0, live_out)
    except UnsupportedCode as err:
        return SketchResult("unsupported", reason=str(err))
    if query.mismatch:
        return SketchResult("unsolvable", reason=query.mismatch)
    hole_vars = dict(query.holes)
    spec = z3.Implies(query.premise(), query.goal())
    inputs = [v for v in free_constants([spec]) if v.decl().name() not in hole_vars]
    synth = z3.Solver()
    synth.add(*query.hole_constraints)
    rounds = 0
    while rounds < MAX_ROUNDS:
        rounds += 1
        left = timeout_s - (time.perf_counter() - started)
        if left <= 0:
            return SketchResult("timeout", rounds=rounds, reason="no solution within the time limit")
        synth.set("timeout", max(1, int(left * 1000)))
        result = synth.check()
        if result == z3.unsat:
            return SketchResult("unsolvable", rounds=rounds, reason="no hole values work for all inputs")
        if result != z3.sat:
            return SketchResult("timeout", rounds=rounds, reason="synthesis query undecided")
        model = synth.model()
        candidate = [(var, model.eval(var, model_completion=True)) for var in hole_vars.values()]
        check = z3.Solver()
        check.set("timeout", max(1, int(left * 1000)))
        check.add(z3.Not(z3.substitute(spec, *candidate)) if candidate else z3.Not(spec))
        verdict = check.check()
        if verdict == z3.unsat:
            values = {name: _decode(holes[name], value) for (name, _), (_, value)
                      in zip(hole_vars.items(), candidate) if name in holes}
            filled = fill(dst_sketch, values)
            final = check_blocks(src_block, src_isa, filled, dst_isa, correspondence, live_out,
                                 max(1.0, timeout_s - (time.perf_counter() - started)))
            status = "solved" if final.verified else "unsolvable"
            return SketchResult(status, filled, values, final, final.reason, rounds)
        if verdict != z3.sat:
            return SketchResult("timeout", rounds=rounds, reason="verification query undecided")
        cex = check.model()
        point = [(v, cex.eval(v, model_completion=True)) for v in inputs]
        synth.add(z3.substitute(spec, *point) if point else spec)
    return SketchResult("timeout", rounds=rounds, reason=f"no solution after {MAX_ROUNDS} rounds")
