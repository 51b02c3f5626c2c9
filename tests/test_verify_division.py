"""The division abstraction (verify/division.py): a remainder and the
quotient-and-multiply-subtract the other ISA computes it with must come out
as the same term, or Z3 is left to bit-blast a divider (a timeout)."""

from __future__ import annotations

import z3

from guacc.transpiler.verify.division import Abstraction


def _same_after_abstraction(a: z3.BitVecRef, b: z3.BitVecRef) -> bool:
    left, right = Abstraction(products=True, negations=True).all([a, b])
    return z3.simplify(left).eq(z3.simplify(right))


def test_remainder_by_a_constant_meets_udiv_and_msub():
    """RISC-V `remuw a5,a4,a5` (a5 = 65521) against AArch64 `udiv w16,w4,w5;
    msub w16,w16,w5,w4`, which the simplifier folds to x + 0xffff000f * q."""
    x = z3.BitVec("x", 32)
    d = z3.BitVecVal(65521, 32)
    msub = z3.simplify(x - z3.UDiv(x, d) * d)
    assert _same_after_abstraction(z3.URem(x, d), msub)


def test_remainder_by_a_variable_meets_sdiv_and_msub():
    """`rem a5,a4,a5` against `sdiv x16,x4,x5; msub x5,x16,x5,x4`: the two
    products of quotient and divisor must have their factors in one order."""
    a, b = z3.BitVecs("a b", 64)
    assert _same_after_abstraction(z3.SRem(a, b), a - (a / b) * b)
    assert _same_after_abstraction(z3.SRem(a, b) + b, a - b * (a / b) + b)


def test_abstraction_never_equates_different_remainders():
    a, b = z3.BitVecs("a b", 64)
    assert not _same_after_abstraction(z3.SRem(a, b), a - (a / b) * a)
    assert not _same_after_abstraction(z3.URem(a, b), a - (a / b) * b)  # unsigned vs signed quotient
