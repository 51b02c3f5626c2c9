"""Writing a search's result: the design folder (through the HLS project
writer) with the Pareto plot and a report.json that records the search."""

from __future__ import annotations

import io
import json
from pathlib import Path

from guacc.compiler.hls.options import HlsOptions
from guacc.compiler.hls.project import REPORT, write_files

from .emit import design_files
from .search import SearchResult

PLOT = "pareto.png"


def pareto_png(result: SearchResult) -> bytes:
    """Accuracy against latency and against energy, for every estimated trial."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt

    estimated = [r for r in result.records if r.schedule is not None]
    fig, axes = plt.subplots(1, 2, figsize=(10, 4), sharey=True)
    for ax, key, label in ((axes[0], "cycles", "latency (cycles, schedule-based)"),
                           (axes[1], "energy_nj", "energy per inference (nJ)")):
        for feasible, color, name in ((True, "tab:blue", "meets the bound"), (False, "tab:gray", "too slow")):
            pts = [(getattr(r.schedule, key), r.val_accuracy) for r in estimated if r.feasible == feasible]
            if pts:
                ax.scatter(*zip(*pts), c=color, s=18, label=name)
        chosen = result.chosen
        ax.scatter([getattr(chosen.schedule, key)], [chosen.val_accuracy], marker="*", s=160, c="tab:red",
                   label="chosen")
        if key == "cycles":
            ax.axvline(result.config.latency_max, color="tab:red", linestyle="--", linewidth=1, label="bound")
        ax.set_xlabel(label)
        ax.grid(alpha=0.3)
    axes[0].set_ylabel("validation accuracy (integer reference)")
    axes[0].legend(fontsize=8, loc="lower right")
    fig.suptitle(f"guacc nas: {result.config.dataset}, bound {result.config.latency_max:g} cycles "
                 f"at {result.config.clock_ns:g} ns")
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100)
    plt.close(fig)
    return buf.getvalue()


def report_of(result: SearchResult) -> dict:
    cfg, chosen = result.config, result.chosen
    return {
        "dataset": cfg.dataset,
        "architecture": chosen.arch.to_dict(),
        "description": chosen.arch.describe(),
        "accuracy": {"test": result.test_accuracy, "validation": result.val_accuracy,
                     "test_samples": int(len(result.data.y_test)),
                     "decided_by": "integer reference (the C's testbench reproduces it bit for bit)"},
        "latency_bound_cycles": cfg.latency_max,
        "tech": cfg.tech, "clock_ns": cfg.clock_ns,
        "estimates": {"schedule": result.schedule.to_dict(), "analytic": chosen.analytic.to_dict()},
        "estimate_error_over_trials": result.estimate_errors(),
        "search": {"trials": len(result.records), "screened_out_by_analytic_model": result.screened,
                   "resumed_from": result.resumed_trials,
                   "feasible": sum(r.feasible for r in result.records), "study": result.study_name,
                   "storage": cfg.storage, "seconds": result.seconds, "family": cfg.family,
                   "bits": list(cfg.bits), "seed": cfg.seed, "notes": result.notes},
        "trials": [r.to_dict() for r in result.records],
    }


def write_result(result: SearchResult, out_dir: str | Path, top: str) -> Path:
    target = Path(out_dir)
    options = HlsOptions(clock_ns=result.config.clock_ns, seed=result.config.seed)
    data = result.data
    files, _ = design_files(result.net, top, data.x_test, data.y_test, options,
                            f"{result.chosen.arch.describe()} on {data.name}", report_of(result))
    report = json.loads(files[REPORT])
    report["design"] = target.name
    report["files"] = sorted([*report["files"], PLOT])
    files[REPORT] = json.dumps(report, indent=2) + "\n"
    files[PLOT] = pareto_png(result)
    write_files(target, files)
    return target
