"""Bare collectives ("officials", "the regime") may speak, but are never a stance node (own sentences)."""

from __future__ import annotations

from graph.extract import Extractor
from graph.extract.contract import to_contract
from graph.model import Article


def test_officials_keep_their_quote(extractor: Extractor) -> None:
    text = '"The bridge will reopen in spring," officials said on the river port\'s website.'
    out = to_contract(extractor(Article("t", text)))
    speakers = {q["speaker"] for q in out["quotes"]}
    assert speakers and all("official" in s.lower() for s in speakers)


def test_no_stance_to_or_from_a_bare_collective(extractor: Extractor) -> None:
    text = (
        "Officials condemned Marta Quill for the leak. "
        "Marta Quill criticised the officials over the delay."
    )
    result = extractor(Article("t", text))
    ends = {s.source for s in result.stances} | {s.target for s in result.stances}
    names = {a.id: a.name for a in result.actors}
    assert not any("official" in names.get(e, e).lower() for e in ends)
    for event in result.events:
        assert not any("official" in names.get(p, p).lower() for p in event.participants)


def test_an_event_of_a_bare_collective_alone_is_dropped(extractor: Extractor) -> None:
    """With its only participant gone, an event would break SHACL (no agent, no target)."""
    text = (
        "Officials protested outside the ministry on Monday. "
        "Officials consulted residents about the new bridge. "
        "Officials arrested two men near the harbour."
    )
    result = extractor(Article("t", text))
    assert all(e.actors or e.targets for e in result.events)
    keys = {e.key for e in result.events} | {q.key for q in result.quotes}
    assert all(s.basis is None or s.basis in keys for s in result.stances)
