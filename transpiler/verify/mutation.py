"""Mutation testing of the block verifier against unicorn.

A proven block pair is a fixed point to measure the verifier on: single
mutations of the target block (an opcode, a register, an immediate, the
order of two source operands) are correct translations or not, and unicorn
tells many of the wrong ones apart. Since the original target block is
proven equivalent to the source block, a mutant behaves differently from the
source exactly when its observable outcome differs from the ORIGINAL TARGET
block's on the same machine state: both run in the target ISA and no
cross-ISA state mapping is needed.

- `block_mutants` lists every single mutation of a block that prints and
  parses back, is modelled by the semantics and keeps the block's control
  flow; `sample_mutants` picks a seeded subset balanced over the kinds.
- `make_starts` draws machine states that meet the verifier's boundary
  invariants (sp and the frame pointer at the frame's offsets from a CFA,
  save slots holding the caller's values, read-only data as in the file);
  `in_bounds_states` keeps those in which the original block's indexed
  accesses stay inside their stack slots (C's rule the verifier assumes).
- `Observer` says what the rest of the function can see of a run (what
  the next block's proof relies on): the exit taken, the registers the
  correspondence pairs at the successor (at the widths the boundary carries
  them), the ABI's registers at calls and returns, the bytes written
  outside the frame or into its paired slots. `first_difference` sorts what
  differs into CATEGORIES: observable behaviour; only the upper half of a
  32-bit argument or result of a RISC-V target (the psABI wants it
  sign-extended); only a register live into the successor that the
  correspondence pairs with nothing (a gap that leaves the successor
  unprovable, not a wrong verdict on this block).
- `examine_pair` runs it all for one proven pair; `proven_pairs` and
  `Tally` serve the test and the bench over whole programs.

What is never mutated, and why:
- calls, returns and unconditional jumps: their only operand is the target,
  and changing it changes the control-flow graph, not a block's code
  (conditional branches keep their target but change opcode, registers or
  operand order);
- symbol operands (labels, globals, relocations): the same reason, and the
  pairing and the linked image rely on them;
- instructions naming floating-point registers: unicorn 2.1 disagrees with
  the semantics on NaN boxing, so a difference there would be the
  emulator's, not the verifier's.
The prologue is mutated like any other code: the correspondence (frame
layout, slot map) is inferred once from the original function and kept, as
a translator's would be, so a mutated frame setup shows up as broken frame
invariants rather than as a different frame.
"""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Iterator
from dataclasses import dataclass

import z3

from guacc.compiler.diagnostics import GuaccError
from guacc.transpiler.asm.model import Block, Cond, Imm, Instruction, Mem, Reg, Shift, SymRef
from guacc.transpiler.asm.parser import parse_instruction
from guacc.transpiler.asm.printer import format_instruction
from guacc.transpiler.semantics import block_emulator as emu
from guacc.transpiler.semantics.crosscheck import random_value

from .abi import abi, role_pairs, semantics
from .correspondence import FunctionCorrespondence
from .equivalence import BlockVerdict, check_blocks
from .frame import split_cfa_offset
from .liveness import FLAG, effects
from .relation import make_inputs
from .trace import SEMANTICS_ERRORS, UnsupportedCode, run_segment

KINDS = ("opcode", "register", "immediate", "swap")

# Opcodes of one shape: each may replace any other of a group it is in.
_RISCV_GROUPS = (
    ("add", "sub", "mul"), ("and", "or", "xor"), ("add", "or", "xor"), ("sll", "srl", "sra"),
    ("slt", "sltu", "sgt", "sgtu"), ("add", "addw"), ("sub", "subw"), ("mul", "mulw"),
    ("addw", "subw", "mulw"), ("sllw", "srlw", "sraw"),
    ("addi", "xori", "ori", "andi"), ("addi", "addiw"), ("slli", "srli", "srai"),
    ("slliw", "srliw", "sraiw"), ("slti", "sltiu"),
    ("lb", "lbu", "lh", "lhu", "lw", "lwu", "ld"), ("sb", "sh", "sw", "sd"),
    ("beq", "bne", "blt", "bge", "bltu", "bgeu", "ble", "bgt", "bleu", "bgtu"),
    ("beqz", "bnez", "blez", "bgez", "bltz", "bgtz"),
    ("mv", "neg", "not", "sext.w", "negw", "seqz", "snez"),
)
_ARM_GROUPS = (
    ("add", "sub"), ("adds", "subs"), ("and", "orr", "eor"), ("add", "orr", "eor"),
    ("lsl", "lsr", "asr", "ror"), ("mul", "mneg"), ("smull", "umull"), ("smulh", "umulh"),
    ("madd", "msub"), ("cmp", "cmn", "tst"), ("neg", "mvn"), ("mov", "mvn"),
    ("sxtb", "sxth", "uxtb", "uxth"), ("sxtw", "uxtw"), ("ubfx", "sbfx"), ("ubfiz", "sbfiz"),
    ("ldrb", "ldrsb", "ldrh", "ldrsh"), ("strb", "strh"), ("csel", "csinc", "csinv", "csneg"),
    ("cset", "csetm"), ("cinc", "cinv", "cneg"), ("cbz", "cbnz"), ("tbz", "tbnz"),
    ("b.eq", "b.ne", "b.lt", "b.ge", "b.gt", "b.le", "b.lo", "b.hs", "b.hi", "b.ls", "b.mi", "b.pl"),
)
_GROUPS = {"riscv": _RISCV_GROUPS, "arm": _ARM_GROUPS}
_CONDITIONS = ("eq", "ne", "lt", "ge", "gt", "le", "lo", "hs", "hi", "ls", "mi", "pl")

# Registers a mutated register operand may become, besides those the block names.
_RISCV_POOL = ("zero", "ra", "sp", "s0", "s1", "a0", "a1", "a4", "a5", "t0")
_ARM_POOL = ("0", "1", "2", "19", "29", "30", "sp", "zr")  # numbers (x/w chosen by width)


@dataclass(frozen=True)
class Mutant:
    kind: str  # one of KINDS
    index: int  # which instruction of the block
    original: Instruction
    replacement: Instruction

    def apply(self, block: Block) -> Block:
        instrs = list(block.instructions)
        instrs[self.index] = self.replacement
        return Block(block.label, instrs, list(block.successors))

    def describe(self, isa: str) -> str:
        return (f"[{self.index}] {format_instruction(self.original, isa).replace(chr(9), ' ')}"
                f" -> {format_instruction(self.replacement, isa).replace(chr(9), ' ')}")


# ------------------------------------------------------------ generating mutants

def _is_fp_register(isa: str, name: str) -> bool:
    try:
        arch = semantics(isa).canonical_register(name)[0]
    except SEMANTICS_ERRORS:
        return False
    return arch.startswith(("f", "v"))


def _register_names(op) -> list[str]:
    if isinstance(op, Reg):
        return [op.name]
    if isinstance(op, Mem):
        return [op.base.name] + ([op.offset.name] if isinstance(op.offset, Reg) else [])
    return []


def mutable(isa: str, instr: Instruction) -> bool:
    """Whether `instr` is mutated at all (see the module docstring)."""
    try:
        eff = effects(isa, instr)
    except (UnsupportedCode, *SEMANTICS_ERRORS):
        return False
    if eff.exit_kind not in (None, "cond") or instr.opcode == "nop":
        return False
    return not any(_is_fp_register(isa, n) for op in instr.operands for n in _register_names(op))


def _arm_register(name: str) -> tuple[str, int] | None:
    """('7' | 'sp' | 'zr', bits) of an AArch64 integer register name."""
    if name in ("sp", "wsp"):
        return "sp", 64 if name == "sp" else 32
    if name in ("xzr", "wzr"):
        return "zr", 64 if name == "xzr" else 32
    if name[:1] in ("x", "w") and name[1:].isdigit():
        return name[1:], 64 if name[0] == "x" else 32
    return None


def _arm_name(number: str, bits: int) -> str:
    if number == "sp":
        return "sp" if bits == 64 else "wsp"
    if number == "zr":
        return "xzr" if bits == 64 else "wzr"
    return ("x" if bits == 64 else "w") + number


def _register_choices(isa: str, name: str, block_names: list[str]) -> list[str]:
    """Names `name` may become: other registers of its width (the block's
    own first), and for AArch64 the same register at the other width."""
    if isa == "riscv":
        return [n for n in dict.fromkeys([*block_names, *_RISCV_POOL]) if n != name]
    parsed = _arm_register(name)
    if parsed is None:
        return []
    number, bits = parsed
    numbers = [p[0] for p in map(_arm_register, block_names) if p is not None]
    names = [_arm_name(n, bits) for n in dict.fromkeys([*numbers, *_ARM_POOL])]
    return [n for n in names if n != name] + [_arm_name(number, 96 - bits)]


def _immediate_choices(value: int, in_memory: bool) -> list[int]:
    steps = (1, -1, 4, -4, 8, -8) if in_memory else (1, -1)
    out = [value + s for s in steps] + [-value, 0 if value else 1, 2 * value]
    return [v for v in dict.fromkeys(out) if v != value]


def _operand_variants(isa: str, op, block_names: list[str]) -> Iterator[tuple[str, object]]:
    """(kind, replacement operand) for one operand."""
    match op:
        case Reg(name):
            for other in _register_choices(isa, name, block_names):
                yield "register", Reg(other)
        case Imm(value):
            for other in _immediate_choices(value, False):
                yield "immediate", Imm(other)
        case Shift(kind, amount) if amount is not None:
            for other in (amount + 1, amount - 1):
                if other >= 0:
                    yield "immediate", Shift(kind, other)
        case Cond(code) if code in _CONDITIONS:
            for other in _CONDITIONS:
                if other != code:
                    yield "opcode", Cond(other)
        case Mem(base, offset, shift, mode):
            for other in _register_choices(isa, base.name, block_names):
                yield "register", Mem(Reg(other), offset, shift, mode)
            if isinstance(offset, Reg):
                for other in _register_choices(isa, offset.name, block_names):
                    yield "register", Mem(base, Reg(other), shift, mode)
            if isinstance(offset, Imm) or (offset is None and mode == "offset"):
                for other in _immediate_choices(offset.value if offset else 0, True):
                    yield "immediate", Mem(base, Imm(other), shift, mode)
            if shift is not None and shift.amount is not None:
                for other in (shift.amount + 1, shift.amount - 1):
                    if other >= 0:
                        yield "immediate", Mem(base, offset, Shift(shift.kind, other), mode)


def _opcode_partners(isa: str, opcode: str) -> list[str]:
    partners = [o for group in _GROUPS[isa] if opcode in group for o in group]
    return [o for o in dict.fromkeys(partners) if o != opcode]


def _writes_first_operand(isa: str, instr: Instruction) -> bool:
    first = instr.operands[0] if instr.operands else None
    if not isinstance(first, Reg):
        return False
    try:
        arch = semantics(isa).canonical_register(first.name)[0]
    except SEMANTICS_ERRORS:
        return False
    return arch in effects(isa, instr).writes


def instruction_variants(isa: str, instr: Instruction, block_names: list[str]) -> Iterator[tuple[str, Instruction]]:
    """(kind, replacement) for every single mutation of one instruction,
    before validation."""
    for opcode in _opcode_partners(isa, instr.opcode):
        yield "opcode", dataclasses.replace(instr, opcode=opcode)
    if isa == "arm" and instr.opcode in ("ldr", "ldrsw") and isinstance(instr.operands[0], Reg):
        # the 32-bit load's sign-extending twin and back: `ldr w0` <-> `ldrsw x0`
        parsed = _arm_register(instr.operands[0].name)
        if parsed is not None:
            to_sign = instr.opcode == "ldr" and parsed[1] == 32
            if to_sign or instr.opcode == "ldrsw":
                reg = Reg(_arm_name(parsed[0], 64 if to_sign else 32))
                yield "opcode", dataclasses.replace(instr, opcode="ldrsw" if to_sign else "ldr",
                                                    operands=(reg, *instr.operands[1:]))
    for position, op in enumerate(instr.operands):
        for kind, other in _operand_variants(isa, op, block_names):
            operands = list(instr.operands)
            operands[position] = other
            yield kind, dataclasses.replace(instr, operands=tuple(operands))
    first = 1 if _writes_first_operand(isa, instr) else 0
    ops = instr.operands
    for i in range(first, len(ops) - 1):
        if isinstance(ops[i], Reg) and isinstance(ops[i + 1], Reg) and ops[i] != ops[i + 1]:
            swapped = (*ops[:i], ops[i + 1], ops[i], *ops[i + 2:])
            yield "swap", dataclasses.replace(instr, operands=swapped)


def _valid(isa: str, original: Instruction, replacement: Instruction) -> bool:
    """Prints and parses back to itself, is modelled, and ends the block (or
    not) the way the original does."""
    try:
        parsed = parse_instruction(format_instruction(replacement, isa), isa)
        if (parsed.opcode, parsed.operands) != (replacement.opcode, replacement.operands):
            return False
        return effects(isa, replacement).exit_kind == effects(isa, original).exit_kind
    except (GuaccError, UnsupportedCode, z3.Z3Exception, *SEMANTICS_ERRORS):
        # (the AArch64 semantics meet a `w` base register with a Z3 sort error, not UnsupportedInstruction)
        return False


def block_mutants(block: Block, isa: str) -> list[Mutant]:
    """Every valid single mutation of `block`, in a fixed order."""
    names = [n for i in block.instructions for op in i.operands for n in _register_names(op)]
    names = [n for n in dict.fromkeys(names) if not _is_fp_register(isa, n)]
    out, seen = [], set()
    for index, instr in enumerate(block.instructions):
        if not mutable(isa, instr):
            continue
        for kind, replacement in instruction_variants(isa, instr, names):
            key = (index, replacement.opcode, replacement.operands)
            if key in seen or replacement == instr or not _valid(isa, instr, replacement):
                continue
            seen.add(key)
            out.append(Mutant(kind, index, instr, replacement))
    return out


def sample_mutants(mutants: list[Mutant], limit: int, seed: int) -> list[Mutant]:
    """At most `limit` mutants, drawn round-robin over the kinds (a seeded
    shuffle within each kind), in block order."""
    rng = random.Random(seed)
    by_kind = {k: [m for m in mutants if m.kind == k] for k in KINDS}
    for group in by_kind.values():
        rng.shuffle(group)
    chosen: list[Mutant] = []
    while len(chosen) < limit and any(by_kind.values()):
        for kind in KINDS:
            if by_kind[kind] and len(chosen) < limit:
                chosen.append(by_kind[kind].pop())
    return sorted(chosen, key=mutants.index)


# ------------------------------------------------------------ running blocks in unicorn

def isa_under_test(isa: str):
    """The unicorn description of `isa` (imported late: unicorn is optional)."""
    if isa == "arm":
        from guacc.transpiler.semantics.aarch64_crosscheck import isa_under_test as describe
    else:
        from guacc.transpiler.semantics.riscv_crosscheck import isa_under_test as describe
    return describe()


@dataclass
class LinkedVariants:
    """A block and its mutants in one image: variant 0 is the block,
    variant i + 1 mutant i; `symbols` maps the block's symbol names to the
    names they were linked under."""

    linked: emu.LinkedBlocks
    symbols: dict[str, str]

    def address(self, symbol: str) -> int:
        return self.linked.symbols[self.symbols[symbol]]


def _linkable_text(isa: str, instr: Instruction, names: dict[str, str]) -> str:
    """`instr` as text for `link_blocks`: its branch target becomes `target`,
    other symbols their linked names."""
    eff = effects(isa, instr)

    def rename(op):
        if isinstance(op, Mem) and isinstance(op.offset, SymRef):
            return dataclasses.replace(op, offset=rename(op.offset))
        if not isinstance(op, SymRef):
            return op
        if eff.exit_kind in ("cond", "branch") and op.name == eff.target:
            return SymRef("target")
        return dataclasses.replace(op, name=names[op.name])

    return format_instruction(dataclasses.replace(instr, operands=tuple(map(rename, instr.operands))), isa)


def link_variants(block: Block, isa: str, mutants: list[Mutant]) -> LinkedVariants:
    """Assemble the block and every mutant into one image (mutants the
    assembler rejects are in `linked.failed` by variant number)."""
    callees, data = [], []
    for instr in block.instructions:
        eff = effects(isa, instr)
        for op in instr.operands:
            sym = op.offset if isinstance(op, Mem) else op
            if isinstance(sym, SymRef) and not (eff.exit_kind in ("cond", "branch") and sym.name == eff.target):
                (callees if eff.exit_kind == "call" else data).append(sym.name)
    callees, data = list(dict.fromkeys(callees)), [d for d in dict.fromkeys(data) if d not in callees]
    names = {name: f"sym{k}" for k, name in enumerate(callees + data)}
    variants = [block] + [m.apply(block) for m in mutants]
    texts = [[_linkable_text(isa, i, names) for i in v.instructions] for v in variants]
    linked = emu.link_blocks(isa_under_test(isa), texts, [names[d] for d in data], [names[c] for c in callees])
    return LinkedVariants(linked, names)


# ------------------------------------------------------------ starting states

STACK = 0x7FF0_0000_0000  # CFAs lie just below (the verifier: 2^32 <= cfa <= 2^47, 16-aligned)


@dataclass
class FrameStart:
    start: emu.Start
    cfa: int


def make_starts(corr: FunctionCorrespondence, block: Block, variants: LinkedVariants, count: int,
                seed: int) -> list[FrameStart]:
    """`count` random states at the entry of target block `block` that meet
    the verifier's boundary invariants: sp (and the frame pointer, and the
    link register of a leaf) where the frame puts them, save slots holding
    the caller's values, read-only data as in the file; on RISC-V, 32-bit
    values carried into the block sign-extended (as gcc keeps them). Everything else is
    random (edge values likely); memory differs from state to state."""
    isa_name, frame = corr.dst.isa, corr.dst.frame
    isa, conv = isa_under_test(isa_name), abi(isa_name)
    entry = block.label == corr.dst.blocks[0].label
    src_label = {d: s for s, d in corr.label_map.items()}.get(block.label, "")
    narrow = [p for p in corr.pairs_at(src_label, 0) if p.bits == 32 and isa_name == "riscv"]
    zero_upper = [p for p in corr.pairs_at(src_label, 0) if p.zero_upper and isa_name == "arm"]
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        regs = {r: isa.value_generators.get(r, random_value)(rng) for r in isa.registers}
        for r in isa.zero_registers:
            regs[r] = 0
        for pair in narrow:  # gcc and the psABI keep 32-bit values sign-extended in RISC-V registers
            low = regs[pair.dst] & 0xFFFFFFFF
            regs[pair.dst] = low - ((low & 0x80000000) << 1) & emu.MASK64
        for pair in zero_upper:  # only `w` writes reach the block
            regs[pair.dst] &= 0xFFFFFFFF
        cfa = STACK - 16 * rng.randrange(1, 256)
        caller_fp = cfa + 16 * rng.randrange(1, 64)
        overrides: dict[int, int] = {}
        if entry:
            regs[conv.sp], regs[conv.fp], regs[conv.lr] = cfa, caller_fp, emu.RETURN
        else:
            regs[conv.sp] = cfa - frame.size
            if frame.fp[0] == "cfa":
                regs[conv.fp] = cfa + frame.fp[1]
            elif frame.fp[0] == "entry":
                regs[conv.fp] = caller_fp
            if frame.lr[0] == "entry":
                regs[conv.lr] = emu.RETURN
            fresh = frame.fresh_at(block, 0)  # registers at their entry values: the saves hold them
            holder = {role: reg for reg, role in frame.names.items() if reg in fresh}
            for slot in frame.slots_at(block, 0):
                value = {"fp": caller_fp, "lr": emu.RETURN}.get(slot.role)
                if value is None:
                    value = regs[holder[slot.role]] if slot.role in holder else random_value(rng)
                for i, byte in enumerate(value.to_bytes(8, "little")[:slot.size]):
                    overrides[cfa + slot.offset + i] = byte
        for name, data in corr.dst_constants.items():
            if name in variants.symbols:
                base = variants.address(name)
                overrides.update({base + i: byte for i, byte in enumerate(data)})
        flags = {f: rng.random() < 0.5 for f in isa.flags}
        out.append(FrameStart(emu.Start(regs, flags, rng.getrandbits(32), overrides), cfa))
    return out


# ------------------------------------------------------------ what the function sees

def _write_widths(isa: str, instrs: list[Instruction], end: int) -> dict[str, int]:
    """Bits through which each register was last written before `end`
    (AArch64 `w` names write 32)."""
    widths: dict[str, int] = {}
    for instr in reversed(instrs[:end]):
        eff = effects(isa, instr)
        for reg in eff.writes:
            widths.setdefault(reg, eff.write_width(reg))
    return widths


def _exit_index(isa: str, block: Block, kind: str) -> int | None:
    kinds = [effects(isa, i).exit_kind for i in block.instructions]
    return kinds.index(kind) if kind in kinds else None


@dataclass(frozen=True)
class View:
    """The registers the rest of the function sees at one exit."""

    bits: dict[str, int]  # register (or 'flag:x') -> how many low bits count
    # registers holding a 32-bit value at a call or return of a RISC-V target:
    # the verifier compares their low half, the psABI has them sign-extended
    abi_narrow: frozenset[str] = frozenset()
    unpaired: frozenset[str] = frozenset()  # live into the successor, yet related to nothing of the source


class Observer:
    """What the rest of the function can see of a run of the target block,
    by the exit taken: what the next block's proof relies on.

    Registers at a branch or fall-through: those the correspondence pairs
    at the successor's boundary (a 32-bit pair only its low half), sp, the
    frame pointer and link register where the frame fixes them, and the
    callee-saved registers the function never writes (they hold the
    caller's values throughout). Registers live into the successor but
    paired with nothing are reported apart (`View.unpaired`): the next
    block's proof holds whatever they contain, so a difference there is a
    gap in the correspondence (the successor cannot be proven), not a
    wrong verdict on this block. At a call: the arguments (AArch64: through
    the width written, its upper half being unspecified; RISC-V: all 64
    bits, 32-bit values sign-extended by the psABI), the callee-saved
    registers the code after the call reads (paired ones; unpaired ones
    apart, as above), the frame registers. At a
    return: the return value (likewise), sp, the frame and link registers,
    every callee-saved register.

    Memory: every byte written outside the frame; inside it, the bytes of
    paired slots and save slots (the rest of the frame is nobody's
    business); after a return nothing of the frame.
    """

    def __init__(self, corr: FunctionCorrespondence, src_block: Block, dst_block: Block):
        self.corr, self.isa = corr, corr.dst.isa
        self.src_block, self.block = src_block, dst_block
        side, conv = corr.dst, abi(self.isa)
        self.successors = {"fall": side.fall_through(dst_block.label)}
        last = effects(self.isa, dst_block.instructions[-1]) if dst_block.instructions else None
        if last is not None and last.exit_kind in ("cond", "branch"):
            self.successors["branch"] = side.resolve(last.target)
        self.src_label = {d: s for s, d in corr.label_map.items()}
        self.slots = ([(s.dst, s.size) for s in corr.slots]
                      + [(s.offset, s.size) for s in side.frame.save_slots])
        frame = side.frame
        self.invariant = {conv.sp} | set(frame.untouched)
        if frame.fp[0] != "free":
            self.invariant.add(conv.fp)
        if frame.lr[0] == "entry":
            self.invariant.add(conv.lr)
        self.views: dict[str, View] = {}

    def view(self, exit_: tuple) -> View:
        kind = exit_[0] if exit_[0] in ("fall", "branch", "call") else "ret"
        if kind not in self.views:
            self.views[kind] = self._view(kind)
        return self.views[kind]

    def _boundary(self, kind: str):
        """(pairs, live-in) of the block the exit leads to."""
        successor = self.successors.get("fall" if kind == "call" else kind)
        if successor is None:
            return [], frozenset()
        pairs = self.corr.pairs_at(self.src_label.get(successor, ""), 0)
        return pairs, self.corr.dst.liveness[successor].live_in

    def _view(self, kind: str) -> View:
        conv = abi(self.isa)
        bits = dict.fromkeys(self.invariant, 64)
        if kind in ("fall", "branch"):
            pairs, live = self._boundary(kind)
            bits |= {p.dst: p.bits for p in pairs}
            paired = {p.dst for p in pairs} | set(abi(self.isa).frame_registers) | self.invariant
            return View(bits, unpaired=frozenset(r for r in live - paired if r != conv.zero))
        unpaired: frozenset[str] = frozenset()
        if kind == "call":
            pairs, live_after = self._boundary(kind)
            bits |= {p.dst: p.bits for p in pairs if p.dst in conv.callee_saved}
            unpaired = frozenset(live_after & conv.callee_saved) - set(bits)
            index = _exit_index(self.isa, self.block, "call")
            live = self.corr.dst.liveness[self.block.label].before[index] if index is not None else frozenset()
            values = [r for r in conv.args if r in live]
            src_index = _exit_index(self.corr.src.isa, self.src_block, "call")
            roles = dict(role_pairs(self.corr.dst.isa, self.corr.src.isa))
            narrow = {r for r in values if self._source_width(roles.get(r), src_index) == 32}
        else:
            bits |= dict.fromkeys(conv.callee_saved, 64) | {conv.fp: 64, conv.lr: 64}
            values = list(conv.returns[:1]) if self.corr.returns_value else []
            narrow = set(values) if self.corr.return_bits == 32 else set()
        if self.isa == "arm":  # AAPCS64: the upper half of a `w` value is unspecified
            index = _exit_index(self.isa, self.block, "call") if kind == "call" else len(self.block.instructions)
            widths = _write_widths(self.isa, self.block.instructions, index)
            return View(bits | {r: (32 if r in narrow or widths.get(r) == 32 else 64) for r in values},
                        unpaired=unpaired)
        return View(bits | dict.fromkeys(values, 64), abi_narrow=frozenset(narrow), unpaired=unpaired)

    def _source_width(self, src_reg: str | None, src_index: int | None) -> int:
        """Bits the source block last wrote its argument register through."""
        if src_reg is None or src_index is None or self.corr.src.isa != "arm":
            return 64
        return _write_widths("arm", self.src_block.instructions, src_index).get(src_reg, 64)

    def sees_byte(self, address: int, cfa: int, exit_: tuple) -> bool:
        offset = address - cfa
        if not -self.corr.frame_span <= offset < 0:
            return True
        if exit_[0] not in ("fall", "branch", "call"):
            return False
        return any(start <= offset < start + size for start, size in self.slots)


def indexed_frame_accesses(corr: FunctionCorrespondence, block: Block) -> frozenset[int]:
    """Instructions of target block `block` whose memory address is the
    frame's plus a variable part (an index into a local array): run
    symbolically from the verifier's own inputs for the block."""
    src_label = {d: s for s, d in corr.label_map.items()}.get(block.label)
    if src_label is None:
        return frozenset()
    run = run_segment(corr.dst.isa, make_inputs(corr, src_label, 0).dst, block.instructions)
    return frozenset(acc.index for acc in run.accesses
                     if (where := split_cfa_offset(acc.address)) is not None and where[1])


def in_bounds_states(observer: Observer, indexed: frozenset[int], starts: list[FrameStart],
                     originals: list[emu.Outcome]) -> list[int]:
    """The states in which the original block's indexed frame accesses
    (`indexed`: by instruction) each stay inside one paired slot or save
    slot, as C requires and the verifier assumes of the source
    (`relation.source_assumptions`). A mutant that differs only where an
    index runs off its array differs only in programs with undefined
    behaviour."""
    def fits(offset: int, size: int) -> bool:
        return any(start <= offset and offset + size <= start + length for start, length in observer.slots)

    return [k for k, (fs, outcome) in enumerate(zip(starts, originals))
            if all(fits(address - fs.cfa, size) for address, size, index in outcome.accesses if index in indexed)]


# How a mutant's run differs from the original's, most serious first.
OBSERVABLE, ABI_UPPER_HALF, UNPAIRED = "observable", "abi upper half", "unpaired register"
CATEGORIES = (OBSERVABLE, ABI_UPPER_HALF, UNPAIRED)


def _register_difference(a: emu.Outcome, b: emu.Outcome, reg: str, bits: int) -> str | None:
    if reg.startswith(FLAG):
        flag = reg[len(FLAG):]
        if a.flags.get(flag) != b.flags.get(flag):
            return f"flag {flag}: {a.flags.get(flag)} vs {b.flags.get(flag)}"
        return None
    mask = (1 << bits) - 1
    if (a.registers[reg] ^ b.registers[reg]) & mask:
        return f"{reg}/{bits}: {a.registers[reg] & mask:#x} vs {b.registers[reg] & mask:#x}"
    return None


def first_difference(observer: Observer, fs: FrameStart, a: emu.Outcome,
                     b: emu.Outcome) -> tuple[str, str] | None:
    """(category, what) of how run `b` differs from run `a` as the function
    sees it, the most serious category first; None when it does not. A
    fault ends the program, so two runs faulting alike do not differ."""
    if a.exit != b.exit:
        return OBSERVABLE, f"exit {a.exit} vs {b.exit}"
    if a.exit[0] == "fault":
        return None
    view = observer.view(a.exit)
    for reg, bits in sorted(view.bits.items()):
        what = _register_difference(a, b, reg, 32 if reg in view.abi_narrow else bits)
        if what:
            return OBSERVABLE, what
    for address in sorted(set(a.written) | set(b.written)):
        if not observer.sees_byte(address, fs.cfa, a.exit):
            continue
        va = a.written.get(address, emu.initial_byte(fs.start, address))
        vb = b.written.get(address, emu.initial_byte(fs.start, address))
        if va != vb:
            return OBSERVABLE, f"byte cfa{address - fs.cfa:+#x}: {va:#04x} vs {vb:#04x}"
    for reg in sorted(view.abi_narrow):
        what = _register_difference(a, b, reg, 64)
        if what:
            return ABI_UPPER_HALF, what
    for reg in sorted(view.unpaired):
        what = _register_difference(a, b, reg, 64)
        if what:
            return UNPAIRED, what
    return None


# ------------------------------------------------------------ one proven pair

@dataclass
class MutantReport:
    mutant: Mutant
    category: str | None  # the most serious of CATEGORIES unicorn showed (None: none in any state)
    difference: str | None  # what differed, for that category
    state: int | None  # which start state (of `make_starts`) showed it
    verdict: BlockVerdict

    @property
    def differs(self) -> bool:
        """Unicorn shows the function would behave differently."""
        return self.category == OBSERVABLE

    @property
    def rejected(self) -> bool:
        """Anything but 'verified' (a timeout too) rejects the mutant."""
        return self.verdict.status != "verified"


@dataclass
class PairReport:
    label: str  # the target block
    candidates: int  # valid mutants before sampling
    states: int  # start states kept (those in which the original stays in bounds)
    reports: list[MutantReport]


def _compare(observer: Observer, starts: list[FrameStart], originals: list[emu.Outcome],
             run) -> tuple[str | None, str | None, int | None]:
    """(category, what, state) of the most serious difference over the
    states (the first state showing it)."""
    best: tuple[str | None, str | None, int | None] = (None, None, None)
    for k, (fs, original) in enumerate(zip(starts, originals)):
        found = first_difference(observer, fs, original, run(fs.start))
        if found is None:
            continue
        if best[0] is None or CATEGORIES.index(found[0]) < CATEGORIES.index(best[0]):
            best = (found[0], found[1], k)
        if found[0] == OBSERVABLE:
            break
    return best


def examine_pair(src_block: Block, src_isa: str, dst_block: Block, dst_isa: str, corr: FunctionCorrespondence,
                 max_mutants: int = 24, states: int = 12, seed: int = 0, timeout_s: float = 2.0,
                 only: list[Mutant] | None = None) -> PairReport:
    """Mutate the target block of a proven pair; run each sampled mutant (or
    those of `only` that assemble) and the original in unicorn from the same
    `states` random states, and ask the verifier about each mutant."""
    candidates = block_mutants(dst_block, dst_isa)
    try:
        variants = link_variants(dst_block, dst_isa, candidates)
    except emu.LinkError as err:
        raise UnsupportedCode(str(err).splitlines()[-1]) from err
    if 0 in variants.linked.failed:
        raise UnsupportedCode(f"the original block does not assemble: {variants.linked.failed[0]}")
    number = {id(m): i + 1 for i, m in enumerate(candidates)}
    valid = [m for m in candidates if number[id(m)] not in variants.linked.failed]
    chosen = sample_mutants(valid, max_mutants, seed) if only is None else [m for m in valid if m in only]
    emulator = emu.BlockEmulator(variants.linked)
    starts = make_starts(corr, dst_block, variants, states, seed)
    observer = Observer(corr, src_block, dst_block)
    originals = [emulator.run(0, fs.start) for fs in starts]
    kept = in_bounds_states(observer, indexed_frame_accesses(corr, dst_block), starts, originals)
    starts, originals = [starts[k] for k in kept], [originals[k] for k in kept]
    reports = []
    for mutant in chosen:
        category, difference, state = _compare(observer, starts, originals,
                                               lambda start: emulator.run(number[id(mutant)], start))
        verdict = check_blocks(src_block, src_isa, mutant.apply(dst_block), dst_isa, corr, timeout_s=timeout_s)
        reports.append(MutantReport(mutant, category, difference, None if state is None else kept[state], verdict))
    return PairReport(dst_block.label, len(valid), len(starts), reports)


# ------------------------------------------------------------ over a program

def proven_pairs(src_asm, src_isa: str, dst_asm, dst_isa: str, timeout_s: float,
                 keep=lambda index, src_block, dst_block: True) -> Iterator[tuple]:
    """(function, src block, dst block, correspondence) for every block pair
    of two compiles of one program that the verifier proves; `keep(index,
    src block, dst block)` (index: the pair's number in the program) picks
    which pairs are tried at all."""
    from .program import correspond_function, readonly_constants

    constants = readonly_constants(src_asm), readonly_constants(dst_asm)
    index = 0
    for name, src_fn in src_asm.functions.items():
        if name not in dst_asm.functions:
            continue
        dst_fn = dst_asm.functions[name]
        result = correspond_function(name, src_isa, src_fn, dst_isa, dst_fn, *constants)
        for pair in result.pairs:
            index += 1
            src_block, dst_block = src_fn.block(pair.src), dst_fn.block(pair.dst)
            if result.error or not keep(index, src_block, dst_block):
                continue
            verdict = check_blocks(src_block, src_isa, dst_block, dst_isa, result.correspondence, timeout_s=timeout_s)
            if verdict.verified:
                yield name, src_block, dst_block, result.correspondence


@dataclass
class Tally:
    """Kill-rate figures over many mutants, per kind, and the mutants the
    verifier accepts although unicorn tells them apart (by category)."""

    rows: dict[str, dict[str, int]] = dataclasses.field(
        default_factory=lambda: {k: dict.fromkeys(("mutants", "differ", "rejected", "differ_rejected"), 0)
                                 for k in KINDS})
    accepted_differing: dict[str, list[tuple[str, MutantReport]]] = dataclasses.field(
        default_factory=lambda: {c: [] for c in CATEGORIES})

    def add(self, where: str, report: MutantReport) -> None:
        row = self.rows[report.mutant.kind]
        row["mutants"] += 1
        row["differ"] += report.differs
        row["rejected"] += report.rejected
        row["differ_rejected"] += report.differs and report.rejected
        if report.category is not None and not report.rejected:
            self.accepted_differing[report.category].append((where, report))

    @property
    def escapes(self) -> list[tuple[str, MutantReport]]:
        """Accepted mutants that behave differently: wrong verdicts."""
        return self.accepted_differing[OBSERVABLE]

    def total(self) -> dict[str, int]:
        return {key: sum(row[key] for row in self.rows.values()) for key in next(iter(self.rows.values()))}

    def lines(self) -> list[str]:
        out = [f"{'kind':10s} {'mutants':>8s} {'differ':>8s} {'rejected':>9s} {'killed/differ':>14s} "
               f"{'rejected/all':>13s}"]
        for kind, row in [*self.rows.items(), ("all", self.total())]:
            killed = f"{row['differ_rejected'] / row['differ']:.1%}" if row["differ"] else "-"
            share = f"{row['rejected'] / row['mutants']:.1%}" if row["mutants"] else "-"
            out.append(f"{kind:10s} {row['mutants']:8d} {row['differ']:8d} {row['rejected']:9d} {killed:>14s} "
                       f"{share:>13s}")
        return out
