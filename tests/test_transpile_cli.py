"""`transpile`: thin over the verifier; bad input is one error line, exit 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from guacc.transpiler.cli import main

ROOT = Path(__file__).resolve().parent.parent
ASM = ROOT / "examples" / "asm"
SMALL = "collatz"  # every block of its -O0 pair is proven


def test_help_is_fast_and_light():
    code = ("import sys; from guacc.transpiler import cli; cli.build_parser(); cli.build_verify_parser(); "
            "print('torch' in sys.modules, 'z3' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_verify_correct_translation(tmp_path, capsys):
    report = tmp_path / "r.json"
    code = main(["verify", "--src", "arm", "--dst", "riscv", str(ASM / "arm/O0" / f"{SMALL}.s"),
                 str(ASM / "riscv/O0" / f"{SMALL}.s"), "--report", str(report), "--no-progress"])
    data = json.loads(report.read_text())
    assert code == 0, capsys.readouterr().err
    assert data["all_verified"] and data["summary"]["verified"] == data["summary"]["blocks"] > 5


def test_verify_broken_translation(tmp_path, capsys):
    text = (ASM / "riscv/O0" / f"{SMALL}.s").read_text()
    # one immediate changed in the loop: n = 3*n + 1 becomes 3*n + 2
    broken_text = text.replace("\taddi\ta5,a5,1\n", "\taddi\ta5,a5,2\n", 1)
    assert broken_text != text
    broken = tmp_path / "broken.s"
    broken.write_text(broken_text)
    report = tmp_path / "r.json"
    code = main(["verify", "--src", "arm", "--dst", "riscv", str(ASM / "arm/O0" / f"{SMALL}.s"), str(broken),
                 "--report", str(report), "--no-progress"])
    assert code == 1
    data = json.loads(report.read_text())
    failed = [b for b in data["blocks"] if b["status"] == "failed"]
    assert failed and failed[0]["counterexample"]["differences"]


def test_malformed_assembly_is_one_error_exit_2(tmp_path, capsys):
    bad = tmp_path / "bad.s"
    bad.write_text("\t.text\nf:\n\tadd x0, x1, x2\n\tfrobnicate x0, x1\n\tret\n")
    out = tmp_path / "out.s"
    code = main(["--src", "arm", "--dst", "riscv", str(bad), "-o", str(out)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and not out.exists()
    assert len(err) == 1 and f"{bad}:4:" in err[0] and "error" in err[0]
    code = main(["verify", "--src", "arm", "--dst", "riscv", str(bad), str(bad)])
    assert code == 2


def test_a_file_without_functions_is_translated_with_a_warning(tmp_path, capsys):
    data_only = tmp_path / "data.s"
    data_only.write_text("\t.data\nx:\n\t.word\t1\n")
    out = tmp_path / "out.s"
    assert main(["--src", "arm", "--dst", "riscv", str(data_only), "-o", str(out), "--no-progress"]) == 0
    assert f"{data_only}: no functions to translate" in capsys.readouterr().err
    assert "x:" in out.read_text()


def test_same_isa_is_refused(capsys):
    assert main(["verify", "--src", "arm", "--dst", "arm", "a.s", "b.s"]) == 2


def test_output_may_not_overwrite_the_input(tmp_path, capsys):
    src = tmp_path / "p.s"
    text = (ASM / "arm/O0" / f"{SMALL}.s").read_text()
    src.write_text(text)
    assert main(["--src", "arm", "--dst", "riscv", str(src), "-o", str(src)]) == 2
    assert "overwrite the input" in capsys.readouterr().err
    assert src.read_text() == text
