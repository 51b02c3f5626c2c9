"""Whole-program testing: assemble and link a `.s` file with the cross gcc,
run it under qemu-user, and compare two programs' stdout and exit status."""

from __future__ import annotations

import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from guacc.compiler.diagnostics import GuaccError

from .toolchain import run_tool, toolchain


@dataclass(frozen=True)
class RunResult:
    stdout: bytes
    stderr: bytes
    returncode: int  # the exit status; negative: killed by that signal
    timed_out: bool = False


@dataclass(frozen=True)
class Comparison:
    src: RunResult
    dst: RunResult

    @property
    def same(self) -> bool:
        """Same stdout and exit status, and neither timed out."""
        return (
            not self.src.timed_out
            and not self.dst.timed_out
            and self.src.stdout == self.dst.stdout
            and self.src.returncode == self.dst.returncode
        )

    def describe(self) -> str:
        if self.same:
            return f"same output ({len(self.src.stdout)} bytes) and exit status {self.src.returncode}"
        parts = []
        for tag, r in (("source", self.src), ("target", self.dst)):
            if r.timed_out:
                parts.append(f"{tag} timed out")
        if self.src.returncode != self.dst.returncode:
            parts.append(f"exit status {self.src.returncode} vs {self.dst.returncode}")
        if self.src.stdout != self.dst.stdout:
            parts.append(f"stdout differs: {self.src.stdout[:200]!r} vs {self.dst.stdout[:200]!r}")
        return "; ".join(parts)


# Binaries linked dynamically (no static libc) need qemu's -L sysroot.
_dynamic_binaries: set[str] = set()


def assemble_and_link(asm_path: str | Path, isa: str, out_path: str | Path) -> Path:
    """Link `asm_path` into an executable; static so qemu needs no sysroot,
    dynamic (run with the cross sysroot) where no static libc is installed."""
    gcc = toolchain(isa).tool("gcc")
    out = Path(out_path)
    try:
        run_tool([gcc, "-static", str(asm_path), "-o", str(out)], f"linking {asm_path}")
        _dynamic_binaries.discard(str(out.resolve()))
    except GuaccError:
        run_tool([gcc, str(asm_path), "-o", str(out)], f"linking {asm_path}")
        _dynamic_binaries.add(str(out.resolve()))
    return out


def run_program(binary: str | Path, isa: str, args=(), stdin: bytes = b"", timeout: float = 10) -> RunResult:
    """Run `binary` under qemu-user for `isa`."""
    chain = toolchain(isa)
    argv = [chain.qemu_path()]
    if str(Path(binary).resolve()) in _dynamic_binaries:
        argv += ["-L", chain.sysroot]
    argv += [str(binary), *map(str, args)]
    try:
        done = subprocess.run(argv, input=stdin, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired as err:
        return RunResult(err.stdout or b"", err.stderr or b"", -9, timed_out=True)
    return RunResult(done.stdout, done.stderr, done.returncode)


def compare_programs(src_s: str | Path, src_isa: str, dst_s: str | Path, dst_isa: str,
                     args=(), stdin: bytes = b"", timeout: float = 10,
                     workdir: str | Path | None = None) -> Comparison:
    """Build both assembly programs and run them with the same arguments and
    stdin; `Comparison.same` says whether stdout and exit status agree."""
    if isinstance(stdin, str):
        stdin = stdin.encode()
    with tempfile.TemporaryDirectory(prefix="guacc-qemu-", dir=workdir) as tmp:
        src_bin = assemble_and_link(src_s, src_isa, Path(tmp) / "src.elf")
        dst_bin = assemble_and_link(dst_s, dst_isa, Path(tmp) / "dst.elf")
        return Comparison(
            run_program(src_bin, src_isa, args, stdin, timeout),
            run_program(dst_bin, dst_isa, args, stdin, timeout),
        )
