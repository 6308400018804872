"""A judgement, a fraud or an interview told in reported speech, on sentences of our own.

- A fault of the vote done in someone's favour ("fraud was used in X's favour", "poll workers
  stuffed ballot boxes in X's favour") is held against X by whoever tells it
  (stance_phrases._rigged); denied, it defends X; a ruling in X's favour is still for X.
- A court's or a judge's ruling that a speaker reports is the court's act, not the speaker's
  stance: neither the rules (reported_acts.others_deed) nor the learned pair reader
  (reported_deeds) give it to the speaker; the speaker's own verdict on someone stays.
- The outlet of an interview takes no side (scene_mentions.interviewer).
- Near misses of the rules of this kind and of their neighbours keep their stance.
"""

from __future__ import annotations

import pytest

from graph.extract import Extractor
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
