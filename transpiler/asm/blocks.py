"""Basic blocks of one function.

Leaders: the function's entry, every label that is not a debug label (see
`isa_tables.DEBUG_LABEL`; one an instruction names, as gcc's jump table
anchor `.Lrtx4` or clang's `.Ltmp3`, is not), and the instruction after a control transfer
(branch, conditional branch, call, return). Calls end blocks so that each
block is straight-line code the verifier can treat as a unit; the block after
a call is its fall-through successor. Consecutive labels name one block (the
first is its `label`, the others are aliases). A block with no label of its
own gets a synthetic one, `<function>.b<n>`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .control import FLOW, Flow
from .isa_tables import CLANG_TEMP_LABEL, DEBUG_LABEL
from .items import Label
from .model import Block, Instruction, Mem, SymRef


@dataclass
class Function:
    name: str
    blocks: list[Block]
    section: str = ".text"
    # every label inside the function (aliases and debug labels included) ->
    # the label of the block it marks
    labels: dict[str, str] = field(default_factory=dict)
    synthetic: set[str] = field(default_factory=set)  # labels made up for unlabeled blocks
    debug: set[str] = field(default_factory=set)  # debug labels: they mark no block of their own

    def block(self, label: str) -> Block:
        wanted = self.labels.get(label, label)
        for block in self.blocks:
            if block.label == wanted:
                return block
        raise KeyError(label)

    @property
    def instructions(self) -> list[Instruction]:
        return [i for b in self.blocks for i in b.instructions]


def split_blocks(name: str, body: list, isa: str, section: str = ".text") -> Function:
    """`body`: the Labels and Instructions of the function after its own label."""
    flow_of = FLOW[isa]
    blocks: list[Block] = []
    flows: list[Flow | None] = []  # the flow of each block's last instruction
    labels: dict[str, str] = {name: name}
    synthetic: set[str] = set()
    debug_labels: set[str] = set()
    current: Block | None = Block(name)
    pending_debug: list[str] = []
    named = _named_symbols(body)

    def close() -> None:
        nonlocal current
        if current is not None:
            blocks.append(current)
            last = current.instructions[-1] if current.instructions else None
            flows.append(flow_of(last) if last is not None else None)
        current = None

    for item in body:
        if isinstance(item, Label):
            if _is_debug_name(item.name) and item.name not in named:
                debug_labels.add(item.name)
                if current is not None:
                    labels[item.name] = current.label
                else:
                    pending_debug.append(item.name)
                continue
            if current is not None and not current.instructions:
                if _is_debug_name(current.label) and not _is_debug_name(item.name):
                    # the block takes the ordinary name (`.L12`, not the anchor `.Lrtx4`)
                    for alias, block in labels.items():
                        if block == current.label:
                            labels[alias] = item.name
                    current.label = item.name
                labels[item.name] = current.label  # another name for the same place
                continue
            close()
            current = Block(item.name)
            labels[item.name] = item.name
        else:
            if current is None:
                label = f"{name}.b{len(blocks)}"
                synthetic.add(label)
                current = Block(label)
                labels[label] = label
            for debug in pending_debug:
                labels[debug] = current.label
            pending_debug.clear()
            current.instructions.append(item)
            if flow_of(item).ends_block:
                close()
    if current is not None and (current.instructions or not blocks):
        close()

    for index, (block, flow) in enumerate(zip(blocks, flows)):
        following = blocks[index + 1].label if index + 1 < len(blocks) else None
        successors = []
        if flow is not None and flow.kind in ("branch", "cond") and flow.target in labels:
            successors.append(labels[flow.target])
        if (flow is None or flow.falls_through) and following is not None:
            if following not in successors:
                successors.append(following)
        block.successors = successors
    return Function(name, blocks, section, labels, synthetic, debug_labels)


def _is_debug_name(label: str) -> bool:
    return bool(DEBUG_LABEL.match(label) or CLANG_TEMP_LABEL.match(label))


def _named_symbols(body: list) -> set[str]:
    """Symbols the instructions of `body` name (branch targets, `adr` operands)."""
    names = set()
    for item in body:
        for op in getattr(item, "operands", ()):
            ref = op.offset if isinstance(op, Mem) else op
            if isinstance(ref, SymRef):
                names.add(ref.name)
    return names
