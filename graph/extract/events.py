"""Events: typed by trigger words from the event scheme, with participants, date and evidence."""

from __future__ import annotations

from functools import cache
from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.dates import DateMention
from graph.extract.lexicon import EVENT_TRIGGERS, LIGHT_VERBS
from graph.extract.scene_mentions import venue
from graph.extract.speakers import SpeakerResolver
from graph.extract.syntax import subjects_of
from graph.extract.targets import heads_of, stood_for
from graph.model import Article, DateValue, Event, Span

__all__ = ["find_events", "trigger_type"]

_AGENT_DEPS = ("nsubj", "agent", "poss", "compound")
_TARGET_PREPS = ("of", "for", "against", "on", "to", "with", "at")


def trigger_type(token: Any) -> str | None:
    """The event type a token triggers, or None; two-word triggers look at the next token."""
    lemma = token.lemma_.lower()
    lower = token.lower_
    one, two = _trigger_index()
    found: set[int] = set()
    if " " not in lemma:
        found.update(one.get(lemma, ()), one.get(lower, ()))
    pairs: set[int] = set()
    if (lemma in _FIRST_WORDS or lower in _FIRST_WORDS) and token.i + 1 < len(token.doc):
        nxt = token.nbor(1).lower_
        pairs.update(two.get(f"{lemma} {nxt}", ()), two.get(f"{lower} {nxt}", ()))
    if not found and not pairs:
        return None
    # The first type in the lexicon's order wins, a two-word trigger before a word alone.
    for n in sorted(found | pairs):
        event_type = EVENT_TRIGGERS[n][0]
        if n in pairs:
            return event_type
        if event_type == "arrest" and token.head.lemma_.lower() in ("order", "issue", "seek"):
            return "order_arrest"  # "ordered the arrest of", "issued the arrest of"
        if event_type == "consult" and lemma == "call" and token.pos_ == "VERB":
            continue  # "called for" is an appeal, "call" the verb is rarely a meeting
        return event_type
    return None


def _index(phrases: bool) -> dict[str, tuple[int, ...]]:
    """Trigger word (or two-word phrase) -> the positions in ``EVENT_TRIGGERS`` it signals."""
    index: dict[str, list[int]] = {}
    for n, (_, words) in enumerate(EVENT_TRIGGERS):
        for word in words:
            if (" " in word) == phrases:
                index.setdefault(word, []).append(n)
    return {word: tuple(found) for word, found in index.items()}


@cache
def _trigger_index() -> tuple[dict[str, tuple[int, ...]], dict[str, tuple[int, ...]]]:
    """The trigger words and the two-word triggers, each indexed (built once)."""
    return _index(False), _index(True)


# The first words of two-word triggers: only these need the next token read.
_FIRST_WORDS = frozenset(w.split()[0] for _, words in EVENT_TRIGGERS for w in words if " " in w)


def find_events(
    doc: Any,
    article: Article,
    table: ActorTable,
    dates: list[DateMention],
    quoted: list[tuple[int, int]],
    resolver: SpeakerResolver | None = None,
) -> list[Event]:
    """Events narrated in the article (not inside quotations), one per type and sentence."""
    text = article.text
    events: list[Event] = []
    seen: set[tuple[str, int]] = set()
    election_dates: set[str | None] = set()
    inside = bytearray(len(text) + 1)  # 1 where a quotation holds the character: one pass
    for s, e in quoted:
        inside[s:e] = b"\x01" * max(0, e - s)
    for token in doc:
        if token.pos_ not in ("VERB", "NOUN", "PROPN") or inside[token.idx]:
            continue
        event_type = trigger_type(token)
        if event_type is None:
            continue
        sent = token.sent
        if (event_type, sent.start) in seen:
            continue
        agents, targets = _participants(token, table, resolver)
        start, end = _evidence(token, sent, quoted)
        date = _date_near(token, start, end, dates, quoted)
        if event_type == "hold_election":
            if not date.known or date.iso in election_dates:
                continue
            if not agents:
                agents = _country_in(sent, token, table) or _main_country(table)
            targets = []
        if not agents and not targets:
            continue
        seen.add((event_type, sent.start))
        if event_type == "hold_election":
            election_dates.add(date.iso)
        events.append(
            Event(
                type=event_type,
                span=Span.of(text, start, end),
                actors=tuple(dict.fromkeys(table.id_of(k) for k in agents)),
                targets=tuple(dict.fromkeys(table.id_of(k) for k in targets if k not in agents)),
                date=date,
                confidence=0.6,
            )
        )
    return events


def _participants(
    token: Any, table: ActorTable, resolver: SpeakerResolver | None
) -> tuple[list[str], list[str]]:
    agents: list[str] = []
    targets: list[str] = []

    def who(subject: Any) -> list[str]:
        """A subject as the resolver reads it ("Kenya's president" is a person), else its mentions."""
        if stand_ins := stood_for(subject, table):
            return stand_ins  # "the leaders of Russia and China": both, not one "leader"
        key = resolver.resolve(subject) if resolver is not None else None
        return [key] if key else keys(subject)

    def keys(tok: Any) -> list[str]:
        """Mentions in a phrase, not in a place it names ("gunmen in Surrey": where, not who)."""
        found = []
        for t in (t for t in tok.subtree if not _in_place(t, tok)):
            key = table.key_at(t.idx, t.idx + len(t.text))
            if key and key not in found:
                found.append(key)
        return found

    head = token
    if token.pos_ == "VERB":
        for subject in subjects_of(token, climb=False):
            agents += who(subject)
    for child in token.children:
        if child.dep_ in _AGENT_DEPS and not (token.pos_ == "VERB" and child.dep_ == "nsubj"):
            agents += keys(child)
        elif child.dep_ in ("dobj", "nsubjpass", "attr"):
            targets += heads_of(child, table)
        elif child.dep_ == "prep" and child.lower_ in ("by", "from"):
            agents += [k for c in child.children for k in keys(c)]
        elif child.dep_ == "prep" and child.lower_ in _TARGET_PREPS:
            # not where it was said: "condemned the businessman on Twitter"
            named = (c for c in child.children if not venue(token.doc, (c.left_edge.i, c.i + 1)))
            targets += [k for c in named for k in heads_of(c, table)]
    if token.pos_ in ("NOUN", "PROPN"):
        # "Maduro has received congratulations from allies": the receiver is the target.
        head = token.head
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subject is not None and head.lemma_.lower() in ("receive", "get", "win", "face"):
            targets += keys(subject)
        elif (
            subject is not None
            and head.pos_ == "VERB"
            and not agents
            and head.lemma_.lower() in LIGHT_VERBS
        ):
            # "Police carried out arrests" (not "the EU condemned the arrests").
            agents += who(subject)
    return agents, [t for t in targets if t not in agents]


_PLACE_PREPS = frozenset(("in", "at", "outside", "inside", "near", "around", "across", "within"))


def _in_place(token: Any, top: Any) -> bool:
    """``token`` lies in a place phrase ("in Surrey") below ``top``."""
    while token.i != top.i and token.head.i != token.i:
        if token.dep_ == "prep" and token.lower_ in _PLACE_PREPS:
            return True
        token = token.head
    return False


def _date_near(
    token: Any, start: int, end: int, dates: list[DateMention], quoted: list[tuple[int, int]]
) -> DateValue:
    """The date written in the event's own clause, or right next to its trigger."""
    near = [
        m
        for m in dates
        if (start <= m.start < end or abs(m.start - token.idx) < 25)
        and m.value.known
        and not any(s <= m.start < e for s, e in quoted)
    ]
    if not near:
        return DateValue()
    return min(near, key=lambda m: abs(m.start - token.idx)).value


def _evidence(token: Any, sent: Any, quoted: list[tuple[int, int]]) -> tuple[int, int]:
    anchor = token
    if token.pos_ in ("NOUN", "PROPN") and len(list(token.subtree)) < 4 and token.head.i != token.i:
        anchor = token.head
    # a paragraph break the parser hung on the trigger's subtree is no word of the evidence
    toks = [t for t in anchor.subtree if sent.start <= t.i < sent.end and not t.is_space]
    toks = [t for t in toks if not t.is_punct or (toks[0].i != t.i and toks[-1].i != t.i)]
    if not toks:
        return token.idx, token.idx + len(token.text)
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    for s, e in quoted:
        if s <= token.idx < e:
            start, end = max(start, s), min(end, e)
    return start, end


def _country_in(sent: Any, token: Any, table: ActorTable) -> list[str]:
    """The country named closest to the trigger in its sentence."""
    found = [
        (abs(s - token.idx), key)
        for s, _, key in table.keys_in(sent.start_char, sent.end_char)
        if table.draft(key).type == "Country"
    ]
    return [min(found)[1]] if found else []


def _main_country(table: ActorTable) -> list[str]:
    countries = [d for d in table.drafts.values() if d.type == "Country" and d.mentions]
    if not countries:
        return []
    return [max(countries, key=lambda d: len(d.mentions)).key]
