"""One IR function as a C function: values, memory accesses, statements.

Every SSA value that is needed (it reaches a store, a call, a branch or a
return) is one of:

- *const*: a literal or an object's address, written where it is used;
- *dup*: a GEP or a cast over such values, cheap enough to repeat at each use;
- *inline*: a pure op with one use in its own block, written into that use;
- *var*: everything else (loads, calls, block arguments, shared results), a
  C variable declared at the top of the function and assigned where the op is.

Repeating a pure expression later than its op is safe: an SSA value's
operands keep their values until every use it dominates has run, and the
only assignments in between are the parallel copies on a CFG edge, which
read all their sources before writing (see `copies`).

Integer values are unsigned (`uintN_t`, `bool`), so C arithmetic wraps like
LLVM's; signed operations (`sdiv`, `ashr`, `icmp slt`, `sext`, GEP indices)
read values through a signed cast. Widths other than 8/16/32/64 are masked
after each operation and sign-extended by hand.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from xdsl.dialects import llvm
from xdsl.dialects.builtin import FloatAttr, IntegerAttr, IntegerType
from xdsl.ir import Attribute, Block, BlockArgument, Operation, SSAValue

from guacc.passes import graphs

from ..diagnostics import GuaccError, UnsupportedError
from ..dialects import guacc
from . import cexpr as E
from . import cstmt as C
from . import intrinsics as I
from . import pointers as P
from .ctype import (
    CPointer,
    arith_ctype,
    float_ctype,
    int_width,
    is_float,
    is_int,
    is_ptr,
    is_standard,
    mask,
    scalar_value_ctype,
    signed_ctype,
    size_align,
    storage_bits,
    value_ctype,
)
from .lower import lower
from .names import Namer
from .structure import Structurer, edge_operands

if TYPE_CHECKING:
    from .emit_c import ModuleEmitter

CONST_OPS = (llvm.ConstantOp, llvm.UndefOp, guacc.PoisonOp, llvm.ZeroOp, llvm.AddressOfOp)
CAST_OPS = (llvm.ZExtOp, llvm.SExtOp, llvm.TruncOp, llvm.BitcastOp, llvm.FPExtOp, llvm.FPTruncOp,
            llvm.SIToFPOp, guacc.UIToFPOp, guacc.FPToSIOp, guacc.FPToUIOp, guacc.FreezeOp)
INT_BINARY = {llvm.AddOp: "+", llvm.SubOp: "-", llvm.MulOp: "*", llvm.AndOp: "&", llvm.OrOp: "|",
              llvm.XOrOp: "^", llvm.ShlOp: "<<", llvm.LShrOp: ">>", llvm.AShrOp: ">>",
              llvm.UDivOp: "/", llvm.SDivOp: "/", llvm.URemOp: "%", llvm.SRemOp: "%"}
FLOAT_BINARY = {llvm.FAddOp: "+", llvm.FSubOp: "-", llvm.FMulOp: "*", llvm.FDivOp: "/"}
PURE_OPS = (llvm.ICmpOp, llvm.FCmpOp, llvm.SelectOp, llvm.FNegOp, guacc.PtrICmpOp, llvm.FRemOp,
            *INT_BINARY, *FLOAT_BINARY)
MAX_INLINE_DEPTH = 4


class FunctionEmitter:
    def __init__(self, func: llvm.FuncOp, module: ModuleEmitter):
        self.func = func
        self.module = module
        self.types = module.types
        self.ptypes = module.ptypes
        self.ir_name = func.sym_name.data
        self.c_name = module.func_names[self.ir_name]
        self.is_top = self.ir_name == module.top
        self.structurer = Structurer(func)
        self.blocks = self.structurer.blocks
        self.namer = Namer(module.global_names)
        self.names: dict[SSAValue, str] = {}
        self.kind: dict[SSAValue, str] = {}
        self.objects: dict[SSAValue, str] = {}
        self.expr_cache: dict[SSAValue, E.Expr] = {}
        self.place_cache: dict[SSAValue, P.Place | None] = {}
        self.flag: str | None = None
        self.uses: dict[SSAValue, list[Block]] = {}
        try:
            self._plan()
        except UnsupportedError as err:
            raise GuaccError(f"function '{self.ir_name}': {err.message}") from None

    def error(self, what: str) -> GuaccError:
        return GuaccError(f"function '{self.ir_name}': {what}")

    def resolve(self, v: SSAValue) -> SSAValue:
        return self.ptypes.resolve(v)

    # ------------------------------------------------------------- planning
    def _live_ops(self, block: Block):
        for op in block.ops:
            if op not in self.module.dead and op is not block.last_op:
                yield op

    def _plan(self) -> None:
        self.needed: set[SSAValue] = set()
        work: list[tuple[SSAValue, Block]] = []

        def need(v: SSAValue, where: Block) -> None:
            v = self.resolve(v)
            self.uses.setdefault(v, []).append(where)
            if v not in self.needed:
                self.needed.add(v)
                work.append((v, where))

        for b in self.blocks:
            for op in self._live_ops(b):
                if isinstance(op, llvm.StoreOp | llvm.CallOp) or (
                    isinstance(op, llvm.CallIntrinsicOp) and not I.is_pure(op.intrin.data)
                ):
                    if isinstance(op, llvm.CallIntrinsicOp):
                        I.check_supported(op.intrin.data)
                        if I.has_no_code(op.intrin.data):
                            continue
                    for v in op.operands:
                        need(v, b)
            term = b.last_op
            match term:
                case llvm.CondBrOp():
                    need(term.cond, b)
                case guacc.SwitchOp():
                    need(term.value, b)
                case llvm.ReturnOp() if term.arg is not None:
                    need(term.arg, b)
        self.arg_uses: dict[BlockArgument, int] = {}
        while work:
            v, _ = work.pop()
            if isinstance(v, BlockArgument):
                if v.block is not self.structurer.entry:
                    for pred in self.structurer.all_blocks:
                        for i, (dest, _) in enumerate(graphs.successor_edges(pred)):
                            if dest is v.block:
                                need(edge_operands(pred, i)[v.index], pred)
                continue
            op = v.owner
            assert isinstance(op, Operation)
            block = op.parent_block()
            assert block is not None
            for operand in op.operands:
                need(operand, block)
        self._classify()
        self._name()

    def _classify(self) -> None:
        depth: dict[SSAValue, int] = {}
        order = sorted(self.blocks, key=lambda b: self.structurer.rpo[b])
        for b in order:
            for arg in b.args:
                self.kind[arg] = "var"
            for op in self._live_ops(b):
                for r in op.results:
                    if r in self.needed:
                        self._classify_value(op, r, b, depth)

    def _settle(self, v: SSAValue) -> None:
        """`v` is used by a repeated expression: give it (or, for a cast, its operand) a variable."""
        if self.kind.get(v) != "inline":
            return
        op = v.owner
        if isinstance(op, CAST_OPS) and not is_ptr(v.type):
            self._settle(self.resolve(op.operands[0]))
            self.kind[v] = "dup"
        else:
            self.kind[v] = "var"

    def _one_use_here(self, r: SSAValue, block: Block) -> bool:
        uses = self.uses.get(r, [])
        return len(uses) == 1 and uses[0] is block

    def _classify_value(self, op: Operation, r: SSAValue, block: Block, depth: dict) -> None:
        kind = self.kind
        if isinstance(op, CONST_OPS):
            kind[r] = "const"
        elif isinstance(op, llvm.AllocaOp):
            kind[r] = "object"
            if P.constant_count(op) is None:
                raise self.error("variable-size alloca (dynamic stack allocation) is not synthesizable")
        elif isinstance(op, llvm.GEPOp):
            indices = [self.resolve(v) for v in op.ssa_indices]
            d = 1 + max((depth.get(v, 0) for v in indices if kind.get(v) == "inline"), default=0)
            if self._one_use_here(r, block) and d <= MAX_INLINE_DEPTH:
                kind[r] = "inline"  # an address used once, by the next load or store
                depth[r] = d
            else:
                for v in indices:
                    self._settle(v)
                kind[r] = "dup"
        elif isinstance(op, CAST_OPS):
            src = self.resolve(op.operands[0])
            if is_ptr(r.type):
                kind[r] = "dup"
            elif kind.get(src) != "inline":
                kind[r] = "dup"
            elif self._one_use_here(r, block) and depth.get(src, 0) < MAX_INLINE_DEPTH:
                kind[r] = "inline"
                depth[r] = depth.get(src, 0) + 1
            else:
                self._settle(src)
                kind[r] = "dup"
        elif isinstance(op, PURE_OPS) or (isinstance(op, llvm.CallIntrinsicOp) and I.is_pure(op.intrin.data)):
            operands = [self.resolve(v) for v in op.operands]
            if isinstance(op, llvm.CallIntrinsicOp) and op.intrin.data.startswith(I.TWICE):
                for v in operands:
                    self._settle(v)
            d = 1 + max((depth.get(v, 0) for v in operands if kind.get(v) == "inline"), default=0)
            term = block.last_op
            used_by_switch = isinstance(term, guacc.SwitchOp) and self.resolve(term.value) is r
            if (self._one_use_here(r, block) and d <= MAX_INLINE_DEPTH and not used_by_switch
                    and not is_ptr(r.type)):
                kind[r] = "inline"
                depth[r] = d
            else:
                kind[r] = "var"
        elif isinstance(op, llvm.LoadOp | llvm.CallOp):
            kind[r] = "var"
        elif isinstance(op, llvm.CallIntrinsicOp):
            raise self.error(f"unsupported intrinsic '{op.intrin.data}'")
        elif isinstance(op, llvm.IntToPtrOp | llvm.PtrToIntOp):
            raise self.error(f"'{op.name.removeprefix('llvm.')}' (a cast between pointers and integers) "
                             "is not synthesizable")
        else:
            raise self.error(f"unsupported operation '{op.name}' in HLS C")

    def _name(self) -> None:
        entry = self.structurer.entry
        for i, arg in enumerate(entry.args):
            self.names[arg] = self.namer.fresh(arg.name_hint, f"arg{i}")
        counter = 0
        for b in sorted(self.blocks, key=lambda b: self.structurer.rpo[b]):
            for arg in b.args if b is not entry else ():
                if arg in self.needed:
                    self.names[arg] = self.namer.fresh(arg.name_hint, "phi")
            for op in self._live_ops(b):
                if isinstance(op, llvm.AllocaOp) and op.res in self.needed:
                    self.objects[op.res] = self.namer.fresh(op.res.name_hint, f"local{len(self.objects)}")
                for r in op.results:
                    if self.kind.get(r) == "var":
                        hint = r.name_hint
                        self.names[r] = self.namer.fresh(hint, f"t{counter}")
                        counter += not hint

    # ------------------------------------------------------------- types of values
    def ctype(self, v: SSAValue) -> str:
        return scalar_value_ctype(v.type)

    def declare_value(self, v: SSAValue, name: str) -> str:
        if is_ptr(v.type):
            return self.types.declare(CPointer(self.ptypes.elem(v)), name)
        return f"{self.ctype(v)} {name}"

    # ------------------------------------------------------------- integer views
    def as_arith(self, e: E.Expr, n: int) -> E.Expr:
        at = arith_ctype(n)
        if e.ctype == at:
            return e
        if e.const is not None and isinstance(e.const, int) and e.const >= 0:
            return E.int_literal(int(e.const), at)
        return E.cast(at, e)

    def as_storage(self, e: E.Expr, n: int) -> E.Expr:
        """`e` (a canonical value) with a type no narrower than int: fine in ?: arms."""
        if n >= 32:
            return self.as_arith(e, n)
        return e

    def canon(self, e: E.Expr, n: int) -> E.Expr:
        """Reduce an arithmetic result to the canonical n-bit value."""
        if n in (32, 64):
            return e
        if n in (8, 16):
            return E.cast(value_ctype(n), e)
        if n == 1:
            return E.binary("&", e, E.int_literal(1, "int32_t"), "int")
        return E.binary("&", e, E.int_literal(mask(n), arith_ctype(n)), arith_ctype(n))

    def literal(self, value: int, n: int) -> E.Expr:
        """Canonical (zero-extended) literal of an iN constant."""
        value &= mask(n)
        if n == 1:
            return E.int_literal(value, "bool")
        if n < 32:
            return E.int_literal(value, "int32_t")
        return E.int_literal(value, arith_ctype(n))

    def signed_literal(self, value: int, n: int) -> E.Expr:
        value &= mask(n)
        if value >= 1 << (n - 1) and n > 1:
            value -= 1 << n
        if n == 1:
            value = -value
        return E.int_literal(value, "int64_t" if storage_bits(n) == 64 else "int32_t")

    def val(self, v: SSAValue) -> E.Expr:
        """The value of `v` (canonical for integers)."""
        v = self.resolve(v)
        kind = self.kind.get(v)
        if kind == "var":
            name = self.names[v]
            return E.var(name, self.ctype(v) if not is_ptr(v.type) else "ptr")
        if v in self.expr_cache:
            return self.expr_cache[v]
        op = v.owner
        assert isinstance(op, Operation), f"{v} has no value here"
        e = self._expr(op, v)
        self.expr_cache[v] = e
        return e

    def sval(self, v: SSAValue) -> E.Expr:
        """The value of an integer `v` read as signed."""
        v = self.resolve(v)
        n = int_width(v.type)
        op = v.owner
        if isinstance(op, llvm.ConstantOp):
            return self.signed_literal(op.value.value.data, n)
        if isinstance(op, llvm.UndefOp | guacc.PoisonOp):
            return E.int_literal(0, "int32_t")
        if isinstance(op, llvm.SExtOp) and self.kind.get(v) != "var":
            return self.sval(op.arg)
        e = self.val(v)
        if n == 1:
            return E.unary("-", E.cast("int32_t", e), "int32_t")
        if is_standard(n):
            return E.cast(signed_ctype(n), e)
        st = signed_ctype(n)
        sign = E.int_literal(1 << (n - 1), arith_ctype(n))
        flipped = E.binary("-", E.binary("^", self.as_arith(e, n), sign, arith_ctype(n)), sign, arith_ctype(n))
        return E.cast(st, flipped)

    def index(self, i: int | SSAValue) -> E.Expr:
        """A GEP index as a signed C integer."""
        if isinstance(i, int):
            return E.int_literal(i, "int32_t")
        v = self.resolve(i)
        op = v.owner
        if isinstance(op, llvm.ZExtOp) and self.kind.get(v) != "var":
            inner = self.val(op.arg)
            return inner if int_width(op.arg.type) < 64 else E.cast("int64_t", inner)
        return self.sval(v)

    def compare_unsigned(self, sym: str, a: SSAValue, b: SSAValue) -> E.Expr:
        n = int_width(self.resolve(a).type)
        x, y = self.val(a), self.val(b)
        if n >= 32:
            x, y = self.as_arith(x, n), self.as_arith(y, n)
        return E.comparison(sym, x, y)

    def select(self, test: E.Expr, a: SSAValue, b: SSAValue, n: int) -> E.Expr:
        x, y = self.as_storage(self.val(a), n), self.as_storage(self.val(b), n)
        return E.cond(test, x, y, x.ctype if n >= 32 else "int")

    # ------------------------------------------------------------- expressions
    def _expr(self, op: Operation, r: SSAValue) -> E.Expr:
        try:
            return self._expr_of(op, r)
        except UnsupportedError as err:
            raise self.error(err.message) from None

    def _expr_of(self, op: Operation, r: SSAValue) -> E.Expr:
        t = r.type
        match op:
            case llvm.ConstantOp():
                if isinstance(op.value, IntegerAttr) and isinstance(t, IntegerType):
                    return self.literal(op.value.value.data, int_width(t))
                if isinstance(op.value, FloatAttr):
                    return E.float_literal(op.value.value.data, float_ctype(t))
                raise UnsupportedError("vector constants")
            case llvm.UndefOp() | guacc.PoisonOp() | llvm.ZeroOp():
                if is_int(t):
                    return self.literal(0, int_width(t))
                if is_float(t):
                    return E.float_literal(0.0, float_ctype(t))
                return E.Expr("0", E.PRIMARY, "ptr")
            case llvm.AddOp() | llvm.SubOp() | llvm.MulOp() | llvm.AndOp() | llvm.OrOp() | llvm.XOrOp():
                return self._int_arith(op, INT_BINARY[type(op)])
            case llvm.ShlOp() | llvm.LShrOp() | llvm.AShrOp():
                return self._shift(op)
            case llvm.UDivOp() | llvm.URemOp():
                n = int_width(t)
                a, b = self.val(op.operands[0]), self.val(op.operands[1])
                if n >= 32:
                    a, b = self.as_arith(a, n), self.as_arith(b, n)
                return E.binary(INT_BINARY[type(op)], a, b, arith_ctype(n) if n >= 32 else "int")
            case llvm.SDivOp() | llvm.SRemOp():
                n = int_width(t)
                q = E.binary(INT_BINARY[type(op)], self.sval(op.operands[0]), self.sval(op.operands[1]), signed_ctype(n))
                return self.canon(E.cast(arith_ctype(n), q), n) if n not in (8, 16) else E.cast(value_ctype(n), q)
            case llvm.ICmpOp():
                return self._icmp(op)
            case guacc.PtrICmpOp():
                pred = op.predicate_name
                sym = {"eq": "==", "ne": "!="}.get(pred) or {"lt": "<", "le": "<=", "gt": ">", "ge": ">="}[pred[1:]]
                elem = self.place_elem(op.lhs)
                return E.binary(sym, self.pointer(op.lhs, elem), self.pointer(op.rhs, elem), "int")
            case llvm.FCmpOp():
                return self._fcmp(op)
            case llvm.SelectOp():
                c = self.val(op.operands[0])
                if is_ptr(t):
                    elem = self.ptypes.elem(r)
                    return E.cond(c, self.pointer(op.operands[1], elem), self.pointer(op.operands[2], elem), "ptr")
                if is_float(t):
                    return E.cond(c, self.val(op.operands[1]), self.val(op.operands[2]), float_ctype(t))
                if int_width(t) == 1:
                    return self._select_i1(c, op.operands[1], op.operands[2])
                return self.select(c, op.operands[1], op.operands[2], int_width(t))
            case llvm.FNegOp():
                return E.unary("-", self.val(op.operands[0]), float_ctype(t))
            case llvm.FAddOp() | llvm.FSubOp() | llvm.FMulOp() | llvm.FDivOp():
                return E.binary(FLOAT_BINARY[type(op)], self.val(op.operands[0]), self.val(op.operands[1]), float_ctype(t))
            case llvm.FRemOp():
                self.module.needs_math = True
                fn = "fmodf" if float_ctype(t) == "float" else "fmod"
                return E.call(fn, [self.val(op.operands[0]), self.val(op.operands[1])], float_ctype(t))
            case llvm.ZExtOp():
                return self._zext(op.arg, int_width(t))
            case llvm.SExtOp():
                n = int_width(t)
                e = E.cast(value_ctype(n), self.sval(op.arg))
                return e if is_standard(n) else E.binary("&", e, E.int_literal(mask(n), arith_ctype(n)), arith_ctype(n))
            case llvm.TruncOp():
                n = int_width(t)
                e = self.val(op.arg)
                if n == 1:
                    return E.binary("&", e, E.int_literal(1, "int32_t" if storage_bits(int_width(op.arg.type)) < 32 else arith_ctype(int_width(op.arg.type))), "int")
                if is_standard(n):
                    return E.cast(value_ctype(n), e)
                return E.binary("&", self.as_arith(e, n), E.int_literal(mask(n), arith_ctype(n)), arith_ctype(n))
            case guacc.FreezeOp():
                return self.val(op.arg)
            case llvm.BitcastOp():
                return self._bitcast(op, t)
            case llvm.FPExtOp() | llvm.FPTruncOp():
                return E.cast(float_ctype(t), self.val(op.arg))
            case llvm.SIToFPOp():
                return E.cast(float_ctype(t), self.sval(op.arg))
            case guacc.UIToFPOp():
                return E.cast(float_ctype(t), self.val(op.arg))
            case guacc.FPToSIOp():
                n = int_width(t)
                e = E.cast(value_ctype(n), E.cast(signed_ctype(n) if n > 1 else "int32_t", self.val(op.arg)))
                return e if is_standard(n) else E.binary("&", e, E.int_literal(mask(n), arith_ctype(n)), arith_ctype(n))
            case guacc.FPToUIOp():
                n = int_width(t)
                e = E.cast(value_ctype(n), self.val(op.arg))
                return e if is_standard(n) else E.binary("&", e, E.int_literal(mask(n), arith_ctype(n)), arith_ctype(n))
            case llvm.CallIntrinsicOp():
                return I.expression(self, op)
        raise UnsupportedError(f"operation '{op.name}' as an expression")

    def _select_i1(self, c: E.Expr, a: SSAValue, b: SSAValue) -> E.Expr:
        """`c ? a : b` on booleans: `c || b`, `c && a` and their negations where an arm is constant."""
        ca, cb = self._const(a), self._const(b)
        if ca is not None and ca & 1:
            return E.binary("||", c, self.val(b), "int")
        if cb is not None and not cb & 1:
            return E.binary("&&", c, self.val(a), "int")
        if ca is not None:
            return E.binary("&&", E.logical_not(c), self.val(b), "int")
        if cb is not None:
            return E.binary("||", E.logical_not(c), self.val(a), "int")
        return E.cond(c, self.val(a), self.val(b), "int")

    def _int_arith(self, op: Operation, sym: str) -> E.Expr:
        n = int_width(op.results[0].type)
        a_v, b_v = op.operands
        if n == 1:
            sym = {"+": "^", "-": "^", "*": "&"}.get(sym, sym)
            if sym == "^" and self._is_const(b_v, 1):
                return E.logical_not(self.val(a_v))
            return E.binary(sym, self.val(a_v), self.val(b_v), "int")
        a, b = self.val(a_v), self.val(b_v)
        if sym in "&|^":
            ctype = arith_ctype(n) if n >= 32 else "int"
            if n >= 32:
                a, b = self.as_arith(a, n), self.as_arith(b, n)
            return E.binary(sym, a, b, ctype)
        at = arith_ctype(n)
        const = self._const(b_v)
        if const is not None and sym in "+-":
            signed = self.signed_literal(const, n).const
            assert isinstance(signed, int)
            if signed < 0:
                sym = "-" if sym == "+" else "+"
                b = E.int_literal(-signed & mask(n), at)
        return self.canon(E.binary(sym, self.as_arith(a, n), self.as_arith(b, n), at), n)

    def _shift(self, op: Operation) -> E.Expr:
        n = int_width(op.results[0].type)
        a_v, b_v = op.operands
        const = self._const(b_v)
        if const is not None:
            amount = E.int_literal((const & mask(n)) % max(n, 1), "int32_t")
        elif n & (n - 1) == 0:
            amount = E.binary("&", self.val(b_v), E.int_literal(n - 1, "int32_t" if n < 32 else arith_ctype(n)), "int")
        else:
            amount = E.binary("%", self.val(b_v), E.int_literal(n, "int32_t" if n < 32 else arith_ctype(n)), "int")
        if n == 1:
            return self.val(a_v) if (const or 0) == 0 else E.int_literal(0, "int32_t")
        if isinstance(op, llvm.ShlOp):
            return self.canon(E.binary("<<", self.as_arith(self.val(a_v), n), amount, arith_ctype(n)), n)
        if isinstance(op, llvm.LShrOp):
            a = self.val(a_v)
            return E.binary(">>", self.as_arith(a, n) if n >= 32 else a, amount, arith_ctype(n) if n >= 32 else "int")
        shifted = E.binary(">>", self.sval(a_v), amount, signed_ctype(n))
        return self.canon(E.cast(arith_ctype(n), shifted), n) if n not in (8, 16) else E.cast(value_ctype(n), shifted)

    def _icmp(self, op: llvm.ICmpOp) -> E.Expr:
        pred = llvm.ICmpPredicateFlag.from_int(op.predicate.value.data).value
        sym = {"eq": "==", "ne": "!="}.get(pred) or {"lt": "<", "le": "<=", "gt": ">", "ge": ">="}[pred[1:]]
        a, b = op.lhs, op.rhs
        if pred[0] == "s":
            return E.comparison(sym, self.sval(a), self.sval(b))
        return self.compare_unsigned(sym, a, b)

    def _fcmp(self, op: llvm.FCmpOp) -> E.Expr:
        pred = llvm.FCmpPredicateFlag.from_int(op.predicate.value.data).value
        a, b = self.val(op.lhs), self.val(op.rhs)
        simple = {"oeq": "==", "ogt": ">", "oge": ">=", "olt": "<", "ole": "<=", "une": "!="}
        if pred in simple:
            return E.binary(simple[pred], a, b, "int")
        negated = {"ugt": "<=", "uge": "<", "ult": ">=", "ule": ">"}
        if pred in negated:
            return E.unary("!", E.binary(negated[pred], a, b, "int"), "int")
        ordered = E.binary("&&", E.binary("==", a, a, "int"), E.binary("==", b, b, "int"), "int")
        match pred:
            case "one":
                return E.binary("||", E.binary("<", a, b, "int"), E.binary(">", a, b, "int"), "int")
            case "ueq":
                return E.unary("!", E.binary("||", E.binary("<", a, b, "int"), E.binary(">", a, b, "int"), "int"), "int")
            case "ord":
                return ordered
            case "uno":
                return E.unary("!", ordered, "int")
            case "_true":
                return E.int_literal(1, "int32_t")
            case "_false":
                return E.int_literal(0, "int32_t")
        raise UnsupportedError(f"fcmp predicate {pred}")

    def _zext(self, src: SSAValue, n: int) -> E.Expr:
        e = self.val(src)
        if storage_bits(n) == storage_bits(int_width(self.resolve(src).type)):
            return e
        return E.cast(value_ctype(n), e)

    def _bitcast(self, op: llvm.BitcastOp, t: Attribute) -> E.Expr:
        src = op.arg
        if src.type == t:
            return self.val(src)
        if is_int(src.type) and is_float(t) or is_float(src.type) and is_int(t):
            ft = float_ctype(t if is_float(t) else src.type)
            bits = "uint32_t" if ft == "float" else "uint64_t"
            if is_float(t):
                name = self.module.helper(f"{ft}_from_bits", _union_helper(f"guacc_{ft}_from_bits", bits, ft, "u", "f"))
            else:
                name = self.module.helper(f"bits_of_{ft}", _union_helper(f"guacc_bits_of_{ft}", ft, bits, "f", "u"))
            return E.call(name, [self.val(src)], ft if is_float(t) else bits)
        raise UnsupportedError(f"bitcast from {src.type} to {t}")

    def _const(self, v: SSAValue) -> int | None:
        op = self.resolve(v).owner
        if isinstance(op, llvm.ConstantOp) and isinstance(op.value, IntegerAttr):
            return op.value.value.data
        return None

    def _is_const(self, v: SSAValue, value: int) -> bool:
        c = self._const(v)
        return c is not None and (c & 1 if int_width(v.type) == 1 else c) == value

    # ------------------------------------------------------------- pointers
    def place(self, v: SSAValue) -> P.Place | None:
        """The object pointer `v` points at (None for null)."""
        v = self.resolve(v)
        if v in self.place_cache:
            return self.place_cache[v]
        p = self._place(v)
        self.place_cache[v] = p
        return p

    def _place(self, v: SSAValue) -> P.Place | None:
        kind = self.kind.get(v)
        if kind == "var":
            return P.pointer_place(E.var(self.names[v], "ptr"), self.ptypes.elem(v))
        op = v.owner
        match op:
            case llvm.AllocaOp():
                return P.object_place(self.objects[v], P.alloca_type(op))
            case llvm.AddressOfOp():
                name = op.global_name.root_reference.data
                return P.object_place(self.module.global_c_name(name), self.module.global_type(name),
                                      self.module.is_constant_global(name))
            case llvm.ZeroOp() | llvm.UndefOp() | guacc.PoisonOp():
                return None
            case llvm.GEPOp():
                return self._gep(op)
            case guacc.FreezeOp():
                return self.place(op.arg)
        raise self.error(f"pointer from '{getattr(op, 'name', op)}'")

    def place_elem(self, v: SSAValue) -> Attribute:
        p = self.place(v)
        return p.ty if p is not None else self.ptypes.elem(v)

    def _gep(self, op: llvm.GEPOp) -> P.Place:
        base = self.place(op.ptr)
        if base is None:
            raise self.error("getelementptr on a null pointer")
        s = op.elem_type
        raw = P.gep_indices(op)
        p = base
        if p.ty != s:
            q = P.zero_path(p, s)
            if q is not None:
                p = q
            else:
                strides = P.array_strides(s, p.ty)
                if strides is None:
                    return self._gep_bytes(op, base)
                unit = size_align(s)[0] // size_align(p.ty)[0]
                total = P.scale_index(self.index(raw[0]), unit)
                k = 1
                for stride in strides:
                    if k >= len(raw):
                        break
                    total = P.add_index(total, P.scale_index(self.index(raw[k]), stride))
                    k += 1
                p = P.offset(p, total)
                for i in raw[k:]:
                    p = P.step_into(p, i if isinstance(p.ty, llvm.LLVMStructType) else self.index(i))
                return p
        p = P.offset(p, self.index(raw[0]))
        for i in raw[1:]:
            if isinstance(p.ty, llvm.LLVMStructType):
                assert isinstance(i, int)
                p = P.step_into(p, i)
            elif isinstance(p.ty, llvm.LLVMArrayType):
                p = P.step_into(p, self.index(i))
            else:
                raise self.error(f"getelementptr into {p.ty}")
        return p

    def _gep_bytes(self, op: llvm.GEPOp, base: P.Place) -> P.Place:
        """Byte arithmetic for a GEP whose types do not match its base's C type."""
        raw = P.gep_indices(op)
        t = op.elem_type
        total = P.scale_index(self.index(raw[0]), size_align(t)[0])
        for i in raw[1:]:
            if isinstance(t, llvm.LLVMStructType):
                assert isinstance(i, int)
                from .ctype import field_offsets

                total = P.add_index(total, E.int_literal(field_offsets(t)[i], "int32_t"))
                t = t.types.data[i]
            else:
                t = t.type
                total = P.add_index(total, P.scale_index(self.index(i), size_align(t)[0]))
        byte_ptr = E.cast("uint8_t *", P.address(base))
        addr = E.cast(self.types.pointer(t), E.binary("+", byte_ptr, total, "ptr"))
        return P.pointer_place(addr, t)

    def pointer(self, v: SSAValue, elem: Attribute) -> E.Expr:
        """Pointer `v` as a C `elem *`."""
        p = self.place(v)
        if p is None:
            return E.Expr("0", E.PRIMARY, "ptr")
        return self.pointer_to(p, elem)

    def pointer_to(self, p: P.Place, elem: Attribute) -> E.Expr:
        """`&p` as a C `elem *` (casting away the `const` of a constant global, never written)."""
        q = p if p.ty == elem else P.zero_path(p, elem)
        if q is not None:
            addr = P.address(q)
            return E.cast(self.types.pointer(elem), addr) if p.const else addr
        return E.cast(self.types.pointer(elem), P.address(p))

    def access(self, ptr: SSAValue, t: Attribute) -> E.Expr:
        """The lvalue a load or store of type `t` through `ptr` reads or writes."""
        p = self.place(ptr)
        if p is None:
            raise self.error("load or store through a null pointer")
        if not is_ptr(t) or p.ty == t:
            q = p if p.ty == t else P.zero_path(p, t)
            if q is not None:
                return P.lvalue(q)
        if is_ptr(t):
            raise self.error("pointers stored in memory other than a local variable (pointer-to-pointer)")
        mem = self.types.pointer(t)
        addr = E.cast(mem, P.address(p))
        return E.Expr(f"*{E.wrap(addr, E.UNARY)}", E.UNARY, "lvalue", addr.reads)

    # ------------------------------------------------------------- statements
    def code(self, block: Block) -> list:
        out: list = []
        for op in self._live_ops(block):
            try:
                out.extend(self._statement(op))
            except UnsupportedError as err:
                raise self.error(err.message) from None
        return out

    def _statement(self, op: Operation) -> list:
        match op:
            case llvm.StoreOp():
                t = op.value.type
                lv = self.access(op.ptr, t)
                if is_ptr(t):
                    slot = self.ptypes.elem(("slot", self.resolve(op.ptr)))
                    rhs = self.pointer(op.value, slot)
                else:
                    rhs = self.val(op.value)
                return [C.Line(f"{lv.text} = {rhs.text};")]
            case llvm.LoadOp():
                r = op.dereferenced_value
                if self.kind.get(r) != "var":
                    return []
                t = r.type
                lv = self.access(op.ptr, t)
                if is_int(t) and not is_standard(int_width(t)):
                    n = int_width(t)
                    lv = E.binary("&", E.cast(arith_ctype(n), lv), E.int_literal(mask(n), arith_ctype(n)), arith_ctype(n))
                return [C.Line(f"{self.names[r]} = {lv.text};")]
            case llvm.CallOp():
                call = self._call(op)
                r = op.returned
                if r is not None and self.kind.get(r) == "var":
                    return [C.Line(f"{self.names[r]} = {call.text};")]
                return [C.Line(f"{call.text};")]
            case llvm.CallIntrinsicOp() if I.is_memory(op.intrin.data):
                return self._memory(op)
            case llvm.CallIntrinsicOp() if I.has_no_code(op.intrin.data):
                return []
        return [C.Line(f"{self.names[r]} = {self._expr(op, r).text};")
                for r in op.results if self.kind.get(r) == "var"]

    def _call(self, op: llvm.CallOp) -> E.Expr:
        assert op.callee is not None
        name = op.callee.root_reference.data
        callee = self.module.functions.get(name)
        if callee is None or not callee.body.blocks:
            if name in I.MATH_FUNCTIONS:
                self.module.needs_math = True
                return E.call(name, [self.val(a) for a in op.args], scalar_value_ctype(op.returned.type))
            if name in I.INLINE_LIBM:
                x = self.val(op.args[0])
                zero = E.float_literal(0.0, x.ctype)
                return E.cond(E.binary("<", x, zero, "int"), E.unary("-", x, x.ctype), x, x.ctype)
            raise self.error(f"call to '{name}', which has no body")
        args = []
        for actual, param in zip(op.args, callee.body.blocks.first.args):
            if is_ptr(param.type):
                args.append(self.pointer(actual, self.ptypes.elem(param)))
            else:
                args.append(self.val(actual))
        ret = "void" if op.returned is None else ("ptr" if is_ptr(op.returned.type) else self.ctype(op.returned))
        return E.call(self.module.func_names[name], args, ret)

    def copies(self, source: Block, index: int, target: Block) -> list:
        """Parallel assignment of `target`'s arguments on one edge."""
        pending: list[tuple[str, E.Expr, SSAValue]] = []
        for arg, val in zip(target.args, edge_operands(source, index)):
            if arg not in self.needed:
                continue
            name = self.names[arg]
            rhs = self.pointer(val, self.ptypes.elem(arg)) if is_ptr(arg.type) else self.val(val)
            if rhs.text == name:
                continue
            pending.append((name, rhs, arg))
        out: list = []
        temps = False
        while pending:
            for k, (name, rhs, arg) in enumerate(pending):
                if not any(name in other.reads for j, (_, other, _) in enumerate(pending) if j != k):
                    out.append(C.Line(f"{name} = {rhs.text};"))
                    pending.pop(k)
                    break
            else:  # every target is still read by another copy: evaluate one source first
                name, rhs, arg = pending[0]
                tmp = self.namer.fresh(f"{name}_next")
                out.append(C.Line(f"{self.declare_value(arg, tmp)} = {rhs.text};"))
                pending[0] = (name, E.var(tmp, rhs.ctype), arg)
                temps = True
        return [C.Scope(out)] if temps else out

    def condition(self, value: SSAValue) -> E.Expr:
        return self.val(value)

    def switch_value(self, value: SSAValue) -> tuple[E.Expr, list, str]:
        v = self.resolve(value)
        n = int_width(v.type)
        e = self.val(v)
        return e, [], value_ctype(n) if n < 32 else arith_ctype(n)

    def case_label(self, value: int, ctype: str) -> str:
        bits = {"bool": 1, "uint8_t": 8, "uint16_t": 16, "uint32_t": 32, "uint64_t": 64}[ctype]
        value &= mask(bits)
        return str(value) if value < 1 << 31 else E.int_literal(value, ctype).text

    def exit(self, op: Operation) -> list:
        ret = self.func.function_type.output
        if isinstance(op, llvm.ReturnOp):
            if op.arg is None:
                return [C.Return()]
            if is_ptr(op.arg.type):
                return [C.Return(self.pointer(op.arg, self.ptypes.elem(("ret", self.ir_name))).text)]
            return [C.Return(self.val(op.arg).text)]
        return [C.Return(None if isinstance(ret, llvm.LLVMVoidType) else "0")]

    def jump_variable(self) -> str:
        self.flag = self.namer.fresh("jump_to")
        return self.flag

    def _memory(self, op: llvm.CallIntrinsicOp) -> list:
        name = op.intrin.data
        args = list(op.args)
        length = I.const_int(args[2])
        dst = self.place(args[0])
        if dst is None:
            raise self.error(f"'{name}' on a null pointer")
        if name.startswith("llvm.memset."):
            byte = I.const_int(args[1])
            if length is None or byte is None:
                raise self.error(f"'{name}' with a length or value that is not a constant")
            return self._fill(dst, length, byte)
        src = self.place(args[1])
        if src is None or length is None:
            raise self.error(f"'{name}' with a null source or a length that is not a constant")
        return self._copy(dst, src, length)

    def _loop(self, count: int, body) -> list:
        k = self.namer.fresh("k")
        return [C.ForRange(k, count, body(E.var(k, "int32_t")))]

    def _fill(self, p: P.Place, nbytes: int, byte: int) -> list:
        t = p.ty
        size = size_align(t)[0]
        if isinstance(t, llvm.LLVMArrayType) and nbytes <= size:
            es = size_align(t.type)[0]
            if nbytes % es == 0:
                return self._loop(nbytes // es, lambda k: self._fill(P.step_into(p, k), es, byte)) if nbytes // es > 1 \
                    else self._fill(P.step_into(p, 0), es, byte)
        if isinstance(t, llvm.LLVMStructType) and nbytes == size:
            out = []
            for i, f in enumerate(t.types.data):
                out += self._fill(P.step_into(p, i), size_align(f)[0], byte)
            return out
        if nbytes == size and not isinstance(t, llvm.LLVMArrayType | llvm.LLVMStructType):
            return [C.Line(f"{P.lvalue(p).text} = {I.fill_value(t, byte).text};")]
        if nbytes % size == 0 and nbytes > size:
            return self._loop(nbytes // size, lambda k: self._fill(P.offset(p, k), size, byte))
        raise self.error(f"memset of {nbytes} bytes over {t}")

    def _copy(self, d: P.Place, s: P.Place, nbytes: int) -> list:
        if d.ty == s.ty:
            t = d.ty
            size = size_align(t)[0]
            if nbytes == size and not isinstance(t, llvm.LLVMArrayType):
                return [C.Line(f"{P.lvalue(d).text} = {P.lvalue(s).text};")]
            if isinstance(t, llvm.LLVMArrayType) and nbytes <= size and nbytes % size_align(t.type)[0] == 0:
                es = size_align(t.type)[0]
                return self._loop(nbytes // es, lambda k: self._copy(P.step_into(d, k), P.step_into(s, k), es))
            if nbytes % size == 0:
                return self._loop(nbytes // size, lambda k: self._copy(P.offset(d, k), P.offset(s, k), size))
        for target in (s.ty, d.ty):
            dq, sq = P.zero_path(d, target), P.zero_path(s, target)
            if dq is not None and sq is not None:
                return self._copy(dq, sq, nbytes)
        raise self.error(f"memcpy of {nbytes} bytes from {s.ty} to {d.ty}")

    # ------------------------------------------------------------- the function
    def emit(self) -> list[str]:
        try:
            tree = self.structurer.build()
            body = lower(tree, self, pipeline=self.module.options.pipeline)
        except UnsupportedError as err:
            raise self.error(err.message) from None
        if body and isinstance(body[-1], C.Return) and body[-1].value is None:
            body = body[:-1]
        lines = [self.signature() + "", "{"]
        lines += self.module.interface_pragmas(self) if self.is_top else []
        lines += self._declarations()
        lines += C.render(body, 1)
        lines.append("}")
        return lines

    def params(self) -> list[tuple[BlockArgument, str]]:
        return [(a, self.names[a]) for a in self.structurer.entry.args]

    def signature(self) -> str:
        ret_t = self.func.function_type.output
        if isinstance(ret_t, llvm.LLVMVoidType):
            ret = "void"
        elif is_ptr(ret_t):
            if self.is_top:
                raise self.error("a top function that returns a pointer is not synthesizable")
            ret = self.types.declare(CPointer(self.ptypes.elem(("ret", self.ir_name))), "").strip()
        else:
            try:
                ret = scalar_value_ctype(ret_t)
            except UnsupportedError as err:
                raise self.error(f"return type: {err.message}") from None
        params = []
        for arg, name in self.params():
            if is_ptr(arg.type):
                elem = self.ptypes.elem(arg)
                if self.is_top:
                    count = self.module.array_count(arg.index, elem)
                    params.append(self.types.declare(llvm.LLVMArrayType(count, elem), name))
                else:
                    params.append(self.types.declare(CPointer(elem), name))
            else:
                try:
                    params.append(f"{scalar_value_ctype(arg.type)} {name}")
                except UnsupportedError as err:
                    raise self.error(f"parameter '{name}': {err.message}") from None
        storage = "" if self.is_top else "static "
        sep = ", " if len(", ".join(params)) < 70 else ",\n" + " " * (len(storage + ret + self.c_name) + 2)
        return f"{storage}{ret} {self.c_name}({sep.join(params) or 'void'})"

    def _declarations(self) -> list[str]:
        lines = []
        for v, name in self.objects.items():
            op = v.owner
            assert isinstance(op, llvm.AllocaOp)
            t = P.alloca_type(op)
            if is_ptr(t):
                lines.append(f"    {self.types.declare(CPointer(self.ptypes.elem(('slot', v))), name)} = 0;")
            elif isinstance(t, llvm.LLVMArrayType | llvm.LLVMStructType):
                lines.append(f"    {self.types.declare(t, name)};")
            else:
                lines.append(f"    {self.types.declare(t, name)} = 0;")
        entry = self.structurer.entry
        for v, name in self.names.items():
            if isinstance(v, BlockArgument) and v.block is entry:
                continue
            if self.kind.get(v) == "var" or isinstance(v, BlockArgument):
                lines.append(f"    {self.declare_value(v, name)} = 0;")
        if self.flag is not None:
            lines.append(f"    unsigned {self.flag} = 0;")
        for arg, name in self.params():
            if arg not in self.needed:
                lines.append(f"    (void){name};")
        return lines


def _union_helper(name: str, from_t: str, to_t: str, a: str, b: str) -> str:
    return (f"static inline {to_t} {name}({from_t} x)\n{{\n    union {{ {from_t} {a}; {to_t} {b}; }} v;\n"
            f"    v.{a} = x;\n    return v.{b};\n}}\n")
