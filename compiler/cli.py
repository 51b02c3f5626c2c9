"""`guacc` command line: a thin layer over library calls.

Heavy modules (xDSL, llvmlite, networkx) are imported inside the commands so
that `guacc --help` answers at once.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from importlib import metadata
from pathlib import Path


def _version() -> str:
    try:
        return metadata.version("guacc")
    except metadata.PackageNotFoundError:  # running from a source tree
        return "0+unknown"


def write_output(path: str | None, text: str) -> None:
    """Write `text` to `path` atomically (or stdout): never a half-written file."""
    if path is None or path == "-":
        sys.stdout.write(text)
        return
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w") as fh:
            fh.write(text)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# ----------------------------------------------------------------- commands
def cmd_parse(args: argparse.Namespace) -> int:
    from .frontend import parse_ll_file

    module = parse_ll_file(args.input)
    if args.emit == "ll":
        from .backend.llvm_ir import print_ll

        text = print_ll(module)
    else:
        text = str(module) + "\n"
    write_output(args.output, text)
    return 0


def cmd_graph(args: argparse.Namespace) -> int:
    from guacc.passes import graphs

    from .frontend import parse_ll_file

    module = parse_ll_file(args.input)
    func = graphs.find_function(module, args.func)
    if args.kind == "cfg":
        text = graphs.cfg_to_dot(graphs.cfg(func))
    else:
        text = graphs.dfgs_to_dot(func.sym_name.data, graphs.function_dfgs(func))
    write_output(args.output, text)
    return 0


def cmd_equiv(args: argparse.Namespace) -> int:
    from .equivalence_cli import run_equiv

    return run_equiv(args)


def cmd_roundtrip(args: argparse.Namespace) -> int:
    from .equivalence_cli import run_roundtrip

    return run_roundtrip(args)


# ----------------------------------------------------------------- parser
def _add_harness_options(p: argparse.ArgumentParser) -> None:
    """Options of the commands that run code through the equivalence harness."""
    p.add_argument("-n", "--inputs-count", type=int, default=100, help="random inputs per function (default: 100)")
    p.add_argument("--seed", type=int, default=0, help="seed for input generation (default: 0)")
    p.add_argument("--timeout", type=float, default=2.0, help="seconds per input before it is discarded (default: 2)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="guacc",
        description="Merge LLVM IR kernels into energy-efficient HLS accelerators, in one xDSL SSA IR.",
    )
    parser.add_argument("--version", action="version", version=f"guacc {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("parse", help="parse LLVM IR into guacc's SSA IR and print it (MLIR or LLVM IR)")
    p.add_argument("input", help="LLVM IR file (.ll) from clang 14-18, typed or opaque pointers")
    p.add_argument("--emit", choices=["mlir", "ll"], default="mlir", help="output form (default: mlir)")
    p.add_argument("-o", "--output", help="output file (default: stdout)")
    p.set_defaults(run=cmd_parse)

    p = sub.add_parser("graph", help="export a function's control-flow or dataflow graph as DOT")
    p.add_argument("input", help="LLVM IR file (.ll)")
    p.add_argument("--func", help="function name (default: the only defined function)")
    p.add_argument("--kind", choices=["cfg", "dfg"], default="cfg", help="graph kind (default: cfg)")
    p.add_argument("-o", "--output", help="DOT file (default: stdout)")
    p.set_defaults(run=cmd_graph)

    p = sub.add_parser("equiv", help="run a function of two LLVM IR files on the same inputs and compare")
    p.add_argument("reference", help="reference LLVM IR file")
    p.add_argument("candidate", help="candidate LLVM IR file")
    p.add_argument("--func", help="function name (default: the only defined function)")
    _add_harness_options(p)
    p.add_argument("--inputs", help="JSON file of explicit inputs instead of random ones")
    p.set_defaults(run=cmd_equiv)

    p = sub.add_parser(
        "roundtrip",
        help="parse, print back and JIT-compare every function of LLVM IR files (checks the frontend/backend)",
    )
    p.add_argument("inputs", nargs="+", help="LLVM IR files")
    _add_harness_options(p)
    p.set_defaults(run=cmd_roundtrip)

    from .estimate_cli import add_estimate_command

    add_estimate_command(sub)
    from .merge_cli import add_merge_commands

    add_merge_commands(sub)
    from .hls_cli import add_hls_commands
    add_hls_commands(sub)
    from .nas_cli import add_nas_command

    add_nas_command(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    run: Callable[[argparse.Namespace], int] | None = getattr(args, "run", None)
    if run is None:
        parser.print_help()
        return 0
    from .diagnostics import GuaccError

    try:
        return run(args)
    except GuaccError as err:
        print(str(err), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("guacc: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
