"""A body the model tags with its country written first ("the U.S. Securities and Exchange
Commission", "the UK Competition and Markets Authority") is that body, not the country: the
country's name inside it had taken the mention and dropped the body (so its suit was the
country's). Its acronym without the country ("SEC") is the same body, written before or after.
Sentences are our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.extract import Extractor
from graph.model import Article
from graph.registry import load_registry


def actors(extractor: Extractor, text: str) -> dict[str, str]:
    return {a.name: a.type for a in extractor(Article("t", text)).actors}


@pytest.mark.parametrize(
    ("body", "acronym"),
    [
        ("U.S. Securities and Exchange Commission", "SEC"),
        ("U.S. Food and Drug Administration", "FDA"),
        ("U.S. Federal Trade Commission", "FTC"),
    ],
)
def test_a_body_written_with_its_country_first_is_the_body(
    extractor: Extractor, body: str, acronym: str
) -> None:
    text = (
        f"The {body} on Monday sued Harlow Brands, accusing the firm of misleading buyers.\n\n"
        f"The lawsuit is the {acronym}'s second this year against a large retailer."
    )
    found = actors(extractor, text)
    assert body in found and acronym not in found
    assert "United States" not in found  # the country is only part of the body's name
    result = extractor(Article("t", text))
    names = {a.id: a.name for a in result.actors}
    sources = {names[s.source] for s in result.stances}
    assert sources == {body}


def test_the_acronym_before_the_full_name_is_the_same_body(extractor: Extractor) -> None:
    text = (
        "The SEC opened an inquiry into Harlow Brands on Monday.\n\n"
        "The U.S. Securities and Exchange Commission said the firm had misled investors."
    )
    found = actors(extractor, text)
    assert "SEC" not in found and "U.S. Securities and Exchange Commission" in found


def test_the_country_named_on_its_own_stays(extractor: Extractor) -> None:
    text = (
        "The U.S. Securities and Exchange Commission sued Harlow Brands on Monday.\n\n"
        "The United States has long pressed the firm to open its books."
    )
    found = actors(extractor, text)
    assert "United States" in found and "U.S. Securities and Exchange Commission" in found


def test_a_newspaper_named_after_a_capital_is_no_country(extractor: Extractor) -> None:
    # "Washington" is a name of the United States; "The Washington Post" says something itself.
    text = "The Washington Post said on Sunday that the network could not be trusted."
    result = extractor(Article("t", text))
    names = {a.id: a.name for a in result.actors}
    assert "Washington Post" in names.values() and "United States" not in names.values()
    assert [names[q.speaker] for q in result.quotes] == ["Washington Post"]


def test_a_countrys_adjective_gives_no_shorter_acronym(extractor: Extractor) -> None:
    text = (
        "The German Football Association said it backed the ban.\n\n"
        "The FA, which runs English football, said it would appeal."
    )
    result = extractor(Article("t", text))
    names = {a.id: a.name for a in result.actors}
    assert len({names[q.speaker] for q in result.quotes}) == 2


def test_the_countrys_government_stays_the_countrys() -> None:
    # With the registry, "U.S." is the United States: "Government" after it is no body's name.
    registry = load_registry(Path(__file__).parents[1] / "data" / "actors.ttl")
    text = "The U.S. Government said on Monday that the sanctions would stay."
    result = Extractor(registry)(Article("t", text))
    names = {a.name for a in result.actors}
    assert "U.S. Government" not in names and "United States" in names
