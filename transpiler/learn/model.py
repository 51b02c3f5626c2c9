"""The learned translator: a small BART encoder-decoder configured from
scratch (no pretrained weights), one model for both directions (the
direction token `<arm2rv>`/`<rv2arm>` leads the source).

A model directory holds `config.json` (the architecture and what training
measured: steps, accuracy, the alignment head), `model.safetensors` and
`tokenizer.json`. The shipped one is `transpiler/learn/data/`. Loading never
touches the network and never runs code from the files: weights come
through safetensors, the architecture from our own `ModelSpec`.

torch and transformers are imported inside the functions that need them.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from guacc.compiler.diagnostics import GuaccError

SHIPPED = Path(__file__).resolve().parent / "data"
CONFIG, WEIGHTS, TOKENIZER = "config.json", "model.safetensors", "tokenizer.json"


class ModelFileError(GuaccError):
    """A model file is missing or unreadable (the CLI exits 2)."""


@dataclass
class ModelSpec:
    d_model: int = 256
    encoder_layers: int = 4
    decoder_layers: int = 4
    heads: int = 4
    ffn: int = 1024
    max_positions: int = 512
    dropout: float = 0.1


@dataclass
class LoadedModel:
    model: object  # transformers.BartForConditionalGeneration, in eval mode
    tokenizer: object  # tokenizers.Tokenizer
    spec: ModelSpec
    meta: dict = field(default_factory=dict)  # training facts and the alignment head


def bart_config(spec: ModelSpec, tokenizer):
    from transformers import BartConfig

    from .tokenizer import BOS, EOS, PAD

    ids = {t: tokenizer.token_to_id(t) for t in (BOS, EOS, PAD)}
    return BartConfig(
        vocab_size=tokenizer.get_vocab_size(), d_model=spec.d_model,
        encoder_layers=spec.encoder_layers, decoder_layers=spec.decoder_layers,
        encoder_attention_heads=spec.heads, decoder_attention_heads=spec.heads,
        encoder_ffn_dim=spec.ffn, decoder_ffn_dim=spec.ffn, max_position_embeddings=spec.max_positions,
        dropout=spec.dropout, attention_dropout=0.0, activation_dropout=0.0,
        pad_token_id=ids[PAD], bos_token_id=ids[BOS], eos_token_id=ids[EOS],
        decoder_start_token_id=ids[BOS], forced_bos_token_id=None, forced_eos_token_id=ids[EOS],
        scale_embedding=True, tie_word_embeddings=True)


def build_model(spec: ModelSpec, tokenizer, seed: int = 0):
    """A freshly initialised model (seeded)."""
    import torch
    from transformers import BartForConditionalGeneration

    torch.manual_seed(seed)
    return BartForConditionalGeneration(bart_config(spec, tokenizer))


def save_model(model, tokenizer, out: str | Path, spec: ModelSpec, meta: dict) -> Path:
    from safetensors.torch import save_file

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    # tied embeddings share storage: safetensors wants each tensor once;
    # float16 halves the shipped file (loading runs the model in float32)
    state = {k: v.detach().half().contiguous().cpu() for k, v in model.state_dict().items()
             if k not in ("lm_head.weight", "model.encoder.embed_tokens.weight", "model.decoder.embed_tokens.weight")}
    save_file(state, str(out / WEIGHTS))
    tokenizer.save(str(out / TOKENIZER))
    (out / CONFIG).write_text(json.dumps({"spec": asdict(spec), "meta": meta}, indent=1) + "\n")
    return out


def load_model(directory: str | Path = SHIPPED) -> LoadedModel:
    """The model in `directory`; ModelFileError names the file that is
    missing or corrupt."""
    directory = Path(directory)
    paths = {name: directory / name for name in (CONFIG, WEIGHTS, TOKENIZER)}
    for path in paths.values():
        if not path.is_file():
            raise ModelFileError(f"model file missing: {path}")
    try:
        config = json.loads(paths[CONFIG].read_text())
        spec = ModelSpec(**config["spec"])
        meta = dict(config.get("meta", {}))
    except (ValueError, KeyError, TypeError) as err:
        raise ModelFileError(f"corrupt model file {paths[CONFIG]}: {err}") from None
    from tokenizers import Tokenizer

    try:
        tokenizer = Tokenizer.from_file(str(paths[TOKENIZER]))
    except Exception as err:  # tokenizers raises its own Exception types
        raise ModelFileError(f"corrupt model file {paths[TOKENIZER]}: {str(err).splitlines()[0][:120]}") from None
    from safetensors import SafetensorError
    from safetensors.torch import load_file

    try:
        state = load_file(str(paths[WEIGHTS]))
    except (SafetensorError, OSError, ValueError) as err:
        raise ModelFileError(f"corrupt model file {paths[WEIGHTS]}: {str(err).splitlines()[0][:120]}") from None
    from transformers import BartForConditionalGeneration

    model = BartForConditionalGeneration(bart_config(spec, tokenizer))
    state = {k: v.float() for k, v in state.items()}
    try:
        missing, unexpected = model.load_state_dict(state, strict=False)
    except RuntimeError as err:  # shapes that do not fit the config
        raise ModelFileError(f"corrupt model file {paths[WEIGHTS]}: {str(err).splitlines()[0][:160]}") from None
    # the tied copies of model.shared.weight are not stored
    missing = [k for k in missing if not k.endswith("embed_tokens.weight") and k != "lm_head.weight"]
    if missing or unexpected:
        raise ModelFileError(f"corrupt model file {paths[WEIGHTS]}: missing {missing[:3]}, unexpected {unexpected[:3]}")
    model.tie_weights()
    model.set_attn_implementation("eager")  # the guesser reads cross-attention
    model.eval()
    return LoadedModel(model, tokenizer, spec, meta)
