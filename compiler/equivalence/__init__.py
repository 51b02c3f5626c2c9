"""Equivalence harness: does a transformed LLVM IR module behave like the original?

JIT-compiles (llvmlite) or clang-builds two modules, runs a named function of
each on the same seeded inputs (scalars and buffers it allocates and fills) in
child processes with a time limit, and compares return values, every buffer
and writable globals.  Inputs that crash or hang are discarded, never called
mismatches.

    report = compare("orig.ll", transformed_ir_text, "kernel")
    assert report.ok, report.summary()
"""

from .compare import EXACT, EquivalenceReport, Mismatch, Tolerance, compare, compare_outputs, extra_args
from .errors import HarnessError, InputFileError, NoValidInputError, UnsupportedSignatureError
from .inputs import Input, InputConfig, generate_inputs, load_inputs_json, save_inputs_json, validate_inputs
from .irtext import is_typed_pointer_ir
from .irtypes import Scalar, parse_scalar
from .programs import JitProgram, NativeProgram, Program, as_program, find_clang
from .runner import Discarded, Fixed, Outputs, PtrValue, RunResult, run
from .signature import ArgHint, GlobalSpec, Layout, Param, Signature, apply_hints, signature_from_ir

__all__ = [
    "ArgHint", "Discarded", "EXACT", "EquivalenceReport", "Fixed", "GlobalSpec", "HarnessError", "Input",
    "InputConfig", "InputFileError", "JitProgram", "Layout", "Mismatch", "NativeProgram", "NoValidInputError",
    "Outputs", "Param", "Program", "PtrValue", "RunResult", "Scalar", "Signature", "Tolerance",
    "UnsupportedSignatureError", "apply_hints", "as_program", "compare", "compare_outputs", "extra_args",
    "find_clang", "generate_inputs", "is_typed_pointer_ir", "load_inputs_json", "parse_scalar", "run",
    "save_inputs_json", "signature_from_ir", "validate_inputs",
]
