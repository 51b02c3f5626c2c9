"""Which mnemonics, registers, condition codes and directives exist, per ISA.

The parser checks names against these tables (an unknown mnemonic or
directive is an error) and uses them to tell a register from a symbol from
a condition code, since GNU syntax writes them all as bare words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# ---------------------------------------------------------------- AArch64 --

ARM_CONDITIONS = _words("eq ne cs hs cc lo mi pl vs vc hi ls ge lt gt le al nv")

ARM_SHIFTS = _words("lsl lsr asr ror msl uxtb uxth uxtw uxtx sxtb sxth sxtw sxtx")

_ARM_INTEGER = """
add adds sub subs adc adcs sbc sbcs neg negs ngc ngcs cmp cmn tst
and ands orr orn eor eon bic bics mvn mov movz movn movk
mul madd msub mneg smull umull smulh umulh smaddl umaddl smsubl umsubl
smnegl umnegl sdiv udiv lsl lsr asr ror lslv lsrv asrv rorv
sxtb sxth sxtw uxtb uxth uxtw sbfm ubfm bfm sbfiz sbfx ubfiz ubfx bfi bfxil
bfc extr clz cls rbit rev rev16 rev32 rev64
csel csinc csinv csneg cset csetm cinc cinv cneg ccmp ccmn
adr adrp
ldr ldrb ldrh ldrsb ldrsh ldrsw ldur ldurb ldurh ldursb ldursh ldursw
str strb strh stur sturb sturh ldp stp ldpsw ldnp stnp
ldxr ldxrb ldxrh ldaxr ldaxrb ldaxrh stxr stxrb stxrh stlxr stlxrb stlxrh
ldar ldarb ldarh stlr stlrb stlrh ldxp ldaxp stxp stlxp
cas casa casal casl casb casab casalb caslb cash casah casalh caslh casp caspal
swp swpa swpal swpl swpb swpalb swph swpalh
ldadd ldadda ldaddal ldaddl ldaddb ldaddalb ldaddh ldaddalh
ldclr ldclral ldset ldsetal ldeor ldeoral
ldsmax ldsmaxal ldsmin ldsminal ldumax ldumaxal ldumin lduminal stadd stclr stset
b bl br blr ret cbz cbnz tbz tbnz
nop hint bti paciasp autiasp pacibsp autibsp xpaclri
dmb dsb isb svc brk hlt udf mrs msr prfm prfum yield sev sevl wfe wfi clrex
"""

_ARM_FLOAT = """
fmov fadd fsub fmul fdiv fneg fabs fsqrt fmadd fmsub fnmadd fnmsub fnmul
fmax fmin fmaxnm fminnm fabd fcmp fcmpe fccmp fccmpe fcsel fcvt
fcvtzs fcvtzu fcvtas fcvtau fcvtms fcvtmu fcvtns fcvtnu fcvtps fcvtpu
scvtf ucvtf frinta frinti frintm frintn frintp frintx frintz
"""

# Advanced SIMD instructions gcc's vectoriser emits at -O2 (parsed and
# printed; the semantics need not model them).
_ARM_SIMD = """
movi mvni dup ins umov smov addv addp uaddlv saddlv mla mls not abs
cmeq cmge cmgt cmhi cmhs cmle cmlt cmtst
ld1 ld2 ld3 ld4 st1 st2 st3 st4 ld1r ld2r ext zip1 zip2 uzp1 uzp2 trn1 trn2
xtn xtn2 uxtl uxtl2 sxtl sxtl2 shl sshr ushr ushll ushll2 sshll sshll2
umull2 smull2 umlal smlal umlal2 smlal2 umlsl smlsl
saddw saddw2 uaddw uaddw2 saddl saddl2 uaddl uaddl2 ssubl usubl ssubw usubw
smax smin umax umin smaxv sminv umaxv uminv smaxp sminp umaxp uminp
tbl tbx cnt addhn shrn rshrn faddp fmaxnmv fminnmv fmaxv fminv fmaxp fminp
bsl bit bif ssra usra sqxtn uqxtn sqadd uqadd sqsub uqsub
sadalp uadalp saddlp uaddlp uzp sli sri fcmeq fcmge fcmgt fcmle fcmlt
frecpe frecps frsqrte frsqrts fmla fmls scvtf ucvtf fcvtl fcvtn
"""

ARM_MNEMONICS = _words(_ARM_INTEGER + _ARM_FLOAT + _ARM_SIMD) | frozenset(
    # conditional branches, both the `b.eq` and the `beq` spelling
    {f"b.{c}" for c in ARM_CONDITIONS} | {f"b{c}" for c in ARM_CONDITIONS}
)

# Opcodes whose last bare-word operand is a condition code.
ARM_COND_OPCODES = _words("csel csinc csinv csneg cset csetm cinc cinv cneg ccmp ccmn fcsel fccmp fccmpe")

# Prefetch operations (prfm) and barrier options (dmb/dsb) are bare words too.
ARM_OPTION_OPCODES = _words("prfm prfum dmb dsb isb bti hint")

ARM_SYSREG_OPCODES = _words("mrs msr")

_ARM_VECTOR_ARRANGEMENTS = "8b 16b 4h 8h 2s 4s 1d 2d 1q b h s d q"


def _arm_registers() -> frozenset[str]:
    names = {"sp", "wsp", "xzr", "wzr", "fp", "lr", "ip0", "ip1"}
    for i in range(31):
        names |= {f"x{i}", f"w{i}"}
    for i in range(32):
        names |= {f"{p}{i}" for p in "bhsdqv"}
        names |= {f"v{i}.{a}" for a in _ARM_VECTOR_ARRANGEMENTS.split()}
    return frozenset(names)


ARM_REGISTERS = _arm_registers()

# ---------------------------------------------------------------- RISC-V --

_RV_BASE = """
lui auipc jal jalr beq bne blt bge bltu bgeu
lb lh lw ld lbu lhu lwu sb sh sw sd
addi slti sltiu xori ori andi slli srli srai
add sub sll slt sltu xor srl sra or and
fence fence.i fence.tso pause ecall ebreak
addiw slliw srliw sraiw addw subw sllw srlw sraw
mul mulh mulhsu mulhu div divu rem remu mulw divw divuw remw remuw
csrrw csrrs csrrc csrrwi csrrsi csrrci csrr csrw csrs csrc csrwi csrsi csrci
frcsr fscsr frrm fsrm frflags fsflags rdcycle rdtime rdinstret
nop li la lla lga mv not neg negw sext.w seqz snez sltz sgtz
beqz bnez blez bgez bltz bgtz bgt ble bgtu bleu sgt sgtu
j jr ret call tail
add.uw sh1add sh2add sh3add sh1add.uw sh2add.uw sh3add.uw slli.uw
andn orn xnor clz ctz cpop clzw ctzw cpopw max maxu min minu
sext.b sext.h zext.b zext.h zext.w rol ror rori rolw rorw roriw orc.b rev8
bclr bclri bext bexti binv binvi bset bseti czero.eqz czero.nez
"""


def _rv_atomics() -> set[str]:
    names = set()
    for width in "wd":
        ops = [f"lr.{width}", f"sc.{width}"] + [
            f"amo{op}.{width}" for op in "swap add xor and or min max minu maxu".split()
        ]
        for op in ops:
            names |= {op, f"{op}.aq", f"{op}.rl", f"{op}.aqrl"}
    return names


def _rv_float() -> set[str]:
    names = set()
    for f in "sd":
        names |= {f"{op}.{f}" for op in (
            "fadd fsub fmul fdiv fsqrt fmin fmax fmadd fmsub fnmadd fnmsub "
            "fsgnj fsgnjn fsgnjx feq flt fle fgt fge fclass fmv fneg fabs").split()}
        names |= {f"fcvt.{i}.{f}" for i in ("w", "wu", "l", "lu")}
        names |= {f"fcvt.{f}.{i}" for i in ("w", "wu", "l", "lu")}
    names |= {"flw", "fsw", "fld", "fsd", "fcvt.s.d", "fcvt.d.s",
              "fmv.x.w", "fmv.w.x", "fmv.x.s", "fmv.s.x", "fmv.x.d", "fmv.d.x"}
    return names


RISCV_MNEMONICS = _words(_RV_BASE) | frozenset(_rv_atomics() | _rv_float())

RISCV_ROUNDING_MODES = _words("rne rtz rdn rup rmm dyn")

RISCV_CSR_OPCODES = _words("csrrw csrrs csrrc csrrwi csrrsi csrrci csrr csrw csrs csrc csrwi csrsi csrci")


def _riscv_registers() -> frozenset[str]:
    names = {"zero", "ra", "sp", "gp", "tp", "fp"}
    names |= {f"x{i}" for i in range(32)} | {f"f{i}" for i in range(32)}
    names |= {f"t{i}" for i in range(7)} | {f"s{i}" for i in range(12)} | {f"a{i}" for i in range(8)}
    names |= {f"ft{i}" for i in range(12)} | {f"fs{i}" for i in range(12)} | {f"fa{i}" for i in range(8)}
    return frozenset(names)


RISCV_REGISTERS = _riscv_registers()

# `fence rw,rw`: predecessor/successor sets are words over the letters iorw.
RISCV_FENCE_SET = re.compile(r"[iorw]+")

# ------------------------------------------------------- operand counts --
# How many operands (as the model counts them: a trailing shift or extend is
# one; a post-indexed `[x0], 8` is one) each mnemonic takes. Mnemonics not
# listed (SIMD, atomics, system) are not checked.


def _arity(groups: dict[tuple[int, int], str]) -> dict[str, tuple[int, int]]:
    return {m: bounds for bounds, names in groups.items() for m in names.split()}


ARM_ARITY = _arity({
    (0, 1): "ret",
    (0, 0): "nop",
    (1, 1): "b bl blr br " + " ".join(f"b.{c}" for c in ARM_CONDITIONS),
    (2, 2): "cbz cbnz adr adrp cset csetm clz cls rbit rev rev16 rev32 sxtb sxth sxtw uxtb uxth uxtw "
            "ldr ldrb ldrh ldrsb ldrsh ldrsw ldur ldurb ldurh ldursb ldursh ldursw str strb strh stur sturb sturh "
            "ldxr ldaxr ldar stlr fcmp fcmpe",
    (2, 3): "cmp cmn tst mov mvn neg negs movk movz movn fmov fneg fabs fsqrt fcvt fcvtzs fcvtzu scvtf ucvtf",
    (3, 3): "ldp stp ldpsw stxr stlxr mul mneg sdiv udiv smulh umulh smull umull lsl lsr asr ror lslv lsrv asrv rorv "
            "cinc cinv cneg tbz tbnz fadd fsub fmul fdiv fmax fmin fmaxnm fminnm fnmul fabd",
    (3, 4): "add adds sub subs adc adcs sbc sbcs and ands orr orn eor eon bic bics",
    (4, 4): "madd msub smaddl umaddl smsubl umsubl smnegl umnegl csel csinc csinv csneg ccmp ccmn "
            "sbfiz sbfx ubfiz ubfx bfi bfxil extr fmadd fmsub fnmadd fnmsub fcsel fccmp fccmpe",
})

RISCV_ARITY = _arity({
    (0, 0): "ret nop ecall ebreak fence.i",
    (0, 2): "fence",
    (1, 1): "j jr call tail",
    (1, 2): "jal",
    (1, 3): "jalr",
    (2, 2): "beqz bnez blez bgez bltz bgtz li la lla lga lui auipc mv not neg negw sext.w sext.b sext.h "
            "zext.b zext.h zext.w seqz snez sltz sgtz lb lh lw ld lbu lhu lwu fmv.s fmv.d fneg.s fneg.d fabs.s "
            "fabs.d fmv.x.w fmv.w.x fmv.x.d fmv.d.x fclass.s fclass.d clz ctz cpop clzw ctzw cpopw",
    (2, 3): "sb sh sw sd flw fld fsw fsd fsqrt.s fsqrt.d "
            + " ".join(f"fcvt.{a}.{b}" for a in ("w", "wu", "l", "lu", "s", "d") for b in ("w", "wu", "l", "lu", "s", "d") if a != b),
    (3, 3): "add addw sub subw and or xor sll sllw srl srlw sra sraw slt sltu sgt sgtu addi addiw andi ori xori "
            "slli slliw srli srliw srai sraiw slti sltiu mul mulw mulh mulhu mulhsu div divw divu divuw rem remw "
            "remu remuw beq bne blt bge bltu bgeu bgt ble bgtu bleu feq.s feq.d flt.s flt.d fle.s fle.d fgt.s fgt.d "
            "fge.s fge.d fsgnj.s fsgnj.d fsgnjn.s fsgnjn.d fsgnjx.s fsgnjx.d fmin.s fmin.d fmax.s fmax.d "
            "sh1add sh2add sh3add add.uw andn orn xnor max maxu min minu rol ror rori rolw rorw roriw",
    (3, 4): "fadd.s fadd.d fsub.s fsub.d fmul.s fmul.d fdiv.s fdiv.d",
    (4, 5): "fmadd.s fmadd.d fmsub.s fmsub.d fnmadd.s fnmadd.d fnmsub.s fnmsub.d",
})

# ------------------------------------------------------------- directives --

DIRECTIVES = _words("""
.text .data .bss .rodata .section .pushsection .popsection .previous .subsection
.globl .global .local .weak .weakref .hidden .protected .internal .type .size
.comm .lcomm .align .balign .p2align .byte .2byte .4byte .8byte .hword .half
.short .word .long .int .dword .quad .xword .uleb128 .sleb128 .zero .skip
.space .fill .string .ascii .asciz .float .single .double .file .loc
.loc_mark_labels .ident .set .equ .attribute .option .arch .arch_extension .cpu
.ltorg .pool .inst .insn .variant_pcs .tlsdesccall .reloc .symver .addrsig
.addrsig_sym .org .gnu_attribute .end .tls_common
""")
DIRECTIVE_PREFIXES = (".cfi_",)


def is_known_directive(name: str) -> bool:
    return name in DIRECTIVES or name.startswith(DIRECTIVE_PREFIXES)


# Labels gcc and clang emit for debug information, not for control flow: they
# never start a basic block. Clang's basic blocks are `.LBB<function>_<block>`,
# which gcc's lexical-block labels (`.LBB<n>`) must not swallow; clang's
# `.Ltmp<n>` (`CLANG_TEMP_LABEL`) mark statement boundaries for the line
# table, but one an instruction names is a real label (`blocks.split_blocks`).
DEBUG_LABEL = re.compile(
    r"\.L(?!BB\d+_\d+$)(VL|VU|VUS|BB|BE|BI|FB|FE|CFI|text|etext|ASF|LST|LLST|LRL|LLRL|debug_|Ldebug_|section|ehtable|LSDA|EHB|EHE|rtx)\w*$"
)
CLANG_TEMP_LABEL = re.compile(r"\.Ltmp\d+$")


@dataclass(frozen=True)
class IsaTables:
    name: str
    mnemonics: frozenset[str]
    registers: frozenset[str]
    grammar_file: str
    arity: dict[str, tuple[int, int]]


ISAS = {
    "arm": IsaTables("arm", ARM_MNEMONICS, ARM_REGISTERS, "aarch64.lark", ARM_ARITY),
    "riscv": IsaTables("riscv", RISCV_MNEMONICS, RISCV_REGISTERS, "riscv.lark", RISCV_ARITY),
}
