"""An actor's stance summary from the stance index (SQLite beside Oxigraph) is the one the SPARQL
aggregate gives: same counts, days and sides, for every actor of the seed graph."""

from __future__ import annotations

from graph.queries import Queries
from graph.store import Store


def test_the_index_answers_as_the_query_does(memory_store: Store, oxigraph_store: Store) -> None:
    index = oxigraph_store.text_index
    assert index is not None and index.note("stances") is not None
    by_query, by_index = Queries(memory_store), Queries(oxigraph_store)
    actors = [a.id for a in by_query.actors()]
    taking = 0
    for actor in actors:
        expected = by_query._stance_summary(actor)
        assert by_index._stance_summary(actor) == expected, actor
        taking += expected.taken > 0
        rows = sorted(by_index._actor_stance_rows(actor), key=str)
        assert rows == sorted(by_query._actor_stance_rows(actor), key=str), actor
    assert taking >= 3  # the seed has several actors who take stances


def test_stances_taken_on_an_actor_are_counted_too(oxigraph_store: Store) -> None:
    q = Queries(oxigraph_store)
    roles = {r[0] for a in q.actors() for r in q._actor_stance_rows(a.id)}
    assert roles == {"source", "target"}
