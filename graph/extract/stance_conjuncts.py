"""Coordinated parties share a stance: every conjunct of its holder holds it, on every conjunct.

"Ireland and Norway recognised Palestine" is a stance of Norway as well as Ireland; "France,
Germany and Italy criticised Hungary" one of all three; "Russia was backed by China and Iran"
one of Iran too; "condemned Uganda, Rwanda and Burundi" one on all three. The rules read one
holder and one target per verb (``stance_roles.source_of`` / ``target_of``): these are the
others the coordination names, each an actor the article names.
"""

from __future__ import annotations

import re
from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.agents import bare_description, country_named
from graph.extract.lexicon import ROLE_NOUNS
from graph.extract.parse_links import conjuncts
from graph.extract.surfaces import title_word
from graph.extract.targets import stood_for
from graph.model import Stance

__all__ = ["co_holders", "co_pairs", "co_targets", "listed_after", "restates"]


def co_holders(token: Any, source: str, table: ActorTable) -> list[str]:
    """The other actors coordinated with the holder ``source`` as the subject of ``token``.

    Only when the verb's own subject (or passive agent) names ``source``: a quoted speaker or a
    holder found elsewhere has no conjuncts here. A title's "and" ("Trade and Industry
    Minister X") is no coordination of actors, so only conjuncts that are named actors count.

    >>> from graph.extract.nlp import load_pipeline
    >>> text = "Ireland and Norway recognised Palestine."
    >>> (doc,) = load_pipeline().parse([text])
    >>> table = ActorTable(text)
    >>> keys = [table.add_agent(s, s + len(n), n, "Country")
    ...         for n, s in (("Ireland", 0), ("Norway", 12), ("Palestine", 30))]
    >>> co_holders(doc[3], table.id_of(keys[0]), table) == [table.id_of(keys[1])]
    True
    """
    subject = _subject(token)
    if subject is None:
        return []
    listed = [table.id_of(k) for k in stood_for(subject, table)]  # "bodies such as X and Y"
    if source in listed:
        return [a for a in dict.fromkeys(listed) if a != source]
    return _others(subject, source, table)


def co_targets(obj: Any | None, target: str, table: ActorTable) -> list[str]:
    """The other actors coordinated with the target ``target`` named by the object ``obj``."""
    return _others(obj, target, table) if obj is not None else []


def co_pairs(
    token: Any, obj: Any | None, source: str, target: str, table: ActorTable
) -> list[tuple[str, str]]:
    """The (holder, target) pairs the coordination adds to the one read (``source``, ``target``)."""
    if source == target:
        return []  # a reading of no one's stance has no partners either
    holders = [source, *co_holders(token, source, table)]
    targets = [target, *co_targets(obj, target, table)]
    return [(h, t) for h in holders for t in targets if h != t and (h, t) != (source, target)]


def restates(stance: Stance, other: Stance) -> bool:
    """The same source, target and polarity on overlapping words: one stance read twice."""
    return (
        (stance.source, stance.target, stance.polarity)
        == (other.source, other.target, other.polarity)
        and stance.span.start < other.span.end
        and other.span.start < stance.span.end
    )


def _subject(token: Any) -> Any | None:
    """The verb's own subject, or the object of its passive "by" ("was backed by X and Y")."""
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is not None:
        return subject
    agent = next((c for c in token.children if c.dep_ == "agent"), None)
    if agent is None:
        return None
    return next((c for c in agent.children if c.dep_ == "pobj"), None)


def _names(token: Any, actor: str, table: ActorTable) -> bool:
    key = table.key_at(token.idx, token.idx + len(token.text))
    return key is not None and table.id_of(key) == actor


def _others(head: Any, first: str, table: ActorTable) -> list[str]:
    """The named actors of ``head``'s conjuncts, when ``head`` itself names ``first``."""
    key = table.key_at(head.idx, head.idx + len(head.text))
    if key is None or table.id_of(key) != first:
        # "backed by investor X and Y": the name in apposition to the role is the conjunct's head
        named = [a for a in head.children if a.dep_ == "appos" and _names(a, first, table)]
        if named:
            head = named[0]
        elif key is not None or head.pos_ not in ("NOUN", "PROPN"):
            return []  # (a description the resolver named, "the President", keeps its head)
    out: list[str] = []
    for token in conjuncts(head):
        # "the candidate, X, and opposition leader Y": the conjunct's name, if not itself one.
        other = next(
            (
                k
                for t in (token, *(c for c in token.children if c.dep_ in ("appos", "compound")))
                if (k := table.key_at(t.idx, t.idx + len(t.text))) is not None
            ),
            None,
        )
        if other is None or not (table.is_named(other) or _anchored(table, other)):
            continue  # "and officials": nobody; "and the opposition parties" of Georgia: a body
        actor = table.id_of(other)
        if actor != first and actor not in out:
            out.append(actor)
    listed = listed_after(table, head.sent, first, head.idx)
    return out + [a for a in listed if a not in out]


# Between two people of a list: a comma or "and", then their titles ("prosecutor", "judge").
_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?((?:[A-Za-z-]+\s+){0,3})$")
_OWNS = re.compile(r"['’]s?\b")  # "Trump's adviser": a possessor, no member of a list


def _titles(words: list[str]) -> bool:
    """Whether ``words`` are a title before a name: "judge", "assistant prosecutor", "Defence
    Minister" (a portfolio's capitals before a role noun), or none."""
    if not words:
        return True
    titled = words[-1].lower() in ROLE_NOUNS
    return all(title_word(w) or w.lower() == "former" or (titled and w[:1].isupper()) for w in words)


def listed_after(table: ActorTable, sent: Any, first: str, offset: int) -> list[str]:
    """The people listed after ``first``'s name (its mention in ``sent`` holding or after
    ``offset``) with their titles, however the parser read the list ("the resignation of X,
    prosecutor Y, and judge Z": "judge" read as a verb). A list ends with "and": "a claim from
    X, Trump's adviser" lists nobody."""
    mentions = table.keys_in(sent.start_char, sent.end_char)
    at = next((e for s, e, k in mentions if e > offset and table.id_of(k) == first), None)
    out: list[str] = []
    listed: list[str] = []  # the members up to the last "and"
    for start, end, key in mentions:
        if at is None or start < at:
            continue
        gap = _GAP.match(table.text[at:start])
        if gap is None or not _titles(gap.group(1).split()) or _OWNS.match(table.text, end):
            break
        if table.draft(key).type != "Person" or not table.is_named(key):
            break
        actor = table.id_of(key)
        if actor != first and actor not in out:
            out.append(actor)
        if re.search(r"\band\s", gap.group()):
            listed = list(out)
        at = end
    return listed


def _anchored(table: ActorTable, key: str) -> bool:
    """A description anchored to a country ("Georgian opposition"), a body of its own (not a
    title's half, "environment and climate minister")."""
    name = table.draft(key).name
    return any(country_named(w) for w in name.split()) and not bare_description(name)
