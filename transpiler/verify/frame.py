"""A function's stack frame on one side, read off its prologue.

Addresses in the frame are offsets from the CFA (the stack pointer at the
call), which both ISAs share at a call boundary. Running the entry block's
first segment from `sp = cfa` tells where sp and the frame pointer end up,
and which stack slots hold the caller's frame pointer, the return address
and callee-saved registers (save slots: the epilogue reloads them, so their
contents are part of the state every block must preserve).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import z3

from guacc.transpiler.asm.model import Block, Mem

from .abi import abi, canonical, semantics
from .liveness import effects
from .trace import TracedState, UnsupportedCode, execute_one, run_segment

CFA = z3.BitVec("cfa", 64)
_ENTRY = "entry!"


def entry_value(name: str) -> z3.BitVecRef:
    """The value register role `name` holds when the function is entered,
    shared by both sides (the caller's frame pointer, the return address,
    a callee-saved register pair)."""
    return z3.BitVec(_ENTRY + name, 64)


def is_entry_value(expr: z3.ExprRef) -> str | None:
    if z3.is_const(expr) and expr.decl().name().startswith(_ENTRY):
        return expr.decl().name()[len(_ENTRY):]
    return None


def cfa_offset(address: z3.BitVecRef) -> int | None:
    """`address - cfa` when it is a constant (a fixed frame location)."""
    delta = z3.simplify(address - CFA)
    return delta.as_signed_long() if z3.is_bv_value(delta) else None


def _uses_cfa(expr: z3.ExprRef) -> bool:
    """Whether the CFA is a term of `expr`, values read from memory aside
    (an index loaded from a stack slot mentions the CFA in its address)."""
    seen: set[int] = set()
    stack = [expr]
    while stack:
        e = stack.pop()
        if e.get_id() in seen:
            continue
        seen.add(e.get_id())
        if z3.is_select(e):
            continue
        if z3.is_const(e) and e.decl().name() == "cfa":
            return True
        stack.extend(e.children())
    return False


def split_cfa_offset(address: z3.BitVecRef) -> tuple[int, bool] | None:
    """(constant part, has a variable part) when `address` is the CFA plus
    terms that do not involve it (`cfa - 56 + 4*i`, `i` perhaps loaded from
    a stack slot -> (-56, True)); None for anything else (a pointer loaded
    from memory, a global)."""
    delta = z3.simplify(address - CFA)
    if z3.is_bv_value(delta):
        return delta.as_signed_long(), False
    if _uses_cfa(delta):
        return None
    if z3.is_app_of(delta, z3.Z3_OP_BADD):
        consts = [c for c in delta.children() if z3.is_bv_value(c)]
        return (consts[0].as_signed_long() if consts else 0), True
    return 0, True


def holding(fresh: z3.BitVecRef, value: z3.BitVecRef) -> z3.BitVecRef:
    """A register (as wide as `fresh`) whose low bits hold `value`: an
    AArch64 V register keeps only its low 64 bits across calls."""
    if fresh.size() == value.size():
        return value
    return z3.Concat(z3.Extract(fresh.size() - 1, value.size(), fresh), value)


def entry_names(isa: str, pairs: list[tuple[str, str]], side: int) -> dict[str, str]:
    """Names of the entry values of one side's callee-saved registers:
    shared by the two registers of a pair (`pairs`: (src, dst) registers,
    `side` 0 for the source), private to this side otherwise (always for
    floating-point ones)."""
    names = {reg: f"{isa}.{reg}" for reg in abi(isa).callee_saved | abi(isa).fp_callee_saved}
    for pair in pairs:
        names[pair[side]] = f"{pair[0]}={pair[1]}"
    return names


@dataclass(frozen=True)
class SaveSlot:
    offset: int  # from the CFA
    size: int
    role: str  # whose entry value it holds
    # (block, instruction index) of a save after the prologue, made only on
    # the paths that need the register (gcc -O1 shrink-wraps it); None: the
    # prologue's, valid at every boundary after it
    at: tuple[str, int] | None = None


@dataclass
class Frame:
    isa: str
    size: int  # sp = cfa - size after the prologue
    fp: tuple  # ('cfa', offset) | ('entry',) | ('free',)
    lr: tuple  # ('entry',) | ('free',)
    save_slots: list[SaveSlot] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)  # callee-saved register -> entry value name
    untouched: frozenset[str] = frozenset()  # callee-saved registers no instruction writes: entry value throughout
    written_in: dict[str, frozenset[str]] = field(default_factory=dict)  # block -> registers written on a path to it
    # block -> (callee-saved registers at their entry values, late saves
    # made) on every path to it; restores: (block, index) -> what it reloads
    entry_facts: dict[str, tuple[frozenset[str], frozenset[SaveSlot]]] = field(default_factory=dict)
    restores: dict[tuple[str, int], dict[str, SaveSlot]] = field(default_factory=dict)

    def facts_at(self, block: Block, start: int) -> tuple[frozenset[str], frozenset[SaveSlot]]:
        """(callee-saved registers at their entry values, late saves made)
        on every path to instruction `start` of `block`."""
        conv = abi(self.isa)
        facts = self.entry_facts.get(block.label, (conv.callee_saved | conv.fp_callee_saved, frozenset()))
        for index in range(start):
            facts = _transfer(self, block.label, index, block.instructions[index], facts)
        return facts

    def fresh_at(self, block: Block, start: int) -> frozenset[str]:
        """Callee-saved registers that hold their entry values before
        instruction `start` of `block` on every path: never written, or
        reloaded from their save slots (and those no instruction writes,
        in a block no path reaches too)."""
        return self.facts_at(block, start)[0] | self.untouched

    def slots_at(self, block: Block, start: int) -> list[SaveSlot]:
        """The save slots that hold their entry values before instruction
        `start` of `block` (a boundary after the prologue)."""
        late = self.facts_at(block, start)[1]
        return [s for s in self.save_slots if s.at is None or s in late]


def _transfer(frame: Frame, label: str, index: int, instr, facts):
    intact, saved = facts
    saved = saved | {s for s in frame.save_slots if s.at == (label, index)}
    reloaded = frame.restores.get((label, index), {})
    writes = effects(frame.isa, instr).writes
    kept = {r for r in writes if r in reloaded and (reloaded[r].at is None or reloaded[r] in saved)}
    return frozenset((intact - writes) | kept), frozenset(saved)


def entry_state(isa: str, names: dict[str, str], prefix: str) -> TracedState:
    """The state at function entry: sp = cfa, the frame and link registers
    and the callee-saved ones (named by `names`) hold the shared entry
    values, the rest is free."""
    conv = abi(isa)
    state = TracedState.wrap(semantics(isa).fresh_state(prefix))
    state.regs[conv.sp] = CFA
    state.regs[conv.fp] = entry_value("fp")
    state.regs[conv.lr] = entry_value("lr")
    for reg in conv.callee_saved | conv.fp_callee_saved:
        state.regs[reg] = holding(state.regs[reg], entry_value(names.get(reg, f"{isa}.{reg}")))
    return state


def has_calls(isa: str, blocks: list[Block]) -> bool:
    return any(effects(isa, i).exit_kind == "call" for b in blocks for i in b.instructions)


def _on_stack(isa: str, instr) -> bool:
    """Whether `instr` addresses memory through sp (a save or a reload)."""
    sp = abi(isa).sp
    return any(isinstance(op, Mem) and canonical(isa, op.base.name) == sp for op in instr.operands)


def poke(mem: z3.ArrayRef, address: z3.BitVecRef, value: z3.BitVecRef, size: int) -> z3.ArrayRef:
    """`mem` with `size` bytes of `value` stored little-endian at `address`."""
    for i in range(size):
        mem = z3.Store(mem, address + i, z3.Extract(8 * i + 7, 8 * i, value))
    return mem


def _fp_writes(isa: str, blocks: list[Block]) -> int:
    """How many instructions write the frame pointer register other than by
    a load from the stack (the epilogue's restore). More than the one that
    sets it up: code that keeps no frame pointer (gcc -O1 for RISC-V) uses
    s0 as one more callee-saved register, so it is no invariant of the frame
    but a value the register map pairs."""
    conv = abi(isa)
    return sum(1 for block in blocks for instr in block.instructions
               if conv.fp in effects(isa, instr).writes and not _on_stack(isa, instr))


def analyze_frame(isa: str, names: dict[str, str], blocks: list[Block]) -> Frame:
    """The frame of the function whose blocks are `blocks` (entry first);
    `names`: entry value names of the callee-saved registers."""
    conv = abi(isa)
    state = entry_state(isa, names, f"frame.{isa}!")
    # Walk the entry block until its first call; the prologue ends where sp
    # stops going down (a one-block function also pops its frame again).
    instrs = blocks[0].instructions
    run = run_segment(isa, state.copy(), instrs, store_values=True)
    end = run.end
    lowest, snapshot = 0, state.copy()
    for index in range(end):
        execute_one(isa, state, instrs[index])
        offset = cfa_offset(state.regs[conv.sp])
        if offset is None:
            raise UnsupportedCode("stack pointer after the prologue is not a fixed offset below the CFA")
        if offset > lowest and lowest < 0:
            break
        if offset <= lowest:
            lowest, snapshot = offset, state.copy()
    state = snapshot
    sp_offset = lowest
    if sp_offset % 16:
        # both ABIs keep sp 16-byte aligned (AArch64 faults on a misaligned
        # sp base): a frame that breaks it is never proven equivalent
        raise UnsupportedCode(f"stack pointer {-sp_offset} bytes below the CFA after the prologue: "
                              f"the ABI keeps it a multiple of 16")
    # What each store wrote, read right after it: a later store through a
    # pointer the simplifier cannot tell apart would hide it at the end.
    slots = []
    for access in run.accesses:
        start = cfa_offset(access.address) if access.kind == "store" else None
        if start is None:
            continue
        for chunk in range(0, access.size - 7, 8):
            role = is_entry_value(z3.simplify(z3.Extract(8 * chunk + 63, 8 * chunk, access.value)))
            if role is not None:
                slots.append(SaveSlot(start + chunk, 8, role))
    fp_offset = cfa_offset(state.regs[conv.fp])
    fp_writes = _fp_writes(isa, blocks)
    if fp_offset is not None and fp_writes <= 1:
        fp = ("cfa", fp_offset)
    elif is_entry_value(state.regs[conv.fp]) == "fp" and not fp_writes:
        fp = ("entry",)
    else:
        fp = ("free",)
    lr_saved = any(s.role == "lr" for s in slots)
    lr = ("entry",) if (is_entry_value(state.regs[conv.lr]) == "lr" and not lr_saved
                        and not has_calls(isa, blocks)) else ("free",)
    written = {r for b in blocks for i in b.instructions for r in effects(isa, i).writes}
    written_in = _written_in(isa, blocks)
    slots += _late_save_slots(isa, names, blocks, -sp_offset, {s.offset for s in slots}, written_in, end)
    frame = Frame(isa, -sp_offset, fp, lr, sorted(slots, key=lambda s: s.offset), dict(names),
                  frozenset((conv.callee_saved | conv.fp_callee_saved) - written), written_in)
    frame.restores = _restores(frame, blocks)
    frame.entry_facts = _entry_facts(frame, blocks)
    return frame


def _written_in(isa: str, blocks: list[Block]) -> dict[str, frozenset[str]]:
    """Block label -> the registers some path from the entry writes before
    the block (a forward union to a fixed point)."""
    writes = {b.label: frozenset().union(*(effects(isa, i).writes for i in b.instructions)) for b in blocks}
    into: dict[str, frozenset[str]] = {b.label: frozenset() for b in blocks}
    changed = True
    while changed:
        changed = False
        for b in blocks:
            leaving = into[b.label] | writes[b.label]
            for succ in b.successors:
                if succ in into and not leaving <= into[succ]:
                    into[succ] |= leaving
                    changed = True
    return into


def _late_save_slots(isa: str, names: dict[str, str], blocks: list[Block], size: int, known: set[int],
                     written_in: dict[str, frozenset[str]], prologue_end: int) -> list[SaveSlot]:
    """Saves of callee-saved registers after the prologue (the entry
    block's first `prologue_end` instructions, whose saves are read off as
    it runs): a store at a fixed offset from sp of a register no path has
    written yet (gcc -O1 saves x21 only on the path that uses it). Not the
    frame or link registers: a frame set up later is not modelled."""
    conv = abi(isa)
    saved = conv.callee_saved | conv.fp_callee_saved
    register_of = {role: reg for reg, role in names.items()}
    out: list[SaveSlot] = []
    for block in blocks:
        before = set(written_in.get(block.label, frozenset()))
        for index, instr in enumerate(block.instructions):
            eff = effects(isa, instr)
            if block is blocks[0] and index < prologue_end:
                before |= eff.writes
                continue
            candidates = (eff.reads & saved) - before
            if candidates and _on_stack(isa, instr):
                state = entry_state(isa, names, f"save.{isa}!")
                state.regs[conv.sp] = CFA - size
                for access in run_segment(isa, state, [instr], store_values=True).accesses:
                    start = cfa_offset(access.address) if access.kind == "store" else None
                    for chunk in range(0, access.size - 7, 8) if start is not None else ():
                        role = is_entry_value(z3.simplify(z3.Extract(8 * chunk + 63, 8 * chunk, access.value)))
                        if register_of.get(role) in candidates and start + chunk not in known:
                            known.add(start + chunk)
                            out.append(SaveSlot(start + chunk, 8, role, (block.label, index)))
            before |= eff.writes
    return out


def _restores(frame: Frame, blocks: list[Block]) -> dict[tuple[str, int], dict[str, SaveSlot]]:
    """(block, index) -> register -> the save slot the instruction reloads
    it from (an epilogue's `ldp x19, x20, [sp, 16]`)."""
    conv = abi(frame.isa)
    saved = conv.callee_saved | conv.fp_callee_saved
    by_role = {slot.role: slot for slot in frame.save_slots}
    out: dict[tuple[str, int], dict[str, SaveSlot]] = {}
    for block in blocks:
        for index, instr in enumerate(block.instructions):
            if not (effects(frame.isa, instr).writes & saved) or not _on_stack(frame.isa, instr):
                continue
            state = TracedState.wrap(semantics(frame.isa).fresh_state(f"restore.{frame.isa}!"))
            state.regs[conv.sp] = CFA - frame.size
            for slot in frame.save_slots:
                state.mem = poke(state.mem, CFA + slot.offset, entry_value(slot.role), slot.size)
            execute_one(frame.isa, state, instr)
            for reg in effects(frame.isa, instr).writes & saved:
                role = is_entry_value(z3.simplify(z3.Extract(63, 0, state.regs[reg])))
                if role is not None and role == frame.names.get(reg) and role in by_role:
                    out.setdefault((block.label, index), {})[reg] = by_role[role]
    return out


def _entry_facts(frame: Frame, blocks: list[Block]) -> dict[str, tuple[frozenset[str], frozenset[SaveSlot]]]:
    """Block label -> what holds on every path to it (a forward
    intersection to a fixed point from the entry, where every callee-saved
    register holds its entry value and no late save is made)."""
    conv = abi(frame.isa)
    top = (frozenset(conv.callee_saved | conv.fp_callee_saved), frozenset(s for s in frame.save_slots if s.at))
    preds: dict[str, list[str]] = {b.label: [] for b in blocks}
    for b in blocks:
        for succ in b.successors:
            if succ in preds:
                preds[succ].append(b.label)
    start = (top[0], frozenset())
    into = {b.label: top for b in blocks}
    into[blocks[0].label] = start
    out: dict[str, tuple] = {}
    changed = True
    while changed:
        changed = False
        for b in blocks:
            facts = into[b.label]
            for index, instr in enumerate(b.instructions):
                facts = _transfer(frame, b.label, index, instr, facts)
            out[b.label] = facts
        for b in blocks:
            arriving = [out[p] for p in preds[b.label]] + ([start] if b is blocks[0] else [])
            if arriving:
                new = (frozenset.intersection(*(f[0] for f in arriving)),
                       frozenset.intersection(*(f[1] for f in arriving)))
            else:
                new = (frozenset(), frozenset())
            if new != into[b.label]:
                into[b.label], changed = new, True
    return into
