"""Template kernels: small C programs written from templates with random
types, operators, constants, loop bounds and array sizes, covering what gcc
-O0/-O1 emits for loops, arrays, structs, pointers, switches, calls,
recursion, globals, narrow integer types and floating point.

`template_program(rng, name)` returns one compilable C file: a few kernels
and a `main` that calls each of them and prints the results (so -O1 keeps
the code, and the calls themselves are data too).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from .cgen import FLOAT_TYPES, INT_TYPES, CType, condition, expression, literal, pick_type, shift_amount


@dataclass(frozen=True)
class Kernel:
    code: str  # the function(s)
    call: str  # statements inside main that call it and print the result
    prelude: str = ""  # struct definitions and globals it needs


def _print(ctype: CType, value: str) -> str:
    fmt, cast = ctype.printf
    return f'printf("{fmt}\\n", {cast}({value}));'


def _args(rng: random.Random, ctype: CType, count: int) -> str:
    return ", ".join(literal(rng, ctype) for _ in range(count))


def straight_arith(rng: random.Random, name: str) -> Kernel:
    t = pick_type(rng)
    lines = []
    names = ["a", "b", "c"]
    for i in range(rng.randint(2, 5)):
        lines.append(f"    {t.name} v{i} = {expression(rng, t, names, rng.randint(1, 3))};")
        names.append(f"v{i}")
    body = "\n".join(lines)
    result = " + ".join(names[3:])  # every intermediate is live
    code = f"{t.name} {name}({t.name} a, {t.name} b, {t.name} c)\n{{\n{body}\n    return {result};\n}}\n"
    return Kernel(code, _print(t, f"{name}({_args(rng, t, 3)})"))


def array_reduce(rng: random.Random, name: str) -> Kernel:
    t = pick_type(rng)
    n = rng.choice((4, 8, 10, 16, 33, 100))
    acc = rng.choice(("sum", "max", "min", "count"))
    step = {
        "sum": f"acc = acc + {expression(rng, t, ['x[i]'], 1)};",
        "max": "if (x[i] > acc) acc = x[i];",
        "min": "if (x[i] < acc) acc = x[i];",
        "count": f"if {condition(rng, t, ['x[i]'])} acc = acc + 1;",
    }[acc]
    start = "x[0]" if acc in ("max", "min") else literal(rng, t)
    loop = rng.choice(("for", "while", "do"))
    if loop == "for":
        body = f"    for (i = 0; i < n; i++) {{\n        {step}\n    }}"
    elif loop == "while":
        body = f"    i = 0;\n    while (i < n) {{\n        {step}\n        i++;\n    }}"
    else:
        body = f"    i = 0;\n    do {{\n        {step}\n        i++;\n    }} while (i < n);"
    idx = rng.choice(("int", "long", "unsigned", "size_t"))
    code = (f"{t.name} {name}(const {t.name} *x, {idx} n)\n{{\n    {t.name} acc = {start};\n    {idx} i;\n"
            f"{body}\n    return acc;\n}}\n")
    init = ", ".join(literal(rng, t) for _ in range(min(n, 12)))
    call = f"{{ {t.name} buf[{n}] = {{{init}}}; {_print(t, f'{name}(buf, {n})')} }}"
    return Kernel(code, call)


def array_transform(rng: random.Random, name: str) -> Kernel:
    t, u = pick_type(rng), pick_type(rng)
    form = rng.choice(("map", "reverse", "prefix", "stride", "pairs"))
    expr = expression(rng, u, ["(" + u.name + ")src[i]"], 2)
    body = {
        "map": f"    for (int i = 0; i < n; i++)\n        dst[i] = {expr};",
        "reverse": "    for (int i = 0; i < n; i++)\n        dst[i] = src[n - 1 - i];",
        "prefix": f"    {u.name} run = 0;\n    for (int i = 0; i < n; i++) {{\n        run = run + src[i];\n"
                  "        dst[i] = run;\n    }",
        "stride": f"    for (int i = 0; i + {rng.randint(1, 4)} < n; i += {rng.randint(1, 3)})\n"
                  f"        dst[i] = {expr};",
        "pairs": "    for (int i = 1; i < n; i++)\n        dst[i] = src[i] - src[i - 1];",
    }[form]
    n = rng.choice((5, 8, 12, 20))
    code = f"void {name}({u.name} *dst, const {t.name} *src, int n)\n{{\n{body}\n}}\n"
    init = ", ".join(literal(rng, t) for _ in range(n))
    call = (f"{{ {t.name} in[{n}] = {{{init}}}; {u.name} out[{n}] = {{0}}; {name}(out, in, {n}); "
            f"for (int j = 0; j < {n}; j++) {_print(u, 'out[j]')} }}")
    return Kernel(code, call)


def local_array(rng: random.Random, name: str) -> Kernel:
    t = pick_type(rng, floats=False)
    n = rng.choice((3, 7, 16, 25, 64))
    fill = expression(rng, t, ["seed", f"({t.name})i"], 2)
    use = rng.choice(("a[i] ^ a[n - 1 - i]", "a[i] * a[i]", "a[(i * 7) % n]", f"a[i] >> {shift_amount(rng, t) % 8}"))
    code = (f"{t.name} {name}({t.name} seed)\n{{\n    {t.name} a[{n}];\n    const int n = {n};\n    {t.name} r = 0;\n"
            f"    for (int i = 0; i < n; i++)\n        a[i] = {fill};\n"
            f"    for (int i = 0; i < n; i++)\n        r = r + ({use});\n    return r;\n}}\n")
    return Kernel(code, _print(t, f"{name}({literal(rng, t)})"))


def matrix(rng: random.Random, name: str) -> Kernel:
    t = pick_type(rng)
    r, c = rng.randint(2, 6), rng.randint(2, 6)
    op = rng.choice(("transpose_sum", "row_max", "scale"))
    inner = {
        "transpose_sum": "acc = acc + m[i][j] * m[j % R][i % C];",
        "row_max": "if (m[i][j] > acc) acc = m[i][j];",
        "scale": f"m[i][j] = m[i][j] * {literal(rng, t)}; acc = acc + m[i][j];",
    }[op]
    code = (f"#define R {r}\n#define C {c}\n{t.name} {name}({t.name} m[R][C])\n{{\n    {t.name} acc = 0;\n"
            f"    for (int i = 0; i < R; i++)\n        for (int j = 0; j < C; j++) {{\n            {inner}\n        }}\n"
            f"    return acc;\n}}\n#undef R\n#undef C\n")
    init = ", ".join("{" + ", ".join(literal(rng, t) for _ in range(c)) + "}" for _ in range(r))
    call = f"{{ {t.name} m[{r}][{c}] = {{{init}}}; {_print(t, f'{name}(m)')} }}"
    return Kernel(code, call)


def struct_fields(rng: random.Random, name: str) -> Kernel:
    types = [pick_type(rng) for _ in range(rng.randint(2, 5))]
    sname = f"{name}_s"
    fields = "".join(f"    {t.name} f{i};\n" for i, t in enumerate(types))
    prelude = f"struct {sname} {{\n{fields}}};\n"
    k = rng.randrange(len(types))
    kt = types[k]
    updates = "".join(f"    p->f{i} = {expression(rng, t, [f'p->f{i}', 'd'] if t == kt else [f'p->f{i}'], 1)};\n"
                      for i, t in enumerate(types))
    by_value = rng.random() < 0.4
    if by_value:
        code = (f"struct {sname} {name}(struct {sname} s, {kt.name} d)\n{{\n    struct {sname} *p = &s;\n"
                f"{updates}    return s;\n}}\n")
        call_expr = f"{name}(s, {literal(rng, kt)})"
        call = f"{{ struct {sname} s = {{0}}; s = {call_expr}; {_print(kt, f's.f{k}')} }}"
    else:
        code = f"{kt.name} {name}(struct {sname} *p, {kt.name} d)\n{{\n{updates}    return p->f{k};\n}}\n"
        call = f"{{ struct {sname} s = {{0}}; {_print(kt, f'{name}(&s, {literal(rng, kt)})')} }}"
    return Kernel(code, call, prelude)


def linked_list(rng: random.Random, name: str) -> Kernel:
    t = pick_type(rng, floats=False)
    sname = f"{name}_node"
    prelude = f"struct {sname} {{\n    {t.name} value;\n    struct {sname} *next;\n}};\n"
    visit = rng.choice(("acc = acc + p->value;", f"if {condition(rng, t, ['p->value'])} acc = acc + 1;",
                        "acc = acc ^ (p->value << 1);"))
    code = (f"{t.name} {name}(const struct {sname} *p)\n{{\n    {t.name} acc = 0;\n"
            f"    while (p != 0) {{\n        {visit}\n        p = p->next;\n    }}\n    return acc;\n}}\n")
    n = rng.randint(2, 6)
    nodes = "".join(f"n[{i}].value = {literal(rng, t)}; n[{i}].next = {f'&n[{i + 1}]' if i + 1 < n else '0'}; "
                    for i in range(n))
    call = f"{{ struct {sname} n[{n}]; {nodes}{_print(t, f'{name}(n)')} }}"
    return Kernel(code, call, prelude)


def pointer_walk(rng: random.Random, name: str) -> Kernel:
    t = pick_type(rng)
    form = rng.choice(("walk", "swap", "find"))
    if form == "walk":
        code = (f"{t.name} {name}(const {t.name} *p, const {t.name} *end)\n{{\n    {t.name} acc = {literal(rng, t)};\n"
                f"    while (p < end) {{\n        acc = {expression(rng, t, ['acc', '*p'], 2)};\n        p++;\n    }}\n"
                f"    return acc;\n}}\n")
        args = "buf, buf + 6"
    elif form == "swap":
        code = (f"{t.name} {name}({t.name} *a, {t.name} *b)\n{{\n    {t.name} tmp = *a;\n    *a = *b;\n"
                f"    *b = {expression(rng, t, ['tmp'], 1)};\n    return *a + *b;\n}}\n")
        args = "&buf[1], &buf[4]"
    else:
        code = (f"long {name}({t.name} *base, int n, {t.name} key)\n{{\n    {t.name} *p = base;\n"
                f"    for (; p != base + n; ++p)\n        if (*p == key)\n            return p - base;\n"
                f"    return -1;\n}}\n")
        args = f"buf, 6, {literal(rng, t)}"
    init = ", ".join(literal(rng, t) for _ in range(6))
    result = f"{name}({args})"
    printed = f'printf("%ld\\n", {result});' if form == "find" else _print(t, result)
    return Kernel(code, f"{{ {t.name} buf[6] = {{{init}}}; {printed} }}")


def switch_dense(rng: random.Random, name: str) -> Kernel:
    t = pick_type(rng, floats=False)
    n = rng.randint(4, 11)
    first = rng.choice((0, 0, 1, 3, 10))
    cases = "".join(f"    case {first + i}:\n        r = {expression(rng, t, ['a', 'b'], 2)};\n"
                    f"        {'break;' if rng.random() < 0.85 else '/* falls through */'}\n" for i in range(n))
    code = (f"{t.name} {name}(int k, {t.name} a, {t.name} b)\n{{\n    {t.name} r = {literal(rng, t)};\n"
            f"    switch (k) {{\n{cases}    default:\n        r = a;\n        break;\n    }}\n    return r;\n}}\n")
    ab = _args(rng, t, 2)
    call = f"for (int k = {first - 1}; k <= {first + n}; k++) {_print(t, f'{name}(k, {ab})')}"
    return Kernel(code, call)


def switch_sparse(rng: random.Random, name: str) -> Kernel:
    t = pick_type(rng, floats=False)
    keys = sorted(rng.sample(range(-50, 5000), rng.randint(3, 7)))
    cases = "".join(f"    case {k}: return {expression(rng, t, ['x'], 1)};\n" for k in keys)
    code = (f"{t.name} {name}(long key, {t.name} x)\n{{\n    switch (key) {{\n{cases}"
            f"    default: return {literal(rng, t)};\n    }}\n}}\n")
    probes = ", ".join(str(k) for k in keys + [keys[0] + 1])
    call = (f"{{ static const long keys[] = {{{probes}}}; for (int j = 0; j < {len(keys) + 1}; j++) "
            f"{_print(t, f'{name}(keys[j], {literal(rng, t)})')} }}")
    return Kernel(code, call)


def calls(rng: random.Random, name: str) -> Kernel:
    t = pick_type(rng)
    params = ", ".join(f"{t.name} p{i}" for i in range(rng.randint(1, 9)))  # > 8 spills to the stack
    count = params.count(",") + 1
    names = [f"p{i}" for i in range(count)]
    helper = (f"static {t.name} {name}_helper({params})\n{{\n    return {expression(rng, t, names, 2)};\n}}\n")
    loop_n = rng.randint(2, 12)
    args = ", ".join(rng.choice(("acc", "(" + t.name + ")i", literal(rng, t))) for _ in range(count))
    code = helper + (f"{t.name} {name}({t.name} start)\n{{\n    {t.name} acc = start;\n"
                     f"    for (int i = 0; i < {loop_n}; i++)\n        acc = {name}_helper({args});\n    return acc;\n}}\n")
    return Kernel(code, _print(t, f"{name}({literal(rng, t)})"))


def recursion(rng: random.Random, name: str) -> Kernel:
    t = pick_type(rng, floats=False)
    form = rng.choice(("linear", "binary", "gcd"))
    if form == "gcd":
        code = (f"{t.name} {name}({t.name} a, {t.name} b)\n{{\n    if (b == 0)\n        return a;\n"
                f"    return {name}(b, a % b);\n}}\n")
        return Kernel(code, _print(t, f"{name}({rng.randint(1, 120)}, {rng.randint(1, 120)})"))
    if form == "linear":
        step = f"return {expression(rng, t, ['n'], 1)} + {name}(n - 1);"
        base = f"if (n <= 1)\n        return {literal(rng, t)};"
    else:
        step = f"return {name}(n - 1) + {name}(n - 2);"
        base = "if (n < 2)\n        return n;"
    code = f"{t.name} {name}({t.name} n)\n{{\n    {base}\n    {step}\n}}\n"
    return Kernel(code, _print(t, f"{name}({rng.randint(3, 15)})"))


def function_pointer(rng: random.Random, name: str) -> Kernel:
    t = pick_type(rng)
    ops = [f"static {t.name} {name}_op{i}({t.name} a, {t.name} b) {{ return {expression(rng, t, ['a', 'b'], 2)}; }}\n"
           for i in range(rng.randint(2, 4))]
    table = ", ".join(f"{name}_op{i}" for i in range(len(ops)))
    code = "".join(ops) + (
        f"{t.name} {name}(unsigned which, {t.name} a, {t.name} b)\n{{\n"
        f"    static {t.name} (*const table[])({t.name}, {t.name}) = {{{table}}};\n"
        f"    return table[which % {len(ops)}](a, b);\n}}\n")
    ab = _args(rng, t, 2)
    return Kernel(code, f"for (unsigned w = 0; w < {len(ops)}; w++) {_print(t, f'{name}(w, {ab})')}")


def narrow_casts(rng: random.Random, name: str) -> Kernel:
    src, dst = rng.choice(INT_TYPES), rng.choice(INT_TYPES + FLOAT_TYPES)
    mid = rng.choice(INT_TYPES)
    steps = [f"    {mid.name} m = ({mid.name})(x {rng.choice(('+', '-', '^', '*'))} {literal(rng, src)});",
             f"    {dst.name} r = ({dst.name})m;",
             f"    if (({src.name})r {rng.choice(('<', '>', '==', '!='))} x)\n        r = ({dst.name})(r + 1);"]
    code = f"{dst.name} {name}({src.name} x)\n{{\n" + "\n".join(steps) + "\n    return r;\n}\n"
    return Kernel(code, _print(dst, f"{name}({literal(rng, src)})"))


def float_math(rng: random.Random, name: str) -> Kernel:
    t = rng.choice(FLOAT_TYPES)
    i = rng.choice(INT_TYPES)
    form = rng.choice(("poly", "convert", "loop"))
    if form == "poly":
        body = f"    return {expression(rng, t, ['x', 'y'], 3)};"
        params = f"{t.name} x, {t.name} y"
        args = _args(rng, t, 2)
    elif form == "convert":
        body = (f"    {t.name} f = ({t.name})n * x;\n    if (f {rng.choice(('<', '>'))} {literal(rng, t)})\n"
                f"        f = -f;\n    return f + ({t.name})({i.name})f;")
        params = f"{t.name} x, {i.name} n"
        args = f"{literal(rng, t)}, {rng.randint(-20, 20) if i.signed else rng.randint(0, 40)}"
    else:
        body = (f"    {t.name} s = 0;\n    for (int k = 1; k <= {rng.randint(3, 20)}; k++)\n"
                f"        s = s + x / ({t.name})k - y;\n    return s;")
        params = f"{t.name} x, {t.name} y"
        args = _args(rng, t, 2)
    code = f"{t.name} {name}({params})\n{{\n{body}\n}}\n"
    return Kernel(code, _print(t, f"{name}({args})"))


def bit_tricks(rng: random.Random, name: str) -> Kernel:
    t = rng.choice([u for u in INT_TYPES if not u.signed])
    form = rng.choice(("popcount", "rotate", "reverse", "field"))
    w = t.bits
    if form == "popcount":
        body = "    int c = 0;\n    while (x) {\n        x &= x - 1;\n        c++;\n    }\n    return c;"
    elif form == "rotate":
        k = rng.randint(1, w - 1)
        body = f"    return ({t.name})((x << {k}) | (x >> {w - k}));"
    elif form == "reverse":
        body = (f"    {t.name} r = 0;\n    for (int i = 0; i < {w}; i++) {{\n        r = ({t.name})((r << 1) | (x & 1));\n"
                "        x >>= 1;\n    }\n    return r;")
    else:
        lo = rng.randint(0, w - 2)
        width = rng.randint(1, w - lo - 1)
        mask = (1 << width) - 1
        body = f"    return (x >> {lo}) & {mask}ULL;"
    ret = "int" if form == "popcount" else t.name
    code = f"{ret} {name}({t.name} x)\n{{\n{body}\n}}\n"
    rt = INT_TYPES[4] if form == "popcount" else t
    return Kernel(code, _print(rt, f"{name}({literal(rng, t)})"))


def globals_update(rng: random.Random, name: str) -> Kernel:
    types = [pick_type(rng) for _ in range(rng.randint(1, 3))]
    prelude = "".join(f"{'static ' if rng.random() < 0.5 else ''}{t.name} {name}_g{i} = {literal(rng, t)};\n"
                      for i, t in enumerate(types))
    lines = "".join(f"    {name}_g{i} = {expression(rng, t, [f'{name}_g{i}', f'({t.name})k'], 2)};\n"
                    for i, t in enumerate(types))
    code = f"void {name}(int k)\n{{\n{lines}}}\n"
    printed = " ".join(_print(t, f"{name}_g{i}") for i, t in enumerate(types))
    return Kernel(code, f"{name}({rng.randint(-9, 99)}); {printed}", prelude)


def conditionals(rng: random.Random, name: str) -> Kernel:
    t = pick_type(rng)
    lo, hi = literal(rng, t), literal(rng, t)
    form = rng.choice(("clamp", "chain", "logic"))
    if form == "clamp":
        body = (f"    {t.name} lo = {lo}, hi = {hi};\n    if (lo > hi) {{ {t.name} s = lo; lo = hi; hi = s; }}\n"
                f"    return x < lo ? lo : (x > hi ? hi : x);")
    elif form == "chain":
        body = (f"    if {condition(rng, t, ['x', 'y'])}\n        return {expression(rng, t, ['x', 'y'], 1)};\n"
                f"    else if {condition(rng, t, ['x', 'y'])}\n        return {expression(rng, t, ['x', 'y'], 1)};\n"
                f"    return {expression(rng, t, ['x', 'y'], 1)};")
    else:
        body = (f"    int r = {condition(rng, t, ['x'])} {rng.choice(('&&', '||'))} {condition(rng, t, ['y'])};\n"
                f"    return r ? x : y;")
    code = f"{t.name} {name}({t.name} x, {t.name} y)\n{{\n{body}\n}}\n"
    return Kernel(code, _print(t, f"{name}({_args(rng, t, 2)})"))


def string_scan(rng: random.Random, name: str) -> Kernel:
    form = rng.choice(("length", "upper", "count", "hash"))
    c = chr(rng.randint(ord("a"), ord("z")))
    body = {
        "length": "    long n = 0;\n    while (s[n] != '\\0')\n        n++;\n    return n;",
        "upper": ("    long n = 0;\n    for (; *s; s++, n++)\n        if (*s >= 'a' && *s <= 'z')\n"
                  "            n += *s - 'a' + 'A';\n    return n;"),
        "count": f"    long n = 0;\n    for (; *s; s++)\n        n += *s == '{c}';\n    return n;",
        "hash": (f"    unsigned long h = {rng.choice((5381, 2166136261, 7, 131))}UL;\n    while (*s)\n"
                 f"        h = h * {rng.choice((31, 33, 16777619, 131))}UL ^ (unsigned char)*s++;\n    return (long)h;"),
    }[form]
    code = f"long {name}(const char *s)\n{{\n{body}\n}}\n"
    word = "".join(chr(rng.randint(ord("a"), ord("z"))) for _ in range(rng.randint(3, 12)))
    return Kernel(code, f'printf("%ld\\n", {name}("{word}"));')


TEMPLATES: dict[str, Callable[[random.Random, str], Kernel]] = {
    f.__name__: f for f in (
        straight_arith, array_reduce, array_transform, local_array, matrix, struct_fields, linked_list,
        pointer_walk, switch_dense, switch_sparse, calls, recursion, function_pointer, narrow_casts,
        float_math, bit_tricks, globals_update, conditionals, string_scan)
}


def template_program(rng: random.Random, kernels: tuple[int, int] = (2, 5)) -> str:
    """One C file: a few template kernels and a main that calls them."""
    chosen = [rng.choice(list(TEMPLATES)) for _ in range(rng.randint(*kernels))]
    parts = [TEMPLATES[t](rng, f"k{i}_{t}") for i, t in enumerate(chosen)]
    head = "#include <stddef.h>\n#include <stdint.h>\n#include <stdio.h>\n\n"
    preludes = "".join(p.prelude for p in parts)
    code = "\n".join(p.code for p in parts)
    calls_ = "\n".join(f"    {p.call}" for p in parts)
    return f"{head}{preludes}\n{code}\nint main(void)\n{{\n{calls_}\n    return 0;\n}}\n"
