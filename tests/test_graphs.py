"""CFG and DFG views over the IR, and their DOT export."""

from __future__ import annotations

import networkx as nx
import pydot

from guacc.compiler.frontend import parse_ll, parse_ll_file
from guacc.passes import graphs

from .conftest import CORPUS, DATA_DIR


def test_cfg_of_switch_function():
    func = graphs.find_function(parse_ll_file(DATA_DIR / "features.ll"), "dispatch")
    cfg = graphs.cfg(func)
    assert set(cfg.nodes) == {"entry", "sub", "other", "never", "join"}
    kinds = {(u, v, k) for u, v, k in cfg.edges(data="kind")}
    assert ("entry", "other", "default") in kinds
    assert ("entry", "join", "case 0") in kinds and ("entry", "join", "case 7") in kinds
    assert ("other", "join", "true") in kinds and ("other", "never", "false") in kinds
    assert cfg.graph["entry"] == "entry"
    assert nx.is_directed_acyclic_graph(nx.DiGraph(cfg))


def test_cfg_loops_are_cycles():
    func = graphs.find_function(parse_ll_file(CORPUS[0].parent.parent / "clang16-O2" / "gemm.ll"), "gemm")
    cycles = list(nx.simple_cycles(nx.DiGraph(graphs.cfg(func))))
    assert len(cycles) >= 3  # three nested loops (unrolling is off)


MEMORY_IR = """
define i32 @f(ptr %a, ptr noalias %b, i64 %i) {
entry:
  %loc = alloca [4 x i32], align 16
  %l0 = getelementptr inbounds [4 x i32], ptr %loc, i64 0, i64 0
  %l1 = getelementptr inbounds [4 x i32], ptr %loc, i64 0, i64 1
  %ai = getelementptr inbounds i32, ptr %a, i64 %i
  store i32 1, ptr %l0, align 4
  store i32 2, ptr %l1, align 4
  %x = load i32, ptr %l0, align 4
  %y = load i32, ptr %ai, align 4
  store i32 %x, ptr %ai, align 4
  %z = load i32, ptr %b, align 4
  %s = add i32 %x, %y
  %t = add i32 %s, %z
  ret i32 %t
}
"""


def test_dfg_data_and_memory_edges():
    func = graphs.find_function(parse_ll(MEMORY_IR), "f")
    g = graphs.dfg(func.body.blocks.first)
    label = {n: d["op"] for n, d in g.nodes(data=True)}
    stores = [n for n in g if label[n].name == "llvm.store"]
    loads = [n for n in g if label[n].name == "llvm.load"]
    st_l0, st_l1, st_ai = stores
    ld_l0, ld_ai, ld_b = loads
    mem = {(u, v) for u, v, k in g.edges(data="kind") if k == "mem"}
    assert (st_l0, ld_l0) in mem  # same slot: ordered
    assert (st_l1, ld_l0) not in mem  # different constant offsets of a local array
    assert (st_l0, ld_ai) not in mem  # non-escaping local vs argument
    assert (ld_ai, st_ai) in mem  # read then write of the same address
    assert (st_ai, ld_b) not in mem  # %b is noalias
    data = {(u, v) for u, v, k in g.edges(data="kind") if k == "data"}
    assert (ld_l0, st_ai) in data  # %x feeds the store
    assert nx.is_directed_acyclic_graph(g)
    assert all(d["is_constant"] == (d["op"].name == "llvm.mlir.constant") for _, d in g.nodes(data=True)
               if d["op"].name in ("llvm.mlir.constant", "llvm.add"))


def test_dfgs_of_every_corpus_function_are_acyclic():
    for path in CORPUS[:: 7]:
        for func in graphs.defined_functions(parse_ll_file(path)):
            for g in graphs.function_dfgs(func).values():
                assert nx.is_directed_acyclic_graph(g)


def test_dot_export_is_valid_dot():
    func = graphs.find_function(parse_ll_file(DATA_DIR / "features.ll"), "dispatch")
    cfg_dot = pydot.graph_from_dot_data(graphs.cfg_to_dot(graphs.cfg(func)))[0]
    assert {n.get_name().strip('"') for n in cfg_dot.get_nodes()} >= {"entry", "join"}
    dfg_dot = pydot.graph_from_dot_data(graphs.dfgs_to_dot("dispatch", graphs.function_dfgs(func)))[0]
    assert len(dfg_dot.get_subgraphs()) == 5
