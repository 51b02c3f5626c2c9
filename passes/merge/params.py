"""Parameters of a merged function and return-type compatibility.

The merged function takes the selector first, then the parameters of the
first function in order; each parameter of the second function takes the
slot at its own position when the type agrees and the slot is free, else the
first free slot of its type, else a new slot appended at the end (SalSSA's
rule: merged by type and position, the rest appended).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from xdsl.dialects import llvm
from xdsl.dialects.builtin import ArrayAttr, DictionaryAttr
from xdsl.ir import Attribute

from guacc.compiler.diagnostics import GuaccError

# Parameter attributes that promise something about every call: they stay on a
# merged slot only when every function using the slot promises it and none
# leaves the slot unused (an unused slot receives a dummy value).
_CALL_PROMISES = ("llvm.nonnull", "llvm.noalias", "llvm.readonly", "llvm.writeonly")


@dataclass
class ParamMerge:
    types: list[Attribute]  # merged parameters after the selector
    second_to_merged: list[int]  # second function's parameter j -> index in `types`


def merge_param_types(first: Sequence[Attribute], second: Sequence[Attribute]) -> ParamMerge:
    types = list(first)
    used: set[int] = set()
    mapping: list[int | None] = [None] * len(second)
    for j, t in enumerate(second):  # same position, same type
        if j < len(types) and types[j] == t:
            mapping[j] = j
            used.add(j)
    for j, t in enumerate(second):  # first free slot of the type
        if mapping[j] is not None:
            continue
        for i, u in enumerate(types):
            if i not in used and u == t:
                mapping[j] = i
                used.add(i)
                break
        else:
            mapping[j] = len(types)
            used.add(len(types))
            types.append(t)
    return ParamMerge(types, [m for m in mapping if m is not None])


def merged_return_type(a: Attribute, b: Attribute, what_a: str, what_b: str) -> Attribute:
    """The merged function's return type, or a GuaccError saying why there is none."""
    if a == b:
        return a
    if isinstance(a, llvm.LLVMVoidType):
        return b
    if isinstance(b, llvm.LLVMVoidType):
        return a
    raise GuaccError(
        f"cannot merge {what_a} and {what_b}: they return different types ({_spell(a)} and {_spell(b)}); "
        "only equal return types or void with a value are merged"
    )


def _spell(t: Attribute) -> str:
    from guacc.compiler.frontend.builder import _type_str

    return _type_str(t)


def merged_arg_attrs(
    n_params: int, users: Sequence[Sequence[tuple[int, DictionaryAttr | None]]], total_functions: int
) -> ArrayAttr:
    """Attributes per merged parameter. `users[i]` lists (original index,
    attributes) of every original function that maps a parameter to slot i."""
    out = []
    for i in range(n_params):
        dicts = [d.data if d is not None else {} for _, d in users[i]] if i < len(users) else []
        if not dicts:
            out.append(DictionaryAttr({}))
            continue
        common = {k: v for k, v in dicts[0].items() if all(k in d and d[k] == v for d in dicts[1:])}
        if len(users[i]) < total_functions:
            for k in _CALL_PROMISES:
                common.pop(k, None)
        out.append(DictionaryAttr(common))
    return ArrayAttr(out)
