"""Who "he said" is after a stretch of reporting: the one who spoke last, not someone whose
word was only told inside another's report, and a person whose name begins with "The".
Sentences are our own."""

from __future__ import annotations

from datetime import date

from graph.extract import Extractor
from graph.extract.contract import to_contract
from graph.model import Article, DateValue


def said(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    article = Article("t", text, published=DateValue(date(2025, 6, 5), "stated"))
    return [(q["speaker"], q["text"][:22]) for q in to_contract(extractor(article))["quotes"]]


def test_a_word_told_inside_another_s_report_leaves_the_teller_speaking(
    extractor: Extractor,
) -> None:
    text = (
        "Ian Holt denied any wrongdoing by the jury.\n\n"
        'He also told the paper that seeing Tom Hale describe the prize as "rigged" hurt him. '
        '"It hurt me," he said.'
    )
    speakers = said(extractor, text)
    assert ("Ian Holt", "It hurt me,") in speakers
    assert ("Ian Holt", "seeing Tom Hale descri") in speakers


def test_a_stop_pasted_onto_the_next_paragraph_opens_no_sentence(extractor: Extractor) -> None:
    text = (
        "Ian Holt denied any wrongdoing by the jury. He added that the rules were clear\n\n"
        ".He also told the paper that the jury had met twice before the vote."
    )
    assert said(extractor, text)[-1] == ("Ian Holt", "the jury had met twice")


def test_a_stage_name_with_the_is_a_person(extractor: Extractor) -> None:
    text = (
        "The row grew over The Whistler being left off the festival bill. "
        '"The festival is rigged. You owe my fans an answer," he said on Tuesday.'
    )
    assert [name for name, _ in said(extractor, text)] == ["Whistler"]
