"""`reg2mem`: demote registers to stack slots, as LLVM's -reg2mem does.

The non-SSA baseline of function merging (FMSA, AccelMerger) aligns code in
this form: every block argument (phi) becomes a stack slot written by each
predecessor before it branches and read at the top of the block, and every
value used outside the block that defines it is stored to a slot right after
its definition and loaded again before each use in another block. Function
arguments and the allocas of the entry block stay as they are.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import llvm
from xdsl.dialects.builtin import IntegerAttr, ModuleOp, i32
from xdsl.ir import Block, BlockArgument, Operation, SSAValue
from xdsl.passes import ModulePass

from guacc.compiler.dialects import guacc
from guacc.passes import graphs

from .linearize import is_constant_op, successor_args


@dataclass(frozen=True)
class Reg2Mem(ModulePass):
    """Demote SSA registers live across blocks, and all block arguments, to memory."""

    name = "reg2mem"

    functions: tuple[str, ...] = ()  # empty: every defined function

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        for func in graphs.defined_functions(op):
            if not self.functions or func.sym_name.data in self.functions:
                demote_registers(func)


class _Slots:
    def __init__(self, entry: Block):
        self.entry = entry
        self.one = llvm.ConstantOp(IntegerAttr(1, i32), i32)
        first = entry.first_op
        if first is None:
            entry.add_op(self.one)
        else:
            entry.insert_op_before(self.one, first)
        self.last: Operation = self.one

    def new(self, value: SSAValue) -> SSAValue:
        slot = llvm.AllocaOp(self.one.result, value.type)
        slot.results[0].name_hint = f"{value.name_hint or 'r'}.reg2mem"
        self.entry.insert_op_after(slot, self.last)
        self.last = slot
        return slot.results[0]


def _static_alloca(op: Operation, entry: Block) -> bool:
    return isinstance(op, llvm.AllocaOp) and op.parent_block() is entry and is_constant_op(op.size.owner)


def _without_args(term: Operation) -> Operation | None:
    match term:
        case llvm.BrOp():
            return llvm.BrOp(term.successor)
        case llvm.CondBrOp():
            return llvm.CondBrOp(term.cond, term.then_block, [], term.else_block, [])
        case guacc.SwitchOp():
            return guacc.SwitchOp(term.value, term.default_destination, [],
                                  [(v, dest, []) for v, dest, _ in term.cases()])
    return None


def demote_registers(func: llvm.FuncOp) -> int:
    """Demote `func` in place; returns how many values went to memory."""
    blocks = list(func.body.blocks)
    if not blocks:
        return 0
    entry = blocks[0]
    slots = _Slots(entry)
    demoted = 0
    # Block arguments: predecessors store, the block loads.
    phi_slot: dict[BlockArgument, SSAValue] = {}
    for block in blocks[1:]:
        for arg in block.args:
            phi_slot[arg] = slots.new(arg)
    if phi_slot:
        for block in blocks:
            term = block.last_op
            if term is None or not any(s.args for s in term.successors):
                continue
            for k, succ in enumerate(term.successors):
                for arg, value in zip(succ.args, successor_args(term, k)):
                    block.insert_op_before(llvm.StoreOp(value, phi_slot[arg]), term)
            new = _without_args(term)
            assert new is not None
            block.insert_op_before(new, term)
            term.parent_block().erase_op(term)
        for block in blocks[1:]:
            for arg in list(block.args):
                load = llvm.LoadOp(phi_slot[arg], arg.type)
                load.dereferenced_value.name_hint = arg.name_hint
                first = block.first_op
                block.insert_op_before(load, first) if first is not None else block.add_op(load)
                arg.replace_all_uses_with(load.dereferenced_value)
                block.erase_arg(arg)
                demoted += 1
    # Values used outside their block: store after the definition, load before each outside use.
    for block in blocks:
        for op in list(block.ops):
            if is_constant_op(op) or _static_alloca(op, entry) or op is slots.one:
                continue
            for result in op.results:
                outside = {use.operation for use in result.uses if use.operation.parent_block() is not block}
                if not outside:
                    continue
                slot = slots.new(result)
                block.insert_op_after(llvm.StoreOp(result, slot), op)
                for user in outside:
                    load = llvm.LoadOp(slot, result.type)
                    user_block = user.parent_block()
                    assert user_block is not None
                    user_block.insert_op_before(load, user)
                    user.operands = [load.dereferenced_value if v is result else v for v in user.operands]
                demoted += 1
    return demoted
