"""Linearize a function for alignment, as SalSSA does.

The blocks reachable from the entry are laid out in reverse post-order (a
canonical order that two similar functions share); each block contributes its
label, then its ops in order, terminator last. Block arguments (phis) are not
entries: code generation rebuilds them. Constants and global addresses are
not entries either: in LLVM IR they are operands, not instructions, and code
generation rematerializes them where they are used.

Each entry carries a *match key*. Two entries may be aligned only when their
keys are equal: opcode, operand and result types, predicates, flags, callee
and every other property agree (labels match labels). Alignment hints that do
not change behaviour (`alignment`, `tail`) are left out; code generation
reconciles them.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator
from dataclasses import dataclass, field

from xdsl.dialects import llvm
from xdsl.ir import Attribute, Block, Operation
from xdsl.traits import IsTerminator

from guacc.compiler.dialects import guacc
from guacc.passes.graphs import CONSTANT_OPS

LABEL_KEY: tuple = ("<label>",)

# Properties that are hints, reconciled when two ops are merged (see codegen).
IGNORED_PROPERTIES = frozenset({"alignment", "TailCallKind"})


def is_constant_op(op: Operation) -> bool:
    return isinstance(op, CONSTANT_OPS)


def is_terminator(op: Operation) -> bool:
    return op.has_trait(IsTerminator)


def _hashable(attr: Attribute) -> Hashable:
    try:
        hash(attr)
        return attr
    except TypeError:  # an attribute holding a list: its text stands for it
        return str(attr)


def attr_items(d: dict[str, Attribute], ignored: frozenset[str] = frozenset()) -> tuple:
    return tuple(sorted((k, _hashable(v)) for k, v in d.items() if k not in ignored))


def main_operands(op: Operation) -> tuple:
    """Operands of a terminator that are not block arguments of a successor."""
    match op:
        case llvm.CondBrOp():
            return (op.cond,)
        case guacc.SwitchOp():
            return (op.value,)
        case llvm.ReturnOp():
            return tuple(op.operands)
    return ()


def successor_args(op: Operation, slot: int) -> tuple:
    """The values a terminator passes to the block arguments of successor `slot`."""
    match op:
        case llvm.BrOp():
            return tuple(op.arguments)
        case llvm.CondBrOp():
            return tuple(op.then_arguments if slot == 0 else op.else_arguments)
        case guacc.SwitchOp():
            return tuple(op.default_operands) if slot == 0 else op.case_operands_of(slot - 1)
    return ()


def op_key(op: Operation) -> Hashable:
    """What must agree for two ops to become one op of the merged function."""
    if is_terminator(op):
        match op:
            case llvm.ReturnOp():
                # A function returns one type; the merge checks return types first.
                return ("llvm.return",)
            case llvm.CondBrOp():
                return ("llvm.cond_br",)
            case guacc.SwitchOp():
                return ("guacc.switch", op.value.type, tuple(op.case_values.get_values()))
        return (op.name, len(op.successors), tuple(o.type for o in main_operands(op)))
    return (
        op.name,
        tuple(o.type for o in op.operands),
        tuple(r.type for r in op.results),
        attr_items(op.properties, IGNORED_PROPERTIES),
        attr_items(op.attributes),
    )


@dataclass(eq=False)
class Entry:
    """One aligned item: a block label or an op."""

    block: Block
    op: Operation | None  # None for the label
    key: Hashable
    index: int = -1  # position in the linearization

    @property
    def is_label(self) -> bool:
        return self.op is None

    @property
    def is_terminator(self) -> bool:
        return self.op is not None and is_terminator(self.op)

    def __repr__(self) -> str:
        what = "label" if self.op is None else self.op.name
        return f"Entry({self.index}: {what} in {self.block.name_hint or hex(id(self.block))})"


@dataclass
class Linearization:
    func: llvm.FuncOp
    blocks: list[Block]  # reachable blocks, reverse post-order
    entries: list[Entry]
    block_entries: dict[Block, list[Entry]] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.entries)

    @property
    def ops(self) -> int:
        """Entries that are ops (not labels)."""
        return sum(1 for e in self.entries if e.op is not None)


def reverse_post_order(func: llvm.FuncOp) -> list[Block]:
    """Blocks reachable from the entry, in reverse post-order (successor order kept)."""
    entry = func.body.blocks.first
    if entry is None:
        return []
    seen = {entry}
    post: list[Block] = []
    stack: list[tuple[Block, Iterator[Block]]] = [(entry, iter(_successors(entry)))]
    while stack:
        block, succs = stack[-1]
        for nxt in succs:
            if nxt not in seen:
                seen.add(nxt)
                stack.append((nxt, iter(_successors(nxt))))
                break
        else:
            stack.pop()
            post.append(block)
    return post[::-1]


def _successors(block: Block) -> tuple[Block, ...]:
    term = block.last_op
    return tuple(term.successors) if term is not None else ()


def linearize(func: llvm.FuncOp) -> Linearization:
    blocks = reverse_post_order(func)
    entries: list[Entry] = []
    per_block: dict[Block, list[Entry]] = {}
    for block in blocks:
        mine = [Entry(block, None, LABEL_KEY)]
        for op in block.ops:
            if is_constant_op(op):
                continue
            mine.append(Entry(block, op, op_key(op)))
        per_block[block] = mine
        entries.extend(mine)
    for i, e in enumerate(entries):
        e.index = i
    return Linearization(func, blocks, entries, per_block)
