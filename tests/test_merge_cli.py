"""`guacc merge` and `guacc explore`: the merge flow from files to a design folder."""

from __future__ import annotations

import json
import shutil

import pytest

from guacc.compiler.cli import main
from guacc.passes.merging import collect_ll_files, load_inputs, pick_functions, root_functions

from .conftest import CORPUS

O2 = CORPUS[0].parents[1] / "clang16-O2"
O0 = CORPUS[0].parents[1] / "clang16-O0"


def test_root_functions_bring_helpers_along():
    (merge_sort,) = load_inputs([O0 / "merge_sort.ll"])
    assert root_functions(merge_sort.module) == ["merge_sort"]
    picked = pick_functions(load_inputs([O0 / "merge_sort.ll", O2 / "insertion_sort.ll"]))
    assert [p.name for p in picked] == ["merge_sort", "insertion_sort"]
    by_name = pick_functions(load_inputs([O0 / "merge_sort.ll", O2 / "bfs.ll"]), ["merge", "bfs"])
    assert [p.name for p in by_name] == ["merge", "bfs"]


def test_merge_writes_a_verified_design(tmp_path, capsys):
    from guacc.compiler.hls.csim import run_csim

    out = tmp_path / "design"
    args = [str(O2 / "gemm.ll"), str(O2 / "gemm_f.ll"), "--verify", "30", "--force", "--vectors", "20"]
    assert main(["merge", *args, "-o", str(out)]) == 0
    text = capsys.readouterr().out
    assert "equivalent on 30/30 inputs" in text and "selector 1: gemm_f" in text
    name = "merged_gemm_gemm_f"
    assert {f"{name}.ll", f"{name}.c", f"tb_{name}.c", "run_hls.tcl", "bambu.sh", "report.json"} <= {
        p.name for p in out.iterdir()}
    report = json.loads((out / "report.json").read_text())
    merge = report["merge"]
    assert [f["function"] for f in merge["functions"]] == ["gemm", "gemm_f"]
    assert merge["merge"]["matched_ops"] > 0 and all(v["ok"] for v in merge["verification"])
    assert set(merge["profitability"]["savings"]) >= {"area", "energy_nj", "edp"}
    assert report["estimates"]["asic40"]["function"] == name
    result = run_csim(out)
    assert result.ok, result.output


def test_unprofitable_merge_is_not_emitted(tmp_path, capsys):
    out = tmp_path / "never"
    # Objective area with no slowdown allowed at all: refused.
    assert main(["merge", str(O2 / "crc32.ll"), str(O2 / "dot.ll"), "--max-slowdown", "0.01",
                 "-o", str(out), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["emitted"] is None and not report["decision"]["pays"]
    assert "slower" in report["decision"]["reason"] and not out.exists()


def test_same_name_in_two_files_is_told_apart(tmp_path, capsys):
    copy = tmp_path / "histogram.ll"
    shutil.copy(CORPUS[0].parents[1] / "clang16-O1" / "histogram.ll", copy)
    out = tmp_path / "histogram2"
    args = [str(O2 / "histogram.ll"), str(copy), "--verify", "20", "--force", "-o", str(out), "--json"]
    assert main(["merge", *args]) == 0
    report = json.loads(capsys.readouterr().out)
    linked = [f["linked_name"] for f in report["functions"]]
    assert len(set(linked)) == 2 and [f["file"] for f in report["functions"]] == [str(O2 / "histogram.ll"), str(copy)]
    assert (out / "merged_histogram_histogram.c").exists()
    assert all(v["ok"] for v in report["verification"])


def test_irreducible_merge_is_emitted_by_node_splitting(tmp_path):
    from guacc.compiler.hls.csim import run_csim

    out = tmp_path / "spmv"
    # spmv_csr + spmv_ell merge into an irreducible CFG; the backend copies blocks to emit it.
    assert main(["merge", str(O2 / "spmv_csr.ll"), str(O2 / "spmv_ell.ll"), "--force", "-o", str(out),
                 "--json"]) == 0
    assert "goto" not in (out / "merged_spmv_csr_spmv_ell.c").read_text()
    result = run_csim(out)
    assert result.ok, result.output


def test_merge_bad_input(tmp_path, capsys):
    empty = tmp_path / "empty.ll"
    empty.write_text("@g = global i32 0\n")
    bad = tmp_path / "bad.ll"
    bad.write_text("define i32 @f() {\n  ret i32 %x\n}\n")
    out = tmp_path / "out"
    cases = [
        ([str(O2 / "dot.ll"), str(tmp_path / "missing.ll")], "missing.ll: error: cannot read file"),
        ([str(O2 / "dot.ll"), str(empty)], "empty.ll: error: the file defines no function"),
        ([str(O2 / "dot.ll"), str(bad)], "bad.ll:2:"),
        ([str(O2 / "dot.ll"), str(O2 / "gemm.ll"), "--func", "nope"], "no input file defines a function 'nope'"),
        ([str(O2 / "dot.ll")], "merging needs at least two functions"),
        ([str(O2 / "dot.ll"), str(O2 / "gemm.ll"), "--clock", "99"], "outside the range"),
    ]
    for args, message in cases:
        assert main(["merge", *args, "-o", str(out)]) == 2
        err = capsys.readouterr().err
        assert message in err and err.count("\n") == 1, err
        assert not out.exists()


def test_explore_ranks_and_merges_the_top_pairs(capsys):
    files = [str(O2 / f"{k}.ll") for k in ("spmv_csr", "spmv_ell", "crc32", "dot")]
    assert main(["explore", *files, "--top", "2", "--jobs", "1", "--profile-input", "2", "--json"]) == 0
    pairs = json.loads(capsys.readouterr().out)
    assert len(pairs) == 6
    assert all(p["merge"] is not None for p in pairs[:2]) and all(p["merge"] is None for p in pairs[2:])
    assert {pairs[0]["a"]["function"], pairs[0]["b"]["function"]} == {"spmv_csr", "spmv_ell"}
    assert {"area_percent", "energy_percent", "slowdown", "pays"} <= set(pairs[0]["merge"])


def test_explore_collects_folders(tmp_path):
    assert len(collect_ll_files([O2])) == 30
    assert main(["explore", str(tmp_path)]) == 2


def test_unmergeable_return_types_are_a_clear_error(tmp_path, capsys):
    out = tmp_path / "never"
    assert main(["merge", str(O2 / "crc32.ll"), str(O2 / "dot_f.ll"), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "they return different types (i32 and double)" in err and not out.exists()


def test_three_way_merge_testbench_exercises_every_selector_value(tmp_path, capsys):
    import re

    from guacc.compiler.hls.csim import run_csim

    out = tmp_path / "three"
    files = [str(O2 / f"{k}.ll") for k in ("matvec", "fir", "qmatvec")]
    assert main(["merge", *files, "--verify", "20", "--force", "-o", str(out), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [f["selector"] for f in report["functions"]] == [0, 1, 2]
    assert all(v["ok"] for v in report["verification"])
    tb = (out / "tb_merged_matvec_fir_qmatvec.c").read_text()
    selectors = re.search(r"tb_in_arg0\[\d+\] = \{([^}]*)\}", tb).group(1)
    assert {int(v) for v in selectors.split(",")} == {0, 1, 2}
    assert run_csim(out).ok


def test_void_and_value_merge_returns_zero_on_the_void_side(tmp_path, capsys):
    from guacc.compiler.equivalence import JitProgram, generate_inputs, run, signature_from_ir
    from guacc.compiler.hls.csim import run_csim

    out = tmp_path / "vz"
    assert main(["merge", str(O2 / "gemm.ll"), str(O2 / "crc32.ll"), "--verify", "20", "--force", "-o", str(out),
                 "--json"]) == 0
    capsys.readouterr()
    text = (out / "merged_gemm_crc32.ll").read_text()
    sig = signature_from_ir(text, "merged_gemm_crc32")
    # Selector 0 runs gemm, which returns void.
    inputs = [type(i)((False,) + i.args[1:]) for i in generate_inputs(sig, 4, seed=3)]
    results = run(JitProgram(text), "merged_gemm_crc32", inputs, sig)
    assert [r.ret for r in results] == [0, 0, 0, 0]
    assert run_csim(out).ok  # the C and the IR agree on the void side too
