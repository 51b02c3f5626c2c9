"""Clang's RISC-V address pairs, folded to the pseudo-instruction gcc writes.

gcc writes `lla a0, sym`; clang writes what it expands to:

    .Lpcrel_hi0:                 (or a block label clang must emit)
        auipc   a0, %pcrel_hi(sym)
        addi    a0, a0, %pcrel_lo(.Lpcrel_hi0)

The two are one `lla a0, sym`, byte for byte, so the pair is read as that,
and its label, if nothing else names it, goes with it (clang's anchors are
often block labels in the middle of a statement, which would split it);
`auipc a0, %got_pcrel_hi(sym)` with `ld a0, %pcrel_lo(...)(a0)` loads the
same address from the GOT, and is read as `lla a0, sym` too.
A load through the pair into the same register (`lw a0,
%pcrel_lo(.L)(a0)`) leaves the same state as `lla a0, sym; lw a0, 0(a0)`.
Any other use of `%pcrel_lo` is left alone (the semantics call it
unsupported).
"""

from __future__ import annotations

import dataclasses
import re

from .items import Directive, Label
from .model import Imm, Instruction, Mem, Reg, SymRef

_WORD = re.compile(r"[\w.$]+")
_LOADS = ("lb", "lbu", "lh", "lhu", "lw", "lwu", "ld", "flw", "fld")


def _pcrel_lo(op) -> str | None:
    ref = op.offset if isinstance(op, Mem) else op
    return ref.name if isinstance(ref, SymRef) and ref.reloc == "pcrel_lo" else None


def _folded(auipc: Instruction, user: Instruction, anchor: str) -> list[Instruction] | None:
    rd, hi = auipc.operands
    if not (isinstance(hi, SymRef) and hi.reloc in ("pcrel_hi", "got_pcrel_hi")):
        return None
    lla = dataclasses.replace(auipc, opcode="lla", operands=(rd, SymRef(hi.name, hi.addend)))
    ops = user.operands
    if hi.reloc == "got_pcrel_hi":  # the address, loaded from the GOT: `la` under PIC
        got_load = (user.opcode == "ld" and len(ops) == 2 and ops[0] == rd and isinstance(ops[1], Mem)
                    and ops[1].base == rd and _pcrel_lo(ops[1]) == anchor and ops[1].mode == "offset")
        return [lla] if got_load else None
    if user.opcode == "addi" and ops == (rd, rd, SymRef(anchor, 0, "pcrel_lo")):
        return [lla]
    if (user.opcode in _LOADS and len(ops) == 2 and ops[0] == rd and isinstance(ops[1], Mem)
            and ops[1].base == rd and _pcrel_lo(ops[1]) == anchor and ops[1].mode == "offset"):
        return [lla, dataclasses.replace(user, operands=(rd, Mem(Reg(rd.name), Imm(0))))]
    return None


def fold_pcrel_pairs(items: list) -> list:
    """`items` with each foldable auipc pair replaced (see the module text)."""
    uses: dict[str, int] = {}
    named: set[str] = set()  # labels something else refers to: a branch, a data word
    for item in items:
        if isinstance(item, Instruction):
            for op in item.operands:
                name = _pcrel_lo(op)
                if name is not None:
                    uses[name] = uses.get(name, 0) + 1
                ref = op.offset if isinstance(op, Mem) else op
                if isinstance(ref, SymRef) and ref.reloc != "pcrel_lo":
                    named.add(ref.name)
        elif isinstance(item, Directive):
            named.update(_WORD.findall(item.args))
    out: list = []
    labels: dict[str, int] = {}  # the labels since the last instruction -> their index in `out`
    i = 0
    while i < len(items):
        item = items[i]
        if isinstance(item, Label):
            labels[item.name] = len(out)
        elif isinstance(item, Instruction):
            j = next((k for k in range(i + 1, len(items)) if isinstance(items[k], (Instruction, Label))), None)
            user = items[j] if j is not None and isinstance(items[j], Instruction) else None
            anchor = next((_pcrel_lo(op) for op in user.operands if _pcrel_lo(op)), None) if user else None
            if item.opcode == "auipc" and anchor in labels and uses.get(anchor) == 1:
                folded = _folded(item, user, anchor)
                if folded is not None:
                    if anchor not in named:  # there for the pair alone (clang's "Label of block must
                        del out[labels[anchor]]  # be emitted"): no block starts there
                    out += folded
                    out += [x for x in items[i + 1:j] if isinstance(x, Directive)]
                    i = j + 1
                    labels = {}
                    continue
            labels = {}
        out.append(item)
        i += 1
    return out
