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


# RV64 stores and the bytes they write
_STORES = {"sd": 8, "sw": 4, "sh": 2, "sb": 1, "fsd": 8, "fsw": 4}


def _frame_offset(side, instr: Instruction) -> int | None:
    """The CFA offset a store writes at, when its address is sp or the
    frame pointer plus a constant."""
    from guacc.transpiler.asm.model import Mem

    from .abi import abi, canonical

    mem = next((op for op in instr.operands if isinstance(op, Mem)), None)
    if mem is None or not isinstance(mem.offset, Imm | type(None)) or mem.mode != "offset":
        return None
    conv, base = abi(side.isa), canonical(side.isa, mem.base.name)
    imm = mem.offset.value if mem.offset is not None else 0
    if base == conv.sp:
        return -side.frame.size + imm
    if base == conv.fp and side.frame.fp[0] == "cfa":
        return side.frame.fp[1] + imm
    return None


def extended_slots_at(side, label: str, start: int) -> frozenset[int]:
    """CFA offsets of the 8-byte stack slots of a RISC-V side that hold a
    sign-extended 32-bit value before instruction `start` of block `label`:
    every store into the slot is an `sd` of a register a sign-extending
    instruction wrote last in its block (clang -O0 spills an `addiw` result
    so, and passes the reload to a call in a later block), and every path
    here has made one. A candidate invariant like the register facts: the
    boundary assumes it, every edge into it proves it."""
    if side.isa != "riscv":
        return frozenset()
    facts = side.__dict__.get("_extended_slots")
    if facts is None:
        facts = side.__dict__["_extended_slots"] = _extended_slots(side)
    into, stores = facts
    out = set(into.get(side.resolve(label), frozenset()))
    out |= {offset for (where, index), offset in stores.items() if where == side.resolve(label) and index < start}
    return frozenset(out)


def _extended_slots(side):
    """(block -> candidate slots stored on every path into it,
    (block, index) -> the candidate slot that instruction stores)."""
    spills: dict[tuple[str, int], int] = {}
    spoiled: set[int] = set()
    for block in side.blocks:
        for index, instr in enumerate(block.instructions):
            size = _STORES.get(instr.opcode)
            offset = _frame_offset(side, instr) if size else None
            if offset is None:
                continue
            reg = _arch(side, getattr(instr.operands[0], "name", None))  # the value stored
            extended = instr.opcode == "sd" and reg is not None and _written(
                side.isa, block.instructions[:index], reg, lambda i: True if _extends(i) else _UNKNOWN) is True
            if extended:
                spills[(block.label, index)] = offset
            else:
                spoiled.update(range(offset - 7, offset + size))
    spills = {k: o for k, o in spills.items() if o not in spoiled}
    candidates = frozenset(spills.values())
    made = {b.label: frozenset(o for (where, _), o in spills.items() if where == b.label) for b in side.blocks}
    preds: dict[str, list[str]] = {b.label: [] for b in side.blocks}
    for b in side.blocks:
        for succ in b.successors:
            if side.resolve(succ) in preds:
                preds[side.resolve(succ)].append(b.label)
    entry = side.blocks[0].label
    into = {b.label: (frozenset() if b.label == entry else candidates) for b in side.blocks}
    changed = True
    while changed:
        changed = False
        for b in side.blocks:
            if b.label == entry:
                continue
            new = frozenset.intersection(*(into[p] | made[p] for p in preds[b.label])) if preds[b.label] \
                else frozenset()
            if new != into[b.label]:
                into[b.label], changed = new, True
    return into, spills


def _arch(side, name: str | None) -> str | None:
    from .abi import canonical

    try:
        return canonical(side.isa, name) if name else None
    except Exception:  # noqa: BLE001 - not a register
        return None
