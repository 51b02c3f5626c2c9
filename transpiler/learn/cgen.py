"""Random pieces of C for the template kernels: scalar types, constants of
every magnitude and fully parenthesised expressions.

Constants span the ranges the two ISAs encode differently (AArch64 12-bit
add immediates and bitmask immediates, movz/movk halves; RISC-V 12-bit
addi, lui + addi, 64-bit constants built in several steps): the immediates
are where a learned translator fails, so the data must show many of them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class CType:
    name: str
    bits: int
    signed: bool
    is_float: bool = False

    @property
    def printf(self) -> tuple[str, str]:
        """printf conversion and the cast that makes the argument match it."""
        if self.is_float:
            return "%.6g", "(double)"
        return ("%lld", "(long long)") if self.signed else ("%llu", "(unsigned long long)")

    @property
    def max(self) -> int:
        return (1 << (self.bits - 1)) - 1 if self.signed else (1 << self.bits) - 1

    @property
    def min(self) -> int:
        return -(1 << (self.bits - 1)) if self.signed else 0


# LP64 on both targets; <stdint.h> names so the widths are explicit
INT_TYPES = tuple(CType(f"{'' if s else 'u'}int{b}_t", b, s) for b in (8, 16, 32, 64) for s in (True, False))
FLOAT_TYPES = (CType("float", 32, True, True), CType("double", 64, True, True))
ALL_TYPES = INT_TYPES + FLOAT_TYPES

INT_OPS = ("+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>")
FLOAT_OPS = ("+", "-", "*", "/")
COMPARISONS = ("<", "<=", ">", ">=", "==", "!=")


def pick_type(rng: random.Random, floats: bool = True) -> CType:
    return rng.choice(ALL_TYPES if floats and rng.random() < 0.2 else INT_TYPES)


def int_value(rng: random.Random, ctype: CType) -> int:
    """A value of `ctype`, its magnitude drawn from classes that encode
    differently: tiny, 8-bit, 12-bit, 16-bit, 32-bit, full width, negative."""
    top = ctype.max
    kind = rng.choice(("tiny", "byte", "imm12", "half", "word", "full", "neg"))
    limit = {"tiny": 15, "byte": 255, "imm12": 4095, "half": 65535, "word": 2**32 - 1}.get(kind, top)
    value = rng.randint(0, min(limit, top))
    if kind == "neg" and ctype.signed:
        value = -rng.randint(1, min(rng.choice((15, 2047, 65535, 2**31)), -ctype.min))
    return value


def int_literal(value: int, ctype: CType) -> str:
    """`value` spelled so that C gives it the intended type without warnings."""
    if ctype.bits == 64:
        if value < 0:
            # -9223372036854775808 is not a literal: write it as an expression
            return f"({value + 1}LL - 1)" if value == ctype.min else f"({value}LL)"
        return f"{value}ULL" if not ctype.signed or value > 2**31 else f"{value}LL"
    if value < 0:
        return f"({value})"
    return f"{value}U" if not ctype.signed and value > 2**31 - 1 else str(value)


def float_literal(rng: random.Random, ctype: CType) -> str:
    value = rng.choice((rng.uniform(-8, 8), rng.uniform(-1000, 1000), float(rng.randint(-64, 64)), rng.random()))
    text = f"{value:.{rng.choice((1, 3, 6))}f}"
    return text + ("f" if ctype.name == "float" else "")


def literal(rng: random.Random, ctype: CType) -> str:
    if ctype.is_float:
        return float_literal(rng, ctype)
    return int_literal(int_value(rng, ctype), ctype)


def shift_amount(rng: random.Random, ctype: CType) -> int:
    """A constant shift below the width C computes in (int for narrow types)."""
    return rng.randint(0, max(ctype.bits, 32) - 1)


def expression(rng: random.Random, ctype: CType, names: list[str], depth: int) -> str:
    """A random expression over `names` (variables of `ctype`) and constants.
    Every operator has a variable on its left, so gcc never folds constants
    (no -Woverflow noise and the arithmetic stays in the code); divisors are
    forced non-zero and shift counts into range."""
    if depth <= 0 or rng.random() < 0.25:
        return rng.choice(names)
    op = rng.choice(FLOAT_OPS if ctype.is_float else INT_OPS)
    left = expression(rng, ctype, names, depth - 1)
    right = expression(rng, ctype, names, depth - 1) if rng.random() < 0.5 else literal(rng, ctype)
    if op in ("<<", ">>"):
        width = max(ctype.bits, 32)
        if rng.random() < 0.5:
            return f"({left} {op} {shift_amount(rng, ctype)})"
        return f"({left} {op} ({expression(rng, ctype, names, depth - 1)} & {width - 1}))"
    if op in ("/", "%"):
        if ctype.is_float:
            return f"({left} / ({right} + {float_literal(rng, ctype).lstrip('-')} + 1.5))"
        mask = rng.choice((7, 15, 255, 4095))
        return f"({left} {op} (({right} & {mask}) + 1))"
    return f"({left} {op} {right})"


def condition(rng: random.Random, ctype: CType, names: list[str]) -> str:
    left = expression(rng, ctype, names, 1)
    return f"({left} {rng.choice(COMPARISONS)} {literal(rng, ctype)})"
