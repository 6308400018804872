"""Quotation marks as print and pasted pages type them (sentences of our own): two curly single
marks for a double one (‘‘ ... ’’), a quotation whose next paragraph was run into it (a stop,
then a fresh opening mark), and a picture credit line between a caption and the story."""

from __future__ import annotations

from graph.extract import Extractor
from graph.extract.furniture import furniture_lines
from graph.extract.marks import find_quotes
from tests.said import said_texts, speaker_of


def _contents(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text)]


def test_doubled_single_marks_open_and_close_a_quotation() -> None:
    text = "The mayor said the plan was ‘‘a waste of public money from start to end’’. She left."
    assert _contents(text) == ["a waste of public money from start to end"]


def test_a_quotation_run_into_its_next_paragraph_is_two_quotations() -> None:
    text = (
        "“We studied the report with care. We found no fault in it. “The board will now "
        "decide what comes next,” Ines Ralt said."
    )
    assert _contents(text) == [
        "We studied the report with care. We found no fault in it.",
        "The board will now decide what comes next,",
    ]


def test_an_opening_mark_after_a_comma_does_not_split_a_quotation() -> None:
    text = "“It was, as he put it, “a bad day for us all” and nothing more,” she said."
    assert len(_contents(text)) == 1


def test_each_run_in_paragraph_has_its_speaker(extractor: Extractor) -> None:
    text = (
        "Minister Ines Ralt said she had refused the permit ‘‘on grounds of public safety’’. "
        "‘‘This decision followed a ruling by the court on Monday. I weighed every report "
        "put to me. ‘‘The government is committed to keeping the harbour safe.’’ "
        "The port authority said it would appeal."
    )
    found = said_texts(extractor, text)
    assert ("Ines Ralt", "The government is committed to keeping the harbour safe.") in found
    assert any(
        name == "Ines Ralt" and words.startswith("This decision followed") for name, words in found
    )


def test_a_picture_credit_line_is_furniture() -> None:
    text = "Ann Berry\nPA Images/Jo Bloggs\nShe said the strike was wrong."
    assert [text[s:e] for s, e in furniture_lines(text)] == ["PA Images/Jo Bloggs"]


def test_a_photographer_in_a_credit_is_no_antecedent(extractor: Extractor) -> None:
    text = (
        "Transport Secretary Ann Berry has accused union leader Tom Hale of misleading the "
        "public.\nAnn Berry\nUK Parliament/Jessica Taylor\nShe said in a statement: “This is a "
        "total lie from the union and its leader, and they know it.”"
    )
    assert speaker_of(extractor, text, "total lie") == "Ann Berry"


def test_the_line_above_a_credit_is_kept(extractor: Extractor) -> None:
    text = (
        "Opposition leader Ana Ruiz rejected the result on Monday.\n“We will not accept "
        "this fraud,” Ruiz said.\nAFP/Getty Images\nThe commission has not responded."
    )
    assert speaker_of(extractor, text, "accept this fraud") == "Ana Ruiz"


def test_a_short_quotation_nested_after_a_stop_does_not_reopen() -> None:
    text = "“We read the audit. “Lost Ballots” is its title, and it proves fraud,” Ruiz said."
    assert not any(c.startswith("Lost Ballots” is its title") for c in _contents(text))


def test_credits_naming_an_agency_with_one_name_are_furniture() -> None:
    text = "Reuters/Pool\nSimon Dawson/Reuters\n(AP Photo/J. Scott Applewhite)\nHe left."
    assert len(furniture_lines(text)) == 3


def test_a_single_mark_quotation_run_on_into_the_next_paragraph() -> None:
    text = (
        "'We had the pace all weekend and the crew did everything right. \n\n"
        "'(It was) A hard day for the drivers, but we take the points,' Ana Ruiz said.\n"
    )
    assert _contents(text) == [
        "We had the pace all weekend and the crew did everything right.",
        "(It was) A hard day for the drivers, but we take the points,",
    ]


def test_a_single_mark_paragraph_closed_in_itself_is_not_run_on() -> None:
    text = "'We lost.' She left the room.\n\n'Then the board met,' he said."
    assert _contents(text) == ["We lost.", "Then the board met,"]


def test_an_apostrophe_opening_a_paragraph_runs_no_quotation_on() -> None:
    text = "'Tis the season for sales, the ad said.\n\n'Twas ever thus, the shop owner added."
    assert _contents(text) == []


def test_a_paragraph_closing_a_single_mark_is_not_run_on() -> None:
    text = (
        "'Harbour Lights' star Ana Ruiz said the last season was her best.\n\n"
        "'The Quay' actor Tom Hale agreed with her."
    )
    assert _contents(text) == []


def test_a_caption_printed_twice_is_furniture_between_a_speaker_and_his_words(
    extractor: Extractor,
) -> None:
    text = (
        "'It was never a fair race,' coach Tom Hale told reporters.\n\n"
        "Rival coach Ian Berg argued with the referee at the end of the match\n\n"
        "Rival coach Ian Berg argued with the referee at the end of the match\n\n"
        "'The referee made a choice that cost us the title.'\n"
    )
    lines = furniture_lines(text)
    assert [text[s:e] for s, e in lines] == [
        "Rival coach Ian Berg argued with the referee at the end of the match"
    ] * 2
    assert speaker_of(extractor, text, "cost us the title") == "Tom Hale"


def test_a_line_printed_once_is_no_caption() -> None:
    text = "The vote was held in March\n\nThe count was slow\n\nHe spoke."
    assert furniture_lines(text) == []


def test_a_caption_printed_twice_with_trailing_spaces_is_spanned_exactly() -> None:
    text = "He spoke.\nThe minister visits the flooded town  \nThe minister visits the flooded town   \nShe left."
    assert [text[s:e] for s, e in furniture_lines(text)] == [
        "The minister visits the flooded town"
    ] * 2
