"""C types from the fixtures' DWARF, and what the calling conventions make
of them: values compared on their type's bits, a RISC-V target held to the
psABI's extension, floating point through the FP registers."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
import z3

from guacc.transpiler.asm.model import Imm, Instruction, Reg
from guacc.transpiler.asm.parser import parse_asm_file
from guacc.transpiler.verify.abi_values import placed, well_formed
from guacc.transpiler.verify.dwarf import POINTER, CType, signatures
from guacc.transpiler.verify.equivalence import check_blocks
from guacc.transpiler.verify.floating import ASSUMPTION
from guacc.transpiler.verify.program import correspond_function, program_signatures, readonly_constants

ASM = Path(__file__).resolve().parent.parent / "examples" / "asm"


def _fixture(name):
    return parse_asm_file(ASM / "arm" / "O0" / f"{name}.s", "arm"), parse_asm_file(ASM / "riscv" / "O0" / f"{name}.s", "riscv")


def _check(name, function, src_label, edit=None):
    """Verdict of one fixture block pair; `edit` changes the RISC-V block."""
    arm, rv = _fixture(name)
    result = correspond_function(function, "arm", arm.functions[function], "riscv", rv.functions[function],
                                 readonly_constants(arm), readonly_constants(rv),
                                 signatures=program_signatures(arm, rv))
    pair = next(p for p in result.pairs if p.src == src_label)
    dst = rv.functions[function].block(pair.dst)
    if edit is not None:
        dst = dataclasses.replace(dst, instructions=edit(list(dst.instructions)))
    return check_blocks(arm.functions[function].block(pair.src), "arm", dst, "riscv", result.correspondence,
                        timeout_s=10)


def _replace(opcode, new, dest=None):
    """Replace (or with `new` None delete) the first `opcode` instruction
    (writing `dest`, when given)."""
    def edit(instrs):
        i = next(k for k, x in enumerate(instrs) if x.opcode == opcode and dest in (None, x.operands[0]))
        return instrs[:i] + ([dataclasses.replace(new, loc=instrs[i].loc)] if new else []) + instrs[i + 1:]
    return edit


def test_signatures_from_debug_information():
    arm, rv = _fixture("binary_search")
    sigs = signatures(arm)
    assert sigs["lower_bound"].returns == CType("int", 32, False)
    assert sigs["lower_bound"].params == (POINTER, CType("int", 32, False), CType("int", 16, False))
    assert sigs["printf"].variadic and sigs["printf"].params == (POINTER,)
    assert signatures(rv)["lower_bound"] == sigs["lower_bound"]


def test_abi_placement():
    fresh, shared = z3.BitVec("fresh", 64), z3.BitVec("v", 64)
    char = CType("int", 8, True)
    rv = placed("riscv", fresh, shared, char)
    assert _valid(rv == z3.SignExt(56, z3.Extract(7, 0, shared)))
    assert _valid(placed("riscv", fresh, shared, CType("int", 16, False)) == z3.ZeroExt(48, z3.Extract(15, 0, shared)))
    assert _valid(placed("riscv", fresh, shared, CType("float", 32)) == z3.Concat(z3.BitVecVal(-1, 32),
                                                                                   z3.Extract(31, 0, shared)))
    arm = placed("arm", fresh, shared, char)
    assert z3.is_true(z3.simplify(z3.Extract(63, 8, arm) == z3.Extract(63, 8, fresh)))
    assert _valid(well_formed("riscv", rv, char))
    assert not _valid(well_formed("riscv", fresh, char))
    assert z3.is_true(well_formed("arm", fresh, char))


def _valid(claim) -> bool:
    s = z3.Solver()
    s.add(z3.Not(claim))
    return s.check() == z3.unsat


def test_int_return_computed_in_a_64_bit_register():
    # ARM: `asr x0, x0, 16` for an int result; RISC-V sign-extends with sext.w
    assert _check("fixed_point", "fix_mul", "fix_mul").verified


def test_riscv_target_must_extend_an_int_return():
    verdict = _check("fixed_point", "fix_mul", "fix_mul", _replace("sext.w", None))
    assert verdict.status == "failed" and "return value" in verdict.reason


def test_narrow_argument_extended_by_its_type():
    # lower_bound(c, 40, 65535): ARM passes w2 = -1, RISC-V 0xffff (unsigned short)
    assert _check("binary_search", "main", "main.b13").verified


def test_narrow_argument_not_zero_extended_fails():
    verdict = _check("binary_search", "main", "main.b13",
                     _replace("addi", Instruction("li", (Reg("a2"), Imm(-1))), Reg("a2")))
    assert verdict.status == "failed" and "argument x2~x12" in verdict.reason


def test_floating_point_block_proven_under_the_nan_assumption():
    verdict = _check("float_newton", "sqrt_newton", ".L6")
    assert verdict.verified and verdict.assumptions == (ASSUMPTION,)


@pytest.mark.parametrize("opcode, wrong", [("fadd.d", "fsub.d"), ("fdiv.d", "fmul.d")])
def test_wrong_floating_point_operation_fails(opcode, wrong):
    def edit(instrs):
        i = next(k for k, x in enumerate(instrs) if x.opcode == opcode)
        return instrs[:i] + [dataclasses.replace(instrs[i], opcode=wrong)] + instrs[i + 1:]
    verdict = _check("float_newton", "sqrt_newton", ".L6", edit)
    assert verdict.status == "failed", verdict
