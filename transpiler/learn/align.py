"""Source-target alignment from the model's cross-attention.

Each target instruction is aligned to the source instruction that receives
most of its tokens' attention in one chosen (layer, head). Which one is
chosen by measurement, as Guess & Sketch did: on held-back pairs with debug
line information, the accuracy of a head is the share of target
instructions whose aligned source instruction carries the same C line
(`.loc`). `shift` says which decoder position's attention stands for a
token: 0 the position that reads it, 1 the position that produces it.
The guesser uses the alignment to give each target instruction the `.loc`
of its source instruction, which the verifier's slot map is inferred from.
"""

from __future__ import annotations

from dataclasses import dataclass

from .block_inputs import SEPARATOR


@dataclass(frozen=True)
class AlignmentHead:
    layer: int
    head: int
    shift: int = 1
    accuracy: float | None = None  # measured when it was chosen


def token_lines(tokenizer, ids: list[int], skip_context: bool) -> list[int | None]:
    """For each token of `ids`, the index of the instruction line it belongs
    to (None for special tokens, newlines and, on the source side, the
    context before the separator)."""
    special = {tokenizer.token_to_id(t) for t in ("<s>", "</s>", "<pad>", "<arm2rv>", "<rv2arm>")}
    out: list[int | None] = []
    started, line, run = not skip_context, 0, 0  # run: newlines in a row
    for i in ids:
        if i in special or tokenizer.id_to_token(i) == "\n":
            if i not in special:
                run += 1
                if started:
                    line += 1
                elif run == SEPARATOR.count("\n"):
                    started, line = True, 0
            out.append(None)
            continue
        run = 0
        out.append(line if started else None)
    return out


def align_lines(attention, tgt_lines: list[int | None], src_lines: list[int | None], shift: int) -> dict[int, int]:
    """Target line -> source line. `attention`: [decoder positions, source
    tokens] of one head, where decoder position p reads target token p."""
    mass: dict[int, dict[int, float]] = {}
    rows = attention.shape[0]
    for p, t_line in enumerate(tgt_lines):
        row = p - shift
        if t_line is None or not 0 <= row < rows:
            continue
        per_src = mass.setdefault(t_line, {})
        weights = attention[row].tolist()
        for s, s_line in enumerate(src_lines):
            if s_line is not None and s < len(weights):
                per_src[s_line] = per_src.get(s_line, 0.0) + weights[s]
    return {t: max(m, key=m.get) for t, m in mass.items() if m}


def cross_attentions(model, src_ids: list[int], tgt_ids: list[int]):
    """Teacher-forced cross-attention: [layers, heads, len(tgt_ids), len(src_ids)]
    and the logits [len(tgt_ids), vocab] (position p reads tgt_ids[p])."""
    import torch

    if model.config._attn_implementation != "eager":  # sdpa returns no attention weights
        model.set_attn_implementation("eager")
    with torch.no_grad():
        device = next(model.parameters()).device
        out = model(input_ids=torch.tensor([src_ids], device=device),
                    decoder_input_ids=torch.tensor([tgt_ids], device=device), output_attentions=True)
    return torch.stack([a[0] for a in out.cross_attentions]), out.logits[0]


def measure_heads(model, tokenizer, examples: list[dict], limit: int = 200) -> list[AlignmentHead]:
    """Every (layer, head, shift), best first, with its alignment accuracy on
    `examples` (block examples with source_lines/target_lines)."""
    from .tokenizer import encode_source, encode_target

    model.eval()
    hits: dict[tuple[int, int, int], int] = {}
    total = 0
    for ex in examples[:limit]:
        src = encode_source(tokenizer, ex["source"], ex["src_isa"], ex["dst_isa"])
        tgt = encode_target(tokenizer, ex["target"])
        if len(src) > 512 or len(tgt) > 512:
            continue
        attn, _ = cross_attentions(model, src, tgt)
        attn = attn.float().cpu()
        s_lines, t_lines = token_lines(tokenizer, src, True), token_lines(tokenizer, tgt, False)
        gold = [(t, c) for t, c in enumerate(ex["target_lines"]) if c is not None]
        total += len(gold)
        for layer in range(attn.shape[0]):
            for head in range(attn.shape[1]):
                for shift in (0, 1):
                    aligned = align_lines(attn[layer, head], t_lines, s_lines, shift)
                    key = (layer, head, shift)
                    hits[key] = hits.get(key, 0) + sum(
                        1 for t, c in gold if t in aligned and aligned[t] < len(ex["source_lines"])
                        and ex["source_lines"][aligned[t]] == c)
    ranked = sorted(hits, key=lambda k: -hits[k])
    return [AlignmentHead(*k, accuracy=hits[k] / max(total, 1)) for k in ranked]
