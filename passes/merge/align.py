"""Sequence alignment of two linearized functions.

**Full alignment** is Needleman-Wunsch with linear gaps and no mismatches:
two entries are aligned only when their match keys agree. Without mismatches
an alignment is a chain of matched pairs, and its score is

    sum(match scores) - gap * (n + m - 2 * matches)
        = sum(match score + 2 * gap) - gap * (n + m)

so the best alignment is the heaviest common subsequence with weights
`score + 2 * gap`. Row i of that table is

    L[i][j] = max(L[i-1][j], L[i][j-1], L[i-1][j-1] + w(i, j) if keys match)

which is an element-wise max with the previous row followed by a running
(prefix) max: numpy does each row in two vector operations, and without
numpy `itertools.accumulate` does the prefix max in C while Python only
visits the matching cells. Memory is one table of (n+1)(m+1) cells.

**Affine gaps** (`gap_open > 0`, Gotoh): each run of one side's unmatched
entries also costs `gap_open`. A run is a divergent region in the merged
code, entered and left through a branch on the selector: extra blocks, hence
extra cycles, in hardware. The penalty keeps cheap matches from splitting a
hot loop body into diamonds. Rows stay vector operations (see
`affine_alignment`); three tables instead of one.

**Block-level alignment** (HyFM) is used when that table would exceed
`max_cells`: blocks are paired greedily by the Manhattan distance of their
op-key fingerprints, and only the entries of paired blocks are aligned
(position by position when even a block pair is too large). The result says
which mode was used and why.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Hashable, Sequence

from .linearize import Entry, Linearization
from .scoring import Scorer

try:  # numpy comes with the project's dependencies (datasketch); plain Python otherwise
    import numpy as np
except ImportError:  # pragma: no cover - exercised by forcing use_numpy=False
    np = None

DEFAULT_MAX_CELLS = 4_000_000

Column = tuple[Entry | None, Entry | None]


@dataclass
class Alignment:
    columns: list[Column]
    mode: str  # "full" | "block"
    score: int  # Needleman-Wunsch score: match scores minus gap penalties
    cells: int  # score-table cells the alignment needed (the largest table in block mode)
    max_cells: int
    note: str = ""  # why block-level alignment was used
    block_pairs: list[tuple[int, int]] = field(default_factory=list)  # (A block, B block) in block mode

    @property
    def matched(self) -> list[tuple[Entry, Entry]]:
        return [(a, b) for a, b in self.columns if a is not None and b is not None]

    @property
    def matched_ops(self) -> int:
        return sum(1 for a, b in self.matched if not a.is_label)

    @property
    def matched_labels(self) -> int:
        return sum(1 for a, b in self.matched if a.is_label)

    @property
    def gaps(self) -> int:
        return sum(1 for a, b in self.columns if a is None or b is None)


# ------------------------------------------------------------------ core DP
def heaviest_common_subsequence(
    keys_a: Sequence[int], keys_b: Sequence[int], weight: Sequence[int], *, use_numpy: bool | None = None
) -> list[tuple[int, int]]:
    """Index pairs (i, j), increasing, of a maximum-weight common subsequence.

    `keys_*` are small integer ids; `weight[k] > 0` is the weight of matching
    key k. Ties prefer matching the later entries (the traceback goes from
    the end), as Needleman-Wunsch tracebacks usually do.
    """
    n, m = len(keys_a), len(keys_b)
    if n == 0 or m == 0:
        return []
    if use_numpy is None:
        use_numpy = np is not None
    if use_numpy and np is not None:
        table = _table_numpy(keys_a, keys_b, weight)
    else:
        table = _table_python(keys_a, keys_b, weight)
    pairs: list[tuple[int, int]] = []
    i, j = n, m
    while i > 0 and j > 0:
        here = table[i][j]
        ka = keys_a[i - 1]
        if ka == keys_b[j - 1] and here == table[i - 1][j - 1] + weight[ka]:
            pairs.append((i - 1, j - 1))
            i -= 1
            j -= 1
        elif here == table[i - 1][j]:
            i -= 1
        else:
            j -= 1
    pairs.reverse()
    return pairs


def _table_numpy(keys_a: Sequence[int], keys_b: Sequence[int], weight: Sequence[int]):
    n, m = len(keys_a), len(keys_b)
    kb = np.asarray(keys_b, dtype=np.int64)
    w = np.asarray(weight, dtype=np.int64)
    total = int(sum(weight[k] for k in keys_a))
    dtype = np.int32 if total < 2**31 - 1 else np.int64
    table = np.zeros((n + 1, m + 1), dtype=dtype)
    for i in range(1, n + 1):
        ka = keys_a[i - 1]
        prev = table[i - 1]
        row = table[i]
        cand = np.where(kb == ka, prev[:-1] + w[ka], 0)
        np.maximum(prev[1:], cand, out=row[1:])
        np.maximum.accumulate(row, out=row)
    return table.tolist() if n * m <= 250_000 else table  # small tables: faster traceback on lists


def _table_python(keys_a: Sequence[int], keys_b: Sequence[int], weight: Sequence[int]) -> list[list[int]]:
    positions: dict[int, list[int]] = {}
    for j, k in enumerate(keys_b, start=1):
        positions.setdefault(k, []).append(j)
    m = len(keys_b)
    table = [[0] * (m + 1)]
    for ka in keys_a:
        prev = table[-1]
        row = prev[:]
        w = weight[ka]
        for j in positions.get(ka, ()):
            v = prev[j - 1] + w
            if v > row[j]:
                row[j] = v
        table.append(list(accumulate(row, max)))
    return table


def affine_alignment(
    keys_a: Sequence[int], keys_b: Sequence[int], score: Sequence[int], gap: int, gap_open: int,
    *, use_numpy: bool | None = None,
) -> list[tuple[int, int]]:
    """Needleman-Wunsch with affine gaps (Gotoh) and no mismatches: a run of L
    unmatched entries of one side costs `gap_open + gap * L`. Index pairs of
    the matches, increasing.

    Rows are computed in vector operations, like the linear case: the gap along
    a row is a running maximum of `G[k] + gap * k` (G: the best score ending at
    (i, k) in a match or a gap of the other side), which needs no loop over j.
    """
    n, m = len(keys_a), len(keys_b)
    if n == 0 or m == 0:
        return []
    if use_numpy is None:
        use_numpy = np is not None
    opening = gap_open + gap
    H, E, F = (_affine_numpy if use_numpy and np is not None else _affine_python)(
        keys_a, keys_b, score, gap, opening)
    pairs: list[tuple[int, int]] = []
    i, j, state = n, m, "H"
    while i > 0 and j > 0:
        if state == "H":
            ka = keys_a[i - 1]
            if ka == keys_b[j - 1] and H[i][j] == H[i - 1][j - 1] + score[ka]:
                pairs.append((i - 1, j - 1))
                i -= 1
                j -= 1
            elif H[i][j] == F[i][j]:
                state = "F"
            else:
                state = "E"
        elif state == "F":  # a_i unmatched
            if i > 1 and F[i][j] == F[i - 1][j] - gap:
                i -= 1
            else:
                i -= 1
                state = "H"
        else:  # b_j unmatched
            if j > 1 and E[i][j] == E[i][j - 1] - gap:
                j -= 1
            else:
                j -= 1
                state = "H"
    pairs.reverse()
    return pairs


_NEG = -(2**40)


def _affine_numpy(keys_a, keys_b, score, gap, opening):
    n, m = len(keys_a), len(keys_b)
    # int32 tables (a third of the memory) whenever every score fits comfortably
    bound = sum(score[k] for k in keys_a) + (n + m + 2) * (opening + gap) * 2
    dtype = np.int32 if bound < 2**29 else np.int64
    neg = -(2**30) if dtype == np.int32 else _NEG
    kb = np.asarray(keys_b, dtype=np.int64)
    sc = np.asarray(score, dtype=dtype)
    steps = np.arange(m + 1, dtype=dtype)
    H = np.empty((n + 1, m + 1), dtype=dtype)
    E = np.full((n + 1, m + 1), neg, dtype=dtype)
    F = np.full((n + 1, m + 1), neg, dtype=dtype)
    H[0] = -(opening + gap * (steps - 1))
    H[0, 0] = 0
    E[0, 1:] = H[0, 1:]
    for i in range(1, n + 1):
        ka = keys_a[i - 1]
        h0 = -(opening + gap * (i - 1))
        prev = H[i - 1]
        f = F[i]
        np.maximum(F[i - 1] - gap, prev - opening, out=f)
        f[0] = h0
        g = np.where(kb == ka, prev[:-1] + sc[ka], neg).astype(dtype, copy=False)
        g = np.maximum(g, f[1:])
        t = np.empty(m + 1, dtype=dtype)
        t[0] = h0
        t[1:] = g + gap * steps[1:]
        run = np.maximum.accumulate(t)
        e = E[i]
        e[1:] = run[:-1] - opening - gap * (steps[1:] - 1)
        row = H[i]
        row[0] = h0
        np.maximum(g, e[1:], out=row[1:])
    if n * m <= 250_000:
        return H.tolist(), E.tolist(), F.tolist()
    return H, E, F


def _affine_python(keys_a, keys_b, score, gap, opening):
    n, m = len(keys_a), len(keys_b)
    positions: dict[int, list[int]] = {}
    for j, k in enumerate(keys_b, start=1):
        positions.setdefault(k, []).append(j)
    H = [[0] + [-(opening + gap * (j - 1)) for j in range(1, m + 1)]]
    E = [[_NEG] + H[0][1:]]
    F = [[_NEG] * (m + 1)]
    ramp = [gap * k for k in range(m + 1)]
    tail = [opening + gap * (j - 1) for j in range(1, m + 1)]
    for i in range(1, n + 1):
        h0 = -(opening + gap * (i - 1))
        prev, fprev = H[-1], F[-1]
        f = [max(x - gap, y - opening) for x, y in zip(fprev, prev)]
        f[0] = h0
        g = f[:]
        w = score[keys_a[i - 1]]
        for j in positions.get(keys_a[i - 1], ()):
            v = prev[j - 1] + w
            if v > g[j]:
                g[j] = v
        g[0] = h0
        run = list(accumulate([x + r for x, r in zip(g, ramp)], max))
        e = [_NEG] + [r - t for r, t in zip(run, tail)]
        row = [h0] + list(map(max, g[1:], e[1:]))
        H.append(row)
        E.append(e)
        F.append(f)
    return H, E, F


# ------------------------------------------------------------------ alignment
class _Keys:
    """Small integer ids for match keys, with their weights."""

    def __init__(self, scorer: Scorer):
        self.scorer = scorer
        self.ids: dict[Hashable, int] = {}
        self.score: list[int] = []

    def id(self, e: Entry) -> int:
        k = self.ids.get(e.key)
        if k is None:
            k = self.ids[e.key] = len(self.score)
            self.score.append(self.scorer.label_score if e.is_label else self.scorer.op_score(e.op))
        return k

    def weights(self) -> list[int]:
        return [s + 2 * self.scorer.gap for s in self.score]


def _align_entries(a: list[Entry], b: list[Entry], keys: _Keys, use_numpy: bool | None) -> list[Column]:
    ka = [keys.id(e) for e in a]
    kb = [keys.id(e) for e in b]
    opening = keys.scorer.gap_open
    if opening:
        pairs = affine_alignment(ka, kb, keys.score, keys.scorer.gap, opening, use_numpy=use_numpy)
    else:
        pairs = heaviest_common_subsequence(ka, kb, keys.weights(), use_numpy=use_numpy)
    return _columns(a, b, pairs)


def _columns(a: list[Entry], b: list[Entry], pairs: list[tuple[int, int]]) -> list[Column]:
    cols: list[Column] = []
    i = j = 0
    for pi, pj in pairs + [(len(a), len(b))]:
        cols.extend((a[x], None) for x in range(i, pi))
        cols.extend((None, b[y]) for y in range(j, pj))
        if pi < len(a) and pj < len(b):
            cols.append((a[pi], b[pj]))
        i, j = pi + 1, pj + 1
    return cols


def _positionwise(a: list[Entry], b: list[Entry]) -> list[Column]:
    """Linear-time alignment of one over-large block pair: entries at the same
    position are matched when their keys agree (HyFM's fallback)."""
    pairs = [(k, k) for k in range(min(len(a), len(b))) if a[k].key == b[k].key]
    return _columns(a, b, pairs)


def _group_gaps(cols: list[Column]) -> list[Column]:
    """Between two matches, put A's unmatched entries before B's (each side's
    order is kept): fewer, longer divergent regions in the merged code."""
    out: list[Column] = []
    run_a: list[Column] = []
    run_b: list[Column] = []
    for c in cols:
        if c[0] is not None and c[1] is not None:
            out += run_a + run_b
            run_a, run_b = [], []
            out.append(c)
        elif c[0] is not None:
            run_a.append(c)
        else:
            run_b.append(c)
    return out + run_a + run_b


def _score(cols: list[Column], keys: _Keys) -> int:
    """Needleman-Wunsch score: matches, minus `gap` per unmatched entry and
    `gap_open` per run of one side's unmatched entries."""
    total = 0
    prev: Column = (None, None)
    for a, b in cols:
        if a is not None and b is not None:
            total += keys.score[keys.id(a)]
        else:
            total -= keys.scorer.gap
            side = 0 if a is not None else 1
            if prev[side] is None or prev[1 - side] is not None:
                total -= keys.scorer.gap_open
        prev = (a, b)
    return total


def align(
    lin_a: Linearization,
    lin_b: Linearization,
    scorer: Scorer,
    *,
    max_cells: int = DEFAULT_MAX_CELLS,
    force_blocks: bool = False,
    use_numpy: bool | None = None,
) -> Alignment:
    """Align two linearized functions; block-level when the full table would
    have more than `max_cells` cells (or when `force_blocks`)."""
    keys = _Keys(scorer)
    cells = (len(lin_a) + 1) * (len(lin_b) + 1)
    if cells <= max_cells and not force_blocks:
        cols = _group_gaps(_align_entries(lin_a.entries, lin_b.entries, keys, use_numpy))
        return Alignment(cols, "full", _score(cols, keys), cells, max_cells)
    note = (
        "block-level alignment forced"
        if force_blocks and cells <= max_cells
        else f"the score table would have {cells:,} cells (limit {max_cells:,}): block-level alignment"
    )
    return _align_blocks(lin_a, lin_b, keys, max_cells, note, use_numpy)


def _fingerprints(lin: Linearization, keys: _Keys) -> list[Counter[int]]:
    return [Counter(keys.id(e) for e in lin.block_entries[b] if not e.is_label) for b in lin.blocks]


def pair_blocks(fa: list[Counter[int]], fb: list[Counter[int]]) -> list[tuple[int, int]]:
    """HyFM's pairing: each block of A, in order, takes the unpaired block of B
    with the nearest fingerprint (Manhattan distance) among those sharing a key."""
    if not fa or not fb:
        return []
    pairs: list[tuple[int, int]] = []
    if np is not None:
        width = 1 + max(max(c, default=0) for c in fa + fb)
        FB = np.zeros((len(fb), width), dtype=np.int64)
        for r, c in enumerate(fb):
            for k, v in c.items():
                FB[r, k] = v
        free = np.ones(len(fb), dtype=bool)
        for i, c in enumerate(fa):
            row = np.zeros(width, dtype=np.int64)
            for k, v in c.items():
                row[k] = v
            common = np.minimum(FB, row).sum(axis=1) > 0
            ok = free & common
            if not ok.any():
                continue
            dist = np.abs(FB - row).sum(axis=1)
            dist = np.where(ok, dist, np.iinfo(np.int64).max)
            j = int(np.argmin(dist))
            free[j] = False
            pairs.append((i, j))
        return pairs
    free_b = set(range(len(fb)))
    for i, c in enumerate(fa):
        best, best_d = None, None
        for j in sorted(free_b):
            if not (c.keys() & fb[j].keys()):
                continue
            d = sum(abs(c[k] - fb[j][k]) for k in c.keys() | fb[j].keys())
            if best_d is None or d < best_d:
                best, best_d = j, d
        if best is not None:
            free_b.discard(best)
            pairs.append((i, best))
    return pairs


def _align_blocks(
    lin_a: Linearization, lin_b: Linearization, keys: _Keys, max_cells: int, note: str, use_numpy: bool | None
) -> Alignment:
    pairs = pair_blocks(_fingerprints(lin_a, keys), _fingerprints(lin_b, keys))
    partner = dict(pairs)
    cols: list[Column] = []
    largest = 0
    positionwise = 0
    for i, block in enumerate(lin_a.blocks):
        ea = lin_a.block_entries[block]
        if i not in partner:
            cols.extend((e, None) for e in ea)
            continue
        eb = lin_b.block_entries[lin_b.blocks[partner[i]]]
        cells = (len(ea) + 1) * (len(eb) + 1)
        if cells <= max_cells:
            largest = max(largest, cells)
            cols.extend(_align_entries(ea, eb, keys, use_numpy))
        else:
            positionwise += 1
            cols.extend(_positionwise(ea, eb))
    paired_b = set(partner.values())
    for j, block in enumerate(lin_b.blocks):
        if j not in paired_b:
            cols.extend((None, e) for e in lin_b.block_entries[block])
    if positionwise:
        note += f"; {positionwise} block pair(s) too large even alone were matched position by position"
    cols = _group_gaps(cols)
    return Alignment(cols, "block", _score(cols, keys), largest, max_cells, note, pairs)
