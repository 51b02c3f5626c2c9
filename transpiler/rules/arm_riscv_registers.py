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
from guacc.transpiler.semantics.riscv_operands import canonical_register as riscv_register

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


def _registers_in_order(function: Function) -> dict[str, int]:
    """The architectural registers the function names -> the line of their first use."""
    order: dict[str, int] = {}
    for instr in function.instructions:
        for op in instr.operands:
            for reg in _operand_registers(op):
                try:
                    arch, _ = canonical_register(reg.name)
                except UnsupportedInstruction:
                    continue
                order.setdefault(arch, instr.line)
    return order


@dataclass(frozen=True)
class FilePlan:
    """What every function of a file must agree on. gcc -O2 (-fipa-ra)
    keeps caller-saved registers live across calls of functions in the
    same file that do not write them; so an AArch64 register some caller
    keeps across a call (`kept`) has one RISC-V partner in the whole file,
    and no function uses that partner, or the register of a kept argument
    register, as scratch. V16-V31 are mapped file-wide for the same reason."""

    kept: frozenset[str]  # AArch64 caller-saved registers live across some call
    int_map: dict[str, str]  # file-wide partners of the kept temporaries
    fp_map: dict[str, str]  # file-wide partners of v16-v31
    fp_unused: tuple[str, ...]  # FP temporaries no function uses
    wide_results: frozenset[str] = frozenset()  # functions whose callers read all of x0

    @classmethod
    def build(cls, functions: list[Function], kept: set[str], wide_results: set[str] = frozenset()) -> FilePlan:
        rows = table()
        fixed = rows["registers"]["fixed"]
        wanted = [a for a in kept if a not in fixed and a.startswith("x")]
        int_map, _ = _in_order(wanted, list(rows["registers"]["temporaries"]))
        if len(int_map) < len(wanted):
            raise RuleError(f"more registers kept across calls than RISC-V temporaries ({sorted(wanted)})")
        fp_free = list(rows["fp_registers"]["temporaries"])
        fp_map: dict[str, str] = {}
        for function in functions:
            for arch, line in _registers_in_order(function).items():
                if arch.startswith("v") and arch not in rows["fp_registers"]["fixed"] and arch not in fp_map:
                    if not fp_free:
                        raise RuleError(f"more FP temporaries (v16-v31) than RISC-V registers, line {line}")
                    fp_map[arch] = fp_free.pop(0)
        return cls(frozenset(kept), int_map, fp_map, tuple(fp_free), frozenset(wide_results))


def _in_order(archs: list[str], pool: list[str]) -> tuple[dict[str, str], list[str]]:
    """Partners for the AArch64 registers `archs` from `pool` (RISC-V ABI
    names), and what is left of the pool. As far as the pool allows, the
    partners sort by architectural name as their registers do (x8 and its
    fixed partner t0 in between): the verifier pairs the registers a block
    only passes on in that order."""
    anchor_arm, anchor_rv = "x8", riscv_register(table()["registers"]["fixed"]["x8"])[0]
    below = sorted((r for r in pool if riscv_register(r)[0] < anchor_rv), key=lambda r: riscv_register(r)[0])
    above = sorted((r for r in pool if riscv_register(r)[0] > anchor_rv), key=lambda r: riscv_register(r)[0])
    out: dict[str, str] = {}
    for arch in sorted(archs):
        side, other = (below, above) if arch < anchor_arm else (above, below)
        source = side or other
        if not source:
            break
        out[arch] = source.pop(0)
    return out, [r for r in pool if r in below or r in above]


def _use_counts(function: Function) -> dict[str, int]:
    counts: dict[str, int] = {}
    for instr in function.instructions:
        for op in instr.operands:
            for reg in _operand_registers(op):
                try:
                    arch, _ = canonical_register(reg.name)
                except UnsupportedInstruction:
                    continue
                counts[arch] = counts.get(arch, 0) + 1
    return counts


# scratch registers a function that spills keeps back, tried in this order
SPILL_RESERVES = (2, 3, 4, 5)


class RegisterMap:
    """The RISC-V names of one function's AArch64 registers, and its scratch."""

    def __init__(self, function: Function, plan: FilePlan, reserve: int = SPILL_RESERVES[0]) -> None:
        rows = table()
        self.int_map: dict[str, str] = dict(rows["registers"]["fixed"]) | plan.int_map
        self.fp_map: dict[str, str] = dict(rows["fp_registers"]["fixed"]) | plan.fp_map
        order = _registers_in_order(function)
        used = set(order)
        reserved = set(plan.int_map.values())
        # argument registers neither this function nor a caller keeping them
        # across a call uses are free temporaries too (caller-saved, like x9-x18)
        spare = [self.int_map[f"x{i}"] for i in range(7, -1, -1)
                 if f"x{i}" not in used and f"x{i}" not in plan.kept]
        pool = [r for r in rows["registers"]["temporaries"] if r not in reserved] + spare
        fp_spill = list(plan.fp_unused[:-2])  # (two stay FP scratch)
        temporaries = [a for a in order if not a.startswith("v") and a not in self.int_map]
        # x9-x18 beyond the integer registers live in unused FP registers
        # (moved in and out around each use): the least used ones. A function
        # that spills keeps `reserve` more scratch registers (each use of a
        # spilled register takes one).
        room = len(pool) - (reserve if len(temporaries) > len(pool) else 0)
        counts = _use_counts(function)
        by_use = sorted(temporaries, key=lambda a: (-counts[a], order[a]))
        self.spilled: dict[str, str] = {}  # AArch64 register -> the FP register holding it
        for arch in by_use[max(room, 0):]:
            if not fp_spill:
                raise RuleError(f"more temporaries (x9-x18) than RISC-V registers, line {order[arch]}")
            self.spilled[arch] = fp_spill.pop(0)
        assigned, int_free = _in_order(by_use[:max(room, 0)], pool)
        self.int_map |= assigned
        # what the function does not use is scratch (x8's t0 included)
        unused_fixed = [self.int_map["x8"]] if "x8" not in used and "x8" not in plan.kept else []
        spare_left = [r for r in int_free if r in spare]
        self.scratch: tuple[str, ...] = (tuple(rows["registers"]["scratch"]) + tuple(r for r in int_free if r not in spare)
                                         + tuple(unused_fixed) + tuple(spare_left))
        self.fp_scratch: tuple[str, ...] = tuple(rows["fp_registers"]["scratch"]) + tuple(
            r for r in plan.fp_unused if r not in self.spilled.values())

    def int_reg(self, reg: ArmReg) -> str:
        return self.int_map[reg.arch]

    def fp_reg(self, reg: ArmReg) -> str:
        return self.fp_map[reg.arch]
