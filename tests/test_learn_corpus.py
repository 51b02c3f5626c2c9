"""The learned guesser's data: corpus building (pairs through .loc lines,
split by program, de-duplication, held-out exclusion), the assembly
tokenizer, and the held-out evaluation programs."""

from __future__ import annotations

import json
import random
import re
import subprocess
from collections import defaultdict
from dataclasses import replace

import pytest

from guacc.transpiler.asm.isa_tables import ARM_REGISTERS, RISCV_REGISTERS
from guacc.transpiler.asm.parser import format_instruction, parse_asm, parse_instruction
from guacc.transpiler.learn.corpus import build_corpus, counts_table
from guacc.transpiler.learn.heldout import LINES, check_program, heldout_inputs, heldout_programs
from guacc.transpiler.learn.kernels import TEMPLATES, template_program
from guacc.transpiler.learn.pairs import (SPLITS, canonical_labels, code_only, compile_asm, deduplicate,
                                          function_text, split_of)
from guacc.transpiler.learn.sources import (HELDOUT, Program, check_not_heldout, csmith_available, csmith_programs,
                                            fixture_programs, heldout_digests, template_programs)
from guacc.transpiler.learn.tokenizer import (DIRECTIONS, decode, encode_source, encode_target, load_tokenizer,
                                              save_tokenizer, train_tokenizer)

from .asm_fixtures import asm_path, require_cross_tools

FIXTURES_USED = ("gcd_lcm", "switch_calc", "struct_points")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """A tiny corpus at -O0: three fixtures, four template programs, and
    a copy of one fixture under another name (all its pairs are duplicates)."""
    for isa in ("arm", "riscv"):
        require_cross_tools(isa)
    out = tmp_path_factory.mktemp("corpus")
    fixtures = [p for p in fixture_programs() if p.name.removeprefix("fixture_") in FIXTURES_USED]
    copy = replace(fixtures[0], name="copy_of_" + fixtures[0].name)
    programs = fixtures + template_programs(7, 4) + [copy]
    summary = build_corpus(programs, out, seed=3, opts=("O0",), fractions=(0.5, 0.25, 0.25))
    return summary, out, copy


def all_records(summary):
    return [r for rows in summary.records.values() for r in rows]


def test_every_program_gives_pairs(corpus):
    summary, _, _ = corpus
    assert not summary.failed
    levels = {r["level"] for r in all_records(summary)}
    assert levels == {"block", "function"}
    assert {(source, "O0", level) for source in ("fixture", "template") for level in ("block", "function")} == \
        {key[:3] for key in summary.counts()}
    assert counts_table(summary).row_count >= 6


def test_block_pairs_come_from_the_same_c_lines(corpus):
    summary, _, _ = corpus
    blocks = [r for r in all_records(summary) if r["level"] == "block"]
    assert len(blocks) > 50
    for r in blocks:
        assert len(r["src_lines"]) == len(r["src"].splitlines()) and len(r["dst_lines"]) == len(r["dst"].splitlines())
        shared = set(r["src_lines"]) & set(r["dst_lines"]) - {None}
        assert shared, (r["program"], r["function"], r["src_block"], r["dst_block"])
        if r["how"] == "loc":  # the two blocks run through the same C lines in the same order
            key = lambda lines: [n for i, n in enumerate(lines) if n is not None and (i == 0 or lines[i - 1] != n)]
            assert key(r["src_lines"]) == key(r["dst_lines"])
    assert sum(r["how"] == "loc" for r in blocks) > 0.5 * len(blocks)


def test_every_line_is_an_instruction_of_its_isa(corpus):
    summary, _, _ = corpus
    for r in all_records(summary):
        if r["level"] != "block":
            continue
        for side in ("src", "dst"):
            isa = r[f"{side}_isa"]
            for line in r[side].splitlines():
                assert format_instruction(parse_instruction(line, isa), isa) == line


def test_paired_blocks_branch_to_the_same_label_names(corpus):
    """Labels are renamed per function so that a paired block has one name
    on both sides: at -O0 the two compiles' branches agree."""
    summary, _, _ = corpus
    agree = disagree = 0
    for r in all_records(summary):
        if r["level"] == "block":
            src = re.search(r"\t(\.L\w+)$", r["src"].splitlines()[-1])
            dst = re.search(r",?\t?(\.L\w+)$", r["dst"].splitlines()[-1])
            if src and dst:
                agree += src.group(1) == dst.group(1)
                disagree += src.group(1) != dst.group(1)
    assert agree > 20 and disagree <= 0.1 * agree


def test_source_side_renaming_needs_no_target(corpus, tmp_path):
    """A guesser sees only the source: renaming it alone gives the text the
    model was trained on."""
    summary, out, _ = corpus
    program = next(p for p in fixture_programs() if p.name == "fixture_switch_calc")
    asm = parse_asm(code_only(compile_asm(program, "arm", "O0", out / "cache")), "arm")
    records = {r["function"]: r for r in all_records(summary)
               if r["program"] == program.name and r["level"] == "function"}
    assert records
    for name, record in records.items():
        function = asm.functions[name]
        text, _ = function_text(function, "arm", canonical_labels(function))
        assert "\n".join(text) == record["src"]


def test_split_is_by_program(corpus):
    summary, out, _ = corpus
    seen = defaultdict(set)
    for split in SPLITS:
        for line in (out / f"{split}.jsonl").read_text().splitlines():
            seen[json.loads(line)["program"]].add(split)
    assert seen and all(len(splits) == 1 for splits in seen.values())
    manifest = json.loads((out / "manifest.json").read_text())
    assert {p["program"]: p["split"] for p in manifest["programs"]}.keys() >= seen.keys()


def test_split_of_is_seeded_stable_and_proportional():
    names = [f"p{i}" for i in range(2000)]
    first = [split_of(n, 0) for n in names]
    assert first == [split_of(n, 0) for n in names]
    assert first != [split_of(n, 1) for n in names]
    share = first.count("train") / len(names)
    assert 0.87 < share < 0.93
    assert first.count("validation") > 50 and first.count("test") > 50


def test_deduplication(corpus):
    summary, _, copy = corpus
    records = all_records(summary)
    keys = [(r["level"], r["src"], r["dst"]) for r in records]
    assert len(keys) == len(set(keys))
    assert summary.duplicates > 0
    # a fixture compiled again under another name adds nothing: whichever of
    # the two comes first (train before validation before test) keeps the pairs
    original = copy.name.removeprefix("copy_of_")
    kept = {name: sum(r["program"] == name for r in records) for name in (original, copy.name)}
    assert sorted(kept.values())[0] == 0 and sorted(kept.values())[1] > 0, kept


def test_deduplicate_keeps_training_copies():
    row = {"level": "block", "src": "ret", "dst": "ret"}
    kept, dropped = deduplicate([dict(row, split="test", program="a"), dict(row, split="train", program="b"),
                                 dict(row, src="nop", split="validation", program="c")])
    assert dropped == 1
    assert [(r["program"], r["split"]) for r in kept] == [("b", "train"), ("c", "validation")]


def test_code_only_drops_debug_sections_and_skipped_functions(tmp_path):
    require_cross_tools("arm")
    program = Program("two", "test", "static int helper(int x) { return x + 1; }\n"
                      "int main(void) { return helper(2); }\n")
    text = compile_asm(program, "arm", "O0", tmp_path)
    assert ".debug_info" in text
    trimmed = code_only(text, frozenset({"helper"}))
    assert ".debug_info" not in trimmed and ".loc" in trimmed
    assert list(parse_asm(trimmed, "arm").functions) == ["main"]
    assert list(parse_asm(code_only(text), "arm").functions) == ["helper", "main"]


def test_template_programs_compile_for_both_isas(tmp_path):
    """Nearly every template appears over a few programs, and each program
    compiles with both cross compilers at -O1."""
    for isa in ("arm", "riscv"):
        require_cross_tools(isa)
    seen = set()
    for i in range(12):
        text = template_program(random.Random(i))
        seen |= {name for name in TEMPLATES if f"_{name}(" in text}
        c_file = tmp_path / f"t{i}.c"
        c_file.write_text(text)
        for gcc in ("aarch64-linux-gnu-gcc", "riscv64-linux-gnu-gcc"):
            done = subprocess.run([gcc, "-S", "-O1", "-o", "/dev/null", str(c_file)], capture_output=True, text=True)
            assert done.returncode == 0, done.stderr
    assert len(seen) >= len(TEMPLATES) - 3
    assert template_programs(5, 3)[2].text == template_programs(5, 9)[2].text  # program i independent of the count


def test_csmith_programs_pair_without_the_runtime(tmp_path):
    for isa in ("arm", "riscv"):
        require_cross_tools(isa)
    if not csmith_available():
        pytest.skip("csmith not installed (Debian packages csmith, libcsmith-dev)")
    runtime, generated = csmith_programs(11, 1)
    assert "safe_add_func_int32_t_s_s" in generated.skip_functions
    summary = build_corpus([runtime, generated], tmp_path, seed=0, opts=("O0",))
    assert not summary.failed
    functions = defaultdict(set)
    for r in all_records(summary):
        functions[r["program"]].add(r["function"])
    assert "safe_add_func_int32_t_s_s" in functions[runtime.name]
    assert functions[generated.name] and not functions[generated.name] & generated.skip_functions
    assert "func_1" in functions[generated.name]


def test_heldout_programs_are_excluded():
    heldout = heldout_digests()
    assert len(heldout) == len(heldout_programs()) >= 50
    name = heldout_programs()[0]
    text = (HELDOUT / f"{name}.c").read_text()
    with pytest.raises(AssertionError, match="held-out"):
        check_not_heldout(Program("sneaky", "fixture", "/* renamed */\n" + text), heldout)
    for program in fixture_programs() + template_programs(0, 5):
        check_not_heldout(program, heldout)


# ---------------------------------------------------------------- tokenizer --

@pytest.fixture(scope="module")
def tokenizer(corpus, tmp_path_factory):
    summary, _, _ = corpus
    texts = [t for r in summary.records["train"] for t in (r["src"], r["dst"])]
    path = save_tokenizer(train_tokenizer(texts, vocab_size=600), tmp_path_factory.mktemp("tok") / "tokenizer.json")
    return load_tokenizer(path)


def test_tokenizer_round_trip_on_the_corpus(corpus, tokenizer):
    summary, _, _ = corpus
    for r in all_records(summary):
        for side in ("src", "dst"):
            assert decode(tokenizer, tokenizer.encode(r[side]).ids) == r[side]


def test_tokenizer_round_trip_on_unseen_assembly(tokenizer):
    """Instructions of other fixtures at -O2 (SIMD included), never trained on."""
    for isa in ("arm", "riscv"):
        path = asm_path(isa, "O2", "matrix_mul")
        if not path.exists():
            pytest.skip("examples/asm not built")
        lines = [format_instruction(i, isa) for i in parse_asm(path.read_text(), isa).instructions]
        text = "\n".join(lines)
        ids = tokenizer.encode(text).ids
        assert decode(tokenizer, ids) == text
        assert tokenizer.token_to_id("<unk>") not in ids


def test_immediate_digits_are_single_tokens(tokenizer):
    tokens = tokenizer.encode("ldr\tx0, [sp, 1234]\naddi\ta5,a5,-606\nlui\ta5,%hi(g_5+8)").tokens
    assert tokens[:12] == ["ldr", "\t", "x0", ", ", "[", "sp", ", ", "1", "2", "3", "4", "]"]
    assert tokens[12:23] == ["\n", "addi", "\t", "a5", ",", "a5", ",", "-", "6", "0", "6"]
    assert "%hi" in tokens and "(" in tokens
    number = re.compile(r"[0-9]+")
    for line in ("mov\tx1, 65535", "li\ta0,-2048", "movk\tx0, 4660, lsl 16", "fmov\td0, 1.5"):
        assert all(len(t) == 1 for t in tokenizer.encode(line).tokens if number.fullmatch(t))


def test_isa_words_and_labels_are_whole_tokens(tokenizer):
    for word in sorted(ARM_REGISTERS | RISCV_REGISTERS) + ["b.eq", "sext.w", "fcvt.w.d", "ldrsw", ".L12", ".LC3",
                                                             ":lo12:", "%pcrel_lo", "movk", "csel"]:
        assert tokenizer.encode(word).tokens == [word]


def test_direction_and_special_tokens(tokenizer):
    ids = encode_source(tokenizer, "ret", "arm", "riscv")
    assert tokenizer.id_to_token(ids[1]) == DIRECTIONS["arm", "riscv"] == "<arm2rv>"
    assert tokenizer.id_to_token(ids[0]) == "<s>" and tokenizer.id_to_token(ids[-1]) == "</s>"
    assert decode(tokenizer, ids) == "ret"
    assert decode(tokenizer, encode_target(tokenizer, "jr\tra\nnop")) == "jr\tra\nnop"
    assert tokenizer.token_to_id("<pad>") == 0 and tokenizer.token_to_id("<rv2arm>") is not None
    assert tokenizer.encode("\n").tokens == ["\n"]


# ------------------------------------------------------- held-out programs --

def test_heldout_set_is_complete():
    names = heldout_programs()
    assert len(names) >= 50
    assert set(heldout_inputs()) <= set(names)
    examples = {p.stem for p in (HELDOUT.parent.parent / "examples" / "programs").glob("*.c")}
    assert not examples & set(names)
    for name in names:
        text = (HELDOUT / f"{name}.c").read_text()
        assert LINES[0] <= len(text.splitlines()) <= LINES[1], name
        assert "int main(" in text and any(f in text for f in ("printf", "putchar", "puts", "fwrite")), name


@pytest.mark.parametrize("name", ["tictactoe_eval", "modular_power", "kahan_sum"])  # stdin, args, float
def test_heldout_program_compiles_cleanly_and_agrees_under_qemu(name, tmp_path):
    for isa in ("arm", "riscv"):
        require_cross_tools(isa, with_qemu=True)
    result = check_program(name, tmp_path)
    assert result.ok, result.describe()
