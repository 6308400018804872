"""The query facade on the seed graph: known answers from the curated annotation, the same rows
from every backend, provenance that slices back, and hostile input that changes nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.errors import AmbiguousActor, GraphError, InputError, UnknownActor
from graph.model import Actor
from graph.queries import Queries
from graph.store import Store
from tests.conftest import REPO
from tests.known_graph import Said, store_of

ANNOTATION = yaml.safe_load((REPO / "data/annotations/00_seed.yaml").read_text(encoding="utf-8"))
MILLER = "Matthew Miller"


def _texts_by(speaker: str) -> set[str]:
    return {s["text"] for s in ANNOTATION["statements"] if s["speaker"] == speaker}


@pytest.fixture(scope="module")
def q(memory_store: Store) -> Queries:
    return Queries(memory_store)


# -- known answers ---------------------------------------------------------------------------
def test_who_said_miller_gives_every_statement_of_his(q: Queries) -> None:
    rows = q.who_said(actor="Miller")
    assert {r.text for r in rows} == _texts_by(MILLER)
    assert {(r.speaker, r.said_on, r.date_certainty) for r in rows} == {
        (MILLER, date(2024, 8, 7), "inferred")
    }


def test_who_said_by_kind(q: Queries) -> None:
    direct = q.who_said(actor="Miller", kind="direct")
    expected = {
        s["text"]
        for s in ANNOTATION["statements"]
        if s["speaker"] == MILLER and s["kind"] == "direct"
    }
    assert {r.text for r in direct} == expected
    with pytest.raises(InputError, match="direct, indirect"):
        q.who_said(kind="quoted")


def test_accents_are_optional_in_names(q: Queries) -> None:
    assert q.resolve_actor("Gonzalez").name == "Edmundo González Urrutia"
    assert q.resolve_actor("edmundo GONZÁLEZ").id == "edmundo-gonzalez-urrutia"
    assert q.actor("Gonzalez").name == "Edmundo González Urrutia"


def test_unknown_names_suggest_and_ambiguous_names_list(q: Queries) -> None:
    with pytest.raises(UnknownActor, match="did you mean"):
        q.who_said(actor="Gonzales")
    try:
        q.resolve_actor("Venezuela")
    except AmbiguousActor as exc:
        assert len(exc.candidates) > 1


def test_statements_about_gonzalez_include_millers(q: Queries) -> None:
    for about in ("González", "gonzalez"):
        rows = q.who_said(about=about)
        assert MILLER in {r.speaker for r in rows}
        assert any("received the most votes" in r.text for r in rows)


def test_about_free_text_and_search_ignore_case_and_accents(q: Queries) -> None:
    found = q.search("PROCLAIMED")
    assert [r.speaker for r in found] == [MILLER]
    assert q.who_said(about="proclaimed") == found
    assert q.search("no such words anywhere") == []


def test_timeline_starts_with_the_election_and_ends_with_undated(q: Queries) -> None:
    rows = q.timeline()
    assert (rows[0].date, rows[0].type, rows[0].kind) == (date(2024, 7, 28), "hold_election", "event")
    dates = [r.date for r in rows]
    dated = [d for d in dates if d is not None]
    assert dated == sorted(dated)
    assert dates == dated + [None] * (len(dates) - len(dated))  # undated last
    assert q.timeline() == rows  # a stable order
    assert len(rows) == len(ANNOTATION["statements"]) + len(ANNOTATION["events"])


def test_timeline_for_an_actor_and_types(q: Queries) -> None:
    rows = q.timeline(actors=["Gonzalez"])
    assert rows and all("Edmundo González Urrutia" in r.actors for r in rows)
    elections = q.timeline(types=["hold_election"])
    assert [r.type for r in elections] == ["hold_election"]
    assert {r.kind for r in q.timeline(types=["statement"])} == {"statement"}
    with pytest.raises(InputError, match="unknown type 'elections'"):
        q.timeline(types=["elections"])


def test_date_filters_are_inclusive_at_both_ends(q: Queries) -> None:
    day = date(2024, 8, 7)
    assert {r.text for r in q.who_said(between=(day, day))} == _texts_by(MILLER)
    assert q.who_said(actor="Miller", between=(None, date(2024, 8, 6))) == []
    assert q.who_said(actor="Miller", between=(date(2024, 8, 8), None)) == []
    election = q.timeline(between=(date(2024, 7, 28), date(2024, 7, 28)))
    assert [r.type for r in election] == ["hold_election"]
    with pytest.raises(InputError, match="after it ends"):
        q.timeline(between=(date(2024, 8, 2), date(2024, 8, 1)))


def test_the_contested_claim_shows_both_sides(q: Queries) -> None:
    contested = {c.id: c for c in q.claims(contested_only=True)}
    claim = contested["nicolas-maduro-won-the-election"]
    assert "National Electoral Council" in {p.actor for p in claim.asserted_by}
    assert MILLER in {p.actor for p in claim.disputed_by}
    assert all(c.asserted_by and c.disputed_by for c in contested.values())
    every = {c.id for c in q.claims()}
    assert every == {c["id"] for c in ANNOTATION["claims"]}
    most_votes = next(c for c in q.claims() if c.id == "edmundo-gonzalez-urrutia-won-the-election")
    assert {"United States", MILLER} <= {p.actor for p in most_votes.asserted_by}


def test_stances_by_source_target_and_as_of(q: Queries) -> None:
    millers = q.stances(actor="Miller")
    expected = [s for s in ANNOTATION["stances"] if s["source"] == MILLER]
    assert len(millers) == len(expected)
    assert all(s.sign == (1 if s.polarity == "support" else -1) for s in millers)
    on_claim = q.stances(target="51 percent")
    assert {s.target_id for s in on_claim} == {"nicolas-maduro-won-the-election"}
    assert {s.source for s in on_claim} >= {"National Electoral Council", MILLER}
    assert q.stances(actor="Miller", as_of=date(2024, 8, 6)) == []
    assert q.stances(actor="Miller", as_of=date(2024, 8, 7))


def test_as_of_gives_the_latest_stance_of_each_source_on_each_target() -> None:
    actors = (
        Actor("us", "United States", "Country"),
        Actor("gov", "Venezuelan government", "GovernmentBody"),
        Actor("opp", "Venezuelan opposition", "Group"),
    )
    turned = Queries(
        store_of(
            [
                Said("us", "gov", 1, "2024-07-20"),  # the US backs the government, then turns
                Said("us", "gov", -1, "2024-07-25"),
                Said("us", "gov", -1, "2024-07-25"),  # twice that day: the later one stands
                Said("us", "opp", 1, "2024-07-21"),
                Said("us", "opp", -1, "2024-07-30"),  # after the day asked about
                Said("gov", "opp", -1, None),  # undated: never "as of" a day
            ],
            actors,
        )
    )
    before = turned.stances(as_of=date(2024, 7, 24))
    assert [(s.source_id, s.target_id, s.sign) for s in before] == [
        ("us", "gov", 1),
        ("us", "opp", 1),
    ]
    after = turned.stances(actor="United States", as_of=date(2024, 7, 26))
    assert [(s.target_id, s.sign, s.date) for s in after] == [
        ("opp", 1, date(2024, 7, 21)),
        ("gov", -1, date(2024, 7, 25)),
    ]
    same_day = [s for s in turned.stances() if s.date == date(2024, 7, 25)]
    assert after[1] == max(same_day, key=lambda s: s.start)
    assert len(turned.stances()) == 6


def test_actor_profile_counts(q: Queries) -> None:
    miller = q.actor("Miller")
    assert miller.statements == len(_texts_by(MILLER))
    assert miller.stances == len([s for s in ANNOTATION["stances"] if s["source"] == MILLER])
    assert (miller.first_seen, miller.last_seen) == (date(2024, 8, 7), date(2024, 8, 7))
    assert "Maduro won with 51 percent of the vote" in {r.name for r in miller.opposes}
    assert "González received the most votes" in {r.name for r in miller.supports}
    names = [a.name for a in q.actors()]
    assert MILLER in names and "Edmundo González Urrutia" in names


def test_provenance_slices_back_to_the_article(q: Queries) -> None:
    for row in q.who_said():
        article = q.article(row.article)
        assert article.text[row.start : row.end] == row.exact
    for stance in q.stances():
        assert q.article(stance.article).text[stance.start : stance.end] == stance.evidence
    for item in q.timeline():
        assert item.text in q.article(item.article).text
    seed = q.article("sknvibes-124624")
    assert (seed.published.value, seed.published.certainty) == (date(2024, 8, 8), "inferred")


def test_unknown_articles_are_input_errors(q: Queries) -> None:
    for bad in ("nope", "x> } DROP ALL #", "", "../etc/passwd"):
        with pytest.raises(InputError, match="no article"):
            q.article(bad)


# -- every backend, the same rows ------------------------------------------------------------
def test_every_facade_question_answers_alike_in_every_backend(
    store: Store, memory_store: Store
) -> None:
    here, there = Queries(store), Queries(memory_store)
    questions = [
        lambda x: x.who_said(),
        lambda x: x.who_said(actor="Miller"),
        lambda x: x.who_said(about="González"),
        lambda x: x.timeline(),
        lambda x: x.timeline(actors=["Maduro"]),
        lambda x: x.stances(),
        lambda x: x.stances(target="51 percent", as_of=date(2024, 8, 8)),
        lambda x: x.claims(),
        lambda x: x.actor("Miller"),
        lambda x: x.actors(),
        lambda x: x.search("votes"),
        lambda x: x.article("sknvibes-124624"),
        lambda x: x.event_types(),
    ]
    for ask in questions:
        assert ask(here) == ask(there)


# -- hostile input ---------------------------------------------------------------------------
HOSTILE = [
    'Miller" } ; DROP ALL ; #',
    "}",
    '"""',
    "SELECT * WHERE { ?s ?p ?o }",
    "line\nbreak",
    "<http://example.org/>",
    "\\u0022",
    "?speaker",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_finds_nothing_or_fails_cleanly(q: Queries, text: str) -> None:
    size = len(q.store)
    for ask in (
        lambda: q.who_said(actor=text),
        lambda: q.timeline(actors=[text]),
        lambda: q.stances(actor=text),
        lambda: q.stances(target=text),
        lambda: q.actor(text),
    ):
        with pytest.raises(GraphError):
            ask()
    assert q.who_said(about=text) == []
    assert q.search(text) == []
    assert len(q.store) == size


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=40))
def test_any_text_gives_rows_or_a_graph_error(q: Queries, text: str) -> None:
    size = len(q.store)
    for ask in (
        lambda: q.who_said(actor=text),
        lambda: q.who_said(about=text),
        lambda: q.search(text),
        lambda: q.stances(target=text),
    ):
        try:
            rows = ask()
        except GraphError:
            continue
        assert isinstance(rows, list)
    assert len(q.store) == size


def test_module_paths_exist() -> None:
    assert Path(REPO / "graph/sparql/statements.rq").exists()


def test_a_slow_sparql_query_times_out_and_stops(memory_store: Store) -> None:
    import threading
    import time

    from graph.errors import QueryError
    from graph.queries import run_sparql

    heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    started = time.monotonic()
    with pytest.raises(QueryError, match=r"ran longer than 0\.3 s"):
        run_sparql(memory_store, heavy, limit=10, timeout=0.3)
    assert time.monotonic() - started < 3
    time.sleep(0.2)
    assert not [t for t in threading.enumerate() if t.name == "stancegraph-sparql"]
    assert run_sparql(memory_store, "ASK { ?s ?p ?o }", limit=1, timeout=5).rows == (
        {"ask": "true"},
    )


def test_who_said_for_an_actor_includes_its_spokespeople(q: Queries) -> None:
    miller = q.resolve_actor("Miller")
    assert miller.speaks_for is not None
    rows = q.who_said(actor=miller.speaks_for)
    assert {r.text for r in rows} >= _texts_by(MILLER)
    assert all(r.speaker_id in {miller.id, miller.speaks_for} for r in rows)


# -- bounded pages (the CLI's default listing, the app's tables) ------------------------------
def _walk(q: Queries, limit: int, **filters: object) -> list[object]:
    """Every row of ``who_said_page``, page after page."""
    seen: list[object] = []
    page = q.who_said_page(limit=limit, **filters)  # type: ignore[arg-type]
    while True:
        seen.extend(page.rows)
        if not page.more:
            return seen
        assert len(page.rows) == limit
        page = q.who_said_page(after=page.rows[-1], limit=limit, **filters)  # type: ignore[arg-type]


def test_who_said_pages_walk_what_who_said_lists(store: Store) -> None:
    q = Queries(store)
    everything = q.who_said()
    speaker = max({r.speaker_id for r in everything}, key=lambda s: len(q.who_said(s)))
    days = sorted({r.said_on for r in everything if r.said_on})
    for filters in (
        {},
        {"actor": speaker},
        {"kind": "direct"},
        {"between": (days[len(days) // 2], None)},
        {"actor": speaker, "between": (None, days[len(days) // 2]), "kind": "indirect"},
    ):
        expected = q.who_said(**filters)  # type: ignore[arg-type]
        assert _walk(q, 4, **filters) == expected, filters
    first = q.who_said_page(limit=2)
    assert first.more and list(first.rows) == everything[:2]
    if getattr(store, "text_index", None) is not None:
        assert first.total == len(q.who_said(every_report=True))
    with pytest.raises(InputError):
        q.who_said_page(limit=0)
    with pytest.raises(InputError):
        q.who_said_page(kind="quoted")


def test_who_said_pages_list_an_utterance_once(tmp_path: Path) -> None:
    """Two outlets report the same words: pages (index or not) list them as who_said does."""
    import shutil

    from graph.cli import main
    from graph.store import open_store
    from tests.test_utterances import REWRITTEN, WIRE, _write

    data = tmp_path / "data"
    shutil.copytree(REPO / "data", data, ignore=shutil.ignore_patterns("build"))
    coast = _write(tmp_path, "coast", WIRE, "Coast News", "2025-03-03")
    valley = _write(tmp_path, "valley", REWRITTEN, "Valley Post", "2025-03-04")
    assert main(["--data", str(data), "--store", "memory", "build"]) == 0
    assert main(["--data", str(data), "--store", "memory", "ingest", str(coast), str(valley)]) == 0
    for spec in ("memory", "oxigraph-memory"):
        store = open_store(spec, data_dir=data)
        try:
            q = Queries(store)
            once, every = q.who_said("Petra Holm"), q.who_said("Petra Holm", every_report=True)
            assert once and len(every) == 2 * len(once)
            assert _walk(q, 1, actor="Petra Holm") == once
            assert _walk(q, 2, actor="Petra Holm", every_report=True) == every
            assert _walk(q, 3) == q.who_said()
        finally:
            store.close()


def _walk_timeline(q: Queries, limit: int, **filters: object) -> list[object]:
    seen: list[object] = []
    page = q.timeline_page(limit=limit, **filters)  # type: ignore[arg-type]
    while True:
        seen.extend(page.rows)
        if not page.more:
            return seen
        page = q.timeline_page(after=page.rows[-1], limit=limit, **filters)  # type: ignore[arg-type]


def test_timeline_pages_walk_what_timeline_lists(store: Store) -> None:
    q = Queries(store)
    everything = q.timeline()
    assert _walk_timeline(q, 5) == everything
    days = sorted({r.date for r in everything if r.date})
    speaker = q.who_said()[0].speaker_id
    for filters in (
        {"actors": [speaker]},
        {"types": ["statement"]},
        {"between": (days[len(days) // 2], None)},
        {"types": [next(r.type for r in everything if r.kind == "event")]},
    ):
        assert _walk_timeline(q, 3, **filters) == q.timeline(**filters), filters  # type: ignore[arg-type]
    direct = {(s.article, s.start, s.end) for s in q.who_said(kind="direct", every_report=True)}
    shown = _walk_timeline(q, 4, kind="direct")
    assert [r for r in shown if r.kind == "event"] == [r for r in everything if r.kind == "event"]
    assert {(r.article, r.start, r.end) for r in shown if r.kind == "statement"} == direct


def test_profile_events_and_stances_around_an_actor(store: Store, memory_store: Store) -> None:
    q, reference = Queries(store), Queries(memory_store)
    for actor in reference.actors():
        assert q.actor(actor.id) == reference.actor(actor.id)
        assert q.events_of(actor.id) == [
            r for r in reference.timeline() if r.kind == "event" and actor.name in r.actors
        ]
        around = [s for s in reference.stances() if actor.id in (s.source_id, s.target_id)]
        assert q.stances_around([actor.id]) == around
