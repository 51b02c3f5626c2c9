"""Register liveness over a function's blocks, per ISA.

What an instruction reads and writes is taken from its semantics, not from a
second table: the instruction runs once on a fresh symbolic state; the
registers (and AArch64 flags) whose values change are its writes, the input
registers its results, addresses, stores and branch condition mention are
its reads. Calls and returns add the ABI's conventions: a call reads the
argument registers its segment set up and clobbers the caller-saved ones; a
return reads the return register, sp, the frame and link registers and the
callee-saved registers.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import z3

from guacc.transpiler.asm.model import Block, Hole, Instruction, Mem, Reg

from .abi import abi, semantics
from .trace import SEMANTICS_ERRORS, TracedState, UnsupportedCode, execute_one

FLAG = "flag:"  # flags take part in liveness as pseudo-registers 'flag:n' ...
_PREFIX = "lv!"


@dataclass(frozen=True)
class Effects:
    reads: frozenset[str]
    writes: frozenset[str]
    exit_kind: str | None  # the Exit kind when the instruction ends a block
    target: str | None = None
    # (register, bits) of every register name among the operands: w0 -> ('x0', 32)
    widths: tuple[tuple[str, int], ...] = ()
    # the same for register operands outside memory operands (what a load writes)
    value_widths: tuple[tuple[str, int], ...] = ()
    # the same without a destination first operand (`sxtw x0, w0` reads x0 as 32 bits)
    source_widths: tuple[tuple[str, int], ...] = ()

    def width(self, reg: str) -> int | None:
        """Bits through which the instruction reads `reg` (the widest source
        name; the destination's when it is only named there, as in `movk`)."""
        return dict(self.source_widths).get(reg) or dict(self.widths).get(reg)

    def write_width(self, reg: str) -> int:
        """Bits of the name the instruction writes `reg` through."""
        return dict(self.value_widths).get(reg) or dict(self.widths).get(reg) or 64


_TOKEN = re.compile(r"\|([^|]*)\||([^\s()|]+)")


def free_names(exprs) -> set[str]:
    """A superset of the names of the constants the expressions mention
    (every token of their printed form: fast, and callers look for names
    they chose)."""
    names: set[str] = set()
    for e in exprs:
        if e is not None:
            names |= {a or b for a, b in _TOKEN.findall(e.sexpr())}
    return names


def _operand_widths(isa: str, instr: Instruction, in_memory: bool = True,
                    skip_first: bool = False) -> tuple[tuple[str, int], ...]:
    canonical = semantics(isa).canonical_register
    widths: dict[str, int] = {}

    def note(name: str) -> None:
        try:
            reg, bits = canonical(name)
        except SEMANTICS_ERRORS:
            return
        widths[reg] = max(widths.get(reg, 0), bits)

    for op in instr.operands[1 if skip_first else 0:]:
        if isinstance(op, Reg):
            note(op.name)
        elif isinstance(op, Mem) and in_memory:
            note(op.base.name)
            if isinstance(op.offset, Reg):
                note(op.offset.name)
        elif isinstance(op, Hole) and op.kind == "reg":
            for choice in op.choices:
                note(choice)
    return tuple(sorted(widths.items()))


@functools.cache
def effects(isa: str, instr: Instruction) -> Effects:
    """The registers `instr` reads and writes (raises UnsupportedCode if the
    semantics do not model it)."""
    sem = semantics(isa)
    state = TracedState.wrap(sem.fresh_state(_PREFIX))
    regs_before, flags_before = dict(state.regs), dict(state.flags)
    exit_ = execute_one(isa, state, instr)
    writes = {r for r, v in state.regs.items() if r in regs_before and not v.eq(regs_before[r])}
    flag_writes = {f for f, v in state.flags.items() if not v.eq(flags_before[f])}
    exprs = [state.regs[r] for r in writes] + [state.flags[f] for f in flag_writes]
    exprs += [state.mem] + [address for address, _ in state.loads]
    if exit_ is not None:
        exprs += [exit_.cond, exit_.address]
    reads = set()
    for name in free_names(exprs):
        if name.startswith(_PREFIX) and name != _PREFIX + "mem":
            short = name[len(_PREFIX):]
            reads.add(FLAG + short if short in flags_before else short)
    return Effects(
        reads=frozenset(reads),
        writes=frozenset(writes | {FLAG + f for f in flag_writes}),
        exit_kind=exit_.kind if exit_ is not None else None,
        target=exit_.target if exit_ is not None else None,
        widths=_operand_widths(isa, instr),
        value_widths=_operand_widths(isa, instr, in_memory=False),
        source_widths=_operand_widths(isa, instr, skip_first=_writes_first_operand(sem, instr, writes)),
    )


def _writes_first_operand(sem, instr: Instruction, writes: set[str]) -> bool:
    first = instr.operands[0] if instr.operands else None
    if not isinstance(first, Reg):
        return False
    try:
        return sem.canonical_register(first.name)[0] in writes
    except SEMANTICS_ERRORS:
        return False


def is_call(isa: str, instr: Instruction) -> bool:
    return effects(isa, instr).exit_kind == "call"


@dataclass
class BlockLiveness:
    live_in: frozenset[str]
    live_out: frozenset[str]
    before: list[frozenset[str]]  # live set before each instruction; before[len] = live_out


def call_arguments(isa: str, instrs: list[Instruction], call_index: int,
                   registers: tuple[str, ...] | None = None) -> list[str]:
    """Argument registers (of `registers`, default the integer ones) the
    call at `call_index` passes: written since the previous call (or the
    block start) and not consumed afterwards (a register written, then read
    by the next instructions, was a temporary), and those below them."""
    args = abi(isa).args if registers is None else registers
    passed: set[str] = set()
    consumed: set[str] = set(effects(isa, instrs[call_index]).reads)  # an indirect call's target
    for instr in reversed(instrs[:call_index]):
        eff = effects(isa, instr)
        if eff.exit_kind == "call":
            break
        for reg in eff.writes:
            if reg in args and reg not in consumed and reg not in passed:
                passed.add(reg)
        consumed |= {r for r in eff.reads if r not in passed}
        consumed -= eff.writes - eff.reads
    # arguments take the registers in order: one below the last passed is
    # passed too, even when an earlier block set it (`c ? x : y`)
    last = max((args.index(a) for a in passed), default=-1)
    return list(args[:last + 1])


def callee_name(target: str | None) -> str | None:
    """The function a call goes to (`printf@plt` is `printf`)."""
    return target[:-len("@plt")] if target and target.endswith("@plt") else target


def passed_arguments(isa: str, instrs: list[Instruction], call_index: int, signatures=None) -> set[str]:
    """The registers the call at `call_index` passes: by the callee's C
    signature when known (all its parameters, however far back they were
    set), plus what the code shows for a variadic or unknown one."""
    conv = abi(isa)
    signature = (signatures or {}).get(callee_name(effects(isa, instrs[call_index]).target))
    shown = set(call_arguments(isa, instrs, call_index)) | set(call_arguments(isa, instrs, call_index, conv.fp_args))
    if signature is None:
        return shown
    from .abi_values import as_argument, register_class  # (abi_values imports nothing of this module's users)
    params = [as_argument(t) for t in signature.params]
    if None in params:
        return shown
    ints = sum(register_class(t) == "int" for t in params)
    fps = sum(register_class(t) == "fp" for t in params)
    named = set(conv.args[:ints]) | set(conv.fp_args[:fps])
    return named | shown if signature.variadic else named


def return_registers(isa: str, returns_value) -> frozenset[str]:
    """What a return reads as the value: `returns_value` True (the integer
    return register), False (nothing) or the registers themselves."""
    if returns_value is True:
        return frozenset(abi(isa).returns)
    return frozenset(returns_value or ())


def _transfer(isa: str, instrs: list[Instruction], index: int, live_after: frozenset[str],
              returns_value=True, signatures=None) -> frozenset[str]:
    conv = abi(isa)
    eff = effects(isa, instrs[index])
    reads, writes = set(eff.reads), set(eff.writes)
    if eff.exit_kind == "call":
        writes |= conv.caller_saved | conv.fp_caller_saved
        reads |= passed_arguments(isa, instrs, index, signatures)
    elif eff.exit_kind == "ret":
        reads |= {conv.sp, conv.fp, conv.lr} | conv.callee_saved
        reads |= return_registers(isa, returns_value)
    return frozenset((live_after - writes) | reads)


def block_live_sets(isa: str, instrs: list[Instruction], live_out: frozenset[str],
                    returns_value=True, signatures=None) -> list[frozenset[str]]:
    before = [frozenset()] * len(instrs) + [live_out]
    for i in range(len(instrs) - 1, -1, -1):
        before[i] = _transfer(isa, instrs, i, before[i + 1], returns_value, signatures)
    return before


def function_liveness(isa: str, blocks: list[Block], returns_value=True,
                      signatures=None) -> dict[str | None, BlockLiveness]:
    """Liveness of every block, keyed by label. `returns_value`: whether a
    return reads the integer return register (False for void functions), or
    the registers it reads as the value (a float's); `signatures`: C
    signatures of callees, by name (what a call reads)."""
    by_label = {b.label: b for b in blocks}
    live_in: dict[str | None, frozenset[str]] = {b.label: frozenset() for b in blocks}
    result: dict[str | None, BlockLiveness] = {}
    changed = True
    while changed:
        changed = False
        for block in reversed(blocks):
            out = frozenset().union(*(live_in[s] for s in block.successors if s in by_label))
            before = block_live_sets(isa, block.instructions, out, returns_value, signatures)
            result[block.label] = BlockLiveness(before[0], out, before)
            if before[0] != live_in[block.label]:
                live_in[block.label] = before[0]
                changed = True
    return result
