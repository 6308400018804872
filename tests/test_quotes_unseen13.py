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


def test_a_surname_with_an_apostrophe_the_tagger_left_out_is_the_names() -> None:
    # The small model may tag the given name alone (even as a body) and read "Yar'Ima" as a
    # number: the two are one person's name.
    from spacy.tokens import Doc, Span
    from spacy.vocab import Vocab

    from graph.extract.person_entities import person_entities

    words = ["President", "Bala", "Yar'Ima", "said", "so", "to", "Acme", "D'Souza"]
    doc = Doc(Vocab(), words=words, spaces=[True] * 7 + [False])
    doc.ents = [Span(doc, 1, 2, "ORG"), Span(doc, 6, 7, "PERSON")]
    found = [(e.text, e.label_) for e in person_entities(doc.ents)]
    assert found == [("Bala Yar'Ima", "PERSON"), ("Acme D'Souza", "PERSON")]
    doc = Doc(Vocab(), words=["The", "NATO", "O'Neil", "said"], spaces=[True] * 3 + [False])
    doc.ents = [Span(doc, 1, 2, "ORG")]  # an acronym is no given name
    assert [(e.text, e.label_) for e in person_entities(doc.ents)] == [("NATO", "ORG")]


def test_a_body_that_called_a_thing_a_participle_gives_its_verdict(extractor: Extractor) -> None:
    # "called X flawed": a participle as the predicate is a verdict as an adjective is; a body
    # that is the subject of the relative "which called" gives it, and its words name nobody.
    text = (
        "Ana Soto was responding to the Ruritanian foreign ministry which called Sunday's "
        "election flawed. A woman called Maria said the queue was long."
    )
    assert said_texts(extractor, text) == {
        ("Ruritanian foreign ministry", "Sunday's election flawed"),
        ("Maria", "the queue was long"),
    }
    assert said_texts(extractor, "Observers called the vote rigged.") == {
        ("Observers", "the vote rigged")
    }


def test_a_role_noun_is_the_unnamed_speaker_described_by_it_before(extractor: Extractor) -> None:
    # "A Western diplomat said ... the diplomat said": the one described, not the person named
    # between the two.
    text = (
        "A Western diplomat said Monday that there were genuine problems across the country. "
        "Ana Ruiz was favored to win a second term. Some polling stations lacked envelopes, the "
        "diplomat said, adding that it was too soon to call it fraud."
    )
    assert speakers(extractor, text) == ["Western diplomat"] * 3


def test_a_second_report_joined_to_the_first_reports_clause(extractor: Extractor) -> None:
    # The parser joins "reiterated" to the first report's verb ("was"): two reports, one speaker.
    text = (
        "At the meeting, Ruritania claimed the latest restriction was not a response to the "
        "ruling and reiterated that the case is only a security issue."
    )
    assert said_texts(extractor, text) == {
        ("Ruritania", "the latest restriction was not a response to the ruling"),
        ("Ruritania", "the case is only a security issue"),
    }
    # Without "that", the words after "and" stay in the one report they continue.
    text = "Ruritania claimed the restriction was lawful and reflected its security needs."
    assert said_texts(extractor, text) == {
        ("Ruritania", "the restriction was lawful and reflected its security needs")
    }


def test_the_rules_above_leave_their_near_misses_alone(extractor: Extractor) -> None:
    # A role some named person holds is theirs, not an unnamed holder's the story describes.
    text = (
        "President Ana Ruiz said the economy was growing. The company's president said sales "
        "had fallen. The president said jobs were safe."
    )
    assert speaker_of(extractor, text, "jobs were safe") == "Ana Ruiz"
    # A possessor after a role is no name of it; a set-off participle describes the subject.
    text = "The judge Tom Reyes's lawyers criticised said the trial would resume."
    assert speaker_of(extractor, text, "the trial would resume") == "judge"
    assert said_texts(extractor, "The mayor called an emergency meeting, alarmed.") == set()
    # "confessed ... and claimed that": the reported subject's own claim, inside the report.
    text = "Police said the suspect confessed to the theft and claimed that he had acted alone."
    assert said_texts(extractor, text) == {
        ("Police", "the suspect confessed to the theft and claimed that he had acted alone")
    }


def test_a_name_after_a_lower_case_role_the_parser_split_off_speaks(extractor: Extractor) -> None:
    # The parser reads "Given" as a preposition and leaves "spokesperson" the subject: the name
    # written right after the role is whom it names, not the party the role belongs to.
    text = (
        "The Green Front wrote to the commission on Monday. \"We hope the count can be done "
        "soon,\" party spokesperson Given Tembo said."
    )
    assert speakers(extractor, text) == ["Given Tembo"]


def test_too_soon_to_say_names_no_one_saying_it(extractor: Extractor) -> None:
    # "it was too soon to say X": the adverb's "it" clause is the speaker's report, whole, and
    # "say" there is nobody's (not the body named first).
    text = (
        "U.N. chief Ana Ruiz welcomed the vote. A Western envoy said Monday that there were "
        "problems. Some booths did not have enough pens for the voters, the envoy said, adding "
        "that it was too soon to say these amounted to the level of cheating alleged by the "
        "opposition."
    )
    words = "it was too soon to say these amounted to the level of cheating alleged by the opposition"
    assert speaker_of(extractor, text, "these amounted") == "Western envoy"
    assert ("Western envoy", words) in said_texts(extractor, text)


def test_a_clause_verb_hung_on_a_noun_after_the_object_is_the_report(
    extractor: Extractor,
) -> None:
    text = (
        "Ana Soto won.\nPolitical analysts said Soto’s narrow victory — in an election with only "
        "45% voter turnout — highlighted public frustration with the party. — AFP"
    )
    assert speaker_of(extractor, text, "highlighted public") == "Political analysts"


def test_a_laws_words_are_nobodys_statement(extractor: Extractor) -> None:
    text = (
        "Candidate Ana Ruiz said the count was rigged. The constitution indicates a challenge "
        "would go to the Supreme Court. The law says any complaint must be filed within a week."
    )
    assert said_texts(extractor, text) == {("Ana Ruiz", "the count was rigged")}
    # The words of one who speaks about a law stay theirs.
    text = "Ana Ruiz said the law was unfair."
    assert said_texts(extractor, text) == {("Ana Ruiz", "the law was unfair")}


def test_a_given_name_alone_is_its_one_owner() -> None:
    # Stories name Ethiopian, Icelandic or Indonesian people by the given name; the tagger may
    # read it as a common noun ("Mulugeta said" with "Mulugeta" a plural noun).
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from graph.extract.actors import ActorTable
    from graph.extract.proper_names import proper_name

    def speaker(people: list[str]) -> str | None:
        words = [*" ".join(people).split(), "met", ".", "Mulugeta", "said", "so", "."]
        pos = ["PROPN"] * (len(words) - 6) + ["VERB", "PUNCT", "NOUN", "VERB", "ADV", "PUNCT"]
        doc = Doc(Vocab(), words=words, pos=pos)
        table = ActorTable(doc.text)
        for name in people:
            start = doc.text.index(name)
            table.add_agent(start, start + len(name), name, "Person")
        key = proper_name(table, doc[len(words) - 4])
        return table.draft(key).name if key is not None else None

    assert speaker(["Mulugeta Alemu"]) == "Mulugeta Alemu"
    assert speaker(["Mulugeta Alemu", "Mulugeta Bekele"]) is None  # two: neither's
    assert speaker(["Tsegaye Mulugeta"]) is None  # a surname is short_name_owner's, as a PROPN


def test_a_participle_after_the_report_is_the_speakers_act(extractor: Extractor) -> None:
    # "said they would sue, rejecting the result": what they did, not what they said; the
    # relative report inside it ("a vote monitors said was flawed") is the monitors'.
    text = (
        "Opposition parties said on Thursday they would go to court, rejecting the result of a "
        "vote that international monitors said was seriously flawed."
    )
    assert said_texts(extractor, text) == {
        ("Opposition parties", "they would go to court"),
        ("international monitors", "was seriously flawed"),
    }
    # A participle of speaking after the report is the next report, its own quote.
    text = "Nordvik Workers Union said the offer was too low, adding that talks would resume."
    assert said_texts(extractor, text) == {
        ("Nordvik Workers Union", "the offer was too low"),
        ("Nordvik Workers Union", "talks would resume"),
    }


def test_opponents_of_a_titled_person_are_a_group_not_that_person(extractor: Extractor) -> None:
    # A plural role's "of" phrase names whom they stand against or for, never the speaker.
    text = "Opponents of President Ana Ruiz said on Thursday they would go to court."
    assert speakers(extractor, text) == ["Ana Ruiz opponents"]
    # A singular title's "of" phrase that ends in a name is that person's title.
    text = "Chief of the Defence Staff Gen. Ana Ruiz told reporters the army was ready."
    assert speakers(extractor, text) == ["Ana Ruiz"]


def test_a_joint_statement_goes_on_for_each_signer(extractor: Extractor) -> None:
    text = (
        "“The board has decided to bar Mr. Reyes for ten years,” Guild President Ana Ruiz and "
        "CEO Tom Bell said in a joint statement. “We are sorry for what happened.”"
    )
    assert sorted(speakers(extractor, text)) == ["Ana Ruiz", "Ana Ruiz", "Tom Bell", "Tom Bell"]
    # One speaker's continuation stays one speaker's.
    text = "“The vote was fair,” Ana Ruiz said. “We will appeal nothing.”"
    assert speakers(extractor, text) == ["Ana Ruiz", "Ana Ruiz"]


def test_the_late_rules_leave_their_near_misses_alone(extractor: Extractor) -> None:
    # A person or a firm named like a law speaks; "the law" does not (above).
    text = "Bill Nelson visited the site. Bill said the mission would be delayed until next year."
    assert speakers(extractor, text) == ["Bill Nelson"]
    # The participle of a clause whose subject is not the speakers' stays reported.
    for text, words in (
        (
            "Ana Ruiz, the opposition leader, said they had opened fire on the protesters, "
            "killing three people.",
            "they had opened fire on the protesters, killing three people",
        ),
        (
            "The mayor said it had rained for three days, flooding hundreds of homes.",
            "it had rained for three days, flooding hundreds of homes",
        ),
    ):
        assert [q for _, q in said_texts(extractor, text)] == [words]
