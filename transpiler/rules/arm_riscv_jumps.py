"""Switch jump tables, AArch64 -> RISC-V.

The AArch64 dispatch loads entry i of a table of scaled code offsets, adds
it (scaled back) to an anchor label's address and jumps:

    adrp x1, .L4 ; add x1, x1, :lo12:.L4
    ldrb w0, [x1, w0, uxtw]          // .byte (.L7 - .Lrtx4) / 4
    adr  x1, .Lrtx4
    add  x0, x1, w0, sxtb #2
    br   x0

RISC-V code has other sizes (and 2-byte instructions), so the table is
rewritten: every entry becomes a `.word` of the unscaled offset
(`.L7 - .Lrtx4`, which the assembler and linker compute), and the dispatch
loads word i and adds it unscaled:

    lla a1, .L4 ; slli t0, a0, 32 ; srli t0, t0, 30 ; add t0, a1, t0
    lw  a0, 0(t0)
    lla a1, .Lrtx4
    add a0, a1, a0
    jr  a0

The entry and the address made from it are not AArch64 values: only the
jump may read them (anything else, or either being live after the block,
is unsupported).
"""

from __future__ import annotations

from guacc.transpiler.asm.jump_tables import JumpTable
from guacc.transpiler.asm.model import Imm, Instruction, Mem, Reg, Shift

from .arm_riscv_emit import WIDE, BlockEmitter
from .arm_riscv_memory import _index, load
from .arm_riscv_registers import arm_reg

TARGET_ENTRY_SIZE = 4
_TABLE_LOADS = ("ldr", "ldrb", "ldrh", "ldrsw", "ldrsb", "ldrsh")
_INDEX_EXTENSIONS = ("uxtw", "sxtw", "lsl", "sxtx", "uxtx")


def _table_of(em: BlockEmitter, mem) -> JumpTable | None:
    if not (isinstance(mem, Mem) and isinstance(mem.offset, Reg) and mem.mode == "offset"):
        return None
    sym = em.symbols.get(arm_reg(mem.base).arch)
    if sym is None or sym.addend or sym.reloc not in (None, "lo12"):
        return None
    return em.jump_tables.get(sym.name)


def load_entry(em: BlockEmitter, instr: Instruction) -> None:
    """A load; from a jump table, the entry as the rewritten table has it."""
    rt_op, mem = instr.operands[0], instr.operands[1]
    table = _table_of(em, mem)
    if table is None:
        load(em, instr)
        return
    kind = mem.shift.kind if mem.shift is not None else "lsl"
    amount = (mem.shift.amount or 0) if mem.shift is not None else 0
    if kind not in _INDEX_EXTENSIONS or 1 << amount != table.entry_size:
        raise em.error(f"{table.name} indexed with {kind} #{amount}, its entries have {table.entry_size} bytes")
    base = em.read(mem.base)
    address = _index(em, base, mem.offset, Shift(kind, TARGET_ENTRY_SIZE.bit_length() - 1))
    rt = em.dest(rt_op)
    em.emit("lw", rt, Mem(Reg(address), Imm(0)))
    em.forms[arm_reg(rt_op).arch] = WIDE
    em.code_offsets[arm_reg(rt_op).arch] = table


def add_entry(em: BlockEmitter, instr: Instruction) -> bool:
    """`add xd, anchor, entry{, ext #shift}`: the jump target (False when
    `instr` adds no table entry)."""
    ops = instr.operands
    if len(ops) < 3 or not isinstance(ops[2], Reg):
        return False
    table = em.code_offsets.get(arm_reg(ops[2]).arch)
    if table is None:
        return False
    shift = ops[3] if len(ops) > 3 and isinstance(ops[3], Shift) else None
    amount = (shift.amount or 0) if shift is not None else 0
    anchor = em.symbols.get(arm_reg(ops[1]).arch)
    if amount != table.shift or anchor is None or anchor.name != table.anchor or anchor.addend:
        raise em.error(f"{table.name}'s entry added to something other than {table.anchor} << {table.shift}")
    entry = em.int_name(arm_reg(ops[2]))
    base = em.name(arm_reg(ops[1]))
    rd = em.dest(ops[0])
    em.emit("add", rd, base, entry)
    em.forms[arm_reg(ops[0]).arch] = WIDE
    em.code_addresses.add(arm_reg(ops[0]).arch)
    return True


def branch(em: BlockEmitter, instr: Instruction) -> None:
    """br: only through a jump table."""
    reg = arm_reg(instr.operands[0])
    if reg.arch not in em.code_addresses:
        raise em.error(f"{instr.opcode} {instr.operands[0].name} (a computed branch not through a jump table)")
    em.emit("jr", em.int_name(reg))


def check_dead(em: BlockEmitter, live_out: set[str]) -> None:
    """Neither an entry nor a target made from one may outlive the block."""
    live = (set(em.code_offsets) | em.code_addresses) & live_out
    if live:
        raise em.error(f"a jump table value in {', '.join(sorted(live))} is read after the jump")


RULES = {**{m: load_entry for m in _TABLE_LOADS}, "br": branch}
