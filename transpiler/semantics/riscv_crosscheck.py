"""The RV64 side of the unicorn cross-check (`crosscheck.py`): unicorn
register ids and toolchain, the counterpart of `aarch64_crosscheck.py`, for
code that compares RISC-V blocks against unicorn (e.g. mutation testing).

`.option norvc` keeps every instruction 4 bytes (the semantics and the
block layout count in words); `.option norelax` keeps pseudo-instructions at
their documented expansion.
"""

from __future__ import annotations

from guacc.transpiler.asm.parser import parse_instruction
from guacc.transpiler.semantics import riscv
from guacc.transpiler.semantics.crosscheck import IsaUnderTest, Toolchain

TOOLCHAIN = Toolchain(assembler=("riscv64-linux-gnu-as", "-march=rv64imafdc"),
                      linker=("riscv64-linux-gnu-ld",),
                      preamble=".option norvc\n.option norelax")


def parse(text: str):
    return parse_instruction(text, "riscv")


def isa_under_test() -> IsaUnderTest:
    from unicorn import UC_ARCH_RISCV, UC_MODE_RISCV64
    from unicorn import riscv_const as uc

    register_ids = {f"x{i}": uc.UC_RISCV_REG_X0 + i for i in range(1, 32)}
    register_ids.update({f"f{i}": uc.UC_RISCV_REG_F0 + i for i in range(32)})
    return IsaUnderTest(
        name="riscv64", registers=riscv.REGISTERS + riscv.FP_REGISTERS, flags=riscv.FLAGS,
        execute=riscv.execute, parse=parse,
        uc_arch=UC_ARCH_RISCV, uc_mode=UC_MODE_RISCV64, register_ids=register_ids,
        pc_id=uc.UC_RISCV_REG_PC, toolchain=TOOLCHAIN,
        zero_registers=frozenset({"x0"}),
    )
