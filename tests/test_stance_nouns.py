"""Stances from nouns and events: which phrase names the target or the agent (own sentences)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article
from tests.rule_stances import rule_targets, stance_triples


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(stances="rules")


def test_the_for_phrase_is_the_target_not_the_holders(extractor: Extractor) -> None:
    # "the support of X for Y": X holds the support, Y receives it; the parser may hang
    # "for Y" on X's conjunct.
    text = (
        'Opposition leader Laura Pérez said: "Jailing him will only increase the support of '
        'Bolivians and the world for Carlos Mesa."'
    )
    found = rule_targets(extractor, text)
    assert ("Laura Pérez", "support", "Carlos Mesa") in found
    assert ("Laura Pérez", "support", "Bolivians") not in found


def test_a_plain_for_phrase_still_names_the_target(extractor: Extractor) -> None:
    found = rule_targets(extractor, 'Laura Pérez said: "Our support for Carlos Mesa is total."')
    assert found == {("Laura Pérez", "support", "Carlos Mesa")}


def test_a_place_in_the_agent_phrase_is_no_agent() -> None:
    from graph.extract import extract

    x = extract(
        Article("t", "The activist Omar Haddad was shot dead by gunmen outside a mosque in Leeds.")
    )
    names = {a.id: a.name for a in x.actors}
    events = [e for e in x.events if e.type == "use_force"]
    assert events and all("Leeds" not in {names[a] for a in e.actors} for e in events)
    assert not any(names[s.source] == "Leeds" for s in x.stances)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norway's sharp criticism of Sweden dominated the summit on Tuesday.",
            ("Norway", "oppose", "Sweden"),
        ),
        (
            "Analysts noted Portugal's backing for Greece during the talks.",
            ("Portugal", "support", "Greece"),
        ),
        (
            'Laura Pérez said: "Chile\'s retaliation against Peru was a mistake."',
            ("Chile", "oppose", "Peru"),
        ),
    ],
)
def test_a_possessor_holds_the_stance_its_noun_names(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    found = rule_targets(extractor, text)
    assert expected in found
    # Reported by a speaker, the stance is still the possessor's, not the speaker's.
    assert not any(s == "Laura Pérez" and t == expected[2] for s, _, t in found)


def test_a_possessor_of_wrongdoing_or_feeling_holds_no_stance(extractor: Extractor) -> None:
    found = rule_targets(extractor, "Norway's concern for Sweden was plain, and so was its grief.")
    assert not {("Norway", "support", "Sweden"), ("Norway", "oppose", "Sweden")} & found


def test_an_event_does_not_overrule_a_negated_verb(extractor: Extractor) -> None:
    # The event reads "criticise" whatever the negation; the verb rule reads "did not".
    found = rule_targets(extractor, "Ines Maro did not criticise Tomas Bello on Friday.")
    assert ("Ines Maro", "oppose", "Tomas Bello") not in found
    found = rule_targets(extractor, "Ines Maro has not praised Tomas Bello this year.")
    assert ("Ines Maro", "support", "Tomas Bello") not in found
    # Unnegated, the event and the verb agree.
    found = rule_targets(extractor, "Ines Maro criticised Tomas Bello on Friday.")
    assert ("Ines Maro", "oppose", "Tomas Bello") in found


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


def test_a_clause_misread_on_a_stance_nouns_object_names_no_target(
    extractor: Extractor,
) -> None:
    text = "Maria Lopez's rejection of the results led to protests in the City of Lakemouth."
    found = stance_triples(extractor, text)
    assert not {s for s in found if s[0] == "Maria Lopez" and "Lakemouth" in s[2]}
    kept = "Maria Lopez's criticism of the Unity Party, which leads the coalition, was sharp."
    assert ("Maria Lopez", "oppose", "Unity Party") in stance_triples(extractor, kept)
