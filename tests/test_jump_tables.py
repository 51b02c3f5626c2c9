"""Switch jump tables: found in gcc's and clang's data, rewritten for
RISC-V by the rules, and jumps through them proven block by block (and a
wrong table, index or anchor refuted)."""

from __future__ import annotations

import pytest

from guacc.transpiler.asm.jump_tables import jump_tables, target_tables
from guacc.transpiler.asm.parser import parse_asm, parse_asm_file
from guacc.transpiler.guess import GuessContext
from guacc.transpiler.rules import RuleGuesser
from guacc.transpiler.translate import translate_file
from guacc.transpiler.verify.program import verify_program

from .asm_fixtures import asm_path, program_inputs, require_cross_tools

# (the dispatch of a four-way switch, as gcc -O1 writes it for AArch64)
BYTE_TABLE = """\
\t.text
\t.align\t2
\t.global\tpick
\t.type\tpick, %function
pick:
\tcmp\tw0, 3
\tbhi\t.L6
\tadrp\tx1, .L4
\tadd\tx1, x1, :lo12:.L4
\tldrb\tw0, [x1,w0,uxtw]
\tadr\tx1, .Lrtx4
\tadd\tx0, x1, w0, sxtb #2
\tbr\tx0
.Lrtx4:
\t.section\t.rodata
\t.align\t0
.L4:
\t.byte\t(.L2 - .Lrtx4) / 4
\t.byte\t(.L5 - .Lrtx4) / 4
\t.byte\t(.L3 - .Lrtx4) / 4
\t.byte\t(.L2 - .Lrtx4) / 4
\t.text
.L2:
\tmov\tw0, 10
\tret
.L5:
\tmov\tw0, 20
\tret
.L3:
\tmov\tw0, 30
\tret
.L6:
\tmov\tw0, 0
\tret
\t.size\tpick, .-pick
"""


def test_tables_of_each_compiler_and_isa_are_found():
    arm = jump_tables(parse_asm_file(asm_path("arm", "O0", "switch_calc"), "arm"))
    (table,) = arm.values()
    assert (table.function, table.entry_size, table.shift, table.anchor) == ("apply", 4, 2, ".Lrtx4")
    assert len(table.targets) == 88 and len(set(table.targets)) == 13
    (table,) = jump_tables(parse_asm_file(asm_path("riscv", "O0", "switch_calc"), "riscv")).values()
    assert (table.entry_size, table.shift, table.anchor) == (4, 0, table.name)  # RISC-V counts from the table
    (table,) = jump_tables(parse_asm(BYTE_TABLE, "arm")).values()
    assert (table.entry_size, table.shift, table.targets) == (1, 2, (".L2", ".L5", ".L3", ".L2"))
    clang = BYTE_TABLE.replace("(.L2 - .Lrtx4) / 4", "(.L2-.Lrtx4)>>2")
    (table,) = jump_tables(parse_asm(clang, "arm")).values()
    assert table.shift == 2 and table.targets[0] == ".L2"


def test_data_that_is_not_a_table_is_not_one():
    text = BYTE_TABLE.replace("\t.byte\t(.L3 - .Lrtx4) / 4\n", "\t.byte\t7\n")
    assert jump_tables(parse_asm(text, "arm")) == {}


def test_the_jump_reaches_exactly_the_table_targets():
    asm = parse_asm(BYTE_TABLE, "arm")
    (jump,) = [b for b in asm.functions["pick"].blocks if b.instructions[-1].opcode == "br"]
    assert sorted(jump.successors) == [".L2", ".L3", ".L5"]


def test_riscv_gets_unscaled_word_entries():
    src = parse_asm(BYTE_TABLE, "arm")
    (table,) = target_tables(src, "riscv").values()
    assert (table.entry_size, table.shift, table.anchor) == (4, 0, ".Lrtx4")
    outcome = translate_file(src, "riscv")
    assert "\t.word\t(.L5 - .Lrtx4)" in outcome.text and ".Lrtx4:" in outcome.text
    assert outcome.report["summary"]["verified"] == len(src.functions["pick"].blocks), outcome.report


@pytest.mark.parametrize("src_isa,dst_isa,level", [("arm", "riscv", "O0"), ("riscv", "arm", "O0"),
                                                   ("arm", "riscv", "O1")])
def test_switch_dispatch_is_proven_and_runs(src_isa, dst_isa, level, tmp_path):
    """At -O1 the table's address comes from the prologue, in x23."""
    src = parse_asm_file(asm_path(src_isa, level, "switch_calc"), src_isa)
    outcome = translate_file(src, dst_isa)
    verdicts = {v.src_label: v for f in outcome.result.functions for v in f.verdicts}
    (dispatch,) = [b.label for f in src.functions.values() for b in f.blocks if len(b.successors) > 2]
    assert verdicts[dispatch].verified, verdicts[dispatch].reason
    assert any("jump table" in a for a in verdicts[dispatch].assumptions)
    require_cross_tools(src_isa, with_qemu=True)
    require_cross_tools(dst_isa, with_qemu=True)
    args, stdin = program_inputs("switch_calc")
    stdin_path = tmp_path / "stdin"
    stdin_path.write_bytes(stdin)
    assert outcome.run_test(args, str(stdin_path))["same"]


@pytest.fixture(scope="module")
def arm_to_riscv():
    src = parse_asm_file(asm_path("arm", "O0", "switch_calc"), "arm")
    return src, translate_file(src, "riscv").text


@pytest.mark.parametrize("what,old,new", [
    ("two entries swapped", "\t.word\t(.L15 - .Lrtx4)\n\t.word\t(.L14 - .Lrtx4)",
     "\t.word\t(.L14 - .Lrtx4)\n\t.word\t(.L15 - .Lrtx4)"),
    ("index scaled by 8", "srli\tt5,t5,30", "srli\tt5,t5,29"),
    ("another anchor", "lla\ta1,.Lrtx4", "lla\ta1,.L15"),
    ("offset off by one instruction", "add\ta0,a1,a0\n\tjr", "addi\ta0,a0,4\n\tadd\ta0,a1,a0\n\tjr"),
])
def test_a_wrong_dispatch_is_refuted(arm_to_riscv, what, old, new):
    src, text = arm_to_riscv
    assert old in text, what
    dst = parse_asm(text.replace(old, new, 1), "riscv")
    result = verify_program(src, dst, timeout_s=10)
    (bad,) = [v for f in result.functions for v in f.verdicts if not v.verified]
    assert bad.status == "failed" and "jump" in bad.reason, (what, bad.reason)


def test_a_computed_branch_not_through_a_table_is_unsupported():
    text = BYTE_TABLE.replace("\tadd\tx0, x1, w0, sxtb #2\n", "\tadd\tx0, x1, 8\n")
    src = parse_asm(text, "arm")
    guess = RuleGuesser("arm", "riscv").guess_function(src.functions["pick"], GuessContext(src, "riscv"))
    assert guess.error and "computed branch" in guess.error


def test_a_table_address_from_another_block_is_carried_into_the_dispatch():
    """The table's address is computed before the range check (as gcc -O1
    and clang do): the dispatch block gets it through the register pair,
    which carries the symbol (proven where the first block leaves)."""
    text = BYTE_TABLE.replace("\tcmp\tw0, 3\n\tbhi\t.L6\n\tadrp\tx1, .L4\n\tadd\tx1, x1, :lo12:.L4\n",
                              "\tadrp\tx1, .L4\n\tadd\tx1, x1, :lo12:.L4\n\tcmp\tw0, 3\n\tbhi\t.L6\n")
    assert text != BYTE_TABLE
    src = parse_asm(text, "arm")
    outcome = translate_file(src, "riscv")
    assert outcome.report["summary"]["verified"] == len(src.functions["pick"].blocks), outcome.report
    (function,) = outcome.result.functions
    (pair,) = [p for p in function.correspondence.pairs_at(src.functions["pick"].blocks[1].label) if p.src == "x1"]
    assert pair.symbol == ".L4"
