"""Stances on unseen news (issue 12): who speaks for a state takes no stance towards it."""

from __future__ import annotations

from graph.extract.actors import ActorTable, Draft
from graph.extract.stance_pairs import speaks_for_side
from graph.model import ActorType


def table_of(*actors: tuple[str, ActorType, tuple[str, ...]]) -> ActorTable:
    table = ActorTable("", ())
    for name, kind, aliases in actors:
        key = name.lower().replace(" ", "-")
        table.drafts[key] = Draft(key, name, kind, aliases=set(aliases))
    return table


def test_a_ministry_of_no_named_country_speaks_for_the_country() -> None:
    voice = speaks_for_side(
        table_of(
            ("Ministry of Coastal Affairs", "GovernmentBody", ()),
            ("Portugal", "Country", ()),
            ("Government of Portugal", "GovernmentBody", ()),
        )
    )
    assert voice("ministry-of-coastal-affairs", "portugal")
    assert voice("ministry-of-coastal-affairs", "government-of-portugal")


def test_a_spokesperson_by_title_speaks_for_their_country() -> None:
    voice = speaks_for_side(
        table_of(
            ("Lena Brandt", "Person", ("Foreign Office spokeswoman",)),
            ("Germany", "Country", ()),
            ("Tomas Berg", "Person", ("German spokesman",)),
            ("Chile", "Country", ()),
        )
    )
    assert voice("lena-brandt", "germany")
    assert voice("tomas-berg", "germany")
    assert not voice("tomas-berg", "chile")  # a known other country: a position


def test_no_voice_for_people_courts_or_other_countries() -> None:
    voice = speaks_for_side(
        table_of(
            ("Irish foreign ministry", "GovernmentBody", ()),
            ("Mali", "Country", ()),
            ("Ireland", "Country", ()),
            ("World Tribunal of Trade", "GovernmentBody", ()),
            ("Rosa Pinto", "Person", ()),
        )
    )
    assert not voice("irish-foreign-ministry", "mali")
    assert voice("irish-foreign-ministry", "ireland")
    assert not voice("irish-foreign-ministry", "world-tribunal-of-trade")  # of no country
    assert not voice("rosa-pinto", "mali")  # a person with no spokesperson title
