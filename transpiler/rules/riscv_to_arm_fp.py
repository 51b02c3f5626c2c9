"""Rules for the RISC-V F and D extensions: arithmetic, fused multiply-add,
compares, sign injection, moves and conversions, as AArch64 FP instructions.

Exactness notes: RISC-V float-to-integer conversions give the largest value
for NaN where AArch64 gives 0, so a `vs` select after an `fcmp x, x` fixes
NaN up; int-to-float and float-to-float conversions round by the dynamic mode,
round-to-nearest-even on both sides. NaN results differ in payload only
(RISC-V writes the canonical NaN, AArch64 propagates an operand's).
"""

from __future__ import annotations

from ..asm.model import Cond, Imm, Instruction, Reg
from .riscv_to_arm_operands import SCRATCH, SCRATCH2, Emitter, RegisterMap, Unsupported, as_w, tables

_FORMATS = ("s", "d")
_SIGN_BIT = {"s": 31, "d": 63}


def _fp_table() -> dict:
    return tables()["fp"]


def _split(opcode: str) -> list[str]:
    return opcode.split(".")


def _rounding(instr: Instruction, count: int) -> tuple[tuple, str]:
    """The operands without an explicit rounding mode, and the mode ('dyn')."""
    ops = instr.operands
    if len(ops) == count + 1 and isinstance(ops[-1], Cond):
        if ops[-1].code not in _fp_table()["rounding"]:
            raise Unsupported(f"rounding mode {ops[-1].code}")
        return ops[:-1], ops[-1].code
    if len(ops) != count:
        raise Unsupported(f"{instr.opcode} with {len(ops)} operands")
    return ops, "dyn"


def _nearest_only(instr: Instruction, mode: str) -> None:
    # AArch64 arithmetic rounds by FPCR, which is round-to-nearest-even
    if mode not in ("dyn", "rne"):
        raise Unsupported(f"{instr.opcode} with static rounding mode {mode}")


def translate_fp(instr: Instruction, regs: RegisterMap, out: Emitter) -> bool:
    """Emit `instr` if it is an F/D instruction; False when it is not."""
    parts = _split(instr.opcode)
    base, table = parts[0], _fp_table()
    if len(parts) == 2 and parts[1] in _FORMATS:
        fmt = parts[1]
        if base in table["binary"]:
            (rd, a, b), mode = _rounding(instr, 3)
            _nearest_only(instr, mode)
            out.emit(table["binary"][base], regs.f(rd, fmt), regs.f(a, fmt), regs.f(b, fmt))
        elif base in table["unary"]:
            (rd, a), mode = _rounding(instr, 2)
            _nearest_only(instr, mode)
            out.emit(table["unary"][base], regs.f(rd, fmt), regs.f(a, fmt))
        elif base in table["fused"]:
            (rd, a, b, c), mode = _rounding(instr, 4)
            _nearest_only(instr, mode)
            out.emit(table["fused"][base], *(regs.f(r, fmt) for r in (rd, a, b, c)))
        elif base in table["compare"]:
            (rd, a, b), _ = _rounding(instr, 3)
            out.emit("fcmp", regs.f(a, fmt), regs.f(b, fmt))
            out.cset(regs.x(rd), table["compare"][base])
        elif base in table["sign"]:
            (rd, a, b), _ = _rounding(instr, 3)
            _sign_injection(base, fmt, rd, a, b, regs, out)
        elif base in ("fmv", "fneg", "fabs"):
            rd, a = instr.operands
            out.emit({"fmv": "fmov"}.get(base, base), regs.f(rd, fmt), regs.f(a, fmt))
        elif base in ("flw", "fld", "fsw", "fsd"):
            return False
        else:
            raise Unsupported(f"floating-point instruction {instr.opcode}")
        return True
    if base == "fmv" and len(parts) == 3:
        _move(parts[1], parts[2], instr, regs, out)
        return True
    if base == "fcvt" and len(parts) == 3:
        _convert(parts[1], parts[2], instr, regs, out)
        return True
    return False


def _sign_injection(base: str, fmt: str, rd, a, b, regs: RegisterMap, out: Emitter) -> None:
    """fsgnj/fsgnjn/fsgnjx: with one source these are fmov/fneg/fabs; with
    two, the sign bit is computed in the integer scratch registers."""
    if regs.f(a, fmt) == regs.f(b, fmt):
        out.emit(_fp_table()["sign"][base], regs.f(rd, fmt), regs.f(a, fmt))
        return
    view = (lambda r: as_w(r)) if fmt == "s" else (lambda r: r)
    magnitude, sign = view(SCRATCH), view(SCRATCH2)
    out.emit("fmov", magnitude, regs.f(a, fmt))
    out.emit("fmov", sign, regs.f(b, fmt))
    top = _SIGN_BIT[fmt]
    if base == "fsgnjn":
        out.emit("eor", sign, sign, Imm(1 << top))
    elif base == "fsgnjx":
        out.emit("eor", sign, sign, magnitude)
    out.emit("bfxil", sign, magnitude, Imm(0), Imm(top))  # keep sign's top bit, magnitude's others
    out.emit("fmov", regs.f(rd, fmt), sign)


def _move(first: str, second: str, instr: Instruction, regs: RegisterMap, out: Emitter) -> None:
    """fmv.x.d / fmv.x.w (to an integer register, singles sign-extended) and
    fmv.d.x / fmv.w.x (from one)."""
    rd, rs = instr.operands
    if (first, second) == ("x", "d"):
        out.emit("fmov", regs.x(rd), regs.f(rs, "d"))
    elif (first, second) == ("x", "w"):
        out.emit("fmov", as_w(SCRATCH), regs.f(rs, "s"))
        out.sign_extend_word(regs.x(rd), SCRATCH)
    elif (first, second) == ("d", "x"):
        out.emit("fmov", regs.f(rd, "d"), regs.x(rs))
    elif (first, second) == ("w", "x"):
        out.emit("fmov", regs.f(rd, "s"), regs.w(rs))
    else:
        raise Unsupported(f"floating-point move {instr.opcode}")


def _convert(to: str, source: str, instr: Instruction, regs: RegisterMap, out: Emitter) -> None:
    integers = _fp_table()["integer_types"]
    (rd, rs), mode = _rounding(instr, 2)
    if to in _FORMATS and source in _FORMATS:
        _nearest_only(instr, mode)
        out.emit("fcvt", regs.f(rd, to), regs.f(rs, source))
    elif to in _FORMATS and source in integers:
        _nearest_only(instr, mode)
        bits, signed = integers[source]
        value = regs.x(rs) if bits == 64 else regs.w(rs)
        out.emit("scvtf" if signed else "ucvtf", regs.f(rd, to), value)
    elif to in integers and source in _FORMATS:
        _to_integer(integers[to], source, _fp_table()["rounding"][mode], rd, rs, regs, out)
    else:
        raise Unsupported(f"conversion {instr.opcode}")


def _to_integer(kind, fmt: str, letter: str, rd, rs, regs: RegisterMap, out: Emitter) -> None:
    """fcvt<letter>s/u saturates as RISC-V does; NaN becomes the largest
    value (AArch64 gives 0); 32-bit results are sign-extended."""
    bits, signed = kind
    source = regs.f(rs, fmt)
    result = SCRATCH if bits == 64 else as_w(SCRATCH)
    out.emit(f"fcvt{letter}{'s' if signed else 'u'}", result, source)
    out.emit("fcmp", source, source)  # unordered (vs) exactly when NaN
    final = regs.x(rd) if bits == 64 else result
    if signed:
        largest = SCRATCH2 if bits == 64 else as_w(SCRATCH2)
        out.constant(largest, (1 << (bits - 1)) - 1)
        out.emit("csel", final, largest, result, Cond("vs"))
    else:
        zero = Reg("xzr") if bits == 64 else Reg("wzr")
        out.emit("csinv", final, result, zero, Cond("vc"))  # all ones when NaN
    if bits == 32:
        out.sign_extend_word(regs.x(rd), SCRATCH)
