"""The AArch64 side of the unicorn cross-check (`crosscheck.py`): unicorn
register ids, NZCV packing, toolchain. Shared by the semantics test and any
test that compares blocks against unicorn (e.g. mutation testing)."""

from __future__ import annotations

import dataclasses
import random
import struct

from guacc.transpiler.asm.model import Instruction
from guacc.transpiler.asm.parser import parse_instruction
from guacc.transpiler.semantics import aarch64
from guacc.transpiler.semantics.crosscheck import IsaUnderTest, Toolchain

TOOLCHAIN = Toolchain(assembler=("aarch64-linux-gnu-as", "-march=armv8.2-a"), linker=("aarch64-linux-gnu-ld",))
_NZCV_BITS = {"n": 31, "z": 30, "c": 29, "v": 28}


# The parser's operand-count table expects 4 operands for smnegl/umnegl (they
# take 3, like smull); parse them through their smull/umull twins meanwhile.
_PARSED_AS = {"smnegl": "smull", "umnegl": "umull"}


def parse(text: str) -> Instruction:
    mnemonic = text.split()[0].lower()
    if mnemonic in _PARSED_AS:
        twin = parse_instruction(text.replace(text.split()[0], _PARSED_AS[mnemonic], 1), "arm")
        return dataclasses.replace(twin, opcode=mnemonic)
    return parse_instruction(text, "arm")


def isa_under_test() -> IsaUnderTest:
    from unicorn import UC_ARCH_ARM64, UC_MODE_ARM
    from unicorn import arm64_const as uc

    register_ids = {f"x{i}": getattr(uc, f"UC_ARM64_REG_X{i}") for i in range(31)}
    register_ids["sp"] = uc.UC_ARM64_REG_SP
    register_ids.update({f"v{i}": getattr(uc, f"UC_ARM64_REG_Q{i}") for i in range(32)})

    def read_flags(emulator) -> dict[str, bool]:
        nzcv = emulator.reg_read(uc.UC_ARM64_REG_NZCV)
        return {flag: bool(nzcv >> bit & 1) for flag, bit in _NZCV_BITS.items()}

    def write_flags(emulator, flags: dict[str, bool]) -> None:
        emulator.reg_write(uc.UC_ARM64_REG_NZCV,
                           sum(1 << bit for flag, bit in _NZCV_BITS.items() if flags[flag]))

    return IsaUnderTest(
        name="aarch64", registers=aarch64.REGISTERS + aarch64.FP_REGISTERS, flags=aarch64.FLAGS,
        execute=aarch64.execute, parse=parse,
        uc_arch=UC_ARCH_ARM64, uc_mode=UC_MODE_ARM, register_ids=register_ids,
        pc_id=uc.UC_ARM64_REG_PC, toolchain=TOOLCHAIN,
        read_flags=read_flags, write_flags=write_flags,
        register_bits={v: 128 for v in aarch64.FP_REGISTERS},
        value_generators={v: random_vector for v in aarch64.FP_REGISTERS},
    )


def _double(x: float) -> int:
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def _single(x: float) -> int:
    return struct.unpack("<I", struct.pack("<f", x))[0]


_SPECIAL = (0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 2.5, -2.5, 3.0, 1e30, -1e30, float("inf"),
            float("-inf"), 2.0**31, -(2.0**31), 2.0**32, 2.0**63, -(2.0**63), 2.0**64, 1e-40, 255.75)
_DOUBLE_NANS = (0x7FF8000000000000, 0x7FF0000000000001, 0xFFF8000000000123, 0x7FF4000000000abc)
_SINGLE_NANS = (0x7FC00000, 0x7F800001, 0xFFC00123, 0x7FA00abc)


def random_vector(rng: random.Random) -> int:
    """A 128-bit V register whose low 32 or 64 bits are an interesting float
    (specials, NaNs of both kinds, values of mixed magnitude), junk above."""
    upper = rng.getrandbits(64) << 64
    draw = rng.random()
    as_double = rng.random() < 0.5
    if draw < 0.15:
        pattern = rng.choice(_DOUBLE_NANS if as_double else _SINGLE_NANS)
    elif draw < 0.45:
        value = rng.choice(_SPECIAL)
        pattern = _double(value) if as_double else _single(value)
    else:
        value = rng.choice((1, -1)) * rng.uniform(0, 4) * 2.0 ** rng.randint(-8, 40)
        pattern = _double(value) if as_double else _single(value)
    if as_double:
        return upper | pattern
    return upper | rng.getrandbits(32) << 32 | pattern
