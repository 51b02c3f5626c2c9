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


@dataclass
class Frame:
    isa: str
    size: int  # sp = cfa - size after the prologue
    fp: tuple  # ('cfa', offset) | ('entry',) | ('free',)
    lr: tuple  # ('entry',) | ('free',)
    save_slots: list[SaveSlot] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)  # callee-saved register -> entry value name
    untouched: frozenset[str] = frozenset()  # callee-saved registers no instruction writes: entry value throughout


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


def _fp_writes(isa: str, blocks: list[Block]) -> int:
    """How many instructions write the frame pointer register other than by
    a load from the stack (the epilogue's restore). More than the one that
    sets it up: code that keeps no frame pointer (gcc -O1 for RISC-V) uses
    s0 as one more callee-saved register, so it is no invariant of the frame
    but a value the register map pairs."""
    conv = abi(isa)
    return sum(1 for block in blocks for instr in block.instructions
               if conv.fp in effects(isa, instr).writes and not any(
                   isinstance(op, Mem) and canonical(isa, op.base.name) == conv.sp for op in instr.operands))


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
    return Frame(isa, -sp_offset, fp, lr, sorted(slots, key=lambda s: s.offset), dict(names),
                 frozenset((conv.callee_saved | conv.fp_callee_saved) - written))
