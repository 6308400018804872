"""Relations stated with "with", attitudes named by a noun ("confidence in X"), and a
government owned by a place the gazetteer does not know (issue 12).

Sentences are our own. A standing conflict or alliance written as a noun or an idiom with a
"with" phrase ("locked in a legal battle with", "at loggerheads with", "the union's dispute
with", "joined forces with") is a stance of its holder towards the other side; one ended,
denied or absent ("settled its dispute with", "no longer at odds", "in talks with") is none.
"""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(registry=())


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Norvik Energy remains embroiled in a legal battle with the Harbour Workers Union.",
            ("Norvik Energy", "oppose", "Harbour Workers Union"),
        ),
        (
            "Nordline Shipping is at loggerheads with the Harbour Workers Union.",
            ("Nordline Shipping", "oppose", "Harbour Workers Union"),
        ),
        (
            "Governor Tom Abel is on a collision course with the Harbour Workers Union over "
            "pensions.",
            ("Tom Abel", "oppose", "Harbour Workers Union"),
        ),
        (
            "The Harbour Workers Union's dispute with Nordline Shipping has lasted six months.",
            ("Harbour Workers Union", "oppose", "Nordline Shipping"),
        ),
        (
            "The Harbour Workers Union joined forces with the Dock Pilots Association to fight "
            "the plan.",
            ("Harbour Workers Union", "support", "Dock Pilots Association"),
        ),
        (
            "The Unity Party has allied itself with the Green League ahead of the vote.",
            ("Unity Party", "support", "Green League"),
        ),
        (
            '"We are at war with the Harbour Workers Union," said Lena Dahl, the chief executive '
            "of Norvik Energy.",
            ("Lena Dahl", "oppose", "Harbour Workers Union"),
        ),
    ],
)
def test_a_relation_with_an_actor_is_a_stance(
    extractor: Extractor, text: str, stance: tuple[str, str, str]
) -> None:
    assert stance in stance_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Norvik Energy settled its dispute with the Harbour Workers Union on Friday.",
        "Norvik Energy is no longer at odds with the Harbour Workers Union.",
        "Norvik Energy is in talks with Astra Shipping about a merger.",
        "There is no dispute with the Harbour Workers Union, Norvik Energy said.",
    ],
)
def test_a_relation_ended_denied_or_absent_is_none(extractor: Extractor, text: str) -> None:
    assert not {s for s in stance_triples(extractor, text) if "Harbour" in s[2] or "Astra" in s[2]}


def test_a_place_the_gazetteer_does_not_know_owns_no_story_government(
    extractor: Extractor,
) -> None:
    text = (
        "Poland has been at odds with Moldavia's government for years. Polish officials said "
        "the talks had failed."
    )
    assert not {s for s in stance_triples(extractor, text) if "Polish government" in s[2]}


# -- attitudes named by a noun and its preposition (graph/extract/stance_attitudes.py) ---------
@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            '"I have full confidence in the Lakeside Rowing Federation," Mira Sahlin told '
            "reporters.",
            ("Mira Sahlin", "support", "Lakeside Rowing Federation"),
        ),
        (
            "Mira Sahlin said she had lost faith in the Lakeside Rowing Federation.",
            ("Mira Sahlin", "oppose", "Lakeside Rowing Federation"),
        ),
        (
            "Mira Sahlin said she had no confidence in the Lakeside Rowing Federation.",
            ("Mira Sahlin", "oppose", "Lakeside Rowing Federation"),
        ),
        (
            "Mira Sahlin has shown nothing but contempt for the Lakeside Rowing Federation.",
            ("Mira Sahlin", "oppose", "Lakeside Rowing Federation"),
        ),
        (
            "Mira Sahlin reaffirmed her opposition to the Lakeside Rowing Federation.",
            ("Mira Sahlin", "oppose", "Lakeside Rowing Federation"),
        ),
        (
            "Mira Sahlin expressed anger at Brightwater Holdings.",
            ("Mira Sahlin", "oppose", "Brightwater Holdings"),
        ),
        (
            "Mira Sahlin paid tribute to the Lakeside Rowing Federation.",
            ("Mira Sahlin", "support", "Lakeside Rowing Federation"),
        ),
    ],
)
def test_an_attitude_towards_an_actor_is_a_stance(
    extractor: Extractor, text: str, stance: tuple[str, str, str]
) -> None:
    assert stance in stance_triples(extractor, text)


def test_a_hostile_attitude_denied_is_none(extractor: Extractor) -> None:
    text = "Mira Sahlin said she had no animosity towards the Lakeside Rowing Federation."
    assert not {s for s in stance_triples(extractor, text) if "Lakeside" in s[2]}


def test_their_faith_is_the_subjects_not_the_last_named(extractor: Extractor) -> None:
    text = (
        "The Harbour Party won the vote in Tarnow. Voters have placed their faith in the "
        "Lakeside Alliance, its leader said."
    )
    assert ("Harbour Party", "support", "Lakeside Alliance") not in stance_triples(extractor, text)


# -- verbs of a quarrel or an agreement with "with", and "spoke out against" -------------------
@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Senator Ilse Brandt disagreed with the Lakeside Rowing Federation on Monday.",
            ("Ilse Brandt", "oppose", "Lakeside Rowing Federation"),
        ),
        (
            "Senator Ilse Brandt broke with the Unity Party over the budget.",
            ("Ilse Brandt", "oppose", "Unity Party"),
        ),
        (
            "Senator Ilse Brandt fell out with the Unity Party last year.",
            ("Ilse Brandt", "oppose", "Unity Party"),
        ),
        (
            "Senator Ilse Brandt agreed with the Lakeside Rowing Federation.",
            ("Ilse Brandt", "support", "Lakeside Rowing Federation"),
        ),
        (
            "Senator Ilse Brandt spoke out against the Lakeside Rowing Federation.",
            ("Ilse Brandt", "oppose", "Lakeside Rowing Federation"),
        ),
        (
            "The Dockers Guild lashed out at Brightwater Shipping on Monday.",
            ("Dockers Guild", "oppose", "Brightwater Shipping"),
        ),
    ],
)
def test_a_verb_with_its_preposition_is_a_stance(
    extractor: Extractor, text: str, stance: tuple[str, str, str]
) -> None:
    assert stance in stance_triples(extractor, text)


def test_a_quarrel_denied_is_none(extractor: Extractor) -> None:
    text = "Senator Ilse Brandt did not disagree with the Lakeside Rowing Federation."
    assert not {s for s in stance_triples(extractor, text) if "Lakeside" in s[2]}


# -- election stances: a country the model leaves untagged, support thrown behind someone, a
# victory to be fought --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Nigeria recognised Tomas Berg as the legitimate president of Arland.",
            ("Nigeria", "support", "Tomas Berg"),
        ),
        (
            "Former president Ines Calder threw her support behind Tomas Berg.",
            ("Ines Calder", "support", "Tomas Berg"),
        ),
    ],
)
def test_an_election_stance_is_read(
    extractor: Extractor, text: str, stance: tuple[str, str, str]
) -> None:
    assert stance in stance_triples(extractor, text)


def test_a_victory_to_be_fought_is_disputed_not_backed(extractor: Extractor) -> None:
    text = "Ines Calder vowed to fight Tomas Berg's victory in the courts."
    found = stance_triples(extractor, text)
    assert ("Ines Calder", "oppose", "tomas-berg-won-the-election") in found
    assert ("Ines Calder", "support", "tomas-berg-won-the-election") not in found


# -- who someone is to another: "an ally of", "a rival of" (graph/extract/stance_partners.py) ---
@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Senator Mira Sahlin, a close ally of Governor Tom Abel, defended the budget.",
            ("Mira Sahlin", "support", "Tom Abel"),
        ),
        (
            "The Dockers Guild has been one of the fiercest opponents of Governor Tom Abel's plan.",
            ("Dockers Guild", "oppose", "Tom Abel"),
        ),
        (
            "Governor Tom Abel came under fire from the Dockers Guild on Monday.",
            ("Dockers Guild", "oppose", "Tom Abel"),
        ),
    ],
)
def test_a_relation_noun_is_a_stance(
    extractor: Extractor, text: str, stance: tuple[str, str, str]
) -> None:
    assert stance in stance_triples(extractor, text)


def test_no_ally_is_no_support(extractor: Extractor) -> None:
    text = "Senator Mira Sahlin is no ally of Governor Tom Abel."
    assert ("Mira Sahlin", "support", "Tom Abel") not in stance_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Senator Mira Sahlin, a former ally of Governor Tom Abel, won the seat.",
        "Senator Mira Sahlin, an erstwhile supporter of Governor Tom Abel, won the seat.",
        "Senator Mira Sahlin, a onetime rival of Governor Tom Abel, won the seat.",
    ],
)
def test_a_past_relation_is_no_stance_now(extractor: Extractor, text: str) -> None:
    found = stance_triples(extractor, text)
    assert not any(s == "Mira Sahlin" and t == "Tom Abel" for s, _, t in found)


# -- pressing someone: a demand of them, pressure on them ----------------------------------------
@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Senator Mira Sahlin demanded an apology from Governor Tom Abel.",
            ("Mira Sahlin", "oppose", "Tom Abel"),
        ),
        (
            "The Dockers Guild piled pressure on Governor Tom Abel to resign.",
            ("Dockers Guild", "oppose", "Tom Abel"),
        ),
        (
            "Governor Tom Abel faces mounting pressure from the Unity Party to resign.",
            ("Unity Party", "oppose", "Tom Abel"),
        ),
        (
            "Mira Sahlin said on Friday that Tom Abel had put constant pressure on her to stay "
            "silent.",
            ("Mira Sahlin", "oppose", "Tom Abel"),
        ),
    ],
)
def test_pressing_someone_opposes_them(
    extractor: Extractor, text: str, stance: tuple[str, str, str]
) -> None:
    assert stance in stance_triples(extractor, text)


def test_a_demand_for_someones_release_still_backs_them(extractor: Extractor) -> None:
    text = "Senator Mira Sahlin demanded the immediate release of Tom Abel."
    found = stance_triples(extractor, text)
    assert ("Mira Sahlin", "support", "Tom Abel") in found
    assert ("Mira Sahlin", "oppose", "Tom Abel") not in found


# -- a call to remake or undo a body opposes it (graph/extract/stance_fates.py) ------------------
@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "The Teachers Federation called for an overhaul of the Pilots Association.",
            ("Teachers Federation", "oppose", "Pilots Association"),
        ),
        (
            "Senator Ana Ruiz demanded the dissolution of the Dockers Guild on Monday.",
            ("Ana Ruiz", "oppose", "Dockers Guild"),
        ),
    ],
)
def test_a_call_to_overhaul_a_body_opposes_it(
    extractor: Extractor, text: str, stance: tuple[str, str, str]
) -> None:
    assert stance in stance_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Teachers Federation called Tuesday for the resignation of Governor Tom Abel.",
        "The Teachers Federation called on Tuesday for the resignation of Governor Tom Abel.",
    ],
)
def test_a_day_between_call_and_for_is_the_calls(extractor: Extractor, text: str) -> None:
    assert ("Teachers Federation", "oppose", "Tom Abel") in stance_triples(extractor, text)


def test_an_acronym_after_a_longer_name_is_not_the_shorter_ones(extractor: Extractor) -> None:
    from graph.model import Article

    text = (
        "The UK Anti-Doping Agency called on Tuesday for an overhaul of the Global Anti-Doping "
        "Agency (GADA). GADA rejected the call."
    )
    result = extractor(Article("t", text))
    assert not any("GADA" in a.aliases for a in result.actors if "Global" not in a.name)


def test_a_stance_verb_is_read_not_the_dispute_around_it(extractor: Extractor) -> None:
    # the verb says the stance; the dispute is the setting, not a conflict between the two
    found = stance_triples(extractor, "Ana Ruiz sided with Tomas Berg in the dispute.")
    assert ("Ana Ruiz", "support", "Tomas Berg") in found
    assert ("Ana Ruiz", "oppose", "Tomas Berg") not in found


def test_a_relation_owned_by_the_one_acted_on_is_theirs(extractor: Extractor) -> None:
    # "his row" is the row of the one backed, not of the backer
    found = stance_triples(extractor, "Ana Ruiz backed Tomas Berg in his row with Ivo Bran.")
    assert ("Tomas Berg", "oppose", "Ivo Bran") in found
    assert ("Ana Ruiz", "oppose", "Ivo Bran") not in found


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "The Kenya Medical Union turned down the Kenyan government's offer.",
            ("Kenya Medical Union", "oppose", "Kenyan government"),
        ),
        (
            "Ana Ruiz shot down Tomas Berg's proposal on Monday.",
            ("Ana Ruiz", "oppose", "Tomas Berg"),
        ),
        ("Ana Ruiz stood up to Tomas Berg.", ("Ana Ruiz", "oppose", "Tomas Berg")),
        ("Ana Ruiz stood by Tomas Berg.", ("Ana Ruiz", "support", "Tomas Berg")),
    ],
)
def test_a_verb_with_its_particle_is_a_stance(
    extractor: Extractor, text: str, stance: tuple[str, str, str]
) -> None:
    found = stance_triples(extractor, text)
    assert stance in found
    other = "support" if stance[1] == "oppose" else "oppose"
    assert (stance[0], other, stance[2]) not in found


def test_turning_down_a_thing_no_one_put_is_no_stance(extractor: Extractor) -> None:
    found = stance_triples(extractor, "Ana Ruiz turned down the volume of the radio.")
    assert not any(s == "Ana Ruiz" for s, _, _ in found)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Ana Ruiz took Tomas Berg to court.", ("Ana Ruiz", "oppose", "Tomas Berg")),
        ("Ana Ruiz rallied behind Tomas Berg.", ("Ana Ruiz", "support", "Tomas Berg")),
        ("Ana Ruiz poured scorn on Tomas Berg.", ("Ana Ruiz", "oppose", "Tomas Berg")),
        ("Ana Ruiz broke ranks with Tomas Berg.", ("Ana Ruiz", "oppose", "Tomas Berg")),
        ("Ana Ruiz cast doubt on Tomas Berg's claims.", ("Ana Ruiz", "oppose", "Tomas Berg")),
        ("Ana Ruiz heaped praise on Tomas Berg.", ("Ana Ruiz", "support", "Tomas Berg")),
        (
            "Ana Ruiz poured cold water on Tomas Berg's plan.",
            ("Ana Ruiz", "oppose", "Tomas Berg"),
        ),
    ],
)
def test_an_idiom_of_stance_is_a_stance(
    extractor: Extractor, text: str, stance: tuple[str, str, str]
) -> None:
    assert stance in stance_triples(extractor, text)


def test_an_idiom_aimed_at_no_actor_is_none(extractor: Extractor) -> None:
    text = "The Supreme Court broke ranks with tradition. Voters rallied behind the flag."
    assert stance_triples(extractor, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ivo Marek's fiercest critic, Maria Lopez, was arrested.", ("Maria Lopez", "oppose")),
        ("Marek's closest ally, Maria Lopez, was elected.", ("Maria Lopez", "support")),
    ],
)
def test_a_named_owner_of_a_relation_noun_is_the_other(
    extractor: Extractor, text: str, expected: tuple[str, str]
) -> None:
    found = stance_triples(extractor, "Ivo Marek won the vote.\n\n" + text)
    assert (*expected, "Ivo Marek") in found


@pytest.mark.parametrize(
    "text", ["Marek's lawyer, Maria Lopez, spoke.", "Maria Lopez, Marek's former ally, spoke."]
)
def test_no_relation_or_a_past_one_is_no_stance(extractor: Extractor, text: str) -> None:
    found = stance_triples(extractor, "Ivo Marek won the vote.\n\n" + text)
    assert not any(s == "Maria Lopez" and t == "Ivo Marek" for s, _, t in found)


@pytest.mark.parametrize(
    "text",
    [
        "The Egyptian government argued with Shoei Kisen Kaisha over the bill.",
        "Boeing complained to the Commerce Department that Shoei Kisen Kaisha sold ships below "
        "cost.",
        "Boeing complained about Shoei Kisen Kaisha's pricing.",
    ],
)
def test_an_argument_or_a_complaint_opposes_its_other(extractor: Extractor, text: str) -> None:
    found = stance_triples(extractor, text)
    assert any(p == "oppose" and t == "Shoei Kisen Kaisha" for _, p, t in found)


@pytest.mark.parametrize(
    "text",
    [
        "The Egyptian government argued with conviction that the bill was fair.",
        "Boeing did not complain about Shoei Kisen Kaisha.",
        "Boeing complained that the weather was bad.",
    ],
)
def test_no_argument_with_anyone_no_stance(extractor: Extractor, text: str) -> None:
    found = stance_triples(extractor, "Shoei Kisen Kaisha owns the ship.\n\n" + text)
    assert not any(t == "Shoei Kisen Kaisha" for _, _, t in found)
