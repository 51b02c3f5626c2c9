"""AArch64 integer semantics over the shared symbolic `State`.

`execute(state, instr)` updates the state in place and returns an `Exit` for
a block terminator. Aliases (cmp, mul, cset, mvn, ...) are rewritten to the
instruction they assemble to; base instructions live in tables in
`aarch64_alu.py` (data processing) and `aarch64_memory.py` (loads, stores,
adr/adrp); control flow is here.

Control flow: `b` is Exit('branch', target); `b.cond`/`cbz`/`cbnz`/`tbz`/
`tbnz` are Exit('cond', target, cond). `bl sym` writes x30 =
`symbols.return_address()` (one shared symbolic constant, the address after
the call) and is Exit('call', target=sym); `blr xN` likewise but with
target None and `address` = xN. `br xN` is Exit('indirect', address=xN),
`ret [xN]` is Exit('ret', address=x30 or xN). Branch targets are label names;
only `adr`/`adrp` turn a label into a value (`symbols.symbol_address`).
"""

from __future__ import annotations

import z3

from guacc.transpiler.asm.model import Cond, Instruction, Reg, SymRef
from guacc.transpiler.semantics.aarch64_alu import DATA_PROCESSING
from guacc.transpiler.semantics.aarch64_float import FLOATING_POINT
from guacc.transpiler.semantics.aarch64_memory import MEMORY
from guacc.transpiler.semantics.aarch64_operands import (
    CONDITIONS, FLAGS, FP_REGISTERS, INVERSE_CONDITION, REGISTERS, UnsupportedInstruction, canonical_register,
    condition, immediate, read_register, write_register, zero_register_like,
)
from guacc.transpiler.semantics.state import Exit, State
from guacc.transpiler.semantics.symbols import return_address

__all__ = [
    "REGISTERS", "FP_REGISTERS", "FLAGS", "MNEMONICS", "UnsupportedInstruction", "canonical_register",
    "fresh_state", "execute", "run_block",
]

LINK_REGISTER = Reg("x30")


def _target(op) -> str:
    if not isinstance(op, SymRef):
        raise UnsupportedInstruction(f"expected a label, got {op}")
    return op.name


def _branch(state: State, ops: tuple) -> Exit:
    return Exit("branch", target=_target(ops[0]))


def _conditional_branch(code: str):
    def semantics(state: State, ops: tuple) -> Exit:
        return Exit("cond", target=_target(ops[0]), cond=condition(state, code))
    return semantics


def _compare_branch(branch_if_zero: bool):
    def semantics(state: State, ops: tuple) -> Exit:
        register, label = ops
        is_zero = read_register(state, register) == 0
        return Exit("cond", target=_target(label), cond=is_zero if branch_if_zero else z3.Not(is_zero))
    return semantics


def _test_branch(branch_if_zero: bool):
    def semantics(state: State, ops: tuple) -> Exit:
        register, bit, label = ops
        value = read_register(state, register)
        if value.size() < 64:  # tbz w0, n: the bit number may name an X bit only with x
            value = z3.ZeroExt(64 - value.size(), value)
        clear = z3.LShR(value, immediate(state, bit, 64)) & 1 == 0
        return Exit("cond", target=_target(label), cond=clear if branch_if_zero else z3.Not(clear))
    return semantics


def _call(state: State, ops: tuple) -> Exit:
    write_register(state, LINK_REGISTER, return_address())
    return Exit("call", target=_target(ops[0]))


def _call_register(state: State, ops: tuple) -> Exit:
    address = read_register(state, ops[0])  # read before x30 changes: blr x30 is legal
    write_register(state, LINK_REGISTER, return_address())
    return Exit("call", address=address)


def _jump_register(state: State, ops: tuple) -> Exit:
    return Exit("indirect", address=read_register(state, ops[0]))


def _return(state: State, ops: tuple) -> Exit:
    return Exit("ret", address=read_register(state, ops[0] if ops else LINK_REGISTER))


CONTROL_FLOW = {
    "b": _branch, "bl": _call, "blr": _call_register, "br": _jump_register, "ret": _return,
    "cbz": _compare_branch(True), "cbnz": _compare_branch(False),
    "tbz": _test_branch(True), "tbnz": _test_branch(False),
    **{f"b.{code}": _conditional_branch(code) for code in CONDITIONS},
}

BASE_INSTRUCTIONS = {**DATA_PROCESSING, **FLOATING_POINT, **MEMORY, **CONTROL_FLOW}


# --- aliases: mnemonic -> (base mnemonic, operand rewrite) --------------------

def _zr(op) -> Reg:
    return zero_register_like(op)


def _inverse(cond) -> Cond:
    return Cond(INVERSE_CONDITION[cond.code])


def _x_zr(ops) -> Reg:
    return Reg("xzr")


ALIASES = {
    "cmp": ("subs", lambda ops: (_zr(ops[0]),) + ops),
    "cmn": ("adds", lambda ops: (_zr(ops[0]),) + ops),
    "tst": ("ands", lambda ops: (_zr(ops[0]),) + ops),
    "neg": ("sub", lambda ops: (ops[0], _zr(ops[0])) + ops[1:]),
    "negs": ("subs", lambda ops: (ops[0], _zr(ops[0])) + ops[1:]),
    "ngc": ("sbc", lambda ops: (ops[0], _zr(ops[0])) + ops[1:]),
    "ngcs": ("sbcs", lambda ops: (ops[0], _zr(ops[0])) + ops[1:]),
    "mvn": ("orn", lambda ops: (ops[0], _zr(ops[0])) + ops[1:]),
    "mul": ("madd", lambda ops: ops + (_zr(ops[0]),)),
    "mneg": ("msub", lambda ops: ops + (_zr(ops[0]),)),
    "smull": ("smaddl", lambda ops: ops + (_x_zr(ops),)),
    "umull": ("umaddl", lambda ops: ops + (_x_zr(ops),)),
    "smnegl": ("smsubl", lambda ops: ops + (_x_zr(ops),)),
    "umnegl": ("umsubl", lambda ops: ops + (_x_zr(ops),)),
    "cset": ("csinc", lambda ops: (ops[0], _zr(ops[0]), _zr(ops[0]), _inverse(ops[1]))),
    "csetm": ("csinv", lambda ops: (ops[0], _zr(ops[0]), _zr(ops[0]), _inverse(ops[1]))),
    "cinc": ("csinc", lambda ops: (ops[0], ops[1], ops[1], _inverse(ops[2]))),
    "cinv": ("csinv", lambda ops: (ops[0], ops[1], ops[1], _inverse(ops[2]))),
    "cneg": ("csneg", lambda ops: (ops[0], ops[1], ops[1], _inverse(ops[2]))),
    "lslv": ("lsl", lambda ops: ops), "lsrv": ("lsr", lambda ops: ops),
    "asrv": ("asr", lambda ops: ops), "rorv": ("ror", lambda ops: ops),
    "rev64": ("rev", lambda ops: ops),
    "bfc": ("bfi", lambda ops: (ops[0], _zr(ops[0])) + ops[1:]),
}

MNEMONICS = frozenset(BASE_INSTRUCTIONS) | frozenset(ALIASES)


def fresh_state(prefix: str) -> State:
    """A state with every register, flag and memory byte unconstrained: the
    64-bit `REGISTERS` and the 128-bit SIMD&FP registers `FP_REGISTERS`."""
    state = State.fresh(REGISTERS, prefix, FLAGS)
    state.regs.update({v: z3.BitVec(prefix + v, 128) for v in FP_REGISTERS})
    return state


def execute(state: State, instr: Instruction) -> Exit | None:
    opcode, ops = instr.opcode.lower(), tuple(instr.operands)
    if opcode in ALIASES:
        opcode, rewrite = ALIASES[opcode]
        ops = rewrite(ops)
    semantics = BASE_INSTRUCTIONS.get(opcode)
    if semantics is None:
        raise UnsupportedInstruction(f"AArch64 instruction not modelled: {instr.opcode}")
    try:
        return semantics(state, ops)
    except (ValueError, TypeError, IndexError) as error:  # wrong operand count or shape
        raise UnsupportedInstruction(f"{instr.opcode} {ops}: {error}") from error


def run_block(state: State, instructions) -> Exit:
    """Execute `instructions` in order; the last Exit, or 'fall'."""
    last = Exit("fall")
    for instr in instructions:
        exit_ = execute(state, instr)
        if exit_ is not None:
            last = exit_
    return last

