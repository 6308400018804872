"""The app's tables on a graph larger than a page: a page at a time in time order (keyset),
Previous and Next walk what the query facade lists, and an actor's ego network, read a step at
a time, is the one cut from the whole network."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from graph.network import ego, stance_graph
from graph.queries import Queries
from graph.store import open_store
from graph.synth import synthesize
from pages_app.common import PAGE_ROWS

APP = str(Path(__file__).resolve().parent.parent / "app.py")


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A synthetic data folder of a few pages of statements."""
    data = tmp_path_factory.mktemp("paging") / "data"
    synthesize(data, statements=260, seed=5)
    return data


@pytest.fixture
def env(synthetic: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("STANCEGRAPH_DATA", str(synthetic))
    monkeypatch.setenv("STANCEGRAPH_STORE", "oxigraph-memory")
    return synthetic


@pytest.fixture
def q(env: Path) -> Iterator[Queries]:
    store = open_store("memory", data_dir=env)
    yield Queries(store)
    store.close()


def _app(page: str, **params: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params["page"] = page
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception and not at.error, [*at.exception, *at.error]
    return at


def test_who_said_shows_a_page_and_walks_to_the_next(q: Queries) -> None:
    everything = q.who_said()
    assert len(everything) > 2 * PAGE_ROWS
    at = _app("who-said")
    first = at.dataframe[0].value
    assert list(first["quote"]) == [s.text for s in everything[:PAGE_ROWS]]
    assert any(f"1–{PAGE_ROWS} of" in c.value for c in at.caption)
    at.button(key="ws_next").click().run()
    second = at.dataframe[0].value
    assert list(second["quote"]) == [s.text for s in everything[PAGE_ROWS : 2 * PAGE_ROWS]]
    at.button(key="ws_prev").click().run()
    assert list(at.dataframe[0].value["quote"]) == list(first["quote"])
    at.selectbox(key="ws_kind").set_value("direct").run()  # a new filter: the first page again
    direct = [s.text for s in q.who_said(kind="direct")][:PAGE_ROWS]
    assert list(at.dataframe[0].value["quote"]) == direct


def test_timeline_walks_pages_in_time_order(q: Queries) -> None:
    everything = q.timeline()
    at = _app("timeline")
    assert len(at.dataframe[0].value) == PAGE_ROWS
    at.button(key="tl_next").click().run()
    table = at.dataframe[0].value
    assert list(table["text"]) == [r.text for r in everything[PAGE_ROWS : 2 * PAGE_ROWS]]


def test_actor_page_pages_statements_and_cuts_the_ego_network(q: Queries) -> None:
    from pages_app import common

    busiest = max(q.actors(), key=lambda a: len(q.who_said(a.id)))
    profile = q.actor(busiest.id)
    at = _app("actor", actor=busiest.id)
    assert f"#### Statements ({profile.statements})" in [m.value for m in at.markdown]
    whole = stance_graph(q.stances(), q.actors())
    source = common.current_source()
    for hops in (1, 2):
        near = set(ego(whole, busiest.id, hops))
        got = common.ego_report(source, busiest.id, hops)
        assert got is not None
        ids = {n.id for n in got.nodes}
        assert busiest.id in ids and ids <= near
        assert len(ids) == min(len(near), common.EGO_MOST)
        assert all({e.source, e.target} <= ids for e in got.edges)
