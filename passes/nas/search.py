"""The search: Optuna (multi-objective TPE with a constraint) over the space in
`space.py`, maximising validation accuracy of the integer reference and
minimising energy, under an upper bound on latency in cycles.

Each trial samples an architecture, raises layer parallelism until the
analytic model meets the bound (as a designer raises multipliers to fit), trains it
briefly, exports the integer network, emits its C and estimates that C with the
cost models. The schedule-based latency is the constraint Optuna sees, so the
chosen design meets the bound by the estimate of the C that is written out.
"""

from __future__ import annotations

import math
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from guacc.compiler.diagnostics import GuaccError

from .datasets import Dataset, load_dataset
from .latency import Estimate, analytic_estimate, layer_shapes
from .space import (BITS, FAMILIES, MLP_DEPTHS, MLP_WIDTHS, PARALLELISM, TRANSFORMER_HEADS, TRANSFORMER_LAYERS,
                    TRANSFORMER_WIDTHS, Architecture)

MAX_PARALLELISM = PARALLELISM[-1]
# Architectures screened out by the analytic model allowed per requested trial.
SCREENED_PER_TRIAL = 20
FINALISTS = 3  # best trials trained for `final_epochs` before one is chosen


@dataclass
class SearchConfig:
    dataset: str = "digits"
    latency_max: float = 2000.0  # cycles at `clock_ns`
    clock_ns: float = 5.0
    tech: str = "asic40"
    trials: int = 50
    family: str = "mlp"  # mlp | transformer | both
    bits: tuple[int, ...] = BITS
    storage: str | None = None  # Optuna RDB URL; None: in memory
    study_name: str | None = None
    seed: int = 0
    trial_epochs: int = 15
    final_epochs: int = 60

    def __post_init__(self) -> None:
        if self.family not in (*FAMILIES, "both"):
            raise GuaccError(f"unknown model family '{self.family}' (use mlp, transformer or both)")
        if not self.latency_max > 0:
            raise GuaccError(f"the latency bound must be a positive number of cycles, not {self.latency_max:g}")
        if self.trials < 1:
            raise GuaccError(f"at least one trial is needed, not {self.trials}")
        bad = [b for b in self.bits if b not in BITS]
        if bad or not self.bits:
            raise GuaccError(f"bit width {bad[0] if bad else '(none)'} is not supported (use 4, 6 or 8)")

    @property
    def families(self) -> tuple[str, ...]:
        return FAMILIES if self.family == "both" else (self.family,)

    def default_study_name(self) -> str:
        bits = "-".join(map(str, self.bits))
        return (f"nas-{self.dataset}-{self.family}-lat{self.latency_max:g}-clk{self.clock_ns:g}-{self.tech}"
                f"-b{bits}-s{self.seed}")


@dataclass
class TrialRecord:
    number: int
    arch: Architecture
    val_accuracy: float
    analytic: Estimate
    schedule: Estimate | None  # None: the analytic model already ruled it out, not trained

    @property
    def feasible(self) -> bool:
        return self.schedule is not None and self.schedule.cycles <= self.limit

    limit: float = math.inf

    def to_dict(self) -> dict:
        return {"trial": self.number, "architecture": self.arch.describe(), "val_accuracy": self.val_accuracy,
                "analytic": self.analytic.to_dict(),
                "schedule": self.schedule.to_dict() if self.schedule else None,
                "feasible": self.feasible}


# ----------------------------------------------------------------- estimates
def estimate(arch: Architecture, data: Dataset, tech: str, clock_ns: float) -> Estimate:
    """The analytic model's figures for an architecture (no training needed)."""
    if arch.family == "mlp":
        widths = [data.n_features, *arch.hidden, data.n_classes]
        return analytic_estimate(layer_shapes(widths, arch.parallelism), data.n_classes, tech, clock_ns)
    from .transformer import transformer_estimate

    return transformer_estimate(arch, data, tech, clock_ns)


def fit_parallelism(arch: Architecture, data: Dataset, config: SearchConfig) -> tuple[Architecture, Estimate]:
    """Raise multipliers, one layer at a time where it saves the most cycles,
    until the analytic latency meets the bound or no layer can go higher."""
    est = estimate(arch, data, config.tech, config.clock_ns)
    while est.cycles > config.latency_max:
        best: tuple[float, Architecture, Estimate] | None = None
        for i, p in enumerate(arch.parallelism):
            if p >= MAX_PARALLELISM:
                continue
            raised = tuple(min(MAX_PARALLELISM, 2 * q) if j == i else q for j, q in enumerate(arch.parallelism))
            cand = Architecture(**{**arch.to_dict(), "parallelism": raised})
            cand_est = estimate(cand, data, config.tech, config.clock_ns)
            if cand_est.cycles < est.cycles and (best is None or cand_est.cycles < best[0]):
                best = (cand_est.cycles, cand, cand_est)
        if best is None:
            break
        _, arch, est = best
    return arch, est


def fastest(data: Dataset, config: SearchConfig) -> Estimate:
    """The analytic latency of the quickest design in the space."""
    quickest = []
    for family in config.families:
        if family == "mlp":
            arch = Architecture("mlp", min(config.bits), min(config.bits), (MLP_WIDTHS[0],),
                                parallelism=(MAX_PARALLELISM, MAX_PARALLELISM))
        else:
            from .transformer import parallelism_slots

            arch = Architecture("transformer", min(config.bits), min(config.bits), d_model=TRANSFORMER_WIDTHS[0],
                                heads=TRANSFORMER_HEADS[0], layers=TRANSFORMER_LAYERS[0],
                                parallelism=(MAX_PARALLELISM,) * parallelism_slots(TRANSFORMER_LAYERS[0]))
        quickest.append(estimate(arch, data, config.tech, config.clock_ns))
    return min(quickest, key=lambda e: e.cycles)


# ----------------------------------------------------------------- sampling
def sample_architecture(trial, config: SearchConfig) -> Architecture:
    family = trial.suggest_categorical("family", list(config.families))
    w_bits = trial.suggest_categorical("w_bits", list(config.bits))
    a_bits = trial.suggest_categorical("a_bits", list(config.bits))
    if family == "mlp":
        depth = trial.suggest_int("depth", MLP_DEPTHS[0], MLP_DEPTHS[-1])
        hidden = tuple(trial.suggest_categorical(f"width{i}", list(MLP_WIDTHS)) for i in range(depth))
        slots = depth + 1
        return Architecture("mlp", w_bits, a_bits, hidden,
                            parallelism=tuple(trial.suggest_categorical(f"p{i}", list(PARALLELISM))
                                              for i in range(slots)))
    from .transformer import parallelism_slots

    layers = trial.suggest_int("layers", TRANSFORMER_LAYERS[0], TRANSFORMER_LAYERS[-1])
    d_model = trial.suggest_categorical("d_model", list(TRANSFORMER_WIDTHS))
    heads = trial.suggest_categorical("heads", list(TRANSFORMER_HEADS))
    return Architecture("transformer", w_bits, a_bits, d_model=d_model, heads=heads, layers=layers,
                        parallelism=tuple(trial.suggest_categorical(f"tp{i}", list(PARALLELISM))
                                          for i in range(parallelism_slots(layers))))


# Hand-designed starting points a new study tries first (as a designer would):
# plain 8-bit MLPs; the fit step gives them the multipliers the bound needs.
WARM_START_HIDDEN = ((16,), (32,), (64,))


def warm_starts(config: SearchConfig) -> list[dict]:
    if "mlp" not in config.families:
        return []
    bits = max(config.bits)
    return [{"family": "mlp", "w_bits": bits, "a_bits": bits, "depth": len(hidden),
             **{f"width{i}": w for i, w in enumerate(hidden)},
             **{f"p{i}": 1 for i in range(len(hidden) + 1)}}
            for hidden in WARM_START_HIDDEN[:max(1, config.trials // 10)]]


# ----------------------------------------------------------------- one trial
def train_and_export(arch: Architecture, data: Dataset, epochs: int, seed: int):
    from .qat import TrainConfig, export, train

    model = train(arch, data, TrainConfig(epochs=epochs, seed=seed))
    return export(model, arch, data)


def schedule_of(net, top: str, data: Dataset, config: SearchConfig) -> Estimate:
    """Emit `net` to a scratch folder and estimate its C with the cost models."""
    from .emit import write_nas_design
    from .latency import schedule_estimate

    with tempfile.TemporaryDirectory(prefix="guacc-nas-") as tmp:
        design = write_nas_design(net, top, Path(tmp) / top, data.x_test[:1], data.y_test[:1])
        return schedule_estimate(design.path / f"{top}.c", top, design.array_ports, config.tech, config.clock_ns,
                                 config.seed)


@dataclass
class SearchResult:
    config: SearchConfig
    data: Dataset
    records: list[TrialRecord]
    chosen: TrialRecord
    net: object  # the final integer network (QuantizedNet)
    test_accuracy: float
    val_accuracy: float
    schedule: Estimate
    seconds: float
    study_name: str
    resumed_trials: int = 0
    notes: list[str] = field(default_factory=list)
    screened: int = 0  # architectures the analytic model ruled out before training

    def estimate_errors(self) -> dict:
        """Analytic vs schedule-based estimates over every estimated trial, in %."""
        pairs = [(r.analytic, r.schedule) for r in self.records if r.schedule is not None]
        out = {"trials": len(pairs)}
        for key in ("cycles", "energy_nj", "area"):
            errs = [100.0 * (getattr(a, key) - getattr(s, key)) / getattr(s, key) for a, s in pairs
                    if getattr(s, key)]
            if errs:
                out[key] = {"mean_abs_pct": sum(map(abs, errs)) / len(errs), "max_abs_pct": max(map(abs, errs)),
                            "mean_pct": sum(errs) / len(errs)}
        return out


def run_search(config: SearchConfig, *, top: str = "nas_top",
               progress: Callable[[int, int, TrialRecord | None], None] | None = None) -> SearchResult:
    """Search, then train the best feasible design longer and return it (nothing is written)."""
    import optuna

    start = time.perf_counter()
    data = load_dataset(config.dataset, config.seed)
    quickest = fastest(data, config)
    if quickest.cycles > config.latency_max:
        raise GuaccError(f"no design in the search space meets {config.latency_max:g} cycles: the fastest "
                         f"({config.family}) needs about {quickest.cycles:g} cycles at {config.clock_ns:g} ns")
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    sampler = optuna.samplers.TPESampler(seed=config.seed, n_startup_trials=min(10, config.trials))
    study_name = config.study_name or config.default_study_name()
    try:
        study = optuna.create_study(study_name=study_name, storage=config.storage, sampler=sampler,
                                    directions=["maximize", "minimize"], load_if_exists=True)
    except Exception as err:  # bad URL, unreachable database, wrong driver
        raise GuaccError(f"cannot open the Optuna storage '{config.storage}': {err}") from None

    def objective(trial) -> tuple[float, float]:
        arch, analytic = fit_parallelism(sample_architecture(trial, config), data, config)
        trial.set_user_attr("architecture", arch.to_dict())
        trial.set_user_attr("analytic", analytic.to_dict())
        if analytic.cycles > config.latency_max:
            trial.set_constraint("latency_excess", analytic.cycles - config.latency_max)
            return 0.0, analytic.energy_nj
        net = train_and_export(arch, data, config.trial_epochs, config.seed)
        accuracy = net.accuracy(data.x_val, data.y_val)
        sched = schedule_of(net, top, data, config)
        trial.set_user_attr("schedule", sched.to_dict())
        trial.set_user_attr("val_accuracy", accuracy)
        trial.set_constraint("latency_excess", sched.cycles - config.latency_max)
        return accuracy, sched.energy_nj

    # `trials` counts trained designs: an architecture the analytic model rules
    # out costs milliseconds, so it is recorded (Optuna learns from it) but not counted.
    def trained(study) -> int:
        return sum(1 for t in study.trials if "schedule" in t.user_attrs)

    done = trained(study)
    screened_cap = SCREENED_PER_TRIAL * config.trials + len(study.trials)

    def callback(study, frozen) -> None:
        if progress is not None and "schedule" in frozen.user_attrs:
            progress(trained(study), config.trials, record_of(frozen, config))

    if not study.trials:
        for params in warm_starts(config):
            study.enqueue_trial(params)
    while trained(study) < config.trials and len(study.trials) < screened_cap:
        study.optimize(objective, n_trials=1, callbacks=[callback])
    records = [r for t in study.trials if (r := record_of(t, config)) is not None and r.schedule is not None]
    screened = sum(1 for t in study.trials if "architecture" in t.user_attrs) - len(records)
    feasible = sorted((r for r in records if r.feasible),
                      key=lambda r: (-r.val_accuracy, r.schedule.energy_nj, r.number))
    if not feasible:
        raise GuaccError(f"no trial met {config.latency_max:g} cycles by the schedule-based estimate "
                         f"({len(records)} trials); raise --latency-max or --trials")
    # The few best trials are trained longer; the best of them by validation
    # accuracy (then energy) that still meets the bound is the design.
    notes: list[str] = []
    finalists = []
    for cand in feasible[:FINALISTS]:
        net = train_and_export(cand.arch, data, config.final_epochs, config.seed)
        sched = schedule_of(net, top, data, config)
        if sched.cycles > config.latency_max:
            notes.append(f"trial {cand.number} missed the bound after final training ({sched.cycles:g} cycles)")
            continue
        finalists.append((net.accuracy(data.x_val, data.y_val), -sched.energy_nj, -cand.number, cand, net, sched))
    if not finalists:
        raise GuaccError(f"no design met {config.latency_max:g} cycles after final training")
    val, _, _, chosen, net, sched = max(finalists, key=lambda f: f[:3])
    return SearchResult(config, data, records, chosen, net, net.accuracy(data.x_test, data.y_test), val, sched,
                        time.perf_counter() - start, study_name, done, notes, screened)


def record_of(frozen, config: SearchConfig) -> TrialRecord | None:
    attrs = frozen.user_attrs
    if "architecture" not in attrs or frozen.values is None:
        return None
    sched = attrs.get("schedule")
    return TrialRecord(frozen.number, Architecture.from_dict(attrs["architecture"]), attrs.get("val_accuracy", 0.0),
                       Estimate(**attrs["analytic"]), Estimate(**sched) if sched else None,
                       limit=config.latency_max)
