"""LLVM IR frontend: the corpus parses and prints back to IR LLVM verifies;
constructs map onto the right ops; the grammar stays conflict-free LALR."""

from __future__ import annotations

from importlib import resources

import lark
import pytest
from xdsl.dialects import llvm
from xdsl.dialects.builtin import BytesAttr, IntegerType, ModuleOp

from guacc.compiler.backend.llvm_ir import print_ll, verify_ll
from guacc.compiler.dialects import guacc
from guacc.compiler.frontend import parse_ll, parse_ll_file
from guacc.passes.graphs import defined_functions, find_function

from .conftest import CORPUS, DATA_DIR, corpus_id


def ops_named(module: ModuleOp, cls) -> list:
    return [op for op in module.walk() if isinstance(op, cls)]


def test_corpus_is_complete():
    levels = {p.parent.name for p in CORPUS}
    assert levels == {f"clang{v}-O{o}" for v in (14, 16) for o in (0, 1, 2)}
    kernels = {p.stem for p in CORPUS}
    assert len(kernels) >= 20
    for level in levels:
        assert {p.stem for p in CORPUS if p.parent.name == level} == kernels


@pytest.mark.parametrize("path", CORPUS, ids=corpus_id)
def test_corpus_parses_and_prints_back_verified(path):
    module = parse_ll_file(path)
    assert defined_functions(module), "every kernel file defines a function"
    text = print_ll(module)
    ref = verify_ll(text)
    for func in defined_functions(module):
        assert ref.get_function(func.sym_name.data) is not None


def test_grammar_is_conflict_free_lalr():
    grammar = resources.files("guacc.compiler.frontend").joinpath("llvm_ir.lark").read_text()
    lark.Lark(grammar, parser="lalr", strict=True)  # raises on any shift/reduce conflict


def test_typed_and_opaque_pointers_give_the_same_signature():
    typed = parse_ll_file(CORPUS[0].parent.parent / "clang14-O0" / "gemm_f.ll")
    opaque = parse_ll_file(CORPUS[0].parent.parent / "clang16-O0" / "gemm_f.ll")
    t, o = find_function(typed, "gemm_f"), find_function(opaque, "gemm_f")
    assert t.function_type == o.function_type
    assert all(isinstance(x, llvm.LLVMPointerType) for x in t.function_type.inputs.data[:3])


@pytest.fixture(scope="module")
def features() -> ModuleOp:
    return parse_ll_file(DATA_DIR / "features.ll")


def test_phis_become_block_arguments(features):
    dispatch = find_function(features, "dispatch")
    join = next(b for b in dispatch.body.blocks if b.name_hint == "join")
    assert [a.type for a in join.args] == [IntegerType(32), IntegerType(32)]
    assert not any(op.name == "phi" for op in dispatch.walk())


def test_switch_maps_to_project_dialect_with_edge_arguments(features):
    dispatch = find_function(features, "dispatch")
    (switch,) = ops_named(dispatch, guacc.SwitchOp)
    cases = switch.cases()
    assert [c[0] for c in cases] == [0, 1, 7]
    assert [c[1].name_hint for c in cases] == ["join", "sub", "join"]
    assert len(cases[0][2]) == 2 and len(cases[1][2]) == 0  # join takes %r and %w
    assert switch.default_destination.name_hint == "other"


def test_project_dialect_ops(features):
    assert len(ops_named(features, guacc.FreezeOp)) == 1
    assert len(ops_named(features, guacc.FPToSIOp)) == 3
    assert len(ops_named(features, guacc.FPToUIOp)) == 1
    assert len(ops_named(features, guacc.UIToFPOp)) == 1
    assert len(ops_named(features, guacc.PtrICmpOp)) == 3
    assert len(ops_named(features, guacc.ExtractElementOp)) == 1
    assert len(ops_named(features, guacc.PoisonOp)) >= 1


def test_intrinsics_and_calls(features):
    names = sorted(op.intrin.data for op in ops_named(features, llvm.CallIntrinsicOp))
    for expected in ("llvm.usub.sat.i32", "llvm.smax.i32", "llvm.umin.i32", "llvm.fmuladd.f32",
                     "llvm.memset.p0.i64", "llvm.memcpy.p0.p0.i64", "llvm.lifetime.start.p0"):
        assert expected in names
    (call,) = ops_named(find_function(features, "caller"), llvm.CallOp)
    assert call.callee.root_reference.data == "helper"
    assert call.CConv.cconv_name == "fastcc"


def test_globals_keep_their_initializers(features):
    globals_ = {g.sym_name.data: g for g in ops_named(features, llvm.GlobalOp)}
    assert globals_[".str"].value == BytesAttr(b"hello\x00")
    assert globals_["table"].constant is not None
    assert [[a.value.data for a in row.data] for row in globals_["table"].value.data] == [[1, 2, 3], [-4, 5, 6]]
    assert isinstance(globals_["pairs"].value.data[1], guacc.ZeroInitAttr)
    assert globals_["strptr"].value.root_reference.data == ".str"


def test_typed_pointer_ir_drops_pointer_casts_and_remangles_intrinsics():
    module = parse_ll_file(DATA_DIR / "features_typed.ll")
    assert not ops_named(module, llvm.BitcastOp)
    assert [op.intrin.data for op in ops_named(module, llvm.CallIntrinsicOp)] == ["llvm.memset.p0.i64"]
    verify_ll(print_ll(module))


def test_metadata_and_debug_intrinsics_are_dropped():
    module = parse_ll_file(CORPUS[0].parent.parent / "clang16-O1" / "bfs.ll")
    names = [op.intrin.data for op in ops_named(module, llvm.CallIntrinsicOp)]
    assert names and not any(n.startswith("llvm.dbg.") for n in names)


def test_readable_names_are_kept():
    module = parse_ll_file(CORPUS[0].parent.parent / "clang16-O0" / "gemm_f.ll")
    func = find_function(module, "gemm_f")
    assert [a.name_hint for a in func.body.blocks.first.args] == ["a", "b", "c", "alpha", "beta"]
    assert "a.addr" in print_ll(module)


def test_values_defined_after_use_in_text_order():
    # Dominance, not text order, decides: %v is defined in a block printed later.
    text = """
define i32 @f(i32 %a) {
entry:
  br label %def
use:
  %r = add i32 %v, 1
  ret i32 %r
def:
  %v = mul i32 %a, 3
  br label %use
}
"""
    module = parse_ll(text)
    assert "mul i32 %a, 3" in print_ll(module)
