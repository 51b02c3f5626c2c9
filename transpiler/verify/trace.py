"""Symbolic execution of straight-line code with a record of every memory
access, split at calls: the verifier checks each stretch between calls
(a *segment*) on its own, since a call hands the whole state to code it
does not see."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field

import z3

from guacc.transpiler.asm.model import Instruction, Reg
from guacc.transpiler.semantics.state import Exit, MemoryWrite, State

from . import magic
from .abi import semantics
from .memory import MemoryModel


class UnsupportedCode(Exception):
    """Code the verifier cannot reason about (an unmodelled instruction, a
    frame it cannot map); the verdict is 'unsupported' with this reason."""


# What the ISA semantics raise for instructions they do not model.
SEMANTICS_ERRORS = (NotImplementedError, ValueError, KeyError)
# operands of a form the opcode never takes (a guesser's `madd w0, w1, 3,
# w2`): the semantics read them as the real forms' registers and indices
MALFORMED_OPERANDS = (AttributeError, TypeError, IndexError)


@dataclass
class Access:
    address: z3.BitVecRef
    size: int
    kind: str  # 'load' | 'store'
    index: int  # the instruction's position in its block
    value: z3.BitVecRef | None = None  # what a store wrote


@dataclass
class TracedState(State):
    """A `State` that also remembers the loads (stores are in `writes`)."""

    loads: list[tuple[z3.BitVecRef, int]] = field(default_factory=list)
    # How to read memory (None: plain Z3 selects), and whether this is the
    # source side, whose pointers C lets us assume out of the frame.
    memory: "MemoryModel | None" = None
    assume_outside: "Callable[[z3.BitVecRef], bool] | None" = None

    @classmethod
    def wrap(cls, state: State) -> "TracedState":
        return cls(state.regs, state.mem, state.flags, state.writes, state.holes, state.assumptions)

    def copy(self) -> "TracedState":
        return TracedState(dict(self.regs), self.mem, dict(self.flags), list(self.writes),
                           self.holes, list(self.assumptions), list(self.loads), self.memory,
                           self.assume_outside)

    def select(self, address: z3.BitVecRef) -> z3.BitVecRef:
        return self.select_in(self.mem, address)

    def select_in(self, mem: z3.ArrayRef, address: z3.BitVecRef) -> z3.BitVecRef:
        return self.memory.select(mem, address) if self.memory else z3.Select(mem, address)

    def _note(self, address: z3.BitVecRef, size: int) -> None:
        if self.memory is not None and self.assume_outside is not None and self.assume_outside(address):
            self.memory.note_outside(address, size)

    # Addresses are simplified first so that `sp + 48` computed through a
    # flag-setting adder still reads as `cfa - 32` and selects over stores
    # to other constant offsets fold away.
    def load(self, address: z3.BitVecRef, size: int) -> z3.BitVecRef:
        address = z3.simplify(address)
        self.loads.append((address, size))
        if self.memory is None:
            return super().load(address, size)
        self._note(address, size)
        return self.memory.load(self.mem, address, size)

    def store(self, address: z3.BitVecRef, value: z3.BitVecRef, size: int) -> None:
        address = z3.simplify(address)
        self._note(address, size)
        for i in range(size):
            byte_address = z3.simplify(address + i) if i else address
            self.mem = z3.Store(self.mem, byte_address, z3.Extract(8 * i + 7, 8 * i, value))
        self.writes.append(MemoryWrite(address, size))


# the multiplies a magic-number division is made of (a 64-bit `mul` of zero-extended
# words is how a translation to RISC-V computes `umull`)
MULTIPLY_HIGH = {"umulh", "smulh", "smull", "umull", "mulh", "mulhu", "mulhsu", "mul"}


@dataclass
class SegmentRun:
    exit: Exit
    end: int  # index after the instruction that ended the segment
    accesses: list[Access]


_CFA = z3.BitVec("cfa", 64)


def normalize(value: z3.BitVecRef) -> z3.BitVecRef:
    """Simplify; a value that depends on the CFA alone and is `cfa + c` for
    every CFA becomes literally `cfa + c` (an adder written with carries,
    `Extract(ZeroExt(cfa - 80) + 48)`, otherwise hides that it is a frame
    address)."""
    value = z3.simplify(value)
    if value.size() != 64 or z3.is_bv_value(value):
        return value
    delta = z3.simplify(value - _CFA)
    if z3.is_bv_value(delta):
        return z3.simplify(_CFA + delta)
    # depends on the CFA alone, and the same for a few CFAs?
    guesses = set()
    for c in (0x7FFF0000, 0x12340, 1 << 40):
        guess = z3.simplify(z3.substitute(delta, (_CFA, z3.BitVecVal(c, 64))))
        if not z3.is_bv_value(guess):
            return value
        guesses.add(guess.as_long())
    if len(guesses) != 1:
        return value
    (offset,) = guesses
    solver = z3.Solver()
    solver.set("timeout", 1000)
    solver.add(delta != offset)
    if solver.check() == z3.unsat:
        return z3.simplify(_CFA + offset)
    return value


def _swap_sources(base: str):
    return lambda ops: Instruction(base, (ops[0], ops[2], ops[1]))


def _uxtw(ops):
    dest = Reg("w" + ops[0].name[1:]) if ops[0].name.startswith("x") else ops[0]
    return Instruction("mov", (dest, ops[1]))


# Aliases gcc prints that the ISA semantics do not know yet (reported to
# their owners), rewritten into ones they do.
_MISSING_ALIASES = {
    "riscv": {"sgt": _swap_sources("slt"), "sgtu": _swap_sources("sltu")},
    "arm": {"uxtw": _uxtw},
}


def execute_one(isa: str, state: State, instr: Instruction) -> Exit | None:
    rewrite = _MISSING_ALIASES.get(isa, {}).get(instr.opcode)
    if rewrite is not None and len(instr.operands) >= 2:
        instr = dataclasses.replace(rewrite(instr.operands), line=instr.line, loc=instr.loc)
    try:
        return semantics(isa).execute(state, instr)
    except SEMANTICS_ERRORS as err:
        raise UnsupportedCode(f"{instr.opcode}: {err}") from err
    except MALFORMED_OPERANDS as err:
        raise UnsupportedCode(f"{instr.opcode}: operands of a form it does not take") from err


def run_segment(isa: str, state: TracedState, instrs: list[Instruction], start: int = 0,
                store_values: bool = False) -> SegmentRun:
    """Run `instrs[start:]` on `state` until an instruction leaves the
    straight line (branch, call, return) or the list ends ('fall')."""
    accesses: list[Access] = []
    # a multiply-high divides by a constant: rewritten into the division as
    # soon as its last instruction completes it, before later ones blend in
    divides = any(i.opcode in MULTIPLY_HIGH for i in instrs[start:])
    for index in range(start, len(instrs)):
        n_loads, n_writes = len(state.loads), len(state.writes)
        regs_before = dict(state.regs)
        exit_ = execute_one(isa, state, instrs[index])
        for reg, val in state.regs.items():
            if regs_before.get(reg) is not val:
                state.regs[reg] = normalize(magic.rewrite([normalize(val)])[0] if divides else val)
        accesses += [Access(a, s, "load", index) for a, s in state.loads[n_loads:]]
        accesses += [Access(w.address, w.size, "store", index,
                            normalize(State.load(state, w.address, w.size)) if store_values else None)
                     for w in state.writes[n_writes:]]
        if exit_ is not None:
            return SegmentRun(exit_, index + 1, accesses)
    return SegmentRun(Exit("fall"), len(instrs), accesses)


def segment_bounds(instrs: list[Instruction], is_call) -> list[tuple[int, int]]:
    """[start, end) of each segment: a call ends a segment (and is its last instruction)."""
    bounds, start = [], 0
    for i, instr in enumerate(instrs):
        if is_call(instr) and i + 1 < len(instrs):
            bounds.append((start, i + 1))
            start = i + 1
    bounds.append((start, len(instrs)))
    return bounds
