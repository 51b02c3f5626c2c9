"""Block terminators: branches, conditional branches on flags, cbz/tbz,
calls and returns, and what the RISC-V ABI needs at a call or return.

The LP64D ABI keeps 32-bit integer arguments and results sign-extended;
AArch64 leaves the upper half of a `w` value undefined. So 32-bit values
the block wrote into argument registers are sign-extended before a call
(C callees compiled for RISC-V rely on it), and a 32-bit result before a
return (qsort's comparator is called from RISC-V code). Where the DWARF
gives the callee's (or the function's own) C signature, each integer
argument (result) takes its type's form: `char` and `short` extended by
their signedness, `unsigned int` sign-extended like `int`.

Variadic printf-family calls: AArch64 passes variadic doubles in v
registers, LP64D in the integer register of their position. When the format
string is a known constant the arguments are moved where RISC-V expects
them; calls of the program's own variadic functions keep the AArch64
convention, since both ends are translated alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from guacc.transpiler.asm.asmfile import AsmFile
from guacc.transpiler.asm.model import Imm, Instruction, Reg, SymRef
from guacc.transpiler.verify.abi_values import as_argument, as_return, narrow_integer, register_class
from guacc.transpiler.verify.dwarf import CType, Signature

from .arm_riscv_conditions import flags
from .arm_riscv_emit import WIDE, BlockEmitter, Form
from .arm_riscv_flags import Test, branch
from .arm_riscv_registers import ArmReg, arm_reg, table

_VARIADIC = table()["variadic"]
_CONVERSION = re.compile(r"%([-+ #0']*)(\*|\d+)?(?:\.(\*|\d*))?(hh|h|ll|l|L|q|j|z|Z|t)?([diouxXeEfFgGaAcspn%])")
_FP_CONVERSIONS = frozenset("eEfFgGaA")


@dataclass(frozen=True)
class CallContext:
    """What the call rules need to know beyond the block."""

    src: AsmFile
    writes_fp_arguments: bool  # the function writes some of v0-v7 (a double may be passed)
    wide_result: bool = False  # callers in the file read all 64 bits of the result
    signatures: dict[str, Signature] | None = None  # C signatures from the DWARF, by function name
    own: Signature | None = None  # the translated function's


def _target(instr: Instruction) -> SymRef:
    target = instr.operands[-1]
    if not isinstance(target, SymRef):
        raise ValueError(f"{instr.opcode}: expected a label, got {target}")
    return SymRef(target.name)


def jump(em: BlockEmitter, instr: Instruction) -> None:
    em.emit("j", _target(instr))


def branch_on_flags(em: BlockEmitter, instr: Instruction) -> None:
    cond = instr.opcode.removeprefix("b.")
    branch(em, flags(em).test(em, cond), _target(instr))


def compare_zero(em: BlockEmitter, instr: Instruction) -> None:
    """cbz/cbnz: a 32-bit register is zero when its low half is."""
    reg_op = instr.operands[0]
    reg = arm_reg(reg_op)
    if reg.bits == 32:
        form = em.form(reg)
        value = em.name(reg) if (form.sext or form.zext) else em.read_sext(reg_op)
    else:
        value = em.read(reg_op)
    branch(em, Test("beq" if instr.opcode == "cbz" else "bne", value, 0), _target(instr))


def test_bit(em: BlockEmitter, instr: Instruction) -> None:
    """tbz/tbnz reg, bit: the bit moved to the sign position and tested there."""
    reg_op, bit_op = instr.operands[:2]
    bit = bit_op.value if isinstance(bit_op, Imm) else None
    if bit is None:
        raise em.error(f"{instr.opcode} with bit {bit_op}")
    reg = arm_reg(reg_op)
    value = em.name(reg)
    sign_ready = bit == 63 or (bit == 31 and reg.bits == 32 and em.form(reg).sext)
    if sign_ready and reg.bits == 64:
        value = em.read(reg_op)
    elif not sign_ready:
        tmp = em.temp()
        em.emit("slli", tmp, value, 63 - bit)
        value = tmp
    branch(em, Test("bge" if instr.opcode == "tbz" else "blt", value, 0), _target(instr))


def _extend_arguments(em: BlockEmitter) -> None:
    """Sign-extend the 32-bit values this block wrote into x0-x7 (the
    arguments) and x19-x28 (they outlive the call)."""
    em.keep_words_extended({f"x{i}" for i in (*range(8), *range(19, 29))})


def _abi_form(em: BlockEmitter, index: int, ctype: CType | None) -> None:
    """x{index} in the form LP64D gives an integer of `ctype`: extended to
    32 bits by its signedness, then sign-extended to 64."""
    if not narrow_integer(ctype):
        return
    reg = ArmReg(f"x{index}", 64)
    name, form = em.name(reg), em.forms.get(reg.arch, WIDE)
    if ctype.bits == 32:
        if not form.sext:
            em.emit("sext.w", name, name)
            em.forms[reg.arch] = Form(False, True, False)
        return
    if ctype.signed:
        em.emit("slli", name, name, 64 - ctype.bits)
        em.emit("srai", name, name, 64 - ctype.bits)
    elif ctype.bits == 8:
        em.emit("andi", name, name, 0xFF)
    else:
        em.emit("slli", name, name, 64 - ctype.bits)
        em.emit("srli", name, name, 64 - ctype.bits)
    em.forms[reg.arch] = Form(False, True, not ctype.signed)


def _typed_arguments(em: BlockEmitter, signature: Signature) -> None:
    ints = [as_argument(p) for p in signature.params]
    ints = [p for p in ints if p is not None and register_class(p) == "int"]
    for index, ctype in enumerate(ints[:8]):
        _abi_form(em, index, ctype)


def call(em: BlockEmitter, instr: Instruction, context: CallContext) -> None:
    target = _target(instr)
    _extend_arguments(em)
    signature = (context.signatures or {}).get(target.name)
    if signature is not None:
        _typed_arguments(em, signature)
    if target.name in _VARIADIC and target.name not in context.src.functions:
        _variadic_arguments(em, target.name, context)
    em.emit("call", target)
    _after_call(em)


def call_register(em: BlockEmitter, instr: Instruction) -> None:
    address = em.read(instr.operands[0])
    _extend_arguments(em)
    em.emit("jalr", address)
    _after_call(em)


def _after_call(em: BlockEmitter) -> None:
    em.flags = None  # a call ends the block; the flags do not survive it


def ret(em: BlockEmitter, instr: Instruction, context: CallContext) -> None:
    """A result written through w0 is an int (sign-extended, as the ABI
    wants) unless the callers in the file read all of x0 (then it is the
    zero-extended 64-bit value AArch64 has)."""
    reg = ArmReg("x0", 64)
    form = em.forms.get("x0", WIDE)
    returns = as_return(context.own.returns) if context.own is not None else None
    if narrow_integer(returns):
        _abi_form(em, 0, returns)
    elif context.wide_result:
        em.normalize(Reg("x0"))
    elif not form.wide and not form.sext:
        em.emit("sext.w", "a0", em.name(reg))
    em.emit("ret")


# -- variadic calls ---------------------------------------------------------------

def format_classes(text: str) -> list[str]:
    """The argument classes a printf format consumes, in order: 'int' (also
    pointers, and `*` widths) or 'fp'."""
    classes = []
    for m in _CONVERSION.finditer(text):
        _, width, precision, length, conv = m.groups()
        if conv == "%":
            continue
        classes += ["int"] * ((width == "*") + (precision == "*"))
        if conv in _FP_CONVERSIONS:
            if length == "L":
                raise ValueError("long double argument")
            classes.append("fp")
        else:
            classes.append("int")
    return classes


def _format_string(em: BlockEmitter, register: str, context: CallContext) -> str | None:
    sym = em.symbols.get(register)
    if sym is None:
        return None
    data = context.src.data_symbols.get(sym.name)
    if data is None:
        return None
    raw = bytes(data.data[sym.addend:])
    return raw.split(b"\0", 1)[0].decode("latin-1")


def _variadic_arguments(em: BlockEmitter, callee: str, context: CallContext) -> None:
    fixed = _VARIADIC[callee]  # the format's position; every argument before it is an integer
    text = _format_string(em, f"x{fixed}", context)
    if text is None:
        if context.writes_fp_arguments:
            raise em.error(f"{callee} with a format string not known here (FP arguments would move)")
        return
    try:
        classes = ["int"] * (fixed + 1) + format_classes(text)
    except ValueError as err:
        raise em.error(f"{callee}: {err}") from None
    if "fp" not in classes:
        return
    if len(classes) > 8 or classes.count("fp") > 8:
        raise em.error(f"{callee} with more arguments than registers")
    sources = []
    ints = fps = 0
    for kind in classes:
        if kind == "int":
            sources.append(("int", ints))
            ints += 1
        else:
            sources.append(("fp", fps))
            fps += 1
    # an integer argument only moves up (FP ones come in before it), so
    # filling the highest position first never overwrites a pending source
    for position in reversed(range(fixed + 1, len(classes))):
        kind, index = sources[position]
        target = em.name(ArmReg(f"x{position}", 64))
        if kind == "int":
            source = em.name(ArmReg(f"x{index}", 64))
            if source != target:
                em.emit("mv", target, source)
        else:
            em.emit("fmv.x.d", target, em.regs.fp_reg(ArmReg(f"v{index}", 64)))


def make_rules(context: CallContext) -> dict:
    rules = {"b": jump, "cbz": compare_zero, "cbnz": compare_zero, "tbz": test_bit, "tbnz": test_bit,
             "bl": lambda em, i: call(em, i, context), "blr": call_register,
             "ret": lambda em, i: ret(em, i, context)}  # br: arm_riscv_jumps
    rules |= {f"b.{c}": branch_on_flags for c in table()["nzcv"]}
    return rules
