"""-O1 code the verifier once could not relate: RISC-V's s0 kept as data
(no frame pointer), int parameters that AAPCS64 leaves unextended, a char
result whose RISC-V form the returning block makes itself, and a
callee-saved register the translator moved to a caller-saved one."""

from __future__ import annotations

import pytest

from guacc.transpiler.asm.parser import parse_asm, parse_asm_file
from guacc.transpiler.translate import translate_file
from guacc.transpiler.verify.program import verify_program

from .asm_fixtures import asm_path, program_inputs, require_cross_tools


def _translated(src_isa: str, dst_isa: str, program: str):
    src = parse_asm_file(asm_path(src_isa, "O1", program), src_isa)
    return src, translate_file(src, dst_isa, timeout_s=10)


def _unproven(outcome, function: str) -> dict[str, str]:
    (result,) = [f for f in outcome.result.functions if f.name == function]
    return {v.src_label: v.reason for v in result.verdicts if not v.verified}


@pytest.fixture(scope="module")
def collatz_to_arm():
    return _translated("riscv", "arm", "collatz")


def test_s0_kept_as_data_pairs_like_a_callee_saved_register(collatz_to_arm, tmp_path):
    src, outcome = collatz_to_arm
    (main,) = [f for f in outcome.result.functions if f.name == "main"]
    assert main.correspondence.src.frame.fp == ("free",)
    assert _unproven(outcome, "main") == {}
    assert any(p.src == "x8" and p.dst == "x29" for pairs in main.correspondence.boundaries.values()
               for p in pairs)
    require_cross_tools("riscv", with_qemu=True)
    require_cross_tools("arm", with_qemu=True)
    args, stdin = program_inputs("collatz")
    (tmp_path / "stdin").write_bytes(stdin)
    assert outcome.run_test(args, str(tmp_path / "stdin"))["same"]


@pytest.mark.parametrize("program", ["binary_search", "struct_points"])
def test_main_with_s0_as_data_is_proven(program):
    _, outcome = _translated("riscv", "arm", program)
    assert _unproven(outcome, "main") == {}


def _mutated(src, text: str, old: str, new: str) -> dict[str, str]:
    assert old in text
    dst = parse_asm(text.replace(old, new, 1), "arm")
    result = verify_program(src, dst, timeout_s=10)
    return {v.src_label: v.reason for f in result.functions if f.name == "main"
            for v in f.verdicts if not v.verified}


def test_a_wrong_value_in_x29_is_refuted(collatz_to_arm):
    src, outcome = collatz_to_arm
    failed = _mutated(src, outcome.text, ".L21:\n\tmov\tx29, x0\n", ".L21:\n\tmov\tx29, x1\n")
    assert failed, "argv in place of argc went unnoticed"


def test_an_int_parameter_is_extended_where_the_code_reads_it_whole(collatz_to_arm):
    """`bgt a0,a5,.L21` compares all of argc; AAPCS64 gives only w0."""
    src, outcome = collatz_to_arm
    main = outcome.text[outcome.text.index("\nmain:"):]
    assert "\tsxtw\tx0, w0\n" in main[:main.index("cmp")]
    failed = _mutated(src, outcome.text, main[:main.index("cmp")],
                      main[:main.index("cmp")].replace("\tsxtw\tx0, w0\n", "", 1))
    assert "main" in failed, failed  # (the branch on argc, or what follows from it)


def test_no_extension_for_a_parameter_only_stored_as_32_bits():
    src = parse_asm_file(asm_path("riscv", "O0", "collatz"), "riscv")
    text = translate_file(src, "arm").text
    main = text[text.index("\nmain:"):]
    assert "sxtw\tx0, w0" not in main[:main.index("\n.L")]


@pytest.mark.parametrize("src_isa,dst_isa", [("arm", "riscv"), ("riscv", "arm")])
def test_a_char_result_and_parameter_keep_their_forms(src_isa, dst_isa):
    """shift_char returns a char: the RISC-V side zero-extends it before
    `ret` itself (so blocks into the return need only agree on 8 bits), and
    a RISC-V source keeps its char parameter zero-extended until written."""
    _, outcome = _translated(src_isa, dst_isa, "caesar_cipher")
    assert _unproven(outcome, "shift_char") == {}


def test_a_callee_saved_register_moved_to_x18_pairs_by_the_map():
    """caesar_cipher's main uses all twelve s registers: the translator
    moves s2 to x18, and the verifier pairs by its map, not by the order
    of first writes (which paired s2 with x22)."""
    src, outcome = _translated("riscv", "arm", "caesar_cipher")
    (main,) = [f for f in outcome.result.functions if f.name == "main"]
    assert ("x18", "x18") in main.correspondence.register_hints
    unproven = _unproven(outcome, "main")
    assert not any(reason.startswith("branch") for reason in unproven.values()), unproven


@pytest.fixture(scope="module")
def checksum_to_riscv():
    return _translated("arm", "riscv", "checksum_crc")


def test_a_w_register_read_whole_pairs_its_low_half_with_the_upper_zero(checksum_to_riscv):
    """`eor w19, ...` in the loop, `sbfx x0, x19, 0, 1` at its top: on
    AArch64 x19's upper half is zero, RISC-V keeps s1 sign-extended."""
    src, outcome = checksum_to_riscv
    assert _unproven(outcome, "main") == {}
    (main,) = [f for f in outcome.result.functions if f.name == "main"]
    loop = next(b.label for b in src.functions["main"].blocks if b.label in b.successors)
    (pair,) = [p for p in main.correspondence.pairs_at(loop) if p.src == "x19"]
    assert pair.bits == 32 and pair.zero_upper


def test_a_64_bit_shift_of_the_crc_is_refuted(checksum_to_riscv):
    src, outcome = checksum_to_riscv
    old = "srliw\tt6,s1,1\n"
    assert old in outcome.text
    dst = parse_asm(outcome.text.replace(old, "srli\tt6,s1,1\n", 1), "riscv")
    result = verify_program(src, dst, timeout_s=10)
    assert [v for v in result.verdicts if not v.verified]


def test_a_bitfield_insert_leaves_the_word_sign_extended():
    """`bfi w19, ...` keeps RISC-V's upper half: before the call that
    w19 outlives, the translation sign-extends it again."""
    _, outcome = _translated("arm", "riscv", "unions_bitfields")
    assert _unproven(outcome, "main") == {}
    main = outcome.text[outcome.text.index("\nmain:"):]
    assert "sext.w\ts1,s1" in main


def test_bit_ops_reads_widest_first_and_keeps_d8_at_entry():
    """`.L10` reads w20 and then all of x20 (the pair is 64 bits, and so is
    the one of the `tbnz w20` block before a 64-bit reader); main saves d8,
    whose entry value no register pair replaces."""
    _, outcome = _translated("arm", "riscv", "bit_ops")
    unproven = _unproven(outcome, "main")
    assert not {"main", ".L10"} & set(unproven), unproven
    assert not any("x20~" in reason for reason in unproven.values()), unproven


def test_a_register_saved_only_on_the_path_that_uses_it():
    """gcc -O1 saves x21 in `print` only after the list was found non-empty
    (`str x21, [sp, 32]` in a later block) and reloads it before the join:
    a late save slot, valid on every path through its block, and x21 at
    its entry value where it was never written or has been reloaded."""
    src, outcome = _translated("arm", "riscv", "linked_list")
    assert _unproven(outcome, "print") == {}
    (print_fn,) = [f for f in outcome.result.functions if f.name == "print"]
    frame = print_fn.correspondence.src.frame
    (late,) = [s for s in frame.save_slots if s.at is not None]
    assert late.role.startswith("x21")
    blocks = src.functions["print"].blocks
    join = next(b for b in blocks if b.label == ".L2")
    assert "x21" in frame.fresh_at(join, 0)  # reloaded on one path, never written on the other
    loop = next(b for b in blocks if b.label == ".L3")
    assert late in frame.slots_at(loop, 0) and "x21" not in frame.fresh_at(loop, 0)


def test_a_late_save_overwritten_before_the_reload_is_refuted():
    src, outcome = _translated("arm", "riscv", "linked_list")
    text = outcome.text
    start = text.index("\nprint:")
    body = text[start:text.index(".size\tprint", start)]
    old = "sd\ts3,32(sp)\n"
    assert old in body
    mutated = text.replace(body, body.replace(old, "sd\ts2,32(sp)\n", 1))
    result = verify_program(src, parse_asm(mutated, "riscv"), timeout_s=10)
    failed = [v for f in result.functions if f.name == "print" for v in f.verdicts if not v.verified]
    assert failed, "a save slot holding the wrong register went unnoticed"


CLANG_PROLOGUE = """\t.text
\t.globl\tf
\t.type\tf,%function
f:
\tstp\tx29, x30, [sp, #-32]!
\tstr\tx28, [sp, #16]
\tmov\tx29, sp
\tsub\tsp, sp, #32
\tbl\tg
\tadd\tsp, sp, #32
\tldr\tx28, [sp, #16]
\tldp\tx29, x30, [sp], #32
\tret
"""


def test_a_save_before_the_frame_is_allocated_is_the_prologue_s():
    """clang saves x28 before `sub sp, sp, #32`: one save slot at cfa-16,
    not a late one where sp ends up."""
    from guacc.transpiler.verify.frame import analyze_frame, entry_names

    function = parse_asm(CLANG_PROLOGUE, "arm").functions["f"]
    frame = analyze_frame("arm", entry_names("arm", [], 0), function.blocks)
    assert [(s.offset, s.role, s.at) for s in frame.save_slots if s.role.endswith("x28")] == [(-16, "arm.x28", None)]


def test_an_int_spilled_whole_stays_sign_extended_through_its_slot(tmp_path):
    """clang -O0 spills an `addw` result with `sd` and reloads it with `ld`
    for a call in a later block: the slot holds a sign-extended value on
    every path there (assumed at the block, proven where it is stored)."""
    import shutil
    import subprocess

    if shutil.which("clang") is None:
        pytest.skip("clang not installed")
    from guacc.transpiler.verify.extension import extended_slots_at

    path = tmp_path / "fib.s"
    subprocess.run(["clang", "--target=riscv64-linux-gnu", "-O0", "-g", "-S",
                    str(asm_path("riscv", "O0", "fib_recursive").parents[3] / "programs" / "fib_recursive.c"),
                    "-o", str(path)], check=True, capture_output=True)
    src = parse_asm_file(path, "riscv")
    outcome = translate_file(src, "arm", timeout_s=10)
    assert [v.reason for v in outcome.result.verdicts if not v.verified] == []
    carried = [(f.name, b.label) for f in outcome.result.functions for b in src.functions[f.name].blocks
               if extended_slots_at(f.correspondence.src, b.label, 0)]
    assert carried
