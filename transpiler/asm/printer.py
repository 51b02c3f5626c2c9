"""Printing instructions and whole files back as GNU as text."""

from __future__ import annotations

from guacc.compiler.diagnostics import GuaccError

from .items import Directive, Label
from .model import Cond, FImm, Hole, Imm, Instruction, Mem, Reg, RegList, Shift, SymRef


def _symbol(sym: SymRef) -> str:
    text = sym.name
    if sym.addend:
        text += f"{sym.addend:+d}"
    return text


def _arm_operand(op) -> str:
    match op:
        case Reg(name) | Cond(name):
            return name
        case Imm(value):
            return str(value)
        case FImm(value):
            return repr(float(value))
        case Hole(name):
            return f"?{name}"
        case SymRef(reloc=None):
            return _symbol(op)
        case SymRef(reloc=reloc):
            return f":{reloc}:{_symbol(op)}"
        case Shift(kind, None):
            return kind
        case Shift(kind, amount):
            return f"{kind} {amount}"
        case RegList(regs, index):
            text = "{" + ", ".join(r.name for r in regs) + "}"
            return text if index is None else f"{text}[{index}]"
        case Mem(base, offset, shift, mode):
            if mode == "post":
                return f"[{base.name}], {_arm_operand(offset)}"
            parts = [base.name]
            if offset is not None:
                parts.append(_arm_operand(offset))
            if shift is not None:
                parts.append(_arm_operand(shift))
            return "[" + ", ".join(parts) + "]" + ("!" if mode == "pre" else "")
    raise GuaccError(f"cannot print operand {op!r} for AArch64")


def _riscv_operand(op) -> str:
    match op:
        case Reg(name) | Cond(name):
            return name
        case Imm(value):
            return str(value)
        case Hole(name):
            return f"?{name}"
        case SymRef(reloc=None):
            return _symbol(op)
        case SymRef(reloc=reloc):
            return f"%{reloc}({_symbol(op)})"
        case Mem(base, offset, None, "offset"):
            return ("" if offset is None else _riscv_operand(offset)) + f"({base.name})"
    raise GuaccError(f"cannot print operand {op!r} for RISC-V")


_OPERAND_PRINTERS = {"arm": (_arm_operand, ", "), "riscv": (_riscv_operand, ",")}


def format_instruction(instr: Instruction, isa: str) -> str:
    """`instr` as GNU as text (no indentation), e.g. `add\tx0, x1, x2`."""
    try:
        printer, separator = _OPERAND_PRINTERS[isa]
    except KeyError:
        raise GuaccError(f"unknown ISA '{isa}'") from None
    if not instr.operands:
        return instr.opcode
    return f"{instr.opcode}\t" + separator.join(printer(op) for op in instr.operands)


def format_item(item, isa: str) -> str:
    """One line of a printed file."""
    if isinstance(item, Label):
        return f"{item.name}:"
    if isinstance(item, Directive):
        return f"\t{item.name}\t{item.args}" if item.args else f"\t{item.name}"
    return "\t" + format_instruction(item, isa)
