"""Names of LLVM intrinsics as the frontend sees them."""

from __future__ import annotations

import re


# Typed-pointer IR mangles the pointee into overloaded names (`llvm.memset.p0i8.i64`);
# with opaque pointers the same intrinsic is `llvm.memset.p0.i64`.
_TYPED_POINTER_SUFFIX = re.compile(r"\.p(\d+)(?:i\d+|f\d+|[a-z_][\w]*?s(?=\.|$)|v\d+\w+|a\d+\w+)")

_DEBUG = ("llvm.dbg.", "llvm.pseudoprobe", "llvm.experimental.noalias.scope.decl")


def is_debug(name: str) -> bool:
    """Intrinsics that carry only debug or alias metadata, dropped with it."""
    return name.startswith(_DEBUG)


def canonical_name(name: str) -> str:
    """The opaque-pointer spelling of an intrinsic's name."""
    return _TYPED_POINTER_SUFFIX.sub(lambda m: f".p{m.group(1)}", name)
