"""Who a document speaking is: "the statement says", "the UN's report said", "a letter from
the union": its author, its owner or sender, or the author an earlier mention of it named ("The
directive issued by X ... the directive said"), else the body that spoke or acted just before.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from graph.extract.documents import body_named_by, maker_of_named
from graph.extract.lexicon import COURT_FILINGS, FILING_VERBS
from graph.extract.noun_speakers import Noun
from graph.extract.owned_speakers import OWNER_PRONOUNS
from graph.model import BODY_TYPES

__all__ = ["document_author", "sent_from"]


def document_author(resolver: Any, noun: Noun) -> str | None:  # resolver: a SpeakerResolver
    """ "the statement says", "the UN's report said": its author. Plain "reports indicate"
    are the press, nobody in particular."""
    owners = [
        resolver.table.key_at(c.idx, c.idx + len(c.text))
        for c in noun.token.children
        if c.dep_ in ("poss", "compound") and not _filed_in(c, noun.token)
    ]
    owners = [k for k in owners if k]
    if owners:
        return owners[-1]
    # "his blogpost said", "their letter says": the pronoun's antecedent wrote it; "the EU
    # mission's report said": the body its owner names, as a subject would name it
    owner = next((c for c in noun.token.children if c.dep_ == "poss"), None)
    pronoun = owner is not None and owner.pos_ == "PRON"
    if owner is not None and (owner.lower_ in OWNER_PRONOUNS or not pronoun):
        key = resolver.resolve(owner) if owner.ent_type_ not in ("DATE", "TIME") else None
        if key is not None:
            return key

    def recent(fits: Callable[[str], bool]) -> str | None:
        return resolver._recent(_organisation, noun.offset, fits=fits)

    filed = any(_filed_in(c, noun.token) for c in noun.token.children)
    named = None if filed else body_named_by(noun.token, recent, resolver.table)
    if named is not None:
        return named  # "The Ministry statement also said" (not "the court filing")
    if (sender := sent_from(resolver, noun.token)) is not None:
        return sender
    if (sender := _sent_by(resolver, noun.token)) is not None:
        return sender
    if noun.definite and (author := _authored_before(resolver, noun.token)) is not None:
        return author  # "The directive issued by X ... the directive said": X
    if noun.definite and (plaintiff := _plaintiff(resolver, noun.token)) is not None:
        return plaintiff  # "X sued Y on Tuesday ... The lawsuit said": X
    if noun.definite and (made := maker_of_named(noun.token, resolver.history)) is not None:
        return made  # "In a joint statement, the opposition said ... the statement said"
    if noun.definite or noun.token.lower_ == "excerpt":
        return resolver._recent(_not_person, noun.offset)
    return None


# Verbs whose participle after a document names its author by "by": "a memo sent out by X",
# "a letter signed by X", "a statement issued by X".
_AUTHORING = frozenset(
    {"send", "sign", "issue", "write", "pen", "draft", "release", "circulate", "publish", "post"}
)


def sent_from(resolver: Any, document: Any) -> str | None:
    """ "a statement from the ministry", "a letter by the union": the sender after from/by;
    not "reports from Caracas", where the press writes from a place."""
    if document.tag_ != "NN":
        return None
    for prep in document.children:
        pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if prep.dep_ != "prep" or prep.lower_ not in ("from", "by") or pobj is None:
            continue
        # "from the union read:": the verb taken for the noun, the name its compound
        for name in (pobj, *(c for c in pobj.children if c.dep_ == "compound")):
            key = resolver.resolve(name)
            if key is not None and resolver.table.draft(key).type != "Country":
                return key
    return None


def _sent_by(resolver: Any, document: Any) -> str | None:
    """The author a participle names ("a memo sent out by the editor Tom Reyes ... says"),
    a person or a body, never a country (a place's government writes no memo)."""
    # the participle may hang on a noun of the document's phrase ("a memo to staff issued by")
    phrase = [document, *(g for p in document.children if p.dep_ == "prep" for g in p.children)]
    for verb in (v for n in phrase for v in n.children):
        if verb.dep_ != "acl" or verb.lemma_.lower() not in _AUTHORING:
            continue
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        pobj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent else None
        key = resolver.resolve(pobj) if pobj is not None else None
        if key is not None and resolver.table.draft(key).type != "Country":
            return key
    return None


def _authored_before(resolver: Any, document: Any) -> str | None:
    """The author an earlier mention of the same document names ("The directive issued by the
    minister ... comes as ...", "a letter from the union"), back to the mention that brought
    this document in ("a statement": an earlier "a statement from X" is another document),
    before the sentence that only names the document ("disappointed by the directive")."""
    lemma = document.lemma_.lower()
    for earlier in reversed(document.doc[: document.sent.start]):
        if earlier.lemma_.lower() != lemma or earlier.tag_ != "NN":
            continue
        author = sent_from(resolver, earlier) or _sent_by(resolver, earlier)
        # a named author, not a description ("a joint statement signed by four parties, the
        # alliance said": the alliance made it)
        if author is not None and resolver.table.is_named(author):
            return author
        if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in earlier.children):
            return None  # "Corvex released a statement": this document came in here
    return None


# Papers a party files in court ("filed a complaint": lexicon.FILING_VERBS file them).
_FILINGS = frozenset({"lawsuit", "suit", "complaint", "petition"})


def _plaintiff(resolver: Any, document: Any) -> str | None:
    """Who filed ``document`` (a lawsuit, a complaint): the subject of the last "sued" or
    "filed a lawsuit" before its sentence ("Acme sued Bolt ... The lawsuit said": Acme)."""
    if document.lemma_.lower() not in _FILINGS:
        return None
    for verb in reversed(document.doc[: document.sent.start]):
        lemma = verb.lemma_.lower()
        filed = lemma in FILING_VERBS and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _FILINGS for c in verb.children
        )
        if lemma != "sue" and not filed:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and (key := resolver.resolve(subject)) is not None:
            return key
    return None


def _organisation(type_: str) -> bool:
    return type_ in BODY_TYPES


def _not_person(type_: str) -> bool:
    return type_ != "Person"


def _filed_in(modifier: Any, document: Any) -> bool:
    """ "its court filing", "court documents": a party's papers filed in a court, which the
    court did not write (unlike "the court ruling")."""
    return (
        modifier.dep_ == "compound"
        and modifier.lower_ in ("court", "tribunal")
        and document.lemma_.lower() in _FILED
    )


_FILED = COURT_FILINGS | {"document", "paper"}  # "court documents", "court papers"
