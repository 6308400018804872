"""Stances carried by nouns: "the victory of X", "support for X", "voiced concern over Y"."""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable, clean_name
from graph.extract.claims import (
    HYPOTHETICAL,
    claim_for,
    evidence_span,
    issue_claim,
)
from graph.extract.elections import election_country
from graph.extract.lexicon import (
    CHALLENGE_NOUNS,
    DISPUTE_VERBS,
    OPPOSE_NOUNS,
    STANCE_CARRIERS,
    SUPPORT_NOUNS,
    VICTORY_NOUNS,
)
from graph.extract.negation import negated, not_enough
from graph.extract.noun_holders import another_owns, not_carried, thing_holds, third_party
from graph.extract.noun_phrases import noun_phrase
from graph.extract.owners import owner_of
from graph.extract.parse_links import verb_above
from graph.extract.speakers import SpeakerResolver
from graph.extract.stance_claimed import story_winner
from graph.extract.stance_roles import basis_of, date_of
from graph.extract.stance_verdicts import marred_by_fault
from graph.extract.syntax import prep_objects, subjects_of
from graph.model import Quote, Span, Stance
from graph.text import slugify

__all__ = ["WIN_NOUNS", "noun_stances", "poss_actor", "prep_actor", "span_of"]

WIN_NOUNS = VICTORY_NOUNS | {"victor", "winner"}
# Displeasure voiced at someone, beside the lexicon's stance nouns: "lodged a protest with X",
# "expressed strong protest to the State Department", "voiced its displeasure with X", "issued
# a sharp warning to X", "delivered a rebuke to X".
_PROTESTS = frozenset(
    {"protest", "objection", "displeasure", "indignation", "outrage", "warning", "rebuke",
     "reprimand", "ultimatum"}
)  # fmt: skip
_LODGE = frozenset({"lodge", "file", "register", "deliver", "send", "issue"})
# "protested the victory of X", "denounced X's win": disputed.
_DISPUTE_VERBS = DISPUTE_VERBS | {"deny", "undermine", "doubt", "protest"}
# Nouns whose possessor holds a stance towards the object of their preposition: "X's criticism
# of Y", "X's backing for Y", "X's retaliation against Y". Nouns of wrongdoing ("X's fraud") and
# of feeling ("X's concern for Y") are left out: their possessor is no stance holder.
_POSS_OPPOSE = frozenset(
    {
        "attack",
        "boycott",
        "condemnation",
        "crackdown",
        "criticism",
        "persecution",
        "rejection",
        "repression",
        "retaliation",
        "sanction",
        "sanctions",
        "threat",
    }
)
_POSS_SUPPORT = frozenset(
    {"backing", "congratulations", "defence", "defense", "endorsement", "praise", "recognition",
     "solidarity", "support"}
)  # fmt: skip
# Measures that are hostile by their kind: "X's retaliatory tariffs on Y", "punitive duties".
_HOSTILE_KINDS = frozenset({"retaliatory", "punitive", "hostile", "reciprocal"})
# Verbs whose subject is given what their object noun is: "has the support of X" (X's).
_RECEIVING = frozenset({"have", "get", "receive", "enjoy", "win", "gain", "earn", "lose", "retain"})
_POSS_PREPS = ("of", "for", "against", "on", "toward", "towards", "with", "to")


def noun_stances(
    token: Any, quote: Quote | None, table: ActorTable, text: str, resolver: SpeakerResolver
) -> list[Stance]:
    """Stances carried by nouns: "the victory of X", "support for X", "attempt at fraud"."""
    lemma = token.lemma_.lower()
    if lemma in WIN_NOUNS:
        made = _victory(token, quote, table, text)
        return [made] if made is not None else []
    received = _received(token, quote, table, text, resolver)
    if received is not None:
        return [received]
    hostile = any(c.dep_ == "amod" and c.lower_ in _HOSTILE_KINDS for c in token.children)
    if lemma in _POSS_OPPOSE or lemma in _POSS_SUPPORT or hostile:
        held = _possessed(token, quote, table, text)
        if held is not None:
            return [held]
    if lemma in _FAILINGS and quote is not None:
        failing = _failing(token, quote, table, text)  # "the government's lack of vision"
        return [failing] if failing is not None else []
    if not (lemma in _SUPPORTING or lemma in OPPOSE_NOUNS) and not (
        lemma in _PROTESTS and quote is None  # narrated only: "lodged a protest with X"
    ):
        return []
    if quote is None:
        return _voiced(token, table, text, resolver)
    made = _quoted_noun(token, quote, table, text)
    return [made] if made is not None else []


# Failings a speaker lays at someone's door: "National's lack of vision", "the council's failure
# to publish", "Maduro's incompetence".
_FAILINGS = frozenset(
    {"lack", "failure", "incompetence", "mismanagement", "ineptitude", "negligence",
     "arrogance", "hypocrisy", "corruption", "cowardice", "intransigence", "dishonesty"}
)  # fmt: skip


def _failing(token: Any, quote: Quote, table: ActorTable, text: str) -> Stance | None:
    """A quoted failing of a named owner ("X's lack of vision"): the speaker opposes X."""
    owner = poss_actor(token, table)
    verb = verb_above(token, limit=4)
    if owner is None or table.id_of(owner) == quote.speaker or (verb and negated(verb)):
        return None
    start, end = evidence_span(verb if verb is not None else token, quote)
    return Stance(
        quote.speaker,
        table.id_of(owner),
        "actor",
        "oppose",
        Span.of(text, start, end),
        date_of(quote),
        basis_of(quote),
        0.5,
    )


def _said_by(verb: Any, table: ActorTable, key: str) -> bool:
    """Whether the subject of ``verb`` is the actor ``key``."""
    return any(
        table.key_at(c.idx, c.idx + len(c.text)) == key
        for c in verb.children
        if c.dep_ in ("nsubj", "nsubjpass")
    )


def _victory(token: Any, quote: Quote | None, table: ActorTable, text: str) -> Stance | None:
    """ "the victory of X": the claim that X won, asserted or (rejected, "proclaimed") disputed."""
    winner = prep_actor(token, table, ("of", "for", "to")) or poss_actor(token, table)
    if winner is None:
        return _celebrated(token, quote, table, text)
    if table.draft(winner).type != "Person":
        return None
    verb = verb_above(token, limit=4)
    if verb is not None and any(c.lower_ in HYPOTHETICAL for c in verb.children):
        return None
    if quote is not None and not third_party(verb, token):
        source = quote.speaker
    elif verb is not None and _said_by(verb, table, winner):
        return None  # "Maduro described his victory as ...": the winner's own, read elsewhere
    else:
        source = _clause_actor(verb, table, exclude=winner) if verb is not None else None
    if source is None or source == table.id_of(winner):
        return None
    claim_id = f"{slugify(table.id_of(winner))}-won-the-election"
    start, end = evidence_span(verb if verb is not None else token, quote)
    # "rejected Maduro's victory", "the proclaimed victory": disputed, not asserted.
    # "did not challenge X's victory", "not enough to challenge it": a dispute turned round.
    turned = verb is not None and (negated(verb) or not_enough(verb))
    # "ruling that X's victory was marred by irregularities": a win its fault undoes
    marred = token.dep_ == "nsubjpass" and token.head == verb and marred_by_fault(verb)
    disputed = verb is not None and (verb.lemma_.lower() in _AGAINST_A_WIN or marred) != turned
    disputed = disputed or any(
        c.lower_ in ("proclaimed", "alleged", "supposed", "so-called", "claimed", "fraudulent")
        for c in token.children
    )
    if _challenged(token, verb):  # "rejected a challenge to X's victory": the challenge is
        disputed = not disputed  # what the verb judges; filing one disputes the win
    polarity = "oppose" if disputed else "support"
    span = Span.of(text, start, end)
    return Stance(source, claim_id, "claim", polarity, span, date_of(quote), basis_of(quote), 0.55)


# What would undo a win, named as a noun: "demanded the annulment of X's victory".
_ANNULMENTS = frozenset(
    {"bid", "annulment", "nullification", "cancellation", "invalidation", "overturning"}
)


def _challenged(victory: Any, verb: Any | None) -> bool:
    """Whether the verb's own object is a challenge the victory hangs on ("rejected an
    opposition challenge to X's victory", "filed a petition against his win", "demanded the
    annulment of his win")."""
    if verb is None:
        return False
    head = victory
    while head.head.i not in (head.i, verb.i):
        head = head.head
    bid = head.lemma_.lower() in CHALLENGE_NOUNS | _ANNULMENTS
    return head.i != victory.i and head.head.i == verb.i and head.pos_ == "NOUN" and bid


# Verbs that would undo a win: "vowed to fight X's victory", "sought to overturn X's win".
_UNDOING = frozenset(
    {"fight", "overturn", "annul", "oppose", "condemn", "denounce", "refuse", "block", "nullify"}
)
_AGAINST_A_WIN = _DISPUTE_VERBS | _UNDOING
_CELEBRATE = frozenset({"celebrate", "hail", "cheer", "toast", "savour", "savor", "relish"})


def _celebrated(token: Any, quote: Quote | None, table: ActorTable, text: str) -> Stance | None:
    """ "the ruling party celebrates the victory", "we celebrate our victory": a victory no one
    is named winning, celebrated, backs the win the story tells (else the celebrant's own)."""
    verb = token.head
    if token.dep_ != "dobj" or verb.lemma_.lower() not in _CELEBRATE or negated(verb):
        return None
    if any(c.dep_ == "prep" for c in token.children):
        return None  # "the victory of the people", "a victory for democracy": not one's win
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    if quote is not None and subject.lower_ in ("we", "i"):
        source: str | None = quote.speaker
    else:
        key = table.key_at(subject.idx, subject.idx + len(subject.text))
        source = table.id_of(key) if key is not None else None
    if source is None:
        return None
    winner = story_winner(token.doc, table)
    owner = table.id_of(winner) if winner is not None else source
    span = Span.of(text, *evidence_span(verb, quote))
    claim_id = f"{slugify(owner)}-won-the-election"
    return Stance(source, claim_id, "claim", "support", span, date_of(quote), basis_of(quote), 0.55)


def _quoted_noun(token: Any, quote: Quote, table: ActorTable, text: str) -> Stance | None:
    """A stance noun in a quotation ("our support for X"): the speaker's stance on X; not one
    another holds ("her support for X", "the union's opposition to X")."""
    if another_owns(token):
        return None
    polarity = "support" if token.lemma_.lower() in _SUPPORTING else "oppose"
    preps = ("for", "against", "of", "toward", "towards", "with")
    if token.dep_ == "dobj" and token.head.lemma_.lower() in _RECEIVING:
        preps = preps[:2]  # "he will have the support of the FA": the FA gives it, not gets it
    target = prep_actor(token, table, preps)
    verb = verb_above(token, limit=4)
    if verb is not None and (
        not_carried(verb) or (polarity == "support" and thing_holds(verb, token, table))
    ):
        return None  # "the ruling does not represent an endorsement of X": nobody's, or not hers
    carried = verb is not None and verb.lemma_.lower() in STANCE_CARRIERS
    if target is None and polarity == "oppose" and verb is not None and not carried:
        # "allowing Maduro ... to carry out a massive attempt at fraud": the actor in the clause
        # (not one who "raised concerns" with the speaker: that one holds them too).
        clause = verb.head if verb.dep_ in ("xcomp", "ccomp") else verb
        found = [
            k
            for s, e, k in table.keys_in(*span_of(clause))
            if table.id_of(k) != quote.speaker
            and quote.span.start <= s < token.idx  # never the speaker's own title's owner
            and table.is_named(k)
        ]
        target = found[0] if found else None
        verb = clause
    if target is None or table.id_of(target) == quote.speaker:
        return None
    start, end = evidence_span(verb if verb is not None else token, quote)
    span = Span.of(text, start, end)
    target_id = table.id_of(target)
    return Stance(
        quote.speaker, target_id, "actor", polarity, span, date_of(quote), basis_of(quote), 0.5
    )


def _voiced(token: Any, table: ActorTable, text: str, resolver: SpeakerResolver) -> list[Stance]:
    """Narrated: "Spain expressed support for the opposition", "voiced concern over the violence"."""
    verb = token.head
    if token.dep_ != "dobj" or not (
        verb.lemma_.lower() in STANCE_CARRIERS or verb.lemma_.lower() in _LODGE
    ):
        return []
    found = subjects_of(verb)
    key = resolver.resolve(found[0]) if found else None
    if key is None:
        return []
    polarity = "support" if token.lemma_.lower() in _SUPPORTING else "oppose"
    preps = ("for", "with", "over", "about", "at", "against", "toward", "towards", "to", "behind")
    target = _rejected(token, table) or prep_actor(token, table, preps)
    if target is None and (polarity == "support" or token.lemma_.lower() in _PROTESTS):
        target = _sent_to(verb, table)  # "sent its congratulations to X" (not "concern to X")
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
            # "the failure of a system designed to limit fraud": the failure, not fraud
            label = clean_name(text[slice(*noun_phrase(pobj, []))])
            country = election_country(token.doc, text) if label else None
            claim = claim_for(label, country=country) or issue_claim(label) if label else None
            if claim is not None:
                return [Stance(table.id_of(key), claim.id, "claim", polarity, span, confidence=0.5)]
    return []


def _rejected(token: Any, table: ActorTable) -> str | None:
    """Whom a noun of rejection opposes: the actor its "of" phrase names ("its criticism of
    Russia") or the owner of the thing it names ("its rejection of X's bid", "of the bid from
    X"); not one the thing is done to ("condemnation of the attack on X")."""
    if token.lemma_.lower() not in _REJECTING:
        return None
    things = prep_objects(token, "of")
    found = (table.key_at(t.idx, t.idx + len(t.text)) or owner_of(t, table) for t in things)
    return next((k for k in found if k is not None), None)


_REJECTING = frozenset({"rejection", "condemnation", "criticism"})


def _possessed(token: Any, quote: Quote | None, table: ActorTable, text: str) -> Stance | None:
    """ "X's criticism of Y", "Y's backing for Z": the possessor's stance on the phrase's actor.

    Whoever reports it (a narrator or a quoted speaker), the stance is the possessor's.
    """
    holder = poss_actor(token, table)
    if holder is None:
        return None
    verb = verb_above(token, limit=4)
    if verb is not None and negated(verb):
        return None
    target = prep_actor(token, table, _POSS_PREPS) or next(
        (
            owner_of(g, table)
            for c in token.children
            if c.dep_ == "prep" and c.lower_ in ("against", "on")
            for g in c.children
            if g.dep_ == "pobj" and owner_of(g, table)
        ),
        None,
    )  # "retaliatory duties against Korean steel": the maker of the goods
    if target is None or table.id_of(target) == table.id_of(holder):
        return None
    polarity = "support" if token.lemma_.lower() in _POSS_SUPPORT else "oppose"
    if any(c.dep_ == "amod" and c.lower_ in _HOSTILE_KINDS for c in token.children):
        polarity = "oppose"  # "X's retaliatory support ..." is no support
    start, end = evidence_span(verb if verb is not None else token, quote)
    return Stance(
        table.id_of(holder),
        table.id_of(target),
        "actor",
        polarity,
        Span.of(text, start, end),
        date_of(quote),
        basis_of(quote),
        0.55,
    )


# Verbs whose subject is given or dealt what their object noun is: "has the support of X",
# "faced criticism from X", "drew praise from X"; "came under fire from X" (a "under" phrase).
_GIVEN = _RECEIVING | {"face", "draw", "attract", "receive", "meet", "come", "find", "spark"}
_GIVEN_OPPOSE = _POSS_OPPOSE | {
    "rebuke",
    "backlash",
    "fire",
    "condemnation",
    "criticism",
    "pressure",
}
_GIVEN_SUPPORT = _POSS_SUPPORT | {"congratulation", "applause", "approval"}
# Nouns of support a holder voices or sends: "sent its congratulations to X" as "support for X".
_SUPPORTING = SUPPORT_NOUNS | _GIVEN_SUPPORT


def _received(
    token: Any, quote: Quote | None, table: ActorTable, text: str, resolver: SpeakerResolver
) -> Stance | None:
    """ "Y has the full support of X", "Y faced criticism from X", "Y's plan found a quick rebuke
    from X", "sparked backlash from X": X's stance on Y (on the owner of a thing that drew it)."""
    lemma = token.lemma_.lower()
    if lemma in _GIVEN_SUPPORT:
        polarity = "support"
    elif lemma in _GIVEN_OPPOSE:
        polarity = "oppose"
    else:
        return None
    verb = token.head
    if token.dep_ == "pobj" and verb.lower_ == "under":
        verb = verb.head  # "came under fire from X"
    elif token.dep_ != "dobj":
        return None
    if verb.lemma_.lower() not in _GIVEN or negated(verb) or verb.lemma_.lower() == "lose":
        return None
    giver = prep_actor(token, table, ("from", "of")) or prep_actor(verb, table, ("from",))
    found = subjects_of(verb)
    if giver is None or not found:
        return None
    subject = found[0]
    key = table.key_at(subject.idx, subject.idx + len(subject.text))
    if key is None and subject.pos_ == "NOUN":
        key = owner_of(subject, table)  # "X's plan drew a rebuke from Y": Y opposes X
    elif key is None and not (quote is not None and subject.pos_ == "PRON"):
        key = resolver.resolve(subject)  # a quoted "he" is whoever the speaker means
    if key is None or table.id_of(key) == table.id_of(giver):
        return None
    start, end = evidence_span(verb, quote)
    return Stance(
        table.id_of(giver),
        table.id_of(key),
        "actor",
        polarity,
        Span.of(text, start, end),
        date_of(quote),
        basis_of(quote),
        0.55,
    )


def span_of(token: Any) -> tuple[int, int]:
    toks = list(token.subtree)
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def prep_actor(token: Any, table: ActorTable, preps: tuple[str, ...]) -> str | None:
    """The actor of the first of ``preps`` the noun has, in their order of preference.

    "the support of voters for X": the stance is for X (the 'of' phrase holds it), also when
    the parser hangs "for X" on the 'of' phrase ("of voters and the world for X").
    """
    children = [c for c in token.children if c.dep_ == "prep" and c.lower_ in preps]
    for holder in [c for c in children if c.lower_ == "of"]:
        for pobj in (c for c in holder.children if c.dep_ == "pobj"):
            for t in [pobj, *(c for c in pobj.children if c.dep_ == "conj")]:
                children += [c for c in t.children if c.dep_ == "prep" and c.lower_ in preps[:1]]
    children.sort(key=lambda c: preps.index(c.lower_))
    for child in children:
        for pobj in (c for c in child.children if c.dep_ == "pobj"):
            for t in [pobj, *(c for c in pobj.children if c.dep_ in ("appos", "conj"))]:
                key = table.key_at(t.idx, t.idx + len(t.text))
                if key:
                    return key
            for _, _, key in table.keys_in(*_phrase_of(pobj)):
                return key
    return None


def _phrase_of(noun: Any) -> tuple[int, int]:
    """The characters of a noun's own phrase, up to a finite clause the parser hung on it ("the
    results" of "the results led to protests in Kisumu": a misread clause names no actor of the
    phrase; a participle's, "the violence carried out by X", does)."""
    clauses = [
        c.left_edge.i
        for c in noun.children
        if c.dep_ == "acl" and c.i > noun.i and c.tag_ in ("VBD", "VBZ", "VBP")
    ]  # a finite verb: "the results led to ...", not "the violence carried out by X"
    start, end = span_of(noun)
    if not clauses:
        return start, end
    last = noun.doc[min(clauses) - 1]
    return start, last.idx + len(last.text)


def _sent_to(verb: Any, table: ActorTable) -> str | None:
    """Whom a voiced or sent stance goes to, hung on the verb: "sent its congratulations to X"."""
    for to in (
        c for c in verb.children if c.dep_ in ("dative", "prep") and c.lower_ in ("to", "behind")
    ):  # "sent its congratulations to X", "threw its support behind X"
        for pobj in (c for c in to.children if c.dep_ == "pobj"):
            key = table.key_at(pobj.idx, pobj.idx + len(pobj.text))
            if key:
                return key
    return None


def poss_actor(token: Any, table: ActorTable) -> str | None:
    """The actor key of a noun's possessor ("the union's campaign"), or None."""
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
        found = [k for _, _, k in table.keys_in(*span_of(subject)) if k != exclude]
        key = found[0] if found else None
    return table.id_of(key) if key and key != exclude else None
