"""SalSSA-style code generation: two aligned functions -> one merged `llvm.func`.

Side 0 and side 1 are the two functions (side 0 may itself be a merged
function, whose own selector parameter becomes the new selector). `is1`, an
i1 computed once in the entry block, is true when side 1 runs: the selector
itself for two functions, `sel == k` when the k-th function joins a merge.

The aligned columns are cut into merged blocks: a new block starts at every
label and wherever the set of sides changes, so each original block becomes
a chain of merged blocks, shared where the two functions were aligned and
single-sided where they diverge.

- A matched pair becomes one op; each operand that differs becomes an
  `llvm.select` on `is1` (a pair of i1 constants 0/1 becomes `is1` itself or
  its negation; an operand that is undef on one side needs no select).
- A shared block whose sides continue in different blocks ends with
  `cond_br is1`; divergent code is entered that way.
- Matched terminators become one terminator when their successors
  correspond (the successors' labels were aligned with each other); else the
  block branches on `is1` to two blocks, each with its side's terminator.
- Constant-size allocas of the original entry blocks go to the merged entry
  block, so the merged function's frame stays static.
- Values are read through `ssa_repair.SSABuilder`: phis are rebuilt on the
  merged CFG, original block arguments from the values each original edge
  passes; nothing is demoted to memory. Reads are made for the original
  functions the reading op serves (`Origins`), so paths of the others
  contribute undef instead of phis.
- With `speculate`, one side's cheap pure ops (wiring, single-cycle integer
  units, nothing that can trap) stay in the shared block instead of opening
  a divergent one (if-conversion).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field

from xdsl.dialects import llvm
from xdsl.dialects.builtin import IntegerAttr, IntegerType, i64
from xdsl.ir import Attribute, Block, BlockArgument, Operation, Region, SSAValue

from guacc.compiler.dialects import guacc

from .align import Alignment
from .linearize import Linearization, is_constant_op, main_operands, successor_args
from .ssa_repair import ConstRef, Dominators, Phi, Ref, SSABuilder, Var, is_undef, same, undef, zero


@dataclass
class Origins:
    """Which original functions run a block, take an edge, or need an op's value.

    For an original function k all three are {k}; for a function merged
    earlier they come from that merge (`MergeCodegen.origins()`). The SSA
    repair uses them to ignore the paths of the other originals.
    """

    blocks: dict[Block, frozenset[int]] | frozenset[int]
    edges: dict[tuple[Block, int], frozenset[int]] | frozenset[int]
    ops: dict[Operation, frozenset[int]] | frozenset[int]

    def block(self, b: Block) -> frozenset[int]:
        return self.blocks if isinstance(self.blocks, frozenset) else self.blocks[b]

    def edge(self, b: Block, slot: int) -> frozenset[int]:
        return self.edges if isinstance(self.edges, frozenset) else self.edges[(b, slot)]

    def op(self, op: Operation) -> frozenset[int]:
        if isinstance(self.ops, frozenset):
            return self.ops
        got = self.ops.get(op)
        if got is None:
            block = op.parent_block()
            assert block is not None
            return self.block(block)
        return got

    @staticmethod
    def single(k: int) -> Origins:
        only = frozenset({k})
        return Origins(only, only, only)


@dataclass
class Side:
    func: llvm.FuncOp
    lin: Linearization
    arg_map: list[int]  # parameter i of `func` -> index of the merged function's parameter
    origins: Origins = field(default_factory=lambda: Origins.single(0))

    @property
    def all(self) -> frozenset[int]:
        first = self.func.body.blocks.first
        assert first is not None
        return self.origins.block(first)


@dataclass(eq=False)
class MBlock:
    """A block of the merged function under construction."""

    block: Block
    owners: frozenset[int]
    ident: int
    origs: frozenset[int] = frozenset()  # original functions that run this block
    plans: list[OpPlan] = field(default_factory=list)
    cont: dict[int, MBlock] = field(default_factory=dict)  # side -> where it continues (no terminator here)
    term_sides: dict[int, Operation] = field(default_factory=dict)  # original terminators placed here
    closed: bool = False
    term: TermPlan | None = None
    preds: list[tuple[MBlock, int]] = field(default_factory=list)

    def __repr__(self) -> str:
        return f"MBlock#{self.ident}{sorted(self.owners)}"


@dataclass(eq=False)
class OpPlan:
    sides: dict[int, Operation]
    op: Operation | None = None


@dataclass(eq=False)
class TermPlan:
    kind: str  # "orig": the sides' own terminator | "br" | "select": cond_br is1, targets[0] (side 1), targets[1]
    targets: list[MBlock]
    sides: dict[int, Operation] = field(default_factory=dict)
    assigns: list[dict[Var, tuple[int, SSAValue]]] = field(default_factory=list)  # per slot: phi var -> (side, value)
    main: list[Ref] = field(default_factory=list)


@dataclass
class CodegenStats:
    merged_ops: int = 0  # ops (terminators included) shared by both sides
    single_ops: dict[int, int] = field(default_factory=lambda: {0: 0, 1: 0})  # ops of one side only
    split_terminators: int = 0  # matched terminators whose successors did not correspond
    selects: int = 0
    phis: int = 0
    coalesced: int = 0
    blocks: int = 0
    speculated: int = 0  # one side's ops placed in shared blocks (no branch around them)


class MergeCodegen:
    def __init__(
        self,
        name: str,
        sides: tuple[Side, Side],
        alignment: Alignment,
        param_types: list[Attribute],
        ret_type: Attribute,
        selector_value: int | None,
        *,
        coalesce: bool = True,
        to_entry: frozenset[Operation] = frozenset(),
        speculate: bool = True,
    ):
        """`param_types[0]` is the selector; `selector_value` is k for `is1 = (sel == k)`,
        None when the selector is the i1 `is1` itself."""
        self.name = name
        self.sides = sides
        self.alignment = alignment
        self.param_types = param_types
        self.ret_type = ret_type
        self.selector_value = selector_value
        self.coalesce_phis = coalesce
        self.to_entry = to_entry  # ops of the sides that must go to the entry block (earlier selector tests)
        self.speculate = speculate  # one side's pure ops may run in shared blocks (if-conversion)
        self.stats = CodegenStats()
        self.blocks: list[MBlock] = []
        self.block_of: dict[Block, MBlock] = {}
        self.entry_of: dict[tuple[int, Block], MBlock] = {}
        self.value_map: dict[tuple[int, SSAValue], SSAValue] = {}
        self.op_refs: dict[Operation, list[Ref]] = {}
        self.selects: list[llvm.SelectOp] = []
        self.edge_vals: dict[tuple[MBlock, int], dict[Var, Ref]] = {}
        self.edge_phis: list[tuple[MBlock, Var, Phi]] = []
        self._placeholders: dict[Attribute, SSAValue] = {}
        self._not_is1: SSAValue | None = None
        # new op -> the original ops it stands for, per side (ops and original terminators)
        self.origin: dict[Operation, dict[int, Operation]] = {}
        # ops the merge made up: selects, the selector test and its negation
        self.synthetic: list[Operation] = []
        self.val_origs: dict[SSAValue, frozenset[int]] = {}  # op result -> originals that need it
        self.op_origs: dict[Operation, frozenset[int]] = {}  # new op -> originals it serves

    # ------------------------------------------------------------------ driver
    def run(self) -> llvm.FuncOp:
        limit = sys.getrecursionlimit()
        sys.setrecursionlimit(max(limit, 20_000 + 20 * sum(len(s.lin) for s in self.sides)))
        try:
            self._make_function()
            self._segment()
            self._plan_terminators()
            self._link_preds()
            self.dom = Dominators(self.entry, lambda b: b.term.targets if b.term else [])
            self.ssa = SSABuilder(self.entry, lambda b: b.preds, self._def_block, self.dom,
                                  self._edge_sides, self._var_sides)
            self._create_ops()
            self._resolve_operands()
            self._fill_edge_phis()
            if self.coalesce_phis:
                self.stats.coalesced = self.ssa.coalesce(self.ssa.phis)
            self._materialize()
        finally:
            sys.setrecursionlimit(limit)
        return self.func

    # ------------------------------------------------------------------ skeleton
    def _new_block(self, owners: frozenset[int], name: str | None = None,
                   origs: frozenset[int] = frozenset()) -> MBlock:
        mb = MBlock(Block(), owners, len(self.blocks), origs)
        if name:
            _hint(mb.block, name)
        self.blocks.append(mb)
        self.block_of[mb.block] = mb
        self.func.body.add_block(mb.block)
        return mb

    def _make_function(self) -> None:
        entry = Block(arg_types=self.param_types)
        everything = frozenset().union(*(side.all for side in self.sides))
        self.entry = MBlock(entry, frozenset({0, 1}), 0, everything)
        _hint(entry, "entry")
        self.blocks.append(self.entry)
        self.block_of[entry] = self.entry
        fn_type = llvm.LLVMFunctionType(self.param_types, self.ret_type)
        self.func = llvm.FuncOp(self.name, fn_type, linkage=llvm.LinkageAttr("external"), body=Region([entry]))
        _hint(entry.args[0], "sel")
        for s, side in enumerate(self.sides):
            side_entry = side.func.body.blocks.first
            assert side_entry is not None
            for i, arg in enumerate(side_entry.args):
                merged = entry.args[side.arg_map[i]]
                self.value_map[(s, arg)] = merged
                if merged.name_hint is None and arg.name_hint:
                    _hint(merged, arg.name_hint)
        sel = entry.args[0]
        if self.selector_value is None:
            self.is1: SSAValue = sel
        else:
            assert isinstance(sel.type, IntegerType)
            k = llvm.ConstantOp(IntegerAttr(self.selector_value, sel.type), sel.type)
            cmp = llvm.ICmpOp(sel, k.result, IntegerAttr(llvm.ICmpPredicateFlag.EQ.to_int(), i64))
            entry.add_ops([k, cmp])
            self.synthetic.append(cmp)
            self.is1 = cmp.res
            _hint(self.is1, f"is{self.selector_value}")

    def _hoistable(self, ops: dict[int, Operation]) -> bool:
        if all(op in self.to_entry for op in ops.values()):
            return True
        for s, op in ops.items():
            if not isinstance(op, llvm.AllocaOp) or not is_constant_op(op.size.owner):
                return False
            if op.parent_block() is not self.sides[s].func.body.blocks.first:
                return False
        return True

    def _segment(self) -> None:
        cur: MBlock | None = None
        last: dict[int, MBlock | None] = {0: None, 1: None}
        for col in self.alignment.columns:
            present = [s for s in (0, 1) if col[s] is not None]
            owners = frozenset(present)
            is_label = any(col[s].is_label for s in present)
            if (
                self.speculate
                and len(present) == 1
                and not is_label
                and cur is not None
                and not cur.closed
                and last[present[0]] is cur
                and len(cur.owners) > 1
                and speculatable(col[present[0]].op)
            ):
                # one side's pure, non-trapping op: computed in the shared block, no branch around it
                cur.plans.append(OpPlan({present[0]: col[present[0]].op}))
                self.stats.speculated += 1
                continue
            if cur is None or cur.owners != owners or cur.closed or is_label:
                names = [col[s].block.name_hint for s in present if col[s].block.name_hint]
                origs = frozenset().union(*(self.sides[s].origins.block(col[s].block) for s in present))
                cur = self._new_block(owners, names[0] if names else None, origs)
                for s in present:
                    e = col[s]
                    if e.is_label:
                        self.entry_of[(s, e.block)] = cur
                    else:
                        prev = last[s]
                        assert prev is not None and not prev.closed, "an original block continues"
                        prev.cont[s] = cur
            for s in present:
                last[s] = cur
            if is_label:
                continue
            ops = {s: col[s].op for s in present}
            if col[present[0]].is_terminator:
                cur.term_sides = ops
                cur.closed = True
            elif self._hoistable(ops):
                self.entry.plans.append(OpPlan(ops))
            else:
                cur.plans.append(OpPlan(ops))
        for s, side in enumerate(self.sides):
            first = side.func.body.blocks.first
            self.entry.cont[s] = self.entry_of[(s, first)]

    def _orig_term(self, mb: MBlock, ops: dict[int, Operation]) -> TermPlan:
        s0 = min(ops)
        targets = [self.entry_of[(s0, b)] for b in ops[s0].successors]
        assigns: list[dict[Var, tuple[int, SSAValue]]] = []
        for k in range(len(targets)):
            slot: dict[Var, tuple[int, SSAValue]] = {}
            for s, t in ops.items():
                dest = t.successors[k]
                for arg, value in zip(dest.args, successor_args(t, k)):
                    slot[("phi", s, arg)] = (s, value)
            assigns.append(slot)
        return TermPlan("orig", targets, dict(ops), assigns)

    def _plan_terminators(self) -> None:
        for mb in list(self.blocks):
            if mb.term_sides:
                ops = mb.term_sides
                if len(ops) == 2:
                    succ = {s: [self.entry_of[(s, b)] for b in ops[s].successors] for s in ops}
                    if not all(x is y for x, y in zip(succ[0], succ[1])):
                        self.stats.split_terminators += 1
                        name = mb.block.name_hint or "split"
                        ta = self._new_block(frozenset({0}), name + ".a", self._term_origs(0, ops[0]))
                        tb = self._new_block(frozenset({1}), name + ".b", self._term_origs(1, ops[1]))
                        ta.term = self._orig_term(ta, {0: ops[0]})
                        tb.term = self._orig_term(tb, {1: ops[1]})
                        mb.term = TermPlan("select", [tb, ta], assigns=[{}, {}])
                        continue
                mb.term = self._orig_term(mb, ops)
                continue
            targets = {s: mb.cont[s] for s in mb.owners}
            if len({id(t) for t in targets.values()}) == 1:
                mb.term = TermPlan("br", [next(iter(targets.values()))], assigns=[{}])
            else:
                mb.term = TermPlan("select", [targets[1], targets[0]], assigns=[{}, {}])

    def _link_preds(self) -> None:
        for mb in self.blocks:
            assert mb.term is not None
            for k, t in enumerate(mb.term.targets):
                t.preds.append((mb, k))
        self.pred_index: dict[tuple[MBlock, MBlock, int], int] = {}
        for mb in self.blocks:
            for i, (p, k) in enumerate(mb.preds):
                self.pred_index[(mb, p, k)] = i

    def _term_origs(self, s: int, term: Operation) -> frozenset[int]:
        block = term.parent_block()
        assert block is not None
        return self.sides[s].origins.block(block)

    def _edge_sides(self, pred: MBlock, slot: int) -> frozenset[int]:
        """The original functions that can take edge `slot` out of `pred`."""
        term = pred.term
        assert term is not None
        if term.kind == "select":  # cond_br is1, side 1's target, side 0's target
            return pred.origs & self.sides[1 if slot == 0 else 0].all
        if term.kind == "orig":
            out: frozenset[int] = frozenset()
            for s, t in term.sides.items():
                block = t.parent_block()
                assert block is not None
                out |= self.sides[s].origins.edge(block, slot)
            return out & pred.origs
        return pred.origs

    def _var_sides(self, var: Var) -> frozenset[int]:
        """The original functions whose runs read the variable."""
        if var[0] == "phi":
            return self.sides[var[1]].origins.block(var[2].block)
        return self.val_origs.get(var[1], self.entry.origs)

    def origins(self) -> Origins:
        """Original functions per block, edge and op of the new function (for a later merge step)."""
        blocks = {mb.block: mb.origs for mb in self.blocks}
        edges = {(mb.block, k): self._edge_sides(mb, k) for mb in self.blocks for k in range(len(mb.term.targets))}
        return Origins(blocks, edges, dict(self.op_origs))

    def _def_block(self, value: SSAValue) -> MBlock:
        if isinstance(value, BlockArgument):
            return self.block_of[value.block]
        parent = value.owner.parent_block()
        assert parent is not None
        return self.block_of[parent]

    # ------------------------------------------------------------------ ops
    def _create_ops(self) -> None:
        for mb in self.blocks:
            for plan in mb.plans:
                s0 = min(plan.sides)
                template = plan.sides[s0]
                op = template.clone_without_regions(clone_operands=False)
                if len(plan.sides) == 2:
                    _reconcile(op, plan.sides[0], plan.sides[1])
                mb.block.add_op(op)
                plan.op = op
                self.origin[op] = dict(plan.sides)
                origs = frozenset().union(*(self.sides[s].origins.op(o) for s, o in plan.sides.items()))
                self.op_origs[op] = origs
                for r in op.results:
                    self.val_origs[r] = origs
                for s, orig in plan.sides.items():
                    for r_orig, r_new in zip(orig.results, op.results):
                        self.value_map[(s, r_orig)] = r_new
                if len(plan.sides) == 2:
                    self.stats.merged_ops += 1
                else:
                    self.stats.single_ops[s0] += 1
            if mb.term is not None and mb.term.kind == "orig":
                if len(mb.term.sides) == 2:
                    self.stats.merged_ops += 1
                else:
                    self.stats.single_ops[min(mb.term.sides)] += 1
        for (s, orig_block), mb in self.entry_of.items():
            if orig_block is self.sides[s].func.body.blocks.first:
                continue
            defs = self.ssa.start_defs.setdefault(mb, {})
            for arg in orig_block.args:
                var = ("phi", s, arg)
                phi = self.ssa.new_phi(mb, arg.type, arg.name_hint, edge=True)
                defs[var] = phi
                self.edge_phis.append((mb, var, phi))

    def _spec(self, s: int, value: SSAValue) -> Var | ConstRef:
        owner = value.owner
        if isinstance(owner, Operation) and is_constant_op(owner):
            return ConstRef(owner)
        mapped = self.value_map.get((s, value))
        if mapped is not None:
            return ("val", mapped)
        assert isinstance(value, BlockArgument), f"value {value} of side {s} has no definition in the merge"
        return ("phi", s, value)

    def _read(self, spec: Var | ConstRef, mb: MBlock, s: int, reader: Operation) -> Ref:
        """Read an operand of `reader` (an op of side `s`) in `mb`, for the runs it serves."""
        if isinstance(spec, ConstRef):
            return spec
        return self.ssa.read_at_end(spec, mb, self.sides[s].origins.op(reader))

    def _placeholder(self, t: Attribute) -> SSAValue:
        ph = self._placeholders.get(t)
        if ph is None:
            ph = self._placeholders[t] = llvm.UndefOp(t).res
        return ph

    def _not_is1_value(self) -> SSAValue:
        if self._not_is1 is None:
            one = llvm.ConstantOp(IntegerAttr(1, IntegerType(1)), IntegerType(1))
            xor = llvm.XOrOp(self.is1, one.result)
            anchor = self.is1.owner if isinstance(self.is1.owner, Operation) else None
            if anchor is not None:
                self.entry.block.insert_op_after(one, anchor)
                self.entry.block.insert_op_after(xor, one)
            else:
                first = self.entry.block.first_op
                if first is None:
                    self.entry.block.add_ops([one, xor])
                else:
                    self.entry.block.insert_ops_before([one, xor], first)
            self._not_is1 = xor.res
            self.synthetic.append(xor)
            _hint(xor.res, "not_is1")
        return self._not_is1

    def _choose(self, a: Ref, b: Ref, mb: MBlock, before: Operation | None) -> Ref:
        """The value side 0 sees as `a` and side 1 as `b`, at a point of `mb`."""
        a, b = self.ssa.find(a), self.ssa.find(b)
        if same(a, b) or is_undef(b):
            return a
        if is_undef(a):
            return b
        if isinstance(a, ConstRef) and isinstance(b, ConstRef) and a.type == IntegerType(1):
            va, vb = a.int_value(), b.int_value()
            if va is not None and vb is not None:
                if (va & 1, vb & 1) == (0, 1):
                    return self.is1
                if (va & 1, vb & 1) == (1, 0):
                    return self._not_is1_value()
        t = a.type
        sel = llvm.SelectOp(self.is1, self._placeholder(t), self._placeholder(t))
        if before is not None:
            mb.block.insert_op_before(sel, before)
        else:
            mb.block.add_op(sel)
        self.op_refs[sel] = [self.is1, b, a]
        self.selects.append(sel)
        self.synthetic.append(sel)
        return sel.res

    def _resolve_operands(self) -> None:
        for mb in self.blocks:
            for plan in mb.plans:
                op = plan.op
                assert op is not None
                refs: list[Ref] = []
                if len(plan.sides) == 2:
                    a, b = plan.sides[0], plan.sides[1]
                    for va, vb in zip(a.operands, b.operands):
                        ra = self._read(self._spec(0, va), mb, 0, a)
                        rb = self._read(self._spec(1, vb), mb, 1, b)
                        refs.append(self._choose(ra, rb, mb, op))
                else:
                    (s, orig), = plan.sides.items()
                    refs = [self._read(self._spec(s, v), mb, s, orig) for v in orig.operands]
                self.op_refs[op] = refs
            term = mb.term
            assert term is not None
            if term.kind == "orig":
                per_side = {
                    s: [self._read(self._spec(s, v), mb, s, t) for v in main_operands(t)] for s, t in term.sides.items()
                }
                if isinstance(next(iter(term.sides.values())), llvm.ReturnOp):
                    if isinstance(self.ret_type, llvm.LLVMVoidType):
                        per_side = {s: [] for s in per_side}
                    else:
                        per_side = {s: v or [zero(self.ret_type)] for s, v in per_side.items()}
                if len(per_side) == 2:
                    term.main = [self._choose(a, b, mb, None) for a, b in zip(per_side[0], per_side[1])]
                else:
                    term.main = next(iter(per_side.values()))
                for k, slot in enumerate(term.assigns):
                    self.edge_vals[(mb, k)] = {
                        var: self._read(self._spec(s, v), mb, s, term.sides[s]) for var, (s, v) in slot.items()
                    }

    def _fill_edge_phis(self) -> None:
        for mb, var, phi in self.edge_phis:
            incoming = []
            for p, k in mb.preds:
                vals = self.edge_vals.get((p, k))
                if vals is not None and var in vals:
                    incoming.append(vals[var])
                else:
                    incoming.append(self.ssa.read_on_edge(var, p, k))
            self.ssa.set_incoming(phi, incoming)
        for _, _, phi in self.edge_phis:
            self.ssa.try_remove_trivial(phi)

    # ------------------------------------------------------------------ materialization
    def _materialize(self) -> None:
        ssa = self.ssa
        live: dict[Phi, None] = {}
        work: list[Ref] = []
        for refs in self.op_refs.values():
            work.extend(refs)
        for mb in self.blocks:
            work.extend(mb.term.main)
        while work:
            r = ssa.find(work.pop())
            if isinstance(r, Phi) and r not in live:
                live[r] = None
                assert r.incoming is not None
                work.extend(r.incoming)
        by_block: dict[MBlock, list[Phi]] = {}
        for phi in sorted(live, key=lambda p: p.id):
            by_block.setdefault(phi.block, []).append(phi)
        self.phi_value: dict[Phi, SSAValue] = {}
        for mb, phis in by_block.items():
            assert mb is not self.entry, "the entry block has no predecessors"
            for phi in phis:
                arg = mb.block.insert_arg(phi.type, len(mb.block.args))
                if phi.name:
                    _hint(arg, phi.name)
                self.phi_value[phi] = arg
        self.stats.phis = len(live)
        self._consts: dict[tuple[Block, ConstRef], SSAValue] = {}
        for op, refs in self.op_refs.items():
            block = op.parent_block()
            assert block is not None
            op.operands = [self._value(r, block) for r in refs]
        for mb in self.blocks:
            self._emit_terminator(mb, by_block)
        self.stats.selects = len(self.selects)
        self.stats.blocks = len(self.blocks)

    def _value(self, ref: Ref, block: Block) -> SSAValue:
        ref = self.ssa.find(ref)
        if isinstance(ref, Phi):
            return self.phi_value[ref]
        if isinstance(ref, ConstRef):
            key = (block, ref)
            v = self._consts.get(key)
            if v is None:
                c = ref.op.clone()
                first = block.first_op
                if first is None:
                    block.add_op(c)
                else:
                    block.insert_op_before(c, first)
                v = self._consts[key] = c.results[0]
            return v
        return ref

    def _edge_args(self, mb: MBlock, k: int, by_block: dict[MBlock, list[Phi]]) -> list[SSAValue]:
        assert mb.term is not None
        target = mb.term.targets[k]
        i = self.pred_index[(target, mb, k)]
        out = []
        for phi in by_block.get(target, ()):
            assert phi.incoming is not None
            out.append(self._value(phi.incoming[i], mb.block))
        return out

    def _emit_terminator(self, mb: MBlock, by_block: dict[MBlock, list[Phi]]) -> None:
        term = mb.term
        assert term is not None
        args = [self._edge_args(mb, k, by_block) for k in range(len(term.targets))]
        main = [self._value(r, mb.block) for r in term.main]
        t = term.targets
        match term.kind:
            case "br":
                op: Operation = llvm.BrOp(t[0].block, *args[0])
            case "select":
                op = llvm.CondBrOp(self.is1, t[0].block, args[0], t[1].block, args[1])
            case _:
                template = term.sides[min(term.sides)]
                match template:
                    case llvm.ReturnOp():
                        op = llvm.ReturnOp(main[0] if main else None)
                    case llvm.BrOp():
                        op = llvm.BrOp(t[0].block, *args[0])
                    case llvm.CondBrOp():
                        op = llvm.CondBrOp(main[0], t[0].block, args[0], t[1].block, args[1])
                    case guacc.SwitchOp():
                        cases = [(v, t[i + 1].block, args[i + 1]) for i, v in enumerate(template.case_values.get_values())]
                        op = guacc.SwitchOp(main[0], t[0].block, args[0], cases)
                    case llvm.UnreachableOp():
                        op = llvm.UnreachableOp()
                    case _:
                        raise AssertionError(f"unexpected terminator {template.name}")
        mb.block.add_op(op)
        if term.kind == "orig":
            self.origin[op] = dict(term.sides)
            self.op_origs[op] = frozenset().union(*(self.sides[s].origins.op(t) for s, t in term.sides.items()))


_SPECULATABLE = (
    llvm.AddOp, llvm.SubOp, llvm.MulOp, llvm.AndOp, llvm.OrOp, llvm.XOrOp, llvm.ShlOp, llvm.LShrOp, llvm.AShrOp,
    llvm.FAddOp, llvm.FSubOp, llvm.FMulOp, llvm.FDivOp, llvm.FRemOp, llvm.FNegOp,
    llvm.ICmpOp, llvm.FCmpOp, llvm.SelectOp, guacc.PtrICmpOp,
    llvm.TruncOp, llvm.ZExtOp, llvm.SExtOp, llvm.FPExtOp, llvm.FPTruncOp, llvm.SIToFPOp, guacc.UIToFPOp,
    guacc.FPToSIOp, guacc.FPToUIOp, llvm.BitcastOp, llvm.PtrToIntOp, llvm.IntToPtrOp, llvm.GEPOp,
    guacc.FreezeOp, llvm.ExtractValueOp, llvm.InsertValueOp, guacc.ExtractElementOp, llvm.InsertElementOp,
    llvm.ShuffleVectorOp,
)
# Intrinsics without memory effects or undefined behaviour (out-of-range cases give poison, not a trap).
_PURE_INTRINSICS = frozenset({
    "llvm.smin", "llvm.smax", "llvm.umin", "llvm.umax", "llvm.abs", "llvm.fmuladd", "llvm.fma", "llvm.fabs",
    "llvm.copysign", "llvm.minnum", "llvm.maxnum", "llvm.ctpop", "llvm.ctlz", "llvm.cttz", "llvm.fshl",
    "llvm.fshr", "llvm.bswap", "llvm.bitreverse", "llvm.sadd.sat", "llvm.uadd.sat", "llvm.ssub.sat",
    "llvm.usub.sat", "llvm.sqrt",
})


def speculatable(op: Operation) -> bool:
    """May `op` run when its function does not (its operands then being garbage)?
    Ops without memory effects that cannot trap (arithmetic other than integer
    division, comparisons, casts, GEPs, pure intrinsics) qualify, if they are
    cheap: wiring or one single-cycle integer unit."""
    if isinstance(op, llvm.CallIntrinsicOp):
        from guacc.passes.cost.opclass import intrinsic_base

        if intrinsic_base(op.intrin.data) not in _PURE_INTRINSICS:
            return False
    elif not isinstance(op, _SPECULATABLE):
        return False
    # Only what is cheap to run for nothing: wiring and single-cycle integer units
    # (a multiplier or an FP unit would lengthen the other function's schedule).
    from guacc.passes.cost.opclass import classify

    return set(classify(op).steps) <= _CHEAP_CLASSES


_CHEAP_CLASSES = frozenset({"int_add", "logic", "shift", "int_cmp", "mux"})


def _reconcile(op: Operation, a: Operation, b: Operation) -> None:
    """Hints that may differ between two matched ops (see linearize.IGNORED_PROPERTIES)."""
    pa, pb = a.properties.get("alignment"), b.properties.get("alignment")
    if pa != pb:
        if isinstance(op, llvm.AllocaOp):
            values = [p.value.data for p in (pa, pb) if p is not None]
            op.properties["alignment"] = IntegerAttr(max(values), pa.type if pa is not None else pb.type)
        elif pa is None or pb is None:
            op.properties.pop("alignment", None)
        else:
            op.properties["alignment"] = pa if pa.value.data <= pb.value.data else pb
    ta, tb = a.properties.get("TailCallKind"), b.properties.get("TailCallKind")
    if ta != tb:
        op.properties["TailCallKind"] = llvm.TailCallKindAttr(llvm.TailCallKind.NONE)


def _hint(value: SSAValue | Block, name: str) -> None:
    try:
        value.name_hint = name
    except Exception:  # xDSL rejects names it cannot print; they are only hints
        pass
