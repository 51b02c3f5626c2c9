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

    follow: Block
    body: list = field(default_factory=list)
    after: list = field(default_factory=list)


@dataclass(eq=False)
class Loop:
    header: Block
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

    dest: Block
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


class Structurer:
    """Builds the structured tree of one function."""

    def __init__(self, func: llvm.FuncOp):
        self.func = func
        self.name = func.sym_name.data
        names = graphs.block_names(func)
        graph = graphs.cfg(func)
        self.entry: Block = func.body.blocks.first
        entry_name = names[self.entry]
        reachable = nx.descendants(graph, entry_name) | {entry_name}
        self.all_blocks = [b for b in func.body.blocks if names[b] in reachable]
        self.arms = {b: arms(b) for b in self.all_blocks}
        g = nx.DiGraph()
        g.add_node(self.entry)
        stack = [self.entry]
        while stack:  # the CFG with forwarding blocks skipped
            b = stack.pop()
            for arm in self.arms[b]:
                if arm.dest not in g:
                    g.add_node(arm.dest)
                    stack.append(arm.dest)
                g.add_edge(b, arm.dest)
        self.blocks = [b for b in self.all_blocks if b in g]
        self.graph = g
        self.idom: dict[Block, Block] = nx.immediate_dominators(g, self.entry)
        self.rpo = {b: i for i, b in enumerate(reversed(list(nx.dfs_postorder_nodes(g, self.entry))))}
        self._dominator_numbers()
        self._loops()
        self._check_reducible()
        self._place()

    # ------------------------------------------------------------- analyses
    def _dominator_numbers(self) -> None:
        children: dict[Block, list[Block]] = {b: [] for b in self.blocks}
        for b, d in self.idom.items():
            if b is not d:
                children[d].append(b)
        self.pre: dict[Block, int] = {}
        self.post: dict[Block, int] = {}
        counter = 0
        stack: list[tuple[Block, bool]] = [(self.entry, False)]
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

    def dominates(self, a: Block, b: Block) -> bool:
        return self.pre[a] <= self.pre[b] and self.post[b] <= self.post[a]

    def _loops(self) -> None:
        self.back_edges: set[tuple[Block, Block]] = set()
        self.body: dict[Block, set[Block]] = {}
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
        # Loops containing each block, outermost first.
        self.loops_of: dict[Block, list[Block]] = {b: [] for b in self.blocks}
        for h in sorted(self.body, key=lambda h: -len(self.body[h])):
            for b in self.body[h]:
                self.loops_of[b].append(h)

    def _check_reducible(self) -> None:
        forward = self.graph.copy()
        forward.remove_edges_from(self.back_edges)
        if not nx.is_directed_acyclic_graph(forward):
            cycle = nx.find_cycle(forward)
            names = graphs.block_names(self.func)
            where = " -> ".join(f"%{names[u]}" for u, _ in cycle)
            raise GuaccError(
                f"function '{self.name}' has an irreducible control-flow graph (a cycle with two "
                f"entries: {where}); the HLS C backend needs reducible control flow"
            )

    def _place(self) -> None:
        """Tree parents (dominator tree with loop exits moved to their loop's header)
        and the blocks placed as region follows."""
        self.parent: dict[Block, Block] = {}
        for b in self.blocks:
            if b is self.entry:
                continue
            d = self.idom[b]
            left = [h for h in self.loops_of[d] if b not in self.body[h]]
            self.parent[b] = left[0] if left else d  # left[0]: the outermost loop it leaves
        self.children: dict[Block, list[Block]] = {b: [] for b in self.blocks}
        for b, p in self.parent.items():
            self.children[p].append(b)
        forward_arms: dict[Block, int] = {b: 0 for b in self.blocks}
        for b in self.blocks:
            for arm in self.arms[b]:
                if (b, arm.dest) not in self.back_edges:
                    forward_arms[arm.dest] += 1
        self.inline_always = self._returning_tails()
        self.exits = {b for b, p in self.parent.items() if p in self.body and b not in self.body[p]}
        self.follows = {
            b for b in self.blocks if forward_arms[b] >= 2 or b in self.exits
        } - self.inline_always

    def _returning_tails(self) -> set[Block]:
        """Small blocks from which every path returns at once: copied to each branch site."""
        cost: dict[Block, int] = {}
        for b in sorted(self.blocks, key=lambda b: -self.rpo[b]):  # successors first
            succs = [a.dest for a in self.arms[b]]
            if b is self.entry or b in self.body or any(s not in cost for s in succs):
                continue
            size = sum(1 for op in b.ops if not isinstance(op, graphs.CONSTANT_OPS))
            total = size + max((cost[s] for s in succs), default=0)
            if total <= INLINE_RETURN_OPS:
                cost[b] = total
        return set(cost)

    # ------------------------------------------------------------- tree
    def build(self) -> list[Node]:
        return self.code_for(self.entry, [])

    def _ordered(self, blocks) -> list[Block]:
        """Latest in reverse post-order first: the outermost region."""
        return sorted(blocks, key=lambda b: self.rpo[b], reverse=True)

    def code_for(self, x: Block, ctx: list) -> list[Node]:
        follows = [c for c in self.children[x] if c in self.follows]
        if x in self.body:
            exits = self._ordered(c for c in follows if c not in self.body[x])
            inner = self._ordered(c for c in follows if c in self.body[x])
            return self._nest(exits, ctx, lambda c: [self._loop(x, inner, c)])
        return self._within(x, self._ordered(follows), ctx)

    def _loop(self, x: Block, inner: list[Block], ctx: list) -> Loop:
        loop = Loop(x)
        loop.body = self._within(x, inner, ctx + [loop])
        return loop

    def _nest(self, follows: list[Block], ctx: list, inner: Callable[[list], list[Node]]) -> list[Node]:
        if not follows:
            return inner(ctx)
        region = Region(follows[0])
        region.body = self._nest(follows[1:], ctx + [region], inner)
        region.after = self.code_for(follows[0], ctx)
        return [region]

    def _within(self, x: Block, follows: list[Block], ctx: list) -> list[Node]:
        return self._nest(follows, ctx, lambda c: [Code(x), *self._terminator(x, c)])

    def _terminator(self, x: Block, ctx: list) -> list[Node]:
        term = x.last_op
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

    def _branch(self, src: Block, arm: Arm, ctx: list) -> list[Node]:
        dst = arm.dest
        out: list[Node] = [Copies(arm.edge_block, arm.edge_index, dst)] if dst.args else []
        if (src, dst) in self.back_edges:
            out.append(Jump(self._find(ctx, Loop, dst)))
        elif dst in self.inline_always:
            out += [Code(dst), *self._terminator(dst, ctx)]
        elif dst in self.follows:
            out.append(Jump(self._find(ctx, Region, dst)))
        else:
            assert self.parent[dst] is src, "a block with one forward in-edge is its source's child"
            out += self.code_for(dst, ctx)
        return out

    def _find(self, ctx: list, kind: type, block: Block) -> Region | Loop:
        for node in reversed(ctx):
            if isinstance(node, kind) and (node.header if kind is Loop else node.follow) is block:
                return node
        raise AssertionError(f"no enclosing {kind.__name__} for a branch in '{self.name}'")


def structure(func: llvm.FuncOp) -> list[Node]:
    """The structured tree of `func`'s body (GuaccError if its CFG is irreducible)."""
    return Structurer(func).build()
