"""What the rules need to know across blocks of an AArch64 function, read
off the operands (no semantics): through which width each register was
written on the paths into a block, which registers a block's successors
read, and which registers hold a symbol's address on every path into a
block (a printf format string kept in a callee-saved register).

A block's translation assumes, for a register some path wrote through a
`w` name and none through an `x` name, only that its low 32 bits are right
(`LOW32`); for every other register that the RISC-V value is the exact
AArch64 one. A block that leaves a 32-bit value in a register which another
path into a successor wrote as 64 bits zero-extends it on the way out.
"""

from __future__ import annotations

from dataclasses import dataclass

from guacc.transpiler.asm.blocks import Function
from guacc.transpiler.asm.model import Instruction, Mem, Reg, SymRef

from .arm_riscv_emit import LOW32, Form
from .arm_riscv_registers import RuleError, arm_reg

_NO_DESTINATION = frozenset(
    "str strb strh stur sturb sturh stp stnp cmp cmn tst ccmp ccmn fcmp fcmpe fccmp fccmpe "
    "b cbz cbnz tbz tbnz ret br bl blr nop prfm".split())
_READS_DESTINATION = frozenset("movk bfi bfxil".split())
_PAIR_LOADS = frozenset("ldp ldpsw ldnp".split())
_CALLER_SAVED = tuple(f"x{i}" for i in range(19)) + ("x30",)
_ARGUMENTS = tuple(f"x{i}" for i in range(8))
_AT_RETURN = ("x0", "sp") + tuple(f"x{i}" for i in range(19, 31))
CALL = "call"


def _int_register(op) -> tuple[str, int] | None:
    try:
        reg = arm_reg(op)
    except RuleError:
        return None
    if reg.is_fp or reg.is_zero:
        return None
    return reg.arch, reg.bits


def _registers(op) -> list[tuple[str, int]]:
    ops = [op] if isinstance(op, Reg) else [op.base, op.offset] if isinstance(op, Mem) else []
    return [r for r in (_int_register(o) for o in ops if isinstance(o, Reg)) if r is not None]


@dataclass(frozen=True)
class Effects:
    reads: frozenset[str]
    writes: tuple[tuple[str, int | str], ...]  # (register, 32 | 64 | CALL)
    # registers read through 64-bit names (a call's arguments and a return
    # value are not: the ABI leaves the upper half of a 32-bit one undefined)
    reads64: frozenset[str] = frozenset()


def effects(instr: Instruction) -> Effects:
    op = instr.opcode
    ops = instr.operands
    if op in ("bl", "blr"):
        reads = set(_ARGUMENTS) | {r for o in ops for r, _ in _registers(o)}
        return Effects(frozenset(reads), tuple((r, CALL) for r in _CALLER_SAVED))
    if op == "ret":
        return Effects(frozenset(_AT_RETURN), ())
    destinations: list = []
    if op not in _NO_DESTINATION and not op.startswith("b.") and ops:
        count = 2 if op in _PAIR_LOADS else 1
        destinations = [o for o in ops[:count] if isinstance(o, Reg)]
    writes = [r for o in destinations for r in _registers(o)]
    read_regs = [r for o in ops if not any(o is d for d in destinations) for r in _registers(o)]
    if op in _READS_DESTINATION:
        read_regs += writes
    for o in ops:  # base register updates
        if isinstance(o, Mem) and o.mode in ("pre", "post"):
            writes += [r for r in _registers(o.base)]
    return Effects(frozenset(r for r, _ in read_regs),
                   tuple((r, 64 if r == "sp" else bits) for r, bits in writes),
                   frozenset(r for r, bits in read_regs if bits == 64))


class FunctionFlow:
    """Reaching write widths at each block's entry and liveness at each exit."""

    def __init__(self, function: Function) -> None:
        self.blocks = {b.label: b for b in function.blocks}
        self.effects = {b.label: [effects(i) for i in b.instructions] for b in function.blocks}
        self.reaching = self._reaching(function)
        self.live_in = self._liveness(function, "reads")
        self.live64_in = self._liveness(function, "reads64")
        self.symbols = self._symbols(function)

    def _reaching(self, function: Function) -> dict[str, dict[str, frozenset]]:
        at_entry: dict[str, dict[str, frozenset]] = {b.label: {} for b in function.blocks}
        changed = True
        while changed:
            changed = False
            for block in function.blocks:
                state = dict(at_entry[block.label])
                for eff in self.effects[block.label]:
                    for reg, bits in eff.writes:
                        state[reg] = frozenset({bits})
                for succ in block.successors:
                    if succ not in at_entry:
                        continue
                    merged = dict(at_entry[succ])
                    for reg, how in state.items():
                        merged[reg] = merged.get(reg, frozenset()) | how
                    if merged != at_entry[succ]:
                        at_entry[succ] = merged
                        changed = True
        return at_entry

    def _liveness(self, function: Function, reads: str) -> dict[str, frozenset[str]]:
        """Registers read (`reads`: any read, or `reads64`: through a 64-bit
        name) before being written, at each block's entry."""
        live_in: dict[str, frozenset[str]] = {b.label: frozenset() for b in function.blocks}
        changed = True
        while changed:
            changed = False
            for block in reversed(function.blocks):
                live = set(self.live_out(block.label, live_in))
                for eff in reversed(self.effects[block.label]):
                    live -= {r for r, _ in eff.writes}
                    live |= getattr(eff, reads)
                if frozenset(live) != live_in[block.label]:
                    live_in[block.label] = frozenset(live)
                    changed = True
        return live_in

    def _symbols(self, function: Function) -> dict[str, dict[str, tuple]]:
        """Per block entry: register -> ('page' | 'addr', symbol name, addend)
        where every path into the block leaves that there."""
        at_entry: dict[str, dict | None] = {b.label: None for b in function.blocks}
        at_entry[function.blocks[0].label] = {}
        changed = True
        while changed:
            changed = False
            for block in function.blocks:
                state = at_entry[block.label]
                if state is None:
                    continue
                state = dict(state)
                for instr, eff in zip(block.instructions, self.effects[block.label]):
                    _symbol_transfer(state, instr, eff)
                for succ in block.successors:
                    if succ not in at_entry:
                        continue
                    old = at_entry[succ]
                    merged = dict(state) if old is None else {k: v for k, v in old.items() if state.get(k) == v}
                    if merged != old:
                        at_entry[succ] = merged
                        changed = True
        return {label: state or {} for label, state in at_entry.items()}

    def entry_symbols(self, label: str) -> dict[str, SymRef]:
        return {reg: SymRef(name, addend) for reg, (kind, name, addend) in self.symbols[label].items()
                if kind == "addr"}

    def live_out(self, label: str, live_in: dict | None = None) -> frozenset[str]:
        live_in = live_in if live_in is not None else self.live_in
        succs = self.blocks[label].successors
        return frozenset().union(*(live_in.get(s, frozenset()) for s in succs))

    def kept_across_calls(self) -> set[str]:
        """Caller-saved registers some call's successor reads before writing
        (besides the result in x0): the caller keeps them across the call."""
        kept: set[str] = set()
        for label, block in self.blocks.items():
            if block.instructions and block.instructions[-1].opcode in ("bl", "blr"):
                kept |= set(self.live_out(label)) & set(_CALLER_SAVED)
        return kept - {"x0"}

    def callees_read_wide(self) -> set[str]:
        """Functions whose result this one reads through x0 (all 64 bits)
        right after calling them: their results are 64-bit values."""
        wide: set[str] = set()
        for label, block in self.blocks.items():
            last = block.instructions[-1] if block.instructions else None
            if last is None or last.opcode != "bl" or not block.successors:
                continue
            for eff in self.effects[block.successors[-1]]:
                if "x0" in eff.reads:
                    if "x0" in eff.reads64:
                        wide.add(last.operands[0].name)
                    break
                if any(r == "x0" for r, _ in eff.writes):
                    break
        return wide

    def entry_forms(self, label: str) -> dict[str, Form]:
        """LOW32 for registers only ever written through `w` names on the
        paths here; the rest are exact (missing from the dict: WIDE)."""
        return {reg: LOW32 for reg, how in self.reaching[label].items() if how == frozenset({32})}

    def needs_exact_exit(self, label: str) -> set[str]:
        """Registers a successor reads as 64 bits whose paths disagree on
        the width (so the successor assumes the exact value)."""
        out = set()
        for succ in self.blocks[label].successors:
            reaching = self.reaching.get(succ, {})
            for reg in self.live64_in.get(succ, frozenset()):
                how = reaching.get(reg, frozenset())
                if 32 in how and how != frozenset({32}):
                    out.add(reg)
        return out



def _symbol_transfer(state: dict, instr: Instruction, eff: Effects) -> None:
    op, ops = instr.opcode, instr.operands
    value = None
    if op in ("adrp", "adr") and isinstance(ops[1], SymRef) and ops[1].reloc is None:
        value = ("page" if op == "adrp" else "addr", ops[1].name, ops[1].addend)
    elif op == "add" and len(ops) == 3 and isinstance(ops[2], SymRef) and ops[2].reloc == "lo12":
        base = _int_register(ops[1])
        if base is not None and state.get(base[0]) == ("page", ops[2].name, 0):
            value = ("addr", ops[2].name, ops[2].addend)
    elif op == "mov" and len(ops) == 2 and isinstance(ops[1], Reg):
        src = _int_register(ops[1])
        if src is not None and src[1] == 64:
            value = state.get(src[0])
    for reg, _ in eff.writes:
        state.pop(reg, None)
    if value is not None and eff.writes:
        state[eff.writes[0][0]] = value
