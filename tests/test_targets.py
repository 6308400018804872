"""Targets resolved like speakers: pronouns, office holders, counterparts (own sentences)."""

from __future__ import annotations

from graph.extract import Extractor
from graph.extract.contract import to_contract
from graph.model import Article


def mentioned(extractor: Extractor, text: str, words: str) -> str | None:
    """The actor whose mentions include the first occurrence of ``words``."""
    start = text.index(words)
    for actor in to_contract(extractor(Article("t", text)))["actors"]:
        if any(s <= start < e for s, e in actor["mentions"]):
            return actor["name"]
    return None


def test_counterpart_is_the_person_written_with_that_country(extractor: Extractor) -> None:
    text = (
        "Bolivian President Ana Rojas won a second term on Sunday.\n"
        "Peruvian President Luis Campos called his Bolivian counterpart on Monday."
    )
    assert mentioned(extractor, text, "his Bolivian counterpart") == "Ana Rojas"


def test_object_pronoun_outside_quotes(extractor: Extractor) -> None:
    text = "Senator Anna Keller lost the vote on Sunday. Her rival Tomas Berg later praised her."
    assert mentioned(extractor, text, "her.") == "Anna Keller"


def test_pronoun_inside_quotes_is_left_to_the_rules(extractor: Extractor) -> None:
    text = "“We will never support him,” said Marta Vidal about Tomas Berg."
    assert mentioned(extractor, text, "him") is None


def test_the_president_is_the_person_written_as_president(extractor: Extractor) -> None:
    text = (
        "President Ilse Marquez addressed parliament on Tuesday.\n"
        "Opposition lawmaker Dario Fuentes sharply criticised the president afterwards."
    )
    assert mentioned(extractor, text, "the president") == "Ilse Marquez"


def test_subject_pronoun_outside_quotes(extractor: Extractor) -> None:
    text = "Senator Tomas Berg met farmers on Friday. He then criticised the new tariffs."
    assert mentioned(extractor, text, "He then") == "Tomas Berg"


def test_coordinated_targets() -> None:
    from graph.extract.actors import ActorTable
    from graph.extract.nlp import load_pipeline
    from graph.extract.targets import coordinated

    text = "Lena Varga praised the leaders of Bolivia and Ecuador on Monday."
    doc = load_pipeline().nlp(text)
    table = ActorTable(text)
    for ent in doc.ents:
        table.add_entity(ent.start_char, ent.end_char, ent.label_)
    obj = next(t for t in doc if t.dep_ == "dobj")
    assert [table.draft(k).name for k in coordinated(obj, table)] == ["Bolivia", "Ecuador"]
