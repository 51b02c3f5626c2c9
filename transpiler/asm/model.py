"""The instruction model shared by the parsers, the ISA semantics, the
verifier and the guesser. Both ISAs use the same operand classes so that a
block is one data type whatever its source.

Conventions (the parsers produce exactly these, the semantics consume them):
- Register names are lowercase and as written (`x0`, `w3`, `sp`, `wzr`, `a0`,
  `s0`, `fp`, `zero`); each ISA's semantics maps aliases to architectural
  registers (`canonical_register`).
- AArch64 `#` prefixes are dropped: `#8` and `8` are both `Imm(8)`.
- A shift or extend written after a register operand is its own operand:
  `add x0, x1, x2, lsl 3` -> (Reg x0, Reg x1, Reg x2, Shift('lsl', 3)).
- Memory: `[x0]`, `[x0, 8]`, `[x0, 8]!` (mode 'pre'), `[x0], 8` (mode 'post',
  the increment in `offset`), `[x0, x1, lsl 3]`, `[x0, w1, sxtw 2]`,
  `[x0, :lo12:sym]`; RISC-V `8(a0)`, `%lo(sym)(a5)`.
- Branch targets and symbols are `SymRef`; relocation operators are `reloc`
  (`lo12` for AArch64 `:lo12:`, `hi`/`lo`/`pcrel_hi`/`pcrel_lo` for RISC-V
  `%hi` etc.).
- Condition codes of csel/cset/ccmp are `Cond`; conditional branches keep the
  condition in the opcode (`b.eq`, `beq`).
- `Hole` marks an operand the sketch solver must fill.
- Bare option words that are neither registers nor symbols (prfm/dmb/bti
  options, RISC-V rounding modes `rtz` and fence sets `rw`) are `Cond`.
- AArch64 vector operands: `v0.4s` and the element `v0.s[1]` are `Reg` as
  written; `{v0.16b, v1.16b}` is `RegList`; `fmov d0, 1.5e+0` has `FImm`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Reg:
    name: str


@dataclass(frozen=True)
class Imm:
    value: int


@dataclass(frozen=True)
class SymRef:
    name: str
    addend: int = 0
    reloc: str | None = None


@dataclass(frozen=True)
class Shift:
    kind: str  # lsl lsr asr ror msl uxtb uxth uxtw uxtx sxtb sxth sxtw sxtx
    amount: int | None = None


@dataclass(frozen=True)
class Cond:
    code: str  # eq ne cs hs cc lo mi pl vs vc hi ls ge lt gt le al nv


@dataclass(frozen=True)
class Mem:
    base: Reg
    offset: Imm | Reg | SymRef | None = None
    shift: Shift | None = None
    mode: str = "offset"  # 'offset' | 'pre' | 'post'


@dataclass(frozen=True)
class Hole:
    """An operand left for the solver: an immediate of `width` bits, or a
    register chosen from `choices` (empty for immediates)."""

    name: str
    kind: str = "imm"  # 'imm' | 'reg'
    width: int = 12
    choices: tuple[str, ...] = ()
    guess: int | str | None = None  # the guesser's own (unsure) value, a starting point


@dataclass(frozen=True)
class FImm:
    """A floating-point immediate (AArch64 `fmov d0, 1.5e+0`)."""

    value: float


@dataclass(frozen=True)
class RegList:
    """An AArch64 SIMD register list `{v0.16b, v1.16b}`, optionally `{...}[lane]`."""

    regs: tuple[Reg, ...]
    index: int | None = None


Operand = Reg | Imm | SymRef | Shift | Cond | Mem | Hole | FImm | RegList


@dataclass(frozen=True)
class Instruction:
    opcode: str  # lowercase mnemonic with suffixes: 'b.eq', 'addw', 'ldrsw', 'sext.w'
    operands: tuple[Operand, ...] = ()
    line: int = 0  # 1-based line in the .s file, 0 when synthesised
    loc: tuple[int, int] | None = None  # (.loc file number, source line) in force


@dataclass
class Block:
    """A basic block: a label (None for a function's entry without one), its
    instructions, and the labels it may go to next (the parser fills
    `successors` from the terminator and fall-through)."""

    label: str | None
    instructions: list[Instruction] = field(default_factory=list)
    successors: list[str] = field(default_factory=list)


def map_operands(instr: Instruction, kind: type, fn) -> Instruction:
    """`instr` with `fn` applied to each operand of type `kind`, a memory
    operand's offset included (holes filled, symbols renamed)."""
    def one(op):
        if isinstance(op, kind):
            return fn(op)
        if isinstance(op, Mem) and isinstance(op.offset, kind):
            return dataclasses.replace(op, offset=fn(op.offset))
        return op
    return dataclasses.replace(instr, operands=tuple(one(op) for op in instr.operands))
