"""A "he" or "she" whose only antecedent is a role named just before in the sentence.

"The nurses' union has told the Health Secretary it will not talk after he urged it to return"
and, a paragraph down, "Health Secretary Steve Barclay said ...": with no person named before
the pronoun, "he" is whoever the role stands for, named next to that role word before or after.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from graph.extract.lexicon import ROLE_NOUNS

__all__ = ["role_before", "role_pronoun"]


def role_before(pronoun: Any, hidden: Any) -> Any | None:
    """The last role noun ("the Health Secretary") before ``pronoun`` in its sentence, outside
    quotations (``hidden``), or None."""
    if pronoun.lower_ not in ("he", "she"):
        return None
    for token in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]):
        if (
            token.pos_ in ("NOUN", "PROPN")
            and token.lemma_.lower() in ROLE_NOUNS
            and not hidden(token.idx, token.idx + len(token.text))
        ):
            return token
    return None


def role_pronoun(pronoun: Any, hidden: Any, role: Callable[..., str | None]) -> str | None:
    """The person the role named before ``pronoun`` stands for (``role``: the resolver's role
    lookup, which takes the role word, its lemma and offset), or None."""
    token = role_before(pronoun, hidden)
    if token is None:
        return None
    return role(token.lower_, token.lemma_.lower(), token.idx, guess=False)
