"""LLVM IR type strings: a small parser, sizes and scalar leaves.

llvmlite does not expose a GEP's source element type as a ``TypeRef``, only as
text, so the harness parses type text itself.  Sizes follow the natural
alignment of the x86-64 and AArch64 SysV data layouts, which is what the
kernels in this project are compiled for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Union

from .errors import HarnessError


@dataclass(frozen=True)
class Scalar:
    """A leaf value type: ``int`` of ``bits``, ``float`` of 16/32/64 bits, or ``ptr``."""

    kind: str  # "int" | "float" | "ptr"
    bits: int

    @property
    def name(self) -> str:
        if self.kind == "int":
            return f"i{self.bits}"
        if self.kind == "ptr":
            return "ptr"
        return {16: "half", 32: "float", 64: "double"}[self.bits]

    @property
    def size(self) -> int:
        """Allocation size in bytes (i1 takes a byte, i24 takes four)."""
        if self.kind == "ptr":
            return 8
        n = max(1, (self.bits + 7) // 8)
        size = 1
        while size < n:
            size *= 2
        return size

    @property
    def code(self) -> str:
        """The ``struct`` module format character for one value."""
        if self.kind == "ptr":
            return "Q"
        if self.kind == "float":
            return {16: "e", 32: "f", 64: "d"}[self.bits]
        if self.bits == 1:
            return "B"
        return {1: "b", 2: "h", 4: "i", 8: "q"}[self.size]

    def __str__(self) -> str:
        return self.name


I8 = Scalar("int", 8)
I32 = Scalar("int", 32)
I64 = Scalar("int", 64)
FLOAT = Scalar("float", 32)
DOUBLE = Scalar("float", 64)
PTR = Scalar("ptr", 64)


@dataclass(frozen=True)
class Array:
    count: int
    elem: "IRType"


@dataclass(frozen=True)
class Vector:
    count: int
    elem: "IRType"


@dataclass(frozen=True)
class Struct:
    elems: tuple["IRType", ...]
    packed: bool = False
    name: str | None = None


@dataclass(frozen=True)
class Other:
    """A type the harness does not look inside (void, label, opaque struct, x86_fp80...)."""

    text: str
    size: int = 0
    align: int = 1


IRType = Union[Scalar, Array, Vector, Struct, Other]

_FLOATS = {"half": 16, "bfloat": 16, "float": 32, "double": 64}
_ODD = {"x86_fp80": (16, 16), "fp128": (16, 16), "ppc_fp128": (16, 16)}
_NAME = re.compile(r'%(?:"[^"]*"|[-\w.$]+)')
_WORD = re.compile(r"[A-Za-z_][\w]*")
_INT = re.compile(r"\d+")


def parse_scalar(text: str) -> Scalar:
    """Parse ``i32``, ``float``, ``double``, ``half`` or ``ptr`` into a :class:`Scalar`."""
    t = text.strip()
    if t == "ptr" or t.endswith("*"):
        return PTR
    if t in _FLOATS:
        return Scalar("float", _FLOATS[t])
    m = re.fullmatch(r"i(\d+)", t)
    if m:
        return Scalar("int", int(m.group(1)))
    raise HarnessError(f"not a scalar type: {text!r}")


class TypeParser:
    """Parses LLVM type text; named structs are looked up via ``struct_body``."""

    def __init__(self, struct_body: Callable[[str], str | None] | None = None) -> None:
        self._struct_body = struct_body or (lambda name: None)
        self._named: dict[str, IRType] = {}

    def parse(self, text: str) -> IRType:
        t, end = self.parse_at(text, 0)
        if text[end:].strip():
            raise HarnessError(f"trailing text after type in {text!r}")
        return t

    def parse_at(self, text: str, pos: int) -> tuple[IRType, int]:
        """Parse one type starting at ``pos``; return it and the position after it."""
        pos = _skip(text, pos)
        t, pos = self._base(text, pos)
        while True:
            pos = _skip(text, pos)
            if text.startswith("(", pos):  # a function type (typed-pointer IR only)
                pos = _match_close(text, pos, "(", ")")
                t = Other("fn")
                continue
            if text.startswith("addrspace(", pos):
                pos = text.index(")", pos) + 1
                continue
            if text.startswith("*", pos):  # typed pointer: only the pointer matters
                t, pos = PTR, pos + 1
                continue
            return t, pos

    def _base(self, text: str, pos: int) -> tuple[IRType, int]:
        c = text[pos : pos + 1]
        if c == "[" or (c == "<" and not text.startswith("<{", pos)):
            close = "]" if c == "[" else ">"
            m = _INT.match(text, _skip(text, pos + 1))
            if not m:
                raise HarnessError(f"bad aggregate type at {text[pos:pos + 30]!r}")
            pos = _skip(text, m.end())
            if not text.startswith("x", pos):
                raise HarnessError(f"bad aggregate type at {text[pos:pos + 30]!r}")
            elem, pos = self.parse_at(text, pos + 1)
            pos = _skip(text, pos)
            if not text.startswith(close, pos):
                raise HarnessError(f"expected {close!r} in {text!r}")
            cls = Array if c == "[" else Vector
            return cls(int(m.group()), elem), pos + 1
        if c == "{" or text.startswith("<{", pos):
            packed = c == "<"
            pos += 2 if packed else 1
            elems: list[IRType] = []
            pos = _skip(text, pos)
            close = "}>" if packed else "}"
            if not text.startswith(close, pos):
                while True:
                    e, pos = self.parse_at(text, pos)
                    elems.append(e)
                    pos = _skip(text, pos)
                    if text.startswith(",", pos):
                        pos += 1
                        continue
                    break
            if not text.startswith(close, pos):
                raise HarnessError(f"expected {close!r} in {text!r}")
            return Struct(tuple(elems), packed), pos + len(close)
        if c == "%":
            m = _NAME.match(text, pos)
            if not m:
                raise HarnessError(f"bad type name at {text[pos:pos + 30]!r}")
            return self._named_type(m.group()), m.end()
        m = _WORD.match(text, pos)
        if not m:
            raise HarnessError(f"cannot parse type at {text[pos:pos + 30]!r}")
        word = m.group()
        if word == "ptr":
            return PTR, m.end()
        if word in _FLOATS:
            return Scalar("float", _FLOATS[word]), m.end()
        if word in _ODD:
            size, align = _ODD[word]
            return Other(word, size, align), m.end()
        if re.fullmatch(r"i\d+", word):
            return Scalar("int", int(word[1:])), m.end()
        return Other(word), m.end()

    def _named_type(self, name: str) -> IRType:
        if name in self._named:
            return self._named[name]
        self._named[name] = Other(name)  # placeholder guards against recursion
        body = self._struct_body(name)
        if body is None or body.strip() == "opaque":
            t: IRType = Other(name)
        else:
            parsed = self.parse(body)
            t = Struct(parsed.elems, parsed.packed, name) if isinstance(parsed, Struct) else parsed
        self._named[name] = t
        return t


def _skip(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\n":
        pos += 1
    return pos


def _match_close(text: str, pos: int, open_: str, close: str) -> int:
    depth = 0
    for i in range(pos, len(text)):
        if text[i] == open_:
            depth += 1
        elif text[i] == close:
            depth -= 1
            if depth == 0:
                return i + 1
    raise HarnessError(f"unbalanced {open_!r} in {text!r}")


def size_align(t: IRType) -> tuple[int, int]:
    """ABI allocation size and alignment in bytes."""
    if isinstance(t, Scalar):
        if t.kind == "int" and t.bits > 64:
            return t.size, 16
        return t.size, min(t.size, 8)
    if isinstance(t, Array):
        size, align = size_align(t.elem)
        return size * t.count, align
    if isinstance(t, Vector):
        esize, _ = size_align(t.elem)
        raw = esize * t.count
        size = 1
        while size < raw:
            size *= 2
        return size, size
    if isinstance(t, Struct):
        offset, max_align = 0, 1
        for e in t.elems:
            size, align = size_align(e)
            if t.packed:
                align = 1
            offset = _round_up(offset, align)
            offset += size
            max_align = max(max_align, align)
        return _round_up(offset, max_align), max_align
    return t.size, t.align


def leaves(t: IRType, base: int = 0) -> list[tuple[int, Scalar]]:
    """Every scalar inside ``t`` with its byte offset; odd leaves become i8 bytes."""
    if isinstance(t, Scalar):
        if t.kind == "int" and t.bits > 64:
            return [(base + i, I8) for i in range(t.size)]
        return [(base, t)]
    if isinstance(t, (Array, Vector)):
        size, _ = size_align(t.elem)
        inner = leaves(t.elem)
        return [(base + i * size + off, s) for i in range(t.count) for off, s in inner]
    if isinstance(t, Struct):
        out: list[tuple[int, Scalar]] = []
        offset = 0
        for e in t.elems:
            size, align = size_align(e)
            offset = _round_up(offset, 1 if t.packed else align)
            out.extend(leaves(e, base + offset))
            offset += size
        return out
    return [(base + i, I8) for i in range(t.size)]


def strip_arrays(t: IRType) -> tuple[IRType, int]:
    """``[4 x [8 x T]]`` -> ``(T, 32)``; vectors are reduced to their element too."""
    count = 1
    while isinstance(t, (Array, Vector)):
        count *= t.count
        t = t.elem
    return t, count


def _round_up(n: int, align: int) -> int:
    return (n + align - 1) // align * align
