"""An owner and what the story names as its own (sentences of our own): no opposition between
"X" and "X's government" ("X said his government would appeal" is no stance of X against it),
while support between them may be told."""

from __future__ import annotations

from graph.extract.actors import ActorTable
from graph.extract.stance_aliases import owned, without_self_stances
from graph.model import Span, Stance


def _table() -> tuple[ActorTable, str, str]:
    text = "Ines Ralt spoke. Ines Ralt's government left."
    table = ActorTable(text)
    ralt = table.add_agent(0, 9, "Ines Ralt", "Person")
    government = table.add_agent(17, 39, "Ines Ralt's government", "GovernmentBody")
    return table, table.id_of(ralt), table.id_of(government)


def test_an_owned_actor_pairs_with_its_owner() -> None:
    table, ralt, government = _table()
    assert owned(table) == {frozenset({ralt, government})}


def test_opposition_to_ones_own_is_dropped_support_kept() -> None:
    table, ralt, government = _table()
    span = Span.of(table.text, 0, 15)
    against = Stance(ralt, government, "actor", "oppose", span)
    backing = Stance(government, ralt, "actor", "support", span)
    kept = without_self_stances([against, backing], set(), owned(table))
    assert kept == [backing]
