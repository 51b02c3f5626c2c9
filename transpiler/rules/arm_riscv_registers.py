"""Which RISC-V register holds each AArch64 register, per function.

Registers with an ABI role keep it (x0-x7 -> a0-a7, x19-x28 -> s1-s10, fp,
lr, sp, the zero register; v0-v7 -> fa0-fa7, v8-v15 -> fs0-fs7). The
caller-saved temporaries x8-x18 and v16-v31 have more registers than RISC-V
has temporaries, so each function gets them in the order it first uses them;
what the function leaves unallocated the rules use as scratch.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from pathlib import Path

from guacc.transpiler.asm.blocks import Function
from guacc.transpiler.asm.model import Mem, Reg, RegList
from guacc.transpiler.semantics.aarch64_operands import UnsupportedInstruction, canonical_register

_TABLE = Path(__file__).with_name("data") / "arm_to_riscv.toml"


class RuleError(Exception):
    """The rules cannot translate an instruction (the message says what)."""


@functools.cache
def table() -> dict:
    with open(_TABLE, "rb") as fh:
        return tomllib.load(fh)


@dataclass(frozen=True)
class ArmReg:
    """An AArch64 register operand: its architectural register ('x3', 'sp',
    'xzr', 'v3') and the bits the name accesses (w3 -> 32, d3 -> 64, s3 -> 32)."""

    arch: str
    bits: int

    @property
    def is_fp(self) -> bool:
        return self.arch.startswith("v")

    @property
    def is_zero(self) -> bool:
        return self.arch == "xzr"


def arm_reg(op) -> ArmReg:
    if not isinstance(op, Reg):
        raise RuleError(f"expected a register, got {op}")
    try:
        arch, bits = canonical_register(op.name)
    except UnsupportedInstruction as err:
        raise RuleError(str(err)) from None
    return ArmReg(arch, bits)


def _operand_registers(op) -> list[Reg]:
    if isinstance(op, Reg):
        return [op]
    if isinstance(op, Mem):
        return [op.base] + ([op.offset] if isinstance(op.offset, Reg) else [])
    if isinstance(op, RegList):
        return list(op.regs)
    return []


class RegisterMap:
    """The RISC-V names of one function's AArch64 registers, and its scratch."""

    def __init__(self, function: Function) -> None:
        rows = table()
        self.int_map: dict[str, str] = dict(rows["registers"]["fixed"])
        self.fp_map: dict[str, str] = dict(rows["fp_registers"]["fixed"])
        int_free = list(rows["registers"]["temporaries"])
        fp_free = list(rows["fp_registers"]["temporaries"])
        used: set[str] = set()
        for instr in function.instructions:
            for op in instr.operands:
                for reg in _operand_registers(op):
                    try:
                        arch, _ = canonical_register(reg.name)
                    except UnsupportedInstruction:
                        continue
                    used.add(arch)
                    if arch.startswith("v"):
                        if arch not in self.fp_map:
                            if not fp_free:
                                raise RuleError(f"more than {len(rows['fp_registers']['temporaries'])} "
                                                f"FP temporaries (v16-v31), line {instr.line}")
                            self.fp_map[arch] = fp_free.pop(0)
                    elif arch not in self.int_map:
                        if not int_free:
                            raise RuleError(f"more than {len(rows['registers']['temporaries'])} "
                                            f"temporaries (x8-x18), line {instr.line}")
                        self.int_map[arch] = int_free.pop(0)
        # what the function does not use is scratch too (x8's t0 included)
        unused_fixed = [self.int_map["x8"]] if "x8" not in used else []
        self.scratch: tuple[str, ...] = tuple(rows["registers"]["scratch"]) + tuple(int_free) + tuple(unused_fixed)
        self.fp_scratch: tuple[str, ...] = tuple(rows["fp_registers"]["scratch"]) + tuple(fp_free)

    def int_reg(self, reg: ArmReg) -> str:
        return self.int_map[reg.arch]

    def fp_reg(self, reg: ArmReg) -> str:
        return self.fp_map[reg.arch]
