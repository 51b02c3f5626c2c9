"""Cost models: hand-computed schedules and figures, properties on the corpus,
measured profiles against known trip counts, the `guacc estimate` command."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from guacc.compiler.cli import main
from guacc.compiler.equivalence import Input
from guacc.compiler.frontend import parse_ll_file
from guacc.passes import graphs
from guacc.passes.cost import (
    UNCONSTRAINED, EstimateOptions, ScheduleConfig, asap_alap, classify, estimate_function, estimate_module,
    known_ops, library_infos, load_library, measure_frequencies, schedule_block, static_frequencies,
)

from .conftest import CORPUS, DATA_DIR, corpus_id

COST = DATA_DIR / "cost"
CORPUS_O2 = [p for p in CORPUS if p.parent.name == "clang16-O2"]
CORPUS_SAMPLE = [p for p in CORPUS if p.parent.name in ("clang16-O0", "clang14-O1", "clang16-O2")]

# fu_40nm.csv rows at 5 ns, used by the hand computations below.
ADD_AREA, ADD_LEAK, ADD_E = 179.443, 0.002380803, 0.08572111  # also the int_cmp unit (delay 1.75 ns)
MUL_AREA, MUL_LEAK, MUL_E = 4595.0, 0.04817683, 8.625412  # delay 4.17 ns
BIT_AREA, BIT_LEAK, BIT_E = 50.36996, 0.0006111633, 0.01798511  # 32-bit; a mux bit is 1/32 of it
REG_AREA, REG_LEAK, REG_E = 5.981433, 7.395312e-05, 0.009003937  # per register bit
FMUL_AREA, FMUL_LEAK, FMUL_E = 4905.719, 0.04215861, 24.35215  # fp_sp_3stage_mul, 4 cycles
FADD_AREA, FADD_LEAK, FADD_E = 2063.594, 0.01520482, 7.928188  # fp_sp_3stage_add, 5 cycles
MUX_BIT_AREA, MUX_BIT_LEAK, MUX_BIT_E = BIT_AREA / 32, BIT_LEAK / 32, BIT_E / 32


def _estimate(name: str, args: tuple, **kw) -> object:
    module = parse_ll_file(COST / f"{name}.ll")
    return estimate_function(module, None, EstimateOptions(inputs=[Input(args)], **kw))


def _steps(est, block: str) -> list[tuple[str, int, float, float]]:
    b = next(b for b in est.blocks if b.name == block)
    return [(s.kind.key, s.cycle, round(s.start, 2), round(s.finish, 2)) for s in b.schedule.ops if s.cls]


# ----------------------------------------------------------------- hand-computed
def test_add_chain_by_hand():
    est = _estimate("add_chain", (1, 2, 3, 4))
    # Clock 5 ns, add delay 1.75 ns: two adds chain in cycle 0 (0-1.75-3.5); the
    # third would end at 5.25 > 5, so it takes cycle 1 (5-6.75). 2 cycles.
    assert _steps(est, "entry") == [("llvm.add", 0, 0.0, 1.75), ("llvm.add", 0, 1.75, 3.5), ("llvm.add", 1, 5.0, 6.75)]
    assert est.cycles == 2 and est.latency_ns == 10
    # Two adders busy in cycle 0. %s2 crosses the boundary: one 32-bit register.
    # 3 adds on 2 adders: (3-2) x 2 inputs x 32 bits = 64 mux bits.
    assert est.units == {"int_add@32": 2}
    assert est.register_bits == 32 and est.mux_bits == 64
    area = 2 * ADD_AREA + 32 * REG_AREA + 64 * MUX_BIT_AREA  # 651.031776 um^2
    assert est.area.get("um2") == pytest.approx(area)
    # Each add passes 2 x 32 mux bits; %s2 written once.
    dynamic = 3 * (ADD_E + 64 * MUX_BIT_E) + 32 * REG_E  # 0.653199974 pJ
    leakage = 2 * ADD_LEAK + 32 * REG_LEAK + 64 * MUX_BIT_LEAK
    assert est.stage.dynamic_pj == pytest.approx(dynamic)
    assert est.stage.leakage_mw == pytest.approx(leakage)
    assert est.energy_nj == pytest.approx((dynamic + leakage * 10) / 1000)


def test_mac_loop_by_hand():
    n = 8
    est = _estimate("mac", ([1] * n, [2] * n, n))
    assert est.frequency_source == "measured"
    assert [(b.name, b.frequency) for b in est.blocks] == [("entry", 1), ("loop", n), ("exit", 1)]
    # loop: both loads in cycle 0 (separate arrays), data at 5 ns; mul 5-9.17 in
    # cycle 1; acc add cannot chain (4.17+1.75 > 5) so cycle 2 (10-11.75);
    # i+1 and the compare chain in cycle 0. 3 cycles.
    assert _steps(est, "loop") == [
        ("llvm.load", 0, 0.0, 5.0), ("llvm.load", 0, 0.0, 5.0), ("llvm.mul", 1, 5.0, 9.17),
        ("llvm.add", 2, 10.0, 11.75), ("llvm.add", 0, 0.0, 1.75), ("llvm.icmp", 0, 1.75, 3.5),
    ]
    # entry: the compare (1 cycle); exit only returns a phi: no datapath op, no state.
    assert est.cycles == 1 + 3 * n and est.latency_ns == 5 * (1 + 3 * n)
    assert est.units == {"int_add@32": 1, "int_cmp@32": 1, "int_mul@32": 1}
    # Registers at boundary 2: %acc, %p, %i.next (32 each) and %done (1) = 97 bits.
    # Muxes: 2 adds on 1 adder and 2 compares on 1 comparator: 2 x (1 x 2 x 32) = 128 bits.
    assert est.register_bits == 97 and est.mux_bits == 128
    area = ADD_AREA * 2 + MUL_AREA + 97 * REG_AREA + 128 * MUX_BIT_AREA  # 5735.564841 um^2
    assert est.area.get("um2") == pytest.approx(area)
    shared_add = ADD_E + 64 * MUX_BIT_E
    # Per loop iteration: mul, two adds and a compare through muxes, 129 register
    # bits written (%i, %acc, %p, %i.next, %done). Entry: the compare. Exit: %r.
    loop = MUL_E + 3 * shared_add + 129 * REG_E
    dynamic = shared_add + n * loop + 32 * REG_E  # 81.625768218 pJ
    leakage = 2 * ADD_LEAK + MUL_LEAK + 97 * REG_LEAK + 128 * MUX_BIT_LEAK
    assert est.stage.dynamic_pj == pytest.approx(dynamic)
    assert est.energy_nj == pytest.approx((dynamic + leakage * est.latency_ns) / 1000)


def test_float_loop_by_hand():
    n = 4
    est = _estimate("fsum", ([1.0] * n, n))
    # load 0-5 ns; fmul issues in cycle 1, 4 cycles: result at 25 ns; fadd
    # issues in cycle 5, 5 cycles: result at 50 ns. 10 cycles per iteration.
    assert _steps(est, "loop") == [
        ("llvm.load", 0, 0.0, 5.0), ("llvm.fmul", 1, 5.0, 25.0), ("llvm.fadd", 5, 25.0, 50.0),
        ("llvm.add", 0, 0.0, 1.75), ("llvm.icmp", 0, 1.75, 3.5),
    ]
    # entry (only a branch) is the start state; exit only returns: no state.
    assert est.cycles == 1 + 10 * n
    assert est.units == {"fp_add@32": 1, "fp_mul@32": 1, "int_add@32": 1, "int_cmp@32": 1}
    # Registers: %s (held to cycle 5), %i.next and %c (to the branch) = 65 bits; no sharing.
    assert est.register_bits == 65 and est.mux_bits == 0
    area = FMUL_AREA + FADD_AREA + 2 * ADD_AREA + 65 * REG_AREA  # 7716.992145 um^2
    assert est.area.get("um2") == pytest.approx(area)
    loop = FMUL_E + FADD_E + 2 * ADD_E + 97 * REG_E  # %i, %s, %i.next, %c written
    assert est.stage.dynamic_pj == pytest.approx(n * loop)
    leakage = FMUL_LEAK + FADD_LEAK + 2 * ADD_LEAK + 65 * REG_LEAK
    assert est.energy_nj == pytest.approx((n * loop + leakage * 5 * (1 + 10 * n)) / 1000)


def test_resource_limit_and_ports_by_hand():
    module = parse_ll_file(COST / "mac.ll")
    func = graphs.find_function(module, None)
    loop = next(b for b in func.body.blocks if b.name_hint == "loop")
    lib = load_library("asic40", 5)
    # One adder for the whole block: i+1 in cycle 0, the acc add still in cycle 2.
    s = schedule_block(loop, lib, ScheduleConfig({"int_add": 1}))
    assert s.length == 3 and s.units() == {"int_add@32": 1, "int_cmp@32": 1, "int_mul@32": 1}
    # At 10 ns the multiply and the add chain (4.9 + 1.75 <= 10): 2 cycles.
    assert schedule_block(loop, load_library("asic40", 10)).length == 2


def test_asap_alap_bounds():
    module = parse_ll_file(COST / "fsum.ll")
    loop = next(b for b in graphs.find_function(module, None).body.blocks if b.name_hint == "loop")
    asap, alap = asap_alap(loop, load_library("asic40", 5))
    by_key = {s.kind.key: (s.cycle, alap[s.index]) for s in asap.ops if s.cls}
    # The fp chain is critical (no slack); i+1 and its compare may move to cycle 9.
    assert by_key["llvm.fmul"] == (1, 1) and by_key["llvm.fadd"] == (5, 5)
    assert by_key["llvm.add"][0] == 0 and by_key["llvm.icmp"] == (0, 9)


# ----------------------------------------------------------------- libraries
def test_every_frontend_op_kind_has_a_cost_class():
    import re

    from xdsl.dialects import llvm

    from guacc.compiler.dialects import guacc

    # Every op class the frontend can build (named in the builder) and the project dialect's ops;
    # intrinsic calls are looked up by intrinsic name (test_corpus_ops_are_all_modelled).
    builder = (Path(__file__).parents[1] / "compiler" / "frontend" / "builder.py").read_text()
    used = {getattr(llvm, n).name for n in set(re.findall(r"llvm\.(\w+Op)\b", builder))}
    used |= {op.name for op in guacc.Guacc.operations}
    assert len(used) > 50
    missing = sorted(used - known_ops() - {"llvm.func", "llvm.mlir.global", "llvm.call_intrinsic"})
    assert not missing, f"ops without a row in op_classes.csv: {missing}"


@pytest.mark.parametrize("path", CORPUS_SAMPLE, ids=corpus_id)
def test_corpus_ops_are_all_modelled(path):
    module = parse_ll_file(path)
    defined = frozenset(f.sym_name.data for f in graphs.defined_functions(module))
    for func in graphs.defined_functions(module):
        for op in func.walk():
            if op is not func:
                assert not classify(op, defined).unmodelled, op.name


def test_library_figures_and_width_scaling():
    asic = load_library("asic40", 5)
    add32, add64, add8 = (asic.unit("int_add", w) for w in (32, 64, 8))
    assert add32.area.get("um2") == pytest.approx(ADD_AREA) and add32.delay_ns == 1.75
    assert add64.area.get("um2") == pytest.approx(2 * ADD_AREA) and add8.energy_pj == pytest.approx(ADD_E / 4)
    assert asic.unit("int_mul", 64).area.get("um2") == pytest.approx(4 * MUL_AREA)  # quadratic
    assert asic.unit("fp_add", 64, double=True).unit == "fp_dp_3stage_add"
    assert asic.unit("fp_div", 32).cycles == 16 and asic.unit("fp_mul", 32).cycles == 4
    # Between characterised periods: the row of the faster one (7 ns -> 6 ns).
    assert load_library("asic40", 7).unit("int_mul", 32).delay_ns == 4.17
    fpga = load_library("fpga", 5)
    assert fpga.unit("int_add", 32).area.as_dict() == {"dsp": 0, "ff": 0, "lut": 33}
    assert fpga.unit("int_mul", 32).area.get("dsp") == 3
    assert fpga.unit("int_div", 32).area.get("lut") == 1185
    # A combinational unit slower than the clock becomes multi-cycle (3.9 ns mul at 2 ns).
    assert load_library("fpga", 2).unit("int_mul", 32).cycles == 2


@pytest.mark.parametrize("tech,clock,message", [
    ("asic28", 5, "unknown technology 'asic28'"),
    ("asic40", 0.5, "outside the range"),
    ("asic40", 11, "outside the range"),
    ("fpga", 1, "outside the range"),
    ("asic40", float("nan"), "outside the range"),
])
def test_library_rejects_bad_choices(tech, clock, message):
    from guacc.compiler.diagnostics import GuaccError

    with pytest.raises(GuaccError, match=message):
        load_library(tech, clock)


# ----------------------------------------------------------------- properties
def _blocks(path):
    module = parse_ll_file(path)
    defined = frozenset(f.sym_name.data for f in graphs.defined_functions(module))
    for func in graphs.defined_functions(module):
        for block in func.body.blocks:
            yield block, defined


@pytest.mark.parametrize("path", CORPUS_SAMPLE, ids=corpus_id)
def test_more_resources_never_lengthen_a_schedule(path):
    lib = load_library("asic40", 5)
    classes = [c for c in lib.classes if c not in ("load", "store", "reg")]
    configs = [
        ScheduleConfig({c: 1 for c in classes}, ports_per_array=1),
        ScheduleConfig({c: 1 for c in classes}, ports_per_array=2),
        ScheduleConfig({c: 2 for c in classes}, ports_per_array=2),
        ScheduleConfig(),
        UNCONSTRAINED,
    ]
    for block, defined in _blocks(path):
        lengths = [schedule_block(block, lib, c, defined=defined).length for c in configs]
        assert lengths == sorted(lengths, reverse=True), (block.name_hint, lengths)
        _, alap = asap_alap(block, lib, defined=defined)
        asap = schedule_block(block, lib, UNCONSTRAINED, defined=defined)
        assert all(s.cycle <= alap[s.index] < max(asap.length, 1) for s in asap.ops)


@pytest.mark.parametrize("tech,clocks", [("asic40", [1, 2, 3, 4, 5, 6, 8, 10]), ("fpga", [2, 3, 5, 8, 10, 20])])
def test_faster_clock_never_lowers_cycle_counts(tech, clocks):
    for path in CORPUS_SAMPLE:
        for block, defined in _blocks(path):
            lengths = [schedule_block(block, load_library(tech, c), defined=defined).length for c in clocks]
            assert lengths == sorted(lengths, reverse=True), (path.name, block.name_hint, lengths)


@pytest.mark.parametrize("path", CORPUS_O2, ids=corpus_id)
@pytest.mark.parametrize("tech", ["asic40", "fpga"])
def test_energy_is_power_times_time(path, tech):
    for est in estimate_module(parse_ll_file(path), None, EstimateOptions(tech=tech, profile_inputs=3)):
        for stage in (est.stage, est.fingerprint):
            assert stage.latency_ns > 0 and stage.leakage_mw > 0
            assert stage.energy_nj == pytest.approx(stage.power_mw * stage.latency_ns / 1000, rel=1e-12)
            assert stage.energy_nj == pytest.approx((stage.dynamic_pj + stage.leakage_mw * stage.latency_ns) / 1000)
        d = est.to_dict()
        json.dumps(d)  # serialisable
        assert d["energy_nj"] == pytest.approx(d["power_mw"] * d["latency_ns"] / 1000)


@pytest.mark.parametrize("level", ["O0", "O1", "O2"])
def test_doubling_trip_count_doubles_dynamic_energy(level):
    module = parse_ll_file(CORPUS[0].parents[1] / f"clang16-{level}" / "dot.ll")

    def dynamic(n: int) -> float:
        est = estimate_function(module, "dot", EstimateOptions(inputs=[Input(([3] * n, [5] * n, n))]))
        return est.stage.dynamic_pj

    ratio = dynamic(400) / dynamic(200)
    assert ratio == pytest.approx(2.0, rel=0.02)


# ----------------------------------------------------------------- profiles
@pytest.mark.parametrize("level,expected", [
    ("O0", {"for.cond": 17, "for.body": 16, "for.cond1": 16 * 17, "for.body3": 256, "for.cond4": 256 * 17,
            "for.body6": 4096, "for.inc": 4096, "for.end": 256, "for.inc20": 16, "for.end22": 1}),
    ("O2", {"entry": 1, "for.cond1.preheader": 16, "for.cond4.preheader": 256, "for.body6": 4096,
            "for.end": 256, "for.inc20": 16, "for.end22": 1}),
])
def test_measured_profile_matches_gemm_trip_counts(level, expected):
    module = parse_ll_file(CORPUS[0].parents[1] / f"clang16-{level}" / "gemm.ll")
    freqs = measure_frequencies(module, "gemm", n=2)
    got = freqs.of("gemm")
    assert {k: got[k] for k in expected} == expected
    assert freqs.calls == {"gemm": 1}


@pytest.mark.parametrize("n", [0, 1, 37, 1500])
def test_measured_profile_matches_dot_trip_count(n):
    module = parse_ll_file(CORPUS[0].parents[1] / "clang16-O2" / "dot.ll")
    data = [1] * max(n, 1)
    got = measure_frequencies(module, "dot", inputs=[Input((data, data, n))]).of("dot")
    assert got["for.body"] == min(n, 1024)  # the kernel clamps n to 1024
    # Executed instructions implied by the counts: the loop body's ops once per iteration.
    est = estimate_function(module, "dot", EstimateOptions(inputs=[Input((data, data, n))]))
    body = next(b for b in est.blocks if b.name == "for.body")
    assert body.frequency * len(list(body.schedule.ops)) == min(n, 1024) * len(body.schedule.ops)


def test_callee_profile_and_static_fallback():
    module = parse_ll_file(CORPUS[0].parents[1] / "clang16-O0" / "merge_sort.ll")
    est = estimate_function(module, "merge_sort", EstimateOptions(profile_inputs=4))
    assert est.frequency_source == "measured" and "merge" in est.callees
    assert est.callees["merge"].frequency_source == "measured"
    assert est.units.get("call:merge") == 1
    static = estimate_function(module, "merge_sort", EstimateOptions(profile=False))
    assert static.frequency_source == "static" and "profiling disabled" in static.frequency_detail
    func = graphs.find_function(module, "merge_sort")
    assert max(static_frequencies(func).values()) == 100  # two nested loops, 10 iterations each


def test_first_stage_is_reported_with_its_gap():
    est = _estimate("mac", ([1] * 8, [2] * 8, 8))
    # First stage: serial, one unit per class, all ops through it.
    assert est.fingerprint.cycles >= est.cycles
    gap = est.gap()
    assert set(gap) == {"cycles", "area", "energy"} and all(g >= 0 for g in gap.values())
    assert est.opcode_counts == {"llvm.add": 2, "llvm.icmp": 2, "llvm.load": 2, "llvm.mul": 1}


# ----------------------------------------------------------------- CLI
def test_estimate_cli_table(capsys):
    assert main(["estimate", str(COST / "mac.ll"), "--clock", "5"]) == 0
    out = capsys.readouterr().out
    for text in ("@mac: asic40 at 5 ns", "latency (cycles)", "energy (nJ)", "um^2", "int_mul@32 x1",
                 "top energy", "block frequencies: measured"):
        assert text in out


def test_estimate_cli_json_fpga(tmp_path):
    out = tmp_path / "est.json"
    assert main(["estimate", str(CORPUS_O2[0]), "--tech", "fpga", "--clock", "10", "--json", "-o", str(out)]) == 0
    data = json.loads(out.read_text())
    assert data[0]["tech"] == "fpga" and set(data[0]["area"]) == {"lut", "ff", "dsp"}
    assert data[0]["frequencies"]["source"] == "measured"


def test_estimate_cli_static_and_limits(capsys):
    assert main(["estimate", str(COST / "fsum.ll"), "--profile-input", "0", "--limit", "fp_add=1", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data[0]["frequencies"]["source"] == "static"
    assert data[0]["cycles"] == 1 + 10 * 10


@pytest.mark.parametrize("args,message", [
    (["--tech", "asic7"], "guacc estimate: error: unknown technology 'asic7'"),
    (["--clock", "40"], "guacc estimate: error: clock period 40.0 ns is outside the range"),
    (["--tech", "fpga", "--clock", "1"], "outside the range of technology 'fpga' (2-20 ns)"),
    (["--func", "nope"], "mac.ll: error: no function 'nope' is defined (defined: mac)"),
    (["--limit", "fp_mul"], "--limit expects CLASS=N"),
    (["--limit", "gpu=2"], "unknown unit class 'gpu'"),
    (["--limit", "fp_mul=0"], "at least 1 unit"),
    (["--ports", "0"], "at least 1"),
    (["--inputs", "/nonexistent/in.json"], "/nonexistent/in.json: error: cannot read inputs file"),
])
def test_estimate_cli_errors(args, message, capsys, tmp_path):
    out = tmp_path / "never.json"
    assert main(["estimate", str(COST / "mac.ll"), *args, "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err
    assert not out.exists()


def test_estimate_cli_bad_ir(tmp_path, capsys):
    bad = tmp_path / "bad.ll"
    bad.write_text("define i32 @f() {\nentry:\n  ret i32 %nope\n}\n")
    assert main(["estimate", str(bad)]) == 2
    assert capsys.readouterr().err.startswith(f"{bad}:3:")


def test_known_libraries():
    assert set(library_infos()) == {"asic40", "fpga"}
    assert math.isclose(load_library().clock_ns, 5.0)


# ----------------------------------------------------------------- profitability
def test_merge_profitability_of_a_hand_merged_pair():
    from guacc.compiler.diagnostics import GuaccError
    from guacc.compiler.equivalence import Fixed, compare
    from guacc.passes.cost.profitability import merge_profitability

    merged_path = COST / "mac_msub_merged.ll"
    routes = [[Fixed(0), 0, 1, 2], [Fixed(1), 0, 1, 2]]
    for k, name in enumerate(("mac", "msub")):  # the hand merge is right
        report = compare(COST / f"{name}.ll", merged_path, name, cand_func="mac_msub", cand_args=routes[k], n=50)
        assert report.ok, report.summary()
    originals = [(parse_ll_file(COST / f"{n}.ll"), n) for n in ("mac", "msub")]
    profit = merge_profitability(originals, (parse_ll_file(merged_path), "mac_msub"), routes,
                                 EstimateOptions(profile_inputs=8))
    # One multiplier instead of two; the selector adds a subtract and a mux.
    assert profit.combined.area_scalar < 0.6 * profit.separate.area_scalar
    assert profit.combined.leakage_mw < profit.separate.leakage_mw
    # The sub and the select chain into the accumulate's cycle: no slowdown.
    assert profit.slowdown == pytest.approx(1.0)
    # Each merged call ran on its own function's inputs: the same loop trip counts.
    for single, merged in zip(profit.originals, profit.merged):
        assert merged.cycles == single.cycles
    saved = profit.savings()
    assert saved["area"]["percent"] > 40 and saved["energy_nj"]["saved"] > 0
    assert profit.decide("energy").pays and profit.decide("area").pays
    slow = profit.decide("area", max_slowdown=0.5)
    assert not slow.pays and "slower" in slow.reason
    with pytest.raises(GuaccError, match="unknown objective"):
        profit.decide("speed")
    d = profit.to_dict()
    assert d["merged"]["energy_nj"] == pytest.approx(profit.combined.energy_nj)
    assert len(d["per_function"]) == 2
