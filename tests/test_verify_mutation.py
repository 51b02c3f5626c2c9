"""Mutation test of the block verifier: for proven oracle pairs (ARM source,
RISC-V target, -O0 fixtures) single mutations of the target block are
generated; unicorn runs each against the original target block from the same
random states. Every mutant unicorn tells apart must be rejected, and no
mutant the verifier accepts may behave differently. Prints the kill rate.

A deterministic sample keeps the test short; `bench/bench_mutation.py` runs
every proven pair and prints the full table."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from guacc.transpiler.asm.model import Mem, SymRef
from guacc.transpiler.asm.parser import parse_asm_file, parse_instruction
from guacc.transpiler.asm.printer import format_instruction
from guacc.transpiler.semantics import block_emulator as emu
from guacc.transpiler.verify.liveness import effects
from guacc.transpiler.verify.mutation import (ABI_UPPER_HALF, KINDS, OBSERVABLE, FrameStart, Observer, Tally,
                                              block_mutants, examine_pair, first_difference, in_bounds_states,
                                              indexed_frame_accesses, isa_under_test, proven_pairs,
                                              sample_mutants)
from guacc.transpiler.verify.program import correspond_function, readonly_constants
from guacc.transpiler.verify.trace import UnsupportedCode

pytest.importorskip("unicorn")
pytestmark = pytest.mark.skipif(
    not all(shutil.which(t) for t in ("riscv64-linux-gnu-as", "riscv64-linux-gnu-ld")),
    reason="RISC-V binutils not installed")

ASM = Path(__file__).resolve().parent.parent / "examples" / "asm"
PROGRAMS = ("bit_ops", "checksum_crc", "gcd_lcm", "queue_ring", "switch_calc")
STRIDE = 3  # every third block pair of them
MAX_BLOCK = 12  # target blocks of at most this many instructions (longer ones mostly time out)
MAX_MUTANTS = 8  # per pair
STATES = 12
TIMEOUT_S = 2.0


def _parse(name: str, isa: str):
    return parse_asm_file(ASM / isa / "O0" / f"{name}.s", isa)


def _pair(name: str, function: str, dst_label: str, src_isa: str = "arm", dst_isa: str = "riscv"):
    """(src block, dst block, correspondence) of one fixture pair."""
    src, dst = _parse(name, src_isa), _parse(name, dst_isa)
    result = correspond_function(function, src_isa, src.functions[function], dst_isa, dst.functions[function],
                                 readonly_constants(src), readonly_constants(dst))
    pair = next(p for p in result.pairs if p.dst == dst_label)
    return (src.functions[function].block(pair.src), dst.functions[function].block(pair.dst),
            result.correspondence)


# ------------------------------------------------------------ the parts

def test_mutants_print_parse_and_keep_the_control_flow():
    _, block, _ = _pair("gcd_lcm", "main", "main.b8")  # lw, sext.w, li, bgt .L13
    mutants = block_mutants(block, "riscv")
    assert {m.kind for m in mutants} == set(KINDS)
    for m in mutants:
        text = format_instruction(m.replacement, "riscv")
        parsed = parse_instruction(text, "riscv")
        assert (parsed.opcode, parsed.operands) == (m.replacement.opcode, m.replacement.operands), text
        assert m.replacement != m.original
        before, after = effects("riscv", m.original), effects("riscv", m.replacement)
        assert (before.exit_kind, before.target) == (after.exit_kind, after.target), text
    texts = {m.describe("riscv") for m in mutants}
    assert "[3] bgt a4,a5,.L13 -> blt a4,a5,.L13" in texts  # opcode
    assert "[3] bgt a4,a5,.L13 -> bgt a5,a4,.L13" in texts  # operand order
    assert "[0] lw a5,-28(s0) -> lw a5,-27(s0)" in texts  # memory offset
    assert "[2] li a5,3 -> li a5,4" in texts  # immediate
    assert sample_mutants(mutants, 9, seed=1) == sample_mutants(mutants, 9, seed=1)
    assert len({m.kind for m in sample_mutants(mutants, 4, seed=1)}) == 4  # balanced over the kinds


def test_calls_returns_jumps_and_symbols_are_not_mutated():
    _, block, _ = _pair("gcd_lcm", "main", "main.b1")  # loads, li, mv, then `call strtoul@plt`
    for m in block_mutants(block, "riscv"):
        assert effects("riscv", m.original).exit_kind is None
        for op in m.replacement.operands:
            sym = op.offset if isinstance(op, Mem) else op
            assert not isinstance(sym, SymRef) or sym in m.original.operands


def test_block_runs_in_unicorn_to_its_exit():
    isa = isa_under_test("riscv")
    linked = emu.link_blocks(isa, [["ld a5,-8(s0)", "addi a5,a5,1", "sd a5,-16(s0)", "bne a5,zero,target"],
                                   ["ld a5,0(a0)", "call sym0"], ["addi a5,a5,4096"]], [], ["sym0"])
    assert list(linked.failed) == [2]  # the immediate does not fit
    frame = 0x7FF0_0000_1000
    memory = {frame - 8 + i: b for i, b in enumerate((41).to_bytes(8, "little"))}
    start = emu.Start({"x8": frame, "x10": 0x1234_5000}, {}, seed=7, overrides=memory)
    emulator = emu.BlockEmulator(linked)
    out = emulator.run(0, start)
    assert out.exit == ("branch",) and out.registers["x15"] == 42
    assert bytes(out.written[frame - 16 + i] for i in range(8)) == (42).to_bytes(8, "little")
    minus_one = {frame - 8 + i: 0xFF for i in range(8)}
    assert emulator.run(0, dataclasses.replace(start, overrides=minus_one)).exit == ("fall",)
    call = emulator.run(1, start)
    word = bytes(emu.initial_byte(start, 0x1234_5000 + i) for i in range(8))
    assert call.exit == ("call", "sym0") and call.registers["x15"] == int.from_bytes(word, "little")
    assert call.written == {}
    assert emulator.run(1, start).registers == call.registers  # the same start, the same memory


def _outcome(exit_, registers=None, written=None, accesses=()) -> emu.Outcome:
    regs = dict.fromkeys(isa_under_test("riscv").register_ids, 0) | (registers or {})
    return emu.Outcome(exit_, regs, {}, written or {}, list(accesses))


def test_the_function_sees_paired_registers_and_slots_not_scratch():
    """gcd_lcm main: `.L13` leaves with nothing in registers (only sp, s0 and
    the untouched callee-saved ones count); its frame maps slots
    [-208, -200) and [-196, -16) below the CFA, the bytes between are free."""
    src, dst, corr = _pair("gcd_lcm", "main", ".L13")
    observer, cfa = Observer(corr, src, dst), 0x7FF0_0000_0000
    fs = FrameStart(emu.Start({}, {}, seed=1), cfa)
    base = _outcome(("branch",))
    differ = lambda other: first_difference(observer, fs, base, other)  # noqa: E731
    assert differ(_outcome(("branch",), {"x15": 5})) is None  # a5: scratch
    assert differ(_outcome(("branch",), {"x8": 5}))[0] == OBSERVABLE  # s0: the frame pointer
    assert differ(_outcome(("branch",), {"x20": 5}))[0] == OBSERVABLE  # s4: the caller's
    assert differ(_outcome(("branch",), written={cfa - 198: 1})) is None  # unmapped frame bytes
    assert differ(_outcome(("branch",), written={cfa - 28: 1}))[0] == OBSERVABLE  # a paired slot
    assert differ(_outcome(("branch",), written={cfa + 8: 1}))[0] == OBSERVABLE  # the caller's memory
    assert differ(_outcome(("fall",)))[0] == OBSERVABLE  # the other successor


def test_the_caller_sees_the_return_value_sign_extended():
    """gcd_lcm main returns an int: the caller sees a0 sign-extended (RISC-V
    psABI), and nothing of the frame."""
    src, dst, corr = _pair("gcd_lcm", "main", "main.b15")
    observer, cfa = Observer(corr, src, dst), 0x7FF0_0000_0000
    fs = FrameStart(emu.Start({}, {}, seed=1), cfa)
    ret = ("jump", emu.RETURN)
    base = _outcome(ret, {"x10": 0xFFFF_FFFF_FFFF_FFFF})
    differ = lambda other: first_difference(observer, fs, base, other)  # noqa: E731
    assert differ(_outcome(ret, {"x10": 0xFFFF_FFFF}))[0] == ABI_UPPER_HALF
    assert differ(_outcome(ret, {"x10": 0xFFFF_FFFF_FFFF_FFFE}))[0] == OBSERVABLE
    assert differ(_outcome(ret, {"x10": 0xFFFF_FFFF_FFFF_FFFF}, written={cfa - 28: 1})) is None
    assert differ(_outcome(ret, {"x10": 0xFFFF_FFFF_FFFF_FFFF, "x15": 3})) is None


def test_states_where_an_index_leaves_its_array_are_dropped():
    """caesar_cipher main `.L16` reads buf[i] (`lbu a5,-328(a5)`, i loaded
    from the stack): the verifier assumes, as C does, that i stays inside
    buf, so states where it does not say nothing about a mutant."""
    src, dst, corr = _pair("caesar_cipher", "main", ".L16")
    indexed = indexed_frame_accesses(corr, dst)
    assert indexed == {3}  # the other accesses are at fixed frame offsets
    observer, cfa = Observer(corr, src, dst), 0x7FF0_0000_0000
    starts = [FrameStart(emu.Start({}, {}, seed=k), cfa) for k in range(4)]
    exit_ = ("call", "sym0")
    outcomes = [_outcome(exit_, accesses=[(cfa - 40, 8, 0), (cfa - 344 + 5, 1, 3), (cfa - 52, 4, 4)]),
                _outcome(exit_, accesses=[(cfa - 40, 8, 0), (cfa + 0x1000, 1, 3)]),
                _outcome(exit_, accesses=[(cfa - 40, 8, 0), (0x45BB_FE19_254A_15ED, 1, 3)]),
                _outcome(exit_, accesses=[(cfa - 40, 8, 0), (cfa - 881, 1, 3)])]  # below every slot
    assert in_bounds_states(observer, indexed, starts, outcomes) == [0]


# ------------------------------------------------------------ the acceptance check

def _examine() -> Tally:
    tally = Tally()
    for name in PROGRAMS:
        keep = lambda index, src, dst: index % STRIDE == 0 and len(dst.instructions) <= MAX_BLOCK  # noqa: E731
        for function, src_block, dst_block, corr in proven_pairs(_parse(name, "arm"), "arm", _parse(name, "riscv"),
                                                                 "riscv", TIMEOUT_S, keep):
            try:
                report = examine_pair(src_block, "arm", dst_block, "riscv", corr, MAX_MUTANTS, STATES, 0, TIMEOUT_S)
            except UnsupportedCode as err:  # a block the toolchain cannot link on its own
                print(f"  skipped {name}:{function}:{dst_block.label}: {err}")
                continue
            for r in report.reports:
                tally.add(f"{name}:{function}:{dst_block.label}", r)
    return tally


@pytest.fixture(scope="module")
def tally() -> Tally:
    return _examine()


def test_every_mutant_unicorn_tells_apart_is_rejected(tally: Tally):
    total = tally.total()
    print(f"\nmutation test: {total['mutants']} mutants of proven pairs from {len(PROGRAMS)} programs, "
          f"{STATES} unicorn states each")
    print("\n".join(tally.lines()))
    for category, found in tally.accepted_differing.items():
        for where, r in found:
            print(f"  accepted, {category}: {where}: {r.mutant.describe('riscv')}: {r.difference}")
    assert total["mutants"] >= 200
    assert total["differ"] >= total["mutants"] // 2  # unicorn does tell most mutants apart
    assert total["mutants"] - total["rejected"] > 0  # and the verifier does accept some (equivalent ones)
    escapes = [f"{where}: {r.mutant.describe('riscv')}: {r.difference} (state {r.state})"
               for where, r in tally.escapes]
    assert not escapes, "verifier accepts mutants that behave differently:\n" + "\n".join(escapes)
    assert total["differ_rejected"] == total["differ"]


def test_zero_extended_int_argument_is_rejected():
    """The RISC-V psABI passes 32-bit values sign-extended to 64 bits: `lwu`
    in place of `lw` for an int argument differs above bit 31 only, which a
    comparison through the AArch64 source's `w` width would miss (the
    mutation test found exactly that)."""
    src_block, dst_block, corr = _pair("char_classes", "main", "main.b14")  # lw a5,-20(s0) ... call
    index = next(i for i, instr in enumerate(dst_block.instructions) if instr.opcode == "lw")
    mutant = next(m for m in block_mutants(dst_block, "riscv")
                  if m.index == index and m.replacement.opcode == "lwu")
    report = examine_pair(src_block, "arm", dst_block, "riscv", corr, states=STATES, timeout_s=TIMEOUT_S,
                          only=[mutant])
    found = report.reports[0]
    assert found.category == ABI_UPPER_HALF  # unicorn: a0 differs above bit 31 only
    assert found.rejected


@pytest.mark.skipif(not all(shutil.which(t) for t in ("aarch64-linux-gnu-as", "aarch64-linux-gnu-ld")),
                    reason="AArch64 binutils not installed")
def test_pointer_argument_narrowed_by_the_target_is_rejected():
    """RISC-V source, AArch64 target: `ldr w0` in place of `ldr x0` cuts a
    pointer argument (argv[1] for strtoul) to 32 bits. The argument's width
    must come from what the source passes, not from the name the target
    writes it through (the mutation test found that the verifier took the
    target's)."""
    src_block, dst_block, corr = _pair("gcd_lcm", "main", "main.b1", "riscv", "arm")
    mutant = next(m for m in block_mutants(dst_block, "arm")
                  if format_instruction(m.original, "arm") == "ldr\tx0, [x0]"
                  and format_instruction(m.replacement, "arm") == "ldr\tw0, [x0]")
    found = examine_pair(src_block, "riscv", dst_block, "arm", corr, states=STATES, timeout_s=TIMEOUT_S,
                         only=[mutant]).reports[0]
    assert found.differs  # unicorn: x0 at the call keeps only its low half
    assert found.rejected


def test_clobbering_an_untouched_callee_saved_register_is_rejected():
    """fixed_point print_fix never writes s1: `lla s1,.LC0` in place of
    `lla a5,.LC0` leaves the caller's s1 clobbered when the function returns."""
    src_block, dst_block, corr = _pair("fixed_point", "print_fix", "print_fix.b3")  # lla a5,.LC0; j .L15
    mutant = next(m for m in block_mutants(dst_block, "riscv")
                  if format_instruction(m.replacement, "riscv") == "lla\ts1,.LC0")
    found = examine_pair(src_block, "arm", dst_block, "riscv", corr, states=STATES, timeout_s=TIMEOUT_S,
                         only=[mutant]).reports[0]
    assert found.differs  # unicorn: s1 no longer holds the caller's value
    assert found.rejected
