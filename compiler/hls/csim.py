"""C simulation of a design folder: gcc builds design and testbench, then runs it."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..diagnostics import GuaccError
from .project import read_report

CFLAGS = ("-std=c99", "-Wall", "-Wextra", "-Werror")


@dataclass
class CsimResult:
    ok: bool
    output: str
    returncode: int


def compile_command(folder: Path, top: str, exe: Path, cc: str = "gcc", opt: str = "-O1") -> list[str]:
    return [cc, *CFLAGS, opt, str(folder / f"{top}.c"), str(folder / f"tb_{top}.c"), "-o", str(exe), "-lm"]


def run_csim(folder: str | os.PathLike, *, cc: str = "gcc", timeout: float = 120.0) -> CsimResult:
    """Compile (warnings are errors) and run the testbench; `ok` if it printed PASS and exited 0."""
    folder = Path(folder)
    top = read_report(folder).get("top")
    if not isinstance(top, str) or not (folder / f"{top}.c").exists() or not (folder / f"tb_{top}.c").exists():
        raise GuaccError(f"the design folder lacks {top}.c or tb_{top}.c", file=str(folder))
    if shutil.which(cc) is None:
        raise GuaccError(f"no C compiler '{cc}' on PATH")
    with tempfile.TemporaryDirectory(prefix="guacc-csim-") as tmp:
        exe = Path(tmp) / f"csim_{top}"
        proc = subprocess.run(compile_command(folder, top, exe, cc), capture_output=True, text=True, timeout=600)
        if proc.returncode != 0:
            first = [line for line in proc.stderr.splitlines() if "error" in line][:3] or proc.stderr.splitlines()[:3]
            raise GuaccError(f"{cc} rejected the design: {' | '.join(first)}", file=str(folder))
        try:
            run = subprocess.run([str(exe)], capture_output=True, text=True, timeout=timeout, cwd=tmp)
        except subprocess.TimeoutExpired:
            return CsimResult(False, f"FAIL: the testbench ran longer than {timeout:g} s\n", 124)
    output = run.stdout + run.stderr
    return CsimResult(run.returncode == 0 and "PASS" in run.stdout, output, run.returncode)
