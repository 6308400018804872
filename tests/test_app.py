"""The Streamlit app, headless (``streamlit.testing.v1.AppTest``): every page renders, filters
change what is shown, bad input is one ``st.error``, and an added article reaches the graph.

Expected answers come from the query facade over the same data, so the tests check that the app
shows what the library answers (and that each filter really narrows it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qsl

import pytest
from streamlit.testing.v1 import AppTest

from graph.corpus import parse_metadata
from graph.extract import Extractor
from graph.model import Actor
from graph.queries import Queries
from graph.registry import load_registry
from graph.store import Store, open_store
from graph.store.memory import build_path
from pages_app.add_article import reviewed
from pages_app.common import actor_choices, actor_link, csv_bytes, highlight, json_bytes
from pages_app.network import export_bytes
from tests.conftest import copy_data
from tests.known_graph import Said, dataset_of

REPO = Path(__file__).resolve().parent.parent
APP = str(REPO / "app.py")
PAGES = ("who-said", "timeline", "network", "actor", "claims", "sparql", "add")
HEADERS = {
    "who-said": "Who said what",
    "timeline": "Timeline",
    "network": "Stance network",
    "actor": "Actor",
    "claims": "Claims",
    "sparql": "SPARQL (read-only)",
    "add": "Add article",
}


@pytest.fixture
def seed_env(seed_build: object, seed_data: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The app reads the session's built seed data."""
    monkeypatch.setenv("STANCEGRAPH_DATA", str(seed_data))
    monkeypatch.delenv("STANCEGRAPH_STORE", raising=False)
    return seed_data


@pytest.fixture
def q(seed_env: Path) -> Iterator[Queries]:
    store: Store = open_store("memory", data_dir=seed_env)
    yield Queries(store)
    store.close()


def app(page: str, **params: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["page"] = page
    for key, value in params.items():
        at.query_params[key] = value
    return at.run()


def ok(at: AppTest) -> AppTest:
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    return at


def captions(at: AppTest) -> list[str]:
    return [c.value for c in at.caption]


# -- every page ---------------------------------------------------------------------------------
@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders(seed_env: Path, page: str) -> None:
    at = ok(app(page))
    assert at.header[0].value == HEADERS[page]
    assert at.radio(key="page").value == page


def test_sidebar_switches_page(seed_env: Path) -> None:
    at = ok(app("who-said"))
    at.radio(key="page").set_value("claims").run()
    assert ok(at).header[0].value == "Claims"


# -- who said what ------------------------------------------------------------------------------
def test_who_said_lists_every_statement(q: Queries) -> None:
    at = ok(app("who-said"))
    shown = at.dataframe[0].value
    assert len(shown) == len(q.who_said())
    assert list(shown.columns) == [
        *("speaker", "date", "certainty", "kind", "quote", "article", "reports", "outlets")
    ]


def test_who_said_actor_box_narrows_by_alias(q: Queries) -> None:
    speaker = max(q.actors(), key=lambda a: len(q.who_said(a.name)))
    expected = q.who_said(speaker.name)
    assert 0 < len(expected) < len(q.who_said())
    at = ok(app("who-said"))
    label = next(
        (label for label, name in actor_choices([speaker]).items() if label != name), speaker.name
    )
    at.selectbox(key="ws_actor").set_value(label).run()
    shown = ok(at).dataframe[0].value
    assert len(shown) == len(expected)
    assert set(shown["quote"]) == {s.text for s in expected}


def test_who_said_kind_and_dates_narrow(q: Queries) -> None:
    direct = q.who_said(kind="direct")
    at = ok(app("who-said"))
    at.selectbox(key="ws_kind").set_value("direct").run()
    assert len(ok(at).dataframe[0].value) == len(direct) < len(q.who_said())

    days = sorted({s.said_on for s in q.who_said() if s.said_on})
    late = days[-1]
    at.selectbox(key="ws_kind").set_value("any").run()
    at.date_input(key="ws_from").set_value(late).run()
    expected = q.who_said(between=(late, None))
    assert len(ok(at).dataframe[0].value) == len(expected) < len(q.who_said())


def test_who_said_unknown_actor_is_an_error(seed_env: Path) -> None:
    at = app("who-said", actor="Zzyzx Qwerty")
    assert not at.exception
    assert len(at.error) == 1
    assert "Zzyzx Qwerty" in at.error[0].value
    assert not at.dataframe


def test_who_said_row_shows_escaped_article_with_mark(q: Queries) -> None:
    first = q.who_said()[0]
    at = ok(app("who-said"))
    at.session_state["ws_table"] = {"selection": {"rows": [0], "columns": [], "cells": []}}
    at.run()
    shown = [m.value for m in ok(at).markdown if 'class="sg-article"' in m.value]
    assert len(shown) == 1
    article = q.article(first.article)
    assert shown[0] == highlight(article.text, first.start, first.end)
    assert shown[0].count("<mark>") == 1


def test_highlight_escapes_markup_and_markdown() -> None:
    text = 'Hi <script>alert("x")</script> **bold** $x$ said: "we won".\nNext'
    start = text.index("we won")
    out = highlight(text, start, start + len("we won"))
    assert "<script>" not in out and "&lt;script&gt;" in out
    assert "**" not in out and "$" not in out
    assert "<mark>we won</mark>" in out
    assert "<br>" in out and "\n" not in out


# -- timeline -----------------------------------------------------------------------------------
def test_timeline_type_filter(q: Queries) -> None:
    rows = q.timeline()
    event_type = next(r.type for r in rows if r.kind == "event")
    expected = q.timeline(types=[event_type])
    at = ok(app("timeline"))
    assert len(at.dataframe[0].value) == len(rows)
    at.multiselect(key="tl_types").set_value([event_type]).run()
    table = ok(at).dataframe[0].value
    assert len(table) == len(expected) < len(rows)
    assert set(table["type"]) == {event_type}


def test_timeline_direct_only_keeps_direct_statements(q: Queries) -> None:
    direct = {(s.article, s.start) for s in q.who_said(kind="direct")}
    events = [r for r in q.timeline() if r.kind == "event"]
    at = ok(app("timeline"))
    at.radio(key="tl_kind").set_value("direct").run()
    table = ok(at).dataframe[0].value
    assert len(table) == len(direct) + len(events)


def test_timeline_marks_undated_items(q: Queries) -> None:
    undated = [r for r in q.timeline() if r.date is None]
    at = ok(app("timeline"))
    table = at.dataframe[0].value
    assert (table["date"] == "undated").sum() == len(undated)
    assert any(f"{len(undated)} undated" in c for c in captions(at))


def test_timeline_table_row_shows_source(q: Queries) -> None:
    row = q.timeline()[0]
    at = ok(app("timeline"))
    at.session_state["tl_table"] = {"selection": {"rows": [0], "columns": [], "cells": []}}
    at.run()
    shown = [m.value for m in ok(at).markdown if 'class="sg-article"' in m.value]
    assert shown == [highlight(q.article(row.article).text, row.start, row.end)]


# -- network ------------------------------------------------------------------------------------
def test_network_node_lists_statements_and_stances(q: Queries) -> None:
    speaker = max(q.actors(), key=lambda a: len(q.stances(a.name)))
    at = ok(app("network"))
    at.selectbox(key="net_node").set_value(speaker.id).run()
    ok(at)
    assert at.subheader[0].value == speaker.name
    said, taken = at.dataframe[-2].value, at.dataframe[-1].value
    assert len(said) == len(q.who_said(speaker.name))
    assert list(taken["target"]) == [s.target for s in q.stances(speaker.name)]
    assert list(taken["evidence"]) == [s.evidence for s in q.stances(speaker.name)]


def test_network_replay_shows_fewer_nodes_earlier(q: Queries) -> None:
    days = sorted({s.date for s in q.stances() if s.date})
    at = ok(app("network"))
    at.checkbox(key="net_undated").uncheck().run()
    late = next(c for c in captions(ok(at)) if "nodes" in c)
    at.select_slider(key="net_day").set_value(days[0]).run()
    early = next(c for c in captions(ok(at)) if "nodes" in c)
    assert int(early.split()[0]) < int(late.split()[0])


# -- actor, claims ------------------------------------------------------------------------------
def test_actor_profile_by_surname(q: Queries) -> None:
    profile = q.actor("Miller")
    at = ok(app("actor", actor="miller"))
    assert at.subheader[0].value == profile.name
    assert [m.value for m in at.metric] == [
        str(profile.statements),
        str(profile.events),
        str(profile.stances),
    ]
    headings = [m.value for m in at.markdown]
    assert f"#### Statements ({profile.statements})" in headings
    assert not any(h.startswith("#### Events") for h in headings)  # one section at a time
    at.radio(key="ac_section").set_value("Events").run()
    headings = [m.value for m in ok(at).markdown]
    assert f"#### Events ({profile.events})" in headings
    assert not any(h.startswith("#### Statements") for h in headings)
    at.radio(key="ac_section").set_value("Ego network").run()
    assert "#### Ego network" in [m.value for m in ok(at).markdown]


def test_actor_sides_name_a_bounded_number_of_actors() -> None:
    from graph.queries import Ref
    from pages_app import actor

    refs = tuple(Ref(f"a-{i}", f"A {i}", "actor") for i in range(actor.REFS_MOST + 2))
    text = actor._refs(refs)
    assert text.count("](?page=actor") == actor.REFS_MOST
    assert text.endswith(" and 2 more (see its ego network)")
    assert actor._refs(refs[:3]).count("](?page=actor") == 3 and "more" not in actor._refs(refs[:3])


def test_actor_links_carry_ids_so_a_shared_surname_reaches_the_right_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    actors = (
        Actor("ana-soto", "Ana Soto", "Person"),
        Actor("luis-soto", "Luis Soto", "Person"),
        Actor("council", "Electoral Council", "GovernmentBody"),
    )
    stances = (Said("council", "ana-soto", 1, "2024-07-28"), Said("council", "luis-soto", -1, None))
    path = build_path(tmp_path)
    path.parent.mkdir(parents=True)
    dataset_of(stances, actors).serialize(path, format="trig")
    monkeypatch.setenv("STANCEGRAPH_DATA", str(tmp_path))
    monkeypatch.delenv("STANCEGRAPH_STORE", raising=False)

    council = ok(app("actor", actor="council"))
    lines = " ".join(m.value for m in council.markdown)
    supports = re.search(r"\*\*Supports:\*\* \[Ana Soto\]\((\?[^)]*)\)", lines)
    opposes = re.search(r"\*\*Opposes:\*\* \[Luis Soto\]\((\?[^)]*)\)", lines)
    assert supports and opposes, lines
    for link, name in ((supports[1], "Ana Soto"), (opposes[1], "Luis Soto")):
        params = dict(parse_qsl(link[1:]))
        assert params["page"] == "actor"
        assert ok(app(**params)).subheader[0].value == name  # the link opens that actor
    ambiguous = app("actor", actor="Soto")  # a name alone cannot tell them apart
    assert "Ana Soto" in ambiguous.error[0].value and "Luis Soto" in ambiguous.error[0].value


def test_actor_unknown_name_is_an_error(seed_env: Path) -> None:
    at = app("actor", actor="Gonzalesz Nobody")
    assert not at.exception
    assert len(at.error) == 1 and "Gonzalesz Nobody" in at.error[0].value


def test_claims_link_each_side_to_its_actor_page(q: Queries) -> None:
    at = ok(app("claims"))
    shown = " ".join(m.value for m in at.markdown)
    contested = q.claims(contested_only=True)  # the page's default view
    assert contested
    for claim in contested:
        for p in (*claim.asserted_by, *claim.disputed_by):
            assert f"]({actor_link(p.actor_id)})" in shown, p.actor


def test_claims_contested_toggle(q: Queries) -> None:
    contested, every = q.claims(contested_only=True), q.claims()
    assert len(contested) < len(every)
    at = ok(app("claims"))
    assert f"{len(contested)} claim(s)" in captions(at)
    at.toggle(key="cl_contested").set_value(False).run()
    assert f"{len(every)} claim(s)" in captions(ok(at))


# -- sparql -------------------------------------------------------------------------------------
def test_sparql_runs_example_with_row_limit(seed_env: Path) -> None:
    at = ok(app("sparql"))
    at.selectbox(key="sq_example").set_value("Classes and how many of each").run()
    at.number_input(key="sq_limit").set_value(2).run()
    at.button(key="sq_run").click().run()
    ok(at)
    assert len(at.dataframe[0].value) == 2
    assert any("cut at the row limit of 2" in c for c in captions(at))


def test_sparql_refuses_update(seed_env: Path) -> None:
    at = ok(app("sparql"))
    at.text_area(key="sq_text").set_value("INSERT DATA { <urn:a> <urn:b> <urn:c> }").run()
    at.button(key="sq_run").click().run()
    assert not at.exception
    assert len(at.error) == 1 and "updates are refused" in at.error[0].value
    assert not at.dataframe


# -- add article --------------------------------------------------------------------------------
ARTICLE = (
    "CARACAS, Aug 9 (Wire) - Venezuelan opposition leader María Corina Machado said on Friday "
    "that the results announced by the electoral council were false. “We won this election and "
    "the world knows it,” Machado told reporters. President Nicolás Maduro rejected the claims "
    "and accused the opposition of plotting a coup."
)


@pytest.fixture
def fresh_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private data folder with no build yet: the app builds it on first start."""
    data = copy_data(tmp_path / "data")
    monkeypatch.setenv("STANCEGRAPH_DATA", str(data))
    monkeypatch.delenv("STANCEGRAPH_STORE", raising=False)
    return data


def test_add_article_empty_is_an_error(seed_env: Path) -> None:
    at = ok(app("add"))
    at.button(key="add_extract").click().run()
    assert not at.exception
    assert len(at.error) == 1 and "empty" in at.error[0].value


def test_add_article_bad_date_is_an_error(seed_env: Path) -> None:
    at = ok(app("add"))
    at.text_area(key="add_text").set_value(ARTICLE)
    at.text_input(key="add_published").set_value("9 August").run()
    at.button(key="add_extract").click().run()
    assert len(at.error) == 1 and "'9 August'" in at.error[0].value


def test_first_start_builds_then_added_article_is_in_the_graph(fresh_env: Path) -> None:
    assert not build_path(fresh_env).exists()
    at = ok(app("add"))
    assert build_path(fresh_env).exists()

    at.text_area(key="add_text").set_value(ARTICLE)
    at.text_input(key="add_title").set_value("Machado says results false")
    at.text_input(key="add_published").set_value("2024-08-09").run()
    at.button(key="add_extract").click().run()
    ok(at)
    assert at.subheader[0].value == "Review `machado-says-results-false`"
    assert "Quotes" in " ".join(m.value for m in at.markdown)
    at.button(key="add_commit").click().run()
    ok(at)
    assert "Added `machado-says-results-false`" in at.success[0].value

    store = open_store("memory", data_dir=fresh_env)  # saved back to build/kg.trig
    try:
        added = Queries(store).article("machado-says-results-false")
        assert added.text == ARTICLE and added.published.iso == "2024-08-09"
        said = [s for s in Queries(store).who_said() if s.article == added.id]
    finally:
        store.close()
    assert said, "the extracted quote reached the graph"
    at.radio(key="page").set_value("who-said").run()  # cached answers were dropped
    assert set(ok(at).dataframe[0].value["article"]) >= {added.id}


def test_reviewed_drops_rows_and_dangling_bases() -> None:
    article = parse_metadata(ARTICLE, {"published": "2024-08-09"}, default_id="t")
    result = Extractor(load_registry(REPO / "data" / "actors.ttl"))(article)
    assert result.quotes and result.stances
    kept = reviewed(result, set(), set(range(len(result.events))), set(range(len(result.stances))))
    assert kept.quotes == ()
    assert kept.events == result.events and len(kept.stances) == len(result.stances)
    keys = {e.key for e in kept.events}
    assert all(s.basis is None or s.basis in keys for s in kept.stances)
    none = reviewed(result, set(), set(), set())
    assert (none.quotes, none.events, none.stances) == ((), (), ())


# -- the app stays thin -------------------------------------------------------------------------
def test_app_code_has_no_rdflib_and_no_sparql_text() -> None:
    import ast

    files = [REPO / "app.py", *sorted((REPO / "pages_app").glob("*.py"))]
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = {
            alias.name.split(".")[0]
            for node in ast.walk(tree)
            if isinstance(node, ast.Import)
            for alias in node.names
        } | {
            (node.module or "").split(".")[0]
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom)
        }
        assert "rdflib" not in imported, path
        if path.name != "sparql.py":  # the console's examples are the only query text
            assert "SELECT " not in path.read_text(encoding="utf-8"), path


def test_page_helpers_doctests() -> None:
    import doctest

    import pages_app.common

    result = doctest.testmod(pages_app.common)
    assert result.attempted >= 2 and result.failed == 0


# -- downloads ----------------------------------------------------------------------------------
def test_csv_and_json_downloads_round_trip(q: Queries) -> None:
    import csv
    import io
    import json

    rows = q.who_said()
    from_json = json.loads(json_bytes(rows))
    assert from_json == [
        {
            **{f: getattr(r, f) for f in r.__dataclass_fields__},
            "said_on": r.said_on and str(r.said_on),
            "outlets": list(r.outlets),
            "first_reported": r.first_reported and str(r.first_reported),
        }
        for r in rows
    ]
    from_csv = list(csv.DictReader(io.StringIO(csv_bytes(rows).decode("utf-8"))))
    assert [r["text"] for r in from_csv] == [r.text for r in rows]
    assert [int(r["start"]) for r in from_csv] == [r.start for r in rows]


@pytest.mark.parametrize("suffix", [".gexf", ".graphml"])
def test_network_exports_read_back(q: Queries, suffix: str) -> None:
    import io

    import networkx as nx

    from graph.network import analyze, stance_graph

    report = analyze(stance_graph(q.stances(), q.actors()))
    data = export_bytes(report, suffix)
    read = nx.read_gexf if suffix == ".gexf" else nx.read_graphml
    H = read(io.BytesIO(data))
    assert set(H.nodes) == {n.id for n in report.nodes}
    assert H.number_of_edges() == len(report.edges)


def test_pages_keep_the_previous_answers_until_the_new_ones_are_ready(
    seed_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After a change, the next generation is computed in the background; pages switch to it
    only when it is ready, so a large graph never makes a reader wait for a full recompute."""
    import threading

    from pages_app import common

    release = threading.Event()

    def slow_warm_up(source: common.Source, done=None) -> threading.Thread:  # type: ignore[no-untyped-def]
        def work() -> None:
            release.wait(10)
            if done is not None:
                done()

        thread = threading.Thread(target=work, daemon=True)
        thread.start()
        return thread

    monkeypatch.setattr(common, "_start_warm_up", slow_warm_up)
    monkeypatch.setattr(common, "SWITCH_WAIT", 0.05)
    before = common.current_source()
    refreshing = common.forget_results(before)
    assert common.current_source().generation == before.generation  # still the old answers
    release.set()
    refreshing.join(5)
    assert common.current_source().generation == before.generation + 1
