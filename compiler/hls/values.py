"""Integer and floating-point values as C expressions (a mixin of FunctionEmitter).

Integer values are unsigned (`uintN_t`, `bool`), so C arithmetic wraps like
LLVM's and never overflows a signed type; signed operations (`sdiv`, `ashr`,
`icmp slt`, `sext`, GEP indices) read values through a signed cast. Widths
other than 8/16/32/64 live in the next wider type, masked after each
operation and sign-extended by hand. Shift amounts are masked so that C
never shifts by the width or more (LLVM's result is poison there anyway).
"""

from __future__ import annotations

from xdsl.dialects import llvm
from xdsl.dialects.builtin import FloatAttr, IntegerAttr, IntegerType
from xdsl.ir import Attribute, Operation, SSAValue

from ..diagnostics import UnsupportedError
from ..dialects import guacc
from . import cexpr as E
from . import intrinsics as I
from .ctype import (
    CPointer,
    arith_ctype,
    float_ctype,
    int_width,
    is_float,
    is_int,
    is_ptr,
    is_standard,
    mask,
    scalar_value_ctype,
    signed_ctype,
    storage_bits,
    value_ctype,
)

INT_BINARY = {llvm.AddOp: "+", llvm.SubOp: "-", llvm.MulOp: "*", llvm.AndOp: "&", llvm.OrOp: "|",
              llvm.XOrOp: "^", llvm.ShlOp: "<<", llvm.LShrOp: ">>", llvm.AShrOp: ">>",
              llvm.UDivOp: "/", llvm.SDivOp: "/", llvm.URemOp: "%", llvm.SRemOp: "%"}
FLOAT_BINARY = {llvm.FAddOp: "+", llvm.FSubOp: "-", llvm.FMulOp: "*", llvm.FDivOp: "/"}


class ValueExpressions:
    """Needs from its host: `kind`, `names`, `expr_cache`, `module`, `types`,
    `ptypes`, `resolve`, `error`, `place`, `pointer`, `place_elem`."""

    # ------------------------------------------------------------- types of values
    def ctype(self, v: SSAValue) -> str:
        return scalar_value_ctype(v.type)

    def declare_value(self, v: SSAValue, name: str) -> str:
        if is_ptr(v.type):
            return self.types.declare(CPointer(self.ptypes.elem(v)), name)
        return f"{self.ctype(v)} {name}"

    # ------------------------------------------------------------- integer views
    def as_arith(self, e: E.Expr, n: int) -> E.Expr:
        at = arith_ctype(n)
        if e.ctype == at:
            return e
        if e.const is not None and isinstance(e.const, int) and e.const >= 0:
            return E.int_literal(int(e.const), at)
        return E.cast(at, e)

    def canonical(self, e: E.Expr, n: int) -> E.Expr:
        """`e` read as the zero-extended n-bit value (a signed memory read is converted)."""
        if e.ctype == signed_ctype(n) and n in (32, 64):
            return E.cast(value_ctype(n), e)
        return e

    def arith_pair(self, a: E.Expr, b: E.Expr, n: int) -> tuple[E.Expr, E.Expr]:
        """Operands of a wrapping operation: unsigned, where one unsigned operand
        already makes C convert a same-width signed memory read."""
        x, y = self.as_arith(a, n), self.as_arith(b, n)
        if n in (32, 64):
            signed = signed_ctype(n)
            if b.ctype == signed:
                y = b  # x is unsigned
            elif a.ctype == signed:
                x = a  # y is unsigned
        return x, y

    def as_storage(self, e: E.Expr, n: int) -> E.Expr:
        """`e` (a canonical value) with a type no narrower than int: fine in ?: arms."""
        if n >= 32:
            return self.as_arith(e, n)
        return e

    def canon(self, e: E.Expr, n: int) -> E.Expr:
        """Reduce an arithmetic result to the canonical n-bit value."""
        if n in (32, 64):
            return e
        if n in (8, 16):
            return E.cast(value_ctype(n), e)
        if n == 1:
            return E.binary("&", e, E.int_literal(1, "int32_t"), "int")
        return E.binary("&", e, E.int_literal(mask(n), arith_ctype(n)), arith_ctype(n))

    def literal(self, value: int, n: int) -> E.Expr:
        """Canonical (zero-extended) literal of an iN constant."""
        value &= mask(n)
        if n == 1:
            return E.int_literal(value, "bool")
        if n < 32:
            return E.int_literal(value, "int32_t")
        return E.int_literal(value, arith_ctype(n))

    def signed_literal(self, value: int, n: int) -> E.Expr:
        value &= mask(n)
        if value >= 1 << (n - 1) and n > 1:
            value -= 1 << n
        if n == 1:
            value = -value
        return E.int_literal(value, "int64_t" if storage_bits(n) == 64 else "int32_t")

    def val(self, v: SSAValue) -> E.Expr:
        """The value of `v` (canonical for integers)."""
        v = self.resolve(v)
        kind = self.kind.get(v)
        if kind == "var":
            name = self.names[v]
            return E.var(name, self.ctype(v) if not is_ptr(v.type) else "ptr")
        if v in self.expr_cache:
            return self.expr_cache[v]
        op = v.owner
        assert isinstance(op, Operation), f"{v} has no value here"
        e = self._expr(op, v)
        self.expr_cache[v] = e
        return e

    def sval(self, v: SSAValue) -> E.Expr:
        """The value of an integer `v` read as signed."""
        v = self.resolve(v)
        n = int_width(v.type)
        op = v.owner
        if isinstance(op, llvm.ConstantOp):
            return self.signed_literal(op.value.value.data, n)
        if isinstance(op, llvm.UndefOp | guacc.PoisonOp):
            return E.int_literal(0, "int32_t")
        if isinstance(op, llvm.SExtOp) and self.kind.get(v) != "var":
            return self.sval(op.arg)
        if isinstance(op, llvm.LoadOp) and self.kind.get(v) == "inline" and n >= 8 and is_standard(n):
            lv = self.access(op.ptr, v.type)  # memory holds the signed type already
            if self.types.base(v.type) == signed_ctype(n):
                return E.Expr(lv.text, lv.prec, signed_ctype(n), lv.reads)
        e = self.val(v)
        if n == 1:
            return E.unary("-", E.cast("int32_t", e), "int32_t")
        if is_standard(n):
            return E.cast(signed_ctype(n), e)
        st = signed_ctype(n)
        sign = E.int_literal(1 << (n - 1), arith_ctype(n))
        flipped = E.binary("-", E.binary("^", self.as_arith(e, n), sign, arith_ctype(n)), sign, arith_ctype(n))
        return E.cast(st, flipped)

    def index(self, i: int | SSAValue) -> E.Expr:
        """A GEP index as a signed C integer."""
        if isinstance(i, int):
            return E.int_literal(i, "int32_t")
        v = self.resolve(i)
        op = v.owner
        if isinstance(op, llvm.ZExtOp) and self.kind.get(v) != "var":
            inner = self.canonical(self.val(op.arg), int_width(op.arg.type))
            return inner if int_width(op.arg.type) < 64 else E.cast("int64_t", inner)
        return self.sval(v)

    def compare_unsigned(self, sym: str, a: SSAValue, b: SSAValue) -> E.Expr:
        n = int_width(self.resolve(a).type)
        x, y = self.val(a), self.val(b)
        if n >= 32:
            x, y = self.as_arith(x, n), self.as_arith(y, n)
        return E.comparison(sym, x, y)

    def select(self, test: E.Expr, a: SSAValue, b: SSAValue, n: int) -> E.Expr:
        x, y = self.as_storage(self.val(a), n), self.as_storage(self.val(b), n)
        return E.cond(test, x, y, x.ctype if n >= 32 else "int")

    # ------------------------------------------------------------- expressions
    def _expr(self, op: Operation, r: SSAValue) -> E.Expr:
        try:
            return self._expr_of(op, r)
        except UnsupportedError as err:
            raise self.error(err.message) from None

    def _expr_of(self, op: Operation, r: SSAValue) -> E.Expr:
        t = r.type
        match op:
            case llvm.ConstantOp():
                if isinstance(op.value, IntegerAttr) and isinstance(t, IntegerType):
                    return self.literal(op.value.value.data, int_width(t))
                if isinstance(op.value, FloatAttr):
                    return E.float_literal(op.value.value.data, float_ctype(t))
                raise UnsupportedError("vector constants")
            case llvm.UndefOp() | guacc.PoisonOp() | llvm.ZeroOp():
                if is_int(t):
                    return self.literal(0, int_width(t))
                if is_float(t):
                    return E.float_literal(0.0, float_ctype(t))
                return E.Expr("0", E.PRIMARY, "ptr")
            case llvm.AddOp() | llvm.SubOp() | llvm.MulOp() | llvm.AndOp() | llvm.OrOp() | llvm.XOrOp():
                return self._int_arith(op, INT_BINARY[type(op)])
            case llvm.ShlOp() | llvm.LShrOp() | llvm.AShrOp():
                return self._shift(op)
            case llvm.UDivOp() | llvm.URemOp():
                n = int_width(t)
                a, b = self.val(op.operands[0]), self.val(op.operands[1])
                if n >= 32:
                    a, b = self.as_arith(a, n), self.as_arith(b, n)
                return E.binary(INT_BINARY[type(op)], a, b, arith_ctype(n) if n >= 32 else "int")
            case llvm.SDivOp() | llvm.SRemOp():
                n = int_width(t)
                q = E.binary(INT_BINARY[type(op)], self.sval(op.operands[0]), self.sval(op.operands[1]), signed_ctype(n))
                return self.canon(E.cast(arith_ctype(n), q), n) if n not in (8, 16) else E.cast(value_ctype(n), q)
            case llvm.ICmpOp():
                return self._icmp(op)
            case guacc.PtrICmpOp():
                pred = op.predicate_name
                sym = {"eq": "==", "ne": "!="}.get(pred) or {"lt": "<", "le": "<=", "gt": ">", "ge": ">="}[pred[1:]]
                elem = self.place_elem(op.lhs)
                return E.comparison(sym, self.pointer(op.lhs, elem), self.pointer(op.rhs, elem))
            case llvm.FCmpOp():
                return self._fcmp(op)
            case llvm.SelectOp():
                c = self.val(op.operands[0])
                if is_ptr(t):
                    elem = self.ptypes.elem(r)
                    return E.cond(c, self.pointer(op.operands[1], elem), self.pointer(op.operands[2], elem), "ptr")
                if is_float(t):
                    return E.cond(c, self.val(op.operands[1]), self.val(op.operands[2]), float_ctype(t))
                if int_width(t) == 1:
                    return self._select_i1(c, op.operands[1], op.operands[2])
                return self.select(c, op.operands[1], op.operands[2], int_width(t))
            case llvm.FNegOp():
                return E.unary("-", self.val(op.operands[0]), float_ctype(t))
            case llvm.FAddOp() | llvm.FSubOp() | llvm.FMulOp() | llvm.FDivOp():
                return E.binary(FLOAT_BINARY[type(op)], self.val(op.operands[0]), self.val(op.operands[1]), float_ctype(t))
            case llvm.ZExtOp():
                return self._zext(op.arg, int_width(t))
            case llvm.SExtOp():
                n = int_width(t)
                e = E.cast(value_ctype(n), self.sval(op.arg))
                return e if is_standard(n) else E.binary("&", e, E.int_literal(mask(n), arith_ctype(n)), arith_ctype(n))
            case llvm.TruncOp():
                n = int_width(t)
                e = self.val(op.arg)
                if n == 1:
                    return E.binary("&", e, E.int_literal(1, "int32_t" if storage_bits(int_width(op.arg.type)) < 32 else arith_ctype(int_width(op.arg.type))), "int")
                if is_standard(n):
                    return E.cast(value_ctype(n), e)
                return E.binary("&", self.as_arith(e, n), E.int_literal(mask(n), arith_ctype(n)), arith_ctype(n))
            case guacc.FreezeOp():
                return self.val(op.arg)
            case llvm.BitcastOp():
                return self._bitcast(op, t)
            case llvm.FPExtOp() | llvm.FPTruncOp():
                return E.cast(float_ctype(t), self.val(op.arg))
            case llvm.SIToFPOp():
                return E.cast(float_ctype(t), self.sval(op.arg))
            case guacc.UIToFPOp():
                return E.cast(float_ctype(t), self.canonical(self.val(op.arg), int_width(op.arg.type)))
            case guacc.FPToSIOp():
                n = int_width(t)
                e = E.cast(value_ctype(n), E.cast(signed_ctype(n) if n > 1 else "int32_t", self.val(op.arg)))
                return e if is_standard(n) else E.binary("&", e, E.int_literal(mask(n), arith_ctype(n)), arith_ctype(n))
            case guacc.FPToUIOp():
                n = int_width(t)
                e = E.cast(value_ctype(n), self.val(op.arg))
                return e if is_standard(n) else E.binary("&", e, E.int_literal(mask(n), arith_ctype(n)), arith_ctype(n))
            case llvm.CallIntrinsicOp():
                return I.expression(self, op)
            case llvm.LoadOp():
                return self.load(op)
        raise UnsupportedError(f"operation '{op.name}' as an expression")

    def _select_i1(self, c: E.Expr, a: SSAValue, b: SSAValue) -> E.Expr:
        """`c ? a : b` on booleans: `c || b`, `c && a` and their negations where an arm is constant."""
        ca, cb = self._const(a), self._const(b)
        if ca is not None and ca & 1:
            return E.binary("||", c, self.val(b), "int")
        if cb is not None and not cb & 1:
            return E.binary("&&", c, self.val(a), "int")
        if ca is not None:
            return E.binary("&&", E.logical_not(c), self.val(b), "int")
        if cb is not None:
            return E.binary("||", E.logical_not(c), self.val(a), "int")
        return E.cond(c, self.val(a), self.val(b), "int")

    def _int_arith(self, op: Operation, sym: str) -> E.Expr:
        n = int_width(op.results[0].type)
        a_v, b_v = op.operands
        if n == 1:
            sym = {"+": "^", "-": "^", "*": "&"}.get(sym, sym)
            if sym == "^" and self._is_const(b_v, 1):
                return E.logical_not(self.val(a_v))
            return E.binary(sym, self.val(a_v), self.val(b_v), "int")
        a, b = self.val(a_v), self.val(b_v)
        if sym in "&|^":
            ctype = arith_ctype(n) if n >= 32 else "int"
            if n >= 32:
                a, b = self.arith_pair(a, b, n)
            return E.binary(sym, a, b, ctype)
        at = arith_ctype(n)
        const = self._const(b_v)
        if const is not None and sym in "+-":
            signed = self.signed_literal(const, n).const
            assert isinstance(signed, int)
            if signed < 0:
                sym = "-" if sym == "+" else "+"
                b = E.int_literal(-signed & mask(n), at)
        return self.canon(E.binary(sym, *self.arith_pair(a, b, n), at), n)

    def _shift(self, op: Operation) -> E.Expr:
        n = int_width(op.results[0].type)
        a_v, b_v = op.operands
        const = self._const(b_v)
        if const is not None:
            amount = E.int_literal((const & mask(n)) % max(n, 1), "int32_t")
        elif n & (n - 1) == 0:
            amount = E.binary("&", self.val(b_v), E.int_literal(n - 1, "int32_t" if n < 32 else arith_ctype(n)), "int")
        else:
            amount = E.binary("%", self.val(b_v), E.int_literal(n, "int32_t" if n < 32 else arith_ctype(n)), "int")
        if n == 1:
            return self.val(a_v) if (const or 0) == 0 else E.int_literal(0, "int32_t")
        if isinstance(op, llvm.ShlOp):
            return self.canon(E.binary("<<", self.as_arith(self.val(a_v), n), amount, arith_ctype(n)), n)
        if isinstance(op, llvm.LShrOp):
            a = self.val(a_v)
            return E.binary(">>", self.as_arith(a, n) if n >= 32 else a, amount, arith_ctype(n) if n >= 32 else "int")
        shifted = E.binary(">>", self.sval(a_v), amount, signed_ctype(n))
        return self.canon(E.cast(arith_ctype(n), shifted), n) if n not in (8, 16) else E.cast(value_ctype(n), shifted)

    def _icmp(self, op: llvm.ICmpOp) -> E.Expr:
        pred = llvm.ICmpPredicateFlag.from_int(op.predicate.value.data).value
        sym = {"eq": "==", "ne": "!="}.get(pred) or {"lt": "<", "le": "<=", "gt": ">", "ge": ">="}[pred[1:]]
        a, b = op.lhs, op.rhs
        if pred[0] == "s":
            return E.comparison(sym, self.sval(a), self.sval(b))
        return self.compare_unsigned(sym, a, b)

    def _fcmp(self, op: llvm.FCmpOp) -> E.Expr:
        pred = llvm.FCmpPredicateFlag.from_int(op.predicate.value.data).value
        a, b = self.val(op.lhs), self.val(op.rhs)
        simple = {"oeq": "==", "ogt": ">", "oge": ">=", "olt": "<", "ole": "<=", "une": "!="}
        if pred in simple:
            return E.binary(simple[pred], a, b, "int")
        negated = {"ugt": "<=", "uge": "<", "ult": ">=", "ule": ">"}
        if pred in negated:
            return E.unary("!", E.binary(negated[pred], a, b, "int"), "int")
        ordered = E.binary("&&", E.binary("==", a, a, "int"), E.binary("==", b, b, "int"), "int")
        match pred:
            case "one":
                return E.binary("||", E.binary("<", a, b, "int"), E.binary(">", a, b, "int"), "int")
            case "ueq":
                return E.unary("!", E.binary("||", E.binary("<", a, b, "int"), E.binary(">", a, b, "int"), "int"), "int")
            case "ord":
                return ordered
            case "uno":
                return E.unary("!", ordered, "int")
            case "_true":
                return E.int_literal(1, "int32_t")
            case "_false":
                return E.int_literal(0, "int32_t")
        raise UnsupportedError(f"fcmp predicate {pred}")

    def _zext(self, src: SSAValue, n: int) -> E.Expr:
        e = self.canonical(self.val(src), int_width(self.resolve(src).type))
        if storage_bits(n) == storage_bits(int_width(self.resolve(src).type)):
            return e
        return E.cast(value_ctype(n), e)

    def _bitcast(self, op: llvm.BitcastOp, t: Attribute) -> E.Expr:
        src = op.arg
        if src.type == t:
            return self.val(src)
        if is_int(src.type) and is_float(t) or is_float(src.type) and is_int(t):
            ft = float_ctype(t if is_float(t) else src.type)
            bits = "uint32_t" if ft == "float" else "uint64_t"
            if is_float(t):
                name = self.module.helper(f"{ft}_from_bits", _union_helper(f"guacc_{ft}_from_bits", bits, ft, "u", "f"))
            else:
                name = self.module.helper(f"bits_of_{ft}", _union_helper(f"guacc_bits_of_{ft}", ft, bits, "f", "u"))
            return E.call(name, [self.val(src)], ft if is_float(t) else bits)
        raise UnsupportedError(f"bitcast from {src.type} to {t}")

    def _const(self, v: SSAValue) -> int | None:
        op = self.resolve(v).owner
        if isinstance(op, llvm.ConstantOp) and isinstance(op.value, IntegerAttr):
            return op.value.value.data
        return None

    def _is_const(self, v: SSAValue, value: int) -> bool:
        c = self._const(v)
        return c is not None and (c & 1 if int_width(v.type) == 1 else c) == value


def _union_helper(name: str, from_t: str, to_t: str, a: str, b: str) -> str:
    return (f"static inline {to_t} {name}({from_t} x)\n{{\n    union {{ {from_t} {a}; {to_t} {b}; }} v;\n"
            f"    v.{a} = x;\n    return v.{b};\n}}\n")
