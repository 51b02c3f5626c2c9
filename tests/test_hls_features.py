"""HLS C semantics beyond the corpus, checked by C simulation against the JIT:
odd integer widths (_BitInt), shifts, signed/unsigned division, float
predicates with NaN, conversions, phi cycles (parallel copies), multi-level
loop exits, switches inside loops, bit/saturating intrinsics, memset/memcpy,
struct and writable globals, pointer walks, helper calls, 64-bit constants.
Source: tests/data/hls/features.c, built by clang 16 at -O0, -O1 and -O2."""

from __future__ import annotations

import re
import shutil
import subprocess
from functools import lru_cache

import pytest

from guacc.compiler.frontend import parse_ll_file

from guacc.compiler.hls.csim import run_csim
from guacc.compiler.hls.project import write_design

from .conftest import DATA_DIR
from .test_hls_corpus import CLANG, clang_check

FEATURES = [
    "odd_widths", "shifts", "divs", "fcmps", "floats", "swap_phis", "multi_exit", "switch_loop", "bit_ops",
    "globals_rw", "mem_ops", "ptr_walk", "helper_calls", "wide", "self_loop",
]


@lru_cache(maxsize=None)
def features(opt: int):
    """The parsed module (read-only for the backend), once per worker."""
    path = DATA_DIR / "hls" / f"features-O{opt}.ll"
    return path, parse_ll_file(path)


@pytest.mark.parametrize("opt", [0, 1, 2], ids=lambda o: f"O{o}")
@pytest.mark.parametrize("func", FEATURES)
def test_feature_kernel_passes_csim(func, opt, tmp_path):
    path, module = features(opt)
    design = write_design(path, func, tmp_path / func, module=module)
    source = (design.path / f"{func}.c").read_text()
    assert not re.search(r"\bgoto\b", source)
    result = run_csim(design.path)
    assert result.ok, result.output
    if CLANG is not None:
        proc = clang_check(design.path, func)
        assert proc.returncode == 0, proc.stderr


def test_odd_widths_are_masked_and_sign_extended(tmp_path):
    path, module = features(0)
    design = write_design(path, "odd_widths", tmp_path / "d", module=module)
    source = (design.path / "odd_widths.c").read_text()
    assert "0x1FFFFFFFFull" in source  # i33 kept to 33 bits
    assert "0xFFFu" in source or "0xFFF" in source  # i12


def test_globals_are_reset_and_checked_by_the_testbench(tmp_path):
    path, module = features(2)
    design = write_design(path, "globals_rw", tmp_path / "d", module=module)
    header = (design.path / "globals_rw.h").read_text()
    source = (design.path / "globals_rw.c").read_text()
    tb = (design.path / "tb_globals_rw.c").read_text()
    assert "extern int32_t total_calls;" in header and "static const struct s0 table[4]" in source
    assert "tb_exp_g_total_calls" in tb and "tb_exp_g_counts" in tb
    assert "memcpy(&total_calls, tb_init_total_calls" in tb


def _ubsan_works(tmp_path) -> bool:
    probe = tmp_path / "probe.c"
    probe.write_text("int main(void) { return 0; }\n")
    cmd = ["gcc", "-fsanitize=undefined", "-fno-sanitize-recover=all", str(probe), "-o", str(tmp_path / "probe")]
    return shutil.which("gcc") is not None and subprocess.run(cmd, capture_output=True).returncode == 0


@pytest.mark.parametrize("func", ["odd_widths", "shifts", "divs", "wide", "bit_ops", "floats"])
def test_design_has_no_undefined_behaviour(func, tmp_path):
    """Wrapping arithmetic, masked shifts and conversions: UBSan finds nothing while the
    testbench runs (the IR wraps where C's signed arithmetic would overflow)."""
    if not _ubsan_works(tmp_path):
        pytest.skip("gcc without -fsanitize=undefined")
    path, module = features(2)
    design = write_design(path, func, tmp_path / func, module=module)
    exe = tmp_path / "ubsan"
    files = [str(design.path / f"{func}.c"), str(design.path / f"tb_{func}.c")]
    cmd = ["gcc", "-std=c99", "-O1", "-fsanitize=undefined", "-fno-sanitize-recover=all", *files, "-o", str(exe), "-lm"]
    subprocess.run(cmd, check=True, capture_output=True)
    run = subprocess.run([str(exe)], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0 and "PASS" in run.stdout, run.stdout + run.stderr


POINTER_IR = """
define i32 @pick(ptr %a, ptr %b, i32 %n) {
entry:
  %c = icmp sgt i32 %n, 5
  %pa = getelementptr inbounds i32, ptr %a, i64 2
  %p = select i1 %c, ptr %pa, ptr %b
  %v = load i32, ptr %p
  store i32 %n, ptr %p
  %k = and i32 %n, 15
  %end = getelementptr inbounds i32, ptr %a, i32 %k
  br label %loop
loop:
  %q = phi ptr [ %a, %entry ], [ %q.next, %body ]
  %s = phi i32 [ %v, %entry ], [ %s.next, %body ]
  %done = icmp eq ptr %q, %end
  br i1 %done, label %exit, label %body
body:
  %x = load i32, ptr %q
  %s.next = add i32 %s, %x
  %q.next = getelementptr inbounds i32, ptr %q, i64 1
  br label %loop
exit:
  ret i32 %s
}
"""


def test_pointer_selects_and_phis(tmp_path):
    """Pointers chosen by `select` and walked by a phi become C pointer variables."""
    path = tmp_path / "pick.ll"
    path.write_text(POINTER_IR)
    design = write_design(path, "pick", tmp_path / "pick")
    source = (design.path / "pick.c").read_text()
    assert "int32_t *p = 0;" in source and "int32_t *q = 0;" in source
    result = run_csim(design.path)
    assert result.ok, result.output


BYTE_GEP_IR = """
define i32 @bytes(ptr %a, i32 %n) {
entry:
  %m = alloca [4 x [5 x i32]], align 16
  %s = alloca { i16, float, i32 }, align 4
  br label %fill
fill:
  %i = phi i64 [ 0, %entry ], [ %i.next, %fill ]
  %off = mul nsw i64 %i, 20
  %row = getelementptr i8, ptr %m, i64 %off
  %v = getelementptr inbounds i32, ptr %a, i64 %i
  %x = load i32, ptr %v
  store i32 %x, ptr %row
  %off4 = add nsw i64 %off, 4
  %col1 = getelementptr i8, ptr %m, i64 %off4
  store i32 %n, ptr %col1
  %i.next = add nuw nsw i64 %i, 1
  %done = icmp eq i64 %i.next, 4
  br i1 %done, label %out, label %fill
out:
  %f = getelementptr i8, ptr %s, i64 8
  store i32 7, ptr %f
  %g = getelementptr i8, ptr %a, i64 12
  %y = load i32, ptr %g
  %r2 = getelementptr i8, ptr %m, i64 44
  %z = load i32, ptr %r2
  %w = load i32, ptr %f
  %t = add i32 %y, %z
  %u = add i32 %t, %w
  ret i32 %u
}
"""


def test_byte_geps_find_their_elements(tmp_path):
    """`getelementptr i8` by a linear offset lands on the element the C types have there."""
    path = tmp_path / "bytes.ll"
    path.write_text(BYTE_GEP_IR)
    design = write_design(path, "bytes", tmp_path / "bytes")
    source = (design.path / "bytes.c").read_text()
    assert "uint8_t *" not in source
    assert "m[(int64_t)i][0] = " in source and "m[(int64_t)i][1] = n;" in source
    assert "s.f2 = 7;" in source and "a[3]" in source and "m[2][1]" in source
    result = run_csim(design.path)
    assert result.ok, result.output
