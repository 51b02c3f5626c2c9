"""NAS against hand-picked baselines at three latency bounds (digits, asic40,
5 ns clock). Baselines: 8-bit MLPs of a few sizes, each with the fewest
multipliers per layer that fit the bound (the analytic model raises them as
the search does), trained for the same final epochs; the best by validation
accuracy is the baseline. NAS: 50 trials of `run_search` (family as given).
Both are judged by test accuracy of the integer reference, and every design's
latency is the schedule-based estimate of its emitted C. Also: analytic-model
error over all trials and search time (target: 50 trials under 10 minutes).

    python bench/bench_nas.py [--family mlp|transformer|both] [--trials 50]
"""

from __future__ import annotations

import argparse
import time

import torch
from rich.console import Console
from rich.table import Table

from guacc.passes.nas.datasets import load_dataset
from guacc.passes.nas.search import SearchConfig, fit_parallelism, run_search, schedule_of, train_and_export
from guacc.passes.nas.space import Architecture

BOUNDS = (1000, 2000, 4000)
BASELINE_HIDDEN = ((16,), (32,), (64,), (32, 32), (64, 32))


def baseline(bound: float, config: SearchConfig, data) -> dict:
    best = None
    for hidden in BASELINE_HIDDEN:
        start = Architecture("mlp", 8, 8, hidden, parallelism=(1,) * (len(hidden) + 1))
        arch, est = fit_parallelism(start, data, config)
        if est.cycles > bound:
            continue
        net = train_and_export(arch, data, config.final_epochs, config.seed)
        sched = schedule_of(net, "nas_top", data, config)
        if sched.cycles > bound:
            continue
        row = {"arch": arch.describe(), "val": net.accuracy(data.x_val, data.y_val),
               "test": net.accuracy(data.x_test, data.y_test), "cycles": sched.cycles, "energy": sched.energy_nj}
        if best is None or row["val"] > best["val"]:
            best = row
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--family", default="both")
    parser.add_argument("--trials", type=int, default=50)
    parser.add_argument("--dataset", default="digits")
    parser.add_argument("--bounds", default=",".join(map(str, BOUNDS)), help="latency bounds in cycles")
    args = parser.parse_args()
    torch.set_num_threads(2)
    console = Console()
    table = Table(title=f"NAS vs 8-bit MLP baselines ({args.dataset}, asic40, 5 ns, test accuracy of the "
                        f"integer reference)")
    for col in ("bound (cycles)", "baseline", "base acc", "base cycles", "NAS design", "NAS acc", "NAS cycles",
                "NAS energy nJ", "search s", "cycles err (mean/max %)"):
        table.add_column(col, justify="left" if col in ("baseline", "NAS design") else "right")
    for bound in (float(b) for b in args.bounds.split(",")):
        config = SearchConfig(dataset=args.dataset, latency_max=bound, trials=args.trials, family=args.family,
                              storage=None)
        data = load_dataset(args.dataset, config.seed)
        base = baseline(bound, config, data)
        t0 = time.perf_counter()
        result = run_search(config)
        seconds = time.perf_counter() - t0
        err = result.estimate_errors().get("cycles", {})
        table.add_row(
            f"{bound:g}", base["arch"] if base else "none fits", f"{base['test']:.4f}" if base else "-",
            f"{base['cycles']:g}" if base else "-", result.chosen.arch.describe(), f"{result.test_accuracy:.4f}",
            f"{result.schedule.cycles:g}", f"{result.schedule.energy_nj:.1f}", f"{seconds:.0f}",
            f"{err.get('mean_abs_pct', 0):.1f}/{err.get('max_abs_pct', 0):.1f}")
        console.print(f"bound {bound:g}: baseline {base}; NAS {result.chosen.arch.describe()} test "
                      f"{result.test_accuracy:.4f} val {result.val_accuracy:.4f}, {len(result.records)} trials "
                      f"({result.screened} screened) in {seconds:.0f} s", highlight=False)
    console.print(table)


if __name__ == "__main__":
    main()
