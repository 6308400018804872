"""Speakers the parse or the names hide (issue 13.1), sentences of our own: a bracketed aside
after an inverted speaker names no one speaking; a report in a time clause ends with its
clause; a main verb read as a bare participle keeps its subject; a name the model cut before
its last word is whole."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from graph.extract import Extractor
from graph.extract.syntax import subjects_of
from tests.said import said, speakers


@pytest.mark.parametrize(
    "aside", ["(no relation to Boris)", "(a cousin of Boris)", "[no kin of Boris]"]
)
def test_a_bracketed_aside_after_the_speaker_names_no_speaker(
    extractor: Extractor, aside: str
) -> None:
    text = (
        "President Boris Kalin won the vote, officials said.\n\n"
        f'"We will march until this gang resigns," said Anna Kalin {aside}, the leader of a '
        "small party.\n"
    )
    assert speakers(extractor, text) == ["officials", "Anna Kalin"]


def test_a_report_in_a_time_clause_ends_with_its_clause(extractor: Extractor) -> None:
    text = (
        "As town officials confirmed that buses will stop for some 20,000 riders when drivers "
        "are expected to strike on Friday morning, the city's mayor Jane Holt said that she "
        "was focused on getting a fair deal done.\n"
    )
    found = [(name, text[q.span.start : q.span.end]) for name, q in said(extractor, text)]
    assert found == [
        (
            "town officials",
            "buses will stop for some 20,000 riders when drivers are expected to strike on "
            "Friday morning",
        ),
        ("Jane Holt", "she was focused on getting a fair deal done"),
    ]


@pytest.mark.parametrize(("subject_dep", "verb"), [("npadvmod", "stated"), ("dep", "declared")])
def test_an_unfamiliar_body_before_a_misread_past_tense_speaks(subject_dep: str, verb: str) -> None:
    """The parser's slip as it comes with an unfamiliar acronym: "The UCIB stated last year
    that ..." with "stated" a bare participle heading the sentence and "UCIB" its modifier."""
    words = ["The", "UCIB", verb, "last", "year", "that", "stages", "were", "chosen", "."]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=[1, 2, 2, 4, 2, 8, 8, 8, 2, 2],
        deps=[
            "det",
            subject_dep,
            "ROOT",
            "amod",
            "npadvmod",
            "mark",
            "nsubjpass",
            "auxpass",
            "ccomp",
            "punct",
        ],
        tags=["DT", "NNP", "VBN", "JJ", "NN", "IN", "NNS", "VBD", "VBN", "."],
        pos=["DET", "PROPN", "VERB", "ADJ", "NOUN", "SCONJ", "NOUN", "AUX", "VERB", "PUNCT"],
    )
    assert [t.text for t in subjects_of(doc[2])] == ["UCIB"]


def test_a_true_participle_takes_no_noun_before_it() -> None:
    """A headline's "Protesters killed in clashes": a bare participle heading no clause of its
    own is no misread past tense, and the noun before it is no subject."""
    words = ["Protesters", "killed", "in", "clashes"]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=[1, 1, 1, 2],
        deps=["npadvmod", "ROOT", "prep", "pobj"],
        tags=["NNS", "VBN", "IN", "NNS"],
        pos=["NOUN", "VERB", "ADP", "NOUN"],
    )
    assert subjects_of(doc[1]) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "DAKAR - Senegal's opposition leader Amadou Sekou Barry declared Monday, without "
            "waiting for official results, that he had won.\n",
            "Amadou Sekou Barry",
        ),
        (
            "Opposition leader Moussa Dalein Kante declared on Monday that he had won the "
            "vote against incumbent Ali Toure.\n",
            "Moussa Dalein Kante",
        ),
    ],
)
def test_a_name_cut_before_its_last_word_is_whole(
    extractor: Extractor, text: str, name: str
) -> None:
    assert speakers(extractor, text)[0] == name


def test_a_day_after_a_name_is_no_part_of_it(extractor: Extractor) -> None:
    text = "Opposition leader Moussa Kante Monday said that he had won the vote.\n"
    assert "Monday" not in " ".join(speakers(extractor, text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The EU mission's report said the poll was marred by fraud.\n", "EU mission"),
        (
            "The EU observer mission's report said the poll was marred by fraud.\n",
            "EU observer mission",
        ),
    ],
)
def test_a_document_speaks_for_the_body_that_owns_it(
    extractor: Extractor, text: str, name: str
) -> None:
    assert speakers(extractor, text) == [name]


def test_a_day_owns_no_document(extractor: Extractor) -> None:
    assert speakers(extractor, "Tuesday's report said the port would close.\n") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The regulator blocked the merger, a move critics said would hamper growth.\n",
            [("critics", "would hamper growth")],
        ),
        (
            "The court ruled first, a move opposition party leaders say is a clever strategy.\n",
            [("opposition party leaders", "is a clever strategy")],
        ),
    ],
)
def test_a_report_in_a_gapped_relative_clause(
    extractor: Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    """ "X, a move critics said would ...": the critics report what the move would do; the
    main clause before is nobody's report, and the antecedent is no part of the speaker."""
    found = [(name, text[q.span.start : q.span.end]) for name, q in said(extractor, text)]
    assert found == expected


def test_an_agency_is_the_commission_named_before(extractor: Extractor) -> None:
    text = (
        "The result released by the General Election Commission (GEC) confirmed the counts.\n\n"
        "Karen Holt won the vote. The Blue Party said it would go to court.\n\n"
        "A day before the announcement, the election agency said the claims of cheating "
        "were baseless.\n"
    )
    assert speakers(extractor, text)[-1] == "General Election Commission"


def test_a_person_shaped_body_is_no_story_s_main_body() -> None:
    """The model may tag a person's name a body ("Joko Widodo has been re-elected"): the
    story's main body is then the body named, not that name, however often it is written."""
    from graph.extract.actors import ActorTable
    from graph.extract.story_bodies import main_body

    text = "Karen Holt has been re-elected. Karen Holt won. Nordic Ferry Company agreed."
    table = ActorTable(text)
    table.add_entity(0, 10, "ORG")
    second = text.index("Karen Holt won")
    table.add_entity(second, second + 10, "ORG")
    ferry = table.add_entity(text.index("Nordic"), text.index(" agreed"), "ORG")
    assert main_body(table, [], len(text)) == ferry


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The UN refugee agency said 300 people had fled.\n", "UN refugee agency"),
        (
            "Unrest has left 34 people dead, according to the UN human rights office.\n",
            "UN human rights office",
        ),
        ("The Nordic Council's youth office said 300 people had fled.\n", None),
        (
            "Nordline said on Monday it would appeal. The Nordline shipping company said it was "
            "sure of its case.\n",
            "Nordline",
        ),
    ],
)
def test_a_body_within_a_named_body_is_named_in_full(
    extractor: Extractor, text: str, name: str | None
) -> None:
    """ "The UN refugee agency said": common words between the name and the noun make a body
    of its own, not the UN; a name right before the noun is the body itself."""
    found = speakers(extractor, text)
    if name is not None:
        assert found[-1] == name
    else:
        assert "Nordic Council" not in found


def test_one_told_by_no_one_named_is_no_speaker(extractor: Extractor) -> None:
    text = (
        'Prime Minister Lena Holm says she is "annoyed" at Tom Drake\'s decision to cancel his '
        "visit after being told the island was not for sale.\n"
    )
    found = [(name, text[q.span.start : q.span.end]) for name, q in said(extractor, text)]
    assert not any(words.startswith("the island") for _, words in found)
    assert [name for name, _ in found] == ["Lena Holm"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "When told the plan had failed, Ana Ruiz said she was not surprised.\n",
            [("Ana Ruiz", "she was not surprised")],
        ),
        (
            "When Ana Ruiz told reporters the plan had failed, she was calm.\n",
            [("Ana Ruiz", "the plan had failed")],
        ),
    ],
)
def test_when_told_names_no_teller(
    extractor: Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    """ "When told ...": the one told speaks only after; with a subject of its own ("When Ana
    Ruiz told reporters ...") the clause is her report."""
    found = [(name, text[q.span.start : q.span.end]) for name, q in said(extractor, text)]
    assert found == expected
