"""Golden vectors from the *input* IR, and the self-checking C testbench.

The input module runs under the equivalence harness (llvmlite's JIT, or
clang for typed-pointer IR) on seeded inputs; the outputs it produces are
what the C design must reproduce. Runs are cached on disk by the hash of the
IR text and the settings, so repeated emits of one kernel run it once.

The testbench fills each argument's bytes from the harness's own layout of
the buffer (so the design's C view of it, `int32_t a[64][16]` or an array of
structs, does not matter), calls the top, and compares the return value,
every buffer (kept contents and written elements) and every writable global.
"""

from __future__ import annotations

import hashlib
import json
import base64
import os
import struct
import tempfile
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from ..diagnostics import GuaccError
from . import cexpr as E
from .emit_c import CDesign

CACHE_VERSION = "1"
EXTRA_INPUTS = 8  # generated beyond the requested count, for inputs the kernel crashes on
REL_TOL, ABS_TOL = 1e-5, 1e-6


@dataclass
class Field:
    offset: int
    kind: str  # "int" | "float"
    bits: int


@dataclass
class BufferSpec:
    index: int
    elem_size: int
    elems: int
    fields: list[Field]


@dataclass
class Golden:
    """Inputs and reference outputs of `n` runs of the input function."""

    func: str
    params: list[dict]  # per argument: {"pointer": bool, "kind", "bits"} or buffer layout
    ret: dict | None
    buffers: list[BufferSpec]
    globals: dict[str, BufferSpec]
    inputs: list[list]
    outputs: list[dict]  # {"ret": value, "arrays": {slot: flat}, "globals": {name: flat}}
    discarded: int

    @property
    def count(self) -> int:
        return len(self.inputs)


# ----------------------------------------------------------------- golden runs
def _cache_dir() -> Path:
    path = Path(tempfile.gettempdir()) / f"guacc-hls-golden-{os.getuid()}"
    path.mkdir(parents=True, exist_ok=True)
    return path


@lru_cache(maxsize=1)
def _harness_fingerprint() -> str:
    """The harness's own code: cached runs are stale once it changes."""
    from .. import equivalence

    digest = hashlib.sha256()
    for path in sorted(Path(equivalence.__file__).parent.glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def golden_vectors(ir_text: str, func: str, n: int, seed: int, elems: int, label: str = "input IR",
                   cache: bool = True, selector_values: int = 0) -> Golden:
    """Run `func` of `ir_text` on `n` valid generated inputs (GuaccError if it cannot).
    `selector_values` > 0: parameter 0 takes 0, 1, ..., selector_values - 1 in turn."""
    parts = [CACHE_VERSION, _harness_fingerprint(), ir_text, func, str(n), str(seed), str(elems),
             str(selector_values)]
    key = hashlib.sha256("\0".join(parts).encode()).hexdigest()
    path = _cache_dir() / f"{key[:32]}.json"
    if cache and path.exists():
        try:
            return _from_json(json.loads(path.read_text()))
        except (OSError, ValueError, KeyError, TypeError):
            pass
    golden = _run(ir_text, func, n, seed, elems, label, selector_values)
    if cache:
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "w") as fh:
            json.dump(_to_json(golden), fh)
        os.replace(tmp, path)
    return golden


def _run(ir_text: str, func: str, n: int, seed: int, elems: int, label: str, selector_values: int = 0) -> Golden:
    from ..equivalence import (
        HarnessError,
        Outputs,
        PtrValue,
        as_program,
        generate_inputs,
        run,
        signature_from_ir,
    )

    try:
        program = as_program(ir_text)
        program.label = label
        sig_ir = program.signature_ir
        if sig_ir is None:
            raise GuaccError(f"llvmlite cannot read {label} to infer the signature of '{func}'")
        sig = signature_from_ir(sig_ir, func, elems=elems)
        inputs = generate_inputs(sig, n + EXTRA_INPUTS, seed)
        if selector_values:
            inputs = [replace(inp, args=(k % selector_values,) + inp.args[1:]) for k, inp in enumerate(inputs)]
        results = run(program, func, inputs, sig)
    except HarnessError as err:
        raise GuaccError(f"cannot run '{func}' for test vectors: {str(err).splitlines()[0]}") from None
    params: list[dict] = []
    buffers: list[BufferSpec] = []
    for p in sig.params:
        if p.is_pointer:
            if p.layout is None:
                raise GuaccError(f"'{func}' takes a function pointer (argument {p.index}), which HLS cannot")
            fields = [_field(s, f"argument {p.index} of '{func}'") for _, s in p.layout.fields]
            spec = BufferSpec(p.index, p.layout.size, p.elems,
                              [Field(off, f.kind, f.bits) for (off, _), f in zip(p.layout.fields, fields)])
            buffers.append(spec)
            params.append({"pointer": True})
        else:
            f = _field(p.type, f"argument {p.index} of '{func}'")
            params.append({"pointer": False, "kind": f.kind, "bits": f.bits})
    ret = None
    if sig.ret is not None:
        f = _field(sig.ret, f"the return value of '{func}'")
        ret = {"kind": f.kind, "bits": f.bits}
    globals_ = {}
    for name, spec in program.globals.items():
        globals_[name] = BufferSpec(-1, spec.layout.size, spec.count,
                                    [Field(off, *_kb(_field(s, f"global @{name}"))) for off, s in spec.layout.fields])
    kept_in, kept_out, discarded = [], [], 0
    for inp, res in zip(inputs, results):
        if not isinstance(res, Outputs):
            discarded += 1
            continue
        if len(kept_in) == n:
            break
        if isinstance(res.ret, PtrValue) or any(
            isinstance(x, PtrValue) for vals in [*res.arrays.values(), *res.globals.values()] for x in vals
        ):
            raise GuaccError(f"'{func}' produces pointers in its outputs, which a testbench cannot compare")
        arrays = {str(b.index): list(res.arrays[b.index][: b.elems * len(b.fields)]) for b in buffers}
        kept_in.append([list(a) if isinstance(a, list) else a for a in inp.args])
        kept_out.append({"ret": res.ret, "arrays": arrays, "globals": {k: list(v) for k, v in res.globals.items()}})
    if not kept_in:
        raise GuaccError(f"'{func}' crashed or timed out on every generated input; no test vectors")
    return Golden(func, params, ret, buffers, globals_, kept_in, kept_out, discarded)


def _kb(f: Field) -> tuple[str, int]:
    return f.kind, f.bits


def _field(s, where: str) -> Field:
    if s.kind == "ptr":
        raise GuaccError(f"{where} holds pointers, which a testbench cannot set up")
    return Field(0, s.kind, s.bits)


def _to_json(g: Golden) -> dict:
    def spec(b: BufferSpec) -> dict:
        return {"index": b.index, "elem_size": b.elem_size, "elems": b.elems,
                "fields": [[f.offset, f.kind, f.bits] for f in b.fields]}

    return {"func": g.func, "params": g.params, "ret": g.ret, "buffers": [spec(b) for b in g.buffers],
            "globals": {k: spec(b) for k, b in g.globals.items()}, "inputs": g.inputs, "outputs": g.outputs,
            "discarded": g.discarded}


def _from_json(d: dict) -> Golden:
    def spec(b: dict) -> BufferSpec:
        return BufferSpec(b["index"], b["elem_size"], b["elems"], [Field(*f) for f in b["fields"]])

    return Golden(d["func"], d["params"], d["ret"], [spec(b) for b in d["buffers"]],
                  {k: spec(b) for k, b in d["globals"].items()}, d["inputs"], d["outputs"], d["discarded"])


# ----------------------------------------------------------------- C text
def _ctype(kind: str, bits: int) -> str:
    if kind == "float":
        return {32: "float", 64: "double"}[bits]
    if bits == 1:
        return "uint8_t"
    size = 8
    while size < bits:
        size *= 2
    return f"int{size}_t"


def _code(kind: str, bits: int) -> str:
    if kind == "float":
        return {32: "f", 64: "d"}[bits]
    if bits == 1:
        return "B"
    return {8: "b", 16: "h", 32: "i", 64: "q"}[int(_ctype(kind, bits)[3:-2])]


def _lit(value, kind: str, bits: int) -> str:
    if kind == "float":
        return E.float_text(float(value), "float" if bits == 32 else "double")
    return _int_lit(int(value), bits)


@lru_cache(maxsize=1 << 16)
def _int_lit(v: int, bits: int) -> str:
    if bits == 1:
        return str(v & 1)
    if -(1 << 31) < v < (1 << 31):
        return str(v)
    if v == -(1 << 63):
        return "(-9223372036854775807LL - 1)"
    if v == -(1 << 31):
        return "(-2147483647 - 1)"
    return f"{v}LL"


def pack(spec: BufferSpec, flat: list) -> bytes:
    """The bytes of a buffer (little-endian, the harness's layout) from its flat values."""
    nf = len(spec.fields)
    f0 = spec.fields[0]
    if nf == 1 and f0.offset == 0 and struct.calcsize(_code(f0.kind, f0.bits)) == spec.elem_size:
        column = _fit(f0, list(flat[: spec.elems]))
        column += [0] * (spec.elems - len(column))
        return struct.pack(f"<{spec.elems}{_code(f0.kind, f0.bits)}", *column)
    out = bytearray(spec.elem_size * spec.elems)
    for k, f in enumerate(spec.fields):
        code = "<" + _code(f.kind, f.bits)
        for i, x in enumerate(_fit(f, flat[k::nf][: spec.elems])):
            struct.pack_into(code, out, i * spec.elem_size + f.offset, x)
    return bytes(out)


def _fit(f: Field, column: list) -> list:
    if f.kind == "float":
        return [float(x) for x in column]
    if f.bits == 1:
        return [int(x) & 1 for x in column]
    half = 1 << (int(_ctype(f.kind, f.bits)[3:-2]) - 1)
    return [((int(x) + half) % (2 * half)) - half for x in column]


def _blobs(name: str, rows: list[bytes]) -> str:
    """`static const char name[V][...]`: each vector's bytes in base64 (decoded by tb_bytes)."""
    texts = [base64.b64encode(r).decode() for r in rows]
    size = max((len(t) for t in texts), default=0)
    body = []
    for t in texts:
        body.append("    " + "\n    ".join(f'"{t[i:i + 96]}"' for i in range(0, len(t), 96)) if t else '    ""')
    return f"static const char {name}[{len(rows)}][{size + 1}] = {{\n" + ",\n".join(body) + "\n};"


_BYTES = """static void tb_bytes(void *dst, const char *src, long n)
{
    /* base64 -> bytes: the testbench keeps buffers as their raw little-endian bytes */
    static const char digits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    unsigned char *out = dst;
    unsigned long acc = 0;
    int bits = 0;
    for (; *src && *src != '=' && n > 0; src++) {
        acc = ((acc << 6) | (unsigned long)(strchr(digits, *src) - digits)) & 0xFFFFFFul;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            *out++ = (unsigned char)(acc >> bits);
            n--;
        }
    }
}
"""


def testbench_c(design: CDesign, golden: Golden) -> str:
    top = design.top
    nv = golden.count
    params = {p.index: p for p in design.params}
    if len(params) != len(golden.params):
        raise GuaccError(f"the design's '{top}' takes {len(params)} arguments, the IR's {len(golden.params)}")
    out = [
        f"/* tb_{top}.c: self-checking testbench for {top} (generated by guacc).",
        f" * {nv} vectors: inputs and the outputs the input IR produced on them (run by the",
        " * equivalence harness). Buffers are kept as their raw little-endian bytes, one",
        " * string per vector. Prints PASS and returns 0, or prints FAIL and returns 1. */",
        "#include <stdint.h>",
        "#include <stdio.h>",
        "#include <string.h>",
        f'#include "{top}.h"',
        "",
        f"#define TB_N_VECTORS {nv}",
        "",
    ]
    for k, info in enumerate(golden.params):
        if not info["pointer"]:
            ct = _ctype(info["kind"], info["bits"])
            values = ", ".join(_lit(inp[k], info["kind"], info["bits"]) for inp in golden.inputs)
            out.append(f"static const {ct} tb_in_arg{k}[{nv}] = {{{values}}};")
    changed: dict[int, bool] = {}
    for b in golden.buffers:
        ins = [pack(b, inp[b.index]) for inp in golden.inputs]
        outs = [pack(b, o["arrays"][str(b.index)]) for o in golden.outputs]
        out.append(_blobs(f"tb_in_a{b.index}", ins))
        changed[b.index] = ins != outs
        if changed[b.index]:
            out.append(_blobs(f"tb_out_a{b.index}", outs))
    if golden.ret is not None:
        r = golden.ret
        values = ", ".join(_lit(o["ret"], r["kind"], r["bits"]) for o in golden.outputs)
        out.append(f"static const {_ctype(r['kind'], r['bits'])} tb_exp_ret[{nv}] = {{{values}}};")
    top_globals = {g.ir_name: g for g in design.globals}
    checked = [(name, spec) for name, spec in golden.globals.items() if name in top_globals]
    for name, spec in checked:
        out.append(_blobs(f"tb_exp_g_{top_globals[name].c_name}", [pack(spec, o["globals"][name]) for o in golden.outputs]))
    out.append("")
    for p in params.values():
        if p.is_array:
            out.append(f"static {p.decl.format('tb_arg_' + p.name)};")
    for g in design.globals:
        out.append(f"static unsigned char tb_init_{g.c_name}[{g.nbytes}];")
    sizes = [b.elem_size * b.elems for b in golden.buffers] + [s.elem_size * s.elems for _, s in checked]
    if sizes:
        out.append(f"static unsigned char tb_want_bytes[{max(sizes)}];")
    main = _main(design, golden, params, checked, top_globals, changed)
    out += [""] + _helpers("\n".join(main)) + main
    return "\n".join(out) + "\n"


_CLOSE = f"""static int tb_close(double expected, double actual)
{{
    double diff, scale;
    if (expected == actual || (expected != expected && actual != actual))
        return 1;
    diff = expected > actual ? expected - actual : actual - expected;
    scale = expected < 0 ? -expected : expected;
    if ((actual < 0 ? -actual : actual) > scale)
        scale = actual < 0 ? -actual : actual;
    return diff <= {ABS_TOL!r} || diff <= {REL_TOL!r} * scale;
}}
"""

_SIGN_EXTEND = """static long long tb_sign_extend(unsigned long long v, int bits)
{
    unsigned long long sign = 1ULL << (bits - 1);
    v &= (sign << 1) - 1;
    return (long long)((v ^ sign) - sign);
}
"""

_REPORT = """static int tb_reported;

static void tb_report(int v, const char *what, long i, double expected, double actual)
{
    if (tb_reported++ < 10)
        printf("vector %d: %s[%ld]: expected %.17g, got %.17g\\n", v, what, i, expected, actual);
}
"""


def _helpers(main_text: str) -> list[str]:
    return [text for name, text in (("tb_bytes(", _BYTES), ("tb_close(", _CLOSE), ("tb_sign_extend(", _SIGN_EXTEND),
                                    ("tb_report(", _REPORT)) if name in main_text]


def _compare(label: str, obj: str, want_row: str, spec: BufferSpec) -> list[str]:
    """Field-by-field comparison of object `obj` with the expected bytes `want_row` (base64)."""
    lines = [f"        tb_bytes(tb_want_bytes, {want_row}, {spec.elem_size * spec.elems});"]
    for fi, f in enumerate(spec.fields):
        ct = _ctype(f.kind, f.bits)
        name = label if len(spec.fields) == 1 else f"{label}.field{fi}"
        check = "!tb_close(tb_want, tb_got)" if f.kind == "float" else "tb_got != tb_want"
        lines += [
            f"        for (long tb_i = 0; tb_i < {spec.elems}; tb_i++) {{",
            f"            {ct} tb_got, tb_want;",
            f"            memcpy(&tb_got, (const unsigned char *)&{obj} + tb_i * {spec.elem_size} + {f.offset}, sizeof tb_got);",
            f"            memcpy(&tb_want, tb_want_bytes + tb_i * {spec.elem_size} + {f.offset}, sizeof tb_want);",
            f"            if ({check}) {{",
            f'                tb_report(tb_v, "{name}", tb_i, (double)tb_want, (double)tb_got);',
            "                tb_bad = 1;",
            "            }",
            "        }",
        ]
    return lines


def _main(design: CDesign, golden: Golden, params: dict, checked: list, top_globals: dict,
          changed: dict[int, bool]) -> list[str]:
    top = design.top
    by_index = {b.index: b for b in golden.buffers}
    lines = ["int main(void)", "{", "    int tb_failed = 0;"]
    for g in design.globals:
        lines.append(f"    memcpy(tb_init_{g.c_name}, &{g.c_name}, sizeof tb_init_{g.c_name});")
    lines += ["    for (int tb_v = 0; tb_v < TB_N_VECTORS; tb_v++) {", "        int tb_bad = 0;"]
    for g in design.globals:
        lines.append(f"        memcpy(&{g.c_name}, tb_init_{g.c_name}, sizeof tb_init_{g.c_name});")
    for idx, p in params.items():
        if p.is_array:
            b = by_index[idx]
            lines.append(f"        memset(&tb_arg_{p.name}, 0, sizeof tb_arg_{p.name});")
            lines.append(f"        tb_bytes(&tb_arg_{p.name}, tb_in_a{idx}[tb_v], {b.elem_size * b.elems});")
    args = [f"tb_arg_{p.name}" if p.is_array else f"tb_in_arg{idx}[tb_v]" for idx, p in params.items()]
    call = f"{top}({', '.join(args)})"
    if golden.ret is not None:
        r = golden.ret
        lines.append(f"        {design.ret_ctype} tb_ret = {call};")
        if r["kind"] == "float":
            lines.append("        if (!tb_close(tb_exp_ret[tb_v], tb_ret)) {")
            lines.append('            tb_report(tb_v, "return value", 0, tb_exp_ret[tb_v], tb_ret);')
        else:
            got = "(long long)tb_ret"
            if r["bits"] not in (1, 8, 16, 32, 64):
                got = f"tb_sign_extend((unsigned long long)tb_ret, {r['bits']})"
            elif r["bits"] != 1:
                got = f"(long long)({_ctype('int', r['bits'])})tb_ret"
            lines.append(f"        if ({got} != (long long)tb_exp_ret[tb_v]) {{")
            lines.append(f'            tb_report(tb_v, "return value", 0, (double)tb_exp_ret[tb_v], (double){got});')
        lines += ["            tb_bad = 1;", "        }"]
    else:
        lines.append(f"        {call};")
    for idx, p in params.items():
        if p.is_array:
            want = f"tb_out_a{idx}[tb_v]" if changed[idx] else f"tb_in_a{idx}[tb_v]"
            lines += _compare(p.name, f"tb_arg_{p.name}", want, by_index[idx])
    for name, spec in checked:
        c = top_globals[name].c_name
        lines += _compare(c, c, f"tb_exp_g_{c}[tb_v]", spec)
    lines += ["        tb_failed += tb_bad;", "    }",
              "    if (tb_failed) {",
              f'        printf("FAIL: {top}: %d of %d vectors differ\\n", tb_failed, TB_N_VECTORS);',
              "        return 1;", "    }",
              f'    printf("PASS: {top}: %d vectors\\n", TB_N_VECTORS);',
              "    return 0;", "}"]
    return lines


def _column(flat: list, field_index: int, nfields: int, elems: int) -> list:
    col = flat[field_index::nfields][:elems]
    return col + [0] * (elems - len(col))


# ----------------------------------------------------------------- Bambu
def bambu_xml(design: CDesign, golden: Golden) -> str:
    """Bambu's `--generate-tb` file: one <testbench> per vector (scalars and scalar arrays)."""
    by_index = {b.index: b for b in golden.buffers}
    rows = []
    for inp in golden.inputs:
        attrs = []
        for p in design.params:
            if p.is_array:
                b = by_index[p.index]
                if len(b.fields) != 1:
                    continue  # arrays of structs: Bambu's XML has no syntax for them
                f = b.fields[0]
                attrs.append(f'{p.name}="{{{",".join(_lit(x, f.kind, f.bits) for x in _column(inp[p.index], 0, 1, b.elems))}}}"')
            else:
                info = golden.params[p.index]
                attrs.append(f'{p.name}="{_lit(inp[p.index], info["kind"], info["bits"])}"')
        rows.append(f"  <testbench {' '.join(attrs)}/>")
    return '<?xml version="1.0"?>\n<function>\n' + "\n".join(rows) + "\n</function>\n"
