"""The curated annotation of the seed article: known answers, and one-line errors when broken."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import yaml

from graph.corpus import read_article
from graph.curated import EVENT_TYPES, load_annotation
from graph.errors import AnnotationError
from graph.model import Article, Extraction
from graph.registry import load_registry

DATA = Path(__file__).resolve().parents[1] / "data"
SEED_TEXT = DATA / "articles" / "00_seed.txt"
SEED_ANNOTATION = DATA / "annotations" / "00_seed.yaml"


@pytest.fixture(scope="module")
def article() -> Article:
    return read_article(SEED_TEXT)


@pytest.fixture(scope="module")
def registry():
    return load_registry(DATA / "actors.ttl")


@pytest.fixture(scope="module")
def seed(article, registry) -> tuple[Extraction, datetime]:
    return load_annotation(SEED_ANNOTATION, article, registry)


def broken(tmp_path: Path, change) -> Path:
    """A copy of the seed annotation with ``change`` applied to its parsed document."""
    doc = yaml.safe_load(SEED_ANNOTATION.read_text(encoding="utf-8"))
    change(doc)
    path = tmp_path / "broken.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    return path


def test_seed_article_metadata(article):
    assert article.id == "sknvibes-124624"
    assert article.outlet == "SKNVibes"
    assert article.published.iso == "2024-08-08"
    assert article.published.certainty == "inferred"
    assert "Wednesday 7 August 2024" in article.published.note


def test_seed_loads_as_curated_with_its_fixed_timestamp(seed):
    extraction, curated_on = seed
    assert extraction.method == "curated"
    assert curated_on == datetime(2026, 11, 28, 15, 45, tzinfo=UTC)
    assert (len(extraction.quotes), len(extraction.events), len(extraction.stances)) == (8, 12, 18)


def test_every_span_slices_back(seed, article):
    extraction, _ = seed
    spans = [q.span for q in extraction.quotes] + [e.span for e in extraction.events]
    spans += [s.span for s in extraction.stances]
    spans += [m for a in extraction.actors for m in a.mentions]
    assert spans
    for span in spans:
        assert article.text[span.start : span.end] == span.text


def test_miller_said_six_things_on_7_august(seed):
    extraction, _ = seed
    miller = [q for q in extraction.quotes if q.speaker == "matthew-miller"]
    assert len(miller) == 6
    assert sorted(q.kind for q in miller) == ["direct"] * 3 + ["indirect"] * 3
    for quote in miller:
        assert quote.said_on.value == date(2024, 8, 7)
        assert quote.said_on.certainty == "inferred"
        assert "briefing of Wednesday 7 August 2024" in quote.said_on.note
        assert quote.audience == "reporters"
    assert miller[0].text.startswith("We have made clear that he received the most votes")
    assert miller[0].cue == "told"


def test_earliest_dated_event_is_the_election(seed):
    extraction, _ = seed
    dated = sorted((e for e in extraction.events if e.date.known), key=lambda e: e.date.value)
    first = dated[0]
    assert (first.type, first.date.iso, first.date.certainty) == (
        "hold_election",
        "2024-07-28",
        "stated",
    )
    assert first.span.text == "the disputed general elections of July 28"
    assert first.actors == ("venezuela",)


def test_event_types_are_from_the_scheme(seed):
    extraction, _ = seed
    assert {e.type for e in extraction.events} <= set(EVENT_TYPES)
    arrest_order = next(e for e in extraction.events if e.type == "order_arrest")
    assert arrest_order.targets == ("edmundo-gonzalez-urrutia", "maria-corina-machado")


def test_claims_and_stances(seed):
    extraction, _ = seed
    by = {(s.source, s.polarity, s.target) for s in extraction.stances}
    assert ("united-states", "support", "edmundo-gonzalez-urrutia-won-the-election") in by
    assert ("national-electoral-council", "support", "nicolas-maduro-won-the-election") in by
    assert ("matthew-miller", "oppose", "nicolas-maduro-won-the-election") in by
    assert ("government-of-venezuela", "oppose", "venezuelan-opposition") in by
    assert ("maduro-allies", "support", "nicolas-maduro") in by
    proclaimed = next(s for s in extraction.stances if "proclaimed" in s.span.text)
    assert proclaimed.span.text == 'undermine confidence in the "proclaimed" victory'
    assert proclaimed.basis == next(
        q.key for q in extraction.quotes if q.text.startswith("such measures")
    )
    assert proclaimed.date.iso == "2024-08-07"  # taken from its basis
    assert (
        extraction.claim("nicolas-maduro-won-the-election").text == "Maduro won with 51 percent of the vote"
    )


def test_mentions_include_aliases_and_resolved_pronouns(seed):
    extraction, _ = seed
    gonzalez = extraction.actor("edmundo-gonzalez-urrutia")
    texts = [m.text for m in gonzalez.mentions]
    assert "he" in texts
    assert "the opposition candidate" in texts
    assert texts.count("González") == 3
    government = extraction.actor("government-of-venezuela")
    assert next(m.text for m in government.mentions) == "the Maduro government"
    # "Maduro" inside "the Maduro government" is the government's mention, not Maduro's
    maduro_starts = {m.start for m in extraction.actor("nicolas-maduro").mentions}
    inside = government.mentions[0]
    assert not any(inside.start <= s < inside.end for s in maduro_starts)
    # Miller speaks for the State Department, which therefore comes along
    assert extraction.actor("us-state-department").mentions == ()


def test_loading_twice_gives_equal_records(article, registry, seed):
    assert load_annotation(SEED_ANNOTATION, article, registry) == seed


# -- broken annotations: one line naming the file, the item and the problem -------------------


def assert_one_line(error: pytest.ExceptionInfo, path: Path, *parts: str) -> None:
    message = str(error.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: ")
    for part in parts:
        assert part in message, message


def test_text_not_in_article(tmp_path, article, registry):
    def change(doc):
        doc["statements"][2]["text"] = "We have never said anything"

    path = broken(tmp_path, change)
    with pytest.raises(AnnotationError) as info:
        load_annotation(path, article, registry)
    assert_one_line(
        info,
        path,
        "statements[2] (miller-most-votes)",
        "'We have never said anything'",
        "does not occur",
    )


def test_unknown_speaker(tmp_path, article, registry):
    def change(doc):
        doc["statements"][0]["speaker"] = "Gonzales"

    path = broken(tmp_path, change)
    with pytest.raises(AnnotationError) as info:
        load_annotation(path, article, registry)
    assert_one_line(
        info,
        path,
        "statements[0] (us-gonzalez-won) speaker",
        "'Gonzales' matches no actor; did you mean 'Edmundo González Urrutia'",
    )


def test_bad_date(tmp_path, article, registry):
    def change(doc):
        doc["events"][0]["date"] = "2024-07-32"

    path = broken(tmp_path, change)
    with pytest.raises(AnnotationError) as info:
        load_annotation(path, article, registry)
    assert_one_line(info, path, "events[0] (election) date", "'2024-07-32' is not a date")


def test_repeated_text_needs_after_or_occurrence(tmp_path, article, registry):
    def change(doc):
        del doc["mentions"][0]["after"]

    path = broken(tmp_path, change)
    with pytest.raises(AnnotationError) as info:
        load_annotation(path, article, registry)
    assert_one_line(info, path, "mentions[0]", "'he' occurs", "add after: or occurrence:")


def test_unknown_event_type_and_unknown_key(tmp_path, article, registry):
    path = broken(tmp_path, lambda doc: doc["events"][1].update(type="diplomatic_contact"))
    with pytest.raises(AnnotationError) as info:
        load_annotation(path, article, registry)
    assert_one_line(info, path, "events[1] (contact)", "'diplomatic_contact' is not one of")
    path = broken(tmp_path, lambda doc: doc["stances"][0].update(evidence="x"))
    with pytest.raises(AnnotationError) as info:
        load_annotation(path, article, registry)
    assert_one_line(info, path, "stances[0]", "unknown key 'evidence'")


def test_stance_on_unknown_claim_or_basis(tmp_path, article, registry):
    path = broken(tmp_path, lambda doc: doc["stances"][0].update(target="claim:nope"))
    with pytest.raises(AnnotationError) as info:
        load_annotation(path, article, registry)
    assert_one_line(info, path, "stances[0]", "target claim 'nope' is not in claims:")
    path = broken(tmp_path, lambda doc: doc["stances"][0].update(basis="nope"))
    with pytest.raises(AnnotationError) as info:
        load_annotation(path, article, registry)
    assert_one_line(info, path, "stances[0]", "basis 'nope' is no statement or event id")


def test_wrong_article(tmp_path, registry):
    other = Article("other-article", "Some other text.")
    with pytest.raises(AnnotationError) as info:
        load_annotation(SEED_ANNOTATION, other, registry)
    assert_one_line(info, SEED_ANNOTATION, "article", "'other-article'")


def test_not_yaml(tmp_path, article, registry):
    path = tmp_path / "bad.yaml"
    path.write_text("article: x\nstatements: [\n", encoding="utf-8")
    with pytest.raises(AnnotationError) as info:
        load_annotation(path, article, registry)
    assert_one_line(info, path, "not valid YAML at line")


def test_local_actor_section(tmp_path, article, registry):
    def change(doc):
        doc["actors"] = [
            {"name": "SKNVibes newsroom", "type": "Organization", "aliases": ["the newsroom"]}
        ]
        doc["stances"].append(
            {
                "source": "the newsroom",
                "target": "Venezuelan opposition",
                "polarity": "support",
                "text": "Miller expressed sympathy",
            }
        )

    extraction, _ = load_annotation(broken(tmp_path, change), article, registry)
    assert extraction.actor("sknvibes-newsroom").type == "Organization"
    assert extraction.stances[-1].source == "sknvibes-newsroom"


def test_local_actor_may_not_shadow_the_registry(tmp_path, article, registry):
    path = broken(
        tmp_path, lambda doc: doc.update(actors=[{"name": "Matthew Miller", "type": "Person"}])
    )
    with pytest.raises(AnnotationError) as info:
        load_annotation(path, article, registry)
    assert_one_line(info, path, "actors[0]", "already in the actor registry")
