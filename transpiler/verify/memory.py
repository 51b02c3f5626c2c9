"""Reading symbolic memory without leaving easy cases to the solver.

A load at `@g` after stores to `cfa - 8` is `Select(Store(m, cfa-8, v), @g)`;
Z3 only sees that the two addresses differ after bit-blasting both, which
with a few dozen stores times out. Here a select walks the chain of stores
itself and skips those it can prove elsewhere from the addresses' shapes:
two frame addresses with different offsets, a frame address and a global's
(globals lie far below the stack, a precondition), the same symbol at other
offsets, a frame address and a pointer the source may not point into the
frame with (the C assumption `relation.source_assumptions` makes; the target
benefits only for the very same address expression).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import z3

from guacc.transpiler.semantics.symbols import is_symbol_constant, symbol_name

_CFA = "cfa"


def _split(address: z3.BitVecRef) -> tuple[z3.ExprRef | None, int]:
    """(base, constant offset) of `base + c`; base None for a constant."""
    address = z3.simplify(address)
    if z3.is_bv_value(address):
        return None, address.as_signed_long()
    if z3.is_app_of(address, z3.Z3_OP_BADD):
        consts = [c for c in address.children() if z3.is_bv_value(c)]
        rest = [c for c in address.children() if not z3.is_bv_value(c)]
        if len(consts) == 1:
            base = rest[0] if len(rest) == 1 else z3.simplify(z3.Sum(*rest))
            return base, consts[0].as_signed_long()
    return address, 0


@dataclass
class MemoryModel:
    """What is known about addresses when reading this query's memories."""

    overlays: dict[int, tuple[z3.ArrayRef, z3.ArrayRef]] = field(default_factory=dict)  # lambda id -> (src mem, lambda)
    # read-only data by symbol name: a read of it that no store may reach is its byte
    constants: dict[str, bytes] = field(default_factory=dict)
    outside: set[tuple[int, int]] = field(default_factory=set)  # (base id, offset) of bytes outside the frame
    # symbols whose bytes the target has its own of (jump tables): a target
    # read near one is the relation's, never the source's memory
    target_only: set = field(default_factory=set)

    def note_outside(self, address: z3.BitVecRef, size: int) -> None:
        base, offset = _split(address)
        if base is not None:
            self._cache.setdefault(("base", base.get_id()), base)  # keep its id valid
            self.outside |= {(base.get_id(), offset + i) for i in range(size)}

    # Caches by AST id; each entry keeps its term alive, so an id seen here
    # always names the same term (Z3 reuses the ids of freed terms only).
    _cache: dict = field(default_factory=dict)
    _chains: dict = field(default_factory=dict)

    def classify(self, address: z3.BitVecRef) -> tuple:
        """(kind, base id or None, offset): kind 'constant', 'frame',
        'symbol', 'outside' or 'other'."""
        key = address.get_id()
        hit = self._cache.get(key)
        if hit is not None:
            return self._recheck(key, hit[1])
        result = self._classify(address)
        self._cache[key] = (address, result)
        return result

    def _recheck(self, key: int, result: tuple) -> tuple:
        """An 'other' address becomes 'outside' once a source access there
        has been noted."""
        if result[0] == "other" and (result[1], result[2]) in self.outside:
            result = ("outside", result[1], result[2])
            self._cache[key] = (self._cache[key][0], result)
        return result

    def _classify(self, address: z3.BitVecRef) -> tuple:
        base, offset = _split(address)
        if base is None:
            return "constant", None, offset
        base_id = base.get_id()
        if z3.is_const(base) and base.decl().name() == _CFA:
            kind = "frame"
        elif is_symbol_constant(base) and abs(offset) < (1 << 20):
            kind = "symbol"
        elif (base_id, offset) in self.outside:
            kind = "outside"
        elif self._near_target_only(address):
            # inside a jump table, as the proof of any read of one must show
            # (verify/jumps.py): never a frame byte
            kind = "table"
        else:
            kind = "other"
        self._cache.setdefault(("base", base_id), base)  # keep the base's id valid
        return kind, base_id, offset

    @staticmethod
    def distinct(a: tuple, b: tuple) -> bool:
        (ka, ba, oa), (kb, bb, ob) = a, b
        if ba == bb:
            return oa != ob  # the same base (or both constants): other offsets are other bytes
        # a global, or a pointer the frame cannot contain, is never a frame byte
        return {ka, kb} in ({"frame", "symbol"}, {"frame", "outside"}, {"frame", "table"})

    def _chain(self, mem: z3.ArrayRef) -> tuple[list[tuple], z3.ArrayRef]:
        """The stores on top of `mem` (outermost first: (index id, index,
        value, the store itself)) and the array they are stored into;
        cached, since walking Z3 terms from Python is what a select costs."""
        hit = self._chains.get(mem.get_id())
        if hit is not None:
            return hit[1], hit[2]
        stores = []
        inner = mem
        while z3.is_app_of(inner, z3.Z3_OP_STORE):
            index = inner.arg(1)
            stores.append((index.get_id(), index, inner.arg(2), inner))
            inner = inner.arg(0)
        self._chains[mem.get_id()] = (mem, stores, inner)
        return stores, inner

    def select(self, mem: z3.ArrayRef, address: z3.BitVecRef) -> z3.BitVecRef:
        """The byte at `address`: stores provably elsewhere skipped, those
        that may alias it expanded into `If(index == address, value, ...)`,
        so that the solver sees no array terms but the input memories."""
        where = self.classify(address)
        key = address.get_id()
        stores, bottom = self._chain(mem)
        maybe: list[tuple[z3.BitVecRef, z3.BitVecRef]] = []
        result = None
        for index_id, index, value, _ in stores:
            if index_id == key:
                result = value
                break
            hit = self._cache.get(index_id)
            other = self._recheck(index_id, hit[1]) if hit is not None else self.classify(index)
            if where[1] == other[1] and where[2] == other[2]:
                result = value  # the same base and offset: the same byte
                break
            if not self.distinct(where, other):
                maybe.append((index, value))
        if result is None:
            result = self._select_input(bottom, address, where)
        for index, value in reversed(maybe):
            result = z3.If(index == address, value, result)
        return result

    def _constant(self, where: tuple) -> int | None:
        if where[0] != "symbol":
            return None
        data = self.constants.get(symbol_name(self._cache[("base", where[1])]))
        return data[where[2]] if data is not None and 0 <= where[2] < len(data) else None

    def _select_input(self, mem: z3.ArrayRef, address: z3.BitVecRef, where: tuple) -> z3.BitVecRef:
        byte = self._constant(where)
        if byte is not None:
            return z3.BitVecVal(byte, 8)
        overlay = self.overlays.get(mem.get_id())
        if overlay is None:
            return z3.Select(mem, address)
        if where[0] in ("symbol", "outside") and not self._near_target_only(address):
            return self.select(overlay[0], address)  # outside the frames the target's memory is the source's
        return z3.simplify(z3.Select(mem, address))  # the relation's lambda, applied

    def _near_target_only(self, address: z3.BitVecRef) -> bool:
        return bool(self.target_only) and mentions(address, self.target_only)

    def load(self, mem: z3.ArrayRef, address: z3.BitVecRef, size: int) -> z3.BitVecRef:
        address = z3.simplify(address)
        parts = [self.select(mem, z3.simplify(address + i) if i else address) for i in range(size)]
        whole = _forwarded(parts)
        if whole is not None:
            return whole
        return parts[0] if size == 1 else z3.Concat(*reversed(parts))


def mentions(expr: z3.ExprRef, consts) -> bool:
    """Does `expr` contain one of the constants `consts`?"""
    todo, seen = [expr], set()
    while todo:
        e = todo.pop()
        if any(e.eq(c) for c in consts):
            return True
        if e.get_id() not in seen:
            seen.add(e.get_id())
            todo += e.children()
    return False


def _forwarded(parts: list[z3.BitVecRef]) -> z3.BitVecRef | None:
    """The stored value itself when the bytes read are consecutive bytes of
    one value (a reload of what a store wrote): the simplifier would push
    the byte extracts into the value's arithmetic and never put it together
    again, and the other side reloading its own copy would look different."""
    value, first = None, None
    for i, part in enumerate(parts):
        if not z3.is_app_of(part, z3.Z3_OP_EXTRACT):
            return None
        high, low = part.params()
        inner = part.arg(0)
        if value is None:
            value, first = inner, low
        elif not inner.eq(value):
            return None
        if low != first + 8 * i or high != low + 7:
            return None
    if first == 0 and 8 * len(parts) == value.size():
        return value
    return z3.Extract(first + 8 * len(parts) - 1, first, value)
