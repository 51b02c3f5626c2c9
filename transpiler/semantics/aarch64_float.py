"""AArch64 scalar floating point in Z3's FP theory, on the bits of the
SIMD&FP registers (s = low 32 bits, d = low 64 bits of a 128-bit V register;
writes zero the rest). FPCR is its reset value: round to nearest even, NaNs
propagate (DN=0), no flush to zero; FPSR exception flags are not modelled.

NaN results follow the ARM ARM bit for bit: the first signalling NaN operand
(quietened), else the first quiet NaN operand, else the default NaN; fneg
and fabs only touch the sign bit; conversions to integers saturate and give
0 for NaN.
"""

from __future__ import annotations

import z3

from guacc.transpiler.asm.model import Cond, FImm, Imm
from guacc.transpiler.semantics.aarch64_operands import (
    UnsupportedInstruction, condition, immediate, read_register, resize, width_of,
    write_register,
)
from guacc.transpiler.semantics.state import State

SORTS = {32: z3.Float32(), 64: z3.Float64()}
_EXPONENT_BITS = {32: 8, 64: 11}


def _sort(width: int):
    if width not in SORTS:
        raise UnsupportedInstruction(f"{width}-bit floating point")
    return SORTS[width]


def to_fp(bits: z3.BitVecRef) -> z3.FPRef:
    return z3.fpBVToFP(bits, _sort(bits.size()))


def _sign_bit(width: int) -> z3.BitVecRef:
    return z3.BitVecVal(1 << (width - 1), width)


def _quiet_bit(width: int) -> z3.BitVecRef:
    return z3.BitVecVal(1 << (width - _EXPONENT_BITS[width] - 2), width)


def default_nan(width: int) -> z3.BitVecRef:
    exponent = _EXPONENT_BITS[width]
    return z3.BitVecVal(((1 << exponent) - 1) << (width - 1 - exponent) | 1 << (width - exponent - 2),
                        width)


def is_nan(bits: z3.BitVecRef) -> z3.BoolRef:
    return z3.fpIsNaN(to_fp(bits))


def is_signalling_nan(bits: z3.BitVecRef) -> z3.BoolRef:
    return z3.And(is_nan(bits), bits & _quiet_bit(bits.size()) == 0)


def _is_quiet_nan(bits: z3.BitVecRef) -> z3.BoolRef:
    return z3.And(is_nan(bits), bits & _quiet_bit(bits.size()) != 0)


def with_nan_propagation(result: z3.FPRef, operands: list[z3.BitVecRef]) -> z3.BitVecRef:
    """The bits of an arithmetic result, with ARM's NaN rules (FPProcessNaNs)."""
    width = operands[0].size()
    bits = z3.If(z3.fpIsNaN(result), default_nan(width), z3.fpToIEEEBV(result))
    for operand in reversed(operands):
        bits = z3.If(_is_quiet_nan(operand), operand, bits)
    for operand in reversed(operands):
        bits = z3.If(is_signalling_nan(operand), operand | _quiet_bit(width), bits)
    return bits


def _fp_source(state: State, op, width: int) -> z3.BitVecRef:
    if isinstance(op, FImm):
        return z3.fpToIEEEBV(z3.FPVal(op.value, _sort(width)))
    if isinstance(op, Imm):
        return z3.fpToIEEEBV(z3.FPVal(float(op.value), _sort(width)))
    return resize(read_register(state, op), width)


RNE = z3.RNE()

# --- arithmetic --------------------------------------------------------------

BINARY = {  # mnemonic: (operation on FP values, negate the result's sign bit)
    "fadd": (lambda a, b: z3.fpAdd(RNE, a, b), False),
    "fsub": (lambda a, b: z3.fpSub(RNE, a, b), False),
    "fmul": (lambda a, b: z3.fpMul(RNE, a, b), False),
    "fdiv": (lambda a, b: z3.fpDiv(RNE, a, b), False),
    "fnmul": (lambda a, b: z3.fpMul(RNE, a, b), True),
}


def _binary(operation, negate: bool):
    def semantics(state: State, ops: tuple) -> None:
        dest, first, second = ops
        width = width_of(dest)
        a, b = _fp_source(state, first, width), _fp_source(state, second, width)
        bits = with_nan_propagation(operation(to_fp(a), to_fp(b)), [a, b])
        write_register(state, dest, bits ^ _sign_bit(width) if negate else bits)
    return semantics


def _max_min(maximum: bool, numeric: bool):
    """fmax/fmin (NaNs propagate) and fmaxnm/fminnm (a quiet NaN loses to a
    number); max(+0, -0) = +0 and min(+0, -0) = -0."""
    def semantics(state: State, ops: tuple) -> None:
        dest, first, second = ops
        width = width_of(dest)
        a, b = _fp_source(state, first, width), _fp_source(state, second, width)
        if numeric:
            loser = z3.fpToIEEEBV((z3.fpMinusInfinity if maximum else z3.fpPlusInfinity)(_sort(width)))
            a, b = (z3.If(z3.And(_is_quiet_nan(a), z3.Not(_is_quiet_nan(b))), loser, a),
                    z3.If(z3.And(_is_quiet_nan(b), z3.Not(_is_quiet_nan(a))), loser, b))
        fa, fb = to_fp(a), to_fp(b)
        wins = z3.fpGT(fa, fb) if maximum else z3.fpLT(fa, fb)
        loses = z3.fpLT(fa, fb) if maximum else z3.fpGT(fa, fb)
        equal = (a & b) if maximum else (a | b)  # only differs for +0 / -0
        chosen = z3.If(wins, a, z3.If(loses, b, equal))
        nan = with_nan_propagation(z3.fpNaN(_sort(width)), [a, b])
        write_register(state, dest, z3.If(z3.Or(is_nan(a), is_nan(b)), nan, chosen))
    return semantics


FUSED = {  # mnemonic: (negate the product's first factor, negate the addend)
    "fmadd": (False, False), "fmsub": (True, False),
    "fnmadd": (True, True), "fnmsub": (False, True),
}


def _fused(negate_product: bool, negate_addend: bool):
    def semantics(state: State, ops: tuple) -> None:
        dest, first, second, addend = ops
        width = width_of(dest)
        a, b, c = (_fp_source(state, op, width) for op in (first, second, addend))
        if negate_product:
            a = a ^ _sign_bit(width)
        if negate_addend:
            c = c ^ _sign_bit(width)
        fa, fb = to_fp(a), to_fp(b)
        bits = with_nan_propagation(z3.fpFMA(RNE, fa, fb, to_fp(c)), [c, a, b])
        invalid_product = z3.Or(z3.And(z3.fpIsInf(fa), z3.fpIsZero(fb)),
                                z3.And(z3.fpIsZero(fa), z3.fpIsInf(fb)))
        bits = z3.If(z3.And(_is_quiet_nan(c), invalid_product), default_nan(width), bits)
        write_register(state, dest, bits)
    return semantics


ROUNDING = {"n": z3.RNE(), "a": z3.RNA(), "m": z3.RTN(), "p": z3.RTP(), "z": z3.RTZ(),
            "x": z3.RNE(), "i": z3.RNE()}  # x, i: the FPCR mode


def _unary_arithmetic(operation):
    def semantics(state: State, ops: tuple) -> None:
        dest, source = ops
        width = width_of(dest)
        a = _fp_source(state, source, width)
        write_register(state, dest, with_nan_propagation(operation(to_fp(a)), [a]))
    return semantics


def _sign_operation(transform):
    def semantics(state: State, ops: tuple) -> None:
        dest, source = ops
        width = width_of(dest)
        write_register(state, dest, transform(_fp_source(state, source, width), _sign_bit(width)))
    return semantics


# --- compare and select ------------------------------------------------------

def _compare_flags(a: z3.BitVecRef, b: z3.BitVecRef) -> dict:
    """NZCV: unordered 0011, equal 0110, less 1000, greater 0010."""
    fa, fb = to_fp(a), to_fp(b)
    unordered = z3.Or(z3.fpIsNaN(fa), z3.fpIsNaN(fb))
    less = z3.And(z3.Not(unordered), z3.fpLT(fa, fb))
    equal = z3.And(z3.Not(unordered), z3.fpEQ(fa, fb))
    return {"n": less, "z": equal, "c": z3.Not(less), "v": unordered}


def _compare(state: State, ops: tuple) -> None:
    first, second = ops
    width = width_of(first)
    state.flags.update(_compare_flags(_fp_source(state, first, width), _fp_source(state, second, width)))


def _conditional_compare(state: State, ops: tuple) -> None:
    first, second, nzcv, cond = ops
    width = width_of(first)
    holds = condition(state, cond.code)
    computed = _compare_flags(_fp_source(state, first, width), _fp_source(state, second, width))
    given = immediate(state, nzcv, 4)
    for bit, flag in zip((3, 2, 1, 0), ("n", "z", "c", "v")):
        state.flags[flag] = z3.If(holds, computed[flag], z3.Extract(bit, bit, given) == 1)


def _select(state: State, ops: tuple) -> None:
    dest, first, second, cond = ops
    if not isinstance(cond, Cond):
        raise UnsupportedInstruction(f"expected a condition, got {cond}")
    width = width_of(dest)
    write_register(state, dest, z3.If(condition(state, cond.code), _fp_source(state, first, width),
                                      _fp_source(state, second, width)))


# --- moves and conversions ---------------------------------------------------

def _fmov(state: State, ops: tuple) -> None:
    """Bit copies between FP and general registers, or an FP constant."""
    dest, source = ops
    width = width_of(dest)
    if isinstance(source, (FImm, Imm)):
        write_register(state, dest, _fp_source(state, source, width))
    else:
        write_register(state, dest, resize(read_register(state, source), width))


def _convert_precision(state: State, ops: tuple) -> None:
    """fcvt between single and double; a NaN keeps its sign and the top of
    its payload, quietened (FPConvertNaN)."""
    dest, source = ops
    to_width, from_width = width_of(dest), width_of(source)
    a = resize(read_register(state, source), from_width)
    converted = z3.fpToIEEEBV(z3.fpFPToFP(RNE, to_fp(a), _sort(to_width)))
    sign = z3.Extract(from_width - 1, from_width - 1, a)
    from_fraction = from_width - 1 - _EXPONENT_BITS[from_width]
    to_fraction = to_width - 1 - _EXPONENT_BITS[to_width]
    fraction = z3.Extract(from_fraction - 1, 0, a)
    fraction = (z3.ZeroExt(to_fraction - from_fraction, fraction) << (to_fraction - from_fraction)
                if to_fraction > from_fraction
                else z3.Extract(from_fraction - 1, from_fraction - to_fraction, fraction))
    quiet = z3.BitVecVal(1 << (to_fraction - 1), to_fraction)
    nan = z3.Concat(sign, z3.BitVecVal((1 << _EXPONENT_BITS[to_width]) - 1, _EXPONENT_BITS[to_width]),
                    fraction | quiet)
    write_register(state, dest, z3.If(is_nan(a), nan, converted))


def _integer_to_float(signed: bool):
    def semantics(state: State, ops: tuple) -> None:
        dest, source = ops
        value = read_register(state, source)  # a W/X register, or an S/D holding an integer
        convert = z3.fpSignedToFP if signed else z3.fpUnsignedToFP
        write_register(state, dest, z3.fpToIEEEBV(convert(RNE, value, _sort(width_of(dest)))))
    return semantics


def _float_to_integer(rounding, signed: bool):
    """Round, then saturate to the destination's range; NaN gives 0."""
    def semantics(state: State, ops: tuple) -> None:
        dest, source = ops
        width, from_width = width_of(dest), width_of(source)
        sort = _sort(from_width)
        a = to_fp(resize(read_register(state, source), from_width))
        rounded = z3.fpRoundToIntegral(rounding, a)
        if signed:
            low, high = -(1 << (width - 1)), (1 << (width - 1)) - 1
            in_range = z3.fpToSBV(z3.RTZ(), rounded, z3.BitVecSort(width))
        else:
            low, high = 0, (1 << width) - 1
            in_range = z3.fpToUBV(z3.RTZ(), rounded, z3.BitVecSort(width))
        value = z3.If(z3.fpIsNaN(a), z3.BitVecVal(0, width),
                      z3.If(z3.fpGEQ(rounded, z3.FPVal(float(high + 1), sort)), z3.BitVecVal(high % (1 << width), width),
                            z3.If(z3.fpLT(rounded, z3.FPVal(float(low), sort)), z3.BitVecVal(low % (1 << width), width),
                                  in_range)))
        write_register(state, dest, value)
    return semantics


def _movi(state: State, ops: tuple) -> None:
    """movi: a byte-mask (d, .2d) or a per-lane immediate, replicated;
    64-bit forms zero the upper half."""
    dest, value = ops[0], ops[1]
    name = dest.name.lower()
    arrangement = name.split(".")[1] if "." in name else "1d"
    lanes, lane_kind = int(arrangement[:-1]), arrangement[-1]
    lane_bits = {"b": 8, "h": 16, "s": 32, "d": 64}[lane_kind]
    shift = ops[2].amount if len(ops) > 2 else 0
    lane = immediate(state, value, lane_bits) << shift
    write_register(state, dest, z3.Concat(*[lane] * lanes) if lanes > 1 else lane)


def _shift_long(signed: bool):
    """sshll/ushll vd.<2T>, vn.<T>, #shift (sxtl/uxtl: shift 0): each lane of
    the low 64 bits of vn, extended to twice its width and shifted left.
    Clang's -O0 sign-extends an int this way before `scvtf d0, d0`."""
    def semantics(state: State, ops: tuple) -> None:
        dest, source = ops[0], ops[1]
        shift = ops[2].value if len(ops) > 2 else 0
        arrangement = dest.name.lower().partition(".")[2]
        if arrangement not in ("2d", "4s", "8h") or not source.name.lower().partition(".")[2]:
            raise UnsupportedInstruction(f"{'s' if signed else 'u'}shll into .{arrangement or '?'}")
        lanes, wide = int(arrangement[:-1]), {"d": 64, "s": 32, "h": 16}[arrangement[-1]]
        narrow = wide // 2
        low = z3.Extract(63, 0, read_register(state, source))
        parts = [resize(z3.Extract(narrow * (i + 1) - 1, narrow * i, low), wide, signed) << shift
                 for i in range(lanes)]
        write_register(state, dest, z3.Concat(*reversed(parts)))
    return semantics


def _byte_lanes(state: State, source) -> list[z3.BitVecRef]:
    """The bytes of a `vN.8b` (the low 8) or `vN.16b` operand, lowest first."""
    arrangement = source.name.lower().partition(".")[2]
    if arrangement not in ("8b", "16b"):
        raise UnsupportedInstruction(f"byte lanes of .{arrangement or '?'}")
    value = read_register(state, source)
    return [z3.Extract(8 * i + 7, 8 * i, value) for i in range(int(arrangement[:-1]))]


def _count_bits(state: State, ops: tuple) -> None:
    """cnt vd.8b|16b, vn.8b|16b: the set bits of each byte (the popcount idiom)."""
    lanes = []
    for byte in _byte_lanes(state, ops[1]):
        count = z3.BitVecVal(0, 8)
        for bit in range(8):
            count = count + z3.ZeroExt(7, z3.Extract(bit, bit, byte))
        lanes.append(count)
    write_register(state, ops[0], z3.Concat(*reversed(lanes)))


def _add_across(widen: bool):
    """addv bd, vn.8b|16b (the sum modulo 256); uaddlv hd, vn.8b|16b (the
    whole sum, 16 bits: clang's form of the popcount idiom)."""
    def semantics(state: State, ops: tuple) -> None:
        bits = 16 if widen else 8
        total = z3.BitVecVal(0, bits)
        for byte in _byte_lanes(state, ops[1]):
            total = total + z3.ZeroExt(bits - 8, byte)
        write_register(state, ops[0], total)
    return semantics


def _table() -> dict:
    table = {m: _binary(*spec) for m, spec in BINARY.items()}
    table.update({m: _fused(*spec) for m, spec in FUSED.items()})
    table.update({"fmax": _max_min(True, False), "fmin": _max_min(False, False),
                  "fmaxnm": _max_min(True, True), "fminnm": _max_min(False, True)})
    table.update({"fsqrt": _unary_arithmetic(lambda a: z3.fpSqrt(RNE, a)),
                  "fabs": _sign_operation(lambda bits, sign: bits & ~sign),
                  "fneg": _sign_operation(lambda bits, sign: bits ^ sign)})
    table.update({f"frint{k}": _unary_arithmetic(lambda a, rm=rm: z3.fpRoundToIntegral(rm, a))
                  for k, rm in ROUNDING.items()})
    table.update({"fcmp": _compare, "fcmpe": _compare, "fccmp": _conditional_compare,
                  "fccmpe": _conditional_compare, "fcsel": _select, "fmov": _fmov,
                  "fcvt": _convert_precision, "scvtf": _integer_to_float(True),
                  "ucvtf": _integer_to_float(False), "movi": _movi,
                  "sshll": _shift_long(True), "ushll": _shift_long(False),
                  "sxtl": _shift_long(True), "uxtl": _shift_long(False),
                  "cnt": _count_bits, "addv": _add_across(False), "uaddlv": _add_across(True)})
    for k in "nampz":
        table[f"fcvt{k}s"] = _float_to_integer(ROUNDING[k], True)
        table[f"fcvt{k}u"] = _float_to_integer(ROUNDING[k], False)
    return table


FLOATING_POINT = _table()
