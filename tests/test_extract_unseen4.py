"""Speakers and dates on news the rules were not written on (issue 13, fourth set), on sentences
of our own.

Each test states one general pattern of news writing: a round-up that names each speaker and the
topic on a line of its own above the words ("Team captain Ann Lee on the loss:"), a second
reported clause coordinated with "and that", and "as of <day>" dating a state of affairs rather
than the speaking.
"""

from __future__ import annotations

from datetime import date

from graph.extract import Extractor
from graph.extract.contract import to_contract
from graph.model import Article, DateValue


def quotes(extractor: Extractor, text: str) -> list[dict]:
    pub = DateValue(date(2025, 3, 14), "stated")  # a Friday
    return to_contract(extractor(Article("t", text, published=pub)))["quotes"]


def said(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    return [(q["speaker"], q["text"][:24]) for q in quotes(extractor, text)]


def test_a_label_line_with_a_topic_names_the_speaker_of_the_quotation_below(
    extractor: Extractor,
) -> None:
    text = (
        "Comments from both dressing rooms after the overtime loss.\n\n"
        "Rangers goalie Tom Brekke on the winning goal:\n"
        "“I lost it in the glare for a second and that was enough.”\n\n"
        "Harbour City coach Lena Ortiz on what she thought her team lacked:\n"
        "“Patience. We rushed every pass in the third period.”"
    )
    assert said(extractor, text) == [
        ("Tom Brekke", "I lost it in the glare f"),
        ("Lena Ortiz", "Patience. We rushed ever"),
    ]


def test_the_role_word_in_a_label_points_at_the_name_after_it(extractor: Extractor) -> None:
    text = (
        "Otters forward Mika Dunmore on the power play:\n"
        "“We moved the puck well but the shots kept missing the net.”"
    )
    assert said(extractor, text) == [("Mika Dunmore", "We moved the puck well b")]


def test_a_second_reported_clause_after_and_that_belongs_to_the_same_report(
    extractor: Extractor,
) -> None:
    text = 'The council said the crews are "working hard," and that nobody was hurt.'
    assert said(extractor, text) == [("council", 'the crews are "working h')]
    assert quotes(extractor, text)[0]["text"].endswith("and that nobody was hurt")


def test_as_of_a_day_in_a_second_reported_clause_dates_a_state_not_the_speaking(
    extractor: Extractor,
) -> None:
    text = (
        "Okafor said the injured passengers and crew are “doing fine,” and that he wasn’t aware "
        "of any being admitted to intensive care as of Sunday.\n\n"
        "Okafor said the ferry would sail again soon."
    )
    assert {q["said_on"] for q in quotes(extractor, text)} == {None}


def test_a_comma_and_an_outlet_that_reported_close_the_sentence_it_reports(
    extractor: Extractor,
) -> None:
    text = (
        "The storm knocked out power to the marina and boats that had been moored at the east "
        "dock were moved inland, the Coastal Ledger reported.\n\n"
        "Crews were still working through the weekend to restore the lines."
    )
    assert said(extractor, text) == [("Coastal Ledger", "The storm knocked out po")]


def test_the_day_of_an_act_dates_the_words_of_its_doer_in_a_relative_clause(
    extractor: Extractor,
) -> None:
    text = (
        "Bus riders in the north end will wait less under a new timetable.\n\n"
        "The plan was unveiled at a briefing late Wednesday by Transit Minister Omar Haddad, who "
        'called the old schedule "a relic."\n\n'
        "Haddad said the new buses would arrive in spring."
    )
    assert {q["said_on"] for q in quotes(extractor, text)} == {"2025-03-12"}


def test_the_crown_corporation_is_the_state_owned_body_named_before(extractor: Extractor) -> None:
    text = (
        "Canada Post said in a statement early Friday that its operations will shut down.\n\n"
        "Letters and parcels, the Crown corporation said, will not be sorted while the strike "
        "lasts.\n\n"
        "Once the strike ends, the corporation said, parcels will go out in the order they came "
        "in, but “a strike of any length will slow service for weeks.”"
    )
    assert said(extractor, text) == [
        ("Canada Post", "its operations will shut"),
        ("Canada Post", "Letters and parcels, the"),
        ("Canada Post", "Once the strike ends, th"),
    ]


def test_a_cue_in_a_clause_opened_by_after_reports_only_up_to_the_comma() -> None:
    # The parse the tagger gave such a sentence: the main clause after the comma hung on the cue.
    import spacy
    from spacy.tokens import Doc

    from graph.extract.complement import complement

    words = "One day after Mayor Ann Hill said “ nobody ” talks to her about her veto powers ,"
    words += " her colleagues gave her an earful ."
    tokens = words.split()
    spaces = [t not in ("“", "nobody", "powers", "earful") for t in tokens]
    spaces[tokens.index("”")] = True
    heads = [1, 6, 6, 5, 5, 6, 6, 10, 10, 10, 6, 10, 11, 10, 16, 16, 13, 20, 19, 20, 6, 20, 23]
    heads += [20, 6]
    deps = ["nummod", "npadvmod", "mark", "compound", "compound", "nsubj", "ROOT", "punct"]
    deps += ["nmod", "punct", "dobj", "prep", "pobj", "prep", "poss", "compound", "pobj"]
    deps += ["punct", "poss", "nsubj", "ccomp", "dative", "det", "dobj", "punct"]
    doc = Doc(spacy.blank("en").vocab, words=tokens, spaces=spaces, heads=heads, deps=deps)
    found = complement(doc[6])
    assert found is not None
    assert doc.text[found[0] : found[1]] == "“nobody” talks to her about her veto powers"


def test_a_dated_briefing_closing_the_report_is_when_it_was_said(extractor: Extractor) -> None:
    text = (
        "Dr. Ann Cole, the region's medical officer, announced the region is tracking six active "
        "cases of measles during a March 12 news update.\n\n"
        "“We expect to see more cases before the spring,” Cole said."
    )
    found = quotes(extractor, text)
    assert found[0]["text"] == "the region is tracking six active cases of measles"
    assert {q["said_on"] for q in found} == {"2025-03-12"}


def test_he_opening_a_new_paragraph_is_the_last_speaker_not_a_name_in_his_words(
    extractor: Extractor,
) -> None:
    text = (
        "Tom Kerr testified Monday he thought the gate was locked when Sam Dole was hurt. He took "
        "the key out of the lock after closing the gate, he said.\n\n"
        "He said he couldn’t see his brother, who had been on a tractor. He told court he ran "
        "toward the barn."
    )
    assert {q["speaker"] for q in quotes(extractor, text)} == {"Tom Kerr"}


def test_two_names_joined_by_a_slash_are_one_outlet(extractor: Extractor) -> None:
    text = (
        "A county health official said Monday he does not know how the outbreak spread.\n\n"
        "The cause of the March outbreak at the clinic remains under investigation, The "
        "Oregonian/OregonLive reported. But Dr. Ann Lee said the cluster can be traced to one "
        "patient."
    )
    assert ("Oregonian/OregonLive", "The cause of the March o") in said(extractor, text)


def test_a_cue_in_an_as_clause_on_a_dated_act_is_said_that_day(extractor: Extractor) -> None:
    text = (
        "Halton General Hospital said early Friday that its wards will stay open during the "
        "strike.\n\n"
        "Nurses gave the hospital notice on Tuesday, as Halton General Hospital warned that a "
        "strike would delay surgeries."
    )
    assert [q["said_on"] for q in quotes(extractor, text)] == ["2025-03-14", "2025-03-11"]


def test_a_colon_line_with_on_but_no_name_before_it_keeps_its_cue(extractor: Extractor) -> None:
    text = "The mayor, speaking on Tuesday to a packed hall, said:\n“We will appeal this ruling.”"
    assert said(extractor, text) == [("mayor", "We will appeal this ruli")]
