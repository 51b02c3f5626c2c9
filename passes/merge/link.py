"""Link the functions to merge, from one module or many, into one module.

Each source brings its function and everything that function reaches: the
functions it calls (helpers such as `merge` for `merge_sort`), the globals it
addresses, and what their initializers name. Sources that share a module
object share those symbols. Definitions from different modules never share a
name: a clash (two files that both define `bfs`, or both a table `lut`) is
resolved by renaming the later one to `name.<label>` (and a number if that is
taken), and every reference in the copied code follows the rename.
Declarations of the same external symbol (`sqrtf`) are one declaration.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from xdsl.dialects import llvm
from xdsl.dialects.builtin import ArrayAttr, ModuleOp, StringAttr, SymbolRefAttr
from xdsl.ir import Attribute, Operation

from guacc.compiler.diagnostics import GuaccError

Source = tuple[ModuleOp, str, str]  # (module, function name, label)


@dataclass
class LinkedSource:
    index: int
    label: str
    name: str  # the function's name in its own module
    linked_name: str  # its name in the linked module
    symbols: dict[str, str] = field(default_factory=dict)  # every symbol brought along: own name -> linked name


@dataclass
class Linked:
    module: ModuleOp
    sources: list[LinkedSource]

    def function(self, k: int) -> llvm.FuncOp:
        return find_symbol(self.module, self.sources[k].linked_name)


def find_symbol(module: ModuleOp, name: str) -> Operation | None:
    for op in module.ops:
        if isinstance(op, llvm.FuncOp | llvm.GlobalOp) and op.sym_name.data == name:
            return op
    return None


def is_definition(op: Operation) -> bool:
    if isinstance(op, llvm.FuncOp):
        return bool(op.body.blocks)
    if isinstance(op, llvm.GlobalOp):
        return op.value is not None or op.linkage.linkage.data != "external"
    return False


def symbol_refs(attr: Attribute) -> Iterator[str]:
    if isinstance(attr, SymbolRefAttr):
        yield attr.root_reference.data
    elif isinstance(attr, ArrayAttr):
        for a in attr.data:
            yield from symbol_refs(a)


def referenced_symbols(op: Operation) -> set[str]:
    """Symbols named anywhere inside `op` (calls, global addresses, initializers)."""
    names: set[str] = set()
    for inner in op.walk():
        for d in (inner.properties, inner.attributes):
            for key, value in d.items():
                if key != "sym_name":
                    names.update(symbol_refs(value))
    return names


def call_graph(module: ModuleOp) -> dict[str, set[str]]:
    """Defined function -> functions it calls directly."""
    graph: dict[str, set[str]] = {}
    for op in module.ops:
        if isinstance(op, llvm.FuncOp) and op.body.blocks:
            graph[op.sym_name.data] = {
                c.callee.string_value() for c in op.walk() if isinstance(c, llvm.CallOp) and c.callee is not None
            }
    return graph


def reaches(graph: dict[str, set[str]], start: str, target: str) -> bool:
    seen: set[str] = set()
    stack = list(graph.get(start, ()))
    while stack:
        f = stack.pop()
        if f == target:
            return True
        if f not in seen:
            seen.add(f)
            stack.extend(graph.get(f, ()))
    return False


def check_mergeable(module: ModuleOp, name: str, label: str) -> llvm.FuncOp:
    """The function `name` of `module`, or a GuaccError (naming `label` as the file) saying why it
    cannot be merged."""
    op = find_symbol(module, name)
    file = label or None
    if not isinstance(op, llvm.FuncOp) or not op.body.blocks:
        defined = ", ".join(o.sym_name.data for o in module.ops if isinstance(o, llvm.FuncOp) and o.body.blocks)
        raise GuaccError(f"no function '{name}' is defined (defined: {defined or 'none'})", file=file)
    if op.function_type.is_variadic:
        raise GuaccError(f"cannot merge '{name}': it takes variable arguments (varargs)", file=file)
    if reaches(call_graph(module), name, name):
        raise GuaccError(f"cannot merge '{name}': it is recursive (it calls itself, directly or through helpers)",
                         file=file)
    return op


def _closure(module: ModuleOp, roots: Sequence[str]) -> list[Operation]:
    table = {op.sym_name.data: op for op in module.ops if isinstance(op, llvm.FuncOp | llvm.GlobalOp)}
    keep: set[str] = set()
    stack = list(roots)
    while stack:
        name = stack.pop()
        if name in keep or name not in table:
            continue
        keep.add(name)
        stack.extend(referenced_symbols(table[name]))
    return [op for op in module.ops if isinstance(op, llvm.FuncOp | llvm.GlobalOp) and op.sym_name.data in keep]


def _sanitize(label: str) -> str:
    stem = re.sub(r"\.ll$", "", label.replace("\\", "/").rstrip("/").split("/")[-1])
    return re.sub(r"[^A-Za-z0-9_]", "_", stem) or "src"


def rename_attr(attr: Attribute, names: dict[str, str]) -> Attribute:
    if isinstance(attr, SymbolRefAttr):
        root = attr.root_reference.data
        return SymbolRefAttr(names[root]) if root in names and names[root] != root else attr
    if isinstance(attr, ArrayAttr):
        items = [rename_attr(a, names) for a in attr.data]
        return attr if all(x is y for x, y in zip(items, attr.data)) else ArrayAttr(items)
    return attr


def rename_symbols(op: Operation, names: dict[str, str]) -> None:
    """Rewrite every symbol reference inside `op` (and its own name) by `names`."""
    for inner in op.walk():
        for d in (inner.properties, inner.attributes):
            for key, value in list(d.items()):
                if key == "sym_name":
                    continue
                new = rename_attr(value, names)
                if new is not value:
                    d[key] = new
    if isinstance(op, llvm.FuncOp | llvm.GlobalOp):
        own = op.sym_name.data
        if own in names and names[own] != own:
            op.properties["sym_name"] = StringAttr(names[own])


def link(sources: Sequence[Source]) -> Linked:
    """One module holding every source's function and what it reaches."""
    if not sources:
        raise GuaccError("nothing to merge: no functions given")
    groups: dict[int, list[int]] = {}
    for k, (module, name, label) in enumerate(sources):
        check_mergeable(module, name, label)
        groups.setdefault(id(module), []).append(k)
    closures = {
        mid: _closure(sources[ks[0]][0], [sources[k][1] for k in ks]) for mid, ks in groups.items()
    }
    reserved = {op.sym_name.data for ops in closures.values() for op in ops}
    out_ops: list[Operation] = []
    defined: dict[str, Operation] = {}  # linked name -> op in the output
    symbol_maps: dict[int, dict[str, str]] = {}
    for mid, ks in groups.items():
        label = sources[ks[0]][2]
        names: dict[str, str] = {}
        copies: list[Operation] = []
        for op in closures[mid]:
            name = op.sym_name.data
            existing = defined.get(name)
            if not is_definition(op):
                if existing is not None:
                    if is_definition(existing) or _decl_type(existing) != _decl_type(op):
                        raise GuaccError(
                            f"'{name}' ({label}) is declared as an external symbol, but another source "
                            "defines or declares it differently"
                        )
                    names[name] = name
                    continue
                names[name] = name
            elif existing is None:
                names[name] = name
            else:
                if not is_definition(existing):
                    raise GuaccError(f"'{name}' ({label}) is defined here but declared as external by another source")
                base = f"{name}.{_sanitize(label)}"
                new, n = base, 1
                while new in defined or new in reserved:
                    n += 1
                    new = f"{base}.{n}"
                names[name] = new
            copy = clone_symbol(op)
            copies.append(copy)
            defined[names[name]] = copy
        for copy in copies:
            rename_symbols(copy, names)
        out_ops.extend(copies)
        symbol_maps[mid] = names
    # Globals before functions, as the frontend lays a module out.
    out_ops.sort(key=lambda op: 0 if isinstance(op, llvm.GlobalOp) else 1)
    first = sources[0][0]
    attrs: dict[str, Attribute] = {}
    if "llvm.target_triple" in first.attributes:
        attrs["llvm.target_triple"] = first.attributes["llvm.target_triple"]
    module = ModuleOp(out_ops, attributes=attrs)
    linked = []
    for k, (mod, name, label) in enumerate(sources):
        names = symbol_maps[id(mod)]
        linked.append(LinkedSource(k, label, name, names[name], dict(names)))
    return Linked(module, linked)


def clone_symbol(op: Operation) -> Operation:
    """A deep copy that keeps block labels too (xDSL's clone keeps value names only)."""
    copy = op.clone()
    for old_region, new_region in zip(op.regions, copy.regions):
        for old_block, new_block in zip(old_region.blocks, new_region.blocks):
            if old_block.name_hint:
                new_block.name_hint = old_block.name_hint
    return copy


def _decl_type(op: Operation) -> Attribute | None:
    if isinstance(op, llvm.FuncOp):
        return op.function_type
    if isinstance(op, llvm.GlobalOp):
        return op.global_type
    return None
