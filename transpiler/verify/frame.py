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

from guacc.transpiler.asm.model import Block

from .abi import abi, role_pairs, semantics
from .liveness import effects
from .trace import TracedState, UnsupportedCode, run_segment

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


def split_cfa_offset(address: z3.BitVecRef) -> tuple[int, bool] | None:
    """(constant part, has a variable part) when `address` is the CFA plus
    terms that do not involve it (`cfa - 56 + 4*i` -> (-56, True)); None for
    anything else (a pointer loaded from memory, a global)."""
    from .liveness import free_names

    delta = z3.simplify(address - CFA)
    if z3.is_bv_value(delta):
        return delta.as_signed_long(), False
    if "cfa" in free_names([delta]):
        return None
    if z3.is_app_of(delta, z3.Z3_OP_BADD):
        consts = [c for c in delta.children() if z3.is_bv_value(c)]
        return (consts[0].as_signed_long() if consts else 0), True
    return 0, True


def role_name(isa: str, reg: str, other_isa: str) -> str:
    """Shared name of the entry value of `reg`: its role if it has one on
    both sides, else a name private to this side."""
    conv = abi(isa)
    if reg == conv.sp:
        return "sp"
    if reg == conv.fp:
        return "fp"
    if reg == conv.lr:
        return "lr"
    side = 0 if isa <= other_isa else 1
    for pair in role_pairs(*sorted((isa, other_isa))) if isa != other_isa else ():
        if pair[side] == reg:
            return f"{pair[0]}={pair[1]}"
    return f"{isa}.{reg}"


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

    def entry_state(self, other_isa: str, prefix: str) -> TracedState:
        """The state at function entry: sp = cfa, frame/link/callee-saved
        registers hold the shared entry values, the rest is free."""
        return entry_state(self.isa, other_isa, prefix)


def entry_state(isa: str, other_isa: str, prefix: str) -> TracedState:
    conv = abi(isa)
    state = TracedState.wrap(semantics(isa).fresh_state(prefix))
    state.regs[conv.sp] = CFA
    for reg in (conv.fp, conv.lr, *conv.callee_saved):
        state.regs[reg] = entry_value(role_name(isa, reg, other_isa))
    return state


def has_calls(isa: str, blocks: list[Block]) -> bool:
    return any(effects(isa, i).exit_kind == "call" for b in blocks for i in b.instructions)


def analyze_frame(isa: str, other_isa: str, blocks: list[Block]) -> Frame:
    """The frame of the function whose blocks are `blocks` (entry first)."""
    conv = abi(isa)
    state = entry_state(isa, other_isa, f"frame.{isa}!")
    run = run_segment(isa, state, blocks[0].instructions, store_values=True)
    sp_offset = cfa_offset(state.regs[conv.sp])
    if sp_offset is None or sp_offset > 0:
        raise UnsupportedCode("stack pointer after the prologue is not a fixed offset below the CFA")
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
    if fp_offset is not None:
        fp = ("cfa", fp_offset)
    elif is_entry_value(state.regs[conv.fp]) == "fp":
        fp = ("entry",)
    else:
        fp = ("free",)
    lr_saved = any(s.role == "lr" for s in slots)
    lr = ("entry",) if (is_entry_value(state.regs[conv.lr]) == "lr" and not lr_saved
                        and not has_calls(isa, blocks)) else ("free",)
    return Frame(isa, -sp_offset, fp, lr, sorted(slots, key=lambda s: s.offset))
