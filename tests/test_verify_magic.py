"""The magic-number rewrite (verify/magic.py): a multiply-high by a
reciprocal becomes the division it computes only where Granlund and
Montgomery's condition makes them equal for every input, checked here on
random and edge inputs against the unrewritten term."""

from __future__ import annotations

import random

import pytest
import z3

from guacc.transpiler.verify import magic

EDGES_32 = [0, 1, 2, 9, 10, 11, 0x7FFFFFFF, 0x80000000, 0x80000001, 0xFFFFFFFF, 0xFFFFFFFE]


def _agree(term: z3.BitVecRef, x: z3.BitVecRef, samples: int = 400) -> bool:
    [rewritten] = magic.rewrite([term])
    rng = random.Random(0)
    values = EDGES_32 + [rng.getrandbits(32) for _ in range(samples)]
    for v in values:
        at = lambda e: z3.simplify(z3.substitute(e, (x, z3.BitVecVal(v, 32)))).as_long()  # noqa: E731
        if at(term) != at(rewritten):
            return False
    return True


def _proven(claim: z3.BoolRef) -> bool:
    solver = z3.Solver()
    solver.set("timeout", 20_000)
    solver.add(z3.Not(claim))
    return solver.check() == z3.unsat


def _unsigned_quotient(m: int, k: int) -> tuple[z3.BitVecRef, z3.BitVecRef]:
    """`umull x1, w0, w1; lsr x1, x1, k`, as the 32-bit result: bits 63..k of m * zext(x)."""
    x = z3.BitVec("x", 32)
    high = z3.Extract(63, k, z3.BitVecVal(m, 64) * z3.ZeroExt(32, x))
    return z3.ZeroExt(32 - high.size(), high), x


def _signed_quotient(m: int, shift: int) -> tuple[z3.BitVecRef, z3.BitVecRef]:
    """`smull x1, w0, w1; lsr x1, x1, 32; asr w1, w1, shift; sub w0, w1, w0, asr 31`."""
    x = z3.BitVec("x", 32)
    high = z3.Extract(63, 32, z3.BitVecVal(m, 64) * z3.SignExt(32, x)) >> shift
    return high + z3.BitVecVal(-1, 32) * (x >> 31), x


@pytest.mark.parametrize("d, m, k", [(10, 0xCCCCCCCD, 35), (3, 0xAAAAAAAB, 33), (1000, 0x10624DD3, 38)])
def test_unsigned_magic_becomes_the_division(d, m, k):
    term, x = _unsigned_quotient(m, k)
    [rewritten] = magic.rewrite([term])
    assert not magic.rewrite([term])[0].eq(term)
    assert _proven(rewritten == z3.UDiv(x, z3.BitVecVal(d, 32)))  # the division, in the bits it keeps
    assert _agree(term, x)


@pytest.mark.parametrize("d, m, shift", [(10, 0x66666667, 2), (3, 0x55555556, 0), (100, 0x51EB851F, 5)])
def test_signed_magic_becomes_the_division(d, m, shift):
    term, x = _signed_quotient(m, shift)
    [rewritten] = magic.rewrite([term])
    assert _proven(rewritten == x / z3.BitVecVal(d, 32))
    assert _agree(term, x)


@pytest.mark.parametrize("m, k", [(0xCCCCCCCC, 35), (0xCCCCCCCD, 33), (12345, 40)])
def test_a_multiplier_that_is_not_exact_is_left_alone(m, k):
    term, _ = _unsigned_quotient(m, k)
    assert magic.rewrite([term])[0].eq(term)


def test_condition_matches_the_theorem_on_small_words():
    """Exhaustively on 8-bit x: the condition never admits a wrong divisor."""
    for d in range(2, 40):
        for k in range(8, 17):
            m = -(-(1 << k) // d)
            exact = all((m * x) >> k == x // d for x in range(256))
            if magic.unsigned_exact(m, d, 8, k):
                assert exact, (d, k)
