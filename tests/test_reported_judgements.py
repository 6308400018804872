"""A judgement or a fraud told in reported speech, on sentences of our own.

- A fault of the vote done in someone's favour ("fraud was used in X's favour", "poll workers
  stuffed ballot boxes in X's favour") is held against X by whoever tells it
  (stance_phrases._rigged); a ruling in X's favour is still for X.
- A court's or a judge's ruling that a speaker reports is the court's act, not the speaker's
  stance: neither the rules (reported_acts.others_act) nor the learned pair reader
  (reported_deeds) give it to the speaker; the speaker's own verdict on someone stays.
"""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article
from tests.rule_stances import stance_triples


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(registry=())


@pytest.mark.parametrize(
    "text",
    [
        "Lena Dahl claimed that widespread fraud was used in Ivo Marsh's favour.",
        "Lena Dahl said irregularities were committed in favour of Ivo Marsh.",
        "Lena Dahl has claimed a wide range of electoral fraud was used in Ivo Marsh's favour.",
        "Lena Dahl charged that poll workers planned to stuff ballot boxes in Ivo Marsh's favour.",
    ],
)
def test_a_fraud_done_in_someones_favour_is_held_against_them(
    extractor: Extractor, text: str
) -> None:
    found = stance_triples(extractor, text)
    assert ("Lena Dahl", "oppose", "Ivo Marsh") in found
    assert ("Lena Dahl", "support", "Ivo Marsh") not in found


def test_a_ruling_in_someones_favour_is_still_for_them(extractor: Extractor) -> None:
    text = "Judge Ivo Marsh ruled in favour of Lena Dahl on Monday."
    assert ("Ivo Marsh", "support", "Lena Dahl") in stance_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Lena Dahl said the judge ruled in favour of Ivo Marsh.",
        "Lena Dahl said the court had ruled against Ivo Marsh.",
        '"The tribunal has upheld the ban on Ivo Marsh," Lena Dahl said.',
    ],
)
def test_a_reported_ruling_is_not_the_speakers_stance(extractor: Extractor, text: str) -> None:
    assert not {s for s in stance_triples(extractor, text) if s[0] == "Lena Dahl"}


def test_the_speakers_own_verdict_in_reported_speech_stays(extractor: Extractor) -> None:
    text = "Lena Dahl said Ivo Marsh had lied to voters about the budget."
    assert ("Lena Dahl", "oppose", "Ivo Marsh") in stance_triples(extractor, text)


def test_the_outlet_of_an_interview_takes_no_side(extractor: Extractor) -> None:
    text = "In an interview with the Daily Globe, Lena Dahl praised Ivo Marsh."
    found = stance_triples(extractor, text)
    assert ("Lena Dahl", "support", "Ivo Marsh") in found
    assert not {s for s in found if "Globe" in s[0] or "Globe" in s[2]}


def test_rejecting_an_accusation_told_in_a_that_clause_defends_its_accused(
    extractor: Extractor,
) -> None:
    text = "The Harbour Guild rejected accusations that Ivo Marsh had lied to the inspectors."
    found = stance_triples(extractor, text)
    assert ("Harbour Guild", "support", "Ivo Marsh") in found
    assert ("Harbour Guild", "oppose", "Ivo Marsh") not in found


def test_the_accuser_in_a_relative_clause_is_not_the_accused(extractor: Extractor) -> None:
    text = "Ivo Marsh rejected the accusations that Lena Dahl made against the Harbour Guild."
    assert ("Ivo Marsh", "support", "Lena Dahl") not in stance_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Marsh rejected accusations that the Harbour Guild had rigged the vote.",
        "Ivo Marsh rejected the accusations that Lena Dahl levelled against the Harbour Guild.",
    ],
)
def test_no_learned_stance_against_the_one_a_denied_accusation_charges(
    extractor: Extractor, text: str
) -> None:
    assert ("Ivo Marsh", "oppose", "Harbour Guild") not in stance_triples(extractor, text)


def test_rejecting_someones_accusations_still_opposes_the_accuser(extractor: Extractor) -> None:
    text = "Ivo Marsh rejected Lena Dahl's accusations."
    assert ("Ivo Marsh", "oppose", "Lena Dahl") in stance_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # a stance noun under a negated verb is nobody's stance
        '"This ruling does not represent an endorsement of Lena Dahl," said Ivo Marsh.',
        "Ivo Marsh did not comment on the crackdown by the Harbour Guild.",
        # backing a thing is said to give is the thing's, not the speaker's
        '"The ruling is an endorsement of Lena Dahl," said Ivo Marsh.',
    ],
)
def test_a_quoted_stance_noun_negated_or_said_of_a_thing_is_not_the_speakers(
    extractor: Extractor, text: str
) -> None:
    assert not {s for s in stance_triples(extractor, text) if s[0] == "Ivo Marsh"}


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            '"We have full support for Maria Lopez," said Ivo Marsh.',
            ("Ivo Marsh", "support", "Maria Lopez"),
        ),
        (
            '"Any such move by Lena Dahl is a violation of our rules," said Ivo Marsh.',
            ("Ivo Marsh", "oppose", "Lena Dahl"),
        ),
    ],
)
def test_a_quoted_stance_noun_of_the_speakers_own_stays(
    extractor: Extractor, text: str, stance: tuple[str, str, str]
) -> None:
    assert stance in stance_triples(extractor, text)


def test_a_feeling_about_what_one_learned_is_about_its_doer(extractor: Extractor) -> None:
    found = stance_triples(
        extractor, "Chile was very alarmed to learn that Peru had arrested Maria Lopez."
    )
    assert ("Chile", "oppose", "Peru") in found
    pleased = "Chile was pleased to hear that Peru had signed the trade deal."
    assert ("Chile", "support", "Peru") in stance_triples(extractor, pleased)
    # the one a passive clause tells of underwent it: no feeling against them
    passive = "Chile was alarmed to learn that Maria Lopez had been arrested."
    assert ("Chile", "oppose", "Maria Lopez") not in stance_triples(extractor, passive)


def test_a_feeling_told_of_another_is_no_stance_of_the_teller_on_them(
    extractor: Extractor,
) -> None:
    text = "Ivo Marsh tweeted on Thursday that Chile was very alarmed to learn Peru had arrested Maria Lopez."
    found = stance_triples(extractor, text)
    assert ("Ivo Marsh", "oppose", "Chile") not in found
    assert ("Chile", "oppose", "Peru") in found


@pytest.mark.parametrize(
    ("text", "teller", "feeler"),
    [
        ("Ivo Marsh said Chile was deeply disappointed by the ruling.", "Ivo Marsh", "Chile"),
        ("Maria Lopez said Peru was angry about the new tariffs.", "Maria Lopez", "Peru"),
        (
            "Ivo Marsh told reporters that Chile was very concerned about the arrests.",
            "Ivo Marsh",
            "Chile",
        ),
    ],
)
def test_no_learned_stance_on_the_one_whose_feeling_is_told(
    extractor: Extractor, text: str, teller: str, feeler: str
) -> None:
    assert (teller, "oppose", feeler) not in stance_triples(extractor, text)


def test_a_clause_misread_on_a_stance_nouns_object_names_no_target(
    extractor: Extractor,
) -> None:
    text = "Maria Lopez's rejection of the results led to protests in the City of Lakemouth."
    found = stance_triples(extractor, text)
    assert not {s for s in found if s[0] == "Maria Lopez" and "Lakemouth" in s[2]}
    kept = "Maria Lopez's criticism of the Unity Party, which leads the coalition, was sharp."
    assert ("Maria Lopez", "oppose", "Unity Party") in stance_triples(extractor, kept)


def test_a_directive_is_no_person_just_named(extractor: Extractor) -> None:
    text = (
        "The union's president, Professor Ivo Marsh, spoke on Monday. The directive, signed "
        "by the labour minister, expressed displeasure over the Harbour Guild's strike."
    )
    found = stance_triples(extractor, text)
    assert not {s for s in found if s[0] == "Ivo Marsh"}


def test_a_scornful_deed_denied_names_no_doer_to_oppose(extractor: Extractor) -> None:
    text = (
        "The Supreme Court of Ruritania upheld the result. Five judges to two ruled that Mr Ivo "
        "Marsh did not commit illegal practices either personally or through his agents."
    )
    found = stance_triples(extractor, text)
    assert not {s for s in found if s[2] == "Ivo Marsh" and s[1] == "oppose"}
    done = "Maria Lopez said Ivo Marsh had made an unfair and illegal offer to the workers."
    assert ("Maria Lopez", "oppose", "Ivo Marsh") in stance_triples(extractor, done)


def test_a_claim_denied_is_no_charge_to_defend(extractor: Extractor) -> None:
    text = "The Unity Party rejected claims that Maria Lopez had won the election."
    assert ("Unity Party", "oppose", "Maria Lopez") in stance_triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a denial of the fraud defends the one it would have favoured
        (
            "Maria Lopez said no fraud was used in Tom Bell's favour.",
            ("Maria Lopez", "support", "Tom Bell"),
        ),
        (
            "Maria Lopez denied that fraud was used in Tom Bell's favour.",
            ("Maria Lopez", "support", "Tom Bell"),
        ),
        # a withdrawal denied, a comparison and the speaker's own body keep the backing
        (
            '"We will not withdraw our support for Tom Bell," said Maria Lopez.',
            ("Maria Lopez", "support", "Tom Bell"),
        ),
        (
            '"Our support for Tom Bell has never been stronger," said Maria Lopez.',
            ("Maria Lopez", "support", "Tom Bell"),
        ),
        (
            '"My government offers its full support for Tom Bell," said Maria Lopez.',
            ("Maria Lopez", "support", "Tom Bell"),
        ),
        # a participle's doer is in the noun's phrase
        (
            '"We express our condemnation of the violence carried out by Peru," said Maria Lopez.',
            ("Maria Lopez", "oppose", "Peru"),
        ),
        # the speaker's own government's support is hers; a rival one runs against is no side
        (
            "Maria Lopez said her government would always support Tom Bell.",
            ("Maria Lopez", "support", "Tom Bell"),
        ),
        (
            "Maria Lopez, who was mayor for ten years and runs against Tom Bell, said he had failed the country.",
            ("Maria Lopez", "oppose", "Tom Bell"),
        ),
    ],
)
def test_near_misses_of_the_new_rules_keep_their_stance(
    extractor: Extractor, text: str, kept: tuple[str, str, str]
) -> None:
    assert kept in stance_triples(extractor, text)


def test_what_one_learned_someone_underwent_is_no_deed_of_theirs(extractor: Extractor) -> None:
    text = "Chile was alarmed to learn that Maria Lopez had died in a Peruvian prison."
    assert ("Chile", "oppose", "Maria Lopez") not in stance_triples(extractor, text)


def test_his_government_of_the_countrys_own_head_is_that_countrys(extractor: Extractor) -> None:
    text = (
        "Peruvian President Tom Bell said his government strongly condemned Chile. "
        "The Peruvian government also recalled its ambassador from Santiago."
    )
    x = extractor(Article("t", text))
    assert "Peruvian government" in {a.name for a in x.actors}
    assert "Tom Bell's government" not in {a.name for a in x.actors}


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # an accuser's relative clause: the accuser is opposed, not defended
        (
            "Tom Bell rejected the accusations that Maria Lopez spread on social media.",
            ("Tom Bell", "oppose", "Maria Lopez"),
        ),
        # a charge with a tense or an object of its own defends the one it charges
        (
            "Tom Bell rejected accusations that Maria Lopez had made up the figures.",
            ("Tom Bell", "support", "Maria Lopez"),
        ),
        (
            "Tom Bell rejected accusations that Peru had plotted against Chile.",
            ("Tom Bell", "support", "Peru"),
        ),
    ],
)
def test_an_accusations_own_clause_or_its_makers(
    extractor: Extractor, text: str, stance: tuple[str, str, str]
) -> None:
    assert stance in stance_triples(extractor, text)
