"""Division by a constant written as a multiplication by its reciprocal.

gcc divides by a constant with a "magic" multiply even at -O0 on AArch64
(`umulh`/`smull` and shifts) while RISC-V code keeps `divu`/`remw`. Z3
cannot relate the two by bit-blasting (a 64x64-bit product against a
divider times out), so the multiply is rewritten into the division it
computes, where a theorem says it is exact (Granlund and Montgomery,
"Division by invariant integers using multiplication", 1994):

- unsigned, N-bit x, magic m, k = N + l:  if 2^k <= m*d <= 2^k + 2^l then
  floor(m*x / 2^k) = floor(x / d) for all 0 <= x < 2^N (their Theorem 4.2);
- signed, N-bit x: with e = m*d - 2^k, if 0 < e and e * 2^(N-1) <= 2^k then
  floor(m*x / 2^k) - (x >> (N-1)) = trunc(x / d) for all N-bit x (the same
  error bound, taken for |x| <= 2^(N-1) on either side of zero).

The rewrite replaces a term by an equal one (for every input), so it may be
applied to any formula; the divisor d is found from m and checked against
the theorem's condition, and nothing is rewritten where it fails.
"""

from __future__ import annotations

import z3

from .terms import find_apps


def _constant(e: z3.ExprRef) -> int | None:
    return e.as_long() if z3.is_bv_value(e) else None


def _zero_extended(e: z3.ExprRef) -> z3.BitVecRef | None:
    """x when `e` is x with zeros above it."""
    if z3.is_app_of(e, z3.Z3_OP_ZERO_EXT):
        return e.arg(0)
    if z3.is_app_of(e, z3.Z3_OP_CONCAT) and e.num_args() >= 2 and _constant(e.arg(0)) == 0:
        rest = [e.arg(i) for i in range(1, e.num_args())]
        return rest[0] if len(rest) == 1 else z3.Concat(*rest)
    return None


def _sign_extended(e: z3.ExprRef) -> z3.BitVecRef | None:
    """x when `e` is x with copies of its sign bit above it."""
    if z3.is_app_of(e, z3.Z3_OP_SIGN_EXT):
        return e.arg(0)
    if not z3.is_app_of(e, z3.Z3_OP_CONCAT) or e.num_args() < 2:
        return None
    args = [e.arg(i) for i in range(e.num_args())]
    for split in range(len(args) - 1, 0, -1):  # x may itself be a Concat the simplifier flattened
        x = args[split] if split == len(args) - 1 else z3.Concat(*args[split:])
        sign = z3.simplify(z3.Extract(x.size() - 1, x.size() - 1, x))
        if all(a.eq(sign) for a in args[:split]):
            return x
    return None


def _product(e: z3.ExprRef, extension) -> tuple[int, z3.BitVecRef] | None:
    """(m, x) when `e` is the constant m times extension(x)."""
    if not z3.is_app_of(e, z3.Z3_OP_BMUL) or e.num_args() != 2:
        return None
    for c, other in ((e.arg(0), e.arg(1)), (e.arg(1), e.arg(0))):
        m, x = _constant(c), extension(other)
        if m is not None and x is not None:
            return m, x
    return None


def _divisor(m: int, k: int) -> int | None:
    """The d for which m is about 2^k / d."""
    if m <= 0:
        return None
    return -(-(1 << k) // m)  # ceil(2^k / m): m*d just above 2^k


def unsigned_exact(m: int, d: int, n: int, k: int) -> bool:
    l = k - n
    return l >= 0 and d > 0 and (1 << k) <= m * d <= (1 << k) + (1 << l)


def signed_exact(m: int, d: int, n: int, k: int) -> bool:
    e = m * d - (1 << k)
    return d > 1 and 0 < e and e << (n - 1) <= 1 << k


def _unsigned(e: z3.ExprRef) -> z3.BitVecRef | None:
    """Extract(hi, k, m * zext(x)), the product not wrapping: floor(x / d)."""
    if not z3.is_app_of(e, z3.Z3_OP_EXTRACT):
        return None
    hi, k = e.params()
    found = _product(e.arg(0), _zero_extended)
    if found is None:
        return None
    m, x = found
    n, width = x.size(), e.arg(0).size()
    if m.bit_length() + n > width:  # the product could wrap
        return None
    d = _divisor(m, k)
    if d is None or not unsigned_exact(m, d, n, k):
        return None
    bits = hi - k + 1
    quotient = z3.UDiv(x, z3.BitVecVal(d, n))
    return z3.Extract(bits - 1, 0, quotient) if bits <= n else z3.ZeroExt(bits - n, quotient)


def _signed_high(e: z3.ExprRef) -> tuple[int, z3.BitVecRef, int] | None:
    """(m, x, k) when `e` is (Extract(hi, j, m * sext(x)) >> s), k = j + s:
    floor(m * x / 2^k). A magic number too large for a signed register is
    used as m - 2^N with x added to the high half (`smulh` then `add`)."""
    shift = 0
    if z3.is_app_of(e, z3.Z3_OP_BASHR) and _constant(e.arg(1)) is not None:
        e, shift = e.arg(0), _constant(e.arg(1))
    added = None
    if z3.is_app_of(e, z3.Z3_OP_BADD) and e.num_args() == 2:
        for high, other in ((e.arg(0), e.arg(1)), (e.arg(1), e.arg(0))):
            if z3.is_app_of(high, z3.Z3_OP_EXTRACT):
                e, added = high, other
                break
    if not z3.is_app_of(e, z3.Z3_OP_EXTRACT):
        return None
    hi, j = e.params()
    width = e.arg(0).size()
    found = _product(e.arg(0), _sign_extended)
    if found is None or hi != width - 1:
        return None
    m, x = found
    n = x.size()
    if m >= 1 << (width - 1):
        m -= 1 << width  # a negative factor
    if added is not None:
        if not added.eq(x) or j != n or m >= 0:
            return None
        m += 1 << n  # high(m*x) + x = high((m + 2^N) * x)
    if m <= 0 or m.bit_length() + n >= width:
        return None
    return m, x, j + shift


def _signed(e: z3.ExprRef) -> z3.BitVecRef | None:
    """high(m * x) >> s plus (2^N - 1) * (x >> (N-1)) (that is, minus the
    sign): trunc(x / d), all of width N."""
    if not z3.is_app_of(e, z3.Z3_OP_BADD) or e.num_args() != 2:
        return None
    for a, b in ((e.arg(0), e.arg(1)), (e.arg(1), e.arg(0))):
        high = _signed_high(a)
        if high is None:
            continue
        m, x, k = high
        n = x.size()
        if a.size() != n or not _is_minus_sign(b, x):
            continue
        d = _divisor(m, k)
        if d is not None and signed_exact(m, d, n, k):
            return x / z3.BitVecVal(d, n)
    return None


def _is_minus_sign(b: z3.ExprRef, x: z3.BitVecRef) -> bool:
    """b = -(x >> (N-1)) (1 for a negative x, else 0)."""
    n = x.size()
    sign = x >> (n - 1)
    forms = (z3.BitVecVal(-1, n) * sign, -sign, z3.LShR(x, n - 1))
    return any(z3.simplify(b == f).eq(z3.BoolVal(True)) or b.eq(z3.simplify(f)) for f in forms)


def rewrite(exprs: list[z3.ExprRef]) -> list[z3.ExprRef]:
    """`exprs` with every magic-number division replaced by the division."""
    exprs = [e for e in exprs]
    candidates = find_apps(exprs, {z3.Z3_OP_EXTRACT, z3.Z3_OP_BADD})
    pairs = []
    for term in candidates:
        replacement = _unsigned(term) if z3.is_app_of(term, z3.Z3_OP_EXTRACT) else _signed(term)
        if replacement is not None:
            pairs.append((term, replacement))
    return [z3.substitute(e, *pairs) for e in exprs] if pairs else exprs
