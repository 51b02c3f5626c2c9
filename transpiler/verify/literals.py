"""Read-only literals of the two files paired by content.

gcc numbers its literals (`.LC0`, `.LC1`, ...) per file: the format string
ARM calls `.LC0` may be RISC-V's `.LC1`, whose `.LC0` is a 64-bit constant
ARM builds with `mov`/`movk`. Local labels name nothing outside their file,
so the target's literals are renamed: one with the same bytes as a source
literal takes that literal's name (the two pointers then agree, and C gives
string literals no identity to tell them apart); any other gets a private
name, so that two different objects never share an address.
"""

from __future__ import annotations

import dataclasses

from guacc.transpiler.asm.model import Block, Instruction, Mem, SymRef

PRIVATE_PREFIX = "target!"  # no assembler symbol contains '!'


def _is_local(name: str) -> bool:
    return name.startswith(".L")


def same_literal(a: bytes, b: bytes) -> bool:
    """The same bytes up to alignment padding (zeros after the shorter)."""
    short, long_ = sorted((a, b), key=len)
    return long_[:len(short)] == short and not long_[len(short):].strip(b"\0")


def pair_literals(src_constants: dict[str, bytes], dst_constants: dict[str, bytes]) -> dict[str, str]:
    """Target literal name -> the name the verifier gives it."""
    renames: dict[str, str] = {}
    for name, data in sorted(dst_constants.items()):
        if not _is_local(name):
            continue
        partner = next((s for s, d in sorted(src_constants.items()) if _is_local(s) and same_literal(d, data)), None)
        if partner is not None:
            renames[name] = partner
        else:
            renames[name] = PRIVATE_PREFIX + name
    return {k: v for k, v in renames.items() if k != v}


def _rename_operand(op, renames: dict[str, str]):
    if isinstance(op, SymRef) and op.name in renames:
        return dataclasses.replace(op, name=renames[op.name])
    if isinstance(op, Mem) and isinstance(op.offset, SymRef) and op.offset.name in renames:
        return dataclasses.replace(op, offset=_rename_operand(op.offset, renames))
    return op


def rename_instructions(instrs: list[Instruction], renames: dict[str, str]) -> list[Instruction]:
    if not renames:
        return instrs
    return [dataclasses.replace(i, operands=tuple(_rename_operand(op, renames) for op in i.operands))
            if any(_rename_operand(op, renames) is not op for op in i.operands) else i
            for i in instrs]


def rename_block(block: Block, renames: dict[str, str]) -> Block:
    if not renames:
        return block
    return dataclasses.replace(block, instructions=rename_instructions(block.instructions, renames))


def rename_constants(constants: dict[str, bytes], renames: dict[str, str]) -> dict[str, bytes]:
    return {renames.get(name, name): data for name, data in constants.items()}
