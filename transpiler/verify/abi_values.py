"""Values of C types in registers, as each calling convention leaves them.

Where a value crosses a call boundary (a parameter, a return value) the
ABI says which of its register's bits the other side may rely on:
- AAPCS64: only the type's own bits; the rest of `x0` (or of `v0` for a
  float) is unspecified.
- RISC-V LP64D psABI: integers narrower than 64 bits are extended to 32 by
  their type's signedness, then sign-extended to 64 (`unsigned int` too);
  a `float` in a 64-bit FP register is NaN-boxed (upper 32 bits all ones).
- Both: a struct of integers up to 8 bytes travels in one general register
  (its bits as in memory, the rest unspecified); one over 16 bytes as a
  pointer to a copy. Others (two registers, floating-point members, which
  the two conventions place differently) are not mapped.

So a typed value is compared on the type's bits, and a RISC-V target must
also extend it as its callers expect; inputs are built the same way (free
bits where the ABI leaves them unspecified). Without a type (no debug
information) the verifier keeps its register-width heuristic.
"""

from __future__ import annotations

import z3

from .dwarf import POINTER, CType

ONES32 = z3.BitVecVal(0xFFFFFFFF, 32)


def as_argument(ctype: CType) -> CType | None:
    """The type of what a register carries for an argument of type `ctype`
    (a pointer for a large struct), or None where it is not one register."""
    if ctype.kind == "aggregate":
        if ctype.fp_members or 64 < ctype.bits <= 128 or ctype.bits == 0:
            return None
        return POINTER if ctype.bits > 128 else ctype
    return ctype if register_class(ctype) else None


def as_return(ctype: CType) -> CType | None:
    """The same for a return value (large structs are returned through
    memory whose address the two conventions pass differently)."""
    if ctype.kind == "aggregate" and ctype.bits > 128:
        return None
    return as_argument(ctype)


def register_class(ctype: CType) -> str | None:
    """'int' (general registers), 'fp' (FP registers) or None (passed some
    other way, or nothing)."""
    if ctype.kind in ("int", "pointer") or (ctype.kind == "aggregate" and not ctype.fp_members
                                            and 0 < ctype.bits <= 64):
        return "int"
    if ctype.kind == "float" and ctype.bits in (32, 64):
        return "fp"
    return None


def narrow_integer(ctype: CType | None) -> bool:
    """An integer type narrower than a register: the conventions disagree
    on its upper bits (AAPCS64 leaves them unspecified, LP64D extends)."""
    return ctype is not None and ctype.kind == "int" and register_class(ctype) == "int" and ctype.bits < 64


def _low(value: z3.BitVecRef, bits: int) -> z3.BitVecRef:
    return value if value.size() == bits else z3.Extract(bits - 1, 0, value)


def riscv_integer(low: z3.BitVecRef, ctype: CType) -> z3.BitVecRef:
    """The 64-bit register a RISC-V caller or callee passes for `low`."""
    bits = low.size()
    if bits >= 64:
        return low
    if bits < 32:
        low = (z3.SignExt if ctype.signed else z3.ZeroExt)(32 - bits, low)
    return z3.SignExt(32, low)


def placed(isa: str, fresh: z3.BitVecRef, shared: z3.BitVecRef, ctype: CType) -> z3.BitVecRef:
    """The register of `isa` holding the value whose meaningful bits are the
    low ones of `shared`; `fresh` (the register's unconstrained value)
    supplies the bits the ABI leaves unspecified."""
    bits = ctype.bits
    low = _low(shared, bits)
    if register_class(ctype) == "fp":
        if isa == "riscv":
            return low if bits == 64 else z3.Concat(ONES32, low)
        return low if fresh.size() == bits else z3.Concat(z3.Extract(fresh.size() - 1, bits, fresh), low)
    if isa == "riscv" and ctype.kind == "int":
        return riscv_integer(low, ctype)
    return low if bits == fresh.size() else z3.Concat(z3.Extract(fresh.size() - 1, bits, fresh), low)


def well_formed(isa: str, value: z3.BitVecRef, ctype: CType) -> z3.BoolRef:
    """What `isa`'s ABI demands of the bits beyond the type's own."""
    bits = ctype.bits
    if isa != "riscv" or bits >= 64 or ctype.kind not in ("int", "float"):
        return z3.BoolVal(True)
    if register_class(ctype) == "fp":
        return z3.Extract(63, 32, value) == ONES32
    return value == riscv_integer(z3.Extract(bits - 1, 0, value), ctype)


def agree(src_value: z3.BitVecRef, dst_value: z3.BitVecRef, ctype: CType) -> z3.BoolRef:
    """The two registers carry the same value of type `ctype` (the type's
    bits are equal)."""
    return _low(src_value, ctype.bits) == _low(dst_value, ctype.bits)
