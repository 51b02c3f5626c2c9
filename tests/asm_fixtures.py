"""The fixture programs (examples/programs) and their checked-in assembly,
shared by the assembly-frontend and qemu tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from guacc.transpiler.toolchain import tools_available

ROOT = Path(__file__).resolve().parent.parent
PROGRAMS_DIR = ROOT / "examples" / "programs"
ASM_DIR = ROOT / "examples" / "asm"
ISAS = ("arm", "riscv")
LEVELS = ("O0", "O1", "O2")
PROGRAMS = sorted(p.stem for p in PROGRAMS_DIR.glob("*.c"))
INPUTS = {k: v for k, v in json.loads((PROGRAMS_DIR / "inputs.json").read_text()).items() if not k.startswith("_")}


def asm_path(isa: str, level: str, program: str) -> Path:
    return ASM_DIR / isa / level / f"{program}.s"


ALL_ASM = [(isa, level, p) for isa in ISAS for level in LEVELS for p in PROGRAMS]


def asm_id(case) -> str:
    isa, level, program = case
    return f"{isa}-{level}-{program}"


def program_inputs(program: str) -> tuple[list[str], bytes]:
    spec = INPUTS.get(program, {})
    return spec.get("args", []), spec.get("stdin", "").encode()


def require_cross_tools(isa: str, with_qemu: bool = False) -> None:
    if not tools_available(isa, with_qemu):
        pytest.skip(f"cross tools for {isa} not installed (gcc-*-linux-gnu, qemu-user)")
