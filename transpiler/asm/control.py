"""How an instruction passes control on, read from its syntax alone (the
semantics modules give the same answer symbolically)."""

from __future__ import annotations

from dataclasses import dataclass

from .isa_tables import ARM_CONDITIONS
from .model import Instruction, Mem, Reg, SymRef

_ARM_CONDITIONAL = frozenset({"cbz", "cbnz", "tbz", "tbnz"} | {f"b.{c}" for c in ARM_CONDITIONS})
_RISCV_CONDITIONAL = frozenset(
    "beq bne blt bge bltu bgeu beqz bnez blez bgez bltz bgtz bgt ble bgtu bleu".split()
)
_RISCV_ZERO = frozenset({"zero", "x0"})
_RISCV_LINK = frozenset({"ra", "x1"})


@dataclass(frozen=True)
class Flow:
    """`kind`: 'next' (not a control transfer), 'branch', 'cond' (to `target`
    or on), 'call' (returns to the next instruction), 'ret', 'indirect'
    (jump through a register), 'tail' (tail call: leaves the function)."""

    kind: str
    target: str | None = None

    @property
    def ends_block(self) -> bool:
        return self.kind != "next"

    @property
    def falls_through(self) -> bool:
        return self.kind in ("next", "cond", "call")


def _target(instr: Instruction) -> str | None:
    for op in reversed(instr.operands):
        if isinstance(op, SymRef) and op.reloc is None:
            return op.name
    return None


def arm_flow(instr: Instruction) -> Flow:
    op = instr.opcode
    if op == "b":
        return Flow("branch", _target(instr))
    if op in _ARM_CONDITIONAL:
        return Flow("cond", _target(instr))
    if op in ("bl", "blr"):
        return Flow("call", _target(instr))
    if op == "ret":
        return Flow("ret")
    if op == "br":
        return Flow("indirect")
    return Flow("next")


def _regs(instr: Instruction) -> list[str]:
    return [o.name if isinstance(o, Reg) else o.base.name for o in instr.operands if isinstance(o, Reg | Mem)]


def riscv_flow(instr: Instruction) -> Flow:
    op = instr.opcode
    if op == "j":
        return Flow("branch", _target(instr))
    if op in _RISCV_CONDITIONAL:
        return Flow("cond", _target(instr))
    if op == "call":
        return Flow("call", _target(instr))
    if op == "tail":
        return Flow("tail", _target(instr))
    if op == "ret":
        return Flow("ret")
    if op == "jal":
        regs = _regs(instr)
        if regs and regs[0] in _RISCV_ZERO:
            return Flow("branch", _target(instr))
        return Flow("call", _target(instr))
    if op in ("jr", "jalr"):
        regs = _regs(instr)
        # `jr ra` returns; `jalr rs` / `jalr ra, rs` call; `jalr zero, rs` jumps
        if op == "jr" or (len(regs) >= 2 and regs[0] in _RISCV_ZERO):
            target_reg = regs[-1] if regs else None
            return Flow("ret") if target_reg in _RISCV_LINK else Flow("indirect")
        return Flow("call")
    return Flow("next")


FLOW = {"arm": arm_flow, "riscv": riscv_flow}
