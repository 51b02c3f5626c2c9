"""SSA construction on the merged CFG, without demoting anything to memory.

After merging, a definition no longer dominates all of its uses: a value of
function A defined in A-only code is read in code both functions share, or a
value reaches a block along paths of either function. Every original value
is therefore a *variable* of the merged function, and reads are resolved with
the on-the-fly SSA construction of Braun et al. ("Simple and Efficient
Construction of Static Single Assignment Form", CC 2013) over the merged CFG:

- a variable with one definition that dominates the read is read directly;
- otherwise the reaching definitions are joined by a phi (a block argument)
  at each merge point, recursively up the predecessors; trivial phis (all
  operands the same value, or itself) are removed as soon as they appear;
- a variable that is not defined on some path reads `undef` there. Those
  paths belong to the other function, so the value is never observed; a phi
  whose only other operands are `undef` is removed when its value dominates.

The original block arguments (phis) are variables defined on edges: each
merged edge that stands for an original edge assigns the original incoming
values to them. At the end, phis of one block whose incoming values agree
wherever both are defined are coalesced into one, as SalSSA coalesces phis
whose users do not overlap.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import Union

from xdsl.dialects import llvm
from xdsl.dialects.builtin import IntegerAttr, IntegerType
from xdsl.ir import Attribute, BlockArgument, Operation, SSAValue

from guacc.compiler.dialects import guacc

from .linearize import attr_items


class ConstRef:
    """A constant operand (number, null, undef, poison, global address), rematerialized where used."""

    __slots__ = ("op", "type", "key")

    def __init__(self, op: Operation):
        self.op = op
        self.type = op.results[0].type
        self.key = (op.name, self.type, attr_items(op.properties), attr_items(op.attributes))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ConstRef) and self.key == other.key

    def __hash__(self) -> int:
        return hash(self.key)

    @property
    def is_undef(self) -> bool:
        return isinstance(self.op, llvm.UndefOp | guacc.PoisonOp)

    def int_value(self) -> int | None:
        if isinstance(self.op, llvm.ConstantOp) and isinstance(self.op.value, IntegerAttr):
            return self.op.value.value.data
        return None

    def __repr__(self) -> str:
        return f"ConstRef({self.key[0]}: {self.type})"


_UNDEF: dict[Attribute, ConstRef] = {}


def undef(t: Attribute) -> ConstRef:
    ref = _UNDEF.get(t)
    if ref is None:
        ref = _UNDEF[t] = ConstRef(llvm.UndefOp(t))
    return ref


_ZERO: dict[Attribute, ConstRef] = {}


def zero(t: Attribute) -> ConstRef:
    """A defined value of type `t` (0, 0.0, null): what a void original returns
    from a merged function that returns a value, so every run is reproducible."""
    from xdsl.dialects.builtin import AnyFloat, FloatAttr

    ref = _ZERO.get(t)
    if ref is None:
        if isinstance(t, IntegerType):
            op = llvm.ConstantOp(IntegerAttr(0, t), t)
        elif isinstance(t, AnyFloat):
            op = llvm.ConstantOp(FloatAttr(0.0, t), t)
        else:  # pointers and aggregates
            op = llvm.ZeroOp(result_types=[t])
        ref = _ZERO[t] = ConstRef(op)
    return ref


class Phi:
    """A join of values at the start of a block; becomes a block argument if it survives."""

    __slots__ = ("block", "type", "incoming", "users", "replaced", "id", "name", "edge")

    def __init__(self, block: Hashable, t: Attribute, ident: int, name: str | None, edge: bool = False):
        self.block = block
        self.type = t
        self.incoming: list[Ref] | None = None  # one per predecessor edge of the block
        self.users: set[Phi] = set()
        self.replaced: Ref | None = None
        self.id = ident
        self.name = name
        self.edge = edge  # stands for an original block argument

    def __repr__(self) -> str:
        return f"Phi#{self.id}({self.name})"


Ref = Union[SSAValue, Phi, ConstRef]
Var = tuple  # ("val", SSAValue) | ("phi", side, BlockArgument)


def same(a: Ref, b: Ref) -> bool:
    return a is b or (isinstance(a, ConstRef) and a == b)


def is_undef(r: Ref) -> bool:
    return isinstance(r, ConstRef) and r.is_undef


# ------------------------------------------------------------------ dominance
class Dominators:
    """Dominator tree of a CFG (Cooper, Harvey and Kennedy's iterative algorithm)."""

    def __init__(self, entry: Hashable, succs: Callable[[Hashable], Sequence[Hashable]]):
        order: list[Hashable] = []
        seen = {entry}
        stack = [(entry, iter(succs(entry)))]
        while stack:
            node, it = stack[-1]
            for nxt in it:
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append((nxt, iter(succs(nxt))))
                    break
            else:
                stack.pop()
                order.append(node)
        rpo = order[::-1]
        self.index = {n: i for i, n in enumerate(rpo)}
        preds: dict[Hashable, list[Hashable]] = {n: [] for n in rpo}
        for n in rpo:
            for s in succs(n):
                if s in preds:
                    preds[s].append(n)
        idom: dict[Hashable, Hashable] = {entry: entry}
        changed = True
        while changed:
            changed = False
            for n in rpo[1:]:
                new = None
                for p in preds[n]:
                    if p in idom:
                        new = p if new is None else self._intersect(p, new, idom)
                if new is not None and idom.get(n) is not new:
                    idom[n] = new
                    changed = True
        self.idom = idom
        children: dict[Hashable, list[Hashable]] = {n: [] for n in rpo}
        for n in rpo[1:]:
            if n in idom:
                children[idom[n]].append(n)
        self.pre: dict[Hashable, int] = {}
        self.post: dict[Hashable, int] = {}
        clock = 0
        walk = [(entry, iter(children[entry]))]
        self.pre[entry] = clock
        while walk:
            node, it = walk[-1]
            child = next(it, None)
            if child is None:
                walk.pop()
                clock += 1
                self.post[node] = clock
            else:
                clock += 1
                self.pre[child] = clock
                walk.append((child, iter(children[child])))

    def _intersect(self, a: Hashable, b: Hashable, idom: dict) -> Hashable:
        index = self.index
        while a is not b:
            while index[a] > index[b]:
                a = idom[a]
            while index[b] > index[a]:
                b = idom[b]
        return a

    def dominates(self, a: Hashable, b: Hashable) -> bool:
        """a dominates b (every block dominates itself)."""
        if a not in self.pre or b not in self.pre:
            return False
        return self.pre[a] <= self.pre[b] and self.post[b] <= self.post[a]

    def strictly_dominates(self, a: Hashable, b: Hashable) -> bool:
        return a is not b and self.dominates(a, b)


# ------------------------------------------------------------------ construction
class SSABuilder:
    """Reads variables at block boundaries of a finished CFG.

    `preds(block)` lists (predecessor, successor slot) per incoming edge;
    `def_block(value)` is the block that defines an SSA value of the new
    function; `start_defs[block][var]` holds variables defined at the start of
    a block (the edge-defined phis of original block arguments).
    """

    def __init__(
        self,
        entry: Hashable,
        preds: Callable[[Hashable], Sequence[tuple[Hashable, int]]],
        def_block: Callable[[SSAValue], Hashable],
        dom: Dominators,
        edge_sides: Callable[[Hashable, int], frozenset[int]] | None = None,
        var_sides: Callable[[Var], frozenset[int]] | None = None,
    ):
        self.entry = entry
        self.preds = preds
        self.def_block = def_block
        self.dom = dom
        # Which sides can take an edge, and which sides a variable belongs to:
        # an edge none of the variable's sides takes contributes undef.
        self.edge_sides = edge_sides
        self.var_sides = var_sides
        self.start_defs: dict[Hashable, dict[Var, Phi]] = {}
        self.cache: dict[tuple, Ref] = {}
        self.phis: list[Phi] = []

    # --- phis
    def new_phi(self, block: Hashable, t: Attribute, name: str | None, edge: bool = False) -> Phi:
        phi = Phi(block, t, len(self.phis), name, edge)
        self.phis.append(phi)
        return phi

    def find(self, ref: Ref) -> Ref:
        root = ref
        while isinstance(root, Phi) and root.replaced is not None:
            root = root.replaced
        while isinstance(ref, Phi) and ref.replaced is not None and ref.replaced is not root:
            ref.replaced, ref = root, ref.replaced
        return root

    def set_incoming(self, phi: Phi, incoming: list[Ref]) -> None:
        phi.incoming = incoming
        for r in incoming:
            if isinstance(r, Phi):
                r.users.add(phi)

    def available_at_start(self, ref: Ref, block: Hashable) -> bool:
        if isinstance(ref, ConstRef):
            return True
        if isinstance(ref, Phi):
            return self.dom.dominates(ref.block, block)
        where = self.def_block(ref)
        if isinstance(ref, BlockArgument):
            return self.dom.dominates(where, block)
        return self.dom.strictly_dominates(where, block)

    def try_remove_trivial(self, phi: Phi) -> Ref:
        if phi.incoming is None or phi.replaced is not None:
            return self.find(phi)
        found: Ref | None = None
        saw_undef = False
        for r in phi.incoming:
            r = self.find(r)
            if r is phi:
                continue
            if is_undef(r):
                saw_undef = True
                continue
            if found is not None and same(r, found):
                continue
            if found is not None:
                return phi  # two different values: a real join
            found = r
        if found is None:
            found = undef(phi.type)
        elif saw_undef and not self.available_at_start(found, phi.block):
            return phi
        phi.replaced = found
        if isinstance(found, Phi):
            found.users |= phi.users - {found}
        for user in list(phi.users):
            if user is not phi and user.replaced is None:
                self.try_remove_trivial(user)
        return found

    # --- reads
    def _mask(self, var: Var, origs: frozenset[int] | None) -> frozenset[int] | None:
        """The original functions whose runs the read is for: those that need the
        variable, narrowed to the reader's when given."""
        if self.var_sides is None:
            return None
        sides = self.var_sides(var)
        return sides & origs if origs is not None else sides

    def read_on_edge(self, var: Var, pred: Hashable, slot: int, origs: frozenset[int] | None = None) -> Ref:
        """The value of `var` leaving `pred` through successor `slot`, for the runs of `origs`."""
        mask = self._mask(var, origs)
        if mask is not None and self.edge_sides is not None and not (self.edge_sides(pred, slot) & mask):
            return undef(var[-1].type)  # no run that reads it takes this edge
        return self._read_at_end(var, pred, mask)

    def read_at_end(self, var: Var, block: Hashable, origs: frozenset[int] | None = None) -> Ref:
        """The value of `var` at the end of `block`, for the runs of `origs` (None: all)."""
        return self._read_at_end(var, block, self._mask(var, origs))

    def _read_at_end(self, var: Var, block: Hashable, mask: frozenset[int] | None) -> Ref:
        if var[0] == "val" and self._def_block_of(var) is block:
            return var[1]
        return self._read_at_start(var, block, mask)

    def _def_block_of(self, var: Var) -> Hashable | None:
        return self.def_block(var[1]) if var[0] == "val" else None

    def _read_at_start(self, var: Var, block: Hashable, mask: frozenset[int] | None) -> Ref:
        defs = self.start_defs.get(block)
        if defs is not None and var in defs:
            return self.find(defs[var])
        if var[0] == "val":
            where = self._def_block_of(var)
            if where is not None and self.dom.strictly_dominates(where, block):
                return var[1]
        key = (var, block, mask)
        hit = self.cache.get(key)
        if hit is not None:
            return self.find(hit)
        preds = self.preds(block)
        value: Ref
        if mask is not None and self.edge_sides is not None:
            live = [(p, k) for p, k in preds if self.edge_sides(p, k) & mask]
        else:
            live = list(preds)
        if not live:
            value = undef(var[-1].type)
        elif all(p is live[0][0] for p, _ in live) and len(live) == len(preds):
            value = self._read_at_end(var, live[0][0], mask)
        else:
            phi = self.new_phi(block, var[-1].type, var[-1].name_hint)
            self.cache[key] = phi
            self.set_incoming(phi, [
                self._read_at_end(var, p, mask) if (p, k) in live else undef(var[-1].type) for p, k in preds
            ])
            value = self.try_remove_trivial(phi)
        self.cache[key] = value
        return value

    # --- coalescing
    def coalesce(self, live: Iterable[Phi], limit: int = 64) -> int:
        """Merge phis of one block and type whose incoming values agree wherever
        both are defined (one of the two is undef on every other edge)."""
        groups: dict[tuple[Hashable, Attribute], list[Phi]] = {}
        for phi in dict.fromkeys(live):
            if phi.replaced is None and phi.incoming is not None:
                groups.setdefault((phi.block, phi.type), []).append(phi)
        merged = 0
        for phis in groups.values():
            for i, p in enumerate(phis):
                if p.replaced is not None:
                    continue
                for q in phis[i + 1 : i + 1 + limit]:
                    if q is p or q.replaced is not None or p.replaced is not None:
                        continue
                    joined = self._joined(p, q)
                    if joined is None:
                        continue
                    self.set_incoming(p, joined)
                    q.replaced = p
                    p.users |= q.users - {p}
                    merged += 1
        for phi in list(self.phis):
            if phi.replaced is None:
                self.try_remove_trivial(phi)
        return merged

    def _joined(self, p: Phi, q: Phi) -> list[Ref] | None:
        assert p.incoming is not None and q.incoming is not None
        out: list[Ref] = []
        for a, b in zip(p.incoming, q.incoming):
            a, b = self.find(a), self.find(b)
            a = p if a is q else a
            b = p if b is q else b
            if same(a, b) or is_undef(b):
                out.append(a)
            elif is_undef(a):
                out.append(b)
            else:
                return None
        return out
