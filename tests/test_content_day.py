"""A statement whose words tell of the publication day was made that day (issue 13: dates),
on sentences of our own: "on Friday, 40 roads were still closed, officials said" in Friday's
story; never a plan ("to turn out at Friday's rally"), never a day before; the speaker's own
"today" is only the story's day assumed, when nothing else dates the words.
"""

from __future__ import annotations

from datetime import date

from graph.extract import Extractor
from graph.extract.contract import to_contract
from graph.model import Article, DateValue

FRIDAY = date(2025, 3, 14)


def dated(extractor: Extractor, text: str, published: date = FRIDAY) -> list[tuple[str, str | None]]:
    pub = DateValue(published, "stated")
    found = to_contract(extractor(Article("t", text, published=pub)))["quotes"]
    return sorted((q["text"], q["said_on"]) for q in found)


def test_a_state_told_of_the_publication_day_dates_its_report(extractor: Extractor) -> None:
    text = (
        "Across the region on Friday, 40 roads were still closed, provincial officials said at "
        "a news conference."
    )
    assert dated(extractor, text) == [
        ("Across the region on Friday, 40 roads were still closed", "2025-03-14")
    ]


def test_a_past_perfect_act_on_the_publication_day_dates_its_report(
    extractor: Extractor,
) -> None:
    text = "An aide said the envoys had spoken to the rebels about the deal on Thursday and Friday."
    assert dated(extractor, text) == [
        ("the envoys had spoken to the rebels about the deal on Thursday and Friday", "2025-03-14")
    ]


def test_a_day_before_the_publication_day_does_not_date_the_report(
    extractor: Extractor,
) -> None:
    text = "An aide said the envoys had spoken to the rebels about the deal on Thursday."
    assert dated(extractor, text) == [
        ("the envoys had spoken to the rebels about the deal on Thursday", None)
    ]


def test_a_plan_for_the_publication_day_does_not_date_the_report(extractor: Extractor) -> None:
    text = "The union will meet on Friday to vote on the offer, its president said."
    assert all(day is None for _, day in dated(extractor, text))


def test_the_speakers_today_is_only_assumed_the_story_day(extractor: Extractor) -> None:
    text = '"I spoke to him today," the coach said.'
    pub = DateValue(FRIDAY, "stated")
    (quote,) = to_contract(extractor(Article("t", text, published=pub)))["quotes"]
    assert (quote["said_on"], quote["date_certainty"]) == ("2025-03-14", "assumed")


def test_the_speakers_today_gives_way_to_a_dated_occasion(extractor: Extractor) -> None:
    text = 'The coach met reporters on Wednesday. "I spoke to him today," he said.'
    assert dated(extractor, text) == [("I spoke to him today,", "2025-03-12")]


GAME = (
    "Coach Ana Ruiz admitted Wednesday that she misspoke after Monday's loss to the Vancouver "
    "Canucks.\n\n"
)


def test_words_said_after_an_event_the_story_dates_take_its_day(extractor: Extractor) -> None:
    text = GAME + (
        'Ruiz said during her press conference after a 4-2 loss to the Canucks: "Our best '
        'players have not found their rhythm."\n\n"The difference is depth," the coach said.'
    )
    found = dict(dated(extractor, text))
    assert found["Our best players have not found their rhythm."] == "2025-03-10"
    assert found["The difference is depth,"] == "2025-03-10"


def test_an_event_the_story_does_not_date_leaves_the_carried_day(extractor: Extractor) -> None:
    text = GAME + 'Ruiz said after practice: "We will be ready."'
    assert dict(dated(extractor, text))["We will be ready."] == "2025-03-12"


def test_words_said_as_a_dated_event_happens_take_its_day(extractor: Extractor) -> None:
    text = (
        "Ana Ruiz was sworn in for a second term as president on Sunday after being declared "
        "the winner.\n\nPolice said seven people died in the riots.\n\n"
        "Ruiz called for national healing as she was sworn in at the palace."
    )
    assert ("national healing as she was sworn in at the palace", "2025-03-09") in dated(
        extractor, text
    )


def test_a_moment_inside_what_was_said_does_not_date_the_words(extractor: Extractor) -> None:
    text = (
        "Ana Ruiz was sworn in for a second term as president on Sunday.\n\n"
        "Tom Reyes said he would resign when the new cabinet was sworn in."
    )
    assert ("he would resign when the new cabinet was sworn in", None) in dated(extractor, text)


def test_a_reaction_after_an_event_is_not_dated_by_it(extractor: Extractor) -> None:
    text = (
        "The electoral commission said on Monday that Ana Ruiz had won.\n\n"
        'Tom Reyes denounced the results as "fraudulent" after the commission said Ruiz won.'
    )
    assert ("fraudulent", "2025-03-10") not in dated(extractor, text)
