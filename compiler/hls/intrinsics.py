"""LLVM intrinsics (and the libm calls clang emits) as C.

Arithmetic intrinsics become expressions or small `static inline` helpers
(saturating arithmetic, bit counting); `memset`/`memcpy` become loops over
the objects they fill; markers (`lifetime`, `assume`) vanish. `math.h` is
used for sqrt, exp, sin and cos only.
"""

from __future__ import annotations

import re
import struct
from typing import TYPE_CHECKING

from xdsl.dialects import llvm
from xdsl.dialects.builtin import IntegerAttr
from xdsl.ir import SSAValue

from ..diagnostics import UnsupportedError
from . import cexpr as E
from .ctype import arith_ctype, float_ctype, int_width, is_float, is_standard, mask, signed_ctype, size_align, value_ctype

if TYPE_CHECKING:
    from .function import FunctionEmitter

MATH_FUNCTIONS = {"sqrtf": "sqrtf", "sqrt": "sqrt", "expf": "expf", "exp": "exp", "sinf": "sinf", "sin": "sin",
                  "cosf": "cosf", "cos": "cos"}
# libm functions lowered without math.h.
INLINE_LIBM = {"fabsf", "fabs"}
NO_CODE = ("llvm.lifetime.", "llvm.assume", "llvm.invariant.", "llvm.var.annotation", "llvm.sideeffect",
           "llvm.experimental.noalias", "llvm.dbg.")
MEMORY = ("llvm.memset.", "llvm.memcpy.")
# Intrinsics whose C form reads an operand twice: their operands get variables.
TWICE = ("llvm.smax.", "llvm.smin.", "llvm.umax.", "llvm.umin.", "llvm.abs.", "llvm.fabs.")

_PURE = re.compile(
    r"llvm\.(fmuladd|fma|fabs|smax|smin|umax|umin|abs|sqrt|exp|sin|cos|minnum|maxnum|"
    r"sadd\.sat|uadd\.sat|ssub\.sat|usub\.sat|ctpop|ctlz|cttz|bswap|bitreverse|fshl|fshr)\."
)


def base_name(name: str) -> str:
    """`llvm.smax.i32` -> `smax`."""
    m = _PURE.match(name)
    return m.group(1) if m else name


def is_pure(name: str) -> bool:
    return _PURE.match(name) is not None


def has_no_code(name: str) -> bool:
    return name.startswith(NO_CODE)


def is_memory(name: str) -> bool:
    return name.startswith(MEMORY)


def check_supported(name: str) -> None:
    if not (is_pure(name) or has_no_code(name) or is_memory(name)):
        raise UnsupportedError(f"intrinsic '{name}' in HLS C")


# ----------------------------------------------------------------- expressions
def expression(fe: FunctionEmitter, op: llvm.CallIntrinsicOp) -> E.Expr:
    name = op.intrin.data
    kind = base_name(name)
    args = list(op.args)
    res = op.ress
    assert res is not None
    t = res.type
    if kind in ("fmuladd", "fma"):
        a, b, c = (fe.val(x) for x in args)
        return E.binary("+", E.binary("*", a, b, a.ctype), c, a.ctype)
    if kind == "fabs":
        x = fe.val(args[0])
        zero = E.float_literal(0.0, x.ctype)
        return E.cond(E.binary("<", x, zero, "int"), E.unary("-", x, x.ctype), x, x.ctype)
    if kind in ("sqrt", "exp", "sin", "cos"):
        fe.module.needs_math = True
        x = fe.val(args[0])
        return E.call(kind + ("f" if x.ctype == "float" else ""), [x], x.ctype)
    if kind in ("minnum", "maxnum"):
        ct = float_ctype(t)
        return E.call(fe.module.helper(f"{kind}_{ct}", _minmax_float(kind, ct)), [fe.val(a) for a in args], ct)
    n = int_width(t)
    if kind in ("smax", "smin", "umax", "umin"):
        a, b = args
        op_ = ">" if kind.endswith("max") else "<"
        if kind[0] == "s":
            test = E.binary(op_, fe.sval(a), fe.sval(b), "int")
        else:
            test = fe.compare_unsigned(op_, a, b)
        return fe.select(test, a, b, n)
    if kind == "abs":
        x = args[0]
        neg = fe.canon(E.binary("-", E.int_literal(0, arith_ctype(n)), fe.as_arith(fe.val(x), n), arith_ctype(n)), n)
        test = E.binary("<", fe.sval(x), E.int_literal(0, "int32_t"), "int")
        return E.cond(test, neg, fe.as_storage(fe.val(x), n), value_ctype(n) if n >= 32 else "int")
    if kind in ("sadd.sat", "uadd.sat", "ssub.sat", "usub.sat"):
        helper = fe.module.helper(f"{kind.replace('.', '_')}_i{n}", _saturating(kind, n))
        return E.call(helper, [fe.val(a) for a in args], value_ctype(n))
    if kind in ("ctpop", "ctlz", "cttz", "bswap", "bitreverse"):
        if kind in ("bswap",) and n % 16:
            raise UnsupportedError(f"intrinsic '{name}'")
        helper = fe.module.helper(f"{kind}_i{n}", _bits(kind, n))
        return E.call(helper, [fe.val(args[0])], value_ctype(n))
    if kind in ("fshl", "fshr"):
        helper = fe.module.helper(f"{kind}_i{n}", _funnel(kind, n))
        return E.call(helper, [fe.val(a) for a in args], value_ctype(n))
    raise UnsupportedError(f"intrinsic '{name}' in HLS C")


def _minmax_float(kind: str, ct: str) -> str:
    name = f"guacc_{kind}_{ct}"
    op = "<" if kind == "minnum" else ">"
    return (f"static inline {ct} {name}({ct} a, {ct} b)\n{{\n"
            f"    if (a != a) return b;\n    if (b != b) return a;\n    return a {op} b ? a : b;\n}}\n")


def _saturating(kind: str, n: int) -> str:
    vt, st = value_ctype(n), signed_ctype(n)
    name = f"guacc_{kind.replace('.', '_')}_i{n}"
    top = mask(n)
    smax, smin = (1 << (n - 1)) - 1, -(1 << (n - 1))
    if not is_standard(n) or n == 1:
        raise UnsupportedError(f"saturating arithmetic on i{n}")
    at = arith_ctype(n)
    lines = [f"static inline {vt} {name}({vt} a, {vt} b)", "{"]
    if kind == "uadd.sat":
        lines.append(f"    {at} r = ({at})a + ({at})b;")
        lines.append(f"    return ({vt})(r > {top}{'ull' if n == 64 else 'u'} || r < ({at})a ? {top}{'ull' if n == 64 else 'u'} : r);")
    elif kind == "usub.sat":
        lines.append(f"    return ({vt})(a > b ? a - b : 0);")
    else:
        sign = "+" if kind == "sadd.sat" else "-"
        if n < 64:
            lines.append(f"    int64_t r = (int64_t)({st})a {sign} (int64_t)({st})b;")
            lines.append(f"    if (r > {smax}) r = {smax};")
            lines.append(f"    if (r < {smin}) r = {smin};")
            lines.append(f"    return ({vt})r;")
        else:
            lines.append(f"    uint64_t r = a {sign} b;")
            cond = "~(a ^ b) & (a ^ r)" if sign == "+" else "(a ^ b) & (a ^ r)"
            lines.append(f"    if (({cond}) >> 63) return (a >> 63) ? 0x8000000000000000ull : 0x7FFFFFFFFFFFFFFFull;")
            lines.append("    return r;")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _bits(kind: str, n: int) -> str:
    vt = value_ctype(n)
    at = arith_ctype(n)
    name = f"guacc_{kind}_i{n}"
    body = {
        "ctpop": [f"{vt} c = 0;", f"for (int k = 0; k < {n}; k++) c += (a >> k) & 1u;", "return c;"],
        "ctlz": [f"{vt} c = 0;", f"for (int k = {n - 1}; k >= 0 && !((a >> k) & 1u); k--) c++;", "return c;"],
        "cttz": [f"{vt} c = 0;", f"for (int k = 0; k < {n} && !((a >> k) & 1u); k++) c++;", "return c;"],
        "bswap": [f"{at} r = 0;", f"for (int k = 0; k < {n // 8}; k++) r |= (({at})(a >> (8 * k)) & 0xFFu) << (8 * ({n // 8 - 1} - k));",
                  f"return ({vt})r;"],
        "bitreverse": [f"{at} r = 0;", f"for (int k = 0; k < {n}; k++) r |= (({at})(a >> k) & 1u) << ({n - 1} - k);",
                       f"return ({vt})r;"],
    }[kind]
    return f"static inline {vt} {name}({vt} a)\n{{\n" + "".join(f"    {b}\n" for b in body) + "}\n"


def _funnel(kind: str, n: int) -> str:
    vt, at = value_ctype(n), arith_ctype(n)
    name = f"guacc_{kind}_i{n}"
    m = f"{mask(n)}{'ull' if n == 64 else 'u'}"
    if kind == "fshl":
        expr = f"s ? ((({at})a << s) | (({at})b >> ({n} - s))) & {m} : a"
    else:
        expr = f"s ? ((({at})a << ({n} - s)) | (({at})b >> s)) & {m} : b"
    return (f"static inline {vt} {name}({vt} a, {vt} b, {vt} c)\n{{\n    unsigned s = (unsigned)(c % {n}u);\n"
            f"    return ({vt})({expr});\n}}\n")


# ----------------------------------------------------------------- memory
def const_int(v: SSAValue) -> int | None:
    owner = v.owner
    if isinstance(owner, llvm.ConstantOp) and isinstance(owner.value, IntegerAttr):
        return owner.value.value.data
    return None


def fill_value(leaf, byte: int) -> E.Expr:
    """The value of a scalar leaf whose bytes are all `byte`."""
    size = size_align(leaf)[0]
    raw = bytes([byte & 0xFF]) * size
    if is_float(leaf):
        value = struct.unpack("<f" if size == 4 else "<d", raw)[0]
        return E.float_literal(value, float_ctype(leaf))
    n = int_width(leaf)
    if n == 1:
        return E.int_literal(byte & 1, "bool")
    value = int.from_bytes(raw, "little", signed=True)
    return E.int_literal(value, signed_ctype(n) if n >= 32 else "int32_t")
