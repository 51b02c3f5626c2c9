"""Assembly written by clang, not gcc: its block labels (`.LBB0_1`, which
gcc's debug labels `.LBB<n>` resemble), its line-table labels (`.Ltmp<n>`,
in the middle of statements), its function-end labels (`.Lfunc_end0`, which
`.size` names) and its `.addrsig` directives, which GNU as does not know."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from guacc.transpiler.asm.parser import parse_asm_file
from guacc.transpiler.translate import translate_file

from .asm_fixtures import require_cross_tools

TRIPLES = {"arm": "aarch64-linux-gnu", "riscv": "riscv64-linux-gnu"}

# a prefix sum, a dot product, a branchy classifier: loops, calls, a
# variadic printf (switch jump tables: tests/test_jump_tables.py)
PROGRAM = r"""
#include <stdio.h>
#include <stdlib.h>

static void prefix_sum(const int *in, int *out, int n) {
    int acc = 0;
    for (int i = 0; i < n; i++) {
        acc += in[i];
        out[i] = acc;
    }
}

long dot(const int *a, const int *b, int n) {
    long s = 0;
    for (int i = 0; i < n; i++)
        s += (long)a[i] * b[i];
    return s;
}

int classify(int x) {
    int k = x & 7;
    if (k == 0) return x * 3;
    if (k == 1) return x - 11;
    if (k < 4) return (x ^ 0x55) << k;
    return k > 5 ? 42 : x / 3;
}

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 12;
    int a[16], b[16], p[16];
    for (int i = 0; i < n && i < 16; i++) {
        a[i] = i * 7 - 20;
        b[i] = 3 - i;
    }
    prefix_sum(a, p, n);
    printf("%ld %d", dot(a, b, n), p[n - 1]);
    for (int i = 0; i < n; i++)
        printf(" %d", classify(a[i]));
    printf("\n");
    return 0;
}
"""


def _clang(source, isa: str, out, *flags: str):
    """`source` compiled by clang for `isa` to assembly `out`."""
    if shutil.which("clang") is None:
        pytest.skip("clang not installed")
    subprocess.run(["clang", f"--target={TRIPLES[isa]}", *flags, "-S", str(source), "-o", str(out)],
                   check=True, capture_output=True)
    return out


def _clang_asm(tmp_path, isa: str, level: str):
    c = tmp_path / "kernels.c"
    c.write_text(PROGRAM)
    return _clang(c, isa, tmp_path / f"kernels.{isa}.{level}.s", f"-{level}", "-g")


def _unproven(outcome) -> list[dict]:
    return [b for b in outcome.report["blocks"] if b["status"] not in ("verified", "repaired")]


def test_clang_labels_are_read_as_clang_means_them(tmp_path):
    path = _clang_asm(tmp_path, "arm", "O0")
    text = path.read_text()
    assert ".LBB" in text and ".Ltmp" in text and ".Lfunc_end" in text
    functions = parse_asm_file(path, "arm").functions
    for function in functions.values():
        labels = {b.label for b in function.blocks}
        assert not any(label.startswith(".Ltmp") for label in labels)  # no block starts mid-statement
        assert any(label.startswith(".Ltmp") for label in function.debug)
    loop_blocks = [b for b in functions["dot"].blocks if b.label.startswith(".LBB")]
    assert len(loop_blocks) >= 3  # clang's blocks are blocks, not debug labels
    for block in loop_blocks:  # and branches reach them
        assert all(s in {b.label for b in functions["dot"].blocks} for s in block.successors)


@pytest.mark.parametrize("src_isa,dst_isa", [("arm", "riscv"), ("riscv", "arm")])
def test_clang_O0_translates_proven_and_runs_the_same(tmp_path, src_isa, dst_isa):
    require_cross_tools(src_isa, with_qemu=True)
    require_cross_tools(dst_isa, with_qemu=True)
    path = _clang_asm(tmp_path, src_isa, "O0")
    before = path.read_bytes()
    outcome = translate_file(parse_asm_file(path, src_isa), dst_isa, timeout_s=10)
    unproven = _unproven(outcome)
    assert not unproven, unproven[:3]
    assert ".addrsig" not in outcome.text and ".Lfunc_end0:" in outcome.text
    for args in ([], ["9"]):
        run = outcome.run_test(args)
        assert run["same"], run["detail"]
    assert path.read_bytes() == before


@pytest.mark.parametrize("src_isa,dst_isa", [("arm", "riscv"), ("riscv", "arm")])
def test_clang_O1_translation_runs_the_same(tmp_path, src_isa, dst_isa):
    require_cross_tools(src_isa, with_qemu=True)
    require_cross_tools(dst_isa, with_qemu=True)
    path = _clang_asm(tmp_path, src_isa, "O1")
    outcome = translate_file(parse_asm_file(path, src_isa), dst_isa, timeout_s=2)
    run = outcome.run_test(["9"])
    assert run["same"], run["detail"]


PCREL = """\t.text
\t.globl\tf
\t.type\tf,@function
f:
.Lpcrel_hi0:
\tauipc\ta0, %pcrel_hi(x)
\tlw\ta0, %pcrel_lo(.Lpcrel_hi0)(a0)
\taddi\ta0, a0, 1
\tbeqz\ta0, .LBB0_1
.LBB0_1:
.Ltmp5:
\t.loc\t1 7 3
\tauipc\ta1, %pcrel_hi(x)
\taddi\ta1, a1, %pcrel_lo(.LBB0_1)
\tsw\ta0, 0(a1)
.LBB0_9:
\tauipc\ta2, %got_pcrel_hi(stdin)
\tld\ta2, %pcrel_lo(.LBB0_9)(a2)
.Lpcrel_hi3:
\tauipc\ta1, %pcrel_hi(x)
\tsw\ta0, %pcrel_lo(.Lpcrel_hi3)(a1)
\tret
.Lfunc_end0:
\t.size\tf, .Lfunc_end0-f
"""


def test_clang_riscv_address_pairs_read_as_gcc_writes_them():
    from guacc.transpiler.asm.parser import parse_asm
    from guacc.transpiler.asm.printer import format_item

    function = parse_asm(PCREL, "riscv").functions["f"]
    text = [[format_item(i, "riscv").strip() for i in b.instructions] for b in function.blocks]
    # an anchor only the pair names goes with it (.LBB0_9 would split a
    # statement), one a branch names stays; a store through the pair leaves
    # its register half an address: not folded
    assert [b.label for b in function.blocks] == ["f", ".LBB0_1", ".Lpcrel_hi3"]
    assert text[0] == ["lla\ta0,x", "lw\ta0,0(a0)", "addi\ta0,a0,1", "beqz\ta0,.LBB0_1"]
    assert text[1][:3] == ["lla\ta1,x", "sw\ta0,0(a1)", "lla\ta2,stdin"]
    assert text[2][0].startswith("auipc")


@pytest.mark.parametrize("flag", ["-g", "-gdwarf-4"])
def test_clang_dwarf_gives_the_signatures_gcc_dwarf_gives(tmp_path, flag):
    """Clang writes a unit's length as a label difference and, in DWARF 5,
    names through `.debug_str_offsets`; the C signatures read must be gcc's."""
    from guacc.transpiler.verify.dwarf import signatures_from_items

    if shutil.which("clang") is None or shutil.which("aarch64-linux-gnu-gcc") is None:
        pytest.skip("clang or aarch64-linux-gnu-gcc not installed")
    c = tmp_path / "kernels.c"
    c.write_text(PROGRAM)
    clang_s, gcc_s = tmp_path / "clang.s", tmp_path / "gcc.s"
    _clang(c, "arm", clang_s, "-O0", flag)
    subprocess.run(["aarch64-linux-gnu-gcc", "-O0", "-g", "-S", str(c), "-o", str(gcc_s)], check=True)
    from_clang = signatures_from_items(parse_asm_file(clang_s, "arm").items)
    from_gcc = signatures_from_items(parse_asm_file(gcc_s, "arm").items)
    defined = ("prefix_sum", "dot", "classify", "main")
    assert {n: from_clang[n] for n in defined} == {n: from_gcc[n] for n in defined}
    assert from_gcc["dot"].returns.bits == 64 and from_gcc["dot"].params[2].signed


@pytest.mark.parametrize("program", ["checksum_crc", "collatz", "char_classes"])
@pytest.mark.parametrize("src_isa,dst_isa", [("arm", "riscv"), ("riscv", "arm")])
def test_clang_fixtures_translate_proven_and_run_the_same(tmp_path, program, src_isa, dst_isa):
    """Fixture programs compiled by clang -O0 -g: every block proven, and the
    same output under qemu on the fixture's inputs."""
    from .asm_fixtures import PROGRAMS_DIR, program_inputs

    require_cross_tools(src_isa, with_qemu=True)
    require_cross_tools(dst_isa, with_qemu=True)
    path = _clang(PROGRAMS_DIR / f"{program}.c", src_isa, tmp_path / f"{program}.s", "-O0", "-g")
    outcome = translate_file(parse_asm_file(path, src_isa), dst_isa, timeout_s=10)
    unproven = _unproven(outcome)
    assert not unproven, unproven[:3]
    args, stdin = program_inputs(program)
    stdin_path = tmp_path / "stdin"
    stdin_path.write_bytes(stdin)
    run = outcome.run_test(args, str(stdin_path))
    assert run["same"], run["detail"]
