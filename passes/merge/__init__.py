"""Coarse-grained function merging in SSA form (issue 5): SalSSA-style merging
of two or more functions into one with a selector, aligned by hardware value.

    from guacc.passes.merge import merge_functions
    result = merge_functions([(module_a, "gemm", "a.ll"), (module_b, "gemm_f", "b.ll")])
    result.ll(); result.name; result.functions[k].selector; result.cand_args(k); result.stats

Modules, one job each: `linearize` (canonical block order, match keys),
`scoring` (match scores from the cost models), `align` (Needleman-Wunsch,
block-level fallback), `params` (parameters and return types), `link` (one
module from many, renaming clashes), `codegen` (the merged function),
`ssa_repair` (phis on the merged CFG), `cleanup`, `reg2mem` (the non-SSA
baseline), `api` (`merge_functions`).
"""

from .align import DEFAULT_MAX_CELLS, Alignment, align, heaviest_common_subsequence
from .api import MergedOriginal, MergeOptions, MergeResult, MergeStats, StageStats, merge_functions
from .cleanup import SimplifyMerged, simplify_merged
from .link import Linked, LinkedSource, link
from .linearize import Entry, Linearization, linearize, op_key
from .reg2mem import Reg2Mem, demote_registers
from .scoring import ScoreOptions, Scorer

__all__ = [
    "DEFAULT_MAX_CELLS", "Alignment", "Entry", "Linearization", "Linked", "LinkedSource", "MergeOptions",
    "MergeResult", "MergeStats", "MergedOriginal", "Reg2Mem", "ScoreOptions", "Scorer", "SimplifyMerged",
    "StageStats", "align", "demote_registers", "heaviest_common_subsequence", "link", "linearize",
    "merge_functions", "op_key", "simplify_merged",
]
