"""Who a reporting verb's subject is: an entity, a pronoun, a role ("the diplomat"), a group.

Resolution works left to right through the article and keeps a history of who spoke, so that
"he added" and "the official stressed" find the person the article was just quoting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from graph.extract.actors import ActorTable, clean_name
from graph.extract.lexicon import GOVERNMENT_WORDS, GROUP_NOUNS, PRONOUNS, ROLE_NOUNS

__all__ = ["SpeakerResolver"]

Token = Any  # spaCy Token; typed loosely so this layer imports no spaCy


@dataclass
class SpeakerResolver:
    """Turns subject tokens into actor keys, remembering who spoke where."""

    table: ActorTable
    quoted: list[tuple[int, int]]
    history: list[tuple[int, str]] = field(default_factory=list)  # (offset, actor key)
    roles: dict[str, list[tuple[int, str]]] = field(default_factory=dict)  # role word -> mentions

    def learn_roles(self, doc: Any) -> None:
        """Note the role words written next to each person ("American diplomat Brian Nichols")."""
        for start, end, key in self.table._spans:
            if self.table.draft(key).type != "Person":
                continue
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            words: set[str] = set()
            head = span.root
            for tok in [*head.lefts, *head.children, *span]:
                words.add(tok.lower_)
                for sub in tok.subtree if tok.dep_ in ("appos", "compound", "amod") else ():
                    words.add(sub.lower_)
            if head.dep_ == "appos":
                words |= {t.lower_ for t in head.head.subtree}
            # "Matthew Miller, Department Spokesperson": the apposition follows the name.
            for tok in head.rights:
                if tok.dep_ == "appos":
                    words |= {t.lower_ for t in tok.subtree}
            for word in words & ROLE_NOUNS:
                self.roles.setdefault(word, []).append((start, key))

    def said(self, offset: int, key: str) -> None:
        self.history.append((offset, key))

    def resolve(self, subject: Token) -> str | None:
        """The actor key for the subject token of a reporting verb, or None."""
        low = subject.lower_
        offset = subject.idx
        if low in PRONOUNS:
            return self.pronoun(low, offset)
        span = _phrase(subject, self.quoted)
        start, end = span
        # The entity the phrase is headed by, or an apposition naming it.
        head_key = self.table.key_at(subject.idx, subject.idx + len(subject.text))
        if head_key:
            return head_key
        for child in subject.children:
            if child.dep_ == "appos":
                key = self.table.key_at(child.idx, child.idx + len(child.text))
                if key:
                    return key
        inside = self.table.keys_in(start, end)
        lemma = subject.lemma_.lower()
        is_role = low in ROLE_NOUNS or lemma in ROLE_NOUNS
        is_group = low in GROUP_NOUNS or lemma in GROUP_NOUNS
        determiner = next((c.lower_ for c in subject.children if c.dep_ == "det"), "")
        if is_role and not inside and determiner in ("the", "this", "that"):
            return self.role(low, lemma, offset)
        if is_role or is_group:
            if inside and not is_role and determiner == "":
                # "Venezuela's government": a body of the entity, named by the phrase.
                pass
            text = self.table.text[start:end]
            if len(text.split()) > 8:
                text = " ".join(text.split()[:8])
            name = clean_name(text)
            if not name:
                return None
            # "Venezuela's national electoral authority": also try it without the owner.
            bare = re.sub(r"^.*?(?:'s|’s)\s+", "", name)
            known = self.table.resolve_name(name) or self.table.resolve_name(bare)
            if known:
                self.table.attach(known, start, end)
                return known
            if determiner in ("the",) and not inside and is_group:
                recent = self._recent(lambda t: t != "Person", offset)
                if recent and low in ("organization", "organisation", "group", "body"):
                    return recent
            type_ = "Person" if is_role and subject.tag_ in ("NN", "NNP") else "Group"
            if is_group or set(name.lower().split()) & GOVERNMENT_WORDS:
                type_ = "GovernmentBody" if set(name.lower().split()) & GOVERNMENT_WORDS else type_
                if low in ("opposition", "group", "coalition", "alliance", "party", "movement"):
                    type_ = "Organization"
            return self.table.add_description(start, end, name, type_)  # type: ignore[arg-type]
        return None

    def pronoun(self, low: str, offset: int, *, speaker: str | None = None) -> str | None:
        """What a pronoun at ``offset`` refers to.

        Outside quotations a reporting pronoun ("he said") is most often the last speaker.
        Inside a quotation ``speaker`` is given: a third-person pronoun there is someone else,
        the last person mentioned before the quotation who is not the speaker.
        """
        kind = PRONOUNS[low]
        if kind not in ("person", "group", "thing"):
            return None

        def wanted(t: str) -> bool:
            return (t == "Person") == (kind == "person")

        if speaker is None:
            return self._recent(wanted, offset)
        for start, end, key in reversed(self.table.mentions_before(offset)):
            if (
                key != speaker
                and wanted(self.table.draft(key).type)
                and not any(qs <= start and end <= qe for qs, qe in self.quoted)
            ):
                return key
        return None

    def role(self, low: str, lemma: str, offset: int) -> str | None:
        for word in (low, lemma):
            earlier = [(o, k) for o, k in self.roles.get(word, []) if o < offset]
            if earlier:
                return earlier[-1][1]
        # A role never written next to a name: the person last quoted.
        return self._recent(lambda t: t == "Person", offset)

    def _recent(self, wanted: Any, offset: int) -> str | None:
        """The last speaker of the wanted type before ``offset``, else the last mention of one."""
        for o, key in reversed(self.history):
            if o < offset and wanted(self.table.draft(key).type):
                if offset - o < 1200:
                    return key
                break
        for start, end, key in reversed(self.table.mentions_before(offset)):
            if any(qs <= start and end <= qe for qs, qe in self.quoted):
                continue
            if wanted(self.table.draft(key).type):
                return key
        return None


def _phrase(token: Token, quoted: list[tuple[int, int]]) -> tuple[int, int]:
    """The character span of ``token``'s subtree, cut short of any quotation."""
    toks = [t for t in token.subtree if not any(s <= t.idx < e for s, e in quoted)]
    # Keep the contiguous run around the head.
    toks.sort(key=lambda t: t.i)
    run = [token]
    by_i = {t.i: t for t in toks}
    i = token.i - 1
    while i in by_i and by_i[i].text not in ("“", '"', "”"):
        run.insert(0, by_i[i])
        i -= 1
    i = token.i + 1
    while (
        i in by_i
        and by_i[i].text not in ("“", '"', "”", ",", "(")
        and by_i[i].dep_ not in ("relcl", "cc", "conj", "acl")
    ):
        run.append(by_i[i])
        i += 1
    start = run[0].idx
    end = run[-1].idx + len(run[-1].text)
    return start, end
