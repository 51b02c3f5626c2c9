"""The symbolic machine state both ISAs execute on, and how a block ends.

Registers are 64-bit bitvectors keyed by architectural name (`x0`..`x30`,
`sp` for AArch64; `x0`..`x31` for RISC-V, `x0` reads as zero); memory is one
array from 64-bit addresses to bytes, little-endian; AArch64 flags are four
booleans. Each ISA module provides `execute(state, instr) -> Exit | None`
which updates the state in place and returns an `Exit` for the block's
terminator (None: fall on to the next instruction).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import z3

from guacc.transpiler.asm.model import Hole

BV64 = z3.BitVecSort(64)
BYTE = z3.BitVecSort(8)


@dataclass
class Exit:
    """How control leaves a block. `kind`: 'fall' (runs off the end), 'branch'
    (unconditional to `target`), 'cond' (to `target` when `cond` holds, else
    falls through), 'call' (to `target`, returns to the next instruction),
    'ret', 'indirect' (to the address in `address`)."""

    kind: str
    target: str | None = None
    cond: z3.BoolRef | None = None
    address: z3.BitVecRef | None = None


@dataclass
class MemoryWrite:
    address: z3.BitVecRef
    size: int  # bytes


@dataclass
class State:
    regs: dict[str, z3.BitVecRef]
    mem: z3.ArrayRef
    flags: dict[str, z3.BoolRef] = field(default_factory=dict)
    writes: list[MemoryWrite] = field(default_factory=list)
    # Values chosen for sketch holes, shared by every use of the same hole name.
    holes: dict[str, z3.ExprRef] = field(default_factory=dict)
    # Side conditions an instruction needs to be well defined (e.g. hole ranges).
    assumptions: list[z3.BoolRef] = field(default_factory=list)

    @classmethod
    def fresh(cls, registers: tuple[str, ...], prefix: str, flags: tuple[str, ...] = ()) -> "State":
        """A state with every register, flag and the memory unconstrained,
        named `prefix` + name so two states can share or separate inputs."""
        return cls(
            regs={r: z3.BitVec(prefix + r, 64) for r in registers},
            mem=z3.Array(prefix + "mem", BV64, BYTE),
            flags={f: z3.Bool(prefix + f) for f in flags},
        )

    def copy(self) -> "State":
        return State(dict(self.regs), self.mem, dict(self.flags), list(self.writes),
                     self.holes, list(self.assumptions))

    def load(self, address: z3.BitVecRef, size: int) -> z3.BitVecRef:
        """`size` bytes at `address`, little-endian, as a bitvector of 8*size bits."""
        parts = [z3.Select(self.mem, address + i) for i in range(size)]
        return parts[0] if size == 1 else z3.Concat(*reversed(parts))

    def store(self, address: z3.BitVecRef, value: z3.BitVecRef, size: int) -> None:
        """Write the low `size` bytes of `value` at `address`, little-endian."""
        for i in range(size):
            self.mem = z3.Store(self.mem, address + i, z3.Extract(8 * i + 7, 8 * i, value))
        self.writes.append(MemoryWrite(address, size))

    def hole(self, hole: Hole) -> z3.ExprRef:
        """The solver's variable for `hole` (a bitvector of `hole.width` bits
        for immediates; an index into `hole.choices` for registers)."""
        if hole.name not in self.holes:
            if hole.kind == "reg":
                var = z3.BitVec(hole.name, 8)
                self.assumptions.append(z3.ULT(var, len(hole.choices)))
            else:
                var = z3.BitVec(hole.name, hole.width)
            self.holes[hole.name] = var
        return self.holes[hole.name]
