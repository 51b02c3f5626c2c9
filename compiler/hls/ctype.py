"""LLVM types as C99 types: `<stdint.h>` integers, float/double, arrays, structs.

Two views of an integer type `iN`:

- *values* (SSA results, block arguments, scalar parameters) live in unsigned
  storage, `bool` for i1 and `uintK_t` for the smallest K >= N, always holding
  the zero-extended N-bit value, so that C arithmetic on them wraps as LLVM's
  does and never overflows a signed type;
- *memory* (arrays, structs, globals, local variables of -O0 code) uses the
  signed `intK_t` the C source most likely had; loads and stores convert.

Sizes and alignments are those of the x86-64 / AArch64 SysV data layouts the
corpus is compiled for, which C's struct layout reproduces.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.dialects import llvm
from xdsl.dialects.builtin import Float16Type, Float32Type, Float64Type, IntegerType, VectorType
from xdsl.ir import Attribute

from ..diagnostics import UnsupportedError

C_KEYWORDS = frozenset(
    "auto break case char const continue default do double else enum extern float for goto if inline int "
    "long register restrict return short signed sizeof static struct switch typedef union unsigned void "
    "volatile while _Bool _Complex _Imaginary bool true false main".split()
)


def int_width(t: Attribute) -> int:
    assert isinstance(t, IntegerType), t
    return t.width.data


def is_int(t: Attribute) -> bool:
    return isinstance(t, IntegerType)


def is_float(t: Attribute) -> bool:
    return isinstance(t, Float32Type | Float64Type)


def is_ptr(t: Attribute) -> bool:
    return isinstance(t, llvm.LLVMPointerType)


def storage_bits(width: int) -> int:
    """Bits of the C type that holds an `iN` value: 1 (bool), 8, 16, 32 or 64."""
    if width == 1:
        return 1
    for bits in (8, 16, 32, 64):
        if width <= bits:
            return bits
    raise UnsupportedError(f"integer type i{width} (wider than 64 bits) in HLS C")


def value_ctype(width: int) -> str:
    """C type of an `iN` SSA value."""
    bits = storage_bits(width)
    return "bool" if bits == 1 else f"uint{bits}_t"


def arith_ctype(width: int) -> str:
    """Unsigned type arithmetic on `iN` is done in: no promotion to signed int."""
    return "uint64_t" if storage_bits(width) == 64 else "uint32_t"


def signed_ctype(width: int) -> str:
    bits = storage_bits(width)
    return "int8_t" if bits == 1 else f"int{bits}_t"


def is_standard(width: int) -> bool:
    """Widths whose storage type holds exactly N bits (no masking needed)."""
    return width in (1, 8, 16, 32, 64)


def mask(width: int) -> int:
    return (1 << width) - 1


def float_ctype(t: Attribute) -> str:
    if isinstance(t, Float32Type):
        return "float"
    if isinstance(t, Float64Type):
        return "double"
    if isinstance(t, Float16Type):
        raise UnsupportedError("half-precision floating point (no C99 type)")
    raise AssertionError(t)


def scalar_value_ctype(t: Attribute) -> str:
    """C type of an SSA value of scalar type `t` (pointers are typed elsewhere)."""
    if isinstance(t, IntegerType):
        return value_ctype(t.width.data)
    if is_float(t) or isinstance(t, Float16Type):
        return float_ctype(t)
    if isinstance(t, VectorType):
        raise UnsupportedError("vector values in HLS C (compile with -fno-vectorize -fno-slp-vectorize)")
    if isinstance(t, llvm.LLVMStructType | llvm.LLVMArrayType):
        raise UnsupportedError("aggregate (struct or array) SSA values in HLS C")
    raise UnsupportedError(f"values of type {t} in HLS C")


def size_align(t: Attribute) -> tuple[int, int]:
    """LLVM allocation size and ABI alignment in bytes."""
    match t:
        case IntegerType():
            bits = storage_bits(t.width.data)
            n = max(1, bits // 8)
            return n, n
        case Float16Type():
            return 2, 2
        case Float32Type():
            return 4, 4
        case Float64Type():
            return 8, 8
        case llvm.LLVMPointerType():
            return 8, 8
        case llvm.LLVMArrayType():
            size, align = size_align(t.type)
            return size * t.size.data, align
        case llvm.LLVMStructType():
            offset, align = 0, 1
            for field in t.types.data:
                fs, fa = size_align(field)
                offset = -(-offset // fa) * fa + fs
                align = max(align, fa)
            return -(-offset // align) * align, align
        case VectorType():
            raise UnsupportedError("vector types in HLS C")
    raise UnsupportedError(f"type {t} in HLS C")


def field_offsets(t: llvm.LLVMStructType) -> list[int]:
    out, offset = [], 0
    for field in t.types.data:
        fs, fa = size_align(field)
        offset = -(-offset // fa) * fa
        out.append(offset)
        offset += fs
    return out


def decay_chain(t: Attribute) -> list[Attribute]:
    """`t` and the types a pointer to `t` converts to by zero indices into arrays."""
    out = [t]
    while isinstance(t, llvm.LLVMArrayType):
        t = t.type
        out.append(t)
    return out


def same_type(a: Attribute, b: Attribute) -> bool:
    return a == b


# ----------------------------------------------------------------- declarators
@dataclass(frozen=True)
class CPointer:
    """A C pointer to objects of LLVM type `elem` (the inferred pointee)."""

    elem: Attribute


class TypeNames:
    """Spells LLVM types as C: memory types, value types and declarators.

    Structs become `struct sN` definitions (LLVM's literal structs keep no
    names), numbered in order of first use; fields are `f0`, `f1`, ...
    """

    def __init__(self) -> None:
        self.structs: dict[llvm.LLVMStructType, str] = {}
        self.order: list[llvm.LLVMStructType] = []

    def struct_name(self, t: llvm.LLVMStructType) -> str:
        if t not in self.structs:
            for field in t.types.data:  # fields first: definitions in dependency order
                self.declare(field, "x")
            self.structs[t] = f"struct s{len(self.structs)}"
            self.order.append(t)
        return self.structs[t]

    def base(self, t: Attribute) -> str:
        """C type of one memory element of scalar or struct type `t`."""
        match t:
            case IntegerType():
                w = t.width.data
                return "bool" if w == 1 else signed_ctype(w)
            case llvm.LLVMStructType():
                return self.struct_name(t)
            case llvm.LLVMPointerType():
                raise UnsupportedError("pointers stored in memory (pointer-to-pointer) in HLS C")
        return scalar_value_ctype(t)

    def declare(self, t: Attribute | CPointer, name: str) -> str:
        """A declaration of `name` with memory type `t` (arrays nest, pointers point)."""
        if isinstance(t, CPointer):
            inner = f"(*{name})" if isinstance(t.elem, llvm.LLVMArrayType) else f"*{name}"
            return self.declare(t.elem, inner)
        if isinstance(t, llvm.LLVMArrayType):
            return self.declare(t.type, f"{name}[{t.size.data}]")
        return f"{self.base(t)} {name}"

    def pointer(self, elem: Attribute) -> str:
        """The C type `elem *` as a cast operand, e.g. `int32_t (*)[16]`."""
        return self.declare(CPointer(elem), "").strip()

    def definitions(self) -> list[str]:
        lines = []
        for t in self.order:
            lines.append(f"{self.structs[t]} {{")
            for i, field in enumerate(t.types.data):
                lines.append(f"    {self.declare(field, f'f{i}')};")
            lines.append("};")
        return lines
