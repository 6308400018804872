"""Quote detection on unseen news (issue 13), on sentences of our own.

Each test states one general pattern: a clause joined by "and" after a report set off by its
reporting clause ("..., she said, and ...") is a second statement of the same speaker, not one
after "but"; a clause that "whether" opens states nothing; a request whose addressee carries a
relative clause, with the infinitive hung inside that clause, is still a request; a quotation
joined by "and" to a report of the same cue goes on that report; a clause the parser read as
one object is reported; a reporting relative clause ends the words of "according to X"; a
second reporting verb after "and" that the parser made its clause's subject reports that clause.
"""

from __future__ import annotations

from datetime import date

from graph.extract import Extractor
from graph.extract.contract import to_contract
from graph.model import Article, DateValue


def quotes(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    pub = DateValue(date(2025, 3, 14), "stated")
    found = to_contract(extractor(Article("t", text, published=pub)))["quotes"]
    return sorted((q["speaker"], q["text"]) for q in found)


def test_a_clause_joined_by_and_after_a_set_off_report_is_a_second_statement(
    extractor: Extractor,
) -> None:
    text = (
        "The budget talks stalled on Friday. Wages are still the main problem, Mayor Ana Ruiz "
        "said, and a neutral arbiter could help both sides."
    )
    assert quotes(extractor, text) == [
        ("Ana Ruiz", "Wages are still the main problem"),
        ("Ana Ruiz", "a neutral arbiter could help both sides"),
    ]


def test_a_passive_saying_in_the_joined_clause_is_no_second_speaker(
    extractor: Extractor,
) -> None:
    text = "The plant has a future here, Mayor Ana Ruiz said, and nothing was said to suggest otherwise."
    assert quotes(extractor, text) == [
        ("Ana Ruiz", "The plant has a future here"),
        ("Ana Ruiz", "nothing was said to suggest otherwise"),
    ]


def test_a_clause_joined_by_but_is_the_writers_contrast(extractor: Extractor) -> None:
    text = (
        "The turnout was low, officials said, but the opposition has alleged fraud in many wards."
    )
    assert [t for _, t in quotes(extractor, text)] == ["The turnout was low"]


def test_a_clause_opened_by_whether_states_nothing(extractor: Extractor) -> None:
    text = (
        "The judges still must report whether the vote was fair and certify the winner. "
        "The minister will announce whether the plant stays open."
    )
    assert quotes(extractor, text) == []


def test_a_request_to_people_a_relative_clause_describes(extractor: Extractor) -> None:
    text = (
        "Tom Baker lost the vote. He appealed to the 60 percent of the voters who did not vote "
        "for the mayor to remain calm and peaceful until the courts have ruled on the case."
    )
    found = quotes(extractor, text)
    assert len(found) == 1 and found[0][0] == "Tom Baker"
    assert found[0][1].endswith(
        "to remain calm and peaceful until the courts have ruled on the case"
    )


def test_a_report_that_goes_on_in_quoted_words_is_one_statement(extractor: Extractor) -> None:
    text = (
        "Mayor Ana Ruiz responded that the rule was clear, and “after six years in this job, "
        "you should know it by now.”"
    )
    found = quotes(extractor, text)
    assert len(found) == 1 and found[0][0] == "Ana Ruiz"
    assert found[0][1].startswith("the rule was clear, and “after six years")


def test_a_quoted_adverb_inside_a_report_is_not_a_quote_of_its_own(extractor: Extractor) -> None:
    text = (
        "Mayor Ana Ruiz told council the city used the fund to pay for roads and she “naively "
        "and perhaps wrongly” hoped it would be repaid."
    )
    found = quotes(extractor, text)
    assert len(found) == 1 and "“naively and perhaps wrongly” hoped" in found[0][1]


def test_a_clause_the_parser_read_as_one_object_is_reported(extractor: Extractor) -> None:
    text = (
        "The opposition party alleges rival supporters massively stuffed ballot boxes in the east."
    )
    assert [t for _, t in quotes(extractor, text)] == [
        "rival supporters massively stuffed ballot boxes in the east"
    ]


def test_a_plain_object_of_alleging_is_no_report(extractor: Extractor) -> None:
    assert quotes(extractor, "The opposition party alleges widespread fraud in the east.") == []


def test_a_reporting_relative_clause_ends_the_sources_words(extractor: Extractor) -> None:
    text = (
        "According to the election commission, Ana Ruiz won with 52 percent to 41 for Tom Baker, "
        "who had challenged the result and said he would not recognize it."
    )
    found = quotes(extractor, text)
    assert ("Tom Baker", "he would not recognize it") in found
    assert all("who had challenged" not in t for _, t in found)


def test_a_second_reporting_verb_after_and_reports_its_own_clause(extractor: Extractor) -> None:
    text = (
        "Mayor Ana Ruiz said the budget is balanced, and promised residents would see lower "
        "taxes next year."
    )
    assert quotes(extractor, text) == [
        ("Ana Ruiz", "residents would see lower taxes next year"),
        ("Ana Ruiz", "the budget is balanced"),
    ]


def test_a_second_report_hung_on_the_first_report_is_cut_from_it(extractor: Extractor) -> None:
    text = (
        "Ana Ruiz said another round of aid is coming from the province, and warned residents "
        "would hear more in the coming days."
    )
    assert quotes(extractor, text) == [
        ("Ana Ruiz", "another round of aid is coming from the province"),
        ("Ana Ruiz", "residents would hear more in the coming days"),
    ]
