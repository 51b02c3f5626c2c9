"""HLS C backend: synthesizable C99 from the IR, with a self-checking testbench
and Vitis HLS / Bambu project files.

    from guacc.compiler.hls import HlsOptions, emit_c, write_design, csim
    design = emit_c(module, "gemm")                            # C text only
    folder = write_design("gemm.ll", "gemm", "hls_out/gemm")   # the whole project
    result = csim(folder)                                      # gcc + run the testbench
"""

from .emit_c import CDesign, emit_c
from .options import HlsOptions

__all__ = ["CDesign", "HlsOptions", "emit_c"]
