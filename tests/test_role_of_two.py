"""A role two people are written with (sentences of our own): "the prime minister said" after
"Portuguese Prime Minister X complained ... of Spanish Prime Minister Y" is the one of them who
spoke or acted, X, and never a node "prime minister"; when both acted, nobody (issue 13.3)."""

from __future__ import annotations

from graph.extract import Extractor
from tests.said import said

TEXT = (
    "Portuguese Prime Minister Ana Costa complained on Friday about a summit called off at "
    "short notice by Spanish Prime Minister Luis Ortega.\n\n"
    '"Our neighbours deserve better than this," the prime minister said.'
)


def test_the_role_is_the_one_who_acted(extractor: Extractor) -> None:
    assert [name for name, _ in said(extractor, TEXT)] == ["Ana Costa"]
