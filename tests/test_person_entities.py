"""The model's person entities repaired, and descriptions named by their own words (sentences
of our own): a nationality tagged a person is no one; a phrase of circumstance the parser hung
on a description ("his main rival amid accusations of ...") is not part of its name."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article
from tests.said import said


def _names(extractor: Extractor, text: str) -> set[str]:
    return {a.name for a in extractor(Article("t", text)).actors}


def test_a_nationality_tagged_a_person_is_no_one(extractor: Extractor) -> None:
    text = (
        "Ivo Marek's re-election as Sri Lankan president has been rejected by his main rival "
        "amid accusations of abuse of power."
    )
    assert "Sri Lankan" not in _names(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Marek's win has been rejected by his main rival amid accusations of abuse of power.",
        "Ivo Marek's re-election as Sri Lankan president has been rejected by his main rival "
        "amid accusations of abuse of power.",
    ],
)
def test_a_description_ends_before_its_circumstance(extractor: Extractor, text: str) -> None:
    names = _names(extractor, text)
    assert "Ivo Marek's main rival" in names
    assert not any("amid" in name for name in names)


def test_a_hyphenated_given_name_is_whole(extractor: Extractor) -> None:
    text = (
        "Later, Vice Health Minister Park Ji-woo said the government would suspend the licenses "
        "of some 5,000 doctors."
    )
    assert [name for name, _ in said(extractor, text)] == ["Park Ji-woo"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("At a press conference in Lusaka, Berg, who ran on the Movimiento por la Democracia "
         "Social (MDS) ticket, said the figures cannot be verified.", "Berg"),
        ("At a rally in Dar es Salaam, Okafor, who ran on the Chama cha Wananchi na Maendeleo "
         "(CWM) ticket, said the results were false.", "Okafor"),
    ],
)  # fmt: skip
def test_the_name_before_a_long_who_clause_speaks(
    extractor: Extractor, text: str, name: str
) -> None:
    assert [speaker for speaker, _ in said(extractor, text)] == [name]


@pytest.mark.parametrize(
    ("full", "short"),
    [("Marie-Claire Le Goff", "Le Goff"), ("Pierre-Yves Le Bras", "Le Bras")],
)
def test_a_surname_with_a_particle_is_the_person_named_before(
    extractor: Extractor, full: str, short: str
) -> None:
    # the model may tag the short form an organisation: still the one person of that name
    text = (
        "Paris has recalled its envoy.\nThe envoy was recalled after the talks failed, Foreign "
        f"Minister {full} said on Friday.\n{short} said that the decision was made to recall "
        "the envoy at once.\n"
    )
    assert [name for name, _ in said(extractor, text)] == [full, full]


def test_a_name_a_which_clause_describes_is_no_person(extractor: Extractor) -> None:
    text = "Rio Tinto, which had approval to blast the site, said it believed it had consent."
    types = {a.name: a.type for a in extractor(Article("t", text)).actors}
    assert types.get("Rio Tinto") == "Organization"
