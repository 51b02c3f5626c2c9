"""Where the corpus's C programs come from: the project's fixtures
(examples/programs), csmith (one seed per program) and the template kernels.
Every program has a unique name; the split into train/validation/test is by
that name, so all code of one program lands in one split.

Nothing under bench/heldout (the evaluation programs) may ever become data:
`check_not_heldout` is asserted on every program the builder compiles.
"""

from __future__ import annotations

import hashlib
import random
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from guacc.compiler.diagnostics import GuaccError

from ..toolchain import toolchain
from .kernels import template_program

ROOT = Path(__file__).resolve().parent.parent.parent
FIXTURES = ROOT / "examples" / "programs"
HELDOUT = ROOT / "bench" / "heldout"
CSMITH_INCLUDE = Path("/usr/include/csmith")

# Small csmith programs: few functions, shallow nesting, modest expressions,
# no bitfields/packed structs/volatiles (noise for a transpiler). Safe math
# stays on so the programs have no undefined behaviour.
CSMITH_OPTIONS = (
    "--max-funcs", "3", "--max-block-depth", "3", "--max-block-size", "3", "--max-expr-complexity", "5",
    "--max-array-dim", "1", "--max-array-len-per-dim", "6", "--max-struct-fields", "4",
    "--max-pointer-depth", "2", "--no-bitfields", "--no-packed-struct", "--no-volatiles",
    "--no-volatile-pointers", "--concise",
)
CSMITH_MAX_LINES = 400  # bigger programs are dropped: long compiles, huge blocks


@dataclass(frozen=True)
class Program:
    name: str  # unique across the corpus; the unit of the split
    source: str  # 'fixture' | 'csmith' | 'template'
    text: str  # the C file
    flags: tuple[str, ...] = ()  # extra compiler flags (include directories)
    # functions not to pair (csmith's runtime, compiled into every csmith
    # program: it becomes data once, through the `csmith_runtime` program)
    skip_functions: frozenset[str] = field(default_factory=frozenset)


def normalised_c(text: str) -> str:
    """C text with comments and whitespace removed: copies compare equal."""
    text = re.sub(r"/\*.*?\*/|//[^\n]*", "", text, flags=re.S)
    return re.sub(r"\s+", "", text)


def _digest(text: str) -> str:
    return hashlib.sha256(normalised_c(text).encode()).hexdigest()


def heldout_digests() -> set[str]:
    return {_digest(p.read_text()) for p in HELDOUT.glob("*.c")}


def check_not_heldout(program: Program, heldout: set[str]) -> None:
    """Fail loudly if a held-out evaluation program is about to become data."""
    if _digest(program.text) in heldout:  # not `assert`: this must hold under python -O too
        raise AssertionError(f"{program.name} is a held-out evaluation program (bench/heldout)")


def fixture_programs() -> list[Program]:
    return [Program(f"fixture_{p.stem}", "fixture", p.read_text()) for p in sorted(FIXTURES.glob("*.c"))]


def template_programs(seed: int, count: int) -> list[Program]:
    # one generator per program: program i is the same whatever `count` is
    return [Program(f"template_{seed}_{i:05d}", "template", template_program(random.Random(f"{seed}:template:{i}")))
            for i in range(count)]


def csmith_available() -> bool:
    return shutil.which("csmith") is not None and (CSMITH_INCLUDE / "csmith.h").exists()


def _csmith(seed: int) -> str:
    # csmith writes platform.info into its working directory: keep it out of the user's
    with tempfile.TemporaryDirectory(prefix="guacc-csmith-") as tmp:
        done = subprocess.run(["csmith", "--seed", str(seed), *CSMITH_OPTIONS], capture_output=True, text=True,
                              timeout=60, cwd=tmp)
    if done.returncode != 0:
        raise GuaccError(f"csmith --seed {seed} failed: {done.stderr.strip()[:500]}")
    return done.stdout


CSMITH_RUNTIME = '#include "csmith.h"\n\nint main(void)\n{\n    return 0;\n}\n'


def csmith_runtime_functions() -> frozenset[str]:
    """The static functions csmith.h defines (safe math, crc), which gcc -O0
    emits into every csmith program: the functions of an empty csmith
    program, as the cross compiler lists them."""
    gcc = toolchain("arm").tool("gcc")
    done = subprocess.run([gcc, "-S", "-O0", "-w", "-I", str(CSMITH_INCLUDE), "-x", "c", "-", "-o", "-"],
                          input=CSMITH_RUNTIME, capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        raise GuaccError(f"compiling the csmith runtime failed: {done.stderr.strip()[:500]}")
    names = re.findall(r"^\s*\.type\s+(\w+),\s*[%@]function", done.stdout, flags=re.M)
    return frozenset(names) - {"main"}


def csmith_programs(seed: int, count: int) -> list[Program]:
    """`count` csmith programs (seeds derived from `seed`), too-big ones
    replaced by the next seed, plus `csmith_runtime`: the header's helper
    functions once."""
    flags = ("-I", str(CSMITH_INCLUDE))
    runtime = csmith_runtime_functions()
    programs = [Program(f"csmith_runtime_{seed}", "csmith", CSMITH_RUNTIME, flags)]
    rng = random.Random(f"{seed}:csmith")
    while len(programs) < count + 1:
        csmith_seed = rng.randrange(2**31)
        text = _csmith(csmith_seed)
        if text.count("\n") > CSMITH_MAX_LINES:
            continue
        programs.append(Program(f"csmith_{csmith_seed}", "csmith", text, flags, runtime))
    return programs
