"""C signatures of a file's functions, read from the DWARF a `-g` compile
leaves in the assembly (`.debug_info`, `.debug_abbrev`, `.debug_str`).

The calling conventions say which bits of a narrow value a caller may rely
on (AAPCS64: only the type's own bits; the RISC-V psABI: extended by the
type's signedness to 32 bits, then sign-extended to 64), so the verifier
needs the declared types of return values and parameters; the machine code
alone does not tell an `int` computed in `x0` from a `long`.

Only what a signature needs is decoded: subprograms (definitions and
declarations), their parameters, and the types those name, followed
through typedefs and qualifiers down to a base type, pointer or aggregate.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from pathlib import Path

from guacc.transpiler.asm.data import SectionBuilder
from guacc.transpiler.asm.items import Directive, Label

_TABLE = Path(__file__).with_name("data") / "dwarf.toml"
_SECTIONS = (".debug_info", ".debug_abbrev", ".debug_str", ".debug_line_str", ".debug_str_offsets")
_STRX = (0x1a, 0x25, 0x26, 0x27, 0x28)  # strx, strx1-4: an index into .debug_str_offsets (DWARF 5)
_STR_OFFSETS_HEADER = 8  # unit length and version, padding: where clang's single table's entries start
_PREFIX = "dwarf"  # SectionBuilder lays out data sections only; these names pass as such


@dataclass(frozen=True)
class CType:
    """What the calling conventions need of a C type: `kind` 'int'
    (integers, bool, enums), 'pointer', 'float', 'aggregate' (struct, union,
    complex) or 'void'; its size in bits; whether an int is signed."""

    kind: str
    bits: int = 0
    signed: bool = False
    fp_members: bool = False  # an aggregate with a floating-point member somewhere in it


VOID = CType("void")
POINTER = CType("pointer", 64)


@dataclass(frozen=True)
class Signature:
    returns: CType
    params: tuple[CType, ...]
    variadic: bool = False


@functools.cache
def _table() -> dict:
    with open(_TABLE, "rb") as fh:
        raw = tomllib.load(fh)
    forms = {int(code, 16): how for code, how in raw["forms"].items()}
    return {"forms": forms, "tags": raw["tags"], "attributes": raw["attributes"], "encodings": raw["encodings"]}


class DwarfError(Exception):
    """Debug information this reader cannot follow."""


# ------------------------------------------------------------ sections

def _section_name(d: Directive, current: str, previous: str) -> tuple[str, str] | None:
    if d.name in (".text", ".data", ".bss"):
        return d.name, current
    if d.name in (".section", ".pushsection"):
        return d.args.split(",")[0].strip().strip('"'), current
    if d.name == ".previous":
        return previous, current
    return None


def debug_sections(items) -> dict[str, tuple[bytes, dict[int, str], dict[str, int]]]:
    """Bytes of each debug section, the symbol each 4-byte relocation names
    (offset -> name), and the labels in it (name -> offset)."""
    builder = SectionBuilder()
    current = previous = ".text"
    stack: list[str] = []
    for item in items:
        if isinstance(item, Directive):
            if item.name == ".popsection":
                if stack:
                    previous, current = current, stack.pop()
                continue
            switched = _section_name(item, current, previous)
            if switched is not None:
                if item.name == ".pushsection":
                    stack.append(current)
                current, previous = switched
                continue
            if current in _SECTIONS:
                builder.directive(_PREFIX + current, item)
        elif isinstance(item, Label) and current in _SECTIONS:
            builder.label(_PREFIX + current, item)
    out = {}
    for name in _SECTIONS:
        sec = builder.sections.get(_PREFIX + name)
        if sec is not None:
            relocs = {r.offset: r.value for r in sec.relocations if isinstance(r.value, str)}
            out[name] = (_with_lengths(sec), relocs, dict(sec.symbols))
    return out


def _with_lengths(sec) -> bytes:
    """The section's bytes with each difference of two of its own labels
    filled in: clang writes a unit's length as `.Ldebug_info_end0 -
    .Ldebug_info_start0` where gcc writes a number."""
    data = bytearray(sec.data)
    for r in sec.relocations:
        value = r.value
        if (isinstance(value, tuple) and len(value) == 3 and value[0] == "-"
                and all(isinstance(v, str) and v in sec.symbols for v in value[1:])):
            difference = sec.symbols[value[1]] - sec.symbols[value[2]]
            data[r.offset:r.offset + r.size] = (difference % (1 << 8 * r.size)).to_bytes(r.size, "little")
    return bytes(data)


# ------------------------------------------------------------ decoding

class _Reader:
    def __init__(self, data: bytes, pos: int = 0) -> None:
        self.data, self.pos = data, pos

    def fixed(self, size: int) -> int:
        if self.pos + size > len(self.data):
            raise DwarfError("truncated debug section")
        value = int.from_bytes(self.data[self.pos:self.pos + size], "little")
        self.pos += size
        return value

    def leb(self, signed: bool = False) -> int:
        value = shift = 0
        while True:
            byte = self.fixed(1)
            value |= (byte & 0x7F) << shift
            shift += 7
            if not byte & 0x80:
                if signed and byte & 0x40:
                    value -= 1 << shift
                return value

    def cstring(self) -> bytes:
        end = self.data.find(b"\0", self.pos)
        if end < 0:
            raise DwarfError("unterminated string")
        value, self.pos = self.data[self.pos:end], end + 1
        return value


def _abbreviations(data: bytes, offset: int) -> dict[int, tuple[int, bool, list[tuple[int, int, int | None]]]]:
    """code -> (tag, has children, [(attribute, form, implicit value)])."""
    r = _Reader(data, offset)
    out = {}
    while True:
        code = r.leb()
        if code == 0:
            return out
        tag, children = r.leb(), r.fixed(1)
        attrs = []
        while True:
            attr, form = r.leb(), r.leb()
            if attr == 0 and form == 0:
                break
            attrs.append((attr, form, r.leb(signed=True) if form == 0x21 else None))
        out[code] = (tag, bool(children), attrs)


@dataclass
class _Die:
    tag: int
    attrs: dict[int, object]
    children: list["_Die"]


def _value(r: _Reader, form: int, implicit, sections) -> object:
    how = _table()["forms"].get(form)
    if how is None:
        raise DwarfError(f"DWARF form {form:#x}")
    if how == "indirect":
        return _value(r, r.leb(), implicit, sections)
    if how == "implicit":
        return implicit
    start = r.pos
    if how == "uleb":
        value = r.leb()
        return _indexed_string(sections, value) if form in _STRX else value
    if how == "sleb":
        return r.leb(signed=True)
    if how == "string":
        return r.cstring().decode("utf-8", "replace")
    if isinstance(how, str) and how.startswith("block"):
        length = r.leb() if how == "block" else r.fixed(int(how[5:]))
        r.pos += length
        return None
    value = r.fixed(how)
    if form in _STRX:
        return _indexed_string(sections, value)
    if form in (0x0e, 0x1f):  # strp, line_strp: a label in the string section
        return _string_at(sections, sections[".debug_info"][1].get(start),
                          ".debug_str" if form == 0x0e else ".debug_line_str")
    return value


def _string_at(sections, label: str | None, section: str = ".debug_str") -> str | None:
    """The string at `label` of a string section (None if either is missing)."""
    strings = sections.get(section)
    if strings is None or label not in strings[2]:
        return None
    return _Reader(strings[0], strings[2][label]).cstring().decode("utf-8", "replace")


def _indexed_string(sections, index: int) -> str | None:
    """A DWARF 5 string by its index: the `.debug_str_offsets` entry names
    the string's label."""
    offsets = sections.get(".debug_str_offsets")
    if offsets is None:
        return None
    return _string_at(sections, offsets[1].get(_STR_OFFSETS_HEADER + 4 * index))


def _units(sections) -> list[tuple[dict[int, _Die], _Die]]:
    """Each compilation unit's DIEs by offset (relative to the unit, as
    `ref4` counts them) and its root."""
    info, _, _ = sections[".debug_info"]
    abbrev_data = sections[".debug_abbrev"][0]
    units = []
    r = _Reader(info)
    while r.pos < len(info):
        start = r.pos
        length = r.fixed(4)
        if length >= 0xFFFFFFF0:
            raise DwarfError("64-bit DWARF")
        end = r.pos + length
        version = r.fixed(2)
        if version >= 5:
            r.fixed(1)  # unit type
            r.fixed(1)  # address size
            abbrev_offset = r.fixed(4)
        else:
            abbrev_offset = r.fixed(4)
            r.fixed(1)
        abbrevs = _abbreviations(abbrev_data, abbrev_offset)
        dies: dict[int, _Die] = {}
        stack: list[_Die] = []
        root = None
        while r.pos < end:
            offset = r.pos - start
            code = r.leb()
            if code == 0:
                if stack:
                    stack.pop()
                continue
            if code not in abbrevs:
                raise DwarfError(f"abbreviation {code} missing")
            tag, has_children, attrs = abbrevs[code]
            die = _Die(tag, {}, [])
            for attr, form, implicit in attrs:
                die.attrs[attr] = _value(r, form, implicit, sections)
            dies[offset] = die
            if stack:
                stack[-1].children.append(die)
            else:
                root = die
            if has_children:
                stack.append(die)
        r.pos = end
        if root is not None:
            units.append((dies, root))
    return units


# ------------------------------------------------------------ types

def _resolve(dies: dict[int, _Die], ref, seen: frozenset = frozenset()) -> CType:
    t, a, e = _table()["tags"], _table()["attributes"], _table()["encodings"]
    if ref is None:
        return VOID
    die = dies.get(ref)
    if die is None or ref in seen:
        raise DwarfError(f"type reference {ref!r} not found")
    size = die.attrs.get(a["byte_size"])
    if die.tag in (t["typedef"], t["const_type"], t["volatile_type"], t["restrict_type"], t["atomic_type"]):
        return _resolve(dies, die.attrs.get(a["type"]), seen | {ref})
    if die.tag == t["pointer_type"]:
        return POINTER
    if die.tag == t["base_type"]:
        encoding = die.attrs.get(a["encoding"])
        if encoding == e["float"]:
            return CType("float", 8 * size)
        if encoding in (e["signed"], e["signed_char"]):
            return CType("int", 8 * size, True)
        if encoding in (e["unsigned"], e["unsigned_char"], e["boolean"]):
            return CType("int", 8 * size, False)
        return CType("aggregate", 8 * size, fp_members=True)  # complex: two floats
    if die.tag == t["enumeration_type"]:
        if a["type"] in die.attrs:
            return _resolve(dies, die.attrs[a["type"]], seen | {ref})
        raise DwarfError("enumeration without an underlying type")
    if die.tag in (t["structure_type"], t["union_type"]):
        members = [_resolve(dies, m.attrs.get(a["type"]), seen | {ref}) for m in die.children if m.tag == t["member"]]
        return CType("aggregate", 8 * (size or 0), fp_members=any(m.kind == "float" or m.fp_members for m in members))
    if die.tag == t["array_type"]:
        element = _resolve(dies, die.attrs.get(a["type"]), seen | {ref})
        return CType("aggregate", 8 * (size or 0), fp_members=element.kind == "float" or element.fp_members)
    raise DwarfError(f"type tag {die.tag:#x}")


def signatures_from_items(items) -> dict[str, Signature]:
    """Name -> signature of every function the debug information describes
    (empty without debug information; functions it cannot follow left out)."""
    sections = debug_sections(items)
    if ".debug_info" not in sections or ".debug_abbrev" not in sections:
        return {}
    t, a = _table()["tags"], _table()["attributes"]
    out: dict[str, Signature] = {}
    for dies, root in _units(sections):
        for die in root.children:
            name = die.attrs.get(a["name"])
            if die.tag != t["subprogram"] or not isinstance(name, str):
                continue
            try:
                params = tuple(_resolve(dies, c.attrs.get(a["type"])) for c in die.children
                               if c.tag == t["formal_parameter"])
                # `int f()` promises nothing about its parameters: like `...`
                variadic = (any(c.tag == t["unspecified_parameters"] for c in die.children)
                            or (not params and a["prototyped"] not in die.attrs))
                out.setdefault(name, Signature(_resolve(dies, die.attrs.get(a["type"])), params, variadic))
            except DwarfError:
                continue
    return out


_LIBRARY = Path(__file__).with_name("data") / "libc_signatures.toml"
_LIBRARY_TYPES = {"int": CType("int", 32, True), "uint": CType("int", 32, False), "long": CType("int", 64, True),
                  "ulong": CType("int", 64, False), "char": CType("int", 8, True), "double": CType("float", 64),
                  "float": CType("float", 32), "ptr": POINTER, "void": VOID}


@functools.cache
def library_signatures() -> dict[str, Signature]:
    """The C library prototypes of `data/libc_signatures.toml`."""
    with open(_LIBRARY, "rb") as fh:
        table = tomllib.load(fh)["functions"]
    out = {}
    for name, text in table.items():
        result, _, rest = text.partition("(")
        words = [w.strip() for w in rest.rstrip(")").split(",") if w.strip()]
        variadic = words[-1:] == ["..."]
        out[name] = Signature(_LIBRARY_TYPES[result.strip()],
                              tuple(_LIBRARY_TYPES[w] for w in words if w != "..."), variadic)
    return out


def signatures(asm) -> dict[str, Signature]:
    """Signatures of the functions of a parsed `AsmFile`: from its DWARF, and
    for a C library function it calls but neither defines nor describes
    (clang's DWARF leaves them out), the library's prototype."""
    try:
        found = signatures_from_items(asm.items)
    except DwarfError:
        found = {}
    library = {name: sig for name, sig in library_signatures().items() if name not in asm.functions}
    return {**library, **found}
