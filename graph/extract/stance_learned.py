"""The learned pair reader's stances, and where the rules' reading of the same words overrules them.

The pair reader (``stance_pairs``, ``stance_model``, ``stance_encoder``) gives every two actors
of a sentence none, support or oppose. Where a rule has read the same sentence as the holder's
stance on the other actor's win ("Romania refused to recognise Vlad's victory": against "Vlad
won the election"; "the party says its tallies show Rui Lopes won": for it), a learned stance
of the opposite sign between the holder and the winner contradicts the words the rule read, and
is dropped (the rule's claim stance stands; whether it makes an edge between the two actors is
not the pair reader's guess).
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.claims import claim_id
from graph.extract.stance_encoder import load_encoder
from graph.extract.stance_model import load_model
from graph.extract.stance_pairs import believable, model_stances, speaker_stances
from graph.model import Quote, Stance

__all__ = ["learned_stances", "unopposed"]


def learned_stances(
    doc: Any,
    table: ActorTable,
    quotes: tuple[Quote, ...],
    no_actor: set[str],
    mode: str,
    reader: str,
) -> list[Stance]:
    """The pair reader's believable stances; ``reader`` ("svm" or "encoder") where the mode
    ("combined", "rules+svm", "model", ...) names none."""
    model = load_model()
    text = table.text
    chosen = reader if mode == "combined" else mode.rpartition("+")[2]
    encoder = load_encoder() if chosen in ("encoder", "mean") else None
    learned = model_stances(
        doc, text, table, quotes, model, encoder=encoder, mean=mode.endswith("mean")
    )
    learned += speaker_stances(doc, text, table, quotes, model)
    return believable(learned, table, no_actor)


def unopposed(rules: list[Stance], learned: list[Stance], table: ActorTable) -> list[Stance]:
    """``learned`` without the stances a rule's stance on a win contradicts in their sentence.

    >>> from graph.model import Article
    >>> a = Article("a", "Romania refused to recognise Ion Vlad's victory.")
    >>> table = ActorTable(a.text)
    >>> ro = table.id_of(table.add_agent(0, 7, "Romania", "Country"))
    >>> vlad = table.id_of(table.add_agent(30, 38, "Ion Vlad", "Person"))
    >>> rule = Stance(ro, "ion-vlad-won-the-election", "claim", "oppose", a.span(0, 47))
    >>> unopposed([rule], [Stance(ro, vlad, "actor", "support", a.span(0, 47))], table)
    []
    """
    names = {table.id_of(k): d.name for k, d in table.drafts.items()}
    wins = [s for s in rules if s.target_kind == "claim" and s.target.endswith("-won-the-election")]
    if not wins:
        return learned
    return [s for s in learned if not any(_contradicts(s, w, names) for w in wins)]


def _contradicts(learned: Stance, win: Stance, names: dict[str, str]) -> bool:
    return (
        learned.target_kind == "actor"
        and learned.source == win.source
        and learned.polarity != win.polarity
        and learned.target in names
        and win.target == claim_id(names[learned.target], "won-the-election")
        and learned.span.start < win.span.end
        and win.span.start < learned.span.end
    )
