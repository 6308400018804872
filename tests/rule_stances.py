"""What the stance rules alone find in a text of our own: ``(source, polarity, target)`` names."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article

__all__ = ["rule_targets", "stance_triples"]


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
