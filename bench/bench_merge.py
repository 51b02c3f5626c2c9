"""Function merging: savings of SSA merging vs separate accelerators and vs the
non-SSA baseline (registers demoted to memory first) on similar kernel pairs,
and merge/explore speed with peak memory.

    python bench/bench_merge.py                    # the cost models as they are
    python bench/bench_merge.py --no-if-convert    # every basic block scheduled on its own
"""

from __future__ import annotations

import argparse
import dataclasses
import resource
import sys
import time
import tracemalloc
from pathlib import Path

from rich.console import Console
from rich.table import Table

from guacc.compiler.frontend import parse_ll
from guacc.passes.merge import merge_functions
from guacc.passes.merging import MergeFlowOptions, explore, load_inputs, merge_flow, pick_functions

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from bench_frontend import synthetic_function  # noqa: E402

LEVEL = "clang16-O2"
PAIRS = [
    ("gemm", "gemm_f"), ("spmv_csr", "spmv_ell"), ("stencil2d", "stencil3d"), ("bubble_sort", "insertion_sort"),
    ("matvec", "fir"), ("crc32", "crc32_table"), ("matvec", "qmatvec"), ("dot", "prefix_sum"),
]


@dataclasses.dataclass(frozen=True)
class _Options(MergeFlowOptions):
    """The merge flow's options with the cost models' if-conversion switch."""

    if_convert: bool = True

    def estimate_options(self):
        return dataclasses.replace(super().estimate_options(), if_convert=self.if_convert)


def savings(console: Console, if_convert: bool = True) -> None:
    how = "" if if_convert else ", no if-conversion"
    table = Table(title=f"merge savings vs two separate accelerators ({LEVEL}, asic40 at 5 ns{how}, one call each)")
    for col in ("pair", "SSA area", "SSA energy", "SSA slowdown", "non-SSA area", "non-SSA energy",
                "non-SSA slowdown"):
        table.add_column(col, justify="left" if col == "pair" else "right")
    total = {False: 0.0, True: 0.0}
    separate_total = 0.0
    for a, b in PAIRS:
        files = load_inputs([ROOT / "examples" / "ll" / LEVEL / f"{k}.ll" for k in (a, b)])
        cells = []
        for no_ssa in (False, True):
            outcome = merge_flow(pick_functions(files), _Options(no_ssa=no_ssa, if_convert=if_convert))
            s = outcome.profit.savings()
            total[no_ssa] += s["energy_nj"]["saved"]
            if not no_ssa:
                separate_total += s["energy_nj"]["separate"]
            cells += [f"{s['area']['percent']:+.1f}%", f"{s['energy_nj']['percent']:+.1f}%",
                      f"x{outcome.profit.slowdown:.2f}"]
        table.add_row(f"{a} + {b}", *cells)
    console.print(table)
    ratio = f"{total[False] / total[True]:.2f}x" if total[True] > 0 else "n/a (non-SSA saves nothing)"
    console.print(f"energy saved over the set: SSA {total[False]:.2f} nJ "
                  f"({100 * total[False] / separate_total:+.1f}%), non-SSA {total[True]:.2f} nJ "
                  f"({100 * total[True] / separate_total:+.1f}%); SSA / non-SSA: {ratio}")
    # The target: SSA saves energy, at least twice what the non-SSA baseline saves.
    met = total[False] > 0 and total[False] >= 2 * max(total[True], 0.0)
    why = ("SSA saves energy and the non-SSA baseline saves none" if met and total[True] <= 0 else
           "SSA saves at least twice the non-SSA baseline's energy" if met else
           "SSA does not save energy" if total[False] <= 0 else "SSA saves less than twice the non-SSA baseline")
    console.print(f"target (SSA >= 2x the non-SSA energy savings): {'met' if met else 'not met'} ({why})")


def speed(console: Console) -> None:
    texts = [synthetic_function(1250, seed=s).replace("@big", f"@big{s}") for s in (1, 2)]
    modules = [parse_ll(t, f"synthetic{s}") for s, t in zip((1, 2), texts)]
    sources = [(m, f"big{s}", f"synthetic{s}") for s, m in zip((1, 2), modules)]
    start = time.perf_counter()
    result = merge_functions(sources)
    took = time.perf_counter() - start
    tracemalloc.start()  # a second run for memory: tracing slows it down
    merge_functions(sources)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    console.print(f"two ~1,000-instruction functions ({result.stats.original_ops[0]} and "
                  f"{result.stats.original_ops[1]} ops): merged in {took:.2f} s "
                  f"({result.stats.alignment_mode} alignment), peak traced memory {peak / 2**20:.1f} MiB")
    files = sorted((ROOT / "examples" / "ll" / LEVEL).glob("*.ll"))[:20]
    start = time.perf_counter()
    pairs = explore([str(f) for f in files], top=10, jobs=2, options=MergeFlowOptions(profile_inputs=3))
    took = time.perf_counter() - start
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    console.print(f"explore: {len(pairs)} pairs of 20 kernels fingerprinted and ranked, top 10 merged and "
                  f"estimated on 2 workers in {took:.1f} s; peak RSS {rss:.0f} MiB")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-if-convert", dest="if_convert", action="store_false",
                        help="cost models without if-conversion (every block its own schedule)")
    parser.add_argument("--savings-only", action="store_true", help="skip the speed figures")
    args = parser.parse_args()
    console = Console(width=150)
    savings(console, args.if_convert)
    if not args.savings_only:
        speed(console)
