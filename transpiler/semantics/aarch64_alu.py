"""AArch64 integer data processing: each base mnemonic's semantics as a
function (state, operands) -> None, built from small tables of families
(add/sub, logic, multiply, shifts, selects, bitfields, ...). Aliases
(cmp, mul, cset, ...) are rewritten to these in `aarch64.py`."""

from __future__ import annotations

import operator

import z3

from guacc.transpiler.asm.model import Cond, Shift
from guacc.transpiler.semantics.aarch64_operands import (
    UnsupportedInstruction, add_with_carry, condition, flexible_operand, immediate, is_register,
    logic_flags, read_register, resize, width_of, write_register, SHIFTS,
)
from guacc.transpiler.semantics.state import State


def _source(state: State, op, width: int) -> z3.BitVecRef:
    return resize(read_register(state, op), width)


# --- add/sub with optional carry-in and flags --------------------------------

ADD_SUB = {  # mnemonic: (subtract, sets flags, carry in from C)
    "add": (False, False, False), "adds": (False, True, False),
    "sub": (True, False, False), "subs": (True, True, False),
    "adc": (False, False, True), "adcs": (False, True, True),
    "sbc": (True, False, True), "sbcs": (True, True, True),
}


def _add_sub(subtract: bool, sets_flags: bool, with_carry: bool):
    def semantics(state: State, ops: tuple) -> None:
        dest, first, *rest = ops
        width = width_of(dest)
        x = _source(state, first, width)
        y = flexible_operand(state, tuple(rest), width)
        plain = x - y if subtract else x + y
        if subtract:
            y = ~y  # x - y = x + ~y + 1
        carry = state.flags["c"] if with_carry else z3.BoolVal(subtract)
        result, flags = add_with_carry(x, y, carry)
        if sets_flags:
            state.flags.update(flags)
        # without a carry in, the plain sum or difference: the same value, in
        # the form the simplifier gives the other ISA's `sub` (terms then match)
        write_register(state, dest, result if with_carry else plain)
    return semantics


# --- logic -------------------------------------------------------------------

LOGIC = {  # mnemonic: (operation, invert second operand, sets flags)
    "and": (operator.and_, False, False), "ands": (operator.and_, False, True),
    "orr": (operator.or_, False, False), "eor": (operator.xor, False, False),
    "bic": (operator.and_, True, False), "bics": (operator.and_, True, True),
    "orn": (operator.or_, True, False), "eon": (operator.xor, True, False),
}


def _logic(operation, invert: bool, sets_flags: bool):
    def semantics(state: State, ops: tuple) -> None:
        dest, first, *rest = ops
        width = width_of(dest)
        y = flexible_operand(state, tuple(rest), width)
        result = operation(_source(state, first, width), ~y if invert else y)
        if sets_flags:
            state.flags.update(logic_flags(result))
        write_register(state, dest, result)
    return semantics


# --- multiply and divide -----------------------------------------------------

MULTIPLY_ADD = {  # mnemonic: (subtract product, widen 32-bit sources: None / signed?)
    "madd": (False, None), "msub": (True, None),
    "smaddl": (False, True), "umaddl": (False, False),
    "smsubl": (True, True), "umsubl": (True, False),
}


def _multiply_add(subtract: bool, widen_signed: bool | None):
    def semantics(state: State, ops: tuple) -> None:
        dest, a, b, accumulator = ops
        width = width_of(dest)
        if widen_signed is None:
            x, y = _source(state, a, width), _source(state, b, width)
        else:
            x = resize(read_register(state, a), width, widen_signed)
            y = resize(read_register(state, b), width, widen_signed)
        acc = _source(state, accumulator, width)
        write_register(state, dest, acc - x * y if subtract else acc + x * y)
    return semantics


MULTIPLY_HIGH = {"smulh": True, "umulh": False}  # mnemonic: signed


def _multiply_high(signed: bool):
    def semantics(state: State, ops: tuple) -> None:
        dest, a, b = ops
        x = resize(read_register(state, a), 128, signed)
        y = resize(read_register(state, b), 128, signed)
        write_register(state, dest, z3.Extract(127, 64, x * y))
    return semantics


DIVIDE = {"sdiv": True, "udiv": False}  # mnemonic: signed


def _divide(signed: bool):
    # AArch64 never traps: x / 0 = 0; INT_MIN / -1 wraps to INT_MIN (as bvsdiv does).
    def semantics(state: State, ops: tuple) -> None:
        dest, a, b = ops
        width = width_of(dest)
        x, y = _source(state, a, width), _source(state, b, width)
        quotient = x / y if signed else z3.UDiv(x, y)
        write_register(state, dest, z3.If(y == 0, z3.BitVecVal(0, width), quotient))
    return semantics


# --- shifts by immediate or register (register amounts modulo the width) -----

def _shift(kind: str):
    def semantics(state: State, ops: tuple) -> None:
        dest, source, amount = ops
        width = width_of(dest)
        if is_register(amount):
            bits = _source(state, amount, width) & (width - 1)
        else:
            bits = immediate(state, amount, width)
        write_register(state, dest, SHIFTS[kind](_source(state, source, width), bits))
    return semantics


# --- moves -------------------------------------------------------------------

def _mov(state: State, ops: tuple) -> None:
    dest, source = ops
    width = width_of(dest)
    if is_register(source):
        value = _source(state, source, width)
    else:
        value = immediate(state, source, width, signed=True)  # holes: movz or movn range
    write_register(state, dest, value)


def _wide_immediate(state: State, ops: tuple, width: int) -> tuple[z3.BitVecRef, int]:
    """movz/movn/movk: the 16-bit immediate and its `lsl` position."""
    shift = ops[2].amount if len(ops) > 2 and isinstance(ops[2], Shift) else 0
    return resize(immediate(state, ops[1], 16), width), shift or 0


def _movz(state: State, ops: tuple) -> None:
    width = width_of(ops[0])
    value, shift = _wide_immediate(state, ops, width)
    write_register(state, ops[0], value << shift)


def _movn(state: State, ops: tuple) -> None:
    width = width_of(ops[0])
    value, shift = _wide_immediate(state, ops, width)
    write_register(state, ops[0], ~(value << shift))


def _movk(state: State, ops: tuple) -> None:
    width = width_of(ops[0])
    value, shift = _wide_immediate(state, ops, width)
    keep = z3.BitVecVal(~(0xFFFF << shift) % (1 << width), width)
    write_register(state, ops[0], (_source(state, ops[0], width) & keep) | (value << shift))


# --- conditional select and compare ------------------------------------------

CONDITIONAL_SELECT = {  # mnemonic: what happens to the second source when the condition fails
    "csel": lambda v: v, "csinc": lambda v: v + 1,
    "csinv": lambda v: ~v, "csneg": lambda v: -v,
}


def _conditional_select(transform):
    def semantics(state: State, ops: tuple) -> None:
        dest, a, b, cond = ops
        width = width_of(dest)
        holds = condition(state, _cond_code(cond))
        value = z3.If(holds, _source(state, a, width), transform(_source(state, b, width)))
        write_register(state, dest, value)
    return semantics


def _cond_code(op) -> str:
    if not isinstance(op, Cond):
        raise UnsupportedInstruction(f"expected a condition, got {op}")
    return op.code


CONDITIONAL_COMPARE = {"ccmp": True, "ccmn": False}  # mnemonic: subtract


def _conditional_compare(subtract: bool):
    def semantics(state: State, ops: tuple) -> None:
        first, second, nzcv, cond = ops
        width = width_of(first)
        holds = condition(state, _cond_code(cond))
        y = _source(state, second, width) if is_register(second) else immediate(state, second, width)
        if subtract:
            y = ~y
        _, computed = add_with_carry(_source(state, first, width), y, z3.BoolVal(subtract))
        given = immediate(state, nzcv, 4)
        for bit, flag in zip((3, 2, 1, 0), ("n", "z", "c", "v")):
            state.flags[flag] = z3.If(holds, computed[flag], z3.Extract(bit, bit, given) == 1)
    return semantics


# --- extends and bitfields ---------------------------------------------------

EXTEND_INSTRUCTIONS = {  # mnemonic: (source bits, signed)
    "sxtb": (8, True), "sxth": (16, True), "sxtw": (32, True),
    "uxtb": (8, False), "uxth": (16, False), "uxtw": (32, False),
}


def _extend_instruction(bits: int, signed: bool):
    def semantics(state: State, ops: tuple) -> None:
        dest, source = ops
        value = resize(read_register(state, source), bits)
        write_register(state, dest, resize(value, width_of(dest), signed))
    return semantics


def _ones(count: z3.BitVecRef) -> z3.BitVecRef:
    """`count` low one bits (count == width gives all ones: 1 << width is 0)."""
    one = z3.BitVecVal(1, count.size())
    return (one << count) - 1


def _sign_extend_from(value: z3.BitVecRef, bits: z3.BitVecRef) -> z3.BitVecRef:
    spare = value.size() - bits
    return (value << spare) >> spare


def _extract_field(src, dst, lsb, bits, mode):
    """sbfx/ubfx/bfxil: `bits` bits of src from `lsb` to the bottom."""
    field = z3.LShR(src, lsb) & _ones(bits)
    if mode == "signed":
        return _sign_extend_from(field, bits)
    if mode == "merge":
        return (dst & ~_ones(bits)) | field
    return field


def _insert_field(src, dst, lsb, bits, mode):
    """sbfiz/ubfiz/bfi: the low `bits` bits of src placed at `lsb`."""
    field = src & _ones(bits)
    if mode == "signed":
        field = _sign_extend_from(field, bits)
    if mode == "merge":
        return (dst & ~(_ones(bits) << lsb)) | (field << lsb)
    return field << lsb


BITFIELD_ALIASES = {  # mnemonic: (placement, mode); operands: dest, src, lsb, width
    "sbfx": (_extract_field, "signed"), "ubfx": (_extract_field, "unsigned"),
    "bfxil": (_extract_field, "merge"), "sbfiz": (_insert_field, "signed"),
    "ubfiz": (_insert_field, "unsigned"), "bfi": (_insert_field, "merge"),
}


def _bitfield_alias(placement, mode: str):
    def semantics(state: State, ops: tuple) -> None:
        dest, source, lsb, bits = ops
        width = width_of(dest)
        value = placement(_source(state, source, width), _source(state, dest, width),
                          immediate(state, lsb, width), immediate(state, bits, width), mode)
        write_register(state, dest, value)
    return semantics


BITFIELD_MOVES = {"sbfm": "signed", "ubfm": "unsigned", "bfm": "merge"}


def _bitfield_move(mode: str):
    # imms >= immr: extract bits [imms:immr] to the bottom; else insert the
    # low imms+1 bits at width - immr (the ARM ARM's DecodeBitMasks cases).
    def semantics(state: State, ops: tuple) -> None:
        dest, source, immr_op, imms_op = ops
        width = width_of(dest)
        src, dst = _source(state, source, width), _source(state, dest, width)
        immr, imms = immediate(state, immr_op, width), immediate(state, imms_op, width)
        value = z3.If(z3.UGE(imms, immr),
                      _extract_field(src, dst, immr, imms - immr + 1, mode),
                      _insert_field(src, dst, width - immr, imms + 1, mode))
        write_register(state, dest, value)
    return semantics


def _extr(state: State, ops: tuple) -> None:
    dest, high, low, lsb = ops
    width = width_of(dest)
    joined = z3.Concat(_source(state, high, width), _source(state, low, width))
    shift = resize(immediate(state, lsb, width), 2 * width)
    write_register(state, dest, z3.Extract(width - 1, 0, z3.LShR(joined, shift)))


# --- bit counting and reversal -----------------------------------------------

def count_leading_zeros(value: z3.BitVecRef) -> z3.BitVecRef:
    width = value.size()
    result = z3.BitVecVal(width, width)
    for bit in range(width):  # the highest set bit decides, so it is tested last
        result = z3.If(z3.Extract(bit, bit, value) == 1, z3.BitVecVal(width - 1 - bit, width), result)
    return result


def _count_leading_sign_bits(value: z3.BitVecRef) -> z3.BitVecRef:
    width = value.size()
    differs = z3.Extract(width - 1, 1, value) ^ z3.Extract(width - 2, 0, value)
    return z3.ZeroExt(1, count_leading_zeros(differs))


def _reverse_bits(value: z3.BitVecRef) -> z3.BitVecRef:
    return z3.Concat(*[z3.Extract(i, i, value) for i in range(value.size())])


def _reverse_bytes_within(chunk_bits: int | None):
    def reverse(value: z3.BitVecRef) -> z3.BitVecRef:
        chunk = chunk_bits or value.size()
        chunks = []
        for top in range(value.size() - 1, 0, -chunk):  # most significant chunk first
            base = top - chunk + 1
            chunks.append(z3.Concat(*[z3.Extract(base + 8 * i + 7, base + 8 * i, value)
                                      for i in range(chunk // 8)]))
        return chunks[0] if len(chunks) == 1 else z3.Concat(*chunks)
    return reverse


UNARY_BIT_OPERATIONS = {
    "clz": count_leading_zeros, "cls": _count_leading_sign_bits, "rbit": _reverse_bits,
    "rev": _reverse_bytes_within(None), "rev16": _reverse_bytes_within(16),
    "rev32": _reverse_bytes_within(32),
}


def _unary(function):
    def semantics(state: State, ops: tuple) -> None:
        dest, source = ops
        write_register(state, dest, function(_source(state, source, width_of(dest))))
    return semantics


def _no_operation(state: State, ops: tuple) -> None:
    return None


def _table() -> dict:
    table = {}
    table.update({m: _add_sub(*spec) for m, spec in ADD_SUB.items()})
    table.update({m: _logic(*spec) for m, spec in LOGIC.items()})
    table.update({m: _multiply_add(*spec) for m, spec in MULTIPLY_ADD.items()})
    table.update({m: _multiply_high(s) for m, s in MULTIPLY_HIGH.items()})
    table.update({m: _divide(s) for m, s in DIVIDE.items()})
    table.update({m: _shift(m) for m in SHIFTS})
    table.update({m: _conditional_select(t) for m, t in CONDITIONAL_SELECT.items()})
    table.update({m: _conditional_compare(s) for m, s in CONDITIONAL_COMPARE.items()})
    table.update({m: _extend_instruction(*spec) for m, spec in EXTEND_INSTRUCTIONS.items()})
    table.update({m: _bitfield_alias(*spec) for m, spec in BITFIELD_ALIASES.items()})
    table.update({m: _bitfield_move(mode) for m, mode in BITFIELD_MOVES.items()})
    table.update({m: _unary(f) for m, f in UNARY_BIT_OPERATIONS.items()})
    table.update({"mov": _mov, "movz": _movz, "movn": _movn, "movk": _movk, "extr": _extr,
                  "nop": _no_operation})
    return table


DATA_PROCESSING = _table()
