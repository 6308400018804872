""" "His spokesman has said" is the spokesman the article names later as "Name, X's spokesman"
(sentences of our own): one person, not a second described speaker."""

from __future__ import annotations

from graph.extract import Extractor
from tests.said import speaker_of

_LEAD = (
    "President Alan Moyo will challenge the ruling that annulled his victory, his spokesman "
    "has said.\n\nThe judges ordered a fresh poll within 150 days.\n\n"
)


def test_the_spokesman_named_after_him_speaks(extractor: Extractor) -> None:
    text = _LEAD + (
        "Speaking on Wednesday, Joel Kanu, Moyo’s spokesman, described the ruling as “an "
        "attack on our democracy” and said the president would appeal."
    )
    assert speaker_of(extractor, text, "will challenge the ruling") == "Joel Kanu"


def test_another_owners_spokesman_is_not_his(extractor: Extractor) -> None:
    text = _LEAD + (
        "The opposition leader Ruth Banda was pleased. Joel Kanu, Banda’s spokesman, said "
        "the judges had been brave and fair."
    )
    assert speaker_of(extractor, text, "will challenge the ruling") != "Joel Kanu"


def test_two_named_spokesmen_leave_the_description(extractor: Extractor) -> None:
    text = _LEAD + (
        "Joel Kanu, Moyo’s spokesman, said the judges erred. Later Peter Obi, Moyo’s "
        "spokesman, said an appeal was ready."
    )
    assert speaker_of(extractor, text, "will challenge the ruling") == "Alan Moyo's spokesman"


def test_a_spokesman_in_a_list_or_a_longer_noun_is_no_apposition(extractor: Extractor) -> None:
    for tail in (
        "Kofi Mensah, Moyo’s spokesman and his driver.",
        "Kofi Mensah, Moyo’s spokesman’s deputy.",
    ):
        text = _LEAD + f"Moyo later thanked {tail}"
        assert speaker_of(extractor, text, "will challenge the ruling") != "Kofi Mensah"
