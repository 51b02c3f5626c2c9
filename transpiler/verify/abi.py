"""Register roles of each ISA's calling convention, in architectural names.

The table lives in `data/abi.toml` (names as gcc prints them); this module
maps them through the ISA's semantics so every other verifier module can
compare registers by the names the symbolic state uses.
"""

from __future__ import annotations

import functools
import importlib
import tomllib
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

ISAS = ("arm", "riscv")
_SEMANTICS = {"arm": "guacc.transpiler.semantics.aarch64", "riscv": "guacc.transpiler.semantics.riscv"}
_TABLE = Path(__file__).with_name("data") / "abi.toml"


def semantics(isa: str) -> ModuleType:
    """The ISA's semantics module (`execute`, `fresh_state`, `canonical_register`)."""
    if isa not in _SEMANTICS:
        raise ValueError(f"unknown ISA {isa!r} (expected one of {', '.join(ISAS)})")
    return importlib.import_module(_SEMANTICS[isa])


@dataclass(frozen=True)
class Abi:
    isa: str
    sp: str
    fp: str
    lr: str
    zero: str
    args: tuple[str, ...]
    returns: tuple[str, ...]
    caller_saved: frozenset[str]
    callee_saved: frozenset[str]
    fp_args: tuple[str, ...] = ()
    fp_returns: tuple[str, ...] = ()
    fp_caller_saved: frozenset[str] = frozenset()
    fp_callee_saved: frozenset[str] = frozenset()

    @property
    def frame_registers(self) -> tuple[str, str, str]:
        """Registers whose values the frame invariants describe, not the register map."""
        return (self.sp, self.fp, self.lr)


def canonical(isa: str, name: str) -> str:
    return semantics(isa).canonical_register(name)[0]


def register_width(isa: str, name: str) -> int:
    return semantics(isa).canonical_register(name)[1]


@functools.cache
def _table() -> dict:
    with open(_TABLE, "rb") as fh:
        return tomllib.load(fh)


@functools.cache
def abi(isa: str) -> Abi:
    row = _table()[isa]
    c = functools.partial(canonical, isa)
    return Abi(
        isa=isa, sp=c(row["sp"]), fp=c(row["fp"]), lr=c(row["lr"]), zero=c(row["zero"]),
        args=tuple(map(c, row["args"])), returns=tuple(map(c, row["returns"])),
        caller_saved=frozenset(map(c, row["caller_saved"])),
        callee_saved=frozenset(map(c, row["callee_saved"])),
        fp_args=tuple(map(c, row["fp_args"])), fp_returns=tuple(map(c, row["fp_returns"])),
        fp_caller_saved=frozenset(map(c, row["fp_caller_saved"])),
        fp_callee_saved=frozenset(map(c, row["fp_callee_saved"])),
    )


@functools.cache
def role_pairs(src_isa: str, dst_isa: str) -> tuple[tuple[str, str], ...]:
    """(src register, dst register) of the same ABI role, architectural names."""
    table = _table()["pairs"]
    if src_isa == dst_isa:
        regs = [canonical(src_isa, r) for r in table[src_isa]]
        everything = set(abi(src_isa).caller_saved | abi(src_isa).callee_saved) - set(abi(src_isa).frame_registers)
        return tuple((r, r) for r in sorted(everything | set(regs)))
    return tuple((canonical(src_isa, s), canonical(dst_isa, d))
                 for s, d in zip(table[src_isa], table[dst_isa]))
