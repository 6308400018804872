"""Every verb the rules read gets its own lemma from the pipeline, in the past and the present."""

from __future__ import annotations

import pytest

from graph.extract import lexicon, stance_phrases
from graph.extract.nlp import load_pipeline


def _rule_verbs() -> list[str]:
    verbs: set[str] = set()
    for module in (lexicon, stance_phrases):
        for name in dir(module):
            value = getattr(module, name)
            if isinstance(value, frozenset) and ("VERBS" in name or "HOSTILE" in name):
                verbs |= {w for w in value if isinstance(w, str) and w.isalpha()}
    return sorted(verbs)


def _forms(verb: str) -> tuple[str, str]:
    """The regular past and third-person present of ``verb``."""
    if verb.endswith("e"):
        past = verb + "d"
    elif verb.endswith("y") and verb[-2] not in "aeiou":
        past = verb[:-1] + "ied"
    else:
        past = verb + "ed"
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        present = verb + "es"
    elif verb.endswith("y") and verb[-2] not in "aeiou":
        present = verb[:-1] + "ies"
    else:
        present = verb + "s"
    return past, present


# Irregular verbs whose made-up regular forms ("telled") mean nothing.
_IRREGULAR = frozenset({"told", "tell", "say", "said", "write", "speak", "hold", "give", "take",
                        "make", "see", "meet", "beat", "win", "fight", "throw", "put", "cut",
                        "come", "bring", "lead", "seek", "set", "send", "spend", "stand",
                        "strike", "undertake", "withhold", "uphold", "overthrow", "forbid",
                        "forgive", "hit", "quit", "rid", "split", "upset", "shut", "break",
                        "choose", "freeze", "keep", "leave", "lose", "sell", "shake", "swear",
                        "teach", "think", "understand", "weep", "wind", "withdraw"})  # fmt: skip


def test_the_rule_verbs_lemmatize_to_themselves() -> None:
    pipeline = load_pipeline()
    if not pipeline.full:
        pytest.skip("no English model")
    verbs = _rule_verbs()
    cases = [
        (verb, form)
        for verb in verbs
        if verb not in _IRREGULAR and verb + "e" not in verbs  # "lambast(e)": two spellings
        for form in _forms(verb)
    ]
    assert len(cases) > 300  # the lists are read, not empty
    docs = pipeline.parse(f"The minister {form} the company on Monday." for _, form in cases)
    wrong = [
        (verb, form, doc[2].lemma_)
        for (verb, form), doc in zip(cases, docs, strict=True)
        if doc[2].pos_ == "VERB" and doc[2].lemma_.lower() != verb
    ]
    assert not wrong
