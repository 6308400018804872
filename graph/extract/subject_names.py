"""Whom a reporting verb's subject names by itself: an entity, its compound or apposition.

"Amnesty International Kenya said", "X, the Union's head of mission, said", "Its director
general, Agnes Moll, said", "The RFEF responded", "the RMT union said", "Leader of the
Opposition Ana Ruiz said", "Freedonia (FRD) Vice-President Ana Lind said": the actor the
subject's own words name, before any pronoun, role or description is read
(``speakers.SpeakerResolver.resolve``).
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.coref import acronym_before, apposed_name, short_name_owner
from graph.extract.lexicon import ROLE_NOUNS
from graph.extract.noun_speakers import named_in_full, titled_name
from graph.extract.organs import organ_owner
from graph.extract.split_subjects import named_example, named_sibling
from graph.extract.title_phrases import apposed_key, named_before, titled_person

__all__ = ["named_subject"]

Token = Any  # spaCy Token


def named_subject(table: ActorTable, subject: Token) -> str | None:
    """An actor named by the subject itself, its compound or its apposition (no pronoun, role
    or description), or None."""
    if (person := named_before(table, subject)) is not None:
        return person  # "X, the Union's head of mission, said" with X hung elsewhere
    head_key = table.key_at(subject.idx, subject.idx + len(subject.text))
    if head_key:
        # "Amnesty International Kenya said": an organisation named in the compound wins
        # over the country at its head.
        if table.draft(head_key).type == "Country":
            for child in subject.children:
                if child.dep_ == "compound":
                    key = table.key_at(child.idx, child.idx + len(child.text))
                    if key and table.draft(key).type in ("Organization", "GovernmentBody"):
                        return key
            if (person := _titled_apposition(table, subject)) is not None:
                return person  # "Congo (DRC) Vice-President Ana Lind said": the officer
        return named_in_full(table, subject, head_key)  # "the election commission"
    if (key := apposed_key(table, subject)) is not None:
        return key
    if (sibling := named_sibling(table, subject)) is not None:
        return sibling  # "Main opposition group, Progress party said": two subjects parsed
    if (example := named_example(table, subject)) is not None:
        return example  # "observers like the Carter Center said": the one named
    if (body := organ_owner(table, subject)) is not None:
        return body  # "the OAS secretariat said": the OAS
    if (person := titled_person(table, subject)) is not None:
        return person  # "Leader of the Opposition Ana Ruiz (Green Party) said"
    name = apposed_name(subject)
    if name is not None:
        # "Its director general, Agnes Moll, said": a name in apposition to a role is a
        # person's, whatever label the model gave it.
        span = (name[0].idx, name[-1].idx + len(name[-1].text))
        return table.add_entity(*span, "PERSON") or table.key_at(*span)
    if subject.text.isupper() and len(subject.text) > 1:
        # "The RFEF responded": an acronym, whatever the tagger made of it.
        key = short_name_owner(table, subject.text)
        if key is not None:
            table.attach(key, subject.idx, subject.idx + len(subject.text))
            return key
    acronym = acronym_before(subject)  # "the RMT union said": the body is the RMT
    if acronym is not None:
        return table.add_entity(acronym.idx, acronym.idx + len(acronym.text), "ORG")
    # "The State Department official for Latin America, Brian Nichols, said": the parser
    # may hang the apposition on a deeper noun; a named person in apposition is the speaker.
    for tok in subject.subtree:
        if tok.dep_ == "appos" and tok.i != subject.i:
            key = table.key_at(tok.idx, tok.idx + len(tok.text))
            if key and table.draft(key).type == "Person":
                return key
    return titled_name(table, subject)


def _titled_apposition(table: ActorTable, country: Token) -> str | None:
    """The person a country's name is titled onto with no comma ("Congo (DRC) Vice-President
    Ana Lind", parsed as the country's apposition): the person, not the country, acts."""
    for child in country.children:
        if child.dep_ != "appos" or child.doc[child.left_edge.i - 1].text == ",":
            continue
        key = table.key_at(child.idx, child.idx + len(child.text))
        titled = any(
            t.dep_ == "compound" and t.lower_.rsplit("-", 1)[-1] in ROLE_NOUNS for t in child.lefts
        )
        if key and titled and table.draft(key).type == "Person":
            return key
    return None
