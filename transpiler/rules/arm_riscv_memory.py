"""Loads, stores and addresses: every AArch64 addressing mode as a RISC-V
`offset(base)` (scratch registers hold what does not fit a signed 12-bit
offset, an index register, or a pre-/post-indexed base update), pairs as
two accesses, and `adrp` + `:lo12:` folded into `lla` (see arm_riscv_emit).

Q registers: a V register lives in its FP register (the low 64 bits); a Q
load puts the upper 64 bits in an FP scratch register for the rest of the
block (gcc copies structs through q0/q1). Every other write the rules emit
is scalar, which on AArch64 clears the upper half, so a Q store of such a
register stores zeros above the D half.
"""

from __future__ import annotations

from guacc.transpiler.asm.model import Imm, Instruction, Mem, Reg, Shift, SymRef

from .arm_riscv_emit import BlockEmitter, Form
from .arm_riscv_registers import arm_reg, table

_LOADS = table()["loads"]
_STORES = table()["stores"]
_SIZE = table()["access_size"]
_SIGNED_LOADS = {"lw", "lb", "lh"}


def _kind(op) -> str:
    """x, w, d, s or q: the kind of register a load or store transfers."""
    reg = arm_reg(op)
    if reg.is_fp:
        return {32: "s", 64: "d", 128: "q"}.get(reg.bits, "?")
    return "x" if reg.bits == 64 else "w"


def _lo12_value(em: BlockEmitter, sym: SymRef) -> str:
    """A scratch holding the low 12 bits of sym's address (what `:lo12:`
    adds to a page address computed in another block)."""
    if sym.reloc != "lo12":
        raise em.error(f":{sym.reloc}:{sym.name} on a base not set by adrp in this block")
    tmp = em.temp()
    em.emit("lla", tmp, SymRef(sym.name, sym.addend))
    em.emit("slli", tmp, tmp, 52)
    em.emit("srli", tmp, tmp, 52)
    return tmp


def _folded_symbol(em: BlockEmitter, base_op, sym: SymRef) -> SymRef | None:
    """`sym` when `base_op` holds the page of the same symbol from an adrp
    this block folded: then base + :lo12:sym is sym's address."""
    page = em.page_symbol(base_op)
    if page is None or page.name != sym.name:
        return None
    if (page.reloc == "got") != (sym.reloc == "got_lo12"):
        raise em.error(f"adrp {page} used with :{sym.reloc}:")
    return sym


class Address:
    """Where an access goes: a RISC-V Mem operand, or a symbol's address
    (`symbol`, from a folded adrp); `after` is the base update of a
    post-indexed access."""

    def __init__(self, mem: Mem | None = None, symbol: SymRef | None = None, after=None) -> None:
        self.mem, self.symbol, self.after = mem, symbol, after

    def at(self, em: BlockEmitter, extra: int) -> Mem:
        """The Mem operand `extra` bytes further on (a pair's second half)."""
        if self.mem is None:
            tmp = em.temp()
            em.emit("lla", tmp, SymRef(self.symbol.name, self.symbol.addend))
            self.mem = Mem(Reg(tmp), Imm(0))
        base, offset = self.mem.base.name, self.mem.offset
        if isinstance(offset, Imm):
            return em.address(base, offset.value + extra)
        if extra:
            raise em.error("a pair access at a relocated offset")
        return self.mem


def address(em: BlockEmitter, mem: Mem) -> Address:
    if not isinstance(mem, Mem):
        raise em.error(f"expected a memory operand, got {mem}")
    base_op, offset = mem.base, mem.offset
    if isinstance(offset, SymRef):
        folded = _folded_symbol(em, base_op, offset)
        if folded is not None:
            return Address(symbol=folded)
        base = em.read(base_op)
        tmp = _lo12_value(em, offset)
        em.emit("add", tmp, base, tmp)
        return Address(Mem(Reg(tmp), Imm(0)))
    base = em.read(base_op)
    if isinstance(offset, Reg):
        return Address(Mem(Reg(_index(em, base, offset, mem.shift)), Imm(0)))
    value = offset.value if isinstance(offset, Imm) else 0
    if mem.mode == "pre":
        _update_base(em, base_op, value)
        return Address(Mem(Reg(em.name(arm_reg(base_op))), Imm(0)))
    if mem.mode == "post":
        return Address(Mem(Reg(base), Imm(0)), after=(base_op, value))
    return Address(em.address(base, value))


def _index(em: BlockEmitter, base: str, op, shift: Shift | None) -> str:
    """A scratch holding base + the scaled (and extended) index register."""
    kind = shift.kind if shift is not None else "lsl"
    amount = (shift.amount or 0) if shift is not None else 0
    if kind == "uxtw":
        index = em.zext_of(em.name(arm_reg(op)), amount)
        em.emit("add", index, base, index)
        return index
    if kind not in ("lsl", "sxtw", "sxtx", "uxtx"):
        raise em.error(f"register offset with {kind}")
    src = em.read_sext(op) if kind == "sxtw" else em.read(op)
    tmp = em.temp()
    if amount:
        em.emit("slli", tmp, src, amount)
        em.emit("add", tmp, base, tmp)
    else:
        em.emit("add", tmp, base, src)
    return tmp


def _update_base(em: BlockEmitter, base_op, value: int) -> None:
    base = em.read(base_op)
    em.dest(base_op)
    em.add_imm(base, base, value)
    em.set_form(base_op)


def _finish(em: BlockEmitter, where: Address) -> None:
    if where.after is not None:
        _update_base(em, *where.after)


def _load_one(em: BlockEmitter, opcode: str, rt_op, where: Address, extra: int) -> None:
    kind = _kind(rt_op)
    if kind == "q":
        _load_q(em, rt_op, where, extra)
        return
    if where.symbol is not None and not extra and kind in "xw":
        rt = em.dest(rt_op)
        if where.symbol.reloc == "got_lo12":  # the GOT slot holds the address: la gives it
            em.emit("la", rt, SymRef(where.symbol.name, where.symbol.addend))
            em.set_form(rt_op)
            em.symbols[arm_reg(rt_op).arch] = where.symbol
            return
        em.emit(opcode, rt, SymRef(where.symbol.name, where.symbol.addend))
    else:
        if where.symbol is not None and where.symbol.reloc == "got_lo12":
            raise em.error("a GOT load into an FP register")
        mem = where.at(em, extra)
        rt = em.dest(rt_op)
        em.emit(opcode, rt, mem)
    if kind in "xw":
        signed = opcode in _SIGNED_LOADS
        small = opcode in ("lbu", "lhu", "lb", "lh")
        em.set_form(rt_op, sext=signed or opcode in ("lbu", "lhu"), zext=small and not signed)


def _load_q(em: BlockEmitter, rt_op, where: Address, extra: int) -> None:
    low, high = where.at(em, extra), where.at(em, extra + 8)
    previous = em.high_halves.get(arm_reg(rt_op).arch)
    rt = em.dest(rt_op)
    if previous is not None:  # the register's old upper half is dead: its scratch takes the new one
        em.free_now(previous)
    em.emit("fld", rt, low)
    upper = em.fp_temp()
    em.emit("fld", upper, high)
    em.reserve(upper)
    em.high_halves[arm_reg(rt_op).arch] = upper


def _load_opcode(em: BlockEmitter, mnemonic: str, rt_op) -> str:
    if _kind(rt_op) == "q" and mnemonic in ("ldr", "ldur", "ldp"):
        return "q"
    opcode = _LOADS.get(mnemonic, {}).get(_kind(rt_op))
    if opcode is None:
        raise em.error(f"{mnemonic} {rt_op.name}")
    return opcode


def load(em: BlockEmitter, instr: Instruction) -> None:
    rt_op, mem = instr.operands[0], instr.operands[1]
    opcode = _load_opcode(em, instr.opcode, rt_op)
    where = address(em, mem)
    _load_one(em, opcode, rt_op, where, 0)
    _finish(em, where)


def load_pair(em: BlockEmitter, instr: Instruction) -> None:
    first, second, mem = instr.operands
    opcode = _load_opcode(em, instr.opcode, first)
    size = 16 if opcode == "q" else _SIZE[opcode]
    where = address(em, mem)
    order = [(first, 0), (second, size)]
    if where.mem is not None and where.mem.base.name == em.name(arm_reg(first)):
        order.reverse()  # the first destination is the base: load it last
    for rt_op, extra in order:
        _load_one(em, opcode, rt_op, where, extra)
    _finish(em, where)


def _store_value(em: BlockEmitter, rt_op, kind: str) -> str:
    if kind == "x":
        return em.read(rt_op)
    if kind == "w":
        return em.name(arm_reg(rt_op))
    return em.fp(rt_op)


def _store_one(em: BlockEmitter, opcode: str, rt_op, where: Address, extra: int) -> None:
    kind = _kind(rt_op)
    if kind == "q":
        _store_q(em, rt_op, where, extra)
        return
    value = _store_value(em, rt_op, kind)
    if where.symbol is not None and not extra:
        if where.symbol.reloc == "got_lo12":
            raise em.error("a store to a GOT slot")
        em.emit(opcode, value, SymRef(where.symbol.name, where.symbol.addend), em.temp())
        return
    em.emit(opcode, value, where.at(em, extra))


def _store_q(em: BlockEmitter, rt_op, where: Address, extra: int) -> None:
    reg = arm_reg(rt_op)
    if reg.arch in em.zero_vectors:
        em.emit("sd", "zero", where.at(em, extra))
    else:
        em.emit("fsd", em.regs.fp_reg(reg), where.at(em, extra))
    if reg.arch in em.high_halves:
        em.emit("fsd", em.high_halves[reg.arch], where.at(em, extra + 8))
    else:
        em.emit("sd", "zero", where.at(em, extra + 8))


def _store_opcode(em: BlockEmitter, mnemonic: str, rt_op) -> str:
    kind = _kind(rt_op)
    if kind == "q":
        return "q"
    opcode = _STORES.get(mnemonic, {}).get(kind)
    if opcode is None:
        raise em.error(f"{mnemonic} {rt_op.name}")
    return opcode


def store(em: BlockEmitter, instr: Instruction) -> None:
    rt_op, mem = instr.operands[0], instr.operands[1]
    opcode = _store_opcode(em, instr.opcode, rt_op)
    where = address(em, mem)
    _store_one(em, opcode, rt_op, where, 0)
    _finish(em, where)


def store_pair(em: BlockEmitter, instr: Instruction) -> None:
    first, second, mem = instr.operands
    opcode = _store_opcode(em, instr.opcode, first)
    size = 16 if opcode == "q" else _SIZE[opcode]
    where = address(em, mem)
    for rt_op, extra in ((first, 0), (second, size)):
        _store_one(em, opcode, rt_op, where, extra)
    _finish(em, where)


# -- addresses of symbols --------------------------------------------------------

def adrp(em: BlockEmitter, instr: Instruction) -> None:
    """Folded: the page is only computed if something other than a
    `:lo12:` access of the same symbol reads it."""
    rd_op, sym = instr.operands
    if not isinstance(sym, SymRef):
        raise em.error(f"adrp {sym}")
    em.note_page(rd_op, sym)


def adr(em: BlockEmitter, instr: Instruction) -> None:
    rd_op, sym = instr.operands
    rd = em.dest(rd_op)
    em.emit("lla", rd, SymRef(sym.name, sym.addend))
    em.set_form(rd_op)
    em.symbols[arm_reg(rd_op).arch] = sym


def add_lo12(em: BlockEmitter, instr: Instruction) -> None:
    """add rd, rn, :lo12:sym."""
    rd_op, rn_op, sym = instr.operands[:3]
    folded = _folded_symbol(em, rn_op, sym)
    if folded is not None:
        rd = em.dest(rd_op)
        em.emit("lla", rd, SymRef(sym.name, sym.addend))
        em.set_form(rd_op)
        em.symbols[arm_reg(rd_op).arch] = SymRef(sym.name, sym.addend)
        return
    rn = em.read(rn_op)
    low = _lo12_value(em, sym)
    rd = em.dest(rd_op)
    em.emit("add", rd, rn, low)
    em.forms[arm_reg(rd_op).arch] = Form(True)
    em.symbols[arm_reg(rd_op).arch] = SymRef(sym.name, sym.addend)  # gcc pairs :lo12:sym with its page


def prefetch(em: BlockEmitter, instr: Instruction) -> None:
    """prfm is a hint: nothing to do."""


RULES = {
    **{m: load for m in _LOADS if m not in ("ldp", "ldpsw")},
    **{m: store for m in _STORES if m != "stp"},
    "ldp": load_pair, "ldpsw": load_pair, "stp": store_pair,
    "adrp": adrp, "adr": adr, "prfm": prefetch,
}
