"""Contesting or welcoming a decision takes a side on what it decided, and a court written after
a long country name is that country's court (sentences of our own)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.extract.gazetteer import country_named
from tests.rule_stances import stance_triples

_RULING = (
    "Zambia’s constitutional court on Friday confirmed Edgar Lungu’s election win.\n\n"
    "Opposition leader Hakainde Banda on Saturday rejected the ruling.\n\n"
    "Government spokeswoman Dora Siliya welcomed the court’s decision."
)
_COURT = "Constitutional Court of Zambia"
_WIN = "edgar-lungu-won-the-election"


def test_contesting_a_ruling_opposes_what_it_upheld(extractor: Extractor) -> None:
    found = stance_triples(extractor, _RULING)
    assert ("Hakainde Banda", "oppose", _COURT) in found
    assert ("Hakainde Banda", "oppose", _WIN) in found
    assert ("Hakainde Banda", "oppose", "Edgar Lungu") in found


def test_welcoming_a_ruling_supports_what_it_upheld(extractor: Extractor) -> None:
    found = stance_triples(extractor, _RULING)
    assert ("Dora Siliya", "support", _COURT) in found
    assert ("Dora Siliya", "support", _WIN) in found
    assert ("Dora Siliya", "support", "Edgar Lungu") in found


def test_challenging_an_annulment_supports_what_it_annulled(extractor: Extractor) -> None:
    text = (
        "Malawi’s constitutional court on Monday annulled the results of the May election.\n\n"
        "President Peter Mutharika said he would appeal the ruling."
    )
    found = stance_triples(extractor, text)
    assert ("Peter Mutharika", "oppose", "Constitutional Court of Malawi") in found
    assert ("Peter Mutharika", "support", "malawi-results-are-valid") in found


def test_a_ruling_no_one_contests_carries_nothing(extractor: Extractor) -> None:
    text = "Zambia’s constitutional court on Friday confirmed Edgar Lungu’s election win."
    found = stance_triples(extractor, text)
    assert {source for source, _, target in found if target == _WIN} == {_COURT}


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("Democratic Republic of Congo", "COD"),
        ("Republic of Congo", "COG"),
        ("Ivory Coast", "CIV"),
        ("Côte d'Ivoire", "CIV"),
        ("Czechia", "CZE"),
        ("Burma", "MMR"),
        ("Eswatini", "SWZ"),
        ("Madagascar", "MDG"),
    ],
)
def test_a_country_by_its_other_names(written: str, code: str) -> None:
    found = country_named(written)
    assert found is not None and found.code == code


def test_a_court_after_a_long_country_name_is_its_court(extractor: Extractor) -> None:
    text = (
        "The Democratic Republic of Congo’s constitutional court confirmed Ali Kenga’s "
        "election win on Sunday."
    )
    sources = {source for source, _, _ in stance_triples(extractor, text)}
    assert sources == {"Constitutional Court of Democratic Republic of the Congo"}


def test_what_the_maker_only_said_is_no_decision(extractor: Extractor) -> None:
    text = (
        "President Peter Mutharika said the results of the election in Malawi were valid and "
        "fair. On Tuesday Mutharika banned all opposition protests in Blantyre. Opposition "
        "leader Lazarus Chakwera condemned the ban."
    )
    found = stance_triples(extractor, text)
    assert not any(s == "Lazarus Chakwera" and t.startswith("malawi-") for s, _, t in found)


def test_decisions_told_further_back_are_not_taken_up(extractor: Extractor) -> None:
    text = _RULING.split("\n\n")[0] + (
        "\n\nThe court on Monday also banned Hakainde Banda from leaving the country.\n\n"
        "On Tuesday the court fined the Patriotic Front for contempt.\n\n"
        "Government spokeswoman Dora Siliya welcomed the decision."
    )
    found = stance_triples(extractor, text)
    assert ("Dora Siliya", "support", _WIN) not in found


def test_confirming_a_fact_is_no_decision(extractor: Extractor) -> None:
    text = (
        "Police spokesman Nick Bolton confirmed that three protesters had been arrested. "
        "Tendai Biti condemned the move."
    )
    assert ("Tendai Biti", "oppose", "Nick Bolton") not in stance_triples(extractor, text)


def test_north_korea_by_its_formal_name_is_not_south_korea() -> None:
    found = country_named("Democratic People's Republic of Korea")
    assert found is not None and found.code == "PRK"


def test_a_ruling_told_over_two_sentences_is_taken_whole(extractor: Extractor) -> None:
    text = (
        "Ghana’s supreme court on Friday upheld Kofi Mensah’s election victory. The judges also "
        "dismissed the petition filed by Yaw Boateng as lacking merit. Boateng rejected the "
        "ruling on Saturday."
    )
    assert ("Yaw Boateng", "oppose", "kofi-mensah-won-the-election") in stance_triples(
        extractor, text
    )


def test_condemning_the_move_after_a_ban_opposes_who_banned(extractor: Extractor) -> None:
    text = (
        "The Zimbabwean government on Monday banned all opposition rallies in Harare. "
        "Opposition leader Nelson Chamisa condemned the move."
    )
    assert ("Nelson Chamisa", "oppose", "Zimbabwean government") in stance_triples(extractor, text)


def test_a_win_confirmed_in_the_passive_is_a_decision(extractor: Extractor) -> None:
    text = (
        "Edgar Lungu’s election win was confirmed by Zambia’s constitutional court on Friday. "
        "Opposition leader Hakainde Banda rejected the ruling."
    )
    assert ("Hakainde Banda", "oppose", _COURT) in stance_triples(extractor, text)
