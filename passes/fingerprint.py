"""Cheap similarity of functions, to rank merge candidates before merging any.

Two fingerprints per function, as HyFM and F3M use them:
- an opcode vector: how many ops of each kind and type (`llvm.fmul:f32`);
  similarity 1 - (Manhattan distance / total ops);
- a MinHash (datasketch) of the function's op-kind 3-grams in block order,
  whose Jaccard estimate sees shared sequences, not only shared counts.
A pair's estimated saving is the area of the units the two could share (per
kind, the smaller count, each weighed by its unit's area in the library).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

from datasketch import MinHash
from xdsl.dialects import llvm

from guacc.passes import graphs
from guacc.passes.cost.library import TechLibrary, load_library
from guacc.passes.cost.opclass import MEMORY, MEMORY_CLASSES, classify

NUM_PERM = 64
SHINGLE = 3


@dataclass
class Fingerprint:
    name: str  # function name
    label: str  # where it comes from (file), to tell same-named functions apart
    opcodes: Counter[str]
    minhash: MinHash
    shared_value: dict[str, float]  # per op kind: hardware value of one op (area scalar)

    @property
    def size(self) -> int:
        return sum(self.opcodes.values())


def _kind(op) -> str:
    """Op kind with its result type and first operand's type (icmp i32 is not icmp i64)."""
    result = ",".join(str(r.type) for r in op.results)
    operand = str(op.operands[0].type) if op.operands else ""
    return f"{classify(op).key}:{result}<-{operand}"


def _value(op, lib: TechLibrary) -> float:
    kind = classify(op)
    total = 0.0
    for cls in kind.steps:
        if cls in MEMORY_CLASSES or cls == MEMORY or cls == "call":
            continue
        total += lib.area_scalar(lib.unit(cls, kind.width, kind.double).area)
    return total


def fingerprint(func: llvm.FuncOp, label: str = "", lib: TechLibrary | None = None) -> Fingerprint:
    lib = lib or load_library()
    kinds: list[str] = []
    value: dict[str, float] = {}
    for block in func.body.blocks:
        for op in block.ops:
            if isinstance(op, graphs.CONSTANT_OPS):
                continue
            k = _kind(op)
            kinds.append(k)
            if k not in value:
                value[k] = _value(op, lib)
    mh = MinHash(num_perm=NUM_PERM, seed=1)
    grams = {" ".join(kinds[i:i + SHINGLE]) for i in range(max(1, len(kinds) - SHINGLE + 1))}
    mh.update_batch([g.encode() for g in grams])
    return Fingerprint(func.sym_name.data, label, Counter(kinds), mh, value)


@dataclass
class PairRank:
    a: Fingerprint
    b: Fingerprint
    opcode_similarity: float
    jaccard: float
    shareable_area: float  # area scalar of the units the pair could share

    @property
    def score(self) -> float:
        """Ranking key: shareable hardware, scaled by how alike the two are."""
        return self.shareable_area * (self.opcode_similarity + self.jaccard) / 2


def opcode_similarity(a: Counter[str], b: Counter[str]) -> float:
    total = sum(a.values()) + sum(b.values())
    if not total:
        return 1.0
    distance = sum(abs(a[k] - b[k]) for k in a.keys() | b.keys())
    return 1.0 - distance / total


def rank_pairs(prints: Sequence[Fingerprint]) -> list[PairRank]:
    """Every pair, best merge candidates first."""
    ranks = []
    for a, b in combinations(prints, 2):
        shared = sum(min(a.opcodes[k], b.opcodes[k]) * a.shared_value[k] for k in a.opcodes.keys() & b.opcodes.keys())
        ranks.append(PairRank(a, b, opcode_similarity(a.opcodes, b.opcodes), a.minhash.jaccard(b.minhash), shared))
    ranks.sort(key=lambda r: (-r.score, r.a.label, r.a.name, r.b.label, r.b.name))
    return ranks
