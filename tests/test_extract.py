"""Extraction on texts written for these tests: quotes, speakers, dates, events, stances."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.extract import Extractor
from graph.extract.contract import to_contract
from graph.extract.dates import find_dates
from graph.extract.marks import find_quotes, paragraphs
from graph.extract.nlp import load_pipeline
from graph.model import Actor, Article, DateValue

REGISTRY = (
    Actor("united-states", "United States", "Country", ("US", "the United States", "Washington")),
    Actor("ana-lima", "Ana Lima", "Person", ("Lima",)),
)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(REGISTRY)


def run(extractor: Extractor, text: str, published: str | None = "2025-03-14") -> dict:
    pub = DateValue(date.fromisoformat(published), "stated") if published else DateValue()
    return to_contract(extractor(Article("t", text, published=pub)))


def quotes(result: dict) -> list[tuple[str, str, str]]:
    return [(q["speaker"], q["kind"], q["text"]) for q in result["quotes"]]


def test_direct_quote_cue_after(extractor: Extractor) -> None:
    r = run(
        extractor, "“We will not accept these results,” Pedro Alvarez told reporters on Tuesday."
    )
    assert quotes(r) == [("Pedro Alvarez", "direct", "We will not accept these results,")]
    q = r["quotes"][0]
    assert q["said_on"] == "2025-03-11" and q["date_certainty"] == "resolved"
    assert q["audience"] == "reporters" and q["cue"] == "told"


def test_straight_marks_and_cue_before(extractor: Extractor) -> None:
    text = 'Minister Carla Ruiz said: "The border will stay open for trade and for families."'
    r = run(extractor, text)
    assert quotes(r) == [
        ("Carla Ruiz", "direct", "The border will stay open for trade and for families.")
    ]


def test_split_quote_and_pronoun(extractor: Extractor) -> None:
    text = (
        "Senator Mark Olsen spoke after the vote.\n"
        '"This is a sad day for the country," he said, "and we will appeal the decision."'
    )
    r = run(extractor, text)
    assert [(s, t) for s, _, t in quotes(r)] == [
        ("Mark Olsen", "This is a sad day for the country,"),
        ("Mark Olsen", "and we will appeal the decision."),
    ]


def test_multi_paragraph_quote(extractor: Extractor) -> None:
    text = (
        "“We have waited for years for a fair count of every vote in this country.\n"
        "“Now the people will decide who governs them,” said Julia Mendes, the party leader."
    )
    r = run(extractor, text)
    assert {s for s, _, _ in quotes(r)} == {"Julia Mendes"}
    assert len(r["quotes"]) == 2
    for q in r["quotes"]:
        assert "\n" not in q["text"] and "“" not in q["text"]


def test_unbalanced_mark_stays_in_its_paragraph(extractor: Extractor) -> None:
    text = (
        'Tom Reyes said: "We will fight on and on\nThe next paragraph is narration by the writer.'
    )
    r = run(extractor, text)
    for q in r["quotes"]:
        assert "next paragraph" not in q["text"]


def test_indirect_speech_and_according_to(extractor: Extractor) -> None:
    text = (
        "Ana Lima said that the government had lost the trust of its citizens. "
        "According to the United States, the count was deeply flawed."
    )
    r = run(extractor, text)
    got = quotes(r)
    assert ("Ana Lima", "indirect", "the government had lost the trust of its citizens") in got
    assert ("United States", "indirect", "the count was deeply flawed") in got


def test_organisation_speaker_and_role_description(extractor: Extractor) -> None:
    text = (
        "Washington criticized the decision to close the border crossing. "
        "American diplomat Paul Grant met officials in the capital. "
        "“There is no going back from this,” the diplomat told the council."
    )
    r = run(extractor, text)
    speakers = {q["speaker"] for q in r["quotes"]}
    assert "Paul Grant" in speakers
    assert any(s["source"] == "United States" and s["polarity"] == "oppose" for s in r["stances"])


def test_registry_matches_without_accents_and_skips_pronoun_us(extractor: Extractor) -> None:
    r = run(extractor, "The US said the talks were over. Let us hope not, said a reader.")
    us = next(a for a in r["actors"] if a["name"] == "United States")
    assert us["mentions"] == [[4, 6]]


def test_stance_from_statement(extractor: Extractor) -> None:
    text = "“We will continue to support the opposition in Caracas,” said Ana Lima on Monday."
    r = run(extractor, text)
    assert any(s["source"] == "Ana Lima" and s["polarity"] == "support" for s in r["stances"])


def test_dated_event_with_participants(extractor: Extractor) -> None:
    text = "Police arrested Juan Perez in Bogota on March 3, the ministry said."
    r = run(extractor, text)
    arrest = next(e for e in r["events"] if e["type"] == "arrest")
    assert "Juan Perez" in arrest["targets"] and arrest["date"] == "2025-03-03"


@pytest.mark.parametrize(
    ("text", "published", "expected", "certainty"),
    [
        ("on Wednesday", "2024-08-08", "2024-08-07", "resolved"),
        ("yesterday", "2024-08-08", "2024-08-07", "resolved"),
        ("July 28", "2024-08-08", "2024-07-28", "stated"),
        ("the 28th of July", "2024-08-08", "2024-07-28", "stated"),
        ("Sept. 2", "2024-09-05", "2024-09-02", "stated"),
        ("28 July 2024", None, "2024-07-28", "stated"),
        ("in the early hours of Monday", "2024-07-31", "2024-07-29", "resolved"),
        ("Tuesday (30)", "2024-07-31", "2024-07-30", "resolved"),
        ("on Wednesday", None, None, "unknown"),
    ],
)
def test_dates(text: str, published: str | None, expected: str | None, certainty: str) -> None:
    pub = date.fromisoformat(published) if published else None
    found = find_dates(text, pub, year=pub.year if pub else None)
    assert found, text
    assert (found[-1].value.iso, found[-1].value.certainty) == (expected, certainty)


def test_last_week_gives_bounds_not_a_date() -> None:
    (m,) = find_dates("last week", date(2024, 8, 8))
    assert m.value.value is None
    assert (m.value.earliest, m.value.latest) == (date(2024, 7, 29), date(2024, 8, 4))


def test_without_a_model_registry_and_marks_still_work() -> None:
    blank = Extractor(REGISTRY, pipeline=load_pipeline("blank"))
    assert blank.notices and "no English model" in blank.notices[0]
    result = blank(Article("t", "“The vote was stolen,” Ana Lima said."))
    assert [(result.actor(q.speaker).name, q.text) for q in result.quotes] == [
        ("Ana Lima", "The vote was stolen,")
    ]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.one_of(
            st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40),
            st.sampled_from(['"', "“", "”", " said ", "Ana Lima", "\n", ", he added. ", "US"]),
        ),
        max_size=25,
    )
)
def test_never_crashes_and_spans_slice_back(extractor: Extractor, parts: list[str]) -> None:
    text = "".join(parts) or "x"
    result = extractor(Article("h", text))
    # Quotation marks never pair across a paragraph (a line break, unless the line is
    # hard-wrapped inside a sentence: no stop before the break, lower case after it).
    blocks = paragraphs(text)

    def within(start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in blocks)

    for quote in result.quotes:
        assert text[quote.span.start : quote.span.end] == quote.text
        if quote.kind == "direct":
            assert within(quote.span.start, quote.span.end)
    for q in find_quotes(text):
        assert within(q.start, q.end)


def test_dateline_is_not_a_speaker(extractor: Extractor) -> None:
    text = "PARIS -- France's foreign minister, Jean Barrot, said on Tuesday that the count was flawed."
    r = run(extractor, text)
    assert quotes(r) == [("Jean Barrot", "indirect", "the count was flawed")]
    assert r["quotes"][0]["said_on"] == "2025-03-11"


def test_each_paragraph_is_parsed_on_its_own(extractor: Extractor) -> None:
    text = (
        "“They stole this election and everyone knows it,” Karim Haddad wrote on X.\n"
        "Chilean officials said at least 12 people had been arrested since Sunday."
    )
    got = quotes(run(extractor, text))
    # Officials of a country speak as themselves, anchored to it (graph.extract.agents).
    said = "at least 12 people had been arrested since Sunday"
    assert ("Chilean officials", "indirect", said) in got


def test_speaker_in_apposition_to_a_role(extractor: Extractor) -> None:
    text = (
        "The State Department official for Latin America, Brian Nolan, said that the evidence "
        "was irrefutable."
    )
    assert quotes(run(extractor, text)) == [
        ("Brian Nolan", "indirect", "the evidence was irrefutable")
    ]


def test_a_charge_of_wrongdoing_opposes_the_doer(extractor: Extractor) -> None:
    text = (
        "Ana Lima criticised the Chilean electoral council on Monday.\n"
        "“The electoral council falsified the results,” Lima said."
    )
    r = run(extractor, text)
    assert any(
        s["source"] == "Ana Lima" and s["polarity"] == "oppose" and "falsified" in s["evidence"]
        for s in r["stances"]
    )


def test_single_marks_when_a_paragraph_has_no_double_ones(extractor: Extractor) -> None:
    text = "'We are not going to be bullied,' Sarah Jenkins told the BBC. Jenkins' view is clear."
    assert quotes(run(extractor, text)) == [
        ("Sarah Jenkins", "direct", "We are not going to be bullied,")
    ]
    assert find_quotes("Don't say 'maybe' to the voters' questions.") == []


def test_short_attributed_quote_and_its_continuation(extractor: Extractor) -> None:
    text = '"It\'s a mess," said one senior official. "Neither side wants to blink first."'
    got = quotes(run(extractor, text))
    assert [t for _, _, t in got] == ["It's a mess,", "Neither side wants to blink first."]
    assert len({s for s, _, _ in got}) == 1
    # A scare-quoted word is no statement of its own: the sentence is Lima's indirect speech.
    got = quotes(run(extractor, 'They doubt the "proclaimed" victory, Ana Lima said.'))
    assert got == [("Ana Lima", "indirect", 'They doubt the "proclaimed" victory')]


def test_narrated_stances(extractor: Extractor) -> None:
    text = (
        "Brazil's president praised the decision of the electoral court.\n"
        "Several governments refused to recognise the winner, Carlos Mendez.\n"
        "Spain expressed support for the Chilean opposition.\n"
        "Human Rights Watch slammed the Chilean government for the crackdown.\n"
        "The United States called on Mendez to step down.\n"
        "The European Union condemned the arrest of Leopoldo Vargas.\n"
    )
    got = {(s["source"], s["polarity"], s["target"]) for s in run(extractor, text)["stances"]}
    # A decision "of" its maker is the maker's: praising it backs the court (its actor).
    assert ("Brazil's president", "support", "Chilean electoral authority") in got
    # "Several governments" name nobody in particular: no actor (graph.extract.agents).
    assert not any(s == "several governments" for s, _, _ in got)
    assert ("Spain", "support", "Chilean opposition") in got
    assert any(
        s.endswith("Rights Watch") and p == "oppose" and t == "Chilean government"
        for s, p, t in got
    )
    assert ("United States", "oppose", "Carlos Mendez") in got
    # Condemning an arrest opposes the arrest, never the man arrested: it takes his side
    # (graph.extract.stance_harms).
    assert ("European Union", "oppose", "Leopoldo Vargas") not in got
    assert ("European Union", "support", "Leopoldo Vargas") in got


def test_a_lone_surname_after_the_cue_speaks(extractor: Extractor) -> None:
    text = '"We cannot survive with these prices," said Dubois, who farms wheat near the town.'
    assert quotes(run(extractor, text)) == [
        ("Dubois", "direct", "We cannot survive with these prices,")
    ]


def test_definite_description_and_participle_time(extractor: Extractor) -> None:
    text = (
        "Speaking after Sunday's loss at Brighton, manager Ruben Amorim admitted the performance "
        "was poor.\n"
        "Captain Bruno Fernandes agreed. “It's on us, the players,” the Portuguese midfielder "
        "told Sky Sports."
    )
    r = run(extractor, text, published="2025-03-10")
    got = {(q["speaker"], q["text"], q["said_on"]) for q in r["quotes"]}
    assert ("Ruben Amorim", "the performance was poor", "2025-03-09") in got
    assert ("Bruno Fernandes", "It's on us, the players,", None) in got
