"""Accusations denied: who denies the charges against them opposes that they are true.

"Juventus have always denied any wrongdoing", "She denies the accusations", "the company
rejected the allegations against its chief executive": the denier disputes the claim of the
vocabulary "the accusations against <accused> are true", whose subject is the one the phrase
names after "against" or as the doer in its "that" clause ("rejected accusations that X had
rigged the vote"), else the denier. A denial whose accuser the sentence names ("denied the
allegations made by X") is read as opposing the accuser instead (``stances``), and a denial of a
fault of the vote ("rejected claims of fraud") is the election's claim (``stance_verdicts``).
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.claims import vocabulary_claim
from graph.extract.content_clauses import that_clause
from graph.extract.elections import VOTE_FAULTS, VOTE_WRONGS, election_country
from graph.extract.lexicon import DENIAL_VERBS, UNTRUE_WORDS
from graph.extract.negation import negated
from graph.extract.nlp import text_of
from graph.extract.stance_scope import Scope, stance_of
from graph.extract.subordinators import QUESTIONS, opened_by
from graph.extract.syntax import prep_objects
from graph.extract.targets import heads_of
from graph.model import Claim, Quote
from graph.text import fold

__all__ = [
    "CHARGE_NOUNS",
    "defended",
    "denied_accusation",
    "false_charge",
    "read_denial",
]

_DENYING = DENIAL_VERBS | {"contest"}
_ACCUSATIONS = frozenset(
    {"accusation", "allegation", "charge", "wrongdoing", "misconduct", "impropriety",
     "wrongdoings"}
    # an offence denied is the charge of it denied: "has denied doping", "denies corruption"
    | {"doping", "cheating", "corruption", "bribery", "collusion", "espionage", "spying",
       "harassment", "negligence", "plagiarism", "hacking", "match-fixing"}
)  # fmt: skip


def read_denial(token: Any, source: str, quote: Quote | None, scope: Scope) -> bool:
    """ "denied any wrongdoing", "rejected the allegations against X": against the charge, and
    for X when X is another; whether the verb denies one."""
    denial = _denial(token, source, scope.table)
    if denial is None:
        return False
    claim_id, text, accused = denial
    scope.claims.setdefault(claim_id, Claim(claim_id, text))
    scope.add(stance_of(source, claim_id, "oppose", token, quote, scope, 0.6, "claim"))
    table = scope.table
    # Another defended ("rejected his accusations against X"); a court that dismisses the
    # charges rules on them and takes no side.
    another = accused is not None and table.is_named(accused) and table.id_of(accused) != source
    if another and not _judges(source, table):
        scope.add(stance_of(source, table.id_of(accused), "support", token, quote, scope, 0.6))
    return True


def denied_accusation(verb: Any, source: str, table: ActorTable) -> tuple[str, str, str] | None:
    """("claim", id, text) of the accusation ``verb`` denies, or None.

    >>> from graph.extract.nlp import load_pipeline
    >>> text = "Rui Lopes denied the allegations."
    >>> (doc,) = load_pipeline().parse([text])
    >>> table = ActorTable(text)
    >>> lopes = table.add_agent(0, 9, "Rui Lopes", "Person")
    >>> denied_accusation(doc[2], table.id_of(lopes), table)[1]
    'rui-lopes-accusations-are-true'
    """
    denial = _denial(verb, source, table)
    return ("claim", denial[0], denial[1]) if denial is not None else None


def _denial(verb: Any, source: str, table: ActorTable) -> tuple[str, str, str | None] | None:
    """(claim id, text, the accused's key or None for the vote) of the accusation denied."""
    if verb.lemma_.lower() not in _DENYING or not _said_by(verb, source, table):
        return None
    if _denied_doing(verb) and (holder := table.key_of(source)) is not None:
        return *_charge(holder, table), holder  # "has denied leaking the stories": the charge
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or not _accusation(obj):
        return None
    named = [g for c in obj.children if c.dep_ == "prep" and c.lower_ in ("of", "about")
             for g in c.subtree]  # fmt: skip
    if any(t.lemma_.lower() in VOTE_FAULTS for t in named):
        return None  # "rejected allegations of fraud": the vote's claim
    against = _against(obj)
    accused = [key for g in against for key in heads_of(g, table)]
    if not accused and (alleged := _alleged_doer(obj, table)) is not None:
        accused = [alleged]  # "rejected accusations that X had rigged the vote": X defended
    if not accused and any(
        c.dep_ in ("acl", "relcl", "poss") or (c.dep_ == "prep" and c.lower_ in ("by", "from"))
        for c in obj.children
    ):
        return None  # "the allegations made by X", "Sweden's accusation": against the accuser
    if _vote_faults_before(obj):
        # "X's camp alleged vote rigging ... Police dismissed the allegations": those of the vote
        country = election_country(obj.doc, text_of(obj.doc))
        if country is None:
            return None
        claim = vocabulary_claim("election-was-fraudulent", country)
        return claim.id, claim.text, None
    if against and (not accused or any(g.pos_ == "PRON" for g in against)):
        return None  # "dismissed the allegations against her": whoever "her" is
    holder = accused[0] if accused else table.key_of(source)
    return (*_charge(holder, table), holder) if holder is not None else None


def _alleged_doer(obj: Any, table: ActorTable) -> str | None:
    """The actor the accusation's own "that" clause says did it ("accusations by the
    opposition that the Unity Party had rigged the vote": the Unity Party), or None."""
    subject = _charged_subject(obj)
    if subject is None or any(t.lemma_.lower() in VOTE_WRONGS for t in subject.head.subtree):
        return None  # "that the party had rigged the vote": the vote's claim (verdicts)
    # a description too ("the ruling party"): read_denial defends only a named one
    return next(iter(heads_of(subject, table)), None)


def defended(token: Any) -> bool:
    """Whether ``token`` names the one a denied accusation charges: in its "against" phrase
    ("rejected the allegations against X", "the accusations that Y levelled against X") or as
    its "that" clause's subject ("dismissed accusations that X had rigged the vote"). Denying
    the charge defends them; a claim denied ("rejected claims that X had won") is no charge."""
    for charge in token.ancestors:
        verb = charge.head
        if (
            charge.dep_ == "dobj"
            and _accusation(charge)
            and verb.lemma_.lower() in _DENYING
            and not negated(verb)
        ):
            subject = _charged_subject(charge)
            return any(token in g.subtree for g in _against(charge)) or (
                subject is not None and token in subject.subtree
            )
    return False


def _accusation(noun: Any) -> bool:
    return noun.lemma_.lower() in _ACCUSATIONS or noun.lower_ in _ACCUSATIONS


def _against(charge: Any) -> list[Any]:
    """The "against" objects of an accusation noun and of the verb that made it in its phrase
    ("the allegations against X", "the accusations that Y levelled against X")."""
    makers = [charge, *(t for t in charge.subtree if t.lemma_.lower() in _ACCUSING)]
    return [g for m in makers for g in prep_objects(m, "against")]


def _charged_subject(obj: Any) -> Any | None:
    """The subject of the clause "that" opens after an accusation noun, which says what it
    charges ("accusations that X had lied": X); None for a relative clause that says who made
    it ("accusations that were made by X", "that X levelled against Y")."""
    clause = that_clause(obj)  # "that" as its marker or (misread) as a relative word
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause else None
    if subject is None or subject.lower_ == "that" or _relative(clause):
        return None
    return subject


# Verbs by which one makes an accusation: "the accusations that X made against Y".
_ACCUSING = frozenset(
    {"make", "level", "bring", "raise", "file", "lodge", "voice", "repeat", "publish", "hurl"}
)


def _relative(clause: Any) -> bool:
    """Whether a clause "that" opens says who made the accusation, a relative clause whose
    verb lacks the object "that" stands for ("that X levelled against Y", "that X spread on
    social media"), not what it charges ("that X had made up the figures", "that X had
    plotted against Y", "that X had lied": a tense of its own)."""
    if any(c.dep_ == "dobj" and c.lower_ != "that" for c in clause.children):
        return False  # an object of its own: the charge
    return clause.lemma_.lower() in _ACCUSING or not any(
        c.dep_ in ("aux", "auxpass") for c in clause.children
    )


def _vote_faults_before(obj: Any) -> bool:
    """ "The camp alleged electoral violations. ... Police dismissed the allegations": a bare
    "the allegations" whose three sentences before allege faults of the vote are those."""
    if any(c.dep_ != "det" and c.lower_ != "as" for c in obj.children) or not any(
        c.lower_ in ("the", "these", "those", "such") for c in obj.children
    ):
        return False
    sent = obj.sent
    for _ in range(3):  # the three sentences before
        if sent.start == 0:
            return False
        sent = obj.doc[sent.start - 1].sent
        if any(t.lemma_.lower() in _FAULTS for t in sent):
            return True
    return False


_FAULTS = VOTE_FAULTS | {"violation"}  # ("irregularity" is one)


_JUDGING_WORDS = ("court", "tribunal", "judiciary", "judge")


def _judges(actor: str, table: ActorTable) -> bool:
    """Whether ``actor`` is a court or a judge, named so."""
    names = [fold(d.name).split() for k, d in table.drafts.items() if table.id_of(k) == actor]
    return any(w in words for words in names for w in _JUDGING_WORDS)


def _charge(holder: str, table: ActorTable) -> tuple[str, str]:
    """(id, text) of the claim that the accusations against ``holder`` are true."""
    claim = vocabulary_claim("accusations-are-true", table.draft(holder).name)
    return claim.id, claim.text


def _said_by(verb: Any, source: str, table: ActorTable) -> bool:
    """Whether the denier is the verb's subject as written: a name of the source, or a pronoun
    (a subject the table does not know, "the Bianconeri", is nobody the claim may be about)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return True
    key = table.key_at(subject.idx, subject.idx + len(subject.text))
    return key is not None and table.id_of(key) == source


def _denied_doing(verb: Any) -> bool:
    """Whether a denial's object is the denier's own act, a gerund ("denied leaking the
    stories", "denies taking bribes")."""
    return verb.lemma_.lower() in ("deny", "dispute") and any(
        c.dep_ in ("xcomp", "dobj", "ccomp") and c.tag_ == "VBG" for c in verb.children
    )


# Words that call a charge untrue: "the allegations are false", "the charge is absurd".
CHARGE_NOUNS = frozenset({"accusation", "allegation", "charge", "claim", "report", "rumour"})
"""Nouns of a charge someone makes: "the allegations are false", "condemned the claims"."""


def false_charge(word: Any, speaker: str, table: ActorTable) -> tuple[str, str] | None:
    """(claim id, text) of "the accusations against <accused> are true" that the quoted
    ``speaker`` calls untrue with ``word`` ("“The charge levelled against us is absurd”", "“The
    allegations against our minister are false”"), else None. The accused is the one named
    after "against", else the speaker; a fault of the vote is the election's claim.

    >>> from graph.extract.nlp import load_pipeline
    >>> text = "The allegations against Rui Lopes are false."
    >>> (doc,) = load_pipeline().parse([text])
    >>> table = ActorTable(text)
    >>> lopes = table.add_agent(24, 33, "Rui Lopes", "Person")
    >>> false_charge(doc[6], "someone", table)[0]
    'rui-lopes-accusations-are-true'
    """
    if word.lower_ not in UNTRUE_WORDS or word.head.lemma_.lower() != "be":
        return None
    if opened_by(word.head, QUESTIONS):
        return None  # "if they are false": not said (a question asked is gated by the caller)
    charge = next((c for c in word.head.children if c.dep_ == "nsubj"), None)
    if charge is None or charge.lemma_.lower() not in CHARGE_NOUNS:
        return None
    if any(t.lemma_.lower() in VOTE_FAULTS for t in charge.subtree):
        return None  # "the allegations of fraud are baseless": a verdict on the vote
    against = prep_objects(charge, "against")
    accused = [key for g in against for key in heads_of(g, table)]
    if not against and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in charge.children):
        return None  # "the Civic Front's claim is groundless": against the claimer, no charge
    holder = accused[0] if accused else table.key_of(speaker)
    return _charge(holder, table) if holder is not None else None
