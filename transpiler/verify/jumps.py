"""Jumps through switch tables (asm/jump_tables.py), proven like branches.

Each side's code gets its own addresses: a label an instruction takes the
address of (`adr x1, .Lrtx4`, `lla a1, .Lrtx4`) or a table names is read
as its block's address on that side (`src:.L12`, `dst:.L12`), aligned as
the ISA's code is. A table's bytes are its entries computed from those
addresses; the target's table lies where the source's does, with its own
bytes (`relation.TARGET_TABLES`). The jump then
goes to target label L exactly when its address is L's block's address, so
the proof goes case by case: for each block the source's tables reach, if
the source reads an entry for it, the source jumps there, the target to
its partner block, and the state is related as that block expects (those
entries' bytes are the case's premise).

The layout is the one the compiler sized the entries for: every target
within an entry's reach of its anchor. What C grants the source: a load from a table
lies inside it (C indexes an array within bounds; the switch's range check
precedes the jump), and no store writes one (it is read-only data).
"""

from __future__ import annotations

from dataclasses import dataclass

import z3

from guacc.transpiler.asm.control import FLOW
from guacc.transpiler.asm.jump_tables import JumpTable
from guacc.transpiler.asm.model import Instruction
from guacc.transpiler.semantics.symbols import symbol_address

from .literals import rename_instructions
from .memory import mentions
from .relation import TARGET_TABLES, symbol_preconditions
from .trace import UnsupportedCode

ASSUMPTION = "a jump table is indexed within its bounds (the switch's range check precedes the jump)"
_CODE_ALIGN = {"arm": 4, "riscv": 2}
_SIDE_PREFIX = {"src": "src:", "dst": "dst:"}


def code_symbols(side, side_name: str, function: str) -> dict[str, str]:
    """Local label of the function -> the symbol its block's address is read by."""
    prefix = _SIDE_PREFIX[side_name]
    return {label: prefix + block for label, block in side.aliases.items()
            if label != function and label.startswith(".L")}


def rename_addresses(instrs: list[Instruction], isa: str, renames: dict[str, str]) -> list[Instruction]:
    """Instructions with the symbols they take addresses of renamed (branch
    targets, read by name, stay)."""
    if not renames:
        return instrs
    return [rename_instructions([i], renames)[0] if FLOW[isa](i).kind == "next" else i for i in instrs]


def renames(corr, side_name: str) -> dict[str, str]:
    """What `rename_addresses` renames on one side (code labels, in a
    function with jump tables)."""
    side = corr.src if side_name == "src" else corr.dst
    return code_symbols(side, side_name, corr.name) if _tables(corr, side_name) else {}


def _tables(corr, side_name: str) -> list[JumpTable]:
    return list((corr.src_tables if side_name == "src" else corr.dst_tables).values())


def _value(expr, address) -> z3.BitVecRef:
    if isinstance(expr, str):
        return address(expr)
    if isinstance(expr, int):
        return z3.BitVecVal(expr, 64)
    op, a, b = expr
    left, right = _value(a, address), _value(b, address)
    if op == "-":
        return left - right
    if op == "+":
        return left + right
    if op == "/" and isinstance(b, int) and b > 0 and not b & (b - 1):
        # GNU as divides signed; by a power of two it divides a multiple
        # (code is aligned): the shift, which solvers find far easier
        return left >> (b.bit_length() - 1)
    if op == "/":
        return left / right
    if op == ">>":
        return left >> right
    raise ValueError(f"jump table entry with {op}")


def _entry(side_name: str, side, table: JumpTable, target: str, names) -> tuple[z3.BitVecRef, list]:
    """(the value of an entry jumping to `target`, the layout facts it needs)."""
    base = symbol_address(table.name)

    def address(label: str) -> z3.BitVecRef:
        return base if label == table.name else symbol_address(names[label])

    # the layout the compiler sized the entries for: the target within a
    # signed entry's reach of the anchor, both aligned as code is
    reach = 1 << (8 * table.entry_size - 1 + table.shift)
    align = _CODE_ALIGN[side.isa]
    anchor, place = address(table.anchor), address(target)
    facts = [z3.ULT(place - anchor + reach, 2 * reach), place & (align - 1) == 0]
    if table.anchor != table.name:
        facts.append(anchor & (align - 1) == 0)
    return _value(table.entry_expr(target), address), facts


def _table_load(corr, side_name: str, accesses, tables) -> tuple[JumpTable, z3.BitVecRef, object]:
    """(table, its address, the access) of the one load from a table."""
    found = []
    for table in tables:
        base = symbol_address(table.name)
        found += [(table, base, acc) for acc in accesses if acc.kind == "load" and mentions(acc.address, [base])]
    side = "source" if side_name == "src" else "target"
    if not found:
        raise UnsupportedCode(f"a {side} jump through a table whose address comes from another block")
    if len(found) > 1:
        raise UnsupportedCode(f"a {side} jump after {len(found)} loads from jump tables (one expected)")
    return found[0]


@dataclass
class Case:
    """The source's jump reads an entry for one block: `selector` says so;
    `facts` are what the entries read then hold, and the layout they need;
    `obligations` must follow."""

    selector: z3.BoolRef
    facts: list[z3.BoolRef]
    obligations: list
    block: str  # the source block it lands on


def cases(corr, src_accesses, dst_accesses, src_address, dst_address, select) -> list[Case]:
    """One case per block the source's table reaches (and block the
    target's table reaches at the same indices): reading an entry for it,
    the source jumps there and the target to its partner. Entries for one
    block hold one value, so a case states the bytes its load reads rather
    than every entry's. `select(address)`: a byte of the input memory."""
    from .relation import Obligation

    src_table, src_base, src_load = _table_load(corr, "src", src_accesses, _tables(corr, "src"))
    partners = [t for t in _tables(corr, "dst") if len(t.targets) == len(src_table.targets)]
    if not partners:
        raise UnsupportedCode(f"the target has no jump table of {len(src_table.targets)} entries")
    dst_table, dst_base, dst_load = _table_load(corr, "dst", dst_accesses, partners)
    src_names, dst_names = code_symbols(corr.src, "src", corr.name), code_symbols(corr.dst, "dst", corr.name)
    groups: dict[tuple[str, str], list[int]] = {}
    for i, (s_target, d_target) in enumerate(zip(src_table.targets, dst_table.targets)):
        groups.setdefault((corr.src.resolve(s_target), corr.dst.resolve(d_target)), []).append(i)
    out = []
    for (s_block, d_block), indices in groups.items():
        wanted = corr.label_map.get(s_block)
        if wanted is None:
            raise UnsupportedCode(f"successor {s_block} has no partner block")
        facts = symbol_preconditions({src_names[s_block], dst_names[d_block], dst_table.name})
        selectors = []
        for side_name, side, table, base, load, names, block in (
                ("src", corr.src, src_table, src_base, src_load, src_names, s_block),
                ("dst", corr.dst, dst_table, dst_base, dst_load, dst_names, d_block)):
            value, layout = _entry(side_name, side, table, table.targets[indices[0]], names)
            reads = z3.Or(*[load.address == base + i * table.entry_size for i in indices])
            memory = select if side_name == "src" else (lambda address: z3.Select(TARGET_TABLES, address))
            held = z3.And(*[memory(load.address + k) == z3.Extract(8 * k + 7, 8 * k, value)
                            for k in range(table.entry_size)])
            facts += layout + [z3.Implies(reads, held)]
            selectors.append(reads)
        out.append(Case(selectors[0], facts, [
            Obligation(f"jump: source to {s_block}", src_address == symbol_address(src_names[s_block]), "src"),
            Obligation(f"jump: target to {wanted}", dst_address == symbol_address(dst_names.get(wanted, wanted)))],
            s_block))
    return out


def source_assumptions(corr, accesses) -> list[z3.BoolRef]:
    """A source load that reads a table reads inside it; no source store
    writes any table of either side."""
    out = []
    spans = []
    for side_name in ("src", "dst"):
        for table in _tables(corr, side_name):
            base = symbol_address(table.name)
            spans.append((side_name, base, len(table.targets) * table.entry_size))
    for acc in accesses:
        for side_name, base, size in spans:
            if acc.kind == "load" and side_name == "src" and mentions(acc.address, [base]):
                out.append(z3.ULE(acc.address - base, size - acc.size))
            elif acc.kind == "store":
                out.append(z3.Not(z3.ULT(acc.address + (acc.size - 1) - base, size + acc.size - 1)))
    return out
