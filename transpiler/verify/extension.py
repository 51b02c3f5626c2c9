"""What a source register holds on every path into a block, beyond its
value: a sign-extended 32-bit value in all 64 bits (gcc's `sext.w s1,a5`
before a call, read as a 64-bit register after it), or a data symbol's
address (gcc -O1 keeps a switch table's address in a callee-saved register
from the prologue on).

Found syntactically, from the last write on every path into the block;
each is only a candidate invariant of the register pair: the block's inputs
assume it, and every block that leaves for it must prove it of the source
(`relation.pair_obligations`), so a wrong guess fails a proof, never
passes a wrong one.
"""

from __future__ import annotations

from collections.abc import Callable

from guacc.transpiler.asm.model import Imm, Instruction, SymRef

from .liveness import effects

# RV64 instructions whose result is a sign-extended 32-bit value
_EXTENDING = frozenset(
    "addw addiw subw mulw divw divuw remw remuw sllw srlw sraw slliw srliw sraiw sext.w negw "
    "lw lh lb lbu lhu lui slt sltu slti sltiu seqz snez sltz sgtz".split())
_COPIES = frozenset({"mv"})
_UNKNOWN = object()


def _extends(instr: Instruction) -> bool:
    if instr.opcode in _EXTENDING:
        return True
    if instr.opcode == "li" and isinstance(instr.operands[-1], Imm):
        return -(1 << 31) <= instr.operands[-1].value < (1 << 31)
    if instr.opcode == "andi" and isinstance(instr.operands[-1], Imm):
        return 0 <= instr.operands[-1].value < (1 << 31)
    return False


def _symbol(instr: Instruction):
    """The symbol whose address `instr` leaves in its destination:
    `lla`/`la` (RISC-V), `adr` and `add rd, rn, :lo12:sym` (AArch64)."""
    last = instr.operands[-1] if instr.operands else None
    if not isinstance(last, SymRef) or last.addend:
        return _UNKNOWN
    if instr.opcode in ("lla", "adr") and last.reloc is None:
        return last.name
    if instr.opcode == "add" and last.reloc == "lo12":
        return last.name
    return _UNKNOWN


def _written(isa: str, instrs: list[Instruction], reg: str, judge: Callable) -> object:
    """What `judge` says of the last write to `reg` in `instrs` (None: no
    write); a copy (`mv`) is judged by what it copies, written in `instrs`."""
    for i in range(len(instrs) - 1, -1, -1):
        instr = instrs[i]
        if reg not in effects(isa, instr).writes:
            continue
        if instr.opcode in _COPIES:
            copied = next(iter(effects(isa, instr).reads), None)
            found = _written(isa, instrs[:i], copied, judge) if copied is not None else None
            return _UNKNOWN if found is None else found
        return judge(instr)
    return None


def _on_every_path(side, label: str, reg: str, judge: Callable) -> object:
    """The one thing `judge` says of the last write to `reg` on every path
    into block `label` (_UNKNOWN if the paths disagree or one starts at the
    function's entry, whose values come from the caller)."""
    preds: dict[str, list[str]] = {}
    for block in side.blocks:
        for succ in block.successors:
            preds.setdefault(side.resolve(succ), []).append(block.label)
    entry = side.blocks[0].label
    todo, seen, found = [label], set(), set()
    while todo:
        current = todo.pop()
        if current == entry or not preds.get(current):
            return _UNKNOWN
        for pred in preds[current]:
            if pred in seen:
                continue
            seen.add(pred)
            said = _written(side.isa, side.block(pred).instructions, reg, judge)
            if said is None:
                todo.append(pred)
            elif said is _UNKNOWN:
                return _UNKNOWN
            else:
                found.add(said)
    return found.pop() if len(found) == 1 else _UNKNOWN


def sign_extended_at(side, label: str, reg: str) -> bool:
    """Is `reg` written by a sign-extending instruction last on every path
    into block `label` (RISC-V)?"""
    if side.isa != "riscv":
        return False
    return _on_every_path(side, label, reg, lambda i: True if _extends(i) else _UNKNOWN) is True


def symbol_at(side, label: str, reg: str) -> str | None:
    """The data symbol whose address `reg` holds on every path into block
    `label` (None if not one; code labels have other addresses on the
    other side)."""
    name = _on_every_path(side, label, reg, _symbol)
    if name is _UNKNOWN or name in side.aliases:
        return None
    return name
