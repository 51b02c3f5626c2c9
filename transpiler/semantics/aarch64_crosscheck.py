"""The AArch64 side of the unicorn cross-check (`crosscheck.py`): unicorn
register ids, NZCV packing, toolchain. Shared by the semantics test and any
test that compares blocks against unicorn (e.g. mutation testing)."""

from __future__ import annotations

from guacc.transpiler.asm.parser import parse_instruction
from guacc.transpiler.semantics import aarch64
from guacc.transpiler.semantics.crosscheck import IsaUnderTest, Toolchain

TOOLCHAIN = Toolchain(assembler=("aarch64-linux-gnu-as", "-march=armv8.2-a"), linker=("aarch64-linux-gnu-ld",))
_NZCV_BITS = {"n": 31, "z": 30, "c": 29, "v": 28}


def isa_under_test() -> IsaUnderTest:
    from unicorn import UC_ARCH_ARM64, UC_MODE_ARM
    from unicorn import arm64_const as uc

    register_ids = {f"x{i}": getattr(uc, f"UC_ARM64_REG_X{i}") for i in range(31)}
    register_ids["sp"] = uc.UC_ARM64_REG_SP

    def read_flags(emulator) -> dict[str, bool]:
        nzcv = emulator.reg_read(uc.UC_ARM64_REG_NZCV)
        return {flag: bool(nzcv >> bit & 1) for flag, bit in _NZCV_BITS.items()}

    def write_flags(emulator, flags: dict[str, bool]) -> None:
        emulator.reg_write(uc.UC_ARM64_REG_NZCV,
                           sum(1 << bit for flag, bit in _NZCV_BITS.items() if flags[flag]))

    return IsaUnderTest(
        name="aarch64", registers=aarch64.REGISTERS, flags=aarch64.FLAGS,
        execute=aarch64.execute, parse=lambda text: parse_instruction(text, "arm"),
        uc_arch=UC_ARCH_ARM64, uc_mode=UC_MODE_ARM, register_ids=register_ids,
        pc_id=uc.UC_ARM64_REG_PC, toolchain=TOOLCHAIN,
        read_flags=read_flags, write_flags=write_flags,
    )
