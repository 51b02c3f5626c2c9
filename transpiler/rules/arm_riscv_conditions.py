"""Instructions that set the flags (cmp, cmn, tst, subs, adds, ands, negs,
ccmp, ccmn) and the conditional selects that read them (csel, csinc,
csinv, csneg and their aliases cset, csetm, cinc, cinv, cneg, and fcsel).

A select becomes mask arithmetic on the condition's 0/1 value c (RISC-V
without Zicond has no conditional move): rd = a + ((y - a) & (c - 1)) is a
when c = 1 and y when c = 0, exactly, on all 64 bits.
"""

from __future__ import annotations

from guacc.transpiler.asm.model import Cond, Imm, Instruction

from . import arm_riscv_alu as alu
from .arm_riscv_emit import BlockEmitter, Form, fits12, sext32
from .arm_riscv_flags import (AddCompare, Compare, CondCompare, FlagSource, ResultTest, Test, bool_into,
                              bool_reg, keep)
from .arm_riscv_registers import arm_reg


def flags(em: BlockEmitter) -> FlagSource:
    if em.flags is None:
        raise em.error("flags set in another block")
    return em.flags


def _condition(instr: Instruction) -> str:
    cond = instr.operands[-1]
    if not isinstance(cond, Cond):
        raise ValueError(f"expected a condition, got {cond}")
    return cond.code


def _compare_b(em: BlockEmitter, ops: tuple, width: int) -> str | int:
    """cmp's second operand in the comparison's view."""
    if isinstance(ops[0], Imm):
        value = alu._imm_value(ops)
        return sext32(value) if width == 32 else value
    if len(ops) == 1:
        return em.read_sext(ops[0]) if width == 32 else em.read(ops[0])
    value = alu.operand2(em, ops, width == 32)
    if width == 32 and not _sign_extended(ops[1]):
        tmp = value if value in em.taken else em.temp()  # extend a scratch in place
        em.emit("sext.w", tmp, value)
        return tmp
    return value


def _sign_extended(shift) -> bool:
    """Whether operand2 leaves a 32-bit operand with this shift or extension
    sign-extended (narrow extensions, sraiw/srliw results, plain sxtw)."""
    kind, amount = getattr(shift, "kind", ""), getattr(shift, "amount", None) or 0
    return (kind in ("sxtb", "sxth", "uxtb", "uxth", "asr") or (kind == "lsr" and amount > 0)
            or (kind == "sxtw" and amount == 0))


def _compare_source(em: BlockEmitter, ops: tuple, negate: bool) -> FlagSource:
    """The flags of cmp a, b (`negate`: cmn, the flags of a + b)."""
    width = arm_reg(ops[0]).bits
    a = em.read_sext(ops[0]) if width == 32 else em.read(ops[0])
    b = _compare_b(em, ops[1:], width)
    if not negate:
        return Compare(a, b, width)
    if isinstance(b, int):
        # a + imm: the flags of a - (-imm), except that adding 0 never carries
        return ResultTest(a) if b == 0 else Compare(a, -b, width)
    return AddCompare(a, b, width)


def cmp(em: BlockEmitter, instr: Instruction) -> None:
    keep(em, _compare_source(em, instr.operands, negate=False))


def cmn(em: BlockEmitter, instr: Instruction) -> None:
    keep(em, _compare_source(em, instr.operands, negate=True))


def _result_test(em: BlockEmitter, rd_op) -> None:
    """ands/tst: the flags of the result in rd (sign-extended if 32-bit)."""
    reg = arm_reg(rd_op)
    name = em.name(reg)
    if reg.bits == 32 and not em.form(reg).sext:
        tmp = em.temp()
        em.emit("sext.w", tmp, name)
        name = tmp
    keep(em, ResultTest(name))


def tst(em: BlockEmitter, instr: Instruction) -> None:
    width = arm_reg(instr.operands[0]).bits
    a = em.read_sext(instr.operands[0]) if width == 32 else em.read(instr.operands[0])
    value = alu.operand2(em, instr.operands[1:], width == 32)
    if isinstance(value, int) and width == 32:
        value = sext32(value)
    tmp = em.temp()
    if isinstance(value, int):
        if fits12(value):
            em.emit("andi", tmp, a, value)
        else:
            em.emit("and", tmp, a, em.const_reg(value))
    else:
        em.emit("and", tmp, a, value)
        if width == 32:
            em.emit("sext.w", tmp, tmp)
    keep(em, ResultTest(tmp))


def subs(em: BlockEmitter, instr: Instruction) -> None:
    keep(em, _compare_source(em, instr.operands[1:], negate=False))
    alu.sub(em, instr)


def adds(em: BlockEmitter, instr: Instruction) -> None:
    keep(em, _compare_source(em, instr.operands[1:], negate=True))
    alu.add(em, instr)


def negs(em: BlockEmitter, instr: Instruction) -> None:
    width = arm_reg(instr.operands[0]).bits
    keep(em, Compare("zero", _compare_b(em, instr.operands[1:], width), width))
    alu.neg(em, instr)


def ands(em: BlockEmitter, instr: Instruction, op: str = "and", invert: bool = False) -> None:
    alu.logical(em, instr, op, invert)
    _result_test(em, instr.operands[0])


def ccmp(em: BlockEmitter, instr: Instruction) -> None:
    """ccmp/ccmn a, b, #nzcv, cond: compare where cond holds, else set nzcv."""
    *ops, nzcv, _ = instr.operands
    before = flags(em)
    held = bool_reg(em, before.test(em, _condition(instr)))
    em.flags = None
    for reg in before.registers():  # the earlier compare is spent: its scratch is free again
        em.free_now(reg)
    inner = _compare_source(em, tuple(ops), negate=instr.opcode == "ccmn")
    keep(em, CondCompare(held, inner, nzcv.value))


# -- conditional selects ------------------------------------------------------

def _select_operand(em: BlockEmitter, op, word: bool) -> str:
    return em.name(arm_reg(op)) if word else em.read(op)


def _operand_form(em: BlockEmitter, op) -> Form:
    reg = arm_reg(op)
    return Form(False, True, True) if reg.is_zero else em.form(reg)


def _select(em: BlockEmitter, rd_op, test: Test, a: str, y: str, form: Form) -> None:
    """rd = a if test else y, with one scratch: rd = a + ((y - a) & mask)
    where mask is all ones when the test fails (or the mirror image when rd
    is a itself)."""
    word = arm_reg(rd_op).bits == 32
    c = bool_reg(em, test)
    if y == "zero":
        em.emit("neg", c, c)
        rd = em.dest(rd_op)
        em.emit("and", rd, a, c)
    elif a == "zero":
        em.emit("addi", c, c, -1)
        rd = em.dest(rd_op)
        em.emit("and", rd, y, c)
    else:
        rd = em.dest(rd_op)
        if rd != a:
            em.emit("addi", c, c, -1)
            em.emit("sub", rd, y, a)
            em.emit("and", rd, rd, c)
            em.emit("add", rd, rd, a)
        elif rd != y:
            em.emit("neg", c, c)
            em.emit("sub", rd, a, y)
            em.emit("and", rd, rd, c)
            em.emit("add", rd, rd, y)
    if word:
        em.forms[arm_reg(rd_op).arch] = form
    else:
        em.set_form(rd_op)


def csel(em: BlockEmitter, instr: Instruction) -> None:
    """csel/csinc/csinv/csneg rd, a, b, cond: rd = cond ? a : f(b)."""
    rd_op, a_op, b_op = instr.operands[:3]
    word = arm_reg(rd_op).bits == 32
    test = flags(em).test(em, _condition(instr))
    a, b = _select_operand(em, a_op, word), _select_operand(em, b_op, word)
    fa, fb = _operand_form(em, a_op), _operand_form(em, b_op)
    if instr.opcode != "csel":
        y = em.temp()
        if instr.opcode == "csinc":
            em.emit("addiw" if word else "addi", y, b, 1)
        elif instr.opcode == "csinv":
            em.emit("not", y, b)
        else:
            em.emit("negw" if word else "neg", y, b)
        fb = Form(False, fb.sext or instr.opcode != "csinv", False)
        b = y
    _select(em, rd_op, test, a, b, Form(False, fa.sext and fb.sext, fa.zext and fb.zext))


def cset(em: BlockEmitter, instr: Instruction) -> None:
    """cset rd, cond (1 or 0); csetm rd, cond (-1 or 0)."""
    rd_op = instr.operands[0]
    test = flags(em).test(em, _condition(instr))
    rd = em.dest(rd_op)
    bool_into(em, test, rd)
    if instr.opcode == "csetm":
        em.emit("neg", rd, rd)
        em.set_form(rd_op, sext=True)
    else:
        em.set_form(rd_op, sext=True, zext=True)


def cinc(em: BlockEmitter, instr: Instruction) -> None:
    """cinc rd, a, cond: a + 1 where cond holds; cinv: ~a; cneg: -a."""
    rd_op, a_op = instr.operands[:2]
    word = arm_reg(rd_op).bits == 32
    test = flags(em).test(em, _condition(instr))
    a = _select_operand(em, a_op, word)
    form = _operand_form(em, a_op)
    c = bool_reg(em, test)
    if instr.opcode == "cinc":
        rd = em.dest(rd_op)
        em.emit("addw" if word else "add", rd, a, c)
        form = Form(False, True, False)
    else:
        em.emit("neg", c, c)  # all ones where the condition holds
        rd = em.dest(rd_op)
        em.emit("xor", rd, a, c)
        if instr.opcode == "cneg":  # (a ^ m) - m is -a where m = -1
            em.emit("subw" if word else "sub", rd, rd, c)
            form = Form(False, True, False)
        else:
            form = Form(False, form.sext, False)
    if word:
        em.forms[arm_reg(rd_op).arch] = form
    else:
        em.set_form(rd_op)


def fcsel(em: BlockEmitter, instr: Instruction) -> None:
    """fcsel fd, fa, fb, cond: the select on the raw bits in integer scratch."""
    rd_op, a_op, b_op = instr.operands[:3]
    fmt = "d" if arm_reg(rd_op).bits == 64 else "s"
    move = "fmv.x.d" if fmt == "d" else "fmv.x.w"
    test = flags(em).test(em, _condition(instr))
    c = bool_reg(em, test)
    em.emit("addi", c, c, -1)
    a, y = em.temp(), em.temp()
    em.emit(move, a, em.fp(a_op))
    em.emit(move, y, em.fp(b_op))
    em.emit("sub", y, y, a)
    em.emit("and", y, y, c)
    em.emit("add", y, a, y)
    rd = em.dest(rd_op)
    em.emit("fmv.d.x" if fmt == "d" else "fmv.w.x", rd, y)


RULES = {
    "cmp": cmp, "cmn": cmn, "tst": tst, "subs": subs, "adds": adds, "negs": negs,
    "ands": ands, "bics": lambda em, i: ands(em, i, "and", invert=True),
    "ccmp": ccmp, "ccmn": ccmp,
    "csel": csel, "csinc": csel, "csinv": csel, "csneg": csel,
    "cset": cset, "csetm": cset, "cinc": cinc, "cinv": cinc, "cneg": cinc,
    "fcsel": fcsel,
}
