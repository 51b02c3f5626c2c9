"""Division (and the products of two variables) as uninterpreted functions:
bit-blasted dividers and multipliers make Z3 time out even on `a / b`
against `a / b` written differently. With one function symbol per operation
and width shared by both sides, equal operands give equal results by
congruence alone; the remainder is tied to the quotient (`a rem b = a - (a
/ b) * b`, true of Z3's total division too), so ARM's `sdiv` + `msub` meets
RISC-V's `rem`. Products are abstracted with their operands in a fixed
order (multiplication commutes); products by a constant stay (addresses
are made of them). A proof with the abstraction holds for the real
operations; a counterexample may not, so the caller re-checks it with the
real ones."""

from __future__ import annotations

import re

import z3

_QUOTIENT = {z3.Z3_OP_BSDIV: "sdiv", z3.Z3_OP_BSDIV_I: "sdiv", z3.Z3_OP_BUDIV: "udiv", z3.Z3_OP_BUDIV_I: "udiv"}
_REMAINDER = {z3.Z3_OP_BSREM: "sdiv", z3.Z3_OP_BSREM_I: "sdiv", z3.Z3_OP_BUREM: "udiv", z3.Z3_OP_BUREM_I: "udiv"}
_MENTION = re.compile(r"\bbv[su](div|rem)")


def has_division(exprs) -> bool:
    return any(_MENTION.search(e.sexpr()) for e in exprs)


def _function(kind: str, width: int) -> z3.FuncDeclRef:
    sort = z3.BitVecSort(width)
    return z3.Function(f"{kind}!{width}", sort, sort, sort)


def has_product(exprs) -> bool:
    return any("bvmul" in e.sexpr() for e in exprs)


def _product(factors: list[z3.BitVecRef]) -> z3.BitVecRef:
    """The abstract product of two or more non-constant factors."""
    factors = sorted(factors, key=lambda f: f.get_id())
    result = factors[0]
    for f in factors[1:]:
        result = _function("mul", result.size())(result, f)
    return result


def abstract(exprs: list[z3.ExprRef], products: bool = False,
             negations: bool = False) -> tuple[list[z3.ExprRef], list[z3.BoolRef]]:
    """`exprs` with divisions and remainders (and, with `products`, the
    products of two or more variables) replaced, and the axioms tying each
    remainder to its quotient. `negations`: `~x` written `-1 - x` (the same
    value), so that the simplifier brings `a + ~m + 1` and `a - m` to one
    sum."""
    memo: dict[int, z3.ExprRef] = {}
    axioms: list[z3.BoolRef] = []

    def walk(e: z3.ExprRef) -> z3.ExprRef:
        key = e.get_id()
        if key in memo:
            return memo[key]
        if not z3.is_app(e) or e.num_args() == 0:
            memo[key] = e
            return e
        children = [walk(c) for c in e.children()]
        kind = e.decl().kind()
        if kind in _QUOTIENT:
            a, b = children
            result = _function(_QUOTIENT[kind], a.size())(a, b)
        elif kind in _REMAINDER:
            a, b = children
            quotient = _function(_REMAINDER[kind], a.size())(a, b)
            result = a - (_product([quotient, b]) if products else quotient * b)
        elif kind == z3.Z3_OP_BMUL and products and sum(not z3.is_bv_value(c) for c in children) >= 2:
            constants = [c for c in children if z3.is_bv_value(c)]
            result = _product([c for c in children if not z3.is_bv_value(c)])
            for c in constants:
                result = c * result
        elif kind == z3.Z3_OP_BNOT and negations:
            result = z3.BitVecVal(-1, children[0].size()) - children[0]
        elif any(not c.eq(o) for c, o in zip(children, e.children())):
            result = e.decl()(*children) if kind != z3.Z3_OP_UNINTERPRETED or e.num_args() else e
        else:
            result = e
        memo[key] = result
        return result

    return [walk(e) for e in exprs], axioms


def divisors(exprs: list[z3.ExprRef]) -> list[z3.BitVecRef]:
    """The divisor of every division and remainder in `exprs`."""
    seen: set[int] = set()
    out: list[z3.BitVecRef] = []
    stack = list(exprs)
    while stack:
        e = stack.pop()
        if e.get_id() in seen or not z3.is_app(e):
            continue
        seen.add(e.get_id())
        if e.decl().kind() in _QUOTIENT or e.decl().kind() in _REMAINDER:
            out.append(e.arg(1))
        stack.extend(e.children())
    return out


def assume_nonzero(exprs: list[z3.ExprRef], nonzero: list[z3.BitVecRef]) -> list[z3.ExprRef]:
    """`exprs` with every test `d == 0` of a divisor the premise assumes
    nonzero replaced by False: the zero-divisor cases of both ISAs (AArch64
    gives 0, RISC-V all ones or the dividend) then vanish before the solver
    sees them, and quotients written differently often become the same term."""
    if not nonzero:
        return exprs
    tests: dict[int, z3.BoolRef] = {}
    for d in nonzero:
        zero = z3.BitVecVal(0, d.size())
        # as written, and as the simplifier leaves it (a Concat of bytes: all bytes zero)
        for test in (d == zero, zero == d, z3.simplify(d == zero)):
            if not z3.is_false(test) and not z3.is_true(test):
                tests[test.get_id()] = test
    pairs = [(t, z3.BoolVal(False)) for t in tests.values()]
    return [z3.substitute(e, *pairs) for e in exprs] if pairs else exprs
