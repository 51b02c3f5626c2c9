"""RISC-V registers and operands: ABI names, reading and writing registers
(x0 reads zero and ignores writes), immediates and holes as 64-bit values,
symbols and their %hi/%lo parts, effective addresses."""

from __future__ import annotations

import z3

from guacc.transpiler.asm.model import Hole, Imm, Instruction, Mem, Operand, Reg, SymRef
from guacc.transpiler.semantics.state import State
from guacc.transpiler.semantics.symbols import symbol_address

REGISTERS = tuple(f"x{i}" for i in range(32))

_ABI_NAMES = (
    "zero ra sp gp tp t0 t1 t2 s0 s1 a0 a1 a2 a3 a4 a5 a6 a7 "
    "s2 s3 s4 s5 s6 s7 s8 s9 s10 s11 t3 t4 t5 t6"
).split()
FP_REGISTERS = tuple(f"f{i}" for i in range(32))
_FP_ABI_NAMES = (
    "ft0 ft1 ft2 ft3 ft4 ft5 ft6 ft7 fs0 fs1 fa0 fa1 fa2 fa3 fa4 fa5 fa6 fa7 "
    "fs2 fs3 fs4 fs5 fs6 fs7 fs8 fs9 fs10 fs11 ft8 ft9 ft10 ft11"
).split()
_ALIASES = {abi: f"x{i}" for i, abi in enumerate(_ABI_NAMES)} | {"fp": "x8"}
_ALIASES |= {abi: f"f{i}" for i, abi in enumerate(_FP_ABI_NAMES)}
_ALIASES |= {r: r for r in REGISTERS + FP_REGISTERS}


class UnsupportedInstruction(ValueError):
    """An instruction or operand shape the RISC-V semantics do not model."""


def canonical_register(name: str) -> tuple[str, int]:
    """The architectural register (`x0`..`x31`, `f0`..`f31`: FP registers
    hold 64 bits, singles NaN-boxed) an ABI or numeric name denotes, and its
    width in bits."""
    try:
        return _ALIASES[name], 64
    except KeyError:
        raise UnsupportedInstruction(f"not a RISC-V register: {name!r}") from None


def pcrel_scratch(sym: str) -> z3.BitVecRef:
    """What `auipc rt, %pcrel_hi(sym)` leaves in a pseudo-instruction's scratch
    register: depends on where the code lies, so it is opaque."""
    return z3.BitVec(f"pcrel_hi({sym})", 64)


def read_register(state: State, name: str) -> z3.BitVecRef:
    arch, _ = canonical_register(name)
    return z3.BitVecVal(0, 64) if arch == "x0" else state.regs[arch]


def write_register(state: State, name: str, value: z3.BitVecRef) -> None:
    arch, _ = canonical_register(name)
    if arch != "x0":  # x0 ignores writes
        state.regs[arch] = z3.simplify(value)


def symbol_value(state: State, sym: SymRef) -> z3.BitVecRef:
    """The value a symbol operand contributes: its address, or the `%hi`
    (lui's 20-bit field) / `%lo` (sign-extended 12 bits) part of it."""
    address = symbol_address(sym.name) + sym.addend
    if sym.reloc is None:
        return address
    if sym.reloc == "lo":
        return z3.SignExt(52, z3.Extract(11, 0, address))
    if sym.reloc == "hi":
        # medlow: lui/addi reach only absolute addresses in [0, 2 GiB - 2 KiB).
        state.assumptions.append(z3.ULT(address, 0x7FFFF800))
        return z3.ZeroExt(44, z3.Extract(31, 12, address + 0x800))
    raise UnsupportedInstruction(f"relocation %{sym.reloc} is not modelled")


def upper_symbol(state: State, sym: SymRef) -> z3.BitVecRef:
    """`lui rd, %hi(sym)`: within medlow's range this is exactly the address
    minus its sign-extended low 12 bits, which the solver handles linearly
    (`%lo` adds those bits back)."""
    if sym.reloc == "hi":
        address = symbol_address(sym.name) + sym.addend
        state.assumptions.append(z3.ULT(address, 0x7FFFF800))
        return address - z3.SignExt(52, z3.Extract(11, 0, address))
    raise UnsupportedInstruction(f"lui takes %hi(sym), not {sym!r}")
    raise UnsupportedInstruction(f"relocation %{sym.reloc} is not modelled")


def value(state: State, op: Operand) -> z3.BitVecRef:
    """A source operand as a 64-bit value (immediates sign-extended)."""
    if isinstance(op, Reg):
        return read_register(state, op.name)
    if isinstance(op, Imm):
        return z3.BitVecVal(op.value, 64)
    if isinstance(op, SymRef):
        return symbol_value(state, op)
    if isinstance(op, Hole):
        var = state.hole(op)
        if op.kind == "reg":
            result = read_register(state, op.choices[-1])
            for i, name in reversed(list(enumerate(op.choices[:-1]))):
                result = z3.If(var == i, read_register(state, name), result)
            return result
        return var if op.width == 64 else z3.SignExt(64 - op.width, var)
    raise UnsupportedInstruction(f"operand {op!r} is not a value")


def write(state: State, op: Operand, result: z3.BitVecRef) -> None:
    if isinstance(op, Reg):
        write_register(state, op.name, result)
    elif isinstance(op, Hole) and op.kind == "reg":
        var = state.hole(op)
        for i, name in enumerate(op.choices):
            write_register(state, name, z3.If(var == i, result, read_register(state, name)))
    else:
        raise UnsupportedInstruction(f"cannot write to {op!r}")


def address(state: State, op: Operand) -> z3.BitVecRef:
    """The effective address of a load/store operand: `off(base)` or a bare
    symbol (`lw a5, sym`, which gas expands to auipc + lw)."""
    if isinstance(op, Mem):
        base = value(state, op.base)
        return base if op.offset is None else base + value(state, op.offset)
    if isinstance(op, SymRef) and op.reloc is None:
        return symbol_value(state, op)
    raise UnsupportedInstruction(f"operand {op!r} is not a memory address")


def target_label(op: Operand) -> str:
    if not isinstance(op, SymRef):
        raise UnsupportedInstruction(f"branch target {op!r} is not a label")
    return op.name.removesuffix("@plt")


def expect_operands(instr: Instruction, count: int) -> tuple[Operand, ...]:
    if len(instr.operands) != count:
        raise UnsupportedInstruction(
            f"{instr.opcode}: expected {count} operands, got {len(instr.operands)}")
    return instr.operands
