"""Block equivalence: is the target block a correct translation of the source
block under the function's correspondence?

For every input pair the correspondence relates, both blocks run
symbolically; Z3 must show that they leave through corresponding exits
(same successor under the block pairing, same callee, both return) and that
the state at that exit is related again (live registers, frame invariants,
every byte written). Otherwise it gives a counterexample. A solver timeout is
reported as 'timeout', never as verified.

A block is checked segment by segment when it contains calls (the parser
usually ends blocks at calls, so there is one).
"""

from __future__ import annotations

import dataclasses
import time
from dataclasses import dataclass, field

import z3

from guacc.transpiler.asm.model import Block, Mem, SymRef

from .abi import abi
from .abi_values import as_argument, register_class
from .correspondence import FunctionCorrespondence, callee_name
from .dwarf import CType
from . import floating, jumps, sampling
from .division import divisors, multiplies_or_divides, zero_tests
from .literals import rename_constants, rename_instructions
from .liveness import call_arguments, effects
from .relation import (Inputs, Obligation, boundary_obligations, frame_obligations, make_inputs, memory_obligations,
                       pair_obligations, register_obligation, return_obligations, source_assumptions,
                       symbol_preconditions, constant_preconditions, typed_obligations)
from .solving import prove_all
from .trace import SegmentRun, UnsupportedCode, run_segment, segment_bounds

DEFAULT_TIMEOUT_S = 10.0
STATUSES = ("verified", "failed", "timeout", "unsupported")


@dataclass
class BlockVerdict:
    status: str  # one of STATUSES
    src_label: str
    dst_label: str
    reason: str = ""
    counterexample: dict | None = None
    seconds: float = 0.0
    assumptions: tuple[str, ...] = ()  # what a proof relied on beyond C's rules (floating.py)

    @property
    def verified(self) -> bool:
        return self.status == "verified"

    def to_json(self) -> dict:
        out = {"src": self.src_label, "dst": self.dst_label, "status": self.status,
               "seconds": round(self.seconds, 4)}
        if self.reason:
            out["reason"] = self.reason
        if self.counterexample is not None:
            out["counterexample"] = self.counterexample
        if self.assumptions:
            out["assumptions"] = list(self.assumptions)
        return out


@dataclass
class Query:
    """One segment pair as formulas: `precondition` and `assumptions` over
    the inputs (and holes), `obligations` that must follow."""

    inputs: Inputs
    assumptions: list[z3.BoolRef]
    obligations: list[Obligation]
    hole_constraints: list[z3.BoolRef] = field(default_factory=list)
    holes: dict[str, z3.ExprRef] = field(default_factory=dict)
    mismatch: str = ""  # exits that cannot correspond whatever the inputs
    known_false: list[z3.BoolRef] = field(default_factory=list)  # tests the assumptions deny
    assumed: list[str] = field(default_factory=list)  # assumptions beyond C's rules the proof may use
    arithmetic: bool = False  # a block multiplies or divides registers: worth abstracting
    # a table jump's destinations, each proven on its own (jumps.Case)
    cases: list = field(default_factory=list)

    def premise(self) -> z3.BoolRef:
        return z3.And(*self.inputs.precondition, *self.assumptions)

    def goal(self) -> z3.BoolRef:
        return z3.And(*[o.holds for o in self.obligations])


# ------------------------------------------------------------ exits

def _destinations(corr: FunctionCorrespondence, side_name: str, label: str, run: SegmentRun,
                  block_len: int) -> list[tuple[z3.BoolRef, str, str | None]]:
    """(condition, kind, next block) for each way the segment can leave:
    kind 'block' (to the label), 'call', 'ret'."""
    side = corr.src if side_name == "src" else corr.dst
    exit_ = run.exit
    fall = side.fall_through(label) if run.end >= block_len else None
    if exit_.kind == "fall":
        return [(z3.BoolVal(True), "block", fall)]
    if exit_.kind == "branch":
        return [(z3.BoolVal(True), "block", side.resolve(exit_.target))]
    if exit_.kind == "cond":
        return [(exit_.cond, "block", side.resolve(exit_.target)), (z3.Not(exit_.cond), "block", fall)]
    if exit_.kind == "call":
        return [(z3.BoolVal(True), "call", fall)]
    if exit_.kind == "ret":
        return [(z3.BoolVal(True), "ret", None)]
    raise UnsupportedCode(f"{exit_.kind} jump not through a jump table (computed branches are not modelled)")


def _write_width(isa: str, instrs, start: int, end: int, reg: str) -> int | None:
    """Bits of the name the segment last writes `reg` through (None: not written)."""
    for instr in reversed(instrs[start:end]):
        eff = effects(isa, instr)
        if reg in eff.writes:
            return eff.write_width(reg)
    return None


def _heuristic_arguments(corr, src_instrs, dst_instrs, s_bounds, d_bounds, src, dst, entry_pairs, skip_int=0,
                         skip_fp=0) -> list[Obligation]:
    """Arguments of a call whose types are unknown (an indirect call, no
    debug information, the variadic part): the registers either side
    passes, paired by ABI role; the AArch64 side's `w`/`x` (`s`/`d`) names
    give their widths. A 32-bit integer a RISC-V target passes must still be
    sign-extended: whatever C type it has (int, unsigned, or a char or
    short promoted), its psABI wants that. A register the segment does not
    write keeps the form the boundary gave it (`entry_pairs`)."""
    out = []
    for regs_of, fp in ((lambda conv: conv.args, False), (lambda conv: conv.fp_args, True)):
        s_regs, d_regs = regs_of(abi(corr.src.isa)), regs_of(abi(corr.dst.isa))
        skip = skip_fp if fp else skip_int
        s_args = call_arguments(corr.src.isa, src_instrs, s_bounds[1] - 1, s_regs)
        d_args = call_arguments(corr.dst.isa, dst_instrs, d_bounds[1] - 1, d_regs)
        indices = sorted({s_regs.index(r) for r in s_args} | {d_regs.index(r) for r in d_args})
        for i in indices:
            if i < skip:
                continue
            s_reg, d_reg = s_regs[i], d_regs[i]
            if corr.src.isa == "arm":
                bits = _write_width("arm", src_instrs, *s_bounds, s_reg)
            elif corr.dst.isa == "arm":
                bits = _write_width("arm", dst_instrs, *d_bounds, d_reg)
            else:
                bits = 64
            what = f"argument {s_reg}~{d_reg}"
            arm_side = "src" if corr.src.isa == "arm" else "dst"  # whose register names tell the width
            kept = next((p for p in entry_pairs if getattr(p, arm_side) == (s_reg if arm_side == "src" else d_reg)),
                        None)
            if bits is None and kept is not None and kept.ctype is not None:
                out += typed_obligations(corr, what, src.regs[s_reg], dst.regs[d_reg], kept.ctype)
                continue
            bits = bits or (kept.bits if kept is not None else 64)
            if fp or bits == 32:
                ctype = CType("float" if fp else "int", min(bits, 64), True)
                out += typed_obligations(corr, what, src.regs[s_reg], dst.regs[d_reg], ctype)
            else:
                out.append(register_obligation(corr, what, src.regs[s_reg], dst.regs[d_reg], bits))
    return out


def _variadic_floats(corr, src_instrs, dst_instrs, s_bounds, d_bounds, src, dst, entry_pairs, n_int: int,
                     n_fp: int) -> list[Obligation]:
    """The variadic arguments of a call with known named parameters
    (`n_int` general, `n_fp` floating-point ones). Variadic integers go on
    in the general registers on both sides; variadic doubles go in FP
    registers on AArch64 but in general registers on RISC-V, in the C
    argument order, which the AArch64 code does not show when both kinds
    are passed."""
    s_conv, d_conv = abi(corr.src.isa), abi(corr.dst.isa)
    s_ints = [r for r in call_arguments(corr.src.isa, src_instrs, s_bounds[1] - 1) if s_conv.args.index(r) >= n_int]
    d_ints = [r for r in call_arguments(corr.dst.isa, dst_instrs, d_bounds[1] - 1) if d_conv.args.index(r) >= n_int]
    s_fps = [r for r in call_arguments(corr.src.isa, src_instrs, s_bounds[1] - 1, s_conv.fp_args)
             if s_conv.fp_args.index(r) >= n_fp]
    d_fps = [r for r in call_arguments(corr.dst.isa, dst_instrs, d_bounds[1] - 1, d_conv.fp_args)
             if d_conv.fp_args.index(r) >= n_fp]
    if corr.src.isa == corr.dst.isa or not (s_fps or d_fps):
        return _heuristic_arguments(corr, src_instrs, dst_instrs, s_bounds, d_bounds, src, dst, entry_pairs,
                                    n_int, n_fp)
    arm_fps, rv_ints = (s_fps, d_ints) if corr.src.isa == "arm" else (d_fps, s_ints)
    arm_ints = s_ints if corr.src.isa == "arm" else d_ints
    if arm_ints or len(rv_ints) > len(arm_fps):
        raise UnsupportedCode("variadic call with both integer and floating-point arguments "
                              "(RISC-V passes them in C order, which the AArch64 code does not show)")
    out = []
    double = CType("float", 64)
    for j, arm_reg in enumerate(arm_fps):
        rv_reg = abi("riscv").args[n_int + j]
        s_reg, d_reg = (arm_reg, rv_reg) if corr.src.isa == "arm" else (rv_reg, arm_reg)
        out += typed_obligations(corr, f"variadic double {s_reg}~{d_reg}", src.regs[s_reg], dst.regs[d_reg], double)
    return out


def _call_obligations(corr, src_instrs, dst_instrs, s_bounds, d_bounds, src, dst, next_pairs,
                      callee: str | None = None, entry_pairs=()) -> list[Obligation]:
    """At a call: the arguments either side passes (by the callee's C
    signature when known, else paired by ABI role) and the callee-saved
    registers the code after the call reads."""
    signature = corr.signatures.get(callee) if callee is not None else None
    out: list[Obligation] = []
    if signature is None:
        out += _heuristic_arguments(corr, src_instrs, dst_instrs, s_bounds, d_bounds, src, dst, entry_pairs)
    else:
        params = [as_argument(t) for t in signature.params]
        if None in params:
            raise UnsupportedCode(f"call to {callee}: a struct argument the two conventions pass differently")
        s_conv, d_conv = abi(corr.src.isa), abi(corr.dst.isa)
        counts = {"int": 0, "fp": 0}
        for ctype in params:
            kind = register_class(ctype)
            s_regs, d_regs = (s_conv.args, d_conv.args) if kind == "int" else (s_conv.fp_args, d_conv.fp_args)
            i = counts[kind]
            if i >= len(s_regs):
                raise UnsupportedCode(f"call to {callee} passes arguments on the stack")
            counts[kind] += 1
            out += typed_obligations(corr, f"argument {s_regs[i]}~{d_regs[i]}", src.regs[s_regs[i]],
                                     dst.regs[d_regs[i]], ctype)
        if signature.variadic:
            out += _variadic_floats(corr, src_instrs, dst_instrs, s_bounds, d_bounds, src, dst, entry_pairs,
                                    counts["int"], counts["fp"])
    # what the callee keeps (the rest after the call is its result); the
    # frame pointer too where the function keeps data in it
    s_conv = abi(corr.src.isa)
    kept = s_conv.callee_saved | s_conv.fp_callee_saved | {s_conv.fp}
    out += pair_obligations(corr, [p for p in next_pairs if p.src in kept], src, dst)
    return out


def _symbols(instrs) -> set[str]:
    names = set()
    for instr in instrs:
        for op in instr.operands:
            if isinstance(op, Mem):
                op = op.offset
            if isinstance(op, SymRef):
                names.add(op.name)
    return names


def build_query(corr: FunctionCorrespondence, src_block: Block, dst_block: Block, segment: int,
                live_out: set[str] | None = None) -> Query:
    src_label, dst_label = src_block.label, dst_block.label
    s_isa, d_isa = corr.src.isa, corr.dst.isa
    s_instrs = jumps.rename_addresses(src_block.instructions, s_isa, jumps.renames(corr, "src"))
    d_instrs = jumps.rename_addresses(rename_instructions(dst_block.instructions, corr.dst_renames), d_isa,
                                      jumps.renames(corr, "dst"))
    s_bounds = segment_bounds(s_instrs, lambda i: effects(s_isa, i).exit_kind == "call")[segment]
    d_bounds = segment_bounds(d_instrs, lambda i: effects(d_isa, i).exit_kind == "call")[segment]
    inputs = make_inputs(corr, src_label, segment)
    src, dst = inputs.src, inputs.dst
    s_run = run_segment(s_isa, src, s_instrs, s_bounds[0])
    d_run = run_segment(d_isa, dst, d_instrs, d_bounds[0])
    assumptions = list(src.assumptions) + source_assumptions(corr, s_run.accesses)
    source_terms = [*src.regs.values(), src.mem, s_run.exit.cond]
    source_terms = [t for t in source_terms if t is not None]
    s_code, d_code = s_instrs[s_bounds[0]:s_run.end], d_instrs[d_bounds[0]:d_run.end]
    arithmetic = multiplies_or_divides(s_isa, s_code) or multiplies_or_divides(d_isa, d_code)
    known_false = zero_tests(divisors(source_terms)) if multiplies_or_divides(s_isa, s_code) else []
    assumptions += [z3.Not(t) for t in known_false]  # C: no division by zero
    assumed = []
    nan_tests = floating.nan_tests(floating.operands(source_terms)) if floating.uses_floating_point(s_code) else []
    if nan_tests:  # only rewritten in the goal: in the premise they would make the solver do FP arithmetic
        known_false += nan_tests
        assumed.append(floating.ASSUMPTION)
    s_syms, d_syms = _symbols(s_instrs[s_bounds[0]:s_run.end]), _symbols(d_instrs[d_bounds[0]:d_run.end])
    inputs.precondition += symbol_preconditions(s_syms | d_syms | {"return"})
    inputs.precondition += constant_preconditions(inputs, s_syms, corr.src_constants)
    inputs.precondition += constant_preconditions(inputs, d_syms,
                                                  rename_constants(corr.dst_constants, corr.dst_renames))
    table_jump = "indirect" in (s_run.exit.kind, d_run.exit.kind) and bool(corr.src_tables)
    if table_jump:
        assumptions += jumps.source_assumptions(corr, s_run.accesses)
        assumed.append(jumps.ASSUMPTION)
    query = Query(inputs, assumptions, [], hole_constraints=list(dst.assumptions), holes=dict(dst.holes),
                  known_false=known_false, assumed=assumed, arithmetic=arithmetic)
    if table_jump:
        _table_jump(corr, query, s_run, d_run, live_out)
        return query
    s_dest = _destinations(corr, "src", src_label, s_run, len(s_instrs))
    d_dest = _destinations(corr, "dst", dst_label, d_run, len(d_instrs))
    s_kinds, d_kinds = {k for _, k, _ in s_dest}, {k for _, k, _ in d_dest}
    if s_kinds != d_kinds:
        query.mismatch = f"source block ends in {'/'.join(sorted(s_kinds))}, target in {'/'.join(sorted(d_kinds))}"
        return query
    obligations = query.obligations
    kind = s_dest[0][1]
    if kind == "ret":
        obligations += return_obligations(corr, src, dst)
        obligations += memory_obligations(corr, src, dst, frame_live=False)
        return query
    if kind == "call":
        s_exit, d_exit = s_run.exit, d_run.exit
        if s_exit.target is not None or d_exit.target is not None:
            if s_exit.target != d_exit.target:
                query.mismatch = f"calls {s_exit.target} on the source side, {d_exit.target} on the target"
                return query
        else:
            obligations.append(register_obligation(corr, "call address", s_exit.address, d_exit.address, 64))
            if s_isa == "arm":  # C: a function pointer called points to a function (A64 code is 4-byte aligned)
                query.assumptions.append(z3.Extract(1, 0, s_exit.address) == 0)
        if s_run.end < len(s_instrs):
            next_pairs = corr.pairs_at(src_label, segment + 1)
            obligations += boundary_obligations(corr, src, dst, src_label, segment + 1)
        else:
            next_label = s_dest[0][2]
            next_pairs = corr.pairs_at(next_label, 0) if next_label is not None else []
            if next_label is not None:
                obligations += boundary_obligations(corr, src, dst, next_label, 0)
        obligations += _call_obligations(corr, s_instrs, d_instrs, s_bounds, d_bounds, src, dst, next_pairs,
                                         callee_name(s_exit.target), corr.pairs_at(src_label, segment))
        obligations += frame_obligations(corr, src, dst, bool(src.writes), bool(dst.writes))
        obligations += memory_obligations(corr, src, dst, frame_live=True)
        if s_run.end >= len(s_instrs):
            _check_successor_pairing(corr, s_dest, d_dest, obligations)
        return query
    # Branches: the same successor (under the pairing), then the relation it expects.
    _check_successor_pairing(corr, s_dest, d_dest, obligations)
    for cond, _, s_next in s_dest:
        if s_next is None:
            raise UnsupportedCode(f"{src_label} falls off the end of the function")
        pairs = corr.pairs_at(s_next, 0)
        if live_out is not None:
            pairs = [p for p in pairs if p.src in live_out]
        for o in pair_obligations(corr, pairs, src, dst) + boundary_obligations(corr, src, dst, s_next, 0):
            obligations.append(Obligation(f"{o.what} into {s_next}", z3.Implies(cond, o.holds), o.side, o.values))
    obligations += frame_obligations(corr, src, dst, bool(src.writes), bool(dst.writes))
    obligations += memory_obligations(corr, src, dst, frame_live=True)
    return query


def _table_jump(corr, query: Query, s_run, d_run, live_out) -> None:
    """A jump through a switch table (jumps.py), proven case by case: where
    it lands, and the state related as the block it lands on expects."""
    if s_run.exit.kind != "indirect" or d_run.exit.kind != "indirect":
        query.mismatch = f"source block ends in a {s_run.exit.kind} jump, target in a {d_run.exit.kind} one"
        return
    inputs = query.inputs
    select = lambda address: inputs.src.select_in(inputs.src_memory, address)  # noqa: E731
    query.cases = jumps.cases(corr, s_run.accesses, d_run.accesses, s_run.exit.address, d_run.exit.address,
                              select)
    for case in query.cases:
        pairs = corr.pairs_at(case.block, 0)
        if live_out is not None:
            pairs = [p for p in pairs if p.src in live_out]
        case.obligations += [Obligation(f"{o.what} into {case.block}", o.holds, o.side, o.values)
                             for o in pair_obligations(corr, pairs, inputs.src, inputs.dst)
                             + boundary_obligations(corr, inputs.src, inputs.dst, case.block, 0)]
    query.obligations += frame_obligations(corr, inputs.src, inputs.dst, bool(inputs.src.writes),
                                           bool(inputs.dst.writes))
    query.obligations += memory_obligations(corr, inputs.src, inputs.dst, frame_live=True)


def _check_successor_pairing(corr, s_dest, d_dest, obligations) -> None:
    for s_cond, _, s_next in s_dest:
        if s_next is None:
            continue
        if s_next not in corr.label_map:
            raise UnsupportedCode(f"successor {s_next} has no partner block")
        wanted = corr.label_map[s_next]
        for d_cond, _, d_next in d_dest:
            if d_next != wanted:
                obligations.append(Obligation(f"branch: source to {s_next}, target to {d_next}",
                                              z3.Not(z3.And(s_cond, d_cond)), "both"))


# ------------------------------------------------------------ solving

def _hex(value: z3.ExprRef) -> str | bool | None:
    if z3.is_bv_value(value):
        return hex(value.as_long())
    if z3.is_true(value) or z3.is_false(value):
        return z3.is_true(value)
    return None


def counterexample(query: Query, model: z3.ModelRef) -> tuple[dict, list[Obligation]]:
    inputs = {name: _hex(model.eval(expr, model_completion=True)) for name, expr in query.inputs.named.items()}
    failed = []
    report = []
    for o in query.obligations:
        if z3.is_false(model.eval(o.holds, model_completion=True)):
            failed.append(o)
            row = {"what": o.what}
            if o.values is not None:
                row["src"] = _hex(model.eval(o.values[0], model_completion=True))
                row["dst"] = _hex(model.eval(o.values[1], model_completion=True))
            report.append(row)
    memory = {}
    for acc in query.inputs.src.loads[:16]:
        address = model.eval(acc[0], model_completion=True)
        if z3.is_bv_value(address):
            value = model.eval(query.inputs.src_memory[address], model_completion=True)
            memory[hex(address.as_long())] = _hex(value)
    return {"inputs": inputs, "memory": memory, "differences": report}, failed


def prove(query: Query, timeout_s: float, extra: list[z3.BoolRef] = ()) -> tuple[str, z3.ModelRef | None]:
    """'verified' | 'failed' (with a model) | 'timeout' (see solving.py)."""
    premise = [query.premise(), *extra]
    sample = lambda pending: sampling.counterexample(query, premise, pending, query.known_false)  # noqa: E731
    return prove_all(premise, [o.holds for o in query.obligations], timeout_s, query.known_false,
                     query.arithmetic, sample)


def _prove_cases(query: Query, timeout_s: float) -> tuple[str, z3.ModelRef | None, Query]:
    """The query's own obligations, then that its cases cover its premise,
    then each case: (status, model, the query the model is of)."""
    status, model = prove(query, timeout_s)
    if status != "verified":
        return status, model, query
    uncovered = Query(query.inputs, query.assumptions, [Obligation("jump: an index no case covers",
                                                                   z3.Or(*[c.selector for c in query.cases]))])
    status, model = prove(uncovered, timeout_s)
    if status != "verified":
        return status, model, uncovered
    for case in query.cases:
        sub = dataclasses.replace(query, obligations=case.obligations, cases=[])
        status, model = prove(sub, timeout_s, [case.selector, *case.facts])
        if status != "verified":
            return status, model, sub
    return "verified", None, query


def _vacuous(query: Query, timeout_s: float) -> bool:
    solver = z3.Solver()
    solver.set("timeout", max(1, int(timeout_s * 1000)))
    solver.add(query.premise())
    return solver.check() == z3.unsat


def check_segment(corr, src_block, dst_block, segment, live_out=None, timeout_s=DEFAULT_TIMEOUT_S,
                  assumed: list[str] | None = None) -> tuple[str, str, dict | None]:
    """(status, reason, counterexample) of one segment pair; the
    assumptions a proof relied on are added to `assumed`."""
    query = build_query(corr, src_block, dst_block, segment, live_out)
    if query.mismatch:
        return "failed", query.mismatch, None
    if query.holes:
        raise UnsupportedCode("the target block has holes: use verify.sketch.solve_sketch")
    if _vacuous(query, timeout_s):
        return "unsupported", "the source's assumptions contradict each other (no input reaches this block)", None
    if query.cases:
        status, model, query = _prove_cases(query, timeout_s)
    else:
        status, model = prove(query, timeout_s)
    if status == "failed":
        cex, failed = counterexample(query, model)
        if failed and all(o.side == "src" for o in failed):
            return "unsupported", "source breaks its own frame invariant: " + ", ".join(o.what for o in failed), cex
        return "failed", "; ".join(o.what for o in failed[:4]) or "outputs differ", cex
    if status == "timeout":
        return "timeout", f"no answer within {timeout_s:g} s", None
    if assumed is not None:
        assumed += [a for a in query.assumed if a not in assumed]
    return "verified", "", None


def check_blocks(src_block: Block, src_isa: str, dst_block: Block, dst_isa: str,
                 correspondence: FunctionCorrespondence, live_out: set[str] | None = None,
                 timeout_s: float = DEFAULT_TIMEOUT_S) -> BlockVerdict:
    """Prove `dst_block` (in `dst_isa`) equivalent to `src_block` under the
    correspondence, segment by segment. `live_out` restricts the registers
    compared at branch exits (default: what the successors' boundaries pair)."""
    started = time.perf_counter()
    verdict = BlockVerdict("verified", src_block.label, dst_block.label)
    if (src_isa, dst_isa) != (correspondence.src.isa, correspondence.dst.isa):
        raise ValueError("the correspondence relates other ISAs")
    try:
        s_segments = segment_bounds(src_block.instructions, lambda i: effects(src_isa, i).exit_kind == "call")
        d_segments = segment_bounds(dst_block.instructions, lambda i: effects(dst_isa, i).exit_kind == "call")
        if len(s_segments) != len(d_segments):
            verdict.status, verdict.reason = "failed", (
                f"{len(s_segments) - 1} calls in the source block, {len(d_segments) - 1} in the target")
        else:
            assumed: list[str] = []
            for k in range(len(s_segments)):
                status, reason, cex = check_segment(correspondence, src_block, dst_block, k, live_out, timeout_s,
                                                    assumed)
                verdict.assumptions = tuple(assumed)
                if status != "verified":
                    verdict.status, verdict.reason, verdict.counterexample = status, reason, cex
                    break
    except UnsupportedCode as err:
        verdict.status, verdict.reason = "unsupported", str(err)
    verdict.seconds = time.perf_counter() - started
    return verdict
