"""One person under the parts of a long name: in an article, across articles, and at ingest.

Sentences are our own. A name of two surnames or a middle name is written whole once and in
part elsewhere ("Tomás Vidal Ortega", "Vidal Ortega", "Tomás Vidal", "Vidal"); every part is
that one person, and a stance resting on a quote keeps its quote when the speaker's spelling
is merged into an actor an earlier article named.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.cli import main
from graph.extract import Extractor
from graph.model import Actor, Article, Claim, Extraction, Quote, Stance
from graph.reconcile import reconcile


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(registry=())


def _people(extraction: Extraction) -> dict[str, tuple[str, ...]]:
    return {a.name: a.aliases for a in extraction.actors if a.type == "Person"}


@pytest.mark.parametrize(
    "text",
    [
        # the fuller name first, then its parts
        "Tomás Vidal Ortega won the vote, officials said on Monday. Vidal Ortega thanked "
        "voters. Tomás Vidal said he would govern for everyone. Vidal later left for the capital.",
        # a shorter name first, then the fuller one takes it over
        "Tomás Vidal thanked voters on Monday. Tomás Vidal Ortega said he would govern for "
        "everyone, and Vidal Ortega left for the capital.",
    ],
)
def test_parts_of_a_long_name_are_one_person(extractor: Extractor, text: str) -> None:
    people = _people(extractor(Article("a", text)))
    vidal = [name for name in people if "Vidal" in name]
    assert vidal == ["Tomás Vidal Ortega"], people


def test_two_people_sharing_a_word_stay_two(extractor: Extractor) -> None:
    text = "Ana Ruiz Soto met Pedro Ruiz on Friday. Ruiz Soto said the talks went well."
    people = _people(extractor(Article("c", text)))
    assert {"Ana Ruiz Soto", "Pedro Ruiz"} <= set(people), people


def test_reconcile_moves_what_rests_on_a_renamed_quote() -> None:
    text = "“We won,” said Marta Vidall. Marta Vidall backed the count."
    article = Article("d", text)
    typo = Actor("marta-vidall", "Marta Vidall", "Person", mentions=(article.span(17, 29),))
    quote = Quote("marta-vidall", article.span(1, 8), "direct")
    stance = Stance(
        "marta-vidall", "count", "claim", "support", article.span(30, 59), basis=quote.key
    )
    extraction = Extraction(
        article,
        actors=(typo,),
        quotes=(quote,),
        claims=(Claim("count", "the count"),),
        stances=(stance,),
    )
    known = Actor("marta-vidal", "Marta Vidal", "Person")
    merged = reconcile(extraction, {known.id: known})
    (new_quote,) = merged.quotes
    (new_stance,) = merged.stances
    assert new_quote.speaker == "marta-vidal"
    assert new_stance.source == "marta-vidal" and new_stance.basis == new_quote.key


def test_ingest_of_a_misspelt_speaker_with_a_stance_on_its_quote(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    first = tmp_path / "one.txt"
    first.write_text(
        "Opposition candidate Marta Vidal Ortega said on Monday she had won the election.\n",
        encoding="utf-8",
    )
    second = tmp_path / "two.txt"
    second.write_text(
        "“I won this election and I will defend every vote,” Marta Vidall Ortega said on "
        "Tuesday. Marta Vidall Ortega claimed victory in the election.\n",
        encoding="utf-8",
    )
    store = f"oxigraph:{tmp_path / 'store'}"
    args = ["--data", str(data), "--store", store]
    assert main([*args, "ingest", str(first)]) == 0
    assert main([*args, "ingest", str(second)]) == 0
    capsys.readouterr()
    assert main([*args, "who-said", "--actor", "Marta Vidal Ortega", "--format", "json"]) == 0
    said = capsys.readouterr().out
    assert "I won this election" in said and "she had won the election" in said
