"""guacc nas, transformer family: integer softmax / layer norm / sqrt helpers,
QAT export agreeing with the fake-quant model, bit-exact csim of the emitted
design, and the analytic latency against the schedule of the emitted C."""

from __future__ import annotations

import math

import numpy as np
import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("sklearn")

from guacc.compiler.hls.csim import run_csim  # noqa: E402
from guacc.passes.nas.datasets import load_dataset  # noqa: E402
from guacc.passes.nas.emit import write_nas_design  # noqa: E402
from guacc.passes.nas.intnet import Requant  # noqa: E402
from guacc.passes.nas.latency import schedule_estimate  # noqa: E402
from guacc.passes.nas.qat import TrainConfig, export, train  # noqa: E402
from guacc.passes.nas.space import Architecture  # noqa: E402
from guacc.passes.nas.transformer import (  # noqa: E402
    EXP_STEPS, LN_FRAC, PROB_MAX, int_layernorm, int_softmax, isqrt, parallelism_slots, tdiv, transformer_estimate,
)

torch.set_num_threads(1)


@pytest.fixture(scope="module")
def digits():
    return load_dataset("digits")


@pytest.fixture(scope="module")
def small(digits):
    arch = Architecture("transformer", 8, 8, d_model=16, heads=2, layers=1, parallelism=(4, 4, 2, 4))
    model = train(arch, digits, TrainConfig(epochs=12, lr=1e-2))
    return arch, model, export(model, arch, digits)


def test_truncating_division_and_isqrt():
    rng = np.random.default_rng(0)
    a = rng.integers(-10**9, 10**9, 1000)
    b = rng.integers(1, 1000, 1000) * rng.choice([-1, 1], 1000)
    assert np.array_equal(tdiv(a, b), [int(x / y) for x, y in zip(a.tolist(), b.tolist())])
    n = np.concatenate([np.arange(0, 300), rng.integers(0, 1 << 61, 1000)])
    assert np.array_equal(isqrt(n), [math.isqrt(int(v)) for v in n])


def test_integer_softmax_is_close_to_float():
    rng = np.random.default_rng(1)
    scale = 0.01  # real units per score step
    scores = rng.integers(-600, 600, (200, 8))
    probs = int_softmax(scores.max(axis=1, keepdims=True) - scores, Requant.from_scale(scale * EXP_STEPS))
    ref = np.exp(scores * scale)
    ref /= ref.sum(axis=1, keepdims=True)
    assert probs.min() >= 0 and probs.max() <= PROB_MAX
    assert np.abs(probs / PROB_MAX - ref).max() < 0.04


def test_integer_layernorm_is_close_to_float():
    rng = np.random.default_rng(2)
    d, out_scale = 32, 3.0 / 127
    v = rng.integers(-3000, 3000, (100, d))
    gain, bias = rng.uniform(0.5, 1.5, d), rng.uniform(-0.3, 0.3, d)
    g = np.rint(gain / out_scale * (1 << LN_FRAC)).astype(np.int64)
    b = np.rint(bias / out_scale * (1 << LN_FRAC)).astype(np.int64)
    got = int_layernorm(v, g, b, 127) * out_scale
    x = v.astype(float)
    ref = (x - x.mean(axis=1, keepdims=True)) / x.std(axis=1, keepdims=True) * gain + bias
    ref = np.clip(ref, -3.0, 3.0)
    assert np.abs(got - ref).max() < 2 * out_scale


def test_integer_reference_agrees_with_fake_quant_model(digits, small):
    arch, model, net = small
    with torch.no_grad():
        float_pred = model(torch.tensor(digits.x_val, dtype=torch.float32)).argmax(1).numpy()
    int_pred = net.predict(digits.x_val)
    assert np.mean(float_pred == int_pred) >= 0.95
    float_acc, int_acc = np.mean(float_pred == digits.y_val), net.accuracy(digits.x_val, digits.y_val)
    print(f"digits {arch.describe()}: float {float_acc:.3f} integer {int_acc:.3f}")
    assert int_acc > 0.6 and abs(float_acc - int_acc) < 0.05


def test_emitted_design_is_bit_exact_in_csim(tmp_path, digits, small):
    arch, _, net = small
    design = write_nas_design(net, "nas_tf", tmp_path / "nas_tf", digits.x_test, digits.y_test)
    result = run_csim(design.path)
    assert result.ok, result.output
    correct = int(round(net.accuracy(digits.x_test, digits.y_test) * len(digits.y_test)))
    assert f"accuracy {correct}/{len(digits.y_test)}" in result.output
    source = (design.path / "nas_tf.c").read_text()
    assert "#pragma HLS PIPELINE II=1" in source
    assert "ARRAY_PARTITION variable=enc0_wq cyclic factor=4 dim=2" in source
    assert "static const uint16_t enc0_exp[256]" in source


@pytest.mark.parametrize("d_model,heads,layers,parallelism", [(16, 2, 1, (4, 4, 2, 4)),
                                                               (32, 4, 2, (8, 2, 8, 16, 4, 2))])
def test_analytic_latency_is_close_to_the_schedule_of_the_emitted_c(tmp_path, digits, small, d_model, heads,
                                                                     layers, parallelism):
    assert len(parallelism) == parallelism_slots(layers)
    arch = Architecture("transformer", 8, 8, d_model=d_model, heads=heads, layers=layers, parallelism=parallelism)
    if arch == small[0]:
        net = small[2]
    else:
        net = export(train(arch, digits, TrainConfig(epochs=1)), arch, digits)
    design = write_nas_design(net, "nas_tf", tmp_path / "d", digits.x_test[:4], digits.y_test[:4])
    sched = schedule_estimate(design.path / "nas_tf.c", "nas_tf", design.array_ports)
    analytic = transformer_estimate(arch, digits)
    error = (analytic.cycles - sched.cycles) / sched.cycles
    print(f"{arch.describe()}: analytic {analytic.cycles:.0f} schedule {sched.cycles:.0f} cycles ({error:+.1%}), "
          f"energy {analytic.energy_nj:.1f} vs {sched.energy_nj:.1f} nJ")
    assert abs(error) < 0.10
    assert analytic.area > 0
