"""Chanters named after an inverted cue speak (sentences of our own): in '“No Ferro! No
peace!” chanted hundreds of angry supporters', the parser takes the chanters for the object
and a word of the chant for the subject; the crowd chanted, not the last person named. A chant
with its words as object ("fans chanted slogans") is no inverted cue."""

from __future__ import annotations

from graph.extract import Extractor
from graph.extract.syntax import is_cue
from tests.said import said_texts

_BEFORE = "Tomas Ferro said the vote was rigged. "


def _said(extractor: Extractor, text: str) -> dict[str, str]:
    return {words: name for name, words in said_texts(extractor, text)}


def test_inverted_chanters_speak(extractor: Extractor) -> None:
    text = _BEFORE + "“No Ferro! No peace!” chanted hundreds of angry supporters at the hall."
    speaker = _said(extractor, text)["No Ferro! No peace!"]
    assert speaker != "Tomas Ferro" and "supporters" in speaker


def test_a_chant_of_words_is_no_cue(extractor: Extractor) -> None:
    text = "Fans chanted slogans outside the ground."
    doc = next(iter(extractor.pipeline.parse([text])))
    assert not is_cue(doc[1])


def test_a_writer_after_a_quotation_is_no_chanter(extractor: Extractor) -> None:
    text = "The senator who wrote “It is over!” told reporters he would resign."
    said = _said(extractor, text)
    assert all("reporters" not in speaker for speaker in said.values())
