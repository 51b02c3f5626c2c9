"""AArch64 condition flags on a machine without them.

A flag-setting instruction (cmp, cmn, tst, subs, fcmp, ccmp, ...) emits
nothing much: it becomes a *flag source* that remembers its operands. Each
consumer (b.cond, cset, csel, ...) asks the source for its condition as a
`Test` (a RISC-V branch comparison on two registers or constants) and
branches on it or turns it into 0/1 with slt/sltu/seqz. If an operand's
register is overwritten while the flags are still needed, the source first
copies it to a scratch register (`protect`).

32-bit compares compare the low halves sign-extended: signed order is
theirs, and unsigned order survives sign extension too (both operands are
extended alike), so one view serves every condition.
"""

from __future__ import annotations

from dataclasses import dataclass

from .arm_riscv_emit import BlockEmitter, fits12, sext32
from .arm_riscv_registers import table

_SWAP = {"beq": "bne", "bne": "beq", "blt": "bge", "bge": "blt", "bltu": "bgeu", "bgeu": "bltu"}
_PYTHON_OPS = {"beq": lambda a, b: a == b, "bne": lambda a, b: a != b}


@dataclass(frozen=True)
class Test:
    """`op a, b` as a RISC-V branch would compare them; a and b are register
    names or integer constants (64-bit values as they would sit in a register)."""

    op: str  # beq bne blt bge bltu bgeu
    a: str | int
    b: str | int

    def negate(self) -> Test:
        return Test(_SWAP[self.op], self.a, self.b)


TRUE = Test("beq", 0, 0)
FALSE = Test("bne", 0, 0)


def _const_value(test: Test) -> bool | None:
    if isinstance(test.a, int) and isinstance(test.b, int):
        a, b = test.a, test.b
        ua, ub = a % (1 << 64), b % (1 << 64)
        return {"beq": a == b, "bne": a != b, "blt": a < b, "bge": a >= b,
                "bltu": ua < ub, "bgeu": ua >= ub}[test.op]
    return None


def _reg(em: BlockEmitter, x: str | int) -> str:
    return em.const_reg(x) if isinstance(x, int) else x


_ZERO_BRANCH = {"beq": "beqz", "bne": "bnez", "blt": "bltz", "bge": "bgez"}
_ZERO_FIRST = {"blt": "bgtz", "bge": "blez"}


def branch(em: BlockEmitter, test: Test, target) -> None:
    """A conditional branch on `test` (always a conditional branch, so the
    block keeps its shape even when the flags are constant)."""
    const = _const_value(test)
    if const is not None:
        em.emit("beq" if const else "bne", "zero", "zero", target)
        return
    a, b = _reg(em, test.a), _reg(em, test.b)
    if b == "zero" and test.op in _ZERO_BRANCH:
        em.emit(_ZERO_BRANCH[test.op], a, target)
    elif a == "zero" and test.op in _ZERO_FIRST:
        em.emit(_ZERO_FIRST[test.op], b, target)
    else:
        em.emit(test.op, a, b, target)


def bool_into(em: BlockEmitter, test: Test, rd: str) -> None:
    """rd = 1 if `test` holds else 0."""
    const = _const_value(test)
    if const is not None:
        em.li(rd, int(const))
        return
    op, a, b = test.op, test.a, test.b
    if op in ("beq", "bne"):
        if isinstance(a, int):
            a, b = b, a
        if b == 0 or b == "zero":
            x = a
        elif isinstance(b, int) and fits12(-b):
            em.emit("addi", rd, a, -b)
            x = rd
        else:
            em.emit("xor", rd, a, _reg(em, b))
            x = rd
        em.emit("seqz" if op == "beq" else "snez", rd, x)
        return
    unsigned = op in ("bltu", "bgeu")
    if isinstance(a, int) and not isinstance(b, int) and _next_fits(a, unsigned):
        # c < r is !(r < c + 1), c >= r is r < c + 1
        em.emit("sltiu" if unsigned else "slti", rd, b, a + 1)
        if op in ("blt", "bltu"):
            em.emit("xori", rd, rd, 1)
        return
    if isinstance(b, int) and fits12(b) and not isinstance(a, int):
        em.emit("sltiu" if unsigned else "slti", rd, a, b)
    else:
        em.emit("sltu" if unsigned else "slt", rd, _reg(em, a), _reg(em, b))
    if op in ("bge", "bgeu"):
        em.emit("xori", rd, rd, 1)


def _next_fits(c: int, unsigned: bool) -> bool:
    """c + 1 is an immediate and does not wrap around."""
    return fits12(c + 1) and (not unsigned or c != -1)


def bool_reg(em: BlockEmitter, test: Test) -> str:
    """A scratch register holding 0/1 for `test`."""
    reg = em.temp()
    bool_into(em, test, reg)
    return reg


def nzcv_holds(cond: str, nzcv: int) -> bool:
    """Whether `cond` holds for the constant flags `nzcv` (ccmp's immediate)."""
    n, z, c, v = (bool(nzcv & bit) for bit in (8, 4, 2, 1))
    return bool(eval(table()["nzcv"][cond], {"__builtins__": {}}, {"n": n, "z": z, "c": c, "v": v}))


class FlagSource:
    """What the flags hold; `test` gives a condition on them."""

    def registers(self) -> list[str]:
        return []

    def replace(self, old: str, new: str) -> None:
        pass

    def test(self, em: BlockEmitter, cond: str) -> Test:
        raise NotImplementedError

    def protect(self, em: BlockEmitter, reg: str) -> None:
        """`reg` is about to be overwritten: keep a copy if the flags need it."""
        if reg in self.registers() and reg != "zero":
            copy = em.temp()
            em.reserve(copy)
            self.flags_off(em)
            em.emit("mv", copy, reg)
            self.flags_on(em)
            self.replace(reg, copy)

    def flags_off(self, em: BlockEmitter) -> None:
        em.flags = None

    def flags_on(self, em: BlockEmitter) -> None:
        em.flags = self

    def release(self, em: BlockEmitter) -> None:
        for reg in self.registers():
            em.unreserve(reg)


class Compare(FlagSource):
    """Flags of `a - b` (cmp, subs, negs; cmn with a constant); a and b are
    registers in the view the width needs, or constants. `width` 32 or 64."""

    def __init__(self, a: str | int, b: str | int, width: int) -> None:
        self.a, self.b, self.width = a, b, width

    def registers(self) -> list[str]:
        return [x for x in (self.a, self.b) if isinstance(x, str)]

    def replace(self, old: str, new: str) -> None:
        self.a = new if self.a == old else self.a
        self.b = new if self.b == old else self.b

    def _overflow(self, em: BlockEmitter, cond: str) -> Test:
        return _compare_overflow(em, _reg(em, self.a), self.b, self.width, cond)

    def test(self, em: BlockEmitter, cond: str) -> Test:
        if cond in ("mi", "pl"):
            diff = em.temp()
            word = self.width == 32
            if isinstance(self.b, int):
                em.add_imm(diff, _reg(em, self.a), -self.b, word=word)
            else:
                em.emit("subw" if word else "sub", diff, _reg(em, self.a), self.b)
            return Test("blt" if cond == "mi" else "bge", diff, 0)
        if cond == "al":
            return TRUE
        if cond in ("vs", "vc"):
            return self._overflow(em, cond)
        row = table()["compare"].get(cond)
        if row is None:
            raise em.error(f"condition {cond} after a compare")
        op, order = row
        a, b = (self.a, self.b) if order == "ab" else (self.b, self.a)
        return Test(op, a, b)


def _compare_overflow(em: BlockEmitter, a: str, b: str | int, width: int, cond: str) -> Test:
    """V after a - b: 32-bit operands (sign-extended) subtract exactly in
    64 bits; 64-bit ones overflow when a and b differ in sign and the
    difference's sign differs from a's."""
    b_reg = _reg(em, b)
    diff = em.temp()
    em.emit("sub", diff, a, b_reg)
    if width == 32:
        low = em.temp()
        em.emit("sext.w", low, diff)
        return Test("bne" if cond == "vs" else "beq", diff, low)
    signs = em.temp()
    em.emit("xor", diff, a, diff)
    em.emit("xor", signs, a, b_reg)
    em.emit("and", diff, diff, signs)
    return Test("blt" if cond == "vs" else "bge", diff, 0)


class AddCompare(FlagSource):
    """Flags of `a + b` for registers (cmn, adds); a and b are in the view
    the width needs (32-bit: sign-extended). The sum of two sign-extended
    halves is exact in 64 bits, so it decides every 32-bit condition; for
    64-bit operands the carry is the unsigned wrap of the sum, and the
    signed conditions (which need the overflow too) are unsupported."""

    def __init__(self, a: str, b: str, width: int) -> None:
        self.a, self.b, self.width = a, b, width

    def registers(self) -> list[str]:
        return [self.a, self.b]

    def replace(self, old: str, new: str) -> None:
        self.a = new if self.a == old else self.a
        self.b = new if self.b == old else self.b

    def test(self, em: BlockEmitter, cond: str) -> Test:
        total = em.temp()
        if cond in ("eq", "ne", "mi", "pl"):
            em.emit("addw" if self.width == 32 else "add", total, self.a, self.b)
            return Test({"eq": "beq", "ne": "bne", "mi": "blt", "pl": "bge"}[cond], total, 0)
        if self.width == 32:
            return self._test32(em, cond, total)
        if cond in ("cs", "hs", "cc", "lo", "hi", "ls"):
            em.emit("add", total, self.a, self.b)
            carry = Test("bltu", total, self.a)  # the sum wrapped
            if cond in ("cs", "hs"):
                return carry
            if cond in ("cc", "lo"):
                return carry.negate()
            c = bool_reg(em, carry)
            em.emit("snez", total, total)
            em.emit("and", c, c, total)  # carry and not zero
            return Test("bne" if cond == "hi" else "beq", c, 0)
        raise em.error(f"condition {cond} after a 64-bit cmn/adds of registers")

    def _test32(self, em: BlockEmitter, cond: str, total: str) -> Test:
        if cond in ("lt", "ge", "gt", "le", "vs", "vc"):
            em.emit("add", total, self.a, self.b)
            if cond in ("vs", "vc"):  # the exact sum leaves the 32-bit range
                low = em.temp()
                em.emit("sext.w", low, total)
                return Test("bne" if cond == "vs" else "beq", total, low)
            return {"lt": Test("blt", total, 0), "ge": Test("bge", total, 0),
                    "gt": Test("blt", 0, total), "le": Test("bge", 0, total)}[cond]
        # unsigned: the sum of the zero-extended halves carries into bit 32
        other = em.temp()
        em.emit("slli", total, self.a, 32)
        em.emit("srli", total, total, 32)
        em.emit("slli", other, self.b, 32)
        em.emit("srli", other, other, 32)
        em.emit("add", total, total, other)
        limit = 1 << 32
        return {"cs": Test("bgeu", total, limit), "hs": Test("bgeu", total, limit),
                "cc": Test("bltu", total, limit), "lo": Test("bltu", total, limit),
                "hi": Test("bltu", limit, total), "ls": Test("bgeu", limit, total)}[cond]


class ResultTest(FlagSource):
    """Flags of a logical result (tst, ands): N and Z from it, C = V = 0."""

    def __init__(self, value: str) -> None:
        self.value = value  # sign-extended for 32-bit operations

    def registers(self) -> list[str]:
        return [self.value]

    def replace(self, old: str, new: str) -> None:
        self.value = new if self.value == old else self.value

    def test(self, em: BlockEmitter, cond: str) -> Test:
        r = self.value
        tests = {"eq": Test("beq", r, 0), "ne": Test("bne", r, 0), "mi": Test("blt", r, 0),
                 "pl": Test("bge", r, 0), "lt": Test("blt", r, 0), "ge": Test("bge", r, 0),
                 "gt": Test("blt", 0, r), "le": Test("bge", 0, r)}
        if cond in tests:
            return tests[cond]
        return TRUE if nzcv_holds(cond, 0) else FALSE  # C and V are clear: hi/hs/lo/ls/vs/vc


class FloatCompare(FlagSource):
    """Flags of fcmp/fcmpe on two FP registers (`fmt` 's' or 'd')."""

    def __init__(self, a: str, b: str, fmt: str) -> None:
        self.a, self.b, self.fmt = a, b, fmt

    def registers(self) -> list[str]:
        return [self.a, self.b]

    def replace(self, old: str, new: str) -> None:
        self.a = new if self.a == old else self.a
        self.b = new if self.b == old else self.b

    def protect(self, em: BlockEmitter, reg: str) -> None:
        if reg in self.registers():
            copy = em.fp_temp()
            em.reserve(copy)
            self.flags_off(em)
            em.emit(f"fmv.{self.fmt}", copy, reg)
            self.flags_on(em)
            self.replace(reg, copy)

    def test(self, em: BlockEmitter, cond: str) -> Test:
        if cond in ("vs", "vc"):  # unordered: either operand is a NaN
            ordered, other = em.temp(), em.temp()
            em.emit(f"feq.{self.fmt}", ordered, self.a, self.a)
            em.emit(f"feq.{self.fmt}", other, self.b, self.b)
            em.emit("and", ordered, ordered, other)
            return Test("beq" if cond == "vs" else "bne", ordered, 0)
        row = table()["fcompare"].get(cond)
        if row is None:
            raise em.error(f"condition {cond} after fcmp")
        op, order, negated = row
        a, b = (self.a, self.b) if order == "ab" else (self.b, self.a)
        result = em.temp()
        em.emit(f"{op}.{self.fmt}", result, a, b)
        return Test("beq" if negated else "bne", result, 0)


class CondCompare(FlagSource):
    """ccmp/ccmn: `inner`'s flags where the earlier condition held (0/1 in
    `held`), the constant `nzcv` elsewhere."""

    def __init__(self, held: str, inner: FlagSource, nzcv: int) -> None:
        self.held, self.inner, self.nzcv = held, inner, nzcv

    def registers(self) -> list[str]:
        return [self.held] + self.inner.registers()

    def replace(self, old: str, new: str) -> None:
        self.held = new if self.held == old else self.held
        self.inner.replace(old, new)

    def test(self, em: BlockEmitter, cond: str) -> Test:
        test = self.inner.test(em, cond)
        # the last reader may reuse a scratch of the compare for the result
        spent = [r for r in self.inner.registers() if r in em.reserved and r != self.held]
        value = spent[0] if spent and not em.flags_needed else em.temp()
        bool_into(em, test, value)
        if nzcv_holds(cond, self.nzcv):  # !held | value, i.e. value >= held
            em.emit("sltu", value, value, self.held)
            em.emit("xori", value, value, 1)
        else:
            em.emit("and", value, value, self.held)
        return Test("bne", value, 0)


def compare_operand(em: BlockEmitter, op, width: int):
    """A cmp operand in the view a `width`-bit comparison needs: a register
    name, or a constant (sign-extended from 32 bits for 32-bit compares)."""
    from guacc.transpiler.asm.model import Imm

    if isinstance(op, Imm):
        return sext32(op.value) if width == 32 else op.value
    return em.read_sext(op) if width == 32 else em.read(op)


def keep(em: BlockEmitter, source: FlagSource) -> None:
    """Make `source` the flags in force (scratch registers it uses stay reserved)."""
    if em.flags is not None:
        em.flags.release(em)
    for reg in source.registers():
        em.reserve(reg)
    em.flags = source


def drop(em: BlockEmitter) -> None:
    if em.flags is not None:
        em.flags.release(em)
        em.flags = None
