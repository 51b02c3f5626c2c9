"""The rule-based AArch64 -> RISC-V guesser (`transpiler/rules/arm_to_riscv.py`).

Four layers: single instructions and short sequences run on concrete values
through both ISAs' semantics (edge values included: zero divisors, INT_MIN,
NaN, every condition code); small hand-written functions through the
driver, which must prove every block; -O0 fixtures end to end (translate,
prove, run under qemu); and every fixture at every level translated and run
under qemu without proofs (fast, catches wrong code the prover cannot see).
"""

from __future__ import annotations

import functools
import math
import random
import struct

import pytest
import z3

from guacc.transpiler.asm.blocks import Function
from guacc.transpiler.asm.model import Block
from guacc.transpiler.asm.parser import parse_asm, parse_asm_file, parse_instruction
from guacc.transpiler.guess import GuessContext
from guacc.transpiler.rules.arm_riscv_calls import format_classes
from guacc.transpiler.rules.arm_to_riscv import translate_function
from guacc.transpiler.semantics import aarch64, riscv
from guacc.transpiler.semantics.riscv_operands import canonical_register
from guacc.transpiler.translate import BlockChoice, render, translate_file

from .asm_fixtures import LEVELS, PROGRAMS, asm_path, program_inputs, require_cross_tools

TIMEOUT_S = 5.0
MASK = (1 << 64) - 1
EDGES = [0, 1, 2, 3, 7, 26, -1, -2, -7, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF, 1 << 63, (1 << 63) - 1,
         0x123456789ABCDEF0, -0x80000000, 0x1FFFFFFFF]
# AArch64 register -> its RISC-V partner (architectural names)
RV_OF = {f"x{i}": canonical_register(f"a{i}")[0] for i in range(8)}
FRV_OF = {f"v{i}": canonical_register(f"fa{i}")[0] for i in range(8)}


def _asm(body: str, name: str = "f", extra: str = "") -> str:
    return (f"\t.text\n\t.align\t2\n\t.global\t{name}\n\t.type\t{name}, %function\n{name}:\n{body}"
            f"\t.size\t{name}, .-{name}\n{extra}")


@functools.cache
def _translate_lines(lines: tuple[str, ...]):
    instrs = [parse_instruction(line, "arm") for line in lines]
    src = parse_asm(_asm("".join(f"\t{line}\n" for line in lines)), "arm")
    guess = translate_function(Function("f", [Block("f", instrs)]), GuessContext(src, "riscv"))
    assert not guess.error, guess.error
    return instrs, guess.candidates[0][0].instructions


def _run_both(lines: list[str], ints: dict[str, int], floats: dict[str, int] | None = None):
    """Run the AArch64 lines and their translation from the same concrete
    inputs: (AArch64 state, RISC-V state, translation)."""
    src, dst = _translate_lines(tuple(lines))
    arm, rv = aarch64.fresh_state("arm!"), riscv.fresh_state("rv!")
    for reg, partner in RV_OF.items():
        value = ints.get(reg, 0) & MASK
        arm.regs[reg] = z3.BitVecVal(value, 64)
        rv.regs[partner] = z3.BitVecVal(value, 64)
    for reg, partner in FRV_OF.items():
        value = (floats or {}).get(reg, 0)
        arm.regs[reg] = z3.BitVecVal(value, 128)
        rv.regs[partner] = z3.BitVecVal(value, 64)
    for instr in src:
        aarch64.execute(arm, instr)
    for instr in dst:
        riscv.execute(rv, instr)
    return arm, rv, dst


def _value(expr) -> int:
    return z3.simplify(expr).as_long()


def _edge_pairs(count: int = 20):
    rng = random.Random(11)
    pairs = [(a, b) for a in EDGES[:9] for b in EDGES[:9]]
    pairs += [(rng.choice(EDGES), rng.choice(EDGES)) for _ in range(count)]
    pairs += [(rng.getrandbits(64), rng.getrandbits(64)) for _ in range(count)]
    pairs += [(rng.getrandbits(64), rng.choice(EDGES)) for _ in range(count)]
    return pairs


def _check_x0(lines: list[str], pairs, outputs=("x0",)) -> None:
    """The outputs after the lines, all 64 bits (`mov x0, x0` makes the
    RISC-V side produce the exact value of a 32-bit result: zero-extended)."""
    lines = lines + [f"mov {r}, {r}" for r in outputs]
    for a, b in pairs:
        arm, rv, dst = _run_both(lines, {"x1": a, "x2": b, "x3": a ^ b})
        for r in outputs:
            assert _value(rv.regs[RV_OF[r]]) == _value(arm.regs[r]), (lines, r, hex(a), hex(b), dst)


# -- single instructions on concrete values -------------------------------------

@pytest.mark.parametrize("line", [
    "add x0, x1, x2", "add w0, w1, w2", "sub x0, x1, x2", "sub w0, w1, w2", "neg w0, w1", "neg x0, x1",
    "and x0, x1, x2", "and w0, w1, w2", "orr w0, w1, w2", "eor x0, x1, x2", "bic w0, w1, w2", "orn x0, x1, x2",
    "eon w0, w1, w2", "mvn w0, w1", "mvn x0, x1",
    "add x0, x1, x2, lsl 3", "add w0, w1, w2, lsl 31", "sub x0, x1, w2, sxtw 2", "add x0, x1, w2, uxtw 3",
    "add x0, x1, w2, sxtb", "add x0, x1, w2, uxth 1", "sub w0, w1, w2, lsr 5", "add w0, w1, w2, asr 7",
    "and x0, x1, x2, lsr 60", "eor w0, w1, w2, asr 31", "orr x0, x1, x2, ror 13",
    "lsl w0, w1, w2", "lsr w0, w1, w2", "asr w0, w1, w2", "lsl x0, x1, x2", "lsr x0, x1, x2", "asr x0, x1, x2",
    "lsl w0, w1, 31", "lsr w0, w1, 1", "asr w0, w1, 31", "lsl x0, x1, 63", "lsr x0, x1, 40", "asr x0, x1, 3",
    "ror x0, x1, 7", "ror w0, w1, 7", "ror x0, x1, x2", "ror w0, w1, w2",
    "mul w0, w1, w2", "mul x0, x1, x2", "madd w0, w1, w2, w3", "msub x0, x1, x2, x3", "mneg w0, w1, w2",
    "smull x0, w1, w2", "umull x0, w1, w2", "smulh x0, x1, x2", "umulh x0, x1, x2", "smaddl x0, w1, w2, x3",
    "umsubl x0, w1, w2, x3",
    "sdiv w0, w1, w2", "udiv w0, w1, w2", "sdiv x0, x1, x2", "udiv x0, x1, x2",
    "sxtb w0, w1", "sxth x0, w1", "sxtw x0, w1", "uxtb w0, w1", "uxth w0, w1", "uxtw x0, w1",
    "ubfx x0, x1, 3, 17", "sbfx w0, w1, 4, 12", "ubfiz w0, w1, 2, 30", "sbfiz x0, x1, 5, 32",
    "ubfx w0, w1, 31, 1", "bfi w0, w1, 3, 9", "bfi x0, x1, 40, 24", "bfxil w0, w1, 8, 8",
    "mov w0, w1", "mov x0, x1",
])
def test_register_rules_are_exact(line):
    """Every input pair gives AArch64's result on all 64 bits: 32-bit
    operations zero-extend, division by zero is 0, INT_MIN / -1 wraps."""
    pairs = _edge_pairs()
    if "bfi" in line or "bfxil" in line:  # the destination is an input too
        line = line.replace("w0, w1", "w3, w1").replace("x0, x1", "x3, x1")
        _check_x0([line, "mov w0, w3" if " w3" in line else "mov x0, x3"], pairs)
        return
    _check_x0([line], pairs)


@pytest.mark.parametrize("line", [
    "add w0, w1, 4095", "add x0, x1, 1, lsl 12", "sub w0, w1, 4095", "sub x0, x1, 4095, lsl 12",
    "and w0, w1, 255", "and x0, x1, -16", "and w0, w1, 0xfffffff0", "orr x0, x1, 0x5555555555555555",
    "eor w0, w1, 0x80000000", "and x0, x1, 0xffff0000ffff",
])
def test_immediate_rules_are_exact(line):
    _check_x0([line], _edge_pairs(10))


@pytest.mark.parametrize("lines", [
    ["mov x0, 51719", "movk x0, 0x3b9a, lsl 16"],
    ["mov w0, -1"], ["mov x0, -1"], ["movn w0, 0x1234, lsl 16"],
    ["movz x0, 0x1234, lsl 48", "movk x0, 0xffff", "movk x0, 0x8000, lsl 32"],
    ["mov w0, 0x7fff0000", "movk w0, 0xffff"],
    ["movk w1, 0xbeef, lsl 16", "mov w0, w1"], ["movk x1, 0xbeef, lsl 48", "mov x0, x1"],
])
def test_wide_immediates_are_exact(lines):
    _check_x0(lines, [(a, 0) for a in EDGES])


def test_move_and_movk_fold_into_one_li():
    _, dst = _translate_lines(("mov x0, 51719", "movk x0, 0x3b9a, lsl 16"))
    assert [(i.opcode, i.operands[1].value) for i in dst] == [("li", 0x3B9ACA07)]


CONDITIONS = ["eq", "ne", "cs", "hs", "cc", "lo", "mi", "pl", "hi", "ls", "ge", "lt", "gt", "le"]
ALL_CONDITIONS = CONDITIONS + ["vs", "vc"]
CONDITION_EDGES = [0, 1, -1, 5, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF, 1 << 63, (1 << 63) - 1, 0x1FFFFFFFF]


@pytest.mark.parametrize("width", ["w", "x"])
@pytest.mark.parametrize("setter", ["cmp {r}1, {r}2", "cmp {r}1, 5", "cmn {r}1, 7", "cmn {r}1, {r}2",
                                    "tst {r}1, {r}2", "tst {r}1, 0xff00", "subs {r}3, {r}1, {r}2",
                                    "ands {r}3, {r}1, {r}2", "negs {r}3, {r}2", "cmp {r}1, {r}2, lsl 2"])
def test_conditions_are_exact(width, setter):
    """Every condition code after each flag-setting form gives AArch64's answer."""
    setter = setter.format(r=width)
    conditions = ALL_CONDITIONS
    if setter == "cmn x1, x2":  # the signed conditions of a 64-bit register sum are unsupported
        conditions = ["eq", "ne", "mi", "pl", "cs", "cc", "hi", "ls"]
    pairs = [(a, b) for a in CONDITION_EDGES for b in CONDITION_EDGES] + _edge_pairs(4)[-8:]
    for i in range(0, len(conditions), 4):  # four at a time: the flags must survive three consumers
        group = conditions[i:i + 4]
        outputs = [f"x{4 + k}" for k in range(len(group))]
        _check_x0([setter] + [f"cset {r}, {c}" for r, c in zip(outputs, group)], pairs, outputs)


@pytest.mark.parametrize("lines", [
    ["cmp w1, w2", "csel w0, w1, w2, lt"], ["cmp x1, x2", "csel x0, x1, x2, hi"],
    ["cmp w1, 0", "csinc w0, w1, w2, ge"], ["cmp x1, x2", "csinv x0, x1, x2, ne"],
    ["cmp w1, w2", "csneg w0, w1, w2, le"], ["cmp x1, 0", "cneg x0, x1, lt"],
    ["tst w1, 1", "cinc w0, w2, ne"], ["cmp w1, w2", "cinv w0, w1, eq"], ["cmp x1, x2", "csetm x0, cc"],
    ["cmp w1, w2", "csel w0, w1, wzr, gt"], ["cmp w1, w2", "csel w0, wzr, w2, gt"],
    ["cmp w1, 39", "ccmp w2, 0, 4, le", "cset w0, eq"], ["cmp x1, x2", "ccmn x1, 3, 2, ne", "cset w0, hs"],
    ["cmp w1, w2", "mov w1, 5", "add w2, w2, 1", "cset w0, gt"],  # operands overwritten before the consumer
])
def test_selects_are_exact(lines):
    _check_x0(lines, _edge_pairs(8))


def _double(x: float) -> int:
    return struct.unpack("<Q", struct.pack("<d", x))[0]


@pytest.mark.parametrize("line", ["fcvtzs w0, d1", "fcvtzs x0, d1", "fcvtzu w0, d1", "fcvtzu x0, d1"])
def test_float_to_integer_is_exact(line):
    """Including NaN (AArch64: 0, RISC-V natively: the largest value),
    infinities and out-of-range values."""
    for a in [0.0, -0.0, 1.5, -1.5, 2.5, -2.5, 1e10, -1e10, 3e19, -3e19, math.inf, -math.inf, math.nan,
              4294967295.7, -2147483648.9]:
        arm, rv, dst = _run_both([line, "mov x0, x0"], {}, {"v1": _double(a)})
        assert _value(rv.regs[RV_OF["x0"]]) == _value(arm.regs["x0"]), (line, a, dst)


@pytest.mark.parametrize("lines", [
    ["fcmp d1, d2", "cset w0, {cond}"], ["fcmpe d1, #0.0", "cset w0, {cond}"],
    ["fcmp d1, d2", "fcsel d0, d1, d2, {cond}", "fmov x0, d0"],
])
def test_float_conditions_are_exact(lines):
    values = [1.5, -2.0, 0.0, math.nan, math.inf]
    for cond in CONDITIONS + ["vs", "vc"]:
        seq = [line.format(cond=cond) for line in lines]
        for a in values:
            for b in values:
                arm, rv, dst = _run_both(seq + ["mov x0, x0"], {}, {"v1": _double(a), "v2": _double(b)})
                assert _value(rv.regs[RV_OF["x0"]]) == _value(arm.regs["x0"]), (seq, a, b, dst)


@pytest.mark.parametrize("line", ["fadd d0, d1, d2", "fmul d0, d1, d2", "fdiv d0, d1, d2", "fneg d0, d1",
                                  "fmadd d0, d1, d2, d1", "fmsub d0, d1, d2, d1", "fnmadd d0, d1, d2, d1",
                                  "fnmsub d0, d1, d2, d1", "fnmul d0, d1, d2", "scvtf d0, x1", "ucvtf d0, w1",
                                  "fmov d0, 1.5e+0", "fmov d0, x1", "fcvt s0, d1", "fmov s0, w1",
                                  "sshll v0.2d, v1.2s, #0", "ushll v0.2d, v1.2s, #2", "sxtl v0.2d, v1.2s"])
def test_float_rules_are_exact(line):
    """Bit-exact results (a single: its 32 bits; RISC-V NaN-boxes the rest)."""
    bits = 32 if " s0" in line else 64
    for a in (1.5, -2.25, 0.0, -0.0, 1e300):
        for b in (3.0, -0.5):
            arm, rv, _ = _run_both([line], {"x1": _double(a)}, {"v1": _double(a), "v2": _double(b)})
            got = z3.Extract(bits - 1, 0, rv.regs[FRV_OF["v0"]])
            assert _value(got) == _value(z3.Extract(bits - 1, 0, arm.regs["v0"])), (line, a, b)


@pytest.mark.parametrize("add", ["addv b0, v0.8b", "uaddlv h0, v0.8b"])
def test_popcount_idiom_counts_bits(add):
    """fmov d0, x1; cnt; addv (gcc) or uaddlv (clang); fmov w0, s0: the
    RISC-V side counts the bits, and agrees with the AArch64 semantics."""
    lines = ["fmov d0, x1", "cnt v0.8b, v0.8b", add, "fmov w0, s0"]
    for value in EDGES + [0xFFFFFFFFFFFFFFFF, 0x8080808080808080]:
        arm, rv, _ = _run_both(lines, {"x1": value})
        assert _value(rv.regs[RV_OF["x0"]]) == bin(value & MASK).count("1") == _value(arm.regs["x0"]), hex(value)


def test_printf_format_classes():
    assert format_classes("%d %5.2f %s %%  %*d %lu %c %e %g\n") == [
        "int", "fp", "int", "int", "int", "int", "int", "fp", "fp"]


# -- whole functions through the driver ----------------------------------------------

def _translate_text(body: str, extra: str = ""):
    return translate_file(parse_asm(_asm(body, extra=extra), "arm"), "riscv", timeout_s=TIMEOUT_S)


def _verified(outcome) -> None:
    bad = [b for b in outcome.report["blocks"] if b["status"] != "verified"]
    assert outcome.report["all_verified"], bad


def test_word_arithmetic_verifies_and_stays_sign_extended():
    out = _translate_text("\tadd\tw0, w0, w1\n\tlsl\tw0, w0, 3\n\tret\n")
    _verified(out)
    assert "addw\ta0,a0,a1" in out.text and "slliw\ta0,a0,3" in out.text and "sext.w" not in out.text


def test_compare_branches_and_selects_verify():
    body = ("\tcmp\tw0, w3\n\tblt\t.L2\n\tcmp\tw0, 4095\n\tcset\tw0, hi\n\tret\n"
            ".L2:\n\tcmp\tx1, 0\n\tcsel\tx0, x2, x1, ne\n\tcbz\tw0, .L3\n\tret\n"
            ".L3:\n\ttbnz\tx1, 40, .L4\n\tmov\tw0, 7\n\tret\n.L4:\n\tmov\tx0, -1\n\tret\n")
    out = _translate_text(body)
    _verified(out)
    assert "blt\tt5,t6,.L2" in out.text


def test_frame_loads_stores_and_large_offsets_verify():
    body = ("\tstp\tx29, x30, [sp, -48]!\n\tmov\tx29, sp\n\tsub\tsp, sp, #4096\n"
            "\tstr\tx0, [sp, 4000]\n\tstr\tw1, [sp, 16]\n\tstrh\tw1, [sp, 22]\n\tstrb\tw1, [sp, 23]\n"
            "\tldrsb\tx2, [sp, 23]\n\tldrh\tw3, [sp, 22]\n\tldr\tx0, [sp, 4000]\n\tldrsw\tx4, [sp, 16]\n"
            "\tadd\tx0, x0, x2\n\tadd\tx0, x0, x3\n\tadd\tx0, x0, x4\n"
            "\tadd\tsp, sp, 4096\n\tldp\tx29, x30, [sp], 48\n\tret\n")
    out = _translate_text(body)
    _verified(out)
    assert "addi\tsp,sp,-48" in out.text and "sd\ts0,0(sp)" in out.text and "ld\tra,8(sp)" in out.text


def test_division_is_exact_and_verifies():
    out = _translate_text("\tsdiv\tw2, w0, w1\n\tmsub\tw0, w2, w1, w0\n\tret\n")
    _verified(out)
    assert "divw" in out.text and "snez" in out.text  # a zero divisor gives 0, as on AArch64


def test_global_address_and_call_verify():
    body = ("\tstp\tx29, x30, [sp, -16]!\n\tmov\tx29, sp\n\tadrp\tx0, .LC0\n\tadd\tx0, x0, :lo12:.LC0\n"
            "\tbl\tputs\n\tldp\tx29, x30, [sp], 16\n\tret\n")
    out = _translate_text(body, "\t.section\t.rodata\n.LC0:\n\t.string\t\"hi\"\n")
    _verified(out)
    assert "lla\ta0,.LC0" in out.text and "call\tputs" in out.text


def test_printf_doubles_move_to_integer_registers():
    body = ("\tadrp\tx0, .LC0\n\tadd\tx0, x0, :lo12:.LC0\n\tmov\tw1, 7\n\tbl\tprintf\n\tret\n")
    src = parse_asm(_asm(body, extra="\t.section\t.rodata\n.LC0:\n\t.string\t\"%d %f %g\\n\"\n"), "arm")
    guess = translate_function(src.functions["f"], GuessContext(src, "riscv"))
    text = [(i.opcode, [getattr(o, "name", o) for o in i.operands]) for i in guess.candidates[0][0].instructions]
    # AArch64: w1 = 7, d0, d1; LP64D: a1 = 7, a2 = d0's bits, a3 = d1's bits
    assert ("fmv.x.d", ["a3", "fa1"]) in text and ("fmv.x.d", ["a2", "fa0"]) in text


@pytest.mark.parametrize("body, what", [("\tbr\tx0\n", "br x0"), ("\tcnt\tv0.16b, v0.16b\n\tret\n", "cnt"),
                                        ("\tb.eq\t.L1\n.L1:\n\tret\n", "flags set in another block")])
def test_unsupported_is_an_error_naming_it(body, what):
    src = parse_asm(_asm(body), "arm")
    guess = translate_function(src.functions["f"], GuessContext(src, "riscv"))
    assert guess.error.startswith("unsupported: ") and what in guess.error and "line 6" in guess.error


# -- -O0 fixtures end to end -----------------------------------------------------------

# fully proven at -O0 (the others fail only where the verifier cannot follow yet)
PROVEN_O0 = ["bit_ops", "collatz", "fixed_point", "primes_sieve", "rpn_calc", "string_tokens",
             "unions_bitfields", "word_count"]


@pytest.mark.parametrize("program", PROVEN_O0)
def test_o0_fixture_translates_verifies_and_runs(program, tmp_path):
    src = parse_asm_file(asm_path("arm", "O0", program), "arm")
    out = translate_file(src, "riscv", timeout_s=TIMEOUT_S)
    _verified(out)
    require_cross_tools("arm", with_qemu=True)
    require_cross_tools("riscv", with_qemu=True)
    args, stdin = program_inputs(program)
    stdin_path = tmp_path / "stdin"
    stdin_path.write_bytes(stdin)
    run = out.run_test(args, str(stdin_path))
    assert run["same"], run["detail"]


# -- every fixture, guessed and run (no proofs) -----------------------------------------

UNSUPPORTED = {
    ("O2", "binary_search"): "vectorised loop (SIMD)", ("O2", "float_stats"): "vectorised loop (SIMD)",
}


@pytest.mark.parametrize("level", LEVELS)
@pytest.mark.parametrize("program", PROGRAMS)
def test_every_fixture_guess_runs_like_the_source(program, level, tmp_path):
    src = parse_asm_file(asm_path("arm", level, program), "arm")
    context = GuessContext(src, "riscv")
    choices, errors = {}, []
    for name, function in src.functions.items():
        guess = translate_function(function, context)
        errors += [guess.error] if guess.error else []
        choices[name] = [BlockChoice(c[0] if c else None) for c in guess.candidates] or \
            [BlockChoice(None) for _ in function.blocks]
    reason = UNSUPPORTED.get(program) or UNSUPPORTED.get((level, program))
    if reason:
        assert errors, f"{program} at -{level} translates now: remove it from UNSUPPORTED"
        pytest.xfail(reason)
    assert not errors, errors
    require_cross_tools("arm", with_qemu=True)
    require_cross_tools("riscv", with_qemu=True)
    from guacc.transpiler.qemu import compare_programs

    out = tmp_path / "out.s"
    out.write_text(render(src, "riscv", choices))
    args, stdin = program_inputs(program)
    result = compare_programs(asm_path("arm", level, program), "arm", out, "riscv", args, stdin, workdir=tmp_path)
    assert result.same, result.describe()


def test_spilled_registers_read_by_a_branch_keep_the_block_shape():
    """Clang -O1 keeps all of x8-x18 live; some then live in FP registers and
    are moved in around each use. A register only read is not moved back:
    after a branch that would be code past the block's end (the driver
    dropped such a block and left a trap)."""
    temps = [f"x{i}" for i in range(8, 19)]
    lines = [f"add x1, x1, x{i}" for i in range(2, 8)]  # the argument registers are no spare room
    lines += [f"add {r}, x0, {i}" for i, r in enumerate(temps)]
    lines += [f"add x1, x1, {r}" for r in temps[:-1] for _ in range(3)]  # x18 is used least: spilled
    lines += ["cbz x18, .L9"]
    _, dst = _translate_lines(tuple(lines))
    assert dst[-1].opcode == "beqz"
    moves_back = [i for i in dst if i.opcode == "fmv.d.x"]
    spilled = {i.operands[1] for i in dst if i.opcode == "fmv.x.d"}
    assert len(spilled) >= 2 and len(moves_back) == len(spilled)  # once each, by the add that wrote it


def test_an_instruction_of_three_spilled_registers_gets_the_scratch_it_needs():
    """csinc of three spilled registers and the compare's operands need more
    than the two scratch registers a spilling function keeps back; the rules
    then keep back more (clang -O1's main of knapsack_dp). The result is
    exact on concrete values."""
    temps = [f"x{i}" for i in range(8, 19)]
    lines = [f"add x1, x1, x{i}" for i in range(2, 8)]
    lines += [f"add {r}, x0, {i}" for i, r in enumerate(temps)]
    lines += [f"add x1, x1, {r}" for r in temps[:-3] for _ in range(3)]  # x16-x18 used least
    lines += ["cmp x1, x0", "csinc x16, x17, x18, eq", "add x0, x16, x1"]
    for a, b in _edge_pairs(4)[:30]:
        arm, rv, dst = _run_both(lines, {"x0": a, "x1": b, "x2": 3})
        assert _value(rv.regs[RV_OF["x0"]]) == _value(arm.regs["x0"]), (hex(a), hex(b))


def test_a_reloaded_q_register_reuses_its_upper_half_scratch():
    """A struct copy through q0-q3 (clang -O1) in a function that spills
    integer registers into FP registers: reloading q0 puts its new upper
    half where the old one was, so four FP scratch registers suffice."""
    temps = [f"x{i}" for i in range(8, 19)]
    lines = [f"add x1, x1, x{i}" for i in range(2, 8)]
    lines += [f"add {r}, x0, {i}" for i, r in enumerate(temps)]
    lines += [f"add x1, x1, {r}" for r in temps for _ in range(2)]
    lines += ["ldp q0, q1, [x3, 64]", "stp q0, q1, [x4, 64]", "ldr q2, [x3, 96]", "ldp q3, q0, [x3]",
              "str q2, [x4, 96]", "stp q3, q0, [x4]", "ldp q1, q0, [x3, 32]", "stp q1, q0, [x4, 32]"]
    _, dst = _translate_lines(tuple(lines))
    uppers = [i for i in dst if i.opcode == "fld" and i.operands[0].name not in ("fa0", "fa1", "fa2", "fa3")]
    assert len(uppers) == 7 and len({i.operands[0] for i in uppers}) <= 4
