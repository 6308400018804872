"""Who a reporting verb's subject is: an entity, a pronoun, a role ("the diplomat"), a group.

Resolution works left to right through the article. It remembers who spoke and which actors
were grammatical subjects, so that "he added", "the official stressed", "it said" and "the
statement reads" find the actor the article was just talking about. Mentions inside quotations
and inside reported speech are not candidates: "he" after "Kirby said Gonzalez won" is Kirby.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from graph.extract.actors import ActorTable, clean_name
from graph.extract.centering import one_who_acted, subject_before
from graph.extract.coref import (
    BODY_NOUNS,
    ORG_NOUNS,
    SEATS,
    STATE_OWNED,
    age_in,
    former_role,
    gender_of_pronoun,
    genders,
    held_by,
    in_office,
    is_thing,
    name_like,
    people_aged,
)
from graph.extract.delayed_leads import (
    delayed_body,
    delayed_referent,
    reporter_below,
    rival_below,
    titled_below,
)
from graph.extract.described_bodies import body_described
from graph.extract.document_authors import document_author
from graph.extract.documents import name_words
from graph.extract.furniture import in_unstopped_line
from graph.extract.gazetteer import nationality
from graph.extract.group_speakers import is_role, speaks_as_group
from graph.extract.it_subject import body_before, body_reported
from graph.extract.kindred_bodies import body_called, body_of_kind
from graph.extract.lexicon import COMPANY_NOUNS, DOCUMENT_NOUNS, OUTLET_WORDS, PRONOUNS, ROLE_NOUNS
from graph.extract.named_bodies import bodies_named, names_a_part
from graph.extract.noun_speakers import (
    Noun,
    country_qualifier,
    describe,
    part_of_people,
    read_noun,
    roles_before,
    some_of_people,
)
from graph.extract.offices import holds_another_office, portfolio
from graph.extract.one_of import one_of_people
from graph.extract.owned_speakers import OWNER_PRONOUNS, owned_speaker
from graph.extract.owner_pronouns import clause_owner
from graph.extract.place_mentions import named_as_place
from graph.extract.plural_they import people_before
from graph.extract.principals import principal_of
from graph.extract.proper_names import proper_name
from graph.extract.qualified_bodies import body_qualified
from graph.extract.role_pronouns import role_pronoun
from graph.extract.sentence_people import one_person_before, only_person_before
from graph.extract.story_bodies import MEMBER_NOUNS, PUBLIC_NOUNS, main_body, of_nation
from graph.extract.subject_names import named_subject
from graph.extract.syntax import demonym, restricted
from graph.extract.vox_names import given_name, passer_by
from graph.model import BODY_TYPES

__all__ = ["SpeakerResolver"]

Token = Any  # spaCy Token; typed loosely so this layer imports no spaCy
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*(?:\s|$)")
_REACH = 1500  # characters back that a pronoun may reach for its antecedent
_SOON = 300  # characters ahead where a role's holder named next stands for it


@dataclass
class SpeakerResolver:
    """Turns subject tokens into actor keys, remembering who spoke and who acted where."""

    table: ActorTable
    quoted: list[tuple[int, int]]
    history: list[tuple[int, str]] = field(default_factory=list)  # (offset, actor key)
    contents: list[tuple[int, int]] = field(default_factory=list)  # reported speech so far
    subjects: list[tuple[int, str]] = field(default_factory=list)  # actors as clause subjects
    roles: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    genders: dict[str, str] = field(default_factory=dict)  # stated, or learnt from pronouns
    # _hidden's index over quoted + contents (starts, running max of ends), rebuilt when they grow
    _cover: tuple[int, list[int], list[int]] = field(
        default=(-1, [], []), init=False, repr=False, compare=False
    )

    def learn(self, doc: Any) -> None:
        """Note each actor mention's role words and whether it is a clause subject."""
        for start, end, key in list(self.table._spans):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            head = span.root
            named = self.table.is_named(key)
            if in_unstopped_line(self.table.text, start):
                pass  # a heading's or caption's subject is no one the story goes on about
            elif head.dep_ in ("nsubj", "nsubjpass") or (
                named
                and head.dep_ in ("appos", "compound")
                and head.head.dep_ in ("nsubj", "nsubjpass")
                # "Uruguay's FA president said": the president is the subject, not the FA.
                and not (head.dep_ == "compound" and head.head.lemma_.lower() in ROLE_NOUNS)
            ):
                self.subjects.append((start, key))
            if self.table.draft(key).type != "Person":
                continue
            words: set[str] = set()
            for tok in [*head.lefts, *head.children, *span]:
                words.add(tok.lower_)
                if tok.dep_ in ("appos", "compound", "amod"):
                    words |= {sub.lower_ for sub in tok.subtree}
            if head.dep_ == "appos":
                words |= {t.lower_ for t in head.head.subtree}
            if head.dep_ == "nsubj" and head.head.lemma_ == "be":  # "X was the main candidate"
                words |= {t.lower_ for c in head.head.rights if c.dep_ == "attr" for t in c.subtree}
            for word in words & SEATS:
                self.roles.setdefault(word, []).append((start, key))
        self.subjects.sort()
        self.genders = genders(self.table)

    def said(self, offset: int, key: str, content: tuple[int, int] | None = None) -> None:
        self.history.append((offset, key))
        if not self.table.is_named(key):  # described as it spoke: "A Western diplomat said"
            for word in {*self.table.draft(key).name.lower().split()[-1:]} & SEATS - {*self.roles}:
                self.roles.setdefault(word, []).append((offset, key))
        if content is not None:
            self.contents.append(content)

    # -- resolution -----------------------------------------------------------------------
    def resolve(self, subject: Token) -> str | None:
        """The actor key for the subject token of a reporting verb, or None."""
        if subject.lower_ in PRONOUNS and not (len(subject.text) > 1 and subject.text.isupper()):
            return self._pronoun_subject(subject)  # "US" in capitals is the country
        if demonym(subject) and (found := self._recent(_person, subject.idx, mentions=False)):
            return found  # "the Portuguese said": like "he", someone just quoted or acting
        key = self.named(subject)
        if key is not None:
            return key
        if (name := given_name(subject)) is not None:  # "a woman who gave her name as Maria"
            return self.table.add_entity(*name, "PERSON") or self.table.key_at(*name)
        age = age_in("".join(t.text_with_ws for t in subject.subtree if t.i <= subject.i))
        if age is not None:
            return self._aged(subject, age)
        # "one of the two officials told": that one, unnamed; "four of the members said"
        if one := one_of_people(self.table, subject) or some_of_people(self.table, subject):
            return one
        noun = read_noun(self.table, self.quoted, subject)
        if part_of_people(subject):  # "some in the Missouri group said"
            return self._part_of(noun)
        if noun.words & DOCUMENT_NOUNS:
            return document_author(self, noun)
        principal = principal_of(self, noun) or rival_below(self, subject)  # "his challenger"
        if principal is not None:
            return principal
        owner = next((c for c in subject.children if c.dep_ == "poss"), None)
        if owner is not None and owner.lower_ in OWNER_PRONOUNS and (key := self.resolve(owner)):
            return owned_speaker(self.table, noun, key)  # "his spokesman": X's spokesman
        if owner is not None and owner.lower_ in ("his", "her"):
            return None  # "her faction" of someone unknown: no other body the story names
        if later := delayed_body(self, subject):
            return later  # "A workers' union at X said ..." then "The X Workers Union said"
        # "the opposition and rights groups", "the companies": several, not the one body
        several = subject.tag_ == "NNS" and not noun.named
        if (noun.named or noun.definite or noun.owner) and not several:
            if noun.words & ORG_NOUNS:
                return self.body(noun) or (
                    describe(self.table, noun, True) if names_a_part(self.table, noun) else None
                )
            if noun.words & BODY_NOUNS:
                # "the federation said": a body, never the person just quoted.
                # "the Crown corporation said", "the corporation added": the body speaking or
                # acting just before (Canada Post, Hydro-Québec), however it is named.
                owned = any(c.lower_ in STATE_OWNED for c in noun.token.children)
                if owned or (noun.lemma == "corporation" and not noun.named):
                    inner = set(noun.named)
                    return self._recent(_organisation, noun.offset, fits=lambda k: k not in inner)
                main = noun.lemma in MEMBER_NOUNS | PUBLIC_NOUNS  # "the club", "the regulator"
                return self.body(noun, main=main) or describe(self.table, noun, True)
        return self._one_or_group(subject, noun)

    def _one_or_group(self, subject: Token, noun: Noun) -> str | None:
        """A common-noun speaker that is one person (a role) or people speaking together."""
        is_group = speaks_as_group(subject, noun)
        # "the Portuguese midfielder told ...": a definite singular noun speaking is a person
        # the article has just named, whatever the noun.
        one = is_role(subject, noun.determiner, bool(noun.inside), is_group)
        people = [k for k in noun.named if self.table.draft(k).type == "Person"]
        if one and not people and noun.definite:
            # "the diplomat" may be whoever was just quoted; "Brazil's president" only a person
            # written next to "president", else a description ("the former X governor": one).
            former = former_role(self.table.text, noun.offset)
            owner = "" if former else noun.owner or country_qualifier(subject)
            plural = subject.tag_ == "NNS"
            office = portfolio(subject) and not former  # "the former foreign minister": a past
            guess = not (owner or restricted(subject) or plural or office)
            found = self.role(subject.lower_, noun.lemma, noun.offset, guess=guess, owner=owner)
            if found is not None:
                return found
        if not (one or is_group):
            return proper_name(self.table, subject)
        # "The office added": the one body named before whose name has that noun.
        if is_group and noun.determiner == "the" and not noun.inside:
            found = body_qualified(self.table, subject, noun.lemma, noun.offset)
            found = found or body_described(self.table, noun.lemma, noun.offset)  # "the party"
            return found or describe(self.table, noun, True)
        if one:  # "A Peruvian candidate ... (named below)"; "... Attorney General X said"
            later = delayed_referent(self, subject, noun.determiner or "")
            # "Fiji's opposition leader said ..." then "X -- a coup leader -- told ...": X
            later = later or reporter_below(self, subject)
            if later := later or titled_below(self, subject):
                return later
        found = describe(self.table, noun, is_group)
        if found is not None and passer_by(subject, noun.determiner, self.table.is_named(found)):
            self.table.generic.add(found)  # "a woman said": she speaks, and is nobody's node
        return found

    def _part_of(self, noun: Noun) -> str:
        """ "some in the Missouri group said": the group described, else a group of its own."""
        name = clean_name(" ".join(self.table.text[noun.start : noun.end].split()))
        found = describe(self.table, noun, True)
        return found or self.table.add_group(noun.start, noun.end, name, "Group", own=True)

    def _aged(self, subject: Token, age: int) -> str | None:
        """ "the 33-year-old said": the one person that age, else who a role would stand for;
        with two that age, a description of its own (nobody named)."""
        aged, end = people_aged(self.table, age), subject.idx + len(subject.text)
        if len(aged) > 1:
            start = subject.left_edge.idx
            name = clean_name(self.table.text[start:end])
            return self.table.add_group(start, end, name, "Person", own=True)
        return aged.pop() if aged else self.role("", "", subject.idx)

    def _pronoun_subject(self, subject: Token) -> str | None:
        """A pronoun that reports: the people named before ("Farmers ... They said"), the one
        person of the sentence before, the latest speaker, else the person a role stands for."""
        if (owner := clause_owner(subject, self.named, self.genders)) is not None:
            return owner  # "Berg's rivals accuse him of ...": Berg
        if (people := people_before(subject) or roles_before(subject)) is not None:
            return describe(self.table, read_noun(self.table, self.quoted, people), True)
        # "The ministry summoned ..., it said"; "The chairman, Jan Brod, accused X. He said"
        found = body_reported(self.table, subject, self.quoted)
        found = found or one_person_before(self.table, subject, self._hidden, self.genders)
        found = found or subject_before(subject, self)
        found = found or only_person_before(self.table, subject, self._hidden, self.genders)
        found = found or body_before(self.table, subject)  # "Hamas dropped ... It said"
        found = found or self.pronoun(subject.lower_, subject.idx)
        return found or role_pronoun(subject, self._hidden, self.role)  # "after he urged"

    def named(self, subject: Token) -> str | None:
        """An actor named by the subject itself, its compound or its apposition (no pronoun,
        role or description), or None (``subject_names.named_subject``)."""
        return named_subject(self.table, subject)

    def body(self, noun: Noun, *, main: bool = True) -> str | None:
        """ "the non-governmental organization (NGO) Provea", "the organization said"; a place in
        the phrase ("the London-listed company") is where it is, not who. Else the one body
        named before whose name has the noun; else (with ``main``) the story's main body."""
        bodies = bodies_named(self.table, noun)  # "the NGO Provea", not "the London-listed"
        if bodies or names_a_part(self.table, noun):  # "the UN refugee agency": its own name
            return bodies[-1] if bodies else None
        called = body_described(self.table, noun.lemma, noun.offset)
        called = called or body_called(self.table, noun.lemma, noun.offset)
        phrase = self.table.text[noun.start : noun.end]  # "the trade association"
        called = called or body_of_kind(self.table, noun.lemma, noun.offset, phrase)
        if called is not None:
            return called
        if noun.lemma == "agency" and not noun.named:
            # "Xinhua said ... 18,645 people were buried, the agency said": with no body named
            # "... Agency", the news agency reporting just before, not the story's main body.
            reporting = self._recent(_organisation, noun.offset, mentions=False)
            if reporting is not None:
                return reporting
        if not main:
            return None
        company = True if noun.lemma in COMPANY_NOUNS | MEMBER_NOUNS else None
        company = False if noun.lemma in PUBLIC_NOUNS else company
        return self._main_body(
            noun.offset, company, _nation(self.table.text[noun.start : noun.end])
        )

    def pronoun(self, low: str, offset: int, *, speaker: str | None = None) -> str | None:
        """What a pronoun at ``offset`` refers to: outside quotations the latest speaker or clause
        subject of the right kind ("we" and "I" there are the writer, not an actor); inside a
        quotation (``speaker`` given) someone else, the last one mentioned who is not the speaker.
        """
        kind = PRONOUNS[low]
        if kind not in ("person", "group", "thing") or (speaker is None and low in ("we", "us")):
            return None
        # "they" is a body or a group, never one country ("in the face of monitors. They ...")
        wanted = _person if kind == "person" else _organisation if low == "they" else _not_person
        gender = gender_of_pronoun(low)
        if speaker is None:
            # "she said" is not the man just quoted, when the text says who is a man; and it may
            # be a person's name the model took for a body ("Phay Siphan said ... he said").
            def person_like(key: str) -> bool:
                return name_like(self.table, key) and not name_words(self.table, key) & OUTLET_WORDS

            def fits(key: str) -> bool:
                named = self.table.draft(key).type == "Person" or person_like(key)
                return named and self.genders.get(key, gender) == gender

            if gender is not None:
                found = self._recent(lambda t: t in ("Person", "Organization"), offset, fits=fits)
                if found is not None:
                    self.table.draft(found).type = "Person"
            else:
                found = self._recent(
                    wanted, offset, fits=lambda k: self.genders.get(k, gender) == gender
                )
            if found is None and gender is not None:
                # "Karen Holt spoke ... She said": a person's name the model took for a body.
                found = self._recent(_organisation, offset, fits=person_like)
                if found is not None:
                    self.table.draft(found).type = "Person"
            if found is not None and gender is not None:
                self.genders.setdefault(found, gender)
            return found
        placed = named_as_place if kind == "thing" else lambda *_: False  # "in Brighton"
        for start, end, key in reversed(self.table.mentions_before(offset)):
            if key == speaker or placed(self.table, start, key) or self._hidden(start, end):
                continue
            if wanted(self.table.draft(key).type):
                return key
        return None

    def role(
        self, low: str, lemma: str, offset: int, *, guess: bool = True, owner: str = ""
    ) -> str | None:
        """The person a role noun stands for.

        The latest person written next to that role word; else, with ``guess`` ("the
        diplomat"), the person last quoted or acting; else one named next to the role later on
        ("Kenya's president said ... President William Ruto"); else, with ``guess``, the first
        person named after it. "Brazil's president" with no such person stays a description.
        """
        text = self.table.text  # "the former president" is not "President X" (nor the reverse)
        held = [held_by(self.roles.get(w, []), text, owner, offset) for w in (low, lemma)]
        for entries in held:
            earlier = [(o, k) for o, k in entries if o < offset]
            if earlier:  # two people written next to the role: the one of them who acted
                return one_who_acted(self, {k for _, k in earlier}, offset)
        # "The head of the commission told ... Judge X, the head of the commission, said": the
        # one the next lines give that role, before anyone who merely acted just before.
        soon = [k for entries in held for o, k in entries if offset < o < offset + _SOON]
        current = in_office(self.roles.get(low, []), text) if former_role(text, offset) else ()
        if len(set(soon)) == 1:
            return soon[0]

        # A role stands for someone who acted or spoke, not anyone mentioned in passing
        # ("defied Corbyn's instruction ... The Prime Minister said" is not Corbyn).
        # Not one the story gives another office: "President Ann Lee ... the minister said".
        def fits(key: str) -> bool:
            return not holds_another_office(self.roles, key, lemma or low) and key not in current

        found = self._recent(_person, offset, mentions=False, fits=fits) if guess else None
        if found is not None:
            return found
        # Nobody before: the article opens with "Kenya's president said" and names him later.
        for entries in held:
            later = [(o, k) for o, k in entries if o > offset]
            if later:
                return later[0][1]
        if not guess:
            return None
        # Nobody before at all: the person the article names next ("The diplomat said ...
        # Ana Ruiz, who ..."). With people before, none of whom acted, the role stays unnamed;
        # people only named inside quotations are talked about, and do not count.
        before = self.table.mentions_before(offset)
        if any(_person(self.table.draft(k).type) and not self._hidden(s, e) for s, e, k in before):
            return None
        # Not someone in the role's own sentence: "the candidate renewed her attacks on Mayor
        # Felix Brandt" names the one attacked, not the candidate.
        stop = _SENTENCE_END.search(self.table.text, offset)
        beyond = stop.end() if stop is not None else len(self.table.text)
        for start, end, key in self.table._spans:
            if (
                start >= beyond
                and _person(self.table.draft(key).type)
                and not self._hidden(start, end)
            ):
                return key
        return None

    # -- internals ------------------------------------------------------------------------
    def _hidden(self, start: int, end: int) -> bool:
        """Inside a quotation or inside reported speech: a bisection over the spans sorted by
        start with the running maximum of their ends (a scan per mention was quadratic)."""
        size = len(self.quoted) + len(self.contents)
        if self._cover[0] != size:
            spans = sorted((*self.quoted, *self.contents))
            reach, ends = -1, []
            for _, e in spans:
                reach = max(reach, e)
                ends.append(reach)
            self._cover = (size, [s for s, _ in spans], ends)
        _, starts, ends = self._cover
        i = bisect.bisect_right(starts, start)
        return i > 0 and ends[i - 1] >= end

    def _recent(
        self,
        wanted: Callable[[str], bool],
        offset: int,
        *,
        mentions: bool = True,
        fits: Callable[[str], bool] = lambda key: True,
        since: int = 0,
    ) -> str | None:
        """The latest speaker or clause subject of the wanted type (from ``since`` on), else
        (with ``mentions``) the latest mention that is no town named as a place ("in Dover")."""
        best: tuple[int, str] | None = None
        since = max(since, offset - _REACH)
        for o, key in (*self.history, *self.subjects):
            if not since <= o < offset or not wanted(self.table.draft(key).type):
                continue
            if is_thing(self.table, key) or not fits(key):
                continue
            if self.table.mention_starts_at(o) and self._hidden(o, o + 1):
                continue
            if best is None or o > best[0]:
                best = (o, key)
        if best is not None or not mentions:
            return best[1] if best is not None else None
        for start, end, key in reversed(self.table.mentions_before(offset)):
            if (
                not self._hidden(start, end)
                and wanted(self.table.draft(key).type)
                and not is_thing(self.table, key)
                and not named_as_place(self.table, start, key)  # "after a rally in Dover"
                and fits(key)
            ):
                return key
        return None

    def main_body(self, offset: int) -> str | None:
        """The organisation the article is about, else the latest one named before ``offset``."""
        return self._main_body(offset)

    def _main_body(
        self, offset: int, company: bool | None = None, nation: str | None = None
    ) -> str | None:
        """The organisation the article is about (``coref.main_body``), else the latest one;
        ``company``: a business only ("the company said" is no Commission), or none;
        ``nation``: the nationality its description gives ("the Italian group")."""
        found = main_body(self.table, self.subjects, offset, company, nation)
        if found is not None or company is not None:
            return found

        def fits(key: str) -> bool:  # "the Italian group" is no body written as French
            return nation is None or of_nation(self.table, key, nation)

        return self._recent(_organisation, offset, fits=fits)


def _nation(phrase: str) -> str | None:
    """The nationality a description of a body gives: "the Italian media group"."""
    return next((w for w in phrase.split() if nationality(w)), None)


def _person(type_: str) -> bool:
    return type_ == "Person"


def _not_person(type_: str) -> bool:
    return type_ != "Person"


def _organisation(type_: str) -> bool:
    return type_ in BODY_TYPES
