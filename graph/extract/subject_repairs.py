"""Repairs of subjects the parser misattaches, read by ``syntax.subjects_of``.

A reporting verb hung on a name as a participle after an imperative quotation, a main verb
read as a bare participle after an unfamiliar name, a contracted
"has" read as a passive "is", and a reporting verb coordinated into a relative clause ("X
rejected a ruling that confirmed Y and said ...": the parser joins "said" to "confirmed"), and a
subject set off from its verb by an inserted clause ("The union, after X spoke, said ...")."""

from __future__ import annotations

from typing import Any

from graph.extract.lexicon import PERSON_NOUNS, SPEECH_VERBS, SUBORDINATORS

__all__ = [
    "QUOTED_VERBS",
    "dated_name",
    "doing_person",
    "elided_subject",
    "fronted_subject",
    "has_said",
    "holds_fronted",
    "misread_finite",
    "misread_past",
    "modal_name",
    "opening_agent",
    "participle_agent",
    "relative_conjunct",
]

Token = Any  # spaCy Token


def misread_finite(verb: Token) -> bool:
    """'“Please leave now,” Ana Ruiz, the fire chief, posted on Facebook': after an imperative
    quotation the parser may hang the reporting verb on the name as a participle; a name
    right before its own reporting verb is who spoke. So is a noun heading a sentence with no
    verb of its own before a report with its clause ("Her faction alleged there was fraud")."""
    head = verb.head
    named = head.pos_ == "PROPN" and head.ent_type_ in ("PERSON", "ORG")
    rootless = head.pos_ == "NOUN" and head.dep_ == "ROOT"
    return (
        verb.dep_ == "acl"
        and verb.tag_ in ("VBD", "VBN")
        and (named or (rootless and any(c.dep_ == "ccomp" for c in verb.children)))
        and head.i < verb.i
        and verb.lemma_.lower() in SPEECH_VERBS
        and not any(c.dep_ in ("dobj", "agent") for c in verb.children)
    )


def misread_past(verb: Token) -> bool:
    """ "The IAAF stated last year that ...": a sentence's main verb read as a bare participle,
    with no auxiliary, before a clause of its own, is a past tense the parser misread (an
    unfamiliar name before it taken for a modifier); a true participle heads no sentence."""
    return (
        verb.dep_ == "ROOT"
        and verb.tag_ == "VBN"
        and any(c.dep_ == "ccomp" for c in verb.children)
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)
    )


def has_said(verb: Token, subject: Token) -> bool:
    """ "She's said the plan works": a contracted "has" the parser read as a passive "is".
    Only before a clause of its own; "she's said to be furious" and "it's been said" are
    passives."""
    aux = [c for c in verb.children if c.dep_ == "auxpass"]
    return (
        len(aux) == 1
        and aux[0].lower_ in ("'s", "’s")
        and verb.tag_ == "VBN"
        and subject.lower_ != "it"
        and any(c.dep_ == "ccomp" for c in verb.children)
        and not any(c.dep_ == "xcomp" for c in verb.children)
    )


def relative_conjunct(conj: Token, verb: Token, subject: Token) -> Token | None:
    """The main clause's verb when the reporting verb ``conj`` was coordinated into the
    relative clause ``verb`` of a thing ("rejected a ruling that confirmed X as winner and said
    he had a claim": a ruling says nothing, the one who rejected it does), else None."""
    if conj.dep_ != "conj" or conj.head.i != verb.i or verb.dep_ != "relcl":
        return None
    if subject.lower_ not in ("that", "which") or conj.lemma_.lower() not in SPEECH_VERBS:
        return None
    main = verb.head.head
    if main.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "ccomp" for c in conj.children):
        return None
    return main


_ELIDING = frozenset({"before", "after", "than", "as", "until", "once"})


def elided_subject(verb: Token, subject: Token) -> Token | None:
    """Who a reporting verb's subject really is when the parser took the subject of an elided
    clause for it ("Reed, who called the investors before Ortiz could, said ...": "before Ortiz
    could" is no clause of "said"; Reed said it), else None.

    The sign: a subordinator of the verb before the supposed subject, and nothing but
    auxiliaries and a comma between that subject and the verb. The speaker is the verb's other
    subject before the subordinator, or the name whose relative clause the parser hung the verb
    in."""
    marks = [c for c in verb.children if c.dep_ == "mark" and c.i < subject.i]
    between = list(verb.doc[subject.i + 1 : verb.i])
    if not marks or marks[0].lower_ not in _ELIDING or len(between) < 2:
        return None
    if between[-1].text != "," or any(t.pos_ not in ("AUX", "PART", "PUNCT") for t in between):
        return None
    other = [c for c in verb.children if c.dep_ == "nsubj" and c.i < marks[0].i]
    if other:
        return other[0]
    clause = verb.head
    while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
        clause = clause.head  # "who appears to have reached out ... before Ortiz could,"
    if verb.dep_ == "advcl" and clause.dep_ == "relcl" and clause.head.pos_ == "PROPN":
        return clause.head
    return None


def dated_name(verb: Token) -> Token | None:
    """The name the parser ran into a day before a verb with no subject ("and on Thursday Ana
    Ruiz, the chief executive, made her feelings clear": "on Thursday Ana Ruiz" read as one
    phrase): the name is the verb's subject, else None."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i < verb.i):
        name = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if name is None or name.ent_type_ != "PERSON" or name.pos_ != "PROPN":
            continue
        if any(t.ent_type_ == "DATE" for t in name.lefts) or any(
            t.ent_type_ == "DATE" for t in verb.doc[prep.i + 1 : name.i]
        ):
            return name
    return None


def modal_name(verb: Token) -> Token | None:
    """A surname the parser read as a modal ("In a statement, May accused the diplomats ...":
    "May" an auxiliary of "accused"): a capitalised auxiliary inside the sentence, tagged a
    proper noun or a person, right before a verb with no subject, is its subject."""
    for aux in (c for c in verb.children if c.dep_ == "aux" and c.i == verb.i - 1):
        inside = aux.i > aux.sent.start and aux.doc[aux.i - 1].text not in ('"', "“", "‘")
        named = aux.tag_ in ("NNP", "NNPS") or aux.ent_type_ == "PERSON"
        if inside and named and aux.text[:1].isupper() and aux.tag_ != "MD":
            return aux
    return None


_INSERTING = SUBORDINATORS | {"despite", "following", "in"}


def fronted_subject(verb: Token) -> Token | None:
    """The subject before a clause set off by commas, which the parser gave to that clause
    ("The union, after the studios said they would talk, said it was ready": "union" read as
    the subject of a verb inside the insertion), else None.

    The sign: the verb has no subject and follows the insertion's comma; the sentence opens with
    a noun phrase and a comma, and the insertion opens with a subordinator or a preposition."""
    doc, start = verb.doc, verb.sent.start
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None  # "The deal, after months of talks, is dead, said X": X said it
    first = next((t for t in doc[start : verb.i] if not t.is_space), None)
    if first is None or first.dep_ not in ("det", "compound", "nsubj", "amod", "poss"):
        return None
    noun = first if first.dep_ == "nsubj" else first.head
    if noun.left_edge.i != first.i or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    comma = noun.i + 1  # a name or noun ends its phrase in English ("The Labour Party,")
    if comma >= verb.i - 1 or doc[comma].text != "," or doc[comma + 1].lower_ not in _INSERTING:
        return None
    return noun if noun.head.i != verb.i and noun.head.i > comma else None


def holds_fronted(clause: Token, subject: Token | None) -> bool:
    """Whether ``clause`` holds ``subject``, the one ``fronted_subject`` set off before the verb:
    the clause the parser gave that subject is the insertion, not what the verb reports."""
    return subject is not None and clause.left_edge.i <= subject.i <= clause.right_edge.i


def participle_agent(verb: Token) -> Token | None:
    """The agent of a passive participle set off after a noun ("X, backed by Y, won"; "Hale,
    criticised by the party, resigned"): the one who did it, not the noun it describes, else
    None. Not a participle inside the noun phrase ("the results being announced by the media,
    because they ..."): what hangs on it is not the agent's doing."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.i < 1 or verb.doc[verb.i - 1].text != ",":
        return None
    if verb.lemma_.lower() in _REPORTED:
        return None  # "X, quoted by Reuters as saying ...": X speaks, the agency reports
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None


def opening_agent(verb: Token) -> Token | None:
    """The "by" of a passive participle opening its sentence ("Questioned by AFP, the board
    refused ...", "Criticised by rights groups, the ministry ..."), else None: not one set off
    after its noun (``participle_agent``), nor a perfect ("Having beaten X by 12 points")."""
    if verb.tag_ != "VBN" or verb.dep_ != "advcl" or verb.i > verb.head.i:
        return None
    if any(c.dep_ == "aux" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"), None)


QUOTED_VERBS = frozenset({"quote", "cite", "hear", "report"})
"""Verbs by which one is quoted ("X was quoted by the paper as saying"): X spoke."""
_REPORTED = QUOTED_VERBS | {"interview"}


def doing_person(verb: Token) -> bool:
    """Whether a present participle hangs on the people noun that does it ("a minister hailing
    X", "supporters chanting Y"), not on a document its sender wrote ("a letter saying")."""
    noun = verb.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and noun.pos_ == "NOUN"
        and noun.lemma_.lower() in PERSON_NOUNS
    )
