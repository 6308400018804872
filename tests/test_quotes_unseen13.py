"""Quote attribution on news the rules were not written on (issue 13, thirteenth set), on
sentences of our own.

Each test states one general pattern of news writing: a given name that is also a common word
("Given", "Hope") written between a lower-case title and a surname is the name's first word, and
the person so named speaks, not the body the title belongs to; a reporting verb inside a clause
of time ("hours after officials declared her the winner") reports nothing of the main clause the
parser hung on it; a report whose verb the parser read as a participle on the reported clause's
subject ("said the narrow victory — in a close vote — highlighted anger") is still a report.
"""

from __future__ import annotations

from graph.extract import Extractor
from tests.said import said_texts, speaker_of, speakers


def test_a_given_name_that_is_a_common_word_after_a_lower_case_title(
    extractor: Extractor,
) -> None:
    text = (
        "The Green Front wrote to the commission on Monday. \"We hope the count can be done "
        "soon,\" party spokesperson Given Chanda said. Later, union spokesman Hope Banda said "
        "the count was slow."
    )
    assert speakers(extractor, text) == ["Given Chanda", "Hope Banda"]


def test_a_cue_in_a_time_clause_reports_nothing_of_the_main_clause(extractor: Extractor) -> None:
    text = (
        "Ana Soto was sworn in as president on Sunday, just two hours after election officials "
        "declared her the winner with 52% of the vote."
    )
    assert said_texts(extractor, text) == set()
    # The cue's own report, after it, stays: "after officials said the count was over".
    text = "The crowd left the square on Sunday, hours after officials said the count was over."
    assert said_texts(extractor, text) == {("officials", "the count was over")}


def test_a_clause_verb_read_as_a_participle_on_the_object(extractor: Extractor) -> None:
    text = (
        "Ana Soto won the vote.\nPolitical analysts said Soto’s narrow victory — in a close "
        "election — highlighted public frustration with the party. — AFP"
    )
    assert speaker_of(extractor, text, "highlighted public frustration") == "Political analysts"
    # A participle on the object, with no object of its own, leaves the object a thing said.
    text = "The mayor said the contract signed on Monday was fair."
    assert said_texts(extractor, text) == {("mayor", "the contract signed on Monday was fair")}
