"""A `tokenizers` tokenizer for AArch64 and RV64 assembly as the corpus
prints it (one instruction a line, `format_instruction` spelling).

Pre-tokenizer: the text is cut into identifiers (opcodes, registers, labels
such as `.L12`, symbols), relocation operators (`:lo12:`, `%hi`, `%lo`,
`%pcrel_hi`), single digits, `, ` (AArch64's operand separator), and single
characters for everything else (`[ ] ( ) { } ! # - + ,`, tab, space,
newline). So an immediate is a sign and one token per digit, which a model
can copy digit by digit and the solver can re-fill, and no token ever spans
two operands. Newline is the instruction separator; `<s> </s> <pad> <unk>`
and the direction tokens `<arm2rv> <rv2arm>` are special.

Model: BPE, not WordLevel. Symbols are open-ended (csmith's `g_1234`,
template function names, string-literal labels); BPE with every printable
character in its alphabet spells an unseen one in pieces instead of `<unk>`,
so decoding always gives back the text. With `ignore_merges` a whole
pre-token found in the vocabulary is one token, and every register,
mnemonic, condition, shift and relocation operator of both ISAs
(`asm.isa_tables`) plus the corpus's normalised labels are put in the
vocabulary: they are whole tokens even when the training data lacks them.

    python -m guacc.transpiler.learn.tokenizer --corpus build/corpus [--out build/corpus/tokenizer.json]
"""

from __future__ import annotations

import argparse
import json
import string
from collections.abc import Iterable, Iterator
from pathlib import Path

from tokenizers import Regex, Tokenizer, decoders, models, pre_tokenizers, trainers

from ..asm import isa_tables

BOS, EOS, PAD, UNK = "<s>", "</s>", "<pad>", "<unk>"
DIRECTIONS = {("arm", "riscv"): "<arm2rv>", ("riscv", "arm"): "<rv2arm>"}
SPECIAL_TOKENS = [PAD, BOS, EOS, UNK, *DIRECTIONS.values()]  # <pad> is id 0
NEWLINE = "\n"  # the instruction separator: one token
DEFAULT_VOCAB_SIZE = 2000  # learnt part; the ISA words come on top

# Order matters: relocation operators and identifiers before single characters.
PIECES = (
    r":[a-z0-9_]+:"  # :lo12: :got_lo12:
    r"|%[a-z0-9_]+"  # %hi %lo %pcrel_hi
    r"|(?:[A-Za-z_$]|\.[A-Za-z_])[A-Za-z0-9_.$]*"  # x0 b.eq fcvt.w.d v0.4s .L12 .LC0 g_5 (not .5 of a float)
    r"|[0-9]"  # one token per digit
    r"|, "  # AArch64 operand separator
    r"|[\s\S]"  # anything else, one character (tab, space, newline included)
)
ALPHABET = sorted(set(string.printable))
LABELS = 256  # .L0 ... .L255 and friends are whole tokens


def isa_words() -> set[str]:
    """Words of both ISAs that must be single tokens."""
    t = isa_tables
    words = set(t.ARM_MNEMONICS | t.ARM_REGISTERS | t.ARM_CONDITIONS | t.ARM_SHIFTS)
    words |= set(t.RISCV_MNEMONICS | t.RISCV_REGISTERS | t.RISCV_ROUNDING_MODES | t.RISCV_CSR_OPCODES)
    words |= {f":{r}:" for r in ("lo12", "got", "got_lo12", "tlsdesc", "tlsdesc_lo12", "tprel_hi12", "tprel_lo12_nc")}
    words |= {f"%{r}" for r in ("hi", "lo", "pcrel_hi", "pcrel_lo", "got_pcrel_hi", "tprel_hi", "tprel_lo", "tprel_add")}
    # normalised labels (pairs.canonical_labels): blocks, unpaired blocks, data
    for prefix in (".L", ".LU", ".LC", ".LT", ".LANCHOR"):
        words |= {f"{prefix}{n}" for n in range(LABELS if prefix == ".L" else 32)}
    return words


def new_tokenizer() -> Tokenizer:
    tokenizer = Tokenizer(models.BPE(unk_token=UNK, ignore_merges=True))
    tokenizer.pre_tokenizer = pre_tokenizers.Split(Regex(PIECES), behavior="isolated")
    tokenizer.decoder = decoders.Fuse()  # tokens are plain substrings: concatenation is the text
    return tokenizer


def train_tokenizer(texts: Iterable[str], vocab_size: int = DEFAULT_VOCAB_SIZE) -> Tokenizer:
    """BPE merges learnt on `texts`, then the ISA words added whole."""
    tokenizer = new_tokenizer()
    trainer = trainers.BpeTrainer(vocab_size=vocab_size, min_frequency=2, special_tokens=SPECIAL_TOKENS,
                                  initial_alphabet=ALPHABET, show_progress=False)
    tokenizer.train_from_iterator(texts, trainer)
    return _with_whole_words(tokenizer, isa_words())


def _with_whole_words(tokenizer: Tokenizer, words: set[str]) -> Tokenizer:
    spec = json.loads(tokenizer.to_str())
    vocab = spec["model"]["vocab"]
    for word in sorted(words - set(vocab)):
        vocab[word] = len(vocab)
    spec["model"]["ignore_merges"] = True
    return Tokenizer.from_str(json.dumps(spec))


def record_texts(paths: Iterable[Path]) -> Iterator[str]:
    """Both sides of every record in the JSONL files."""
    for path in paths:
        with open(path) as f:
            for line in f:
                record = json.loads(line)
                yield record["src"]
                yield record["dst"]


def save_tokenizer(tokenizer: Tokenizer, path: str | Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tokenizer.save(str(path))
    return path


def load_tokenizer(path: str | Path) -> Tokenizer:
    return Tokenizer.from_file(str(path))


def encode_source(tokenizer: Tokenizer, text: str, src_isa: str, dst_isa: str) -> list[int]:
    """`<s> <direction> text </s>`: the encoder input for one translation."""
    direction = tokenizer.token_to_id(DIRECTIONS[src_isa, dst_isa])
    return [tokenizer.token_to_id(BOS), direction, *tokenizer.encode(text).ids, tokenizer.token_to_id(EOS)]


def encode_target(tokenizer: Tokenizer, text: str) -> list[int]:
    """`<s> text </s>`: the decoder side."""
    return [tokenizer.token_to_id(BOS), *tokenizer.encode(text).ids, tokenizer.token_to_id(EOS)]


def decode(tokenizer: Tokenizer, ids: Iterable[int]) -> str:
    """The text of `ids`, special tokens dropped."""
    return tokenizer.decode(list(ids), skip_special_tokens=True)


def as_transformers(tokenizer: Tokenizer):
    """The same tokenizer as a `transformers.PreTrainedTokenizerFast`."""
    from transformers import PreTrainedTokenizerFast

    return PreTrainedTokenizerFast(tokenizer_object=tokenizer, bos_token=BOS, eos_token=EOS, pad_token=PAD,
                                   unk_token=UNK, additional_special_tokens=list(DIRECTIONS.values()))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m guacc.transpiler.learn.tokenizer",
        description="Train the assembly tokenizer on a corpus's train split (both ISAs) and save it as JSON.")
    parser.add_argument("--corpus", type=Path, default=Path("build/corpus"),
                        help="directory with train.jsonl (corpus --out; default build/corpus)")
    parser.add_argument("--out", type=Path, help="tokenizer file (default CORPUS/tokenizer.json)")
    parser.add_argument("--vocab-size", type=int, default=DEFAULT_VOCAB_SIZE,
                        help=f"learnt BPE vocabulary before the ISA words are added (default {DEFAULT_VOCAB_SIZE})")
    args = parser.parse_args(argv)
    train = args.corpus / "train.jsonl"
    if not train.exists():
        parser.error(f"{train} not found: build the corpus first (python -m guacc.transpiler.learn.corpus)")
    tokenizer = train_tokenizer(record_texts([train]), args.vocab_size)
    out = save_tokenizer(tokenizer, args.out or args.corpus / "tokenizer.json")
    print(f"vocabulary {tokenizer.get_vocab_size()} tokens; wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
