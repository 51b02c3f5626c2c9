"""The design folder: Vitis/Bambu scripts, report, options, atomic writes, the
CLI (`guacc emit`, `guacc csim`), and a testbench that catches a broken design."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys

import pytest

from guacc.compiler.cli import main
from guacc.compiler.diagnostics import GuaccError
from guacc.compiler.hls import HlsOptions
from guacc.compiler.hls.csim import run_csim
from guacc.compiler.hls.project import write_design

from .conftest import CORPUS_DIR, DATA_DIR

VITIS_ORDER = ["open_project", "set_top", "add_files", "add_files -tb", "open_solution", "set_part",
               "create_clock -period", "csim_design", "csynth_design", "cosim_design", "export_design"]


@pytest.fixture(scope="module")
def crc(tmp_path_factory):
    out = tmp_path_factory.mktemp("hls") / "crc"
    options = HlsOptions(part="xc7a35tcpg236-1", clock_ns=7.5, bambu_device="xc7a35t-1cpg236-VVD")
    return write_design(CORPUS_DIR / "clang16-O2" / "crc32_table.ll", "crc32_table", out, options)


def test_vitis_script_has_the_flow_in_order(crc):
    lines = [line.strip() for line in (crc.path / "run_hls.tcl").read_text().splitlines()
             if line.strip() and not line.startswith("#")]
    positions = []
    for cmd in VITIS_ORDER:
        hits = [i for i, line in enumerate(lines) if line == cmd or line.startswith(cmd + " ")
                and not (cmd == "add_files" and line.startswith("add_files -tb"))]
        assert hits, f"{cmd} missing from run_hls.tcl"
        positions.append(hits[0])
    assert positions == sorted(positions)
    assert "set_top crc32_table" in lines
    assert "add_files crc32_table.c" in lines and "add_files -tb tb_crc32_table.c" in lines
    assert "set_part {xc7a35tcpg236-1}" in lines
    assert "create_clock -period 7.5 -name default" in lines


def test_bambu_script_names_the_files_and_top(crc):
    text = (crc.path / "bambu.sh").read_text()
    command = " ".join(text.replace("\\\n", " ").split())
    assert "bambu crc32_table.c --top-fname=crc32_table --clock-period=7.5" in command
    assert "--device-name=xc7a35t-1cpg236-VVD" in command
    assert "--generate-tb=tb_crc32_table.xml" in command and "--simulate" in command
    xml = (crc.path / "tb_crc32_table.xml").read_text()
    assert xml.count("<testbench ") == crc.vectors and ' n="' in xml and ' data="{' in xml
    assert (crc.path / "bambu.sh").stat().st_mode & 0o111


def test_report_and_files(crc):
    report = json.loads((crc.path / "report.json").read_text())
    assert report["top"] == "crc32_table" and report["design"] == "crc"
    assert report["vectors"] == crc.vectors >= 20
    # The cost models' figures at the design's clock (7.5 ns: both libraries).
    est = report["estimates"]
    assert set(est) == {"asic40", "fpga"} and est["asic40"]["function"] == "crc32_table"
    assert est["asic40"]["cycles"] > 0 and set(est["fpga"]["area"]) == {"lut", "ff", "dsp"}
    assert est["asic40"]["energy_nj"] == pytest.approx(est["asic40"]["power_mw"] * est["asic40"]["latency_ns"] / 1000)
    assert report["options"]["part"] == "xc7a35tcpg236-1" and report["options"]["clock_ns"] == 7.5
    assert report["inputs"][0]["path"].endswith("crc32_table.ll") and len(report["inputs"][0]["sha256"]) == 64
    assert sorted(report["files"]) == sorted(p.name for p in crc.path.iterdir())
    source = (crc.path / "crc32_table.c").read_text()
    assert "static const int32_t crc32_tab[256] = {" in source
    header = (crc.path / "crc32_table.h").read_text()
    assert "uint32_t crc32_table(int8_t data[1024], uint32_t n);" in header


def test_interface_and_pipeline_options(tmp_path):
    path = CORPUS_DIR / "clang16-O1" / "gemm.ll"
    plain = write_design(path, "gemm", tmp_path / "plain")
    text = (plain.path / "gemm.c").read_text()
    assert "#pragma HLS INTERFACE mode=ap_memory port=a" in text and "PIPELINE" not in text
    assert "#pragma HLS INTERFACE mode=s_axilite port=return" in text
    options = HlsOptions(interface="m_axi", scalar_interface="ap_none", pipeline=True)
    axi = write_design(path, "gemm", tmp_path / "axi", options)
    text = (axi.path / "gemm.c").read_text()
    assert "#pragma HLS INTERFACE mode=m_axi port=a offset=slave bundle=gmem depth=" in text
    # Only the innermost loop of the triple nest is pipelined, as its first statement.
    assert text.count("#pragma HLS PIPELINE II=1") == 1
    assert re.search(r"(for \(;;\)|while \(.*\)) \{\n\s*#pragma HLS PIPELINE II=1", text)
    assert run_csim(axi.path).ok


def test_rewrite_replaces_and_failure_keeps_the_old_design(tmp_path):
    out = tmp_path / "d"
    write_design(CORPUS_DIR / "clang16-O2" / "dot.ll", "dot", out)
    (out / "stale.txt").write_text("old")
    write_design(CORPUS_DIR / "clang16-O2" / "dot.ll", "dot", out)
    assert not (out / "stale.txt").exists()
    before = (out / "dot.c").read_text()
    with pytest.raises(GuaccError):
        write_design(DATA_DIR / "hls" / "unsupported.ll", "fact", out)
    assert (out / "dot.c").read_text() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d"]  # no temporary folders left


@pytest.mark.parametrize("func, construct", [
    ("fact", "function 'fact' is recursive"),
    ("vla", "function 'vla': variable-size alloca"),
    ("ptrptr", "function 'ptrptr': argument 'p' is a pointer to pointers"),
    ("prints", "function 'prints': calls 'printf', which has no body"),
    ("irreducible", "function 'irreducible' has an irreducible control-flow graph"),
])
def test_unsupported_function_is_one_line_exit_2_and_no_folder(func, construct, tmp_path, capsys):
    out = tmp_path / "design"
    assert main(["emit", str(DATA_DIR / "hls" / "unsupported.ll"), "--top", func, "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith(f"{DATA_DIR / 'hls' / 'unsupported.ll'}: error: {construct}")
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_cli_emit_and_csim(tmp_path, capsys):
    out = tmp_path / "bubble"
    path = CORPUS_DIR / "clang14-O0" / "bubble_sort.ll"
    assert main(["emit", str(path), "-o", str(out), "-n", "24", "--seed", "3", "--clock", "4"]) == 0
    assert "24 test vectors" in capsys.readouterr().out
    assert json.loads((out / "report.json").read_text())["options"]["seed"] == 3
    assert main(["csim", str(out)]) == 0
    assert "PASS: bubble_sort: 24 vectors" in capsys.readouterr().out
    assert main(["csim", str(tmp_path)]) == 2
    assert "not a guacc HLS design folder" in capsys.readouterr().err
    assert main(["emit", str(DATA_DIR / "hls" / "unsupported.ll"), "-o", str(tmp_path / "x")]) == 2
    assert "choose the top function with --top" in capsys.readouterr().err


def test_cli_split_irreducible(tmp_path, capsys):
    out = tmp_path / "irr"
    path = DATA_DIR / "hls" / "unsupported.ll"
    assert main(["emit", str(path), "--top", "irreducible", "-o", str(out), "--split-irreducible"]) == 0
    assert json.loads((out / "report.json").read_text())["options"]["split_irreducible"] is True
    assert main(["csim", str(out)]) == 0
    assert "PASS: irreducible" in capsys.readouterr().out


def test_cli_emit_runs_as_a_command(tmp_path):
    out = tmp_path / "dot"
    cmd = [sys.executable, "-m", "guacc.compiler.cli", "emit", str(CORPUS_DIR / "clang16-O1" / "dot.ll"),
           "-o", str(out), "--part", "xc7z010clg400-1"]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "set_part {xc7z010clg400-1}" in (out / "run_hls.tcl").read_text()


# ----------------------------------------------------------------- mutations
MUTATIONS = [
    ("clang16-O2", "dot", " * ", " + "),
    ("clang16-O0", "gemm", " + ", " - "),
    ("clang14-O2", "crc32", " ^ ", " | "),
    ("clang16-O1", "fir", " >> ", " << "),
    ("clang16-O2", "saxpy", " * ", " - "),
    ("clang14-O1", "prefix_sum", " + ", " ^ "),
]


@pytest.mark.parametrize("level, kernel, old, new", MUTATIONS, ids=[f"{m[0]}/{m[1]}" for m in MUTATIONS])
def test_testbench_fails_a_mutated_design(level, kernel, old, new, tmp_path):
    design = write_design(CORPUS_DIR / level / f"{kernel}.ll", kernel, tmp_path / kernel)
    c_file = design.path / f"{kernel}.c"
    lines = c_file.read_text().splitlines()
    body = lines.index("{")
    target = next(i for i in range(body, len(lines)) if old in lines[i] and "=" in lines[i]
                  and not lines[i].strip().startswith(("#", "uint", "int", "bool", "float", "double")))
    lines[target] = lines[target].replace(old, new, 1)
    c_file.write_text("\n".join(lines) + "\n")
    result = run_csim(design.path)  # still compiles warning-free ...
    assert not result.ok and result.returncode == 1  # ... but the testbench sees the difference
    assert f"FAIL: {kernel}:" in result.output and "vector " in result.output


@pytest.mark.skipif(shutil.which("gcc") is None, reason="needs gcc")
def test_csim_reports_compile_errors_clearly(tmp_path):
    design = write_design(CORPUS_DIR / "clang16-O2" / "dot.ll", "dot", tmp_path / "dot")
    (design.path / "dot.c").write_text((design.path / "dot.c").read_text() + "\nint unused_variable_x;\nstatic int f(void) { int y; return 0; }\n")
    with pytest.raises(GuaccError, match="gcc rejected the design"):
        run_csim(design.path)


def test_design_from_an_in_memory_module(tmp_path):
    """The merge pass hands over a module: its printed IR makes the test vectors."""
    from guacc.compiler.frontend import parse_ll_file

    module = parse_ll_file(CORPUS_DIR / "clang16-O2" / "needleman_wunsch.ll")
    design = write_design(module, "needleman_wunsch", tmp_path / "nw")
    report = json.loads((design.path / "report.json").read_text())
    assert report["inputs"][0]["path"] == "<module>"
    assert run_csim(design.path).ok
