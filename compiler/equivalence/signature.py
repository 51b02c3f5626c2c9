"""A function's signature as the harness needs it, inferred from opaque-pointer IR.

With opaque pointers a ``ptr`` argument says nothing about what it points to,
so the element type of each pointer argument is read off how the function uses
it: GEP source element types on it, and load/store types through it or through
pointers derived from it (also inside functions it passes the pointer to).
Arrays and vectors reduce to their element; structs keep their field layout so
that each field gets values of its own type.
"""

from __future__ import annotations

import struct as _struct
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Mapping, Union

import llvmlite.binding as llvm

from . import irtypes as T
from .errors import HarnessError, UnsupportedSignatureError
from .irtext import parse_ir

DEFAULT_ELEMS = 1024
MAX_ELEMS = 1 << 20


@dataclass(frozen=True)
class Layout:
    """One buffer element: its byte size and its scalar fields (offset, type)."""

    name: str
    size: int
    fields: tuple[tuple[int, T.Scalar], ...]

    @classmethod
    def of_scalar(cls, s: T.Scalar) -> "Layout":
        return cls(s.name, s.size, ((0, s),))

    @classmethod
    def of_type(cls, t: T.IRType, name: str | None = None) -> "Layout":
        size, _ = T.size_align(t)
        if isinstance(t, T.Scalar) and t.size <= 8:
            return cls.of_scalar(t)
        fields = tuple(T.leaves(t))
        if not fields or size == 0:
            raise HarnessError(f"cannot lay out a buffer of {name or t}")
        return cls(name or getattr(t, "name", None) or "struct", size, fields)

    @property
    def scalar(self) -> T.Scalar | None:
        """The element type when the element is one scalar, else None."""
        if len(self.fields) == 1 and self.fields[0][0] == 0 and self.fields[0][1].size == self.size:
            return self.fields[0][1]
        return None

    def element_format(self) -> str:
        """``struct`` format of one element (little-endian, explicit padding)."""
        out, pos = [], 0
        for off, s in sorted(self.fields, key=lambda f: f[0]):
            if off > pos:
                out.append(f"{off - pos}x")
            out.append(s.code)
            pos = off + s.size
        if self.size > pos:
            out.append(f"{self.size - pos}x")
        return "".join(out)

    def encode(self, values: list, count: int) -> bytes:
        """Pack ``values`` (flat, element-major) into ``count`` elements, rest zero."""
        per = len(self.fields)
        flat = list(values) + [0] * (count * per - len(values))
        sc = self.scalar
        fmt = f"<{count}{sc.code}" if sc else "<" + self.element_format() * count
        try:
            return _struct.pack(fmt, *flat)
        except _struct.error as exc:
            raise HarnessError(f"value does not fit a buffer of {self.name}: {exc}") from exc

    def decode(self, data: bytes) -> list:
        """Unpack whole elements of ``data`` into a flat list of field values."""
        count = len(data) // self.size
        sc = self.scalar
        fmt = f"<{count}{sc.code}" if sc else "<" + self.element_format() * count
        return list(_struct.unpack_from(fmt, data))

    def leaf(self, i: int) -> T.Scalar:
        """Type of the i-th value of a flat list (element-major)."""
        return self.fields[i % len(self.fields)][1]


@dataclass(frozen=True)
class Param:
    """One argument; pointer arguments carry the buffer the harness allocates.

    A pointer parameter with ``layout`` None (a function pointer) is passed null.
    """

    index: int
    name: str
    type: T.Scalar
    layout: Layout | None = None
    elems: int = 0
    value_range: tuple[float, float] | None = None
    inferred: bool = True  # False: the layout is a guess (the function never accessed it)
    data_only: bool = False  # contents never reach an address, so they may take wide values

    @property
    def is_pointer(self) -> bool:
        return self.type.kind == "ptr"

    def label(self) -> str:
        return f"arg {self.index}" + (f" (%{self.name})" if self.name else "")


@dataclass(frozen=True)
class GlobalSpec:
    """A writable global: element layout and count, for decoding its bytes."""

    layout: Layout
    count: int

    @property
    def size(self) -> int:
        return self.layout.size * self.count


@dataclass(frozen=True)
class Signature:
    """Parameters and return type of one function."""

    func: str
    params: tuple[Param, ...]
    ret: T.Scalar | None

    def param(self, key: int | str) -> Param:
        for p in self.params:
            if p.index == key or (isinstance(key, str) and p.name == key.lstrip("%")):
                return p
        raise HarnessError(f"{self.func} has no parameter {key!r}")


@dataclass(frozen=True)
class ArgHint:
    """Caller knowledge that overrides inference for one argument.

    ``type``: element type of a pointer argument (``"i32"``, ``"[16 x float]"``,
    ``"{ i64, i64 }"``, ``"%struct.node"``); ``elems``: buffer length;
    ``range``: (low, high) for generated values (scalar or array contents).
    """

    type: str | None = None
    elems: int | None = None
    range: tuple[float, float] | None = None


HintSpec = Union[ArgHint, str]


def signature_from_ir(
    ir: str | llvm.ModuleRef,
    func: str,
    *,
    hints: Mapping[int | str, HintSpec] | None = None,
    elems: int = DEFAULT_ELEMS,
    max_elems: int = MAX_ELEMS,
) -> Signature:
    """Build the :class:`Signature` of ``func`` from IR llvmlite reads (opaque
    pointers, or clang-14 typed pointers that LLVM 22 upgrades on parsing).

    ``elems`` is the default buffer length in elements; the access pattern can
    raise it (a GEP over ``[64 x [64 x double]]`` needs 4096) up to ``max_elems``.
    """
    module = parse_ir(ir, "signature module") if isinstance(ir, str) else ir
    try:
        fn = module.get_function(func)
    except NameError as exc:
        raise HarnessError(f"function @{func} is not in the signature module") from exc
    if fn.is_declaration:
        raise HarnessError(f"@{func} is only declared in the signature module, not defined")
    ftype = fn.global_value_type
    if ftype.is_function_vararg:
        raise UnsupportedSignatureError(f"@{func} is variadic")
    parser = _parser_for(module)
    ret = _scalar_of(parser, str(ftype.get_function_return()), f"return type of @{func}", allow_void=True)
    if ret is not None and ret.kind == "float" and ret.bits == 16:
        raise UnsupportedSignatureError(f"@{func} returns half, which ctypes cannot read")

    params = []
    for i, arg in enumerate(fn.arguments):
        attrs = b" ".join(arg.attributes).decode()
        where = f"argument {i} of @{func}"
        if any(a in attrs for a in ("byval", "inalloca", "preallocated")):
            raise UnsupportedSignatureError(f"{where} is passed by value in memory ({attrs})")
        st = _scalar_of(parser, str(arg.type), where)
        if st.kind == "float" and st.bits == 16:
            raise UnsupportedSignatureError(f"{where} is half, which ctypes cannot pass")
        if st.kind == "ptr":
            layout, need, inferred, data_only = _infer_buffer(module, fn, arg, parser)
            params.append(
                Param(i, arg.name, st, layout, min(max(elems, need), max_elems), None, inferred, data_only)
            )
        else:
            params.append(Param(i, arg.name, st))

    sig = Signature(func, tuple(params), ret)
    return apply_hints(sig, hints or {}, parser=parser, max_elems=max_elems)


def apply_hints(
    sig: Signature,
    hints: Mapping[int | str, HintSpec],
    *,
    parser: T.TypeParser | None = None,
    max_elems: int = MAX_ELEMS,
) -> Signature:
    """Return ``sig`` with hints (by argument index or name) applied."""
    parser = parser or T.TypeParser()
    params = list(sig.params)
    for key, hint in hints.items():
        if isinstance(hint, str):
            hint = ArgHint(type=hint)
        p = sig.param(key)
        if hint.type is not None:
            if not p.is_pointer:
                raise HarnessError(f"type hint for {p.label()} of @{sig.func}: only pointer arguments take one")
            base, count = T.strip_arrays(parser.parse(hint.type))
            layout = Layout.of_type(base, hint.type if count == 1 else None)
            p = replace(p, layout=layout, elems=min(max(p.elems, count), max_elems), inferred=True)
        if hint.elems is not None:
            if not p.is_pointer:
                raise HarnessError(f"elems hint for {p.label()} of @{sig.func}: not a pointer")
            p = replace(p, elems=int(hint.elems))
        if hint.range is not None:
            low, high = hint.range
            if low > high:
                raise HarnessError(f"range hint for {p.label()} has low > high")
            p = replace(p, value_range=(low, high))
        params[p.index] = p
    return replace(sig, params=tuple(params))


# --- inference -------------------------------------------------------------


def _parser_for(module: llvm.ModuleRef) -> T.TypeParser:
    bodies: dict[str, str] = {}
    for st in module.struct_types:
        text = str(st)
        name, _, body = text.partition(" = type ")
        bodies[name.strip()] = body.strip()
    return T.TypeParser(bodies.get)


def _scalar_of(parser: T.TypeParser, text: str, where: str, allow_void: bool = False) -> T.Scalar | None:
    t = parser.parse(text)
    if isinstance(t, T.Scalar) and (t.kind != "int" or t.bits <= 64):
        return t
    if allow_void and isinstance(t, T.Other) and t.text == "void":
        return None
    raise UnsupportedSignatureError(f"{where} has type {text}, which the harness cannot pass")


@dataclass
class _Usage:
    structs: Counter = field(default_factory=Counter)  # struct types GEPs on the buffer's base step over
    inner_structs: Counter = field(default_factory=Counter)  # ... on pointers into the buffer
    votes: Counter = field(default_factory=Counter)  # scalar types loaded/stored through it
    gep_leaves: Counter = field(default_factory=Counter)  # leaf scalars of GEP source types
    spans: list[tuple[T.IRType, int | None]] = field(default_factory=list)  # base GEP type, const 1st idx
    called: bool = False  # used as a call target: a function pointer
    feeds_addresses: bool = False  # loaded values reach an address computation

    def merge(self, other: "_Usage") -> None:
        self.structs.update(other.structs)
        self.inner_structs.update(other.inner_structs)
        self.votes.update(other.votes)
        self.gep_leaves.update(other.gep_leaves)
        self.spans += other.spans
        self.called |= other.called
        self.feeds_addresses |= other.feeds_addresses


_COPIES = {"bitcast", "addrspacecast", "phi", "select", "freeze"}


def _pointer_sets(insts: list, arg: llvm.ValueRef) -> tuple[set, set]:
    """(pointers into the buffer, pointers to its start) among ``insts``.

    Follows GEPs, copies, and stores to / loads from memory: clang -O0 spills
    each argument to an alloca and reloads it before every use.
    """
    derived = {arg}
    slots: dict = {}  # address -> values stored there
    changed = True
    while changed:  # phis may use values defined later, so iterate to a fixpoint
        changed = False
        for i in insts:
            op = i.opcode
            if op == "store":
                value, addr = list(i.operands)
                if value in derived and value not in slots.setdefault(addr, set()):
                    slots[addr].add(value)
                    changed = True
                continue
            if i in derived:
                continue
            ops = list(i.operands)
            if op == "load":
                hit = str(i.type) == "ptr" and ops[0] in slots
            elif op == "getelementptr":
                hit = ops[0] in derived
            elif op in _COPIES:
                hit = any(o in derived for o in (ops[1:] if op == "select" else ops))
            else:
                hit = False
            if hit:
                derived.add(i)
                changed = True
    # Same address as the argument: the greatest set closed under copies and
    # reloads, so start from everything and drop what is offset or mixed.
    same = set(derived)
    changed = True
    while changed:
        changed = False
        for i in insts:
            if i not in same or i == arg:
                continue
            op = i.opcode
            ops = list(i.operands)
            if op == "load":
                keep = all(v in same for v in slots.get(ops[0], ()))
            elif op == "getelementptr":
                keep = all(_const_int(o) == 0 for o in ops[1:])
            else:
                vals = ops[1:] if op == "select" else ops
                keep = all(o in same for o in vals if o in derived)
            if not keep:
                same.discard(i)
                changed = True
    return derived, same


def _is_function(v: llvm.ValueRef) -> bool:
    return v.value_kind == llvm.ValueKind.function


def _const_int(v: llvm.ValueRef) -> int | None:
    if not v.is_constant:
        return None
    try:
        c = v.get_constant_value()
    except Exception:  # noqa: BLE001 - vectors, expressions: not a plain integer
        return None
    return c if isinstance(c, int) else None


def _usage(module: llvm.ModuleRef, fn: llvm.ValueRef, arg: llvm.ValueRef, parser: T.TypeParser,
           depth: int = 0) -> _Usage:
    insts = [i for b in fn.blocks for i in b.instructions]
    derived, same = _pointer_sets(insts, arg)
    use = _Usage(feeds_addresses=_feeds_addresses(insts, derived))
    for i in insts:
        op = i.opcode
        ops = list(i.operands)
        if op == "getelementptr" and ops and ops[0] in derived:
            src = _gep_source_type(parser, str(i))
            if src is None:
                continue
            base, _ = T.strip_arrays(src)
            for _, leaf in T.leaves(base):
                use.gep_leaves[leaf] += 1
            if isinstance(base, T.Struct):
                (use.structs if ops[0] in same else use.inner_structs)[base] += 1
            if ops[0] in same:
                use.spans.append((src, _const_int(ops[1]) if len(ops) > 1 else None))
        elif op == "load" and ops and ops[0] in derived:
            _vote(use, parser, str(i.type))
        elif op == "store" and len(ops) == 2 and ops[1] in derived:
            _vote(use, parser, str(ops[0].type))
        elif op in ("atomicrmw", "cmpxchg") and ops and ops[0] in derived:
            _vote(use, parser, str(ops[-1].type))
        elif op in ("phi", "select") and i in derived and any(_is_function(o) for o in ops):
            use.called = True  # merged with a function (`c ? c : cmp`): a function pointer
        elif op in ("call", "invoke") and ops:
            callee = ops[-1]
            if callee in derived:
                use.called = True
            elif depth < 3 and _is_function(callee):
                # Operands do not act as functions in llvmlite; look the callee up by name.
                callee = module.get_function(callee.name)
                if callee.is_declaration:
                    continue
                for a, p in zip(ops[:-1], callee.arguments):
                    if a in derived and str(p.type) == "ptr":
                        sub = _usage(module, callee, p, parser, depth + 1)
                        if a not in same:  # the callee sees an inner pointer: its base facts do not apply
                            sub.inner_structs.update(sub.structs)
                            sub.structs, sub.spans = Counter(), []
                        use.merge(sub)
    return use


def _root(v: llvm.ValueRef, by_ref: dict) -> llvm.ValueRef:
    """The object a pointer points into (through GEPs and casts)."""
    # Operands are not instruction-kind ValueRefs in llvmlite; map them back.
    while (i := by_ref.get(v)) is not None and i.opcode in ("getelementptr", "bitcast", "addrspacecast"):
        v = next(iter(i.operands))
    return v


def _feeds_addresses(insts: list, derived: set) -> bool:
    """Whether values loaded through ``derived`` pointers reach an address.

    Such contents (bfs offsets, spmv column indices, sort keys used as
    indices) must stay small; others can take wide values.  Follows data
    (not control) flow, through memory by the object stored to, and gives up
    (True) at calls other than intrinsics.
    """
    tainted = {i for i in insts if i.opcode == "load" and str(i.type) != "ptr" and next(iter(i.operands)) in derived}
    if not tainted:
        return False
    objects: set = set()  # memory objects tainted values were stored into
    by_ref = {i: i for i in insts}
    changed = True
    while changed:
        changed = False
        for i in insts:
            op = i.opcode
            ops = list(i.operands)
            if op == "store":
                if ops[0] in tainted and _root(ops[1], by_ref) not in objects:
                    objects.add(_root(ops[1], by_ref))
                    changed = True
                continue
            if i in tainted:
                continue
            if op == "getelementptr":
                if any(o in tainted for o in ops[1:]):
                    return True
                continue
            if op in ("call", "invoke"):
                if not any(o in tainted for o in ops[:-1]):
                    continue
                callee = ops[-1]
                if not (_is_function(callee) and callee.name.startswith("llvm.")):
                    return True
                hit = True
            elif op == "inttoptr":
                if ops[0] in tainted:
                    return True
                continue
            elif op == "load":
                hit = _root(ops[0], by_ref) in objects
            else:
                hit = any(o in tainted for o in ops)
            if hit:
                tainted.add(i)
                changed = True
    return False


def _vote(use: _Usage, parser: T.TypeParser, type_text: str) -> None:
    try:
        t = parser.parse(type_text)
    except HarnessError:
        return
    base, _ = T.strip_arrays(t)
    for _, leaf in T.leaves(base):
        use.votes[leaf] += 1


def _gep_source_type(parser: T.TypeParser, text: str) -> T.IRType | None:
    pos = text.find("getelementptr")
    if pos < 0:
        return None
    pos += len("getelementptr")
    while True:  # skip flags: inbounds, nuw, nusw, inrange(...)
        rest = text[pos:].lstrip()
        pos = len(text) - len(rest)
        word = rest.split(None, 1)[0] if rest else ""
        if word in ("inbounds", "nuw", "nusw"):
            pos += len(word)
        elif word.startswith("inrange("):
            pos = text.index(")", pos) + 1
        else:
            break
    try:
        t, _ = parser.parse_at(text, pos)
    except HarnessError:
        return None
    return t


def _infer_buffer(module: llvm.ModuleRef, fn: llvm.ValueRef, arg: llvm.ValueRef,
                  parser: T.TypeParser) -> tuple[Layout | None, int, bool, bool]:
    use = _usage(module, fn, arg, parser)
    structs = use.structs or use.inner_structs
    if structs:
        layout = Layout.of_type(structs.most_common(1)[0][0])
    elif use.votes:
        layout = Layout.of_scalar(_best(use.votes))
    elif use.gep_leaves:
        layout = Layout.of_scalar(_best(use.gep_leaves))
    elif use.called:
        return None, 0, True, False  # a function pointer: passed as null, there is nothing to point it at
    else:
        return Layout.of_scalar(T.I32), 0, False, False
    need_bytes = 0
    for src, const in use.spans:
        size, _ = T.size_align(src)
        if const is not None:
            need_bytes = max(need_bytes, (const + 1) * size)
        elif isinstance(src, T.Array):
            # A variable first index over `[N x ...]` usually walks N rows (square
            # matrices, cubes), so make room for N of them.
            need_bytes = max(need_bytes, size * src.count)
    return layout, -(-need_bytes // layout.size), True, not use.feeds_addresses


def _best(votes: Counter) -> T.Scalar:
    # Byte-wise accesses (memcpy-like code, i8 GEPs for field offsets) say little
    # about the element type when wider accesses exist.
    wide = Counter({k: v for k, v in votes.items() if not (k.kind == "int" and k.bits <= 8)})
    return (wide or votes).most_common(1)[0][0]
