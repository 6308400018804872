"""When statements were made, on news the date rules were not written on (issue 13).

Each test states one pattern of news writing that fixes (or does not fix) the day of the words,
on sentences of our own. The publication day is Friday 2025-03-14.
"""

from __future__ import annotations

from datetime import date

import pytest

from graph.extract import Extractor
from graph.extract.contract import to_contract
from graph.model import Article, DateValue


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def dated(extractor: Extractor, text: str) -> list[tuple[str, str | None, str]]:
    pub = DateValue(date(2025, 3, 14), "stated")
    result = to_contract(extractor(Article("t", text, published=pub)))
    return [(q["text"][:16], q["said_on"], q["date_certainty"]) for q in result["quotes"]]


@pytest.mark.parametrize(
    ("lead", "day"),
    [
        ("Shares of Harbor Mills tumbled after the company cut its dividend on Wednesday.", "12"),
        (
            "(Reuters) -- Harbor Mills shares fell sharply after the firm withdrew its forecast "
            "Tuesday morning and left traders puzzled.",
            "11",
        ),
        ("Harbor Mills stock slid when the board fired its chief executive on Thursday.", "13"),
    ],
)
def test_reactions_to_the_event_the_lead_follows_from_are_on_its_day(
    extractor: Extractor, lead: str, day: str
) -> None:
    # The lead's verb tells what came of a dated event; the reactions quoted below are on it.
    text = f"{lead}\n\n“Nobody saw that coming,” said Ada Lind, an analyst at Cove Partners."
    assert dated(extractor, text) == [("Nobody saw that ", f"2025-03-{day}", "inferred")]


def test_a_day_to_come_in_the_leads_clause_dates_no_reaction(extractor: Extractor) -> None:
    # The Friday belongs to the results promised, not to anything that happened.
    text = (
        "Harbor Mills shares rose after the company said it would report its results on "
        "Friday.\n\n“Nobody saw that coming,” said Ada Lind, an analyst at Cove Partners."
    )
    assert [(t, d) for t, d, _ in dated(extractor, text)][-1] == ("Nobody saw that ", None)


def test_a_clause_of_reason_is_no_occasion(extractor: Extractor) -> None:
    # "because" gives a cause that may lie any day before: no occasion for the words below.
    text = (
        "Harbor Mills shares are worth less because the company cut its dividend on Wednesday."
        "\n\n“Nobody saw that coming,” said Ada Lind, an analyst at Cove Partners."
    )
    assert dated(extractor, text) == [("Nobody saw that ", None, "unknown")]
