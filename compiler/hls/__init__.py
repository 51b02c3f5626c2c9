"""HLS C backend: synthesizable C99 from the IR, with a self-checking testbench
and Vitis HLS / Bambu project files.

    from guacc.compiler.hls import HlsOptions, emit_c, write_design, run_csim
    design = emit_c(module, "gemm")                            # the C text only
    folder = write_design("gemm.ll", "gemm", "hls_out/gemm")   # the whole project folder
    result = run_csim(folder.path)                             # gcc + run the testbench

Modules: `check` (synthesizability), `structure` (CFG -> regions and loops),
`lower` (regions -> C statements), `function`/`emit_c` (the C code),
`pointers`, `ctype`, `cexpr`, `cstmt`, `intrinsics`, `names` (pieces of it),
`testbench` (golden vectors, tb_<top>.c), `project` (the folder), `csim`.
"""

from __future__ import annotations

from typing import Any

from .options import HlsOptions

_LAZY = {
    "CDesign": "emit_c", "emit_c": "emit_c", "check_synthesizable": "check",
    "Design": "project", "write_design": "project", "build_files": "project",
    "CsimResult": "csim", "run_csim": "csim",
}

__all__ = ["HlsOptions", *_LAZY]


def __getattr__(name: str) -> Any:  # heavy modules (xDSL, llvmlite) load on first use
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(name)
