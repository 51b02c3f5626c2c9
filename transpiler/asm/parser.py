"""Public entry points of the assembly frontends (GNU as, AArch64 and RV64).

    parse_instruction(text, isa) -> Instruction
    format_instruction(instr, isa) -> str
    parse_asm(text, isa, filename) -> AsmFile
    parse_asm_file(path, isa) -> AsmFile
    print_asm(asm) -> str

`isa` is 'arm' or 'riscv'. Bad input raises `GuaccError` with file, line and
column.
"""

from __future__ import annotations

from guacc.compiler.diagnostics import GuaccError

from .model import Instruction
from .printer import format_instruction
from .syntax import parse_items

__all__ = ["parse_instruction", "format_instruction"]


def parse_instruction(text: str, isa: str) -> Instruction:
    """One instruction, e.g. `parse_instruction("ldr x0, [sp, 8]", "arm")`;
    its `line` is 0 (it comes from no file)."""
    if "\n" in text.strip() or ";" in text:
        raise GuaccError(f"expected one instruction, got {text!r}")
    instr = parse_items(text.strip(), isa, start="instruction")
    return Instruction(instr.opcode, instr.operands)
