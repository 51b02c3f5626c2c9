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

Expressions are in values.py, memory accesses in memory.py; this module
plans the values, names them and writes the statements and declarations.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from xdsl.dialects import llvm
from xdsl.ir import Block, BlockArgument, Operation, SSAValue

from guacc.passes import graphs

from ..diagnostics import GuaccError, UnsupportedError
from ..dialects import guacc
from . import cexpr as E
from . import cstmt as C
from . import intrinsics as I
from . import pointers as P
from .ctype import CPointer, arith_ctype, int_width, is_int, is_ptr, is_standard, mask, scalar_value_ctype, value_ctype
from .lower import lower
from .memory import MemoryAccess
from .names import Namer
from .structure import Structurer, edge_operands
from .values import FLOAT_BINARY, INT_BINARY, ValueExpressions

if TYPE_CHECKING:
    from .emit_c import ModuleEmitter

CONST_OPS = (llvm.ConstantOp, llvm.UndefOp, guacc.PoisonOp, llvm.ZeroOp, llvm.AddressOfOp)
CAST_OPS = (llvm.ZExtOp, llvm.SExtOp, llvm.TruncOp, llvm.BitcastOp, llvm.FPExtOp, llvm.FPTruncOp,
            llvm.SIToFPOp, guacc.UIToFPOp, guacc.FPToSIOp, guacc.FPToUIOp, guacc.FreezeOp)
PURE_OPS = (llvm.ICmpOp, llvm.FCmpOp, llvm.SelectOp, llvm.FNegOp, guacc.PtrICmpOp, *INT_BINARY, *FLOAT_BINARY)
MAX_INLINE_DEPTH = 4


class FunctionEmitter(ValueExpressions, MemoryAccess):
    def __init__(self, func: llvm.FuncOp, module: ModuleEmitter):
        self.func = func
        self.module = module
        self.types = module.types
        self.ptypes = module.ptypes
        self.ir_name = func.sym_name.data
        self.c_name = module.func_names[self.ir_name]
        self.is_top = self.ir_name == module.top
        self.structurer = Structurer(func, module.options.split_irreducible)
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
        order = self.structurer.order
        for b in order:
            for arg in b.args:
                self.kind[arg] = "var"
            for op in self._live_ops(b):
                for r in op.results:
                    if r in self.needed:
                        self._classify_value(op, r, b, depth)
            self._inline_loads(b)

    def _inline_loads(self, block: Block) -> None:
        """A load read once, later in its block with no store or call in between,
        is written where it is read: -O0's `t = i; if (t < n)` becomes `if (i < n)`."""
        ops = list(self._live_ops(block))
        pos = {op: k for k, op in enumerate(ops)}
        writes = [k for k, op in enumerate(ops) if isinstance(op, llvm.StoreOp | llvm.CallOp)
                  or (isinstance(op, llvm.CallIntrinsicOp) and I.is_memory(op.intrin.data))]
        for k, op in enumerate(ops):
            if not isinstance(op, llvm.LoadOp) or op.attributes.get("volatile_"):
                continue
            r = op.dereferenced_value
            if self.kind.get(r) != "var" or is_ptr(r.type) or not self._one_use_here(r, block):
                continue
            at = self._evaluated_at(r, block, pos)
            if at is not None and not any(k < w < at for w in writes):
                self.kind[r] = "inline"

    def _evaluated_at(self, v: SSAValue, block: Block, pos: dict) -> int | None:
        """Position in `block` of the statement that computes `v`'s single use (the
        block's end for its terminator), or None where that is not one place."""
        while True:
            every = list(v.uses)
            uses = [u for u in every if u.operation.parent_block() is block]
            if len(uses) != 1 or len(every) != 1:
                return None
            user = uses[0].operation
            if user is block.last_op:
                return None if isinstance(user, guacc.SwitchOp) else len(pos)
            if user not in pos:
                return None
            results = [r for r in user.results if r in self.needed]
            if not results or self.kind.get(results[0]) == "var":
                return pos[user]
            if self.kind.get(results[0]) != "inline":
                return None  # a repeated (dup) expression: evaluated wherever it is used
            v = results[0]

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
            elif self._one_use_here(r, block) and depth.get(src, 0) < MAX_INLINE_DEPTH:
                kind[r] = "inline"  # one use: written there, with whatever its operand is
                depth[r] = depth.get(src, 0) + 1 if kind.get(src) == "inline" else 1
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
        for b in self.structurer.order:
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
                const = self._const(op.value)
                if is_ptr(t):
                    slot = self.ptypes.elem(("slot", self.resolve(op.ptr)))
                    rhs = self.pointer(op.value, slot)
                elif const is not None and int_width(t) > 1:
                    rhs = self.signed_literal(const, int_width(t))  # memory holds the signed type
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
                    lv = self.load(op)
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

    # ------------------------------------------------------------- the function
    def emit(self) -> list[str]:
        try:
            tree = self.structurer.build()
            body = lower(tree, self, pipeline=self.module.options.pipeline)
        except UnsupportedError as err:
            raise self.error(err.message) from None
        if body and isinstance(body[-1], C.Return) and body[-1].value is None:
            body = body[:-1]
        entry = self.structurer.entry
        own = {name for v, name in self.names.items() if not (isinstance(v, BlockArgument) and v.block is entry)}
        body, self.unused = C.prune_unused(body, own)
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
            if isinstance(v, BlockArgument) and v.block is entry or name in self.unused:
                continue
            if self.kind.get(v) == "var" or isinstance(v, BlockArgument):
                lines.append(f"    {self.declare_value(v, name)} = 0;")
        if self.flag is not None:
            lines.append(f"    unsigned {self.flag} = 0;")
        for arg, name in self.params():
            if arg not in self.needed:
                lines.append(f"    (void){name};")
        return lines
