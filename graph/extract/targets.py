"""Targets resolved like speakers: who "him", "the head of state" or "his Venezuelan counterpart" is.

A stance's target is often not named where the stance is taken. The article names the person
elsewhere, and the same rules that find a speaker find the target: an object pronoun is the
latest actor of its kind; a definite role noun ("the president", "the head of state") is the
person written with that role; "his Bolivian counterpart" is the person the article writes with
that country ("Bolivian President Ana Rojas", "Bolivia's Rojas"). Each reference found is marked
in the actor table as a mention, so the stance rules and the learned model both see it. A
reference that resolves to no one, or to more than one person, is left alone.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from graph.extract.agents import country_named
from graph.extract.coref import ORG_NOUNS
from graph.extract.datelines import wire_credit
from graph.extract.lexicon import (
    GROUP_NOUNS,
    PEOPLE_NOUNS,
    REELECTION_NOUNS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    VICTORY_NOUNS,
)
from graph.extract.noun_speakers import read_noun
from graph.extract.owner_pronouns import clause_owner
from graph.extract.parse_links import conjuncts, example_prep
from graph.extract.plural_bodies import named_together
from graph.extract.syntax import subjects_of

if TYPE_CHECKING:
    from graph.extract.actors import ActorTable
    from graph.extract.speakers import SpeakerResolver

__all__ = [
    "coordinated",
    "examples",
    "heads_of",
    "mark_references",
    "named_in",
    "owned_topics",
    "stood_for",
]

_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they"})
_OBJECTS = frozenset({"dobj", "pobj", "dative", "obj"})
# Role nouns that name one office holder; "the president" is the person written as president.
_OFFICES = frozenset(
    {
        "president",
        "premier",
        "chancellor",
        "minister",
        "leader",
        "ruler",
        "incumbent",
        "governor",
        "mayor",
        "chairman",
        "chairwoman",
        "ceo",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "secretary",
        "senator",
    }
)
# The offices a head of state or government is written with.
_STATE_HEADS = ("president", "premier", "king", "queen", "monarch", "emir", "sultan")
_COUNTERPARTS = frozenset({"counterpart", "counterparts", "opposite", "peer"})
# Heads that stand for the actors of their "of" phrase: "the leaders of Russia and China".
_STAND_INS = frozenset(
    {
        "leader",
        "leaders",
        "government",
        "governments",
        "president",
        "presidents",
        "head",
        "heads",
        "representative",
        "representatives",
        "official",
        "officials",
        "minister",
        "ministers",
        "delegation",
        "delegations",
    }
)


def owned_topics(noun: Any, table: ActorTable) -> bool:
    """Whether ``noun`` is an actor's thing, so that a name compounded into it only says what it
    is about: "the Abel Government's Medicare package" is the government's, not Medicare's."""
    return any(c.dep_ == "poss" and table.key_at(c.idx, c.idx + len(c.text)) for c in noun.children)


def heads_of(tok: Any, table: ActorTable) -> list[str]:
    """The actors a phrase is about: its head, or a name in apposition or conjunction — not
    someone inside it ("condemned the arrest of Vargas" targets no actor), nor what an owner's
    thing is about ("the council's Medicare package")."""
    found = []
    parts = ("appos", "conj") if owned_topics(tok, table) else ("appos", "compound", "conj")
    for t in (tok, *(c for c in tok.children if c.dep_ in parts)):
        key = table.key_at(t.idx, t.idx + len(t.text))
        if key and key not in found:
            found.append(key)
    return found


def named_in(prep: Any, table: ActorTable) -> str | None:
    """The id of the named actor a preposition's object is about (``heads_of``), else None:
    "at odds with the union", "confidence in the union"."""
    for pobj in (c for c in prep.children if c.dep_ == "pobj"):
        keys = heads_of(pobj, table)
        if keys and table.is_named(keys[0]):
            return table.id_of(keys[0])
    return None


def coordinated(obj: Any, table: ActorTable) -> list[str]:
    """The actors a target phrase names: itself and its conjuncts, or those of its "of" phrase.

    "Russia and China" and "the leaders of Russia and China" both give Russia and China (keys in
    text order); a phrase naming no actor gives none.
    """
    heads = [obj]
    if table.key_at(obj.idx, obj.idx + len(obj.text)) is None and obj.lower_ in _STAND_INS:
        heads = [
            g
            for c in obj.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj"
        ]
    elif table.key_at(obj.idx, obj.idx + len(obj.text)) is None:
        heads = examples(obj) or heads
    found: list[str] = []
    for head in heads:
        for token in (head, *conjuncts(head)):
            key = table.key_at(token.idx, token.idx + len(token.text))
            if key is not None and key not in found:
                found.append(key)
    return found


def stood_for(subject: Any, table: ActorTable) -> list[str]:
    """The actors a stand-in subject's "of" phrase names ("The leaders of Russia and China
    congratulated ..." is Russia and China), or a plural's examples ("bodies such as the OAS
    and the EU", "several countries, including Chile"), else none: a plural "leaders" is no one
    person."""
    if table.key_at(subject.idx, subject.idx + len(subject.text)):
        return []
    if together := named_together(subject, table):  # "the companies said"
        return together
    if _pair_word(subject):
        return _pair_before(subject, table)
    if subject.lower_ not in _STAND_INS and not examples(subject):
        return []
    return coordinated(subject, table)


def _pair_word(subject: Any) -> bool:
    """ "Both congratulated X", "The two met X": a subject standing for two people."""
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return subject.lower_ == "both" or (
        subject.lower_ == "two" and any(c.lower_ == "the" for c in subject.children)
    )


def _pair_before(subject: Any, table: ActorTable) -> list[str]:
    """The two people the sentence before names (and this one does not), else none: "... leaders
    like X of St. Vincent and Y of Dominica. Both congratulated Z" is X and Y."""
    sent = subject.sent
    if sent.start == 0:
        return []
    here = {table.key_at(t.idx, t.idx + len(t.text)) for t in sent}
    named: list[str] = []  # any actor but a place: a third party makes "both" unsure
    for token in subject.doc[sent.start - 1].sent:
        key = table.key_at(token.idx, token.idx + len(token.text))
        if key is None or key in here or key in named or table.draft(key).type == "Country":
            continue
        named.append(key)
    people = [k for k in named if table.draft(k).type == "Person"]
    return people if len(named) == 2 and len(people) == 2 else []


def examples(noun: Any) -> list[Any]:
    """The first examples a plural noun gives: "bodies such as X, Y and Z", "countries,
    including X and Y", "groups like X" (X; its conjuncts are the others)."""
    if noun.tag_ != "NNS":
        return []
    return [g for c in noun.children if example_prep(c) for g in c.children if g.dep_ == "pobj"]


def mark_references(doc: Any, table: ActorTable, resolver: SpeakerResolver) -> None:
    """Mark object pronouns, office holders and counterparts as mentions of their actors."""
    quoted = resolver.quoted
    for token in doc:
        body = token.pos_ == "NOUN" and token.lemma_.lower() in _BODIES | ORG_NOUNS
        subject = token.dep_ in ("nsubj", "nsubjpass") and (
            token.lower_ in _SUBJECT_PRONOUNS or body
        )
        won = token.dep_ == "poss" and token.lower_ in _OWNERS and token.head.lemma_ in _WINS
        # "refuted the president's allegations": an office holder owning what is judged
        held = token.dep_ == "poss" and token.lemma_.lower() in ROLE_NOUNS and _definite(token)
        if not (
            subject or won or held or token.dep_ in _OBJECTS or (body and token.dep_ == "poss")
        ):
            continue
        if table.key_at(token.idx, token.idx + len(token.text)):
            continue
        if not body and any(s <= token.idx < e for s, e in quoted):
            continue  # inside a quotation "him" is whoever the speaker means: left to the rules
        key = _reference(token, table, resolver)
        if key is not None and _credit_only(table, key):
            continue  # "BAKU (Reuters) - ...": a wire credit is nobody's antecedent
        if key is not None:
            start, end = _phrase(token)
            if not table.key_at(start, end):
                table.attach(key, start, end, alias=not held)  # an office is no one's name


def _credit_only(table: ActorTable, key: str) -> bool:
    """Whether an actor is named only as a wire credit before a dash ("(Reuters) - ")."""
    return all(wire_credit(table.text, m.start, m.end) for m in table.draft(key).mentions)


def _definite(token: Any) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)


# "annulled his election win", "hailed her victory": the winner a possessive names, whose win
# the claim rules read from the possessor.
_OWNERS = frozenset({"his", "her"})
_WINS = VICTORY_NOUNS | REELECTION_NOUNS


def _reference(token: Any, table: ActorTable, resolver: SpeakerResolver) -> str | None:
    if (owner := clause_owner(token, resolver.named, resolver.genders)) is not None:
        return owner  # "Berg's rivals accuse him of ...": Berg
    if token.dep_ == "poss" and token.lower_ in _OWNERS:
        return resolver.pronoun("he" if token.lower_ == "his" else "she", token.idx)
    key = _referent(token, table, resolver)
    if key is not None and token.lower_ in ("they", "them") and _plural_rival(token, table, key):
        return None
    return key


# Plural nouns of people or bodies that "they" may stand for instead of a named actor.
_PLURAL_PEOPLE = ROLE_NOUNS | PEOPLE_NOUNS | GROUP_NOUNS | {"country", "nation", "party", "state"}
_JUDGING = frozenset(
    {"describe", "call", "label", "brand", "term", "dub", "deem", "consider", "regard", "view"}
)
_PARTITIVES = frozenset({"some", "many", "most", "all", "none", "one", "two", "several", "few"})


def _plural_rival(token: Any, table: ActorTable, key: str) -> bool:
    """Whether "they"/"them" may as well stand for people a plural noun names after the actor's
    last mention ("sympathy for the opposition leaders, noting that they ...": the leaders,
    not the country named before), or is partitive ("some of them"): then it stays unresolved.
    """
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in _PARTITIVES:
        return True
    # "described them as absurd": what is judged is as often a thing said as its sayers.
    judged = token.dep_ == "dobj" and token.head.lemma_.lower() in _JUDGING
    sent = token.sent
    start = sent.start
    if start > 0:
        start = token.doc[start - 1].sent.start  # the sentence before too
    for t in reversed(token.doc[start : token.i]):
        found = table.key_at(t.idx, t.idx + len(t.text))
        if found is not None:
            if found == key:
                return False
            continue
        if t.tag_ not in ("NNS", "NNPS"):
            continue
        if t.lemma_.lower() in _PLURAL_PEOPLE:
            # Not the people one speaks to: in "X told reporters they would ...", "they" is X.
            return not (t.dep_ in ("dobj", "dative", "pobj") and _speech(t.head))
        if judged:
            return True
    return False


def _speech(token: Any) -> bool:
    verb = token.head if token.pos_ == "ADP" else token
    return verb.lemma_.lower() in SPEECH_VERBS


def _referent(token: Any, table: ActorTable, resolver: SpeakerResolver) -> str | None:
    low = token.lower_
    if low in _SUBJECT_PRONOUNS and token.dep_ in ("nsubj", "nsubjpass"):
        return resolver.pronoun(low, token.idx)
    if low in _OBJECT_PRONOUNS:
        parallel = _parallel_object(token, table)
        if parallel is not None:
            return parallel
        # Never the subject of its own verb: in "Berg praised her", "her" is not Berg; nor
        # that of the verb a participle hangs on ("he lashed out at X, accusing him of ...").
        verb = token.head.head if token.dep_ == "pobj" else token.head
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        subjects = subjects or (
            subjects_of(verb) if verb.tag_ == "VBG" and verb.dep_ == "advcl" else []
        )
        doer = (
            table.key_at(subjects[0].idx, subjects[0].idx + len(subjects[0].text))
            if subjects
            else None
        )
        if doer is None and subjects and subjects[0].lower_ in ("he", "she", "they"):
            doer = resolver.pronoun(subjects[0].lower_, subjects[0].idx)
        return (
            resolver.pronoun(low, token.idx, speaker=doer)
            if doer
            else resolver.pronoun(low, token.idx)
        )
    if token.pos_ != "NOUN":
        return None
    lemma = token.lemma_.lower()
    if lemma in _BODIES and (found := _named_body(token, table)) is not None:
        return found
    if (found := _company(token, table, resolver)) is not None:
        return found  # "the company", "the airline": the business the story is about
    if lemma in _COUNTERPARTS:
        country = next(
            (country_named(c.text) for c in token.children if country_named(c.text)), None
        )
        return _written_with(table, country.forms) if country is not None else None
    definite = _definite(token)
    state_head = lemma == "head" and _of_state(token)
    office = lemma in _OFFICES or state_head
    if not (office and definite) or any(c.dep_ == "poss" for c in token.children):
        return None
    # "the transport secretary": the one written "Transport Secretary X", not another secretary
    kinds = [c.lower_ for c in token.children if c.dep_ == "compound"]
    if state_head:
        found = None if kinds else _state_head(token, table, resolver)
    else:
        found = resolver.role(low, lemma, token.idx, guess=False)
    if found is None or table.draft(found).type != "Person":
        return None
    return found if not kinds or _titled_with(table, found, kinds) else None


def _titled_with(table: ActorTable, key: str, words: list[str]) -> bool:
    """Whether a mention of the person ``key`` has ``words`` just before it ("Transport
    Secretary Grant Shapps" for "transport")."""
    text = table.text
    return any(
        all(w in text[max(0, m.start - 40) : m.start].lower() for w in words)
        for m in table.draft(key).mentions
    )


# Bodies a definite noun names when the article names one such body: "the federation" is
# the one federation named ("the Spanish federation (RFEF)"), "the party" the one party.
_BODIES = frozenset(
    {"federation", "party", "union", "council", "commission", "committee", "association",
     "league", "club", "company", "bank", "agency", "board", "tribunal", "trust", "foundation",
     "alliance", "movement", "coalition", "institute", "corporation", "group", "college"}
)  # fmt: skip


def _company(token: Any, table: ActorTable, resolver: SpeakerResolver) -> str | None:
    """The organisation "the company", "the firm", "the airline" or "the tech giant" is, with "the"
    (as a speaker is found: the one named body of that noun, else the story's main body); a
    company is never a state body or a group ("the company" is no Commission)."""
    if token.lemma_.lower() not in ORG_NOUNS or token.tag_ != "NN":
        return None
    if any(
        c.dep_ in ("poss", "compound", "amod", "nmod") and not _trade(c) for c in token.children
    ):
        return None  # "the Acme company", "a Chinese firm": another, named or not
    if not _definite(token):
        return None
    found = resolver.body(read_noun(table, resolver.quoted, token))
    return found if found is not None and table.draft(found).type == "Organization" else None


def _trade(modifier: Any) -> bool:
    """A lowercase common noun naming a trade ("the tech giant", "the mining company")."""
    return modifier.dep_ == "compound" and modifier.pos_ == "NOUN" and modifier.text.islower()


def _named_body(token: Any, table: ActorTable) -> str | None:
    """The one non-person actor whose name holds a bare definite body noun ("the federation"),
    else None (none, or more than one: "the party" with two parties named stays unresolved)."""
    definite = _definite(token)
    if (
        not definite
        or token.tag_ != "NN"
        or any(c.dep_ in ("poss", "compound", "amod", "nmod") for c in token.children)
    ):
        return None
    lemma = token.lemma_.lower()
    found = {
        key
        for key, draft in table.drafts.items()
        if draft.type != "Person"
        and any(lemma in n.lower().split() for n in (draft.name, *draft.aliases))
    }
    ids = {table.id_of(k) for k in found}
    return next(iter(found)) if len(ids) == 1 else None


def _state_head(token: Any, table: ActorTable, resolver: SpeakerResolver) -> str | None:
    """The person "the head of state" is."""
    # "the head of state" is the one written as president or premier, not whoever is
    # written as the head of some board ("the head of the electoral council, Ana Ruiz").
    # Only one already named: a president first named later is someone else.
    before = {k for _, _, k in table.mentions_before(token.idx)}
    found = next(
        (k for w in _STATE_HEADS if (k := resolver.role(w, w, token.idx, guess=False))),
        None,
    )
    found = found if found in before else None
    if found is None:
        # Else the one person named so far whose names hold such a title ("President
        # Maduro" among a registry actor's names).
        titled = {
            k
            for k in before
            if table.draft(k).type == "Person"
            and any(
                n.lower().startswith(w + " ")
                for n in _all_names(table.draft(k))
                for w in _STATE_HEADS
            )
        }
        found = titled.pop() if len(titled) == 1 else None
    return found


def _all_names(draft: Any) -> list[str]:
    names = [draft.name, *draft.aliases]
    return names + list(draft.registry.names) if draft.registry is not None else names


def _parallel_object(token: Any, table: ActorTable) -> str | None:
    """ "suspended Rubiales and barred him": the object of the first of two joined verbs."""
    verb = token.head
    if token.dep_ != "dobj" or verb.dep_ != "conj" or verb.head.pos_ != "VERB":
        return None
    for obj in (c for c in verb.head.children if c.dep_ == "dobj"):
        key = table.key_at(obj.idx, obj.idx + len(obj.text))
        if key is not None and table.draft(key).type == "Person":
            return key
    return None


def _of_state(token: Any) -> bool:
    """ "the head of state", "the head of government"."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(g.lower_ in ("state", "government") for g in c.children)
        for c in token.children
    )


def _written_with(table: ActorTable, forms: tuple[str, ...]) -> str | None:
    """The one person the article writes with a country ("Bolivian President Ana Rojas")."""
    names = "|".join(re.escape(f) for f in forms)
    pattern = re.compile(r"\b(?:" + names + r")(?:'s|’s)?\b")
    # "Ana Rojas has won Bolivia's presidential election": the winner of its presidency.
    won = re.compile(
        r"^\s+(?:has |had )?(?:won|wins|was re-?elected in) (?:" + names + r")(?:'s|’s) presiden"
    )
    found = set()
    for start, end, key in table.keys_in(0, len(table.text)):
        if table.draft(key).type != "Person":
            continue
        before = table.text[max(0, start - 40) : start]
        if pattern.search(before.split(".")[-1]) or won.match(table.text[end : end + 60]):
            found.add(key)
    return next(iter(found)) if len(found) == 1 else None


def _phrase(token: Any) -> tuple[int, int]:
    """The reference's words: the noun with what precedes it ("his Bolivian counterpart"), and
    "of state" after "head"."""
    last = token.right_edge if _of_state(token) else token
    return token.left_edge.idx, last.idx + len(last.text)
