"""LLVM IR text -> xDSL SSA IR (`llvm` and `guacc` dialects)."""

from __future__ import annotations

from pathlib import Path

from xdsl.dialects.builtin import ModuleOp

from ..diagnostics import GuaccError
from .builder import build_module
from .syntax import parse_syntax


def parse_ll(text: str, filename: str = "<input>") -> ModuleOp:
    """Parse LLVM IR text into a verified xDSL module; `GuaccError` on bad input."""
    try:
        return build_module(parse_syntax(text))
    except GuaccError as err:
        raise err.with_file(filename) from None


def parse_ll_file(path: str | Path) -> ModuleOp:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8", errors="surrogateescape")
    except OSError as err:
        raise GuaccError(f"cannot read file: {err.strerror}", file=str(path)) from None
    return parse_ll(text, str(path))


__all__ = ["parse_ll", "parse_ll_file"]
