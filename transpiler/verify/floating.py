"""Floating-point operations whose operands the source assumes are numbers.

For a NaN operand the two ISAs give different bits whatever the code:
AArch64 returns the first NaN operand's payload (quietened), RISC-V always
the canonical NaN; a NaN converted to an integer is 0 on AArch64 and the
largest integer on RISC-V. C leaves NaN payloads unspecified and makes the
conversion undefined, so a translation cannot be blamed for either. The
verifier therefore assumes that the source's floating-point arithmetic,
conversions and roundings see no NaN operand, and records that the proof
relies on it (the verdict's `assumptions`). The assumption is made on the
source side only: a target that produces a NaN where the source has a
number is still caught.
"""

from __future__ import annotations

import z3

ASSUMPTION = "no NaN operands in the source's floating-point arithmetic"

# operations whose result on a NaN operand differs between the ISAs
_OPERATIONS = {
    z3.Z3_OP_FPA_ADD, z3.Z3_OP_FPA_SUB, z3.Z3_OP_FPA_MUL, z3.Z3_OP_FPA_DIV, z3.Z3_OP_FPA_FMA,
    z3.Z3_OP_FPA_SQRT, z3.Z3_OP_FPA_REM, z3.Z3_OP_FPA_ROUND_TO_INTEGRAL, z3.Z3_OP_FPA_MIN,
    z3.Z3_OP_FPA_MAX, z3.Z3_OP_FPA_TO_SBV, z3.Z3_OP_FPA_TO_UBV, z3.Z3_OP_FPA_TO_FP,
}


def uses_floating_point(instrs) -> bool:
    """Whether any instruction may be a floating-point operation (every FP
    mnemonic of both ISAs starts with `f`, but AArch64's conversions from
    integers)."""
    return any(i.opcode.startswith(("f", "scvtf", "ucvtf")) for i in instrs)


def operands(exprs) -> list[z3.FPRef]:
    """The floating-point operands of those operations in `exprs` (a
    conversion from an integer or from raw bits has none)."""
    seen: set[int] = set()
    found: dict[int, z3.FPRef] = {}
    stack = [e for e in exprs if e is not None]
    while stack:
        e = stack.pop()
        if e.get_id() in seen or not z3.is_app(e):
            continue
        seen.add(e.get_id())
        if e.decl().kind() in _OPERATIONS:
            for arg in e.children():
                if z3.is_fp(arg):
                    found.setdefault(arg.get_id(), arg)
        stack.extend(e.children())
    return list(found.values())


def nan_tests(fp_operands: list[z3.FPRef]) -> list[z3.BoolRef]:
    """`fpIsNaN(x)` for each operand: what the assumption makes false."""
    return [z3.fpIsNaN(x) for x in fp_operands]
