"""Control-flow and dataflow graphs of a function, as networkx views of the IR.

The graphs are built on demand from the xDSL module and never edited back:
the IR stays the one source of truth. Nodes carry the IR objects they stand
for (`block` / `op`), so analyses can go from a node straight to the IR.

- CFG: one node per block (named by its label), edges per successor with the
  branch kind (`br`, `true`, `false`, `case N`, `default`).
- DFG of a block: one node per op, `data` edges for SSA uses inside the block
  and `mem` edges that keep loads, stores and calls in program order where
  they may touch the same memory (see `may_alias`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import networkx as nx
from xdsl.dialects import llvm
from xdsl.dialects.builtin import ModuleOp
from xdsl.ir import Block, BlockArgument, Operation, SSAValue

from guacc.compiler.dialects import guacc

# Ops that only name a constant or an address: free in hardware.
CONSTANT_OPS = (llvm.ConstantOp, llvm.ZeroOp, llvm.UndefOp, llvm.AddressOfOp, guacc.PoisonOp)


def defined_functions(module: ModuleOp) -> list[llvm.FuncOp]:
    return [op for op in module.ops if isinstance(op, llvm.FuncOp) and op.body.blocks]


def find_function(module: ModuleOp, name: str | None) -> llvm.FuncOp:
    """The function called `name`, or the only defined one when `name` is None."""
    from guacc.compiler.diagnostics import GuaccError

    funcs = defined_functions(module)
    if name is None:
        if len(funcs) == 1:
            return funcs[0]
        names = ", ".join(f.sym_name.data for f in funcs) or "none"
        raise GuaccError(f"several functions are defined ({names}); choose one with --func")
    for f in funcs:
        if f.sym_name.data == name:
            return f
    names = ", ".join(f.sym_name.data for f in funcs) or "none"
    raise GuaccError(f"no function '{name}' is defined (defined: {names})")


def block_names(func: llvm.FuncOp) -> dict[Block, str]:
    """Stable block names: clang's label where kept, else `bbN` by position."""
    names: dict[Block, str] = {}
    used: set[str] = set()
    for i, block in enumerate(func.body.blocks):
        name = block.name_hint or f"bb{i}"
        while name in used:
            name += "_"
        used.add(name)
        names[block] = name
    return names


def successor_edges(block: Block) -> Iterator[tuple[Block, str]]:
    term = block.last_op
    match term:
        case llvm.BrOp():
            yield term.successor, "br"
        case llvm.CondBrOp():
            yield term.then_block, "true"
            yield term.else_block, "false"
        case guacc.SwitchOp():
            yield term.default_destination, "default"
            for value, dest, _ in term.cases():
                yield dest, f"case {value}"


def cfg(func: llvm.FuncOp) -> nx.MultiDiGraph:
    """Control-flow graph: nodes are block names, with `block` and `ops` attributes."""
    names = block_names(func)
    graph = nx.MultiDiGraph(name=func.sym_name.data, entry=names[func.body.blocks.first])
    for block, name in names.items():
        graph.add_node(name, block=block, ops=len(list(block.ops)))
    for block, name in names.items():
        for dest, kind in successor_edges(block):
            graph.add_edge(name, names[dest], kind=kind)
    return graph


# ----------------------------------------------------------------- memory
@dataclass(frozen=True)
class Access:
    """Where a memory op points: a root object plus constant offsets if known."""

    root: SSAValue | str  # an SSA value (argument, alloca, call result) or "@global"
    offsets: tuple | None  # GEP constant index path from the root; None if any is dynamic


def pointer_access(ptr: SSAValue) -> Access:
    offsets: list | None = []
    while isinstance(ptr.owner, llvm.GEPOp):
        gep = ptr.owner
        idx = list(gep.rawConstantIndices.iter_values())
        if offsets is not None and llvm.GEP_USE_SSA_VAL not in idx:
            offsets = [(str(gep.elem_type), tuple(idx))] + offsets
        else:
            offsets = None
        ptr = gep.ptr
    if isinstance(ptr.owner, llvm.AddressOfOp):
        return Access("@" + ptr.owner.global_name.root_reference.data, tuple(offsets) if offsets is not None else None)
    return Access(ptr, tuple(offsets) if offsets is not None else None)


def _is_local_object(root: SSAValue | str) -> bool:
    return isinstance(root, SSAValue) and isinstance(root.owner, llvm.AllocaOp)


def _is_noalias_arg(root: SSAValue | str) -> bool:
    if not isinstance(root, BlockArgument) or not isinstance(root.block.parent_op(), llvm.FuncOp):
        return False
    func = root.block.parent_op()
    assert isinstance(func, llvm.FuncOp)
    if root.block is not func.body.blocks.first or func.arg_attrs is None:
        return False
    return "llvm.noalias" in func.arg_attrs.data[root.index].data


def may_alias(a: Access, b: Access) -> bool:
    """Conservative: False only when the two accesses provably differ."""
    if a.root == b.root:
        return a.offsets is None or b.offsets is None or a.offsets == b.offsets
    distinct_objects = (
        (isinstance(a.root, str) or _is_local_object(a.root))
        and (isinstance(b.root, str) or _is_local_object(b.root))
    )
    if distinct_objects:
        return False
    # A local object whose address is only used by loads/stores/GEPs cannot be
    # reached through an argument or a global.
    for x, y in ((a.root, b.root), (b.root, a.root)):
        if _is_local_object(x) and not _escapes(x) and not _is_local_object(y):
            return False
    if _is_noalias_arg(a.root) or _is_noalias_arg(b.root):
        return False
    return True


def _escapes(value: SSAValue) -> bool:
    for use in value.uses:
        op = use.operation
        if isinstance(op, llvm.LoadOp):
            continue
        if isinstance(op, llvm.StoreOp) and use.index == 1:
            continue
        if isinstance(op, llvm.GEPOp):
            if _escapes(op.result):
                return True
            continue
        if isinstance(op, llvm.CallIntrinsicOp) and op.intrin.data.startswith("llvm.lifetime"):
            continue
        return True
    return False


def memory_effect(op: Operation) -> tuple[str, SSAValue | None] | None:
    """('read'|'write'|'call', pointer) for ops that touch memory, else None."""
    match op:
        case llvm.LoadOp():
            return "read", op.ptr
        case llvm.StoreOp():
            return "write", op.ptr
        case llvm.CallOp():
            return "call", None
        case llvm.CallIntrinsicOp():
            name = op.intrin.data
            if name.startswith(("llvm.lifetime", "llvm.assume")):
                return None
            if name.startswith(("llvm.memset", "llvm.memcpy", "llvm.memmove")):
                return "call", None
            return None  # arithmetic intrinsics (smax, fmuladd, ...)
    return None


# ----------------------------------------------------------------- dataflow
def op_label(op: Operation) -> str:
    name = op.name.removeprefix("llvm.").removeprefix("mlir.")
    if isinstance(op, llvm.CallIntrinsicOp):
        name = op.intrin.data
    elif isinstance(op, llvm.CallOp) and op.callee is not None:
        name = f"call @{op.callee.root_reference.data}"
    elif isinstance(op, llvm.ConstantOp):
        name = f"const {op.value}"
    elif isinstance(op, llvm.AddressOfOp):
        name = f"@{op.global_name.root_reference.data}"
    return name


def dfg(block: Block, prefix: str = "") -> nx.DiGraph:
    """Dataflow graph of one block: nodes `prefix + index`, attributes `op`,
    `label`, `is_constant`; edges `kind` = data (SSA use) or mem (ordering)."""
    graph = nx.DiGraph()
    ids: dict[Operation, str] = {}
    mem_ops: list[tuple[str, str, Access | None]] = []
    for i, op in enumerate(block.ops):
        node = f"{prefix}{i}"
        ids[op] = node
        graph.add_node(node, op=op, label=op_label(op), is_constant=isinstance(op, CONSTANT_OPS))
        for operand in op.operands:
            owner = operand.owner
            if isinstance(owner, Operation) and owner in ids:
                graph.add_edge(ids[owner], node, kind="data")
        effect = memory_effect(op)
        if effect is None:
            continue
        kind, ptr = effect
        access = pointer_access(ptr) if ptr is not None else None
        for prev_node, prev_kind, prev_access in mem_ops:
            if prev_kind == "read" and kind == "read":
                continue
            if access is not None and prev_access is not None and not may_alias(access, prev_access):
                continue
            if not graph.has_edge(prev_node, node):
                graph.add_edge(prev_node, node, kind="mem")
        mem_ops.append((node, kind, access))
    return graph


def function_dfgs(func: llvm.FuncOp) -> dict[str, nx.DiGraph]:
    """Per-block dataflow graphs keyed by block name."""
    names = block_names(func)
    return {names[b]: dfg(b, prefix=f"{names[b]}.") for b in func.body.blocks}


# ----------------------------------------------------------------- DOT
def _dot_safe(graph: nx.Graph) -> nx.Graph:
    """A copy with only printable attributes, quoted for DOT."""
    out = nx.MultiDiGraph() if graph.is_multigraph() else nx.DiGraph()
    for node, data in graph.nodes(data=True):
        label = data.get("label", node)
        extra = {"shape": "box"} if "block" in data else {}
        if data.get("is_constant"):
            extra = {"style": "dashed"}
        out.add_node(f'"{node}"', label=f'"{label}"', **extra)
    for u, v, data in graph.edges(data=True):
        attrs = {"label": f'"{data["kind"]}"'} if data.get("kind") not in (None, "data", "br") else {}
        if data.get("kind") == "mem":
            attrs["style"] = "dotted"
        out.add_edge(f'"{u}"', f'"{v}"', **attrs)
    return out


def cfg_to_dot(graph: nx.MultiDiGraph) -> str:
    return nx.nx_pydot.to_pydot(_dot_safe(graph)).to_string()


def dfgs_to_dot(func_name: str, graphs: dict[str, nx.DiGraph]) -> str:
    """All per-block dataflow graphs of a function, one DOT cluster per block."""
    import pydot

    top = pydot.Dot(f'"{func_name}"', graph_type="digraph")
    for i, (name, graph) in enumerate(graphs.items()):
        cluster = pydot.Cluster(f"block{i}", label=f'"{name}"')
        sub = nx.nx_pydot.to_pydot(_dot_safe(graph))
        for node in sub.get_nodes():
            cluster.add_node(node)
        for edge in sub.get_edges():
            cluster.add_edge(edge)
        top.add_subgraph(cluster)
    return top.to_string()
