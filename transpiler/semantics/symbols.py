"""Addresses that no block can compute, shared by both ISAs as named Z3
constants: a global's address (`adrp`/`:lo12:`, `lla`/`%hi`/`%lo`, branch
and call targets) and the return address a call leaves in the link register.

Two programs that name the same symbol get the same constant, so the
verifier can prove that ARM's `adrp x0, g; add x0, x0, :lo12:g` and
RISC-V's `lla a0, g` compute the same pointer without knowing where `g` is.
"""

from __future__ import annotations

import z3

SYMBOL_PREFIX = "@"
RETURN_ADDRESS = "@return"


def symbol_address(name: str) -> z3.BitVecRef:
    """The (unknown) 64-bit address of symbol `name`."""
    return z3.BitVec(SYMBOL_PREFIX + name, 64)


def return_address() -> z3.BitVecRef:
    """The address of the instruction after a call (what `bl`/`jal ra`
    write to the link register). A call ends its block, so one constant per
    block suffices; both ISAs use this one so their link registers agree."""
    return z3.BitVec(RETURN_ADDRESS, 64)


def is_symbol_constant(expr: z3.ExprRef) -> bool:
    return z3.is_const(expr) and expr.decl().name().startswith(SYMBOL_PREFIX)


def symbol_name(expr: z3.ExprRef) -> str:
    """The symbol a `symbol_address` constant stands for ('return' for the
    return address)."""
    return expr.decl().name()[len(SYMBOL_PREFIX):]
