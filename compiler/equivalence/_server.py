"""Supervising the children that run kernels.

Each batch child is forked; it loads the program once and streams one result
per input.  A crash or overrun on input k discards k and a new child goes on
from k+1.

Where the fork happens matters.  Forking the caller directly is fastest but
unsafe when it has threads (pytest-xdist, a thread using LLVM), and the
'spawn'/'forkserver' methods re-import the caller's ``__main__`` in every
child.  So by default ("server") the caller starts one helper process per
process (``python -c``, fresh and single-threaded, llvmlite preloaded), sends
it each batch over a pipe, and the helper forks the children.  "fork" forks
from the caller itself.
"""

from __future__ import annotations

import atexit
import multiprocessing as mp
import os
import pickle
import signal
import subprocess
import sys
import threading
from typing import Any

from . import _child
from .errors import HarnessError

COMPILE_TIMEOUT = 120.0

# A raw result per input: the child's output dict, or ("crash"|"timeout", detail).
Raw = Any


def run_batches(program: Any, calls: list[_child.Call], job_base: dict, timeout: float, start_method: str) -> list[Raw]:
    if start_method == "fork":
        return supervise(program, calls, job_base, timeout)
    if start_method == "server":
        return _client().request((program, calls, job_base, timeout))
    raise HarnessError(f"unknown start_method {start_method!r}: use 'server' or 'fork'")


# --- the supervisor (runs in the helper, or in the caller for "fork") ---------------


def _signal_name(code: int | None) -> str:
    if code is None:
        return "unknown"
    if code < 0:
        try:
            return signal.Signals(-code).name
        except ValueError:
            return f"signal {-code}"
    return f"exit status {code}"


def supervise(program: Any, calls: list[_child.Call], job_base: dict, timeout: float) -> list[Raw]:
    ctx = mp.get_context("fork")
    results: dict[int, Raw] = {}
    pos = 0
    label = getattr(program, "label", "program")
    while pos < len(calls):
        job = _child.Job(calls=calls[pos:], **job_base)
        parent, child = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=_child.child_main, args=(child, program, job), daemon=True)
        proc.start()
        child.close()
        try:
            if not parent.poll(COMPILE_TIMEOUT):
                raise HarnessError(f"{label}: loading took over {COMPILE_TIMEOUT:.0f} s")
            try:
                status, _, msg = parent.recv()
            except EOFError:
                proc.join(5)
                raise HarnessError(
                    f"{label}: the child died while loading the program ({_signal_name(proc.exitcode)})"
                ) from None
            if status == "error":
                raise HarnessError(msg)
            while pos < len(calls):
                index = calls[pos].index
                if not parent.poll(timeout):
                    results[index] = ("timeout", f"no result within {timeout:g} s")
                    pos += 1
                    break
                try:
                    status, got, payload = parent.recv()
                except EOFError:
                    proc.join(5)
                    results[index] = ("crash", _signal_name(proc.exitcode))
                    pos += 1
                    break
                if status == "error":
                    raise HarnessError(f"{label}: harness error in the child on input {got}:\n{payload}")
                if status == "done":
                    break
                results[got] = payload
                pos += 1
        finally:
            parent.close()
            if proc.is_alive():
                proc.kill()
            proc.join(5)
    return [results[c.index] for c in calls]


# --- the helper process ----------------------------------------------------------------


def serve() -> None:
    """Helper main loop: read pickled batches on stdin, answer on stdout."""
    # Keep the protocol on private descriptors so nothing else (a kernel's
    # printf in a forked child, a stray print) can write into it.
    inp = os.fdopen(os.dup(0), "rb")
    out = os.fdopen(os.dup(1), "wb")
    _child.INHERITED_FDS[:] = [inp.fileno(), out.fileno()]
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 0)
    os.dup2(devnull, 1)
    while True:
        try:
            request = pickle.load(inp)
        except EOFError:
            return
        try:
            reply: tuple[str, Any] = ("ok", supervise(*request))
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the caller
            reply = ("error", exc if isinstance(exc, HarnessError) else HarnessError(f"{type(exc).__name__}: {exc}"))
        pickle.dump(reply, out, protocol=pickle.HIGHEST_PROTOCOL)
        out.flush()


_BOOT = (
    "import sys; sys.path[:0] = {path!r}; "
    "import guacc.compiler.equivalence._server as s; s.serve()"
)


class _Client:
    def __init__(self) -> None:
        self.pid = os.getpid()
        self.lock = threading.Lock()
        self.proc: subprocess.Popen | None = None

    def _start(self) -> subprocess.Popen:
        path = [p for p in sys.path if p]
        proc = subprocess.Popen(
            [sys.executable, "-c", _BOOT.format(path=path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )
        atexit.register(_stop, proc)
        return proc

    def request(self, payload: tuple) -> list[Raw]:
        with self.lock:
            for attempt in (1, 2):
                if self.proc is None or self.proc.poll() is not None:
                    self.proc = self._start()
                assert self.proc.stdin is not None and self.proc.stdout is not None
                try:
                    pickle.dump(payload, self.proc.stdin, protocol=pickle.HIGHEST_PROTOCOL)
                    self.proc.stdin.flush()
                    status, value = pickle.load(self.proc.stdout)
                except (EOFError, BrokenPipeError, pickle.UnpicklingError) as exc:
                    _stop(self.proc)
                    self.proc = None
                    if attempt == 2:
                        raise HarnessError(f"the harness helper process died: {exc!r}") from exc
                    continue
                if status == "error":
                    raise value
                return value
        raise AssertionError("unreachable")


def _stop(proc: subprocess.Popen) -> None:
    """At exit: closing stdin ends the helper's loop; kill it if it lingers."""
    try:
        if proc.stdin:
            proc.stdin.close()
        proc.wait(timeout=2)
    except Exception:  # noqa: BLE001
        proc.kill()
        proc.wait()
    if proc.stdout:
        proc.stdout.close()


_CLIENT: _Client | None = None
_CLIENT_LOCK = threading.Lock()


def _client() -> _Client:
    global _CLIENT
    with _CLIENT_LOCK:
        if _CLIENT is None or _CLIENT.pid != os.getpid():  # a forked caller needs its own helper
            _CLIENT = _Client()
        return _CLIENT
