"""How a dispute of an election's result is told: what the verb disputes and who holds it.

``stance_claimed.disputed_result`` reads "X rejected / disputed the results"; the general
patterns here widen what it reads:

* the object told through a free relative: "rejected what he called the rigged results",
  "disputed what she described as fake results";
* doubt cast on the result: "cast doubt on the election result", "raised doubts about the count";
* the result annulled, demanded or done: "demanded that the election be annulled", "vowed to
  nullify the outcome", "the court annulled the vote";
* a dispute urged on others: "said voters should reject the result", "urged citizens to reject
  the results". What someone says others should do with a result is the sayer's stance, not the
  stance of those urged (who need be no actor at all).
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.elections import WILL_NOUNS
from graph.extract.lexicon import CALL_VERBS, ELECTION_NOUNS, NAMING_VERBS
from graph.extract.parse_links import object_read_as_subject

__all__ = [
    "ANNUL",
    "DOUBT",
    "UNDO_RESULTS",
    "agents_of",
    "caller_of",
    "disputed_objects",
    "holder_key",
    "sayer_of",
    "undoes",
    "urged",
]

ANNUL = frozenset({"annul", "nullify", "invalidate", "overturn"})
"""Verbs that undo a result: whoever does or demands it disputes the result ("cancel" and
"scrap" are left out: a vote is cancelled or scrapped before it is held as often as after)."""
UNDO_RESULTS = frozenset({"cancel", "scrap", "revoke", "void", "quash", "rescind"})
"""Verbs that undo a result only when its result-words are their object ("cancelled the results
of the elections", "revoked the results"), not the vote itself (cancelled before it is held)."""
DOUBT = frozenset({"cast", "raise", "express", "voice", "sow"})
"""Verbs whose object, a doubt, is about the thing named after "on", "over" or "about"."""

_DOUBTS = frozenset({"doubt", "doubts", "question", "questions"})
_DEONTIC = frozenset({"should", "must", "ought"})
_WORTH = frozenset(
    {"credibility", "legitimacy", "legality", "integrity", "validity", "accuracy", "fairness"}
)
_CALLS = CALL_VERBS | {"invite", "implore", "plead"}
# Verbs whose clause tells what their subject wants done or holds ("demanded that the election be
# annulled", "said citizens should reject the result").
_SAYING = frozenset(
    {"say", "demand", "insist", "call", "urge", "ask", "want", "seek", "vow", "pledge", "tell",
     "appeal", "argue", "declare", "announce", "state", "add", "write", "tweet", "warn"}
)  # fmt: skip


def undoes(token: Any) -> bool:
    """Whether ``token`` annuls, doubts or undoes what it acts on, or calls it into question
    ("launched action to call X's election into question")."""
    lemma = token.lemma_.lower()
    if lemma in ANNUL or lemma in DOUBT or lemma in UNDO_RESULTS:
        return True
    into = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "into"]
    return lemma == "call" and any(g.lower_ == "question" for c in into for g in c.children)


def disputed_objects(token: Any, results: frozenset[str]) -> list[Any]:
    """The result-words ``token`` acts on: its object (with ``results`` lemmas), the passive
    subject of an annulment, a free relative's naming ("what he called the results"), or the
    thing a doubt is cast on.

    >>> from graph.extract.nlp import load_pipeline
    >>> (doc,) = load_pipeline().parse(["She rejected what she called the rigged results."])
    >>> [t.text for t in disputed_objects(doc[1], frozenset({"result"}))]
    ['results']
    """
    lemma = token.lemma_.lower()
    # "we don't recognise these elections", "we reject this sham election": the vote itself
    # ("contest an election" is to run in it).
    wanted = results if lemma in ("contest", "cast", "raise") else results | ELECTION_NOUNS
    if lemma in UNDO_RESULTS:
        wanted = results
    objects = [c for c in token.children if c.dep_ == "dobj"]
    # "the outcome was rejected by X"; "said the results should not be certified": what is
    # urged on the results (a passive under "should", "must") is the sayer's verdict on them
    if lemma in ANNUL or agents_of(token) or urged(token):
        objects += [c for c in token.children if c.dep_ == "nsubjpass"]
    for clause in token.children:
        # "rejected [what he called the fraudulent results]"
        if (
            clause.dep_ == "ccomp"
            and clause.lemma_.lower() in NAMING_VERBS
            and any(c.dep_ == "dobj" and c.lower_ == "what" for c in clause.children)
        ):
            objects += [c for c in clause.children if c.dep_ in ("oprd", "attr", "xcomp")]
            objects += [g for c in clause.children if c.dep_ == "prep" and c.lower_ == "as"
                        for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    if not objects:  # "rejected as fraudulent the official results": the object put last
        objects = _after_verdict(token)
    if not objects and (misread := object_read_as_subject(token)) is not None:
        objects = [misread]  # "rejected the election results terming it a fraud"
    if lemma == "distance":  # "distanced themselves from the results"
        objects = [g for p in token.children if p.dep_ == "prep" and p.lower_ == "from"
                   for g in p.children if g.dep_ == "pobj"]  # fmt: skip
    if lemma in DOUBT:
        doubts = [c for c in objects if c.lower_ in _DOUBTS]
        objects = [g for d in [token, *doubts] for p in d.children
                   if p.dep_ == "prep" and p.lower_ in ("on", "over", "about")
                   for g in p.children if g.dep_ == "pobj"] if doubts else []  # fmt: skip
        # "doubts about the credibility of the results": the results' worth is doubted
        objects += [g for o in objects if o.lemma_.lower() in _WORTH for p in o.children
                    if p.dep_ == "prep" and p.lower_ == "of"
                    for g in p.children if g.dep_ == "pobj"]  # fmt: skip
    return [
        o
        for o in objects
        if (o.lemma_.lower() in wanted or o.lower_ in wanted or _voters_will(o) or _own_loss(o))
        and not _on_a_measure(o)
    ]


def _own_loss(noun: Any) -> bool:
    """ "challenged his own defeat", "disputes their loss": the loser's defeat, owned by a
    pronoun, stands for the results that tell it."""
    return noun.lemma_.lower() in ("defeat", "loss") and any(
        c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children
    )


def _on_a_measure(vote: Any) -> bool:
    """Whether a vote is one on a measure, not an election: "the vote to ban mining", "the vote
    on the bill"."""
    to_do = [c for c in vote.children if c.dep_ in ("acl", "relcl")]
    return vote.lemma_.lower() in ("vote", "ballot") and (
        any(g.dep_ == "aux" and g.lower_ == "to" for c in to_do for g in c.children)
        or any(c.dep_ == "prep" and c.lower_ in ("on", "over") for c in vote.children)
    )


def _after_verdict(verb: Any) -> list[Any]:
    """The object written after its verdict ("rejected as fraudulent the results"), which the
    parser hangs on "as" or on the adjective."""
    found = []
    for p in verb.children:
        verdicts = [c for c in p.children if c.pos_ == "ADJ"] if p.lower_ == "as" else []
        for head in [p, *verdicts] if verdicts else []:
            found += [g for g in head.children if g.dep_ in ("pobj", "dobj") and g.pos_ == "NOUN"]
    return found


# "respect the choice of the sovereign people", "the will of the voters": the result.
_ELECTORATE = frozenset({"people", "voters", "electorate", "citizens", "nation"})


def _voters_will(noun: Any) -> bool:
    return noun.lemma_.lower() in WILL_NOUNS and any(
        g.lemma_.lower() in _ELECTORATE
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    )


def agents_of(verb: Any) -> list[Any]:
    """Who does a passive verb's act: the objects of its "by" ("was rejected by X and Y")."""
    found = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return found + [c for g in found for c in g.children if c.dep_ == "conj"]


def urged(token: Any) -> bool:
    """Whether ``token`` is what someone says should be done: a deontic modal ("voters should
    reject"), or a subjunctive clause of a demand ("demanded that the election be annulled")."""
    if any(c.dep_ == "aux" and c.lower_ in _DEONTIC for c in token.children):
        return True
    return token.dep_ == "ccomp" and any(
        c.dep_ == "auxpass" and c.tag_ == "VB" for c in token.children
    )


def sayer_of(token: Any) -> Any | None:
    """The verb of saying or demanding whose clause ``token`` is ("said [citizens should reject
    the result]"), or None."""
    if token.dep_ == "ccomp" and token.head.lemma_.lower() in _SAYING:
        return token.head
    return None


def holder_key(subjects: list[Any], table: ActorTable) -> str | None:
    """The actor a subject names, a person before the state or body that titles them ("U.S.
    Vice President Joe Biden", "Blue Party leader Ana Ruiz": the person holds the stance)."""
    found: list[str] = []
    for token in subjects:
        sent = _sent_by(token, table)  # "observers from the AU": the AU
        if sent is not None:
            return sent
        parts = [token, *(c for c in token.children if c.dep_ in ("compound", "appos", "amod"))]
        parts += [g for c in parts[1:] if c.dep_ == "appos" for g in c.children
                  if g.dep_ == "compound"]  # fmt: skip
        for part in parts:
            key = table.key_at(part.idx, part.idx + len(part.text))
            if key is not None and key not in found:
                found.append(key)
        if found:
            break
    people = [k for k in found if table.draft(k).type == "Person"]
    return (people or found or [None])[0]


_OBSERVERS = frozenset({"observer", "monitor", "delegation", "delegate", "mission", "envoy"})


def _sent_by(token: Any, table: ActorTable) -> str | None:
    """The body that sent the observers a subject names ("observers from the AU", "the
    monitors of the EU"), else None: the body's verdict, not a group of its own."""
    if token.lemma_.lower() not in _OBSERVERS:
        return None
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("from", "of")):
        for place in (g for g in prep.children if g.dep_ == "pobj"):
            key = table.named_at(place.idx, place.idx + len(place.text))
            if key is not None and table.draft(key).type != "Country":
                return key
    return None


def caller_of(token: Any) -> Any | None:
    """The verb of a call whose clause ``token`` is ("called for Ana Ruiz to accept the result",
    "called on his rival not to accept the results"): what one is called on to do with a result
    is the caller's stance, not the stance of the one called on."""
    if token.dep_ in ("xcomp", "advcl", "ccomp") and token.head.lemma_.lower() in _CALLS:
        return token.head
    return None
