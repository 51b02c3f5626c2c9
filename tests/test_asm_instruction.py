"""parse_instruction / format_instruction: operand shapes of the model and
printing that parses back to the same instruction."""

import pytest

from guacc.compiler.diagnostics import GuaccError
from guacc.transpiler.asm.model import Cond, FImm, Hole, Imm, Instruction, Mem, Reg, RegList, Shift, SymRef
from guacc.transpiler.asm.parser import format_instruction, parse_instruction

ARM_CASES = {
    "add x0, x1, x2, lsl 3": Instruction("add", (Reg("x0"), Reg("x1"), Reg("x2"), Shift("lsl", 3))),
    "add x0, x1, #8": Instruction("add", (Reg("x0"), Reg("x1"), Imm(8))),
    "ldr w0, [x1, w0, uxtw 2]": Instruction("ldr", (Reg("w0"), Mem(Reg("x1"), Reg("w0"), Shift("uxtw", 2)))),
    "ldr w1, [x2], 4": Instruction("ldr", (Reg("w1"), Mem(Reg("x2"), Imm(4), None, "post"))),
    "stp x29, x30, [sp, -112]!": Instruction("stp", (Reg("x29"), Reg("x30"), Mem(Reg("sp"), Imm(-112), None, "pre"))),
    "ldr x0, [sp]": Instruction("ldr", (Reg("x0"), Mem(Reg("sp")))),
    "adrp x2, :got:stdin": Instruction("adrp", (Reg("x2"), SymRef("stdin", 0, "got"))),
    "add x0, x0, :lo12:.LC0+8": Instruction("add", (Reg("x0"), Reg("x0"), SymRef(".LC0", 8, "lo12"))),
    "ldr x2, [x2, #:got_lo12:stdin]": Instruction("ldr", (Reg("x2"), Mem(Reg("x2"), SymRef("stdin", 0, "got_lo12")))),
    "bhi .L3": Instruction("b.hi", (SymRef(".L3"),)),
    "b.ne .L3": Instruction("b.ne", (SymRef(".L3"),)),
    "csel w0, w1, w2, ge": Instruction("csel", (Reg("w0"), Reg("w1"), Reg("w2"), Cond("ge"))),
    "tbz w0, #3, .L5": Instruction("tbz", (Reg("w0"), Imm(3), SymRef(".L5"))),
    "movk x0, 0x1234, lsl 16": Instruction("movk", (Reg("x0"), Imm(0x1234), Shift("lsl", 16))),
    "add x0, x1, w2, uxtw": Instruction("add", (Reg("x0"), Reg("x1"), Reg("w2"), Shift("uxtw"))),
    "fmov d2, 1.5e+0": Instruction("fmov", (Reg("d2"), FImm(1.5))),
    "umov w0, v0.s[1]": Instruction("umov", (Reg("w0"), Reg("v0.s[1]"))),
    "ld1 {v0.16b - v1.16b}, [x0]": Instruction("ld1", (RegList((Reg("v0.16b"), Reg("v1.16b"))), Mem(Reg("x0")))),
    "MOV X0, ?h": Instruction("mov", (Reg("x0"), Hole("h"))),
    "ret": Instruction("ret"),
}

RISCV_CASES = {
    "addi sp,sp,-32": Instruction("addi", (Reg("sp"), Reg("sp"), Imm(-32))),
    "sd s0,24(sp)": Instruction("sd", (Reg("s0"), Mem(Reg("sp"), Imm(24)))),
    "lui a5,%hi(.LC0)": Instruction("lui", (Reg("a5"), SymRef(".LC0", 0, "hi"))),
    "ld a0,%lo(g+8)(a5)": Instruction("ld", (Reg("a0"), Mem(Reg("a5"), SymRef("g", 8, "lo")))),
    "amoadd.w.aqrl a0,a1,(a2)": Instruction("amoadd.w.aqrl", (Reg("a0"), Reg("a1"), Mem(Reg("a2")))),
    "bgtu a4,a5,.L2": Instruction("bgtu", (Reg("a4"), Reg("a5"), SymRef(".L2"))),
    "fcvt.w.d a5,fa5,rtz": Instruction("fcvt.w.d", (Reg("a5"), Reg("fa5"), Cond("rtz"))),
    "li a0, 0x10": Instruction("li", (Reg("a0"), Imm(16))),
    "addiw a0,a1,?k": Instruction("addiw", (Reg("a0"), Reg("a1"), Hole("k"))),
    "call printf": Instruction("call", (SymRef("printf"),)),
    "sext.w a4,a5": Instruction("sext.w", (Reg("a4"), Reg("a5"))),
    "ret": Instruction("ret"),
}


@pytest.mark.parametrize("isa,text,expected", [("arm", t, i) for t, i in ARM_CASES.items()]
                         + [("riscv", t, i) for t, i in RISCV_CASES.items()])
def test_parse_and_format(isa, text, expected):
    parsed = parse_instruction(text, isa)
    assert parsed == expected
    assert parse_instruction(format_instruction(parsed, isa), isa) == parsed


@pytest.mark.parametrize("isa,text,message,column", [
    ("arm", "foo x0, x1", "unknown mnemonic 'foo'", 1),
    ("arm", "add x0, y1, x2", "bad operand 'y1'", 9),
    ("arm", "add x0, x1, x2, lsk 3", "not a shift", 17),
    ("arm", "add x0, x1 x2", "unexpected 'x2'", 12),
    ("riscv", "addi a0,b1,3", "bad operand 'b1'", 9),
    ("arm", "add x0, x1", "wrong number of operands for 'add': 2 (expects 3 to 4)", 1),
    ("riscv", "ld a0", "wrong number of operands for 'ld'", 1),
    ("riscv", "addi a0,a1,%", "unexpected '%'", 12),
])
def test_bad_instruction(isa, text, message, column):
    with pytest.raises(GuaccError) as err:
        parse_instruction(text, isa)
    assert message in err.value.message
    assert (err.value.loc.line, err.value.loc.column) == (1, column)
