"""Control-flow structuring for HLS C: any reducible CFG becomes loops, ifs and
switches with break/continue (no goto), checked by C simulation on random
CFGs; an irreducible CFG is an error that names the function."""

from __future__ import annotations

import random
import re

import pytest

from guacc.compiler.diagnostics import GuaccError
from guacc.compiler.frontend import parse_ll, parse_ll_file
from guacc.compiler.hls import HlsOptions
from guacc.compiler.hls.csim import run_csim
from guacc.compiler.hls.emit_c import emit_c
from guacc.compiler.hls.project import write_design
from guacc.compiler.hls.structure import Jump, Loop, Region, structure
from guacc.passes.graphs import find_function

from .conftest import CORPUS_DIR, DATA_DIR

# ----------------------------------------------------------------- random reducible CFGs
# Each function: blocks b0..b(n-1), loops as nested intervals entered only at
# their first block, forward edges that enter at most one loop (at its
# header), back edges to the headers of enclosing loops, switches. Every block
# has a forward successor and takes it once a step counter passes 300, so every
# run ends. Three phis per block carry a hash, a second value (some edges swap
# the two: a parallel-copy cycle) and the step counter.
_EDGE = [("mul", "{x}, 31", "add", "{y}, 0"), ("add", "{y}, 0", "add", "{x}, 0"),
         ("add", "{x}, {y}", "add", "{x}, 0"), ("xor", "{x}, {u}", "add", "{y}, 1")]


def _loops(rng: random.Random, lo: int, hi: int, out: list, depth: int = 0) -> list:
    p = lo
    while p <= hi:
        if depth < 3 and p < hi and rng.random() < 0.35:
            e = rng.randint(p, min(hi, p + rng.randint(0, 6)))
            out.append((p, e))
            _loops(rng, p + 1, e, out, depth + 1)
            p = e + 1
        else:
            p += 1
    return out


def random_function(rng: random.Random, name: str, n: int, irreducible: bool = False) -> str:
    """Reducible, or with `irreducible` also forward edges into the middle of loops."""
    intervals = _loops(rng, 1, n - 2, [])
    inside = {u: {iv for iv in intervals if iv[0] <= u <= iv[1]} for u in range(n)}

    def forward_ok(u: int, v: int) -> bool:
        entered = inside[v] - inside[u]
        return v > u and (irreducible or (len(entered) <= 1 and all(iv[0] == v for iv in entered)))

    succs: dict[int, list[int]] = {}
    for u in range(n - 1):
        forward = [v for v in range(u + 1, n) if forward_ok(u, v)]
        fallback = u + 1 if forward_ok(u, u + 1) and rng.random() < 0.7 else rng.choice(forward)
        others = [v for v in forward if v != fallback] + [iv[0] for iv in inside[u]]
        rng.shuffle(others)
        k = rng.choice([0, 1, 1, 1, 2, 3])
        chosen: list[int] = []
        for v in others:
            if v not in chosen and len(chosen) < k:
                chosen.append(v)
        succs[u] = [fallback] + chosen
    preds: dict[int, list[int]] = {v: [] for v in range(n)}
    for u, vs in succs.items():
        for v in vs:
            preds[v].append(u)
    out = [f"define internal i32 @{name}(ptr %d, i32 %n) {{"]
    for u in range(n):
        out.append(f"b{u}:")
        if u == 0 or not preds[u]:
            out += [f"  %x{u} = add i32 %n, {u}", f"  %y{u} = add i32 0, 1", f"  %z{u} = add i32 0, 0"]
        else:
            for var in "xyz":
                incoming = ", ".join(f"[ %e{p}_{u}_{var}, %b{p} ]" for p in preds[u])
                out.append(f"  %{var}{u} = phi i32 {incoming}")
        x, y, z = f"%x{u}", f"%y{u}", f"%z{u}"
        if u == n - 1:
            out += [f"  %r1 = mul i32 {y}, 3", f"  %r2 = xor i32 {x}, %r1", f"  %r3 = xor i32 %r2, {z}", "  ret i32 %r3"]
            continue
        out += [f"  %zn{u} = add i32 {z}, 1", f"  %ok{u} = icmp slt i32 %zn{u}, 300", f"  %i1_{u} = mul i32 {z}, 7",
                f"  %i2_{u} = add i32 %i1_{u}, {u}", f"  %i3_{u} = and i32 %i2_{u}, 1023",
                f"  %p{u} = getelementptr i32, ptr %d, i32 %i3_{u}", f"  %dv{u} = load i32, ptr %p{u}"]
        for v in succs[u]:
            op_x, arg_x, op_y, arg_y = rng.choice(_EDGE)
            out.append(f"  %e{u}_{v}_x = {op_x} i32 {arg_x.format(x=x, y=y, u=u)}")
            out.append(f"  %e{u}_{v}_y = {op_y} i32 {arg_y.format(x=x, y=y, u=u)}")
            out.append(f"  %e{u}_{v}_z = add i32 %zn{u}, 0")
        vs = succs[u]
        if len(vs) == 1:
            out.append(f"  br label %b{vs[0]}")
        elif len(vs) == 2:
            out += [f"  %bit{u} = and i32 %dv{u}, {1 << rng.randint(0, 3)}", f"  %set{u} = icmp ne i32 %bit{u}, 0",
                    f"  %go{u} = and i1 %ok{u}, %set{u}", f"  br i1 %go{u}, label %b{vs[1]}, label %b{vs[0]}"]
        else:
            cases = " ".join(f"i32 {k + 1}, label %b{v}" for k, v in enumerate(vs[1:]))
            out += [f"  %sel{u} = and i32 %dv{u}, 3", f"  %sw{u} = select i1 %ok{u}, i32 %sel{u}, i32 0",
                    f"  switch i32 %sw{u}, label %b{vs[0]} [ {cases} ]"]
    out.append("}")
    return "\n".join(out)


def random_module(seed: int, count: int, irreducible: bool = False) -> str:
    """`count` random functions and a top `rnd_all` that calls and hashes them all."""
    rng = random.Random(seed)
    funcs = [random_function(rng, f"rnd{k}", rng.randint(4, 16), irreducible) for k in range(count)]
    body, acc = [], "0"
    for k in range(count):
        body += [f"  %c{k} = call i32 @rnd{k}(ptr %d, i32 %n)", f"  %m{k} = mul i32 {acc}, 1000003",
                 f"  %a{k} = xor i32 %m{k}, %c{k}"]
        acc = f"%a{k}"
    top = "\n".join(["define i32 @rnd_all(ptr %d, i32 %n) {", "entry:", *body, f"  ret i32 {acc}", "}"])
    return "\n\n".join(funcs + [top]) + "\n"


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_random_reducible_cfgs_simulate_like_the_ir(seed, tmp_path):
    path = tmp_path / f"rnd{seed}.ll"
    path.write_text(random_module(seed, 20))
    design = write_design(path, "rnd_all", tmp_path / "design")
    source = (design.path / "rnd_all.c").read_text()
    assert not re.search(r"\bgoto\b", source)
    assert source.count("static uint32_t rnd") == 20
    result = run_csim(design.path)
    assert result.ok, result.output


@pytest.mark.parametrize("seed", [10, 11])
def test_random_irreducible_cfgs_are_split(seed, tmp_path):
    """Node splitting (HlsOptions.split_irreducible) copies blocks until every cycle has one entry."""
    path = tmp_path / f"irr{seed}.ll"
    path.write_text(random_module(seed, 12, irreducible=True))
    module = parse_ll_file(path)
    with pytest.raises(GuaccError, match="irreducible control-flow graph"):
        emit_c(module, "rnd_all")
    design = write_design(path, "rnd_all", tmp_path / "design", HlsOptions(split_irreducible=True), module=module)
    assert not re.search(r"\bgoto\b", (design.path / "rnd_all.c").read_text())
    result = run_csim(design.path)
    assert result.ok, result.output


# ----------------------------------------------------------------- the tree
def _nodes(tree):
    for n in tree:
        yield n
        for attr in ("then", "else_", "body", "after", "default"):
            yield from _nodes(getattr(n, attr, []))
        for _, arm in getattr(n, "arms", []):
            yield from _nodes(arm)


def test_loop_exits_follow_the_loop():
    """A rotated -O2 loop: its exit is a region around the loop, so leaving it is a `break`."""
    func = find_function(parse_ll_file(CORPUS_DIR / "clang16-O2" / "dot.ll"), "dot")
    tree = structure(func)
    loops = [n for n in _nodes(tree) if isinstance(n, Loop)]
    assert len(loops) == 1
    jumps = [n for n in _nodes(loops[0].body) if isinstance(n, Jump)]
    assert any(j.target is loops[0] for j in jumps)
    assert all(isinstance(j.target, (Loop, Region)) for j in jumps)


def test_multi_level_exit_uses_one_flag(tmp_path):
    """`goto` out of two loops needs a flag in C; plain breaks and returns need none."""
    module = parse_ll_file(DATA_DIR / "hls" / "features-O0.ll")
    source = emit_c(module, "multi_exit").source
    assert "jump_to = " in source
    assert not re.search(r"\bgoto\b", source)
    plain = emit_c(parse_ll_file(CORPUS_DIR / "clang16-O0" / "bubble_sort.ll"), "bubble_sort").source
    assert "jump_to" not in plain and "do {" not in plain


def test_irreducible_cfg_is_an_error_naming_the_function():
    text = """
define i32 @twoentries(i32 %n) {
entry:
  %c = icmp sgt i32 %n, 5
  br i1 %c, label %a, label %b
a:
  %x = phi i32 [ 0, %entry ], [ %y1, %b ]
  %x1 = add i32 %x, 1
  %ca = icmp sgt i32 %x1, 10
  br i1 %ca, label %done, label %b
b:
  %y = phi i32 [ 0, %entry ], [ %x1, %a ]
  %y1 = add i32 %y, 2
  %cb = icmp slt i32 %y1, 20
  br i1 %cb, label %a, label %done
done:
  %r = phi i32 [ %x1, %a ], [ %y1, %b ]
  ret i32 %r
}
"""
    module = parse_ll(text)
    with pytest.raises(GuaccError, match="function 'twoentries' has an irreducible control-flow graph"):
        emit_c(module, "twoentries")
