"""Whole-program harness: every fixture built for AArch64 and for RISC-V (at
-O0, -O1, -O2) runs under qemu-user with the same stdout and exit status."""

from pathlib import Path

import pytest

from guacc.compiler.diagnostics import GuaccError
from guacc.transpiler.qemu import assemble_and_link, compare_programs, run_program
from guacc.transpiler.toolchain import require

from .asm_fixtures import LEVELS, PROGRAMS, asm_path, program_inputs, require_cross_tools

DATA = Path(__file__).parent / "data" / "asm"


@pytest.fixture(autouse=True)
def _cross_tools():
    for isa in ("arm", "riscv"):
        require_cross_tools(isa, with_qemu=True)


@pytest.mark.parametrize("level", LEVELS)
@pytest.mark.parametrize("program", PROGRAMS)
def test_arm_and_riscv_builds_agree(program, level, tmp_path):
    args, stdin = program_inputs(program)
    result = compare_programs(asm_path("arm", level, program), "arm", asm_path("riscv", level, program), "riscv",
                              args, stdin, workdir=tmp_path)
    assert result.same, result.describe()
    assert result.src.stdout, "every fixture prints its results"


def test_detects_different_output(tmp_path):
    """A different program (other exit status or output) is reported."""
    result = compare_programs(asm_path("arm", "O0", "gcd_lcm"), "arm", asm_path("riscv", "O0", "collatz"), "riscv",
                              workdir=tmp_path)
    assert not result.same
    assert "stdout differs" in result.describe()


def test_arguments_and_stdin_reach_the_program(tmp_path):
    binary = assemble_and_link(asm_path("riscv", "O1", "word_count"), "riscv", tmp_path / "wc.elf")
    result = run_program(binary, "riscv", stdin=b"one two\nthree\n")
    assert result.stdout.startswith(b"2 lines 3 words 14 chars")
    assert result.returncode == 3
    binary = assemble_and_link(asm_path("arm", "O2", "fib_recursive"), "arm", tmp_path / "fib.elf")
    assert run_program(binary, "arm", ["10"]).stdout.startswith(b"fib(10) = 55\n")


def test_timeout_is_reported(tmp_path):
    binary = assemble_and_link(DATA / "spin_arm.s", "arm", tmp_path / "spin.elf")
    result = run_program(binary, "arm", timeout=1)
    assert result.timed_out
    assert not compare_programs(DATA / "spin_arm.s", "arm", DATA / "spin_arm.s", "arm", timeout=1).same


def test_missing_tool_names_its_package():
    with pytest.raises(GuaccError, match="install the Debian package 'no-such-package'"):
        require("no-such-tool-guacc", "no-such-package")
