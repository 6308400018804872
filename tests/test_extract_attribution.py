"""Attribution and dating rules beyond the development articles, on sentences written for them.

Each test states one general pattern of news writing and checks it on text of its own.
"""

from __future__ import annotations

from datetime import date

import pytest

from graph.extract import Extractor
from graph.extract.contract import to_contract
from graph.extract.headings import find_sections
from graph.model import Article, DateValue


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def run(extractor: Extractor, text: str, published: str | None = "2025-03-14") -> dict:
    pub = DateValue(date.fromisoformat(published), "stated") if published else DateValue()
    return to_contract(extractor(Article("t", text, published=pub)))


def said(result: dict) -> list[tuple[str, str]]:
    return [(q["speaker"], q["text"][:24]) for q in result["quotes"]]


# -- headings ----------------------------------------------------------------------------------
ROUNDUP = (
    "The appeals court on Thursday struck down the new fishing quotas.\n\n"
    "Here is how the parties reacted:\n\n"
    "NORTHERN FISHERIES MINISTRY\n\n"
    "“The ruling ignores years of scientific advice on the state of the stocks.\n\n"
    "“We will study it carefully before deciding on the next steps.”\n\n"
    "COASTAL UNION LEADER MARTA KOVAC\n\n"
    "“This is a good day for every family that lives from the sea.”\n\n"
    "The quotas were introduced two years ago."
)


def test_sections_run_over_quotation_paragraphs_only() -> None:
    sections = find_sections(ROUNDUP)
    heads = [ROUNDUP[s.head_start : s.head_end] for s in sections]
    assert heads == ["NORTHERN FISHERIES MINISTRY", "COASTAL UNION LEADER MARTA KOVAC"]
    assert ROUNDUP[sections[1].head_end : sections[1].end].strip().endswith("sea.”")


def test_heading_names_the_speaker_of_the_quotes_below(extractor: Extractor) -> None:
    r = run(extractor, ROUNDUP)
    # The model may already know the ministry by its capitalised spelling: either is the body.
    assert [(name.lower(), words) for name, words in said(r)] == [
        ("northern fisheries ministry", "The ruling ignores years"),
        ("northern fisheries ministry", "We will study it careful"),
        ("marta kovac", "This is a good day for e"),
    ]
    assert all(q["cue"] is None for q in r["quotes"])


def test_a_sentence_is_not_a_heading(extractor: Extractor) -> None:
    text = "Voters Were Angry.\n\n“Nobody listens to the villages any more at all.”"
    assert find_sections(text) == []
    assert run(extractor, text)["quotes"] == []


# -- dates ------------------------------------------------------------------------------------
def test_statements_share_the_day_of_the_lead(extractor: Extractor) -> None:
    # Published Friday 2025-03-14; the lead's "on Wednesday" is 2025-03-12.
    text = (
        "The port authority on Wednesday rejected a bid by a shipping group to run the terminal.\n\n"
        "“The offer undervalues the terminal and its workers,” the authority said in a statement."
    )
    q = run(extractor, text)["quotes"][0]
    assert (q["said_on"], q["date_certainty"]) == ("2025-03-12", "inferred")


def test_no_anchor_stays_unknown(extractor: Extractor) -> None:
    text = (
        "The port authority rejected a bid by a shipping group to run the terminal.\n\n"
        "“The offer undervalues the terminal and its workers,” the authority said."
    )
    q = run(extractor, text)["quotes"][0]
    assert (q["said_on"], q["date_certainty"]) == (None, "unknown")
