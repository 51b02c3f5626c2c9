"""Frame repair of the learned guesser's drafts: gcc's own -O0 translation
of a function, with its stack offsets and frame size garbled the way the
model garbles them, fails the verifier; after `repair_frames` every block is
proven again (no model needed: the draft is written here)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from guacc.transpiler.asm.model import Hole, Imm, Mem, Reg
from guacc.transpiler.asm.parser import parse_asm
from guacc.transpiler.guess import BlockGuess, FunctionGuess
from guacc.transpiler.learn.frame_repair import local_area, plan_frame, repair_frames
from guacc.transpiler.learn.heldout import compile_to_asm
from guacc.transpiler.learn.pairs import code_only
from guacc.transpiler.translate import translate_file

KERNEL = """\
int sum(int n)
{
    int a[8];
    int s = 0;
    for (int i = 0; i < 8; i++)
        a[i] = i * n;
    for (int i = 0; i < 8; i++)
        s += a[i];
    return s;
}

short scale(short x, long k)
{
    long y = x * k;
    return (short)(y >> 2);
}
"""


@pytest.fixture(scope="module")
def compiled(tmp_path_factory) -> dict:
    tmp = tmp_path_factory.mktemp("frame")
    c = tmp / "k.c"
    c.write_text(KERNEL)
    out = {}
    for isa in ("arm", "riscv"):
        s = tmp / f"k.{isa}.s"
        compile_to_asm(c, isa, "O0", s)
        out[isa] = parse_asm(code_only(s.read_text()), isa, s.name)
    return out


def _garbled(instrs, isa: str):
    """Every frame offset 8 bytes off and the frame 16 bytes smaller: the
    model's typical mistakes."""
    def fix(instr):
        ops = []
        for op in instr.operands:
            if isinstance(op, Mem) and isinstance(op.offset, Imm) and op.base.name in ("s0", "x29", "sp") \
                    and op.mode == "offset":
                op = dataclasses.replace(op, offset=Imm(op.offset.value - 8 if isa == "riscv" else op.offset.value + 8))
            ops.append(op)
        text_sp = instr.opcode == "addi" and [getattr(o, "name", "") for o in instr.operands[:2]] == ["sp", "sp"]
        if text_sp:
            ops[-1] = Imm(ops[-1].value + (16 if ops[-1].value < 0 else -16))
        return dataclasses.replace(instr, operands=tuple(ops))
    return [fix(i) for i in instrs]


class DraftGuesser:
    """Target blocks given in advance, optionally frame-repaired as the
    model guesser does."""

    name = "draft"

    def __init__(self, drafts: dict, repair: bool, src_isa: str, dst_isa: str, others: dict | None = None):
        self.drafts, self.repair, self.src_isa, self.dst_isa = drafts, repair, src_isa, dst_isa
        self.others = others or {}  # (function, block index) -> a second candidate

    def guess_function(self, function, context) -> FunctionGuess:
        candidates = [[BlockGuess(instrs, 0.0, "draft")] for instrs in self.drafts[function.name]]
        for (name, index), instrs in self.others.items():
            if name == function.name:
                candidates[index].append(BlockGuess(instrs, -1.0, "other"))
        if self.repair:
            candidates = repair_frames(self.src_isa, function, self.dst_isa, candidates)
        return FunctionGuess(candidates)


def _drafts(src, dst, dst_isa: str) -> dict:
    drafts = {}
    for name, function in src.functions.items():
        blocks = dst.functions[name].blocks
        assert len(blocks) == len(function.blocks)
        drafts[name] = [_garbled(b.instructions, dst_isa) for b in blocks]
    return drafts


def _unsure_offsets(instrs):
    """Every frame offset a hole holding the (garbled) number as its guess:
    how the model guesser marks the offsets it was unsure of."""
    def unsure(instr):
        ops = tuple(dataclasses.replace(op, offset=Hole(f"h{id(instr)}", "imm", 12, (), op.offset.value))
                    if isinstance(op, Mem) and isinstance(op.offset, Imm) and op.base.name in ("s0", "x29", "sp")
                    and op.mode == "offset" else op for op in instr.operands)
        return dataclasses.replace(instr, operands=ops)
    return [unsure(i) for i in instrs]


@pytest.mark.parametrize("src_isa,dst_isa", [("arm", "riscv"), ("riscv", "arm")])
def test_garbled_frames_fail_and_repaired_ones_verify(compiled, src_isa, dst_isa):
    src, dst = compiled[src_isa], compiled[dst_isa]
    drafts = _drafts(src, dst, dst_isa)
    garbled = translate_file(src, dst_isa, DraftGuesser(drafts, False, src_isa, dst_isa), timeout_s=10)
    assert garbled.report["summary"]["verified"] < garbled.report["summary"]["blocks"]
    repaired = translate_file(src, dst_isa, DraftGuesser(drafts, True, src_isa, dst_isa), timeout_s=10)
    summary = repaired.report["summary"]
    assert summary["verified"] == summary["blocks"], summary
    # the repaired prologue is the standard one for the plan's frame
    first = repaired.dst.functions["sum"].blocks[0].instructions[0]
    assert first.opcode in ("addi", "stp")


def test_local_area_leaves_out_the_save_slots(compiled):
    from guacc.transpiler.verify.frame import analyze_frame, entry_names

    for isa in ("arm", "riscv"):
        function = compiled[isa].functions["sum"]
        frame = analyze_frame(isa, entry_names(isa, [], 0), function.blocks)
        low, high = local_area(frame)
        assert -frame.size <= low < high <= 0
        assert all(s.offset + s.size <= low or s.offset >= high for s in frame.save_slots)


def test_no_plan_for_a_frame_too_large_for_the_short_prologue(compiled, tmp_path):
    c = tmp_path / "big.c"
    c.write_text("int big(int i)\n{\n    volatile char buf[8000];\n    buf[i] = 1;\n    return buf[0];\n}\n")
    s = tmp_path / "big.arm.s"
    compile_to_asm(c, "arm", "O0", s)
    function = parse_asm(code_only(s.read_text()), "arm", s.name).functions["big"]
    assert plan_frame("arm", function.blocks, "riscv", [[[]] for _ in function.blocks]) is None


def test_offsets_in_the_plan_keep_their_alignment(compiled):
    function = compiled["arm"].functions["sum"]
    drafts = [[b.instructions] for b in compiled["riscv"].functions["sum"].blocks]
    plan = plan_frame("arm", function.blocks, "riscv", drafts)
    assert plan is not None and plan.shift % 16 == 0 and plan.dst_frame.size % 16 == 0
    assert plan.prologue[0].opcode == "addi" and plan.epilogue[-1].opcode == "addi"


@pytest.mark.parametrize("src_isa,dst_isa", [("arm", "riscv"), ("riscv", "arm")])
def test_unsure_offsets_are_settled_by_the_plan(compiled, src_isa, dst_isa):
    """Offsets the model was unsure of (holes) that pair with a source slot
    become the plan's constants: no search, and every block verifies."""
    src, dst = compiled[src_isa], compiled[dst_isa]
    drafts = {name: [_unsure_offsets(b) for b in blocks] for name, blocks in _drafts(src, dst, dst_isa).items()}
    guess = DraftGuesser(drafts, True, src_isa, dst_isa).guess_function(src.functions["sum"], None)
    assert not any(c.has_holes for cands in guess.candidates for c in cands)
    summary = translate_file(src, dst_isa, DraftGuesser(drafts, True, src_isa, dst_isa), timeout_s=10).report["summary"]
    assert summary["verified"] == summary["blocks"], summary


@pytest.mark.parametrize("src_isa,dst_isa", [("arm", "riscv"), ("riscv", "arm")])
def test_slots_no_shared_line_pairs_take_the_common_shift(compiled, src_isa, dst_isa):
    """Past the entry block the draft carries no line information (as when
    the model's alignment is off), so the array's slot gets no vote from a
    shared C line; it is placed by the shift the entry block's slots agree
    on, which is the plan's, and every block verifies."""
    src, dst = compiled[src_isa], compiled[dst_isa]
    drafts = _drafts(src, dst, dst_isa)
    drafts["sum"] = drafts["sum"][:1] + [[dataclasses.replace(i, loc=None) for i in b] for b in drafts["sum"][1:]]
    summary = translate_file(src, dst_isa, DraftGuesser(drafts, True, src_isa, dst_isa), timeout_s=10).report["summary"]
    assert summary["verified"] == summary["blocks"], summary


def test_a_malformed_candidate_does_not_stop_the_plan(compiled):
    """The model wrote `ld a5,4` (an immediate where the address goes) and
    the number became a hole: the semantics cannot execute it, so the plan
    steps over it and the verifier rejects that candidate alone."""
    from guacc.transpiler.asm.model import Instruction

    src, dst = compiled["arm"], compiled["riscv"]
    drafts = _drafts(src, dst, "riscv")
    bad = [Instruction("ld", (Reg("a5"), Hole("m0_0", "imm", 12, (), 4)))] + drafts["sum"][1][1:]
    guesser = DraftGuesser(drafts, True, "arm", "riscv", others={("sum", 1): bad})
    summary = translate_file(src, "riscv", guesser, timeout_s=10).report["summary"]
    assert summary["verified"] == summary["blocks"], summary


def test_a_candidate_whose_prologue_never_sets_the_frame_pointer_is_read_in_the_plan(compiled):
    """The model translated the prologue's line alone as `addi sp,sp,-80`
    and guessed -20 for every slot; the top candidate has gcc's prologue.
    Its body is read in the plan's frame, so each store still goes to the
    slot its line pairs with: it becomes the top candidate's code."""
    src, dst = compiled["arm"], compiled["riscv"]
    drafts = _drafts(src, dst, "riscv")
    entry = drafts["sum"][0]
    no_fp = [i for i in entry if not (i.opcode == "sd" or i.operands[0] == Reg("s0"))]
    no_fp = [dataclasses.replace(i, operands=tuple(dataclasses.replace(op, offset=Imm(-20)) if isinstance(op, Mem)
                                                   and op.base == Reg("s0") else op for op in i.operands))
             for i in no_fp]
    assert len(no_fp) == len(entry) - 2
    guesser = DraftGuesser(drafts, True, "arm", "riscv", others={("sum", 0): no_fp})
    top, other = guesser.guess_function(src.functions["sum"], None).candidates[0]
    assert [dataclasses.replace(i, loc=None) for i in other.instructions] == \
        [dataclasses.replace(i, loc=None) for i in top.instructions]
