"""Every fixture .s (both ISAs, -O0/-O1/-O2) parses, and printed back it
assembles to the same object: identical bytes, or failing that identical
disassembly and section contents."""

import pytest

from guacc.transpiler.asm.parser import parse_asm_file, print_asm
from guacc.transpiler.toolchain import assemble, disassemble

from .asm_fixtures import ALL_ASM, PROGRAMS, asm_id, asm_path, require_cross_tools


def test_fixture_count():
    assert len(PROGRAMS) >= 32


@pytest.mark.parametrize("case", ALL_ASM, ids=asm_id)
def test_print_assembles_to_same_object(case, tmp_path):
    isa, level, program = case
    source = asm_path(isa, level, program)
    asm = parse_asm_file(source, isa)
    assert "main" in asm.functions
    printed = tmp_path / "printed.s"
    printed.write_text(print_asm(asm))
    require_cross_tools(isa)
    original_obj = assemble(source, isa, tmp_path / "original.o")
    printed_obj = assemble(printed, isa, tmp_path / "printed.o")
    if original_obj.read_bytes() != printed_obj.read_bytes():
        assert disassemble(printed_obj, isa) == disassemble(original_obj, isa)
