"""The AArch64 Z3 semantics agree with unicorn on every modelled instruction.

Every form below is assembled and linked once (one file, one slot per form);
each then runs one instruction in unicorn from random register states (edge
values, equal operands, zeros) and random memory, and the semantics of the
same text, evaluated on the same state, must give every register, NZCV,
every byte of the data region, and where control goes next.
"""

from __future__ import annotations

import random
import shutil
import time

import pytest
import z3

from guacc.transpiler.asm.model import Hole, Imm, Instruction, Mem, Reg, SymRef
from guacc.transpiler.asm.parser import parse_instruction
from guacc.transpiler.semantics import aarch64
from guacc.transpiler.semantics.aarch64_crosscheck import parse
from guacc.transpiler.semantics.crosscheck import (
    Emulator, build_image, check, random_state,
)
from guacc.transpiler.semantics.symbols import return_address, symbol_address

pytest.importorskip("unicorn")
pytestmark = pytest.mark.skipif(
    not (shutil.which("aarch64-linux-gnu-as") and shutil.which("aarch64-linux-gnu-ld")),
    reason="needs aarch64-linux-gnu binutils")

TEXT_ADDRESS = 0x10000
DATA_ADDRESS, DATA_SIZE = 0x80000, 0x1000  # within adr/ldr-literal range of the text
DATA_SYMBOLS = {"gsym": DATA_ADDRESS + 0x400}
POINTER = DATA_ADDRESS + 0x800  # base registers of memory forms point near here
STATES_PER_FORM = 20

CONDS = ("eq", "ne", "cs", "hs", "cc", "lo", "mi", "pl", "vs", "vc", "hi", "ls",
         "ge", "lt", "gt", "le", "al", "nv")
BITMASKS_X = (0xFF, 0xFFFF, 0xFF00, 0x3, 0x1, 0xFFFFFFF0, 0x5555555555555555,
              0xF0F0F0F0F0F0F0F0, -8, 0x7FFFFFFFFFFFFFFF, 0xFFFFFFFF)
BITMASKS_W = (0xFF, 0xFFFF, 0x3, 0x1, 0xFFFFFFF8, 0x7FFFFFFF, 0x55555555, 0xFFFF0000)


def _forms() -> list[str]:
    rng = random.Random(20240611)
    forms: list[str] = []
    add = forms.append

    def shift(w: int) -> int:
        return rng.randrange(w)

    # add/sub family: immediate (and lsl 12), shifted, extended register
    for op in ("add", "adds", "sub", "subs"):
        add(f"{op} x0, x1, {rng.randrange(4096)}")
        add(f"{op} w0, w1, {rng.randrange(4096)}")
        add(f"{op} x0, x1, {rng.randrange(4096)}, lsl 12")
        add(f"{op} w0, w1, {rng.randrange(4096)}, lsl 12")
        add(f"{op} x0, x1, x2")
        add(f"{op} w0, w1, w2")
        for kind in ("lsl", "lsr", "asr"):
            add(f"{op} x0, x1, x2, {kind} {shift(64)}")
            add(f"{op} w0, w1, w2, {kind} {shift(32)}")
        for ext in ("uxtb", "uxth", "uxtw", "sxtb", "sxth", "sxtw"):
            add(f"{op} x0, x1, w2, {ext} {rng.randrange(5)}")
            add(f"{op} w0, w1, w2, {ext} {rng.randrange(5)}")
        add(f"{op} x0, x1, x2, uxtx {rng.randrange(5)}")
        add(f"{op} x0, x1, x2, sxtx {rng.randrange(5)}")
    forms += ["add sp, sp, 16", "sub sp, sp, 32", "add x0, sp, 24", "add x0, sp, x2",
              "sub sp, sp, x2", "add x0, x1, :lo12:gsym", "add x0, x1, :lo12:gsym+8",
              "mov x0, sp", "mov sp, x1"]
    for op in ("adc", "adcs", "sbc", "sbcs"):
        add(f"{op} x0, x1, x2")
        add(f"{op} w0, w1, w2")
    for op in ("neg", "negs"):
        add(f"{op} x0, x1")
        add(f"{op} w0, w1")
        add(f"{op} x0, x1, lsl {shift(64)}")
        add(f"{op} w0, w1, asr {shift(32)}")
    for op in ("ngc", "ngcs"):
        add(f"{op} x0, x1")
        add(f"{op} w0, w1")
    for op in ("cmp", "cmn"):
        add(f"{op} x1, {rng.randrange(4096)}")
        add(f"{op} w1, {rng.randrange(4096)}")
        add(f"{op} w1, {rng.randrange(4096)}, lsl 12")
        add(f"{op} x1, x2")
        add(f"{op} w1, w2")
        add(f"{op} x1, x2, lsl {shift(64)}")
        add(f"{op} w1, w2, asr {shift(32)}")
        add(f"{op} x1, w2, sxtw")
        add(f"{op} w1, w2, uxtb")
    # logic
    for op in ("and", "ands", "orr", "eor"):
        add(f"{op} x0, x1, {rng.choice(BITMASKS_X)}")
        add(f"{op} w0, w1, {rng.choice(BITMASKS_W)}")
    for op in ("and", "ands", "orr", "eor", "bic", "bics", "orn", "eon"):
        add(f"{op} x0, x1, x2")
        add(f"{op} w0, w1, w2")
        for kind in ("lsl", "lsr", "asr", "ror"):
            add(f"{op} x0, x1, x2, {kind} {shift(64)}")
            add(f"{op} w0, w1, w2, {kind} {shift(32)}")
    forms += [f"tst x1, {BITMASKS_X[0]}", f"tst w1, {BITMASKS_W[4]}", "tst x1, x2",
              "tst w1, w2, lsl 3", "mvn x0, x1", "mvn w0, w1", "mvn x0, x1, lsr 7",
              "mvn w0, w1, ror 9"]
    # multiply and divide
    for op in ("mul", "mneg", "smulh", "umulh", "sdiv", "udiv"):
        add(f"{op} x0, x1, x2")
        if op not in ("smulh", "umulh"):
            add(f"{op} w0, w1, w2")
    for op in ("madd", "msub"):
        add(f"{op} x0, x1, x2, x3")
        add(f"{op} w0, w1, w2, w3")
    for op in ("smull", "umull", "smnegl", "umnegl"):
        add(f"{op} x0, w1, w2")
    for op in ("smaddl", "umaddl", "smsubl", "umsubl"):
        add(f"{op} x0, w1, w2, x3")
    # shifts
    for op in ("lsl", "lsr", "asr", "ror"):
        add(f"{op} x0, x1, {shift(64)}")
        add(f"{op} w0, w1, {shift(32)}")
        add(f"{op} x0, x1, x2")
        add(f"{op} w0, w1, w2")
    for op in ("lslv", "lsrv", "asrv", "rorv"):
        add(f"{op} x0, x1, x2")
        add(f"{op} w0, w1, w2")
    # moves
    forms += [f"mov x0, {rng.randrange(65536)}", "mov x0, -1", "mov w0, -1",
              "mov x0, 0xffff0000", "mov w0, 0x12340000", "mov x0, -65536", "mov x0, 0xff00ff00ff00ff00",
              "mov x0, x1", "mov w0, w1", f"mov w0, {rng.randrange(65536)}"]
    for op in ("movz", "movn", "movk"):
        add(f"{op} x0, {rng.randrange(65536)}")
        add(f"{op} w0, {rng.randrange(65536)}")
        for amount in (16, 32, 48):
            add(f"{op} x0, {rng.randrange(65536)}, lsl {amount}")
        add(f"{op} w0, {rng.randrange(65536)}, lsl 16")
    # conditional select and compare
    for op in ("csel", "csinc", "csinv", "csneg"):
        for cond in rng.sample(CONDS[:16], 3):
            add(f"{op} x0, x1, x2, {cond}")
            add(f"{op} w0, w1, w2, {cond}")
    for cond in CONDS[:16]:
        add(f"cset w0, {cond}")
    for op in ("cset", "csetm"):
        add(f"{op} x0, {rng.choice(CONDS[:16])}")
        add(f"{op} w0, {rng.choice(CONDS[:16])}")
    for op in ("cinc", "cinv", "cneg"):
        add(f"{op} x0, x1, {rng.choice(CONDS[:16])}")
        add(f"{op} w0, w1, {rng.choice(CONDS[:16])}")
    for op in ("ccmp", "ccmn"):
        for _ in range(2):
            add(f"{op} x1, {rng.randrange(32)}, {rng.randrange(16)}, {rng.choice(CONDS[:16])}")
            add(f"{op} w1, w2, {rng.randrange(16)}, {rng.choice(CONDS[:16])}")
        add(f"{op} x1, x2, {rng.randrange(16)}, {rng.choice(CONDS[:16])}")
        add(f"{op} w1, {rng.randrange(32)}, {rng.randrange(16)}, {rng.choice(CONDS[:16])}")
    # extends and bitfields
    forms += ["sxtb x0, w1", "sxth x0, w1", "sxtw x0, w1", "sxtb w0, w1", "sxth w0, w1",
              "uxtb w0, w1", "uxth w0, w1", "uxtw x0, w1"]
    for op in ("sbfm", "ubfm", "bfm"):
        for _ in range(3):
            add(f"{op} x0, x1, {shift(64)}, {shift(64)}")
            add(f"{op} w0, w1, {shift(32)}, {shift(32)}")
    for op in ("sbfiz", "ubfiz", "sbfx", "ubfx", "bfi", "bfxil"):
        for width in (64, 32, 64):
            lsb = shift(width)
            reg = "x" if width == 64 else "w"
            add(f"{op} {reg}0, {reg}1, {lsb}, {rng.randint(1, width - lsb)}")
    lsb = shift(32)
    forms += [f"bfc x0, {shift(32)}, {rng.randint(1, 32)}", f"bfc w0, {lsb}, {rng.randint(1, 32 - lsb)}"]
    forms += [f"extr x0, x1, x2, {shift(64)}", f"extr w0, w1, w2, {shift(32)}", "extr x0, x1, x1, 17"]
    for op in ("clz", "cls", "rbit", "rev", "rev16"):
        add(f"{op} x0, x1")
        add(f"{op} w0, w1")
    forms += ["rev32 x0, x1", "rev64 x0, x1"]
    # loads and stores: every size, every addressing mode
    sizes = {"ldr": ("x", "w"), "str": ("x", "w"), "ldrb": ("w",), "ldrh": ("w",),
             "ldrsb": ("w", "x"), "ldrsh": ("w", "x"), "ldrsw": ("x",), "strb": ("w",),
             "strh": ("w",)}
    scale = {"ldr": None, "str": None, "ldrb": 1, "strb": 1, "ldrsb": 1, "ldrh": 2, "strh": 2,
             "ldrsh": 2, "ldrsw": 4}
    for op, regs in sizes.items():
        for reg in regs:
            size = scale[op] or (8 if reg == "x" else 4)
            log = size.bit_length() - 1
            data = "x3" if reg == "x" else "w3"
            target = data if op.startswith("st") else f"{reg}0"
            add(f"{op} {target}, [x1]")
            add(f"{op} {target}, [x1, {size * rng.randrange(64)}]")
            add(f"{op} {target}, [x1, {rng.randrange(-256, 256)}]!")
            add(f"{op} {target}, [x1], {rng.randrange(-256, 256)}")
            add(f"{op} {target}, [x1, x2]")
            add(f"{op} {target}, [x1, x2, lsl {log}]")
            add(f"{op} {target}, [x1, w2, sxtw]")
            add(f"{op} {target}, [x1, w2, uxtw {log}]")
            add(f"{op} {target}, [x1, w2, sxtw {log}]")
            add(f"{op} {target}, [sp, {size * rng.randrange(16)}]")
    for op, regs in {"ldur": ("x", "w"), "ldurb": ("w",), "ldurh": ("w",), "ldursb": ("w", "x"),
                     "ldursh": ("w", "x"), "ldursw": ("x",), "stur": ("x", "w"), "sturb": ("w",),
                     "sturh": ("w",)}.items():
        for reg in regs:
            target = f"{reg}3" if op.startswith("st") else f"{reg}0"
            add(f"{op} {target}, [x1, {rng.randrange(-256, 256)}]")
            add(f"{op} {target}, [x1]")
    forms += ["ldr x0, [x1, :lo12:gsym]", "ldr w0, [x1, :lo12:gsym]", "ldrb w0, [x1, :lo12:gsym]",
              "str x3, [x1, :lo12:gsym]", "ldr x0, gsym", "ldr w0, gsym", "ldrsw x0, gsym"]
    for op in ("ldp", "stp"):
        first, second = ("x0", "x4") if op == "ldp" else ("x3", "x4")
        for reg in ("x", "w"):
            a, b = reg + first[1:], reg + second[1:]
            size = 8 if reg == "x" else 4
            add(f"{op} {a}, {b}, [x1]")
            add(f"{op} {a}, {b}, [x1, {size * rng.randrange(-64, 63)}]")
            add(f"{op} {a}, {b}, [x1, {size * rng.randrange(-64, 63)}]!")
            add(f"{op} {a}, {b}, [x1], {size * rng.randrange(-64, 63)}")
        add(f"{op} x29, x30, [sp, -32]!" if op == "stp" else f"{op} x29, x30, [sp], 32")
    forms += ["ldpsw x0, x4, [x1, 8]", "ldpsw x0, x4, [x1, -16]!", "ldpsw x0, x4, [x1], 24",
              "ldnp x0, x4, [x1, 16]", "ldnp w0, w4, [x1]", "stnp x3, x4, [x1, -32]",
              "stnp w3, w4, [x1, 8]"]
    forms += ["adr x0, target", "adrp x0, gsym", "adrp x0, gsym+4096", "prfm pldl1keep, [x1, 64]"]
    # control flow
    forms += ["b target", "bl target", "ret", "ret x3", "br x3", "blr x3", "blr x30", "nop"]
    forms += [f"b.{cond} target" for cond in CONDS]
    for op in ("cbz", "cbnz"):
        forms += [f"{op} x1, target", f"{op} w1, target"]
    for op in ("tbz", "tbnz"):
        forms += [f"{op} x1, {shift(64)}, target", f"{op} w1, {shift(32)}, target", f"{op} x1, 63, target"]
    return forms + _float_forms(rng)


def _float_forms(rng: random.Random) -> list[str]:
    forms = []
    for p in ("d", "s"):
        for op in ("fadd", "fsub", "fmul", "fdiv", "fnmul", "fmax", "fmin", "fmaxnm", "fminnm"):
            forms.append(f"{op} {p}0, {p}1, {p}2")
        for op in ("fmadd", "fmsub", "fnmadd", "fnmsub"):
            forms.append(f"{op} {p}0, {p}1, {p}2, {p}3")
        for op in ("fsqrt", "fabs", "fneg") + tuple(f"frint{k}" for k in "namp" "zxi"):
            forms.append(f"{op} {p}0, {p}1")
        forms += [f"fcmp {p}1, {p}2", f"fcmp {p}1, 0.0", f"fcmpe {p}1, {p}2", f"fcmpe {p}1, 0.0",
                  f"fccmp {p}1, {p}2, {rng.randrange(16)}, {rng.choice(CONDS[:16])}",
                  f"fccmpe {p}1, {p}2, {rng.randrange(16)}, {rng.choice(CONDS[:16])}",
                  f"fcsel {p}0, {p}1, {p}2, {rng.choice(CONDS[:16])}", f"fmov {p}0, {p}1",
                  f"fmov {p}0, 1.5", f"fmov {p}0, -2.0e+0", f"fmov {p}0, 0.125"]
        for op in ("scvtf", "ucvtf"):
            forms += [f"{op} {p}0, w1", f"{op} {p}0, x1", f"{op} {p}0, {p}1"]
        for k in "zamnp":
            for sign in "su":
                forms += [f"fcvt{k}{sign} w0, {p}1", f"fcvt{k}{sign} x0, {p}1"]
    forms += ["fmov x0, d1", "fmov d0, x1", "fmov w0, s1", "fmov s0, w1", "fmov d0, xzr",
              "fcvt d0, s1", "fcvt s0, d1", "fcvtzs d0, d1", "fcvtzu s0, s1",
              "movi d0, 0", "movi d0, 0xff00ff0000ffff00", "movi v0.4s, 0", "movi v0.2d, 0",
              "movi v0.16b, 0x3f", "movi v0.2s, 0x12, lsl 8", "movi v0.8h, 0x7",
              "sshll v0.2d, v1.2s, 0", "ushll v0.2d, v1.2s, 3", "sshll v0.4s, v1.4h, 2", "ushll v0.8h, v1.8b, 1",
              "sxtl v0.2d, v1.2s", "uxtl v0.4s, v1.4h", "sshll v1.2d, v1.2s, 31",
              "cnt v0.8b, v1.8b", "cnt v0.16b, v1.16b", "addv b0, v1.8b", "addv b0, v1.16b",
              "uaddlv h0, v1.8b", "uaddlv h0, v1.16b"]
    forms += ["ldr d0, [x1, 8]", "ldr s0, [x1], 4", "str d3, [x1, -8]!", "str s3, [x1, x2, lsl 2]",
              "ldr q0, [x1, 16]", "str q3, [x1]", "ldr h0, [x1, 2]", "str b3, [x1, 1]",
              "ldp d0, d4, [x1, 16]", "stp d3, d4, [x1, -16]!", "ldp q0, q4, [x1]",
              "stp q3, q4, [x1, 32]", "ldp s0, s4, [x1], 8", "stp s3, s4, [x1]",
              "ldur d0, [x1, -3]", "stur s3, [x1, 5]", "ldur q0, [x1, 7]", "ldr d0, gsym",
              "ldr d0, [x1, :lo12:gsym]", "str d3, [x1, :lo12:gsym]"]
    return forms


FORMS = _forms()


def _parse(form: str):
    return parse(form.replace("target", "t0"))


def _mnemonic(form: str) -> str:
    return _parse(form).opcode


@pytest.fixture(scope="session")
def harness():
    from guacc.transpiler.semantics.aarch64_crosscheck import isa_under_test

    isa = isa_under_test()
    image = build_image(FORMS, isa.toolchain, TEXT_ADDRESS, DATA_SYMBOLS)
    return isa, image, Emulator(isa, image, DATA_ADDRESS, DATA_SIZE)


def _starts(rng: random.Random, isa, image, form: str, pool: list[bytes]) -> list:
    """Random states for `form`: memory forms get their base pointing into
    the data region and a small index; register branches a code address."""
    instruction = _parse(form)
    extra_w_index = ", w2" in form and "[" in form
    focus = tuple(sorted(_named_registers(instruction) | {"x30", "sp"}))
    background = random_state(rng, isa, DATA_ADDRESS, pool).registers
    starts = []
    for n in range(STATES_PER_FORM):
        start = random_state(rng, isa, DATA_ADDRESS, pool, focus=focus, background=background)
        regs = start.registers
        regs["sp"] = POINTER & ~0xF if "[sp" in form else regs["sp"]
        if any(isinstance(op, Mem) for op in instruction.operands):
            regs["x1"] = POINTER + rng.randrange(-64, 65)
            index = rng.randrange(0 if "uxtw" in form else -16, 17)
            regs["x2"] = ((rng.getrandbits(32) << 32) | (index & 0xFFFFFFFF)) if extra_w_index \
                else index & (2**64 - 1)
        if instruction.opcode in ("ret", "br", "blr"):
            register = "x3" if instruction.operands and instruction.operands[0] == Reg("x3") else "x30"
            regs[register] = image.text_address + 4 * rng.randrange(len(image.text) // 4)
        if instruction.opcode in ("sdiv", "udiv") and n < 4:  # the AArch64-specific corners
            wide = form.startswith(("sdiv x", "udiv x"))
            regs["x1"] = (1 << 63) if wide else (1 << 31) | (rng.getrandbits(32) << 32)
            regs["x2"] = (2**64 - 1) if n % 2 == 0 else rng.getrandbits(32) << 32
        starts.append(start)
    return starts


def _named_registers(instruction) -> set[str]:
    """Architectural registers an instruction names (its Mem operands too)."""
    names = set()
    for op in instruction.operands:
        for part in (op.base, op.offset) if isinstance(op, Mem) else (op,):
            if isinstance(part, Reg):
                arch = aarch64.canonical_register(part.name)[0]
                if arch != "xzr":
                    names.add(arch)
    return names


def test_every_modelled_mnemonic_is_cross_checked():
    checked = {_mnemonic(form) for form in FORMS}
    assert aarch64.MNEMONICS - checked == set()


def test_semantics_agree_with_unicorn(harness):
    isa, image, emulator = harness
    rng = random.Random(7)
    pool = [rng.randbytes(DATA_SIZE) for _ in range(4)]
    began = time.perf_counter()
    mismatches = []
    for index, form in enumerate(FORMS):
        mismatches += check(isa, image, emulator, index, form, _starts(rng, isa, image, form, pool))
    elapsed = time.perf_counter() - began
    print(f"{len(FORMS)} forms x {STATES_PER_FORM} states in {elapsed:.1f} s")
    assert not mismatches, f"{len(mismatches)} mismatches:\n" + "\n".join(map(str, mismatches[:15]))


# --- symbolic behaviour the concrete cross-check cannot show -----------------

def _run(text_lines, prefix="s_"):
    state = aarch64.fresh_state(prefix)
    exit_ = aarch64.run_block(state, [parse_instruction(t, "arm") for t in text_lines])
    return state, exit_


def _prove(claim) -> bool:
    solver = z3.Solver()
    solver.add(z3.Not(claim))
    return solver.check() == z3.unsat


def test_canonical_registers():
    assert aarch64.canonical_register("w5") == ("x5", 32)
    assert aarch64.canonical_register("fp") == ("x29", 64)
    assert aarch64.canonical_register("lr") == ("x30", 64)
    assert aarch64.canonical_register("wzr") == ("xzr", 32)
    assert aarch64.canonical_register("wsp") == ("sp", 32)
    with pytest.raises(aarch64.UnsupportedInstruction):
        aarch64.canonical_register("a0")


def test_adrp_lo12_gives_the_symbol_address():
    state, exit_ = _run(["adrp x0, gsym", "add x0, x0, :lo12:gsym"])
    assert exit_.kind == "fall"
    assert _prove(state.regs["x0"] == symbol_address("gsym"))


def test_got_load_gives_the_symbol_address():
    state, _ = _run(["adrp x0, :got:stdout", "ldr x1, [x0, :got_lo12:stdout]"])
    assert _prove(state.regs["x1"] == symbol_address("stdout"))
    assert not state.writes


def test_calls_and_returns():
    state, exit_ = _run(["bl printf"])
    assert (exit_.kind, exit_.target) == ("call", "printf")
    assert _prove(state.regs["x30"] == return_address())
    state, exit_ = _run(["ret"])
    assert exit_.kind == "ret" and _prove(exit_.address == state.regs["x30"])
    state, exit_ = _run(["cmp w0, 5", "b.le .L3"])
    assert exit_.kind == "cond" and exit_.target == ".L3"


def test_w_writes_zero_extend_and_zero_register_ignores_writes():
    state, _ = _run(["add w0, w1, w2", "mov xzr, x3"])
    assert _prove(z3.Extract(63, 32, state.regs["x0"]) == 0)
    assert "xzr" not in state.regs


def test_immediate_hole_is_solved():
    state = aarch64.fresh_state("h_")
    hole = Hole("k", "imm", 12)
    aarch64.execute(state, Instruction("add", (Reg("x0"), Reg("x1"), hole)))
    solver = z3.Solver()
    solver.add(z3.ForAll([z3.BitVec("h_x1", 64)], state.regs["x0"] == z3.BitVec("h_x1", 64) + 42))
    assert solver.check() == z3.sat and solver.model()[state.holes["k"]].as_long() == 42


def test_register_hole_chooses_a_register():
    state = aarch64.fresh_state("r_")
    hole = Hole("r", "reg", choices=("x1", "x2", "x3"))
    aarch64.execute(state, Instruction("sub", (Reg("x0"), hole, Imm(1))))
    aarch64.execute(state, Instruction("str", (Reg("x0"), Mem(Reg("sp"), Imm(8)))))
    solver = z3.Solver()
    solver.add(*state.assumptions)
    solver.add(state.regs["x0"] == state.regs["x2"] - 1 if False else z3.BoolVal(True))
    target = z3.BitVec("r_x3", 64) - 1
    solver.add(z3.ForAll([z3.BitVec(f"r_x{i}", 64) for i in (1, 2, 3)], state.regs["x0"] == target))
    assert solver.check() == z3.sat and solver.model()[state.holes["r"]].as_long() == 2


def test_symbol_operands_are_shared_constants():
    state, _ = _run(["adr x0, table"])
    assert _prove(state.regs["x0"] == symbol_address("table"))
    assert SymRef("table").name == "table"
