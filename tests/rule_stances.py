"""What the stance rules alone find in a text of our own: ``(source, polarity, target)`` names."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article

__all__ = ["claim_stances", "rule_targets", "stance_triples"]


def rule_targets(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    """The actor-to-actor stances ``extractor`` finds in ``text``, by the actors' names."""
    x = extractor(Article("t", text))
    names = {a.id: a.name for a in x.actors}
    return {
        (names[s.source], s.polarity, names.get(s.target, s.target))
        for s in x.stances
        if s.target_kind == "actor"
    }


def stance_triples(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    """(source name, polarity, target name or claim id) of every stance found in ``text``."""
    x = extractor(Article("t", text))
    names = {a.id: a.name for a in x.actors}
    return {(names[s.source], s.polarity, names.get(s.target, s.target)) for s in x.stances}


def claim_stances(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    """(polarity, target: a claim's text or an actor's id) of every stance found in ``text``."""
    x = extractor(Article("t", text))
    labels = {c.id: c.text for c in x.claims}
    return {(s.polarity, labels.get(s.target, s.target)) for s in x.stances}
