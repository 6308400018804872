"""Attribution and dating rules beyond the development articles, on sentences written for them.

Each test states one general pattern of news writing and checks it on text of its own.
"""

from __future__ import annotations

from datetime import date

from graph.extract import Extractor
from graph.extract.contract import to_contract
from graph.extract.headings import find_sections
from graph.model import Article, DateValue


def run(extractor: Extractor, text: str, published: str | None = "2025-03-14") -> dict:
    pub = DateValue(date.fromisoformat(published), "stated") if published else DateValue()
    return to_contract(extractor(Article("t", text, published=pub)))


def said(result: dict) -> list[tuple[str, str]]:
    return [(q["speaker"], q["text"][:24]) for q in result["quotes"]]


# -- headings ----------------------------------------------------------------------------------
ROUNDUP = (
    "The appeals court on Thursday struck down the new fishing quotas.\n\n"
    "Here is how the parties reacted:\n\n"
    "NORTHERN FISHERIES MINISTRY\n\n"
    "“The ruling ignores years of scientific advice on the state of the stocks.\n\n"
    "“We will study it carefully before deciding on the next steps.”\n\n"
    "COASTAL UNION LEADER MARTA KOVAC\n\n"
    "“This is a good day for every family that lives from the sea.”\n\n"
    "The quotas were introduced two years ago."
)


def test_sections_run_over_quotation_paragraphs_only() -> None:
    sections = find_sections(ROUNDUP)
    heads = [ROUNDUP[s.head_start : s.head_end] for s in sections]
    assert heads == ["NORTHERN FISHERIES MINISTRY", "COASTAL UNION LEADER MARTA KOVAC"]
    assert ROUNDUP[sections[1].head_end : sections[1].end].strip().endswith("sea.”")


def test_heading_names_the_speaker_of_the_quotes_below(extractor: Extractor) -> None:
    r = run(extractor, ROUNDUP)
    # The model may already know the ministry by its capitalised spelling: either is the body.
    assert [(name.lower(), words) for name, words in said(r)] == [
        ("northern fisheries ministry", "The ruling ignores years"),
        ("northern fisheries ministry", "We will study it careful"),
        ("marta kovac", "This is a good day for e"),
    ]
    assert all(q["cue"] is None for q in r["quotes"])


def test_a_sentence_is_not_a_heading(extractor: Extractor) -> None:
    text = "Voters Were Angry.\n\n“Nobody listens to the villages any more at all.”"
    assert find_sections(text) == []
    assert run(extractor, text)["quotes"] == []


# -- dates ------------------------------------------------------------------------------------
def test_statements_share_the_day_of_the_lead(extractor: Extractor) -> None:
    # Published Friday 2025-03-14; the lead's "on Wednesday" is 2025-03-12.
    text = (
        "The port authority on Wednesday rejected a bid by a shipping group to run the terminal.\n\n"
        "“The offer undervalues the terminal and its workers,” its chair Pia Holm said."
    )
    q = run(extractor, text)["quotes"][0]
    assert (q["said_on"], q["date_certainty"]) == ("2025-03-12", "inferred")


def test_no_anchor_stays_unknown(extractor: Extractor) -> None:
    text = (
        "The port authority rejected a bid by a shipping group to run the terminal.\n\n"
        "“The offer undervalues the terminal and its workers,” its chair Pia Holm said."
    )
    q = run(extractor, text)["quotes"][0]
    assert (q["said_on"], q["date_certainty"]) == (None, "unknown")


# -- speakers ---------------------------------------------------------------------------------
def test_place_before_an_infinitive_cue_is_not_its_speaker(extractor: Extractor) -> None:
    text = (
        "Helena Brandt, the agency's director, travelled to Geneva to tell donors that the "
        "programme would run out of money by the summer."
    )
    r = run(extractor, text)
    assert [q["speaker"] for q in r["quotes"]] == ["Helena Brandt"]


def test_a_company_described_by_its_city_is_the_company_the_story_is_about(
    extractor: Extractor,
) -> None:
    text = (
        "Norrland Paper on Monday turned down an offer from its rival Baltic Timber.\n\n"
        "Baltic Timber had made the offer a week earlier.\n\n"
        "“The offer does not reflect the value of our mills and forests,” the Oslo-based "
        "company said."
    )
    r = run(extractor, text)
    assert [q["speaker"] for q in r["quotes"]] == ["Norrland Paper"]


def test_a_short_surname_names_the_person_named_in_full(extractor: Extractor) -> None:
    text = (
        "Trade minister Linh Vo met farmers on Monday.\n\n"
        "Vo told reporters that the export ban would be lifted within a month."
    )
    r = run(extractor, text)
    assert [q["speaker"] for q in r["quotes"]] == ["Linh Vo"]


def test_a_word_written_after_the_is_no_person() -> None:
    from graph.extract.actors import ActorTable
    from graph.extract.coref import is_thing

    text = "The Charter passed. Ana Ruiz spoke. The Charter's aim is clear. The nurse spoke."
    table = ActorTable(text)
    table.add_entity(4, 11, "PERSON")
    table.add_entity(20, 28, "PERSON")
    nurse = table.add_description(68, 73, "nurse", "Person")
    assert is_thing(table, "charter") and not is_thing(table, "ana-ruiz")
    assert nurse is not None and not is_thing(table, nurse)  # a description, not a model's tag


def test_a_participle_modifying_the_subject_keeps_it(extractor: Extractor) -> None:
    text = (
        "The Nordic Chess Federation met in Bergen on Monday.\n\n"
        "Two players were banned from all tournaments for a year, the sport's governing body said."
    )
    r = run(extractor, text)
    assert [(q["speaker"], q["kind"]) for q in r["quotes"]] == [
        ("Nordic Chess Federation", "indirect")
    ]


def test_a_document_saying_speaks_for_its_sender(extractor: Extractor) -> None:
    text = (
        "Mayor Ilse Brandt replied with a letter saying the bridge would stay closed until the "
        "engineers had finished their checks."
    )
    r = run(extractor, text)
    assert [(q["speaker"], q["cue"]) for q in r["quotes"]] == [("Ilse Brandt", "saying")]


def test_an_acronym_speaking_is_the_body_named_with_it(extractor: Extractor) -> None:
    text = (
        "Anders Lund, head of the Nordic Chess Federation (NCF), was banned for a year.\n\n"
        "The NCF responded, saying it would appeal the decision to the sports tribunal."
    )
    r = run(extractor, text)
    assert [q["speaker"] for q in r["quotes"]] == ["Nordic Chess Federation"]


def test_a_lone_word_is_short_for_one_actor_only() -> None:
    from graph.extract.actors import ActorTable
    from graph.extract.coref import short_name_owner

    text = "Anders Lund of the Nordic Chess Federation (NCF) met Eva Lund and Bo Ek."
    table = ActorTable(text)
    for name, label in [("Anders Lund", "PERSON"), ("Nordic Chess Federation", "ORG")]:
        table.add_entity(text.index(name), text.index(name) + len(name), label)
    table.add_entity(text.index("Eva Lund"), text.index("Eva Lund") + 8, "PERSON")
    table.add_entity(text.index("Bo Ek"), text.index("Bo Ek") + 5, "PERSON")
    assert short_name_owner(table, "NCF") == table.key_at(22, 45)
    assert short_name_owner(table, "Ek") == table.key_at(text.index("Bo Ek"), len(text) - 1)
    assert short_name_owner(table, "Lund") is None  # two people share it


# -- coreference ------------------------------------------------------------------------------
def test_an_age_names_the_one_person_given_it(extractor: Extractor) -> None:
    text = (
        "Coach Pablo Ortiz, 61, and striker Leo Mendes, 24, were both fined by the league.\n\n"
        "Mendes later apologised to the fans.\n\n"
        "The 61-year-old said the fine was unfair and that he would appeal it."
    )
    r = run(extractor, text)
    assert [(q["speaker"], q["kind"]) for q in r["quotes"]][-1] == ("Pablo Ortiz", "indirect")


def test_a_description_by_age_may_open_the_clause(extractor: Extractor) -> None:
    text = (
        "Union leader Tom Hale said the strike would go ahead. The 58-year-old added that "
        "members were angry about the offer."
    )
    r = run(extractor, text)
    assert [(q["speaker"], q["cue"]) for q in r["quotes"]] == [
        ("Tom Hale", "said"),
        ("Tom Hale", "added"),
    ]


def test_a_dateline_before_a_colon_is_no_speaker(extractor: Extractor) -> None:
    text = "Dubai: Oil minister Karim Aziz said that output would stay flat until spring."
    r = run(extractor, text)
    assert [q["speaker"] for q in r["quotes"]] == ["Karim Aziz"]


def test_earlier_this_month_bounds_the_day_without_inventing_it(extractor: Extractor) -> None:
    from graph.extract.dates import find_dates

    (mention,) = find_dates("Earlier this month, the bank said so.", date(2025, 3, 14))
    value = mention.value
    assert value.value is None and value.certainty == "unknown"
    assert (value.earliest, value.latest) == (date(2025, 3, 1), date(2025, 3, 14))


def test_a_bare_quotation_takes_the_subject_of_the_sentence_before(extractor: Extractor) -> None:
    for gap in (" ", "\n\n"):
        text = (
            "Mayor Ana Lopez visited the flooded district on Monday."
            + gap
            + "“We will rebuild the bridge within a year, whatever it costs.”"
        )
        r = run(extractor, text)
        assert [(q["speaker"], q["cue"]) for q in r["quotes"]] == [("Ana Lopez", None)]


def test_a_bare_quotation_after_an_open_sentence_has_no_speaker(extractor: Extractor) -> None:
    text = "Mayor Ana Lopez visited the district, then “nothing will be rebuilt this year at all.”"
    assert run(extractor, text)["quotes"] == []


def test_people_of_a_named_actor_speak_as_a_group(extractor: Extractor) -> None:
    text = (
        "Spain's players said they would not play for the national team until the coach resigned."
    )
    r = run(extractor, text)
    assert [(q["speaker"], q["kind"]) for q in r["quotes"]] == [("Spain's players", "indirect")]


def test_a_claim_is_said_by_its_owner_not_by_who_rejects_it(extractor: Extractor) -> None:
    for text in (
        "Farm minister Lena Berg rejected a claim from Tom Hale that the subsidies had been cut "
        "in secret.",
        "Lena Berg dismissed Tom Hale's claim that the subsidies had been cut in secret.",
        "Lena Berg on Monday rejected a claim from Tom Hale, the union's leader, that the "
        "subsidies had been cut in secret.",
    ):
        r = run(extractor, text)
        assert [(q["speaker"], q["cue"], q["text"]) for q in r["quotes"]] == [
            ("Tom Hale", "claim", "the subsidies had been cut in secret")
        ]


def test_short_labels_after_call_or_describe_are_quoted_words(extractor: Extractor) -> None:
    text = (
        "The Farmers Union on Tuesday described the new tariffs as “reckless” and “ruinous”.\n\n"
        "Lena Berg called the draft “unacceptable”.\n\n"
        "The “reform” is a scare quote and the “plan” too."
    )
    r = run(extractor, text)
    got = [(q["speaker"], q["text"], q["said_on"]) for q in r["quotes"]]
    assert got == [
        ("Farmers Union", "reckless” and “ruinous", "2025-03-11"),
        ("Lena Berg", "unacceptable", None),
    ]


def test_a_title_description_is_the_person_titled_so_elsewhere(extractor: Extractor) -> None:
    text = (
        "Chile will contest the fine, Chile's FA president said yesterday.\n\n"
        "“We will appeal within three days,” Chile FA chief Rosa Pinto told reporters.\n\n"
        "A league official said the fine would stand."
    )
    r = run(extractor, text)
    got = [(q["speaker"], q["said_on"]) for q in r["quotes"]]
    assert got[:2] == [("Rosa Pinto", "2025-03-13"), ("Rosa Pinto", "2025-03-13")]
    assert got[2][0] != "Rosa Pinto"  # "a league official" is someone unnamed


def test_a_role_is_not_someone_only_mentioned_in_passing(extractor: Extractor) -> None:
    text = (
        "MPs rejected the motion after several members defied Ana Ruiz's call to abstain.\n\n"
        "The Prime Minister said the vote showed that the country was united."
    )
    r = run(extractor, text)
    assert [q["speaker"] for q in r["quotes"]] == ["Prime Minister"]


def test_a_quotation_with_its_own_cue_inside_a_report_keeps_its_speaker(
    extractor: Extractor,
) -> None:
    text = (
        "Coach Pablo Ortiz said the team had trained hard for the final in the new stadium, "
        "which Ana Lopez described as “the finest arena in the whole country”."
    )
    r = run(extractor, text)
    got = {(q["speaker"], q["kind"]) for q in r["quotes"]}
    assert got == {("Pablo Ortiz", "indirect"), ("Ana Lopez", "direct")}


def test_feel_reports_a_view(extractor: Extractor) -> None:
    text = "League chief Marta Kovac feels the ban should have been far longer than six games."
    r = run(extractor, text)
    assert [(q["speaker"], q["cue"]) for q in r["quotes"]] == [("Marta Kovac", "feels")]


def test_without_a_publication_date_the_dateline_day_anchors_weekdays(
    extractor: Extractor,
) -> None:
    text = "OSLO, March 7 (Wire) - Trade minister Linh Vo said on Tuesday that exports had grown."
    q = run(extractor, text, published=None)["quotes"][0]
    assert (q["speaker"], q["said_on"], q["date_certainty"]) == ("Linh Vo", None, "unknown")
    text = text.replace("March 7", "March 7, 2025")
    q = run(extractor, text, published=None)["quotes"][0]
    assert (q["said_on"], q["date_certainty"]) == ("2025-03-04", "resolved")


def test_she_is_not_the_man_just_named_when_the_text_says_who_is_who(
    extractor: Extractor,
) -> None:
    text = (
        "Sarah Mitchell, a spokeswoman for the union, met the press in the morning.\n\n"
        "Mr Tom Hale, the company's owner, refused to meet the strikers on Monday.\n\n"
        "She said the strike would go on until the company made a better offer."
    )
    r = run(extractor, text)
    assert [q["speaker"] for q in r["quotes"]] == ["Sarah Mitchell"]
    he = text.replace("She said", "He said")
    assert [q["speaker"] for q in run(extractor, he)["quotes"]] == ["Tom Hale"]


def test_a_document_from_a_body_speaks_for_it_but_reports_from_a_city_do_not(
    extractor: Extractor,
) -> None:
    text = "The border will reopen on Friday, according to a statement from the Interior Ministry."
    q = run(extractor, text)["quotes"][0]
    assert (q["speaker"], q["cue"]) == ("Interior Ministry", "according to")
    assert q["said_on"] is None  # a day to come is no occasion for the statement
    text = "Reports from Caracas indicate that the army has closed the border with Colombia."
    assert run(extractor, text)["quotes"] == []
