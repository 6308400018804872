"""Stances: who supports or opposes whom or what, drawn from statements and events.

A stance needs a source actor, a target (an actor, else the issue or claim named by the
object of a polarity verb), a polarity, and the clause that shows it.
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable, clean_name
from graph.extract.agents import story_country
from graph.extract.claims import (
    HYPOTHETICAL,
    claim_for,
    claim_text,
    evidence_span,
    issue_claim,
    win_claim,
)
from graph.extract.lexicon import (
    ACCUSATION_VERBS,
    NEGATIONS,
    NEGATIVE_IMPLICATIVES,
    OPPOSE_NOUNS,
    OPPOSE_VERBS,
    OUSTER_VERBS,
    STANCE_CARRIERS,
    SUPPORT_NOUNS,
    SUPPORT_VERBS,
)
from graph.extract.speakers import SpeakerResolver
from graph.extract.stance_model import load_model
from graph.extract.stance_pairs import combine, model_stances
from graph.extract.syntax import subjects_of
from graph.model import Article, Claim, DateValue, Event, Quote, Span, Stance
from graph.text import slugify

__all__ = ["STANCE_MODES", "find_stances"]

STANCE_MODES = ("combined", "rules", "model")
"""Which stances extraction keeps: rules and the learned model together (the default), or one."""

SUPPORTING_EVENTS = frozenset({"congratulate", "praise"})
# Not "order_arrest" or "censor": a court issues warrants and a platform is censored without
# either being a position anyone takes; the arrests and the crackdowns themselves are.
OPPOSING_EVENTS = frozenset(
    {
        "criticize",
        "accuse",
        "reject",
        "threaten",
        "arrest",
        "sanction",
        "repress",
        "use_force",
    }
)
_SELF = frozenset({"we", "i", "us", "everyone", "everybody", "others", "all", "you"})
_JUDGE_VERBS = frozenset(
    {"view", "see", "consider", "regard", "call", "describe", "label", "brand", "deem"}
)
_WIN_NOUNS = frozenset({"victory", "win", "triumph", "victor", "winner"})
_DISPUTE_VERBS = frozenset(
    {"reject", "dispute", "deny", "question", "challenge", "contest", "undermine", "doubt"}
)
_WIN_VERBS = frozenset({"win", "defeat", "beat", "secure", "receive", "obtain"})


def find_stances(
    doc: Any,
    article: Article,
    table: ActorTable,
    quotes: tuple[Quote, ...],
    events: tuple[Event, ...] | list[Event],
    resolver: SpeakerResolver,
    mode: str = "combined",
) -> tuple[list[Claim], list[Stance]]:
    """Claims and stances of an article: rules over the parse, the learned model, or both."""
    text = article.text
    claims: dict[str, Claim] = {}
    stances: dict[str, Stance] = {}

    def add(stance: Stance) -> None:
        if stance.target_kind == "actor" and stance.target == stance.source:
            return
        stances.setdefault(stance.key, stance)

    for event in events:
        polarity = (
            "support"
            if event.type in SUPPORTING_EVENTS
            else "oppose"
            if event.type in OPPOSING_EVENTS
            else None
        )
        if polarity is None:
            continue
        for source in event.actors:
            for target in event.targets:
                add(
                    Stance(
                        source, target, "actor", polarity, event.span, event.date, event.key, 0.6
                    )
                )

    if doc is None or not getattr(doc, "has_annotation", lambda _: False)("DEP"):
        return sorted(claims.values(), key=lambda c: c.id), _ordered(stances)

    holding = _holders(quotes)
    for token in doc:
        # Every statement holding the token: the same words may have several speakers.
        holders: list[Quote | None] = [*holding(token.idx)] or [None]
        for quote in holders:
            _token_stances(token, quote, table, text, resolver, claims, add)
    if mode == "rules":
        return sorted(claims.values(), key=lambda c: c.id), _ordered(stances)
    learned = model_stances(doc, text, table, quotes, load_model())
    if mode == "model":
        kept = [s for s in stances.values() if s.target_kind == "claim"] + learned
        return sorted(claims.values(), key=lambda c: c.id), _ordered({s.key: s for s in kept})
    return sorted(claims.values(), key=lambda c: c.id), combine(_ordered(stances), learned)


def _holders(quotes: tuple[Quote, ...]) -> Any:
    """``offset -> the quotes holding it`` (in quote order), for offsets asked in text order.

    A sweep over the quotes sorted by start, so a long article costs tokens + quotes, not
    tokens x quotes (a 200,000-character article has about a thousand statements).
    """
    order = sorted(range(len(quotes)), key=lambda i: quotes[i].span.start)
    state = {"next": 0, "active": []}

    def at(offset: int) -> list[Quote]:
        while state["next"] < len(order) and quotes[order[state["next"]]].span.start <= offset:
            state["active"].append(order[state["next"]])
            state["next"] += 1
        state["active"] = [i for i in state["active"] if quotes[i].span.end > offset]
        return [quotes[i] for i in sorted(state["active"])]

    return at


def _token_stances(
    token: Any,
    quote: Quote | None,
    table: ActorTable,
    text: str,
    resolver: SpeakerResolver,
    claims: dict[str, Claim],
    add: Any,
) -> None:
    """The stances one token shows, as said in ``quote`` (or narrated, when None)."""
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN":
        for made in _noun_stances(token, quote, table, text, resolver):
            if made.target_kind == "claim":
                claims.setdefault(made.target, Claim(made.target, claim_text(made.target, table)))
            add(made)
        return
    if token.pos_ not in ("VERB", "AUX") or token.dep_ in ("csubj", "amod"):
        return
    support = lemma in SUPPORT_VERBS or (
        lemma in ("call", "appeal", "press", "push")
        and any(
            c.dep_ == "prep" and c.lower_ == "for" and c.i == token.i + 1 for c in token.children
        )
    )
    oppose = lemma in OPPOSE_VERBS
    judged = _judgement(token) if lemma in _JUDGE_VERBS else None
    if judged is not None:
        support, oppose = judged == "support", judged == "oppose"
    win = lemma in _WIN_VERBS or (
        lemma == "be"
        and any(c.dep_ == "attr" and c.lemma_.lower() in _WIN_NOUNS for c in token.children)
    )
    if lemma in ACCUSATION_VERBS and quote is not None:
        # The speaker charges the doer: "They stole this election," the opposition said.
        doer = _doer(token, quote, table, resolver)
        if doer is not None and doer != quote.speaker:
            start, end = evidence_span(token, quote)
            add(
                Stance(
                    quote.speaker,
                    doer,
                    "actor",
                    "oppose",
                    Span.of(text, start, end),
                    _date(quote),
                    _basis(quote),
                    0.5,
                )
            )
        return
    if lemma in ("call", "urge", "ask", "press", "demand", "tell") and not support:
        ousted = _ousted(token, table)
        if ousted is not None:
            # "called on Mendez to step down": against Mendez.
            source = _source(token, quote, table, resolver)
            if source is not None and source != ousted:
                start, end = evidence_span(token, quote)
                add(
                    Stance(
                        source,
                        ousted,
                        "actor",
                        "oppose",
                        Span.of(text, start, end),
                        _date(quote),
                        _basis(quote),
                        0.55,
                    )
                )
            return
    if not (support or oppose or win):
        return
    negated = _negated(token) or _implied_not(token)
    if win:
        # Who won is asserted by whoever is quoted saying so.
        made = win_claim(token, table, text, quote, resolver) if quote else None
        if made is None:
            return
        source = quote.speaker
        claim, span = made
        claims.setdefault(claim.id, claim)
        polarity = "oppose" if negated else "support"
        add(Stance(source, claim.id, "claim", polarity, span, _date(quote), _basis(quote), 0.55))
        return
    source = _source(token, quote, table, resolver)
    if source is None:
        return
    target = _target(token, table, text, quote)
    if target is None:
        return
    kind, target_id, label = target
    if kind == "claim":
        claims.setdefault(target_id, Claim(target_id, label))
    polarity = "support" if support else "oppose"
    if negated:
        polarity = "oppose" if polarity == "support" else "support"
    start, end = evidence_span(token, quote)
    add(
        Stance(
            source,
            target_id,
            kind,
            polarity,
            Span.of(text, start, end),
            _date(quote),
            _basis(quote),
            0.6,
        )
    )


def _ousted(token: Any, table: ActorTable) -> str | None:
    """Whom a call to leave power is addressed to: "urged X to resign", "called on X to step down"."""
    people = [c for c in token.children if c.dep_ == "dobj"]
    people += [
        g
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == "on"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    xcomps = [c for c in token.children if c.dep_ in ("xcomp", "advcl")]
    xcomps += [g for p in people for g in p.children if g.dep_ in ("acl", "xcomp", "relcl")]
    if not any(x.lemma_.lower() in OUSTER_VERBS for x in xcomps):
        return None
    for person in people:
        key = table.key_at(person.idx, person.idx + len(person.text))
        if key:
            return table.id_of(key)
    return None


def _implied_not(token: Any) -> bool:
    """'refused to recognise', 'failed to support': the governing verb turns the stance."""
    head = token.head
    return (
        token.dep_ == "xcomp"
        and head.i != token.i
        and (head.lemma_.lower() in NEGATIVE_IMPLICATIVES) != _negated(head)
    )


def _negated(token: Any) -> bool:
    """'did not support', 'never backed' (not 'without specifying')."""
    return any(
        c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in NEGATIONS) for c in token.children
    )


def _noun_stances(
    token: Any, quote: Quote | None, table: ActorTable, text: str, resolver: SpeakerResolver
) -> list[Stance]:
    """Stances carried by nouns: "the victory of X", "support for X", "attempt at fraud"."""
    lemma = token.lemma_.lower()
    out: list[Stance] = []
    if lemma in _WIN_NOUNS:
        winner = _prep_actor(token, table, ("of", "for", "to")) or _poss_actor(token, table)
        if winner is None or table.draft(winner).type != "Person":
            return out
        verb = _governing_verb(token)
        if verb is not None and any(c.lower_ in HYPOTHETICAL for c in verb.children):
            return out
        if quote is not None:
            source = quote.speaker
        else:
            source = _clause_actor(verb, table, exclude=winner) if verb is not None else None
        if source is None or source == table.id_of(winner):
            return out
        claim_id = f"{slugify(table.id_of(winner))}-won-the-election"
        start, end = evidence_span(verb if verb is not None else token, quote)
        # "rejected Maduro's victory", "the proclaimed victory": disputed, not asserted.
        disputed = verb is not None and (verb.lemma_.lower() in _DISPUTE_VERBS or _negated(verb))
        disputed = disputed or any(
            c.lower_ in ("proclaimed", "alleged", "supposed", "so-called", "claimed", "fraudulent")
            for c in token.children
        )
        out.append(
            Stance(
                source,
                claim_id,
                "claim",
                "oppose" if disputed else "support",
                Span.of(text, start, end),
                _date(quote),
                _basis(quote),
                0.55,
            )
        )
        return out
    if quote is None and (lemma in SUPPORT_NOUNS or lemma in OPPOSE_NOUNS):
        return _voiced(token, table, text, resolver)
    if quote is None or not (lemma in SUPPORT_NOUNS or lemma in OPPOSE_NOUNS):
        return out
    polarity = "support" if lemma in SUPPORT_NOUNS else "oppose"
    target = _prep_actor(token, table, ("for", "against", "of", "toward", "towards", "with"))
    verb = _governing_verb(token)
    if target is None and polarity == "oppose" and verb is not None:
        # "allowing Maduro ... to carry out a massive attempt at fraud": the actor in the clause.
        clause = verb.head if verb.dep_ in ("xcomp", "ccomp") else verb
        found = [
            k
            for s, e, k in table.keys_in(*_span_of(clause))
            if table.id_of(k) != quote.speaker and s < token.idx and table.is_named(k)
        ]
        target = found[0] if found else None
        verb = clause
    if target is None or table.id_of(target) == quote.speaker:
        return out
    start, end = evidence_span(verb if verb is not None else token, quote)
    out.append(
        Stance(
            quote.speaker,
            table.id_of(target),
            "actor",
            polarity,
            Span.of(text, start, end),
            _date(quote),
            _basis(quote),
            0.5,
        )
    )
    return out


def _voiced(token: Any, table: ActorTable, text: str, resolver: SpeakerResolver) -> list[Stance]:
    """Narrated: "Spain expressed support for the opposition", "voiced concern over the violence"."""
    verb = token.head
    if token.dep_ != "dobj" or verb.lemma_.lower() not in STANCE_CARRIERS:
        return []
    found = subjects_of(verb)
    key = resolver.resolve(found[0]) if found else None
    if key is None:
        return []
    polarity = "support" if token.lemma_.lower() in SUPPORT_NOUNS else "oppose"
    preps = ("for", "with", "over", "about", "at", "against", "toward", "towards")
    target = _prep_actor(token, table, preps)
    start, end = evidence_span(verb, None)
    span = Span.of(text, start, end)
    if target is not None:
        return [
            Stance(table.id_of(key), table.id_of(target), "actor", polarity, span, confidence=0.55)
        ]
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            toks = sorted(pobj.subtree, key=lambda t: t.i)
            label = clean_name(text[toks[0].idx : toks[-1].idx + len(toks[-1].text)])
            claim = claim_for(label, country=_story(table)) or issue_claim(label) if label else None
            if claim is not None:
                return [Stance(table.id_of(key), claim.id, "claim", polarity, span, confidence=0.5)]
    return []


def _span_of(token: Any) -> tuple[int, int]:
    toks = list(token.subtree)
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _governing_verb(token: Any) -> Any | None:
    head = token
    for _ in range(4):
        if head.head.i == head.i:
            return head if head.pos_ in ("VERB", "AUX") else None
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            return head
    return None


def _prep_actor(token: Any, table: ActorTable, preps: tuple[str, ...]) -> str | None:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                for t in [pobj, *(c for c in pobj.children if c.dep_ in ("appos", "conj"))]:
                    key = table.key_at(t.idx, t.idx + len(t.text))
                    if key:
                        return key
                for _, _, key in table.keys_in(*_span_of(pobj)):
                    return key
    return None


def _poss_actor(token: Any, table: ActorTable) -> str | None:
    for child in token.children:
        if child.dep_ == "poss":
            return table.key_at(child.idx, child.idx + len(child.text))
    return None


def _clause_actor(verb: Any, table: ActorTable, exclude: str) -> str | None:
    """The actor in the subject of ``verb`` ("tallies shared by the opposition show ...")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ == "relcl":
        subject = verb.head
    if subject is None:
        return None
    if subject.lower_ in ("which", "who", "that") and verb.dep_ == "relcl":
        subject = verb.head
    key = table.key_at(subject.idx, subject.idx + len(subject.text))
    if key is None:
        found = [k for _, _, k in table.keys_in(*_span_of(subject)) if k != exclude]
        key = found[0] if found else None
    return table.id_of(key) if key and key != exclude else None


def _judgement(token: Any) -> str | None:
    """'views these actions as infringements': the noun after "as" carries the polarity."""
    for child in token.children:
        nouns = []
        if child.dep_ == "prep" and child.lower_ == "as":
            nouns = [c for c in child.children if c.dep_ == "pobj"]
        elif child.dep_ in ("oprd", "xcomp"):
            nouns = [child]
        for noun in nouns:
            words = {noun.lemma_.lower(), noun.lower_}
            if words & OPPOSE_NOUNS:
                return "oppose"
            if words & SUPPORT_NOUNS:
                return "support"
    return None


def _ordered(stances: dict[str, Stance]) -> list[Stance]:
    return sorted(stances.values(), key=lambda s: (s.span.start, s.key))


def _date(quote: Quote | None) -> DateValue:
    return quote.said_on if quote is not None else DateValue()


def _basis(quote: Quote | None) -> str | None:
    return quote.key if quote is not None else None


def _source(
    token: Any, quote: Quote | None, table: ActorTable, resolver: SpeakerResolver
) -> str | None:
    found = subjects_of(token)
    subject = found[0] if found else None
    if quote is not None:
        if subject is None and token.dep_ in ("acl", "relcl", "advcl", "pcomp", "xcomp", "csubj"):
            return None  # "steps to crack down on the opposition": not the speaker's doing
        if token.dep_ == "relcl" and (
            subject is None or subject.i == token.head.i or subject.lower_ in ("who", "which")
        ):
            return None  # "the people who are demanding their rights": theirs, not the speaker's
        if subject is None or (subject.pos_ == "PRON" and subject.lower_ in _SELF):
            return quote.speaker
        key = table.key_at(subject.idx, subject.idx + len(subject.text))
        if key is not None and not table.is_named(key):
            key = None
        if key is None and subject.lower_ in ("he", "she", "they", "it"):
            speaker_key = next((k for k in table.drafts if table.id_of(k) == quote.speaker), None)
            key = resolver.pronoun(subject.lower_, subject.idx, speaker=speaker_key)
        # A polarity verb whose subject is no actor ("such measures undermine ...") voices
        # the speaker's own position.
        return table.id_of(key) if key else quote.speaker
    if subject is None:
        return None
    key = resolver.resolve(subject)
    return table.id_of(key) if key else None


def _doer(token: Any, quote: Quote, table: ActorTable, resolver: SpeakerResolver) -> str | None:
    """The actor doing what a quoted verb says, not the speaker ("they stole ...")."""
    found = subjects_of(token)
    if not found:
        return None
    subject = found[0]
    if subject.lower_ in ("he", "she", "they", "it"):
        speaker_key = next((k for k in table.drafts if table.id_of(k) == quote.speaker), None)
        key = resolver.pronoun(subject.lower_, subject.idx, speaker=speaker_key)
    else:
        key = table.key_at(subject.idx, subject.idx + len(subject.text))
    return table.id_of(key) if key else None


def _target(
    token: Any, table: ActorTable, text: str, quote: Quote | None
) -> tuple[str, str, str] | None:
    obj = next((c for c in token.children if c.dep_ in ("dobj", "attr")), None)
    if obj is None:
        prep = next(
            (
                c
                for c in token.children
                if c.dep_ == "prep"
                and c.lower_ in ("with", "by", "behind", "against", "for", "on", "alongside")
            ),
            None,
        )
        obj = (
            next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        )
        if obj is not None and obj.lemma_.lower() == "side":
            # "stands on the side of the democratic aspirations of the people"
            of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            obj = (
                next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            )
        elif prep is not None and prep.lower_ == "on":
            obj = None
    if obj is None:
        # "that everyone should oppose": the object is what the relative clause hangs on.
        if token.dep_ != "relcl":
            return None
        obj = token.head
        if obj.dep_ == "attr":
            # "crackdowns are something that everyone should oppose"
            obj = next((c for c in obj.head.children if c.dep_ == "nsubj"), obj)
    key = table.key_at(obj.idx, obj.idx + len(obj.text))
    if key is None:
        # "Vargas's rival, Carlos Mendez": the apposition, not the owner.
        for t in sorted(obj.children, key=lambda c: c.dep_ != "appos"):
            if t.dep_ in ("compound", "appos", "conj"):
                key = table.key_at(t.idx, t.idx + len(t.text))
                if key:
                    break
    if key is not None:
        return "actor", table.id_of(key), table.draft(key).name
    if obj.pos_ == "PRON":
        if quote is None or obj.lower_ not in ("them", "him", "her"):
            return None
        for _, _, key in reversed(table.mentions_before(obj.idx)):
            draft = table.draft(key)
            if table.id_of(key) != quote.speaker and (draft.type == "Person") == (
                obj.lower_ != "them"
            ):
                return "actor", table.id_of(key), draft.name
        return None
    toks = sorted(obj.subtree, key=lambda t: t.i)
    if quote is not None:
        toks = [t for t in toks if quote.span.start <= t.idx < quote.span.end]
    if not toks:
        return None
    label = clean_name(text[toks[0].idx : toks[-1].idx + len(toks[-1].text)])
    words = label.split()
    if not words or len(words) > 12 or not any(ch.isalpha() for ch in label):
        return None
    # A proposition of the claim vocabulary ("Mendez's victory": Mendez won the election), else
    # an issue phrase; a fragment ("laws") is none.
    owner = next((c for c in obj.children if c.dep_ == "poss"), None)
    owner_key = table.key_at(owner.idx, owner.idx + len(owner.text)) if owner is not None else None
    actor = table.draft(owner_key).name if owner_key and table.is_named(owner_key) else None
    claim = claim_for(label, actor=actor, country=_story(table)) or issue_claim(label)
    return ("claim", claim.id, claim.text) if claim is not None else None


def _story(table: ActorTable) -> str | None:
    country = story_country(table.text)
    return country.name if country is not None else None
