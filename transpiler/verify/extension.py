"""Which RISC-V source registers arrive at a block holding a sign-extended
32-bit value in all 64 bits (gcc's `sext.w s1,a5` before a loop or a call,
read as a 64-bit register afterwards).

Found syntactically, from the last write on every path into the block; it
is only a candidate invariant of the register pair: the block's inputs
assume it, and every block that leaves for it must prove it of the source
(`relation.pair_obligations`), so a wrong guess fails a proof, never
passes a wrong one.
"""

from __future__ import annotations

from guacc.transpiler.asm.model import Imm, Instruction

from .liveness import effects

# RV64 instructions whose result is a sign-extended 32-bit value
_EXTENDING = frozenset(
    "addw addiw subw mulw divw divuw remw remuw sllw srlw sraw slliw srliw sraiw sext.w negw "
    "lw lh lb lbu lhu lui slt sltu slti sltiu seqz snez sltz sgtz".split())


def _extends(instr: Instruction) -> bool:
    if instr.opcode in _EXTENDING:
        return True
    if instr.opcode == "li" and isinstance(instr.operands[-1], Imm):
        return -(1 << 31) <= instr.operands[-1].value < (1 << 31)
    if instr.opcode == "andi" and isinstance(instr.operands[-1], Imm):
        return 0 <= instr.operands[-1].value < (1 << 31)
    return False


def _extended_write(isa: str, instrs: list[Instruction], reg: str) -> bool | None:
    """Does the last write to `reg` in `instrs` sign-extend (None: no write)?
    A copy (`mv`) extends if what it copies was last written so in `instrs`."""
    for i in range(len(instrs) - 1, -1, -1):
        instr = instrs[i]
        if reg not in effects(isa, instr).writes:
            continue
        if instr.opcode == "mv":
            copied = next(iter(effects(isa, instr).reads), None)
            return copied is not None and bool(_extended_write(isa, instrs[:i], copied))
        return _extends(instr)
    return None


def sign_extended_at(side, label: str, reg: str) -> bool:
    """Is `reg` written by a sign-extending instruction last on every path
    into block `label` (within the function)?"""
    if side.isa != "riscv":
        return False
    preds: dict[str, list[str]] = {}
    for block in side.blocks:
        for succ in block.successors:
            preds.setdefault(side.resolve(succ), []).append(block.label)
    entry = side.blocks[0].label
    todo, seen = [label], set()
    while todo:
        current = todo.pop()
        if current == entry or not preds.get(current):
            return False  # the value may come from the caller
        for pred in preds[current]:
            if pred in seen:
                continue
            seen.add(pred)
            extended = _extended_write(side.isa, side.block(pred).instructions, reg)
            if extended is None:
                todo.append(pred)
            elif not extended:
                return False
    return True
