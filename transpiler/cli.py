"""`transpile`: ARM <-> RISC-V assembly translation, every block checked by Z3.

    transpile --src arm --dst riscv prog.s -o out.s [--report r.json] [--test-args ...]
    transpile verify --src arm --dst riscv a.s b.s [--report r.json]

A thin layer over `guacc.transpiler.translate` and `guacc.transpiler.verify`;
heavy modules (Z3, the parsers, torch for a learned guesser) are imported
inside the commands so that `transpile --help` answers at once.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

ISAS = ["arm", "riscv"]
GUESSERS = ["rules", "model"]  # guess.GUESSERS, spelled here so that --help imports nothing


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--src", choices=ISAS, required=True, help="source ISA")
    parser.add_argument("--dst", choices=ISAS, required=True, help="target ISA")
    parser.add_argument("--report", metavar="JSON", help="write the per-block report here")
    parser.add_argument("--timeout", type=float, default=10.0, metavar="S",
                        help="solver time limit per block check in seconds (default 10)")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="transpile",
        description="Translate assembly between AArch64 and RISC-V (RV64): a guesser proposes each basic "
        "block, Z3 proves it equivalent or fills the immediates it was unsure of, qemu runs the result. "
        "`transpile verify --src ISA --dst ISA a.s b.s` checks an existing translation block by block.",
    )
    parser.add_argument("input", help="assembly file (.s) as gcc -S emits it")
    parser.add_argument("-o", "--output", help="output assembly file (required)")
    _common(parser)
    parser.add_argument("--test-args", nargs="*", metavar="ARG",
                        help="also run source and output under qemu with these arguments and compare "
                             "(one argument that starts with '-': --test-args=-5x)")
    parser.add_argument("--stdin", metavar="FILE", help="stdin for the qemu comparison")
    parser.add_argument("--allow-unverified", action="store_true",
                        help="exit 0 even if some blocks are not proven equivalent")
    parser.add_argument("--guesser", default="rules", choices=GUESSERS,
                        help="what proposes each target block (default: rules, hand-written instruction rules; model: the shipped language model, needs the ml extra)")
    return parser


def build_verify_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="transpile verify",
        description="Check that TARGET is a correct translation of SOURCE, block by block (blocks pair "
        "through .loc line information when both files carry it, else by label names and order). "
        "Exit 0 only when every block is proven.")
    parser.add_argument("source", help="assembly in the source ISA")
    parser.add_argument("target", help="assembly in the target ISA")
    _common(parser)
    return parser


def _progress(enabled: bool, total: int):
    """A rich progress bar over `total` blocks (a no-op when disabled)."""
    if not enabled or total < 8 or not sys.stderr.isatty():
        return None, (lambda _name: None)
    from rich.progress import Progress

    bar = Progress(transient=True)
    task = bar.add_task("verifying blocks", total=total)
    bar.start()
    return bar, (lambda _name: bar.advance(task))


def _count_blocks(asm) -> int:
    return sum(len(f.blocks) for f in asm.functions.values())


def cmd_verify(args: argparse.Namespace) -> int:
    from guacc.compiler.cli import write_output

    from .asm.parser import parse_asm_file
    from .report import dumps, failures_text, program_report, summary_line
    from .verify.program import verify_program

    src = parse_asm_file(args.source, args.src)
    dst = parse_asm_file(args.target, args.dst)
    bar, tick = _progress(not args.no_progress, _count_blocks(src))
    try:
        result = verify_program(src, dst, timeout_s=args.timeout, progress=tick)
    finally:
        if bar is not None:
            bar.stop()
    report = program_report(args.src, args.dst, args.source, args.target, result)
    if args.report:
        write_output(args.report, dumps(report))
    print(f"transpile verify: {summary_line(report)}", file=sys.stderr)
    if not report["all_verified"]:
        print(failures_text(report), file=sys.stderr)
        return 1
    return 0


def cmd_translate(args: argparse.Namespace) -> int:
    from guacc.compiler.cli import write_output

    from .asm.parser import parse_asm_file
    from .report import dumps, failures_text, summary_line
    from .translate import translate_file

    src = parse_asm_file(args.input, args.src)
    if not src.functions:  # valid assembly (data only, or nothing), but likely not what was meant
        print(f"transpile: warning: {args.input}: no functions to translate", file=sys.stderr)
    bar, tick = _progress(not args.no_progress, _count_blocks(src))
    try:
        outcome = translate_file(src, args.dst, args.guesser, timeout_s=args.timeout, progress=tick)
    finally:
        if bar is not None:
            bar.stop()
    report = outcome.report
    report["source"], report["target"] = args.input, args.output
    if args.test_args is not None:
        report["qemu"] = outcome.run_test(args.test_args, args.stdin)
    write_output(args.output, outcome.text)
    if args.report:
        write_output(args.report, dumps(report))
    print(f"transpile: {summary_line(report)}", file=sys.stderr)
    ok = report["all_verified"]
    if not ok:
        print(failures_text(report), file=sys.stderr)
    if args.test_args is not None:
        same = report["qemu"].get("same", False)
        print(f"transpile: qemu runs {'agree' if same else 'differ'}: {report['qemu'].get('detail', '')}",
              file=sys.stderr)
        if not same:
            return 1  # the program misbehaves: --allow-unverified excuses unproven blocks, not this
    return 0 if ok or args.allow_unverified else 1


def _same_file(a: str, b: str) -> bool:
    from pathlib import Path

    return Path(a).resolve() == Path(b).resolve()


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv:
        build_parser().print_help()
        return 0
    if argv[:1] == ["verify"]:
        args, run = build_verify_parser().parse_args(argv[1:]), cmd_verify
    else:
        args, run = build_parser().parse_args(argv), cmd_translate
    if args.src == args.dst:
        print("transpile: error: --src and --dst name the same ISA", file=sys.stderr)
        return 2
    if run is cmd_translate and not args.output:
        print("transpile: error: -o/--output is required", file=sys.stderr)
        return 2
    if run is cmd_translate and _same_file(args.input, args.output):
        print(f"transpile: error: -o {args.output} would overwrite the input", file=sys.stderr)
        return 2
    from guacc.compiler.diagnostics import GuaccError

    try:
        return run(args)
    except GuaccError as err:
        print(str(err), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("transpile: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
