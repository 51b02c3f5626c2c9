"""Acceptance: every corpus kernel, printed back from the IR, behaves like the
original on 100 random inputs (original run by clang or llvmlite, the printed
module JIT-compiled by llvmlite)."""

from __future__ import annotations

import pytest

from guacc.compiler.equivalence import compare
from guacc.compiler.roundtrip import roundtrip

from .conftest import CORPUS, DATA_DIR, corpus_id


@pytest.mark.parametrize("path", CORPUS, ids=corpus_id)
def test_corpus_roundtrip_is_equivalent(path):
    result = roundtrip(path, n=100, seed=1)
    assert result.reports, "the kernel's function was checked"
    for name, report in result.reports.items():
        assert report.ok, report.summary()
        assert report.compared >= 100 - report.discarded
        assert report.compared >= 50, f"{name}: too many inputs discarded ({report.discard_reasons})"


@pytest.mark.parametrize("name", ["features.ll", "features_typed.ll"])
def test_handwritten_ir_roundtrip_is_equivalent(name):
    result = roundtrip(DATA_DIR / name, n=100, seed=2)
    assert result.reports
    for report in result.reports.values():
        assert report.ok, report.summary()


def test_a_changed_constant_is_caught():
    """The check can fail: a printed module with one constant changed differs."""
    path = CORPUS[0].parent.parent / "clang16-O1" / "dot.ll"
    printed = roundtrip(path, n=5).printed
    assert "mul nsw i32" in printed
    broken = printed.replace("mul nsw i32", "add nsw i32", 1)
    report = compare(path, broken, "dot", n=100, seed=3)
    assert not report.ok and report.mismatches


@pytest.mark.parametrize("opt", ["-O1", "-O2"])
def test_packed_struct_tables_read_as_flat_arrays(tmp_path, opt):
    """clang writes constant tables with trailing zeros as packed structs; the
    frontend reads them as flat arrays of the same bytes, so behaviour is kept."""
    import subprocess

    ll = tmp_path / "packed.ll"
    subprocess.run(["clang", opt, "-S", "-emit-llvm", "-o", str(ll), str(DATA_DIR / "packed_tables.c")], check=True)
    assert "<{" in ll.read_text(), "clang still writes the packed-struct form this test is about"
    result = roundtrip(ll, n=100, seed=4)
    assert "<{" not in result.printed
    for report in result.reports.values():
        assert report.ok, report.summary()
