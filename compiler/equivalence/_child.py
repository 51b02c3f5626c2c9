"""What runs inside the child process: load a program, call it on a batch of inputs.

Buffers are mapped with a PROT_NONE page on both sides so an
access past the end faults at once instead of silently corrupting the heap,
which would make outputs depend on allocator state.
"""

from __future__ import annotations

import ctypes
import faulthandler
import mmap
import os
import resource
import signal
import sys
import traceback
from dataclasses import dataclass
from typing import Any

import llvmlite.binding  # noqa: F401  (loaded before forking, so children do not pay for it)

PAGE = mmap.PAGESIZE
PROT_NONE, PROT_RW = 0, mmap.PROT_READ | mmap.PROT_WRITE
ALIGN = 64

CTYPES = {
    "i8": ctypes.c_int8,
    "i16": ctypes.c_int16,
    "i32": ctypes.c_int32,
    "i64": ctypes.c_int64,
    "u8": ctypes.c_uint8,  # i1: zero-extended byte
    "f32": ctypes.c_float,
    "f64": ctypes.c_double,
    "ptr": ctypes.c_void_p,
}


@dataclass
class Call:
    """One prepared input: argument plan and initial buffer bytes."""

    index: int
    args: list[tuple[str, Any]]  # ("val", number) | ("buf", buffer index) | ("null", None)
    buffers: list[tuple[bytes, int]]  # (initial bytes, body size in bytes incl. slack)


@dataclass
class Job:
    func: str
    argtypes: list[str]
    restype: str | None
    globals: list[tuple[str, int]]  # (name, size)
    calls: list[Call]


def body_layout(body: int) -> tuple[int, int]:
    """(pages mapped between the guards, bytes before the buffer start)."""
    body = -(-body // ALIGN) * ALIGN
    pages = max(1, -(-body // PAGE))
    return pages, pages * PAGE - body


class _Mem:
    def __init__(self) -> None:
        libc = ctypes.CDLL(None, use_errno=True)
        self.mmap = libc.mmap
        self.mmap.restype = ctypes.c_void_p
        self.mmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_long]
        self.munmap = libc.munmap
        self.munmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t]
        self.mprotect = libc.mprotect
        self.mprotect.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]

    def alloc(self, body: int) -> tuple[int, int, int, int]:
        """Map guard|pad+body|guard; return (mapping, total, region start, body start)."""
        pages, pad = body_layout(body)
        total = (pages + 2) * PAGE
        base = self.mmap(None, total, PROT_RW, mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS, -1, 0)
        if base in (None, ctypes.c_void_p(-1).value):
            raise MemoryError(f"mmap of {total} bytes failed")
        self.mprotect(base, PAGE, PROT_NONE)
        self.mprotect(base + (pages + 1) * PAGE, PAGE, PROT_NONE)
        region = base + PAGE
        return base, total, region, region + pad


# Descriptors of the helper's protocol pipes, closed in each child (set by _server.serve).
INHERITED_FDS: list[int] = []


def _quiet_child() -> None:
    for fd in INHERITED_FDS:  # a stuck child must not keep the caller's pipe open
        try:
            os.close(fd)
        except OSError:
            pass
    if sys.platform.startswith("linux"):
        try:  # die with the supervisor instead of spinning on as an orphan
            ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    # A segfault is an expected outcome here: no core files, no tracebacks,
    # and the kernel's own printf output does not belong on the caller's stdout.
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    faulthandler.disable()
    devnull = os.open(os.devnull, os.O_WRONLY)
    sys.stdout.flush()
    os.dup2(devnull, 1)


def child_main(conn: Any, program: Any, job: Job) -> None:
    """Entry point of the child: stream ('ok', index, outputs) per call."""
    _quiet_child()
    try:
        loaded = program.load()
        fn_addr = loaded.function_address(job.func)
        gaddr = [(name, loaded.global_address(name), size) for name, size in job.globals]
    except Exception as exc:  # reported to the parent as a harness error, not a discard
        conn.send(("error", None, f"loading {program!r}: {exc}"))
        return
    restype = CTYPES[job.restype] if job.restype else None
    fn = ctypes.CFUNCTYPE(restype, *[CTYPES[t] for t in job.argtypes])(fn_addr)
    initial = {name: ctypes.string_at(addr, size) for name, addr, size in gaddr}
    mem = _Mem()
    conn.send(("ready", None, None))
    for call in job.calls:
        try:
            out = _one(fn, call, gaddr, initial, mem)
        except Exception:
            conn.send(("error", call.index, traceback.format_exc()))
            return
        conn.send(("ok", call.index, out))
    conn.send(("done", None, None))


def _one(fn: Any, call: Call, gaddr: list, initial: dict, mem: _Mem) -> dict:
    for name, addr, size in gaddr:
        # Only write when changed: a global may sit on a read-only (RELRO) page.
        if ctypes.string_at(addr, size) != initial[name]:
            ctypes.memmove(addr, initial[name], size)
    maps = []
    try:
        for data, body in call.buffers:
            base, total, region, start = mem.alloc(body)
            maps.append((base, total, region, start, body))
            ctypes.memmove(start, data, len(data))
        args = []
        for kind, v in call.args:
            if kind == "val":
                args.append(v)
            elif kind == "buf":
                args.append(maps[v][3])
            else:
                args.append(None)
        ret = fn(*args)
        buffers = [
            (ctypes.string_at(region, start - region), ctypes.string_at(start, body))
            for _, _, region, start, body in maps
        ]
        regions = [(("buf", i), m[3], m[4]) for i, m in enumerate(maps)]
        regions += [(("global", name), addr, size) for name, addr, size in gaddr]
        glob = {name: ctypes.string_at(addr, size) for name, addr, size in gaddr}
        return {"ret": ret, "buffers": buffers, "globals": glob, "regions": regions}
    finally:
        for base, total, *_ in maps:
            mem.munmap(base, total)
