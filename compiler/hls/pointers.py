"""Pointers as C sees them: what each pointer points at, and places in memory.

LLVM's pointers are opaque; C's are typed. Each pointer that becomes a C
variable (a parameter, a phi, a pointer kept in a local slot, a select) gets
the element type its uses suggest: GEP source types on it, loads and stores
through it, and the objects (allocas, globals, GEP results) that flow into
it. Pointers that flow into each other (phis, selects, call arguments and
parameters, stores to and loads from a local slot) share one type.

A `Place` is the object a pointer value points at, kept symbolic so that
`&a[i]` then `[j]` prints as `a[i][j]` and a -O0 `alloca i32` reads as a
plain variable. Addresses go back to C pointers by decay (`tmp` for a
`[64 x i32]` passed as `int32_t *`) where the types allow, and by a cast
only where they do not.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from xdsl.dialects import llvm
from xdsl.dialects.builtin import IntegerAttr, IntegerType
from xdsl.ir import Attribute, BlockArgument, Operation, SSAValue

from guacc.passes import graphs

from ..dialects import guacc
from . import cexpr as E
from .ctype import decay_chain, is_ptr, size_align
from .structure import edge_operands

I32 = IntegerType(32)


# ----------------------------------------------------------------- -O0 argument slots
def forwarded_slots(func: llvm.FuncOp) -> tuple[dict[SSAValue, SSAValue], set[Operation]]:
    """Locals written once, in the entry block, with an argument, and only read
    afterwards: -O0's `%a.addr` spills. Loads of them are the argument itself.

    Returns (load result -> argument, ops that vanish with the slot).
    """
    entry = func.body.blocks.first
    aliases: dict[SSAValue, SSAValue] = {}
    dead: set[Operation] = set()
    for op in entry.ops:
        if not isinstance(op, llvm.AllocaOp) or not _constant_one(op.size):
            continue
        stores, loads, others = [], [], []
        for use in op.res.uses:
            user = use.operation
            if isinstance(user, llvm.StoreOp) and use.index == 1:
                stores.append(user)
            elif isinstance(user, llvm.LoadOp) and not user.attributes.get("volatile_"):
                loads.append(user)
            elif isinstance(user, llvm.CallIntrinsicOp) and user.intrin.data.startswith("llvm.lifetime"):
                others.append(user)
            else:
                break
        else:
            if len(stores) != 1:
                continue
            store = stores[0]
            value = store.value
            if store.parent_block() is not entry or not (
                isinstance(value, BlockArgument) and value.block is entry
            ) or value.type != op.elem_type:
                continue
            if any(ld.parent_block() is entry and _before(ld, store) for ld in loads):
                continue
            for ld in loads:
                aliases[ld.dereferenced_value] = value
            dead.update([op, store, *loads, *others])
    return aliases, dead


def _before(a: Operation, b: Operation) -> bool:
    block = a.parent_block()
    assert block is not None
    for op in block.ops:
        if op is a:
            return True
        if op is b:
            return False
    return False


def _constant_one(v: SSAValue) -> bool:
    return isinstance(v.owner, llvm.ConstantOp) and isinstance(v.owner.value, IntegerAttr) and v.owner.value.value.data == 1


def constant_count(op: llvm.AllocaOp) -> int | None:
    owner = op.size.owner
    if isinstance(owner, llvm.ConstantOp) and isinstance(owner.value, IntegerAttr):
        return owner.value.value.data
    return None


def alloca_type(op: llvm.AllocaOp) -> Attribute:
    """The C object an alloca is: its type, or an array of them for a count > 1."""
    n = constant_count(op)
    if n is not None and n != 1:
        return llvm.LLVMArrayType(n, op.elem_type)
    return op.elem_type


def gep_indices(op: llvm.GEPOp) -> list[int | SSAValue]:
    ssa = iter(op.ssa_indices)
    return [next(ssa) if i == llvm.GEP_USE_SSA_VAL else i for i in op.rawConstantIndices.iter_values()]


def gep_result_type(op: llvm.GEPOp) -> Attribute:
    t = op.elem_type
    for i in gep_indices(op)[1:]:
        if isinstance(t, llvm.LLVMStructType):
            assert isinstance(i, int)
            t = t.types.data[i]
        else:
            t = t.type
    return t


# ----------------------------------------------------------------- element types
class PointerTypes:
    """Element type of every pointer that the C code keeps in a variable."""

    def __init__(self, funcs: list[llvm.FuncOp], aliases: dict[SSAValue, SSAValue],
                 functions: dict[str, llvm.FuncOp], globals_: dict[str, llvm.GlobalOp]):
        self.aliases = aliases
        self.functions = functions
        self.globals = globals_
        self.parent: dict[object, object] = {}
        self.weights: dict[object, Counter] = {}
        for func in funcs:
            self._scan(func)
        self.elem_of: dict[object, Attribute] = {}
        classes: dict[object, Counter] = {}
        for key, counts in self.weights.items():
            classes.setdefault(self.find(key), Counter()).update(counts)
        for root, counts in classes.items():
            self.elem_of[root] = _choose(counts)

    def resolve(self, v: SSAValue) -> SSAValue:
        while v in self.aliases:
            v = self.aliases[v]
        return v

    def find(self, key: object) -> object:
        if isinstance(key, SSAValue):
            key = self.resolve(key)
        root = key
        while self.parent.get(root, root) is not root:
            root = self.parent[root]
        while key is not root:
            nxt = self.parent[key]
            self.parent[key] = root
            key = nxt
        return root

    def union(self, a: object, b: object) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra is not rb:
            self.parent[ra] = rb

    def vote(self, key: object, t: Attribute, weight: int) -> None:
        if isinstance(key, SSAValue):
            key = self.resolve(key)
        self.weights.setdefault(key, Counter())[t] += weight

    def elem(self, key: object) -> Attribute:
        """Element type of the pointer variable for `key` (an SSA value or a slot key)."""
        return self.elem_of.get(self.find(key), I32)

    def _scan(self, func: llvm.FuncOp) -> None:
        for block in func.body.blocks:
            for op in block.ops:
                self._op(func, op)
            if block.last_op is not None:
                for i, (dest, _) in enumerate(graphs.successor_edges(block)):
                    for arg, val in zip(dest.args, edge_operands(block, i)):
                        if is_ptr(arg.type):
                            self.union(arg, val)

    def _op(self, func: llvm.FuncOp, op: Operation) -> None:
        match op:
            case llvm.GEPOp():
                self.vote(op.ptr, op.elem_type, 2)
                self.vote(op.result, gep_result_type(op), 3)
            case llvm.LoadOp():
                if op.dereferenced_value in self.aliases:
                    return
                t = op.dereferenced_value.type
                self.vote(op.ptr, t, 1)
                if is_ptr(t):
                    self.union(op.dereferenced_value, ("slot", self.resolve(op.ptr)))
            case llvm.StoreOp():
                t = op.value.type
                self.vote(op.ptr, t, 1)
                if is_ptr(t):
                    self.union(op.value, ("slot", self.resolve(op.ptr)))
            case llvm.AllocaOp():
                self.vote(op.res, alloca_type(op), 3)
            case llvm.AddressOfOp():
                g = self.globals.get(op.global_name.root_reference.data)
                if g is not None:
                    self.vote(op.result, g.global_type, 3)
            case llvm.SelectOp() if is_ptr(op.res.type):
                self.union(op.res, op.operands[1])
                self.union(op.res, op.operands[2])
            case guacc.FreezeOp() if is_ptr(op.res.type):
                self.union(op.res, op.arg)
            case llvm.CallOp():
                callee = self.functions.get(op.callee.root_reference.data) if op.callee is not None else None
                if callee is not None and callee.body.blocks:
                    for actual, param in zip(op.args, callee.body.blocks.first.args):
                        if is_ptr(param.type):
                            self.union(actual, param)
                    if op.returned is not None and is_ptr(op.returned.type):
                        self.union(op.returned, ("ret", callee.sym_name.data))
            case llvm.ReturnOp() if op.arg is not None and is_ptr(op.arg.type):
                self.union(op.arg, ("ret", func.sym_name.data))


def _choose(counts: Counter) -> Attribute:
    """The type most uses agree with: compatible (by decay) with the most weight,
    the most structured among equals."""
    types = [t for t in counts if not is_ptr(t)] or list(counts)
    if not types:
        return I32

    def score(t: Attribute) -> tuple:
        agree = sum(w for c, w in counts.items() if t in decay_chain(c) or c in decay_chain(t))
        direct = counts[t]
        return (agree, direct, size_align(t)[0] if not is_ptr(t) else 0, str(t))

    return max(types, key=score)


# ----------------------------------------------------------------- places
@dataclass(frozen=True)
class Place:
    """The memory object a pointer points at.

    `root` is an object (`root_is_ptr` False: a variable, an array, a global)
    or a pointer expression (True: the first step indexes it); `steps` are
    ("idx", Expr) array/pointer subscripts and ("fld", k) struct fields; `ty`
    is the LLVM type of the object the steps reach.
    """

    root: E.Expr
    root_is_ptr: bool
    steps: tuple
    ty: Attribute
    const: bool = False  # inside a `static const` global


def object_place(name: str, ty: Attribute, const: bool = False) -> Place:
    return Place(E.var(name, "object"), False, (), ty, const)


def pointer_place(expr: E.Expr, ty: Attribute) -> Place:
    return Place(expr, True, (("idx", E.int_literal(0, "int32_t")),), ty)


def lvalue(p: Place) -> E.Expr:
    if p.root_is_ptr and len(p.steps) == 1 and _is_zero(p.steps[0][1]) and p.root.prec == E.UNARY and p.root.text.startswith("&"):
        return E.Expr(p.root.text[1:], E.PRIMARY, "lvalue", p.root.reads)  # *&x -> x
    out = p.root
    if not p.root_is_ptr and out.prec > E.PRIMARY:
        out = E.Expr(f"({out.text})", E.PRIMARY, out.ctype, out.reads)
    for kind, x in p.steps:
        if kind == "idx":
            out = E.index(out, x, "lvalue")
        else:
            out = E.member(out, f"f{x}", "lvalue")
    return out


def address(p: Place) -> E.Expr:
    """`&object` as a C pointer expression to `p.ty`."""
    if p.root_is_ptr and len(p.steps) == 1:
        i = p.steps[0][1]
        if _is_zero(i):
            return p.root
        return E.binary("+", p.root, i, "ptr")
    if not p.root_is_ptr and not p.steps:
        return E.Expr(f"&{E.wrap(p.root, E.PRIMARY)}", E.UNARY, "ptr", p.root.reads)
    if p.steps and p.steps[-1][0] == "idx" and _is_zero(p.steps[-1][1]):
        # &x[0] of an array x: the array itself decays to that pointer.
        prev = Place(p.root, p.root_is_ptr, p.steps[:-1], p.ty, p.const)
        if prev.steps or not prev.root_is_ptr:
            return lvalue(prev)
    return E.Expr(f"&{E.wrap(lvalue(p), E.PRIMARY)}", E.UNARY, "ptr", lvalue(p).reads)


def _is_zero(e: E.Expr) -> bool:
    return e.const == 0


def add_index(a: E.Expr, b: E.Expr) -> E.Expr:
    if a.const is not None and b.const is not None:
        return E.int_literal(int(a.const) + int(b.const), "int64_t")
    if _is_zero(b):
        return a
    if _is_zero(a):
        return b
    if b.const is not None and b.const < 0:
        return E.binary("-", a, E.int_literal(-int(b.const), "int64_t"), "int64_t")
    return E.binary("+", a, b, "int64_t")


def scale_index(i: E.Expr, k: int) -> E.Expr:
    if k == 1:
        return i
    if i.const is not None:
        return E.int_literal(int(i.const) * k, "int64_t")
    return E.binary("*", i, E.int_literal(k, "int64_t" if k >= 1 << 31 else "int32_t"), "int64_t")


def offset(p: Place, i: E.Expr) -> Place:
    """The object `i` elements of `p.ty` after `p`."""
    if _is_zero(i):
        return p
    if p.steps and p.steps[-1][0] == "idx":
        last = p.steps[-1][1]
        return Place(p.root, p.root_is_ptr, p.steps[:-1] + (("idx", add_index(last, i)),), p.ty, p.const)
    return Place(address(p), True, (("idx", i),), p.ty, p.const)


def step_into(p: Place, i: int | E.Expr) -> Place:
    """Array element `i` or struct field `i` of `p`."""
    t = p.ty
    if isinstance(t, llvm.LLVMStructType):
        assert isinstance(i, int)
        return Place(p.root, p.root_is_ptr, p.steps + (("fld", i),), t.types.data[i], p.const)
    assert isinstance(t, llvm.LLVMArrayType), t
    idx = E.int_literal(i, "int32_t") if isinstance(i, int) else i
    return Place(p.root, p.root_is_ptr, p.steps + (("idx", idx),), t.type, p.const)


def zero_path(p: Place, target: Attribute) -> Place | None:
    """`p` narrowed by zero indices and first fields until its type is `target`."""
    while p.ty != target:
        if isinstance(p.ty, llvm.LLVMArrayType):
            p = step_into(p, 0)
        elif isinstance(p.ty, llvm.LLVMStructType) and p.ty.types.data:
            p = step_into(p, 0)
        else:
            return None
    return p


def array_strides(s: Attribute, unit: Attribute) -> list[int] | None:
    """Strides, in elements of `unit`, of the array dimensions of `s` down to `unit`."""
    out = []
    t = s
    usize = size_align(unit)[0]
    while t != unit:
        if not isinstance(t, llvm.LLVMArrayType):
            return None
        t = t.type
        out.append(size_align(t)[0] // usize)
    return out


def decays_to(c: Attribute, t: Attribute) -> bool:
    return t in decay_chain(c)
