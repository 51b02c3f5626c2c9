"""If-conversion regions: acyclic single-entry single-exit parts of a function's
CFG that an HLS tool schedules together instead of one basic block at a time.

HLS tools (Vitis HLS, Bambu, LegUp) do not give every basic block of a small
forward branch its own controller states: the ops before the branch, on its
sides and after the join share states, chained within a cycle where delays
allow; phis at the join become multiplexers; ops on mutually exclusive sides
(never run in one execution) share a unit, even in the same cycle. This module
finds those regions; `schedule.schedule_region` schedules one as a single
predicated dataflow graph, `schedule.schedule_path` one path through it.

A region is a list of blocks in topological order, `entry` first and `exit`
last, such that
- only the entry has predecessors outside the region (single entry);
- only the exit has successors outside it (single exit: every path from the
  entry reaches the exit, which post-dominates the region);
- there is no cycle inside it (a loop's back edge can only leave from the exit,
  to the entry or to a block outside);
- it holds at most `max_blocks` blocks, `max_ops` ops and `max_paths`
  entry-to-exit paths (a tool if-converts small branches);
- `accept(region)` holds, when given (the ensemble's one-schedule mode asks
  that the region's single schedule be no longer than the shortest path
  through its blocks scheduled one by one: one static schedule makes every
  execution wait for the longest side).
Regions are grown from a head block by absorbing, while the conditions hold,
everything between the current exit and its immediate post-dominator (the
join of the next diamond or triangle, nested ones included, or a
straight-line successor whose only predecessor it is). Every block of the
function is in exactly one region; most regions are one block.

How the ensemble costs a region (its default, `EstimateOptions.path_schedules`):
each entry-to-exit path gets its own schedule, the states an execution taking
that path goes through (the controller branches where the paths part, so an
unbalanced branch does not make the short side wait for the long one); units
and registers are allocated for the most any path needs (paths never run
together); the expected length weighs each path by its probability
(`path_probabilities`).

Predication (see `controlling` and `deciding`): an op on a side runs only when
the conditions of the branches that decide whether its block runs hold, so it
is scheduled after them and switches only in executions that take its side
(its energy counts at its own block's frequency); side effects (stores, calls)
are never hoisted above their condition. The mux that a join's phi becomes
waits for the conditions of the branches between the join's immediate
dominator and the join, which decide the edge it arrives by; an undef
incoming value is a don't-care.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import networkx as nx
from xdsl.dialects import llvm
from xdsl.ir import Block, SSAValue

from guacc.compiler.dialects import guacc
from guacc.passes import graphs

# Size bound of one if-converted region.
MAX_REGION_BLOCKS = 32
MAX_REGION_OPS = 400
MAX_REGION_PATHS = 16


def edge_operands(block: Block) -> Iterator[tuple[Block, tuple[SSAValue, ...]]]:
    """(successor, values passed to its arguments) for each CFG edge leaving `block`."""
    term = block.last_op
    match term:
        case llvm.BrOp():
            yield term.successor, tuple(term.arguments)
        case llvm.CondBrOp():
            yield term.then_block, tuple(term.then_arguments)
            yield term.else_block, tuple(term.else_arguments)
        case guacc.SwitchOp():
            yield term.default_destination, tuple(term.default_operands)
            for _, dest, args in term.cases():
                yield dest, tuple(args)


def branch_condition(block: Block) -> SSAValue | None:
    """The value a conditional terminator branches on (None for `br`, `ret`, ...)."""
    term = block.last_op
    if isinstance(term, llvm.CondBrOp):
        return term.cond
    if isinstance(term, guacc.SwitchOp):
        return term.value
    return None


@dataclass(eq=False)
class Region:
    """Blocks scheduled as one region, in topological order (entry first, exit last)."""

    blocks: list[Block]
    preds: dict[Block, list[Block]] = field(repr=False)  # predecessors inside the region
    reach: dict[Block, frozenset[Block]] = field(repr=False)  # blocks reachable from each, itself included
    idom: dict[Block, Block] = field(repr=False)  # immediate dominator inside the region
    ipdom: dict[Block, Block] = field(repr=False)  # immediate post-dominator inside the region
    _branch_cache: list[Block] | None = field(default=None, repr=False)

    @property
    def entry(self) -> Block:
        return self.blocks[0]

    @property
    def exit(self) -> Block:
        return self.blocks[-1]

    def __len__(self) -> int:
        return len(self.blocks)

    def position(self, block: Block) -> int:
        return self.blocks.index(block)

    def exclusive(self, a: Block, b: Block) -> bool:
        """Never both run in one execution of the region: neither reaches the other."""
        return a is not b and b not in self.reach[a] and a not in self.reach[b]

    def dominates(self, a: Block, b: Block) -> bool:
        while True:
            if a is b:
                return True
            if b is self.entry:
                return False
            b = self.idom[b]

    def post_dominates(self, a: Block, b: Block) -> bool:
        while True:
            if a is b:
                return True
            if b is self.exit:
                return False
            b = self.ipdom[b]

    def _branching(self) -> list[Block]:
        if self._branch_cache is None:
            self._branch_cache = [c for c in self.blocks[:-1] if len({s for s, _ in edge_operands(c)}) > 1]
        return self._branch_cache

    def controlling(self, block: Block) -> list[Block]:
        """Branching blocks whose outcome decides whether `block` runs."""
        return [c for c in self._branching()
                if c is not block and block in self.reach[c] and not self.post_dominates(block, c)]

    def deciding(self, join: Block) -> list[Block]:
        """Branching blocks whose outcome decides which edge enters `join`: those
        between its immediate dominator (included) and it."""
        if join is self.entry:
            return []
        top = self.idom[join]
        return [c for c in self._branching()
                if c is not join and join in self.reach[c] and self.dominates(top, c)]

    def shortest_path(self, weight: Callable[[Block], float]) -> float:
        """The lightest entry-to-exit path, weighing each block by `weight`."""
        best: dict[Block, float] = {}
        for b in self.blocks:
            best[b] = weight(b) + min((best[p] for p in self.preds[b]), default=0.0)
        return best[self.exit]

    def successors(self, block: Block) -> list[Block]:
        """Distinct successors inside the region."""
        if block is self.exit:
            return []
        return list(dict.fromkeys(s for s, _ in edge_operands(block) if s in self.reach[block]))

    def paths(self) -> list[list[Block]]:
        """Every entry-to-exit path (block lists), in a fixed order."""
        out: list[list[Block]] = []
        stack: list[list[Block]] = [[self.entry]]
        while stack:
            path = stack.pop()
            if path[-1] is self.exit:
                out.append(path)
                continue
            stack.extend(path + [s] for s in reversed(self.successors(path[-1])))
        return out

    def path_count(self) -> int:
        count: dict[Block, int] = {}
        for b in self.blocks:
            count[b] = sum(count[p] for p in self.preds[b]) if self.preds[b] else 1
        return count[self.exit]

    def path_probabilities(self, paths: list[list[Block]], frequency: Callable[[Block], float]) -> list[float]:
        """How often each path is taken per execution of the region, from block frequencies.

        Edge flows follow from them where they are determined (an edge into a
        block with one predecessor carries that block's frequency; what is left
        of a block's frequency goes to its other edges, in proportion to their
        targets' frequencies), and a path's probability is the product of its
        edges' (branches taken independently: exact for a single diamond or
        triangle, and for branches that all follow one value, as a merged
        function's selector does in one call)."""
        prob: dict[tuple[Block, Block], float] = {}
        for u in self.blocks[:-1]:
            succs = self.successors(u)
            fu = frequency(u)
            known = {v: frequency(v) for v in succs if len(self.preds[v]) == 1}
            rest = [v for v in succs if v not in known]
            left = max(0.0, fu - sum(known.values()))
            weight = sum(frequency(v) for v in rest)
            flow = dict(known)
            for v in rest:
                flow[v] = left * (frequency(v) / weight if weight > 0 else 1.0 / len(rest))
            total = sum(flow.values())
            for v in succs:
                prob[(u, v)] = flow[v] / total if total > 0 else 1.0 / len(succs)
        out = []
        for path in paths:
            p = 1.0
            for u, v in zip(path, path[1:]):
                p *= prob[(u, v)]
            out.append(p)
        return out

    def incoming(self, block: Block) -> list[tuple[Block, tuple[SSAValue, ...]]]:
        """(predecessor, values passed) for each edge into `block` from inside the region."""
        return [(p, vals) for p in self.preds[block] for s, vals in edge_operands(p) if s is block]


def region_of(blocks: list[Block]) -> Region:
    """The region of `blocks` (a valid region, in topological order)."""
    members = set(blocks)
    graph = nx.DiGraph()
    graph.add_nodes_from(blocks)
    for b in blocks[:-1]:
        for s, _ in edge_operands(b):
            if s in members:
                graph.add_edge(b, s)
    preds = {b: list(graph.predecessors(b)) for b in blocks}
    reach: dict[Block, frozenset[Block]] = {}
    for b in reversed(blocks):
        reach[b] = frozenset({b}).union(*(reach[s] for s in graph.successors(b)))
    idom = nx.immediate_dominators(graph, blocks[0])
    ipdom = nx.immediate_dominators(graph.reverse(copy=True), blocks[-1])
    return Region(blocks, preds, reach, idom, ipdom)


def single_block_regions(func: llvm.FuncOp) -> list[Region]:
    return [region_of([b]) for b in func.body.blocks]


def find_regions(func: llvm.FuncOp, *, max_blocks: int = MAX_REGION_BLOCKS, max_ops: int = MAX_REGION_OPS,
                 max_paths: int = MAX_REGION_PATHS, accept: Callable[[Region], bool] | None = None) -> list[Region]:
    """Partition the function's blocks into if-conversion regions (see the module doc).

    `accept(region)`: whether to if-convert a candidate region (each growth
    step is checked; growth stops at the first refusal)."""
    blocks = list(func.body.blocks)
    succs: dict[Block, list[Block]] = {b: list(dict.fromkeys(s for s, _ in edge_operands(b))) for b in blocks}
    preds: dict[Block, list[Block]] = {b: [] for b in blocks}
    for b in blocks:
        for s in succs[b]:
            preds[s].append(b)
    n_ops = {b: sum(1 for _ in b.ops) for b in blocks}

    # Post-dominators, with a virtual exit after every block that leaves the function.
    sink = object()
    rev = nx.DiGraph()
    rev.add_node(sink)
    for b in blocks:
        rev.add_node(b)
        for s in succs[b]:
            rev.add_edge(s, b)
        if not succs[b]:
            rev.add_edge(sink, b)
    ipdom = nx.immediate_dominators(rev, sink)

    # Reverse post-order from the entry; unreachable blocks after it.
    order = list(nx.dfs_postorder_nodes(nx.DiGraph([(b, s) for b in blocks for s in succs[b]]), blocks[0])) \
        if any(succs.values()) else [blocks[0]]
    order.reverse()
    seen = set(order)
    order += [b for b in blocks if b not in seen]

    assigned: set[Block] = set()
    regions: list[Region] = []
    for head in order:
        if head in assigned:
            continue
        members = [head]
        inside = {head}
        size = n_ops[head]
        exit_ = head
        count = {head: 1}  # paths from the head to each member
        while True:
            grown = _absorb(exit_, ipdom.get(exit_), succs, preds, inside, assigned)
            if grown is None:
                break
            if len(members) + len(grown) > max_blocks or size + sum(n_ops[b] for b in grown) > max_ops:
                break
            new_count = dict(count)
            for b in grown:  # topological order; predecessors are members or earlier new blocks
                new_count[b] = sum(new_count[p] * sum(d is b for d in succs[p]) for p in dict.fromkeys(preds[b]))
            if new_count[grown[-1]] > max_paths:
                break
            if accept is not None and not accept(region_of(members + grown)):
                break
            count = new_count
            members += grown
            inside.update(grown)
            size += sum(n_ops[b] for b in grown)
            exit_ = grown[-1]
        assigned.update(members)
        regions.append(region_of(members))
    return regions


def _absorb(exit_: Block, join: object, succs: dict[Block, list[Block]], preds: dict[Block, list[Block]],
            inside: set[Block], assigned: set[Block]) -> list[Block] | None:
    """The blocks strictly between `exit_` and its post-dominator `join`, then `join`,
    in topological order, when they extend the region soundly; else None."""
    if not isinstance(join, Block) or join is exit_ or join in inside or join in assigned:
        return None
    between: list[Block] = []
    found = set()
    stack = [s for s in succs[exit_] if s is not join]
    while stack:
        n = stack.pop()
        if n in found:
            continue
        if n in inside or n in assigned:
            return None  # a back edge, or a block of another region
        found.add(n)
        between.append(n)
        stack.extend(s for s in succs[n] if s is not join)
    new = found | {join}
    for n in new:  # single entry (only through `exit_`), and no edge back from the join
        if any(p not in found and p is not exit_ for p in preds[n]):
            return None
    graph = nx.DiGraph()
    graph.add_nodes_from(new)
    for n in found:
        for s in succs[n]:
            if s not in new:
                return None  # leaves the region other than through the join
            graph.add_edge(n, s)
    if not nx.is_directed_acyclic_graph(graph):
        return None
    position = {b: i for i, b in enumerate(exit_.parent.blocks)} if exit_.parent else {}  # type: ignore[union-attr]
    topo = list(nx.lexicographical_topological_sort(graph, key=lambda b: position.get(b, 0)))
    assert topo[-1] is join
    return topo
