"""`merge_functions`: merge two or more functions into one with a selector.

    from guacc.passes.merge import merge_functions
    result = merge_functions([(mod_a, "gemm", "gemm.ll"), (mod_b, "gemm_f", "gemm_f.ll")])
    text = result.ll()                       # verified LLVM IR
    for f in result.functions:               # one per original, in order
        compare(f_path, text, f.name, cand_func=result.name, cand_args=result.cand_args(f.index))

The functions are linked into one module (helpers and globals come along;
clashing names are renamed), optionally demoted to memory first
(`no_ssa=True`, the FMSA/AccelMerger baseline), then merged pairwise: the
first with the second, the result with the third, and so on. Original k runs
when the selector (parameter 0) is k: an i1 for two functions, an i8 for up
to 256.

Defaults differ from SalSSA in one respect: gaps are affine (`gap_open=20`
per divergent region, on top of `gap=1` per entry), because under the cost
models a divergent region costs cycles on every execution it sits in, and
on the eight similar -O2 pairs of bench/bench_merge.py it turned SSA merging
from -11% to about -1% energy saved (slowdown from up to 3.3x to at most
1.7x). `gap_open=0` gives SalSSA's linear gaps.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from xdsl.context import Context
from xdsl.dialects import llvm
from xdsl.dialects.builtin import DictionaryAttr, IntegerType, ModuleOp
from xdsl.ir import Attribute
from xdsl.utils.exceptions import VerifyException

from guacc.compiler.diagnostics import GuaccError

from .align import DEFAULT_MAX_CELLS, Alignment, align
from .cleanup import simplify_merged
from .codegen import CodegenStats, MergeCodegen, Origins, Side
from .link import Source, find_symbol, link, referenced_symbols
from .linearize import linearize
from .params import merge_param_types, merged_arg_attrs, merged_return_type
from .reg2mem import Reg2Mem
from .returns import make_thunk, plan_returns, return_through_struct
from .scoring import ScoreOptions, Scorer


@dataclass(frozen=True)
class MergeOptions:
    """How to merge. Scores come from the cost models' library `tech` at `clock_ns`."""

    tech: str = "asic40"
    clock_ns: float = 5.0
    score_by: str = "area"  # area | energy | count
    match_base: int = 2
    gap: int = 1
    gap_open: int = 20  # per divergent region (affine gaps): discourages cheap matches that fragment blocks
    unit_weight: float = 4.0
    max_cells: int = DEFAULT_MAX_CELLS  # larger score tables: block-level alignment
    block_alignment: bool = False  # always align block by block (HyFM)
    coalesce: bool = True  # coalesce phis of the two functions where their values agree
    speculate: bool = False  # run one function's pure, non-trapping ops in shared blocks instead of branching
    name: str | None = None  # merged function's name (default merged.<names>)
    selector_bits: int | None = None  # default: 1 for two functions, else 8 (32 past 256 functions)
    keep_originals: bool = False  # keep the original functions (as linked) in the output module
    use_numpy: bool | None = None
    verify: bool = False  # run xDSL's verifier on the output (LLVM's verifies it in `MergeResult.ll()`)
    mixed_returns: str = "refuse"  # refuse | struct: return a struct with one field per return type
    thunks: bool = False  # add a function per original, with its name and signature, calling the merged one

    def score_options(self) -> ScoreOptions:
        return ScoreOptions(tech=self.tech, clock_ns=self.clock_ns, score_by=self.score_by, match_base=self.match_base,
                            gap=self.gap, gap_open=self.gap_open, unit_weight=self.unit_weight)


@dataclass
class MergedOriginal:
    """One original function inside the merged one."""

    index: int  # position in the sources
    label: str
    name: str  # its name in its own module
    linked_name: str  # its name in the output module (renamed on a clash)
    selector: int  # the selector value that runs it
    arg_map: tuple[int | None, ...]  # merged parameter -> this function's parameter (None: not its own)
    symbols: dict[str, str] = field(default_factory=dict)  # symbols it brought: own name -> output name
    ret_field: int | None = None  # its field of the merged function's struct return (mixed_returns="struct")
    thunk: str | None = None  # the function calling the merged one in its place (thunks=True)


@dataclass
class StageStats:
    """One pairwise merge step."""

    functions: tuple[str, str]  # (merged so far, joining)
    alignment_mode: str  # full | block
    alignment_score: int
    alignment_cells: int
    aligned_ops: int  # op pairs the alignment matched
    aligned_labels: int
    gaps: int
    note: str
    codegen: CodegenStats


@dataclass
class MergeStats:
    stages: list[StageStats]
    matched_ops: int  # ops of the merged function shared by more than one original
    unmatched_ops: int  # ops serving one original only
    selects: int  # `llvm.select` ops added for differing operands
    phis: int  # block arguments of the merged function
    blocks: int
    ops: int  # ops of the merged function (constants excluded)
    original_ops: tuple[int, ...]  # ops of each original (constants excluded)

    @property
    def alignment_mode(self) -> str:
        modes = {s.alignment_mode for s in self.stages}
        return modes.pop() if len(modes) == 1 else "mixed"

    @property
    def alignment_score(self) -> int:
        return sum(s.alignment_score for s in self.stages)

    @property
    def notes(self) -> list[str]:
        return [s.note for s in self.stages if s.note]

    def to_dict(self) -> dict[str, Any]:
        return {
            "alignment_mode": self.alignment_mode,
            "alignment_score": self.alignment_score,
            "matched_ops": self.matched_ops,
            "unmatched_ops": self.unmatched_ops,
            "selects": self.selects,
            "phis": self.phis,
            "blocks": self.blocks,
            "ops": self.ops,
            "original_ops": list(self.original_ops),
            "notes": self.notes,
        }


@dataclass
class MergeResult:
    module: ModuleOp  # the merged function, the helpers and globals it uses
    name: str  # the merged function's name
    functions: list[MergedOriginal]
    stats: MergeStats
    no_ssa: bool
    selector_type: IntegerType

    @property
    def func(self) -> llvm.FuncOp:
        op = find_symbol(self.module, self.name)
        assert isinstance(op, llvm.FuncOp)
        return op

    @property
    def param_types(self) -> list[Attribute]:
        return list(self.func.function_type.inputs.data)

    def cand_args(self, k: int, *, scratch: int | None = None) -> list:
        """Equivalence-harness argument map for original k: its selector as
        `Fixed(k)`, its own parameters from its input slots, and dummies for
        the others (0 for numbers, null or a zeroed scratch buffer of `scratch`
        elements for pointers). A struct return (`mixed_returns="struct"`) is
        beyond what the harness calls: compare the thunks instead."""
        from guacc.compiler.equivalence import Fixed

        orig = self.functions[k]
        out: list = []
        for i, t in enumerate(self.param_types):
            if i == 0:
                out.append(Fixed(orig.selector))
            elif orig.arg_map[i] is not None:
                out.append(orig.arg_map[i])
            elif isinstance(t, llvm.LLVMPointerType):
                out.append(Fixed(None if scratch is None else [0] * scratch))
            elif isinstance(t, IntegerType):
                out.append(Fixed(0))
            else:
                out.append(Fixed(0.0))
        return out

    def ll(self) -> str:
        """The output module as LLVM IR, checked by LLVM's verifier."""
        from guacc.compiler.backend.llvm_ir import print_ll

        return print_ll(self.module)


def _ops(func: llvm.FuncOp) -> int:
    from .linearize import is_constant_op

    return sum(1 for b in func.body.blocks for op in b.ops if not is_constant_op(op))


def _unique_name(module: ModuleOp, wanted: str) -> str:
    names = {op.sym_name.data for op in module.ops if isinstance(op, llvm.FuncOp | llvm.GlobalOp)}
    name, n = wanted, 1
    while name in names:
        n += 1
        name = f"{wanted}.{n}"
    return name


def _selector_type(n: int, bits: int | None) -> IntegerType:
    if bits is None:
        bits = 1 if n == 2 else (8 if n <= 256 else 32)
    if bits < 1 or (1 << bits) < n:
        raise GuaccError(f"a {bits}-bit selector cannot tell {n} functions apart")
    return IntegerType(bits)


def merge_functions(
    sources: Sequence[Source],
    *,
    no_ssa: bool = False,
    options: MergeOptions | None = None,
    **overrides: Any,
) -> MergeResult:
    """Merge `sources` — (module, function name, label) triples — into one function.

    Keyword overrides set `MergeOptions` fields (`tech=`, `clock_ns=`,
    `max_cells=`, `name=`, ...). Input modules are not modified. Raises
    `GuaccError` with the reason when the functions cannot be merged: fewer
    than two, a missing or declared-only function, varargs, recursion, or
    return types other than equal or void-with-a-value.
    """
    opts = options or MergeOptions()
    if overrides:
        opts = replace(opts, **overrides)
    if len(sources) < 2:
        raise GuaccError(f"merging needs at least two functions, got {len(sources)}")
    linked = link(sources)
    module = linked.module
    n = len(sources)
    funcs = [linked.function(k) for k in range(n)]
    whats = [f"'{s.name}' ({s.label})" if s.label else f"'{s.name}'" for s in linked.sources]
    returns = plan_returns(funcs, whats, opts.mixed_returns)
    ret = returns.type
    original_types = [(list(f.function_type.inputs.data), f.function_type.output) for f in funcs]
    original_ops = tuple(_ops(f) for f in funcs)
    for k, f in enumerate(funcs):
        if returns.fields[k] is not None and f.function_type.output != ret:
            return_through_struct(module, f, ret, returns.fields[k], whats[k])
    if no_ssa:
        Reg2Mem(tuple(dict.fromkeys(s.linked_name for s in linked.sources))).apply(Context(), module)
        funcs = [linked.function(k) for k in range(n)]
    sel_type = _selector_type(n, opts.selector_bits)
    base = opts.name or "merged." + "_".join(re.sub(r"[^A-Za-z0-9_]", "_", s.name) for s in linked.sources)
    final_name = _unique_name(module, base)
    scorer = Scorer(module, opts.score_options())

    # where each original's parameters sit in the function merged so far
    positions: list[list[int]] = [[] for _ in range(n)]
    current = funcs[0]
    current_rest = list(current.function_type.inputs.data)  # its parameters after the selector
    stages: list[StageStats] = []
    origins = Origins.single(0)  # original functions per block, edge and op of `current`
    synthetic: set = set()  # ops the merge made up (selects, selector tests) and their copies
    selector_tests: set = set()
    for k in range(1, n):
        other = funcs[k]
        first_is_merged = k > 1
        pm = merge_param_types(current_rest, list(other.function_type.inputs.data))
        param_types = [sel_type] + pm.types
        if first_is_merged:
            map0 = [0] + [1 + i for i in range(len(current_rest))]
            positions = [[map0[p] for p in pos] if j < k else pos for j, pos in enumerate(positions)]
        else:
            map0 = [1 + i for i in range(len(current_rest))]
            positions[0] = list(map0)
        map1 = [1 + m for m in pm.second_to_merged]
        positions[k] = map1
        lin0, lin1 = linearize(current), linearize(other)
        alignment = align(lin0, lin1, scorer, max_cells=opts.max_cells, force_blocks=opts.block_alignment,
                          use_numpy=opts.use_numpy)
        name = final_name if k == n - 1 else _unique_name(module, f"{final_name}.step{k}")
        stage_ret = ret if k == n - 1 else _stage_return(funcs[: k + 1])
        gen = MergeCodegen(
            name, (Side(current, lin0, map0, origins), Side(other, lin1, map1, Origins.single(k))),
            alignment, param_types, stage_ret,
            None if n == 2 else k, coalesce=opts.coalesce, speculate=opts.speculate,
            to_entry=frozenset(op for op in selector_tests if op.parent is not None),
        )
        merged = gen.run()
        module.body.block.add_op(merged)
        for op, sides in gen.origin.items():
            if all(o in synthetic for o in sides.values()):
                synthetic.add(op)
        synthetic |= set(gen.synthetic)
        origins = gen.origins()
        # the selector tests (sel == k, its negation) depend on the selector only:
        # later steps keep them in the entry block, where they dominate every use
        selector_tests = {op for op in merged.walk() if op in synthetic and not isinstance(op, llvm.SelectOp)}
        stages.append(_stage_stats(current, other, alignment, gen.stats))
        if first_is_merged:
            current.detach()
            current.erase()
        current = merged
        current_rest = pm.types
    func = current
    simplify_merged(func, synthetic)

    # parameter attributes and the per-original maps
    users: list[list[tuple[int, DictionaryAttr | None]]] = [[] for _ in range(len(func.function_type.inputs))]
    for j, f in enumerate(funcs):
        attrs = f.arg_attrs.data if f.arg_attrs is not None else [None] * len(positions[j])
        for i, slot in enumerate(positions[j]):
            users[slot].append((j, attrs[i] if i < len(attrs) else None))
    func.properties["arg_attrs"] = merged_arg_attrs(len(users), users, n)
    originals = []
    n_params = len(func.function_type.inputs)
    for j, s in enumerate(linked.sources):
        arg_map: list[int | None] = [None] * n_params
        for i, slot in enumerate(positions[j]):
            arg_map[slot] = i
        originals.append(MergedOriginal(j, s.label, s.name, s.linked_name, j, tuple(arg_map), s.symbols))

    if not opts.keep_originals:
        _prune(module, func.sym_name.data)
    if opts.thunks:
        for j, orig in enumerate(originals):
            name = orig.linked_name if not opts.keep_originals else _unique_name(module, orig.linked_name + ".thunk")
            params, out = original_types[j]
            module.body.block.add_op(make_thunk(name, func, params, out, j, orig.arg_map, returns.fields[j]))
            orig.thunk = name
    for j, orig in enumerate(originals):
        orig.ret_field = returns.fields[j]
    if opts.verify:
        try:
            module.verify()
        except VerifyException as err:  # a bug in the merge, never the input's fault
            raise AssertionError(f"merged module does not verify: {err}") from err

    alive = list(func.walk())
    stats = MergeStats(
        stages=stages,
        matched_ops=sum(1 for op in alive if op not in synthetic and len(_served(origins, op)) > 1),
        unmatched_ops=sum(1 for op in alive if op not in synthetic and len(_served(origins, op)) == 1),
        selects=sum(1 for op in alive if isinstance(op, llvm.SelectOp) and op in synthetic),
        phis=sum(len(b.args) for b in list(func.body.blocks)[1:]),
        blocks=len(func.body.blocks),
        ops=_ops(func),
        original_ops=original_ops,
    )
    return MergeResult(module, func.sym_name.data, originals, stats, no_ssa, sel_type)


def _served(origins: Origins, op) -> frozenset[int]:
    """The originals an op of the merged function serves (empty: constants, branches the merge added)."""
    assert not isinstance(origins.ops, frozenset)
    return origins.ops.get(op, frozenset())


def _stage_return(funcs: Sequence[llvm.FuncOp]) -> Attribute:
    """Return type of an intermediate merge step (its functions' returns are compatible)."""
    ret = funcs[0].function_type.output
    for f in funcs[1:]:
        ret = merged_return_type(ret, f.function_type.output, "", "")
    return ret


def _stage_stats(a: llvm.FuncOp, b: llvm.FuncOp, al: Alignment, cg: CodegenStats) -> StageStats:
    return StageStats(
        (a.sym_name.data, b.sym_name.data), al.mode, al.score, al.cells, al.matched_ops, al.matched_labels,
        al.gaps, al.note, cg,
    )


def _prune(module: ModuleOp, keep: str) -> None:
    """Drop the symbols the merged function does not reach (the originals, unless called)."""
    table = {op.sym_name.data: op for op in module.ops if isinstance(op, llvm.FuncOp | llvm.GlobalOp)}
    live: set[str] = set()
    stack = [keep]
    while stack:
        name = stack.pop()
        if name in live or name not in table:
            continue
        live.add(name)
        stack.extend(referenced_symbols(table[name]))
    for name, op in table.items():
        if name not in live:
            op.detach()
            op.erase()
