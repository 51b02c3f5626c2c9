"""Scalar floating point: arithmetic, fused multiply-add, moves between
register files, conversions, comparisons (a flag source) and `movi` zero.

Both ISAs round to nearest-even by default. Where they differ the rules add
the difference back: AArch64 converts NaN to integer 0, RISC-V to the
largest integer, so conversions mask the result with `feq x, x`.
"""

from __future__ import annotations

import struct

from guacc.transpiler.asm.model import Cond, FImm, Instruction, Reg

from .arm_riscv_emit import BlockEmitter
from .arm_riscv_flags import FloatCompare, keep
from .arm_riscv_registers import arm_reg, table

_BINARY = table()["fp_binary"]
_UNARY = table()["fp_unary"]
_FUSED = table()["fp_fused"]


def _fmt(op) -> str:
    bits = arm_reg(op).bits
    if bits not in (32, 64):
        raise ValueError(f"{op.name} is not a scalar FP register")
    return "d" if bits == 64 else "s"


def binary(em: BlockEmitter, instr: Instruction) -> None:
    rd_op, a_op, b_op = instr.operands
    fmt = _fmt(rd_op)
    a, b = em.fp(a_op), em.fp(b_op)
    rd = em.dest(rd_op)
    em.emit(f"{_BINARY[instr.opcode]}.{fmt}", rd, a, b)


def fnmul(em: BlockEmitter, instr: Instruction) -> None:
    rd_op, a_op, b_op = instr.operands
    fmt = _fmt(rd_op)
    a, b = em.fp(a_op), em.fp(b_op)
    rd = em.dest(rd_op)
    em.emit(f"fmul.{fmt}", rd, a, b)
    em.emit(f"fneg.{fmt}", rd, rd)


def unary(em: BlockEmitter, instr: Instruction) -> None:
    rd_op, a_op = instr.operands
    fmt = _fmt(rd_op)
    a = em.fp(a_op)
    rd = em.dest(rd_op)
    em.emit(f"{_UNARY[instr.opcode]}.{fmt}", rd, a)


def fused(em: BlockEmitter, instr: Instruction) -> None:
    rd_op, a_op, b_op, c_op = instr.operands
    fmt = _fmt(rd_op)
    a, b, c = em.fp(a_op), em.fp(b_op), em.fp(c_op)
    rd = em.dest(rd_op)
    em.emit(f"{_FUSED[instr.opcode]}.{fmt}", rd, a, b, c)


def fmov(em: BlockEmitter, instr: Instruction) -> None:
    """Between FP registers, between register files (raw bits), or a constant."""
    rd_op, src = instr.operands
    dst = arm_reg(rd_op)
    if isinstance(src, FImm):
        bits = _float_bits(src.value, dst.bits)
        value = em.const_reg(bits)
        rd = em.dest(rd_op)
        em.emit("fmv.d.x" if dst.bits == 64 else "fmv.w.x", rd, value)
        return
    src_reg = arm_reg(src)
    if dst.is_fp and src_reg.is_fp:
        unary(em, instr)
        return
    if dst.is_fp:  # from an integer register
        value = em.read(src) if src_reg.bits == 64 else em.name(src_reg)
        rd = em.dest(rd_op)
        em.emit("fmv.d.x" if dst.bits == 64 else "fmv.w.x", rd, value)
        return
    fp = em.fp(src)
    rd = em.dest(rd_op)
    if src_reg.arch in em.zero_vectors:
        em.emit("mv", rd, "zero")
        em.set_constant(rd_op, 0)
        return
    em.emit("fmv.x.d" if dst.bits == 64 else "fmv.x.w", rd, fp)
    em.set_form(rd_op, sext=dst.bits == 32)  # fmv.x.w sign-extends


def _float_bits(value: float, bits: int) -> int:
    if bits == 64:
        return struct.unpack("<Q", struct.pack("<d", value))[0]
    return struct.unpack("<I", struct.pack("<f", value))[0]


def fcvt(em: BlockEmitter, instr: Instruction) -> None:
    """Between single and double precision."""
    rd_op, a_op = instr.operands
    to, frm = _fmt(rd_op), _fmt(a_op)
    a = em.fp(a_op)
    rd = em.dest(rd_op)
    if to == frm:
        em.emit(f"fmv.{to}", rd, a)
    else:
        em.emit(f"fcvt.{to}.{frm}", rd, a)


def int_to_float(em: BlockEmitter, instr: Instruction) -> None:
    """scvtf/ucvtf fd, wn|xn."""
    rd_op, src = instr.operands[:2]
    if len(instr.operands) > 2:
        raise em.error(f"{instr.opcode} with fixed-point bits")
    fmt = _fmt(rd_op)
    src_reg = arm_reg(src)
    integer = ("w" if src_reg.bits == 32 else "l") + ("u" if instr.opcode == "ucvtf" else "")
    if src_reg.is_fp:  # the integer sits in an FP register (scvtf d0, d0)
        value = em.temp()
        em.emit("fmv.x.d" if src_reg.bits == 64 else "fmv.x.w", value, em.fp(src))
    else:
        value = em.read(src) if src_reg.bits == 64 else em.name(src_reg)  # fcvt.*.w read the low half
    rd = em.dest(rd_op)
    em.emit(f"fcvt.{fmt}.{integer}", rd, value)


def float_to_int(em: BlockEmitter, instr: Instruction) -> None:
    """fcvtzs/fcvtzu rd, fn: round toward zero, saturating; NaN gives 0."""
    rd_op, a_op = instr.operands[:2]
    if len(instr.operands) > 2:
        raise em.error(f"{instr.opcode} with fixed-point bits")
    fmt = _fmt(a_op)
    dst = arm_reg(rd_op)
    integer = ("w" if dst.bits == 32 else "l") + ("u" if instr.opcode == "fcvtzu" else "")
    a = em.fp(a_op)
    ordered = em.temp()
    em.emit(f"feq.{fmt}", ordered, a, a)
    em.emit("neg", ordered, ordered)
    if dst.is_fp:  # the integer stays in an FP register (fcvtzs d0, d0)
        value = em.temp()
        em.emit(f"fcvt.{integer}.{fmt}", value, a, Cond("rtz"))
        em.emit("and", value, value, ordered)
        rd = em.dest(rd_op)
        em.emit("fmv.d.x" if dst.bits == 64 else "fmv.w.x", rd, value)
        return
    rd = em.dest(rd_op)
    em.emit(f"fcvt.{integer}.{fmt}", rd, a, Cond("rtz"))
    em.emit("and", rd, rd, ordered)
    em.set_form(rd_op, sext=dst.bits == 32)  # fcvt.w[u].* sign-extend their 32-bit result


def fcmp(em: BlockEmitter, instr: Instruction) -> None:
    """fcmp/fcmpe a, b|#0.0: a flag source (the two differ only in which
    NaNs raise an exception)."""
    a_op, b_op = instr.operands
    fmt = _fmt(a_op)
    a = em.fp(a_op)
    if isinstance(b_op, FImm):
        if b_op.value != 0.0:
            raise em.error(f"{instr.opcode} with {b_op.value}")
        b = em.fp_temp()
        em.emit("fmv.d.x" if fmt == "d" else "fmv.w.x", b, "zero")
    else:
        b = em.fp(b_op)
    keep(em, FloatCompare(a, b, fmt))


def movi(em: BlockEmitter, instr: Instruction) -> None:
    """movi of zero (gcc's way to clear a vector or a d register)."""
    rd_op, value = instr.operands[:2]
    if getattr(value, "value", None) != 0 or len(instr.operands) > 2:
        raise em.error(f"movi {rd_op.name}, {value} (SIMD)")
    rd = em.dest(rd_op)
    em.emit("fmv.d.x", rd, "zero")
    em.zero_vectors.add(arm_reg(rd_op).arch)


def vector_move(em: BlockEmitter, instr: Instruction) -> None:
    """mov vd.16b, vn.16b (a whole-register copy; only the low 64 bits live here)."""
    rd_op, src = instr.operands
    if not (isinstance(src, Reg) and arm_reg(src).is_fp):
        raise em.error(f"mov {rd_op.name}, {src}")
    zero = arm_reg(src).arch in em.zero_vectors
    a = em.regs.fp_reg(arm_reg(src))
    rd = em.dest(rd_op)
    em.emit("fmv.d", rd, a)
    if zero:
        em.zero_vectors.add(arm_reg(rd_op).arch)


def shift_long(em: BlockEmitter, instr: Instruction) -> None:
    """sshll/ushll vd.2d, vn.2s, #k (sxtl/uxtl: k = 0): clang's -O0 widens an
    int in an FP register this way before `scvtf d0, d0`. Only lane 0 (the
    d register) lives here, as for the other vector forms."""
    rd_op, rn_op = instr.operands[:2]
    shift = instr.operands[2].value if len(instr.operands) > 2 else 0
    if not (isinstance(rn_op, Reg) and rd_op.name.lower().endswith(".2d") and rn_op.name.lower().endswith(".2s")):
        raise em.error(f"{instr.opcode} {rd_op.name}, {getattr(rn_op, 'name', rn_op)} (SIMD)")
    x = em.temp()
    em.emit("fmv.x.w", x, em.regs.fp_reg(arm_reg(rn_op)))  # lane 0, sign-extended
    if instr.opcode in ("ushll", "uxtl"):
        em.emit("slli", x, x, 32)
        em.emit("srli", x, x, 32 - shift)
    elif shift:
        em.emit("slli", x, x, shift)
    rd = em.dest(rd_op)
    em.emit("fmv.d.x", rd, x)


# -- the SIMD popcount idiom: fmov d0, x0; cnt v0.8b, v0.8b; addv b0, v0.8b ---------

def _byte_vector(em: BlockEmitter, op) -> str:
    """An operand `vN.8b` (the low 64 bits as eight bytes): its FP register."""
    if not (isinstance(op, Reg) and op.name.endswith(".8b")):
        raise em.error(f"{op} (only .8b vectors are supported)")
    return em.regs.fp_reg(arm_reg(op))


def _swar(em: BlockEmitter, x: str, shift: int, mask: int, keep_low: bool) -> None:
    """x = (x & mask) + ((x >> shift) & mask) (or x - ((x >> 1) & mask))."""
    part, k = em.temp(), em.temp()
    em.emit("srli", part, x, shift)
    em.li(k, mask)
    em.emit("and", part, part, k)
    if keep_low:
        em.emit("and", x, x, k)
        em.emit("add", x, x, part)
    else:
        em.emit("sub", x, x, part)
    em.free_now(part)
    em.free_now(k)


def count_bits(em: BlockEmitter, instr: Instruction) -> None:
    """cnt vd.8b, vn.8b: the number of set bits of each byte."""
    rd_op, rn_op = instr.operands
    x = em.temp()
    em.emit("fmv.x.d", x, _byte_vector(em, rn_op))
    _swar(em, x, 1, 0x5555555555555555, keep_low=False)
    _swar(em, x, 2, 0x3333333333333333, keep_low=True)
    part = em.temp()
    em.emit("srli", part, x, 4)
    em.emit("add", x, x, part)
    em.li(part, 0x0F0F0F0F0F0F0F0F)
    em.emit("and", x, x, part)
    _byte_vector(em, rd_op)
    rd = em.dest(rd_op)
    em.emit("fmv.d.x", rd, x)


def add_across(em: BlockEmitter, instr: Instruction) -> None:
    """addv bd, vn.8b: the sum of the eight bytes, modulo 256; uaddlv hd,
    vn.8b (clang's popcount): the whole sum."""
    rd_op, rn_op = instr.operands
    widen = instr.opcode == "uaddlv"
    if arm_reg(rd_op).bits != (16 if widen else 8):
        raise em.error(f"{instr.opcode} into {rd_op.name}")
    x = em.temp()
    em.emit("fmv.x.d", x, _byte_vector(em, rn_op))
    _swar(em, x, 8, 0x00FF00FF00FF00FF, keep_low=True)  # four 16-bit sums
    k = em.temp()
    em.li(k, 0x0001000100010001)
    em.emit("mul", x, x, k)  # the top 16 bits add up the four (no carry: each < 512)
    em.emit("srli", x, x, 48)  # at most 2040: 16 bits hold it
    if not widen:
        em.emit("andi", x, x, 255)
    rd = em.dest(rd_op)
    em.emit("fmv.d.x", rd, x)


RULES = {
    **{m: binary for m in _BINARY},
    **{m: unary for m in _UNARY if m != "fmov"},
    **{m: fused for m in _FUSED},
    "fnmul": fnmul, "fmov": fmov, "fcvt": fcvt,
    "scvtf": int_to_float, "ucvtf": int_to_float, "fcvtzs": float_to_int, "fcvtzu": float_to_int,
    "fcmp": fcmp, "fcmpe": fcmp, "movi": movi, "cnt": count_bits, "addv": add_across, "uaddlv": add_across,
    **{m: shift_long for m in ("sshll", "ushll", "sxtl", "uxtl")},
}
