"""Tidy a freshly merged function: the CFG simplifications code generation leaves to do.

- `select c, x, x` -> `x` (phi coalescing can make both arms one value);
- a block that only branches on, unconditionally and without arguments, is
  bypassed (segments emptied by hoisting allocas, label-only segments);
- `cond_br c, B(args), B(args)` -> `br B(args)`;
- a block whose only predecessor branches to it unconditionally is appended
  to that predecessor;
- constants, undefs, selects and the selector tests that lost their users go.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import llvm
from xdsl.dialects.builtin import ModuleOp
from xdsl.ir import Block, Operation
from xdsl.passes import ModulePass

from guacc.compiler.dialects import guacc
from guacc.passes import graphs

_REMOVABLE = (llvm.ConstantOp, llvm.UndefOp, guacc.PoisonOp, llvm.ZeroOp, llvm.AddressOfOp, llvm.SelectOp)


def _pred_terminators(block: Block) -> list[Operation]:
    return [use.operation for use in block.uses]


def _fold_selects(func: llvm.FuncOp) -> bool:
    changed = False
    for op in list(func.walk()):
        if isinstance(op, llvm.SelectOp) and op.lhs is op.rhs:
            op.res.replace_all_uses_with(op.lhs)
            op.parent_block().erase_op(op)
            changed = True
    return changed


def _bypass_empty(func: llvm.FuncOp) -> bool:
    changed = False
    entry = func.body.blocks.first
    for block in list(func.body.blocks):
        term = block.first_op
        if block is entry or block.args or not isinstance(term, llvm.BrOp) or term.arguments:
            continue
        dest = term.successor
        if dest is block:
            continue
        for user in _pred_terminators(block):
            if dest.args and dest in user.successors:
                continue  # the predecessor already passes values to dest on another edge
            user.successors = [dest if s is block else s for s in user.successors]
            changed = True
        if not block.uses:
            term.parent_block().erase_op(term)
            func.body.detach_block(block).erase()
    return changed


def _fold_same_target(func: llvm.FuncOp) -> bool:
    changed = False
    for block in func.body.blocks:
        term = block.last_op
        if (
            isinstance(term, llvm.CondBrOp)
            and term.then_block is term.else_block
            and tuple(term.then_arguments) == tuple(term.else_arguments)
        ):
            block.insert_op_before(llvm.BrOp(term.then_block, *term.then_arguments), term)
            term.parent_block().erase_op(term)
            changed = True
    return changed


def _merge_chains(func: llvm.FuncOp) -> bool:
    changed = False
    entry = func.body.blocks.first
    for block in list(func.body.blocks):
        if block is entry or block.parent is None:
            continue
        users = _pred_terminators(block)
        if len(users) != 1 or not isinstance(users[0], llvm.BrOp):
            continue
        br = users[0]
        pred = br.parent_block()
        if pred is None or pred is block:
            continue
        for arg, value in zip(list(block.args), list(br.arguments)):
            arg.replace_all_uses_with(value)
        br.parent_block().erase_op(br)
        for arg in list(block.args):
            block.erase_arg(arg)
        for op in list(block.ops):
            op.detach()
            pred.add_op(op)
        func.body.detach_block(block).erase()
        changed = True
    return changed


def _dead_ops(func: llvm.FuncOp, extra: set[Operation]) -> bool:
    changed = False
    for op in reversed(list(func.walk())):
        if (isinstance(op, _REMOVABLE) or op in extra) and op.results and not any(r.uses for r in op.results):
            op.parent_block().erase_op(op)
            changed = True
    return changed


def simplify_merged(func: llvm.FuncOp, removable: set[Operation] | None = None) -> None:
    """Simplify `func` in place; `removable` adds ops that may go when unused."""
    extra = set(removable or ())
    while True:
        changed = _fold_selects(func)
        changed |= _bypass_empty(func)
        changed |= _fold_same_target(func)
        changed |= _merge_chains(func)
        changed |= _dead_ops(func, extra)
        if not changed:
            return


@dataclass(frozen=True)
class SimplifyMerged(ModulePass):
    """`simplify_merged` on every defined function (or those named)."""

    name = "simplify-merged"

    functions: tuple[str, ...] = ()

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        for func in graphs.defined_functions(op):
            if not self.functions or func.sym_name.data in self.functions:
                simplify_merged(func)
