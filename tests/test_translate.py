"""The translation driver (`translate.py`): per block it keeps the first
candidate Z3 proves, fills holes with the sketch solver, tries the next
candidate when one fails, and reports from the text it writes. Exercised with
small stand-in guessers whose right and wrong answers are known: the real
guessers have their own tests."""

from __future__ import annotations

import dataclasses

import pytest

from guacc.transpiler.asm.model import Hole, Imm
from guacc.transpiler.asm.parser import parse_asm, parse_asm_file, parse_instruction
from guacc.transpiler.guess import GUESSERS, BlockGuess, FunctionGuess
from guacc.transpiler.translate import translate_file

from .asm_fixtures import asm_path, program_inputs, require_cross_tools

PROGRAM = "unions_bitfields"  # the smallest fixture: 7 blocks
TIMEOUT_S = 5.0
SHORT = 12  # blocks the sketch solver fills quickly (long ones with products take longer)


class Identity:
    """ARM to ARM: each block as it is (a translation that must verify)."""

    name = "identity"

    def guess_function(self, function, context):
        return FunctionGuess([[BlockGuess(list(b.instructions))] for b in function.blocks])


def _with_immediates(block, change):
    """The block with the last immediate operand of add/sub/mov changed by `change(index, imm)`."""
    out, n = [], 0
    for instr in block.instructions:
        ops = list(instr.operands)
        if instr.opcode in ("add", "sub") and len(ops) == 3 and isinstance(ops[-1], Imm):
            ops[-1] = change(n, ops[-1])
            n += 1
        out.append(dataclasses.replace(instr, operands=tuple(ops)))
    return out


class Holes(Identity):
    """The add/sub immediates of short blocks (not the entry: the frame is
    read off it) left for the solver."""

    name = "holes"

    def guess_function(self, function, context):
        out = []
        for i, block in enumerate(function.blocks):
            if i and len(block.instructions) <= SHORT:
                out.append([BlockGuess(_with_immediates(block, lambda n, imm: Hole(f"h{n}", width=12)))])
            else:
                out.append([BlockGuess(list(block.instructions))])
        return FunctionGuess(out)


class WrongThenRight(Identity):
    """A wrong first candidate (immediates off by one) before the right one.
    Not in the entry block: a frame of another size is no error there (each
    side keeps its own frame)."""

    name = "wrong-then-right"

    def guess_function(self, function, context):
        out = [[BlockGuess(list(function.blocks[0].instructions))]]
        for block in function.blocks[1:]:
            wrong = _with_immediates(block, lambda n, imm: Imm(imm.value + 1))
            right = BlockGuess(list(block.instructions))
            out.append([BlockGuess(wrong), right] if wrong != block.instructions else [right])
        return FunctionGuess(out)


@pytest.fixture(scope="module")
def source():
    return parse_asm_file(asm_path("arm", "O0", PROGRAM), "arm")


def test_a_correct_guess_is_verified_and_runs_the_same(source):
    outcome = translate_file(source, "arm", Identity(), timeout_s=TIMEOUT_S)
    assert outcome.report["all_verified"], outcome.report
    assert {b["how"] for b in outcome.report["blocks"]} == {"guessed"}
    assert set(parse_asm(outcome.text, "arm").functions) == set(source.functions)
    require_cross_tools("arm", with_qemu=True)
    args, stdin = program_inputs(PROGRAM)
    assert outcome.run_test(args)["same"]


def test_holes_are_filled_by_the_solver(source):
    outcome = translate_file(source, "arm", Holes(), timeout_s=TIMEOUT_S)
    rows = outcome.report["blocks"]
    assert outcome.report["all_verified"], [b for b in rows if b["status"] != "repaired"]
    assert outcome.report["summary"]["repaired"] >= 1
    assert "?" not in outcome.text  # every hole has its value in the text


def test_a_wrong_first_candidate_gives_way_to_the_next(source):
    outcome = translate_file(source, "arm", WrongThenRight(), timeout_s=TIMEOUT_S)
    assert outcome.report["all_verified"]
    written = parse_asm(outcome.text, "arm").functions
    for name, function in source.functions.items():
        assert [[(i.opcode, i.operands) for i in b.instructions] for b in written[name].blocks] == \
            [[(i.opcode, i.operands) for i in b.instructions] for b in function.blocks]


def test_a_wrong_block_is_reported_failed_with_a_counterexample(source):
    class OnlyWrong(Identity):
        name = "wrong"

        def guess_function(self, function, context):
            # 16 keeps the frame aligned (a misaligned one is refused outright, as unsupported)
            return FunctionGuess([[BlockGuess(_with_immediates(b, lambda n, imm: Imm(imm.value + 16)))]
                                  for b in function.blocks])

    outcome = translate_file(source, "arm", OnlyWrong(), timeout_s=TIMEOUT_S)
    failed = [b for b in outcome.report["blocks"] if b["status"] == "failed"]
    assert not outcome.report["all_verified"] and failed
    assert all(b["how"] == "failed" for b in failed)
    assert any(b.get("counterexample") for b in failed)


def test_a_function_the_guesser_cannot_handle_is_unsupported(source):
    class Refuses(Identity):
        name = "refuses"

        def guess_function(self, function, context):
            return FunctionGuess(error="unsupported: everything")

    outcome = translate_file(source, "arm", Refuses(), timeout_s=TIMEOUT_S)
    statuses = {b["status"] for b in outcome.report["blocks"]}
    assert statuses == {"unsupported"}
    assert all("everything" in b["reason"] for b in outcome.report["blocks"])


ARM_SOURCE = """\
\t.arch armv8-a
\t.file\t"k.c"
\t.text
\t.align\t2
\t.global\tseven
\t.type\tseven, %function
seven:
\t.cfi_startproc
\tmov\tx0, 7
\tret
\t.cfi_endproc
\t.size\tseven, .-seven
\t.section\t.rodata
\t.align\t3
\t.type\ttable, %object
\t.size\ttable, 10
table:
\t.xword\t5
\t.hword\t2
\t.section\t.note.GNU-stack,"",%progbits
"""


class SevenInRiscv:
    name = "fixed"

    def guess_function(self, function, context):
        return FunctionGuess([[BlockGuess([parse_instruction("li a0, 7", "riscv"),
                                           parse_instruction("ret", "riscv")])]])


def test_data_and_directives_take_the_target_spelling():
    outcome = translate_file(parse_asm(ARM_SOURCE, "arm", "k.s"), "riscv", SevenInRiscv(), timeout_s=TIMEOUT_S)
    text = outcome.text
    assert outcome.report["all_verified"], outcome.report
    assert "@function" in text and "%function" not in text and "@progbits" in text
    assert ".dword\t5" in text and ".half\t2" in text and ".xword" not in text
    assert ".cfi_" not in text and ".arch" not in text
    dst = parse_asm(text, "riscv")
    assert bytes(dst.data_symbols["table"].data) == bytes([5, 0, 0, 0, 0, 0, 0, 0, 2, 0])


def test_cli_offers_the_known_guessers():
    from guacc.transpiler import cli

    assert tuple(cli.GUESSERS) == GUESSERS


def test_a_block_without_any_candidate_keeps_the_structure_and_traps(source):
    """The guesser has nothing for one block: it becomes a jump to address 0
    (reported unproven), and every other block is still proven in place."""
    class Gap(Identity):
        name = "gap"

        def guess_function(self, function, context):
            guess = super().guess_function(function, context)
            if len(function.blocks) > 2:
                guess.candidates[1] = []
            return guess

    outcome = translate_file(source, "arm", Gap(), timeout_s=TIMEOUT_S)
    rows = outcome.report["blocks"]
    gaps = {(f.name, f.blocks[1].label) for f in source.functions.values() if len(f.blocks) > 2}
    assert gaps
    assert all(b["status"] != "verified" for b in rows if (b["function"], b["src"]) in gaps)
    assert all(b["status"] == "verified" for b in rows if (b["function"], b["src"]) not in gaps)
    written = parse_asm(outcome.text, "arm").functions
    assert all(len(written[name].blocks) == len(f.blocks) for name, f in source.functions.items())
    assert "br\tx16" in outcome.text


def test_a_block_without_a_fitting_candidate_leaves_the_others_proven(source):
    """A candidate that would change the block structure (a call it does
    not end with) is dropped; its block keeps a placeholder and fails, and
    every other block is still proven against the draft around it."""
    name, function = next((n, f) for n, f in source.functions.items()
                          if any(b.label in f.synthetic for b in f.blocks[1:]))
    index = next(i for i, b in enumerate(function.blocks[:-1]) if function.blocks[i + 1].label in function.synthetic)

    class MisShaped(Identity):
        name = "mis-shaped"

        def guess_function(self, fn, context):
            guess = super().guess_function(fn, context)
            if fn.name == name:
                # the call moved before the block's last instruction: the next block would lose its start
                instrs = list(fn.blocks[index].instructions)
                guess.candidates[index] = [BlockGuess(instrs[-1:] + instrs[:-1] if len(instrs) > 1 else [])]
            return guess

    outcome = translate_file(source, "arm", MisShaped(), timeout_s=TIMEOUT_S)
    rows = {(b["function"], b["src"]): b for b in outcome.report["blocks"]}
    bad = rows[(name, function.blocks[index].label)]
    assert bad["status"] == "failed"
    others = [b for key, b in rows.items() if key != (name, function.blocks[index].label)]
    assert others and all(b["status"] == "verified" for b in others), [b for b in others if b["status"] != "verified"]


def test_a_source_the_tools_cannot_build_is_one_line_naming_the_input(source, monkeypatch):
    from guacc.compiler.diagnostics import GuaccError
    from guacc.transpiler import qemu

    outcome = translate_file(source, "arm", Identity(), timeout_s=TIMEOUT_S)

    def broken(src_path, *args, **kwargs):
        raise GuaccError(f"linking {src_path} failed: {src_path}: Assembler messages:\n"
                         f"{src_path}:12: Error: unknown pseudo-op: `.frob'\n{src_path}:13: Error: more")

    monkeypatch.setattr(qemu, "compare_programs", broken)
    with pytest.raises(GuaccError) as err:
        outcome.run_test([])
    text = str(err.value)
    assert "\n" not in text and text.startswith(str(source.filename)) and "source:12: Error: unknown pseudo-op" in text
