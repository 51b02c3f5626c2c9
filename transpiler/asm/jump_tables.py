"""Switch jump tables: read-only arrays of code offsets a function indexes
and jumps through.

gcc and clang write them as data whose every entry is `target - anchor`,
scaled down on AArch64 (`(.L7 - .Lrtx4) / 4`, `(.LBB0_7-.LBB0_2)>>2`),
where the targets are labels of one function and the anchor is a label of
that function or the table itself (RISC-V: `.L7-.L4`). The dispatch loads
entry i, adds the anchor's address (scaled back) and jumps.
"""

from __future__ import annotations

from dataclasses import dataclass

from .items import Directive, Expr, Label


@dataclass(frozen=True)
class JumpTable:
    name: str
    function: str
    entry_size: int  # bytes per entry
    targets: tuple[str, ...]  # the label each entry jumps to
    anchor: str  # the entries count from this label's address
    shift: int  # entry = (target - anchor) >> shift

    def entry_expr(self, target: str) -> Expr:
        """The value of an entry jumping to `target`, as an expression."""
        difference = ("-", target, self.anchor)
        return (">>", difference, self.shift) if self.shift else difference


def _difference(value: Expr) -> tuple[str, str, int] | None:
    """(target, anchor, shift) of `L - A`, `(L - A) / 2**k` or `(L - A) >> k`."""
    shift = 0
    if isinstance(value, tuple) and value[0] in ("/", ">>") and isinstance(value[2], int):
        amount = value[2]
        if value[0] == "/":
            if amount <= 0 or amount & (amount - 1):
                return None
            amount = amount.bit_length() - 1
        shift, value = amount, value[1]
    if isinstance(value, tuple) and value[0] == "-" and all(isinstance(v, str) for v in value[1:]):
        return value[1], value[2], shift
    return None


def jump_tables(asm) -> dict[str, JumpTable]:
    """The jump tables of a parsed file (`AsmFile`), by name."""
    owner = {label: name for name, fn in asm.functions.items() for label in fn.labels}
    tables = {}
    for name, sym in asm.data_symbols.items():
        relocations = sym.relocations
        if not relocations:
            continue
        size = relocations[0].size
        if any(r.size != size or r.offset != i * size for i, r in enumerate(relocations)):
            continue
        if sym.data[len(relocations) * size:].strip(b"\0"):
            continue  # more than the table under this label
        parts = [_difference(r.value) for r in relocations]
        if None in parts or len({(a, s) for _, a, s in parts}) != 1:
            continue
        anchor, shift = parts[0][1], parts[0][2]
        functions = {owner.get(target) for target, _, _ in parts}
        function = functions.pop() if len(functions) == 1 else None
        if function is None or (anchor != name and owner.get(anchor) != function):
            continue
        tables[name] = JumpTable(name, function, size, tuple(t for t, _, _ in parts), anchor, shift)
    return tables


# The entry size and scale a target ISA's tables are written with: RISC-V
# code offsets are only known to the linker (relaxation; 2-byte
# instructions), so its entries are unscaled words (arm_riscv_jumps).
_TARGET_FORM = {"riscv": (4, 0)}


def retargeted_tables(src, dst_isa: str) -> dict[str, JumpTable]:
    """The source's tables that the target writes in another form, in it."""
    form = _TARGET_FORM.get(dst_isa)
    if form is None or src.isa == dst_isa:
        return {}
    size, shift = form
    return {name: JumpTable(name, t.function, size, t.targets, t.anchor, shift)
            for name, t in jump_tables(src).items() if (t.entry_size, t.shift) != form}


def target_tables(src, dst_isa: str) -> dict[str, JumpTable]:
    """The tables a translation of `src` into `dst_isa` has (`render` writes them)."""
    return jump_tables(src) | retargeted_tables(src, dst_isa)


def table_items(table: JumpTable, label: Label) -> list:
    """The table's label and entries, aligned for its entry size."""
    data = {1: ".byte", 2: ".2byte", 4: ".word", 8: ".8byte"}[table.entry_size]
    return [Directive(".p2align", str(table.entry_size.bit_length() - 1)), label,
            *[Directive(data, _print(table.entry_expr(t))) for t in table.targets]]


def _print(expr: Expr) -> str:
    if isinstance(expr, tuple):
        return f"({_print(expr[1])} {expr[0]} {_print(expr[2])})"
    return str(expr)
