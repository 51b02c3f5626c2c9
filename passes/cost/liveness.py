"""Which SSA values are live into and out of each block (for register counts).

Function arguments are ports and constants are wired, so neither takes a
register; every other value does while it is live across a cycle boundary.
"""

from __future__ import annotations

from xdsl.dialects import llvm
from xdsl.ir import Block, BlockArgument, Operation, SSAValue

from guacc.passes import graphs


def needs_register(value: SSAValue) -> bool:
    if isinstance(value, BlockArgument):
        return not isinstance(value.block.parent_op(), llvm.FuncOp) or value.block is not value.block.parent.blocks.first  # type: ignore[union-attr]
    return not isinstance(value.owner, graphs.CONSTANT_OPS)


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
