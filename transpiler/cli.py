"""`transpile`: ARM <-> RISC-V assembly translation (LM guesses, Z3 verifies).

Only the command line exists so far; the translator itself is tracked in the
transpiler issues. It says so plainly instead of pretending to translate.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="transpile",
        description="Translate assembly between AArch64 and RISC-V (RV64): a small language model "
        "guesses each basic block, Z3 proves it equivalent or repairs it, qemu runs the result.",
    )
    parser.add_argument("input", nargs="?", help="assembly file (.s) as gcc -S emits it")
    parser.add_argument("--src", choices=["arm", "riscv"], help="source ISA")
    parser.add_argument("--dst", choices=["arm", "riscv"], help="target ISA")
    parser.add_argument("-o", "--output", help="output assembly file")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.input is None:
        parser.print_help()
        return 0
    print("transpile: error: translation is not implemented yet in this version of guacc", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
