"""Run whole basic blocks in unicorn, from a chosen register state, over a
memory that is mapped lazily and filled deterministically, until control
leaves the block.

Many variants of one block (the original and its mutants) are linked into
one image, each laid out as

    b<i>:  the block's instructions (its branch target renamed `t<i>`)
    e<i>:  nop      <- falling through lands here
    t<i>:  nop      <- a taken branch lands here

Every other symbol the blocks name (globals, callees) is placed with the
linker's --defsym: globals at `GLOBALS + k * GLOBAL_STRIDE`, callees on the
mapped `EXITS` page so that a call stops at a known address. A run stops as
soon as the pc leaves `[b<i>, e<i>)` and reports where it went.

Memory: every page is mapped on first access and filled with 64-bit words
drawn from a generator seeded by (state seed, page): small integers (how
small depends on the seed), edge values, pointers into the `HEAP` region,
random words. Two runs from the same
`Start` therefore see the same bytes wherever they look. `Start.overrides`
(bytes at given addresses: a frame's save slots, read-only constants) are
written on top.
"""

from __future__ import annotations

import bisect
import functools
import random
import re
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from guacc.transpiler.semantics.crosscheck import EDGE_VALUES, IsaUnderTest, read_elf_image

PAGE = 0x1000
MASK64 = (1 << 64) - 1
TEXT = 0x400000
EXITS = 0x500000  # callees and return addresses: mapped, never executed
EXITS_SIZE = 0x10000
RETURN = EXITS + 8  # a return address to hand a function: on the exits page, no callee's
GLOBALS = 0x600000  # data symbols, far below any stack
GLOBAL_STRIDE = 0x10000
HEAP = 0x2000_0000_0000  # where pointers found in memory point
HEAP_SIZE = 1 << 20
MAX_STEPS = 4096
MAX_PAGES = 256  # lazily mapped pages one run may touch


class LinkError(RuntimeError):
    """The original block does not assemble or the image does not link."""


@dataclass
class LinkedBlocks:
    """Block variants linked into one image; `failed`: variants the
    assembler rejected (index -> its message), absent from the image."""

    isa: IsaUnderTest
    text: bytes
    symbols: dict[str, int]  # b<i>/e<i>/t<i> and the placed symbols (by their names in the blocks)
    failed: dict[int, str] = field(default_factory=dict)

    def instruction_starts(self, index: int) -> list[int]:
        """The address of each instruction of variant `index` (a pseudo-
        instruction may assemble to several)."""
        starts, k = [], 0
        while f"b{index}_{k}" in self.symbols:
            starts.append(self.symbols[f"b{index}_{k}"])
            k += 1
        return starts

    def span(self, index: int) -> tuple[int, int, int]:
        """(start, fall-through address, branch target address) of variant `index`."""
        return self.symbols[f"b{index}"], self.symbols[f"e{index}"], self.symbols[f"t{index}"]


@dataclass
class Start:
    """One starting state: register values (architectural names; others
    read 0), flags, the memory seed and byte overrides."""

    registers: dict[str, int]
    flags: dict[str, bool]
    seed: int
    overrides: dict[int, int] = field(default_factory=dict)  # address -> byte


@dataclass
class Outcome:
    """Where control went and the machine state at that moment."""

    exit: tuple  # ('fall',) | ('branch',) | ('call', symbol) | ('jump', pc) | ('fault', pc, what)
    registers: dict[str, int]
    flags: dict[str, bool]
    written: dict[int, int]  # final value of every byte the block stored to
    # (address, size, which instruction of the block) of every load and store
    accesses: list[tuple[int, int, int]] = field(default_factory=list)


# How far small words spread, by seed: tight spreads make equal values and
# zeros (branch conditions, loop bounds) common, wide ones other cases.
_SPREADS = (1, 4, 16, 300)


@functools.lru_cache(maxsize=512)
def _memory_words(seed: int, page: int) -> bytes:
    rng = random.Random(seed * 0x9E3779B97F4A7C15 ^ page)
    spread = _SPREADS[seed % len(_SPREADS)]
    out = bytearray()
    for _ in range(PAGE // 8):
        draw = rng.random()
        if draw < 0.35:
            word = rng.randint(-1, spread)
        elif draw < 0.55:
            word = HEAP + 8 * rng.randrange(HEAP_SIZE // 8)
        elif draw < 0.7:
            word = rng.choice(EDGE_VALUES)
        else:
            word = rng.getrandbits(64)
        out += (word & MASK64).to_bytes(8, "little")
    return bytes(out)


def initial_byte(start: Start, address: int) -> int:
    """The byte at `address` before the block runs from `start`."""
    if address in start.overrides:
        return start.overrides[address]
    page = address & ~(PAGE - 1)
    return _memory_words(start.seed, page)[address - page]


# ------------------------------------------------------------ linking

_ERROR_LINE = re.compile(r":(\d+): Error: (.*)")


def _source(isa: IsaUnderTest, blocks: list[list[str]]) -> tuple[str, dict[int, int]]:
    """Assembly text of the variants, and which variant each line belongs to."""
    lines = [".text", *isa.toolchain.preamble.splitlines(), ".globl _start", "_start:"]
    owner: dict[int, int] = {}
    for i, block in enumerate(blocks):
        lines.append(f"b{i}:")
        for k, text in enumerate(block):
            lines.append(f"b{i}_{k}:\t" + re.sub(r"\btarget\b", f"t{i}", text))
            owner[len(lines)] = i
        lines += [f"e{i}:\t{isa.toolchain.padding}", f"t{i}:\t{isa.toolchain.padding}"]
    return "\n".join(lines) + "\n", owner


def _run(command: list[str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(command, capture_output=True, text=True, cwd=cwd)


def link_blocks(isa: IsaUnderTest, blocks: list[list[str]], data_symbols: list[str],
                callees: list[str]) -> LinkedBlocks:
    """Assemble and link block variants (instruction texts; the word `target`
    stands for the block's branch target). Variants the assembler rejects
    are dropped and reported in `failed`; the rest are linked."""
    placed = {name: GLOBALS + k * GLOBAL_STRIDE for k, name in enumerate(data_symbols)}
    placed |= {name: EXITS + 16 * (k + 1) for k, name in enumerate(callees)}  # never RETURN
    failed: dict[int, str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        while True:
            kept = [b if i not in failed else [] for i, b in enumerate(blocks)]
            source, owner = _source(isa, kept)
            (work / "blocks.s").write_text(source)
            done = _run([*isa.toolchain.assembler, "-o", "blocks.o", "blocks.s"], work)
            if done.returncode == 0:
                break
            bad = {owner[int(m.group(1))]: m.group(2) for m in _ERROR_LINE.finditer(done.stderr)
                   if int(m.group(1)) in owner}
            if not bad or set(bad) <= set(failed):
                raise LinkError(f"assembling blocks failed:\n{done.stderr}")
            failed.update(bad)
        defsyms = [f"--defsym={name}={address:#x}" for name, address in placed.items()]
        done = _run([*isa.toolchain.linker, f"-Ttext={TEXT:#x}", *defsyms, "-o", "blocks", "blocks.o"], work)
        if done.returncode != 0:
            raise LinkError(f"linking blocks failed:\n{done.stderr}")
        image = read_elf_image((work / "blocks").read_bytes())
    symbols = dict(image.symbols) | placed
    return LinkedBlocks(isa, image.text, symbols, failed)


# ------------------------------------------------------------ running

class BlockEmulator:
    """One unicorn instance holding a `LinkedBlocks` image."""

    def __init__(self, linked: LinkedBlocks):
        from unicorn import UC_HOOK_CODE, UC_HOOK_MEM_READ, UC_HOOK_MEM_UNMAPPED, UC_HOOK_MEM_WRITE, Uc

        self.linked, isa = linked, linked.isa
        self.uc = uc = Uc(isa.uc_arch, isa.uc_mode)
        text_end = (TEXT + len(linked.text) + PAGE) & ~(PAGE - 1)
        uc.mem_map(TEXT, text_end - TEXT)
        uc.mem_write(TEXT, linked.text)
        uc.mem_map(EXITS, EXITS_SIZE)
        # nops (the padding after a block), so that nothing raises before the code hook stops the run
        nop = linked.text[linked.symbols["e0"] - TEXT:linked.symbols["t0"] - TEXT]
        uc.mem_write(EXITS, nop * (EXITS_SIZE // len(nop)))
        self.fixed = {(TEXT, text_end), (EXITS, EXITS + EXITS_SIZE)}
        if isa.name.startswith("riscv"):
            from unicorn import riscv_const

            uc.reg_write(riscv_const.UC_RISCV_REG_MSTATUS, 3 << 13)  # FS = dirty: the FPU is on
        self.callees = {address: name for name, address in linked.symbols.items()
                        if EXITS <= address < EXITS + EXITS_SIZE}
        self.mapped: list[int] = []
        self.start: Start | None = None
        self.span = (0, 0, 0)
        self.exit: tuple | None = None
        self.writes: list[tuple[int, int]] = []
        self.accesses: list[tuple[int, int]] = []
        uc.hook_add(UC_HOOK_CODE, self._on_code)
        uc.hook_add(UC_HOOK_MEM_UNMAPPED, self._on_unmapped)
        uc.hook_add(UC_HOOK_MEM_WRITE, self._on_write)
        uc.hook_add(UC_HOOK_MEM_READ, self._on_read)

    # hooks
    def _on_code(self, uc, address, size, _):
        begin, end, target = self.span
        if begin <= address < end:
            return
        if address == end:
            self.exit = ("fall",)
        elif address == target:
            self.exit = ("branch",)
        elif address in self.callees:
            self.exit = ("call", self.callees[address])
        else:
            self.exit = ("jump", address)
        uc.emu_stop()

    def _map_page(self, page: int) -> bool:
        from unicorn import UcError

        if len(self.mapped) >= MAX_PAGES:
            return False
        try:
            self.uc.mem_map(page, PAGE)
        except UcError:
            return False
        self.mapped.append(page)
        data = bytearray(_memory_words(self.start.seed, page))
        for address, byte in self.start.overrides.items():
            if page <= address < page + PAGE:
                data[address - page] = byte
        self.uc.mem_write(page, bytes(data))
        return True

    def _on_unmapped(self, uc, access, address, size, value, _):
        from unicorn import UC_MEM_FETCH_UNMAPPED

        if access == UC_MEM_FETCH_UNMAPPED:
            return False
        first, last = address & ~(PAGE - 1), (address + max(size, 1) - 1) & ~(PAGE - 1)
        return all(self._map_page(page) for page in range(first, last + PAGE, PAGE)
                   if not self._is_mapped(page))

    def _is_mapped(self, page: int) -> bool:
        return page in self.mapped or any(lo <= page < hi for lo, hi in self.fixed)

    def _on_write(self, uc, access, address, size, value, _):
        self.writes.append((address, size))
        self.accesses.append((address, size, uc.reg_read(self.linked.isa.pc_id)))

    def _on_read(self, uc, access, address, size, value, _):
        self.accesses.append((address, size, uc.reg_read(self.linked.isa.pc_id)))

    def run(self, index: int, start: Start) -> Outcome:
        """Run variant `index` from `start` until it leaves its block."""
        from unicorn import UcError

        uc, isa = self.uc, self.linked.isa
        for page in self.mapped:
            uc.mem_unmap(page, PAGE)
        self.mapped, self.start, self.exit, self.writes, self.accesses = [], start, None, [], []
        self.span = self.linked.span(index)
        for page in sorted({a & ~(PAGE - 1) for a in start.overrides}):
            if not self._is_mapped(page):
                self._map_page(page)
        uc.reg_write_batch([(rid, start.registers.get(name, 0) & ((1 << isa.bits(name)) - 1))
                            for name, rid in isa.register_ids.items()])
        if isa.flags:
            isa.write_flags(uc, start.flags)
        try:
            uc.emu_start(self.span[0], 0, count=MAX_STEPS)
        except UcError as error:
            if self.exit is None:  # (an exception can follow the hook's stop)
                self.exit = ("fault", uc.reg_read(isa.pc_id), str(error))
        if self.exit is None:
            self.exit = ("limit",)
        names = list(isa.register_ids)
        values = uc.reg_read_batch([isa.register_ids[n] for n in names])
        registers = {n: v & ((1 << isa.bits(n)) - 1) for n, v in zip(names, values)}
        written = {}
        for address, size in self.writes:
            try:
                data = uc.mem_read(address, size)
            except UcError:  # the store faulted: nothing was written
                continue
            written.update(zip(range(address, address + size), data))
        starts = self.linked.instruction_starts(index)
        accesses = [(address, size, bisect.bisect_right(starts, pc) - 1) for address, size, pc in self.accesses]
        return Outcome(self.exit, registers, isa.read_flags(uc) if isa.flags else {}, written, accesses)
