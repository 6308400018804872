"""A reporter holds no learned stance on the one a third actor acts on in what they report."""

from __future__ import annotations

from graph.extract import Extractor
from graph.extract.contract import to_contract
from graph.model import Article


def _edges(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    out = to_contract(extractor(Article("t", text)))
    return {(s["source"], s["target"], s["polarity"]) for s in out["stances"]}


def test_the_reported_clauses_subject_holds_the_stance_not_the_reporter(
    extractor: Extractor,
) -> None:
    edges = _edges(
        extractor,
        "Marta Veliz said on Tuesday that the Harbour Workers Union had condemned the Port "
        "Authority of Lisbon for the layoffs.",
    )
    assert not any(s == "Marta Veliz" and "Port Authority" in t for s, t, _ in edges)


def test_the_reporters_own_stance_stays(extractor: Extractor) -> None:
    edges = _edges(
        extractor,
        "Senator Paul Ardent condemned Governor Lisa Crane on Monday for the closures.",
    )
    assert ("Paul Ardent", "Lisa Crane", "oppose") in edges
