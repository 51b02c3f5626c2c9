"""The cross tools the transpiler drives: gcc (assemble, link), objdump and
qemu-user, per ISA. A missing tool is a `GuaccError` naming its package."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from guacc.compiler.diagnostics import GuaccError


@dataclass(frozen=True)
class Toolchain:
    isa: str
    triple: str
    package: str  # Debian package of the cross gcc and binutils
    qemu: str
    sysroot: str

    def tool(self, name: str) -> str:
        """Path of `<triple>-<name>` (gcc, as, objdump)."""
        return require(f"{self.triple}-{name}", self.package)

    def qemu_path(self) -> str:
        return require(self.qemu, "qemu-user")


TOOLCHAINS = {
    "arm": Toolchain("arm", "aarch64-linux-gnu", "gcc-aarch64-linux-gnu", "qemu-aarch64", "/usr/aarch64-linux-gnu"),
    "riscv": Toolchain("riscv", "riscv64-linux-gnu", "gcc-riscv64-linux-gnu", "qemu-riscv64", "/usr/riscv64-linux-gnu"),
}


def toolchain(isa: str) -> Toolchain:
    try:
        return TOOLCHAINS[isa]
    except KeyError:
        raise GuaccError(f"unknown ISA '{isa}' (expected one of: {', '.join(TOOLCHAINS)})") from None


def require(program: str, package: str) -> str:
    path = shutil.which(program)
    if path is None:
        raise GuaccError(f"'{program}' not found: install the Debian package '{package}'")
    return path


def tools_available(isa: str, with_qemu: bool = False) -> bool:
    chain = toolchain(isa)
    names = [f"{chain.triple}-gcc", f"{chain.triple}-objdump"] + ([chain.qemu] if with_qemu else [])
    return all(shutil.which(n) for n in names)


def run_tool(argv: list[str], what: str, timeout: float = 120) -> subprocess.CompletedProcess:
    """Run a build tool; its failure is a GuaccError with the tool's message."""
    result = subprocess.run(argv, capture_output=True, text=True, timeout=timeout)
    if result.returncode != 0:
        message = (result.stderr or result.stdout).strip()
        raise GuaccError(f"{what} failed: {message[:2000]}")
    return result


def assemble(asm_path: str | Path, isa: str, obj_path: str | Path) -> Path:
    """Assemble one `.s` file to an object with the cross gcc driver."""
    chain = toolchain(isa)
    run_tool([chain.tool("gcc"), "-c", str(asm_path), "-o", str(obj_path)], f"assembling {asm_path}")
    return Path(obj_path)


def disassemble(obj_path: str | Path, isa: str) -> str:
    """`objdump -d -r` plus full contents of every non-debug section, without
    the header line that names the file."""
    chain = toolchain(isa)
    code = run_tool([chain.tool("objdump"), "-d", "-r", str(obj_path)], "objdump").stdout
    sections = run_tool([chain.tool("objdump"), "-s", "-R", ".debug_*", str(obj_path)], "objdump").stdout
    text = code + sections
    return "\n".join(line for line in text.splitlines() if str(obj_path) not in line)
