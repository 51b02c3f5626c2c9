"""Function merging (guacc.passes.merge): alignment, linking, parameters, code
generation details, errors and the reg2mem baseline, on hand-written IR and
a few corpus kernels. Corpus-wide equivalence is in test_merge_corpus.py."""

from __future__ import annotations

import random
import re
import shutil

import pytest
from xdsl.context import Context
from xdsl.dialects import llvm
from xdsl.dialects.builtin import IntegerType, i32

from guacc.compiler.backend.llvm_ir import print_ll
from guacc.compiler.diagnostics import GuaccError
from guacc.compiler.equivalence import Fixed, compare
from guacc.compiler.frontend import parse_ll, parse_ll_file
from guacc.passes import graphs
from guacc.passes.merge import (
    MergeOptions,
    Reg2Mem,
    Scorer,
    align,
    heaviest_common_subsequence,
    linearize,
    link,
    merge_functions,
)
from guacc.passes.merge.params import merge_param_types

from .conftest import CORPUS_DIR


def corpus(level: str, name: str):
    path = CORPUS_DIR / level / f"{name}.ll"
    return path, parse_ll_file(path)


def assert_equivalent(result, originals, n=200, seed=0, thunks=False):
    """Every original equals the merged function at its selector value."""
    text = result.ll()
    for k, (path, name) in enumerate(originals):
        if thunks:
            report = compare(path, text, name, cand_func=result.functions[k].thunk, n=n, seed=seed)
        else:
            report = compare(path, text, name, cand_func=result.name, cand_args=result.cand_args(k), n=n, seed=seed)
        assert report.ok, report.summary()
        assert report.compared >= min(n, 100), report.summary()


# ----------------------------------------------------------------- alignment core
def _brute_nw(a, b, score, gap):
    """Textbook Needleman-Wunsch with linear gaps and no mismatches."""
    neg = float("-inf")
    n, m = len(a), len(b)
    t = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        t[i][0] = -gap * i
    for j in range(1, m + 1):
        t[0][j] = -gap * j
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            diag = t[i - 1][j - 1] + score[a[i - 1]] if a[i - 1] == b[j - 1] else neg
            t[i][j] = max(diag, t[i - 1][j] - gap, t[i][j - 1] - gap)
    return t[n][m]


@pytest.mark.parametrize("use_numpy", [True, False])
@pytest.mark.parametrize("seed", range(12))
def test_heaviest_common_subsequence_is_needleman_wunsch(seed, use_numpy):
    rng = random.Random(seed)
    keys = rng.randint(1, 5)
    score = [rng.randint(1, 30) for _ in range(keys)]
    gap = rng.randint(0, 3)
    a = [rng.randrange(keys) for _ in range(rng.randint(0, 40))]
    b = [rng.randrange(keys) for _ in range(rng.randint(0, 40))]
    pairs = heaviest_common_subsequence(a, b, [s + 2 * gap for s in score], use_numpy=use_numpy)
    assert all(a[i] == b[j] for i, j in pairs)
    assert all(i1 < i2 and j1 < j2 for (i1, j1), (i2, j2) in zip(pairs, pairs[1:]))
    nw = sum(score[a[i]] for i, _ in pairs) - gap * (len(a) + len(b) - 2 * len(pairs))
    assert nw == _brute_nw(a, b, score, gap)


def _brute_gotoh(a, b, score, gap, gap_open):
    """Textbook Gotoh (affine gaps: a run of L unmatched entries costs gap_open + gap * L), no mismatches."""
    neg = float("-inf")
    n, m = len(a), len(b)
    opening = gap_open + gap
    H = [[neg] * (m + 1) for _ in range(n + 1)]
    E = [[neg] * (m + 1) for _ in range(n + 1)]
    F = [[neg] * (m + 1) for _ in range(n + 1)]
    H[0][0] = 0
    for i in range(n + 1):
        for j in range(m + 1):
            if i == j == 0:
                continue
            if j:
                E[i][j] = max(E[i][j - 1] - gap, H[i][j - 1] - opening)
            if i:
                F[i][j] = max(F[i - 1][j] - gap, H[i - 1][j] - opening)
            diag = H[i - 1][j - 1] + score[a[i - 1]] if i and j and a[i - 1] == b[j - 1] else neg
            H[i][j] = max(diag, E[i][j], F[i][j])
    return H[n][m]


@pytest.mark.parametrize("use_numpy", [True, False])
@pytest.mark.parametrize("seed", range(12))
def test_affine_alignment_is_gotoh(seed, use_numpy):
    from guacc.passes.merge.align import _columns, affine_alignment

    rng = random.Random(100 + seed)
    keys = rng.randint(1, 4)
    score = [rng.randint(1, 20) for _ in range(keys)]
    gap, gap_open = rng.randint(0, 3), rng.randint(1, 12)
    a = [rng.randrange(keys) for _ in range(rng.randint(1, 30))]
    b = [rng.randrange(keys) for _ in range(rng.randint(1, 30))]
    pairs = affine_alignment(a, b, score, gap, gap_open, use_numpy=use_numpy)
    assert all(a[i] == b[j] for i, j in pairs)
    cols = _columns(a, b, pairs)  # works on any sequences: (x, None), (None, y), (x, y)
    total, prev = 0, None
    for col in cols:
        kind = "M" if col[0] is not None and col[1] is not None else ("A" if col[0] is not None else "B")
        if kind == "M":
            total += score[col[0]]
        else:
            total -= gap + (gap_open if prev != kind else 0)
        prev = kind
    assert total == _brute_gotoh(a, b, score, gap, gap_open)


TWO_ORDERS = """
define i32 @f(i32 %x, i32 %y) {
entry:
  %a = add i32 %x, %y
  %b = add i32 %a, %y
  %m = mul i32 %b, %x
  ret i32 %m
}
define i32 @g(i32 %x, i32 %y) {
entry:
  %m = mul i32 %x, %y
  %a = add i32 %m, %y
  %b = add i32 %a, %x
  ret i32 %b
}
"""


def test_alignment_weighs_a_shared_multiplier_above_two_adds():
    module = parse_ll(TWO_ORDERS)
    f, g = (linearize(graphs.find_function(module, n)) for n in ("f", "g"))
    by_area = align(f, g, Scorer(module))
    assert [a.op.name for a, _ in by_area.matched if a.op is not None and a.op.name != "llvm.return"] == ["llvm.mul"]
    by_count = align(f, g, Scorer(module, MergeOptions(score_by="count", gap_open=0).score_options()))
    assert [a.op.name for a, _ in by_count.matched if a.op is not None and a.op.name != "llvm.return"] == [
        "llvm.add", "llvm.add"]
    assert by_area.score > by_count.score  # hardware value, not op count


def test_linearization_is_reverse_post_order_without_constants():
    _, module = corpus("clang16-O2", "gemm")
    func = graphs.find_function(module, "gemm")
    lin = linearize(func)
    assert lin.entries[0].is_label and lin.entries[0].block is func.body.blocks.first
    assert not any(isinstance(e.op, graphs.CONSTANT_OPS) for e in lin.entries)
    position = {b: i for i, b in enumerate(lin.blocks)}
    # every block except loop headers comes after all its forward predecessors
    for block in lin.blocks[1:]:
        for use in block.uses:
            pred = use.operation.parent_block()
            assert position[pred] < position[block] or _is_back_edge(pred, block)
    assert [e.index for e in lin.entries] == list(range(len(lin.entries)))


def _is_back_edge(pred, header) -> bool:
    from guacc.passes.merge.ssa_repair import Dominators

    func = header.parent_op()
    dom = Dominators(func.body.blocks.first, lambda b: list(b.last_op.successors))
    return dom.dominates(header, pred)


FLAGS = """
define i32 @f(i32 %x, i32 %y) {
  %a = add nsw i32 %x, %y
  %c = icmp slt i32 %a, %y
  %r = zext i1 %c to i32
  ret i32 %r
}
define i32 @g(i32 %x, i32 %y) {
  %a = add i32 %x, %y
  %c = icmp sgt i32 %a, %y
  %r = zext i1 %c to i32
  ret i32 %r
}
"""


def test_match_keys_need_equal_flags_and_predicates():
    module = parse_ll(FLAGS)
    f, g = (linearize(graphs.find_function(module, n)) for n in ("f", "g"))
    keys_f = [e.key for e in f.entries]
    keys_g = [e.key for e in g.entries]
    assert keys_f[1] != keys_g[1]  # add nsw vs add
    assert keys_f[2] != keys_g[2]  # icmp slt vs sgt
    assert keys_f[3] == keys_g[3]  # zext i1 -> i32
    result = merge_functions([(module, "f", "t"), (module, "g", "t")])
    assert result.stats.matched_ops == 2  # the zext and the return
    ops = [op.name for op in result.func.walk()]
    assert ops.count("llvm.add") == 2 and ops.count("llvm.icmp") == 2


def test_numpy_and_python_alignments_agree_on_a_corpus_pair():
    _, a = corpus("clang16-O0", "spmv_csr")
    _, b = corpus("clang16-O0", "spmv_ell")
    la, lb = linearize(graphs.find_function(a, "spmv_csr")), linearize(graphs.find_function(b, "spmv_ell"))
    scorer = Scorer(a)
    fast, slow = align(la, lb, scorer, use_numpy=True), align(la, lb, scorer, use_numpy=False)
    assert fast.score == slow.score and fast.mode == slow.mode == "full"
    assert [(x and x.index, y and y.index) for x, y in fast.columns] == [
        (x and x.index, y and y.index) for x, y in slow.columns]


def test_block_level_alignment_when_the_table_is_too_large():
    pa, a = corpus("clang16-O1", "stencil2d")
    pb, b = corpus("clang16-O1", "stencil3d")
    full = merge_functions([(a, "stencil2d", "a"), (b, "stencil3d", "b")])
    assert full.stats.alignment_mode == "full" and not full.stats.notes
    small = merge_functions([(a, "stencil2d", "a"), (b, "stencil3d", "b")], max_cells=1000)
    assert small.stats.alignment_mode == "block"
    assert "cells" in small.stats.notes[0] and "block-level" in small.stats.notes[0]
    assert small.stats.stages[0].alignment_cells <= 1000
    assert_equivalent(small, [(pa, "stencil2d"), (pb, "stencil3d")], n=100)


# ----------------------------------------------------------------- parameters, selectors
def test_parameters_merge_by_type_and_position():
    p = llvm.LLVMPointerType()
    pm = merge_param_types([p, p, i32], [p, i32, p, IntegerType(64)])
    assert pm.types == [p, p, i32, IntegerType(64)]
    assert pm.second_to_merged == [0, 2, 1, 3]


I1_PAIR = """
define i1 @f(i1 %c, i32 %x) {
  %r = xor i1 %c, false
  ret i1 %r
}
define i1 @g(i1 %c, i32 %x) {
  %r = xor i1 %c, true
  ret i1 %r
}
"""


def test_an_i1_constant_pair_becomes_the_selector(tmp_path):
    module = parse_ll(I1_PAIR)
    result = merge_functions([(module, "f", "x"), (module, "g", "x")])
    assert result.stats.selects == 0 and result.stats.unmatched_ops == 0
    xor = next(op for op in result.func.walk() if isinstance(op, llvm.XOrOp))
    assert result.func.body.blocks.first.args[0] in xor.operands  # the selector itself
    path = tmp_path / "pair.ll"
    path.write_text(I1_PAIR)
    assert_equivalent(result, [(path, "f"), (path, "g")], n=50)


def test_merging_a_function_with_itself_shares_everything():
    path, module = corpus("clang16-O2", "viterbi")
    result = merge_functions([(module, "viterbi", "a"), (module, "viterbi", "a")])
    s = result.stats
    assert s.unmatched_ops == 0 and s.selects == 0
    assert s.matched_ops == s.original_ops[0]
    original = graphs.find_function(module, "viterbi")
    assert s.phis == sum(len(b.args) for b in list(original.body.blocks)[1:])
    assert_equivalent(result, [(path, "viterbi"), (path, "viterbi")], n=50)


def test_cand_args_route_each_original():
    _, a = corpus("clang16-O2", "gemm_f")
    _, b = corpus("clang16-O2", "xorshift64")
    result = merge_functions([(a, "gemm_f", "a"), (b, "xorshift64", "b")])
    types = result.param_types
    assert types[0] == IntegerType(1)
    for k, f in enumerate(result.functions):
        args = result.cand_args(k)
        assert args[0] == Fixed(k) and f.selector == k
        own = [x for x in args if isinstance(x, int)]
        assert sorted(own) == list(range(len(own)))
        for x, t in zip(args[1:], types[1:]):
            if isinstance(x, Fixed):
                assert x.value is None if isinstance(t, llvm.LLVMPointerType) else x.value == 0
    assert result.cand_args(0, scratch=4).count(Fixed([0, 0, 0, 0])) == sum(
        1 for i, t in enumerate(types) if isinstance(t, llvm.LLVMPointerType) and result.functions[0].arg_map[i] is None)


def test_three_functions_take_an_i8_selector():
    _, a = corpus("clang16-O2", "dot")
    _, b = corpus("clang16-O2", "prefix_sum")
    _, c = corpus("clang16-O2", "histogram")
    result = merge_functions([(a, "dot", "a"), (b, "prefix_sum", "b"), (c, "histogram", "c")])
    assert result.selector_type == IntegerType(8)
    assert [f.selector for f in result.functions] == [0, 1, 2]
    assert len(result.stats.stages) == 2
    with pytest.raises(GuaccError, match="cannot tell 3 functions apart"):
        merge_functions([(a, "dot", "a"), (b, "prefix_sum", "b"), (c, "histogram", "c")], selector_bits=1)


# ----------------------------------------------------------------- linking
def test_same_name_in_two_files_is_renamed(tmp_path):
    src = CORPUS_DIR / "clang16-O0" / "bfs.ll"
    copy = tmp_path / "other" / "bfs.ll"
    copy.parent.mkdir()
    shutil.copy(src, copy)
    linked = link([(parse_ll_file(src), "bfs", str(src)), (parse_ll_file(copy), "bfs", str(copy))])
    first, second = linked.sources
    assert first.linked_name == "bfs" and second.linked_name != "bfs"
    assert first.symbols["clamp_edge"] == "clamp_edge"
    assert second.symbols["clamp_edge"] not in ("clamp_edge", second.linked_name)
    second_func = linked.function(1)
    callees = {op.callee.string_value() for op in second_func.walk() if isinstance(op, llvm.CallOp)}
    assert callees == {second.symbols["clamp_edge"]}


def test_globals_are_renamed_with_their_users():
    path, a = corpus("clang16-O2", "crc32_table")
    _, b = corpus("clang16-O2", "crc32_table")
    result = merge_functions([(a, "crc32_table", "one.ll"), (b, "crc32_table", "two.ll")])
    globals_ = sorted(op.sym_name.data for op in result.module.ops if isinstance(op, llvm.GlobalOp))
    assert globals_ == ["crc32_tab", result.functions[1].symbols["crc32_tab"]]
    text = result.ll()
    report = compare(path, text, "crc32_table", cand_func=result.name, cand_args=result.cand_args(1), n=100)
    assert report.ok, report.summary()


def test_helpers_come_along_and_inputs_stay_untouched():
    path, module = corpus("clang16-O0", "merge_sort")
    before = print_ll(module)
    _, other = corpus("clang16-O0", "insertion_sort")
    result = merge_functions([(module, "merge_sort", "a"), (other, "insertion_sort", "b")])
    names = {op.sym_name.data for op in result.module.ops if isinstance(op, llvm.FuncOp)}
    assert names == {result.name, "merge"}
    assert print_ll(module) == before


# ----------------------------------------------------------------- refusals
RECURSIVE = """
define i32 @fact(i32 %n) {
entry:
  %c = icmp sle i32 %n, 1
  br i1 %c, label %base, label %rec
base:
  ret i32 1
rec:
  %m = sub i32 %n, 1
  %r = call i32 @fact(i32 %m)
  %p = mul i32 %n, %r
  ret i32 %p
}
define i32 @id(i32 %n) {
  ret i32 %n
}
declare i32 @printf(ptr, ...)
define i32 @va(i32 %n, ...) {
  ret i32 %n
}
define void @decl_user() {
  ret void
}
"""


@pytest.mark.parametrize("names,message", [
    (("fact", "id"), "t.ll: error: cannot merge 'fact': it is recursive"),
    (("va", "id"), "t.ll: error: cannot merge 'va': it takes variable arguments"),
    (("id", "missing"), r"t.ll: error: no function 'missing' is defined \(defined: fact, id, va, decl_user\)"),
    (("id", "printf"), "no function 'printf' is defined"),
    (("id",), "at least two functions"),
])
def test_unmergeable_functions_are_refused_with_a_reason(names, message):
    module = parse_ll(RECURSIVE)
    with pytest.raises(GuaccError) as err:
        merge_functions([(module, n, "t.ll") for n in names])
    assert re.search(message, str(err.value)), str(err.value)  # str(): what the CLI prints


def test_different_return_types_refused_or_returned_in_a_struct():
    pa, a = corpus("clang16-O1", "dot")
    pb, b = corpus("clang16-O1", "dot_f")
    with pytest.raises(GuaccError, match=r"different types \(i32 and double\)"):
        merge_functions([(a, "dot", "a"), (b, "dot_f", "b")])
    result = merge_functions([(a, "dot", "a"), (b, "dot_f", "b")], mixed_returns="struct", thunks=True)
    assert isinstance(result.func.function_type.output, llvm.LLVMStructType)
    assert [f.ret_field for f in result.functions] == [0, 1]
    assert [f.thunk for f in result.functions] == ["dot", "dot_f"]
    assert_equivalent(result, [(pa, "dot"), (pb, "dot_f")], n=100, thunks=True)


def test_void_and_value_returns_merge():
    pa, a = corpus("clang16-O2", "insertion_sort")
    pb, b = corpus("clang16-O2", "bubble_sort")
    result = merge_functions([(a, "insertion_sort", "a"), (b, "bubble_sort", "b")])
    assert result.func.function_type.output == i32
    assert_equivalent(result, [(pa, "insertion_sort"), (pb, "bubble_sort")], n=100)


# ----------------------------------------------------------------- reg2mem
@pytest.mark.parametrize("name", ["viterbi", "kmp", "merge_sort", "alu"])
def test_reg2mem_leaves_no_register_live_across_blocks(name):
    path, module = corpus("clang16-O2", name)
    assert Reg2Mem.name == "reg2mem"
    Reg2Mem().apply(Context(), module)
    for func in graphs.defined_functions(module):
        entry = func.body.blocks.first
        for block in list(func.body.blocks)[1:]:
            assert not block.args
        for block in func.body.blocks:
            for op in block.ops:
                if isinstance(op, llvm.AllocaOp) and block is entry:
                    continue
                for r in op.results:
                    assert all(u.operation.parent_block() is block for u in r.uses), (name, op.name)
    report = compare(path, print_ll(module), name, n=100)
    assert report.ok, report.summary()


def test_no_ssa_baseline_merges_demoted_code():
    pa, a = corpus("clang16-O2", "spmv_csr")
    pb, b = corpus("clang16-O2", "spmv_ell")
    ssa = merge_functions([(a, "spmv_csr", "a"), (b, "spmv_ell", "b")])
    base = merge_functions([(a, "spmv_csr", "a"), (b, "spmv_ell", "b")], no_ssa=True)
    assert base.no_ssa and not ssa.no_ssa
    slots = [op for op in base.func.walk() if isinstance(op, llvm.AllocaOp)]
    assert any((op.results[0].name_hint or "").endswith(".reg2mem") for op in slots)
    memory = lambda r: sum(isinstance(op, llvm.LoadOp | llvm.StoreOp) for op in r.func.walk())  # noqa: E731
    assert memory(base) > memory(ssa)
    assert_equivalent(base, [(pa, "spmv_csr"), (pb, "spmv_ell")], n=100)


# ----------------------------------------------------------------- options
def test_options_keep_behaviour():
    """Phi coalescing, speculation, linear gaps and kept originals change the code, never the behaviour."""
    pa, a = corpus("clang16-O1", "crc32")
    pb, b = corpus("clang16-O1", "crc32_table")
    sources = [(a, "crc32", "a"), (b, "crc32_table", "b")]
    base = merge_functions(sources)
    plain = merge_functions(sources, coalesce=False)
    assert plain.stats.phis >= base.stats.phis
    assert base.stats.stages[0].codegen.coalesced >= 0 and plain.stats.stages[0].codegen.coalesced == 0
    salssa = merge_functions(sources, gap_open=0)  # SalSSA's linear gaps: more, smaller matches
    assert salssa.stats.matched_ops >= base.stats.matched_ops
    spec = merge_functions(sources, gap_open=0, speculate=True)
    assert spec.stats.stages[0].codegen.speculated > 0
    assert spec.stats.blocks < salssa.stats.blocks
    kept = merge_functions(sources, keep_originals=True, thunks=True)
    names = {op.sym_name.data for op in kept.module.ops if isinstance(op, llvm.FuncOp)}
    assert {"crc32", "crc32_table", "crc32.thunk", "crc32_table.thunk", kept.name} <= names
    originals = [(pa, "crc32"), (pb, "crc32_table")]
    for result in (plain, salssa, spec):
        assert_equivalent(result, originals, n=100)
    assert_equivalent(kept, originals, n=100, thunks=True)


def test_reg2mem_can_be_limited_to_named_functions():
    _, module = corpus("clang16-O2", "merge_sort")
    Reg2Mem(functions=("merge",)).apply(Context(), module)
    merge = graphs.find_function(module, "merge")
    root = graphs.find_function(module, "merge_sort")
    assert not any(b.args for b in list(merge.body.blocks)[1:])
    assert any(b.args for b in list(root.body.blocks)[1:])
