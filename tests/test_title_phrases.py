"""A title phrase the parser makes the subject stands for the person it ends with (own sentences)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article


def _speakers(extractor: Extractor, text: str) -> list[str]:
    result = extractor(Article(id="t", text=text))
    names = {a.id: a.name for a in result.actors}
    return [names[q.speaker] for q in result.quotes if q.speaker in names]


@pytest.mark.parametrize(
    "text",
    [
        'Leader of the Opposition Tomas Berg (Green Alliance) said in the debate, "We will not '
        'vote for this bill."',
        "Leader of the Opposition Tomas Berg (Green Alliance) said on Monday that the bill was a "
        "mistake.",
    ],
)
def test_a_title_before_a_bracketed_party_names_the_person(extractor: Extractor, text: str) -> None:
    assert _speakers(extractor, text) == ["Tomas Berg"]


def test_someone_of_a_person_is_not_that_person(extractor: Extractor) -> None:
    text = "The lawyer of Tomas Berg said on Monday that the case was closed."
    assert "Tomas Berg" not in _speakers(extractor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the parser hangs the party on the title and the name in apposition
        ("KNP chief and veteran lawyer Samuel Osei said it was a farce.", "Samuel Osei"),
        # a second title joined to the first is the same person's
        ("RDL head and veteran lawyer Ines Varga said it was a sham.", "Ines Varga"),
        ("UDP chief and former judge Amara Kole said the tally was rigged.", "Amara Kole"),
        ("PFL leader and veteran economist Tobias Wren called the result a “sham”.", "Tobias Wren"),
    ],
)
def test_a_name_after_joined_titles_is_the_one_speaker(
    extractor: Extractor, text: str, name: str
) -> None:
    assert _speakers(extractor, "The count ended on Monday.\n\n" + text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Jailed ex-mayor Lena Dorr’s Civic Union Party (CUP) deputy leader Haroun Bakri Salim "
        "Otieno, who ran the campaign, described the vote as a “charade”.",
        "The party's deputy chief Haroun Bakri Salim Otieno said the vote was a charade.",
    ],
)
def test_a_long_name_the_model_cuts_in_two_is_one_person(extractor: Extractor, text: str) -> None:
    assert _speakers(extractor, "The count ended on Monday.\n\n" + text) == [
        "Haroun Bakri Salim Otieno"
    ]


def test_two_names_written_apart_stay_two_people(extractor: Extractor) -> None:
    text = "Ana Ruiz and Tomas Berg said the count was fair."
    result = extractor(Article(id="t", text=text))
    assert {"Ana Ruiz", "Tomas Berg"} <= {a.name for a in result.actors}
