"""Train the block translator on a pair corpus and write a model directory
(weights as safetensors, tokenizer, config with the measured facts, and
MODEL_CARD.md).

    python -m guacc.transpiler.learn.train --corpus build/corpus --out build/model --steps 3000 --seed 0

Runs on CPU; uses the GPU when torch sees one (bf16 autocast). Examples are
the corpus's block pairs in both directions (`block_inputs`). Validation
accuracy is exact match of the greedy translation of a validation block,
text for text. After training the cross-attention head that aligns best with
the `.loc` lines of validation pairs is chosen (`align.measure_heads`).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import time
from pathlib import Path

from .block_inputs import training_examples
from .model import ModelSpec, build_model, save_model
from .tokenizer import PAD, decode, encode_source, encode_target, load_tokenizer

MAX_TOKENS = 256  # longer blocks are left out of training


def load_examples(corpus: Path, split: str, opts: tuple[str, ...]) -> list[dict]:
    with open(corpus / f"{split}.jsonl") as f:
        records = [json.loads(line) for line in f]
    return [ex for ex in training_examples(records) if ex["opt"] in opts]


def encode_all(tokenizer, examples: list[dict]) -> list[tuple[list[int], list[int], dict]]:
    out = []
    for ex in examples:
        src = encode_source(tokenizer, ex["source"], ex["src_isa"], ex["dst_isa"])
        tgt = encode_target(tokenizer, ex["target"])
        if len(src) <= MAX_TOKENS and len(tgt) <= MAX_TOKENS:
            out.append((src, tgt, ex))
    return out


def batches(data: list, batch_size: int, rng: random.Random):
    """Endless batches of similar lengths (less padding), in random order."""
    while True:
        order = data[:]
        rng.shuffle(order)
        pool = batch_size * 50
        chunks = []
        for start in range(0, len(order), pool):
            group = sorted(order[start:start + pool], key=lambda x: len(x[0]) + len(x[1]))
            chunks += [group[i:i + batch_size] for i in range(0, len(group), batch_size)]
        rng.shuffle(chunks)
        yield from chunks


def pad(seqs: list[list[int]], value: int, device):
    import torch

    width = max(map(len, seqs))
    return torch.tensor([s + [value] * (width - len(s)) for s in seqs], device=device)


def loss_of(model, batch, pad_id: int, device, smoothing: float):
    import torch.nn.functional as F

    src = pad([b[0] for b in batch], pad_id, device)
    tgt = pad([b[1] for b in batch], pad_id, device)
    logits = model(input_ids=src, attention_mask=src != pad_id, decoder_input_ids=tgt[:, :-1],
                   decoder_attention_mask=tgt[:, :-1] != pad_id).logits
    labels = tgt[:, 1:].masked_fill(tgt[:, 1:] == pad_id, -100)
    return F.cross_entropy(logits.float().reshape(-1, logits.shape[-1]), labels.reshape(-1),
                           ignore_index=-100, label_smoothing=smoothing)


def greedy(model, tokenizer, sources: list[list[int]], device, max_new: int = MAX_TOKENS) -> list[str]:
    import torch

    pad_id = tokenizer.token_to_id(PAD)
    src = pad(sources, pad_id, device)
    with torch.no_grad():
        out = model.generate(input_ids=src, attention_mask=src != pad_id, num_beams=1, do_sample=False,
                             max_new_tokens=max_new)
    return [decode(tokenizer, row.tolist()) for row in out]


def exact_match(model, tokenizer, data: list, device, batch_size: int = 64) -> dict[str, float]:
    """Share of examples whose greedy translation is the target text, overall
    and per direction and -O level."""
    model.eval()
    hits: dict[str, list[int]] = {}
    ordered = sorted(data, key=lambda x: len(x[0]))
    for start in range(0, len(ordered), batch_size):
        chunk = ordered[start:start + batch_size]
        longest = max(len(x[1]) for x in chunk)
        for (_, _, ex), text in zip(chunk, greedy(model, tokenizer, [x[0] for x in chunk], device, longest + 8)):
            ok = int(text == ex["target"])
            for key in ("all", f"{ex['src_isa']}->{ex['dst_isa']} {ex['opt']}"):
                hits.setdefault(key, []).append(ok)
    model.train()
    return {k: sum(v) / len(v) for k, v in sorted(hits.items())}


def train(args) -> dict:
    import torch

    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    device = torch.device("cuda" if torch.cuda.is_available() and not args.cpu else "cpu")
    tokenizer = load_tokenizer(args.tokenizer or args.corpus / "tokenizer.json")
    opts = tuple(args.opt)
    train_data = encode_all(tokenizer, load_examples(args.corpus, "train", opts))
    val_data = encode_all(tokenizer, load_examples(args.corpus, "validation", opts))
    if args.train_limit:
        train_data = train_data[:args.train_limit]
    val_eval = random.Random(args.seed).sample(val_data, min(len(val_data), args.val_limit))
    spec = ModelSpec(d_model=args.d_model, encoder_layers=args.layers, decoder_layers=args.layers,
                     heads=args.heads, ffn=args.d_model * 4)
    model = build_model(spec, tokenizer, args.seed).to(device)
    model.train()
    params = sum(p.numel() for p in model.parameters())
    print(f"{len(train_data)} training and {len(val_data)} validation examples; {params / 1e6:.1f}M parameters; "
          f"device {device}", flush=True)
    optimizer = torch.optim.AdamW(model.parameters(), lr=args.lr, betas=(0.9, 0.98), weight_decay=0.01)
    warmup = min(500, args.steps // 10 + 1)
    schedule = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda s: min((s + 1) / warmup, 0.5 * (
        1 + math.cos(math.pi * min(1.0, (s - warmup) / max(1, args.steps - warmup))))) if s >= warmup else (s + 1) / warmup)
    pad_id = tokenizer.token_to_id(PAD)
    started = time.perf_counter()
    history = []
    stream = batches(train_data, args.batch_size, rng)
    steps = args.steps
    for step in range(1, args.steps + 1):
        with torch.autocast(device.type, dtype=torch.bfloat16, enabled=device.type == "cuda"):
            loss = loss_of(model, next(stream), pad_id, device, args.smoothing)
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        schedule.step()
        out_of_time = args.max_seconds and time.perf_counter() - started > args.max_seconds
        if step % args.log_every == 0 or step == args.steps or out_of_time:
            line = {"step": step, "loss": round(loss.item(), 4), "seconds": round(time.perf_counter() - started, 1)}
            if step % args.eval_every == 0 or step == args.steps:
                line["val_exact"] = round(exact_match(model, tokenizer, val_eval[:200], device)["all"], 4)
            history.append(line)
            print(json.dumps(line), flush=True)
        if out_of_time:  # a safety net for a time-limited machine; the card records the steps run
            steps = step
            break
    seconds = time.perf_counter() - started
    accuracy = exact_match(model, tokenizer, val_eval, device)
    from .align import measure_heads

    heads = measure_heads(model, tokenizer, [x[2] for x in val_eval], limit=args.align_limit)
    best = heads[0]
    meta = {"steps": steps, "planned_steps": args.steps, "seed": args.seed, "batch_size": args.batch_size, "lr": args.lr,
            "opts": list(opts), "train_examples": len(train_data), "validation_examples": len(val_eval),
            "parameters": params, "device": str(device) if device.type == "cpu" else torch.cuda.get_device_name(),
            "train_seconds": round(seconds, 1), "validation_exact_match": accuracy,
            "alignment": {"layer": best.layer, "head": best.head, "shift": best.shift,
                          "accuracy": round(best.accuracy, 4),
                          "worst_head_accuracy": round(heads[-1].accuracy, 4)},
            "corpus": str(args.corpus), "history": history}
    out = save_model(model.cpu(), tokenizer, args.out, spec, meta)
    (out / "MODEL_CARD.md").write_text(model_card(meta, spec, args))
    print(json.dumps({"validation_exact_match": accuracy, "alignment": meta["alignment"],
                      "train_seconds": meta["train_seconds"]}), flush=True)
    return meta


def model_card(meta: dict, spec: ModelSpec, args) -> str:
    acc = meta["validation_exact_match"]
    rows = "\n".join(f"| {k} | {v:.3f} |" for k, v in acc.items())
    align = meta["alignment"]
    return f"""# Block translator (ARM AArch64 <-> RISC-V RV64)

A BART encoder-decoder trained from scratch (no pretrained weights) by
`guacc.transpiler.learn.train`; the learned guesser (`transpile --guesser
model`) proposes target blocks with it, and the verifier and sketch solver
check and repair them.

- Architecture: {spec.encoder_layers}+{spec.decoder_layers} layers, d_model {spec.d_model}, {spec.heads} heads,
  FFN {spec.ffn}, tied embeddings; {meta['parameters'] / 1e6:.1f}M parameters; one model for both
  directions (`<arm2rv>` / `<rv2arm>` leads the source).
- Tokenizer: `tokenizer.json` (BPE, digits single tokens, ISA words whole).
- Data: block pairs of the corpus `{meta['corpus']}` (`python -m guacc.transpiler.learn.corpus --seed 0
  --programs 200`; fixtures, csmith and template programs, gcc {', '.join('-' + o for o in meta['opts'])}), both
  directions, blocks up to {MAX_TOKENS} tokens: {meta['train_examples']} training examples. The source is the
  block after the first two instructions of its function's prologue (`block_inputs.py`). The held-out
  programs (bench/heldout) are never training data.
- Training: {meta['steps']} steps, batch {meta['batch_size']}, AdamW lr {meta['lr']} (warm-up, cosine decay),
  label smoothing {args.smoothing}, seed {meta['seed']}; {meta['train_seconds']} s on {meta['device']}.
- Validation exact match (greedy translation equals gcc's block text), {meta['validation_examples']} blocks:

| split | exact match |
| --- | --- |
{rows}

- Alignment: cross-attention of decoder layer {align['layer']}, head {align['head']} (shift {align['shift']}) gives
  each target instruction its source instruction; it puts the instruction on the same C line (`.loc`) for
  {align['accuracy']:.1%} of validation instructions (the worst head: {align['worst_head_accuracy']:.1%}).

Reproduce: `python -m guacc.transpiler.learn.train --corpus build/corpus --out build/model --steps {meta['steps']}
--seed {meta['seed']}` after building the corpus and tokenizer (see `transpiler/learn/__init__.py`).
"""


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m guacc.transpiler.learn.train",
                                     description="Train the block translator (BART from scratch) on a pair corpus.")
    parser.add_argument("--corpus", type=Path, default=Path("build/corpus"),
                        help="directory with train/validation.jsonl and tokenizer.json")
    parser.add_argument("--tokenizer", type=Path, help="tokenizer file (default CORPUS/tokenizer.json)")
    parser.add_argument("--out", type=Path, default=Path("build/model"), help="model directory to write")
    parser.add_argument("--steps", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--batch-size", type=int, default=128)
    parser.add_argument("--lr", type=float, default=8e-4)
    parser.add_argument("--smoothing", type=float, default=0.1)
    parser.add_argument("--d-model", type=int, default=256)
    parser.add_argument("--layers", type=int, default=4)
    parser.add_argument("--heads", type=int, default=4)
    parser.add_argument("--opt", nargs="+", default=["O0", "O1"])
    parser.add_argument("--train-limit", type=int, default=0, help="use only the first N examples (tests)")
    parser.add_argument("--val-limit", type=int, default=1000, help="validation blocks measured at the end")
    parser.add_argument("--align-limit", type=int, default=200, help="validation blocks for the head choice")
    parser.add_argument("--log-every", type=int, default=100)
    parser.add_argument("--eval-every", type=int, default=2000)
    parser.add_argument("--max-seconds", type=float, default=0, help="stop training after this long (0: never)")
    parser.add_argument("--cpu", action="store_true", help="train on CPU even where a GPU exists")
    args = parser.parse_args(argv)
    for name in ("train.jsonl", "validation.jsonl"):
        if not (args.corpus / name).exists():
            parser.error(f"{args.corpus / name} not found: build the corpus first")
    tokenizer = args.tokenizer or args.corpus / "tokenizer.json"
    if not tokenizer.exists():
        parser.error(f"{tokenizer} not found: train the tokenizer first (python -m guacc.transpiler.learn.tokenizer "
                     f"--corpus {args.corpus}), or pass --tokenizer")
    train(args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
