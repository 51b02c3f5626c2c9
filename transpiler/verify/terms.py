"""Scanning Z3 terms from Python without z3py's per-node wrappers.

The verifier's formulas are DAGs of tens of thousands of nodes (memory
reads expand into chains of `If`s); walking them through `children()` costs
seconds. These walks use the C API directly and wrap only what they return.
"""

from __future__ import annotations

import z3
from z3 import z3core


def find_apps(exprs, kinds: set[int]) -> list[z3.ExprRef]:
    """Every distinct application in `exprs` whose declaration kind is in
    `kinds`, innermost first."""
    exprs = [e for e in exprs if e is not None]
    if not exprs:
        return []
    ctx = exprs[0].ctx
    ref = ctx.ref()
    seen: set[int] = set()
    found: list[z3.ExprRef] = []
    for root in exprs:
        stack = [(root.as_ast(), False)]
        while stack:
            a, done = stack.pop()
            key = z3core.Z3_get_ast_id(ref, a)
            if done:
                found.append(z3.z3._to_expr_ref(a, ctx))
                continue
            if key in seen:
                continue
            seen.add(key)
            if z3core.Z3_get_ast_kind(ref, a) != z3.Z3_APP_AST:
                continue
            app = z3core.Z3_to_app(ref, a)
            if z3core.Z3_get_decl_kind(ref, z3core.Z3_get_app_decl(ref, app)) in kinds:
                stack.append((a, True))
            for i in range(z3core.Z3_get_app_num_args(ref, app)):
                stack.append((z3core.Z3_get_app_arg(ref, app, i), False))
    return found


def free_constants(exprs) -> list[z3.ExprRef]:
    """The uninterpreted constants (the variables) of `exprs`, each once.
    z3util.get_vars does the same by walking the DAG as a tree and printing
    every node: minutes on a block's formula."""
    return [a for a in find_apps(exprs, {z3.Z3_OP_UNINTERPRETED}) if a.num_args() == 0]
