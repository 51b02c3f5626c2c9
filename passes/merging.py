"""The merge flow behind `guacc merge` and `guacc explore`: pick the functions,
merge them, weigh the merged accelerator against the separate ones, verify.

    inputs = load_inputs(["a.ll", "b.ll"])
    outcome = merge_flow(pick_functions(inputs), MergeFlowOptions(objective="energy"))
    outcome.decision.pays, outcome.profit.savings(), outcome.result.ll()
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from xdsl.dialects import llvm
from xdsl.dialects.builtin import ModuleOp

from guacc.compiler.diagnostics import GuaccError
from guacc.passes import graphs


@dataclass
class InputFile:
    path: str
    text: str
    module: ModuleOp


@dataclass(frozen=True)
class Picked:
    """One function to merge: which file and which function."""

    file: InputFile
    name: str

    @property
    def label(self) -> str:
        return self.file.path


def load_inputs(paths: Sequence[str | os.PathLike]) -> list[InputFile]:
    """Parse each file; unreadable or malformed files and files without a defined
    function are errors naming the file."""
    from guacc.compiler.frontend import parse_ll

    out = []
    for p in paths:
        path = str(p)
        try:
            text = Path(path).read_text(encoding="utf-8", errors="surrogateescape")
        except OSError as err:
            raise GuaccError(f"cannot read file: {err.strerror}", file=path) from None
        try:
            module = parse_ll(text, path)
        except GuaccError as err:
            raise err.with_file(path) from None
        if not graphs.defined_functions(module):
            raise GuaccError("the file defines no function", file=path)
        out.append(InputFile(path, text, module))
    return out


def collect_ll_files(items: Sequence[str | os.PathLike]) -> list[str]:
    """Files as given, folders as every `.ll` below them (sorted)."""
    out: list[str] = []
    for item in items:
        p = Path(item)
        if p.is_dir():
            found = sorted(str(f) for f in p.rglob("*.ll"))
            if not found:
                raise GuaccError("the folder holds no .ll file", file=str(p))
            out += found
        else:
            out.append(str(p))
    return out


def root_functions(module: ModuleOp) -> list[str]:
    """Defined functions no other function of the module calls (their helpers come along)."""
    funcs = graphs.defined_functions(module)
    called: set[str] = set()
    for f in funcs:
        for op in f.walk():
            if isinstance(op, llvm.CallOp) and op.callee is not None:
                callee = op.callee.root_reference.data
                if callee != f.sym_name.data:
                    called.add(callee)
    return [f.sym_name.data for f in funcs if f.sym_name.data not in called]


def pick_functions(inputs: Sequence[InputFile], names: Sequence[str] | None = None) -> list[Picked]:
    """Each file's root function, or the functions called `names` in the files (in file order)."""
    picked: list[Picked] = []
    if not names:
        for f in inputs:
            roots = root_functions(f.module)
            if len(roots) != 1:
                raise GuaccError(f"the file has {len(roots)} root functions ({', '.join(roots) or 'none'}); "
                                 "choose with --func", file=f.path)
            picked.append(Picked(f, roots[0]))
        return picked
    for name in dict.fromkeys(names):
        found = [f for f in inputs if any(g.sym_name.data == name for g in graphs.defined_functions(f.module))]
        if not found:
            raise GuaccError(f"no input file defines a function '{name}'")
        picked += [Picked(f, name) for f in found]
    return picked


@dataclass(frozen=True)
class MergeFlowOptions:
    tech: str = "asic40"
    clock_ns: float = 5.0
    objective: str = "energy"
    max_slowdown: float | None = None
    no_ssa: bool = False
    block_alignment: bool = False
    name: str | None = None
    profile_inputs: int = 10
    seed: int = 0
    timeout: float = 2.0

    def estimate_options(self):
        from guacc.passes.cost import EstimateOptions

        return EstimateOptions(tech=self.tech, clock_ns=self.clock_ns, profile=self.profile_inputs > 0,
                               profile_inputs=max(1, self.profile_inputs), seed=self.seed, timeout=self.timeout)


@dataclass
class MergeOutcome:
    picked: list[Picked]
    result: Any  # guacc.passes.merge.MergeResult
    profit: Any  # guacc.passes.cost.profitability.MergeProfitability
    decision: Any  # Decision
    verification: list[Any] = field(default_factory=list)  # one EquivalenceReport per original

    def to_dict(self) -> dict[str, Any]:
        return {
            "merged": self.result.name,
            "functions": [
                {"file": p.label, "function": p.name, "selector": f.selector, "linked_name": f.linked_name,
                 "arg_map": list(f.arg_map)}
                for p, f in zip(self.picked, self.result.functions)
            ],
            "ssa": not self.result.no_ssa,
            "merge": self.result.stats.to_dict(),
            "profitability": self.profit.to_dict(),
            "decision": {"pays": self.decision.pays, "reason": self.decision.reason},
            "verification": [
                {"function": p.name, "ok": r.ok, "compared": r.compared, "summary": r.summary()}
                for p, r in zip(self.picked, self.verification)
            ],
        }


def c_identifier(name: str) -> str:
    return "".join(ch if ch.isalnum() or ch == "_" else "_" for ch in name)


def merge_flow(picked: Sequence[Picked], options: MergeFlowOptions = MergeFlowOptions()) -> MergeOutcome:
    """Merge the picked functions and weigh the result with the cost models."""
    from guacc.passes.cost.profitability import merge_profitability
    from guacc.passes.merge import merge_functions

    if len(picked) < 2:
        raise GuaccError(f"merging needs at least two functions, got {len(picked)}")
    name = options.name or "merged_" + "_".join(c_identifier(p.name) for p in picked)
    result = merge_functions([(p.file.module, p.name, p.label) for p in picked], no_ssa=options.no_ssa,
                             name=name, tech=options.tech, clock_ns=options.clock_ns,
                             block_alignment=options.block_alignment)
    routes = [result.cand_args(k) for k in range(len(picked))]
    profit = merge_profitability([(p.file.module, p.name) for p in picked], (result.module, result.name), routes,
                                 options.estimate_options())
    return MergeOutcome(list(picked), result, profit, profit.decide(options.objective, options.max_slowdown))


def verify_outcome(outcome: MergeOutcome, n: int, seed: int = 0, timeout: float = 2.0) -> list[Any]:
    """Run every original and the merged function (its selector value) on the same n inputs."""
    from guacc.compiler.equivalence import compare

    merged_text = outcome.result.ll()
    reports = []
    for k, p in enumerate(outcome.picked):
        reports.append(compare(p.file.text, merged_text, p.name, cand_func=outcome.result.name,
                               cand_args=outcome.result.cand_args(k), n=n, seed=seed, timeout=timeout))
    outcome.verification = reports
    return reports


# ----------------------------------------------------------------- explore
@dataclass
class ExploredPair:
    rank: Any  # fingerprint.PairRank
    outcome: dict[str, Any] | None  # merge summary, or None when skipped
    skipped: str | None = None


def _evaluate_pair(job: tuple[str, str, str, str, MergeFlowOptions]) -> dict[str, Any]:
    path_a, func_a, path_b, func_b, options = job
    files = load_inputs([path_a] if path_a == path_b else [path_a, path_b])
    fa, fb = files[0], files[-1]
    try:
        outcome = merge_flow([Picked(fa, func_a), Picked(fb, func_b)], options)
    except GuaccError as err:
        return {"skipped": err.message}
    saved = outcome.profit.savings()
    return {
        "area_percent": saved["area"]["percent"], "energy_percent": saved["energy_nj"]["percent"],
        "edp_percent": saved["edp"]["percent"], "slowdown": outcome.profit.slowdown,
        "pays": outcome.decision.pays, "reason": outcome.decision.reason,
        "matched_ops": outcome.result.stats.matched_ops, "selects": outcome.result.stats.selects,
    }


def explore(paths: Sequence[str], *, top: int = 5, jobs: int | None = None,
            options: MergeFlowOptions = MergeFlowOptions(), progress: Any = None) -> list[ExploredPair]:
    """Fingerprint every root function of the files, rank all pairs, merge and
    estimate the `top` best in parallel. Returns the ranked pairs (only the top
    ones carry an outcome)."""
    from guacc.passes.fingerprint import fingerprint, rank_pairs

    inputs = load_inputs(paths)
    prints = []
    for f in inputs:
        funcs = {g.sym_name.data: g for g in graphs.defined_functions(f.module)}
        for name in root_functions(f.module):
            prints.append(fingerprint(funcs[name], f.path))
    ranks = rank_pairs(prints)
    chosen = ranks[:top]
    jobs_list = [(r.a.label, r.a.name, r.b.label, r.b.name, options) for r in chosen]
    workers = max(1, min(jobs or os.cpu_count() or 1, len(jobs_list) or 1))
    results: list[dict[str, Any]] = []
    if workers == 1:
        for job in jobs_list:
            results.append(_evaluate_pair(job))
            if progress:
                progress()
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            for res in pool.map(_evaluate_pair, jobs_list):
                results.append(res)
                if progress:
                    progress()
    explored = [ExploredPair(r, None if "skipped" in res else res, res.get("skipped")) for r, res in zip(chosen, results)]
    return explored + [ExploredPair(r, None) for r in ranks[top:]]
