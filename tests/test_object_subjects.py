"""Speakers the parser misplaces: an apposition before a cue, a participle on a vote (own words)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from graph.extract import Extractor
from graph.extract.relatives import relative_antecedent
from graph.model import Article


def _quotes(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    result = extractor(Article("t", text))
    names = {a.id: a.name for a in result.actors}
    return [(names.get(q.speaker, q.speaker), q.span.text) for q in result.quotes]


def test_the_apposition_before_the_cue_is_the_speaker(extractor: Extractor) -> None:
    text = (
        "Peru's President Ana Ruiz has beaten her rival Tomas Berg, the National Election Board "
        "(NEB) has said, in a close vote."
    )
    assert _quotes(extractor, text) == [
        ("National Election Board", "Peru's President Ana Ruiz has beaten her rival Tomas Berg")
    ]


def test_a_subject_after_a_comma_speaks(extractor: Extractor) -> None:
    text = "The count was fair, Tomas Berg, the head of the board, said on Monday."
    assert [s for s, _ in _quotes(extractor, text)] == ["Tomas Berg"]


def test_a_participle_hung_on_the_vote_is_the_clause_subjects(extractor: Extractor) -> None:
    # "(Jan. 14)" makes the parser end the sentence there: "claiming" hangs on the election
    text = (
        "SANTIAGO (Andes Wire) — Peru’s Foreign Ministry dismissed Ana Ruiz's victory in "
        "Sunday’s (Jan. 14) Chilean presidential election, claiming that it does not "
        '"reflect the will of the voters."'
    )
    speakers = [s for s, _ in _quotes(extractor, text)]
    assert speakers and all("Foreign Ministry" in s for s in speakers)


def test_a_clause_subject_before_an_aside_opens_the_report(extractor: Extractor) -> None:
    # the parser may take "the Unity Front" for the object of "said" and leave "had stolen"
    # with no subject: the report begins at the name, aside and all
    text = "Tomas Banda said the Unity Front, in power since 1964, had stolen the vote."
    assert _quotes(extractor, text) == [
        ("Tomas Banda", "the Unity Front, in power since 1964, had stolen the vote")
    ]


def test_an_addressee_before_an_aside_is_not_reported(extractor: Extractor) -> None:
    text = "Tomas Banda told reporters, in Lusaka on Monday, the count would resume."
    assert [span for _, span in _quotes(extractor, text)] == ["the count would resume"]


@pytest.mark.parametrize(
    "title",
    ["chairman of the Constitutional Council", "chairman of the council, which rules on votes"],
)
def test_a_name_with_its_apposition_before_a_subjectless_cue_speaks(
    extractor: Extractor, title: str
) -> None:
    # "On Friday Tomas Berg" may be parsed as one prepositional phrase, leaving "said" with no
    # subject; the name before the apposition that runs up to the cue is who said it
    text = (
        f"On Friday Tomas Berg, {title}, said Ana Ruiz had won a little more than 51% of the "
        "vote.\n\nHe said results in seven regions had been annulled.\n"
    )
    assert [s for s, _ in _quotes(extractor, text)] == ["Tomas Berg", "Tomas Berg"]


def test_a_finite_verb_joined_to_a_gerund_is_the_first_verbs_subjects(
    extractor: Extractor,
) -> None:
    # "called" may be parsed as a conjunct of "fabricating", whose subject is the accused;
    # the accusation is a report of its own, up to the second one
    text = (
        "Lena Varga accused Okafor of fabricating the tallies and called the election "
        "“the most fraudulent in our history”."
    )
    assert _quotes(extractor, text) == [
        ("Lena Varga", "Okafor of fabricating the tallies"),
        ("Lena Varga", "the most fraudulent in our history"),
    ]


def test_each_listed_name_speaks_its_participle(extractor: Extractor) -> None:
    text = (
        "European governments questioned the results of the election in Belarus, with the "
        'European Union calling for ballots to be counted again, Germany voicing "strong doubts" '
        "about the vote and Lithuania calling for an emergency summit on the situation.\n\n"
        "The minister wrote to the Green Party urging it to come back to the table.\n"
    )
    assert [s for s, _ in _quotes(extractor, text)][:3] == [
        "European Union",
        "Germany",
        "Lithuania",
    ]
    assert "Green Party" not in [s for s, _ in _quotes(extractor, text)]


def test_a_listed_name_in_apposition_speaks_its_participle(extractor: Extractor) -> None:
    text = (
        "Governments questioned the count in Belarus, with Germany voicing “strong doubts” "
        "about the vote and Belarus's neighbour Lithuania calling for an emergency summit on "
        "the situation.\n"
    )
    assert [s for s, _ in _quotes(extractor, text)] == ["Germany", "Lithuania"]


def test_a_role_of_a_named_body_is_not_whoever_spoke_last(extractor: Extractor) -> None:
    # "the head of the UN mission" is picked out by the body it heads, not a guess
    text = (
        "Tomas Berg, chairman of the Constitutional Council, said on Friday that Ana Ruiz had "
        "won.\n\nBut the head of the UN mission in Zambia said it accepted the initial results.\n"
    )
    assert [s for s, _ in _quotes(extractor, text)][-1] != "Tomas Berg"


def test_an_age_before_a_speech_verb_read_as_an_adjective_speaks(extractor: Extractor) -> None:
    # in one long paragraph the parser may tag "alleged" after "the 62-year-old" an adjective
    text = (
        "ACCRA (AFP) - Opposition leader John Banda on Thursday rejected the results of the "
        "election in which Ana Ruiz won a second term. A day earlier, the electoral commission "
        "said that Ruiz had won 51.59 percent of the vote, ahead of Banda with 47.36 percent. "
        "But Banda rejected the numbers. “Numerous steps have been taken to manipulate the "
        "results of the election in favour of the incumbent,” the 62-year-old alleged. "
        "According to the provisional results published by the commission, her party won.\n"
    )
    found = _quotes(extractor, text)
    assert any(s == "John Banda" and q.startswith("Numerous") for s, q in found)


def test_a_report_in_a_relative_clause_is_not_the_quotations_speaker(
    extractor: Extractor,
) -> None:
    # "his office said was ...": the office tells of the trip; the quotations are the governor's
    text = (
        '"I think the lawsuit is political," Governor Tom Hale said in Rome while on a trip that '
        'his office said was a trade mission. "Do you want one company to have its own rules?"\n\n'
        "The ministry described the move, which Orvex said was a response to the tax, as a "
        "“unilateral decision of the company”.\n"
    )
    found = _quotes(extractor, text)
    assert [s for s, q in found if q.startswith(("I think", "Do you"))] == ["Tom Hale", "Tom Hale"]
    assert [s for s, q in found if q.startswith("unilateral")] != ["Orvex"]


def test_a_who_clause_hung_on_a_title_is_the_named_persons() -> None:
    # "chief Lena Varga who urged": a parse that hangs the clause on the title, not the name
    words = ["policy", "chief", "Lena", "Varga", "who", "urged", "calm"]
    heads = [1, 1, 3, 1, 5, 1, 5]
    deps = ["compound", "ROOT", "compound", "appos", "nsubj", "relcl", "dobj"]
    pos = ["NOUN", "NOUN", "PROPN", "PROPN", "PRON", "VERB", "NOUN"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert relative_antecedent(doc[4], doc[5]).text == "Varga"
