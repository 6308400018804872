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
from graph.extract.lexicon import SPEECH_VERBS
from graph.extract.stance_encoder import load_encoder
from graph.extract.stance_model import load_model
from graph.extract.stance_pairs import believable, model_stances, speaker_stances
from graph.model import Quote, Stance

__all__ = ["learned_stances", "two_voices", "unopposed"]


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


def two_voices(learned: list[Stance], doc: Any, table: ActorTable) -> list[Stance]:
    """``learned`` without stances between two actors that each speak in the sentence ("EU
    observers said fraud had marred the vote and the State Department said there had been
    claims of malfeasance"): two reports side by side say nothing of one reporter on the other.

    >>> from graph.extract.nlp import load_pipeline
    >>> from graph.model import Article
    >>> a = Article("a", "Peru said the talks failed and Chile said they would resume.")
    >>> (doc,) = load_pipeline().parse([a.text])
    >>> table = ActorTable(a.text)
    >>> peru = table.id_of(table.add_agent(0, 4, "Peru", "Country"))
    >>> chile = table.id_of(table.add_agent(31, 36, "Chile", "Country"))
    >>> two_voices([Stance(peru, chile, "actor", "oppose", a.span(0, 60))], doc, table)
    []
    """
    if doc is None or not learned:
        return learned
    apart: list[tuple[int, int, frozenset[str]]] = []  # sentence start, end, two speakers
    for sent in doc.sents:
        said = []
        for token in sent:
            if token.pos_ != "VERB" or token.lemma_.lower() not in SPEECH_VERBS:
                continue
            for subject in (c for c in token.children if c.dep_ == "nsubj"):
                key = table.key_at(subject.idx, subject.idx + len(subject.text))
                if key is not None:
                    said.append((token, table.id_of(key)))
        # Side by side, neither report inside the other ("X tweeted: 'Y ... before he leaks'").
        for a, x in said:
            for b, y in said:
                if x != y and not _within(a, b) and not _within(b, a):
                    apart.append((sent.start_char, sent.end_char, frozenset((x, y))))
    return [
        s
        for s in learned
        if not any(
            start <= s.span.start < end and {s.source, s.target} == pair
            for start, end, pair in apart
        )
    ]


_REPORTED = frozenset({"ccomp", "xcomp", "parataxis", "relcl", "acl"})


def _within(token: Any, other: Any) -> bool:
    """Whether ``token`` is said inside what ``other`` reports (a clause below it on the way up:
    "X tweeted: 'Y ... before he starts leaking'"); a conjunct ("X said ... and Y said ...") or
    a "with Y saying" phrase is beside it."""
    node, clausal = token, False
    while node.i != other.i:
        clausal = clausal or node.dep_ in _REPORTED
        if node.head.i == node.i:
            return False
        node = node.head
    return clausal
