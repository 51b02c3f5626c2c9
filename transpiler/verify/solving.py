"""Discharging a query's obligations with Z3 within a time budget.

Most obligations of an -O0 pair are easy one by one and hard all at once
(one slow byte drags the whole goal down), and many are closed by
simplification alone (both sides compute the same term). So: simplify each
obligation under what the premise lets us rewrite (nonzero divisors), drop
those that become True, try the rest together briefly, then one by one,
putting off those that run out of their share and coming back to them with
what time is left. A model is only ever taken from the real (not
abstracted) formulas; 'timeout' is never promoted to a proof.
"""

from __future__ import annotations

import time

import z3

from . import magic
from .division import Abstraction

FIRST_TRY_S = 1.0  # for the whole goal at once, before obligations one by one
MIN_SHARE_S = 0.25  # the least one obligation gets on the first pass


def check(parts: list[z3.BoolRef], timeout_s: float):
    solver = z3.Solver()
    solver.set("timeout", max(1, int(timeout_s * 1000)))
    solver.add(*parts)
    return solver.check(), solver


def refute(premise: list[z3.BoolRef], goal: z3.BoolRef, timeout_s: float, arithmetic: bool = True):
    """unsat / sat (with a model) / unknown for `premise and not goal`, with
    the division abstraction tried first where it applies (its proofs hold
    for the real operations; its models may not, so they are not used)."""
    started = time.perf_counter()
    parts = [*premise, z3.Not(goal)]
    walk = Abstraction(products=True)
    if arithmetic and walk.touches(goal):
        result, _ = check([walk(p) for p in parts], timeout_s / 2)
        if result == z3.unsat:
            return z3.unsat, None
    left = max(0.001, timeout_s - (time.perf_counter() - started))
    result, solver = check(parts, left)
    return result, (solver.model() if result == z3.sat else None)


def assume_false(exprs: list[z3.ExprRef], known_false: list[z3.BoolRef]) -> list[z3.ExprRef]:
    """`exprs` with each test the premise denies replaced by False."""
    if not known_false:
        return exprs
    pairs = [(t, z3.BoolVal(False)) for t in known_false]
    return [z3.substitute(e, *pairs) for e in exprs]


def simplified(holds: list[z3.BoolRef], known_false: list[z3.BoolRef], arithmetic: bool = True) -> list[z3.BoolRef]:
    """Each obligation rewritten under the tests the premise denies (a zero
    divisor, a NaN operand) and simplified (equivalent under the premise);
    True where it holds with division and products abstracted (written
    alike on both sides)."""
    rewritten = assume_false(list(holds), known_false)
    if arithmetic:
        rewritten = magic.rewrite(rewritten)  # an exact identity: the division a magic multiply computes
    out = [z3.simplify(h) for h in rewritten]
    open_ = [i for i, h in enumerate(out) if not z3.is_true(h)]
    if arithmetic and open_:
        abstracted = Abstraction(products=True, negations=True).all([rewritten[i] for i in open_])
        for i, a in zip(open_, abstracted):
            if not a.eq(rewritten[i]) and z3.is_true(z3.simplify(a)):
                out[i] = z3.BoolVal(True)
    return out


def prove_all(premise: list[z3.BoolRef], holds: list[z3.BoolRef], timeout_s: float,
              known_false: list[z3.BoolRef] = (), arithmetic: bool = True,
              sample=None) -> tuple[str, z3.ModelRef | None]:
    """'verified' | 'failed' (with a model) | 'timeout' for `premise`
    implying every formula of `holds`; `known_false`: tests the premise
    denies; `arithmetic`: whether products and quotients are worth
    abstracting; `sample(pending)`: a model falsifying one of the formulas
    found by trying inputs, or None (tried when the first attempt is
    undecided)."""
    started = time.perf_counter()
    pending = [h for h in simplified(holds, list(known_false), arithmetic) if not z3.is_true(h)]
    if not pending:
        return "verified", None
    result, model = refute(premise, z3.And(*pending), min(timeout_s, FIRST_TRY_S), arithmetic)
    if result == z3.unsat:
        return "verified", None
    if result == z3.sat:
        return "failed", model
    if sample is not None:
        model = sample(pending)
        if model is not None:
            return "failed", model
    if len(pending) == 1 and timeout_s <= FIRST_TRY_S:
        return "timeout", None
    for attempt in range(2):  # a first pass with fair shares, then the leftovers with all the rest
        deferred = []
        for i, h in enumerate(pending):
            left = timeout_s - (time.perf_counter() - started)
            if left <= 0:
                return "timeout", None
            share = left / (len(pending) - i)
            if attempt == 0:
                share = min(left, max(share, MIN_SHARE_S))
            result, model = refute(premise, h, share, arithmetic)
            if result == z3.sat:
                return "failed", model
            if result != z3.unsat:
                deferred.append(h)
        if not deferred:
            return "verified", None
        pending = deferred
    return "timeout", None
