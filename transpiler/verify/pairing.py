"""Pair the basic blocks of two compiles of the same C function.

With `-g` both files carry `.loc`, so each instruction knows its C line: a
block's key is the sequence of C lines its instructions come from, and the
two functions' key sequences are aligned (longest matching runs, as
`difflib` does). Without line information blocks pair by label name, then
by order. These pairs are the oracle the verifier is measured on, and the
unit `transpile verify` checks.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from guacc.transpiler.asm.model import Block


@dataclass(frozen=True)
class BlockPair:
    src: str  # block labels
    dst: str
    how: str  # 'loc' (same C lines), 'order' (same place in a mismatched run), 'label', 'entry'


def line_key(block: Block) -> tuple[int, ...]:
    """The C lines of the block's instructions, consecutive repeats dropped."""
    key: list[int] = []
    for instr in block.instructions:
        if instr.loc is not None and (not key or key[-1] != instr.loc[1]):
            key.append(instr.loc[1])
    return tuple(key)


def has_line_info(blocks: list[Block]) -> bool:
    return any(i.loc is not None for b in blocks for i in b.instructions)


def pair_blocks(src: list[Block], dst: list[Block]) -> list[BlockPair]:
    """Block pairs of two compiles of one function (entry blocks first)."""
    if not src or not dst:
        return []
    if has_line_info(src) and has_line_info(dst):
        return _pair_by_lines(src, dst)
    return _pair_by_labels(src, dst)


def _pair_by_lines(src: list[Block], dst: list[Block]) -> list[BlockPair]:
    keys_src = [line_key(b) for b in src]
    keys_dst = [line_key(b) for b in dst]
    pairs = [BlockPair(src[0].label, dst[0].label, "entry")]
    matcher = difflib.SequenceMatcher(None, keys_src[1:], keys_dst[1:], autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            pairs += [BlockPair(src[1 + i].label, dst[1 + j].label, "loc")
                      for i, j in zip(range(i1, i2), range(j1, j2))]
        elif tag == "replace" and i2 - i1 == j2 - j1:
            pairs += [BlockPair(src[1 + i].label, dst[1 + j].label, "order")
                      for i, j in zip(range(i1, i2), range(j1, j2))]
    return pairs


def _pair_by_labels(src: list[Block], dst: list[Block]) -> list[BlockPair]:
    pairs = [BlockPair(src[0].label, dst[0].label, "entry")]
    dst_labels = {b.label for b in dst[1:]}
    named = [b.label for b in src[1:] if b.label in dst_labels]
    pairs += [BlockPair(label, label, "label") for label in named]
    rest_src = [b.label for b in src[1:] if b.label not in dst_labels]
    rest_dst = [b.label for b in dst[1:] if b.label not in set(named)]
    pairs += [BlockPair(s, d, "order") for s, d in zip(rest_src, rest_dst)]
    return pairs


def pair_functions(src_names: list[str], dst_names: list[str]) -> list[tuple[str, str]]:
    """Functions pair by name (C symbols are the same in both compiles)."""
    dst = set(dst_names)
    return [(name, name) for name in src_names if name in dst]
