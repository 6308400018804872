"""Speakers and dates on stories the rules were not written for (issue 13), on sentences of our own.

Each test states one general pattern of news writing: names the model reads as something else,
quotation marks typed as two apostrophes, collective speakers, and the days of statements.
"""

from __future__ import annotations

from datetime import date

import pytest

from graph.extract import Extractor
from graph.extract.contract import to_contract
from graph.extract.marks import find_quotes, statement_like
from graph.model import Article, DateValue


def run(extractor: Extractor, text: str, published: date | None = date(2025, 3, 14)) -> dict:
    pub = DateValue(published, "stated") if published else DateValue()
    return to_contract(extractor(Article("t", text, published=pub)))


def said(result: dict) -> list[tuple[str, str]]:
    return [(q["speaker"], q["text"][:24]) for q in result["quotes"]]


# -- quotation marks ---------------------------------------------------------------------------
def test_two_apostrophes_are_one_double_mark() -> None:
    text = "The mayor said ''the bridge will reopen in spring,'' and left. It's Jenkins' turn."
    assert [text[q.start : q.end] for q in find_quotes(text)] == [
        "the bridge will reopen in spring,"
    ]
    spans = [(q.open_at, q.close_at) for q in find_quotes(text)]
    assert spans == [(15, 51)] and text[15:17] == "''" and text[50:52] == "''"


def test_quotes_in_doubled_apostrophes_find_their_speaker(extractor: Extractor) -> None:
    r = run(
        extractor,
        "''Our harbour has never been this busy,'' port director Lena Brandt said on Tuesday.",
    )
    assert said(r) == [("Lena Brandt", "Our harbour has never be")]
    assert r["quotes"][0]["said_on"] == "2025-03-11"


# -- names the model misreads ------------------------------------------------------------------
def test_a_full_name_read_as_a_nationality_is_the_organisation_named_elsewhere(
    extractor: Extractor,
) -> None:
    # A two-word company name the model reads as a people in one place and as a company in
    # another: every occurrence is the company, and "the company" speaks for it.
    text = (
        "Dutch shipping group Nordic Atlantic on Monday turned down a takeover offer from its "
        "rival Seaways.\n\n"
        "Nordic Atlantic's board met on Sunday. Seaways made the offer last week.\n\n"
        '"The offer does not reflect the value of our fleet," the Rotterdam-based company said.'
    )
    r = run(extractor, text)
    assert said(r) == [("Nordic Atlantic", "The offer does not refle")]


def test_the_first_word_of_a_company_name_acting_is_the_company(extractor: Extractor) -> None:
    text = (
        "Shares in Halvorsen Marine Group rose after Harbor Capital raised its bid. "
        "Halvorsen advised shareholders to take no action on the offer."
    )
    r = run(extractor, text)
    assert ("Halvorsen Marine Group", "shareholders to take no ") in said(r)
    assert not any(a["name"] == "Halvorsen" for a in r["actors"])


def test_a_surname_that_is_a_month_is_a_person_after_a_first_name(extractor: Extractor) -> None:
    text = (
        "Theresa May's new housing plan was approved by the cabinet. Opposition groups said "
        "the plan would not build enough homes before May 2026."
    )
    r = run(extractor, text)
    may = next(a for a in r["actors"] if a["name"] == "Theresa May")
    assert may["type"] == "Person"
    # The month later on is no mention of her.
    assert [text[s:e] for s, e in may["mentions"]] == ["Theresa May"]


# -- reporting verbs -----------------------------------------------------------------------------
def test_disclosed_and_advised_report_speech(extractor: Extractor) -> None:
    text = (
        "Finance minister Carla Ruiz disclosed that the budget gap had doubled since January. "
        "The central bank advised households to delay large purchases."
    )
    r = run(extractor, text)
    cues = {q["cue"]: q["speaker"] for q in r["quotes"]}
    assert cues.get("disclosed") == "Carla Ruiz"
    assert "advised" in cues


# -- collective and organisation speakers --------------------------------------------------------
def test_plural_people_speak_as_a_group(extractor: Extractor) -> None:
    text = (
        "The hospital trust cut night shifts across its wards in January, a decision which the "
        "nurses say has put patients at risk. Where local media said the health board would "
        "review the rota, no date was given."
    )
    r = run(extractor, text)
    by_cue = {q["cue"]: (q["speaker"], q["text"]) for q in r["quotes"]}
    assert by_cue["say"] == ("nurses", "has put patients at risk")
    assert by_cue["said"][0] == "local media"
    # Bare collectives speak, but are no node of the network.
    assert not any(s["source"] in ("nurses", "local-media") for s in r["stances"])


def test_the_body_the_story_is_about_counts_its_quoted_mentions(extractor: Extractor) -> None:
    # The federation named in a title ("federation president") is no clause subject, and the
    # league named only inside reported speech is still what the story is about.
    text = (
        "Norway will appeal against the Nordic Ski League's two-year ban on skier Erik Lunde, "
        "the Norway Ski Federation president said on Monday.\n\n"
        "Lunde was also fined 5,000 euros for missing three tests, the sport's regional "
        "governing body said.\n\n"
        "The Nordic Ski League has banned four skiers this season."
    )
    r = run(extractor, text)
    fined = next(q for q in r["quotes"] if q["text"].startswith("Lunde was also fined"))
    assert fined["speaker"] == "Nordic Ski League"


def test_an_acronym_of_initials_is_the_body_named_in_full(extractor: Extractor) -> None:
    text = (
        "The Department of Coastal Protection said in a statement that the sea wall would be "
        'raised. "Work starts in the spring," the DCP said.'
    )
    r = run(extractor, text)
    assert {q["speaker"] for q in r["quotes"]} == {"Department of Coastal Protection"}


# -- dates ---------------------------------------------------------------------------------------


def test_a_statement_repeating_dated_words_is_that_utterance(extractor: Extractor) -> None:
    text = (
        "The mayor closed the old bridge last month.\n\n"
        "Hungary's transport office on Thursday described the decision as \"rushed and "
        'unnecessary".\n\n'
        '"The closure is rushed and unnecessary," the Budapest Transport Authority said in a '
        "statement.\n\n"
        '"We will ask for a second opinion," it said.\n\n'
        "Engineers have long argued the bridge needs repairs, Marta Vass told a radio station."
    )
    r = run(extractor, text, published=date(2025, 3, 14))
    dates = {q["text"][:12]: (q["said_on"], q["date_certainty"]) for q in r["quotes"]}
    assert dates["rushed and u"] == ("2025-03-13", "resolved")
    # The same words again: the same utterance, and the speaker's next words with it.
    assert dates["The closure "] == ("2025-03-13", "inferred")
    assert dates["We will ask "] == ("2025-03-13", "inferred")
    # Someone else's words with no date of their own: unknown, never invented.
    assert dates["Engineers ha"] == (None, "unknown")


def test_a_courtesy_title_is_no_part_of_the_name(extractor: Extractor) -> None:
    text = (
        "The union's chair, Dr Helen Moss, said the plans were unworkable.\n\n"
        'Ms Moss later wrote on social media: "The minister is not listening to teachers."'
    )
    r = run(extractor, text)
    assert {q["speaker"] for q in r["quotes"]} == {"Helen Moss"}
    assert not any(a["name"].startswith(("Ms ", "Dr ")) for a in r["actors"])


def test_an_organisation_noun_is_the_body_not_the_person_just_quoted(
    extractor: Extractor,
) -> None:
    text = (
        "The National Farmers Federation has warned that the drought will cut harvests.\n\n"
        "Professor Alan Reid, a soil scientist, said the rain deficit was the worst in decades.\n\n"
        "According to the federation, more than 300 farms have already sold their herds."
    )
    r = run(extractor, text)
    by_cue = {q["cue"]: q for q in r["quotes"]}
    assert by_cue["according to"]["speaker"] == "National Farmers Federation"
    # The report ends with its sentence: no line break or full stop is part of it.
    assert by_cue["according to"]["text"].endswith("sold their herds")


def test_a_dated_lead_report_dates_its_speakers_words_only(extractor: Extractor) -> None:
    text = (
        "Opposition leader Mara Okoth on Sunday accused the police of brutality in the capital."
        "\n\n"
        '"What we saw was shameful and must never happen again," Okoth told journalists.\n\n'
        '"The officers acted within the law and will keep order," police chief Tom Baraza said.'
    )
    r = run(extractor, text, published=date(2025, 3, 18))
    dates = {q["speaker"]: (q["said_on"], q["date_certainty"]) for q in r["quotes"]}
    assert dates["Mara Okoth"] == ("2025-03-16", "inferred")
    assert dates["Tom Baraza"] == (None, "unknown")


def test_declining_to_say_is_no_statement(extractor: Extractor) -> None:
    text = (
        "Port director Lena Brandt said the terminal would reopen in May. "
        "Brandt declined to say whether the workers would be paid for the closure."
    )
    r = run(extractor, text)
    assert [q["cue"] for q in r["quotes"]] == ["said"]


def test_a_short_quoted_fragment_stays_in_the_report(extractor: Extractor) -> None:
    # Two quoted words are no statement of their own, but the report around them is one, and
    # a name in apposition to the speaker's title is a person whatever the model tagged.
    text = (
        "Consumer group Fairshop welcomed the ruling. Its director general, Agnes Moll, said "
        'it was "long overdue".'
    )
    r = run(extractor, text)
    assert said(r) == [("Agnes Moll", 'it was "long overdue"')]


def test_bare_plural_people_warning_are_a_collective_speaker(extractor: Extractor) -> None:
    text = (
        "Plans to close three rural clinics will leave patients without care, doctors have warned."
    )
    r = run(extractor, text)
    assert said(r) == [("doctors", "Plans to close three rur")]
    assert r["stances"] == [] or all(s["source"] != "doctors" for s in r["stances"])


def test_a_dateline_sentence_is_not_the_lead_and_conjoined_verbs_share_a_day(
    extractor: Extractor,
) -> None:
    text = (
        "OSLO: Norway on Tuesday recalled its envoy from the neighbouring state.\n\n"
        'In a post on Monday, minister Eva Berg had condemned "the cruel treatment of the '
        'fishermen" and urged the coast guard to release the crews.\n\n'
        '"We expect an apology," foreign office spokesman Nils Dahl said.'
    )
    r = run(extractor, text, published=date(2025, 3, 18))
    dates = {q["text"][:12]: (q["said_on"], q["date_certainty"]) for q in r["quotes"]}
    assert dates["the cruel tr"] == ("2025-03-17", "resolved")
    # Undated words report on the occasion the lead gives, not the dateline's.
    assert dates["We expect an"] == ("2025-03-18", "inferred")


def test_the_office_is_the_office_named_before(extractor: Extractor) -> None:
    text = (
        "The Maritime Affairs Office said the new shipping lane would open in April.\n\n"
        "The office added that fishing boats would keep their right of way."
    )
    r = run(extractor, text)
    assert {q["speaker"] for q in r["quotes"]} == {"Maritime Affairs Office"}


def test_he_after_a_sentence_naming_one_person_is_that_person(extractor: Extractor) -> None:
    # The only person named in the sentence before, even as its object, not the earlier speaker.
    text = (
        "Police chief Anna Berg said on Monday that officers had acted lawfully.\n\n"
        "Later that day, police detained activist Tomas Lind outside parliament. He said he had "
        "done nothing wrong."
    )
    r = run(extractor, text)
    assert [q["speaker"] for q in r["quotes"]] == ["Anna Berg", "Tomas Lind"]


def test_continue_to_do_something_is_no_reporting_verb(extractor: Extractor) -> None:
    text = (
        'Trade minister Ines Vidal said the two nations would continue to defend a system "that '
        'rests on open markets and fair rules."'
    )
    r = run(extractor, text)
    assert [(q["speaker"], q["cue"]) for q in r["quotes"]] == [("Ines Vidal", "said")]


# -- short quotations that are sentences of their own --------------------------------------------
def test_a_short_quoted_sentence_after_a_quote_continues_it(extractor: Extractor) -> None:
    text = '"The ferry is late again," said commuter Ravi Mehta. "Nobody cares."'
    r = run(extractor, text)
    assert said(r) == [("Ravi Mehta", "The ferry is late again,"), ("Ravi Mehta", "Nobody cares.")]


def test_a_short_answer_after_a_colon_is_a_statement(extractor: Extractor) -> None:
    text = 'Harbour master Ola Dahl was asked about a second terminal. Dahl said: "Not yet."'
    r = run(extractor, text)
    assert ("Ola Dahl", "Not yet.") in said(r)


def test_a_short_quoted_title_inside_a_sentence_is_no_statement() -> None:
    text = 'Iris Holm has read "War and Peace." Ola Dahl said: "Not yet."'
    marks = find_quotes(text)
    assert [(text[m.start : m.end], statement_like(text, m)) for m in marks] == [
        ("War and Peace.", False),
        ("Not yet.", True),
    ]


# -- more reporting verbs, ranks, questions put to the speaker -----------------------------------
def test_conceding_and_cautioning_report_speech(extractor: Extractor) -> None:
    text = (
        "Transport Minister Ida Lund conceded that the new trains had arrived late. "
        "Rail union chief Omar Haddad cautioned that more delays were likely this winter."
    )
    r = run(extractor, text)
    assert [(q["speaker"], q["cue"]) for q in r["quotes"]] == [
        ("Ida Lund", "conceded"),
        ("Omar Haddad", "cautioned"),
    ]


def test_a_rank_before_a_name_does_not_end_the_sentence(extractor: Extractor) -> None:
    text = (
        '"Two cars were stolen overnight," said Staff Sgt. Nina Kowal of the harbour police.\n\n'
        '"We have no further comment," police spokesperson Cpl. Tom Reyes wrote in an email.'
    )
    r = run(extractor, text)
    assert [q["speaker"] for q in r["quotes"]] == ["Nina Kowal", "Tom Reyes"]
    assert {a["name"] for a in r["actors"]} >= {"Nina Kowal", "Tom Reyes"}


def test_the_one_asked_a_question_is_not_reporting_it(extractor: Extractor) -> None:
    text = (
        'Asked whether the plant would close, chief executive Lara Quist said: "Not this year."\n\n'
        "When asked about the layoffs, Quist replied that no decision had been made."
    )
    r = run(extractor, text)
    assert [(q["speaker"], q["cue"], q["text"]) for q in r["quotes"]] == [
        ("Lara Quist", "said", "Not this year."),
        ("Lara Quist", "replied", "no decision had been made"),
    ]


def test_a_quoted_fragment_inside_a_report_is_no_statement_of_its_own(extractor: Extractor) -> None:
    # The fragment's only cue comes after it ("and asked"), whose subject the parse may give as
    # the report's own subject: the fragment stays in the coach's report.
    text = (
        'Coach Lena Park said the players "have learned their lesson" and asked fans for support.'
    )
    r = run(extractor, text)
    assert [(q["speaker"], q["kind"]) for q in r["quotes"]] == [("Lena Park", "indirect")]
    assert '"have learned their lesson"' in r["quotes"][0]["text"]


# -- people known by what they are ---------------------------------------------------------------
def test_unnamed_people_speak_by_what_they_are(extractor: Extractor) -> None:
    text = (
        "School administrators have warned that the new timetable cannot start in September.\n\n"
        '"Nobody asked us," a parent told the council.\n\n'
        "Parents say the buses already leave too early."
    )
    r = run(extractor, text)
    assert [(q["speaker"], q["cue"]) for q in r["quotes"]] == [
        ("School administrators", "warned"),
        ("parent", "told"),
        ("Parents", "say"),
    ]


def test_a_report_passed_on_by_a_source_is_the_reported_speakers(extractor: Extractor) -> None:
    text = (
        "Port director Lena Brandt met the dock workers' union on Friday.\n\n"
        "She wrote to the union urging it to accept the new shift pattern and the pay offer, "
        "a ministry source said."
    )
    r = run(extractor, text)
    assert [(q["speaker"], q["cue"]) for q in r["quotes"]] == [("Lena Brandt", "urging")]


def test_she_is_the_person_whose_name_the_model_took_for_a_body(extractor: Extractor) -> None:
    text = (
        "Karen Holt spoke at length about the budget.\n\n"
        "She said the government had no plans to raise taxes."
    )
    r = run(extractor, text)
    assert said(r) == [("Karen Holt", "the government had no pl")]
    assert next(a for a in r["actors"] if a["name"] == "Karen Holt")["type"] == "Person"


def test_the_one_quoted_as_saying_is_the_speaker(extractor: Extractor) -> None:
    text = (
        "Harbour master Ola Dahl was quoted by a local paper as saying the port would close. "
        "Mayor Iris Holm was heard telling staff that the budget had run out."
    )
    r = run(extractor, text)
    assert [(q["speaker"], q["cue"]) for q in r["quotes"]] == [
        ("Ola Dahl", "saying"),
        ("Iris Holm", "telling"),
    ]


def test_an_acronym_before_a_word_for_a_body_names_the_body(extractor: Extractor) -> None:
    # The model tags no entity in "The RMT union": the acronym is the body's name, not the
    # description of a union the lead gave before it.
    text = (
        "Britain's biggest rail union announced a fresh wave of strikes on Wednesday, saying "
        "talks with train operators had collapsed.\n\n"
        "The RMT union said its members would walk out on three days next month."
    )
    r = run(extractor, text)
    assert said(r)[-1] == ("RMT", "its members would walk o")


def test_family_members_speak_for_themselves(extractor: Extractor) -> None:
    text = "The driver's widow said the company had ignored repeated warnings about the brakes."
    r = run(extractor, text)
    assert [(q["speaker"], q["cue"]) for q in r["quotes"]] == [("driver's widow", "said")]


def test_a_spokesperson_speaks_as_the_body(extractor: Extractor) -> None:
    text = (
        "The Ministry of Coastal Affairs closed the harbour on Monday.\n\n"
        '"The closure is temporary," a ministry spokesperson said.\n\n'
        "A spokesman for Nordic Ferries said sailings would resume on Friday.\n\n"
        "A spokeswoman for Mayor Ines Berg said the mayor had not been consulted."
    )
    r = run(extractor, text)
    assert [q["speaker"] for q in r["quotes"]] == [
        "Ministry of Coastal Affairs",
        "Nordic Ferries",
        # a person's spokesperson stays a description of their own
        "spokeswoman for Mayor Ines Berg",
    ]


def test_words_quoted_to_judge_a_thing_are_the_judges(extractor: Extractor) -> None:
    text = (
        'Port director Lena Brandt dismissed the report as "pure fiction".\n\n'
        'The dockers\' union hailed the ruling as "a victory for every worker in this port."'
    )
    r = run(extractor, text)
    assert [(q["speaker"].lower(), q["cue"], q["text"]) for q in r["quotes"]] == [
        ("lena brandt", "dismissed", "pure fiction"),
        ("dockers' union", "hailed", "a victory for every worker in this port."),
    ]


def test_a_quote_after_a_colon_is_the_clause_subjects(extractor: Extractor) -> None:
    text = (
        'Asked about the merger, port director Lena Brandt was blunt: "It will never happen."\n\n'
        'Harbour master Ola Dahl had one message for the crews: "Stay in port."'
    )
    r = run(extractor, text)
    assert [(q["speaker"], q["text"]) for q in r["quotes"]] == [
        ("Lena Brandt", "It will never happen."),
        ("Ola Dahl", "Stay in port."),
    ]


# -- words quoted inside a judgement or a charge -----------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "V X as (a|an|the) '...'": an article may stand between "as" and the quoted words
        (
            'Activist Joel Banda criticized the police response as an "utter failure" on Monday.',
            [("Joel Banda", "utter failure")],
        ),
        # a charge is worded by the one who makes it: the charge, its quoted words inside
        (
            'Senator Ruth Abernathy accused the ministry of spreading "dangerous lies" about it.',
            [("Ruth Abernathy", "the ministry of spreadin")],
        ),
        (
            'The Grain Growers Federation is blaming "reckless speculation" for the collapse.',
            [("Grain Growers Federation", "reckless speculation")],
        ),
        # "deemed X '...'" labels like "called X '...'"
        (
            'Last year Governor Tomas Lindqvist deemed the treaty "unworkable" and voted no.',
            [("Tomas Lindqvist", "unworkable")],
        ),
    ],
)
def test_words_quoted_in_a_judgement_or_charge_are_the_judges(
    extractor: Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    assert said(run(extractor, text)) == expected


def test_a_labelling_verb_after_a_quotation_is_not_its_cue(extractor: Extractor) -> None:
    # "attacking" labels nothing here: the quotation before it keeps the cue "writes".
    r = run(
        extractor,
        'Columnist Ida Marsh writes that the Halvorsen Group "is acting recklessly" by openly '
        "attacking its own suppliers.",
    )
    assert [q["speaker"] for q in r["quotes"]] == ["Ida Marsh"]


def test_a_reply_with_back_reports_speech(extractor: Extractor) -> None:
    # "shot back that", "fired back that", "hit back that": reply verbs by their particle
    r = run(
        extractor,
        "Prime Minister Ansel Kovac shot back that the opposition's budget was a fantasy.",
    )
    assert said(r) == [("Ansel Kovac", "the opposition's budget ")]
    assert r["quotes"][0]["kind"] == "indirect"


def test_a_speaker_is_never_a_word_inside_the_quotation(extractor: Extractor) -> None:
    # The parser may hang "saying" on a verb inside the quoted words; its subject is outside.
    r = run(
        extractor,
        'Former police chief Dana Whitlock confirmed on Tuesday that "Norway returned the '
        'stolen paintings last spring," saying this "should settle the matter for good."',
    )
    assert {q["speaker"] for q in r["quotes"]} == {"Dana Whitlock"}


def test_a_role_is_not_the_person_its_own_clause_names(extractor: Extractor) -> None:
    # "the candidate renewed her attacks on Mayor X": the mayor is attacked, not attacking.
    r = run(
        extractor,
        "Leaving the stage early, the Labour candidate renewed her attacks on Mayor Felix Brandt, "
        'arguing that the incumbent mayor "has lost control of the budget" and lacks a plan.',
    )
    assert "Felix Brandt" not in {q["speaker"] for q in r["quotes"]}


@pytest.mark.parametrize(
    "text",
    [
        'On Tuesday\'s episode of "Capital Roundtable," Senator Ruth Abernathy said the reform '
        "was doomed.",
        'Speaking on "Good Morning Ledger," Governor Tomas Lindqvist said the bridge would '
        "reopen in spring.",
    ],
)
def test_a_title_in_quotation_marks_is_not_a_statement(extractor: Extractor, text: str) -> None:
    quotes = run(extractor, text)["quotes"]
    assert [q["kind"] for q in quotes] == ["indirect"]
    assert "Roundtable" not in quotes[0]["text"] and "Ledger" not in quotes[0]["text"]


def test_a_quotation_by_two_coordinated_speakers_is_each_ones(extractor: Extractor) -> None:
    # The gold convention and indirect speech already give one statement per speaker.
    r = run(extractor, '"We will not back down," Maria Okafor and Tom Reyes said on Monday.')
    assert sorted(said(r)) == [
        ("Maria Okafor", "We will not back down,"),
        ("Tom Reyes", "We will not back down,"),
    ]


def test_a_community_speaks_as_a_group_not_as_the_person_before(extractor: Extractor) -> None:
    r = run(
        extractor,
        "Prime Minister Arjun Patel congratulated the winner. The international community, "
        "however, has stated that the vote was rigged and should be repeated.",
    )
    assert [q["speaker"] for q in r["quotes"]] == ["international community"]
