"""Merging corpus kernels: for similar pairs at every optimisation level, a
sample of dissimilar pairs, merges of three and four functions, same-named
functions from two files and the non-SSA baseline, LLVM verifies the merged
module and the equivalence harness shows each original equal to the merged
function at its selector value on 200 random inputs."""

from __future__ import annotations

import itertools
import random
import shutil

import pytest

from guacc.compiler.diagnostics import GuaccError
from guacc.compiler.equivalence import compare
from guacc.compiler.frontend import parse_ll_file
from guacc.passes.merge import merge_functions

from .conftest import CORPUS, CORPUS_DIR, corpus_id

N = 200

SIMILAR = [
    ("gemm", "gemm_f"), ("spmv_csr", "spmv_ell"), ("stencil2d", "stencil3d"),
    ("bubble_sort", "insertion_sort"), ("crc32", "crc32_table"), ("fir", "matvec"),
    ("dot", "prefix_sum"), ("saxpy", "particles"),
]
LEVELS16 = ["clang16-O0", "clang16-O1", "clang16-O2"]
SIMILAR_CASES = [(lvl, a, b) for lvl in LEVELS16 for a, b in SIMILAR] + [
    (lvl, a, b) for lvl in ("clang14-O0", "clang14-O2")
    for a, b in (("gemm", "gemm_f"), ("bubble_sort", "insertion_sort"), ("spmv_csr", "spmv_ell"))
]


def _dissimilar_sample(k: int = 10) -> list[tuple[str, str, str]]:
    names = sorted({p.stem for p in CORPUS})
    similar = {frozenset(p) for p in SIMILAR} | {frozenset(("dot", "dot_f"))}
    pairs = [p for p in itertools.combinations(names, 2) if frozenset(p) not in similar]
    levels = sorted({p.parent.name for p in CORPUS})
    rng = random.Random(5)
    return [(rng.choice(levels), *pair) for pair in rng.sample(pairs, k)]


def _path(level: str, name: str):
    return CORPUS_DIR / level / f"{name}.ll"


def merge_and_check(cases: list[tuple], n: int = N, **options):
    """cases: (path, function); merges them (in order) and compares each with the merged function."""
    modules = [(parse_ll_file(p), f, str(p)) for p, f in cases]
    try:
        result = merge_functions(modules, **options)
    except GuaccError as err:
        if "return different types" in err.message:
            pytest.skip(f"refused as designed: {err.message}")
        raise
    text = result.ll()  # LLVM's parser and verifier
    for k, (path, func) in enumerate(cases):
        if options.get("thunks"):
            report = compare(path, text, func, cand_func=result.functions[k].thunk, n=n, seed=k)
        else:
            report = compare(path, text, func, cand_func=result.name, cand_args=result.cand_args(k), n=n, seed=k)
        assert report.ok, f"selector {k} ({func}):\n{report.summary()}"
        assert report.compared >= n // 2, report.summary()
    return result


@pytest.mark.parametrize("level,a,b", SIMILAR_CASES, ids=[f"{l}/{a}+{b}" for l, a, b in SIMILAR_CASES])
def test_similar_pair(level, a, b):
    result = merge_and_check([(_path(level, a), a), (_path(level, b), b)])
    s = result.stats
    assert s.alignment_mode == "full"
    assert s.matched_ops > 0
    # sharing makes the merged function smaller than the two together
    assert s.ops - s.selects < sum(s.original_ops) + s.blocks


@pytest.mark.parametrize("level", ["clang16-O0", "clang16-O2"])
def test_dot_with_dot_f_returns_a_struct(level):
    result = merge_and_check([(_path(level, "dot"), "dot"), (_path(level, "dot_f"), "dot_f")],
                             mixed_returns="struct", thunks=True)
    assert [f.ret_field for f in result.functions] == [0, 1]


DISSIMILAR = _dissimilar_sample()


@pytest.mark.parametrize("level,a,b", DISSIMILAR, ids=[f"{l}/{a}+{b}" for l, a, b in DISSIMILAR])
def test_dissimilar_pair(level, a, b):
    merge_and_check([(_path(level, a), a), (_path(level, b), b)])


MULTI = [
    ("clang16-O2", ("gemm", "gemm_f", "matvec")),
    ("clang16-O0", ("bubble_sort", "insertion_sort", "merge_sort")),
    ("clang14-O1", ("crc32", "crc32_table", "gray_code")),
    ("clang16-O1", ("dot", "prefix_sum", "histogram", "kmp")),
]


@pytest.mark.parametrize("level,names", MULTI, ids=[f"{l}/{'+'.join(n)}" for l, n in MULTI])
def test_more_than_two_functions(level, names):
    result = merge_and_check([(_path(level, f), f) for f in names], n=N)
    assert [f.selector for f in result.functions] == list(range(len(names)))
    assert len(result.stats.stages) == len(names) - 1
    assert result.selector_type.width.data == 8


def test_same_name_in_two_files(tmp_path):
    """Two files that both define `bfs` (and its helper `clamp_edge`): renamed, never confused."""
    original = _path("clang16-O0", "bfs")
    copy = tmp_path / "bfs.ll"
    shutil.copy(original, copy)
    result = merge_and_check([(original, "bfs"), (copy, "bfs")])
    first, second = result.functions
    assert first.linked_name == "bfs" and second.linked_name not in ("bfs", first.linked_name)
    helpers = {first.symbols["clamp_edge"], second.symbols["clamp_edge"]}
    assert len(helpers) == 2
    defined = {op.sym_name.data for op in result.module.ops}
    assert helpers <= defined


NO_SSA = [
    ("clang16-O2", "gemm", "gemm_f"), ("clang16-O1", "bubble_sort", "insertion_sort"),
    ("clang16-O2", "stencil2d", "stencil3d"), ("clang16-O0", "crc32", "crc32_table"),
]


@pytest.mark.parametrize("level,a,b", NO_SSA, ids=[f"{l}/{a}+{b}" for l, a, b in NO_SSA])
def test_no_ssa_baseline(level, a, b):
    result = merge_and_check([(_path(level, a), a), (_path(level, b), b)], no_ssa=True)
    assert result.no_ssa


@pytest.mark.parametrize("path", [p for p in CORPUS if p.parent.name == "clang16-O2"][:6], ids=corpus_id)
def test_block_level_alignment_on_the_corpus(path):
    other = _path("clang16-O2", "viterbi")
    result = merge_and_check([(path, path.stem), (other, "viterbi")], n=100, block_alignment=True)
    assert result.stats.alignment_mode == "block"
