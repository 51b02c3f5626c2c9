"""The text the model reads and writes for one block, shared by training
(from corpus records) and the guesser (from a parsed function), so both see
exactly the same format.

Source side: the first `CONTEXT_LINES` instructions of the function's entry
block, an empty line, then the block, one instruction a line. The context
is there for the frame: at -O0 every block addresses stack slots whose
target offsets depend on the frame size and on whether the function saves a
return address, which the prologue shows and the block alone does not.
Target side: the block's instructions, one a line. Labels are the corpus's
canonical names (`pairs.canonical_labels`).
"""

from __future__ import annotations

from collections.abc import Iterator

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..asm.blocks import Function

CONTEXT_LINES = 2
SEPARATOR = "\n\n"  # an empty line: never inside a block


def source_text(block_lines: list[str], context_lines: list[str]) -> str:
    return "\n".join(context_lines[:CONTEXT_LINES]) + SEPARATOR + "\n".join(block_lines)


def function_inputs(function: "Function", isa: str) -> tuple[list[str], dict[str, str]]:
    """Per block of `function`, the model's source text, and the canonical
    names used (real name -> canonical name)."""
    from .pairs import block_text, canonical_labels  # the parser stack: not needed to train

    names = canonical_labels(function)
    entry, _ = block_text(function.blocks[0], isa, names)
    texts = [source_text(block_text(block, isa, names)[0], entry) for block in function.blocks]
    return texts, names


def training_examples(records: list[dict]) -> Iterator[dict]:
    """Block-level examples of both directions from corpus records: each has
    src_isa, dst_isa, source (with context), target, source_lines (the C line
    of each source block instruction), target_lines, opt. A block whose
    function record was dropped as a duplicate has no context and is skipped."""
    entries = {}
    for r in records:
        if r["level"] == "function":
            key = (r["program"], r["function"], r["opt"])
            entries[key] = (r["src"].split("\n"), r["dst"].split("\n"))
    for r in records:
        if r["level"] != "block":
            continue
        entry = entries.get((r["program"], r["function"], r["opt"]))
        if entry is None:
            continue
        src, dst = r["src"].split("\n"), r["dst"].split("\n")
        yield {"src_isa": r["src_isa"], "dst_isa": r["dst_isa"], "opt": r["opt"],
               "source": source_text(src, entry[0]), "target": "\n".join(dst),
               "source_lines": r["src_lines"], "target_lines": r["dst_lines"]}
        yield {"src_isa": r["dst_isa"], "dst_isa": r["src_isa"], "opt": r["opt"],
               "source": source_text(dst, entry[1]), "target": "\n".join(src),
               "source_lines": r["dst_lines"], "target_lines": r["src_lines"]}
