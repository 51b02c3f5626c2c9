"""Looking for a counterexample by trying inputs, before a long proof.

A wrong floating-point operation or product is easy to show on almost any
input but hard for Z3 to find (it has to bit-blast the arithmetic to search).
So inputs are pinned to random values (registers at the boundary, the
bytes of the stack slots the source reads) and the solver, asked only for
the premise with those pins (cheap: no arithmetic), completes them into a
related pair of states; the obligations are then evaluated on that model.
A model found this way is a real counterexample: it satisfies the premise
and falsifies an obligation under the real semantics.
"""

from __future__ import annotations

import random

import z3

from .frame import split_cfa_offset

TRIES = 3
PIN_TIMEOUT_S = 0.5


def _pins(query, rng: random.Random) -> list[z3.BoolRef]:
    pins = []
    for name, expr in query.inputs.named.items():
        if name != "cfa" and z3.is_bv(expr):
            pins.append(expr == rng.getrandbits(expr.size()))
    memory = z3.Array("s!mem", z3.BitVecSort(64), z3.BitVecSort(8))
    pinned: set[int] = set()
    for address, size in query.inputs.src.loads:
        if split_cfa_offset(address) is None:
            continue
        for i in range(size):
            byte = z3.simplify(address + i)
            if byte.get_id() not in pinned:
                pinned.add(byte.get_id())
                pins.append(z3.Select(memory, byte) == rng.getrandbits(8))
    return pins


def counterexample(query, premise: list[z3.BoolRef], pending: list[z3.BoolRef],
                   known_false: list[z3.BoolRef], seed: int = 0) -> z3.ModelRef | None:
    """A model of the premise under which an obligation of `pending` is
    false (and every test the assumptions deny is false too), or None."""
    rng = random.Random(seed)
    for _ in range(TRIES):
        solver = z3.Solver()
        solver.set("timeout", int(PIN_TIMEOUT_S * 1000))
        solver.add(*premise)
        solver.add(*_pins(query, rng))
        if solver.check() != z3.sat:
            continue
        model = solver.model()
        if any(not z3.is_false(model.eval(t, model_completion=True)) for t in known_false):
            continue
        if any(z3.is_false(model.eval(h, model_completion=True)) for h in pending):
            return model
    return None
