"""Literals paired by content: the format string ARM calls `.LC0` and
RISC-V `.LC1` is one pointer to the verifier; literals with other bytes
never share an address."""

from __future__ import annotations

from guacc.transpiler.asm.parser import parse_asm
from guacc.transpiler.verify.literals import PRIVATE_PREFIX, pair_literals, same_literal
from guacc.transpiler.verify.program import verify_program

ARM = """\
\t.text
\t.section\t.rodata
\t.align\t3
.LC0:
\t.string\t"x=%d\\n"
\t.align\t3
.LC1:
\t.string\t"y=%d\\n"
\t.text
\t.global\tf
\t.type\tf, %function
f:
\tstp\tx29, x30, [sp, -16]!
\tmov\tx29, sp
\tmov\tw1, 7
\tadrp\tx0, .LC0
\tadd\tx0, x0, :lo12:.LC0
\tbl\tprintf
\tnop
\tldp\tx29, x30, [sp], 16
\tret
\t.size\tf, .-f
"""

RISCV = """\
\t.text
\t.section\t.rodata
\t.align\t3
.LC0:
\t.dword\t81985529216486895
\t.align\t3
.LC1:
\t.string\t"{fmt}"
\t.text
\t.globl\tf
\t.type\tf, @function
f:
\taddi\tsp,sp,-16
\tsd\tra,8(sp)
\tsd\ts0,0(sp)
\taddi\ts0,sp,16
\tli\ta1,7
\tlla\ta0,{label}
\tcall\tprintf
\tnop
\tld\tra,8(sp)
\tld\ts0,0(sp)
\taddi\tsp,sp,16
\tjr\tra
\t.size\tf, .-f
"""


def _verdicts(fmt: str, label: str):
    src = parse_asm(ARM, "arm")
    dst = parse_asm(RISCV.format(fmt=fmt, label=label), "riscv")
    return verify_program(src, dst, timeout_s=10).verdicts


def test_padding_is_not_content():
    assert same_literal(b"ab\0", b"ab\0\0\0\0\0")
    assert not same_literal(b"ab\0", b"ab\0\0c")
    assert not same_literal(b"ab\0", b"ac\0")


def test_renames():
    src = {".LC0": b"x=%d\n\0\0\0", ".LC1": b"y=%d\n\0"}
    dst = {".LC0": (81985529216486895).to_bytes(8, "little"), ".LC1": b"x=%d\n\0", "table": b"\1"}
    assert pair_literals(src, dst) == {".LC1": ".LC0", ".LC0": PRIVATE_PREFIX + ".LC0"}


def test_same_string_under_another_label_is_proven():
    verdicts = _verdicts("x=%d\\n", ".LC1")
    assert [v.status for v in verdicts] == ["verified", "verified"]


def test_other_string_fails():
    verdicts = _verdicts("y=%d\\n", ".LC1")  # the bytes of ARM's .LC1, not the .LC0 ARM passes
    assert [v.status for v in verdicts] == ["failed", "verified"]
    assert "argument x0~x10" in verdicts[0].reason


def test_constant_pool_entry_is_not_the_string():
    verdicts = _verdicts("x=%d\\n", ".LC0")  # RISC-V's .LC0 is a dword, not ARM's .LC0
    assert [v.status for v in verdicts] == ["failed", "verified"]
