"""RISC-V F and D in Z3: single and double precision over the FP registers.

`f0`..`f31` live in `State.regs` as 64-bit bitvectors of raw IEEE bits, so
moves, loads and stores are bit-exact; arithmetic reads them as Z3 floats.
Singles are NaN-boxed: written with the upper 32 bits all ones, and a single
read from a register that is not boxed is the canonical NaN. Every NaN an
operation produces is the canonical one (RISC-V does not propagate
payloads). The dynamic rounding mode is taken as round-to-nearest-even (frm's
reset value; gcc never changes it); fflags are not modelled.

Mnemonics are generated from tables per format (`fadd.s`, `fadd.d`, ...);
`HANDLERS` and `PSEUDO` merge into the integer tables in `riscv.py`.
"""

from __future__ import annotations

from functools import partial
from typing import Callable

import z3

from guacc.transpiler.asm.model import Cond, Instruction, Operand, SymRef
from guacc.transpiler.semantics.riscv_operands import (
    UnsupportedInstruction, address, pcrel_scratch, target_label, value, write,
)
from guacc.transpiler.semantics.state import State

SORTS = {"s": z3.Float32(), "d": z3.Float64()}
WIDTHS = {"s": 32, "d": 64}
CANONICAL_NAN = {"s": 0x7FC00000, "d": 0x7FF8000000000000}
_BOX = z3.BitVecVal(0xFFFFFFFF, 32)

ROUNDING = {"rne": z3.RNE(), "rtz": z3.RTZ(), "rdn": z3.RTN(), "rup": z3.RTP(),
            "rmm": z3.RNA(), "dyn": z3.RNE()}

# integer type in a conversion -> (width, signed)
INTEGERS = {"w": (32, True), "wu": (32, False), "l": (64, True), "lu": (64, False)}


# ---------------------------------------------------------------- operands

def bits(state: State, op: Operand, fmt: str) -> z3.BitVecRef:
    """The raw IEEE bits of an FP register operand in format `fmt`."""
    raw = value(state, op)
    if fmt == "d":
        return raw
    boxed = z3.Extract(63, 32, raw) == _BOX
    return z3.If(boxed, z3.Extract(31, 0, raw), z3.BitVecVal(CANONICAL_NAN["s"], 32))


def read(state: State, op: Operand, fmt: str) -> z3.FPRef:
    return z3.fpBVToFP(bits(state, op, fmt), SORTS[fmt])


def write_bits(state: State, op: Operand, raw: z3.BitVecRef, fmt: str) -> None:
    write(state, op, raw if fmt == "d" else z3.Concat(_BOX, raw))


def write_float(state: State, op: Operand, x: z3.FPRef, fmt: str) -> None:
    nan = z3.BitVecVal(CANONICAL_NAN[fmt], WIDTHS[fmt])
    write_bits(state, op, z3.If(z3.fpIsNaN(x), nan, z3.fpToIEEEBV(x)), fmt)


def _split_rounding(instr: Instruction, count: int) -> tuple[tuple[Operand, ...], z3.FPRMRef]:
    """The instruction's `count` operands, and its rounding mode (an optional
    last operand such as `rtz`)."""
    ops = instr.operands
    if len(ops) == count + 1 and isinstance(ops[-1], Cond):
        if ops[-1].code not in ROUNDING:
            raise UnsupportedInstruction(f"{instr.opcode}: unknown rounding mode {ops[-1].code!r}")
        return ops[:-1], ROUNDING[ops[-1].code]
    if len(ops) != count:
        raise UnsupportedInstruction(f"{instr.opcode}: expected {count} operands, got {len(ops)}")
    return ops, ROUNDING["dyn"]


def _fp_const(number: int, fmt: str) -> z3.FPRef:
    return z3.FPVal(number, SORTS[fmt])


# ---------------------------------------------------------------- operations

def _min_max(is_min: bool, a: z3.FPRef, b: z3.FPRef) -> z3.FPRef:
    """fmin/fmax: a NaN operand yields the other one; -0 is below +0."""
    pick_a = z3.fpLT(a, b) if is_min else z3.fpGT(a, b)
    both_zero = z3.And(z3.fpIsZero(a), z3.fpIsZero(b))
    zero_pick_a = z3.fpIsNegative(a) if is_min else z3.fpIsPositive(a)
    ordered = z3.If(both_zero, z3.If(zero_pick_a, a, b), z3.If(pick_a, a, b))
    return z3.If(z3.fpIsNaN(a), b, z3.If(z3.fpIsNaN(b), a, ordered))


def _binary(op: Callable, fmt: str, state: State, instr: Instruction) -> None:
    (rd, rs1, rs2), rm = _split_rounding(instr, 3)
    write_float(state, rd, op(rm, read(state, rs1, fmt), read(state, rs2, fmt)), fmt)


def _sqrt(fmt: str, state: State, instr: Instruction) -> None:
    (rd, rs1), rm = _split_rounding(instr, 2)
    write_float(state, rd, z3.fpSqrt(rm, read(state, rs1, fmt)), fmt)


def _min_max_handler(is_min: bool, fmt: str, state: State, instr: Instruction) -> None:
    (rd, rs1, rs2), _ = _split_rounding(instr, 3)
    write_float(state, rd, _min_max(is_min, read(state, rs1, fmt), read(state, rs2, fmt)), fmt)


def _fused(negate_product: bool, negate_addend: bool, fmt: str, state: State,
           instr: Instruction) -> None:
    """fmadd a*b+c, fmsub a*b-c, fnmsub -(a*b)+c, fnmadd -(a*b)-c, one rounding."""
    (rd, rs1, rs2, rs3), rm = _split_rounding(instr, 4)
    a, b, c = (read(state, r, fmt) for r in (rs1, rs2, rs3))
    a = z3.fpNeg(a) if negate_product else a
    c = z3.fpNeg(c) if negate_addend else c
    write_float(state, rd, z3.fpFMA(rm, a, b, c), fmt)


def _compare(op: Callable, fmt: str, state: State, instr: Instruction) -> None:
    (rd, rs1, rs2), _ = _split_rounding(instr, 3)
    holds = op(read(state, rs1, fmt), read(state, rs2, fmt))  # false on NaN
    write(state, rd, z3.If(holds, z3.BitVecVal(1, 64), z3.BitVecVal(0, 64)))


# sign of the result from (sign of rs1, sign of rs2); magnitude from rs1, bit-exact
SIGN_INJECTION = {
    "fsgnj": lambda a, b: b,
    "fsgnjn": lambda a, b: ~b,
    "fsgnjx": lambda a, b: a ^ b,
}


def _sign_inject(combine: Callable, fmt: str, state: State, instr: Instruction) -> None:
    (rd, rs1, rs2), _ = _split_rounding(instr, 3)
    a, b = bits(state, rs1, fmt), bits(state, rs2, fmt)
    top = WIDTHS[fmt] - 1
    sign = combine(z3.Extract(top, top, a), z3.Extract(top, top, b))
    write_bits(state, rd, z3.Concat(sign, z3.Extract(top - 1, 0, a)), fmt)


def _to_integer(fmt: str, integer: str, state: State, instr: Instruction) -> None:
    """fcvt.<int>.<fmt>: saturating; NaN gives the largest value; 32-bit
    results (unsigned too) are sign-extended."""
    (rd, rs1), rm = _split_rounding(instr, 2)
    width, signed = INTEGERS[integer]
    x = read(state, rs1, fmt)
    rounded = z3.fpRoundToIntegral(rm, x)
    low, high = (-(1 << (width - 1)), (1 << (width - 1)) - 1) if signed else (0, (1 << width) - 1)
    convert = z3.fpToSBV if signed else z3.fpToUBV
    result = z3.If(
        z3.Or(z3.fpIsNaN(x), z3.fpGEQ(rounded, _fp_const(high + 1, fmt))),
        z3.BitVecVal(high, width),
        z3.If(z3.fpLT(rounded, _fp_const(low, fmt)), z3.BitVecVal(low, width),
              convert(z3.RTZ(), rounded, z3.BitVecSort(width))))
    write(state, rd, result if width == 64 else z3.SignExt(32, result))


def _from_integer(fmt: str, integer: str, state: State, instr: Instruction) -> None:
    (rd, rs1), rm = _split_rounding(instr, 2)
    width, signed = INTEGERS[integer]
    source = z3.Extract(width - 1, 0, value(state, rs1))
    convert = z3.fpSignedToFP if signed else z3.fpUnsignedToFP
    write_float(state, rd, convert(rm, source, SORTS[fmt]), fmt)


def _convert_format(to: str, source: str, state: State, instr: Instruction) -> None:
    (rd, rs1), rm = _split_rounding(instr, 2)
    write_float(state, rd, z3.fpFPToFP(rm, read(state, rs1, source), SORTS[to]), to)


def _move_to_integer(fmt: str, state: State, instr: Instruction) -> None:
    """fmv.x.w / fmv.x.d: raw bits (the single's sign-extended)."""
    (rd, rs1), _ = _split_rounding(instr, 2)
    raw = z3.Extract(WIDTHS[fmt] - 1, 0, value(state, rs1))
    write(state, rd, raw if fmt == "d" else z3.SignExt(32, raw))


def _move_from_integer(fmt: str, state: State, instr: Instruction) -> None:
    (rd, rs1), _ = _split_rounding(instr, 2)
    write_bits(state, rd, z3.Extract(WIDTHS[fmt] - 1, 0, value(state, rs1)), fmt)


def _scratch(state: State, instr: Instruction) -> tuple[Operand, Operand]:
    """(register, address operand); `fld fa5, sym, a5` also writes the
    auipc part to its scratch register a5."""
    if len(instr.operands) == 3 and isinstance(instr.operands[1], SymRef):
        reg, where, scratch = instr.operands
        write(state, scratch, pcrel_scratch(target_label(where)))
        return reg, where
    if len(instr.operands) != 2:
        raise UnsupportedInstruction(f"{instr.opcode}: expected 2 operands")
    return instr.operands


def _load(fmt: str, state: State, instr: Instruction) -> None:
    reg, where = instr.operands[:2]
    loaded = state.load(address(state, where), WIDTHS[fmt] // 8)
    _scratch(state, instr)
    write_bits(state, reg, loaded, fmt)


def _store(fmt: str, state: State, instr: Instruction) -> None:
    reg, where = instr.operands[:2]
    raw = z3.Extract(WIDTHS[fmt] - 1, 0, value(state, reg))  # raw low bits, no unboxing
    state.store(address(state, where), raw, WIDTHS[fmt] // 8)
    _scratch(state, instr)


_ARITHMETIC = {"fadd": z3.fpAdd, "fsub": z3.fpSub, "fmul": z3.fpMul, "fdiv": z3.fpDiv}
_FUSED = {"fmadd": (False, False), "fmsub": (False, True),
          "fnmsub": (True, False), "fnmadd": (True, True)}
_COMPARISONS = {"feq": z3.fpEQ, "flt": z3.fpLT, "fle": z3.fpLEQ}
_MEMORY_SUFFIX = {"s": "w", "d": "d"}  # flw/fsw, fld/fsd; fmv.x.w/fmv.x.d


def _handlers() -> dict[str, Callable]:
    table: dict[str, Callable] = {}
    for fmt in SORTS:
        table |= {f"{op}.{fmt}": partial(_binary, fn, fmt) for op, fn in _ARITHMETIC.items()}
        table |= {f"{op}.{fmt}": partial(_fused, *neg, fmt) for op, neg in _FUSED.items()}
        table |= {f"{op}.{fmt}": partial(_compare, fn, fmt) for op, fn in _COMPARISONS.items()}
        table |= {f"{op}.{fmt}": partial(_sign_inject, fn, fmt) for op, fn in SIGN_INJECTION.items()}
        table |= {f"fsqrt.{fmt}": partial(_sqrt, fmt),
                  f"fmin.{fmt}": partial(_min_max_handler, True, fmt),
                  f"fmax.{fmt}": partial(_min_max_handler, False, fmt)}
        for integer in INTEGERS:
            table[f"fcvt.{integer}.{fmt}"] = partial(_to_integer, fmt, integer)
            table[f"fcvt.{fmt}.{integer}"] = partial(_from_integer, fmt, integer)
        suffix = _MEMORY_SUFFIX[fmt]
        table |= {f"fl{suffix}": partial(_load, fmt), f"fs{suffix}": partial(_store, fmt),
                  f"fmv.x.{suffix}": partial(_move_to_integer, fmt),
                  f"fmv.{suffix}.x": partial(_move_from_integer, fmt)}
    table["fcvt.s.d"] = partial(_convert_format, "s", "d")
    table["fcvt.d.s"] = partial(_convert_format, "d", "s")
    return table


HANDLERS = _handlers()

# pseudo -> (base, operand template), as in riscv.PSEUDO
PSEUDO: dict[str, tuple[str, tuple]] = {}
for _fmt in SORTS:
    PSEUDO |= {
        f"fmv.{_fmt}": (f"fsgnj.{_fmt}", (0, 1, 1)),
        f"fneg.{_fmt}": (f"fsgnjn.{_fmt}", (0, 1, 1)),
        f"fabs.{_fmt}": (f"fsgnjx.{_fmt}", (0, 1, 1)),
        f"fgt.{_fmt}": (f"flt.{_fmt}", (0, 2, 1)),
        f"fge.{_fmt}": (f"fle.{_fmt}", (0, 2, 1)),
    }
