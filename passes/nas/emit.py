"""A quantized network as an HLS design: plain C99 with weights as `const`
arrays, loops shaped for each layer's parallelism (the multiply-accumulate
loop unrolled by hand by the layer's multiplier count, with the matching
UNROLL/ARRAY_PARTITION/PIPELINE pragmas), and a testbench that runs the whole
test split and compares every logit with the integer reference.

Files go through the HLS backend's project writer (`write_files`,
`run_hls_tcl`, `bambu_sh`), so `guacc csim` runs NAS designs like any other."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from guacc.compiler.hls.options import HlsOptions
from guacc.compiler.hls.project import REPORT, bambu_sh, run_hls_tcl, write_files

from .intnet import Dense, QuantizedNet

BAMBU_VECTORS = 10  # samples in Bambu's XML testbench (its simulation is slow)
INPUT_C_TYPE = "int8_t"


@dataclass
class Buffer:
    name: str
    c_type: str
    length: int


@dataclass
class CProgram:
    """The pieces of the design's C source as they are generated."""

    top: str
    n_features: int
    n_classes: int
    globals: list[str] = field(default_factory=list)
    pragmas: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    # Memory ports per array the pragmas give (2 per bank): the schedule-based
    # estimate uses them, keyed as the cost model names arrays.
    array_ports: dict[str, int] = field(default_factory=dict)

    def partition(self, array: str, factor: int, dim: int, is_param: bool = False) -> None:
        if factor > 1:
            self.pragmas.append(f"#pragma HLS ARRAY_PARTITION variable={array} cyclic factor={factor} dim={dim}")
        key = f"%{array}" if is_param else f"@{array}"
        self.array_ports[key] = max(self.array_ports.get(key, 2), 2 * factor)


def c_array(values: np.ndarray, per_line: int = 16) -> str:
    """A C initializer of a 1-D or 2-D integer array."""
    if values.ndim == 1:
        items = [str(int(v)) for v in values]
        lines = [", ".join(items[i:i + per_line]) for i in range(0, len(items), per_line)]
        return "{" + ",\n    ".join(lines) + "}"
    return "{\n  " + ",\n  ".join(c_array(row, per_line) for row in values) + "\n}"


def _int_type(bits: int, signed: bool) -> str:
    for width in (8, 16, 32):
        if bits <= width:
            return f"{'' if signed else 'u'}int{width}_t"
    return "int64_t" if signed else "uint64_t"


def emit_dense(prog: CProgram, layer: Dense, src: Buffer, dst: Buffer, consumer_parallelism: int) -> None:
    p = max(1, min(layer.parallelism, layer.n_in))
    w, b = f"{layer.name}_w", f"{layer.name}_b"
    prog.globals.append(f"/* {layer.name}: {layer.n_in} -> {layer.n_out}, {layer.w_bits}-bit weights */")
    prog.globals.append(f"static const int8_t {w}[{layer.n_out}][{layer.n_in}] = {c_array(layer.weight)};")
    prog.globals.append(f"static const int32_t {b}[{layer.n_out}] = {c_array(layer.bias)};")
    prog.partition(w, p, 2)
    main_end = layer.n_in - layer.n_in % p
    reuse = -(-layer.macs // p)
    terms = " + ".join(f"{w}[o][i + {k}] * {src.name}[i + {k}]" for k in range(p))
    body = prog.body
    body.append(f"  /* {layer.name}: {p} multiplier(s), reuse factor {reuse} */")
    body.append(f"  {layer.name}: for (int o = 0; o < {layer.n_out}; o++) {{")
    body.append(f"    int32_t acc = {b}[o];")
    if main_end:
        body.append(f"    {layer.name}_mac: for (int i = 0; i < {main_end}; i += {p}) {{")
        body.append("#pragma HLS PIPELINE II=1")
        body.append(f"      acc += {terms};")
        body.append("    }")
    if main_end < layer.n_in:
        body.append(f"    {layer.name}_tail: for (int i = {main_end}; i < {layer.n_in}; i++) {{")
        body.append(f"      acc += {w}[o][i] * {src.name}[i];")
        body.append("    }")
    if layer.requant is None:
        body.append(f"    {dst.name}[o] = acc;")
    else:
        r = layer.requant
        body.append("    if (acc < 0) acc = 0; /* ReLU */")
        body.append(f"    int64_t scaled = ((int64_t)acc * {r.multiplier}LL + {1 << (r.shift - 1)}LL) >> {r.shift};")
        body.append(f"    {dst.name}[o] = ({dst.c_type})(scaled < {layer.out_max} ? scaled : {layer.out_max});")
    body.append("  }")


def program(net: QuantizedNet, top: str) -> CProgram:
    prog = CProgram(top, net.n_features, net.n_classes)
    src = Buffer("x", INPUT_C_TYPE, net.n_features)
    first = net.layers[0]
    prog.partition("x", max(1, min(first.parallelism, first.n_in)), 1, is_param=True)
    for i, layer in enumerate(net.layers):
        last = i == len(net.layers) - 1
        consumer = net.layers[i + 1].parallelism if not last else 1
        if last:
            dst = Buffer("logits", "int32_t", layer.n_out)
        else:
            c_type = getattr(layer, "out_c_type", None) or _int_type(layer.out_bits, False)
            dst = Buffer(f"{layer.name}_out", c_type, layer.n_out)
            prog.globals.append(f"static {dst.c_type} {dst.name}[{dst.length}];")
            prog.partition(dst.name, max(1, min(consumer, dst.length)), 1)
        if isinstance(layer, Dense):
            emit_dense(prog, layer, src, dst, consumer)
        else:
            layer.emit_c(prog, src, dst)
        src = dst
    return prog


def signature(top: str, n_features: int, n_classes: int) -> str:
    return f"int32_t {top}(const {INPUT_C_TYPE} x[{n_features}], int32_t logits[{n_classes}])"


def design_source(prog: CProgram, title: str) -> tuple[str, str]:
    top, guard = prog.top, f"GUACC_{prog.top.upper()}_H"
    header = "\n".join([
        f"/* {top}.h: interface of the NAS design {top} (generated by guacc). */",
        f"#ifndef {guard}", f"#define {guard}", "", "#include <stdint.h>", "",
        f"#define {top.upper()}_FEATURES {prog.n_features}",
        f"#define {top.upper()}_CLASSES {prog.n_classes}", "",
        "/* Writes the class scores to `logits` and returns the predicted class. */",
        signature(top, prog.n_features, prog.n_classes) + ";", "", f"#endif /* {guard} */", ""])
    source = "\n".join([
        f"/* {top}.c: {title}",
        " * Integer-only inference, generated by guacc nas; bit-exact with its integer",
        f" * reference (checked by tb_{top}.c). For Vitis HLS (run_hls.tcl) and Bambu (bambu.sh). */",
        '#pragma GCC diagnostic ignored "-Wunknown-pragmas" /* #pragma HLS is for the HLS tools */',
        '#pragma GCC diagnostic ignored "-Wunused-label" /* loop labels name loops in HLS reports */',
        f'#include "{top}.h"', "",
        *prog.globals, "",
        signature(top, prog.n_features, prog.n_classes) + " {",
        "#pragma HLS INTERFACE mode=ap_memory port=x",
        "#pragma HLS INTERFACE mode=ap_memory port=logits",
        "#pragma HLS INTERFACE mode=s_axilite port=return",
        *prog.pragmas,
        *prog.body,
        "  int32_t best = 0;",
        f"  argmax: for (int c = 1; c < {prog.n_classes}; c++) {{",
        "    if (logits[c] > logits[best]) best = c;",
        "  }",
        "  return best;",
        "}", ""])
    return source, header


def testbench(top: str, net: QuantizedNet, x: np.ndarray, y: np.ndarray) -> str:
    logits = net.logits(x)
    predicted = np.argmax(logits, axis=1)
    n, f, c = len(x), net.n_features, net.n_classes
    return "\n".join([
        f"/* tb_{top}.c: runs {top} on the {n} samples of the test split and compares every",
        " * logit and the predicted class with guacc's integer reference (bit exact). */",
        "#include <stdio.h>", "#include <stdint.h>", f'#include "{top}.h"', "",
        f"#define N_SAMPLES {n}",
        f"static const int8_t tb_x[N_SAMPLES][{f}] = {c_array(x)};",
        f"static const int32_t tb_logits[N_SAMPLES][{c}] = {c_array(logits)};",
        f"static const int32_t tb_class[N_SAMPLES] = {c_array(predicted)};",
        f"static const int32_t tb_label[N_SAMPLES] = {c_array(y)};", "",
        "int main(void) {",
        "  int mismatches = 0, correct = 0;",
        "  for (int n = 0; n < N_SAMPLES; n++) {",
        f"    int32_t logits[{c}];",
        f"    int32_t cls = {top}(tb_x[n], logits);",
        f"    for (int c = 0; c < {c}; c++) {{",
        "      if (logits[c] != tb_logits[n][c]) {",
        "        if (mismatches < 5) printf(\"sample %d: logit %d is %ld, expected %ld\\n\", n, c,"
        " (long)logits[c], (long)tb_logits[n][c]);",
        "        mismatches++;",
        "      }",
        "    }",
        "    if (cls != tb_class[n]) mismatches++;",
        "    if (cls == tb_label[n]) correct++;",
        "  }",
        "  printf(\"accuracy %d/%d\\n\", correct, N_SAMPLES);",
        "  if (mismatches) {",
        "    printf(\"FAIL: %d mismatches against the integer reference\\n\", mismatches);",
        "    return 1;",
        "  }",
        "  printf(\"PASS: %d samples bit-exact\\n\", N_SAMPLES);",
        "  return 0;",
        "}", ""])


def bambu_xml(net: QuantizedNet, x: np.ndarray) -> str:
    rows = []
    for sample in x[:BAMBU_VECTORS]:
        values = ",".join(str(int(v)) for v in sample)
        zeros = ",".join("0" for _ in range(net.n_classes))
        rows.append(f'  <testbench x="{{{values}}}" logits="{{{zeros}}}"/>')
    return '<?xml version="1.0"?>\n<function>\n' + "\n".join(rows) + "\n</function>\n"


@dataclass
class NasDesign:
    path: Path
    top: str
    files: list[str]
    array_ports: dict[str, int]


def design_files(net: QuantizedNet, top: str, x_test: np.ndarray, y_test: np.ndarray, options: HlsOptions,
                 title: str, report: dict) -> tuple[dict[str, str], CProgram]:
    """Every file of the design folder, as text (nothing is written)."""
    prog = program(net, top)
    source, header = design_source(prog, title)
    files = {
        f"{top}.c": source,
        f"{top}.h": header,
        f"tb_{top}.c": testbench(top, net, x_test, y_test),
        f"tb_{top}.xml": bambu_xml(net, x_test),
        "run_hls.tcl": run_hls_tcl(top, options),
        "bambu.sh": bambu_sh(top, options),
    }
    full = {
        "design": None, "top": top,
        "inputs": [{"path": f"nas:{report.get('dataset', '?')}",
                    "sha256": hashlib.sha256(source.encode()).hexdigest()}],
        "options": options.to_json(), "vectors": int(len(x_test)),
        "files": sorted(files) + [REPORT], **report,
    }
    files[REPORT] = json.dumps(full, indent=2) + "\n"
    return files, prog


def write_nas_design(net: QuantizedNet, top: str, out_dir: str | Path, x_test: np.ndarray, y_test: np.ndarray,
                     options: HlsOptions | None = None, *, title: str = "", report: dict | None = None) -> NasDesign:
    options = options or HlsOptions()
    target = Path(out_dir)
    files, prog = design_files(net, top, x_test, y_test, options, title, dict(report or {}))
    data = json.loads(files[REPORT])
    data["design"] = target.name
    files[REPORT] = json.dumps(data, indent=2) + "\n"
    write_files(target, files)
    return NasDesign(target, top, sorted(files), prog.array_ports)
