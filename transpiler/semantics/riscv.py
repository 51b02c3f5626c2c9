"""RV64IMFD semantics in Z3: what each instruction gcc prints does to a `State`.

Every mnemonic is data: arithmetic in `ARITH` (base operation and width; the
32-bit `*w` forms sign-extend their result), loads and stores in `LOADS` /
`STORES`, conditional branches in `BRANCHES`, and the pseudo-instructions in
`PSEUDO` as rewrites into base instructions; F and D come from
`riscv_fp.py`. `execute` dispatches through these tables. The state holds
x0..x31 (`REGISTERS`) and f0..f31 (`FP_REGISTERS`, raw 64-bit IEEE bits).

Control flow ends a block (`Exit`): `j`/`jal x0` is 'branch', `jal ra`/`call`
is 'call' (the link register gets `symbols.return_address()`), `jalr` with a
link register is a 'call' to `address` (target None), `ret` (`jalr x0, 0(ra)`
or `jr ra`) is 'ret', `jr`/`jalr x0` to any other register is 'indirect',
`tail` is a 'branch' to the callee.

Approximations (values a block cannot know, as named opaque constants):
`auipc rd, imm` uses `PC`, the address of the auipc (one per block); the
scratch register of `tail sym` and `sw rs, sym, rt` gets `pcrel_scratch(sym)`.
`%hi(sym)` assumes the medlow code model (sym below 0x7ffff800, recorded in
`state.assumptions`). Explicit `%pcrel_hi`/`%pcrel_lo` are not modelled (gcc
prints `lla`, `la` and `lw rd, sym` instead).
"""

from __future__ import annotations

from typing import Callable

import z3

from guacc.transpiler.asm.model import Imm, Instruction, Mem, Operand, Reg, SymRef
from guacc.transpiler.semantics import riscv_fp
from guacc.transpiler.semantics.riscv_operands import (
    FP_REGISTERS, REGISTERS, UnsupportedInstruction, address, canonical_register,
    expect_operands, pcrel_scratch, target_label, upper_symbol, value, write,
)
from guacc.transpiler.semantics.state import Exit, State
from guacc.transpiler.semantics.symbols import return_address

FLAGS: tuple[str, ...] = ()

# Address of the `auipc` being executed (a block holds at most one in practice).
PC = z3.BitVec("pc", 64)


def fresh_state(prefix: str) -> State:
    state = State.fresh(REGISTERS + FP_REGISTERS, prefix)
    state.regs["x0"] = z3.BitVecVal(0, 64)
    return state


# ---------------------------------------------------------------- arithmetic

def _mask(b: z3.BitVecRef, width: int) -> z3.BitVecRef:
    return b & (width - 1)  # shifts use the low log2(width) bits of the amount


def _high(extend_a, extend_b) -> Callable:
    """The upper half of the double-width product."""
    def op(a, b, width):
        product = extend_a(width, a) * extend_b(width, b)
        return z3.Extract(2 * width - 1, width, product)
    return op


def _bool(cond: z3.BoolRef, width: int) -> z3.BitVecRef:
    return z3.If(cond, z3.BitVecVal(1, width), z3.BitVecVal(0, width))


# Base operations on `width`-bit operands (RISC-V division: x/0 = all ones,
# x rem 0 = x; MIN/-1 = MIN and MIN rem -1 = 0 are Z3's bvsdiv/bvsrem too).
ALU: dict[str, Callable[[z3.BitVecRef, z3.BitVecRef, int], z3.BitVecRef]] = {
    "add": lambda a, b, w: a + b,
    "sub": lambda a, b, w: a - b,
    "and": lambda a, b, w: a & b,
    "or": lambda a, b, w: a | b,
    "xor": lambda a, b, w: a ^ b,
    "sll": lambda a, b, w: a << _mask(b, w),
    "srl": lambda a, b, w: z3.LShR(a, _mask(b, w)),
    "sra": lambda a, b, w: a >> _mask(b, w),
    "slt": lambda a, b, w: _bool(a < b, w),
    "sltu": lambda a, b, w: _bool(z3.ULT(a, b), w),
    "mul": lambda a, b, w: a * b,
    "mulh": _high(z3.SignExt, z3.SignExt),
    "mulhsu": _high(z3.SignExt, z3.ZeroExt),
    "mulhu": _high(z3.ZeroExt, z3.ZeroExt),
    "div": lambda a, b, w: z3.If(b == 0, z3.BitVecVal(-1, w), a / b),
    "divu": lambda a, b, w: z3.UDiv(a, b),
    "rem": lambda a, b, w: z3.SRem(a, b),
    "remu": lambda a, b, w: z3.URem(a, b),
}

_IMMEDIATE_FORMS = {"addi": "add", "slti": "slt", "sltiu": "sltu", "xori": "xor",
                    "ori": "or", "andi": "and", "slli": "sll", "srli": "srl", "srai": "sra"}
_WORD_OPS = ("add", "sub", "sll", "srl", "sra", "mul", "div", "divu", "rem", "remu")
_WORD_IMMEDIATE_FORMS = {"addiw": "add", "slliw": "sll", "srliw": "srl", "sraiw": "sra"}

# mnemonic -> (base operation, operand width); 32-bit results are sign-extended.
ARITH: dict[str, tuple[str, int]] = (
    {op: (op, 64) for op in ALU}
    | {imm: (op, 64) for imm, op in _IMMEDIATE_FORMS.items()}
    | {op + "w": (op, 32) for op in _WORD_OPS}
    | {imm: (op, 32) for imm, op in _WORD_IMMEDIATE_FORMS.items()}
)

# mnemonic -> (bytes, sign-extending)
LOADS = {"lb": (1, True), "lh": (2, True), "lw": (4, True), "ld": (8, True),
         "lbu": (1, False), "lhu": (2, False), "lwu": (4, False)}
STORES = {"sb": 1, "sh": 2, "sw": 4, "sd": 8}

BRANCHES: dict[str, Callable[[z3.BitVecRef, z3.BitVecRef], z3.BoolRef]] = {
    "beq": lambda a, b: a == b,
    "bne": lambda a, b: a != b,
    "blt": lambda a, b: a < b,
    "bge": lambda a, b: a >= b,
    "bltu": z3.ULT,
    "bgeu": z3.UGE,
}

_ZERO, _RA = Reg("zero"), Reg("ra")

# pseudo -> (base mnemonic, operands: an int picks the pseudo's operand, else literal)
PSEUDO: dict[str, tuple[str, tuple]] = {
    "nop": ("addi", (_ZERO, _ZERO, Imm(0))),
    "li": ("addi", (0, _ZERO, 1)),  # any 64-bit constant: our addi takes it whole
    "lla": ("addi", (0, _ZERO, 1)),  # a bare SymRef is the symbol's address
    "la": ("addi", (0, _ZERO, 1)),  # PIC la loads the same address from the GOT
    "mv": ("addi", (0, 1, Imm(0))),
    "not": ("xori", (0, 1, Imm(-1))),
    "neg": ("sub", (0, _ZERO, 1)),
    "negw": ("subw", (0, _ZERO, 1)),
    "sext.w": ("addiw", (0, 1, Imm(0))),
    "seqz": ("sltiu", (0, 1, Imm(1))),
    "snez": ("sltu", (0, _ZERO, 1)),
    "sltz": ("slt", (0, 1, _ZERO)),
    "sgtz": ("slt", (0, _ZERO, 1)),
    "sgt": ("slt", (0, 2, 1)),
    "sgtu": ("sltu", (0, 2, 1)),
    "beqz": ("beq", (0, _ZERO, 1)),
    "bnez": ("bne", (0, _ZERO, 1)),
    "blez": ("bge", (_ZERO, 0, 1)),
    "bgez": ("bge", (0, _ZERO, 1)),
    "bltz": ("blt", (0, _ZERO, 1)),
    "bgtz": ("blt", (_ZERO, 0, 1)),
    "bgt": ("blt", (1, 0, 2)),
    "ble": ("bge", (1, 0, 2)),
    "bgtu": ("bltu", (1, 0, 2)),
    "bleu": ("bgeu", (1, 0, 2)),
    "j": ("jal", (_ZERO, 0)),
    "call": ("jal", (_RA, 0)),  # auipc ra + jalr ra: only ra changes
    "ret": ("jalr", (_ZERO, Mem(_RA, Imm(0)))),
} | riscv_fp.PSEUDO


def expand(instr: Instruction) -> Instruction:
    """A pseudo-instruction as the base instruction it stands for."""
    if instr.opcode not in PSEUDO:
        return instr
    base, template = PSEUDO[instr.opcode]
    try:
        operands = tuple(instr.operands[t] if isinstance(t, int) else t for t in template)
    except IndexError:
        raise UnsupportedInstruction(f"{instr.opcode}: wrong number of operands") from None
    return Instruction(base, operands, instr.line, instr.loc)


# ---------------------------------------------------------------- handlers

def _arith(state: State, instr: Instruction) -> None:
    op, width = ARITH[instr.opcode]
    rd, rs1, rs2 = expect_operands(instr, 3)
    a, b = value(state, rs1), value(state, rs2)
    if width < 64:
        a, b = z3.Extract(width - 1, 0, a), z3.Extract(width - 1, 0, b)
    result = ALU[op](a, b, width)
    write(state, rd, result if width == 64 else z3.SignExt(64 - width, result))


def _lui(state: State, instr: Instruction) -> None:
    rd, imm = expect_operands(instr, 2)
    if isinstance(imm, SymRef):
        write(state, rd, upper_symbol(state, imm))
        return
    upper = z3.Concat(z3.Extract(19, 0, value(state, imm)), z3.BitVecVal(0, 12))
    write(state, rd, z3.SignExt(32, upper))


def _auipc(state: State, instr: Instruction) -> None:
    rd, imm = expect_operands(instr, 2)
    if isinstance(imm, SymRef):
        raise UnsupportedInstruction("auipc with a relocation is not modelled")
    upper = z3.Concat(z3.Extract(19, 0, value(state, imm)), z3.BitVecVal(0, 12))
    write(state, rd, PC + z3.SignExt(32, upper))


def _load(state: State, instr: Instruction) -> None:
    size, signed = LOADS[instr.opcode]
    rd, where = expect_operands(instr, 2)
    loaded = state.load(address(state, where), size)
    if size < 8:
        loaded = (z3.SignExt if signed else z3.ZeroExt)(64 - 8 * size, loaded)
    write(state, rd, loaded)


def _store(state: State, instr: Instruction) -> None:
    size = STORES[instr.opcode]
    if len(instr.operands) == 3:  # `sw rs, sym, rt`: rt holds the auipc part
        rs, where, scratch = instr.operands
        state.store(address(state, where), value(state, rs), size)
        write(state, scratch, pcrel_scratch(target_label(where)))
        return
    rs, where = expect_operands(instr, 2)
    state.store(address(state, where), value(state, rs), size)


def _branch(state: State, instr: Instruction) -> Exit:
    rs1, rs2, target = expect_operands(instr, 3)
    cond = BRANCHES[instr.opcode](value(state, rs1), value(state, rs2))
    return Exit("cond", target=target_label(target), cond=z3.simplify(cond))


def _is_zero(state: State, op: Operand) -> bool:
    return isinstance(op, Reg) and canonical_register(op.name)[0] == "x0"


def _jal(state: State, instr: Instruction) -> Exit:
    rd, target = instr.operands if len(instr.operands) == 2 else (_RA, *instr.operands)
    if _is_zero(state, rd):
        return Exit("branch", target=target_label(target))
    write(state, rd, return_address())
    return Exit("call", target=target_label(target))


def _jalrexpect_operands(instr: Instruction) -> tuple[Operand, Operand, Operand]:
    """(rd, rs, offset) from `jalr rs`, `jr rs`, `jalr rd, rs`, `jalr rd, rs, imm`,
    `jalr rd, imm(rs)`."""
    ops = instr.operands
    default_rd = _ZERO if instr.opcode == "jr" else _RA
    if len(ops) == 1:
        ops = (default_rd, *ops)
    if len(ops) == 2 and isinstance(ops[1], Mem):
        return ops[0], ops[1].base, ops[1].offset or Imm(0)
    if len(ops) == 2:
        return ops[0], ops[1], Imm(0)
    if len(ops) == 3:
        return ops
    raise UnsupportedInstruction(f"{instr.opcode}: wrong number of operands")


def _jalr(state: State, instr: Instruction) -> Exit:
    rd, rs, offset = _jalrexpect_operands(instr)
    target = (value(state, rs) + value(state, offset)) & ~1
    target = z3.simplify(target)
    if not _is_zero(state, rd):
        write(state, rd, return_address())  # after reading rs: `jalr ra, 0(ra)` works
        return Exit("call", address=target)
    is_ret = (isinstance(rs, Reg) and canonical_register(rs.name)[0] == "x1"
              and isinstance(offset, Imm) and offset.value == 0)
    return Exit("ret" if is_ret else "indirect", address=target)


def _tail(state: State, instr: Instruction) -> Exit:
    (target,) = expect_operands(instr, 1)
    name = target_label(target)
    write(state, Reg("t1"), pcrel_scratch(name))  # auipc t1 + jr t1
    return Exit("branch", target=name)


Handler = Callable[[State, Instruction], "Exit | None"]
HANDLERS: dict[str, Handler] = (
    {m: _arith for m in ARITH}
    | {m: _load for m in LOADS}
    | {m: _store for m in STORES}
    | {m: _branch for m in BRANCHES}
    | {"lui": _lui, "auipc": _auipc, "jal": _jal, "jalr": _jalr, "jr": _jalr, "tail": _tail}
    | riscv_fp.HANDLERS
)

# Every mnemonic `execute` accepts.
MNEMONICS = frozenset(HANDLERS) | frozenset(PSEUDO)


def execute(state: State, instr: Instruction) -> Exit | None:
    """Apply `instr` to `state` in place; an `Exit` when it ends the block."""
    base = expand(instr)
    handler = HANDLERS.get(base.opcode)
    if handler is None:
        raise UnsupportedInstruction(f"unknown RISC-V instruction {instr.opcode!r}")
    return handler(state, base)


def run_block(state: State, instrs: list[Instruction]) -> Exit:
    """Execute a basic block; its terminator's `Exit`, or 'fall' when it has none."""
    for instr in instrs:
        exit_ = execute(state, instr)
        if exit_ is not None:
            return exit_
    return Exit("fall")
