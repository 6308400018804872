"""Speakers and days on news the rules were not written on (issue 13, seventh set: courts,
earnings, protests, disasters, science and diplomacy), on sentences of our own.

Each test states one general pattern of news writing: a quotation typed over two paragraphs
whose second paragraph only closes it (not reopened) is one speaker's, named where it ends, and
so is an open paragraph whose quotation the next paragraph reopens; "State radio quoted X as
saying ..." is X's statement; a name opening a paragraph with an apposition between two dashes
("Tom Reyes — a miner's brother — told ...") is the speaker, no dateline; the day in a clause on
someone the speaker's apposition names ("mother of a victim who would have turned 40 this
Sunday") and a stretch "since Monday" do not date the speaking; "They said" after a sentence
about people in the plural ("Organizers had expected ...") is those people, not a place named on
the way; "the agency said" with no body named "... Agency" is the news agency reporting just
before; "the ministry spokesman" is the spokesman named before; "Without elaborating, X said ..."
is said; a paragraph announced by a colon ("he said:") whose quotation lost its opening mark is
still a quotation, and "Taking to Twitter, he said:" is no report of its own; "Portugal urges
Spain to ..., the spokeswoman stressed" is the spokeswoman's statement (a present-tense report
inside another's), while "He urged them to ..., a source said" stays the one who urged; a page
whose lines are hard-wrapped inside sentences ("killed by\nan officer") reads them as one
paragraph; "“…,” he said" after a sentence naming one person is that person,
as "He said ..." is, also when the model took the name for a body; "some in the group said",
"many of the farmers told" speak as that part of the people named; "The Ministry statement also
said" is the ministry's, the body named before whose name has the word, not the one that acted
in the sentence before; "“…,” the officials conveyed to the envoy" is their statement; "said no deal had been reached,
after the union said it had accepted ..." reports two statements, the time clause not part of
the first; "the Islamist faction said" is the group the story is about; "he said" is the person
last speaking even when the model took that person's name for a body, never a news agency;
"said during a briefing that, as far as X was concerned, Y" reports Y, however the parse hung
the "that"; "the statement said" is the maker of the statement last named ("In a joint
statement, the opposition said ..."), not the body named most recently; "told The Hindu that X"
reports X without its "that"; "told the Health Secretary ... after he urged" with no person named
before is the person the role stands for, named further down; "The envoy was summoned and told
that ..., the ministry said" reports the whole clause, its second verb included.
"""

from __future__ import annotations

from datetime import date

import pytest

from graph.extract import Extractor
from graph.extract.contract import to_contract
from graph.extract.marks import find_quotes, paragraphs
from graph.model import Article, DateValue


def quotes(extractor: Extractor, text: str) -> list[dict]:
    pub = DateValue(date(2025, 3, 14), "stated")
    return to_contract(extractor(Article("t", text, published=pub)))["quotes"]


def said(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    return [(q["speaker"], q["text"][:24]) for q in quotes(extractor, text)]


def test_a_paragraph_that_only_closes_an_open_quotation_continues_it() -> None:
    text = (
        '"The ferry left an hour late because of the fog.\n\n'
        'Nobody was hurt and the cargo is safe," the harbour master said.'
    )
    found = [text[m.start : m.end] for m in find_quotes(text)]
    assert found == [
        "The ferry left an hour late because of the fog.",
        "Nobody was hurt and the cargo is safe,",
    ]


def test_a_straight_mark_after_a_stop_reopens_a_run_on_quotation() -> None:
    # Paragraph breaks lost when a page was flattened: '"A. "B.' is two paragraphs quoted.
    text = 'TOM HALE: "We won today. "Nobody can deny it. "We will govern for all.'
    found = [text[m.start : m.end] for m in find_quotes(text)]
    assert found == ["We won today.", "Nobody can deny it.", "We will govern for all."]


def test_a_straight_title_quoted_inside_a_quotation_does_not_reopen_it() -> None:
    text = '"I read the audit. "Missing Ballots" is its title, and it is damning," she said.'
    found = [text[m.start : m.end] for m in find_quotes(text)]
    # The quotation runs on over the title's opening mark (not cut at "audit."); where the
    # straight marks close is not settled here.
    assert found[0].startswith('I read the audit. "Missing Ballots')
    assert not any(q.startswith("Missing") for q in found)


def test_an_apostrophe_or_a_mark_opening_a_word_does_not_close_the_quotation() -> None:
    text = '"The vote is close.\n\nWe will see "the result" tonight.'
    found = [text[m.start : m.end] for m in find_quotes(text)]
    assert "The vote is close." in found and "We will see " not in found


@pytest.mark.parametrize("reopen", ['"', ""])
def test_a_quotation_over_two_paragraphs_is_the_speaker_named_at_its_end(
    extractor: Extractor, reopen: str
) -> None:
    text = (
        "Finance Minister Petra Lund arrived in Vienna on Monday for two days of talks.\n\n"
        "Earlier in the day, she and the Austrian chancellor opened a trade fair.\n\n"
        '"A working lunch was held with the bankers, who asked about the bond sale.\n\n'
        f'{reopen}They were reassured. It was a frank and useful exchange," her spokesman '
        "Jonas Berg told reporters."
    )
    got = said(extractor, text)
    assert ("Jonas Berg", "A working lunch was held") in got
    assert ("Jonas Berg", "They were reassured. It ") in got


def test_the_one_an_outlet_quoted_as_saying_is_the_speaker(extractor: Extractor) -> None:
    text = (
        "Regional radio quoted Ivo Marek, the chief of the county fire service, as saying three "
        "villages had been cleared overnight."
    )
    assert said(extractor, text) == [("Ivo Marek", "three villages had been ")]
    long = (
        "Regional radio quoted Ivo Marek, head of the fire service of the Tarn district, as "
        "saying early reports from crews, who had to walk in, showed that only 40 of the 300 "
        "homes in Lisle were still standing."
    )
    assert said(extractor, long) == [("Ivo Marek", "early reports from crews")]


def test_a_name_with_an_apposition_between_dashes_is_no_dateline(extractor: Extractor) -> None:
    text = (
        "Nadia Obi — the sister of a diver missing off the coast — told reporters the search "
        "had to go on through the night."
    )
    assert said(extractor, text) == [("Nadia Obi", "the search had to go on ")]


def test_a_name_with_a_relative_clause_between_dashes_is_no_dateline(
    extractor: Extractor,
) -> None:
    text = (
        "Opposition leader Tomas Wekwete — who has maintained that he won the vote outright — "
        "has said previously that he will not take part in any runoff."
    )
    assert said(extractor, text) == [
        ("Tomas Wekwete", "he won the vote outright"),
        ("Tomas Wekwete", "he will not take part in"),
    ]


def test_a_place_before_a_dash_is_still_a_dateline(extractor: Extractor) -> None:
    text = "Lisbon — Transport Minister Rui Costa said the strike would end on Friday."
    assert [s for s, _ in said(extractor, text)] == ["Rui Costa"]


def test_a_day_in_a_clause_on_someone_the_apposition_names_is_not_the_speaking(
    extractor: Extractor,
) -> None:
    text = (
        '"The court has heard us at last," said Irma Belov, mother of the victim Dan Belov, who '
        "would have turned 40 this Sunday."
    )
    assert [q["said_on"] for q in quotes(extractor, text)] == [None]


def test_a_stretch_since_a_day_does_not_date_the_speaking(extractor: Extractor) -> None:
    text = (
        "Tomas Varga, whose brother has been trapped since Monday, told reporters the families "
        "were losing hope."
    )
    assert [q["said_on"] for q in quotes(extractor, text)] == [None]


@pytest.mark.parametrize(
    ("first", "group"),
    [
        ("Organizers had hoped for 3,000 marchers in Lyon.", "Organizers"),
        ("Dozens of fishermen blocked the harbour in Brest on Monday.", "Dozens of fishermen"),
        ("The meeting was disrupted by more than a dozen tenants from Marseille.", "tenants"),
    ],
)
def test_they_after_people_in_the_plural_are_those_people(
    extractor: Extractor, first: str, group: str
) -> None:
    text = f"{first} They later said the city had ignored their letters for a year."
    speakers = [s for s, _ in said(extractor, text)]
    assert len(speakers) == 1 and group.lower() in speakers[0].lower()


def test_they_after_a_place_stays_unresolved_by_people(extractor: Extractor) -> None:
    text = "Heavy rain hit Lyon on Monday. They said the river would peak on Tuesday."
    assert all(s != "Lyon" for s, _ in said(extractor, text))


def test_the_agency_is_the_news_agency_reporting_before(extractor: Extractor) -> None:
    text = (
        "Engineers built a wall of sandbags overnight, the Interior Ministry told Anadolu. "
        "Anadolu said more than 900 people had been moved to schools. In two villages, 60 "
        "houses collapsed, the agency said."
    )
    assert said(extractor, text)[-1] == ("Anadolu", "In two villages, 60 hous")


def test_an_agency_named_as_such_is_still_the_agency(extractor: Extractor) -> None:
    text = (
        "Rescue crews reached the valley on Monday, Interior Minister Eva Lind said. The "
        "Environment Agency said the river would peak on Tuesday. The water was still rising "
        "in three towns, the agency said."
    )
    assert said(extractor, text)[-1][0] == "Environment Agency"


def test_the_ministry_spokesman_is_the_spokesman_named_before(extractor: Extractor) -> None:
    text = (
        "The minister will meet his Spanish counterpart on Friday, Foreign Ministry spokesman "
        "Rui Alves said last week. The ministry spokesman said the two sides would discuss "
        "the river."
    )
    assert [s for s, _ in said(extractor, text)] == ["Rui Alves", "Rui Alves"]


def test_a_ministry_spokesman_unnamed_is_the_ministry(extractor: Extractor) -> None:
    text = (
        "Portugal's Foreign Ministry summoned the ambassador on Friday. A ministry spokesman "
        "said the two sides would discuss the river."
    )
    speakers = [s for s, _ in said(extractor, text)]
    assert len(speakers) == 1 and speakers[0].endswith("Foreign Ministry")


def test_without_opening_the_sentence_does_not_negate_the_saying(extractor: Extractor) -> None:
    text = "Without giving details, Mayor Ana Ruiz said two bridges had been closed overnight."
    assert said(extractor, text) == [("Ana Ruiz", "two bridges had been clo")]


def test_did_not_say_is_still_nothing_said(extractor: Extractor) -> None:
    text = "Mayor Ana Ruiz did not say whether the two bridges would reopen this week."
    assert said(extractor, text) == []


def test_a_paragraph_announced_by_a_colon_keeps_its_quotation_without_an_opening_mark(
    extractor: Extractor,
) -> None:
    text = (
        "Senior leader Mira Das took a dig at the ruling party. Taking to social media, she "
        "said:\n\nNo wonder they are so upset today. The voters just sent them home.”\n\n"
        "The party did not respond."
    )
    assert said(extractor, text) == [("Mira Das", "No wonder they are so up")]


def test_an_inch_mark_after_a_plain_paragraph_opens_no_quotation() -> None:
    text = 'The crew laid new pipe.\n\nEach 12" section was welded on site.'
    assert all(m.start != text.index("Each") for m in find_quotes(text))


def test_a_present_tense_report_inside_a_spokesperson_s_is_theirs(extractor: Extractor) -> None:
    text = (
        "Portugal urges Spain to share the water of the Douro fairly in the dry months, Foreign "
        "Ministry spokeswoman Ana Reis stressed."
    )
    assert said(extractor, text) == [("Ana Reis", "Portugal urges Spain to ")]


def test_a_past_act_of_urging_passed_on_by_a_source_stays_the_urger_s(
    extractor: Extractor,
) -> None:
    text = (
        "Finance Minister Karl Eder urged the banks to lend more to small firms, a source close "
        "to the talks said."
    )
    assert [s for s, _ in said(extractor, text)] == ["Karl Eder"]


def test_hard_wrapped_lines_are_one_paragraph() -> None:
    text = "The march began at noon and\nended at the square.\nPolice closed two roads."
    assert [text[s:e] for s, e in paragraphs(text)] == [
        "The march began at noon and\nended at the square.",
        "Police closed two roads.",
    ]


def test_a_quotation_wrapped_over_two_lines_is_one(extractor: Extractor) -> None:
    text = (
        "Mayor Tom Reyes said the march would be peaceful.\n"
        'Organizers then allowed Mia Cole of Dayton to address the crowd. "This\n'
        'movement was started by the young people," she said.'
    )
    assert said(extractor, text) == [
        ("Tom Reyes", "the march would be peace"),
        ("Mia Cole", "This\nmovement was starte"),
    ]


@pytest.mark.parametrize("name", ["Carver Holloway", "Booker Ashford"])
def test_he_after_a_quotation_is_the_one_person_named_just_before(
    extractor: Extractor, name: str
) -> None:
    text = (
        '"We will not stop," Esther Grant told the crowd.\n\n'
        f"Organizers then allowed {name} of Akron to address the marchers. "
        '"This movement belongs to the young people," he said.'
    )
    assert [s for s, _ in said(extractor, text)] == ["Esther Grant", name]


def test_a_body_named_before_he_is_not_a_person(extractor: Extractor) -> None:
    text = (
        '"We will not stop," Esther Grant told the crowd.\n\n'
        "The Akron Tenants Union then joined the march. "
        '"This movement belongs to the young people," she said.'
    )
    assert [s for s, _ in said(extractor, text)][-1] != "Akron Tenants Union"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("But some in the Ohio delegation said the talks had gone nowhere.", "some in the Ohio"),
        ("Many of the fishermen said the new quotas would ruin them.", "Many of the fishermen"),
    ],
)
def test_part_of_a_number_of_people_speaks_as_that_part(
    extractor: Extractor, text: str, speaker: str
) -> None:
    speakers = [s for s, _ in said(extractor, text)]
    assert len(speakers) == 1 and speakers[0].startswith(speaker)


def test_some_of_the_money_says_nothing(extractor: Extractor) -> None:
    text = "Some of the money said to be missing was found in a locker."
    assert said(extractor, text) == []


def test_a_document_named_for_a_body_is_that_body_s(extractor: Extractor) -> None:
    text = (
        "The Foreign Ministry on Tuesday summoned the ambassador of Ruritania.\n\n"
        "“The ambassador was told that the shelling must stop,” the ministry said.\n\n"
        "On Sunday, the Coast Guard stopped two boats near the border.\n\n"
        "The Ministry statement also said that the two countries would meet again next month."
    )
    assert [s for s, _ in said(extractor, text)][-1] == "Foreign Ministry"


def test_conveyed_reports_a_message(extractor: Extractor) -> None:
    text = (
        "The Foreign Ministry summoned the envoy of Ruritania on Monday.\n\n"
        "“It is unacceptable that civilians were targeted during a festival,” Deputy Foreign "
        "Minister Lena Sorel conveyed to the envoy."
    )
    assert [s for s, _ in said(extractor, text)] == ["Lena Sorel"]


def test_a_time_clause_with_its_own_speaker_closes_the_report(extractor: Extractor) -> None:
    text = (
        "A company official said on Monday no deal had been reached at the plant, after the "
        "Metalworkers Union said it had accepted the latest offer from the owners."
    )
    got = said(extractor, text)
    assert ("Metalworkers Union", "it had accepted the late") in got
    assert any(t.startswith("no deal had been reached") for _, t in got)


def test_the_faction_is_the_group_the_story_is_about(extractor: Extractor) -> None:
    text = (
        "BEIRUT - The Amal movement said on Monday that it had accepted the truce plan.\n"
        "The faction said in a statement that its leader had informed the mediators of its "
        "acceptance of their plan."
    )
    assert [s for s, _ in said(extractor, text)] == ["Amal movement", "Amal movement"]


@pytest.mark.parametrize("name", ["Thach Pheap", "Sok Vanna"])
def test_he_is_the_last_speaker_even_one_typed_a_body(extractor: Extractor, name: str) -> None:
    text = (
        "Opposition leader Tom Reyes told reporters on Monday that the vote had been rigged.\n\n"
        f"Government spokesman {name} said the claim was typical of the opposition.\n\n"
        "“They say this after every election,” he said."
    )
    assert [s for s, _ in said(extractor, text)][-1] == name


def test_he_is_never_a_news_agency(extractor: Extractor) -> None:
    text = (
        'Chief executive Tom Reyes said sales "varied widely" by region, the Associated Press '
        "reported.\n"
        '"We remain cautious about the south," he added.'
    )
    assert [s for s, _ in said(extractor, text)][-1] == "Tom Reyes"


def test_said_during_a_briefing_that_reports_the_clause(extractor: Extractor) -> None:
    text = (
        "Judge Ana Ruiz, the head of the commission said during a briefing that as far as the "
        "electoral body was concerned, the vote was held in a credible and fair manner."
    )
    assert said(extractor, text) == [("Ana Ruiz", "as far as the electoral ")]


def test_the_statement_is_its_maker_s_not_the_last_body_named(extractor: Extractor) -> None:
    text = (
        "In a joint statement signed by four parties, the Civic Alliance said the Electoral "
        'Board was "preparing the country for fraud."\n'
        '"We reject these results and consider them void," the statement read out by Ana Lopes '
        "said."
    )
    assert [s for s, _ in said(extractor, text)] == ["Civic Alliance", "Civic Alliance"]


def test_a_that_parsed_as_an_object_opens_the_report(extractor: Extractor) -> None:
    text = "The party's spokesperson, Dev Rao, told The Hindu that the alliance would hold."
    assert said(extractor, text) == [("Dev Rao", "the alliance would hold")]


def test_he_after_only_a_role_is_the_person_that_role_names_later(extractor: Extractor) -> None:
    text = (
        "The teachers' union has told the Education Minister it will strike in May after she "
        "urged it to return to talks on class sizes.\n\n"
        "Education Minister Hanna Berg said the offer on the table was fair."
    )
    assert [s for s, _ in said(extractor, text)][-2:] == ["Hanna Berg", "Hanna Berg"]


def test_he_with_a_person_before_is_still_that_person(extractor: Extractor) -> None:
    text = (
        "Union leader Tom Reyes told the Education Minister the strike would go ahead after he "
        "met members on Monday."
    )
    assert [s for s, _ in said(extractor, text)] == ["Tom Reyes"]


def test_a_second_verb_in_a_report_before_its_cue_is_reported(extractor: Extractor) -> None:
    text = "The envoy was summoned and told that Oslo was deeply concerned, the ministry said."
    got = [q["text"] for q in quotes(extractor, text)]
    assert got == ["The envoy was summoned and told that Oslo was deeply concerned"]


def test_added_after_a_report_is_still_the_speaker_s_next_act(extractor: Extractor) -> None:
    text = (
        "Finance Minister Karl Eder said the cuts would hurt, and added that the budget would "
        "be balanced by 2027."
    )
    assert said(extractor, text)[0] == ("Karl Eder", "the cuts would hurt")
