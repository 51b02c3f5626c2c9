"""Public entry points of the assembly frontends (GNU as, AArch64 and RV64).

    parse_instruction(text, isa) -> Instruction
    format_instruction(instr, isa) -> str
    parse_asm(text, isa, filename="<input>") -> AsmFile
    parse_asm_file(path, isa) -> AsmFile
    print_asm(asm) -> str

`isa` is 'arm' or 'riscv'. Bad input raises `GuaccError` with file, line and
column. `AsmFile.functions[name].blocks` are `model.Block`s;
`AsmFile.data_symbols` / `AsmFile.sections` give the data and its bytes.
"""

from __future__ import annotations

from pathlib import Path

from guacc.compiler.diagnostics import GuaccError

from .asmfile import AsmFile, print_asm
from .blocks import Function
from .data import DataSymbol, Relocation, Section
from .items import Directive, Label
from .model import Instruction
from .printer import format_instruction
from .syntax import parse_items

__all__ = [
    "AsmFile", "DataSymbol", "Directive", "Function", "Label", "Relocation", "Section",
    "format_instruction", "parse_asm", "parse_asm_file", "parse_instruction", "print_asm",
]


def parse_instruction(text: str, isa: str) -> Instruction:
    """One instruction, e.g. `parse_instruction("ldr x0, [sp, 8]", "arm")`;
    its `line` is 0 (it comes from no file)."""
    if "\n" in text.strip() or ";" in text:
        raise GuaccError(f"expected one instruction, got {text!r}")
    instr = parse_items(text.strip(), isa, start="instruction")
    return Instruction(instr.opcode, instr.operands)


def parse_asm(text: str, isa: str, filename: str = "<input>") -> AsmFile:
    """A whole `.s` file as gcc -S writes it."""
    try:
        items = parse_items(text, isa)
    except GuaccError as err:
        raise err.with_file(filename) from None
    return AsmFile.from_items(items, isa, filename)


def parse_asm_file(path: str | Path, isa: str) -> AsmFile:
    try:
        text = Path(path).read_text(encoding="utf-8", errors="surrogateescape")
    except OSError as err:
        raise GuaccError(f"cannot read file: {err.strerror}", file=str(path)) from None
    return parse_asm(text, isa, str(path))
