"""The project folder of one design: `hls_out/<design>/`.

    <top>.c  <top>.h     the design (emit_c.py)
    tb_<top>.c           self-checking testbench (testbench.py)
    tb_<top>.xml         the same input vectors for Bambu's --generate-tb
    run_hls.tcl          Vitis HLS: csim, csynth, cosim, export
    bambu.sh             Bambu: synthesis and simulation
    report.json          inputs, options, vectors; "estimates" for the cost models

Everything is generated in memory and checked first, then written to a
temporary folder next to the target and renamed into place, so a design that
cannot be expressed leaves no folder behind and an old one stays intact.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from xdsl.dialects.builtin import ModuleOp

from ..diagnostics import GuaccError
from .emit_c import CDesign, emit_c
from .options import HlsOptions
from .testbench import Golden, bambu_xml, golden_vectors, testbench_c

REPORT = "report.json"


@dataclass
class Design:
    """A written design folder."""

    path: Path
    top: str
    files: list[str]
    vectors: int
    discarded: int


def template(name: str, **values: str) -> str:
    text = resources.files("guacc.compiler.hls").joinpath("templates", name).read_text()
    for key, value in values.items():
        text = text.replace(f"@{key.upper()}@", value)
    return text


def _clock(ns: float) -> str:
    return f"{ns:g}"


def run_hls_tcl(top: str, options: HlsOptions) -> str:
    return template("run_hls.tcl", top=top, part=options.part, clock=_clock(options.clock_ns))


def bambu_sh(top: str, options: HlsOptions) -> str:
    return template("bambu.sh", top=top, device=options.bambu_device, clock=_clock(options.clock_ns))


def _version() -> str:
    from importlib import metadata

    try:
        return metadata.version("guacc")
    except metadata.PackageNotFoundError:
        return "0+unknown"


def build_files(ir_text: str, top: str, options: HlsOptions, *, module: ModuleOp | None = None,
                source: str = "<input>") -> tuple[dict[str, str], CDesign, Golden]:
    """All files of the design, as text (nothing is written)."""
    from .check import check_synthesizable

    if module is None:
        from ..frontend import parse_ll

        module = parse_ll(ir_text, source)
    check_synthesizable(module, top, options.split_irreducible)
    golden = golden_vectors(ir_text, top, options.vectors, options.seed, options.elems, label=source,
                            selector_values=options.selector_values)
    sizes = {b.index: b.elems * b.elem_size for b in golden.buffers}
    design = emit_c(module, top, options, array_bytes=sizes)
    files = {
        f"{top}.c": design.source,
        f"{top}.h": design.header,
        f"tb_{top}.c": testbench_c(design, golden),
        f"tb_{top}.xml": bambu_xml(design, golden),
        "run_hls.tcl": run_hls_tcl(top, options),
        "bambu.sh": bambu_sh(top, options),
    }
    report = {
        "design": None,
        "top": top,
        "inputs": [{"path": source, "sha256": hashlib.sha256(ir_text.encode()).hexdigest()}],
        "options": options.to_json(),
        "vectors": golden.count,
        "discarded_inputs": golden.discarded,
        "functions": design.functions,
        "files": sorted(files) + [REPORT],
        "estimates": cost_estimates(module, top, options),
        "generator": f"guacc {_version()}",
    }
    files[REPORT] = json.dumps(report, indent=2) + "\n"
    return files, design, golden


def cost_estimates(module: ModuleOp, top: str, options: HlsOptions) -> dict:
    """The cost models' figures for the design, per technology whose clock range
    holds the design's clock (block frequencies profiled on a few inputs)."""
    from guacc.passes.cost import EstimateOptions, estimate_function, library_infos

    out: dict = {}
    for tech, info in library_infos().items():
        if not info.clock_min <= options.clock_ns <= info.clock_max:
            out[tech] = {"unavailable": f"clock {options.clock_ns:g} ns is outside {info.clock_min:g}-"
                                        f"{info.clock_max:g} ns"}
            continue
        try:
            est = estimate_function(module, top, EstimateOptions(tech=tech, clock_ns=options.clock_ns,
                                                                 profile_inputs=5, seed=options.seed))
        except GuaccError as err:
            out[tech] = {"unavailable": err.message}
            continue
        figures = est.to_dict()
        figures.pop("blocks", None)  # per-block schedules: `guacc estimate --json` has them
        out[tech] = figures
    return out


def write_design(source: str | os.PathLike | ModuleOp, top: str, out_dir: str | os.PathLike | None = None,
                 options: HlsOptions | None = None, *, module: ModuleOp | None = None) -> Design:
    """Emit the design of function `top` into `out_dir` (default `hls_out/<top>`).

    `source` is an LLVM IR file, LLVM IR text, or a module (a merged one, say),
    which is printed to LLVM IR for the run that makes the test vectors.
    `module` passes the already parsed IR of a file or text.
    """
    options = options or HlsOptions()
    if isinstance(source, ModuleOp):
        from ..backend.llvm_ir import print_ll

        module, ir_text, label = source, print_ll(source), "<module>"
    elif isinstance(source, os.PathLike) or "\n" not in source:
        path = Path(source)
        try:
            ir_text = path.read_text(encoding="utf-8", errors="surrogateescape")
        except OSError as err:
            raise GuaccError(f"cannot read file: {err.strerror}", file=str(path)) from None
        label = str(path)
    else:
        ir_text, label = source, "<input>"
    target = Path(out_dir) if out_dir is not None else Path("hls_out") / top
    files, design, golden = build_files(ir_text, top, options, module=module, source=label)
    report = json.loads(files[REPORT])
    report["design"] = target.name
    files[REPORT] = json.dumps(report, indent=2) + "\n"
    write_files(target, files)
    return Design(target, top, sorted(files), golden.count, golden.discarded)


def write_files(target: Path, files: dict[str, str | bytes]) -> None:
    """Write a design folder all at once: a temporary sibling renamed into
    place, so a failure leaves no half-written folder and keeps an old one."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"))
    old: Path | None = None
    try:
        for name, text in files.items():
            if isinstance(text, bytes):
                (tmp / name).write_bytes(text)  # e.g. a plot
            else:
                (tmp / name).write_text(text)
        (tmp / "bambu.sh").chmod(0o755)
        if target.exists():
            old = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.", suffix=".old"))
            os.rmdir(old)
            os.rename(target, old)
        os.rename(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        if old is not None and not target.exists():
            os.rename(old, target)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def read_report(folder: str | os.PathLike) -> dict:
    path = Path(folder) / REPORT
    try:
        return json.loads(path.read_text())
    except OSError as err:
        raise GuaccError(f"not a guacc HLS design folder: cannot read {REPORT} ({err.strerror})",
                         file=str(folder)) from None
    except ValueError as err:
        raise GuaccError(f"{REPORT} is not valid JSON: {err}", file=str(folder)) from None
