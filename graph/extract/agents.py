"""Generic agents anchored to a country: "the government" of a story is a specific government.

"The government", "the opposition", "the top court", "the regime" name no one on their own; in a
story about one country they name that country's government, opposition or court. The nouns and
their roles come from the CAMEO/Phoenix agent dictionary, the countries (names and adjectives)
from its country dictionary (both MIT; ``graph/data/*.tsv``, derived by
``scripts/derive_lexicons.py``). The country is, in this order: written in the phrase ("the
Canadian government", "Venezuela's government", "the government of Chile"); the country of a
possessor who speaks for one ("Maduro's government"); else the country the story is about (the one
named most often, and more often than any other). Without a country the phrase is no actor.
The people who speak for a state ("officials", "authorities") stay those people, named with
their country ("Chilean officials"), as news reports their words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from graph.extract.agent_chunks import agent_chunks
from graph.extract.bare_agents import Found, as_written_in_full
from graph.extract.foreign_owners import foreign_owned, possessor_country
from graph.extract.gazetteer import Country, country_named, gazetteer, rows, story_country
from graph.extract.named_agents import (
    bench_court,
    electoral_kind,
    named_bodies,
    named_body,
    same_noun_body,
)
from graph.extract.side_bodies import (
    OPPOSITION,
    RULING,
    no_agent,
    phrase_side,
    side_bodies,
    side_body,
)
from graph.model import ActorType
from graph.text import fold

if TYPE_CHECKING:  # the table imports this module for its gazetteer
    from graph.extract.actors import ActorTable

__all__ = [
    "Country",
    "agent_nouns",
    "agent_role",
    "anchor_agents",
    "anchored_name",
    "bare_description",
    "capital_name",
    "country_named",
    "gazetteer",
    "is_generic",
    "story_country",
]


# Role code -> (name with an adjective, name without one, actor type). News names a country's
# bodies by its adjective ("the Venezuelan opposition"); "Government of X" where none is known.
# Its army, air force or troops are "the Ugandan military", as news (and its gold) names them.
ROLES: dict[str, tuple[str, str, ActorType]] = {
    "GOV": ("{} government", "Government of {}", "GovernmentBody"),
    "OPP": ("{} opposition", "Opposition of {}", "Organization"),
    "JUD": ("{} judiciary", "Judiciary of {}", "GovernmentBody"),
    "LEG": ("{} parliament", "Parliament of {}", "GovernmentBody"),
    "COP": ("{} police", "Police of {}", "GovernmentBody"),
    "MIL": ("{} military", "Military of {}", "GovernmentBody"),
    "ELC": ("{} electoral authority", "Electoral Authority of {}", "GovernmentBody"),
}
# Levels below the nation: their officials and governments are no country's government.
_SUBNATIONAL = frozenset(
    {"territorial", "provincial", "municipal", "city", "local", "regional", "county", "district"}
)
_SUPREME = ("top court", "highest court", "supreme court", "constitutional court")
# Collective nouns that, bare, name nobody: never an actor unless anchored.
_BARE = frozenset(
    {
        "leader",
        "leaders",
        "member",
        "members",
        "critic",
        "critics",
        "supporter",
        "supporters",
        "ally",
        "allies",
        "country",
        "countries",
        "nation",
        "nations",
        "official",
        "officials",
        "party",
        "union",
        "group",
        "office",
        "council",
        "ministry",
    }
)
# Words that describe an office or a crowd without naming whose it is.
_DESCRIPTIVE = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "delegation", "protesters", "demonstrators",
     "ministry", "ministries", "minister", "ministers", "top", "senior", "high", "foreign",
     "interior", "defence", "defense", "finance", "justice", "state", "local", "officers",
     "soldiers", "diplomats", "envoy", "agency", "department", "rebels", "militants",
     "activists", "prosecutors", "judges", "leaders", "leader", "officials", "official",
     "candidates", "candidate", "politicians", "opponents", "lawmaker", "legislator"}
)  # fmt: skip
# A capitalised institution ("the Electoral Commission", a lone "Congress") is the story's own
# body, by its name; people and crowds ("Foreign Ministry Spokesman", "Senior Officials"), a
# ministry every state has ("Foreign Ministry": whose, when no country anchored it?) and a lone
# "Government" or "Police" are descriptions however written.
_INSTITUTIONS = frozenset({"congress", "parliament", "senate", "cabinet", "judiciary", "junta"})
_PEOPLE = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "official", "officials", "leader", "leaders",
     "authorities", "protesters", "demonstrators", "delegation", "lawmakers", "legislators",
     "officers", "soldiers", "troops", "diplomats", "envoy", "rebels", "militants", "activists",
     "prosecutors", "judges", "minister", "ministers", "members", "critics", "supporters",
     "allies", "forces", "figures", "candidates", "candidate", "politicians", "opponents",
     "ministry"}
)  # fmt: skip
_NUMBERS = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds",
     "thousands", "few", "most", "more", "top"}
)  # fmt: skip
_QUANTIFIERS = frozenset(
    {"the", "a", "an", "some", "other", "many", "several", "various", "both", "all", "its", "their"}
    | {"those", "these", "this", "that", "such", "his", "her", "our"}  # "Those protesters"
)
# Words and numbers that count people: "5.5 million voters" is voters, as "some members" are.
_COUNTING = _QUANTIFIERS | {"hundred", "thousand", "million", "billion", "millions", "billions"}
_NUMBER = re.compile(r"[\d.,]+")


@lru_cache(maxsize=1)
def _agent_roles() -> dict[str, str]:
    return {phrase: role for phrase, role in rows("agents.tsv")}


@lru_cache(maxsize=1)
def agent_nouns() -> frozenset[str]:
    """The head nouns of generic agent phrases ("government", "troops", "officials"), their
    last words: a noun phrase ending otherwise is no agent."""
    return frozenset(phrase.split()[-1] for phrase in _agent_roles())


# People named by whose side they take ("supporters of X"): X's name makes them specific.
_SIDES = frozenset(
    {"supporters", "opponents", "critics", "backers", "allies", "rivals", "followers", "loyalists"}
)


@lru_cache(maxsize=8192)
def bare_description(name: str) -> bool:
    """Whether ``name`` is only common nouns of office or description, no country nor name
    ("the government", "Foreign Ministry Spokesman", "top court", "senior officials").

    >>> bare_description("Foreign Ministry Spokesman"), bare_description("the Regime")
    (True, True)
    >>> bare_description("Lao government"), bare_description("the Supreme Court")
    (False, False)
    >>> bare_description("three opposition candidates"), bare_description("leader of Chad")
    (True, False)
    """
    # "an opposition leader in the island nation": a place that names no country adds nobody
    # ("Indian Ocean" is no India: whole capitalised runs are read).
    head, _, place = re.sub(r"\s+(?:of|in|from)\s+", " | ", name, count=1).partition(" | ")
    runs = re.findall(r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*", place)
    if any(country_named(run) for run in runs) or (place and _proper(name)):
        return False  # "government of Chile"; "Ministry of External Affairs", a name
    if set(fold(head).split()[-1:]) & _SIDES and any(len(run.split()) > 1 for run in runs):
        return False  # "opponents of President Ana Ruiz": whose side they take, by name
    name = head
    words = [
        w
        for w in fold(name).replace("-", " ").split()
        if w not in _QUANTIFIERS and w not in _NUMBERS and not w.isdigit()
    ]
    vocabulary = _DESCRIPTIVE | frozenset(w for p in _agent_roles() for w in p.split())
    if not words or words[-1] not in (agent_nouns() | _BARE | _DESCRIPTIVE):
        return False
    capitalised = all(w[:1].isupper() for w in name.split() if fold(w) not in _QUANTIFIERS)
    if capitalised and words[-1] not in _PEOPLE and (len(words) > 1 or words[0] in _INSTITUTIONS):
        return False  # "Congress", "the Electoral Commission": the story's own body, by name
    return all(w in vocabulary for w in words)


def _proper(name: str) -> bool:
    """Every word capitalised but the little words of a name ("Ministry of External Affairs")."""
    return all(w[:1].isupper() for w in name.split() if w not in ("of", "the", "for", "and"))


def agent_role(phrase: str) -> str | None:
    """The CAMEO role of a generic agent phrase ("the top court" -> JUD), else None.

    >>> agent_role("the government"), agent_role("top court"), agent_role("voters")
    ('GOV', 'JUD', None)
    """
    words = [w for w in fold(phrase).split() if w not in _QUANTIFIERS]
    roles = _agent_roles()
    for i in range(len(words)):
        role = roles.get(" ".join(words[i:]))
        if role is not None:
            return role
    return None


def anchored_name(
    role: str, phrase: str, country: Country, body: str | None = None
) -> tuple[str, ActorType]:
    """The actor a generic agent of ``country`` is: its name and type. An electoral body is
    named by the ``body`` the story calls it ("the electoral commission": "Chilean electoral
    commission"), else as the country's electoral authority.

    >>> chile = next(c for c in gazetteer() if c.code == "CHL")
    >>> anchored_name("OPP", "the opposition", chile), anchored_name("JUD", "top court", chile)[0]
    (('Chilean opposition', 'Organization'), 'Supreme Court of Chile')
    >>> anchored_name("ELC", "poll body", chile, "election board")[0]
    'Chilean election board'
    """
    with_adjective, without, type_ = ROLES[role]
    if role == "ELC" and body is not None:
        with_adjective, without = "{} " + body, body.title() + " of {}"
    if role == "JUD" and "constitutional court" in fold(phrase):
        return f"Constitutional Court of {country.name}", type_
    if role == "JUD" and any(s in fold(phrase) for s in _SUPREME):
        return f"Supreme Court of {country.name}", type_
    if role == "JUD" and "high court" in fold(phrase):
        # A court of its own below the supreme one; in American usage the Supreme Court.
        court = "Supreme Court" if country.name == "United States" else "High Court"
        return f"{court} of {country.name}", type_
    if country.adjective:
        return with_adjective.format(country.adjective), type_
    return without.format(country.name), type_


def is_generic(name: str) -> bool:
    """A collective named only by common nouns ("leaders", "the top court"): no actor alone.

    >>> is_generic("opposition leaders"), is_generic("some members"), is_generic("Hamas")
    (True, True, False)
    >>> is_generic("Those protesters"), is_generic("These Gaza residents")
    (True, False)
    >>> is_generic("ex - soviet state"), is_generic("5.5 million voters")
    (True, True)
    """
    all_words = name.split()
    words = [w for w in all_words if w.lower() not in _COUNTING and not _NUMBER.fullmatch(w)]
    # A capital opening a sentence ("Officials said") makes no name; "some Western ..." does.
    if not words or any(w[:1].isupper() for w in all_words[1:]) or country_named(words[0]):
        return False
    return (
        agent_role(name) is not None
        or words[-1].lower() in _BARE
        or all(w.islower() for w in words if w not in ("-", "–", "—"))  # "ex - soviet"
    )


@lru_cache(maxsize=1)
def _agent_words() -> frozenset[str]:
    """Every word of the agent phrases ("ruling", "party", "opposition", "government")."""
    return frozenset(w for phrase in _agent_roles() for w in phrase.split())


def capital_name(text: str, start: int, surface: str) -> bool:
    """Whether the generic-looking entity ``surface`` at ``start`` is a name by its first word:
    a capital written mid-sentence on a word no agent phrase uses ("the Umma party said", "a
    Ghad spokesman"). A sentence's first word ("Officials said", "Main opposition group") and a
    capitalised agent noun ("the Opposition", "the Government") are no name.

    >>> capital_name("said the Umma party.", 9, "Umma party")
    True
    >>> capital_name("Umma party said.", 0, "Umma party"), capital_name("by the Opposition", 7, "Opposition")
    (False, False)
    """
    before = text[:start].rstrip()
    first = surface.split()[0] if surface.split() else ""
    if not before or before[-1] in ".!?:;\"“”‘’'\n" or not first[:1].isupper():
        return False
    word = fold(first)
    vocabulary = _agent_words() | _QUANTIFIERS | _BARE | _DESCRIPTIVE | _PEOPLE | _INSTITUTIONS
    return word.isalpha() and word not in vocabulary and word not in _NUMBERS


# Plural nouns of the people who speak or act for a state: anchored to their country, they stay
# those people ("Chinese officials", "Venezuelan authorities"), as news reports them.
_PEOPLE_OF_A_STATE = frozenset({"officials", "authorities"})


def anchor_agents(doc: Any, table: ActorTable, chunks: Sequence[Any] | None = None) -> None:
    """Mark each generic agent phrase that has a country as that country's body.

    Runs after named entities, before collective groups: an anchored phrase is an actor with a
    name of its own ("Chilean government"), the registry's when the registry has it. A bare
    phrase takes the country written with the same role elsewhere in the article ("the Chilean
    opposition ... the opposition"), else the country of the story. ``chunks`` are the
    document's noun chunks when the caller has them already (they are read once per document).
    """
    found = []
    heads = agent_nouns()
    for chunk in agent_chunks(doc, doc.noun_chunks if chunks is None else chunks, heads):
        root = chunk.root
        if root.lower_ not in heads or root.pos_ not in ("NOUN", "PROPN"):
            continue
        if table.key_at(root.idx, root.idx + len(root.text)) or no_agent(chunk, root):
            continue
        phrase = _agent_phrase(chunk, root)
        role = agent_role(phrase)
        if role == "GOV" and (_SUBNATIONAL & set(phrase.split()) or _narrower(root)):
            continue  # "territorial officials", "health officials": not the nation's government
        if role is not None:
            found.append((chunk, role, phrase, _written_country(chunk, root, table)))
    found = as_written_in_full(found)
    written = {role: country for _, role, _, country in reversed(found) if country is not None}
    story = story_country(table.text)
    named = _story_bodies(doc, table, found)
    kind = electoral_kind(phrase for _, role, phrase, _ in found if role == "ELC")
    for chunk, role, phrase, country in found:
        end = chunk.root.idx + len(chunk.root.text)
        body = named(role, phrase, country or written.get(role) or story)
        if body is not None:  # "the court" of a story naming one: that court (named_agents)
            table.attach(body, chunk.start_char, end, alias=False)
            continue
        if country is None:
            owner = _possessor(chunk.root, table)
            if owner is not None:
                table.attach(owner, chunk.start_char, end)
                continue
            led = _led_by(chunk, table) if role == "GOV" else None
            if led is not None:  # "the Obama administration", "the Maduro government"
                led_by = f"{led} {chunk.root.lower_}"
                table.add_agent(chunk.start_char, end, led_by, "GovernmentBody")
                continue
            if foreign_owned(chunk, table):
                continue
            country = written.get(role)
            if country is None and story is not None and not _faces(chunk, story):
                country = story
            if country is not None and possessor_country(chunk, table) not in (None, country.name):
                continue  # "British Prime Minister X said his government": not Rwanda's
        if country is not None:
            bench = bench_court(table, role, chunk.root, country)  # "the five judges": the court's
            name, type_ = bench or anchored_name(role, phrase, country, kind)
            if role == "GOV" and chunk.root.lower_ in _PEOPLE_OF_A_STATE:
                # "Chinese officials said": people of the state who speak, named as written
                # with their country, not the government as a whole.
                said = phrase if phrase in _agent_roles() else chunk.root.lower_
                name, type_ = f"{country.adjective or country.name} {said}", "Group"
            table.add_agent(chunk.start_char, end, name, type_)


def _story_bodies(
    doc: Any, table: ActorTable, found: list[Found]
) -> Callable[[str, str, Country | None], str | None]:
    """Which body the story names for a generic agent (role, phrase, country): its one court
    or electoral body of that kind (``named_agents``), the one body it describes as the
    opposition or as the ruling party (``side_bodies``: "the opposition" or "the ruling party"
    of a story naming one is that party)."""
    roles = {role for _, role, _, _ in found}
    sides = {phrase_side(phrase) for _, role, phrase, _ in found if role in ("OPP", "GOV")}
    bodies = named_bodies(table) if roles & {"JUD", "ELC", "OPP", "GOV"} or RULING in sides else []
    described = {
        side: side_bodies(doc, table, bodies, side)
        for side in (OPPOSITION, RULING)
        if side in sides
    }

    def named(role: str, phrase: str, country: Country | None) -> str | None:
        side = phrase_side(phrase) if role in ("OPP", "GOV") else None
        if side is not None:
            return side_body(described.get(side, []), phrase, country)
        if role in ("OPP", "GOV"):  # "the authority" of a story naming one authority
            return same_noun_body(bodies, phrase, country)
        return named_body(bodies, role, phrase, country)

    return named


def _agent_phrase(chunk: Any, root: Any) -> str:
    """The words of an agent phrase up to its head, without determiners, possessors or
    countries ("the Chilean top court" -> "top court")."""
    owner = {t.i for c in root.children if c.dep_ == "poss" for t in c.subtree}
    words = [
        t
        for t in chunk
        if t.i == root.i
        or (t.i < root.i and t.dep_ not in ("det", "poss", "case") and t.i not in owner)
    ]
    return " ".join(t.lower_ for t in words if country_named(t.text) is None)


def _faces(chunk: Any, country: Country) -> bool:
    """Whether the act the phrase takes part in names ``country`` as its other party: "the top
    court criticised the government over its dispute with Peru", "officials condemned Peru"
    are not Peru's court or officials, though Peru is all the story names."""
    verb = chunk.root.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i == chunk.root.i:
        return False
    return any(
        t.i not in range(chunk.start, chunk.end) and country_named(t.text) == country
        for arg in verb.children
        if arg.dep_ in ("dobj", "prep", "dative", "attr") and arg.i > verb.i
        for t in arg.subtree
        if t.pos_ in ("PROPN", "ADJ")
    )


def _narrower(root: Any) -> bool:
    """ "health officials", "party officials": a noun before the head names a body narrower than
    the government, unless the pair is a government phrase itself ("government officials") or
    the noun is one ("administration officials")."""
    before = root.doc[root.i - 1] if root.i > 0 else None
    if before is None or before.dep_ != "compound" or before.pos_ != "NOUN":
        return False
    if not before.text.islower():  # "Nepals government": a name, not a narrower body
        return False
    pair = f"{before.lower_} {root.lower_}"
    return pair not in _agent_roles() and agent_role(before.lower_) != "GOV"


def _written_country(chunk: Any, root: Any, table: ActorTable) -> Country | None:
    """ "the Canadian government", "Chile's court", "the government of Chile"; not where the
    body sits ("the Luxembourg-based court" is no court of Luxembourg's)."""
    near = [t for t in chunk if t.i < root.i and not _seat(t)]
    of = [
        g
        for c in root.children
        if c.dep_ == "prep" and c.lower_ in ("of", "in")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    # "the South Korean government": a country written in two capitalised adjectives.
    if len(near) > 1 and all(t.text[:1].isupper() for t in near[-2:]):
        found = country_named(" ".join(t.text for t in near[-2:]))
        if found is not None:
            return found
    for token in (*near, *of):
        span = _name_span(token)
        found = country_named(span)
        key = table.key_at(token.idx, token.idx + len(token.text))
        if found is None and key is not None and table.draft(key).type == "Country":
            found = country_named(table.draft(key).name)
        if found is not None:
            return found
    return None


def _seat(token: Any) -> bool:
    """A place a body is based in: "Luxembourg" of "the Luxembourg-based court"."""
    head = token.head
    return (
        head.lower_ in ("based", "headquartered") and head.i > token.i and token.dep_ == "npadvmod"
    )


def _name_span(token: Any) -> str:
    """The proper name a token ends or is part of: "United States" for "States"."""
    toks = [t for t in token.subtree if t.pos_ == "PROPN" or t.i == token.i]
    toks = [t for t in toks if t.dep_ not in ("case",)]
    if not toks:
        return token.text
    return " ".join(t.text for t in sorted(toks, key=lambda t: t.i))


def _possessor(root: Any, table: ActorTable) -> str | None:
    """ "Maduro's government": the body a possessing person speaks for, when the registry says."""
    for child in root.children:
        if child.dep_ != "poss":
            continue
        key = table.key_at(child.idx, child.idx + len(child.text))
        if key is None:
            continue
        draft = table.draft(key)
        if draft.registry is not None and draft.registry.speaks_for:
            target = table.registry_actor(draft.registry.speaks_for)
            if target is not None:
                return target
    return None


def _led_by(chunk: Any, table: ActorTable) -> str | None:
    """The person a government phrase is named after ("the Obama administration"), as written."""
    words = [
        t
        for t in chunk
        if t.i < chunk.root.i and t.text[:1].isupper() and t.dep_ in ("compound", "amod")
    ]
    if not words or words[-1].i != chunk.root.i - 1:
        return None
    key = table.key_at(words[0].idx, words[-1].idx + len(words[-1].text))
    if key is None or table.draft(key).type != "Person":
        return None
    return " ".join(t.text for t in words)
