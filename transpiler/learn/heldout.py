"""The held-out evaluation programs (bench/heldout, never training data):
each must compile without warnings (-Wall) with both cross compilers and
print the same output and exit with the same status under qemu-aarch64 and
qemu-riscv64, with the arguments and stdin of bench/heldout/inputs.json.

`check_program` does that for one program; bench/heldout/check.py for all.
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from guacc.compiler.diagnostics import GuaccError

from ..qemu import RunResult, assemble_and_link, run_program
from ..toolchain import toolchain
from .sources import HELDOUT

ISAS = ("arm", "riscv")
LINES = (20, 80)  # each program's length in lines, as the issue asks


def heldout_programs() -> list[str]:
    return sorted(p.stem for p in HELDOUT.glob("*.c"))


def heldout_inputs() -> dict[str, dict]:
    spec = json.loads((HELDOUT / "inputs.json").read_text())
    return {k: v for k, v in spec.items() if not k.startswith("_")}


@dataclass
class HeldoutResult:
    name: str
    lines: int
    warnings: dict[str, str] = field(default_factory=dict)  # isa -> gcc's warnings
    runs: dict[str, RunResult] = field(default_factory=dict)

    @property
    def same(self) -> bool:
        a, b = (self.runs.get(isa) for isa in ISAS)
        return (a is not None and b is not None and not a.timed_out and not b.timed_out
                and a.stdout == b.stdout and a.returncode == b.returncode)

    @property
    def ok(self) -> bool:
        runs = list(self.runs.values())
        return (not any(self.warnings.values()) and self.same and bool(runs and runs[0].stdout)
                and LINES[0] <= self.lines <= LINES[1])

    def describe(self) -> str:
        problems = [f"{isa} warnings: {w.strip()[:300]}" for isa, w in self.warnings.items() if w]
        if not LINES[0] <= self.lines <= LINES[1]:
            problems.append(f"{self.lines} lines")
        if not self.same:
            shown = {isa: (r.returncode, r.stdout[:120]) for isa, r in self.runs.items()}
            problems.append(f"runs differ: {shown}")
        elif self.runs and not next(iter(self.runs.values())).stdout:
            problems.append("prints nothing")
        return "; ".join(problems) or "ok"


def compile_to_asm(c_path: Path, isa: str, opt: str, out: Path) -> str:
    """gcc -S -g -Wall; returns gcc's warnings (empty when clean)."""
    gcc = toolchain(isa).tool("gcc")
    done = subprocess.run([gcc, "-S", "-g", f"-{opt}", "-Wall", str(c_path), "-o", str(out)],
                          capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        raise GuaccError(f"{c_path.name}: {isa} gcc failed: {done.stderr.strip()[:500]}")
    return done.stderr


def check_program(name: str, workdir: Path, opt: str = "O0", timeout: float = 20) -> HeldoutResult:
    c_path = HELDOUT / f"{name}.c"
    spec = heldout_inputs().get(name, {})
    result = HeldoutResult(name, len(c_path.read_text().splitlines()))
    for isa in ISAS:
        asm = workdir / f"{name}.{isa}.{opt}.s"
        result.warnings[isa] = compile_to_asm(c_path, isa, opt, asm)
        binary = assemble_and_link(asm, isa, workdir / f"{name}.{isa}.{opt}.elf")
        result.runs[isa] = run_program(binary, isa, spec.get("args", []), spec.get("stdin", "").encode(), timeout)
    return result
