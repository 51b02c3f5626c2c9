"""Integer data processing: add/sub, logical operations, moves and wide
immediates, shifts, multiplication and division, extensions and bitfields.

Every rule reads its sources in the view it needs (`BlockEmitter.read*`),
writes the destination and records the destination's form: RISC-V `*w`
instructions leave 32-bit results sign-extended, 64-bit ones are exact.
"""

from __future__ import annotations

from guacc.transpiler.asm.model import Imm, Instruction, Reg, Shift, SymRef

from .arm_riscv_emit import BlockEmitter, Form, fits12, sext32, sext64
from .arm_riscv_registers import arm_reg, table

_ALU = table()["alu"]
_MASK64 = (1 << 64) - 1


def _width(op) -> int:
    return arm_reg(op).bits


def _imm_value(ops) -> int:
    """An immediate operand with its optional `lsl n`."""
    imm = ops[0]
    shift = ops[1] if len(ops) > 1 else None
    amount = shift.amount if isinstance(shift, Shift) and shift.amount else 0
    return imm.value << amount


def operand2(em: BlockEmitter, ops: tuple, word: bool) -> str | int:
    """The flexible second operand (`x2`, `x2, lsl 3`, `w2, sxtw 2`, `#imm,
    lsl 12`) as a register or an integer; for 32-bit operations only its
    low 32 bits are meaningful."""
    if isinstance(ops[0], Imm):
        value = _imm_value(ops)
        return sext32(value) if word else sext64(value)
    reg = ops[0]
    shift = ops[1] if len(ops) > 1 else None
    if shift is None:
        return em.read(reg)
    if not isinstance(shift, Shift):
        raise em.error(f"unexpected operand {shift}")
    kind, amount = shift.kind, shift.amount or 0
    if kind in ("lsl", "uxtx", "sxtx"):
        src = em.read(reg)
        if amount == 0:
            return src
        tmp = em.temp()
        em.emit("slli", tmp, src, amount)
        return tmp
    if kind in ("lsr", "asr"):
        src = em.read(reg)
        if amount == 0:
            return src
        tmp = em.temp()
        em.emit(("srli" if kind == "lsr" else "srai") + ("w" if word else ""), tmp, src, amount)
        return tmp
    if kind == "ror" and not word:
        src = em.read(reg)
        tmp, low = em.temp(), em.temp()
        em.emit("srli", tmp, src, amount)
        em.emit("slli", low, src, 64 - amount)
        em.emit("or", tmp, tmp, low)
        return tmp
    if kind == "uxtw":
        return em.read_zext(reg) if amount == 0 else em.zext_of(em.name(arm_reg(reg)), amount)
    if kind == "sxtw":
        src = em.read_sext(reg)
        if amount == 0:
            return src
        tmp = em.temp()
        em.emit("slli", tmp, src, amount)
        return tmp
    if kind in ("uxtb", "uxth", "sxtb", "sxth"):
        bits = 8 if kind.endswith("b") else 16
        tmp = em.temp()
        em.emit("slli", tmp, em.name(arm_reg(reg)), 64 - bits)
        em.emit("srai" if kind.startswith("s") else "srli", tmp, tmp, 64 - bits - amount)
        return tmp
    raise em.error(f"operand shift {kind}")


def _store_result(em: BlockEmitter, rd_op, word: bool, form: Form | None = None) -> None:
    if word:
        em.forms[arm_reg(rd_op).arch] = form or Form(False, sext=True)
    else:
        em.set_form(rd_op)


# -- add and subtract ----------------------------------------------------------

def _add_sub(em: BlockEmitter, instr: Instruction, subtract: bool, rd_op=None) -> None:
    rd_op = rd_op or instr.operands[0]
    rn_op, rest = instr.operands[1], instr.operands[2:]
    word = _width(rd_op) == 32 and _width(rn_op) == 32
    if isinstance(rest[0], SymRef):
        raise em.error(f"{instr.opcode} with a {rest[0].reloc or 'symbol'} operand")
    rn = em.read(rn_op)
    value = operand2(em, rest, word)
    rd = em.dest(rd_op)
    if isinstance(value, int):
        em.add_imm(rd, rn, -value if subtract else value, word=word)
    elif subtract:
        em.emit("subw" if word else "sub", rd, rn, value)
    else:
        em.emit("addw" if word else "add", rd, rn, value)
    _store_result(em, rd_op, word)


def add(em: BlockEmitter, instr: Instruction) -> None:
    _add_sub(em, instr, False)


def sub(em: BlockEmitter, instr: Instruction) -> None:
    _add_sub(em, instr, True)


def neg(em: BlockEmitter, instr: Instruction) -> None:
    rd_op, rest = instr.operands[0], instr.operands[1:]
    word = _width(rd_op) == 32
    value = operand2(em, rest, word)
    rd = em.dest(rd_op)
    em.emit("negw" if word else "neg", rd, value)
    _store_result(em, rd_op, word)


# -- logical -------------------------------------------------------------------

def _value_form(em: BlockEmitter, value: str | int, ops: tuple) -> Form:
    """What is known of a second operand's extension (for 32-bit results)."""
    if isinstance(value, int):
        return Form(False, value == sext32(value), 0 <= value < (1 << 32))
    if len(ops) == 1:
        reg = arm_reg(ops[0])
        return Form(False, True, True) if reg.is_zero else em.form(reg)
    return Form(False)


def _logical_form(opcode: str, a: Form, b: Form) -> Form:
    sext = a.sext and b.sext  # and/or/xor of sign-extended values stay so
    zext = (a.zext or b.zext) if opcode == "and" else (a.zext and b.zext)
    return Form(False, sext, zext)


def logical(em: BlockEmitter, instr: Instruction, op: str | None = None, invert: bool = False) -> None:
    """and/orr/eor (and bic/orn/eon with `invert`): rd = rn op operand2."""
    rd_op, rn_op, rest = instr.operands[0], instr.operands[1], instr.operands[2:]
    op = op or _ALU[instr.opcode.removesuffix("s")][0]
    word = _width(rd_op) == 32
    rn = em.read(rn_op)
    rn_form = Form(False, True, True) if arm_reg(rn_op).is_zero else em.form(arm_reg(rn_op))
    value = operand2(em, rest, word)
    value_form = _value_form(em, value, rest)
    if invert:
        if isinstance(value, int):
            value = ~value
        else:
            tmp = em.temp()
            em.emit("not", tmp, value)
            value = tmp
        value_form = Form(False, value_form.sext, False)
    rd = em.dest(rd_op)
    if isinstance(value, int):
        if fits12(value):
            em.emit(op + "i", rd, rn, value)
        else:
            em.emit(op, rd, rn, em.const_reg(value))
    else:
        em.emit(op, rd, rn, value)
    _store_result(em, rd_op, word, _logical_form(op, rn_form, value_form))


def mvn(em: BlockEmitter, instr: Instruction) -> None:
    rd_op, rest = instr.operands[0], instr.operands[1:]
    word = _width(rd_op) == 32
    value = operand2(em, rest, word)
    form = _value_form(em, value, rest)
    rd = em.dest(rd_op)
    em.emit("not", rd, value)
    _store_result(em, rd_op, word, Form(False, form.sext, False))


# -- moves -----------------------------------------------------------------------

def mov(em: BlockEmitter, instr: Instruction) -> None:
    rd_op, src = instr.operands[0], instr.operands[1]
    if isinstance(src, Imm):
        _move_constant(em, rd_op, _imm_value(instr.operands[1:]))
        return
    if isinstance(src, Reg) and arm_reg(src).is_fp:
        raise em.error(f"mov {src.name} (SIMD)")
    rd_reg = arm_reg(rd_op)
    rs = em.read(src) if rd_reg.bits == 64 else em.name(arm_reg(src))
    known = em.constants.get(arm_reg(src).arch)
    symbol = em.symbols.get(arm_reg(src).arch)
    rd = em.dest(rd_op)
    if symbol is not None and rd_reg.bits == 64:
        em.symbols[rd_reg.arch] = symbol
    if rd_reg.bits == 32 and not arm_reg(src).is_zero and not em.form(arm_reg(src)).sext:
        # a 32-bit value leaves the block sign-extended (the RISC-V invariant
        # the verifier holds 32-bit registers to), whatever the rest held
        em.emit("sext.w", rd, rs)
        em.set_form(rd_op, sext=True)
        return
    if rd != rs:
        em.emit("mv", rd, rs)
    if rd_reg.bits == 64 and rs != em.name(arm_reg(src)):
        em.set_form(rd_op, zext=True)  # read() zero-extended a 32-bit value
    else:
        em.copy_form(rd_op, src)
    if known is not None and rd_reg.bits == 64:
        em.constants[rd_reg.arch] = known


def _move_constant(em: BlockEmitter, rd_op, value: int) -> None:
    word = _width(rd_op) == 32
    value = sext32(value) if word else sext64(value)
    rd = em.dest(rd_op)
    em.li(rd, value)
    em.set_constant(rd_op, value)


def movz(em: BlockEmitter, instr: Instruction) -> None:
    _move_constant(em, instr.operands[0], _imm_value(instr.operands[1:]))


def movn(em: BlockEmitter, instr: Instruction) -> None:
    _move_constant(em, instr.operands[0], ~_imm_value(instr.operands[1:]))


def movk(em: BlockEmitter, instr: Instruction) -> None:
    """Insert 16 bits: folded into the li that set the register when it is
    known, else cleared and or-ed in."""
    rd_op = instr.operands[0]
    shift = instr.operands[2].amount if len(instr.operands) > 2 else 0
    field = instr.operands[1].value << shift
    word = _width(rd_op) == 32
    mask = 0xFFFF << shift
    reg = arm_reg(rd_op)
    known = em.constants.get(reg.arch)
    if known is not None:
        value = (known & ~mask) | field
        value = sext32(value) if word else sext64(value)
        rd = em.name(reg)
        last = em.out[-1] if em.out else None
        if last is not None and last.opcode == "li" and last.operands[0] == Reg(rd):
            em.out.pop()  # the mov this movk completes
        em.dest(rd_op)
        em.li(rd, value)
        em.set_constant(rd_op, value)
        return
    rd = em.normalize(rd_op) if not word else em.name(reg)
    em.dest(rd_op)
    tmp = em.temp()
    em.li(tmp, ~mask)
    em.emit("and", rd, rd, tmp)
    em.li(tmp, sext32(field) if word else field)
    em.emit("or", rd, rd, tmp)
    em.set_form(rd_op)


# -- shifts --------------------------------------------------------------------------

def shift(em: BlockEmitter, instr: Instruction) -> None:
    """lsl/lsr/asr/ror by an immediate or a register (lslv...)."""
    rd_op, rn_op, amount_op = instr.operands[:3]
    kind = instr.opcode.removesuffix("v")
    word = _width(rd_op) == 32
    if kind == "ror":
        _rotate(em, rd_op, rn_op, amount_op, word)
        return
    row = _ALU[kind]
    if isinstance(amount_op, Imm):
        amount = amount_op.value
        rn = em.read(rn_op)
        rd = em.dest(rd_op)
        em.emit(row[3] if word else row[2], rd, rn, amount)
        if word:
            positive = kind == "lsr" and amount > 0
            _store_result(em, rd_op, True, Form(False, True, positive))
        else:
            em.set_form(rd_op)
        return
    rn, amount = em.read(rn_op), em.read(amount_op)
    rd = em.dest(rd_op)
    em.emit(row[1] if word else row[0], rd, rn, amount)
    _store_result(em, rd_op, word)


def _rotate(em: BlockEmitter, rd_op, rn_op, amount_op, word: bool) -> None:
    """ror: (x >> n) | (x << (width - n)); by a register the left shift is by
    -n (RISC-V shifts use the amount modulo the width, so n = 0 works too)."""
    bits = 32 if word else 64
    if isinstance(amount_op, Imm):
        amount = amount_op.value % bits
        src = em.read_zext(rn_op) if word else em.read(rn_op)
        low = em.temp()
        em.emit("srli", low, src, amount)
        rd = em.dest(rd_op)
        em.emit("slliw" if word else "slli", rd, src, bits - amount)
        em.emit("or", rd, rd, low)
        _store_result(em, rd_op, word, Form(False))
        return
    src, amount = em.read(rn_op), em.read(amount_op)
    low, high = em.temp(), em.temp()
    em.emit("srlw" if word else "srl", low, src, amount)
    em.emit("neg", high, amount)
    em.emit("sllw" if word else "sll", high, src, high)
    rd = em.dest(rd_op)
    em.emit("or", rd, low, high)
    _store_result(em, rd_op, word)


# -- multiplication and division -----------------------------------------------

def mul(em: BlockEmitter, instr: Instruction) -> None:
    rd_op, rn_op, rm_op = instr.operands[:3]
    word = _width(rd_op) == 32
    rn, rm = em.read(rn_op), em.read(rm_op)
    rd = em.dest(rd_op)
    em.emit("mulw" if word else "mul", rd, rn, rm)
    _store_result(em, rd_op, word)


def mneg(em: BlockEmitter, instr: Instruction) -> None:
    mul(em, instr)
    rd_op = instr.operands[0]
    word = _width(rd_op) == 32
    rd = em.name(arm_reg(rd_op))
    em.emit("negw" if word else "neg", rd, rd)
    _store_result(em, rd_op, word)


def madd(em: BlockEmitter, instr: Instruction, subtract: bool = False) -> None:
    """madd rd = ra + rn*rm, msub rd = ra - rn*rm."""
    rd_op, rn_op, rm_op, ra_op = instr.operands[:4]
    word = _width(rd_op) == 32
    rn, rm, ra = em.read(rn_op), em.read(rm_op), em.read(ra_op)
    product = em.temp()
    em.emit("mulw" if word else "mul", product, rn, rm)
    rd = em.dest(rd_op)
    if subtract:
        em.emit("subw" if word else "sub", rd, ra, product)
    else:
        em.emit("addw" if word else "add", rd, ra, product)
    _store_result(em, rd_op, word)


def msub(em: BlockEmitter, instr: Instruction) -> None:
    madd(em, instr, subtract=True)


def long_multiply(em: BlockEmitter, instr: Instruction) -> None:
    """smull/umull x, w, w (and smaddl/umaddl/smsubl/umsubl/smnegl/umnegl):
    64-bit products of 32-bit operands."""
    op = instr.opcode
    signed = op.startswith("s")
    rd_op, rn_op, rm_op = instr.operands[:3]
    view = em.read_sext if signed else em.read_zext
    rn, rm = view(rn_op), view(rm_op)
    accumulate = em.read(instr.operands[3]) if op.endswith(("addl", "subl")) else None
    product = em.temp() if accumulate is not None else None
    rd = em.dest(rd_op)
    target = product or rd
    em.emit("mul", target, rn, rm)
    if op.endswith("addl"):
        em.emit("add", rd, accumulate, product)
    elif op.endswith("subl"):
        em.emit("sub", rd, accumulate, product)
    elif op.endswith("negl"):
        em.emit("neg", rd, rd)
    em.set_form(rd_op)


def multiply_high(em: BlockEmitter, instr: Instruction) -> None:
    rd_op, rn_op, rm_op = instr.operands[:3]
    rn, rm = em.read(rn_op), em.read(rm_op)
    rd = em.dest(rd_op)
    em.emit(_ALU[instr.opcode][0], rd, rn, rm)
    em.set_form(rd_op)


def divide(em: BlockEmitter, instr: Instruction) -> None:
    """sdiv/udiv: AArch64 gives 0 for a zero divisor, RISC-V all ones, so
    the quotient is masked unless the divisor is a known non-zero constant."""
    rd_op, rn_op, rm_op = instr.operands[:3]
    word = _width(rd_op) == 32
    rn = em.read(rn_op)
    rm = em.read_sext(rm_op) if word else em.read(rm_op)
    divisor = em.constants.get(arm_reg(rm_op).arch)
    mask = None
    if divisor is None or (divisor & (0xFFFFFFFF if word else _MASK64)) == 0:
        mask = em.temp()
        em.emit("snez", mask, rm)
        em.emit("neg", mask, mask)
    rd = em.dest(rd_op)
    em.emit(_ALU[instr.opcode][1 if word else 0], rd, rn, rm)
    if mask is not None:
        em.emit("and", rd, rd, mask)
    _store_result(em, rd_op, word)


# -- extensions and bitfields -------------------------------------------------------

def extend(em: BlockEmitter, instr: Instruction) -> None:
    """sxtb/sxth/sxtw/uxtb/uxth/uxtw rd, wn."""
    rd_op, rn_op = instr.operands[:2]
    op = instr.opcode
    bits = {"b": 8, "h": 16, "w": 32}[op[-1]]
    signed = op.startswith("s")
    if bits == 32:
        src = em.read_sext(rn_op) if signed else em.read_zext(rn_op)
        rd = em.dest(rd_op)
        if rd != src:
            em.emit("mv", rd, src)
        em.set_form(rd_op, sext=signed, zext=not signed)
        return
    src = em.name(arm_reg(rn_op))
    rd = em.dest(rd_op)
    if not signed and bits == 8:
        em.emit("andi", rd, src, 255)
    else:
        em.emit("slli", rd, src, 64 - bits)
        em.emit("srai" if signed else "srli", rd, rd, 64 - bits)
    em.set_form(rd_op, sext=True, zext=not signed)


def _field(instr: Instruction) -> tuple[int, int]:
    return instr.operands[2].value, instr.operands[3].value


def bitfield_extract(em: BlockEmitter, instr: Instruction) -> None:
    """ubfx/sbfx rd, rn, lsb, width: the field moved down and extended;
    ubfiz/sbfiz rd, rn, lsb, width: the low `width` bits moved up to lsb."""
    rd_op, rn_op = instr.operands[:2]
    lsb, width = _field(instr)
    op = instr.opcode
    signed = op.startswith("s")
    word = _width(rd_op) == 32
    # a 32-bit source: the field lies in its low half, which is always right
    src = em.read(rn_op) if _width(rn_op) == 64 else em.name(arm_reg(rn_op))
    rd = em.dest(rd_op)
    if op.endswith("fx"):
        em.emit("slli", rd, src, 64 - lsb - width)
        em.emit("srai" if signed else "srli", rd, rd, 64 - width)
        top = width
    else:
        em.emit("slli", rd, src, 64 - width)
        em.emit("srai" if signed else "srli", rd, rd, 64 - width - lsb)
        top = lsb + width
    if word:
        zext = not signed and top <= 32
        sext = (not signed and top < 32) or (signed and top <= 32)
        em.forms[arm_reg(rd_op).arch] = Form(False, sext, zext)
    else:
        em.set_form(rd_op)


def bitfield_insert(em: BlockEmitter, instr: Instruction) -> None:
    """bfi rd, rn, lsb, width (low bits of rn into rd at lsb) and bfxil rd,
    rn, lsb, width (rn's bits at lsb into rd's low bits)."""
    rd_op, rn_op = instr.operands[:2]
    lsb, width = _field(instr)
    word = _width(rd_op) == 32
    src = em.read(rn_op) if not word else em.name(arm_reg(rn_op))
    at = lsb if instr.opcode == "bfi" else 0
    piece = em.temp()
    if instr.opcode == "bfi":
        em.emit("slli", piece, src, 64 - width)
    else:
        em.emit("slli", piece, src, 64 - lsb - width)
    em.emit("srli", piece, piece, 64 - width - at)
    reg = arm_reg(rd_op)
    before = em.form(reg)
    rd = em.normalize(rd_op) if not word else em.name(reg)
    em.dest(rd_op)
    mask = ~(((1 << width) - 1) << at)
    if fits12(mask):
        em.emit("andi", rd, rd, mask)
    else:
        em.emit("and", rd, rd, em.const_reg(mask))
    em.emit("or", rd, rd, piece)
    if word:
        em.forms[reg.arch] = Form(False, before.sext and at + width < 32, before.zext)
    else:
        em.set_form(rd_op)


RULES = {
    "add": add, "sub": sub, "neg": neg,
    "and": logical, "orr": logical, "eor": logical,
    "bic": lambda em, i: logical(em, i, "and", invert=True),
    "orn": lambda em, i: logical(em, i, "or", invert=True),
    "eon": lambda em, i: logical(em, i, "xor", invert=True),
    "mvn": mvn, "mov": mov, "movz": movz, "movn": movn, "movk": movk,
    "lsl": shift, "lsr": shift, "asr": shift, "ror": shift,
    "lslv": shift, "lsrv": shift, "asrv": shift, "rorv": shift,
    "mul": mul, "mneg": mneg, "madd": madd, "msub": msub,
    "smull": long_multiply, "umull": long_multiply, "smaddl": long_multiply, "umaddl": long_multiply,
    "smsubl": long_multiply, "umsubl": long_multiply, "smnegl": long_multiply, "umnegl": long_multiply,
    "smulh": multiply_high, "umulh": multiply_high,
    "sdiv": divide, "udiv": divide,
    "sxtb": extend, "sxth": extend, "sxtw": extend, "uxtb": extend, "uxth": extend, "uxtw": extend,
    "ubfx": bitfield_extract, "sbfx": bitfield_extract, "ubfiz": bitfield_extract, "sbfiz": bitfield_extract,
    "bfi": bitfield_insert, "bfxil": bitfield_insert,
}
