"""Bad input: one line `file:line:col: error: ...`, exit 2, no traceback, no output file."""

from __future__ import annotations

import re

import pytest

from guacc.compiler.cli import main

from .conftest import CORPUS

CASES = {
    "unknown_instruction": (
        "define i32 @f(i32 %a) {\nentry:\n  %x = frobnicate i32 %a, 1\n  ret i32 %x\n}\n",
        3, "unknown instruction 'frobnicate'"),
    "type_error": (
        "define i32 @f(i64 %a) {\nentry:\n  %x = add i32 %a, 1\n  ret i32 %x\n}\n",
        3, "'%a' has type i64 but is used as i32"),
    "undefined_value": (
        "define i32 @f(i32 %a) {\nentry:\n  %x = add i32 %a, %nope\n  ret i32 %x\n}\n",
        3, "use of undefined value '%nope'"),
    "undefined_label": (
        "define i32 @f(i32 %a) {\nentry:\n  br label %missing\n}\n", 3, "use of undefined label '%missing'"),
    "redefinition": (
        "define i32 @f(i32 %a) {\nentry:\n  %x = add i32 %a, 1\n  %x = add i32 %a, 2\n  ret i32 %x\n}\n",
        4, "redefinition of value '%x'"),
    "bad_return_type": ("define i32 @f(i32 %a) {\nentry:\n  ret i64 0\n}\n", 3, "returning i64 from a function returning i32"),
    "phi_not_predecessor": (
        "define i32 @f() {\nentry:\n  br label %n\nn:\n  %p = phi i32 [ 1, %entry ], [ 2, %o ]\n  ret i32 %p\no:\n  ret i32 0\n}\n",
        5, "not a predecessor"),
    "call_arity": (
        "declare i32 @g(i32, i32)\ndefine i32 @f(i32 %a) {\n  %r = call i32 @g(i32 %a)\n  ret i32 %r\n}\n",
        3, "call to '@g' with 1 arguments, expected 2"),
    "invalid_cast": ("define i32 @f(i64 %a) {\n  %x = zext i64 %a to i32\n  ret i32 %x\n}\n", 2, "invalid cast 'zext'"),
    "stray_token": ("define i32 @f(i32 %a) {\n  %x = add i32 %a, 1 )\n  ret i32 %x\n}\n", 2, "unexpected ')'"),
    "bad_predicate": ("define i1 @f(i32 %a) {\n  %x = icmp bogus i32 %a, 1\n  ret i1 %x\n}\n", 2, "unknown icmp predicate"),
    "undefined_function": ("define i32 @f() {\n  %r = call i32 @nope()\n  ret i32 %r\n}\n", 2, "undefined function '@nope'"),
    "binary_garbage": ("\xff\xfe\x00garbage", 1, "unexpected"),
    # valid LLVM IR outside the supported subset: says so, never a wrong parse
    "unsupported_atomic": (
        "define i32 @f(ptr %p) {\n  %o = atomicrmw add ptr %p, i32 1 seq_cst\n  ret i32 %o\n}\n",
        2, "unsupported: instruction 'atomicrmw'"),
    "unsupported_inline_asm": ("define void @f() {\n  call void asm sideeffect \"nop\", \"\"()\n  ret void\n}\n", 2,
                               "unsupported: inline assembly"),
    "unsupported_packed_struct": ("define void @f(ptr %p) {\n  %x = load <{ i8, i32 }>, ptr %p\n  ret void\n}\n", 2,
                                  "unsupported: packed struct type"),
    "unsupported_alias": ("@a = global i32 0\n@b = alias i32, ptr @a\n", 2, "unsupported: alias"),
    "unsupported_indirect_call": ("define void @f(ptr %fp) {\n  call void %fp()\n  ret void\n}\n", 2,
                                  "unsupported: indirect call"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_input_reports_one_line_and_exit_2(name, tmp_path, capsys):
    text, line, message = CASES[name]
    src = tmp_path / f"{name}.ll"
    src.write_bytes(text.encode("latin-1"))
    before = src.read_bytes()
    out = tmp_path / "out.mlir"
    code = main(["parse", str(src), "-o", str(out)])
    captured = capsys.readouterr()
    assert code == 2
    err_lines = captured.err.strip().splitlines()
    assert len(err_lines) == 1, captured.err
    assert re.match(rf"{re.escape(str(src))}:{line}:\d+: error: ", err_lines[0]), err_lines[0]
    assert message in err_lines[0]
    assert "Traceback" not in captured.err
    assert not out.exists()
    assert src.read_bytes() == before


def test_truncated_corpus_file(tmp_path, capsys):
    text = CORPUS[0].read_text()
    src = tmp_path / "trunc.ll"
    src.write_text(text[: len(text) // 2])
    code = main(["parse", str(src), "--emit", "ll", "-o", str(tmp_path / "o.ll")])
    err = capsys.readouterr().err
    assert code == 2 and "error:" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "o.ll").exists()


def test_missing_file(tmp_path, capsys):
    assert main(["parse", str(tmp_path / "none.ll")]) == 2
    assert "cannot read file" in capsys.readouterr().err


def test_unknown_function_for_graph(tmp_path, capsys):
    assert main(["graph", str(CORPUS[0]), "--func", "nope"]) == 2
    assert "no function 'nope'" in capsys.readouterr().err
