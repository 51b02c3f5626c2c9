"""`guacc emit` and `guacc csim`: the HLS C backend on the command line.

Heavy modules are imported inside the commands so that `guacc --help` stays fast.
"""

from __future__ import annotations

import argparse
import sys


def cmd_emit(args: argparse.Namespace) -> int:
    from .diagnostics import GuaccError
    from .frontend import parse_ll_file
    from .hls.options import HlsOptions
    from .hls.project import write_design

    module = parse_ll_file(args.input)
    top = args.top or _root_function(module, args.input)
    options = HlsOptions(
        pipeline=args.pipeline, interface=args.interface, scalar_interface=args.scalars, part=args.part,
        bambu_device=args.device, clock_ns=args.clock, vectors=args.vectors, seed=args.seed, elems=args.elems,
        split_irreducible=args.split_irreducible,
    )
    try:
        design = write_design(args.input, top, args.output, options, module=module)
    except GuaccError as err:
        raise err.with_file(args.input) from None
    files = ", ".join(f for f in design.files)
    print(f"{design.path}: {top} ({files}); {design.vectors} test vectors")
    return 0


def _root_function(module, path: str) -> str:
    """The one defined function no other function calls."""
    from guacc.passes.graphs import defined_functions

    from .diagnostics import GuaccError
    from .hls.check import callees

    funcs = defined_functions(module)
    called = {c for f in funcs for c in callees(f)}
    roots = [f.sym_name.data for f in funcs if f.sym_name.data not in called]
    if len(roots) != 1:
        names = ", ".join(roots or [f.sym_name.data for f in funcs]) or "none"
        raise GuaccError(f"choose the top function with --top (candidates: {names})", file=path)
    return roots[0]


def cmd_csim(args: argparse.Namespace) -> int:
    from .hls.csim import run_csim

    result = run_csim(args.design, cc=args.cc, timeout=args.timeout)
    sys.stdout.write(result.output)
    return 0 if result.ok else 1


def add_hls_commands(sub: argparse._SubParsersAction) -> None:
    """The `emit` and `csim` subcommands."""
    from .hls.options import DEFAULT_BAMBU_DEVICE, DEFAULT_CLOCK_NS, DEFAULT_PART, DEFAULT_VECTORS

    p = sub.add_parser(
        "emit", help="write an HLS C design (C, testbench, Vitis/Bambu scripts) for a function",
        description="Emit synthesizable C99 for a function and what it calls, a self-checking testbench "
                    "whose expected outputs come from running the input IR, run_hls.tcl (Vitis HLS), "
                    "bambu.sh (Bambu) and report.json, into one folder.",
    )
    p.add_argument("input", help="LLVM IR file (.ll)")
    p.add_argument("--top", help="top function (default: the one defined function nothing calls)")
    p.add_argument("-o", "--output", help="design folder (default: hls_out/<top>)")
    p.add_argument("--pipeline", action="store_true", help="add '#pragma HLS PIPELINE II=1' to innermost loops")
    p.add_argument("--part", default=DEFAULT_PART, help=f"Vitis part (default: {DEFAULT_PART})")
    p.add_argument("--device", default=DEFAULT_BAMBU_DEVICE, help=f"Bambu device (default: {DEFAULT_BAMBU_DEVICE})")
    p.add_argument("--clock", type=float, default=DEFAULT_CLOCK_NS, help=f"clock period in ns (default: {DEFAULT_CLOCK_NS:g})")
    p.add_argument("--interface", choices=["ap_memory", "m_axi"], default="ap_memory",
                   help="interface of array arguments (default: ap_memory)")
    p.add_argument("--scalars", choices=["s_axilite", "ap_none"], default="s_axilite",
                   help="interface of scalar arguments (default: s_axilite)")
    p.add_argument("-n", "--vectors", type=int, default=DEFAULT_VECTORS,
                   help=f"testbench vectors (default: {DEFAULT_VECTORS})")
    p.add_argument("--seed", type=int, default=0, help="seed for the testbench inputs (default: 0)")
    p.add_argument("--elems", type=int, default=1024, help="elements of each array argument (default: 1024)")
    p.add_argument("--split-irreducible", action="store_true",
                   help="copy blocks to make an irreducible control-flow graph reducible instead of refusing it")
    p.set_defaults(run=cmd_emit)

    p = sub.add_parser("csim", help="compile an emitted design with its testbench (gcc, warnings as errors) and run it")
    p.add_argument("design", help="design folder written by 'guacc emit'")
    p.add_argument("--cc", default="gcc", help="C compiler (default: gcc)")
    p.add_argument("--timeout", type=float, default=120.0, help="seconds the testbench may run (default: 120)")
    p.set_defaults(run=cmd_csim)
