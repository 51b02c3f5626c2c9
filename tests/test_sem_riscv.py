"""The RV64IM Z3 semantics agree with unicorn on every modelled instruction.

All forms are assembled and linked into one program (`.option norvc`, so
every instruction is 4 bytes, and `norelax`, so pseudo-instructions keep
their documented expansion). Each form then runs in unicorn from random
register states (with edge values) and random memory, and the Z3 semantics
of the same text, evaluated on the same state, must give every register,
every memory byte and the place control goes to.
"""

from __future__ import annotations

import math
import random
import struct
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
import z3

from guacc.transpiler.asm.model import Hole, Instruction, Reg
from guacc.transpiler.asm.parser import parse_instruction
from guacc.transpiler.semantics import riscv
from guacc.transpiler.semantics.symbols import RETURN_ADDRESS, SYMBOL_PREFIX

unicorn = pytest.importorskip("unicorn")
from unicorn import riscv_const as rc  # noqa: E402


TOOLS = ("riscv64-linux-gnu-as", "riscv64-linux-gnu-ld", "riscv64-linux-gnu-nm",
         "riscv64-linux-gnu-objcopy")
TEXT_BASE = 0x100000
MEM_BASE, MEM_SIZE = 0x200000, 0x2000
DATA_OFFSET = 0x100  # `datum`, the global the %hi/%lo/lla forms use, lies in MEM
POINTER = MEM_BASE + 0x1000  # memory forms' base register points near here
STATES_PER_FORM = 24
MASK = (1 << 64) - 1

INT64_MIN, INT32_MIN = 1 << 63, (-(1 << 31)) & MASK
EDGES = (0, 1, MASK, INT64_MIN, INT64_MIN - 1, INT32_MIN, 0x80000000, 0xFFFFFFFF,
         0x7FFFFFFF, 31, 32, 63, 64, 0xDEADBEEF80000000, 0x55555555FFFFFFFF)
# (a1, a2) pairs every form meets: division corner cases, equal operands, shift amounts.
EDGE_PAIRS = ((INT64_MIN, MASK), (0xDEADBEEF80000000, 0x55555555FFFFFFFF), (5, 0),
              (-7 & MASK, 0), (0x80000000, 0xFFFFFFFF), (5, 5), (MASK, MASK),
              (1, 31), (MASK, 32), (INT64_MIN, 63), (0, 0), (INT32_MIN, 1))

rng = random.Random(6)


def f64(x: float) -> int:
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def f32(x: float) -> int:
    return struct.unpack("<I", struct.pack("<f", x))[0]


FP_EDGES = (0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 2.5, -2.5, 3.75, math.inf, -math.inf, math.nan,
            2.0**31, 2.0**31 - 0.5, -(2.0**31), -(2.0**31) - 1, 2.0**32, 2.0**32 - 1, 2.0**63,
            -(2.0**63), 2.0**64, 1e30, -1e-30, 1e-40, 3.4028234663852886e38, 1.1754943508222875e-38)
DOUBLE_EDGES = tuple(map(f64, FP_EDGES + (1e300, 5e-324, 1.7976931348623157e308))) + (
    0x7FF0000000000001, 0xFFF8000000001234)  # a signalling NaN, a NaN with payload
SINGLE_EDGES = tuple(map(f32, FP_EDGES)) + (0x7F800001, 0xFFC01234)
BOX = 0xFFFFFFFF << 32
# (fa1, fa2) pairs every FP form meets, as indexes into FP_EDGES
FP_EDGE_PAIRS = ((0, 1), (1, 0), (12, 2), (2, 12), (10, 11), (10, 10), (2, 2), (13, 4), (7, 4),
                 (21, 4), (23, 3), (26, 26))


def random_fp(single: bool) -> int:
    edges = SINGLE_EDGES if single else DOUBLE_EDGES
    draw = rng.random()
    if draw < 0.4:
        raw = rng.choice(edges)
    elif draw < 0.7:  # an ordinary number, maybe integral
        x = rng.uniform(-1e6, 1e6) if rng.random() < 0.5 else float(rng.randint(-(1 << 40), 1 << 40))
        raw = f32(x) if single else f64(x)
    else:
        raw = rng.getrandbits(32 if single else 64)
    return BOX | raw if single else raw


def quieten(raw: int, single: bool) -> int:
    """A signalling NaN made quiet (other values unchanged)."""
    exponent, quiet_bit = (0x7F800000, 1 << 22) if single else (0x7FF << 52, 1 << 51)
    is_nan = raw & exponent == exponent and raw & (quiet_bit * 2 - 1)
    return raw | quiet_bit if is_nan else raw


# unicorn 2.1 (QEMU 5.0) implements fmin/fmax of ISA 2.1, which return NaN for
# a signalling NaN operand; ISA 2.2 on (and the model) return the other operand.
SNAN_SENSITIVE = ("fmin.", "fmax.")


def reads_single(opcode: str) -> bool:
    return opcode.endswith(".s") or opcode in ("fsw", "fmv.x.w")


def writes_single(opcode: str) -> bool:
    return (opcode in ("flw", "fmv.w.x") or opcode.startswith("fcvt.s.")
            or (opcode.endswith(".s") and not opcode.startswith(("fcvt.", "feq", "flt", "fle", "fgt",
                                                                  "fge"))))


def imm12() -> int:
    return rng.randint(-2048, 2047)


def aligned(size: int) -> int:
    return rng.randint(-2048 // size, 2047 // size) * size


def wide() -> int:
    return rng.getrandbits(64) - (1 << 63)


@dataclass
class Form:
    """Instructions (`;`-separated, `{T}` a label just past them) and how to
    set registers up: `s1=M` points into memory, `a3=T-8` is the label - 8."""

    text: str
    setup: str = ""


R_TYPE = ("add sub sll slt sltu xor srl sra or and mul mulh mulhsu mulhu div divu rem remu "
          "addw subw sllw srlw sraw mulw divw divuw remw remuw").split()
I_TYPE = "addi slti sltiu xori ori andi addiw".split()
SHIFTS_64, SHIFTS_32 = "slli srli srai".split(), "slliw srliw sraiw".split()
LOADS = {"lb": 1, "lh": 2, "lw": 4, "ld": 8, "lbu": 1, "lhu": 2, "lwu": 4}
STORES = {"sb": 1, "sh": 2, "sw": 4, "sd": 8}
BRANCHES = "beq bne blt bge bltu bgeu bgt ble bgtu bleu".split()
ZERO_BRANCHES = "beqz bnez blez bgez bltz bgtz".split()
UNARY = "mv not neg negw sext.w seqz snez sltz sgtz".split()


def build_forms() -> list[Form]:
    forms = [Form(f"{op} a0, a1, a2") for op in R_TYPE]
    forms += [Form("add a1, a1, a1"), Form("sub zero, a1, a2"), Form("div a0, a1, zero"),
              Form("remw a0, a1, zero"), Form("mulh a2, a2, a1")]
    for op in I_TYPE:
        forms += [Form(f"{op} a0, a1, {imm}") for imm in (-2048, 2047, -1, 0, imm12(), imm12())]
    for op in SHIFTS_64:
        forms += [Form(f"{op} a0, a1, {n}") for n in (0, 1, 31, 32, 63, rng.randint(2, 62))]
    for op in SHIFTS_32:
        forms += [Form(f"{op} a0, a1, {n}") for n in (0, 1, 31, rng.randint(2, 30))]
    forms += [Form(f"lui a0, {v:#x}") for v in (0, 1, 0x7FFFF, 0x80000, 0xFFFFF, rng.getrandbits(20))]
    forms += [Form(f"auipc a0, {v:#x}") for v in (0, 0x80000, rng.getrandbits(20))]
    for op, size in LOADS.items():
        forms += [Form(f"{op} a0, {aligned(size)}(s1)", "s1=M") for _ in range(3)]
        forms += [Form(f"{op} s1, 0(s1)", "s1=M")]
    for op, size in STORES.items():
        forms += [Form(f"{op} a1, {aligned(size)}(s1)", "s1=M") for _ in range(3)]
        forms += [Form(f"{op} s1, -{size}(s1)", "s1=M")]
    forms += [Form(f"{op} a1, a2, {{T}}") for op in BRANCHES]
    forms += [Form(f"{op} a1, a1, {{T}}") for op in ("beq", "bge", "bltu")]
    forms += [Form(f"{op} a1, {{T}}") for op in ZERO_BRANCHES]
    forms += [Form(f"{op} a0, a1") for op in UNARY] + [Form("mv a1, a1"), Form("neg a0, zero")]
    forms += [Form("sgt a0, a1, a2"), Form("sgtu a0, a1, a2")]
    constants = (0, -1, 2047, -2048, 2048, 0x7FF800, 0x12345678, 0x80000000, 0xFFFFFFFF,
                 0x7FFFFFFF, -(1 << 63), (1 << 63) - 1, 0x100000000, wide(), wide(), wide())
    forms += [Form(f"li a0, {c}") for c in constants]
    forms += [
        Form("nop"),
        Form("j {T}"), Form("jal {T}"), Form("jal t0, {T}"), Form("jal zero, {T}"),
        Form("call {T}"), Form("tail {T}"),
        Form("jr a3", "a3=T"), Form("ret", "ra=T"), Form("jalr a3", "a3=T"),
        Form("jalr t0, a3", "a3=T"), Form("jalr t0, 8(a3)", "a3=T-8"),
        Form("jalr t0, 1(a3)", "a3=T-1"), Form("jalr t0, 0(a3)", "a3=T+1"),
        Form("jalr ra, -16(ra)", "ra=T+16"),
        Form("jalr zero, 0(a3)", "a3=T"), Form("jr ra", "ra=T"),
    ]
    for addend in (0, 8, 0x6F8, 0x700, 0x710):  # %lo crosses its sign boundary at 0x700
        sym = f"datum+{addend}"
        forms += [
            Form(f"lla a0, {sym}"), Form(f"la a0, {sym}"),
            Form(f"lui a5, %hi({sym}); addi a0, a5, %lo({sym})"),
            Form(f"lui a5, %hi({sym}); ld a0, %lo({sym})(a5)"),
            Form(f"lui a5, %hi({sym}); sw a1, %lo({sym})(a5)"),
            Form(f"lw a0, {sym}"), Form(f"sd a1, {sym}, t0"),
        ]
    return forms + build_fp_forms()


FP_ROUNDING = ("rne", "rtz", "rdn", "rup", "rmm")


def build_fp_forms() -> list[Form]:
    forms = []
    for f in ("s", "d"):
        forms += [Form(f"{op}.{f} fa0, fa1, fa2") for op in ("fadd", "fsub", "fmul", "fdiv")]
        forms += [Form(f"{op}.{f} fa0, fa1, fa2, {rng.choice(FP_ROUNDING)}")
                  for op in ("fadd", "fsub", "fmul", "fdiv")]
        forms += [Form(f"fsqrt.{f} fa0, fa1"), Form(f"fsqrt.{f} fa0, fa1, rup")]
        forms += [Form(f"{op}.{f} fa0, fa1, fa2") for op in ("fmin", "fmax", "fsgnj", "fsgnjn", "fsgnjx")]
        forms += [Form(f"{op}.{f} fa0, fa1, fa2, fa3") for op in ("fmadd", "fmsub", "fnmadd", "fnmsub")]
        forms += [Form(f"fmadd.{f} fa0, fa1, fa2, fa3, rtz")]
        forms += [Form(f"{op}.{f} a0, fa1, fa2") for op in ("feq", "flt", "fle", "fgt", "fge")]
        forms += [Form(f"{op}.{f} fa0, fa1") for op in ("fmv", "fneg", "fabs")]
        for integer in ("w", "wu", "l", "lu"):
            forms += [Form(f"fcvt.{integer}.{f} a0, fa1, {rm}") for rm in FP_ROUNDING]
            forms += [Form(f"fcvt.{integer}.{f} a0, fa1")]
            forms += [Form(f"fcvt.{f}.{integer} fa0, a1")]
            if not (f == "d" and integer.startswith("w")):  # exact: gas takes no rounding mode
                forms += [Form(f"fcvt.{f}.{integer} fa0, a1, {rng.choice(FP_ROUNDING)}")]
        m, size = {"s": ("w", 4), "d": ("d", 8)}[f]
        forms += [Form(f"fl{m} fa0, {aligned(size)}(s1)", "s1=M") for _ in range(2)]
        forms += [Form(f"fs{m} fa1, {aligned(size)}(s1)", "s1=M") for _ in range(2)]
        forms += [Form(f"fl{m} fa0, datum+16, a5"), Form(f"fs{m} fa1, datum+24, t0")]
        forms += [Form(f"fmv.x.{m} a0, fa1"), Form(f"fmv.{m}.x fa0, a1")]
    forms += [Form("fcvt.s.d fa0, fa1"), Form("fcvt.s.d fa0, fa1, rtz"), Form("fcvt.d.s fa0, fa1")]
    return forms


FORMS = build_forms()

# A scratch register the model declares unknown: (form pattern, register).
SCRATCH = {"tail": "x6", "sd a1, datum": "x5", "flw fa0, datum": "x15", "fsw fa1, datum": "x5",
           "fld fa0, datum": "x15", "fsd fa1, datum": "x5"}


def parse(text: str) -> Instruction:
    return parse_instruction(text.replace("{T}", "tgt"), "riscv")


# ------------------------------------------------------------ the program

@dataclass
class Program:
    text: bytes
    symbols: dict[str, int]

    def start(self, i: int) -> int:
        return self.symbols[f"form_{i}"]

    def end(self, i: int) -> int:
        return self.symbols[f"form_{i}_end"]


def _source(forms: list[Form]) -> str:
    lines = [".option norvc", ".option norelax", ".text", ".globl form_0"]
    for i, form in enumerate(forms):
        lines.append(f"form_{i}:")
        lines += ["  " + part.strip().replace("{T}", f"tgt_{i}") for part in form.text.split(";")]
        lines += [f"form_{i}_end:", "  nop", f"tgt_{i}:", "  nop"]
    lines += [".data", "datum:", "  .zero 2048"]
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def program(tmp_path_factory) -> Program:
    for tool in TOOLS:
        if subprocess.run(["which", tool], capture_output=True).returncode:
            pytest.skip(f"{tool} not installed")
    work: Path = tmp_path_factory.mktemp("rv")
    (work / "forms.s").write_text(_source(FORMS))
    def run(*cmd: str) -> subprocess.CompletedProcess:
        done = subprocess.run(cmd, capture_output=True, text=True, cwd=work)
        assert done.returncode == 0, f"{' '.join(cmd)} failed:\n{done.stderr}"
        return done
    run(TOOLS[0], "-march=rv64imafdc", "-o", "forms.o", "forms.s")
    run(TOOLS[1], f"-Ttext={TEXT_BASE:#x}", f"--section-start=.data={MEM_BASE + DATA_OFFSET:#x}",
        "-e", "form_0", "-o", "forms", "forms.o")
    run(TOOLS[3], "-O", "binary", "--only-section=.text", "forms", "text.bin")
    symbols = {}
    for line in run(TOOLS[2], "forms").stdout.splitlines():
        addr, _, name = line.split()
        symbols[name] = int(addr, 16)
    return Program((work / "text.bin").read_bytes(), symbols)


# ------------------------------------------------------------ one state

FP = 32  # f<n> is regs[FP + n]


def random_registers(k: int, single: bool) -> list[int]:
    """x0..x31 then f0..f31; state k < len(EDGE_PAIRS) puts an edge pair in
    a1/a2 and fa1/fa2."""
    regs = [0] + [rng.choice(EDGES) if rng.random() < 0.3 else rng.getrandbits(64)
                  for _ in range(31)]
    regs += [random_fp(single) for _ in range(32)]
    if k < len(EDGE_PAIRS):
        regs[11], regs[12] = EDGE_PAIRS[k]  # a1, a2
    if k < len(FP_EDGE_PAIRS):
        edges = SINGLE_EDGES if single else DOUBLE_EDGES
        for reg, index in zip((FP + 11, FP + 12), FP_EDGE_PAIRS[k]):
            regs[reg] = (BOX | edges[index]) if single else edges[index]
    return regs


def unicorn_id(n: int) -> int:
    return rc.UC_RISCV_REG_X0 + n if n < FP else rc.UC_RISCV_REG_F0 + n - FP


def state_name(n: int) -> str:
    return f"x{n}" if n < FP else f"f{n - FP}"


STATE_NAMES = tuple(map(state_name, range(64)))
INPUT_NAMES = tuple(f"in.{name}" for name in STATE_NAMES)


def apply_setup(regs: list[int], setup: str, target: int) -> None:
    for item in setup.split():
        name, expr = item.split("=")
        index = int(riscv.canonical_register(name)[0][1:])
        if expr == "M":
            regs[index] = POINTER + rng.randint(-64, 64) * 8
        else:
            regs[index] = (target + int(expr[1:] or 0)) & MASK


def run_unicorn(uc, program: Program, i: int, regs: list[int], memory: bytes):
    uc.mem_write(MEM_BASE, memory)
    for n in range(1, 64):
        uc.reg_write(unicorn_id(n), regs[n])
    start = program.start(i)
    uc.emu_start(start, 0xFFFF_FFFF_0000, count=(program.end(i) - start) // 4)
    final = [0] + [uc.reg_read(unicorn_id(n)) for n in range(1, 64)]
    return final, bytes(uc.mem_read(MEM_BASE, MEM_SIZE)), uc.reg_read(rc.UC_RISCV_REG_PC)


# ------------------------------------------------------------ Z3 side

@dataclass
class Symbolic:
    state: object
    exit: object
    initial: object
    free: dict[str, z3.ExprRef]  # the constants its results depend on, by name
    changed: dict[int, z3.ExprRef]  # register index (as in `regs`) -> new value


def symbolic(form: Form) -> Symbolic:
    state = riscv.fresh_state("in.")
    initial = riscv.fresh_state("in.")
    exit_ = riscv.run_block(state, [parse(part) for part in form.text.split(";")])
    changed = {n: state.regs[name] for n, name in enumerate(STATE_NAMES)
               if not state.regs[name].eq(initial.regs[name])}
    results = list(changed.values())
    results += [w.address for w in state.writes] + state.assumptions
    results += [e for e in (exit_.cond, exit_.address) if e is not None]
    free: dict[str, z3.ExprRef] = {}
    seen: set = set()
    for expr in results + [state.mem]:
        _constants(expr, free, seen)
    return Symbolic(state, exit_, initial, free, changed)


def _constants(expr: z3.ExprRef, out: dict[str, z3.ExprRef], seen: set) -> None:
    if expr.get_id() in seen:
        return
    seen.add(expr.get_id())
    if z3.is_const(expr) and expr.decl().kind() == z3.Z3_OP_UNINTERPRETED and z3.is_bv(expr):
        out[expr.decl().name()] = expr
    for child in expr.children():
        _constants(child, out, seen)


def _selects(expr: z3.ExprRef, mem: z3.ExprRef, out: set, seen: set) -> None:
    if expr.get_id() in seen:
        return
    seen.add(expr.get_id())
    if z3.is_select(expr) and expr.arg(0).eq(mem) and z3.is_bv_value(expr.arg(1)):
        out.add(expr)
    for child in expr.children():
        _selects(child, mem, out, seen)


class Evaluator:
    """Evaluates the model's expressions on one concrete input state:
    `values` gives each free constant (registers `in.x5`, symbols, ...)."""

    def __init__(self, sym: Symbolic, values: dict[str, int], memory: bytes):
        self.mem0 = sym.initial.mem
        self.memory = memory
        self.subs = [(c, z3.BitVecVal(values[name], 64)) for name, c in sym.free.items()]

    def __call__(self, expr: z3.ExprRef) -> int | bool:
        expr = z3.simplify(z3.substitute(expr, *self.subs))
        selects: set = set()
        _selects(expr, self.mem0, selects, set())
        if selects:
            expr = z3.simplify(z3.substitute(expr, *[
                (s, z3.BitVecVal(self.byte(s.arg(1).as_long()), 8)) for s in selects]))
        if z3.is_true(expr) or z3.is_false(expr):
            return z3.is_true(expr)
        assert z3.is_bv_value(expr), f"not concrete: {expr}"
        return expr.as_long()

    def byte(self, address: int) -> int:
        assert MEM_BASE <= address < MEM_BASE + MEM_SIZE, hex(address)
        return self.memory[address - MEM_BASE]


def expected_pc(exit_, evaluate, program: Program, i: int) -> int:
    end = program.end(i)
    target = lambda: program.symbols[exit_.target.replace("tgt", f"tgt_{i}")]
    if exit_.kind == "fall":
        return end
    if exit_.kind == "cond":
        return target() if evaluate(exit_.cond) else end
    if exit_.target is not None:
        return target()
    return evaluate(exit_.address)


# ------------------------------------------------------------ tests

def test_every_mnemonic_is_cross_checked():
    covered = {parse(part).opcode for form in FORMS for part in form.text.split(";")}
    assert riscv.MNEMONICS <= covered, sorted(riscv.MNEMONICS - covered)


def test_semantics_match_unicorn(program: Program):
    uc = unicorn.Uc(unicorn.UC_ARCH_RISCV, unicorn.UC_MODE_RISCV64)
    uc.mem_map(TEXT_BASE, (len(program.text) + 0xFFF) & ~0xFFF)
    uc.mem_write(TEXT_BASE, program.text)
    uc.mem_map(MEM_BASE, MEM_SIZE)
    uc.reg_write(rc.UC_RISCV_REG_MSTATUS, 3 << 13)  # FS = dirty: the FPU is on
    began, checked, failures = time.perf_counter(), 0, []
    symbols = {SYMBOL_PREFIX + name: address for name, address in program.symbols.items()}
    for i, form in enumerate(FORMS):
        sym = symbolic(form)
        target = program.symbols[f"tgt_{i}"]
        fixed = {"pc": program.start(i), RETURN_ADDRESS: program.end(i)} | symbols
        scratch = next((reg for pattern, reg in SCRATCH.items() if form.text.startswith(pattern)), None)
        opcodes = [parse(part).opcode for part in form.text.split(";")]
        single_in, single_out = reads_single(opcodes[-1]), writes_single(opcodes[-1])
        for k in range(STATES_PER_FORM):
            regs = random_registers(k, single_in)
            if opcodes[-1].startswith(SNAN_SENSITIVE):
                regs[FP:] = [quieten(r, single_in) for r in regs[FP:]]
            apply_setup(regs, form.setup, target)
            memory = rng.randbytes(MEM_SIZE)
            final, final_memory, pc = run_unicorn(uc, program, i, regs, memory)
            values = fixed | dict(zip(INPUT_NAMES, regs))
            if scratch:  # the model leaves this register unknown
                values[str(sym.state.regs[scratch])] = final[int(scratch[1:])]
            evaluate = Evaluator(sym, values, memory)
            problems = check(sym, evaluate, regs, final, memory, final_memory, pc, program, i,
                             single_out)
            checked += 1
            if problems:
                failures.append(f"{form.text!r} from a1={regs[11]:#x} a2={regs[12]:#x} "
                            f"fa1={regs[FP + 11]:#x} fa2={regs[FP + 12]:#x} "
                            f"fa3={regs[FP + 13]:#x}: {problems}")
    elapsed = time.perf_counter() - began
    print(f"\nRISC-V cross-check: {len(FORMS)} forms x {STATES_PER_FORM} states = {checked} runs "
          f"in {elapsed:.1f} s")
    assert not failures, f"{len(failures)} mismatches:\n" + "\n".join(failures[:20])


def check(sym: Symbolic, evaluate, regs, final, memory, final_memory, pc, program, i,
          single_out: bool) -> list[str]:
    problems = []
    for n in range(1, 64):
        model = evaluate(sym.changed[n]) if n in sym.changed else regs[n]
        got = final[n]
        if n >= FP and single_out and model >> 32 == BOX >> 32:
            # unicorn 2.1 (QEMU 5.0) does not NaN-box single results: compare the single
            model, got = model & 0xFFFFFFFF, got & 0xFFFFFFFF
        if model != got:
            problems.append(f"{STATE_NAMES[n]}: model {model:#x}, unicorn {got:#x}")
    for assumption in sym.state.assumptions:
        assert evaluate(assumption), f"assumption fails on the test state: {assumption}"
    expected = bytearray(memory)
    for write in sym.state.writes:
        start = evaluate(write.address)
        for address in range(start, start + write.size):
            expected[address - MEM_BASE] = evaluate(z3.Select(sym.state.mem, z3.BitVecVal(address, 64)))
    if bytes(expected) != final_memory:
        diff = [hex(MEM_BASE + a) for a in range(MEM_SIZE) if expected[a] != final_memory[a]]
        problems.append(f"memory differs at {diff[:8]}")
    want_pc = expected_pc(sym.exit, evaluate, program, i)
    if want_pc != pc:
        problems.append(f"pc: model {want_pc:#x} ({sym.exit.kind}), unicorn {pc:#x}")
    return problems


# ------------------------------------------------------------ model details

def test_x0_reads_zero_and_ignores_writes():
    state = riscv.fresh_state("s.")
    riscv.execute(state, parse("addi zero, a1, 5"))
    riscv.execute(state, parse("add a0, zero, zero"))
    assert z3.simplify(state.regs["x0"]).as_long() == 0
    assert z3.simplify(state.regs["x10"]).as_long() == 0


def test_abi_names():
    assert riscv.canonical_register("fp") == ("x8", 64)
    assert riscv.canonical_register("s0") == ("x8", 64)
    assert riscv.canonical_register("t6") == ("x31", 64)
    assert riscv.canonical_register("a7") == ("x17", 64)
    with pytest.raises(riscv.UnsupportedInstruction):
        riscv.canonical_register("w0")


def test_exits():
    def exit_of(text: str):
        return riscv.run_block(riscv.fresh_state("e."), [parse(text)])
    assert exit_of("ret").kind == "ret"
    assert exit_of("jr ra").kind == "ret"
    assert exit_of("jr a5").kind == "indirect"
    assert (exit_of("call f@plt").kind, exit_of("call f@plt").target) == ("call", "f")
    assert exit_of("jalr a5").kind == "call"
    assert (exit_of("tail f").kind, exit_of("tail f").target) == ("branch", "f")
    assert exit_of("j .L3").target == ".L3"
    assert exit_of("bnez a0, .L2").kind == "cond"
    assert exit_of("addi a0, a0, 1").kind == "fall"
    with pytest.raises(riscv.UnsupportedInstruction):
        riscv.execute(riscv.fresh_state("e."), Instruction("frobnicate", (Reg("a0"),)))


def test_immediate_hole_is_solved():
    state = riscv.fresh_state("h.")
    riscv.execute(state, Instruction("addi", (Reg("a0"), Reg("a1"), Hole("k"))))
    solver = z3.Solver()
    x = state.regs["x11"]
    solver.add(z3.ForAll([x], state.regs["x10"] == x - 5))
    assert solver.check() == z3.sat
    assert solver.model()[state.holes["k"]].as_signed_long() == -5


def test_register_hole_is_solved():
    state = riscv.fresh_state("h.")
    choice = Hole("r", kind="reg", choices=("a2", "a3"))
    riscv.execute(state, Instruction("sub", (Reg("a0"), Reg("a1"), choice)))
    riscv.execute(state, Instruction("mv", (choice, Reg("a1"))))
    a1, a3 = state.regs["x11"], riscv.fresh_state("h.").regs["x13"]
    solver = z3.Solver()
    solver.add(state.assumptions)
    solver.add(z3.ForAll([a1, a3], z3.And(state.regs["x10"] == a1 - a3, state.regs["x13"] == a1)))
    assert solver.check() == z3.sat
    assert solver.model()[state.holes["r"]].as_long() == 1
