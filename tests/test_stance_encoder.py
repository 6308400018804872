"""The shipped stance encoder: it loads offline without torch, marks the pair, and reads clear
sentences the right way round. The sentences are the suite's own, not from any corpus.
"""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from graph.errors import GraphError
from graph.extract.stance_encoder import (
    MARKERS,
    MAX_TOKENS,
    encode,
    encode_pieces,
    load_encoder,
    shipped,
)

needs_encoder = pytest.mark.skipif(not shipped(), reason="no stance encoder shipped")


def _spans(text: str, first: str, second: str) -> tuple[tuple[int, int], tuple[int, int]]:
    a, b = text.index(first), text.index(second)
    return (a, a + len(first)), (b, b + len(second))


def _label(text: str, first: str, second: str) -> int:
    e1, e2 = _spans(text, first, second)
    return int(load_encoder().proba([(text, e1, e2)])[0].argmax())


@needs_encoder
def test_markers_round_trip() -> None:
    text = "Senator Walda Prunk praised the Orvell Union on Monday."
    e1, e2 = _spans(text, "Walda Prunk", "Orvell Union")
    tokenizer = load_encoder().tokenizer
    encoded = encode(tokenizer, text, e1, e2)
    decoded = tokenizer.decode(list(encoded.ids), skip_special_tokens=False)
    assert "[unused0] walda prunk [unused1] praised the [unused2] orvell union [unused3]" in decoded
    assert encoded.ids[encoded.first] == MARKERS[0]
    assert encoded.ids[encoded.second] == MARKERS[2]
    assert encoded.ids[0] == 101 and encoded.ids[-1] == 102
    swapped = encode(tokenizer, text, e2, e1)
    assert swapped.ids[swapped.first] == MARKERS[0] and swapped.first > swapped.second


@needs_encoder
def test_long_sentence_keeps_both_mentions_in_the_window() -> None:
    filler = " ".join(["and then the committee met again"] * 30)
    text = f"Walda Prunk said {filler} that she admired Tomas Quell."
    e1, e2 = _spans(text, "Walda Prunk", "Tomas Quell")
    encoded = encode(load_encoder().tokenizer, text, e1, e2)
    assert len(encoded.ids) <= MAX_TOKENS
    assert encoded.ids.count(MARKERS[0]) == 1 and encoded.ids.count(MARKERS[3]) == 1
    decoded = load_encoder().tokenizer.decode(list(encoded.ids), skip_special_tokens=False)
    assert "[unused2] tomas quell [unused3]" in decoded


@needs_encoder
def test_clear_support_and_opposition() -> None:
    text = "Prime Minister Anna Berg warmly praised President Tomas Quell for his courage."
    assert _label(text, "Anna Berg", "Tomas Quell") == 1  # e1 supports e2
    assert _label(text, "Tomas Quell", "Anna Berg") == 2  # the same, read the other way
    text = "Tomas Quell was sharply condemned by Anna Berg, who called him a dangerous liar."
    assert _label(text, "Tomas Quell", "Anna Berg") == 4  # e2 opposes e1
    assert _label(text, "Anna Berg", "Tomas Quell") == 3


@needs_encoder
def test_swapping_the_pair_swaps_the_direction() -> None:
    text = "Anna Berg accused Tomas Quell of rigging the vote."
    e1, e2 = _spans(text, "Anna Berg", "Tomas Quell")
    forward, backward = load_encoder().proba([(text, e1, e2), (text, e2, e1)])
    assert forward.argmax() == 3 and backward.argmax() == 4
    assert np.isclose(forward.sum(), 1.0, atol=1e-4)


@needs_encoder
def test_no_stance_between_people_who_merely_met() -> None:
    text = "Anna Berg and Tomas Quell arrived in Lisbon on Tuesday for the summit."
    assert _label(text, "Anna Berg", "Tomas Quell") == 0


@needs_encoder
def test_loads_without_torch() -> None:
    code = (
        "import sys\n"
        "from graph.extract.stance_encoder import load_encoder\n"
        "p = load_encoder().proba([('A met B.', (0, 1), (6, 7))])\n"
        "assert p.shape == (1, 5)\n"
        "print('torch' in sys.modules, 'transformers' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False"]


def test_missing_encoder_is_one_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from graph.extract import stance_encoder

    monkeypatch.setattr(stance_encoder, "ENCODER_FILE", "no-such-encoder.onnx")
    load_encoder.cache_clear()  # the shipped one may be loaded already
    try:
        with pytest.raises(GraphError, match="make train-encoder"):
            load_encoder()
    finally:
        load_encoder.cache_clear()


def test_window_keeps_both_mentions_of_a_long_sentence_without_a_tokenizer() -> None:
    ids = list(range(1000, 1300))  # 300 pieces, one a character
    offsets = [(n, n + 1) for n in range(300)]
    encoded = encode_pieces(ids, offsets, (10, 12), (250, 253), limit=40)
    assert len(encoded.ids) <= 40
    assert encoded.ids[encoded.first] == MARKERS[0] and encoded.ids[encoded.second] == MARKERS[2]
    assert encoded.ids[encoded.first + 1 : encoded.first + 3] == (1010, 1011)
    assert encoded.ids[encoded.second + 1 : encoded.second + 4] == (1250, 1251, 1252)
    assert encoded.ids[encoded.second + 4] == MARKERS[3]


@needs_encoder
def test_pipeline_modes_with_the_encoder() -> None:
    from graph.extract import Extractor
    from graph.model import Article

    text = "Nobody came. Anna Berg warmly praised Tomas Quell for his courage."
    for mode in ("encoder", "rules+encoder", "rules+mean"):
        result = Extractor(stances=mode)(Article("t", text))
        names = {a.id: a.name for a in result.actors}
        found = {(names[s.source], s.polarity, names[s.target]) for s in result.stances}
        assert ("Anna Berg", "support", "Tomas Quell") in found, mode
    alone = Extractor(stances="rules+mean")(Article("t", "Nobody came. Anna Berg spoke."))
    assert alone.stances == ()
