"""A parsed assembly file: its statements in order (for printing), its
functions split into basic blocks, and its data sections."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from .blocks import Function, split_blocks
from .control import FLOW
from .data import DataSymbol, Section, SectionBuilder
from .items import Directive, Label
from .jump_tables import jump_tables
from .model import Instruction
from .pcrel import fold_pcrel_pairs
from .printer import format_item


def _section_argument(args: str) -> str:
    """`.rodata.str1.8,"aMS",@progbits,1` -> `.rodata.str1.8`."""
    return args.split(",")[0].strip().strip('"')


class _SectionTracker:
    """Which section each statement lands in (.text/.data/.bss/.section,
    .pushsection/.popsection, .previous)."""

    def __init__(self) -> None:
        self.current = ".text"
        self.previous = ".text"
        self.stack: list[str] = []

    def _switch(self, name: str) -> None:
        self.previous, self.current = self.current, name

    def update(self, d: Directive) -> bool:
        """Follow `d`; True if it was a section directive."""
        if d.name in (".text", ".data", ".bss"):
            self._switch(d.name + (f".{d.args}" if d.args.strip().isdigit() and d.args.strip() != "0" else ""))
        elif d.name == ".section":
            self._switch(_section_argument(d.args))
        elif d.name == ".pushsection":
            self.stack.append(self.current)
            self._switch(_section_argument(d.args))
        elif d.name == ".popsection" and self.stack:
            self._switch(self.stack.pop())
        elif d.name == ".previous":
            self._switch(self.previous)
        else:
            return False
        return True


@dataclass
class AsmFile:
    isa: str
    filename: str
    items: list = field(default_factory=list)  # Label | Directive | Instruction, in source order
    functions: dict[str, Function] = field(default_factory=dict)
    sections: dict[str, Section] = field(default_factory=dict)  # data sections only
    data_symbols: dict[str, DataSymbol] = field(default_factory=dict)
    source_files: dict[int, str] = field(default_factory=dict)  # `.file N "name"`

    @classmethod
    def from_items(cls, items: list, isa: str, filename: str = "<input>") -> AsmFile:
        if isa == "riscv":
            items = fold_pcrel_pairs(items)
        items = _attach_locs(items)
        asm = cls(isa, filename, items)
        asm._layout()
        return asm

    def _layout(self) -> None:
        function_names = {
            d.args.split(",")[0].strip()
            for d in self.items
            if isinstance(d, Directive) and d.name == ".type" and "function" in d.args
        }
        tracker = _SectionTracker()
        data = SectionBuilder()
        open_function: tuple[str, str, list] | None = None  # name, section, body
        for item in self.items:
            if isinstance(item, Directive):
                if tracker.update(item):
                    continue
                if item.name == ".file":
                    self._note_file(item)
                data.directive(tracker.current, item)
                if open_function and item.name == ".size" and item.args.split(",")[0].strip() == open_function[0]:
                    self._close(open_function)
                    open_function = None
            elif isinstance(item, Label):
                if item.name in function_names:
                    if open_function:
                        self._close(open_function)
                    open_function = (item.name, tracker.current, [])
                elif open_function and tracker.current == open_function[1]:
                    open_function[2].append(item)
                else:
                    data.label(tracker.current, item)
            elif open_function and tracker.current == open_function[1]:
                open_function[2].append(item)
        if open_function:
            self._close(open_function)
        self.sections = {n: s for n, s in data.sections.items() if s.data or s.symbols}
        self.data_symbols = data.symbols()
        self._add_jump_table_successors()

    def _add_jump_table_successors(self) -> None:
        """A jump through a register (`br x0`, `jr a5`) goes to the targets
        of its function's jump tables; in a function with none, to any of
        its labels a data word refers to (an over-approximation)."""
        tables = jump_tables(self)
        referenced = {name for sec in self.sections.values() for r in sec.relocations for name in _symbols(r.value)}
        for function in self.functions.values():
            own = [t for table in tables.values() if table.function == function.name for t in table.targets]
            names = own or sorted(referenced)
            targets = list(dict.fromkeys(function.labels[n] for n in names if n in function.labels))
            for block in function.blocks:
                if block.instructions and FLOW[self.isa](block.instructions[-1]).kind == "indirect":
                    block.successors = targets

    def _close(self, function: tuple[str, str, list]) -> None:
        name, section, body = function
        self.functions[name] = split_blocks(name, body, self.isa, section)

    def _note_file(self, d: Directive) -> None:
        number, _, rest = d.args.partition(" ")
        if number.isdigit() and rest.strip():
            # `.file 1 "t.c"`; DWARF 5 also has `.file 0 "dir" "t.c"`
            self.source_files[int(number)] = rest.strip().split()[-1].strip('"')

    @property
    def instructions(self) -> list[Instruction]:
        return [i for i in self.items if isinstance(i, Instruction)]


def _symbols(expr) -> list[str]:
    if isinstance(expr, str):
        return [expr]
    if isinstance(expr, tuple):
        return [name for operand in expr[1:] for name in _symbols(operand)]
    return []


def _attach_locs(items: list) -> list:
    """Each instruction gets the (file, line) of the `.loc` in force."""
    loc = None
    out = []
    for item in items:
        if isinstance(item, Directive) and item.name == ".loc":
            loc = item.values
        elif isinstance(item, Instruction) and loc is not None and item.loc is None:
            item = dataclasses.replace(item, loc=loc)
        out.append(item)
    return out


# Clang's address-significance table (`.addrsig`, `.addrsig_sym`), which GNU
# as does not know: a hint for the linker, safe to drop.
LLVM_ONLY = (".addrsig",)


def for_gnu_as(asm: AsmFile) -> AsmFile:
    """`asm` as GNU as can build it, to run: without its debug sections
    (clang's RISC-V DWARF has `.uleb128` differences GNU as cannot compute)
    and without LLVM-only directives. What runs is unchanged."""
    tracker = _SectionTracker()
    items = []
    for item in asm.items:
        if isinstance(item, Directive):
            if item.name.startswith(LLVM_ONLY):
                continue
            if tracker.update(item) and tracker.current.startswith(".debug"):
                continue
        if not tracker.current.startswith(".debug"):
            items.append(item)
    return dataclasses.replace(asm, items=items)


def print_asm(asm: AsmFile) -> str:
    """The file as GNU as text, one statement a line (comments are dropped)."""
    return "\n".join(format_item(item, asm.isa) for item in asm.items) + "\n"
