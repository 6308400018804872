"""A verb's own subjects in the parse: not the place of a dateline, nor a participle's object.

"Lisbon (AFP) – Prime Minister Ana Soto said ...": the parser may take the place where the
story was filed for the subject and hang the speaker's name on it in apposition; the name after
the dash is the subject. "Addressing supporters in Caracas, Maduro said": the supporters are the
participle's object, not the verb's subject.
"""

from __future__ import annotations

from typing import Any

from graph.extract.datelines import dateline_end
from graph.extract.lexicon import CHANT_VERBS, DASHES
from graph.extract.marks import QUOTE_CHARS
from graph.extract.nlp import text_of

__all__ = ["own_subjects"]

Token = Any  # spaCy Token


def own_subjects(verb: Token) -> list[Token]:
    """The verb's subject children, but a dateline's place ("Lisbon (AFP) – Minister X said":
    the name after the dash, which the parser may hang on the place) and a participle's object
    ("Addressing supporters in Caracas, Maduro said"; not "the governing body")."""
    found = []
    for c in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        before = c.doc[c.i - 1] if c.i > 0 else c
        if before.tag_ == "VBG" and before.pos_ == "VERB" and before.head.i != c.i:
            continue
        if not _dateline(c):
            found.append(c)
            continue
        dash = next(t.i for t in c.doc[c.i :] if t.text in (":", *DASHES))
        found += [a for a in c.children if a.dep_ == "appos" and a.i > dash][:1]
    if found and _chant_words(found, verb):
        found = []  # '“No peace!” chanted hundreds': "peace" is a word of the chant
    return _outside_quotation(found, verb) or _inverted_object(verb)


def _closing_mark(token: Token) -> bool:
    """A quotation's closing mark beside its last punctuation ('...,” she said', '...”, she
    said'), not an apostrophe ("teachers’") nor an opening mark."""
    if token.text not in ("”", '"', "''", "’"):
        return False
    doc = token.doc
    before = doc[token.i - 1].text if token.i > 0 else ""
    after = doc[token.i + 1].text if token.i + 1 < len(doc) else ""
    return before in _STOPS or after in _STOPS  # '...,” she said', '...”, she said'


_STOPS = (",", "?", "!", ".")


def _outside_quotation(found: list[Token], verb: Token) -> list[Token]:
    """'“Stuffing took place in hundreds, thousands of places,” he said': a word of the
    quotation the parser also hung on the verb as a subject is none, beside one after the
    closing mark."""
    if len(found) < 2:
        return found  # one subject: nothing to choose between
    closing = [t.i for t in verb.doc[found[0].i : verb.i] if _closing_mark(t)]
    if not closing or not any(s.i > closing[-1] for s in found):
        return found
    return [s for s in found if s.i > closing[-1]]


def _after_quotation(verb: Token) -> bool:
    doc = verb.doc
    return verb.i >= 2 and doc[verb.i - 1].is_quote and doc[verb.i - 2].text in (",", "?", "!")


def _chant_words(found: list[Token], verb: Token) -> bool:
    """Whether the subjects the parser found for a verb of chanting right after a quotation
    are words of the quotation itself."""
    return (
        verb.lemma_.lower() in CHANT_VERBS
        and _after_quotation(verb)
        and all(s.i < verb.i - 1 for s in found)
    )


def _inverted_object(verb: Token) -> list[Token]:
    """'“…,” added an AU statement.': right after a quotation the parser may take the
    inverted subject of a verb of saying for its object; the noun that closes the sentence
    is the subject. Chanters may be followed by where or when they chanted ('“…!” chanted
    hundreds of supporters at the hall'), and are people (a plural or a name)."""
    doc = verb.doc
    if not _after_quotation(verb):
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if len(objects) != 1 or objects[0].left_edge.i != verb.i + 1:
        return []
    rest = doc[objects[0].right_edge.i + 1 : verb.sent.end]
    if all(t.is_punct or t.is_space for t in rest):
        return objects
    chanters = verb.lemma_.lower() in CHANT_VERBS and objects[0].tag_ in ("NNS", "NNPS", "NNP")
    adjuncts = {
        t.i
        for c in verb.children
        if c.dep_ in ("prep", "npadvmod", "advmod") and c.i > objects[0].i
        for t in c.subtree
    }
    told = all(t.is_punct or t.is_space or t.i in adjuncts for t in rest)
    return objects if chanters and told else []


def _dateline(token: Token) -> bool:
    """A place opening the paragraph before a colon or dash ("DUBAI: ...", "Paris - ...",
    "Harare, 2 November 2025 - ..."): where the story was filed, which the parser may take for
    a subject."""
    doc = token.doc
    text = text_of(doc)
    opening = text.rfind("\n", 0, token.idx) + 1
    if token.idx - opening < _DATELINE_MAX and token.idx < opening + dateline_end(
        text[opening : opening + _DATELINE_MAX]
    ):
        return True  # read only near a paragraph's start: this runs for every verb's subject
    first = token.left_edge
    opens = first.i == 0 or (doc[first.i - 1].is_space and "\n" in doc[first.i - 1].text)
    nxt = token.i + 1
    while nxt < len(doc) and doc[nxt].text == "(":  # "Lisbon (Portugal) (AFP) –"
        nxt = next((t.i + 1 for t in doc[nxt:] if t.text == ")"), len(doc))
    after = doc[nxt] if nxt < len(doc) else None
    if not opens or after is None or after.text not in (":", *DASHES):
        return False
    # "Tom Reyes — a miner's brother — told reporters": a second dash closes an apposition,
    # also after a closing quotation mark ('— a former minister nicknamed "Bull" — told'), or
    # a relative clause ("X — who has maintained that he won — has said ...").
    # The parser hangs that dash on the name or on the apposition's last word.
    for c in (c for c in token.children if c.dep_ in ("appos", "relcl") and c.i > nxt):
        end = c.right_edge
        closing = next((t for t in doc[end.i + 1 :] if not _closing_marks(t)), end)
        if end.text in DASHES or closing.text in DASHES:
            return False
    return True


_DATELINE_MAX = 120  # a dateline ends within this many characters of its paragraph's start


def _closing_marks(token: Token) -> bool:
    """Whether a token is only quotation marks ('"', "”", "''")."""
    return all(ch in QUOTE_CHARS for ch in token.text)
