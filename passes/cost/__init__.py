"""Energy-aware cost models: schedule each block's dataflow graph (small
diamonds and triangles if-converted into one region, `regions.py`) against a
technology library and estimate area, power, latency and energy.

    from guacc.passes.cost import EstimateOptions, estimate_function
    est = estimate_function(module, "gemm", EstimateOptions(tech="asic40", clock_ns=5))
    est.cycles, est.area, est.energy_nj, est.fingerprint, est.gap()
"""

from .ensemble import EstimateOptions, FunctionEstimate, StageEstimate, estimate_function, estimate_module
from .frequency import (
    Frequencies, InstrumentBlockCounters, block_frequencies, measure_frequencies, natural_loops, static_frequencies,
)
from .library import Resources, TechLibrary, UnitCost, library_infos, load_library, scale
from .opclass import OpKind, classify, known_ops
from .regions import Region, find_regions
from .schedule import BlockSchedule, ScheduleConfig, UNCONSTRAINED, asap_alap, schedule_block, schedule_path, schedule_region

__all__ = [
    "BlockSchedule", "EstimateOptions", "Frequencies", "FunctionEstimate", "InstrumentBlockCounters", "OpKind",
    "Region", "Resources", "ScheduleConfig", "StageEstimate", "TechLibrary", "UNCONSTRAINED", "UnitCost", "asap_alap",
    "block_frequencies", "classify", "estimate_function", "estimate_module", "find_regions", "known_ops",
    "library_infos", "load_library", "measure_frequencies", "natural_loops", "scale", "schedule_block",
    "schedule_path", "schedule_region", "static_frequencies",
]
