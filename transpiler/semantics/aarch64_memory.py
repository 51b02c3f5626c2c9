"""AArch64 loads, stores and address formation: the addressing modes
(offset, pre-index, post-index, register offset with lsl/sxtw/uxtw, `:lo12:`
symbol offsets, PC-relative literals), single and pair transfers of every
size, and adr/adrp."""

from __future__ import annotations

import z3

from guacc.transpiler.asm.model import Mem, SymRef
from guacc.transpiler.semantics.aarch64_operands import (
    UnsupportedInstruction, flexible_operand, immediate, is_register, read_register, resize,
    width_of, write_register,
)
from guacc.transpiler.semantics.state import State
from guacc.transpiler.semantics.symbols import symbol_address

# mnemonic: (bytes, or None for the register's size; sign-extend the loaded value)
LOADS = {
    "ldr": (None, False), "ldrb": (1, False), "ldrh": (2, False),
    "ldrsb": (1, True), "ldrsh": (2, True), "ldrsw": (4, True),
    "ldur": (None, False), "ldurb": (1, False), "ldurh": (2, False),
    "ldursb": (1, True), "ldursh": (2, True), "ldursw": (4, True),
}
STORES = {  # mnemonic: bytes, or None for the register's size
    "str": None, "strb": 1, "strh": 2, "stur": None, "sturb": 1, "sturh": 2,
}
PAIR_LOADS = {"ldp": (None, False), "ldnp": (None, False), "ldpsw": (4, True)}
PAIR_STORES = {"stp": None, "stnp": None}


def _offset(state: State, mem: Mem) -> z3.BitVecRef:
    if mem.offset is None:
        return z3.BitVecVal(0, 64)
    if is_register(mem.offset):
        return flexible_operand(state, (mem.offset,) + ((mem.shift,) if mem.shift else ()), 64)
    return immediate(state, mem.offset, 64, signed=True)


def _address(state: State, operand):
    """(effective address, base write-back to do after the access or None)."""
    if isinstance(operand, SymRef):  # `ldr x0, label`: a PC-relative literal
        return immediate(state, operand, 64), None
    if not isinstance(operand, Mem):
        raise UnsupportedInstruction(f"expected a memory operand, got {operand}")
    base = read_register(state, operand.base)
    offset = _offset(state, operand)
    if operand.mode == "offset":
        return base + offset, None
    if operand.mode == "pre":
        return base + offset, (operand.base, base + offset)
    if operand.mode == "post":
        return base, (operand.base, base + offset)
    raise UnsupportedInstruction(f"addressing mode {operand.mode}")


def _write_back(state: State, pending) -> None:
    if pending is not None:
        write_register(state, *pending)


def _transfer_size(register, size: int | None) -> int:
    return size if size is not None else width_of(register) // 8


def _is_got_load(operand) -> bool:
    return (isinstance(operand, Mem) and isinstance(operand.offset, SymRef)
            and operand.offset.reloc == "got_lo12")


def _load(size: int | None, signed: bool):
    def semantics(state: State, ops: tuple) -> None:
        dest, operand = ops
        if _is_got_load(operand):
            # `adrp xN, :got:s; ldr xM, [xN, :got_lo12:s]` (PIE access to an extern
            # global) loads the GOT slot, which the loader filled with s's address;
            # modelled as that address so it agrees with a direct `adrp/add` or `la`.
            write_register(state, dest, symbol_address(operand.offset.name) + operand.offset.addend)
            return
        address, pending = _address(state, operand)
        value = state.load(address, _transfer_size(dest, size))
        _write_back(state, pending)
        write_register(state, dest, resize(value, width_of(dest), signed))
    return semantics


def _store(size: int | None):
    def semantics(state: State, ops: tuple) -> None:
        source, operand = ops
        value = read_register(state, source)
        address, pending = _address(state, operand)
        state.store(address, value, _transfer_size(source, size))
        _write_back(state, pending)
    return semantics


def _load_pair(size: int | None, signed: bool):
    def semantics(state: State, ops: tuple) -> None:
        first, second, operand = ops
        step = _transfer_size(first, size)
        address, pending = _address(state, operand)
        values = [state.load(address + i * step, step) for i in range(2)]
        _write_back(state, pending)
        for dest, value in zip((first, second), values):
            write_register(state, dest, resize(value, width_of(dest), signed))
    return semantics


def _store_pair(size: int | None):
    def semantics(state: State, ops: tuple) -> None:
        first, second, operand = ops
        step = _transfer_size(first, size)
        values = [read_register(state, r) for r in (first, second)]
        address, pending = _address(state, operand)
        for i, value in enumerate(values):
            state.store(address + i * step, value, step)
        _write_back(state, pending)
    return semantics


def _adr(state: State, ops: tuple) -> None:
    dest, target = ops
    write_register(state, dest, immediate(state, target, 64))


def _adrp(state: State, ops: tuple) -> None:
    dest, target = ops
    write_register(state, dest, immediate(state, target, 64) & ~z3.BitVecVal(0xFFF, 64))


def _prefetch(state: State, ops: tuple) -> None:
    return None  # a hint: no architectural effect


def _table() -> dict:
    table = {"adr": _adr, "adrp": _adrp, "prfm": _prefetch}
    table.update({m: _load(*spec) for m, spec in LOADS.items()})
    table.update({m: _store(size) for m, size in STORES.items()})
    table.update({m: _load_pair(*spec) for m, spec in PAIR_LOADS.items()})
    table.update({m: _store_pair(size) for m, size in PAIR_STORES.items()})
    return table


MEMORY = _table()
