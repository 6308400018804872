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


def test_words_told_to_a_gathering_named_with_its_day_are_on_that_day(
    extractor: Extractor,
) -> None:
    # "the committee" points back to the sitting named above; that sitting has a day.
    text = (
        "Ottawa's budget review is running late.\n\n"
        "Deputy Minister Ann Cole appeared before the finance committee on Tuesday.\n\n"
        "“We acted within the rules,” Treasury official Raj Patel told the committee."
    )
    assert dated(extractor, text) == [("We acted within ", "2025-03-11", "inferred")]


@pytest.mark.parametrize(
    "gathering",
    [
        "told a committee",  # any committee: no sitting pointed back to
        "told the inquiry",  # a gathering not named above
    ],
)
def test_words_told_to_another_gathering_stay_undated(extractor: Extractor, gathering: str) -> None:
    text = (
        "Ottawa's budget review is running late.\n\n"
        "Deputy Minister Ann Cole appeared before the finance committee on Tuesday.\n\n"
        f"“We acted within the rules,” Treasury official Raj Patel {gathering}."
    )
    assert dated(extractor, text) == [("We acted within ", None, "unknown")]


def test_a_testimony_with_its_day_dates_what_the_witness_admitted(extractor: Extractor) -> None:
    # The parser hangs "while testifying" on the admitted act; its day is the testimony's.
    text = (
        "Plant manager Ada Lind admitted the boiler was unsafe while testifying at the "
        "inquiry Wednesday.\n\n“We should have acted sooner,” Lind added."
    )
    assert [d for _, d, _ in dated(extractor, text)] == ["2025-03-12", "2025-03-12"]


def test_a_day_of_something_else_done_dates_no_admission(extractor: Extractor) -> None:
    text = (
        "Plant manager Ada Lind admitted the boiler was unsafe while inspecting the "
        "site Wednesday.\n\n“We should have acted sooner,” Lind added."
    )
    assert [d for _, d, _ in dated(extractor, text)] == [None, None]


@pytest.mark.parametrize(
    ("speaker", "day"),
    [
        ("Health Minister Mira Tan", "2025-03-11"),  # one of the ministers
        ("Opposition Leader Sam Ortiz", None),  # no minister: his day is not given
    ],
)
def test_one_of_a_group_that_spoke_on_a_day_speaks_on_it(
    extractor: Extractor, speaker: str, day: str | None
) -> None:
    text = (
        "Provincial ministers said on Tuesday that the outbreak had peaked.\n\n"
        f"“We are cautiously hopeful,” {speaker} told reporters.\n\n"
        "“The numbers are falling.”"
    )
    assert [(t, d) for t, d, _ in dated(extractor, text)] == [
        ("the outbreak had", "2025-03-11"),
        ("We are cautiousl", day),
        ("The numbers are ", day),
    ]


@pytest.mark.parametrize(
    ("where", "day"),
    [
        ("in the release", "2025-03-10"),  # the release sent out on Monday
        ("in a statement", None),  # some statement: no day given
    ],
)
def test_words_in_a_writing_named_with_its_day_are_on_that_day(
    extractor: Extractor, where: str, day: str | None
) -> None:
    text = (
        "Harbor Mills is closing its plant in Dunmore.\n\n"
        "The union sent out a news release on Monday morning.\n\n"
        f"“We were never consulted,” union president Joe Park said {where}."
    )
    assert [d for _, d, _ in dated(extractor, text)] == [day]


@pytest.mark.parametrize(
    ("where", "day"),
    [
        ("In the ruling", "2025-03-11"),  # Tuesday's judgment, by another of its names
        ("In the verdict", "2025-03-11"),
        ("In an interview", "2025-03-14"),  # no dated occasion: the news of the lead
    ],
)
def test_words_in_a_ruling_named_with_its_day_are_on_that_day(
    extractor: Extractor, where: str, day: str | None
) -> None:
    text = (
        "The appeals court has thrown out the mining licence of Dunmore Quarries.\n\n"
        "Under the terms of Tuesday's judgment, the quarry must close within a month.\n\n"
        f"{where}, Judge Ada Lind described the licence as “reckless”, adding that the "
        "ministry had ignored its own experts."
    )
    assert {d for _, d, _ in dated(extractor, text)} == {day}


@pytest.mark.parametrize(
    ("when", "day"),
    [
        ("Just two hours later", "2025-03-10"),
        ("Later that day", "2025-03-10"),
        ("Two days later", None),  # another day, not named
    ],
)
def test_hours_later_is_the_day_of_the_sentence_before(
    extractor: Extractor, when: str, day: str | None
) -> None:
    text = (
        "Harbor Mills is closing its plant in Dunmore.\n\n"
        "On Monday evening, the regional board approved the closure.\n\n"
        f"{when}, Mayor Joe Park announced that the town would sue the company."
    )
    assert [d for _, d, _ in dated(extractor, text)] == [day]


@pytest.mark.parametrize(
    "lead",
    [
        "A two-day stoppage by port workers will begin at midnight tonight after talks with "
        "the operators broke down.",
        "Lawmakers will vote today on the harbour bill after a week of protests.",
    ],
)
def test_a_lead_on_later_the_same_day_dates_the_story(extractor: Extractor, lead: str) -> None:
    # What happens later on the publication day makes it the story's day: the reactions
    # quoted below, with no day of their own, are of that day.
    text = f"{lead}\n\nThe union's leader, Ada Lind, said the walkout was the workers' last resort."
    assert dated(extractor, text)[-1][1:] == ("2025-03-14", "inferred")


def test_a_lead_on_a_later_day_dates_nothing(extractor: Extractor) -> None:
    text = (
        "A two-day stoppage by port workers will begin on Monday after talks broke down.\n\n"
        "The union's leader, Ada Lind, said the walkout was the workers' last resort."
    )
    assert dated(extractor, text)[-1][1] is None


def test_the_head_of_the_body_a_lead_reports_speaks_on_its_day(extractor: Extractor) -> None:
    # The lead reports the body's words on Wednesday; its president's words below, with no
    # day of their own, are of the same announcement. Another body's head is not.
    text = (
        "Peru's election authority said on Wednesday it will recount the ballots of three "
        "provinces after one candidate made fraud claims.\n\n"
        "Tomas Berg demanded a full recount after saying the vote had been rigged.\n\n"
        "National Elections Board President Ana Lind said the recount would start at once in "
        "the capital.\n\n"
        "Harbor Party Chairman Paul Lenk said the recount was far too small."
    )
    found = dated(extractor, text)
    assert [day for _, day, _ in found] == ["2025-03-12", None, "2025-03-12", None]


@pytest.mark.parametrize(
    "lead",
    [
        "Lawmakers, who returned to the capital today, will vote on Thursday on the harbour bill.",
        "Today's teenagers will decide the harbour vote in 2030, a new survey suggests.",
    ],
)
def test_today_not_of_the_lead_verb_dates_nothing(extractor: Extractor, lead: str) -> None:
    text = f"{lead}\n\nThe union's leader, Ada Lind, said the walkout was the workers' last resort."
    assert dated(extractor, text)[-1][1] is None


def test_the_head_of_a_country_is_not_the_head_of_its_body(extractor: Extractor) -> None:
    text = (
        "The Zambia Election Commission said on Wednesday it will recount the ballots of three "
        "provinces.\n\nZambia President Ana Lind said the recount was a waste of money."
    )
    assert dated(extractor, text)[-1][1] is None


def test_a_lead_with_no_verb_above_its_time_word_ends(extractor: Extractor) -> None:
    # "Rail chaos tonight as ...": the time word hangs on no verb; the lead dates nothing (the
    # climb to a verb once never ended here).
    text = "Rail chaos tonight as unions will strike.\n\n“It is a disgrace,” said Ada Lind."
    assert dated(extractor, text)[-1][1] is None


def test_a_document_put_out_on_a_day_dates_its_authors_words(extractor: Extractor) -> None:
    # Filing a complaint (or releasing a report) is an act of words with a day: the filer's
    # statements around it, with no day of their own, are of that filing; another's are not.
    text = (
        "Harbor Mills asked a judge to halt the export ban. The company filed a complaint late "
        "Wednesday night challenging the ban.\n\n"
        "The ban is unlawful, Harbor Mills said. It would “ruin growers,” according to the "
        "complaint.\n\n"
        "The ban protects the harbour, the Port Authority of Kestrel said."
    )
    assert [d for _, d, _ in dated(extractor, text)] == ["2025-03-12"] * 3 + [None]


def test_a_date_in_a_picture_caption_dates_no_words(extractor: Extractor) -> None:
    # A caption signed by a wire photographer is page furniture: its day is the picture's.
    text = (
        "KESTREL (Reuters) - The opposition will not accept the results of Sunday's vote, the "
        "leader of the Harbor Party said after the count.\n\n"
        "Harbor Party leader Ana Lind greets supporters at a rally in Kestrel March 10, 2025. "
        "REUTERS/Jo Bloggs\n\n"
        "“We will not recognise the count,” Ana Lind told reporters."
    )
    assert [d for _, d, _ in dated(extractor, text)] == [None, None]


@pytest.mark.parametrize(
    "act", ["did not file a complaint", "wants to file a complaint", "may release a report"]
)
def test_a_document_not_put_out_dates_nothing(extractor: Extractor, act: str) -> None:
    text = (
        f"Growers are angry about the export ban. Harbor Mills {act} on Monday. The ban is "
        "unlawful, Harbor Mills said."
    )
    assert [d for _, d, _ in dated(extractor, text)] == [None]
