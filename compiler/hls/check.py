"""Can a function (and what it calls) become synthesizable C?

Checked before anything is emitted, so that a design that cannot exist is a
clear error naming the function and the construct: recursion, calls to
functions with no body (other than the math functions HLS tools provide),
variable-size allocas, pointer-to-pointer arguments, pointer/integer casts,
vectors, variadic functions and unsupported intrinsics.
"""

from __future__ import annotations

from xdsl.dialects import llvm
from xdsl.dialects.builtin import ModuleOp, VectorType
from xdsl.ir import BlockArgument, SSAValue

from ..diagnostics import GuaccError
from ..dialects import guacc
from . import intrinsics
from .ctype import is_ptr
from .pointers import constant_count, forwarded_slots


def _functions(module: ModuleOp) -> dict[str, llvm.FuncOp]:
    return {op.sym_name.data: op for op in module.ops if isinstance(op, llvm.FuncOp)}


def callees(func: llvm.FuncOp) -> list[str]:
    """Names of the functions `func` calls, in order of first call."""
    out = []
    for op in func.walk():
        if isinstance(op, llvm.CallOp) and op.callee is not None:
            name = op.callee.root_reference.data
            if name not in out:
                out.append(name)
    return out


def call_order(module: ModuleOp, top: str) -> list[str]:
    """Defined functions reachable from `top`, callees before callers (`top` last)."""
    funcs = _functions(module)
    order: list[str] = []
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(name: str) -> None:
        state[name] = 1
        path.append(name)
        for callee in callees(funcs[name]):
            f = funcs.get(callee)
            if f is None or not f.body.blocks:
                continue
            if state.get(callee) == 1:
                cycle = " -> ".join(path[path.index(callee):] + [callee])
                raise GuaccError(f"function '{callee}' is recursive ({cycle}): recursion is not synthesizable")
            if callee not in state:
                visit(callee)
        path.pop()
        state[name] = 2
        order.append(name)

    visit(top)
    return order


def check_synthesizable(module: ModuleOp, top: str, split_irreducible: bool = False) -> None:
    """Raise GuaccError for the first construct HLS C cannot express."""
    funcs = _functions(module)
    if top not in funcs or not funcs[top].body.blocks:
        defined = ", ".join(sorted(n for n, f in funcs.items() if f.body.blocks)) or "none"
        raise GuaccError(f"no function '{top}' is defined (defined: {defined})")
    if top == "main":
        raise GuaccError("the top function cannot be 'main' (HLS tools reserve it for the testbench)")
    from .structure import Structurer

    for name in call_order(module, top):
        _check_function(funcs[name], funcs, top)
        Structurer(funcs[name], split_irreducible)  # an irreducible CFG fails here


def _check_function(func: llvm.FuncOp, funcs: dict[str, llvm.FuncOp], top: str) -> None:
    name = func.sym_name.data

    def fail(what: str) -> GuaccError:
        return GuaccError(f"function '{name}': {what}")

    if func.function_type.is_variadic:
        raise fail("variadic functions are not synthesizable")
    if name == top and is_ptr(func.function_type.output):
        raise fail("a top function that returns a pointer is not synthesizable")
    aliases, _ = forwarded_slots(func)
    for op in func.walk():
        if isinstance(op, llvm.AllocaOp) and constant_count(op) is None:
            raise fail("variable-size alloca (a dynamic stack allocation) is not synthesizable")
    for op in func.walk():
        for r in op.results:
            if isinstance(r.type, VectorType):
                raise fail("vector values are not supported (compile with -fno-vectorize -fno-slp-vectorize)")
        match op:
            case llvm.CallOp():
                callee = op.callee.root_reference.data if op.callee is not None else "?"
                f = funcs.get(callee)
                if (f is None or not f.body.blocks) and callee not in intrinsics.MATH_FUNCTIONS \
                        and callee not in intrinsics.INLINE_LIBM:
                    raise fail(f"calls '{callee}', which has no body (of library functions only "
                               "sqrt, exp, sin, cos and fabs are supported)")
            case llvm.CallIntrinsicOp():
                if not (intrinsics.is_pure(op.intrin.data) or intrinsics.has_no_code(op.intrin.data)
                        or intrinsics.is_memory(op.intrin.data)):
                    raise fail(f"unsupported intrinsic '{op.intrin.data}'")
            case llvm.FRemOp():
                raise fail("'frem' (floating-point remainder) is not supported: HLS C here uses math.h "
                           "only for sqrt, exp, sin and cos")
            case llvm.IntToPtrOp() | llvm.PtrToIntOp():
                raise fail(f"'{op.name.removeprefix('llvm.')}' (a cast between pointers and integers) "
                           "is not synthesizable")
            case llvm.ExtractValueOp() | llvm.InsertValueOp() | llvm.ShuffleVectorOp() | llvm.InsertElementOp() \
                    | guacc.ExtractElementOp():
                raise fail(f"'{op.name.removeprefix('llvm.').removeprefix('guacc.')}' on aggregate or vector "
                           "values is not supported")
    entry = func.body.blocks.first
    for arg in entry.args:
        if is_ptr(arg.type) and _holds_pointers(arg, aliases):
            label = arg.name_hint or f"#{arg.index}"
            raise fail(f"argument '{label}' is a pointer to pointers (pointer-to-pointer arguments "
                       "are not synthesizable)")


def _holds_pointers(arg: BlockArgument, aliases: dict[SSAValue, SSAValue]) -> bool:
    """Whether pointers are loaded from or stored into the memory `arg` points to."""
    derived: set[SSAValue] = {arg}
    work = [arg, *[load for load, v in aliases.items() if v is arg]]
    derived.update(work)
    while work:
        v = work.pop()
        for use in v.uses:
            op = use.operation
            if isinstance(op, llvm.LoadOp) and is_ptr(op.dereferenced_value.type) and op.dereferenced_value not in aliases:
                return True
            if isinstance(op, llvm.StoreOp) and use.index == 1 and is_ptr(op.value.type):
                return True
            nxt = None
            if isinstance(op, llvm.GEPOp) and use.index == 0:
                nxt = op.result
            elif isinstance(op, llvm.SelectOp) and use.index > 0:
                nxt = op.res
            elif isinstance(op, guacc.FreezeOp):
                nxt = op.res
            if nxt is not None and nxt not in derived:
                derived.add(nxt)
                work.append(nxt)
    return False
