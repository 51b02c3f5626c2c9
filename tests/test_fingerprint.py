"""Merge-candidate fingerprints: opcode vectors and MinHash."""

from __future__ import annotations

import pytest

from guacc.compiler.frontend import parse_ll_file
from guacc.passes import graphs
from guacc.passes.fingerprint import fingerprint, opcode_similarity, rank_pairs

from .conftest import CORPUS


def _prints(level: str, names: list[str]):
    out = []
    for name in names:
        path = next(p for p in CORPUS if p.parent.name == level and p.stem == name)
        out += [fingerprint(f, str(path)) for f in graphs.defined_functions(parse_ll_file(path))]
    return out


def test_identical_functions_are_fully_similar():
    a, b = _prints("clang16-O2", ["gemm", "gemm"])
    assert a.label == b.label and opcode_similarity(a.opcodes, b.opcodes) == 1.0
    assert a.minhash.jaccard(b.minhash) == 1.0


def test_similar_kernels_rank_above_dissimilar_ones():
    prints = _prints("clang16-O2", ["spmv_csr", "spmv_ell", "crc32", "gray_code", "dot_f"])
    ranks = rank_pairs(prints)
    order = [{r.a.name, r.b.name} for r in ranks]
    assert order.index({"spmv_csr", "spmv_ell"}) < order.index({"crc32", "dot_f"})
    best = ranks[0]
    assert best.shareable_area > 0 and 0 <= best.jaccard <= 1 and 0 <= best.opcode_similarity <= 1
    assert len(ranks) == 10  # every pair once


def test_float_and_int_variants_share_by_type():
    a, b = _prints("clang16-O2", ["dot", "dot_f"])
    # Same loop shape, different element types: the int multiply and the double
    # fmuladd are different kinds, so similarity is partial.
    assert 0.2 < opcode_similarity(a.opcodes, b.opcodes) < 1.0
    assert "llvm.mul:i32<-i32" in a.opcodes and "llvm.fmuladd:f64<-f64" in b.opcodes


@pytest.mark.parametrize("level", ["clang14-O0", "clang16-O1"])
def test_same_name_in_two_files_told_apart(level, tmp_path):
    src = next(p for p in CORPUS if p.parent.name == level and p.stem == "bfs")
    copy = tmp_path / "bfs.ll"
    copy.write_text(src.read_text())
    prints = [fingerprint(graphs.find_function(parse_ll_file(p), "bfs"), str(p)) for p in (src, copy)]
    (rank,) = rank_pairs(prints)
    assert {rank.a.label, rank.b.label} == {str(src), str(copy)}
    assert rank.opcode_similarity == 1.0
