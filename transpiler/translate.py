"""Whole-file translation: guess each block, verify it, repair it with the
sketch solver. Not built yet: the verifier (`verify/`) and `transpile
verify` are; the guesser and this driver are the next step of the issue."""

from __future__ import annotations

from guacc.compiler.diagnostics import UnsupportedError


def translate_file(src_asm, dst_isa: str, timeout_s: float = 10.0, progress=None):
    raise UnsupportedError(
        f"translation to {dst_isa} (no guesser yet; `transpile verify` checks an existing translation)",
        file=src_asm.filename)
