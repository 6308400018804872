"""Short quotations a reporting verb reports: 'the opposition, which he said “cries fraud”'.

A few words in quotation marks inside a sentence are usually scare quotes or a title (``marks``
keeps them out of the statements); written right after "said" or "says", with nothing between,
they are the words said, however few. So are the words a verb of voicing takes for its object
("protesters chanting “Leave”", "monitors voiced “deep concern”") and the words of a chant
("to chants of “freedom” by supporters").
"""

from __future__ import annotations

import re
from typing import Any

from graph.extract.marks import QuoteMarks

__all__ = ["chanters", "on_display", "said_fragment", "voiced_by", "voices", "voicing_cue"]

_SAYING = frozenset({"say", "tell", "write", "add", "tweet", "post"})
# Verbs that voice words with no clause of their own: what they take in quotation marks is
# the words voiced, however few ("chanted “Resign”", "voiced “grave concern”", "the mission
# identified “violations of ...”"). "call" and "cry" voice words only with "out".
_VOICING = frozenset({"chant", "shout", "yell", "scream", "voice", "express", "identify"})
_WITH_OUT = frozenset({"call", "cry", "shout", "yell"})
# Nouns of words voiced by a crowd: "to chants of “freedom”", "amid cries of “shame”".
_VOICED_NOUNS = frozenset({"chant", "cry", "shout", "slogan"})
_OPENING = frozenset({"“", '"', "‘", "'", "''", "«"})
# Verbs that name what they condemn or praise in the words of the one who does: "denounced a
# “constitutional coup”", "hailed a “historic” victory" (the quotation the whole object).
_DENOUNCING = frozenset(
    {"denounce", "decry", "condemn", "deplore", "lament", "slam", "blast", "hail", "welcome"}
)


# Every word that voices a quotation right after it (tested on nearly every token).
_VOICERS = _VOICING | _WITH_OUT | _VOICED_NOUNS | _DENOUNCING


def said_fragment(doc: Any, mark: QuoteMarks) -> bool:
    """Whether the quotation's opening mark follows a saying verb directly ("said “...”"), or
    a verb or noun of voicing (``voiced_by``).

    A verb that labels ("called it “absurd”") has its own reading; "say" in the infinitive or
    a participle modifying a noun ("the so-called “reforms”") is no report here.
    """
    opening = doc.char_span(mark.open_at, mark.open_at + 1, alignment_mode="expand")
    if opening is None or opening.start == 0:
        return False
    if voiced_by(doc, opening.start) is not None:
        return True
    verb = doc[opening.start - 1]
    closing = doc.char_span(mark.end, mark.end + 1, alignment_mode="expand")
    # 'said “at no time” did she consent': the quotation opens a longer reported clause.
    after = doc[closing.end] if closing is not None and closing.end < len(doc) else None
    return (
        verb.pos_ == "VERB"
        and verb.lemma_.lower() in _SAYING
        and verb.tag_ in ("VBD", "VBZ", "VBP")
        and verb.idx + len(verb.text) + 1 >= mark.open_at
        and not (after is not None and after.pos_ in ("VERB", "AUX"))
    )


def voiced_by(doc: Any, opening: int) -> Any | None:
    """The verb or noun of voicing right before the token at index ``opening`` (an opening
    quotation mark): "chanting “…”", "calling out “…”", "chants of “…”"; else None."""
    if opening < 2:
        return None
    word = doc[opening - 1]
    if word.lower_ == "of":
        noun = doc[opening - 2]
        found = noun.pos_ == "NOUN" and noun.lemma_.lower() in _VOICED_NOUNS
        return noun if found else None
    if word.lower_ == "out" and word.dep_ in ("prt", "advmod", "prep"):
        verb = doc[opening - 2]
        found = verb.pos_ == "VERB" and verb.lemma_.lower() in _WITH_OUT
        return verb if found else None
    if word.lower_ in ("a", "an") and word.dep_ == "det":
        verb = doc[opening - 2]
        found = verb.pos_ == "VERB" and verb.lemma_.lower() in _DENOUNCING
        return verb if found and _whole_object(doc, opening) else None
    found = word.pos_ == "VERB" and word.lemma_.lower() in _VOICING
    return word if found else None


def _whole_object(doc: Any, opening: int) -> bool:
    """Whether the quotation opening at ``opening`` closes its noun phrase ("denounced a
    “constitutional coup” after ...", not "hailed a “historic” victory": a word of it), and is
    nobody else's term ("a “plan” unveiled by the ministry", "a “reform”, as X calls it")."""
    for token in doc[opening + 1 : opening + 12]:
        if token.text in _CLOSING:
            rest = doc[token.i + 1 : token.i + 4]
            if len(rest) and rest[0].pos_ in ("NOUN", "PROPN", "ADJ", "VERB"):
                return False
            return not (len(rest) > 1 and rest[0].text == "," and rest[1].lower_ == "as")
    return False


def voices(cue: Any, open_at: int) -> bool:
    """Whether ``cue`` voices the quotation whose opening mark is at offset ``open_at`` (the
    one right after it), not another quotation later in its sentence."""
    opener = cue.doc.char_span(open_at, open_at + 1, alignment_mode="expand")
    voicer = voiced_by(cue.doc, opener.start) if opener is not None else None
    return voicer is not None and voicer.i == cue.i


_CLOSING = frozenset({"”", '"', "’", "'", "''", "»"})


def voicing_cue(token: Any) -> bool:
    """Whether ``token`` voices the quotation that opens right after it (``voiced_by``)."""
    lemma = token.lemma_.lower()
    if lemma not in _VOICERS:
        return False
    doc = token.doc
    for gap in (1, 2):
        at = token.i + gap
        if at < len(doc) and doc[at].text in _OPENING:
            voicer = voiced_by(doc, at)
            return voicer is not None and voicer.i == token.i
    return False


def chanters(noun: Any, resolver: Any) -> list[str]:
    """Who voices a chant named by a noun: "chants of “freedom” by jubilant supporters"."""
    for token in noun.subtree:
        if token.i > noun.i and token.lower_ == "by" and token.dep_ in ("prep", "agent"):
            agent = next((c for c in token.children if c.dep_ == "pobj"), None)
            key = resolver.resolve(agent) if agent is not None else None
            # a crowd chants; a person it resolves to ("the crowd" around the one speaking)
            # is not who voiced it
            crowd = key is not None and resolver.table.draft(key).type != "Person"
            return [key] if crowd else []
    return []


# "banners bearing slogans including “…”, “…” and “…”", "signs reading “…”": words written
# on something carried, named in the sentence before them.
_ON_DISPLAY = re.compile(
    r"\b(?:slogans?|banners?|signs?|placards?|posters?|graffiti)\b[^.!?;:]{0,100}$", re.I
)


def on_display(text: str, open_at: int) -> bool:
    """Whether the quotation opening at ``open_at`` is words on a banner, sign or placard: no
    one's statement, and never the last speaker's going on."""
    return _ON_DISPLAY.search(text, max(0, open_at - 120), open_at) is not None
