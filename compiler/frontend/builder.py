"""Syntax tree -> xDSL `builtin.module` of `llvm` (and `guacc`) dialect ops.

phi nodes become block arguments, and each branch passes the values for its
edge. Ops are created in reverse post-order of the CFG so that every
definition exists before its uses, while blocks keep their textual order.
Constants and global addresses are materialised as ops in the block that uses
them (cached per block), the way MLIR's LLVM importer does it.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from dataclasses import dataclass

from xdsl.dialects import llvm
from xdsl.dialects.builtin import (
    ArrayAttr,
    BytesAttr,
    DenseArrayBase,
    DenseIntOrFPElementsAttr,
    DictionaryAttr,
    Float16Type,
    Float32Type,
    Float64Type,
    FloatAttr,
    IntegerAttr,
    IntegerType,
    ModuleOp,
    StringAttr,
    SymbolRefAttr,
    UnitAttr,
    VectorType,
    i32,
    i64,
)
from xdsl.dialects.utils.fast_math import FastMathFlag
from xdsl.ir import Attribute, Block, Operation, Region, SSAValue
from xdsl.utils.exceptions import VerifyException

from ..diagnostics import GuaccError, Location, UnsupportedError
from ..dialects import guacc
from . import intrinsics
from .syntax import (
    Align,
    BlockSyntax,
    Const,
    FunctionSyntax,
    Inst,
    MetadataItem,
    ModuleSyntax,
    Ref,
    SynType,
    Typed,
)

LINKAGES = {
    "private", "internal", "available_externally", "linkonce", "weak", "common",
    "appending", "extern_weak", "linkonce_odr", "weak_odr", "external",
}

INT_BINOPS: dict[str, type[Operation]] = {
    "add": llvm.AddOp, "sub": llvm.SubOp, "mul": llvm.MulOp, "udiv": llvm.UDivOp,
    "sdiv": llvm.SDivOp, "urem": llvm.URemOp, "srem": llvm.SRemOp, "shl": llvm.ShlOp,
    "lshr": llvm.LShrOp, "ashr": llvm.AShrOp, "and": llvm.AndOp, "or": llvm.OrOp,
    "xor": llvm.XOrOp,
}
FLOAT_BINOPS: dict[str, type[Operation]] = {
    "fadd": llvm.FAddOp, "fsub": llvm.FSubOp, "fmul": llvm.FMulOp,
    "fdiv": llvm.FDivOp, "frem": llvm.FRemOp,
}
ICMP_PREDICATES = {f.value for f in llvm.ICmpPredicateFlag}
FCMP_PREDICATES = {f.value for f in llvm.FCmpPredicateFlag}
FAST_MATH_WORDS = {f.value for f in FastMathFlag} | {"fast"}
# Parameter attributes that change the calling convention or aliasing facts
# later passes rely on; the rest (noundef, nocapture, ...) do not change behaviour.
KEPT_PARAM_ATTRS = {"zeroext", "signext", "noalias", "nonnull", "readonly", "writeonly", "inreg"}


def _float_type(kind: str, loc: Location) -> Attribute:
    match kind:
        case "half":
            return Float16Type()
        case "float":
            return Float32Type()
        case "double":
            return Float64Type()
    raise UnsupportedError(f"floating-point type '{kind}'", loc=loc)


def _type_str(t: Attribute) -> str:
    """LLVM spelling of a type, for error messages."""
    match t:
        case IntegerType():
            return f"i{t.width.data}"
        case Float16Type():
            return "half"
        case Float32Type():
            return "float"
        case Float64Type():
            return "double"
        case llvm.LLVMPointerType():
            return "ptr"
        case llvm.LLVMVoidType():
            return "void"
        case llvm.LLVMArrayType():
            return f"[{t.size.data} x {_type_str(t.type)}]"
        case llvm.LLVMStructType():
            return "{ " + ", ".join(_type_str(f) for f in t.types.data) + " }"
        case VectorType():
            return f"<{t.get_shape()[0]} x {_type_str(t.element_type)}>"
    return str(t)


def _is_float(t: Attribute) -> bool:
    return isinstance(t, Float16Type | Float32Type | Float64Type)


def _scalar(t: Attribute) -> Attribute:
    return t.element_type if isinstance(t, VectorType) else t


def _parse_float(text: str, ty: Attribute, loc: Location) -> float:
    if text.startswith("0x"):
        if not all(c in "0123456789abcdefABCDEF" for c in text[2:]):
            raise UnsupportedError(f"floating-point constant '{text}'", loc=loc)
        bits = int(text[2:], 16)
        if isinstance(ty, Float16Type):
            return struct.unpack("<e", struct.pack("<H", bits & 0xFFFF))[0]
        return struct.unpack("<d", struct.pack("<Q", bits))[0]
    return float(text)


def _set_name(value: SSAValue | Block, name: str | None) -> None:
    """Keep clang's readable names (numbers are re-assigned by printers)."""
    if name is None or name[:1].isdigit():
        return
    try:
        value.name_hint = name
    except Exception:  # xDSL rejects names it cannot print; they are only hints
        pass


@dataclass
class _Edge:
    """One CFG edge of the syntax: from block `src` to `dst`."""

    src: str
    dst: str


class ModuleBuilder:
    """Builds one `ModuleOp` from a `ModuleSyntax`."""

    def __init__(self, syntax: ModuleSyntax):
        self.syntax = syntax
        self.type_cache: dict[SynType, Attribute] = {}
        self.resolving: set[str] = set()
        self.functions: dict[str, llvm.FuncOp] = {}
        self.global_types: dict[str, Attribute] = {}

    # ------------------------------------------------------------- types
    def type(self, t: SynType, loc: Location) -> Attribute:
        if t in self.type_cache:
            return self.type_cache[t]
        result = self._type(t, loc)
        self.type_cache[t] = result
        return result

    def _type(self, t: SynType, loc: Location) -> Attribute:
        match t[0]:
            case "int":
                return IntegerType(t[1])
            case "float":
                return _float_type(t[1], loc)
            case "ptr":
                return llvm.LLVMPointerType()
            case "void":
                return llvm.LLVMVoidType()
            case "label":
                return _LABEL
            case "metadata":
                return _METADATA
            case "array":
                return llvm.LLVMArrayType(t[1], self.type(t[2], loc))
            case "vector":
                return VectorType(self.type(t[2], loc), [t[1]])
            case "struct":
                if t[2]:
                    raise UnsupportedError("packed struct type", loc=loc)
                return llvm.LLVMStructType.from_type_list([self.type(f, loc) for f in t[1]])
            case "named":
                name = t[1]
                if name not in self.syntax.named_types:
                    raise GuaccError(f"use of undefined type '{name}'", loc=loc)
                body, _ = self.syntax.named_types[name]
                if body is None:
                    raise UnsupportedError(f"value of opaque type '{name}'", loc=loc)
                if name in self.resolving:
                    raise UnsupportedError(f"recursive type '{name}'", loc=loc)
                self.resolving.add(name)
                try:
                    return self.type(body, loc)
                finally:
                    self.resolving.discard(name)
            case "fn":
                return llvm.LLVMFunctionType(
                    [self.type(p, loc) for p in t[2]], self.type(t[1], loc), t[3]
                )
        raise UnsupportedError(f"type {t}", loc=loc)

    # ------------------------------------------------------------- module
    def build(self) -> ModuleOp:
        if self.syntax.unsupported:
            what, loc = self.syntax.unsupported[0]
            raise UnsupportedError(what, loc=loc)
        ops: list[Operation] = []
        seen: dict[str, Location] = {}
        for g in self.syntax.globals:
            if g.name in seen:
                raise GuaccError(f"redefinition of global '@{g.name}'", loc=g.loc)
            seen[g.name] = g.loc
            flat = _flat_packed(g.type)
            self.global_types[g.name] = (llvm.LLVMArrayType(flat[1], self.type(flat[0], g.loc)) if flat
                                         else self.type(g.type, g.loc))
        for f in self.syntax.functions:
            if f.name in seen:
                raise GuaccError(f"redefinition of '@{f.name}'", loc=f.loc)
            seen[f.name] = f.loc
        for g in self.syntax.globals:
            ops.append(self._global(g))
        for f in self.syntax.functions:
            if f.name.startswith("llvm.") and f.blocks is None:
                continue  # intrinsics are called through llvm.call_intrinsic
            func = self._declare(f)
            self.functions[f.name] = func
            ops.append(func)
        for f in self.syntax.functions:
            if f.blocks is not None:
                FunctionBuilder(self, f, self.functions[f.name]).build()
        attrs: dict[str, Attribute] = {}
        if "triple" in self.syntax.target:
            attrs["llvm.target_triple"] = StringAttr(self.syntax.target["triple"])
        if self.syntax.source_filename is not None:
            attrs["guacc.source_filename"] = StringAttr(self.syntax.source_filename)
        module = ModuleOp(ops, attributes=attrs)
        try:
            module.verify()
        except VerifyException as err:
            raise GuaccError(f"invalid IR: {str(err).splitlines()[0]}") from None
        return module

    def _global(self, g) -> llvm.GlobalOp:
        ty = self.global_types[g.name]
        linkage = next((w for w in g.words if w in LINKAGES), "external")
        unnamed = 2 if "unnamed_addr" in g.words else (1 if "local_unnamed_addr" in g.words else None)
        if "thread_local" in g.words or any(w.startswith("thread_local") for w in g.words):
            raise UnsupportedError("thread_local global", loc=g.loc)
        flat = _flat_packed(g.type)
        if flat and g.init is not None:
            value = _flat_initializer(g.init, flat[0][1], flat[1], g.loc)
        else:
            value = self._initializer(g.init, ty) if g.init is not None else None
        return llvm.GlobalOp(
            ty, g.name, linkage, constant=g.is_constant, dso_local="dso_local" in g.words,
            value=value, alignment=g.align, unnamed_addr=unnamed, section=g.section,
        )

    def _initializer(self, v: Ref | Const, ty: Attribute) -> Attribute:
        """A global's initial value as an attribute: IntegerAttr, FloatAttr,
        ArrayAttr (aggregates), BytesAttr (c-strings), SymbolRefAttr (addresses),
        or the guacc zero/undef markers."""
        if isinstance(v, Ref):
            if v.scope != "global":
                raise GuaccError("global initializer refers to a local value", loc=v.loc)
            self._check_symbol(v)
            return SymbolRefAttr(v.name)
        match v.kind:
            case "int" | "true" | "false":
                if not isinstance(ty, IntegerType):
                    raise GuaccError(f"integer constant for a global of type {_type_str(ty)}", loc=v.loc)
                n = {"true": 1, "false": 0}.get(v.kind, v.data)
                return guacc.int_attr(n, ty.width.data)
            case "float":
                if not _is_float(ty):
                    raise GuaccError(f"floating-point constant for a global of type {_type_str(ty)}", loc=v.loc)
                return FloatAttr(_parse_float(v.data, ty, v.loc), ty)
            case "zero" | "null":
                return guacc.ZeroInitAttr()
            case "undef" | "poison":
                return guacc.UndefInitAttr()
            case "cstring":
                if not (isinstance(ty, llvm.LLVMArrayType) and ty.type == IntegerType(8) and ty.size.data == len(v.data)):
                    raise GuaccError(f"string of {len(v.data)} bytes does not match type {_type_str(ty)}", loc=v.loc)
                return BytesAttr(v.data)
            case "array" | "struct" | "vector":
                elems = []
                for item in v.data:
                    elems.append(self._initializer(item.value, self.type(item.type, v.loc)))
                return ArrayAttr(elems)
            case "cast":
                op, inner, _ = v.data
                if op == "bitcast":
                    return self._initializer(inner.value, self.type(inner.type, v.loc))
        raise UnsupportedError(f"global initializer '{v.kind}'", loc=v.loc)

    def _check_symbol(self, ref: Ref) -> None:
        if ref.name not in self.global_types and not any(f.name == ref.name for f in self.syntax.functions):
            raise GuaccError(f"use of undefined global '@{ref.name}'", loc=ref.loc)

    def _declare(self, f: FunctionSyntax) -> llvm.FuncOp:
        ret = self.type(f.ret_type, f.loc)
        param_types = [self.type(p.type, f.loc) for p in f.params]
        if "personality" in f.fn_attrs:
            raise UnsupportedError(f"exception handling (personality function) in '@{f.name}'", loc=f.loc)
        if any(t is _METADATA for t in param_types):
            raise UnsupportedError(f"metadata parameter in '@{f.name}'", loc=f.loc)
        linkage = next((w for w in f.prefix_attrs if w in LINKAGES), "external")
        arg_attrs = ArrayAttr(
            [DictionaryAttr({f"llvm.{a}": UnitAttr() for a in p.attrs if a in KEPT_PARAM_ATTRS}) for p in f.params]
        )
        fn_type = llvm.LLVMFunctionType(param_types, ret, f.is_vararg)
        cconv = next((w for w in f.prefix_attrs if w in llvm.LLVM_CALLING_CONVS), "ccc")
        func = llvm.FuncOp(
            f.name, fn_type, linkage=llvm.LinkageAttr(linkage),
            cconv=llvm.CallingConventionAttr(cconv), body=Region(),
            other_props={"arg_attrs": arg_attrs},
        )
        if "noinline" in f.fn_attrs:
            func.properties["no_inline"] = UnitAttr()
        return func


_LABEL = StringAttr("<label>")
_METADATA = StringAttr("<metadata>")


class FunctionBuilder:
    """Builds the body of one function."""

    def __init__(self, parent: ModuleBuilder, syntax: FunctionSyntax, func: llvm.FuncOp):
        self.parent = parent
        self.syntax = syntax
        self.func = func
        self.values: dict[str, SSAValue] = {}
        self.defined_at: dict[str, Location] = {}
        self.blocks: dict[str, Block] = {}
        self.block_syntax: dict[str, BlockSyntax] = {}
        self.phis: dict[str, list[Inst]] = {}
        self.current: Block | None = None
        self.const_cache: dict[tuple, SSAValue] = {}

    # ------------------------------------------------------------- entry
    def build(self) -> None:
        f = self.syntax
        assert f.blocks is not None
        counter = 0
        param_types = self.func.function_type.inputs.data
        entry_args: list[tuple[str, Attribute]] = []
        for p, ty in zip(f.params, param_types):
            name = p.name if p.name is not None else str(counter)
            if p.name is None or p.name.isdigit():
                counter += 1
            entry_args.append((name, ty))
            self._declare_value(name, f.loc)
        order: list[str] = []
        for i, b in enumerate(f.blocks):
            label = b.label
            if label is None:
                label = str(counter)
                counter += 1
            elif label.isdigit():
                counter = int(label) + 1
            if label in self.blocks:
                raise GuaccError(f"redefinition of block '%{label}'", loc=b.loc)
            block = Block(arg_types=[t for _, t in entry_args] if i == 0 else [])
            _set_name(block, label)
            self.blocks[label] = block
            self.block_syntax[label] = b
            order.append(label)
            self._collect_phis(label, b, is_entry=i == 0)
            for inst in b.insts:
                if inst.result is not None:
                    self._declare_value(inst.result, inst.loc)
                    if inst.result.isdigit():
                        counter = int(inst.result) + 1
        for (name, _), arg in zip(entry_args, self.blocks[order[0]].args):
            self.values[name] = arg
            _set_name(arg, name)
        self.func.body.add_block(self.blocks[order[0]])
        for label in order[1:]:
            self.func.body.add_block(self.blocks[label])

        succs = {label: self._successors(self.block_syntax[label]) for label in order}
        for label, targets in succs.items():
            for t in targets:
                if t.dst not in self.blocks:
                    raise GuaccError(f"use of undefined label '%{t.dst}'", loc=self._terminator(self.block_syntax[label]).loc)
        if order[0] in {t.dst for ts in succs.values() for t in ts}:
            raise GuaccError("the entry block cannot be a branch target", loc=self.block_syntax[order[0]].loc)
        self.preds: dict[str, list[str]] = {label: [] for label in order}
        for label, targets in succs.items():
            for t in targets:
                self.preds[t.dst].append(label)
        self._check_phis()
        for label in self._build_order(order, succs):
            self._build_block(label)

    def _declare_value(self, name: str, loc: Location) -> None:
        if name in self.defined_at:
            raise GuaccError(f"redefinition of value '%{name}'", loc=loc)
        self.defined_at[name] = loc

    def _collect_phis(self, label: str, b: BlockSyntax, is_entry: bool) -> None:
        phis: list[Inst] = []
        leading = True
        for inst in b.insts:
            if inst.opcode == "phi":
                if not leading:
                    raise GuaccError("phi nodes must come first in their block", loc=inst.loc)
                if is_entry:
                    raise GuaccError("the entry block cannot have phi nodes", loc=inst.loc)
                phis.append(inst)
            else:
                leading = False
        self.phis[label] = phis
        block = self.blocks[label]
        for phi in phis:
            ty = self.parent.type(phi.args[0], phi.loc)
            arg = block.insert_arg(ty, len(block.args))
            _set_name(arg, phi.result)
            assert phi.result is not None
            self.values[phi.result] = arg

    def _check_phis(self) -> None:
        for label, phis in self.phis.items():
            preds = set(self.preds[label])
            for phi in phis:
                incoming = [item for item in phi.args[1:] if isinstance(item, tuple)]
                labels = []
                for _, blk in incoming:
                    if not (isinstance(blk, Ref) and blk.scope == "local"):
                        raise GuaccError("phi incoming block must be a label", loc=phi.loc)
                    labels.append(blk.name)
                for name in labels:
                    if name not in preds:
                        raise GuaccError(
                            f"phi node in '%{label}' has an incoming value from '%{name}', which is not a predecessor",
                            loc=phi.loc,
                        )
                for name in preds:
                    if name not in labels:
                        raise GuaccError(
                            f"phi node in '%{label}' has no incoming value for predecessor '%{name}'",
                            loc=phi.loc,
                        )

    @staticmethod
    def _terminator(b: BlockSyntax) -> Inst:
        return b.insts[-1]

    def _successors(self, b: BlockSyntax) -> list[_Edge]:
        term = self._terminator(b)
        label = b.label if b.label is not None else next(k for k, v in self.block_syntax.items() if v is b)
        targets: list[Typed] = []
        if term.opcode == "br":
            targets = [a for a in term.args if isinstance(a, Typed) and a.type == ("label",)]
        elif term.opcode == "switch":
            targets = [term.args[1]] + [case[1] for case in term.args[2:] if isinstance(case, tuple)]
        edges = []
        for t in targets:
            if not (isinstance(t.value, Ref) and t.value.scope == "local"):
                raise GuaccError("branch target must be a label", loc=term.loc)
            edges.append(_Edge(label, t.value.name))
        return edges

    def _build_order(self, order: list[str], succs: dict[str, list[_Edge]]) -> list[str]:
        """Reverse post-order from the entry, then unreachable blocks in text order."""
        seen: set[str] = set()
        post: list[str] = []
        stack: list[tuple[str, int]] = [(order[0], 0)]
        seen.add(order[0])
        while stack:
            label, i = stack.pop()
            targets = succs[label]
            if i < len(targets):
                stack.append((label, i + 1))
                nxt = targets[i].dst
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append((nxt, 0))
            else:
                post.append(label)
        rpo = post[::-1]
        return rpo + [label for label in order if label not in seen]

    # ------------------------------------------------------------- blocks
    def _build_block(self, label: str) -> None:
        self.current = self.blocks[label]
        self.current_label = label
        for inst in self.block_syntax[label].insts:
            if inst.opcode == "phi":
                continue
            handler: Callable[[Inst], SSAValue | None] | None = getattr(self, f"_op_{inst.opcode}", None)
            if handler is None:
                if inst.opcode in INT_BINOPS or inst.opcode in FLOAT_BINOPS:
                    handler = self._binop
                elif inst.opcode in _CASTS or inst.opcode == "addrspacecast":
                    handler = self._cast
                elif inst.opcode == "unsupported":
                    raise UnsupportedError(inst.args[0], loc=inst.loc)
                else:
                    raise UnsupportedError(f"instruction '{inst.opcode}'", loc=inst.loc)
            result = handler(inst)
            if inst.result is not None:
                if result is None:
                    raise GuaccError(f"instruction '{inst.opcode}' does not produce a value", loc=inst.loc)
                self.values[inst.result] = result
                _set_name(result, inst.result)

    def emit(self, op: Operation) -> Operation:
        assert self.current is not None
        self.current.add_op(op)
        return op

    # ------------------------------------------------------------- operands
    def operand(self, tv: Typed, loc: Location | None = None) -> SSAValue:
        ty = self.parent.type(tv.type, loc or _value_loc(tv.value))
        return self.value(tv.value, ty)

    def value(self, v: Ref | Const, ty: Attribute) -> SSAValue:
        if isinstance(v, Ref):
            if v.scope == "global":
                return self._global_address(v, ty)
            if v.name not in self.values:
                if v.name in self.defined_at:
                    raise GuaccError(
                        f"'%{v.name}' is used before its definition (the definition does not dominate this use)",
                        loc=v.loc,
                    )
                raise GuaccError(f"use of undefined value '%{v.name}'", loc=v.loc)
            val = self.values[v.name]
            if val.type != ty:
                raise GuaccError(
                    f"'%{v.name}' has type {_type_str(val.type)} but is used as {_type_str(ty)}",
                    loc=v.loc,
                )
            return val
        return self.constant(v, ty)

    def _global_address(self, v: Ref, ty: Attribute) -> SSAValue:
        self.parent._check_symbol(v)
        if not isinstance(ty, llvm.LLVMPointerType):
            raise GuaccError(f"global '@{v.name}' is a pointer but is used as {_type_str(ty)}", loc=v.loc)
        key = ("addressof", v.name)
        return self._cached(key, lambda: llvm.AddressOfOp(v.name, llvm.LLVMPointerType()))

    def _cached(self, key: tuple, make: Callable[[], Operation]) -> SSAValue:
        assert self.current is not None
        full_key = (id(self.current),) + key
        if full_key not in self.const_cache:
            self.const_cache[full_key] = self.emit(make()).results[0]
        return self.const_cache[full_key]

    def constant(self, c: Const, ty: Attribute) -> SSAValue:
        loc = c.loc
        match c.kind:
            case "int" | "true" | "false":
                n = {"true": 1, "false": 0}.get(c.kind, c.data)
                if isinstance(ty, IntegerType):
                    attr = guacc.int_attr(n, ty.width.data)
                    return self._cached(("int", ty, attr.value.data), lambda: llvm.ConstantOp(attr, ty))
                raise GuaccError(f"integer constant used as {_type_str(ty)}", loc=loc)
            case "float":
                if not _is_float(ty):
                    raise GuaccError(f"floating-point constant used as {_type_str(ty)}", loc=loc)
                val = _parse_float(c.data, ty, loc)
                attr = FloatAttr(val, ty)
                return self._cached(("float", ty, struct.pack("<d", val)), lambda: llvm.ConstantOp(attr, ty))
            case "null":
                if not isinstance(ty, llvm.LLVMPointerType):
                    raise GuaccError(f"'null' used as {_type_str(ty)}", loc=loc)
                return self._cached(("zero", ty), lambda: llvm.ZeroOp.create(result_types=[ty]))
            case "zero":
                if isinstance(ty, IntegerType):
                    return self.constant(Const("int", 0, loc), ty)
                if _is_float(ty):
                    return self.constant(Const("float", "0.0", loc), ty)
                if isinstance(ty, VectorType):
                    return self._vector_constant([Const("zero", None, loc)] * ty.get_shape()[0], ty, loc)
                return self._cached(("zero", ty), lambda: llvm.ZeroOp.create(result_types=[ty]))
            case "undef":
                return self._cached(("undef", ty), lambda: llvm.UndefOp(ty))
            case "poison":
                return self._cached(("poison", ty), lambda: guacc.PoisonOp(ty))
            case "vector":
                if not isinstance(ty, VectorType):
                    raise GuaccError(f"vector constant used as {_type_str(ty)}", loc=loc)
                return self._vector_constant([item.value for item in c.data], ty, loc)
            case "gep":
                return self._gep(c.data[0], c.data[1], list(c.data[2]), loc, ty)
            case "cast":
                op, inner, to = c.data
                to_ty = self.parent.type(to, loc)
                if to_ty != ty:
                    raise GuaccError(f"cast to {_type_str(to_ty)} used as {_type_str(ty)}", loc=loc)
                return self._cast_value(op, self.operand(inner, loc), to_ty, [], loc)
            case "unsupported":
                raise UnsupportedError(c.data, loc=loc)
        raise UnsupportedError(f"'{c.kind}' constant as an instruction operand", loc=loc)

    def _vector_constant(self, items: list, ty: VectorType, loc: Location) -> SSAValue:
        elem = ty.element_type
        values: list[int | float] = []
        for item in items:
            if not isinstance(item, Const):
                raise UnsupportedError("vector constant with non-constant elements", loc=loc)
            if item.kind in ("undef", "poison", "zero"):
                values.append(0)
            elif item.kind in ("int", "true", "false") and isinstance(elem, IntegerType):
                values.append(guacc.int_attr({"true": 1, "false": 0}.get(item.kind, item.data), elem.width.data).value.data)
            elif item.kind == "float" and _is_float(elem):
                values.append(_parse_float(item.data, elem, loc))
            else:
                raise GuaccError(f"bad element in vector constant of type {_type_str(ty)}", loc=loc)
        attr = DenseIntOrFPElementsAttr.from_list(ty, values)
        return self._cached(("vector", ty, tuple(values)), lambda: llvm.ConstantOp(attr, ty))

    # ------------------------------------------------------------- instructions
    def _binop(self, inst: Inst) -> SSAValue:
        ty = self.parent.type(inst.args[0], inst.loc)
        lhs = self.value(inst.args[1], ty)
        rhs = self.value(inst.args[2], ty)
        if inst.opcode in INT_BINOPS:
            if not isinstance(_scalar(ty), IntegerType):
                raise GuaccError(f"'{inst.opcode}' needs integer operands, not {_type_str(ty)}", loc=inst.loc)
            cls = INT_BINOPS[inst.opcode]
            op = cls(lhs, rhs)
            words = set(inst.words)
            if issubclass(cls, llvm.ArithmeticBinOpOverflow):
                flags = [llvm.OverflowFlag(w) for w in ("nsw", "nuw") if w in words]
                op.properties["overflowFlags"] = IntegerAttr(llvm.OverflowAttr(flags).to_int(), 32)
            elif issubclass(cls, llvm.ArithmeticBinOpExact) and "exact" in words:
                op.properties["isExact"] = UnitAttr()
            elif issubclass(cls, llvm.ArithmeticBinOpDisjoint) and "disjoint" in words:
                op.properties["isDisjoint"] = UnitAttr()
        else:
            if not _is_float(_scalar(ty)):
                raise GuaccError(f"'{inst.opcode}' needs floating-point operands, not {_type_str(ty)}", loc=inst.loc)
            op = FLOAT_BINOPS[inst.opcode](lhs, rhs, self._fast_math(inst.words))
        return self.emit(op).results[0]

    @staticmethod
    def _fast_math(words: list[str]) -> llvm.FastMathAttr:
        flags = [w for w in words if w in FAST_MATH_WORDS]
        if "fast" in flags:
            return llvm.FastMathAttr("fast")
        return llvm.FastMathAttr([FastMathFlag(w) for w in flags] or None)

    def _op_fneg(self, inst: Inst) -> SSAValue:
        ty = self.parent.type(inst.args[0], inst.loc)
        if not _is_float(_scalar(ty)):
            raise GuaccError(f"'fneg' needs a floating-point operand, not {_type_str(ty)}", loc=inst.loc)
        return self.emit(llvm.FNegOp(self.value(inst.args[1], ty), self._fast_math(inst.words))).results[0]

    def _op_icmp(self, inst: Inst) -> SSAValue:
        pred = next((w for w in inst.words if w in ICMP_PREDICATES), None)
        if pred is None:
            raise GuaccError(f"unknown icmp predicate '{' '.join(inst.words)}'", loc=inst.loc)
        ty = self.parent.type(inst.args[0], inst.loc)
        lhs, rhs = self.value(inst.args[1], ty), self.value(inst.args[2], ty)
        if isinstance(ty, llvm.LLVMPointerType):
            return self.emit(guacc.PtrICmpOp(lhs, rhs, pred)).results[0]
        if not isinstance(_scalar(ty), IntegerType):
            raise GuaccError(f"'icmp' needs integer or pointer operands, not {_type_str(ty)}", loc=inst.loc)
        flag = llvm.ICmpPredicateFlag(pred)
        return self.emit(llvm.ICmpOp(lhs, rhs, IntegerAttr(flag.to_int(), i64))).results[0]

    def _op_fcmp(self, inst: Inst) -> SSAValue:
        pred = next((w for w in inst.words if w in FCMP_PREDICATES), None)
        if pred is None:
            raise GuaccError(f"unknown fcmp predicate '{' '.join(inst.words)}'", loc=inst.loc)
        ty = self.parent.type(inst.args[0], inst.loc)
        if not _is_float(ty):
            raise GuaccError(f"'fcmp' needs floating-point operands, not {_type_str(ty)}", loc=inst.loc)
        op = llvm.FCmpOp(self.value(inst.args[1], ty), self.value(inst.args[2], ty), pred)
        op.properties["fastmathFlags"] = self._fast_math(inst.words)
        return self.emit(op).results[0]

    def _op_select(self, inst: Inst) -> SSAValue:
        cond, a, b = (self.operand(tv, inst.loc) for tv in inst.args[:3])
        if cond.type != IntegerType(1):
            raise (GuaccError if not isinstance(cond.type, VectorType) else UnsupportedError)(
                f"select condition of type {_type_str(cond.type)}" if isinstance(cond.type, VectorType)
                else f"select condition must be i1, not {_type_str(cond.type)}", loc=inst.loc)
        if a.type != b.type:
            raise GuaccError(f"select operands differ in type: {_type_str(a.type)} and {_type_str(b.type)}", loc=inst.loc)
        op = llvm.SelectOp(cond, a, b)
        op.properties["fastmathFlags"] = self._fast_math(inst.words)
        return self.emit(op).results[0]

    def _cast(self, inst: Inst) -> SSAValue:
        src: Typed = inst.args[0]
        to = self.parent.type(inst.args[1], inst.loc)
        return self._cast_value(inst.opcode, self.operand(src, inst.loc), to, inst.words, inst.loc)

    def _cast_value(self, op: str, val: SSAValue, to: Attribute, words: list[str], loc: Location) -> SSAValue:
        src = val.type
        ints = isinstance(_scalar(src), IntegerType), isinstance(_scalar(to), IntegerType)
        floats = _is_float(_scalar(src)), _is_float(_scalar(to))
        ptrs = isinstance(src, llvm.LLVMPointerType), isinstance(to, llvm.LLVMPointerType)
        ok = {
            "trunc": ints == (True, True) and _bits(src) > _bits(to),
            "zext": ints == (True, True) and _bits(src) < _bits(to),
            "sext": ints == (True, True) and _bits(src) < _bits(to),
            "fptrunc": floats == (True, True) and _bits(src) > _bits(to),
            "fpext": floats == (True, True) and _bits(src) < _bits(to),
            "fptoui": floats[0] and ints[1],
            "fptosi": floats[0] and ints[1],
            "uitofp": ints[0] and floats[1],
            "sitofp": ints[0] and floats[1],
            "ptrtoint": ptrs[0] and ints[1],
            "inttoptr": ints[0] and ptrs[1],
            "bitcast": _bits(src) == _bits(to) and not (ptrs[0] ^ ptrs[1]),
            "addrspacecast": False,
        }
        if op == "addrspacecast":
            raise UnsupportedError("addrspacecast", loc=loc)
        if not ok[op]:
            raise GuaccError(f"invalid cast '{op}' from {_type_str(src)} to {_type_str(to)}", loc=loc)
        if op == "bitcast" and src == to:
            return val  # pointer-to-pointer casts vanish with opaque pointers
        match op:
            case "trunc":
                cast_op: Operation = llvm.TruncOp(val, to)
            case "zext":
                cast_op = llvm.ZExtOp(val, to, non_neg=UnitAttr() if "nneg" in words else None)
            case "sext":
                cast_op = llvm.SExtOp(val, to)
            case "ptrtoint":
                cast_op = llvm.PtrToIntOp(val, to)
            case "inttoptr":
                cast_op = llvm.IntToPtrOp(val)
            case _:
                cast_op = _CASTS[op](val, to)
        return self.emit(cast_op).results[0]

    def _op_freeze(self, inst: Inst) -> SSAValue:
        return self.emit(guacc.FreezeOp(self.operand(inst.args[0], inst.loc))).results[0]

    def _items(self, inst: Inst, first: int) -> tuple[list[Typed], int | None]:
        typed = [a for a in inst.args[first:] if isinstance(a, Typed)]
        align = next((a.value for a in inst.args[first:] if isinstance(a, Align)), None)
        return typed, align

    def _op_alloca(self, inst: Inst) -> SSAValue:
        elem = self.parent.type(inst.args[0], inst.loc)
        typed, align = self._items(inst, 1)
        size = self.operand(typed[0], inst.loc) if typed else self.constant(Const("int", 1, inst.loc), i32)
        if not isinstance(size.type, IntegerType):
            raise GuaccError("alloca count must be an integer", loc=inst.loc)
        op = llvm.AllocaOp(size, elem, alignment=align or 0)
        if align is None:
            del op.properties["alignment"]
        return self.emit(op).results[0]

    def _op_load(self, inst: Inst) -> SSAValue:
        if "atomic" in inst.words:
            raise UnsupportedError("atomic load", loc=inst.loc)
        ty = self.parent.type(inst.args[0], inst.loc)
        typed, align = self._items(inst, 1)
        if len(typed) != 1:
            raise GuaccError("load takes one pointer operand", loc=inst.loc)
        ptr = self.operand(typed[0], inst.loc)
        if not isinstance(ptr.type, llvm.LLVMPointerType):
            raise GuaccError(f"load from a non-pointer of type {_type_str(ptr.type)}", loc=inst.loc)
        op = llvm.LoadOp(ptr, ty, alignment=align)
        if "volatile" in inst.words:
            op.attributes["volatile_"] = UnitAttr()
        return self.emit(op).results[0]

    def _op_store(self, inst: Inst) -> None:
        if "atomic" in inst.words:
            raise UnsupportedError("atomic store", loc=inst.loc)
        typed, align = self._items(inst, 0)
        if len(typed) != 2:
            raise GuaccError("store takes a value and a pointer", loc=inst.loc)
        val = self.operand(typed[0], inst.loc)
        ptr = self.operand(typed[1], inst.loc)
        if not isinstance(ptr.type, llvm.LLVMPointerType):
            raise GuaccError(f"store to a non-pointer of type {_type_str(ptr.type)}", loc=inst.loc)
        self.emit(llvm.StoreOp(val, ptr, alignment=align, volatile="volatile" in inst.words))
        return None

    def _op_getelementptr(self, inst: Inst) -> SSAValue:
        typed, _ = self._items(inst, 1)
        return self._gep(inst.words, inst.args[0], typed, inst.loc, None)

    def _gep(self, words: list[str], source: SynType, typed: list[Typed], loc: Location, expect: Attribute | None) -> SSAValue:
        elem = self.parent.type(source, loc)
        if not typed:
            raise GuaccError("getelementptr needs a base pointer", loc=loc)
        base = self.operand(typed[0], loc)
        if not isinstance(base.type, llvm.LLVMPointerType):
            raise UnsupportedError(f"getelementptr on {_type_str(base.type)}", loc=loc)
        indices: list[int | SSAValue] = []
        current: Attribute = elem
        for pos, tv in enumerate(typed[1:]):
            idx_ty = self.parent.type(tv.type, loc)
            if not isinstance(idx_ty, IntegerType):
                raise UnsupportedError(f"getelementptr index of type {_type_str(idx_ty)}", loc=loc)
            if pos > 0:
                if isinstance(current, llvm.LLVMStructType):
                    if not (isinstance(tv.value, Const) and tv.value.kind == "int"):
                        raise GuaccError("struct field index must be a constant", loc=loc)
                    if not 0 <= tv.value.data < len(current.types.data):
                        raise GuaccError(f"struct field index {tv.value.data} out of range", loc=loc)
                    current = current.types.data[tv.value.data]
                elif isinstance(current, llvm.LLVMArrayType | VectorType):
                    current = current.type if isinstance(current, llvm.LLVMArrayType) else current.element_type
                else:
                    raise GuaccError(f"getelementptr cannot index into {_type_str(current)}", loc=loc)
            if isinstance(tv.value, Const) and tv.value.kind == "int" and -(2**31) < tv.value.data < 2**31 and (
                idx_ty.width.data >= 32 or isinstance(current, llvm.LLVMStructType)
            ):
                indices.append(tv.value.data)
            else:
                indices.append(self.operand(tv, loc))
        op = llvm.GEPOp.from_mixed_indices(base, indices, elem, inbounds="inbounds" in words)
        if expect is not None and not isinstance(expect, llvm.LLVMPointerType):
            raise GuaccError(f"getelementptr used as {_type_str(expect)}", loc=loc)
        return self.emit(op).results[0]

    def _op_extractvalue(self, inst: Inst) -> SSAValue:
        agg = self.operand(inst.args[0], inst.loc)
        pos = [a for a in inst.args[1:] if isinstance(a, int)]
        ty = agg.type
        for p in pos:
            if isinstance(ty, llvm.LLVMStructType) and 0 <= p < len(ty.types.data):
                ty = ty.types.data[p]
            elif isinstance(ty, llvm.LLVMArrayType) and 0 <= p < ty.size.data:
                ty = ty.type
            else:
                raise GuaccError(f"extractvalue index {p} is invalid for {_type_str(ty)}", loc=inst.loc)
        return self.emit(llvm.ExtractValueOp(DenseArrayBase.from_list(i64, pos), agg, ty)).results[0]

    def _op_insertvalue(self, inst: Inst) -> SSAValue:
        agg = self.operand(inst.args[0], inst.loc)
        val = self.operand(inst.args[1], inst.loc)
        pos = [a for a in inst.args[2:] if isinstance(a, int)]
        return self.emit(llvm.InsertValueOp(DenseArrayBase.from_list(i64, pos), agg, val)).results[0]

    def _op_extractelement(self, inst: Inst) -> SSAValue:
        vec = self.operand(inst.args[0], inst.loc)
        if not isinstance(vec.type, VectorType):
            raise GuaccError("extractelement needs a vector", loc=inst.loc)
        return self.emit(guacc.ExtractElementOp(vec, self.operand(inst.args[1], inst.loc))).results[0]

    def _op_insertelement(self, inst: Inst) -> SSAValue:
        vec, val, idx = (self.operand(tv, inst.loc) for tv in inst.args[:3])
        if not isinstance(vec.type, VectorType):
            raise GuaccError("insertelement needs a vector", loc=inst.loc)
        return self.emit(llvm.InsertElementOp(vec, val, idx)).results[0]

    def _op_shufflevector(self, inst: Inst) -> SSAValue:
        v1 = self.operand(inst.args[0], inst.loc)
        v2 = self.operand(inst.args[1], inst.loc)
        mask_tv: Typed = inst.args[2]
        mask_ty = self.parent.type(mask_tv.type, inst.loc)
        if not isinstance(mask_ty, VectorType) or not isinstance(v1.type, VectorType):
            raise GuaccError("shufflevector needs vectors", loc=inst.loc)
        n = mask_ty.get_shape()[0]
        m = mask_tv.value
        if isinstance(m, Const) and m.kind in ("zero", "undef", "poison"):
            mask = [0 if m.kind == "zero" else -1] * n
        elif isinstance(m, Const) and m.kind == "vector":
            mask = [item.value.data if item.value.kind == "int" else -1 for item in m.data]
        else:
            raise GuaccError("shufflevector mask must be a constant vector", loc=inst.loc)
        res = VectorType(v1.type.element_type, [n])
        return self.emit(llvm.ShuffleVectorOp(v1, v2, DenseArrayBase.from_list(i32, mask), res)).results[0]

    def _op_call(self, inst: Inst) -> SSAValue | None:
        ret_syn, callee, args = inst.args
        ret = self.parent.type(ret_syn, inst.loc)
        fn_type: llvm.LLVMFunctionType | None = None
        if isinstance(ret, llvm.LLVMFunctionType):  # call with explicit function type
            fn_type, ret = ret, ret.output
        if isinstance(callee, Const):
            if callee.kind == "cast" and callee.data[0] == "bitcast" and isinstance(callee.data[1].value, Ref):
                callee = callee.data[1].value  # old typed-pointer IR casts callees
            else:
                raise UnsupportedError("call through a constant expression", loc=inst.loc)
        if callee.scope == "local":
            raise UnsupportedError("indirect call through a function pointer", loc=inst.loc)
        name = callee.name
        if name.startswith("llvm."):
            return self._intrinsic(inst, name, ret, args)
        if name not in self.parent.functions:
            if name in self.parent.global_types:
                raise GuaccError(f"'@{name}' is a global variable, not a function", loc=callee.loc)
            raise GuaccError(f"call to undefined function '@{name}'", loc=callee.loc)
        target = self.parent.functions[name]
        expected = target.function_type
        if any(isinstance(a, MetadataItem) for a in args):
            raise GuaccError("metadata argument to a non-intrinsic call", loc=inst.loc)
        if expected.output != ret:
            raise GuaccError(f"'@{name}' returns {_type_str(expected.output)}, not {_type_str(ret)}", loc=inst.loc)
        params = expected.inputs.data
        if len(args) < len(params) or (len(args) > len(params) and not expected.is_variadic):
            raise GuaccError(f"call to '@{name}' with {len(args)} arguments, expected {len(params)}", loc=inst.loc)
        values = []
        for i, tv in enumerate(args):
            v = self.operand(tv, inst.loc)
            if i < len(params) and v.type != params[i]:
                raise GuaccError(
                    f"argument {i + 1} of '@{name}' has type {_type_str(v.type)}, expected {_type_str(params[i])}",
                    loc=inst.loc,
                )
            values.append(v)
        op = llvm.CallOp(
            name, *values,
            return_type=None if isinstance(ret, llvm.LLVMVoidType) else ret,
            calling_convention=target.CConv,
            fastmath=self._fast_math(inst.words),
            variadic_args=len(values) - len(params) if expected.is_variadic else 0,
        )
        if expected.is_variadic and op.var_callee_type is None:
            op.properties["var_callee_type"] = expected
        if inst.extra.get("tail"):
            op.properties["TailCallKind"] = llvm.TailCallKindAttr(llvm.TailCallKind(inst.extra["tail"]))
        self.emit(op)
        return op.returned

    def _intrinsic(self, inst: Inst, name: str, ret: Attribute, args: list) -> SSAValue | None:
        if intrinsics.is_debug(name):
            return None  # debug info is dropped with the rest of the metadata
        if any(isinstance(a, MetadataItem) for a in args):
            raise UnsupportedError(f"intrinsic '{name}' with metadata arguments", loc=inst.loc)
        values = [self.operand(tv, inst.loc) for tv in args]
        name = intrinsics.canonical_name(name)
        result_types = [] if isinstance(ret, llvm.LLVMVoidType) else [ret]
        op = llvm.CallIntrinsicOp(name, values, result_types)
        op.properties["fastmathFlags"] = self._fast_math(inst.words)
        self.emit(op)
        return op.ress

    # ------------------------------------------------------------- terminators
    def _edge_args(self, dst: str, loc: Location) -> list[SSAValue]:
        args = []
        for phi in self.phis[dst]:
            ty = self.parent.type(phi.args[0], phi.loc)
            for item in phi.args[1:]:
                if isinstance(item, tuple) and item[1].name == self.current_label:
                    args.append(self.value(item[0], ty))
                    break
        return args

    def _label(self, tv: Typed, loc: Location) -> str:
        if tv.type != ("label",) or not isinstance(tv.value, Ref):
            raise GuaccError("expected a label", loc=loc)
        return tv.value.name

    def _op_br(self, inst: Inst) -> None:
        typed = [a for a in inst.args if isinstance(a, Typed)]
        if len(typed) == 1:
            dst = self._label(typed[0], inst.loc)
            self.emit(llvm.BrOp(self.blocks[dst], *self._edge_args(dst, inst.loc)))
        elif len(typed) == 3:
            cond = self.operand(typed[0], inst.loc)
            if cond.type != IntegerType(1):
                raise GuaccError(f"branch condition must be i1, not {_type_str(cond.type)}", loc=inst.loc)
            t, f = self._label(typed[1], inst.loc), self._label(typed[2], inst.loc)
            self.emit(llvm.CondBrOp(cond, self.blocks[t], self._edge_args(t, inst.loc), self.blocks[f], self._edge_args(f, inst.loc)))
        else:
            raise GuaccError("br takes a label or a condition and two labels", loc=inst.loc)

    def _op_switch(self, inst: Inst) -> None:
        val = self.operand(inst.args[0], inst.loc)
        if not isinstance(val.type, IntegerType):
            raise GuaccError("switch needs an integer condition", loc=inst.loc)
        default = self._label(inst.args[1], inst.loc)
        cases = []
        seen = set()
        for case in inst.args[2:]:
            if not isinstance(case, tuple):
                continue
            tv, lbl = case
            if not (isinstance(tv.value, Const) and tv.value.kind in ("int", "true", "false")):
                raise GuaccError("switch case value must be an integer constant", loc=inst.loc)
            if self.parent.type(tv.type, inst.loc) != val.type:
                raise GuaccError("switch case value has the wrong type", loc=inst.loc)
            n = guacc.int_attr({"true": 1, "false": 0}.get(tv.value.kind, tv.value.data), val.type.width.data).value.data
            if n in seen:
                raise GuaccError(f"duplicate switch case value {n}", loc=tv.value.loc)
            seen.add(n)
            dst = self._label(lbl, inst.loc)
            cases.append((n, self.blocks[dst], self._edge_args(dst, inst.loc)))
        self.emit(guacc.SwitchOp(val, self.blocks[default], self._edge_args(default, inst.loc), cases))

    def _op_ret(self, inst: Inst) -> None:
        expected = self.func.function_type.output
        typed = [a for a in inst.args if isinstance(a, Typed)]
        if not typed:
            if not isinstance(expected, llvm.LLVMVoidType):
                raise GuaccError(f"'ret void' in a function returning {_type_str(expected)}", loc=inst.loc)
            self.emit(llvm.ReturnOp())
            return
        val = self.operand(typed[0], inst.loc)
        if val.type != expected:
            raise GuaccError(f"returning {_type_str(val.type)} from a function returning {_type_str(expected)}", loc=inst.loc)
        self.emit(llvm.ReturnOp(val))

    def _op_unreachable(self, inst: Inst) -> None:
        self.emit(llvm.UnreachableOp())


_CASTS: dict[str, type[Operation]] = {
    "trunc": llvm.TruncOp, "zext": llvm.ZExtOp, "sext": llvm.SExtOp,
    "fptrunc": llvm.FPTruncOp, "fpext": llvm.FPExtOp, "sitofp": llvm.SIToFPOp,
    "fptosi": guacc.FPToSIOp, "fptoui": guacc.FPToUIOp, "uitofp": guacc.UIToFPOp,
    "bitcast": llvm.BitcastOp, "ptrtoint": llvm.PtrToIntOp, "inttoptr": llvm.IntToPtrOp,
}


def _bits(t: Attribute) -> int:
    t2 = _scalar(t)
    n = t.get_shape()[0] if isinstance(t, VectorType) else 1
    match t2:
        case IntegerType():
            return t2.width.data * n
        case Float16Type():
            return 16 * n
        case Float32Type():
            return 32 * n
        case Float64Type():
            return 64 * n
        case llvm.LLVMPointerType():
            return 64 * n
    return -1


def _value_loc(v: Ref | Const) -> Location:
    return v.loc


def build_module(syntax: ModuleSyntax) -> ModuleOp:
    return ModuleBuilder(syntax).build()


# clang writes a constant array with a long run of trailing zeros as a packed
# struct (`<{ [20 x i8], [44 x i8] zeroinitializer }>`), nested for arrays of
# rows. A packed struct has no padding, so a global of that form is the same
# bytes as one flat array of its element type: it is read as that (uses go
# through GEPs that name their own source type, so nothing else changes).
def _packed_leaves(t: SynType) -> list[SynType] | None:
    match t[0]:
        case "int":
            return [t]
        case "array":
            inner = _packed_leaves(t[2])
            return None if inner is None else inner * t[1]
        case "struct" if t[2]:
            out: list[SynType] = []
            for field in t[1]:
                inner = _packed_leaves(field)
                if inner is None:
                    return None
                out += inner
            return out
    return None


def _flat_packed(t: SynType) -> tuple[SynType, int] | None:
    """(integer element type, count) when `t` contains a packed struct of
    integer arrays only, all of one element type; else None."""
    if not _mentions_packed(t):
        return None
    leaves = _packed_leaves(t)
    if not leaves or any(leaf != leaves[0] for leaf in leaves):
        return None
    return leaves[0], len(leaves)


def _mentions_packed(t: SynType) -> bool:
    if t[0] == "struct":
        return t[2] or any(_mentions_packed(f) for f in t[1])
    return t[0] == "array" and _mentions_packed(t[2])


def _flat_values(v: Const, t: SynType, loc: Location) -> list[int]:
    count = len(_packed_leaves(t) or [])
    match v.kind:
        case "zero":
            return [0] * count
        case "int":
            return [v.data]
        case "cstring":
            return list(v.data)
        case "array" | "struct":
            out: list[int] = []
            for item in v.data:
                out += _flat_values(item.value, item.type, loc)
            return out
    raise UnsupportedError(f"global initializer '{v.kind}' in a packed struct", loc=loc)


def _flat_initializer(v: Ref | Const, width: int, count: int, loc: Location) -> Attribute:
    if isinstance(v, Ref):
        raise GuaccError("packed struct initializer does not match its type", loc=loc)
    values = _flat_values(v, ("array", count, ("int", width)), loc)
    if len(values) != count:
        raise GuaccError("packed struct initializer does not match its type", loc=loc)
    if not any(values):
        return guacc.ZeroInitAttr()
    return ArrayAttr([guacc.int_attr(x, width) for x in values])
