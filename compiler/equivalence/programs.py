"""Callable code for an IR module: llvmlite's JIT, or a shared object built by clang.

A :class:`Program` is built in the calling process (parse, verify, compile
with clang) so that errors surface there; it is pickled to the child that runs
it, where :meth:`Program.load` JIT-compiles or ``dlopen``s it.  Both kinds
expose function and global-variable addresses.
"""

from __future__ import annotations

import ctypes
import hashlib
import os
import re
import shutil
import subprocess
import tempfile
from abc import ABC, abstractmethod
from functools import lru_cache
from pathlib import Path

import llvmlite.binding as llvm

from . import irtypes as T
from .errors import HarnessError, UnsupportedSignatureError
from .irtext import externalize_text, is_typed_pointer_ir, parse_ir
from .signature import GlobalSpec, Layout


class Loaded(ABC):
    """A program compiled and loaded in this process."""

    @abstractmethod
    def function_address(self, name: str) -> int: ...

    @abstractmethod
    def global_address(self, name: str) -> int: ...


class Program(ABC):
    """IR text plus the means to run it; picklable."""

    def __init__(self, ir_text: str, label: str) -> None:
        self.ir_text = ir_text
        self.label = label
        self.typed_pointers = is_typed_pointer_ir(ir_text)
        self.functions = _defined_functions(ir_text)
        # Writable globals (name -> layout), reset before and compared after each call.
        self.globals: dict[str, GlobalSpec] = global_specs(ir_text)
        self._readable: bool | None = None  # can llvmlite parse it? (decided lazily)

    @property
    def signature_ir(self) -> str | None:
        """This program's IR if llvmlite reads it (LLVM 22 upgrades most clang-14
        typed-pointer IR too), for signature inference; else None."""
        if self._readable is None:
            try:
                parse_ir(self.ir_text, self.label)
                self._readable = True
            except HarnessError:
                self._readable = False
        return self.ir_text if self._readable else None

    def check_function(self, name: str) -> None:
        """Fail clearly unless ``name`` is defined here and callable with the C convention."""
        if name not in self.functions:
            known = ", ".join(sorted(self.functions)[:10]) or "none"
            raise HarnessError(f"{self.label} defines no function @{name} (it defines: {known})")
        cc = self.functions[name]
        if cc:
            raise UnsupportedSignatureError(f"@{name} in {self.label} uses the {cc} calling convention, "
                                            "which ctypes cannot call")

    @abstractmethod
    def load(self) -> Loaded:
        """Compile/load in the current process (the child)."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.label})"


# --- llvmlite JIT ------------------------------------------------------------


class JitProgram(Program):
    """IR run through llvmlite's MCJIT (LLVM 22: opaque pointers; typed-pointer
    text is upgraded on parsing where LLVM still can)."""

    def __init__(self, ir_text: str, label: str = "JIT module") -> None:
        super().__init__(ir_text, label)
        parse_ir(ir_text, label)  # fail here, in the caller, not in a child
        self._readable = True

    def load(self) -> Loaded:
        return _JitLoaded(self.ir_text, self.label)


class _JitLoaded(Loaded):
    def __init__(self, ir_text: str, label: str) -> None:
        llvm.initialize_native_target()
        llvm.initialize_native_asmprinter()
        # Internal symbols are not looked up by name, so externalize them first.
        self.module = parse_ir(externalize_text(ir_text), label)
        target = llvm.Target.from_default_triple()
        # opt=0: run the IR as written, as NativeProgram does with clang -O0.
        self.tm = target.create_target_machine(opt=0)
        # MCJIT asserts that the module's layout is the host's; clang-16 strings
        # differ from LLVM 22's (i128 alignment) without changing these kernels.
        self.module.data_layout = str(self.tm.target_data)
        self.module.triple = self.tm.triple
        self.engine = llvm.create_mcjit_compiler(self.module, self.tm)
        self.engine.finalize_object()
        self.engine.run_static_constructors()

    def function_address(self, name: str) -> int:
        addr = self.engine.get_function_address(name)
        if not addr:
            raise HarnessError(f"JIT: no address for @{name}")
        return addr

    def global_address(self, name: str) -> int:
        addr = self.engine.get_global_value_address(name)
        if not addr:
            raise HarnessError(f"JIT: no address for global @{name}")
        return addr


# --- clang-built shared object ----------------------------------------------------


class NativeProgram(Program):
    """IR compiled by an installed clang into a shared object and run via ctypes.

    This runs the project's original inputs, which include clang-14
    typed-pointer IR that llvmlite's LLVM cannot parse.  ``clang`` overrides
    the automatic choice (clang <= 16 for typed pointers, >= 15 for ``ptr``).
    """

    FLAGS = ("-shared", "-fPIC", "-O0", "-w", "-Wl,-Bsymbolic", "-x", "ir")

    def __init__(self, source: str | os.PathLike, clang: str | None = None, label: str | None = None) -> None:
        text, origin = _read_source(source)
        super().__init__(text, label or origin)
        self.clang = clang or find_clang(typed_pointers=self.typed_pointers)
        self.so_path = self._build()

    def _build(self) -> str:
        text = externalize_text(self.ir_text)
        version = _clang_version_text(self.clang)
        key = hashlib.sha256("\0".join([version, *self.FLAGS, text]).encode()).hexdigest()[:24]
        cache = Path(tempfile.gettempdir()) / f"guacc-equivalence-{os.getuid()}"
        cache.mkdir(parents=True, exist_ok=True)
        so = cache / f"{key}.so"
        if so.exists():
            return str(so)
        fd, ll = tempfile.mkstemp(suffix=".ll", dir=cache)
        tmp_so = f"{ll}.so"
        try:
            with os.fdopen(fd, "w") as fh:
                fh.write(text)
            proc = subprocess.run(
                [self.clang, *self.FLAGS, ll, "-o", tmp_so], capture_output=True, text=True, timeout=300
            )
            if proc.returncode != 0:
                raise HarnessError(
                    f"{self.clang} could not compile {self.label}:\n{proc.stderr.strip()[-3000:]}"
                )
            os.replace(tmp_so, so)  # atomic: concurrent builders never see half a file
        finally:
            for p in (ll, tmp_so):
                if os.path.exists(p):
                    os.unlink(p)
        return str(so)

    def load(self) -> Loaded:
        return _SharedLoaded(self.so_path)


class _SharedLoaded(Loaded):
    def __init__(self, so_path: str) -> None:
        self.lib = ctypes.CDLL(so_path, mode=os.RTLD_LOCAL | os.RTLD_NOW)

    def function_address(self, name: str) -> int:
        try:
            return ctypes.cast(self.lib[name], ctypes.c_void_p).value or 0
        except AttributeError as exc:
            raise HarnessError(f"shared object exports no function {name}") from exc

    def global_address(self, name: str) -> int:
        try:
            return ctypes.addressof(ctypes.c_char.in_dll(self.lib, name))
        except ValueError as exc:
            raise HarnessError(f"shared object exports no global {name}") from exc


def _read_source(source: str | os.PathLike) -> tuple[str, str]:
    if isinstance(source, os.PathLike) or (
        "\n" not in source and (source.endswith(".ll") or os.path.isfile(source))
    ):
        path = Path(source)
        try:
            return path.read_text(), str(path)
        except (OSError, UnicodeDecodeError) as exc:
            raise HarnessError(f"cannot read IR file {path}: {exc}") from exc
    return source, "IR text"


# --- choosing a clang ---------------------------------------------------------


def _clang_candidates() -> list[str]:
    names = ["clang"] + [f"clang-{v}" for v in range(40, 9, -1)]
    return [p for p in (shutil.which(n) for n in names) if p]


@lru_cache(maxsize=None)
def _clang_version_text(clang: str) -> str:
    try:
        out = subprocess.run([clang, "--version"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise HarnessError(f"cannot run {clang}: {exc}") from exc
    return out.stdout


def clang_major(clang: str) -> int | None:
    m = re.search(r"clang version (\d+)", _clang_version_text(clang))
    return int(m.group(1)) if m else None


def find_clang(typed_pointers: bool) -> str:
    """The clang that can read this pointer style: <= 16 for ``i32*``, >= 15 for ``ptr``."""
    found: dict[str, int] = {}
    for path in _clang_candidates():
        real = os.path.realpath(path)
        major = clang_major(path)
        if major is not None and real not in found:
            found[real] = major
    ok = {p: v for p, v in found.items() if (v <= 16 if typed_pointers else v >= 15)}
    if not ok:
        have = ", ".join(f"{p} ({v})" for p, v in found.items()) or "none"
        need = "clang 16 or older (e.g. clang-14)" if typed_pointers else "clang 15 or newer"
        style = "typed-pointer (`i32*`)" if typed_pointers else "opaque-pointer (`ptr`)"
        raise HarnessError(f"no clang on PATH can compile {style} IR: need {need}; found: {have}. "
                           "Install one or pass clang=...")
    if typed_pointers:
        # Prefer clang 14, which wrote most typed-pointer IR; 15 and 16 still read it.
        return min(ok, key=lambda p: (ok[p] < 14, ok[p] if ok[p] >= 14 else -ok[p]))
    return max(ok, key=ok.get)  # the newest reads the most syntax


# --- facts from IR text ------------------------------------------------------------


_DEFINE = re.compile(r'^define\b([^@\n]*)@([-\w.$]+|"[^"]*")\s*\(', re.M)
# Calling conventions other than the C one (ccc / the default).
_CC = re.compile(r"\b(fastcc|coldcc|tailcc|swiftcc|swifttailcc|ghccc|cc\s*\d+|\w+_(?:cc|vectorcallcc|regcallcc)\w*)\b")
_STRUCT_DEF = re.compile(r'^(%[-\w.$]+|%"[^"]*")\s*=\s*type\s+(.*?)\s*$', re.M)
_GLOBAL_DEF = re.compile(r'^@([-\w.$]+|"[^"]*")\s*=\s*(.*)$', re.M)
_SKIP_LINKAGE = {"external", "extern_weak", "appending", "available_externally"}


def _defined_functions(text: str) -> dict[str, str]:
    """Defined function name -> its non-C calling convention ('' for C)."""
    out = {}
    for m in _DEFINE.finditer(text):
        cc = _CC.search(m.group(1))
        out[m.group(2).strip('"')] = cc.group(1) if cc and cc.group(1) not in ("cc 0", "ccc") else ""
    return out


def global_specs(text: str) -> dict[str, GlobalSpec]:
    """Defined, writable (non-constant, non-TLS) globals of IR text, either pointer style.

    Text-based so that typed-pointer IR, which llvmlite cannot parse, works too.
    """
    bodies = {m.group(1): m.group(2) for m in _STRUCT_DEF.finditer(text)}
    parser = T.TypeParser(bodies.get)
    out: dict[str, GlobalSpec] = {}
    for m in _GLOBAL_DEF.finditer(text):
        name, rest = m.group(1).strip('"'), m.group(2)
        kw = re.search(r"\b(global|constant|alias|ifunc)\b", rest)
        if not kw or kw.group(1) != "global" or name.startswith("llvm."):
            continue
        before = set(rest[: kw.start()].split())
        if before & _SKIP_LINKAGE or any(w.startswith("thread_local") for w in before):
            continue
        try:
            t, _ = parser.parse_at(rest, kw.end())
            base, count = T.strip_arrays(t)
            out[name] = GlobalSpec(Layout.of_type(base), count)
        except HarnessError:
            continue
    return out


def as_program(source: "Program | str | os.PathLike") -> Program:
    """A Program from a Program, a path to a ``.ll`` file, or IR text.

    Opaque-pointer IR is JIT-compiled by llvmlite; typed-pointer IR goes
    through :class:`NativeProgram` (an installed clang <= 16), or through
    llvmlite when no such clang is installed.
    """
    if isinstance(source, Program):
        return source
    text, origin = _read_source(source)
    if is_typed_pointer_ir(text):
        try:
            clang = find_clang(typed_pointers=True)
        except HarnessError:
            return JitProgram(text, label=origin)  # no clang: LLVM 22's upgrade is the next best
        return NativeProgram(text, clang=clang, label=origin)
    return JitProgram(text, label=origin)
