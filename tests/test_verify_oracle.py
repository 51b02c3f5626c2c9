"""Acceptance: on oracle pairs (ARM and RISC-V -O0 compiles of the same C,
blocks paired through .loc) the verifier proves at least 90% equivalent.

A deterministic sample keeps the test short; `bench/bench_verify.py` runs
every fixture and prints the full figure."""

from __future__ import annotations

from collections import Counter
from pathlib import Path


from guacc.transpiler.asm.parser import parse_asm_file
from guacc.transpiler.verify.equivalence import check_blocks
from guacc.transpiler.verify.program import correspond_function, program_signatures, readonly_constants

ASM = Path(__file__).resolve().parent.parent / "examples" / "asm"
PROGRAMS = sorted(p.stem for p in (ASM / "arm" / "O0").glob("*.s"))[::6]  # every sixth fixture
STRIDE = 3  # every third block pair of them
TIMEOUT_S = 4.0


def oracle_verdicts():
    for name in PROGRAMS:
        arm = parse_asm_file(ASM / "arm" / "O0" / f"{name}.s", "arm")
        rv = parse_asm_file(ASM / "riscv" / "O0" / f"{name}.s", "riscv")
        consts = readonly_constants(arm), readonly_constants(rv)
        sigs = program_signatures(arm, rv)
        index = 0
        for fname, fn in arm.functions.items():
            if fname not in rv.functions:
                continue
            result = correspond_function(fname, "arm", fn, "riscv", rv.functions[fname], *consts, signatures=sigs)
            for pair in result.pairs:
                index += 1
                if index % STRIDE:
                    continue
                if result.error:
                    yield name, fname, pair, "unsupported", result.error
                    continue
                v = check_blocks(fn.block(pair.src), "arm", rv.functions[fname].block(pair.dst), "riscv",
                                 result.correspondence, timeout_s=TIMEOUT_S)
                yield name, fname, pair, v.status, v.reason


def test_oracle_pairs_mostly_proven():
    rows = list(oracle_verdicts())
    counts = Counter(status for *_, status, _ in rows)
    rate = counts["verified"] / len(rows)
    print(f"\noracle pairs: {len(rows)} sampled from {len(PROGRAMS)} programs, {rate:.1%} proven {dict(counts)}")
    for name, fname, pair, status, reason in rows:
        if status != "verified":
            print(f"  {name}:{fname}:{pair.src}->{pair.dst}: {status}: {reason[:100]}")
    assert len(rows) >= 30
    assert rate >= 0.90
