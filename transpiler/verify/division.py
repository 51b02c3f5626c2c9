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

from .terms import find_apps

_QUOTIENT = {z3.Z3_OP_BSDIV: "sdiv", z3.Z3_OP_BSDIV_I: "sdiv", z3.Z3_OP_BUDIV: "udiv", z3.Z3_OP_BUDIV_I: "udiv"}
_REMAINDER = {z3.Z3_OP_BSREM: "sdiv", z3.Z3_OP_BSREM_I: "sdiv", z3.Z3_OP_BUREM: "udiv", z3.Z3_OP_BUREM_I: "udiv"}
_MENTION = re.compile(r"\bbv[su](div|rem)")


# Mnemonics that multiply or divide two registers: only blocks with one of
# them need the abstraction (a shift or a scaled index is a product by a constant).
_MULTIPLY_DIVIDE = {
    "arm": {"mul", "madd", "msub", "mneg", "smull", "umull", "smulh", "umulh", "smaddl", "umaddl",
            "smsubl", "umsubl", "smnegl", "umnegl", "sdiv", "udiv"},
    "riscv": {"mul", "mulw", "mulh", "mulhu", "mulhsu", "div", "divu", "divw", "divuw", "rem", "remu",
              "remw", "remuw"},
}


def multiplies_or_divides(isa: str, instrs) -> bool:
    return any(i.opcode in _MULTIPLY_DIVIDE.get(isa, ()) for i in instrs)


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


class Abstraction:
    """Divisions and remainders (and, with `products`, the products of two
    or more variables) replaced by function symbols. `negations`: `~x`
    written `-1 - x` (the same value), so that the simplifier brings
    `a + ~m + 1` and `a - m` to one sum. Terms are scanned through the C API
    and rewritten by `z3.substitute` (nested operations take a round each)."""

    ROUNDS = 4

    def __init__(self, products: bool = False, negations: bool = False) -> None:
        self.products, self.negations = products, negations
        self.kinds = set(_QUOTIENT) | set(_REMAINDER) | ({z3.Z3_OP_BMUL} if products else set())

    def _replacement(self, e: z3.ExprRef) -> z3.ExprRef | None:
        kind = e.decl().kind()
        args = e.children()
        if kind in _QUOTIENT:
            return _function(_QUOTIENT[kind], args[0].size())(*args)
        if kind in _REMAINDER:
            a, b = args
            quotient = _function(_REMAINDER[kind], a.size())(a, b)
            # by a constant divisor the product stays a product by a constant, as
            # the other side's `msub` with that constant simplifies to
            plain = z3.is_bv_value(b) or not self.products
            return a - (quotient * b if plain else _product([quotient, b]))
        if kind == z3.Z3_OP_BMUL:
            variables = [c for c in args if not z3.is_bv_value(c)]
            if len(variables) < 2:
                return None
            result = _product(variables)
            for c in args:
                if z3.is_bv_value(c):
                    result = c * result
            return result
        if kind == z3.Z3_OP_BNOT:
            return z3.BitVecVal(-1, args[0].size()) - args[0]
        return None

    def touches(self, e: z3.ExprRef) -> bool:
        """Whether `e` has a division or abstracted product in it."""
        return any(self._replacement(a) is not None for a in find_apps([e], self.kinds))

    def __call__(self, e: z3.ExprRef) -> z3.ExprRef:
        return self.all([e])[0]

    def all(self, exprs: list[z3.ExprRef]) -> list[z3.ExprRef]:
        """`exprs` abstracted, scanned together (they share most of their terms)."""
        kinds = self.kinds | ({z3.Z3_OP_BNOT} if self.negations else set())
        for _ in range(self.ROUNDS):
            pairs = [(a, r) for a in find_apps(exprs, kinds) for r in [self._replacement(a)] if r is not None]
            if not pairs:
                break
            exprs = [z3.substitute(e, *pairs) for e in exprs]
        return _sorted_products(exprs) if self.products else exprs


def _sorted_products(exprs: list[z3.ExprRef]) -> list[z3.ExprRef]:
    """Abstract products with their factors in one order: a product was
    ordered by the ids of its factors before they were abstracted
    themselves (`(a / b) * b` against the remainder's `quotient * b`), so
    equal products could come out in two orders."""
    for _ in range(Abstraction.ROUNDS):
        pairs = []
        for app in find_apps(exprs, {z3.Z3_OP_UNINTERPRETED}):
            if app.decl().name().startswith("mul!") and app.arg(0).get_id() > app.arg(1).get_id():
                pairs.append((app, app.decl()(app.arg(1), app.arg(0))))
        if not pairs:
            break
        exprs = [z3.substitute(e, *pairs) for e in exprs]
    return exprs


def abstract(exprs: list[z3.ExprRef], products: bool = False,
             negations: bool = False) -> tuple[list[z3.ExprRef], list[z3.BoolRef]]:
    """`exprs` abstracted (see `Abstraction`), and the axioms the
    abstraction needs (none: remainders are written with their quotients)."""
    walk = Abstraction(products, negations)
    return [walk(e) for e in exprs], []


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


def zero_tests(nonzero: list[z3.BitVecRef]) -> list[z3.BoolRef]:
    """The tests `d == 0` of divisors the premise assumes nonzero, as
    written and as the simplifier leaves them (a Concat of bytes: all bytes
    zero): rewritten to False (`solving.simplified`), the zero-divisor cases
    of both ISAs (AArch64 gives 0, RISC-V all ones or the dividend) vanish
    and quotients written differently often become the same term."""
    tests: dict[int, z3.BoolRef] = {}
    for d in nonzero:
        zero = z3.BitVecVal(0, d.size())
        for test in (d == zero, zero == d, z3.simplify(d == zero)):
            if not z3.is_false(test) and not z3.is_true(test):
                tests[test.get_id()] = test
    return list(tests.values())
