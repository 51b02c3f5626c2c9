"""The rule-based RISC-V -> AArch64 guesser (`transpiler/rules/riscv_to_arm.py`).

Three layers: single instructions run on concrete values through both ISAs'
semantics (edge values included: zero divisors, INT_MIN, NaN); small
hand-written functions through the driver, which must prove every block;
and -O0 fixtures end to end (translate, prove, run under qemu)."""

from __future__ import annotations

import functools
import math
import random
import struct

import pytest
import z3

from guacc.transpiler.asm.blocks import Function
from guacc.transpiler.asm.model import Block, Reg
from guacc.transpiler.asm.parser import parse_asm, parse_asm_file, parse_instruction
from guacc.transpiler.guess import GuessContext
from guacc.transpiler.qemu import compare_programs
from guacc.transpiler.rules import RuleGuesser
from guacc.transpiler.rules.aarch64_immediates import is_bitmask_immediate, move_sequence
from guacc.transpiler.rules.printf_arguments import argument_kinds
from guacc.transpiler.rules.riscv_to_arm import translate_function
from guacc.transpiler.rules.riscv_to_arm_operands import RegisterMap
from guacc.transpiler.semantics import aarch64, riscv
from guacc.transpiler.semantics.riscv_operands import canonical_register
from guacc.transpiler.translate import BlockChoice, render, translate_file
from guacc.transpiler.verify.equivalence import check_blocks

from .asm_fixtures import LEVELS, PROGRAMS, asm_path, program_inputs, require_cross_tools

TIMEOUT_S = 5.0
RETRY_TIMEOUT_S = 30.0
MASK = (1 << 64) - 1
EDGES = [0, 1, 2, 3, 7, 26, -1, -2, -7, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF, 1 << 63, (1 << 63) - 1,
         0x123456789ABCDEF0, -0x80000000]
# what each RISC-V integer register (architectural name) is on AArch64
X_OF = {canonical_register(abi)[0]: arm for abi, arm in [("a0", "x0"), ("a1", "x1"), ("a2", "x2"),
                                                         ("a5", "x5"), ("t0", "x9"), ("s1", "x19")]}
F_OF = {canonical_register(abi)[0]: f"v{n}" for abi, n in [("fa0", 0), ("fa1", 1), ("fa2", 2), ("fa5", 5)]}


def _asm(body: str, name: str = "f") -> str:
    return (f"\t.text\n\t.align\t1\n\t.globl\t{name}\n\t.type\t{name}, @function\n{name}:\n{body}"
            f"\t.size\t{name}, .-{name}\n")


@functools.cache
def _translate_instructions(lines: tuple[str, ...]):
    instrs = [parse_instruction(line, "riscv") for line in lines]
    function = Function("f", [Block("f", instrs)])
    src = parse_asm(_asm("".join(f"\t{line}\n" for line in lines)), "riscv")
    guess = translate_function(function, GuessContext(src, "arm"))
    assert not guess.error, guess.error
    return instrs, guess.candidates[0][0].instructions


def _run_both(lines: list[str], ints: dict[str, int], floats: dict[str, int] | None = None):
    """Run the RISC-V instructions and their translation from the same
    concrete inputs; (riscv state, arm state)."""
    src, dst = _translate_instructions(tuple(lines))
    rv, arm = riscv.fresh_state("rv!"), aarch64.fresh_state("arm!")
    for reg, arm_reg in X_OF.items():
        value = ints.get(reg, 0) & MASK
        rv.regs[reg] = z3.BitVecVal(value, 64)
        arm.regs[arm_reg] = z3.BitVecVal(value, 64)
    for reg, arm_reg in F_OF.items():
        value = (floats or {}).get(reg, 0)
        rv.regs[reg] = z3.BitVecVal(value, 64)
        arm.regs[arm_reg] = z3.BitVecVal(value, 128)
    for instr in src:
        riscv.execute(rv, instr)
    for instr in dst:
        aarch64.execute(arm, instr)
    return rv, arm, dst


def _value(expr) -> int:
    return z3.simplify(expr).as_long()


def _check_integer_result(lines: list[str], dest: str, pairs) -> None:
    rd = canonical_register(dest)[0]
    for a, b in pairs:
        rv, arm, dst = _run_both(lines, {canonical_register("a1")[0]: a, canonical_register("a2")[0]: b})
        assert _value(rv.regs[rd]) == _value(arm.regs[X_OF[rd]]), (lines, hex(a), hex(b), dst)


def _edge_pairs(count: int = 25):
    rng = random.Random(7)
    pairs = [(a, b) for a in EDGES[:8] for b in EDGES[:8]]
    pairs += [(rng.choice(EDGES), rng.choice(EDGES)) for _ in range(count)]
    pairs += [(rng.getrandbits(64), rng.getrandbits(64)) for _ in range(count)]
    pairs += [(rng.getrandbits(64), rng.choice(EDGES)) for _ in range(count)]
    return pairs


# -- single instructions on concrete values -------------------------------------

@pytest.mark.parametrize("line", [
    "add a0,a1,a2", "sub a0,a1,a2", "and a0,a1,a2", "or a0,a1,a2", "xor a0,a1,a2",
    "sll a0,a1,a2", "srl a0,a1,a2", "sra a0,a1,a2", "mul a0,a1,a2", "mulh a0,a1,a2", "mulhu a0,a1,a2",
    "addw a0,a1,a2", "subw a0,a1,a2", "sllw a0,a1,a2", "srlw a0,a1,a2", "sraw a0,a1,a2", "mulw a0,a1,a2",
    "div a0,a1,a2", "divu a0,a1,a2", "rem a0,a1,a2", "remu a0,a1,a2",
    "divw a0,a1,a2", "divuw a0,a1,a2", "remw a0,a1,a2", "remuw a0,a1,a2",
    "slt a0,a1,a2", "sltu a0,a1,a2", "sgt a0,a1,a2", "sgtu a0,a1,a2",
    "seqz a0,a1", "snez a0,a1", "sltz a0,a1", "sgtz a0,a1", "sext.w a0,a1", "negw a0,a1", "neg a0,a1",
    "not a0,a1", "mv a0,a1",
])
def test_register_rules_are_exact(line):
    """Every input pair gives the RISC-V result on all 64 bits, including
    division by zero (-1 / all ones, remainder = dividend) and overflow."""
    _check_integer_result([line], "a0", _edge_pairs())


@pytest.mark.parametrize("line", [
    "addi a0,a1,-2048", "addi a0,a1,2047", "addiw a0,a1,-1", "addiw a0,a1,5", "andi a0,a1,-16",
    "andi a0,a1,0xff", "andi a0,a1,1365", "ori a0,a1,-1366", "xori a0,a1,-1", "xori a0,a1,291",
    "slli a0,a1,63", "srli a0,a1,1", "srai a0,a1,63", "slliw a0,a1,31", "srliw a0,a1,0", "sraiw a0,a1,31",
    "addiw a0,zero,-7", "addiw a0,a1,0", "sraiw a0,a1,0", "slliw a0,a1,0", "srliw a0,a1,5",
    "slti a0,a1,-5", "slti a0,a1,4095", "sltiu a0,a1,-1", "sltiu a0,a1,1",
])
def test_immediate_rules_are_exact(line):
    _check_integer_result([line], "a0", _edge_pairs(20))


@pytest.mark.parametrize("value", [0, 1, -1, 4095, 65535, 65536, -65536, 0x12345678, -0x12345678,
                                   0x7FFFFFFF, -0x80000000, 0xFFFFFFFF, 0x5555555555555555,
                                   0x123456789ABCDEF0, -0x123456789ABCDEF, 1 << 63, 0xFFFF0000FFFF])
def test_li_builds_any_constant(value):
    rv, arm, dst = _run_both([f"li a0,{value}"], {})
    assert _value(arm.regs["x0"]) == value & MASK
    assert len(dst) <= 4


def test_sign_extension_after_a_word_operation_is_not_repeated():
    lines = ["addw a0,a1,a2", "sext.w a0,a0", "sraiw a0,a0,1", "sext.w a1,a0"]
    for a, b in _edge_pairs(5):
        rv, arm, dst = _run_both(lines, {canonical_register("a1")[0]: a, canonical_register("a2")[0]: b})
        for reg in ("a0", "a1"):
            arch = canonical_register(reg)[0]
            assert _value(rv.regs[arch]) == _value(arm.regs[X_OF[arch]])
    assert [i.opcode for i in dst] == ["add", "sbfx", "sbfx", "sbfx"]


def test_lui_sign_extends():
    rv, arm, _ = _run_both(["lui a0,0x80000", "lui a1,0x7ffff"], {})
    assert _value(arm.regs["x0"]) == _value(rv.regs[canonical_register("a0")[0]]) == 0xFFFFFFFF80000000
    assert _value(arm.regs["x1"]) == 0x7FFFF000


def _double(x: float) -> int:
    return struct.unpack("<Q", struct.pack("<d", x))[0]


@pytest.mark.parametrize("line, result", [
    ("fcvt.w.d a0,fa1,rtz", "a0"), ("fcvt.wu.d a0,fa1,rtz", "a0"), ("fcvt.l.d a0,fa1,rtz", "a0"),
    ("fcvt.lu.d a0,fa1,rtz", "a0"), ("fcvt.w.d a0,fa1", "a0"), ("fcvt.l.d a0,fa1,rdn", "a0"),
    ("feq.d a0,fa1,fa2", "a0"), ("flt.d a0,fa1,fa2", "a0"), ("fle.d a0,fa1,fa2", "a0"),
    ("fgt.d a0,fa1,fa2", "a0"), ("fmv.x.d a0,fa1", "a0"),
])
def test_float_to_integer_rules_are_exact(line, result):
    """Including NaN (RISC-V: the largest value, AArch64 natively: 0),
    infinities, out-of-range values and unordered compares."""
    values = [0.0, -0.0, 1.5, -1.5, 2.5, -2.5, 1e10, -1e10, 3e19, -3e19, math.inf, -math.inf, math.nan,
              4294967295.7, -2147483648.9]
    rd = canonical_register(result)[0]
    for a in values:
        for b in (1.5, math.nan, -2.5):
            floats = {canonical_register("fa1")[0]: _double(a), canonical_register("fa2")[0]: _double(b)}
            rv, arm, dst = _run_both([line], {}, floats)
            assert _value(rv.regs[rd]) == _value(arm.regs[X_OF[rd]]), (line, a, b, dst)


@pytest.mark.parametrize("line", ["fsgnj.d fa0,fa1,fa2", "fsgnjn.d fa0,fa1,fa2", "fsgnjx.d fa0,fa1,fa2",
                                  "fneg.d fa0,fa1", "fabs.d fa0,fa1", "fadd.d fa0,fa1,fa2",
                                  "fmadd.d fa0,fa1,fa2,fa1", "fmsub.d fa0,fa1,fa2,fa1",
                                  "fnmsub.d fa0,fa1,fa2,fa1", "fnmadd.d fa0,fa1,fa2,fa1"])
def test_float_rules_are_exact(line):
    rd = canonical_register("fa0")[0]
    for a in (1.5, -2.25, 0.0, -0.0, 1e300):
        for b in (3.0, -0.5, -0.0):
            floats = {canonical_register("fa1")[0]: _double(a), canonical_register("fa2")[0]: _double(b)}
            rv, arm, _ = _run_both([line], {}, floats)
            assert _value(rv.regs[rd]) == _value(z3.Extract(63, 0, arm.regs[F_OF[rd]])), (line, a, b)


def _all_callee_saved() -> Function:
    lines = [f"mv s{i},a0" for i in range(12)] + ["fmv.d fs0,fa0"]
    return Function("f", [Block("f", [parse_instruction(line, "riscv") for line in lines])])


def test_s11_takes_x18_when_some_callee_saved_value_never_crosses_a_library_call():
    s1, s11 = canonical_register("s1")[0], canonical_register("s11")[0]
    regs = RegisterMap.for_function(_all_callee_saved(), lambda: {s1})
    assert regs.integer[s11] == "x18"
    regs = RegisterMap.for_function(_all_callee_saved(), lambda: {s11})
    assert regs.integer[s11] == "x19" and regs.integer[s1] == "x18"  # s1 moved out of the way


def test_s11_lives_in_a_free_d_register_when_everything_crosses_library_calls():
    """Every callee-saved register holds a value across `puts`: s11 lives in
    d9 (d8 is fs0's) and moves through x17; the values still add up."""
    saved = [f"s{i}" for i in range(12)]
    body = ("".join(f"\taddi\t{r},a0,{i}\n" for i, r in enumerate(saved)) + "\tfmv.d\tfs0,fa0\n"
            "\tcall\tputs@plt\n" + "".join(f"\tadd\ta0,a0,{r}\n" for r in saved) + "\tret\n")
    src = parse_asm(_asm(body), "riscv")
    guess = translate_function(src.functions["f"], GuessContext(src, "arm"))
    assert not guess.error, guess.error
    dst = [i for c in guess.candidates for i in c[0].instructions]
    assert ("fmov", (Reg("d9"), Reg("x17"))) in [(i.opcode, i.operands) for i in dst]
    rv, arm = riscv.fresh_state("rv!"), aarch64.fresh_state("arm!")
    rv.regs[canonical_register("a0")[0]] = z3.BitVecVal(1000, 64)
    arm.regs["x0"] = z3.BitVecVal(1000, 64)
    for instr in src.functions["f"].instructions:  # the call only sets the link register
        riscv.execute(rv, instr)
    for instr in dst:
        aarch64.execute(arm, instr)
    assert _value(arm.regs["x0"]) == _value(rv.regs[canonical_register("a0")[0]]) == 1000 + 12 * 1000 + 66


# -- encodings and formats -----------------------------------------------------------

def test_bitmask_immediates():
    assert is_bitmask_immediate(0xFF) and is_bitmask_immediate(0x5555555555555555)
    assert is_bitmask_immediate(-16) and is_bitmask_immediate(0x8000000000000001)
    assert not is_bitmask_immediate(0) and not is_bitmask_immediate(-1)
    assert not is_bitmask_immediate(0x123) and not is_bitmask_immediate(1365)
    assert is_bitmask_immediate(0xFFFF, 32) and not is_bitmask_immediate(0xFFFFFFFF, 32)


def test_move_sequence_prefers_inverted_chunks():
    steps = move_sequence(-0x123456789)
    assert steps[0].opcode == "movn" and len(steps) == 3


def test_printf_argument_kinds():
    assert argument_kinds(b"%d %5.2f %s %%  %*d %lu %c %e %g\n") == [
        "int", "double", "int", "int", "int", "int", "int", "double", "double"]


# -- whole functions through the driver ----------------------------------------------

def _translate_text(body: str, extra: str = ""):
    src = parse_asm(_asm(body) + extra, "riscv")
    return translate_file(src, "arm", timeout_s=TIMEOUT_S)


def _verified(outcome) -> None:
    """Every block proven; a block that timed out (the machine may be
    loaded) is checked once more with a longer budget, a failure never."""
    bad = []
    for function in outcome.result.functions:
        assert not function.error, function.error
        src_fn, dst_fn = outcome.src.functions[function.name], outcome.dst.functions[function.name]
        for pair, verdict in zip(function.pairs, function.verdicts):
            if verdict.status == "timeout":
                verdict = check_blocks(src_fn.block(pair.src), "riscv", dst_fn.block(pair.dst), "arm",
                                       function.correspondence, timeout_s=RETRY_TIMEOUT_S)
            if not verdict.verified:
                bad.append((function.name, verdict.to_json()))
    assert not bad, bad


def test_word_arithmetic_verifies_and_sign_extends():
    out = _translate_text("\taddw\ta0,a0,a1\n\tsraiw\ta1,a0,3\n\tslliw\ta0,a1,3\n\tret\n")
    _verified(out)
    for expected in ("add\tx0, x0, x1", "sbfx\tx0, x0, 0, 32", "sbfx\tx1, x0, 3, 29", "sbfiz\tx0, x1, 3, 29"):
        assert expected in out.text


def test_compare_branches_and_sets_verify():
    body = ("\tblt\ta0,a1,.L2\n\tsltu\ta0,a1,a0\n\tret\n"
            ".L2:\n\tli\ta5,-3\n\tbgeu\ta0,a5,.L3\n\tslti\ta0,a1,-7\n\tret\n"
            ".L3:\n\tbeqz\ta1,.L4\n\tsgtz\ta0,a1\n\tret\n.L4:\n\tli\ta0,0x12345678\n\tret\n")
    out = _translate_text(body)
    _verified(out)
    for expected in ("b.lt\t.L2", "b.hs\t.L3", "cbz\tx1, .L4", "cset"):
        assert expected in out.text


def test_frame_loads_and_stores_verify():
    body = ("\taddi\tsp,sp,-320\n\tsd\ts0,312(sp)\n\taddi\ts0,sp,320\n"
            "\tsd\ta0,-304(s0)\n\tsd\ta1,-32(s0)\n\tsh\ta1,-20(s0)\n\tsb\ta1,-17(s0)\n"
            "\tlw\ta0,-300(s0)\n\tlhu\ta2,-20(s0)\n\tlb\ta3,-17(s0)\n\tld\ta4,-32(s0)\n"
            "\tadd\ta0,a0,a2\n\tadd\ta0,a0,a3\n\tadd\ta0,a0,a4\n"
            "\tld\ts0,312(sp)\n\taddi\tsp,sp,320\n\tjr\tra\n")
    # (64-bit stores first: the correspondence compares only the low half of
    # a register the AArch64 side first reads through a w name)
    out = _translate_text(body)
    _verified(out)
    for expected in ("sub\tx16, x29, 300", "ldrsw\tx0, [x16]", "ldurh\tw2, [x29, -20]", "ldursb\tx3, [x29, -17]"):
        assert expected in out.text


def test_global_address_and_call_verify():
    body = ("\taddi\tsp,sp,-16\n\tsd\tra,8(sp)\n\tlla\ta0,.LC0\n\tcall\tputs@plt\n"
            "\tld\tra,8(sp)\n\taddi\tsp,sp,16\n\tjr\tra\n")
    out = _translate_text(body, "\t.section\t.rodata\n.LC0:\n\t.string\t\"hi\"\n")
    _verified(out)
    assert "adrp\tx0, .LC0" in out.text and "bl\tputs" in out.text


def test_printf_doubles_move_to_fp_registers():
    body = ("\taddi\tsp,sp,-16\n\tsd\tra,8(sp)\n\tfmv.x.d\ta1,fa0\n\tli\ta2,7\n\tlla\ta0,.LC0\n"
            "\tcall\tprintf@plt\n\tld\tra,8(sp)\n\taddi\tsp,sp,16\n\tjr\tra\n")
    src = parse_asm(_asm(body) + "\t.section\t.rodata\n.LC0:\n\t.string\t\"%f %d\\n\"\n", "riscv")
    guess = translate_function(src.functions["f"], GuessContext(src, "arm"))
    text = [str((i.opcode, [getattr(o, "name", o) for o in i.operands])) for i in guess.candidates[0][0].instructions]
    assert "('fmov', ['d0', 'x1'])" in text and "('mov', ['x1', 'x2'])" in text


def test_unknown_instruction_is_an_error_naming_it():
    src = parse_asm(_asm("\tlui\ta5,%hi(g)\n\tret\n"), "riscv")
    guess = translate_function(src.functions["f"], GuessContext(src, "arm"))
    assert guess.error.startswith("unsupported: lui of") and "line 6" in guess.error


# -- -O0 fixtures end to end -----------------------------------------------------------

# fully proven at -O0; the others fail only where the verifier cannot follow
# yet (64-bit multiply/divide timeouts, the psABI sign extension of a library
# int result, FP values across blocks, frame arrays indexed by a variable)
PROVEN_O0 = ["bit_ops", "char_classes", "collatz", "function_pointers", "mutual_recursion", "primes_sieve",
             "saturating_math", "unions_bitfields", "unsigned_wrap", "word_count"]


@pytest.mark.parametrize("program", PROVEN_O0)
def test_o0_fixture_translates_verifies_and_runs(program, tmp_path):
    src = parse_asm_file(asm_path("riscv", "O0", program), "riscv")
    out = translate_file(src, "arm", timeout_s=TIMEOUT_S)
    _verified(out)
    require_cross_tools("arm", with_qemu=True)
    require_cross_tools("riscv", with_qemu=True)
    args, stdin = program_inputs(program)
    stdin_path = tmp_path / "stdin"
    stdin_path.write_bytes(stdin)
    run = out.run_test(args, str(stdin_path))
    assert run["same"], run["detail"]


def _translate_unverified(src) -> str:
    """The rules' translation of a whole file as text, without proofs (the
    driver's rendering of the first candidate of every block)."""
    guesser, context = RuleGuesser("riscv", "arm"), GuessContext(src, "arm")
    choices = {}
    for name, function in src.functions.items():
        guess = guesser.guess_function(function, context)
        assert not guess.error, guess.error
        choices[name] = [BlockChoice(candidates[0]) for candidates in guess.candidates]
    return render(src, "arm", choices)


@pytest.mark.parametrize("level", LEVELS)
@pytest.mark.parametrize("program", PROGRAMS)
def test_fixture_translation_runs_the_same(program, level, tmp_path):
    """Every fixture at every level translates, and the translation prints
    the same and exits the same under qemu."""
    src = parse_asm_file(asm_path("riscv", level, program), "riscv")
    text = _translate_unverified(src)
    require_cross_tools("arm", with_qemu=True)
    require_cross_tools("riscv", with_qemu=True)
    dst = tmp_path / "out.s"
    dst.write_text(text)
    args, stdin = program_inputs(program)
    result = compare_programs(asm_path("riscv", level, program), "riscv", dst, "arm", args, stdin, workdir=tmp_path)
    assert result.same, result.describe()


@pytest.mark.parametrize("callee, wanted", [("isdigit", "sxtw"), ("memchr", None), ("frobnicate", "unknown")])
def test_library_result_widths_come_from_the_prototype_table(callee, wanted):
    """An int result of a C library function is sign-extended after the
    call (LP64D holds it so, AAPCS64 does not); a pointer result is not; a
    function without a prototype in verify/data/libc_signatures.toml whose
    result is used is unsupported, and the reason says where to add it."""
    body = (f"\taddi\tsp,sp,-16\n\tsd\tra,8(sp)\n\tcall\t{callee}\n\taddi\ta0,a0,1\n"
            f"\tld\tra,8(sp)\n\taddi\tsp,sp,16\n\tjr\tra\n")
    src = parse_asm(_asm(body), "riscv")
    guess = translate_function(src.functions["f"], GuessContext(src, "arm"))
    if wanted == "unknown":
        assert "libc_signatures.toml" in guess.error
        return
    assert not guess.error, guess.error
    after_call = [i.opcode for i in guess.candidates[1][0].instructions]
    assert (after_call[0] == "sxtw") == (wanted == "sxtw"), after_call
