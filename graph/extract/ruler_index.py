"""The attribute ruler's matches found by looking tokens up, not by spaCy's ``Matcher``.

The English pipeline's ``attribute_ruler`` (tag to part of speech, and its exceptions: "n't" a
negation, "'s" a form of "be") runs its ~180 rule groups through spaCy's ``Matcher``, which
tries every rule at every token: about a tenth of the whole extraction. Its rules test a token's
tag, dependency, lower-case form and whether it is space, one or two tokens long, so each token
needs only the rules filed under its tag, its lower-case form or its dependency. ``RulerIndex``
gives ``AttributeRuler.match`` the very matches spaCy's would (the ruler then sets the
attributes itself); a ruler with a rule it cannot read keeps the ``Matcher``.
``tests/test_speed_equivalence.py`` compares both on the test texts.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["RulerIndex", "index_ruler"]

_ATTRS = ("TAG", "DEP", "LOWER", "IS_SPACE")
# A test on one token: (attribute's place in ``_ATTRS``, operator, value).
Test = tuple[int, str, Any]
_MEMO = 50_000
"""At most this many tokens' first matches (and words' patterns) are remembered, then all are
forgotten at once: a few megabytes, where an article has a few thousand distinct tokens."""
# A rule: (its group, its match id, the tests of each of its tokens).
Rule = tuple[int, int, tuple[tuple[Test, ...], ...]]


class Unsupported(ValueError):
    """A rule this index does not read (the Matcher stays)."""


def _tests(token: dict[str, Any], strings: Any) -> tuple[Test, ...]:
    out: list[Test] = []
    for attr, value in token.items():
        if attr not in _ATTRS:
            raise Unsupported(attr)
        at = _ATTRS.index(attr)
        if attr == "IS_SPACE":
            if not isinstance(value, bool):
                raise Unsupported(value)
            out.append((at, "eq", int(value)))
        elif isinstance(value, str):
            out.append((at, "eq", strings.add(value) if value else 0))
        elif isinstance(value, dict) and len(value) == 1:
            ((op, arg),) = value.items()
            if op in ("IN", "NOT_IN") and isinstance(arg, list):
                ids = frozenset(strings.add(v) if v else 0 for v in arg)
                out.append((at, op.lower(), ids))
            elif op == "REGEX" and attr == "LOWER" and isinstance(arg, str):
                out.append((at, "regex", re.compile(arg)))
            else:
                raise Unsupported(op)
        else:
            raise Unsupported(value)
    return tuple(out)


class RulerIndex:
    """``match(doc)`` as ``AttributeRuler.match`` gives it: (group, match id, start, end),
    sorted, for every rule matching in the doc."""

    def __init__(self, ruler: Any) -> None:
        self.ruler = ruler
        self.groups = len(ruler.attrs)
        strings = ruler.vocab.strings
        self.strings = strings
        self.first: list[dict[int, list[Rule]]] = [{}, {}, {}]  # by tag, dep, lower
        self.always: list[Rule] = []
        for group, entry in enumerate(ruler.patterns):
            match_id = strings[str(group)]
            for pattern in entry["patterns"]:
                if not 1 <= len(pattern) <= 2:
                    raise Unsupported(len(pattern))
                rule: Rule = (group, match_id, tuple(_tests(t, strings) for t in pattern))
                self._file(rule)
        self._regex: dict[tuple[int, Any], bool] = {}
        # What each token (tag, dependency, word, space) matches: words recur.
        self._seen: dict[tuple[int, ...], tuple[list[tuple[int, int]], list[Rule]]] = {}

    def _file(self, rule: Rule) -> None:
        """File a rule under one value its first token must have, else test it everywhere."""
        for at in (0, 2, 1):  # the tag, the word, the dependency: the rarest first
            for where, op, value in rule[2][0]:
                if where == at and op == "eq":
                    self.first[at].setdefault(value, []).append(rule)
                    return
                if where == at and op == "in":
                    for one in value:
                        self.first[at].setdefault(one, []).append(rule)
                    return
        self.always.append(rule)

    def _passes(self, tests: tuple[Test, ...], token: tuple[int, ...]) -> bool:
        for at, op, value in tests:
            have = token[at]
            if op == "eq":
                if have != value:
                    return False
            elif op == "in":
                if have not in value:
                    return False
            elif op == "not_in":
                if have in value:
                    return False
            else:  # regex on the lower-case form
                key = (have, value)
                found = self._regex.get(key)
                if found is None:
                    found = self._regex[key] = bool(value.search(self.strings[have]))
                if not found:
                    return False
        return True

    def _first(self, token: tuple[int, ...]) -> tuple[list[tuple[int, int]], list[Rule]]:
        """The one-token rules a token matches, and the two-token rules it may open."""
        whole: list[tuple[int, int]] = []
        opens: list[Rule] = []
        for at, rules in enumerate(self.first):
            for rule in rules.get(token[at], ()):
                self._sort(rule, token, whole, opens)
        for rule in self.always:
            self._sort(rule, token, whole, opens)
        return whole, opens

    def _sort(
        self, rule: Rule, token: tuple[int, ...], whole: list[tuple[int, int]], opens: list[Rule]
    ) -> None:
        group, match_id, pattern = rule
        if self._passes(pattern[0], token):
            if len(pattern) == 1:
                whole.append((group, match_id))
            else:
                opens.append(rule)

    def match(self, doc: Any) -> list[tuple[int, int, int, int]]:
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

        if len(self.ruler.attrs) != self.groups:  # rules added since: the Matcher has them
            return type(self.ruler).match(self.ruler, doc)  # type: ignore[no-any-return]
        tokens = [tuple(row) for row in doc.to_array([TAG, DEP, LOWER, IS_SPACE]).tolist()]
        seen = self._seen
        if len(seen) > _MEMO or len(self._regex) > _MEMO:
            seen.clear()
            self._regex.clear()
        found = []
        n = len(tokens)
        for i, token in enumerate(tokens):
            first = seen.get(token)
            if first is None:
                first = seen[token] = self._first(token)
            whole, opens = first
            found += [(group, match_id, i, i + 1) for group, match_id in whole]
            for group, match_id, pattern in opens:
                if i + 1 < n and self._passes(pattern[1], tokens[i + 1]):
                    found.append((group, match_id, i, i + 2))
        found.sort()
        return found


def index_ruler(nlp: Any) -> bool:
    """Let the pipeline's attribute ruler find its matches through a ``RulerIndex``; whether
    it does (a pipeline without a ruler, or with rules the index cannot read, is left as is)."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    try:
        index = RulerIndex(ruler)
    except Unsupported:
        return False
    ruler.match = index.match
    return True
