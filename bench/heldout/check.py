"""Check every held-out evaluation program: compiles with -Wall and no
warnings for AArch64 and RISC-V, 20-80 lines, prints something, and gives
the same stdout and exit status under qemu-aarch64 and qemu-riscv64.

    python bench/heldout/check.py [--opt O0 O1] [program ...]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from guacc.compiler.diagnostics import GuaccError
from guacc.transpiler.learn.heldout import check_program, heldout_inputs, heldout_programs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("programs", nargs="*")
    parser.add_argument("--opt", nargs="+", default=["O0", "O1"], choices=["O0", "O1", "O2"])
    args = parser.parse_args()
    names = args.programs or heldout_programs()
    unknown = set(heldout_inputs()) - set(heldout_programs())
    if unknown:
        print(f"inputs.json names programs that do not exist: {sorted(unknown)}")
    failures = 0
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="guacc-heldout-") as tmp:
        for name in names:
            for opt in args.opt:
                try:
                    result = check_program(name, Path(tmp), opt)
                    verdict, ok = result.describe(), result.ok
                    detail = f"{result.lines:3d} lines, exit {result.runs['arm'].returncode:3d}, " \
                             f"{len(result.runs['arm'].stdout):5d} bytes"
                except GuaccError as err:
                    verdict, ok, detail = str(err), False, ""
                failures += not ok
                print(f"{name:28s} {opt}  {detail}  {verdict}")
    total = len(names) * len(args.opt)
    print(f"{total - failures}/{total} ok ({len(names)} programs) in {time.perf_counter() - started:.0f} s")
    return 1 if failures or unknown else 0


if __name__ == "__main__":
    sys.exit(main())
