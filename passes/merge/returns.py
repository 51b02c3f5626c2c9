"""Return values of merged functions, and thunks that call a merged function.

Functions returning the same type, or nothing, merge as they are (a void
function's side returns undef). Functions returning different types are
refused unless `mixed_returns="struct"`: then the merged function returns a
literal struct with one field per distinct return type, each original writes
its own field (`insertvalue` before its returns) and its callers read it back
(`extractvalue`, as the thunks do).

Thunks are functions with an original's name and signature whose body calls
the merged function with that original's selector value: drop-in
replacements for the originals, as LLVM's MergeFunctions leaves behind.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from xdsl.dialects import llvm
from xdsl.dialects.builtin import DenseArrayBase, FloatAttr, IntegerAttr, IntegerType, ModuleOp, i64
from xdsl.ir import Attribute, Block, Operation, Region

from guacc.compiler.diagnostics import GuaccError

from .link import call_graph
from .params import merged_return_type

MIXED_RETURNS = ("refuse", "struct")


@dataclass
class ReturnPlan:
    type: Attribute  # the merged function's return type
    fields: list[int | None]  # per original: its field of a struct return (None: returned as is, or void)


def plan_returns(funcs: Sequence[llvm.FuncOp], whats: Sequence[str], mode: str) -> ReturnPlan:
    if mode not in MIXED_RETURNS:
        raise GuaccError(f"unknown mixed-return mode '{mode}' (known: {', '.join(MIXED_RETURNS)})")
    outs = [f.function_type.output for f in funcs]
    distinct: list[Attribute] = []
    for t in outs:
        if not isinstance(t, llvm.LLVMVoidType) and t not in distinct:
            distinct.append(t)
    if len(distinct) <= 1 or mode == "refuse":
        ret = outs[0]
        for k in range(1, len(outs)):
            ret = merged_return_type(ret, outs[k], " and ".join(whats[:k]), whats[k])
        return ReturnPlan(ret, [None] * len(funcs))
    struct = llvm.LLVMStructType.from_type_list(distinct)
    fields = [None if isinstance(t, llvm.LLVMVoidType) else distinct.index(t) for t in outs]
    return ReturnPlan(struct, fields)


def return_through_struct(module: ModuleOp, func: llvm.FuncOp, struct: Attribute, field: int, what: str) -> None:
    """Make `func` return `struct`, its value in `field` (the rest undef)."""
    name = func.sym_name.data
    if any(name in callees for callees in call_graph(module).values()):
        raise GuaccError(f"cannot give {what} a struct return: other functions call it")
    for block in func.body.blocks:
        term = block.last_op
        if isinstance(term, llvm.ReturnOp) and term.arg is not None:
            undef = llvm.UndefOp(struct)
            insert = llvm.InsertValueOp(DenseArrayBase.from_list(i64, [field]), undef.res, term.arg)
            block.insert_ops_before([undef, insert], term)
            block.insert_op_before(llvm.ReturnOp(insert.res), term)
            block.erase_op(term)
    fty = func.function_type
    func.properties["function_type"] = llvm.LLVMFunctionType(list(fty.inputs.data), struct, fty.is_variadic)


def _dummy(t: Attribute) -> Operation:
    if isinstance(t, IntegerType):
        return llvm.ConstantOp(IntegerAttr(0, t), t)
    if isinstance(t, llvm.LLVMPointerType):
        return llvm.ZeroOp.create(result_types=[t])
    if t.name in ("f16", "f32", "f64"):
        return llvm.ConstantOp(FloatAttr(0.0, t), t)
    return llvm.UndefOp(t)


def make_thunk(
    name: str,
    merged: llvm.FuncOp,
    param_types: Sequence[Attribute],
    ret_type: Attribute,
    selector: int,
    arg_map: Sequence[int | None],
    field: int | None,
) -> llvm.FuncOp:
    """`name(params) { return merged(selector, params..., dummies) }` (extracting `field`)."""
    entry = Block(arg_types=list(param_types))
    ops: list[Operation] = []
    merged_types = merged.function_type.inputs.data
    sel_type = merged_types[0]
    assert isinstance(sel_type, IntegerType)
    sel = llvm.ConstantOp(IntegerAttr(selector, sel_type), sel_type)
    ops.append(sel)
    args = [sel.result]
    for i, t in enumerate(merged_types[1:], start=1):
        own = arg_map[i]
        if own is not None:
            args.append(entry.args[own])
        else:
            dummy = _dummy(t)
            ops.append(dummy)
            args.append(dummy.results[0])
    merged_ret = merged.function_type.output
    call = llvm.CallOp(merged.sym_name.data, *args,
                       return_type=None if isinstance(merged_ret, llvm.LLVMVoidType) else merged_ret)
    ops.append(call)
    if isinstance(ret_type, llvm.LLVMVoidType):
        ops.append(llvm.ReturnOp())
    elif field is not None:
        assert call.returned is not None
        extract = llvm.ExtractValueOp(DenseArrayBase.from_list(i64, [field]), call.returned, ret_type)
        ops += [extract, llvm.ReturnOp(extract.res)]
    else:
        assert call.returned is not None
        ops.append(llvm.ReturnOp(call.returned))
    entry.add_ops(ops)
    fn_type = llvm.LLVMFunctionType(list(param_types), ret_type)
    return llvm.FuncOp(name, fn_type, linkage=llvm.LinkageAttr("external"), body=Region([entry]))
