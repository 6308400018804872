"""The person a "who" clause (the body a "which" clause) describes speaks its reporting verbs.

"Marek, who had questioned the judges and said he would never accept it": the one who said it
is Marek, the relative's antecedent, not the subject of the sentence the clause sits in ("The
court gave the seat to Ortiz, ahead of Marek, who ..."). The parser often hangs the second verb
of such a clause ("... and said") on the main verb, or the clause on the wrong noun, so the
clause is also read from the words: a comma, "who", then the cue joined by a bare "and" with no
comma, no other subject and no quotation between them.
"""

from __future__ import annotations

from typing import Any

__all__ = ["parsed_antecedent", "relative_antecedent"]

Token = Any  # spaCy Token; typed loosely so this layer imports no spaCy
_STOPS = frozenset({",", ";", ":", "(", ")", "“", "”", '"', "—", "–"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
# "which" stands for a body as "who" for a person: "the council, which is responsible for the
# count and which held a news conference to reiterate that ...": the council reiterated.
_RELATIVE_PRONOUNS = frozenset({"who", "which"})


def relative_antecedent(subject: Token | None, cue: Token) -> Token | None:
    """The noun a "who" clause speaking through ``cue`` describes, or None.

    ``subject`` is the subject the parse gives the cue (or None): "who" stands for the noun its
    relative clause hangs on; any other subject counts only when the words show the cue inside
    a "who" clause the parse missed (see the module's docstring).
    """
    if subject is not None and subject.lower_ in _RELATIVE_PRONOUNS:
        # "the opposition, which he said cries fraud": the pronoun is what he spoke of
        other = any(c.dep_ in _SUBJECTS and c.i != subject.i for c in subject.head.children)
        return None if other else parsed_antecedent(subject)
    if any(c.dep_ in _SUBJECTS for c in cue.children):
        return None  # the cue has a subject of its own
    return _written_antecedent(cue)


def parsed_antecedent(who: Token) -> Token | None:
    """The noun the relative clause of the relative pronoun ``who`` hangs on, as parsed ("a
    vote which observers said was flawed": the vote), or None."""
    verb = who.head
    # a second relative clause ("... and which held") may hang on a word of the first
    for _ in range(6):
        if verb.dep_ == "relcl":
            head = verb.head  # "chief Catherine Ashton who urged": the name, not its title
            named = [c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
            head = named[0] if head.pos_ == "NOUN" and named and named[0].i < verb.i else head
            return head if head.pos_ in ("NOUN", "PROPN") else None
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _written_antecedent(cue: Token) -> Token | None:
    doc = cue.doc
    if cue.i < 4 or doc[cue.i - 1].lower_ != "and" or cue.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    sent_start = cue.sent.start
    for i in range(cue.i - 2, sent_start, -1):
        tok = doc[i]
        if tok.lower_ == "who":
            break
        if tok.text in _STOPS or tok.dep_ in _SUBJECTS or "\n" in tok.text:
            return None
    else:
        return None
    if i - 2 < sent_start or doc[i - 1].text != ",":
        return None
    if not any(doc[j].pos_ in ("VERB", "AUX") for j in range(i + 1, cue.i - 1)):
        return None  # the clause's own verb stands between "who" and "and"
    noun = doc[i - 2]
    return noun if noun.pos_ in ("PROPN", "NOUN") else None
