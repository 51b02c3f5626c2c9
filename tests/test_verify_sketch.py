"""Sketch solving fills removed immediates of proven oracle pairs."""

from __future__ import annotations

import dataclasses

import pytest

from guacc.transpiler.asm.model import Hole, Imm
from guacc.transpiler.verify.sketch import holes_of, solve_sketch

from .test_verify_blocks import ARM, RISCV
from guacc.transpiler.asm.parser import parse_asm
from guacc.transpiler.verify.program import correspond_function


@pytest.fixture(scope="module")
def pair():
    arm, rv = parse_asm(ARM, "arm", "f.arm.s"), parse_asm(RISCV, "riscv", "f.rv.s")
    return arm.functions["f"], rv.functions["f"], correspond_function("f", "arm", arm.functions["f"], "riscv",
                                                                        rv.functions["f"])


def _punch(block, opcode, width=12):
    """Replace the immediate of the first `opcode` instruction with a hole."""
    instrs = list(block.instructions)
    i = next(k for k, x in enumerate(instrs) if x.opcode == opcode)
    ops = tuple(Hole("h0", "imm", width) if isinstance(op, Imm) else op for op in instrs[i].operands)
    instrs[i] = dataclasses.replace(instrs[i], operands=ops)
    return dataclasses.replace(block, instructions=instrs), instrs[i]


def test_fills_a_removed_immediate(pair):
    arm, rv, result = pair
    p = next(p for p in result.pairs if any(x.opcode == "addiw" for x in rv.block(p.dst).instructions))
    sketch, _ = _punch(rv.block(p.dst), "addiw")
    assert holes_of(sketch)
    solved = solve_sketch(arm.block(p.src), "arm", sketch, "riscv", result.correspondence)
    assert solved.status == "solved", solved.reason
    assert solved.holes == {"h0": 7} and solved.verdict.verified
    print(f"\nsketch solved in {solved.rounds} rounds")


def test_unsolvable_sketch(pair):
    arm, rv, result = pair
    p = next(p for p in result.pairs if any(x.opcode == "addiw" for x in rv.block(p.dst).instructions))
    sketch, _ = _punch(rv.block(p.dst), "addiw")
    # x + 7 is not x ^ h for any h
    instrs = [dataclasses.replace(x, opcode="xori") if x.opcode == "addiw" else x for x in sketch.instructions]
    sketch = dataclasses.replace(sketch, instructions=instrs)
    solved = solve_sketch(arm.block(p.src), "arm", sketch, "riscv", result.correspondence, timeout_s=20)
    assert solved.status in ("unsolvable", "timeout")


def test_fills_immediates_of_a_fixture_pair():
    from pathlib import Path

    from guacc.transpiler.asm.parser import parse_asm_file
    from guacc.transpiler.verify.equivalence import check_blocks

    asm = Path(__file__).resolve().parent.parent / "examples" / "asm"
    arm = parse_asm_file(asm / "arm/O0/collatz.s", "arm")
    rv = parse_asm_file(asm / "riscv/O0/collatz.s", "riscv")
    name = next(n for n, f in rv.functions.items()
                if any(i.opcode == "addi" and i.operands[-1] == Imm(1) and i.operands[0].name == "a5"
                       for b in f.blocks for i in b.instructions))
    result = correspond_function(name, "arm", arm.functions[name], "riscv", rv.functions[name])
    p = next(p for p in result.pairs if any(i.opcode == "addi" and i.operands[-1] == Imm(1)
                                            for i in rv.functions[name].block(p.dst).instructions))
    src, dst = arm.functions[name].block(p.src), rv.functions[name].block(p.dst)
    assert check_blocks(src, "arm", dst, "riscv", result.correspondence).verified
    sketch, _ = _punch(dst, "addi")
    solved = solve_sketch(src, "arm", sketch, "riscv", result.correspondence)
    assert solved.status == "solved" and solved.holes == {"h0": 1}


def test_fills_a_register_hole(pair):
    """`addiw ?, a5, 7` with the destination a choice of three registers:
    only a5 is stored to the slot after it."""
    arm, rv, result = pair
    p = next(p for p in result.pairs if any(x.opcode == "addiw" for x in rv.block(p.dst).instructions))
    block = rv.block(p.dst)
    instrs = list(block.instructions)
    i = next(k for k, x in enumerate(instrs) if x.opcode == "addiw")
    hole = Hole("r0", "reg", 8, ("a3", "a4", "a5"), "a4")
    instrs[i] = dataclasses.replace(instrs[i], operands=(hole, *instrs[i].operands[1:]))
    sketch = dataclasses.replace(block, instructions=instrs)
    solved = solve_sketch(arm.block(p.src), "arm", sketch, "riscv", result.correspondence)
    assert solved.status == "solved", solved.reason
    assert solved.holes == {"r0": "a5"} and solved.verdict.verified
