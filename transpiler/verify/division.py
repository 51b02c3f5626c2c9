"""Division as uninterpreted functions: bit-blasted dividers make Z3 time
out even on `a / b` against `a / b` written differently. With one function
symbol per operation and width shared by both sides, equal operands give
equal quotients by congruence alone; the remainder is tied to the quotient
(`a rem b = a - (a / b) * b`, true of Z3's total division too), so ARM's
`sdiv` + `msub` meets RISC-V's `rem`. A proof with the abstraction holds for
the real operations; a counterexample may not, so the caller re-checks it
with the real ones."""

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


def abstract(exprs: list[z3.ExprRef]) -> tuple[list[z3.ExprRef], list[z3.BoolRef]]:
    """`exprs` with divisions and remainders replaced, and the axioms tying
    each remainder to its quotient."""
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
            result = a - quotient * b
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
