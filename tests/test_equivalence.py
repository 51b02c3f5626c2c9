"""Tests for the equivalence harness (guacc.compiler.equivalence)."""

from __future__ import annotations

import json
import math
import shutil
import struct
import subprocess

import pytest

from guacc.compiler.equivalence import (
    EXACT,
    ArgHint,
    Fixed,
    HarnessError,
    Input,
    InputFileError,
    JitProgram,
    NativeProgram,
    NoValidInputError,
    Outputs,
    PtrValue,
    Tolerance,
    as_program,
    compare,
    generate_inputs,
    is_typed_pointer_ir,
    load_inputs_json,
    run,
    signature_from_ir,
)
from guacc.compiler.equivalence import programs as programs_mod

# a[i] += 1 for i < n (at least once); returns the sum of the old values.
SUM_INC = """
define i32 @f(ptr %a, i32 %n) {
entry:
  br label %loop
loop:
  %i = phi i32 [0, %entry], [%i1, %loop]
  %s = phi i32 [0, %entry], [%s1, %loop]
  %p = getelementptr inbounds i32, ptr %a, i32 %i
  %v = load i32, ptr %p
  %v2 = add i32 %v, 1
  store i32 %v2, ptr %p
  %s1 = add i32 %s, %v
  %i1 = add i32 %i, 1
  %c = icmp slt i32 %i1, %n
  br i1 %c, label %loop, label %exit
exit:
  ret i32 %s1
}
"""

# Reads a[k * 100000000] when k > 12: far outside any buffer, so it faults.
CRASHY = """
define i32 @f(ptr %a, i32 %k) {
entry:
  %big = icmp sgt i32 %k, 12
  br i1 %big, label %bad, label %ok
bad:
  %kk = sext i32 %k to i64
  %off = mul i64 %kk, 100000000
  %p = getelementptr i32, ptr %a, i64 %off
  %v = load i32, ptr %p
  ret i32 %v
ok:
  %q = getelementptr i32, ptr %a, i32 %k
  %w = load i32, ptr %q
  ret i32 %w
}
"""

# Spins forever when k > 20.
SPIN = """
define i32 @f(i32 %k) {
entry:
  %c = icmp sgt i32 %k, 20
  br i1 %c, label %spin, label %ok
spin:
  br label %spin
ok:
  %r = mul i32 %k, 3
  ret i32 %r
}
"""

SCALE = """
define float @f(float %x, ptr %out) {
  %y = fmul float %x, 3.0
  store float %y, ptr %out
  ret float %y
}
"""

GLOBALS = """
@counter = global i32 0
@hist = internal global [4 x double] zeroinitializer
@table = constant [2 x i32] [i32 5, i32 6]

define i32 @f(i32 %n) {
  %c = load i32, ptr @counter
  %c1 = add i32 %c, 1
  store i32 %c1, ptr @counter
  %i = and i32 %n, 3
  %p = getelementptr [4 x double], ptr @hist, i32 0, i32 %i
  %h = load double, ptr %p
  %h1 = fadd double %h, 1.5
  store double %h1, ptr %p
  ret i32 %c1
}
"""

# f(a, n): a[0] += n, returns 2 * a[0]; merged(sel, a, n) is f when sel is 0.
MERGE_REF = """
define i32 @f(ptr %a, i32 %n) {
  %v = load i32, ptr %a
  %s = add i32 %v, %n
  store i32 %s, ptr %a
  %r = shl i32 %s, 1
  ret i32 %r
}
"""
MERGE_CAND = """
define i32 @merged(i1 %sel, ptr %a, i32 %n) {
  %v = load i32, ptr %a
  %s = add i32 %v, %n
  %d = sub i32 %v, %n
  %x = select i1 %sel, i32 %d, i32 %s
  store i32 %x, ptr %a
  %r = shl i32 %x, 1
  ret i32 %r
}
"""


# --- agreement and mismatches ------------------------------------------------------------


def test_identical_modules_agree_on_100_inputs():
    report = compare(SUM_INC, SUM_INC, "f", n=100, seed=1)
    assert report.ok, report.summary()
    assert (report.total, report.compared, report.discarded) == (100, 100, 0)
    assert not report.mismatches


def test_changed_constant_is_a_mismatch():
    cand = SUM_INC.replace("add i32 %v, 1", "add i32 %v, 2")
    report = compare(SUM_INC, cand, "f", n=20)
    assert not report.ok
    assert report.mismatched_inputs == 20
    m = report.mismatches[0]
    assert m.output == "arg 0" and m.position == 0
    assert m.actual == m.expected + 1
    assert m.input.args[0][0] == m.expected - 1  # the array's initial value, then +1 vs +2
    assert "arg 0[0]" in report.summary()


def test_return_value_mismatch_is_named():
    cand = SUM_INC.replace("%s1 = add i32 %s, %v", "%s1 = sub i32 %s, %v")
    report = compare(SUM_INC, cand, "f", n=10)
    assert not report.ok
    assert any(m.output == "return value" for m in report.mismatches)


def test_float_tolerance():
    one_ulp = SCALE.replace("3.0", "0x4008000020000000")  # 3.0 plus one float ulp
    assert compare(SCALE, one_ulp, "f", n=20).ok
    exact = compare(SCALE, one_ulp, "f", n=20, tolerance=EXACT)
    assert not exact.ok and exact.mismatches[0].output in ("return value", "arg 1")
    far = SCALE.replace("3.0", "0x4008100000000000")  # 3.0078125
    assert not compare(SCALE, far, "f", n=20).ok
    assert compare(SCALE, far, "f", n=20, tolerance=Tolerance(rel=1e-2)).ok


def test_tolerance_rules():
    tol = Tolerance()
    assert tol.close(math.nan, math.nan)
    assert tol.close(1.0, 1.0 + 1e-9) and not tol.close(1.0, 1.001)
    assert tol.close(0.0, 1e-10) and not tol.close(math.inf, 1e308)
    assert not EXACT.close(0.0, -0.0) and EXACT.close(2.5, 2.5)


# --- discarding --------------------------------------------------------------------------


def test_segfaulting_inputs_are_discarded_not_mismatched():
    report = compare(CRASHY, CRASHY, "f", n=30)
    assert report.ok, report.summary()
    assert report.discarded > 0 and report.compared > 0
    assert report.compared + report.discarded == 30
    assert all(k.startswith("crash") for k in report.discard_reasons)
    assert not report.mismatches


def test_infinite_loop_is_discarded_by_timeout():
    inputs = [Input((1,)), Input((50,)), Input((2,)), Input((99,)), Input((3,))]
    report = compare(SPIN, SPIN, "f", inputs=inputs, timeout=0.3)
    assert report.ok
    assert report.compared == 3 and report.discarded == 2
    assert report.discard_reasons == {"timeout": 2}
    assert sorted(k for k, _, _ in report.discards) == [1, 3]


def test_candidate_only_crashes_fail_the_report_without_being_mismatches():
    crashes_more = CRASHY.replace("icmp sgt i32 %k, 12", "icmp sgt i32 %k, 5")
    report = compare(CRASHY, crashes_more, "f", n=30)
    assert not report.ok and report.candidate_failures and not report.mismatches
    assert "the candidate failed on" in report.summary()
    lenient = compare(CRASHY, crashes_more, "f", n=30, allow_candidate_failures=True)
    assert lenient.ok and any(k.startswith("candidate only") for k in lenient.discard_reasons)


def test_all_inputs_crashing_raises():
    always = CRASHY.replace("icmp sgt i32 %k, 12", "icmp sgt i32 %k, -100")
    with pytest.raises(NoValidInputError, match="every one of 6 inputs was discarded") as err:
        compare(always, always, "f", n=6)
    assert isinstance(err.value, HarnessError)


def test_fork_start_method_works_too():
    report = compare(CRASHY, CRASHY, "f", n=10, start_method="fork")
    assert report.ok and report.compared + report.discarded == 10


# --- inputs ------------------------------------------------------------------------------------


def test_seeded_generation_is_reproducible():
    sig = signature_from_ir(SUM_INC, "f")
    a, b = generate_inputs(sig, 5, seed=7), generate_inputs(sig, 5, seed=7)
    assert a == b
    assert generate_inputs(sig, 5, seed=8) != a
    assert generate_inputs(sig, 3, seed=7) == a[:3]  # input i depends only on (seed, i)
    json.dumps([i.to_json() for i in a])  # serialisable
    for k, inp in enumerate(a):
        arr, n = inp.args
        assert len(arr) == 1024 and -4 <= n <= 24
        if k % 2 == 0:  # every other input is narrow everywhere
            assert all(0 <= x <= 15 for x in arr)
        else:  # the others widen arrays whose values never become addresses
            assert all(-1000 <= x <= 1000 for x in arr) and max(map(abs, arr)) > 15


GATHER = """
define void @gather(ptr %out, ptr %data, ptr %idx, i32 %n) {
entry:
  br label %loop
loop:
  %i = phi i32 [0, %entry], [%i1, %loop]
  %pi = getelementptr inbounds i32, ptr %idx, i32 %i
  %j = load i32, ptr %pi
  %pd = getelementptr inbounds i32, ptr %data, i32 %j
  %v = load i32, ptr %pd
  %po = getelementptr inbounds i32, ptr %out, i32 %i
  store i32 %v, ptr %po
  %i1 = add i32 %i, 1
  %c = icmp slt i32 %i1, %n
  br i1 %c, label %loop, label %exit
exit:
  ret void
}
"""


def test_index_arrays_stay_small_and_data_arrays_widen():
    sig = signature_from_ir(GATHER, "gather")
    assert [p.data_only for p in sig.params[:3]] == [True, True, False]
    for inp in generate_inputs(sig, 6):
        assert all(0 <= x <= 15 for x in inp.args[2])  # indices: always small
    assert compare(GATHER, GATHER, "gather", n=20).ok


def test_float_inputs_are_float32_values():
    sig = signature_from_ir(SCALE, "f")
    for inp in generate_inputs(sig, 5):
        x, out = inp.args
        assert -4 <= x <= 4
        assert struct.unpack("<f", struct.pack("<f", x))[0] == x


def test_explicit_json_inputs(tmp_path):
    path = tmp_path / "inputs.json"
    path.write_text(json.dumps([{"args": {"0": [1, 2, 3], "1": 3}}, [[4, 5], 2], {"args": [[10], 1]}]))
    sig = signature_from_ir(SUM_INC, "f")
    inputs = load_inputs_json(path, sig)
    results = run(JitProgram(SUM_INC), "f", inputs, sig)
    assert [r.ret for r in results] == [6, 9, 10]
    assert results[0].arrays[0][:4] == [2, 3, 4, 0]  # the rest of the buffer is zero
    report = compare(SUM_INC, SUM_INC, "f", inputs=path)
    assert report.ok and report.total == 3


def test_bad_json_inputs_are_reported_with_file_and_reason(tmp_path):
    sig = signature_from_ir(SUM_INC, "f")
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps([{"args": {"0": 5, "1": 3}}]))
    with pytest.raises(InputFileError, match=r"bad\.json: input 0, arg 0.*takes a list"):
        load_inputs_json(bad, sig)
    bad.write_text(json.dumps([{"args": {"0": [1]}}]))
    with pytest.raises(InputFileError, match=r"bad\.json: input 0: missing value for argument"):
        load_inputs_json(bad, sig)
    bad.write_text("[{")
    with pytest.raises(InputFileError, match=r"bad\.json: not valid JSON"):
        load_inputs_json(bad)
    bad.write_text(json.dumps([[[1], 2**40]]))
    with pytest.raises(InputFileError, match="does not fit in i32"):
        load_inputs_json(bad, sig)


# --- signatures ----------------------------------------------------------------------------


INFER = """
%struct.rec = type { i32, double }

define void @k(ptr %a, ptr %b, ptr %c, ptr %d, ptr %m, ptr %g, ptr %s, ptr %spill, ptr %unused, i64 %i, i64 %j) {
  %x = load i32, ptr %a
  %pb = getelementptr inbounds float, ptr %b, i64 3
  store float 1.0, ptr %pb
  %y = load double, ptr %c
  %pd = getelementptr i8, ptr %d, i64 5
  store i8 7, ptr %pd
  %pm = getelementptr inbounds [16 x i32], ptr %m, i64 %i, i64 %j
  store i32 %x, ptr %pm
  %pg = getelementptr inbounds [8 x [8 x double]], ptr %g, i64 %i, i64 %j, i64 %j
  store double %y, ptr %pg
  %ps = getelementptr inbounds %struct.rec, ptr %s, i64 %i, i32 1
  store double %y, ptr %ps
  %slot = alloca ptr
  store ptr %spill, ptr %slot
  %re = load ptr, ptr %slot
  %pe = getelementptr inbounds double, ptr %re, i64 %j
  %z = load double, ptr %pe
  ret void
}
"""


def _elem(sig, k):
    return sig.params[k].layout.name


def test_pointer_element_inference():
    sig = signature_from_ir(INFER, "k")
    assert [_elem(sig, k) for k in range(4)] == ["i32", "float", "double", "i8"]
    assert _elem(sig, 4) == "i32" and sig.params[4].elems >= 16 * 16
    assert _elem(sig, 5) == "double" and sig.params[5].elems >= 8 * 8 * 8
    rec = sig.params[6].layout
    assert rec.size == 16 and [(o, str(t)) for o, t in rec.fields] == [(0, "i32"), (8, "double")]
    assert _elem(sig, 7) == "double"  # through an alloca spill, as clang -O0 writes it
    assert not sig.params[8].inferred  # never accessed: a guess
    assert [p.type.name for p in sig.params[9:]] == ["i64", "i64"]
    assert sig.ret is None


def test_hints_override_inference():
    sig = signature_from_ir(
        INFER, "k", hints={0: "double", "b": ArgHint(elems=50, range=(0, 3)), 8: "[16 x [16 x float]]"}
    )
    assert _elem(sig, 0) == "double"
    assert sig.params[1].elems == 50 and sig.params[1].value_range == (0, 3)
    assert _elem(sig, 8) == "float" and sig.params[8].elems >= 256
    inp = generate_inputs(sig, 1)[0]
    assert len(inp.args[1]) == 50 and all(0 <= v <= 3 for v in inp.args[1])
    with pytest.raises(HarnessError, match="only pointer arguments"):
        signature_from_ir(INFER, "k", hints={9: "i32"})


def test_struct_buffers_get_per_field_values():
    sig = signature_from_ir(INFER, "k")
    flat = generate_inputs(sig, 1)[0].args[6]
    assert len(flat) == 2 * sig.params[6].elems
    assert all(isinstance(v, int) for v in flat[0::2]) and all(isinstance(v, float) for v in flat[1::2])


def test_pointer_return_is_compared_symbolically():
    ir = """
define ptr @f(ptr %a, i64 %k) {
  %p = getelementptr inbounds i32, ptr %a, i64 2
  ret ptr %p
}
"""
    sig = signature_from_ir(ir, "f")
    (out,) = run(JitProgram(ir), "f", generate_inputs(sig, 1), sig)
    assert out.ret == PtrValue("arg 0", 8)


# --- globals ---------------------------------------------------------------------------------


def test_globals_are_reset_and_compared():
    prog = JitProgram(GLOBALS)
    assert set(prog.globals) == {"counter", "hist"}  # the constant table is not writable
    sig = signature_from_ir(GLOBALS, "f")
    results = run(prog, "f", generate_inputs(sig, 5), sig)
    assert all(isinstance(r, Outputs) and r.ret == 1 and r.globals["counter"] == [1] for r in results)
    assert compare(GLOBALS, GLOBALS, "f", n=20).ok
    cand = GLOBALS.replace("fadd double %h, 1.5", "fadd double %h, 2.5")
    report = compare(GLOBALS, cand, "f", n=20)
    assert not report.ok
    assert report.mismatches[0].output == "global @hist"
    assert report.mismatches[0].actual == 2.5


# --- calling a merged function -----------------------------------------------------------------


def test_merged_function_with_selector():
    assert compare(MERGE_REF, MERGE_CAND, "f", cand_func="merged", cand_extra_args={0: 0}, n=20).ok
    wrong = compare(MERGE_REF, MERGE_CAND, "f", cand_func="merged", cand_extra_args={0: 1}, n=20)
    assert not wrong.ok
    same = compare(MERGE_REF, MERGE_CAND, "f", cand_func="merged", cand_args=[Fixed(0), 0, 1], n=5)
    assert same.ok


# --- programs --------------------------------------------------------------------------------------


def test_typed_pointer_detection():
    assert is_typed_pointer_ir("define void @f(i32* %a) {\n ret void\n}")
    assert is_typed_pointer_ir("%s = type { %struct.x*, [4 x i8]* }")
    assert not is_typed_pointer_ir(SUM_INC)
    assert not is_typed_pointer_ir('@s = constant [3 x i8] c"a*b" ; i32* in a comment')


def test_bad_ir_is_a_clear_error():
    with pytest.raises(HarnessError, match="cannot parse my module"):
        JitProgram("define i32 @f(ptr %a) {\n  %v = load i32, ptr %a\n  ret i64 %v\n}\n", label="my module")


def test_function_pointer_arguments_are_passed_null():
    ir = """
define i32 @def(i32 %x) {
  ret i32 %x
}
define i32 @f(ptr %fp, i32 %x) {
  %isnull = icmp eq ptr %fp, null
  %g = select i1 %isnull, ptr @def, ptr %fp
  %r = call i32 %g(i32 %x)
  ret i32 %r
}
"""
    sig = signature_from_ir(ir, "f")
    assert sig.params[0].is_pointer and sig.params[0].layout is None
    report = compare(ir, ir, "f", n=10)
    assert report.ok and report.compared == 10


def test_missing_clang_is_a_clear_error(monkeypatch):
    monkeypatch.setattr(programs_mod, "_clang_candidates", lambda: [])
    with pytest.raises(HarnessError, match="no clang on PATH"):
        NativeProgram("define i32 @f(i32* %a) {\n  %v = load i32, i32* %a\n  ret i32 %v\n}\n")


def test_unknown_function_is_a_clear_error():
    with pytest.raises(HarnessError, match="defines no function @g"):
        compare(SUM_INC, SUM_INC, "g")


KERNEL_C = r"""
struct node { long begin, end; };
static int calls;
int total;
long kernel(struct node *nodes, const long *edges, float *out, int n) {
  long s = 0;
  calls++;
  for (int i = 0; i < n; i++) {
    for (long e = nodes[i].begin; e < nodes[i].end; e++) s += edges[e];
    out[i] = (float)s * 0.5f;
  }
  total += (int)s;
  return s + calls;
}
"""


def _emit(clang: str, src, out, opt="-O1"):
    subprocess.run([clang, "-S", "-emit-llvm", opt, str(src), "-o", str(out)], check=True, capture_output=True)
    return out


def test_typed_pointer_reference_against_opaque_jit(tmp_path):
    old = shutil.which("clang-14") or shutil.which("clang")
    new = next((shutil.which(f"clang-{v}") for v in range(22, 14, -1) if shutil.which(f"clang-{v}")), None)
    if old is None or programs_mod.clang_major(old) > 14:
        pytest.skip("needs clang 14 (typed-pointer IR)")
    if new is None:
        pytest.skip("needs clang 15 or newer (opaque-pointer IR)")
    src = tmp_path / "kernel.c"
    src.write_text(KERNEL_C)
    typed = _emit(old, src, tmp_path / "typed.ll", "-O0")
    opaque = _emit(new, src, tmp_path / "opaque.ll")
    assert is_typed_pointer_ir(typed.read_text())
    ref = as_program(typed)
    assert isinstance(ref, NativeProgram) and {"calls", "total"} <= set(ref.globals)
    cand = JitProgram(opaque.read_text())
    sig = signature_from_ir(opaque.read_text(), "kernel")
    assert sig.params[0].layout.size == 16 and _elem(sig, 1) == "i64" and _elem(sig, 2) == "float"
    report = compare(ref, cand, "kernel", n=50)
    assert report.ok, report.summary()
    assert report.compared + report.discarded == 50 and report.compared > 0
    # LLVM 22 upgrades clang-14 typed pointers on parsing, so llvmlite runs the typed file too.
    assert compare(ref, JitProgram(typed.read_text()), "kernel", n=20).ok
    broken = JitProgram(opaque.read_text().replace("0.5", "0.25").replace("5.000000e-01", "2.500000e-01"))
    assert not compare(ref, broken, "kernel", n=10).ok
