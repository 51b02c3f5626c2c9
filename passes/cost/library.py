"""Technology libraries: what one functional unit costs, read from data files.

A library is bound to a technology and a clock period. It answers one question,
`unit(cls, width, double)`: area, leakage, dynamic energy per operation and
timing of the unit that implements a functional-unit class (see
`data/op_classes.csv`) at an operand width. Every figure comes from the CSV
files in `data/` (their sources are in `data/README.md`); width scaling is
stated once, in `scale`.
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from guacc.compiler.diagnostics import GuaccError

# Integer units of both libraries are characterised at this width.
REFERENCE_WIDTH = 32
_EPS = 1e-9


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("guacc.passes.cost").joinpath("data", name).read_text()
    return list(csv.DictReader(line for line in text.splitlines() if line and not line.startswith("#")))


def scale(rule: str, width: int) -> float:
    """How a unit's area, power and energy grow with operand width (the one place it is decided).

    linear: adders, logic, shifters, muxes (one slice per bit); quadratic: array
    multipliers and dividers; per_bit: registers (figures are per bit); none: FP
    units, whose precision selects a different unit instead.
    """
    match rule:
        case "linear":
            return width / REFERENCE_WIDTH
        case "quadratic":
            return (width / REFERENCE_WIDTH) ** 2
        case "per_bit":
            return float(width)
        case "none" | "":
            return 1.0
    raise ValueError(f"unknown width scaling rule {rule!r}")


@dataclass(frozen=True)
class Resources:
    """Area: um^2 for an ASIC; LUT, FF and DSP counts for an FPGA."""

    values: tuple[tuple[str, float], ...] = ()

    @staticmethod
    def of(**kw: float) -> "Resources":
        return Resources(tuple(sorted((k, float(v)) for k, v in kw.items())))

    def as_dict(self) -> dict[str, float]:
        return dict(self.values)

    def __add__(self, other: "Resources") -> "Resources":
        out = self.as_dict()
        for k, v in other.values:
            out[k] = out.get(k, 0.0) + v
        return Resources.of(**out)

    def __mul__(self, factor: float) -> "Resources":
        return Resources.of(**{k: v * factor for k, v in self.values})

    __rmul__ = __mul__

    def get(self, key: str) -> float:
        return self.as_dict().get(key, 0.0)


@dataclass(frozen=True)
class UnitCost:
    """One functional unit of a class and width, on a library at its clock."""

    cls: str
    width: int
    unit: str  # which library unit implements it
    area: Resources
    leakage_mw: float
    energy_pj: float  # dynamic energy per operation
    delay_ns: float  # combinational delay; 0 for sequential units
    cycles: int  # 0: combinational (chains inside a cycle); k: result k cycles after issue
    occupancy: int  # cycles one operation keeps the unit busy

    @property
    def combinational(self) -> bool:
        return self.cycles == 0


@dataclass(frozen=True)
class LibraryInfo:
    tech: str
    kind: str  # asic | fpga
    clock_min: float
    clock_max: float
    area_unit: str
    description: str


@cache
def library_infos() -> dict[str, LibraryInfo]:
    return {
        r["tech"]: LibraryInfo(r["tech"], r["kind"], float(r["clock_min_ns"]), float(r["clock_max_ns"]),
                               r["area_unit"], r["description"])
        for r in _rows("libraries.csv")
    }


@dataclass
class TechLibrary:
    """A technology library at one clock period."""

    info: LibraryInfo
    clock_ns: float
    _cache: dict = field(default_factory=dict, repr=False)

    @property
    def tech(self) -> str:
        return self.info.tech

    @property
    def classes(self) -> tuple[str, ...]:
        return tuple(self._class_rows())

    def unit(self, cls: str, width: int, double: bool = False) -> UnitCost:
        key = (cls, width, double)
        if key not in self._cache:
            self._cache[key] = self._unit(cls, width, double)
        return self._cache[key]

    def area_scalar(self, area: Resources) -> float:
        """One number for comparing areas: um^2, or LUT equivalents on an FPGA."""
        if self.info.kind == "asic":
            return area.get("um2")
        weights = {r["resource"]: float(r["area_weight"]) for r in _rows("fpga7_resources.csv")}
        return sum(weights[k] * v for k, v in area.values)

    # --- per technology -------------------------------------------------------------
    def _class_rows(self) -> dict[str, dict[str, str]]:
        name = "asic40_classes.csv" if self.info.kind == "asic" else "fpga7_classes.csv"
        return {r["class"]: r for r in _rows(name)}

    def _row(self, cls: str) -> dict[str, str]:
        rows = self._class_rows()
        if cls not in rows:
            raise GuaccError(f"technology '{self.tech}' has no functional-unit class '{cls}'")
        return rows[cls]

    def _timing(self, row: dict[str, str], delay: float) -> tuple[float, int]:
        cycles = int(row["cycles"])
        if cycles == 0 and delay > self.clock_ns + _EPS:
            # A combinational unit slower than the clock becomes a multi-cycle one.
            return 0.0, math.ceil(delay / self.clock_ns - _EPS)
        return (delay if cycles == 0 else 0.0), cycles

    def _unit(self, cls: str, width: int, double: bool) -> UnitCost:
        row = self._row(cls)
        factor = scale(row["width_scaling"], width)
        occupancy = int(row["occupancy"])
        if self.info.kind == "asic":
            unit_name = (row["unit_dp"] if double and row["unit_dp"] else row["unit"])
            if not unit_name:  # memory ports: time only
                return UnitCost(cls, width, "port", Resources.of(um2=0), 0.0, 0.0, 0.0, int(row["cycles"]), occupancy)
            fu = _asic_unit(unit_name, self.clock_ns)
            delay, cycles = self._timing(row, fu["delay"])
            return UnitCost(cls, width, unit_name, Resources.of(um2=fu["area"] * factor),
                            fu["leakage"] * factor, fu["energy"] * factor, delay, cycles, occupancy)
        suffix = "_dp" if double and row["lut_dp"] else ""
        counts = {r: float(row[r + suffix] or 0) * factor for r in ("lut", "ff", "dsp")}
        counts["dsp"] = math.ceil(counts["dsp"] - _EPS) if counts["dsp"] else 0.0  # DSP slices are whole
        power = {r["resource"]: (float(r["static_mw"]), float(r["dynamic_pj"])) for r in _rows("fpga7_resources.csv")}
        leakage = sum(counts[r] * power[r][0] for r in counts)
        energy = sum(counts[r] * power[r][1] for r in counts)
        delay, cycles = self._timing(row, float(row["delay_ns"] or 0))
        return UnitCost(cls, width, cls + suffix, Resources.of(**counts), leakage, energy, delay, cycles, occupancy)


@cache
def _asic_table() -> dict[str, list[dict[str, str]]]:
    table: dict[str, list[dict[str, str]]] = {}
    for r in _rows("fu_40nm.csv"):
        table.setdefault(r["unit"], []).append(r)
    for rows in table.values():
        rows.sort(key=lambda r: float(r["clock_ns"]))
    return table


@cache
def _asic_unit(unit: str, clock_ns: float) -> dict[str, float]:
    """The row of the largest characterised period at or below `clock_ns` (a unit
    built for a faster clock meets a slower one); the nearest row otherwise."""
    rows = _asic_table()[unit]
    fitting = [r for r in rows if float(r["clock_ns"]) <= clock_ns + _EPS]
    row = fitting[-1] if fitting else rows[0]
    delay = row["critical_path_delay"]
    return {
        "area": float(row["area"]),
        "leakage": float(row["leakage_power"]),
        "energy": float(row["dynamic_energy"]),
        "delay": float(delay) if delay else 0.0,
    }


def load_library(tech: str = "asic40", clock_ns: float = 5.0) -> TechLibrary:
    """The library `tech` (asic40 | fpga) at `clock_ns`; clear errors for bad choices."""
    infos = library_infos()
    if tech not in infos:
        raise GuaccError(f"unknown technology '{tech}' (known: {', '.join(sorted(infos))})")
    info = infos[tech]
    if not (isinstance(clock_ns, (int, float)) and math.isfinite(clock_ns)) or not (
        info.clock_min - _EPS <= clock_ns <= info.clock_max + _EPS
    ):
        raise GuaccError(
            f"clock period {clock_ns} ns is outside the range of technology '{tech}' "
            f"({info.clock_min:g}-{info.clock_max:g} ns)"
        )
    return TechLibrary(info, float(clock_ns))
