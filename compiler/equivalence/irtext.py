"""Small helpers on LLVM IR text: pointer style, llvmlite parsing, linkage rewrites."""

from __future__ import annotations

import re

import llvmlite.binding as llvm

from .errors import HarnessError

# Strings and comments can contain '*'; drop them before looking for `T*`.
_NOISE = re.compile(r'c"[^"]*"|!"[^"]*"|;[^\n]*')
# A pointer type in typed-pointer IR: a scalar, named or aggregate type followed by '*'.
_TYPED_PTR = re.compile(r'(?:\bi\d+|\bhalf|\bfloat|\bdouble|\bx86_fp80|%[-\w.$]+|%"[^"]*"|[\]}>)])\*')
_OPAQUE_PTR = re.compile(r"\bptr\b")


def is_typed_pointer_ir(text: str) -> bool:
    """True for clang <= 14 style IR (``i32*``).

    LLVM 17+ no longer has typed pointers; its parser upgrades ``T*`` to ``ptr``
    in most clang-14 output, but a clang <= 16 is the faithful way to run it.
    """
    clean = _NOISE.sub("", text)
    return bool(_TYPED_PTR.search(clean))


def is_opaque_pointer_ir(text: str) -> bool:
    """True when the IR uses ``ptr`` (or no pointers at all) and no typed pointers."""
    return not is_typed_pointer_ir(text)


def uses_ptr_keyword(text: str) -> bool:
    return bool(_OPAQUE_PTR.search(_NOISE.sub("", text)))


def parse_ir(text: str, what: str = "module") -> llvm.ModuleRef:
    """Parse and verify IR with llvmlite; errors say which module and why."""
    try:
        # A fresh context: in the global one, struct names of a second parse of
        # the same text get renamed (%struct.node.0) and memory is never freed.
        module = llvm.parse_assembly(text, context=llvm.create_context())
        module.verify()
    except RuntimeError as exc:
        hint = ""
        if is_typed_pointer_ir(text):
            hint = (
                " (it uses typed pointers such as `i32*`, which LLVM "
                f"{llvm.llvm_version_info[0]} upgrades only in part; run it with NativeProgram "
                "and give an opaque-pointer module as signature_ir)"
            )
        raise HarnessError(f"cannot parse {what}{hint}: {str(exc).strip()}") from exc
    return module


_DEFINE_INTERNAL = re.compile(r"^(define\s+)(?:internal|private)\s+", re.M)
_GLOBAL_INTERNAL = re.compile(r"^(@(?:[-\w.$]+|\"[^\"]*\")\s*=\s*)(?:internal|private)\s+", re.M)
_DSO_LOCAL = re.compile(r"\bdso_local(?=\s)")


def externalize_text(text: str) -> str:
    """Make internal/private functions and globals visible in a shared object.

    ``static`` C variables become ``internal`` globals, which a ``.so`` does not
    export; the harness must find them to reset and compare them.  ``dso_local``
    is dropped because clang emits it for non-PIC code and the linker then
    refuses to build a shared object from it.
    """
    text = _DEFINE_INTERNAL.sub(r"\1", text)
    text = _GLOBAL_INTERNAL.sub(r"\1", text)
    return _DSO_LOCAL.sub("", text)
