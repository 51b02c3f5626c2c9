"""Structured control flow from a reducible CFG, after Ramsey's "Beyond Relooper"
(ICFP 2022): the dominator tree decides where the code of each block goes.

- A block with one forward in-edge is placed where its predecessor branches to it.
- A *merge* block (two or more forward in-edges) is the follow of a `Region`
  opened in its immediate dominator; every branch to it leaves that region.
  Several merge children nest by reverse post-order, the latest outermost.
- A loop header opens a `Loop`; branches back to it continue the loop.

For C one change to the paper: the *exits* of a loop (blocks outside it with
an in-edge from inside) are placed after the loop, as follows of regions that
wrap the loop, instead of inside the loop body. A loop exit is then a `break`
and a loop holds only its body, which is what HLS tools schedule.

Two simplifications first: empty blocks that only branch on (-O0's
`if.then: br %done`) are skipped, and small tails that end in `return` are
copied to each branch site (a `return` needs no structure). Both remove most
multi-level exits of -O0 code. A CFG that is not reducible has no such
structure and is an error.

The result is a tree of `Code` / `Copies` / `If` / `Switch` / `Region` /
`Loop` / `Jump` / `Exit` nodes; `lower.py` turns it into C statements.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import networkx as nx
from xdsl.dialects import llvm
from xdsl.ir import Block, Operation, SSAValue

from guacc.passes import graphs

from ..diagnostics import GuaccError
from ..dialects import guacc

INLINE_RETURN_OPS = 6  # returning tails of at most this many ops are copied to their branch sites


@dataclass(eq=False)
class Code:
    """The non-terminator ops of `block`."""

    block: Block


@dataclass(eq=False)
class Copies:
    """Block-argument assignments of the CFG edge `source` -> `target` (successor `index`)."""

    source: Block
    index: int
    target: Block


@dataclass(eq=False)
class If:
    cond: SSAValue
    then: list
    else_: list


@dataclass(eq=False)
class Switch:
    value: SSAValue
    arms: list[tuple[list[int], list]]  # (case values, code)
    default: list


@dataclass(eq=False)
class Region:
    """Code in `body` may leave it for `follow`, whose code is `after`."""

    follow: tuple  # (Block, copy)
    body: list = field(default_factory=list)
    after: list = field(default_factory=list)


@dataclass(eq=False)
class Loop:
    header: tuple  # (Block, copy)
    body: list = field(default_factory=list)


@dataclass(eq=False)
class Jump:
    """Leave to the follow of a `Region`, or continue a `Loop`."""

    target: Region | Loop


@dataclass(eq=False)
class Exit:
    """`ret` or `unreachable`."""

    op: Operation


Node = Code | Copies | If | Switch | Region | Loop | Jump | Exit


def edge_operands(block: Block, index: int) -> tuple[SSAValue, ...]:
    """Values passed to the block arguments of successor `index` of `block`."""
    term = block.last_op
    match term:
        case llvm.BrOp():
            return tuple(term.arguments)
        case llvm.CondBrOp():
            return tuple(term.then_arguments if index == 0 else term.else_arguments)
        case guacc.SwitchOp():
            return tuple(term.default_operands) if index == 0 else term.case_operands_of(index - 1)
    raise AssertionError(f"{term} has no successors")


def _forwarder(block: Block) -> bool:
    """A block that only branches on (no arguments, no ops): -O0's `if.then: br %done`."""
    return not block.args and isinstance(block.last_op, llvm.BrOp) and block.first_op is block.last_op


@dataclass(frozen=True)
class Arm:
    """One way out of a block as the C code branches: to `dest`, assigning the
    arguments of `edge` (a successor index of `edge_block`), for switch
    successors `indices`. Empty forwarding blocks on the way are skipped."""

    dest: Block | tuple  # a Block, or a (Block, copy) site in the Structurer
    edge_block: Block
    edge_index: int
    indices: tuple[int, ...]


def _forward(dest: Block, src: Block, index: int) -> tuple[Block, Block, int]:
    seen = set()
    while _forwarder(dest) and dest not in seen:
        seen.add(dest)
        src, index = dest, 0
        dest = dest.last_op.successor
    return dest, src, index


def arms(block: Block) -> list[Arm]:
    """Successors as the C code branches to them; switch cases with the same
    target and block arguments share one arm."""
    out: list[Arm] = []
    groups: dict[tuple, int] = {}
    is_switch = isinstance(block.last_op, guacc.SwitchOp)
    for i, (dest, _) in enumerate(graphs.successor_edges(block)):
        final, src, index = _forward(dest, block, i)
        if is_switch:
            key = (final, src, edge_operands(src, index))
            if key in groups:
                k = groups[key]
                out[k] = Arm(final, out[k].edge_block, out[k].edge_index, out[k].indices + (i,))
                continue
            groups[key] = len(out)
        out.append(Arm(final, src, index, (i,)))
    return out


Site = tuple  # (Block, copy number): a block of the CFG, or one of its copies after node splitting
MAX_SPLIT_GROWTH = 4  # node splitting may at most make the CFG this many times larger (plus 64 blocks)


class Structurer:
    """Builds the structured tree of one function.

    The analyses run on *sites*, (block, copy) pairs: without node splitting
    every block is one site; splitting an irreducible CFG copies blocks, and
    each copy emits the same statements (C variables are shared, so copies
    need no SSA repair: every run of the split CFG is a run of the original).
    """

    def __init__(self, func: llvm.FuncOp, split_irreducible: bool = False):
        self.func = func
        self.name = func.sym_name.data
        names = graphs.block_names(func)
        graph = graphs.cfg(func)
        self.entry: Block = func.body.blocks.first
        entry_name = names[self.entry]
        reachable = nx.descendants(graph, entry_name) | {entry_name}
        self.all_blocks = [b for b in func.body.blocks if names[b] in reachable]
        block_arms = {b: arms(b) for b in self.all_blocks}
        # Sites of the CFG with forwarding blocks skipped, found from the entry.
        self.arms: dict[Site, list[Arm]] = {}
        start: Site = (self.entry, 0)
        stack = [self.entry]
        seen = {self.entry}
        while stack:
            b = stack.pop()
            self.arms[(b, 0)] = [Arm((a.dest, 0), a.edge_block, a.edge_index, a.indices) for a in block_arms[b]]
            for a in block_arms[b]:
                if a.dest not in seen:
                    seen.add(a.dest)
                    stack.append(a.dest)
        self.blocks = [b for b in self.all_blocks if b in seen]
        self.start = start
        self._analyse()
        self.order = [site[0] for site in sorted(self.arms, key=self.rpo.__getitem__)]
        if self._irreducible_cycle() is not None:
            if not split_irreducible:
                self._irreducible_error()
            self._split()
        self._place()

    # ------------------------------------------------------------- analyses
    def _analyse(self) -> None:
        reached, stack = {self.start}, [self.start]
        while stack:  # sites that splitting left without predecessors go
            for arm in self.arms[stack.pop()]:
                if arm.dest not in reached:
                    reached.add(arm.dest)
                    stack.append(arm.dest)
        self.arms = {site: out for site, out in self.arms.items() if site in reached}
        g = nx.DiGraph()
        g.add_nodes_from(self.arms)
        for site, out in self.arms.items():
            for arm in out:
                g.add_edge(site, arm.dest)
        self.graph = g
        self.idom: dict[Site, Site] = nx.immediate_dominators(g, self.start)
        self.rpo = {b: i for i, b in enumerate(reversed(list(nx.dfs_postorder_nodes(g, self.start))))}
        self._dominator_numbers()
        self._loops()

    def _dominator_numbers(self) -> None:
        children: dict[Site, list[Site]] = {b: [] for b in self.graph}
        for b, d in self.idom.items():
            if b != d:
                children[d].append(b)
        self.pre: dict[Site, int] = {}
        self.post: dict[Site, int] = {}
        counter = 0
        stack: list[tuple[Site, bool]] = [(self.start, False)]
        while stack:
            b, done = stack.pop()
            if done:
                self.post[b] = counter
                counter += 1
                continue
            self.pre[b] = counter
            counter += 1
            stack.append((b, True))
            stack.extend((c, False) for c in children[b])

    def dominates(self, a: Site, b: Site) -> bool:
        return self.pre[a] <= self.pre[b] and self.post[b] <= self.post[a]

    def _loops(self) -> None:
        self.back_edges: set[tuple[Site, Site]] = set()
        self.body: dict[Site, set[Site]] = {}
        for u, v in self.graph.edges:
            if self.dominates(v, u):
                self.back_edges.add((u, v))
        for u, h in self.back_edges:
            body = self.body.setdefault(h, {h})
            stack = [u]
            while stack:
                n = stack.pop()
                if n in body:
                    continue
                body.add(n)
                stack.extend(self.graph.predecessors(n))
        # Loops containing each site, outermost first.
        self.loops_of: dict[Site, list[Site]] = {b: [] for b in self.graph}
        for h in sorted(self.body, key=lambda h: -len(self.body[h])):
            for b in self.body[h]:
                self.loops_of[b].append(h)

    def _irreducible_cycle(self) -> list | None:
        """A cycle of forward edges (one with two entries), or None if the CFG is reducible."""
        forward = self.graph.copy()
        forward.remove_edges_from(self.back_edges)
        try:
            return nx.find_cycle(forward)
        except nx.NetworkXNoCycle:
            return None

    def _irreducible_error(self, why: str = "") -> None:
        cycle = self._irreducible_cycle() or []
        names = graphs.block_names(self.func)
        where = " -> ".join(f"%{names[u[0]]}" for u, _ in cycle)
        raise GuaccError(
            f"function '{self.name}' has an irreducible control-flow graph (a cycle with two "
            f"entries: {where}){why}; the HLS C backend needs reducible control flow"
        )

    def _split(self) -> None:
        """Node splitting: copy the part of a multiple-entry cycle that one entry
        reaches (up to the chosen header), and send that entry's outside edges to
        the copy, until every cycle has one entry."""
        limit = MAX_SPLIT_GROWTH * len(self.arms) + 64
        copies = 0
        while (cycle := self._irreducible_cycle()) is not None:
            # The smallest strongly connected part around the cycle with two entries:
            # peel single-entry loops (their header dominates them) off the outside.
            nodes = set(self.graph)
            while True:
                scc = next(c for c in nx.strongly_connected_components(self.graph.subgraph(nodes))
                           if cycle[0][0] in c)
                preds = {n: [p for p in self.graph.predecessors(n) if p not in scc] for n in scc}
                entries = sorted((n for n in scc if preds[n]), key=self.rpo.__getitem__)
                if len(entries) > 1:
                    break
                nodes = scc - set(entries)
            header, entry = entries[0], entries[1]
            region = {entry}
            stack = [entry]
            while stack:
                n = stack.pop()
                for m in self.graph.successors(n):
                    if m in scc and m != header and m not in region:
                        region.add(m)
                        stack.append(m)
            if len(self.arms) + len(region) > limit:
                self._irreducible_error(" too large to untangle by copying blocks")
            copies += 1
            twin = {n: (n[0], copies) for n in region}
            for n in region:
                self.arms[twin[n]] = [Arm(twin.get(a.dest, a.dest), a.edge_block, a.edge_index, a.indices)
                                      for a in self.arms[n]]
            for p in preds[entry]:
                self.arms[p] = [Arm(twin[entry], a.edge_block, a.edge_index, a.indices) if a.dest == entry else a
                                for a in self.arms[p]]
            self._analyse()

    def _place(self) -> None:
        """Tree parents (dominator tree with loop exits moved to their loop's header)
        and the sites placed as region follows."""
        self.parent: dict[Site, Site] = {}
        for b in self.graph:
            if b == self.start:
                continue
            d = self.idom[b]
            left = [h for h in self.loops_of[d] if b not in self.body[h]]
            self.parent[b] = left[0] if left else d  # left[0]: the outermost loop it leaves
        self.children: dict[Site, list[Site]] = {b: [] for b in self.graph}
        for b, p in self.parent.items():
            self.children[p].append(b)
        forward_arms: dict[Site, int] = {b: 0 for b in self.graph}
        for b in self.graph:
            for arm in self.arms[b]:
                if (b, arm.dest) not in self.back_edges:
                    forward_arms[arm.dest] += 1
        self.inline_always = self._returning_tails()
        self.exits = {b for b, p in self.parent.items() if p in self.body and b not in self.body[p]}
        self.follows = {b for b in self.graph if forward_arms[b] >= 2 or b in self.exits} - self.inline_always

    def _returning_tails(self) -> set[Site]:
        """Small sites from which every path returns at once: copied to each branch site."""
        cost: dict[Site, int] = {}
        for b in sorted(self.graph, key=lambda b: -self.rpo[b]):  # successors first
            succs = [a.dest for a in self.arms[b]]
            if b == self.start or b in self.body or any(s not in cost for s in succs):
                continue
            size = sum(1 for op in b[0].ops if not isinstance(op, graphs.CONSTANT_OPS))
            total = size + max((cost[s] for s in succs), default=0)
            if total <= INLINE_RETURN_OPS:
                cost[b] = total
        return set(cost)

    # ------------------------------------------------------------- tree
    def build(self) -> list[Node]:
        return self.code_for(self.start, [])

    def _ordered(self, sites) -> list[Site]:
        """Latest in reverse post-order first: the outermost region."""
        return sorted(sites, key=lambda b: self.rpo[b], reverse=True)

    def code_for(self, x: Site, ctx: list) -> list[Node]:
        follows = [c for c in self.children[x] if c in self.follows]
        if x in self.body:
            exits = self._ordered(c for c in follows if c not in self.body[x])
            inner = self._ordered(c for c in follows if c in self.body[x])
            return self._nest(exits, ctx, lambda c: [self._loop(x, inner, c)])
        return self._within(x, self._ordered(follows), ctx)

    def _loop(self, x: Site, inner: list[Site], ctx: list) -> Loop:
        loop = Loop(x)
        loop.body = self._within(x, inner, ctx + [loop])
        return loop

    def _nest(self, follows: list[Site], ctx: list, inner: Callable[[list], list[Node]]) -> list[Node]:
        if not follows:
            return inner(ctx)
        region = Region(follows[0])
        region.body = self._nest(follows[1:], ctx + [region], inner)
        region.after = self.code_for(follows[0], ctx)
        return [region]

    def _within(self, x: Site, follows: list[Site], ctx: list) -> list[Node]:
        return self._nest(follows, ctx, lambda c: [Code(x[0]), *self._terminator(x, c)])

    def _terminator(self, x: Site, ctx: list) -> list[Node]:
        term = x[0].last_op
        out = self.arms[x]
        match term:
            case llvm.BrOp():
                return self._branch(x, out[0], ctx)
            case llvm.CondBrOp():
                return [If(term.cond, self._branch(x, out[0], ctx), self._branch(x, out[1], ctx))]
            case guacc.SwitchOp():
                values = [None] + [v for v, _, _ in term.cases()]
                default: list[Node] = []
                cases: list[tuple[list[int], list]] = []
                for arm in out:
                    code = self._branch(x, arm, ctx)
                    if 0 in arm.indices:
                        default = code
                    else:
                        cases.append(([values[i] for i in arm.indices], code))
                return [Switch(term.value, cases, default)]
            case llvm.ReturnOp() | llvm.UnreachableOp():
                return [Exit(term)]
        raise GuaccError(f"function '{self.name}': unsupported terminator '{term.name}'")

    def _branch(self, src: Site, arm: Arm, ctx: list) -> list[Node]:
        dst = arm.dest
        out: list[Node] = [Copies(arm.edge_block, arm.edge_index, dst[0])] if dst[0].args else []
        if (src, dst) in self.back_edges:
            out.append(Jump(self._find(ctx, Loop, dst)))
        elif dst in self.inline_always:
            out += [Code(dst[0]), *self._terminator(dst, ctx)]
        elif dst in self.follows:
            out.append(Jump(self._find(ctx, Region, dst)))
        else:
            assert self.parent[dst] == src, "a block with one forward in-edge is its source's child"
            out += self.code_for(dst, ctx)
        return out

    def _find(self, ctx: list, kind: type, site: Site) -> Region | Loop:
        for node in reversed(ctx):
            if isinstance(node, kind) and (node.header if kind is Loop else node.follow) == site:
                return node
        raise AssertionError(f"no enclosing {kind.__name__} for a branch in '{self.name}'")


def structure(func: llvm.FuncOp, split_irreducible: bool = False) -> list[Node]:
    """The structured tree of `func`'s body. An irreducible CFG is a GuaccError,
    or with `split_irreducible` is made reducible by copying blocks."""
    return Structurer(func, split_irreducible).build()
