"""Check ISA semantics against the unicorn emulator, ISA-neutrally.

The ISA supplies an `IsaUnderTest` (register names, flags, its unicorn
register ids, its `execute` and parser, its assembler and linker). Every
instruction form (assembly text) is assembled in ONE file, one slot per
form, and linked at a fixed address (`build_image`); then for each random
state `check` runs the form's bytes one instruction in unicorn and the Z3
semantics on the same concrete state, and lists every register, flag,
memory byte and next-PC that differ.

Slot layout: form i is labelled `s<i>`; the word `target` in its text
becomes label `t<i>`, which lies a few instructions further on, so branches
have a real destination. Data symbols (for adrp/:lo12:, la) are placed with
the linker's --defsym. Symbol constants in the semantics
(`symbols.symbol_address`) evaluate to the linked addresses; the return
address of a call to the instruction after it.
"""

from __future__ import annotations

import hashlib
import random
import re
import struct
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import z3

from guacc.transpiler.semantics.state import BV64, BYTE, Exit, State
from guacc.transpiler.semantics.symbols import RETURN_ADDRESS, SYMBOL_PREFIX

MASK64 = (1 << 64) - 1

EDGE_VALUES = (
    0, 1, 2, MASK64, MASK64 - 1, 1 << 63, (1 << 63) - 1, 0x80000000, 0x7FFFFFFF,
    0xFFFFFFFF, 0xFFFFFFFF80000000, 0x100000000, 0xFF, 0x80, 0xFFFF, 0x8000, 31, 32, 63, 64,
)


@dataclass(frozen=True)
class Toolchain:
    assembler: tuple[str, ...]
    linker: tuple[str, ...]
    preamble: str = ""  # directives before the first form (e.g. `.option norvc`)
    padding: str = "nop"  # an instruction between a form and its target label
    padding_count: int = 3


@dataclass
class IsaUnderTest:
    name: str
    registers: tuple[str, ...]  # the State's register names
    flags: tuple[str, ...]
    execute: Callable  # (State, Instruction) -> Exit | None
    parse: Callable  # (text) -> Instruction
    uc_arch: int
    uc_mode: int
    register_ids: dict[str, int]  # State register name -> unicorn register id
    pc_id: int
    toolchain: Toolchain
    read_flags: Callable = lambda uc: {}  # unicorn -> {flag: bool}
    write_flags: Callable = lambda uc, flags: None
    zero_registers: frozenset[str] = frozenset()  # hard-wired zero (RISC-V x0)
    instruction_size: int = 4
    register_bits: dict[str, int] = field(default_factory=dict)  # registers wider than 64 bits
    # register -> rng -> value, for registers that want other values than `random_value`
    value_generators: dict[str, Callable] = field(default_factory=dict)

    def bits(self, register: str) -> int:
        return self.register_bits.get(register, 64)


@dataclass
class Image:
    """The linked forms: text bytes at `text_address`, every symbol."""

    text: bytes
    text_address: int
    symbols: dict[str, int]

    def slot(self, index: int) -> int:
        return self.symbols[f"s{index}"]


@dataclass
class Concrete:
    """A concrete machine state: registers, flags, one mapped data region."""

    registers: dict[str, int]
    flags: dict[str, bool]
    data_address: int
    data: bytes
    pc: int = 0

    def with_data(self, data: bytes) -> "Concrete":
        return Concrete(dict(self.registers), dict(self.flags), self.data_address, data, self.pc)


# --- assembling and linking -------------------------------------------------

def with_target(text: str, index: int) -> str:
    """A form's text with its placeholder label `target` made its own."""
    return re.sub(r"\btarget\b", f"t{index}", text)


def form_source(forms: list[str], toolchain: Toolchain) -> str:
    lines = [".text", toolchain.preamble, ".globl _start", "_start:"]
    for i, text in enumerate(forms):
        lines.append(f"s{i}:\t{with_target(text, i)}")
        lines.extend(f"\t{toolchain.padding}" for _ in range(toolchain.padding_count))
        lines.append(f"t{i}:\t{toolchain.padding}")
    return "\n".join(lines) + "\n"


_IMAGES: dict[str, Image] = {}


def build_image(forms: list[str], toolchain: Toolchain, text_address: int,
                data_symbols: dict[str, int]) -> Image:
    """Assemble and link every form once (cached per process by content)."""
    source = form_source(forms, toolchain)
    key = hashlib.sha256(repr((source, toolchain, text_address, sorted(data_symbols.items())))
                         .encode()).hexdigest()
    if key not in _IMAGES:
        with tempfile.TemporaryDirectory() as tmp:
            tmp_path = Path(tmp)
            (tmp_path / "forms.s").write_text(source)
            _run([*toolchain.assembler, "-o", str(tmp_path / "forms.o"), str(tmp_path / "forms.s")])
            defsyms = [f"--defsym={name}={value:#x}" for name, value in data_symbols.items()]
            _run([*toolchain.linker, f"-Ttext={text_address:#x}", *defsyms, "-o",
                  str(tmp_path / "forms"), str(tmp_path / "forms.o")])
            _IMAGES[key] = read_elf_image((tmp_path / "forms").read_bytes())
    return _IMAGES[key]


def _run(command: list[str]) -> None:
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{result.stderr}")


def read_elf_image(elf: bytes) -> Image:
    """`.text` and the symbol table of a little-endian ELF64 file."""
    shoff, = struct.unpack_from("<Q", elf, 0x28)
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", elf, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", elf, shoff + i * shentsize) for i in range(shnum)]
    names_offset = sections[shstrndx][4]

    def c_string(offset: int) -> str:
        return elf[offset:elf.index(b"\0", offset)].decode()

    by_name = {c_string(names_offset + s[0]): s for s in sections}
    text = by_name[".text"]
    symtab = by_name[".symtab"]
    strtab_offset = sections[symtab[6]][4]
    symbols = {}
    for offset in range(symtab[4], symtab[4] + symtab[5], 24):
        name_index, _, _, _, value, _ = struct.unpack_from("<IBBHQQ", elf, offset)
        if name_index:
            symbols[c_string(strtab_offset + name_index)] = value
    return Image(elf[text[4]:text[4] + text[5]], text[3], symbols)


# --- random states ----------------------------------------------------------

def random_value(rng: random.Random) -> int:
    """A 64-bit value biased to edges, small numbers and 32-bit patterns."""
    draw = rng.random()
    if draw < 0.3:
        return rng.choice(EDGE_VALUES)
    if draw < 0.5:
        return rng.randint(-70, 70) & MASK64
    if draw < 0.7:  # a 32-bit value, sign- or zero-extended, or with junk above
        low = rng.getrandbits(32)
        high = rng.choice((0, 0xFFFFFFFF if low >> 31 else 0, rng.getrandbits(32)))
        return high << 32 | low
    return rng.getrandbits(64)


def random_state(rng: random.Random, isa: IsaUnderTest, data_address: int,
                 data_pool: list[bytes], focus: tuple[str, ...] = (),
                 background: dict[str, int] | None = None) -> Concrete:
    """Random registers and flags; the data region is one of `data_pool`
    (a few shared regions keep the Z3 memory terms cached). Among the
    `focus` registers (the ones a form reads) equal values and zeros are made
    likely, so equality and zero cases are reached. With `background` (one
    random state per form, say) only the focus registers are drawn afresh,
    which spares unicorn most register writes."""
    if background is None:
        registers = {r: isa.value_generators.get(r, random_value)(rng) for r in isa.registers}
    else:
        registers = dict(background)
        registers.update({r: isa.value_generators.get(r, random_value)(rng) for r in focus})
    if len(focus) >= 2 and rng.random() < 0.25:
        a, b = rng.sample(focus, 2)
        if isa.bits(a) == isa.bits(b):
            registers[b] = registers[a]
    if focus and rng.random() < 0.2:
        registers[rng.choice(focus)] = rng.choice((0, 1 << 32))  # zero as X, or as W only
    for r in isa.zero_registers:
        registers[r] = 0
    flags = {f: rng.random() < 0.5 for f in isa.flags}
    return Concrete(registers, flags, data_address, rng.choice(data_pool))


# --- the semantics on a concrete state --------------------------------------

INITIAL_MEMORY = z3.Array("crosscheck!memory", BV64, BYTE)


class _LazyRegisters(dict):
    """Register values made into Z3 literals only when the semantics read
    them (an instruction reads a few of the 64 registers; making all of
    them dominates the check's run time). `initial` holds the ones made."""

    def __init__(self, concrete: Concrete, isa: IsaUnderTest):
        super().__init__()
        self.concrete, self.isa, self.initial = concrete, isa, {}

    def __missing__(self, name: str) -> z3.BitVecRef:
        if name not in self.concrete.registers:
            raise KeyError(name)
        value = z3.BitVecVal(self.concrete.registers[name], self.isa.bits(name))
        self.initial[name] = value
        self[name] = value
        return value

    def __contains__(self, name) -> bool:
        return name in self.concrete.registers

    def changed(self) -> list[str]:
        return [r for r, v in self.items() if self.initial.get(r) is not v]


def symbolic_state(concrete: Concrete, isa: IsaUnderTest) -> State:
    """A State whose registers and flags hold `concrete`'s values; memory is
    the array `INITIAL_MEMORY`, whose bytes `Evaluator` fills in from the
    data region (0 outside it) after the semantics ran."""
    return State(
        regs=_LazyRegisters(concrete, isa),
        mem=INITIAL_MEMORY,
        flags={f: z3.BoolVal(v) for f, v in concrete.flags.items()},
    )


class Evaluator:
    """Concrete values of semantic expressions: symbol constants are
    replaced by linked addresses, Z3 simplifies (loads of constant addresses
    become reads of `INITIAL_MEMORY`), those reads are replaced by the data
    region's bytes, and Z3 simplifies to a literal. (Keeping memory a leaf
    rather than a 4 KiB chain of stores keeps every step small.)"""

    def __init__(self, symbols: dict[str, int], return_address: int, start: Concrete):
        self.bindings = [(z3.BitVec(SYMBOL_PREFIX + name, 64), z3.BitVecVal(value, 64))
                         for name, value in symbols.items()]
        self.bindings.append((z3.BitVec(RETURN_ADDRESS, 64), z3.BitVecVal(return_address, 64)))
        self.start = start

    def _byte(self, address: int) -> int:
        offset = address - self.start.data_address
        return self.start.data[offset] if 0 <= offset < len(self.start.data) else 0

    def __call__(self, expr: z3.ExprRef):
        value = z3.simplify(z3.substitute(expr, *self.bindings))
        reads = _initial_memory_reads(value)
        if reads:
            value = z3.simplify(z3.substitute(value, *[
                (read, z3.BitVecVal(self._byte(read.arg(1).as_long()), 8)) for read in reads]))
        if z3.is_bv_value(value):
            return value.as_long()
        if z3.is_true(value) or z3.is_false(value):
            return z3.is_true(value)
        raise ValueError(f"not concrete after substitution: {value}")


def _initial_memory_reads(expr: z3.ExprRef) -> list[z3.ExprRef]:
    """The `Select(INITIAL_MEMORY, constant)` subterms of `expr`."""
    found, seen, todo = [], set(), [expr]
    while todo:
        node = todo.pop()
        if node.get_id() in seen or not z3.is_app(node):
            continue
        seen.add(node.get_id())
        if (z3.is_select(node) and node.arg(0).eq(INITIAL_MEMORY)
                and z3.is_bv_value(node.arg(1))):
            found.append(node)
        else:
            todo.extend(node.children())
    return found


def semantic_result(isa: IsaUnderTest, instruction, start: Concrete, symbols: dict[str, int],
                    fall_through: int, labels: dict[str, int]) -> Concrete:
    """`start` after the semantics of `instruction` (pc: where it goes next);
    `symbols`: the values of the symbol constants it may use."""
    evaluate = Evaluator(symbols, fall_through, start)
    state = symbolic_state(start, isa)
    initial_flags = dict(state.flags)
    exit_ = isa.execute(state, instruction)
    registers = dict(start.registers)
    registers.update({r: evaluate(state.regs[r]) for r in state.regs.changed()})
    flags = {f: (start.flags[f] if state.flags[f] is initial_flags[f] else evaluate(state.flags[f]))
             for f in isa.flags}
    data = bytearray(start.data)
    for write in state.writes:
        address = evaluate(write.address)
        for i in range(write.size):
            offset = address + i - start.data_address
            if not 0 <= offset < len(data):
                raise ValueError(f"semantics write outside the data region at {address + i:#x}")
            data[offset] = evaluate(z3.Select(state.mem, z3.BitVecVal(address + i, 64)))
    result = Concrete(registers, flags, start.data_address, bytes(data))
    result.pc = next_pc(exit_, fall_through, labels, evaluate)
    return result


def next_pc(exit_: Exit | None, fall_through: int, labels: dict[str, int], evaluate) -> int:
    if exit_ is None or exit_.kind == "fall":
        return fall_through
    if exit_.kind == "cond":
        return labels[exit_.target] if evaluate(exit_.cond) else fall_through
    if exit_.target is not None:
        return labels[exit_.target]
    return evaluate(exit_.address)


# --- unicorn -----------------------------------------------------------------

class Emulator:
    """One unicorn instance with the image and a data region mapped."""

    PAGE = 0x1000

    def __init__(self, isa: IsaUnderTest, image: Image, data_address: int, data_size: int):
        from unicorn import Uc

        self.isa = isa
        self.uc = Uc(isa.uc_arch, isa.uc_mode)
        start = image.text_address & ~(self.PAGE - 1)
        end = _page_up(image.text_address + len(image.text) + self.PAGE)
        self.uc.mem_map(start, end - start)
        self.uc.mem_write(image.text_address, image.text)
        self.uc.mem_map(data_address, _page_up(data_size))
        self.held: dict[str, int] = {}  # register values unicorn holds now

    def run(self, start: Concrete, pc: int) -> Concrete:
        uc = self.uc
        uc.mem_write(start.data_address, start.data)
        writes = [(self.isa.register_ids[name], value) for name, value in start.registers.items()
                  if name not in self.isa.zero_registers and self.held.get(name) != value]
        if writes:
            uc.reg_write_batch(writes)
        self.isa.write_flags(uc, start.flags)
        uc.emu_start(pc, pc + 0x100000, count=1)
        names = list(self.isa.register_ids)
        values = uc.reg_read_batch([self.isa.register_ids[n] for n in names])
        registers = {name: (0 if name in self.isa.zero_registers
                            else value & ((1 << self.isa.bits(name)) - 1))
                     for name, value in zip(names, values)}
        self.held = dict(registers)
        result = Concrete(registers, self.isa.read_flags(uc), start.data_address,
                          bytes(uc.mem_read(start.data_address, len(start.data))))
        result.pc = uc.reg_read(self.isa.pc_id)
        return result


def _page_up(n: int) -> int:
    return (n + Emulator.PAGE - 1) & ~(Emulator.PAGE - 1)


# --- comparing ---------------------------------------------------------------

@dataclass
class Mismatch:
    form: str
    start: Concrete
    differences: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        regs = ", ".join(f"{r}={v:#x}" for r, v in self.start.registers.items())
        return f"{self.form}: {'; '.join(self.differences)}\n  from {regs} {self.start.flags}"


def differences(expected: Concrete, actual: Concrete) -> list[str]:
    """What the semantics (`expected`) got wrong against unicorn (`actual`)."""
    found = [f"{r}: semantics {expected.registers[r]:#x}, unicorn {actual.registers[r]:#x}"
             for r in expected.registers if expected.registers[r] != actual.registers[r]]
    found += [f"flag {f}: semantics {expected.flags[f]}, unicorn {actual.flags[f]}"
              for f in expected.flags if expected.flags[f] != actual.flags[f]]
    if expected.data != actual.data:
        found += [f"byte {expected.data_address + i:#x}: semantics {a:#04x}, unicorn {b:#04x}"
                  for i, (a, b) in enumerate(zip(expected.data, actual.data)) if a != b][:8]
    if expected.pc != actual.pc:
        found.append(f"next pc: semantics {expected.pc:#x}, unicorn {actual.pc:#x}")
    return found


def check(isa: IsaUnderTest, image: Image, emulator: Emulator, index: int, form: str,
          starts: list[Concrete]) -> list[Mismatch]:
    """Run form `index` from every start state in both models."""
    instruction_text = with_target(form, index)
    instruction = isa.parse(instruction_text)
    pc = image.slot(index)
    fall_through = pc + isa.instruction_size
    named = set(re.findall(r"[A-Za-z_.$][\w.$]*", instruction_text))
    symbols = {n: v for n, v in image.symbols.items() if n in named}
    mismatches = []
    for start in starts:
        mismatch = Mismatch(form, start)
        try:
            expected = semantic_result(isa, instruction, start, symbols, fall_through, image.symbols)
        except Exception as error:  # noqa: BLE001 - reported as a mismatch
            mismatch.differences.append(f"semantics failed: {error!r}")
            mismatches.append(mismatch)
            continue
        try:
            actual = emulator.run(start, pc)
        except Exception as error:  # noqa: BLE001
            mismatch.differences.append(f"unicorn failed: {error!r}")
            mismatches.append(mismatch)
            continue
        mismatch.differences = differences(expected, actual)
        if mismatch.differences:
            mismatches.append(mismatch)
    return mismatches
