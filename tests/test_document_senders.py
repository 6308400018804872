"""What a document says is its sender's (issue 13.1). Sentences are our own.

- "A statement from the union read: “...”": the parser may take "read" for a noun ("the union
  read"); the statement's sender still speaks, and the paragraphs after it go on.
- "a statement from the union (on the strike) saying ...": the sender, not the last speaker.
- "Acme sued Bolt ... The lawsuit said: “...”": court papers speak for who filed them.
"""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples
from tests.said import speakers


def test_a_statement_from_a_body_read_colon(extractor: Extractor) -> None:
    text = (
        "But the International Riders Union (IRU) and the anti-doping agency both appealed that "
        "decision to the court.\n\n"
        'A statement from the IRU read: "The IRU acknowledges the decision of the court to '
        'impose a ban on the rider."\n\n'
        '"However, the IRU has not derived any satisfaction from the ruling."\n\n'
        'IRU president Pat Quinn added: "This is a sad day for our sport."\n'
    )
    assert speakers(extractor, text) == [
        "International Riders Union",
        "International Riders Union",
        "Pat Quinn",
    ]


@pytest.mark.parametrize(
    "shown",
    [
        "a statement from the Dockers Union saying",
        "a statement from the Dockers Union on the strike saying",
    ],
)
def test_a_statement_from_a_body_saying(extractor: Extractor, shown: str) -> None:
    text = (
        "Workers gathered outside the port with signs. Union leader Harold Dunn said the strike "
        f"would go on. Workers showed {shown} that employers have refused to pay workers "
        "fairly.\n"
    )
    assert speakers(extractor, text) == ["Harold Dunn", "Dockers Union"]


@pytest.mark.parametrize(
    "sued", ["sued Bolt Ltd chief Dan Ross", "filed a lawsuit against Dan Ross"]
)
def test_a_lawsuit_speaks_for_who_filed_it(extractor: Extractor, sued: str) -> None:
    text = (
        f"Acme Corp {sued} on Tuesday for breaching the contract.\n\n"
        'The lawsuit said: "Ross apparently believes that he is free to change his mind."\n\n'
        'The lawsuit contended: "His conduct simply confirms that he wants to escape the '
        'contract."\n'
    )
    assert speakers(extractor, text) == ["Acme Corp", "Acme Corp"]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Halvor Foods sued Norvik Energy in February.\n\nNorvik's opening brief to the court "
            "says that the court lacks jurisdiction over the case.\n",
            ["Norvik Energy"],
        ),
        (
            "Halvor Foods sued Norvik Energy in February.\n\nIn its motion, Halvor Foods asked "
            "for a quick ruling. The motion says the delay harms its business.\n",
            ["Halvor Foods"],
        ),
    ],
)
def test_a_brief_or_motion_speaks_for_who_filed_it(
    extractor: Extractor, text: str, who: list[str]
) -> None:
    assert speakers(extractor, text) == who


def test_a_directive_is_no_person_just_named(extractor: Extractor) -> None:
    text = (
        "The union's president, Professor Ivo Marsh, spoke on Monday. The directive, signed "
        "by the labour minister, expressed displeasure over the Harbour Guild's strike."
    )
    found = stance_triples(extractor, text)
    assert not {s for s in found if s[0] == "Ivo Marsh"}
