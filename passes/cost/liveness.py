"""Which SSA values are live into and out of each block (for register counts).

Function arguments are ports and constants are wired, so neither takes a
register. Nor does a value that wiring or a mux makes of arguments and
constants alone (`select %sel, %a, %b` routing a merged function's parameters,
a cast or a constant-offset address of an argument): its inputs hold still for
the whole call, so it is a stable combinational function of the ports. Every
other value takes a register while it is live across a cycle boundary.
"""

from __future__ import annotations

from xdsl.dialects import llvm
from xdsl.ir import Block, BlockArgument, Operation, SSAValue

from guacc.passes import graphs


def needs_register(value: SSAValue) -> bool:
    return not _call_invariant(value, 8)


def _is_port(value: SSAValue) -> bool:
    """An argument of the function (not of a later block)."""
    return isinstance(value, BlockArgument) and isinstance(value.block.parent_op(), llvm.FuncOp) and (
        value.block is value.block.parent.blocks.first)  # type: ignore[union-attr]


def _call_invariant(value: SSAValue, depth: int) -> bool:
    """A port, a constant, or wiring/a mux over such values only (bounded depth)."""
    if isinstance(value, BlockArgument):
        return _is_port(value)
    op = value.owner
    if isinstance(op, graphs.CONSTANT_OPS):
        return True
    if depth == 0 or not isinstance(op, Operation) or graphs.memory_effect(op) is not None:
        return False
    if not (isinstance(op, llvm.SelectOp) or (op.name in _WIRING and not isinstance(op, llvm.CallIntrinsicOp))):
        return False
    return all(_call_invariant(v, depth - 1) for v in op.operands)


def _wiring_ops() -> frozenset[str]:
    from .opclass import _table

    # Not an alloca: local memory is not modelled, and its address stands in for it.
    return frozenset(name for name, classes in _table().items()
                     if not classes and name.startswith("llvm.") and name != "llvm.alloca")


_WIRING = _wiring_ops()


def _uses_defs(block: Block) -> tuple[set[SSAValue], set[SSAValue]]:
    defs: set[SSAValue] = set(block.args)
    uses: set[SSAValue] = set()
    for op in block.ops:
        for operand in op.operands:
            if operand not in defs and needs_register(operand):
                uses.add(operand)
        defs.update(op.results)
    return uses, defs


def live_sets(func: llvm.FuncOp) -> tuple[dict[Block, set[SSAValue]], dict[Block, set[SSAValue]]]:
    """(live-in, live-out) per block, by the usual backward fixpoint."""
    blocks = list(func.body.blocks)
    info = {b: _uses_defs(b) for b in blocks}
    succs = {b: [s for s, _ in graphs.successor_edges(b)] for b in blocks}
    live_in: dict[Block, set[SSAValue]] = {b: set() for b in blocks}
    live_out: dict[Block, set[SSAValue]] = {b: set() for b in blocks}
    changed = True
    while changed:
        changed = False
        for b in reversed(blocks):
            out: set[SSAValue] = set()
            for s in succs[b]:
                out |= live_in[s] - set(s.args)
            uses, defs = info[b]
            new_in = uses | (out - defs)
            if out != live_out[b] or new_in != live_in[b]:
                live_out[b], live_in[b] = out, new_in
                changed = True
    return live_in, live_out


def defining_op(value: SSAValue) -> Operation | None:
    return value.owner if isinstance(value.owner, Operation) else None
