"""One who echoes another's words sides with them: "X echoed Y's criticism of Z".

To echo, endorse, second or reiterate someone's criticism, call, concern, view, position or
demand (or to share their concern or view) is to side with the one whose words they are: support for the possessor
("the party echoed Smith's criticism", "shared the union's concerns"). The stance on what the
words are about is the possessor's, read where the noun is (``stance_nouns``). The model often
reads the echoer against the one echoed (the nearest name before a word of criticism): the
rule is firm (``stance_combine``).
"""

from __future__ import annotations

from typing import Any

from graph.extract.negation import implied_not, negated
from graph.extract.stance_nouns import poss_actor
from graph.extract.stance_roles import SAID_NOUNS, source_of
from graph.extract.stance_scope import Scope, stance_of
from graph.model import Quote

__all__ = ["read_echo"]

_ECHOING = frozenset({"echo", "share", "endorse", "second", "reiterate"})
# "shared X's post" is passing it on: one shares a concern or a view, not a call
_SHARED = frozenset({"concern", "view", "assessment", "position", "stance"})
_VOICED = SAID_NOUNS | {
    "concern", "view", "position", "complaint", "accusation", "assessment", "condemnation",
    "stance", "appeal", "plea", "argument",
}  # fmt: skip


def read_echo(token: Any, quote: Quote | None, scope: Scope) -> None:
    """The echoer's support for the one whose words ``token`` echoes, if any."""
    lemma = token.lemma_.lower()
    if lemma not in _ECHOING or negated(token) or implied_not(token):
        return  # "refused to echo X's criticism"
    voiced = _SHARED if lemma == "share" else _VOICED
    objects = [c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in voiced]
    source = source_of(token, quote, scope.table, scope.resolver) if objects else None
    for obj in objects if source is not None else ():
        owner = poss_actor(obj, scope.table)
        if owner is None:
            continue
        target = scope.table.id_of(owner)
        if target == source:
            continue  # "reiterated its own position"
        scope.add(stance_of(source, target, "support", token, quote, scope, 0.6), firm_rule=True)
