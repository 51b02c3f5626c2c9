"""The initial contents of data sections and the symbols in them.

Each data section (.data, .rodata*, .bss, .sdata, ...) gets a byte image laid
out as the assembler would (alignment padding included); values that need a
symbol (`.quad .LC0`, `.word .L9-.L4`) leave zero bytes and a `Relocation`.
Offsets are within the section as this file defines it, before linking.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .items import Directive, Expr, Label, eval_expr

DATA_SIZES = {
    ".byte": 1, ".2byte": 2, ".hword": 2, ".half": 2, ".short": 2,
    ".4byte": 4, ".word": 4, ".long": 4, ".int": 4,
    ".8byte": 8, ".dword": 8, ".quad": 8, ".xword": 8,
}


@dataclass(frozen=True)
class Relocation:
    offset: int
    size: int
    value: Expr


@dataclass
class Section:
    name: str
    data: bytearray = field(default_factory=bytearray)
    relocations: list[Relocation] = field(default_factory=list)
    symbols: dict[str, int] = field(default_factory=dict)  # name -> offset
    align: int = 1


@dataclass(frozen=True)
class DataSymbol:
    """A labelled object in a data section: its bytes up to the next label
    (or its `.size`), and the relocations inside it (offsets relative to it)."""

    name: str
    section: str
    offset: int
    data: bytes
    relocations: tuple[Relocation, ...] = ()
    is_global: bool = False


def is_data_section(name: str) -> bool:
    return not (name.startswith((".text", ".debug", ".note", ".comment", ".init", ".fini")) or name == ".eh_frame")


def _leb128(value: int, signed: bool) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        done = (value == 0 and not byte & 0x40) or (value == -1 and byte & 0x40) if signed else value == 0
        out.append(byte if done else byte | 0x80)
        if done:
            return bytes(out)


class SectionBuilder:
    """Fed the items of one file in order with the section they are in."""

    def __init__(self) -> None:
        self.sections: dict[str, Section] = {}
        self.sizes: dict[str, int] = {}
        self.globals: set[str] = set()

    def section(self, name: str) -> Section:
        return self.sections.setdefault(name, Section(name))

    def label(self, section: str, label: Label) -> None:
        if not is_data_section(section):
            return
        sec = self.section(section)
        sec.symbols[label.name] = len(sec.data)

    def directive(self, section: str, d: Directive) -> None:
        name = d.name
        if name in (".globl", ".global"):
            self.globals.update(s.strip() for s in d.args.split(","))
        elif name == ".size":
            sym, _, value = d.args.partition(",")
            if value.strip().lstrip("-").isdigit():
                self.sizes[sym.strip()] = int(value)
        elif name in (".comm", ".lcomm", ".tls_common"):
            self._common(d)
        if not is_data_section(section):
            return
        sec = self.section(section)
        if name in DATA_SIZES:
            for value in d.values:
                self._emit(sec, value, DATA_SIZES[name])
        elif name in (".uleb128", ".sleb128"):
            for value in d.values:
                v = eval_expr(value)
                sec.data += _leb128(v or 0, name == ".sleb128")
        elif name in (".zero", ".skip", ".space"):
            count = eval_expr(d.values[0]) or 0
            fill = eval_expr(d.values[1]) if len(d.values) > 1 and d.values[1] is not None else 0
            sec.data += bytes([fill & 0xFF]) * count
        elif name in (".string", ".asciz", ".ascii"):
            for s in d.values:
                sec.data += s + (b"" if name == ".ascii" else b"\0")
        elif name in (".align", ".p2align", ".balign"):
            amount = eval_expr(d.values[0]) if d.values and d.values[0] is not None else 0
            alignment = amount if name == ".balign" else 1 << amount
            sec.align = max(sec.align, alignment)
            sec.data += bytes(-len(sec.data) % alignment)
        elif name in (".set", ".equ"):
            sym, value = d.values
            if value == "." or (isinstance(value, tuple) and value[:2] == ("+", ".")):
                offset = eval_expr(value, {".": len(sec.data)})
                if offset is not None:
                    sec.symbols[sym] = offset

    def _emit(self, sec: Section, value: Expr | None, size: int) -> None:
        v = eval_expr(value) if value is not None else 0
        if v is None:
            sec.relocations.append(Relocation(len(sec.data), size, value))
            v = 0
        sec.data += (v & ((1 << (8 * size)) - 1)).to_bytes(size, "little")

    def _common(self, d: Directive) -> None:
        parts = [p.strip() for p in d.args.split(",")]
        try:
            size = int(parts[1], 0)
            align = int(parts[2], 0) if len(parts) > 2 else 1
        except (IndexError, ValueError):
            return
        sec = self.section(".bss")
        sec.data += bytes(-len(sec.data) % max(align, 1))
        sec.symbols[parts[0]] = len(sec.data)
        sec.data += bytes(size)
        self.sizes.setdefault(parts[0], size)

    def symbols(self) -> dict[str, DataSymbol]:
        result: dict[str, DataSymbol] = {}
        for sec in self.sections.values():
            ordered = sorted(sec.symbols.items(), key=lambda kv: kv[1])
            for index, (name, offset) in enumerate(ordered):
                later = [o for _, o in ordered[index + 1 :] if o > offset]
                end = offset + self.sizes[name] if name in self.sizes else (later[0] if later else len(sec.data))
                relocations = tuple(
                    Relocation(r.offset - offset, r.size, r.value)
                    for r in sec.relocations
                    if offset <= r.offset < end
                )
                result[name] = DataSymbol(name, sec.name, offset, bytes(sec.data[offset:end]), relocations,
                                          name in self.globals)
        return result
