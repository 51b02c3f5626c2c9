"""The command line is a thin layer: each command on real input."""

from __future__ import annotations

import json
import subprocess
import sys

from guacc.compiler.backend.llvm_ir import verify_ll
from guacc.compiler.cli import main

from .conftest import CORPUS, DATA_DIR


def test_version_and_help(capsys):
    for argv in (["--help"], ["--version"]):
        try:
            main(argv)
        except SystemExit as stop:
            assert stop.code == 0
    out = capsys.readouterr().out
    assert "guacc 0.1.0" in out and "parse" in out and "graph" in out


def test_help_does_not_import_heavy_modules():
    code = "import sys; from guacc.compiler import cli; cli.build_parser(); print('xdsl' in sys.modules, 'llvmlite' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_parse_emits_mlir_and_ll(tmp_path, capsys):
    src = CORPUS[0]
    assert main(["parse", str(src)]) == 0
    assert "llvm.func" in capsys.readouterr().out
    out = tmp_path / "o.ll"
    assert main(["parse", str(src), "--emit", "ll", "-o", str(out)]) == 0
    verify_ll(out.read_text())


def test_graph_writes_dot(tmp_path):
    out = tmp_path / "g.dot"
    assert main(["graph", str(DATA_DIR / "features.ll"), "--func", "dispatch", "--kind", "dfg", "-o", str(out)]) == 0
    assert out.read_text().startswith('digraph "dispatch"')


def test_equiv_with_explicit_inputs(tmp_path, capsys):
    levels = CORPUS[0].parent.parent
    inputs = tmp_path / "inputs.json"
    inputs.write_text(json.dumps([{"args": {"0": [1, 2, 3], "1": [4, 5, 6], "2": 3}}]))
    code = main(["equiv", str(levels / "clang14-O0" / "dot.ll"), str(levels / "clang16-O2" / "dot.ll"),
                 "--inputs", str(inputs)])
    assert code == 0
    assert "equivalent on 1/1" in capsys.readouterr().out


def test_transpile_needs_an_output_file():
    from guacc.transpiler.cli import main as transpile

    assert transpile([]) == 0
    assert transpile(["x.s", "--src", "arm", "--dst", "riscv"]) == 2


def test_equiv_bad_inputs_name_the_right_file(tmp_path, capsys):
    levels = CORPUS[0].parent.parent
    ref, cand = str(levels / "clang16-O0" / "dot.ll"), str(levels / "clang16-O2" / "dot.ll")
    garbage = tmp_path / "garbage.ll"
    garbage.write_bytes(b"\xff\xfe\x00 not IR")
    assert main(["equiv", ref, str(garbage)]) == 2
    assert capsys.readouterr().err.startswith(f"{garbage}:1:1: error:")
    bad_json = tmp_path / "in.json"
    bad_json.write_text('{"args": 5}')
    assert main(["equiv", ref, cand, "--inputs", str(bad_json)]) == 2
    assert capsys.readouterr().err.startswith(f"{bad_json}: error:")
    assert main(["equiv", ref, str(levels / "clang16-O2" / "gemm.ll")]) == 2
    assert "no function 'dot'" in capsys.readouterr().err
