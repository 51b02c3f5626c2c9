"""Operands of the RISC-V -> AArch64 rules: the register map of one
function, and an `Emitter` that builds the AArch64 instructions of one
source instruction (constants materialised, addresses made encodable, every
instruction carrying the source's `.loc`)."""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..asm.blocks import Function
from ..asm.model import Cond, Imm, Instruction, Mem, Reg, Shift, SymRef
from ..semantics.riscv_operands import UnsupportedInstruction, canonical_register
from .aarch64_immediates import (
    is_add_immediate, is_bitmask_immediate, is_scaled_offset, is_unscaled_offset, move_sequence,
)

_TABLE = Path(__file__).with_name("data") / "riscv_to_arm.toml"

_CALLEE_SAVED_NAME = re.compile(r"s\d+")
SCRATCH = Reg("x16")  # IP0: free between any two source instructions
SCRATCH2 = Reg("x17")  # IP1


class Unsupported(Exception):
    """A source instruction or operand the rules do not translate."""


@functools.cache
def tables() -> dict:
    with open(_TABLE, "rb") as fh:
        return tomllib.load(fh)


def _arch(name: str) -> str:
    try:
        return canonical_register(name)[0]
    except UnsupportedInstruction:
        raise Unsupported(f"register {name!r}") from None


def _used_registers(function: Function) -> set[str]:
    names = set()
    for instr in function.instructions:
        for op in instr.operands:
            if isinstance(op, Mem):
                op = op.base
            if isinstance(op, Reg):
                names.add(_arch(op.name))
    return names


@dataclass
class RegisterMap:
    """RISC-V architectural register (x5, f15) -> AArch64 register: `integer`
    values are x names (xzr, sp), `fp` values register numbers."""

    integer: dict[str, str] = field(default_factory=dict)
    fp: dict[str, int] = field(default_factory=dict)
    # integer registers kept in a d register (read and written through x17)
    fp_homes: dict[str, str] = field(default_factory=dict)

    @classmethod
    def for_function(cls, function: Function, live_across_library_calls: Callable[[], set[str]]) -> RegisterMap:
        """The map for `function`; `live_across_library_calls()` gives the
        RISC-V registers (architectural names) some library call must
        preserve, asked only when a register must move to a caller-saved home."""
        table = tables()
        out = cls()
        for abi, arm in table["registers"].items():
            if isinstance(arm, str):
                out.integer[_arch(abi)] = arm
        for abi, number in table["fp_registers"].items():
            out.fp[_arch(abi)] = number
        used = _used_registers(function)
        taken = {out.integer[r] for r in used if r in out.integer} | {f"d{out.fp[r]}" for r in used if r in out.fp}
        for abi, choices in table["registers"]["overflow"].items():
            arch = _arch(abi)
            if arch not in used:
                continue
            free = [c for c in choices if c not in taken]
            if free:
                home = free[0]
            elif choices[0].startswith("x"):
                try:
                    home = out._move_to_caller_saved_home(abi, used, live_across_library_calls())
                except Unsupported:
                    home = out._home_in_fp_register(abi, taken)
                    taken.add(home)
                    continue
            else:
                raise Unsupported(f"{abi}: every AArch64 register of its role is in use")
            taken.add(home)
            if home.startswith("d"):
                out.fp[arch] = int(home[1:])
            else:
                out.integer[arch] = home
        return out

    def _move_to_caller_saved_home(self, abi: str, used: set[str], live: set[str]) -> str:
        """Put a used callee-saved register that no library call needs
        preserved in the caller-saved home; the register for `abi`."""
        home = tables()["registers"]["caller_saved_home"]["register"]
        arch = _arch(abi)
        if arch not in live:
            return home
        for name, arm in tables()["registers"].items():
            other = _arch(name) if _CALLEE_SAVED_NAME.fullmatch(name) and name != "s0" else None
            if other in used and other not in live and self.integer[other] != home:
                self.integer[other], freed = home, self.integer[other]
                return freed
        raise Unsupported(f"{abi}: every callee-saved register is in use and live across a library call")

    def _home_in_fp_register(self, abi: str, taken: set[str]) -> str:
        """Keep `abi` in an unused callee-saved d register (AAPCS64 preserves
        their low 64 bits), moved through x17 where it is read or written."""
        free = [d for d in tables()["registers"]["fp_home"]["choices"] if d not in taken]
        if not free:
            raise Unsupported(f"{abi}: every callee-saved register, integer and FP, is in use")
        arch = _arch(abi)
        self.fp_homes[arch] = free[0]
        self.integer[arch] = SCRATCH2.name
        return free[0]

    def fp_home(self, op) -> Reg | None:
        """The d register an integer register operand lives in, if any."""
        if isinstance(op, Mem):
            op = op.base
        if not isinstance(op, Reg):
            return None
        try:
            home = self.fp_homes.get(_arch(op.name))
        except Unsupported:
            return None
        return Reg(home) if home else None

    def x(self, op) -> Reg:
        """The 64-bit AArch64 name of an integer register operand."""
        if not isinstance(op, Reg):
            raise Unsupported(f"expected a register, got {op}")
        arch = _arch(op.name)
        if arch not in self.integer:
            raise Unsupported(f"register {op.name} has no AArch64 counterpart")
        return Reg(self.integer[arch])

    def w(self, op) -> Reg:
        return as_w(self.x(op))

    def f(self, op, fmt: str) -> Reg:
        """An FP register as a double (`fmt` 'd') or single ('s')."""
        if not isinstance(op, Reg):
            raise Unsupported(f"expected a register, got {op}")
        arch = _arch(op.name)
        if arch not in self.fp:
            raise Unsupported(f"register {op.name} has no AArch64 counterpart")
        return Reg(f"{fmt}{self.fp[arch]}")

    def is_zero(self, op) -> bool:
        return isinstance(op, Reg) and self.integer.get(_arch(op.name)) == "xzr"

    def is_sp(self, op) -> bool:
        return isinstance(op, Reg) and self.integer.get(_arch(op.name)) == "sp"


def as_w(reg: Reg) -> Reg:
    return Reg({"xzr": "wzr", "sp": "wsp"}.get(reg.name) or "w" + reg.name[1:])


class Emitter:
    """The AArch64 instructions of one source instruction."""

    def __init__(self, loc) -> None:
        self.loc = loc
        self.out: list[Instruction] = []

    def emit(self, opcode: str, *operands) -> None:
        self.out.append(Instruction(opcode, tuple(operands), 0, self.loc))

    def constant(self, dest: Reg, value: int) -> None:
        """`dest` = value (64-bit, or 32-bit for a w register)."""
        width = 32 if dest.name.startswith("w") else 64
        for step in move_sequence(value, width):
            if step.opcode == "mov":
                self.emit("mov", dest, Imm(step.value))
            elif step.shift:
                self.emit(step.opcode, dest, Imm(step.value), Shift("lsl", step.shift))
            else:
                self.emit(step.opcode, dest, Imm(step.value))

    def add_constant(self, dest: Reg, base: Reg, value: int) -> None:
        """`dest` = base + value (base may be sp)."""
        if value == 0:
            if dest != base:
                self.emit("mov", dest, base)
        elif is_add_immediate(value):
            self.emit("add", dest, base, Imm(value))
        elif is_add_immediate(-value):
            self.emit("sub", dest, base, Imm(-value))
        else:
            scratch = SCRATCH2 if base == SCRATCH else SCRATCH
            self.constant(scratch, value)
            self.emit("add", dest, base, scratch)

    def logical(self, opcode: str, dest: Reg, source: Reg, value: int) -> None:
        """`dest` = source op value for and/orr/eor, through a scratch
        register when the value is no bitmask immediate."""
        width = 32 if dest.name.startswith("w") else 64
        if is_bitmask_immediate(value, width):
            self.emit(opcode, dest, source, Imm(value))
        else:
            scratch = SCRATCH if width == 64 else Reg("w16")
            self.constant(scratch, value)
            self.emit(opcode, dest, source, scratch)

    def address(self, base: Reg, offset: int, size: int) -> tuple[Mem, bool]:
        """A memory operand for `offset(base)` and whether it needs the
        unscaled (ldur/stur) form; the address goes through x16 when no form
        encodes the offset."""
        if is_scaled_offset(offset, size):
            return Mem(base, Imm(offset) if offset else None), False
        if is_unscaled_offset(offset):
            return Mem(base, Imm(offset)), True
        self.add_constant(SCRATCH, base, offset)
        return Mem(SCRATCH), False

    def compare(self, first: Reg, second: Reg | int, signed: bool) -> None:
        """Flags for `first` against a register or a constant (signed: the
        condition read afterwards ignores C, so cmn may stand for a
        negative immediate)."""
        if isinstance(second, Reg):
            self.emit("cmp", first, second)
        elif first.name not in ("xzr", "wzr") and is_add_immediate(second):
            self.emit("cmp", first, Imm(second))
        elif first.name not in ("xzr", "wzr") and signed and is_add_immediate(-second):
            self.emit("cmn", first, Imm(-second))
        else:
            self.constant(SCRATCH, second)
            self.emit("cmp", first, SCRATCH)

    def sign_extend_word(self, dest: Reg, source: Reg) -> None:
        """dest = sext32(source): `sxtw xd, wn` is this very encoding (sbfm
        xd, xn, 0, 31); the X names say that the result is all 64 bits."""
        self.emit("sbfx", dest, source, Imm(0), Imm(32))

    def cset(self, dest: Reg, cond: str) -> None:
        self.emit("cset", dest, Cond(cond))

    def symbol_address(self, dest: Reg, sym: SymRef) -> None:
        self.emit("adrp", dest, SymRef(sym.name, sym.addend))
        self.emit("add", dest, dest, SymRef(sym.name, sym.addend, "lo12"))
