"""C expressions with their precedence, C type and the variables they read.

Emitting an operand parenthesizes it only where C's precedence needs it, or
where gcc's -Wparentheses would ask for it (any binary operand of a shift,
bitwise, relational or logical operator). `reads` lets parallel copies on a
CFG edge see which variables a source expression depends on.
"""

from __future__ import annotations

import math
import struct
from dataclasses import dataclass, field, replace
from functools import lru_cache

# Precedence levels (lower binds tighter).
PRIMARY, UNARY, MUL, ADD, SHIFT, REL, EQ, BAND, BXOR, BOR, LAND, LOR, COND = range(13)

_BINARY = {
    "*": MUL, "/": MUL, "%": MUL, "+": ADD, "-": ADD, "<<": SHIFT, ">>": SHIFT,
    "<": REL, "<=": REL, ">": REL, ">=": REL, "==": EQ, "!=": EQ,
    "&": BAND, "^": BXOR, "|": BOR, "&&": LAND, "||": LOR,
}


@dataclass(frozen=True)
class Expr:
    text: str
    prec: int = PRIMARY
    ctype: str = "int"  # C type of the expression after C's promotions
    reads: frozenset[str] = field(default=frozenset())
    const: int | float | None = None  # the value, for literals
    negated: Expr | None = field(default=None, compare=False)  # `!e` spelled as a comparison

    def __str__(self) -> str:
        return self.text


def var(name: str, ctype: str) -> Expr:
    return Expr(name, PRIMARY, ctype, frozenset([name]))


def wrap(e: Expr, limit: int) -> str:
    """`e` as an operand that may bind no looser than `limit`."""
    return e.text if e.prec <= limit else f"({e.text})"


_INVERSE = {"<": ">=", ">=": "<", ">": "<=", "<=": ">", "==": "!=", "!=": "=="}


def comparison(op: str, a: Expr, b: Expr) -> Expr:
    """An integer comparison that knows its negation."""
    e = binary(op, a, b, "int")
    inverse = replace(binary(_INVERSE[op], a, b, "int"), negated=e)
    return replace(e, negated=inverse)


def binary(op: str, a: Expr, b: Expr, ctype: str) -> Expr:
    prec = _BINARY[op]
    if prec >= SHIFT:  # -Wparentheses: keep every binary operand of these in parentheses
        left = a.text if a.prec <= UNARY else f"({a.text})"
        right = b.text if b.prec <= UNARY else f"({b.text})"
    else:
        left, right = wrap(a, prec), wrap(b, prec - 1)
    return Expr(f"{left} {op} {right}", prec, ctype, a.reads | b.reads)


def unary(op: str, a: Expr, ctype: str) -> Expr:
    text = a.text if a.prec <= UNARY and not (op == "-" and a.text.startswith("-")) else f"({a.text})"
    return Expr(f"{op}{text}", UNARY, ctype, a.reads)


def cast(ctype: str, a: Expr) -> Expr:
    if a.ctype == ctype:
        return a
    return Expr(f"({ctype}){wrap(a, UNARY)}", UNARY, ctype, a.reads)


def cond(c: Expr, a: Expr, b: Expr, ctype: str) -> Expr:
    text = f"{wrap(c, LOR) if c.prec < REL else '(' + c.text + ')'} ? {wrap(a, LOR)} : {wrap(b, COND)}"
    return Expr(text, COND, ctype, c.reads | a.reads | b.reads)


def call(name: str, args: list[Expr], ctype: str) -> Expr:
    return Expr(f"{name}({', '.join(a.text for a in args)})", PRIMARY, ctype,
                frozenset().union(*[a.reads for a in args]) if args else frozenset())


def index(base: Expr, i: Expr, ctype: str) -> Expr:
    return Expr(f"{wrap(base, PRIMARY)}[{i.text}]", PRIMARY, ctype, base.reads | i.reads)


def member(base: Expr, name: str, ctype: str) -> Expr:
    return Expr(f"{wrap(base, PRIMARY)}.{name}", PRIMARY, ctype, base.reads)


def logical_not(c: Expr) -> Expr:
    """`!c`: an integer comparison flips, a double negation cancels."""
    if c.negated is not None:
        return c.negated
    if c.prec == UNARY and c.text.startswith("!(") and c.text.endswith(")") and _balanced(c.text[2:-1]):
        return Expr(c.text[2:-1], COND, "int", c.reads)
    if c.prec == UNARY and c.text.startswith("!") and _atomic(c.text[1:]):
        return Expr(c.text[1:], PRIMARY, "int", c.reads)
    return unary("!", c, "int")


def _balanced(text: str) -> bool:
    depth = 0
    for ch in text:
        depth += ch == "("
        depth -= ch == ")"
        if depth < 0:
            return False
    return depth == 0


def _atomic(text: str) -> bool:
    return text.replace("_", "a").isalnum()


# ----------------------------------------------------------------- literals
def int_literal(value: int, ctype: str) -> Expr:
    """An integer constant of C type `ctype` (value already in that type's range)."""
    if ctype == "bool":
        return Expr("1" if value else "0", PRIMARY, "int", const=int(bool(value)))
    if ctype.startswith("uint"):
        bits = int(ctype[4:-2])
        if bits < 32:  # promoted to int anyway
            return Expr(str(value), PRIMARY, "int", const=value)
        suffix = "u" if bits == 32 else "ull"
        text = f"0x{value:X}{suffix}" if value >= 0x10000 and _maskish(value) else f"{value}{suffix}"
        return Expr(text, PRIMARY, ctype, const=value)
    bits = int(ctype[3:-2])
    if bits < 32 or -(1 << 31) < value < (1 << 31):
        return Expr(str(value), PRIMARY if value >= 0 else UNARY, "int", const=value)
    suffix = "" if bits == 32 else "ll"
    if value == -(1 << (bits - 1)):  # INT_MIN has no literal
        return Expr(f"({-value - 1}{suffix} - 1)", PRIMARY, ctype, const=value)
    return Expr(f"{value}{suffix}", PRIMARY if value >= 0 else UNARY, ctype, const=value)


def _maskish(value: int) -> bool:
    """Bit patterns read better in hex: masks, powers of two, sign bits."""
    return value & (value + 1) == 0 or value & (value - 1) == 0 or value >= 1 << 31


def float_text(value: float, ctype: str) -> str:
    """A C literal that reads back as exactly `value` (shortest such for float)."""
    if math.isnan(value):
        return "NAN" if ctype == "float" else "(double)NAN"
    if math.isinf(value):
        text = "INFINITY" if ctype == "float" else "(double)INFINITY"
        return text if value > 0 else f"-{text}"
    if ctype == "float":
        return _float32_text(struct.unpack("<I", struct.pack("<f", value))[0])
    return _with_point(repr(value))


@lru_cache(maxsize=1 << 16)
def _float32_text(bits: int) -> str:
    target = struct.unpack("<f", struct.pack("<I", bits))[0]
    text = repr(target)
    if len(text) > 8:  # shorter digits may read back as the same float32
        for digits in range(6, 10):
            candidate = f"{target:.{digits}g}"
            if struct.unpack("<f", struct.pack("<f", float(candidate)))[0] == target:
                text = candidate
                break
    return _with_point(text) + "f"


def _with_point(text: str) -> str:
    if "e" in text or "." in text or "inf" in text or "nan" in text:
        if "e" in text and "." not in text.split("e")[0]:
            mant, exp = text.split("e")
            return f"{mant}.0e{exp}"
        return text
    return text + ".0"


def float_literal(value: float, ctype: str) -> Expr:
    text = float_text(value, ctype)
    return Expr(text, UNARY if text.startswith("-") or text.startswith("(") else PRIMARY, ctype, const=value)


def needs_math_macros(text: str) -> bool:
    return "NAN" in text or "INFINITY" in text
