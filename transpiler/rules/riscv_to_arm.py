"""Rule-based RISC-V (RV64GC, lp64d) -> AArch64 translation, one source
instruction at a time, exact on all 64 bits.

Registers follow the ABI roles (`data/riscv_to_arm.toml`); x16/x17 are
scratch within one source instruction and the flags never outlive the
instructions of one source instruction (a compare and its consumer are
emitted together). The `*w` instructions run on W registers and are
sign-extended back with `sxtw` (or the 64-bit form does the work where its
low half is the same); division gets RISC-V's results for a zero
divisor without branching (a block must stay straight-line). Calls into the
C library get the convention fix-ups of `riscv_to_arm_calls`; floating
point is in `riscv_to_arm_fp`.

What no rule covers is an error naming the instruction and its line, never
a guess.
"""

from __future__ import annotations

from ..asm.blocks import Function
from ..asm.model import Cond, Imm, Instruction, Mem, Reg, SymRef
from ..guess import BlockGuess, FunctionGuess, GuessContext
from ..semantics import riscv
from .riscv_to_arm_calls import (
    SymbolAddresses, callee_name, int_result_fixes, is_library, library_int_result, live_across_library_calls,
    parameter_extensions, result_ignored, variadic_moves,
)
from .riscv_to_arm_fp import translate_fp
from .riscv_to_arm_operands import SCRATCH, SCRATCH2, Emitter, RegisterMap, Unsupported, as_w, tables


def translate_function(function: Function, context: GuessContext) -> FunctionGuess:
    """One candidate per block, or an error naming what cannot be translated."""
    try:
        regs = RegisterMap.for_function(function, lambda: live_across_library_calls(function, context))
        fixes = int_result_fixes(function, context)
        extensions = parameter_extensions(function, context)
        formats = SymbolAddresses(function)
    except Unsupported as err:
        return FunctionGuess(error=f"unsupported: {err} (function {function.name})")
    candidates = []
    for index, block in enumerate(function.blocks):
        out: list[Instruction] = []
        if index == 0 and extensions:
            fix = Emitter(block.instructions[0].loc if block.instructions else None)
            for extension, arg in extensions:
                fix.emit(extension, Reg(f"x{arg}"), Reg(f"w{arg}"))
            out += fix.out
        if index in fixes:
            loc, extension = fixes[index]
            fix = Emitter(loc)
            fix.emit(extension, Reg("w0" if extension.startswith("uxt") else "x0"), Reg("w0"))
            out += fix.out
        for position, instr in enumerate(block.instructions):
            if _redundant_sign_extension(instr, out, regs):
                continue
            rules = _Rules(regs, context, formats, (index, position), instr.loc)
            try:
                rules.translate_homed(instr)
            except Unsupported as err:
                return FunctionGuess(error=f"unsupported: {err}, line {instr.line}")
            except (TypeError, ValueError):  # a rule given operands of another shape
                return FunctionGuess(error=f"unsupported: {instr.opcode} with operands {instr.operands}, "
                                           f"line {instr.line}")
            out += rules.out
        candidates.append([BlockGuess(out, origin="rules")])
    return FunctionGuess(candidates, register_pairs=_register_pairs(regs))


def _register_pairs(regs: RegisterMap) -> list[tuple[str, str]]:
    """The map as architectural pairs ('x15', 'x9'); registers homed in FP
    registers and the frame's are left out."""
    frame = {"sp", "xzr", "x29", "x30"}
    pairs = [(rv, arm) for rv, arm in regs.integer.items()
             if arm.startswith("x") and arm not in frame and regs.fp_homes.get(rv) is None]
    return pairs + [(rv, f"v{number}") for rv, number in regs.fp.items()]


def _redundant_sign_extension(instr: Instruction, out: list[Instruction], regs: RegisterMap) -> bool:
    """`sext.w rd, rd` right after the instruction that left rd sign-extended
    from 32 bits (gcc's `addw a5,a5,a4; sext.w a5,a5`) changes nothing."""
    if instr.opcode != "sext.w" or not out or instr.operands[0] != instr.operands[1]:
        return False
    try:
        dest = regs.x(instr.operands[0])
    except Unsupported:
        return False
    if regs.fp_home(instr.operands[0]) is not None:
        return False
    last = out[-1]
    if not last.operands or last.operands[0] != dest:
        return False
    if last.opcode in ("ldrsw", "ldursw"):
        return True
    if last.opcode in ("sbfx", "sbfiz") and len(last.operands) == 4:
        lsb, width = last.operands[2], last.operands[3]
        return isinstance(lsb, Imm) and isinstance(width, Imm) and lsb.value + width.value == 32
    return False


def _imm(op) -> int:
    if isinstance(op, Imm):
        return op.value
    raise Unsupported(f"expected an immediate, got {op}")


class _Rules(Emitter):
    """The AArch64 instructions of one RISC-V instruction."""

    def __init__(self, regs: RegisterMap, context: GuessContext, formats: SymbolAddresses,
                 where: tuple[int, int], loc) -> None:
        super().__init__(loc)
        self.regs, self.context, self.formats, self.where = regs, context, formats, where
        self.function_name = formats.function.name
        self.table = tables()

    def translate_homed(self, instr: Instruction) -> None:
        """`translate`, with a register kept in a d register brought into
        x17 before and put back after."""
        dest = instr.operands[0] if instr.operands and instr.opcode not in _NO_DESTINATION else None
        sources = instr.operands[1:] if dest is not None else instr.operands
        homes = {self.regs.fp_home(op).name for op in sources if self.regs.fp_home(op)}
        written = self.regs.fp_home(dest) if isinstance(dest, Reg) else None
        for home in sorted(homes):
            self.emit("fmov", SCRATCH2, Reg(home))
        self.translate(instr)
        if written is not None:
            if self.out and self.out[-1].opcode in _ENDS_BLOCK:
                raise Unsupported(f"{instr.opcode} writing {dest.name}")
            self.emit("fmov", written, SCRATCH2)

    def translate(self, instr: Instruction) -> None:
        op = instr.opcode
        t = self.table
        handler = _OWN_RULES.get(op)
        if handler is not None:
            handler(self, *instr.operands)
        elif op in t["alu"]["register"]:
            self.alu(t["alu"]["register"][op], *instr.operands)
        elif op in t["alu"]["word"]:
            self.alu_word(t["alu"]["word"][op], *instr.operands)
        elif op in t["alu"]["immediate"]:
            self.alu_immediate(op, t["alu"]["immediate"][op], *instr.operands)
        elif op in t["alu"]["word_immediate"]:
            self.alu_word_immediate(t["alu"]["word_immediate"][op], *instr.operands)
        elif op in t["division"]:
            self.division(t["division"][op], *instr.operands)
        elif op in t["set_compare"]:
            self.set_compare(t["set_compare"][op], *instr.operands)
        elif op in t["set_compare_zero"]:
            rd, rs = instr.operands
            self.set_compare(t["set_compare_zero"][op], rd, rs, Reg("zero"))
        elif op in t["branch"]:
            self.branch(t["branch"][op], *instr.operands)
        elif op in t["branch_zero"]:
            rs, target = instr.operands
            self.branch(t["branch_zero"][op], rs, Reg("zero"), target)
        elif op in t["loads"]:
            self.load(t["loads"][op], *instr.operands)
        elif op in t["stores"]:
            self.store(t["stores"][op], *instr.operands)
        elif translate_fp(instr, self.regs, self):
            pass
        elif op in riscv.PSEUDO:
            expanded = riscv.expand(instr)
            if expanded.opcode == op:
                raise Unsupported(f"instruction {op}")
            self.translate(expanded)
        else:
            raise Unsupported(f"instruction {op}")

    # -- helpers ---------------------------------------------------------------

    def x(self, op) -> Reg:
        return self.regs.x(op)

    def w(self, op) -> Reg:
        return self.regs.w(op)

    def dest(self, op) -> Reg | None:
        """The x register written, None for `zero` (the result is dropped)."""
        return None if self.regs.is_zero(op) else self.x(op)

    # -- integer arithmetic ------------------------------------------------------

    def alu(self, arm: str, rd, rs1, rs2) -> None:
        dest = self.dest(rd)
        if dest is None:
            return
        a, b = self.x(rs1), self.x(rs2)
        if self.regs.is_sp(rs2):
            if arm != "add":
                raise Unsupported(f"sp as the second operand of {arm}")
            a, b = b, a  # only Rn may be sp
        elif self.regs.is_sp(rs1) and arm not in ("add", "sub"):
            raise Unsupported(f"sp as an operand of {arm}")
        if arm in ("and", "orr", "eor") and self.regs.is_sp(rd):
            self.emit(arm, SCRATCH, a, b)
            self.emit("mov", dest, SCRATCH)
            return
        self.emit(arm, dest, a, b)

    def alu_word(self, spec: dict, rd, rs1, rs2) -> None:
        dest = self.dest(rd)
        if dest is None:
            return
        if spec["wide"]:
            self.emit(spec["op"], dest, self.x(rs1), self.x(rs2))
        else:
            self.emit(spec["op"], as_w(dest), self.w(rs1), self.w(rs2))
        self.sign_extend_word(dest, dest)

    def alu_immediate(self, riscv_op: str, arm: str, rd, rs, imm) -> None:
        dest = self.dest(rd)
        if dest is None:
            return
        if isinstance(imm, SymRef):
            raise Unsupported(f"{riscv_op} with %{imm.reloc}({imm.name}) (only lla/la are translated)")
        value = _imm(imm)
        if self.regs.is_zero(rs):  # a constant: li
            self.constant(dest, _fold(arm, value))
        elif arm == "add":
            self.add_constant(dest, self.x(rs), value)
        elif arm in ("lsl", "lsr", "asr"):
            self.emit(arm, dest, self.x(rs), Imm(value & 63))
        else:
            self.logical_immediate(arm, dest, self.x(rs), value)

    def logical_immediate(self, arm: str, dest: Reg, source: Reg, value: int) -> None:
        if value == 0:
            self.emit("mov", dest, Reg("xzr") if arm == "and" else source)
        elif value == -1 and arm == "and":
            self.emit("mov", dest, source)
        elif value == -1 and arm == "orr":
            self.emit("mov", dest, Imm(-1))
        elif value == -1 and arm == "eor":
            self.emit("mvn", dest, source)
        elif dest.name == "sp":
            self.logical(arm, SCRATCH, source, value)
            self.emit("mov", dest, SCRATCH)
        else:
            self.logical(arm, dest, source, value)

    def alu_word_immediate(self, arm: str, rd, rs, imm) -> None:
        dest = self.dest(rd)
        if dest is None:
            return
        value = _imm(imm)
        if self.regs.is_zero(rs):
            self.constant(dest, value if arm == "add" else 0)  # addiw from zero: li
        elif arm == "add" and value == 0:
            self.sign_extend_word(dest, self.x(rs))
        elif arm == "add":
            self.add_constant(dest, self.x(rs), value)
            self.sign_extend_word(dest, dest)
        elif value & 31 == 0 and arm != "sbfiz":
            self.sign_extend_word(dest, self.x(rs))  # a shift by 0 leaves sext.w
        else:
            self.emit(arm, dest, self.x(rs), Imm(value & 31), Imm(32 - (value & 31)))

    def division(self, spec: dict, rd, rs1, rs2) -> None:
        dest = self.dest(rd)
        if dest is None:
            return
        word = spec.get("word", False)
        view = self.w if word else self.x
        quotient = as_w(SCRATCH) if word else SCRATCH
        result = quotient if word else dest  # W results are sign-extended from the scratch
        a, b = view(rs1), view(rs2)
        self.emit(spec["op"], quotient, a, b)
        if spec.get("remainder"):
            # a - (a / b) * b; a zero divisor gives quotient 0, so the dividend, as on RISC-V
            self.emit("msub", result, quotient, b, a)
        else:
            self.emit("cmp", b, Imm(0))
            # a zero divisor gives all ones on RISC-V (signed: -1), 0 on AArch64
            self.emit("csinv", result, quotient, Reg("wzr" if word else "xzr"), Cond("ne"))
        if word:
            self.sign_extend_word(dest, SCRATCH)

    def set_compare(self, cond: str, rd, rs1, rs2) -> None:
        dest = self.dest(rd)
        if dest is None:
            return
        self.flags_for(cond, rs1, rs2)
        self.cset(dest, self._cond)

    def flags_for(self, cond: str, first, second) -> None:
        """Flags such that `self._cond` holds exactly when `first cond second`."""
        self._cond = cond
        if isinstance(second, Imm):
            self.compare(self.x(first), second.value, cond not in ("lo", "hi", "ls", "hs"))
        elif self.regs.is_zero(second):
            self.compare(self.x(first), 0, True)
        elif self.regs.is_zero(first):
            self._cond = self.table["swapped_condition"][cond]
            self.compare(self.x(second), 0, True)
        else:
            self.compare(self.x(first), self.x(second), True)

    # -- control flow ----------------------------------------------------------------

    def branch(self, cond: str, rs1, rs2, target) -> None:
        label = self.label(target)
        zero_operand = rs1 if self.regs.is_zero(rs2) else rs2 if self.regs.is_zero(rs1) else None
        if cond in ("eq", "ne") and zero_operand is not None:
            self.emit("cbz" if cond == "eq" else "cbnz", self.x(zero_operand), label)
            return
        self.flags_for(cond, rs1, rs2)
        self.emit(f"b.{self._cond}", label)

    def label(self, target) -> SymRef:
        if not isinstance(target, SymRef) or target.reloc is not None:
            raise Unsupported(f"branch target {target}")
        return SymRef(target.name, target.addend)

    def jump(self, target) -> None:
        self.emit("b", self.label(target))

    def call(self, target) -> None:
        if not isinstance(target, SymRef):
            raise Unsupported(f"call target {target}")
        name = callee_name(target)
        if is_library(name, self.context):
            variadic_moves(name, self.formats, *self.where, self.context, self)
        self.emit("bl", SymRef(name))

    def tail(self, target) -> None:
        name = callee_name(target)
        if is_library(name, self.context):
            if library_int_result(name) and not result_ignored(self.function_name, self.context):
                raise Unsupported(f"tail call to {name}: its int result would need sign extension")
            variadic_moves(name, self.formats, *self.where, self.context, self)
        self.emit("b", SymRef(name))

    def jal(self, *ops) -> None:
        rd, target = ops if len(ops) == 2 else (Reg("ra"), ops[0])
        if self.regs.is_zero(rd):
            self.jump(target)
        elif self.x(rd).name == "x30":
            self.call(target)
        else:
            raise Unsupported(f"jal linking {rd.name}")

    def jump_register(self, default_link: Reg, *ops) -> None:
        """jr / jalr in their forms: return, indirect jump, indirect call."""
        if len(ops) == 1:
            ops = (default_link, ops[0])
        if len(ops) == 2 and isinstance(ops[1], Mem):
            rd, rs, offset = ops[0], ops[1].base, _imm(ops[1].offset or Imm(0))
        elif len(ops) == 2:
            (rd, rs), offset = ops, 0
        else:
            rd, rs, offset = ops[0], ops[1], _imm(ops[2])
        address = self.x(rs)
        if self.regs.is_zero(rd) and address.name == "x30" and not offset:
            self.emit("ret")
            return
        if offset:
            self.add_constant(SCRATCH, address, offset)
            address = SCRATCH
        # jalr clears bit 0 of the target; br/blr do not
        self.emit("and", SCRATCH, address, Imm(-2))
        if self.regs.is_zero(rd):
            self.emit("br", SCRATCH)
        elif self.x(rd).name == "x30":
            self.emit("blr", SCRATCH)
        else:
            raise Unsupported(f"jalr linking {rd.name}")

    def jr(self, *ops) -> None:
        self.jump_register(Reg("zero"), *ops)

    def jalr(self, *ops) -> None:
        self.jump_register(Reg("ra"), *ops)

    def ret(self) -> None:
        self.emit("ret")

    # -- memory and addresses ------------------------------------------------------

    def _memory_operand(self, where, size: int) -> tuple[Mem, bool]:
        if isinstance(where, SymRef) and where.reloc is None:
            # `lw rd, sym` (auipc + lw): the page in x16, the offset in the access
            self.emit("adrp", SCRATCH, SymRef(where.name, where.addend))
            return Mem(SCRATCH, SymRef(where.name, where.addend, "lo12")), False
        if not isinstance(where, Mem) or where.mode != "offset":
            raise Unsupported(f"memory operand {where} (only offset(register))")
        if isinstance(where.offset, SymRef):
            raise Unsupported(f"address %{where.offset.reloc}({where.offset.name}) (only lla/la are translated)")
        if self.regs.is_zero(where.base):
            raise Unsupported("an access through the zero register")
        return self.address(self.x(where.base), _imm(where.offset or Imm(0)), size)

    def _view(self, op, view: str) -> Reg:
        if view in ("s", "d"):
            return self.regs.f(op, view)
        return self.x(op) if view == "x" else self.w(op)

    def load(self, spec: dict, rd, where, *scratch) -> None:
        # `fld fd, sym, rt`: rt held the auipc part; x16 does here
        if (scratch and not isinstance(where, SymRef)) or self.regs.is_zero(rd):
            raise Unsupported(f"load into {rd} from {where}")
        mem, unscaled = self._memory_operand(where, spec["size"])
        self.emit(spec["unscaled"] if unscaled else spec["op"], self._view(rd, spec["view"]), mem)

    def store(self, spec: dict, rs, where, *scratch) -> None:
        if scratch and not isinstance(where, SymRef):
            raise Unsupported(f"store of {rs} to {where}")
        mem, unscaled = self._memory_operand(where, spec["size"])
        self.emit(spec["unscaled"] if unscaled else spec["op"], self._view(rs, spec["view"]), mem)

    def lla(self, rd, sym) -> None:
        if not isinstance(sym, SymRef) or sym.reloc is not None:
            raise Unsupported(f"lla of {sym}")
        dest = self.dest(rd)
        if dest is not None:
            self.symbol_address(dest, sym)

    def la(self, rd, sym) -> None:
        """PIC `la` loads the address from the GOT: so does AArch64."""
        if not isinstance(sym, SymRef) or sym.reloc is not None or sym.addend:
            raise Unsupported(f"la of {sym}")
        dest = self.dest(rd)
        if dest is not None:
            self.emit("adrp", dest, SymRef(sym.name, 0, "got"))
            self.emit("ldr", dest, Mem(dest, SymRef(sym.name, 0, "got_lo12")))

    def lui(self, rd, imm) -> None:
        if not isinstance(imm, Imm):
            raise Unsupported(f"lui of {imm} (only lla/la are translated)")
        dest = self.dest(rd)
        if dest is not None:
            upper = (imm.value & 0xFFFFF) << 12
            self.constant(dest, upper - (1 << 32) if upper >> 31 else upper)

    # -- pseudo-instructions with a rule of their own --------------------------------

    def li(self, rd, imm) -> None:
        dest = self.dest(rd)
        if dest is not None:
            self.constant(dest, _imm(imm))

    def mv(self, rd, rs) -> None:
        dest = self.dest(rd)
        if dest is not None:
            self.emit("mov", dest, self.x(rs))

    def sext_w(self, rd, rs) -> None:
        dest = self.dest(rd)
        if dest is not None:
            self.sign_extend_word(dest, self.x(rs))

    def neg(self, rd, rs) -> None:
        dest = self.dest(rd)
        if dest is not None:
            self.emit("neg", dest, self.x(rs))

    def negw(self, rd, rs) -> None:
        dest = self.dest(rd)
        if dest is not None:
            self.emit("neg", dest, self.x(rs))
            self.sign_extend_word(dest, dest)

    def not_(self, rd, rs) -> None:
        dest = self.dest(rd)
        if dest is not None:
            self.emit("mvn", dest, self.x(rs))

    def nop(self) -> None:
        self.emit("nop")


# RISC-V mnemonics whose first operand is no destination
_NO_DESTINATION = frozenset(
    "sb sh sw sd fsw fsd beq bne blt bge bltu bgeu beqz bnez blez bgez bltz bgtz bgt ble bgtu bleu "
    "j jr jalr call tail ret".split())
_ENDS_BLOCK = frozenset({"b", "bl", "blr", "br", "ret", "cbz", "cbnz"}) | {f"b.{c}" for c in
                                                                          "eq ne lt ge gt le lo hs hi ls".split()}


def _fold(arm: str, value: int) -> int:
    """`zero op value`."""
    return {"add": value, "and": 0, "orr": value, "eor": value}.get(arm, 0)


_OWN_RULES = {
    "li": _Rules.li, "mv": _Rules.mv, "sext.w": _Rules.sext_w, "neg": _Rules.neg, "negw": _Rules.negw,
    "not": _Rules.not_, "nop": _Rules.nop, "lla": _Rules.lla, "la": _Rules.la, "lui": _Rules.lui,
    "j": _Rules.jump, "call": _Rules.call, "tail": _Rules.tail, "jal": _Rules.jal, "jr": _Rules.jr,
    "jalr": _Rules.jalr, "ret": _Rules.ret,
}
