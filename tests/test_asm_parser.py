"""Whole-file parsing: blocks and successors of a hand-checked function,
`.loc` lines, data symbols and their bytes, and errors with file, line and
column for malformed input."""

from pathlib import Path

import pytest

from guacc.compiler.diagnostics import GuaccError
from guacc.transpiler.asm.control import FLOW
from guacc.transpiler.asm.model import Imm, Instruction, Reg, SymRef
from guacc.transpiler.asm.parser import Label, parse_asm, parse_asm_file

from .asm_fixtures import PROGRAMS, asm_path

DATA = Path(__file__).parent / "data" / "asm"

# (label, opcodes, successors, .loc line of the first instruction)
EXPECTED_BLOCKS = {
    "arm": [
        ("f", ["cmp", "b.le"], [".L4", "f.b1"], 3),
        ("f.b1", ["mov"], [".L3"], 3),
        (".L3", ["add", "subs", "b.ne"], [".L3", "f.b3"], 5),
        ("f.b3", ["mov", "ret"], [], 5),
        (".L4", ["bl"], ["f.b5"], 8),
        ("f.b5", ["mov", "ret"], [], 8),
    ],
    "riscv": [
        ("f", ["blez"], [".L4", "f.b1"], 3),
        ("f.b1", ["li"], [".L3"], 3),
        (".L3", ["addw", "addiw", "bnez"], [".L3", "f.b3"], 5),
        ("f.b3", ["mv", "ret"], [], 5),
        (".L4", ["call"], ["f.b5"], 8),
        ("f.b5", ["li", "jr"], [], 8),
    ],
}


@pytest.mark.parametrize("isa", ["arm", "riscv"])
def test_blocks_of_hand_checked_function(isa):
    asm = parse_asm_file(DATA / f"loop_{isa}.s", isa)
    function = asm.functions["f"]
    got = [(b.label, [i.opcode for i in b.instructions], b.successors, b.instructions[0].loc[1])
           for b in function.blocks]
    assert got == EXPECTED_BLOCKS[isa]
    assert function.synthetic == {"f.b1", "f.b3", "f.b5"}
    assert asm.source_files == {1: "loop.c"}
    first = function.blocks[0].instructions[0]
    assert first.loc == (1, 3) and first.line > 0


def test_labels_aliases_and_debug_labels():
    function = parse_asm_file(DATA / "loop_arm.s", "arm").functions["f"]
    # `.L5` directly follows `.L4`: the same block; `.LVL1` is a debug label
    assert function.labels[".L5"] == ".L4"
    assert function.block(".L5").label == ".L4"
    assert function.labels[".LVL1"] == "f.b1"
    subs = function.blocks[2].instructions[1]
    assert subs == Instruction("subs", (Reg("w0"), Reg("w0"), Imm(1)), 19, (1, 5))


def test_data_symbols_and_bytes():
    asm = parse_asm_file(DATA / "loop_arm.s", "arm")
    data = asm.data_symbols
    assert data[".LC0"].section == ".rodata" and data[".LC0"].data == b"hi\n\0"
    assert data["tab"].data == (1).to_bytes(4, "little") + (-2 & 0xFFFFFFFF).to_bytes(4, "little") + bytes(
        [0x34, 0x12, 7, ord("A")]) + bytes(4)
    assert data["ptrs"].relocations[0].size == 8 and data["ptrs"].relocations[0].value == ("+", ".LC0", 1)
    assert data[".LANCHOR0"].data == bytes([49, 0])
    assert data["buf"].section == ".bss" and data["buf"].data == bytes(16)
    assert asm.sections[".data"].symbols == {"tab": 0, "ptrs": 16, ".LANCHOR0": 24}
    assert "f" not in data


@pytest.mark.parametrize("isa", ["arm", "riscv"])
@pytest.mark.parametrize("program", PROGRAMS[:4])
def test_fixture_structure(isa, program):
    """Successors name blocks of the same function; every O0 instruction
    carries a `.loc`; string constants are found."""
    asm = parse_asm_file(asm_path(isa, "O0", program), isa)
    for function in asm.functions.values():
        labels = {b.label for b in function.blocks}
        for block in function.blocks:
            assert set(block.successors) <= labels
            assert all(i.loc is not None for i in block.instructions)
    assert any(s.data.endswith(b"\0") and s.section.startswith(".rodata") for s in asm.data_symbols.values())


def test_switch_table_targets_are_successors():
    """An indirect jump through a switch table may reach every table entry."""
    for isa in ("arm", "riscv"):
        function = parse_asm_file(asm_path(isa, "O0", "switch_calc"), isa).functions["apply"]
        (jump,) = [b for b in function.blocks if FLOW[isa](b.instructions[-1]).kind == "indirect"]
        assert len(jump.successors) >= 12
        assert set(jump.successors) <= {b.label for b in function.blocks}
        assert not any(label.startswith(".Lrtx") for label in jump.successors)


def test_items_keep_labels_in_order():
    asm = parse_asm("\t.text\nmain:\n.L1:\tret\n", "arm")
    assert [type(i).__name__ for i in asm.items] == ["Directive", "Label", "Label", "Instruction"]
    assert asm.items[2] == Label(".L1", 3)


@pytest.mark.parametrize("isa,text,line,column,message", [
    ("arm", "\t.text\nmain:\n\tadd\tx0, x1, x2\n\tfrob\tx0, x1\n", 4, 2, "unknown mnemonic 'frob'"),
    ("arm", "\t.text\n\tadd\tx0, x1, y9\n", 2, 14, "bad operand 'y9'"),
    ("arm", "\t.text\n\tldr\tx0, [x1, 8\n", 2, 16, "unexpected end of line"),
    ("arm", "\t.text\n\t.wibble 3\n", 2, 2, "unknown directive '.wibble'"),
    ("riscv", "\t.text\nf:\tli\ta0,1\n\tadd\ta0,a0,b7\n", 3, 12, "bad operand 'b7'"),
    ("riscv", "\t.text\n\tlw\ta0,8(a1\n", 2, 12, "unexpected end of line"),
    ("riscv", "\t.data\n\t.word\t1, @\n", 2, 11, "unexpected '@'"),
])
def test_malformed_assembly(isa, text, line, column, message):
    with pytest.raises(GuaccError) as err:
        parse_asm(text, isa, "bad.s")
    assert message in err.value.message
    assert (err.value.loc.line, err.value.loc.column) == (line, column)
    assert str(err.value).startswith(f"bad.s:{line}:{column}: error:")


def test_missing_file():
    with pytest.raises(GuaccError, match="cannot read file"):
        parse_asm_file(DATA / "no_such_file.s", "arm")


def test_symbol_operands_keep_relocations():
    asm = parse_asm("\t.text\nf:\n\tadrp\tx0, .LC0\n\tadd\tx0, x0, :lo12:.LC0\n", "arm")
    assert asm.instructions[1].operands[2] == SymRef(".LC0", 0, "lo12")
