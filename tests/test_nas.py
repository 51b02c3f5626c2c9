"""guacc nas: integer reference, QAT export, bit-exact emitted C, the two
latency estimates, the search under a latency bound, and the command line."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("optuna")
pytest.importorskip("sklearn")

from guacc.compiler.cli import main as guacc_main  # noqa: E402
from guacc.compiler.hls.csim import run_csim  # noqa: E402
from guacc.passes.nas.datasets import INPUT_MAX, load_dataset  # noqa: E402
from guacc.passes.nas.emit import write_nas_design  # noqa: E402
from guacc.passes.nas.intnet import Dense, QuantizedNet, Requant  # noqa: E402
from guacc.passes.nas.latency import analytic_estimate, layer_shapes, schedule_estimate  # noqa: E402
from guacc.passes.nas.qat import TrainConfig, export, train  # noqa: E402
from guacc.passes.nas.search import SearchConfig, run_search  # noqa: E402
from guacc.passes.nas.space import Architecture  # noqa: E402

torch.set_num_threads(1)


@pytest.fixture(scope="module")
def digits():
    return load_dataset("digits")


@pytest.fixture(scope="module")
def small_net(digits):
    arch = Architecture("mlp", 4, 6, (24,), parallelism=(8, 3))
    model = train(arch, digits, TrainConfig(epochs=8))
    return arch, model, export(model, arch, digits)


def test_requant_matches_real_scaling():
    rng = np.random.default_rng(0)
    for scale in rng.uniform(1e-6, 4.0, 200):
        r = Requant.from_scale(float(scale))
        assert 1 <= r.shift <= 62
        acc = rng.integers(0, 1 << 20, 50)
        got = r.apply(acc)
        want = np.floor(acc * scale + 0.5)
        assert np.all(np.abs(got - want) <= 1), scale


def test_splits_are_fixed_and_disjoint(digits):
    again = load_dataset("digits")
    assert np.array_equal(digits.x_test, again.x_test) and np.array_equal(digits.y_train, again.y_train)
    assert len(digits.x_train) + len(digits.x_val) + len(digits.x_test) == 1797
    assert digits.x_train.min() >= 0 and digits.x_train.max() == INPUT_MAX


def test_integer_reference_agrees_with_fake_quant_model(digits, small_net):
    _, model, net = small_net
    with torch.no_grad():
        float_pred = model(torch.tensor(digits.x_val, dtype=torch.float32)).argmax(1).numpy()
    agree = np.mean(float_pred == net.predict(digits.x_val))
    assert agree >= 0.95
    assert net.accuracy(digits.x_val, digits.y_val) > 0.8
    assert all(np.abs(layer.weight).max() <= 7 for layer in net.layers)  # 4-bit weights


def test_emitted_design_is_bit_exact_and_reports_the_reference_accuracy(tmp_path, digits, small_net):
    _, _, net = small_net
    design = write_nas_design(net, "nas_t", tmp_path / "nas_t", digits.x_test, digits.y_test)
    result = run_csim(design.path)
    assert result.ok, result.output
    correct = int(round(net.accuracy(digits.x_test, digits.y_test) * len(digits.y_test)))
    assert f"accuracy {correct}/{len(digits.y_test)}" in result.output
    source = (design.path / "nas_t.c").read_text()
    assert "#pragma HLS PIPELINE II=1" in source
    assert "ARRAY_PARTITION variable=fc0_w cyclic factor=8 dim=2" in source
    assert "static const int8_t fc0_w[24][64]" in source
    for name in ("run_hls.tcl", "bambu.sh", "tb_nas_t.xml", "report.json"):
        assert (design.path / name).exists()
    assert "set_top nas_t" in (design.path / "run_hls.tcl").read_text()


def test_a_changed_weight_fails_the_testbench(tmp_path, digits, small_net):
    """The testbench can fail: one constant of the network changed in the C is caught."""
    _, _, net = small_net
    design = write_nas_design(net, "nas_t", tmp_path / "nas_t", digits.x_test, digits.y_test)
    path = design.path / "nas_t.c"
    text = path.read_text()
    start = text.index("fc1_b[10] = {") + len("fc1_b[10] = {")
    end = text.index(",", start)
    path.write_text(text[:start] + str(int(text[start:end]) + 1) + text[end:])
    result = run_csim(design.path)
    assert not result.ok and "FAIL" in result.output


@pytest.mark.parametrize("hidden,parallelism", [((32,), (8, 4)), ((16, 24), (1, 32, 8)), ((48,), (3, 16)),
                                                ((8,), (64, 8))])
def test_analytic_latency_is_close_to_the_schedule_of_the_emitted_c(tmp_path, digits, hidden, parallelism):
    widths = [digits.n_features, *hidden, digits.n_classes]
    rng = np.random.default_rng(1)
    layers = [Dense(f"fc{i}", rng.integers(-7, 8, (b, a)), rng.integers(-50, 50, b), 4, p,
                    None if i == len(widths) - 2 else Requant.from_scale(0.002), 6)
              for i, (a, b, p) in enumerate(zip(widths, widths[1:], parallelism))]
    net = QuantizedNet(layers, digits.n_features, digits.n_classes)
    design = write_nas_design(net, "nas_t", tmp_path / "d", digits.x_test[:2], digits.y_test[:2])
    sched = schedule_estimate(design.path / "nas_t.c", "nas_t", design.array_ports)
    analytic = analytic_estimate(layer_shapes(widths, parallelism), digits.n_classes)
    assert abs(analytic.cycles - sched.cycles) / sched.cycles < 0.10
    assert abs(analytic.energy_nj - sched.energy_nj) / sched.energy_nj < 0.30


def test_more_multipliers_are_faster_by_both_estimates(tmp_path, digits):
    widths = [digits.n_features, 32, digits.n_classes]
    cycles = []
    for p in (1, 4, 16):
        est = analytic_estimate(layer_shapes(widths, (p, p)), digits.n_classes)
        cycles.append(est.cycles)
    assert cycles[0] > cycles[1] > cycles[2]


@pytest.mark.parametrize("bound", [900, 2000, 6000])
def test_search_meets_the_bound_by_the_schedule_of_the_written_design(tmp_path, bound):
    config = SearchConfig(latency_max=bound, trials=3, family="mlp", trial_epochs=2, final_epochs=3,
                          storage=None)
    result = run_search(config, top="nas_b")
    assert result.schedule.cycles <= bound
    assert all(r.schedule is not None for r in result.records) and len(result.records) == 3
    from guacc.passes.nas.output import write_result

    path = write_result(result, tmp_path / "design", "nas_b")
    report = json.loads((path / "report.json").read_text())
    again = schedule_estimate(path / "nas_b.c", "nas_b", _ports(report, result))
    assert again.cycles <= bound
    assert report["estimates"]["schedule"]["cycles"] == result.schedule.cycles
    assert (path / "pareto.png").read_bytes()[:4] == b"\x89PNG"


def _ports(report, result):
    from guacc.passes.nas.emit import program

    return program(result.net, report["top"]).array_ports


def test_search_resumes_from_its_storage(tmp_path):
    url = f"sqlite:///{tmp_path / 'nas.db'}"
    common = dict(latency_max=3000, family="mlp", trial_epochs=1, final_epochs=1, storage=url)
    first = run_search(SearchConfig(trials=2, **common))
    second = run_search(SearchConfig(trials=3, **common))
    assert len(first.records) == 2 and second.resumed_trials == 2 and len(second.records) == 3
    assert [r.arch for r in second.records[:2]] == [r.arch for r in first.records]


@pytest.mark.parametrize("args,message", [
    (["--dataset", "mnist", "--latency-max", "2000"], "unknown data set 'mnist'"),
    (["--latency-max", "50"], "no design in the search space meets 50 cycles"),
    (["--latency-max", "2000", "--bits", "4,5"], "bit width 5 is not supported"),
    (["--latency-max", "2000", "--bits", "eight"], "bad bit widths"),
    (["--latency-max", "2000", "--family", "cnn"], "unknown model family"),
    (["--latency-max", "-3"], "latency bound must be a positive"),
])
def test_bad_nas_input_is_one_line_exit_2_and_writes_nothing(tmp_path, capsys, args, message):
    out = tmp_path / "design"
    code = guacc_main(["nas", *args, "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 2
    assert message in err and err.count("\n") == 1 and "Traceback" not in err
    assert not out.exists() and not list(tmp_path.iterdir())


def test_nas_command_end_to_end(tmp_path):
    out = tmp_path / "nas_iris"
    proc = subprocess.run([sys.executable, "-m", "guacc.compiler.cli", "nas", "--dataset", "iris", "--latency-max",
                           "400", "--family", "mlp", "--trials", "3", "--trial-epochs", "20", "--final-epochs", "40",
                           "-o", str(out), "--json"], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report["estimates"]["schedule"]["cycles"] <= 400
    assert (tmp_path / "nas_iris.optuna.db").exists()  # default storage: next to the design
    result = run_csim(out)
    assert result.ok, result.output
    n = report["accuracy"]["test_samples"]
    assert f"accuracy {round(report['accuracy']['test'] * n)}/{n}" in result.output
