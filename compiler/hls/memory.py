"""Loads, stores, addresses and memset/memcpy (a mixin of FunctionEmitter).

A pointer value is a `Place` (see pointers.py): GEPs become subscripts and
fields of the object they start from, flattened onto the base's C element
type where the GEP's source type is an array of it, and byte arithmetic with
casts only where nothing else fits. memset/memcpy become loops over the
objects they fill, element by element of their C types.
"""

from __future__ import annotations

from xdsl.dialects import llvm
from xdsl.dialects.builtin import IntegerType
from xdsl.ir import Attribute, Operation, SSAValue

from ..dialects import guacc
from . import cexpr as E
from . import cstmt as C
from . import intrinsics as I
from . import pointers as P
from .ctype import arith_ctype, field_offsets, is_ptr, is_standard, mask, size_align, value_ctype


class MemoryAccess:
    """Needs from its host: `kind`, `names`, `objects`, `place_cache`, `module`,
    `types`, `ptypes`, `namer`, `resolve`, `error`, `index`."""

    # ------------------------------------------------------------- pointers
    def place(self, v: SSAValue) -> P.Place | None:
        """The object pointer `v` points at (None for null)."""
        v = self.resolve(v)
        if v in self.place_cache:
            return self.place_cache[v]
        p = self._place(v)
        self.place_cache[v] = p
        return p

    def _place(self, v: SSAValue) -> P.Place | None:
        kind = self.kind.get(v)
        if kind == "var":
            return P.pointer_place(E.var(self.names[v], "ptr"), self.ptypes.elem(v))
        op = v.owner
        match op:
            case llvm.AllocaOp():
                return P.object_place(self.objects[v], P.alloca_type(op))
            case llvm.AddressOfOp():
                name = op.global_name.root_reference.data
                return P.object_place(self.module.global_c_name(name), self.module.global_type(name),
                                      self.module.is_constant_global(name))
            case llvm.ZeroOp() | llvm.UndefOp() | guacc.PoisonOp():
                return None
            case llvm.GEPOp():
                return self._gep(op)
            case guacc.FreezeOp():
                return self.place(op.arg)
        raise self.error(f"pointer from '{getattr(op, 'name', op)}'")

    def place_elem(self, v: SSAValue) -> Attribute:
        p = self.place(v)
        return p.ty if p is not None else self.ptypes.elem(v)

    def _gep(self, op: llvm.GEPOp) -> P.Place:
        base = self.place(op.ptr)
        if base is None:
            raise self.error("getelementptr on a null pointer")
        s = op.elem_type
        raw = P.gep_indices(op)
        p = base
        if p.ty != s:
            q = P.zero_path(p, s)
            if q is not None:
                p = q
            else:
                strides = P.array_strides(s, p.ty)
                if strides is None:
                    return self._gep_bytes(op, base)
                unit = size_align(s)[0] // size_align(p.ty)[0]
                total = P.scale_index(self.index(raw[0]), unit)
                k = 1
                for stride in strides:
                    if k >= len(raw):
                        break
                    total = P.add_index(total, P.scale_index(self.index(raw[k]), stride))
                    k += 1
                p = P.offset(p, total)
                for i in raw[k:]:
                    p = P.step_into(p, i if isinstance(p.ty, llvm.LLVMStructType) else self.index(i))
                return p
        p = P.offset(p, self.index(raw[0]))
        for i in raw[1:]:
            if isinstance(p.ty, llvm.LLVMStructType):
                assert isinstance(i, int)
                p = P.step_into(p, i)
            elif isinstance(p.ty, llvm.LLVMArrayType):
                p = P.step_into(p, self.index(i))
            else:
                raise self.error(f"getelementptr into {p.ty}")
        return p

    def _gep_bytes(self, op: llvm.GEPOp, base: P.Place) -> P.Place:
        """A GEP whose types do not match its base's C type: an `i8` GEP by a
        linear offset (`68 * i + 68` into `int32_t score[17][17]`) still finds
        its element (`score[i + 1]`); anything else is byte arithmetic."""
        raw = P.gep_indices(op)
        if len(raw) == 1 and op.elem_type == IntegerType(8):
            form = self._linear(raw[0]) if not isinstance(raw[0], int) else ({}, raw[0])
            place = self._byte_place(base, *form)
            if place is not None:
                return place
        t = op.elem_type
        total = P.scale_index(self.index(raw[0]), size_align(t)[0])
        for i in raw[1:]:
            if isinstance(t, llvm.LLVMStructType):
                assert isinstance(i, int)
                total = P.add_index(total, E.int_literal(field_offsets(t)[i], "int32_t"))
                t = t.types.data[i]
            else:
                t = t.type
                total = P.add_index(total, P.scale_index(self.index(i), size_align(t)[0]))
        byte_ptr = E.cast("uint8_t *", P.address(base))
        addr = E.cast(self.types.pointer(t), E.binary("+", byte_ptr, total, "ptr"))
        return P.pointer_place(addr, t)

    def _linear(self, v: SSAValue, depth: int = 0) -> tuple[dict, int]:
        """`v` as sum(coefficient * term) + constant, through adds, subs and
        multiplications or shifts by constants that cannot wrap (nsw, or i64
        address arithmetic) and sign extensions."""
        v = self.resolve(v)
        const = self._const(v)
        if const is not None:
            return {}, int(self.signed_literal(const, v.type.width.data).const)
        op = v.owner
        exact = isinstance(op, Operation) and op.results[0].type == IntegerType(64) or _nsw(op)
        if depth < 8 and isinstance(op, llvm.SExtOp):
            return self._linear(op.arg, depth + 1)
        if depth < 8 and exact and isinstance(op, llvm.AddOp | llvm.SubOp):
            (ca, ka), (cb, kb) = self._linear(op.lhs, depth + 1), self._linear(op.rhs, depth + 1)
            sign = 1 if isinstance(op, llvm.AddOp) else -1
            out = dict(ca)
            for t, c in cb.items():
                out[t] = out.get(t, 0) + sign * c
            return {t: c for t, c in out.items() if c}, ka + sign * kb
        if depth < 8 and exact and isinstance(op, llvm.MulOp | llvm.ShlOp):
            k = self._const(op.rhs)
            if k is not None:
                factor = k if isinstance(op, llvm.MulOp) else 1 << k
                coeffs, const = self._linear(op.lhs, depth + 1)
                return {t: c * factor for t, c in coeffs.items()}, const * factor
        return {v: 1}, 0

    def _byte_place(self, p: P.Place, coeffs: dict, const: int) -> P.Place | None:
        """The element `const + sum(coeffs)` bytes after `p`, or None if the types do not divide."""

        def indexed(unit: int) -> E.Expr | None:
            if any(c % unit for c in coeffs.values()):
                return None
            expr = E.int_literal(const // unit, "int64_t")
            for term, c in coeffs.items():
                expr = P.add_index(expr, P.scale_index(self.index(term), c // unit))
            return expr

        if p.root_is_ptr or (p.steps and p.steps[-1][0] == "idx"):
            unit = size_align(p.ty)[0]
            idx = indexed(unit)
            if idx is None:
                return None
            p, coeffs, const = P.offset(p, idx), {}, const % unit
        while coeffs or const:
            t = p.ty
            if isinstance(t, llvm.LLVMArrayType):
                unit = size_align(t.type)[0]
                idx = indexed(unit)
                if idx is None:
                    return None
                p, coeffs, const = P.step_into(p, idx), {}, const % unit
            elif isinstance(t, llvm.LLVMStructType) and not coeffs:
                offsets = field_offsets(t)
                k = max(i for i, off in enumerate(offsets) if off <= const)
                p, const = P.step_into(p, k), const - offsets[k]
            else:
                return None
        return p

    def pointer(self, v: SSAValue, elem: Attribute) -> E.Expr:
        """Pointer `v` as a C `elem *`."""
        p = self.place(v)
        if p is None:
            return E.Expr("0", E.PRIMARY, "ptr")
        return self.pointer_to(p, elem)

    def pointer_to(self, p: P.Place, elem: Attribute) -> E.Expr:
        """`&p` as a C `elem *` (casting away the `const` of a constant global, never written)."""
        q = p if p.ty == elem else P.zero_path(p, elem)
        if q is not None:
            addr = P.address(q)
            return E.cast(self.types.pointer(elem), addr) if p.const else addr
        return E.cast(self.types.pointer(elem), P.address(p))

    def load(self, op: llvm.LoadOp) -> E.Expr:
        """The loaded value. Memory holds signed `intN_t`; a 32- or 64-bit load stays
        that signed lvalue (readers convert it: see `canonical`), narrower ones
        become the canonical `uintN_t` at once."""
        t = op.dereferenced_value.type
        lv = self.access(op.ptr, t)
        if not isinstance(t, IntegerType) or t.width.data == 1:
            return lv
        n = t.width.data
        if n in (32, 64) and self.types.base(t) == f"int{n}_t":
            return E.Expr(lv.text, lv.prec, f"int{n}_t", lv.reads)
        if is_standard(n):
            return E.cast(value_ctype(n), lv)
        return E.binary("&", E.cast(arith_ctype(n), lv), E.int_literal(mask(n), arith_ctype(n)), arith_ctype(n))

    def access(self, ptr: SSAValue, t: Attribute) -> E.Expr:
        """The lvalue a load or store of type `t` through `ptr` reads or writes."""
        p = self.place(ptr)
        if p is None:
            raise self.error("load or store through a null pointer")
        if not is_ptr(t) or p.ty == t:
            q = p if p.ty == t else P.zero_path(p, t)
            if q is not None:
                return P.lvalue(q)
        if is_ptr(t):
            raise self.error("pointers stored in memory other than a local variable (pointer-to-pointer)")
        mem = self.types.pointer(t)
        addr = E.cast(mem, P.address(p))
        return E.Expr(f"*{E.wrap(addr, E.UNARY)}", E.UNARY, "lvalue", addr.reads)

    def _memory(self, op: llvm.CallIntrinsicOp) -> list:
        name = op.intrin.data
        args = list(op.args)
        length = I.const_int(args[2])
        dst = self.place(args[0])
        if dst is None:
            raise self.error(f"'{name}' on a null pointer")
        if name.startswith("llvm.memset."):
            byte = I.const_int(args[1])
            if length is None or byte is None:
                raise self.error(f"'{name}' with a length or value that is not a constant")
            return self._fill(dst, length, byte)
        src = self.place(args[1])
        if src is None or length is None:
            raise self.error(f"'{name}' with a null source or a length that is not a constant")
        return self._copy(dst, src, length)

    def _loop(self, count: int, body) -> list:
        k = self.namer.fresh("k")
        return [C.ForRange(k, count, body(E.var(k, "int32_t")))]

    def _fill(self, p: P.Place, nbytes: int, byte: int) -> list:
        t = p.ty
        size = size_align(t)[0]
        if isinstance(t, llvm.LLVMArrayType) and nbytes <= size:
            es = size_align(t.type)[0]
            if nbytes % es == 0:
                return self._loop(nbytes // es, lambda k: self._fill(P.step_into(p, k), es, byte)) if nbytes // es > 1 \
                    else self._fill(P.step_into(p, 0), es, byte)
        if isinstance(t, llvm.LLVMStructType) and nbytes == size:
            out = []
            for i, f in enumerate(t.types.data):
                out += self._fill(P.step_into(p, i), size_align(f)[0], byte)
            return out
        if nbytes == size and not isinstance(t, llvm.LLVMArrayType | llvm.LLVMStructType):
            return [C.Line(f"{P.lvalue(p).text} = {I.fill_value(t, byte).text};")]
        if nbytes % size == 0 and nbytes > size:
            return self._loop(nbytes // size, lambda k: self._fill(P.offset(p, k), size, byte))
        raise self.error(f"memset of {nbytes} bytes over {t}")

    def _copy(self, d: P.Place, s: P.Place, nbytes: int) -> list:
        if d.ty == s.ty:
            t = d.ty
            size = size_align(t)[0]
            if nbytes == size and not isinstance(t, llvm.LLVMArrayType):
                return [C.Line(f"{P.lvalue(d).text} = {P.lvalue(s).text};")]
            if isinstance(t, llvm.LLVMArrayType) and nbytes <= size and nbytes % size_align(t.type)[0] == 0:
                es = size_align(t.type)[0]
                return self._loop(nbytes // es, lambda k: self._copy(P.step_into(d, k), P.step_into(s, k), es))
            if nbytes % size == 0:
                return self._loop(nbytes // size, lambda k: self._copy(P.offset(d, k), P.offset(s, k), size))
        for target in (s.ty, d.ty):
            dq, sq = P.zero_path(d, target), P.zero_path(s, target)
            if dq is not None and sq is not None:
                return self._copy(dq, sq, nbytes)
        raise self.error(f"memcpy of {nbytes} bytes from {s.ty} to {d.ty}")


def _nsw(op) -> bool:
    flags = getattr(op, "properties", {}).get("overflowFlags") if isinstance(op, Operation) else None
    return flags is not None and flags.value.data & 1 == 1  # bit 0: nsw
