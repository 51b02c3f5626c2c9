"""The RISC-V code of one block as the rules build it: instructions with the
source line, scratch registers, and what is known about each register.

AArch64 `w` operations zero-extend into the `x` register; RISC-V `*w`
operations sign-extend. Rather than zero-extend after every 32-bit
operation, each register carries a `Form` saying how its RISC-V value
relates to the AArch64 one, and a rule that reads it asks for the view it
needs (the full 64-bit value, the low 32 bits sign- or zero-extended); only
then is an extension emitted. Within a block forms are exact; at a block's
entry a register that some path wrote through a `w` name is known in its low
32 bits only (see `arm_to_riscv.entry_forms`).

Two AArch64 idioms are folded rather than copied: `adrp` + `:lo12:` becomes
`lla` (the page address alone is only computed when something else reads
it), and `mov` + `movk` chains become one `li`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from guacc.transpiler.asm.model import Imm, Instruction, Mem, Reg, SymRef

from .arm_riscv_registers import ArmReg, RegisterMap, RuleError, arm_reg

# RISC-V mnemonics whose first operand is not a destination.
_NO_DESTINATION = frozenset(
    "sb sh sw sd fsw fsd beq bne blt bge bltu bgeu beqz bnez bltz bgez blez bgtz bgt ble bgtu bleu "
    "j jr jalr call tail ret nop".split())


def fits12(value: int) -> bool:
    return -2048 <= value < 2048


def sext32(value: int) -> int:
    value &= 0xFFFFFFFF
    return value - (1 << 32) if value & 0x80000000 else value


def sext64(value: int) -> int:
    value &= (1 << 64) - 1
    return value - (1 << 64) if value >> 63 else value


@dataclass(frozen=True)
class Form:
    """How a RISC-V register relates to the AArch64 register it holds.
    `wide`: the AArch64 value was written through an `x` name and the
    RISC-V register holds all 64 bits of it; otherwise it was written
    through a `w` name (so its upper half is zero on AArch64) and only the
    low 32 bits are known to agree. `sext`/`zext`: the RISC-V value is the
    sign/zero extension of its own low 32 bits."""

    wide: bool
    sext: bool = False
    zext: bool = False

    @property
    def exact(self) -> bool:
        """The RISC-V register equals the full AArch64 register."""
        return self.wide or self.zext


WIDE = Form(True)
LOW32 = Form(False)


def word_form(value: int) -> Form:
    """The form of a 32-bit result whose RISC-V register holds `value` (64 bits)."""
    value = sext64(value)
    return Form(False, sext=value == sext32(value), zext=0 <= value < (1 << 32))


def _operand(x):
    if isinstance(x, str):
        return Reg(x)
    if isinstance(x, int):
        return Imm(x)
    return x


@dataclass
class BlockEmitter:
    regs: RegisterMap
    forms: dict[str, Form]  # AArch64 architectural register -> its form; missing: WIDE
    out: list[Instruction] = field(default_factory=list)
    loc: tuple[int, int] | None = None
    line: int = 0
    flags: object | None = None  # the flag source in force (arm_riscv_flags)
    flags_needed: bool = True  # read after the instruction being translated
    pages: dict[str, SymRef] = field(default_factory=dict)  # adrp not emitted yet
    constants: dict[str, int] = field(default_factory=dict)  # registers set by li in this block
    symbols: dict[str, SymRef] = field(default_factory=dict)  # registers holding a symbol's address
    written: set[str] = field(default_factory=set)  # AArch64 registers written since the block start
    zero_vectors: set[str] = field(default_factory=set)  # V registers `movi` set to all zeros
    # V registers a Q load filled: the FP scratch holding their upper 64 bits
    high_halves: dict[str, str] = field(default_factory=dict)
    jump_tables: dict = field(default_factory=dict)  # the file's, by name (asm.jump_tables)
    # registers holding a jump table entry / a jump target made from one:
    # RISC-V code offsets, no AArch64 value (arm_riscv_jumps)
    code_offsets: dict = field(default_factory=dict)
    code_addresses: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.free = list(self.regs.scratch)
        self.free_fp = list(self.regs.fp_scratch)
        self.taken: list[str] = []
        self.reserved: list[str] = []
        # spilled AArch64 registers (kept in FP registers) this instruction
        # uses: the scratch holding each, and which it wrote
        self.spill_temps: dict[str, str] = {}
        self.spill_dirty: set[str] = set()

    # -- emitting ------------------------------------------------------------

    def emit(self, opcode: str, *operands) -> Instruction:
        ops = tuple(_operand(x) for x in operands)
        if ops and opcode not in _NO_DESTINATION and isinstance(ops[0], Reg) and self.flags is not None \
                and self.flags_needed:
            self.flags.protect(self, ops[0].name)
        instr = Instruction(opcode, ops, 0, self.loc)
        self.out.append(instr)
        if ops and opcode not in _NO_DESTINATION and isinstance(ops[0], Reg):
            for arch, tmp in self.spill_temps.items():
                if tmp == ops[0].name:
                    self.spill_dirty.add(arch)
        return instr

    def error(self, message: str) -> RuleError:
        return RuleError(f"{message}, line {self.line}")

    # -- scratch registers ---------------------------------------------------

    def temp(self) -> str:
        """A scratch register for the instruction being translated."""
        if not self.free:
            raise self.error("out of scratch registers")
        reg = self.free.pop(0)
        self.taken.append(reg)
        return reg

    def fp_temp(self) -> str:
        if not self.free_fp:
            raise self.error("out of FP scratch registers")
        reg = self.free_fp.pop(0)
        self.taken.append(reg)
        return reg

    def reserve(self, reg: str) -> None:
        """Keep scratch `reg` past this instruction (the flags refer to it)."""
        if reg in self.taken:
            self.taken.remove(reg)
            self.reserved.append(reg)

    def unreserve(self, reg: str) -> None:
        """Give `reg` back at the end of this instruction (code being emitted
        for it may still read it)."""
        if reg in self.reserved:
            self.reserved.remove(reg)
            self.taken.append(reg)

    def free_now(self, reg: str) -> None:
        """Scratch `reg` holds nothing needed any more: reuse it at once."""
        for pool in (self.reserved, self.taken):
            if reg in pool:
                pool.remove(reg)
                (self.free_fp if reg.startswith("f") else self.free).insert(0, reg)

    def _spilled(self, reg: ArmReg, load: bool) -> str:
        """The scratch standing for a spilled register in this instruction."""
        tmp = self.spill_temps.get(reg.arch)
        if tmp is None:
            tmp = self.temp()
            if load:  # before it is known as the register's stand-in: reading it in is no write
                self.emit("fmv.x.d", tmp, self.regs.spilled[reg.arch])
            self.spill_temps[reg.arch] = tmp
        return tmp

    def int_name(self, reg: ArmReg, load: bool = True) -> str:
        """The RISC-V register holding an AArch64 integer register."""
        if reg.arch in self.regs.spilled:
            return self._spilled(reg, load)
        return self.regs.int_reg(reg)

    def end_instruction(self) -> None:
        for arch in sorted(self.spill_dirty):
            self.emit("fmv.d.x", self.regs.spilled[arch], self.spill_temps[arch])
        self.spill_dirty.clear()
        self.spill_temps.clear()
        for reg in self.taken:
            (self.free_fp if reg.startswith("f") else self.free).append(reg)
        self.taken.clear()

    # -- constants and addresses -------------------------------------------

    def li(self, rd: str, value: int) -> None:
        if rd != "zero":
            self.emit("li", rd, sext64(value))

    def const_reg(self, value: int) -> str:
        """A register holding `value` (zero, or a scratch set with li)."""
        value = sext64(value)
        if value == 0:
            return "zero"
        reg = self.temp()
        self.li(reg, value)
        return reg

    def add_imm(self, rd: str, rs: str, value: int, word: bool = False) -> None:
        """rd = rs + value (addi when it fits, else through a scratch)."""
        if fits12(value):
            if value == 0 and not word:
                if rd != rs:
                    self.emit("mv", rd, rs)
            else:
                self.emit("addiw" if word else "addi", rd, rs, value)
        else:
            self.emit("addw" if word else "add", rd, rs, self.const_reg(value))

    def address(self, base: str, offset: int) -> Mem:
        """`offset(base)`, through a scratch when the offset does not fit."""
        if fits12(offset):
            return Mem(Reg(base), Imm(offset))
        reg = self.temp()
        self.li(reg, offset)
        self.emit("add", reg, base, reg)
        return Mem(Reg(reg), Imm(0))

    # -- reading AArch64 registers ------------------------------------------

    def form(self, reg: ArmReg) -> Form:
        return self.forms.get(reg.arch, WIDE)

    def name(self, reg: ArmReg) -> str:
        if reg.is_zero:
            return "zero"
        if reg.is_fp:
            return self.regs.fp_reg(reg)
        if reg.arch in self.code_offsets or reg.arch in self.code_addresses:
            raise self.error(f"{reg.arch} holds a jump table value, read other than by the jump")
        self._materialize_page(reg)
        return self.int_name(reg)

    def read(self, op) -> str:
        """The register to use for an integer source operand: all 64 bits of
        an `x` name are right, the low 32 bits of a `w` name."""
        reg = arm_reg(op)
        if reg.is_fp:
            raise self.error(f"expected an integer register, got {op.name}")
        name = self.name(reg)
        if reg.bits == 64 and not reg.is_zero and not self.form(reg).exact:
            return self.zext_of(name)
        return name

    def read_sext(self, op) -> str:
        """The low 32 bits of `op`, sign-extended (what a 32-bit signed
        comparison, the ABI and sxtw want)."""
        reg = arm_reg(op)
        name = self.name(reg)
        if reg.is_zero or self.form(reg).sext:
            return name
        tmp = self.temp()
        self.emit("sext.w", tmp, name)
        return tmp

    def read_zext(self, op) -> str:
        """The low 32 bits of `op`, zero-extended (uxtw)."""
        reg = arm_reg(op)
        name = self.name(reg)
        if reg.is_zero or self.form(reg).zext:
            return name
        return self.zext_of(name)

    def zext_of(self, name: str, shift: int = 0) -> str:
        """A scratch holding zext32(name) << shift."""
        tmp = self.temp()
        self.emit("slli", tmp, name, 32)
        self.emit("srli", tmp, tmp, 32 - shift)
        return tmp

    def normalize(self, op) -> str:
        """Make the register of `op` hold the exact AArch64 value in place
        (zero-extend a 32-bit one) and return its name."""
        reg = arm_reg(op)
        name = self.name(reg)
        form = self.form(reg)
        if not reg.is_zero and not form.exact:
            self.emit("slli", name, name, 32)
            self.emit("srli", name, name, 32)
            self.forms[reg.arch] = Form(False, False, True)
        return name

    def fp(self, op) -> str:
        reg = arm_reg(op)
        if not reg.is_fp or reg.bits not in (32, 64):
            raise self.error(f"expected a scalar FP register, got {op.name}")
        return self.regs.fp_reg(reg)

    # -- writing AArch64 registers -------------------------------------------

    def dest(self, op) -> str:
        """The register an instruction writes for `op` (call `set_form` after)."""
        reg = arm_reg(op)
        if reg.is_zero:
            return "zero"
        self.pages.pop(reg.arch, None)
        self.constants.pop(reg.arch, None)
        self.symbols.pop(reg.arch, None)
        self.code_offsets.pop(reg.arch, None)
        self.code_addresses.discard(reg.arch)
        self.zero_vectors.discard(reg.arch)
        if reg.arch in self.high_halves:
            self.unreserve(self.high_halves.pop(reg.arch))
        self.written.add(reg.arch)
        if reg.is_fp:
            return self.regs.fp_reg(reg)
        return self.int_name(reg, load=reg.arch in self.spill_temps)

    def keep_words_extended(self, regs) -> None:
        """Sign-extend the 32-bit values among `regs` (architectural names)
        that this block wrote otherwise (a `bfi` into w19): where a value
        leaves the block or outlives a call, RISC-V keeps it sign-extended."""
        for arch in sorted(regs):
            form = self.forms.get(arch)
            if arch in self.written and form is not None and not form.wide and not form.sext:
                name = self.name(ArmReg(arch, 64))
                self.emit("sext.w", name, name)
                self.forms[arch] = Form(False, True, False)

    def set_form(self, op, sext: bool = False, zext: bool = False) -> None:
        reg = arm_reg(op)
        if not reg.is_zero and not reg.is_fp:
            self.forms[reg.arch] = Form(reg.bits == 64, sext, zext)

    def copy_form(self, dst_op, src_op) -> None:
        """`dst_op` now holds the RISC-V value of `src_op` unchanged."""
        src, dst = arm_reg(src_op), arm_reg(dst_op)
        if dst.is_zero:
            return
        form = Form(True, True, True) if src.is_zero else self.form(src)
        if dst.bits == 64:
            self.forms[dst.arch] = Form(True, form.sext, form.zext)
        else:
            self.forms[dst.arch] = Form(False, form.sext, form.zext)

    def set_constant(self, op, value: int) -> None:
        """`op` was set to `value` by li (its form follows from the value)."""
        reg = arm_reg(op)
        if reg.is_zero:
            return
        self.constants[reg.arch] = value
        if reg.bits == 64:
            self.forms[reg.arch] = Form(True, value == sext32(value), 0 <= value < (1 << 32))
        else:
            self.forms[reg.arch] = word_form(value)

    # -- adrp folding ----------------------------------------------------------

    def note_page(self, op, sym: SymRef) -> None:
        reg = arm_reg(op)
        self.dest(op)
        self.set_form(op)
        self.pages[reg.arch] = sym

    def page_symbol(self, op) -> SymRef | None:
        """The symbol whose page `op` holds from an adrp not emitted yet."""
        reg = arm_reg(op)
        return self.pages.get(reg.arch)

    def _materialize_page(self, reg: ArmReg) -> None:
        """Something reads a register whose adrp was folded: compute the page
        address exactly as AArch64 does (the symbol's address, low 12 bits clear)."""
        sym = self.pages.pop(reg.arch, None)
        if sym is None:
            return
        name = self.int_name(reg, load=False)
        if sym.reloc == "got":
            raise self.error(f"the GOT page of {sym.name} is read directly")
        self.emit("lla", name, SymRef(sym.name, sym.addend))
        self.emit("srli", name, name, 12)
        self.emit("slli", name, name, 12)

    def materialize_pages(self, live: set[str] | None) -> None:
        for arch in list(self.pages):
            if live is None or arch in live:
                self._materialize_page(ArmReg(arch, 64))
            else:
                self.pages.pop(arch)
