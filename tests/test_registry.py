"""The actor registry (data/actors.ttl) and forgiving name resolution (graph.names)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from graph.errors import AmbiguousActor, InputError, UnknownActor
from graph.model import Actor
from graph.names import PRONOUNS, find_mentions, is_pronoun, resolve
from graph.rdf import actors_to_graph
from graph.readback import graph_to_actors
from graph.registry import load_registry
from graph.text import fold, slugify

REGISTRY = Path(__file__).resolve().parents[1] / "data" / "actors.ttl"

HEADER = """@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix sg: <https://w3id.org/stancegraph/ontology#> .
@prefix actor: <https://w3id.org/stancegraph/id/actor/> .
"""


@pytest.fixture(scope="module")
def actors() -> tuple[Actor, ...]:
    return load_registry(REGISTRY)


def by_id(actors: tuple[Actor, ...], actor_id: str) -> Actor:
    return next(a for a in actors if a.id == actor_id)


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "actors.ttl"
    path.write_text(HEADER + body, encoding="utf-8")
    return path


# -- the registry file -------------------------------------------------------------------------


def test_registry_holds_the_seed_actors(actors):
    ids = {a.id for a in actors}
    for name in (
        "Nicolás Maduro",
        "Edmundo González Urrutia",
        "María Corina Machado",
        "Matthew Miller",
        "United States",
        "US State Department",
        "National Electoral Council",
        "Government of Venezuela",
        "Venezuelan opposition",
    ):
        assert slugify(name) in ids


def test_miller_speaks_for_the_state_department(actors):
    miller = by_id(actors, "matthew-miller")
    assert miller.type == "Person"
    assert miller.speaks_for == "us-state-department"
    assert {"Miller", "Department Spokesperson"} <= set(miller.aliases)


def test_certain_wikidata_ids(actors):
    assert by_id(actors, "united-states").wikidata == "Q30"
    assert by_id(actors, "venezuela").wikidata == "Q717"


def test_every_actor_is_well_formed(actors):
    ids = {a.id for a in actors}
    for actor in actors:
        assert actor.id == slugify(actor.name)
        assert actor.description, f"{actor.id} has no rdfs:comment"
        assert actor.speaks_for is None or actor.speaks_for in ids


def test_aliases_are_unique_per_actor_and_never_bare_pronouns(actors):
    for actor in actors:
        assert len(set(actor.names)) == len(actor.names), actor.id
        for alias in actor.aliases:
            assert alias.strip() == alias and alias, (actor.id, alias)
            assert not is_pronoun(alias), (actor.id, alias)


def test_the_brief_s_surface_forms_are_aliases(actors):
    gonzalez = by_id(actors, "edmundo-gonzalez-urrutia")
    assert {
        "González",
        "Gonzalez",
        "Edmundo González",
        "Edmundo Gonzalez",
        "the opposition candidate",
    } <= set(gonzalez.aliases)
    cne = by_id(actors, "national-electoral-council")
    assert {"the Election Council", "CNE", "the electoral council"} <= set(cne.aliases)


def test_no_alias_is_shared_unless_the_registry_says_so(actors):
    # The file header promises no shared alias; a new one must come with a comment and this list.
    owners: dict[str, set[str]] = {}
    for actor in actors:
        for name in actor.names:
            owners.setdefault(fold(name).removeprefix("the "), set()).add(actor.id)
    shared = {name: ids for name, ids in owners.items() if len(ids) > 1}
    assert shared == {}


# -- loading errors ----------------------------------------------------------------------------


def test_bad_turtle_is_one_line_with_its_line_number(tmp_path):
    path = write(tmp_path, 'actor:x a sg:Person ;\n    skos:prefLabel "X ;\n')
    with pytest.raises(InputError) as info:
        load_registry(path)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: bad Turtle at line 5")


def test_actor_without_a_name(tmp_path):
    path = write(tmp_path, "actor:x a sg:Person .\n")
    with pytest.raises(InputError, match=r"actor 'x' needs exactly one skos:prefLabel"):
        load_registry(path)


def test_actor_of_unknown_type(tmp_path):
    path = write(tmp_path, 'actor:x a sg:Persn ; skos:prefLabel "X" .\n')
    with pytest.raises(InputError, match=r"actor 'x' needs exactly one type.*Persn"):
        load_registry(path)


def test_speaks_for_an_unknown_actor(tmp_path):
    path = write(tmp_path, 'actor:x a sg:Person ; skos:prefLabel "X" ; sg:speaksFor actor:y .\n')
    with pytest.raises(InputError, match=r"actor 'x' speaks for .*actor/y, which is not an actor"):
        load_registry(path)


def test_iri_must_be_the_slug_of_the_name(tmp_path):
    path = write(tmp_path, 'actor:miller a sg:Person ; skos:prefLabel "Matthew Miller" .\n')
    with pytest.raises(InputError, match=r"should end in 'matthew-miller'"):
        load_registry(path)


def test_missing_registry_file(tmp_path):
    with pytest.raises(InputError, match="no such actor registry"):
        load_registry(tmp_path / "nope.ttl")


# -- resolve -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["Gonzalez", "gonzález", "the opposition candidate", "GONZÁLEZ URRUTIA", "Urrutia",
     "edmundo-gonzalez-urrutia"],
)  # fmt: skip
def test_gonzalez_forms_resolve(actors, name):
    assert resolve(name, actors).id == "edmundo-gonzalez-urrutia"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Election Council", "national-electoral-council"),
        ("the electoral council", "national-electoral-council"),
        ("Department Spokesperson", "matthew-miller"),
        ("the Maduro government", "government-of-venezuela"),
        ("Lopez Obrador", "andres-manuel-lopez-obrador"),
        ("US", "united-states"),
        ("maduro", "nicolas-maduro"),
    ],
)
def test_aliases_resolve(actors, name, expected):
    assert resolve(name, actors).id == expected


def test_misspelling_is_unknown_with_a_suggestion(actors):
    with pytest.raises(UnknownActor) as info:
        resolve("Gonzales", actors)
    assert "did you mean 'Edmundo González Urrutia'" in str(info.value)


def test_unknown_name_without_a_near_miss_says_where_to_add_it(actors):
    with pytest.raises(UnknownActor, match=r"'Zzyzx Qwerty' matches no actor; add it"):
        resolve("Zzyzx Qwerty", actors)


def test_shared_alias_is_ambiguous():
    two = (
        Actor("government-of-venezuela", "Government of Venezuela", "GovernmentBody",
              aliases=("the government",)),
        Actor("government-of-guyana", "Government of Guyana", "GovernmentBody",
              aliases=("the government",)),
    )  # fmt: skip
    with pytest.raises(AmbiguousActor) as info:
        resolve("The Government", two)
    assert set(info.value.candidates) == {"Government of Venezuela", "Government of Guyana"}


def test_shared_surname_is_ambiguous():
    two = (
        Actor("ana-perez", "Ana Pérez", "Person"),
        Actor("luis-perez", "Luis Perez", "Person"),
    )
    with pytest.raises(AmbiguousActor, match="could be any of 'Ana Pérez', 'Luis Perez'"):
        resolve("Perez", two)


@given(name=st.text(max_size=30))
def test_resolve_only_raises_its_own_errors(actors, name):
    try:
        found = resolve(name, actors)
    except (UnknownActor, AmbiguousActor):
        return
    assert found in actors


def test_every_name_of_every_actor_resolves_to_it(actors):
    for actor in actors:
        for name in actor.names:
            assert resolve(name, actors) == actor, name


# -- mentions ----------------------------------------------------------------------------------


def test_mentions_prefer_the_longest_name_and_respect_acronym_case(actors):
    text = "The US and the Maduro government: let us see what Maduro and the U.S. say."
    chosen = [by_id(actors, i) for i in ("united-states", "government-of-venezuela",
                                         "nicolas-maduro")]  # fmt: skip
    found = find_mentions(text, chosen)
    assert [s.text for s in found["united-states"]] == ["US", "U.S."]
    assert [s.text for s in found["government-of-venezuela"]] == ["the Maduro government"]
    assert [s.text for s in found["nicolas-maduro"]] == ["Maduro"]
    for spans in found.values():
        for span in spans:
            assert span.fits(text)


def test_pronoun_list_has_no_acronym_false_positive():
    assert "us" in PRONOUNS
    assert not is_pronoun("US")
    assert is_pronoun("They")


def test_registry_round_trips_through_the_rdf_mapping(actors):
    assert tuple(graph_to_actors(actors_to_graph(actors))) == actors


def test_wikidata_must_be_an_entity_iri(tmp_path):
    path = write(
        tmp_path,
        'actor:x a sg:Country ; skos:prefLabel "X" ; sg:wikidata <https://example.org/Q1> .\n',
    )
    with pytest.raises(InputError, match=r"actor 'x' has sg:wikidata https://example.org/Q1"):
        load_registry(path)
