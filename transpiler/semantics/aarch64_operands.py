"""AArch64 operands as Z3 values: registers (with their W/X views, the zero
register and sketch-hole register choices), immediates (with sketch holes
extended as the instruction field would be), shifted and extended register
operands, and the NZCV arithmetic the flag-setting instructions share."""

from __future__ import annotations

import z3

from guacc.transpiler.asm.model import Hole, Imm, Reg, Shift, SymRef
from guacc.transpiler.semantics.state import State
from guacc.transpiler.semantics.symbols import symbol_address

REGISTERS = tuple(f"x{i}" for i in range(31)) + ("sp",)
FLAGS = ("n", "z", "c", "v")
ZERO = "xzr"  # never stored in State.regs: reads 0, writes vanish
GOT_PREFIX = "got:"  # symbol naming the GOT slot that holds a symbol's address

_NAMED = {
    "sp": ("sp", 64), "wsp": ("sp", 32), "xzr": (ZERO, 64), "wzr": (ZERO, 32),
    "fp": ("x29", 64), "lr": ("x30", 64), "ip0": ("x16", 64), "ip1": ("x17", 64),
}


class UnsupportedInstruction(NotImplementedError):
    """An opcode or operand shape the semantics do not model."""


FP_REGISTERS = tuple(f"v{i}" for i in range(32))  # 128 bits each in State.regs
_FP_VIEWS = {"b": 8, "h": 16, "s": 32, "d": 64, "q": 128, "v": 128}


def canonical_register(name: str) -> tuple[str, int]:
    """(architectural register, bits the name accesses): w5 -> ('x5', 32),
    fp -> ('x29', 64), wzr -> ('xzr', 32), wsp -> ('sp', 32), d3 -> ('v3', 64),
    s3 -> ('v3', 32), q3 and v3.4s -> ('v3', 128)."""
    name = name.lower()
    if name in _NAMED:
        return _NAMED[name]
    kind, number = name[:1], name[1:].split(".")[0]
    if not number.isdigit():
        raise UnsupportedInstruction(f"not an AArch64 register: {name}")
    if kind in ("x", "w") and int(number) <= 30 and "." not in name:
        return "x" + str(int(number)), 64 if kind == "x" else 32
    if kind in _FP_VIEWS and int(number) <= 31 and ("." in name) == (kind == "v"):
        return "v" + str(int(number)), _FP_VIEWS[kind]
    raise UnsupportedInstruction(f"not an AArch64 register: {name}")


def register_bits(arch: str) -> int:
    """Bits of an architectural register as State.regs holds it."""
    return 128 if arch.startswith("v") else 64


def is_register(op) -> bool:
    return isinstance(op, Reg) or (isinstance(op, Hole) and op.kind == "reg")


def width_of(op) -> int:
    """Bits of a register operand (a register hole: of its first choice)."""
    if isinstance(op, Hole):
        return canonical_register(op.choices[0])[1]
    if isinstance(op, Reg):
        return canonical_register(op.name)[1]
    raise UnsupportedInstruction(f"expected a register, got {op}")


def zero_register_like(op) -> Reg:
    return Reg("wzr" if width_of(op) == 32 else "xzr")


def resize(value: z3.BitVecRef, width: int, signed: bool = False) -> z3.BitVecRef:
    """Truncate or extend `value` to `width` bits."""
    size = value.size()
    if size > width:
        return z3.Extract(width - 1, 0, value)
    if size < width:
        return (z3.SignExt if signed else z3.ZeroExt)(width - size, value)
    return value


def _read_named(state: State, name: str) -> z3.BitVecRef:
    arch, width = canonical_register(name)
    value = z3.BitVecVal(0, 64) if arch == ZERO else state.regs[arch]
    return resize(value, width)


def read_register(state: State, op) -> z3.BitVecRef:
    if isinstance(op, Hole):
        index = state.hole(op)
        values = [_read_named(state, choice) for choice in op.choices]
        result = values[-1]
        for i in range(len(values) - 2, -1, -1):
            result = z3.If(index == i, values[i], result)
        return result
    return _read_named(state, op.name)


def _write_named(state: State, name: str, value: z3.BitVecRef, guard=None) -> None:
    arch, width = canonical_register(name)
    if arch == ZERO:
        return
    value = resize(resize(value, width), register_bits(arch))  # W, S, D writes zero the rest
    state.regs[arch] = value if guard is None else z3.If(guard, value, state.regs[arch])


def write_register(state: State, op, value: z3.BitVecRef) -> None:
    if isinstance(op, Hole):
        index = state.hole(op)
        for i, choice in enumerate(op.choices):
            _write_named(state, choice, value, index == i)
    else:
        _write_named(state, op.name, value)


def immediate(state: State, op, width: int, signed: bool = False) -> z3.BitVecRef:
    """An immediate operand as `width` bits. A hole is extended from its own
    width as its encoding field would be (`signed` for offsets); a symbol is
    its address, `:lo12:` its low 12 bits."""
    if isinstance(op, Imm):
        return z3.BitVecVal(op.value % (1 << width), width)
    if isinstance(op, Hole) and op.kind == "imm":
        return resize(state.hole(op), width, signed)
    if isinstance(op, SymRef):
        address = symbol_address(op.name) + op.addend
        if op.reloc in ("got", "got_lo12"):  # the symbol's GOT slot (see aarch64_memory)
            address = symbol_address(GOT_PREFIX + op.name)
        if op.reloc in ("lo12", "got_lo12"):
            address = address & 0xFFF
        elif op.reloc not in (None, "got"):
            raise UnsupportedInstruction(f"relocation :{op.reloc}: in {op}")
        return resize(address, width)
    raise UnsupportedInstruction(f"expected an immediate, got {op}")


def literal(op) -> int:
    """A Python int for fields that must be known (shift amounts in Shift
    operands are always concrete)."""
    if isinstance(op, Imm):
        return op.value
    raise UnsupportedInstruction(f"expected a literal immediate, got {op}")


SHIFTS = {
    "lsl": lambda value, amount: value << amount,
    "lsr": z3.LShR,
    "asr": lambda value, amount: value >> amount,
    "ror": z3.RotateRight,
}

EXTENDS = {  # kind: (source bits, signed)
    "uxtb": (8, False), "uxth": (16, False), "uxtw": (32, False), "uxtx": (64, False),
    "sxtb": (8, True), "sxth": (16, True), "sxtw": (32, True), "sxtx": (64, True),
}


def extend(value: z3.BitVecRef, kind: str, width: int) -> z3.BitVecRef:
    bits, signed = EXTENDS[kind]
    return resize(resize(value, bits), width, signed)


def flexible_operand(state: State, ops: tuple, width: int) -> z3.BitVecRef:
    """The second source operand of data-processing instructions, `width`
    bits: an immediate (optionally `lsl 12`), a symbol's `:lo12:`, or a
    register optionally followed by a shift or an extend with amount."""
    if not ops:
        raise UnsupportedInstruction("missing operand")
    first, modifier = ops[0], (ops[1] if len(ops) > 1 else None)
    if modifier is not None and not isinstance(modifier, Shift):
        raise UnsupportedInstruction(f"unexpected operand {modifier}")
    amount = (modifier.amount or 0) if modifier else 0
    if not is_register(first):
        value = immediate(state, first, width)
        if modifier is not None and modifier.kind != "lsl":
            raise UnsupportedInstruction(f"immediate with {modifier.kind}")
        return value << amount if amount else value
    value = read_register(state, first)
    if modifier is None:
        return resize(value, width)
    if modifier.kind in SHIFTS:
        return SHIFTS[modifier.kind](resize(value, width), z3.BitVecVal(amount, width))
    if modifier.kind in EXTENDS:
        return extend(value, modifier.kind, width) << amount
    raise UnsupportedInstruction(f"operand modifier {modifier.kind}")


def add_with_carry(x: z3.BitVecRef, y: z3.BitVecRef, carry) -> tuple[z3.BitVecRef, dict]:
    """x + y + carry and the NZCV it sets (the ARM ARM's AddWithCarry)."""
    width = x.size()
    wide = z3.ZeroExt(1, x) + z3.ZeroExt(1, y) + z3.If(carry, z3.BitVecVal(1, width + 1),
                                                        z3.BitVecVal(0, width + 1))
    result = z3.Extract(width - 1, 0, wide)
    sign = lambda v: z3.Extract(width - 1, width - 1, v) == 1  # noqa: E731
    flags = {
        "n": sign(result),
        "z": result == 0,
        "c": z3.Extract(width, width, wide) == 1,
        "v": z3.And(sign(x) == sign(y), sign(result) != sign(x)),
    }
    return result, flags


def logic_flags(result: z3.BitVecRef) -> dict:
    width = result.size()
    return {"n": z3.Extract(width - 1, width - 1, result) == 1, "z": result == 0,
            "c": z3.BoolVal(False), "v": z3.BoolVal(False)}


CONDITIONS = {
    "eq": lambda f: f["z"],
    "ne": lambda f: z3.Not(f["z"]),
    "cs": lambda f: f["c"],
    "hs": lambda f: f["c"],
    "cc": lambda f: z3.Not(f["c"]),
    "lo": lambda f: z3.Not(f["c"]),
    "mi": lambda f: f["n"],
    "pl": lambda f: z3.Not(f["n"]),
    "vs": lambda f: f["v"],
    "vc": lambda f: z3.Not(f["v"]),
    "hi": lambda f: z3.And(f["c"], z3.Not(f["z"])),
    "ls": lambda f: z3.Or(z3.Not(f["c"]), f["z"]),
    "ge": lambda f: f["n"] == f["v"],
    "lt": lambda f: f["n"] != f["v"],
    "gt": lambda f: z3.And(z3.Not(f["z"]), f["n"] == f["v"]),
    "le": lambda f: z3.Or(f["z"], f["n"] != f["v"]),
    "al": lambda f: z3.BoolVal(True),
    "nv": lambda f: z3.BoolVal(True),
}

INVERSE_CONDITION = {
    "eq": "ne", "ne": "eq", "cs": "cc", "hs": "lo", "cc": "cs", "lo": "hs",
    "mi": "pl", "pl": "mi", "vs": "vc", "vc": "vs", "hi": "ls", "ls": "hi",
    "ge": "lt", "lt": "ge", "gt": "le", "le": "gt", "al": "nv", "nv": "al",
}


def condition(state: State, code: str) -> z3.BoolRef:
    if code not in CONDITIONS:
        raise UnsupportedInstruction(f"condition {code}")
    return CONDITIONS[code](state.flags)
