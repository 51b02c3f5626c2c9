"""Which functional-unit classes an IR op needs, read from `data/op_classes.csv`.

Every op kind the frontend builds has a row there; intrinsics and math calls
are looked up by name. An op needs zero classes (wiring, constants, control),
one, or a short chain (`fp_mul+fp_add` for fmuladd, executed in that order).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

from xdsl.dialects import llvm
from xdsl.dialects.builtin import FixedBitwidthType, IntegerType, VectorType
from xdsl.ir import Attribute, Operation

# Classes that are not a functional unit of the library.
MEMORY = "memory"  # memset/memcpy: port time, one word per cycle
CALL = "call"  # a call: the callee's accelerator, or a math unit
MEMORY_CLASSES = ("load", "store")


@dataclass(frozen=True)
class OpKind:
    """How one op is costed: `steps` run in order; `width` in bits; `double` picks FP64 units."""

    key: str  # op name, intrinsic base name or callee
    steps: tuple[str, ...]
    width: int
    double: bool = False
    callee: str | None = None  # a call to a defined function
    unmodelled: bool = False  # no row: costed as its `steps` guess


@cache
def _table() -> dict[str, tuple[str, ...]]:
    text = resources.files("guacc.passes.cost").joinpath("data", "op_classes.csv").read_text()
    return {r["op"]: tuple(c for c in r["classes"].split("+") if c) for r in csv.DictReader(text.splitlines())}


def known_ops() -> frozenset[str]:
    return frozenset(_table())


def type_width(t: Attribute) -> int:
    """Bits of a value of type `t` (pointers 64; vectors all lanes)."""
    if isinstance(t, IntegerType):
        return t.width.data
    if isinstance(t, VectorType):
        lanes = 1
        for d in t.get_shape():
            lanes *= d
        return lanes * type_width(t.element_type)
    if isinstance(t, FixedBitwidthType):
        return t.bitwidth
    return 64  # pointers


def _is_double(op: Operation) -> bool:
    types = [r.type for r in op.results] + [o.type for o in op.operands]
    return any(getattr(t, "bitwidth", 0) == 64 and not isinstance(t, IntegerType) and _is_float(t) for t in types)


def _is_float(t: Attribute) -> bool:
    return t.name in ("f16", "bf16", "f32", "f64", "f80", "f128") or (
        isinstance(t, VectorType) and _is_float(t.element_type))


def _width(op: Operation) -> int:
    if isinstance(op, llvm.StoreOp):
        return type_width(op.value.type)
    if isinstance(op, (llvm.ICmpOp, llvm.FCmpOp)) or op.name == "guacc.ptr_icmp":
        return type_width(op.operands[0].type)
    if op.results:
        return max(type_width(r.type) for r in op.results)
    return max((type_width(o.type) for o in op.operands), default=0)


def intrinsic_base(name: str) -> str:
    """`llvm.smax.i32` -> `llvm.smax`; `llvm.lifetime.start.p0` -> `llvm.lifetime.start`."""
    table = _table()
    parts = name.split(".")
    for n in range(len(parts), 1, -1):
        candidate = ".".join(parts[:n])
        if candidate in table:
            return candidate
    return name


def classify(op: Operation, defined: frozenset[str] = frozenset()) -> OpKind:
    """The cost kind of `op`; `defined` names the module's defined functions."""
    table = _table()
    width, double = _width(op), _is_double(op)
    if isinstance(op, llvm.CallIntrinsicOp):
        key = intrinsic_base(op.intrin.data)
        if key in table:
            return OpKind(key, table[key], width, double)
        return OpKind(key, ("int_add",), width, double, unmodelled=True)
    if isinstance(op, llvm.CallOp):
        callee = op.callee.root_reference.data if op.callee is not None else "?"
        if callee in defined:
            return OpKind(callee, (CALL,), width, double, callee=callee)
        if callee in table:
            return OpKind(callee, table[callee], width, double)
        return OpKind(callee, (), width, double, unmodelled=True)
    if op.name in table:
        return OpKind(op.name, table[op.name], width, double)
    return OpKind(op.name, (), width, double, unmodelled=True)
