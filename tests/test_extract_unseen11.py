"""Quote attribution on disputed-election news the rules were not written on (issue 13,
eleventh set), on sentences of our own.

Each test states one general pattern of news writing: a reporting participle after a report
("said the count was wrong, alleging ...") is the same speaker's next report, its own quote;
a reporting "they" after a sentence about role holders in the plural ("the candidates") is them;
"according to the result" with no maker named is nobody's statement; "four out of seven members
of the board" speak as those members; an acronym set off by a dash after its name ("the Electoral
Board – NEB saying") repeats the name and is not the participle's speaker; "the election
commission said" is the body named in full before ("the Central Election Commission"); "made it
clear" reports a clause without "that", and a participle after it is the next report; a report
before its cue that the parser hangs as an adverbial clause is still the report; a bare quotation
after "Her government announced ..." is hers.
"""

from __future__ import annotations

from datetime import date

from graph.extract import Extractor
from graph.extract.contract import to_contract
from graph.model import Article, DateValue


def quotes(extractor: Extractor, text: str) -> list[tuple[str, str, str | None]]:
    pub = DateValue(date(2025, 3, 13), "stated")
    found = to_contract(extractor(Article("t", text, published=pub)))["quotes"]
    return [(q["speaker"], q["text"], q["cue"]) for q in found]


def test_a_participle_after_a_report_is_the_next_report(extractor: Extractor) -> None:
    # The parser hangs "alleging" on the reported clause; it is the party's second report.
    text = (
        "The Liberal Party said the count was wrong, alleging that officials had changed "
        "the totals."
    )
    assert quotes(extractor, text) == [
        ("Liberal Party", "the count was wrong", "said"),
        ("Liberal Party", "officials had changed the totals", "alleging"),
    ]


def test_what_a_following_participle_alleges_may_be_a_noun(extractor: Extractor) -> None:
    text = "Mayor Dana Holt has claimed she won the vote, alleging fraud in two wards."
    assert quotes(extractor, text) == [
        ("Dana Holt", "she won the vote", "claimed"),
        ("Dana Holt", "fraud in two wards", "alleging"),
    ]


def test_a_participle_of_the_reported_words_stays_in_them(extractor: Extractor) -> None:
    # "using" reports nothing: the clause keeps it.
    text = "The minister said the army had cleared the square, using tear gas on the crowd."
    assert quotes(extractor, text) == [
        ("minister", "the army had cleared the square, using tear gas on the crowd", "said"),
    ]


def test_they_after_role_holders_in_the_plural_is_them(extractor: Extractor) -> None:
    # Candidates, ministers, commissioners are people: "They said" in the next sentence.
    text = (
        "The electoral board released the final tally on Sunday. In a joint letter, the four "
        "opposition candidates pointed to problems at dozens of polling stations. They said "
        "the count had been rigged."
    )
    assert quotes(extractor, text) == [
        ("four opposition candidates", "the count had been rigged", "said"),
    ]


def test_a_count_with_no_maker_named_is_nobodys_words(extractor: Extractor) -> None:
    # "According to the result announced Thursday" credits no one: not the winner just named.
    text = (
        "Emmerson Mnangagwa led the count. According to the result announced late Thursday, "
        "Mnangagwa won 50.8 percent of the votes."
    )
    assert quotes(extractor, text) == []
    made = (
        "Dana Holt led early. According to the tally released by the electoral board, Holt won "
        "61 percent of the votes."
    )
    assert [q[0] for q in quotes(extractor, made)] == ["electoral board"]


def test_a_number_out_of_a_body_speaks_as_those_people(extractor: Extractor) -> None:
    # "four out of seven members of the board": those members together, not the board, and
    # "claiming" hung on the results they distanced themselves from is theirs.
    text = (
        "The party leader, Ana Ruiz, addressed supporters on Sunday. But four out of seven "
        "members of the board distanced themselves from the results claiming that the count "
        "was opaque."
    )
    assert quotes(extractor, text) == [
        ("four out of seven members of the board", "the count was opaque", "claiming"),
    ]
    judges = quotes(extractor, "Three of the five judges said the law was void.")
    assert judges == [("Three of the five judges", "the law was void", "said")]


def test_an_acronym_after_its_name_and_a_dash_is_no_speaker(extractor: Extractor) -> None:
    # "the National Electoral Board – NEB saying": the acronym repeats the name; "saying" is
    # the main clause's subject's, whether the parser hangs it on the acronym or under it.
    text = (
        "The National Electoral Board (NEB) declared the governor the winner on Monday. "
        "Opposition leader Ana Ruiz on Tuesday rejected results announced by the National "
        "Electoral Board – NEB saying they are null and void."
    )
    assert quotes(extractor, text) == [("Ana Ruiz", "they are null and void", "saying")]


def test_a_lower_case_description_is_the_body_named_in_full(extractor: Extractor) -> None:
    # "the election commission" after "the Central Election Commission": that body, not a
    # generic electoral authority of the country.
    text = (
        "Protests spread across Belarus on Sunday after the Central Election Commission "
        "declared the president the winner. Final results are expected Friday, the election "
        "commission said."
    )
    assert quotes(extractor, text) == [
        ("Central Election Commission", "Final results are expected Friday", "said"),
    ]


def test_made_it_clear_without_that_and_a_saying_after_it(extractor: Extractor) -> None:
    # "made it clear she will show up" reports without "that"; ", saying ..." is her next report.
    text = (
        "Premier Dana Holt made it clear that she will show up on Friday, saying she wants the "
        "transit budget restored."
    )
    assert quotes(extractor, text) == [
        ("Dana Holt", "she will show up on Friday", "made"),
        ("Dana Holt", "she wants the transit budget restored", "saying"),
    ]
    bare = quotes(extractor, "Premier Dana Holt made it clear she will show up on Friday.")
    assert bare == [("Dana Holt", "she will show up on Friday", "made")]
    assert quotes(extractor, "The delay made it clear the plan had failed.") == []


def test_a_report_before_its_cue_misread_as_an_adverbial_clause(extractor: Extractor) -> None:
    # "X, from ..., secured 70 percent, the commission said": the parser may read "secured" as
    # a participle hung on "said"; with a subject of its own it is still what was said. A
    # clause opened by "when" is not.
    text = (
        "Mozambique’s ruling party candidate, Daniel Chapo, has been declared the winner.\n\n"
        "Chapo, from the Frelimo party which has been in power for almost half a century, "
        "secured more than 70 percent of the votes, the National Election Commission (CNE) said "
        "on Thursday."
    )
    found = quotes(extractor, text)
    assert [(q[0], q[1][:30], q[2]) for q in found] == [
        ("National Election Commission", "Chapo, from the Frelimo party ", "said"),
    ]
    when = quotes(extractor, "When the polls closed, the board said the count would start.")
    assert when == [("board", "the count would start", "said")]


def test_a_body_owned_by_him_or_her_before_a_bare_quote_is_the_person(
    extractor: Extractor,
) -> None:
    # "Her government announced funding." then a quotation with no cue: she goes on speaking.
    text = (
        '"I grew up on a farm, and I understand the wish to stay home," Minister Ana Ruiz said, '
        "adding that her own family had to leave this summer. Her government announced funding "
        "on Tuesday to help farmers who face drought.\n\n"
        '"I know people are scared and angry, and it is human nature to protect your home."'
    )
    assert [q[0] for q in quotes(extractor, text)] == ["Ana Ruiz"] * 3


def test_a_participle_after_an_agents_reported_act_stays_in_the_report(
    extractor: Extractor,
) -> None:
    # The participle is the reported clause's agent's act (the tribunal accuses), not a second
    # report of the speaker's: one statement, not two.
    text = (
        "The prosecutor's office said on Monday a tribunal has ordered the detention of the mayor "
        "Pablo Ortiz, accusing him of fraud and embezzlement."
    )
    out = to_contract(extractor(Article("t", text)))["quotes"]
    assert len(out) == 1
    assert out[0]["text"].endswith("accusing him of fraud and embezzlement")
