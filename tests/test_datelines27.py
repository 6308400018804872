"""Datelines with a date and a wire credit, or set off by a bar, are no part of the first
sentence (issue 12: no stance from a dateline's place; issue 13: no speaker from it). Our own
sentences.
"""

from __future__ import annotations

from datetime import date

import pytest

from graph.extract import Extractor
from graph.extract.contract import to_contract
from graph.extract.datelines import dateline_end
from graph.model import Article, DateValue


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("Lusaka, 4 May 2011 (IRIN) - The ruling party has rejected", "The ruling party"),
        ("QUITO, Ecuador | Protesters marched on Tuesday", "Protesters marched"),
        ("Lima, Peru (AFP) — The court ruled", "The court ruled"),
        ("Lusaka, May 4 (EFE).- The ruling party has rejected", "The ruling party"),
        ("Lusaka, 4 May 2011 - The ruling party has rejected", "The ruling party"),
        ("Lusaka, May 4, 2011 – The ruling party has rejected", "The ruling party"),
        ("Lusaka (Zambia) (AFP) – The ruling party has rejected", "The ruling party"),
        ("LUSAKA (Zambia), May 4 (Xinhua) – The ruling party has rejected", "The ruling party"),
        ("Lusaka (Zambia), May 4 (EFE) – The ruling party has rejected", "The ruling party"),
        # the dash touching the first word after a wire credit
        ("LUSAKA (Reuters) -The ruling party has rejected", "The ruling party"),
        ("Lusaka, Zambia (Reuters) -The ruling party has rejected", "The ruling party"),
        ("(Bloomberg) --The ruling party has rejected", "The ruling party"),
    ],
)
def test_a_dateline_with_a_date_and_credit_or_a_bar_ends_before_the_sentence(
    text: str, rest: str
) -> None:
    assert text[dateline_end(text) :].startswith(rest)


@pytest.mark.parametrize(
    "text",
    ["Smith, 45 (left) - the firm said.", "Prices rose | Markets fell.", "US-China talks resumed."],
)
def test_a_sentence_with_a_bar_or_parenthesis_is_no_dateline(text: str) -> None:
    assert dateline_end(text) == 0


def test_the_datelines_capital_takes_no_stance(extractor: Extractor) -> None:
    text = (
        "Nairobi, 10 March 2025 (IRIN) - Zambia's largest opposition party, the Civic Front, has "
        "rejected the official results and accused President Ana Ruiz of fraud."
    )
    pub = DateValue(date(2025, 3, 14), "stated")
    found = to_contract(extractor(Article("t", text, published=pub)))
    assert {s["source"] for s in found["stances"]} == {"Civic Front"}  # not Kenya, not IRIN


@pytest.mark.parametrize(
    "opening",
    ["Lisbon (Portugal) (AFP) – ", "Lisbon (AFP) – ", "LISBON: ", "Lisbon - "],
)
def test_the_speaker_after_a_dateline_in_brackets_acts(extractor: Extractor, opening: str) -> None:
    """The parser may take the dateline's place for the subject and hang the name after the
    dash on it; the name acts, not the place nor the country in its brackets."""
    text = (
        opening + "Portuguese Prime Minister Ana Soto on Monday issued a sharp warning to "
        "Kestrel Bank to refrain from hostile acts.\n"
    )
    result = extractor(Article("t", text))
    names = {a.id: a.name for a in result.actors}
    found = {(names[s.source], s.polarity, names.get(s.target)) for s in result.stances}
    assert ("Ana Soto", "oppose", "Kestrel Bank") in found, found
    assert not any(source in ("Lisbon", "Portugal") for source, _, _ in found), found


def test_a_place_and_date_dateline_is_no_speaker(extractor: Extractor) -> None:
    """ "Lusaka, 2 November 2025 - Zambia's main opposition party, X, has rejected ...,
    describing it as ...": the party speaks, not the place nor its country."""
    text = (
        "Lusaka, 2 November 2025 - Zambia's main opposition party, the Civic Front, has "
        'rejected the result, describing it as "a theft of the people\'s will."\n'
    )
    result = extractor(Article("t", text))
    names = {a.id: a.name for a in result.actors}
    assert [names[q.speaker] for q in result.quotes] == ["Civic Front"]


def test_a_country_in_brackets_after_the_dateline_place_is_no_speaker(
    extractor: Extractor,
) -> None:
    """ "SOFIA (Bulgaria), March 3 (SeeNews) – Bulgarian opposition Socialist Party, BSP, said
    ...": the party speaks, not the dateline's place nor the country in its brackets."""
    text = (
        "SOFIA (Bulgaria), March 3 (SeeNews) – Bulgarian opposition Socialist Party, BSP, said on "
        "Monday it will appeal the ruling.\n"
    )
    result = extractor(Article("t", text))
    names = {a.id: a.name for a in result.actors}
    assert [names[q.speaker] for q in result.quotes] == ["Socialist Party"]


def test_an_update_tag_in_the_dateline_is_no_actor(extractor: Extractor) -> None:
    """ "LUSAKA, Zambia (3RD UPDATE) – ...": the tag is the dateline's, nobody a pronoun means."""
    text = "LUSAKA, Zambia (3RD UPDATE) – Opposition leader Ana Ruiz has rejected the results.\n"
    assert dateline_end(text) == text.index("Opposition")
    result = extractor(Article("t", text))
    assert "UPDATE" not in {a.name for a in result.actors}


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale (42) - Lopez's former business partner - said he had lost everything.",
        "Ruiz (54) – She said the plan would fail.",
        "Chelsea 3 (1) - Arsenal 2 was the score at half time.",
    ],
)
def test_a_number_in_brackets_is_no_dateline_credit(text: str) -> None:
    """An age, a year or a score in brackets is no wire tag: only "(3RD UPDATE)" is."""
    assert dateline_end(text) == 0


@pytest.mark.parametrize("credit", ["(2nd Update)", "(9News)", "(3AW)"])
def test_a_credit_or_tag_opening_with_a_digit_ends_the_dateline(credit: str) -> None:
    text = f"LUSAKA {credit} – Opposition leader Ana Ruiz said the count was rigged."
    assert text[dateline_end(text) :].startswith("Opposition")


def test_a_credit_touching_the_first_word_is_no_speaker(extractor: Extractor) -> None:
    text = "LUSAKA (Reuters) -The Zambia Dockers Union on Friday said it would strike for a week."
    quotes = extractor(Article("t", text)).quotes
    assert [q.speaker for q in quotes] == ["zambia-dockers-union"]
