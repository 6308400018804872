"""Speakers on unseen news (issue 13, session 26), on sentences of our own.

Each test states one general pattern of news writing: a "who" clause speaks for the one it
describes; a reporting "he" continues the subject of the sentence before; a participle adjunct
speaks for the main clause's subject; a bare common noun is no speaker.
"""

from __future__ import annotations

from datetime import date

import pytest

from graph.extract import Extractor
from graph.extract.contract import to_contract
from graph.model import Article, DateValue


def speakers(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    pub = DateValue(date(2025, 3, 14), "stated")
    found = to_contract(extractor(Article("t", text, published=pub)))["quotes"]
    return [(q["speaker"], q["text"]) for q in found]


def speaker_of(extractor: Extractor, text: str, words: str) -> str | None:
    return next((s for s, t in speakers(extractor, text) if words in t), None)


@pytest.mark.parametrize(
    ("text", "words", "who"),
    [
        (
            "The court gave the seat to Lena Ortiz, ahead of runner-up Pavel Marek, who days "
            "before the ruling had questioned the judges and said he would never accept it.",
            "never accept",
            "Pavel Marek",
        ),
        (
            "Tomas Brandt won the count with 51 percent to 44 for rival Ivana Kolar, who well "
            "before the result had disputed the tally and said she would not concede.",
            "not concede",
            "Ivana Kolar",
        ),
        (
            "Police arrested Dana Wirth, who had organised the march and argued that the ban "
            "was illegal.",
            "illegal",
            "Dana Wirth",
        ),
        (
            "The board fired the coach after a loss, angering captain Milan Hora, who said the "
            "decision was unfair.",
            "unfair",
            "Milan Hora",
        ),
    ],
)
def test_a_who_clause_speaks_for_the_one_it_describes(
    extractor: Extractor, text: str, words: str, who: str
) -> None:
    # "X, who had done this and said that": the verbs joined in the clause are X's, however the
    # parser hangs the second one (often on the main verb, whose subject is someone else).
    assert speaker_of(extractor, text, words) == who


def test_a_main_subject_after_a_closed_who_clause_keeps_its_verb(extractor: Extractor) -> None:
    # The clause ends at its comma: the main clause's own subject speaks.
    text = (
        "Voters backed Jan Kral, who promised to cut taxes, while the party of Eva Sima said it "
        "would appeal."
    )
    assert speaker_of(extractor, text, "appeal") != "Jan Kral"


def test_he_after_an_apposed_subject_is_the_subject_not_the_object(extractor: Extractor) -> None:
    # Centering: the pronoun subject continues the sentence's subject ("the chairman ..., Jan
    # Brod"), not its object, even when the name is only the apposition of a role.
    text = (
        "Opposition leader Pavel Marek declared himself the winner on Monday. He offered no "
        "proof.\n"
        "But the secretary general of Tomas Novak's Civic Unity Movement, Labour Minister Jan "
        "Brod, accused Marek of breaking the law.\n"
        '"It is not legal at all. He has won nothing," he said, adding that the count was not '
        "over.\n"
        '"Marek had no observers in most polling stations," he added.'
    )
    found = speakers(extractor, text)
    assert [s for s, t in found if "legal" in t or "over" in t or "observers" in t] == [
        "Jan Brod"
    ] * 3


def test_he_after_a_founders_description_is_the_founder(extractor: Extractor) -> None:
    # "party founder Anton Vesely ... the CF founder nominated Dorn. He maintained": a founder
    # is one person, the one written next to the word, not the man he nominated.
    text = (
        "The Civic Front (CF) will challenge the count in court, said party founder Anton "
        "Vesely in a talk with reporters.\n\n"
        "However, the CF founder nominated Karl Dorn for the post of governor. He maintained "
        "that the vote had been rigged."
    )
    assert speaker_of(extractor, text, "rigged") == "Anton Vesely"


def test_she_after_a_named_subject_with_an_object(extractor: Extractor) -> None:
    text = (
        "Finance Minister Rita Holm accused Ivan Petrov of hiding the figures. She said the "
        "budget was a fraud."
    )
    assert speaker_of(extractor, text, "fraud") == "Rita Holm"


def test_a_participle_adjunct_speaks_for_the_main_subject(extractor: Extractor) -> None:
    # "X campaigned arguing ... and promising ...": the parser joins "promising" to a verb
    # inside the first report ("... in office made him ..."); the noun before that verb
    # ("office") is no speaker, the subject of "campaigned" is.
    text = (
        "Kagame, 70 and in power for 30 years, campaigned for another term arguing his long "
        "record in office made him a strong leader and promising to keep delivering growth and "
        "order."
    )
    assert speaker_of(extractor, text, "growth") == "Kagame"


def test_a_bare_noun_in_an_objects_place_is_no_speaker(extractor: Extractor) -> None:
    # "in government" names nobody: with no subject of its own found, the report has no
    # speaker rather than "government".
    text = (
        "Vesely, 71 and in office for two decades, campaigned for a new term arguing his "
        "experience in government made him the right leader and promising to keep the peace."
    )
    assert "government" not in {s for s, _ in speakers(extractor, text)}


def test_a_countrys_military_is_named_as_news_names_it(extractor: Extractor) -> None:
    # "Kenya's military", "the Kenyan army": the country's armed forces, named "Kenyan military".
    text = "Kenya's military said on Sunday that troops had been sent to the border."
    assert speaker_of(extractor, text, "troops") == "Kenyan military"


def test_his_spokesman_keeps_his_owner(extractor: Extractor) -> None:
    # A role owned by a pronoun is that person's role: "Alan Moyo's spokesman", not a bare
    # "spokesman" that every story's spokesman would share.
    text = (
        "President Alan Moyo said he would appeal the ruling. His spokesman told a radio station "
        'on Wednesday that the ruling is "a grave injustice."'
    )
    assert speaker_of(extractor, text, "injustice") == "Alan Moyo's spokesman"


def test_his_party_is_the_party_named_in_apposition_elsewhere(extractor: Extractor) -> None:
    # "his party, the Civic Front" names the party "his party" stands for, the same owner's.
    text = (
        "Mr Berg dismissed the count, while his party urged the army to free him.\n\n"
        "Mr Berg said his party, the Civic Front, had video evidence of ballot stuffing."
    )
    assert speaker_of(extractor, text, "army to free") == "Civic Front"


def test_he_after_an_opening_adjunct_is_the_joined_clauses_one_person(extractor: Extractor) -> None:
    # "Taking to Twitter, he said": the main clause's "he" after an opening adjunct continues
    # the sentence before, whose one person is the subject of its second, joined clause (a name
    # the model may leave untagged).
    text = (
        "Rivals are weighing in with careful remarks and veteran MP Ravi Menon took a swipe at "
        "the ruling bloc. Taking to Twitter, he said: \u201cThe voters have spoken, and loudly.\u201d"
    )
    assert speaker_of(extractor, text, "voters have spoken") == "Ravi Menon"


@pytest.mark.parametrize(
    ("text", "words", "who"),
    [
        (
            'President Ivan Lukas said the vote was clean. "We won fairly," he told state '
            "television.\n\nNorway, one of the country's biggest donors, has frozen its aid, the "
            "foreign minister said.",
            "frozen its aid",
            "Norwegian foreign minister",
        ),
        (
            "Portuguese Prime Minister Rui Lobo met the envoy. Portugal will review its ties, the "
            "prime minister told parliament.",
            "review its ties",
            "Rui Lobo",
        ),
    ],
)
def test_a_bare_role_reporting_a_countrys_act_is_that_countrys(
    extractor: Extractor, text: str, words: str, who: str
) -> None:
    # "<Country> has done X, the foreign minister said": that country's minister (the one named
    # with the role and the country, else a description of its own), not the last speaker.
    assert speaker_of(extractor, text, words) == who
