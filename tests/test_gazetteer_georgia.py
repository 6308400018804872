"""Georgia the country is named by its adjective and capital; the bare name is a US state as often."""

from __future__ import annotations

from graph.extract.agents import country_named, story_country


def test_the_adjective_and_the_capital_name_the_country() -> None:
    georgian, tbilisi = country_named("Georgian"), country_named("Tbilisi")
    assert georgian is not None and tbilisi is not None
    assert georgian.code == tbilisi.code == "GEO"
    assert georgian.name == "Georgia"


def test_the_bare_name_is_not_the_country() -> None:
    assert country_named("Georgia") is None
    text = (
        "Georgia's secretary of state said the recount in Atlanta was complete. Georgia will "
        "certify the results on Friday, officials in Georgia said."
    )
    assert story_country(text) is None


def test_a_story_told_with_the_adjective_is_about_the_country() -> None:
    text = (
        "The Georgian opposition rejected the official count. Georgian President Nino Kapanadze "
        "said the vote was stolen, and protesters gathered outside parliament in Tbilisi."
    )
    found = story_country(text)
    assert found is not None and found.name == "Georgia"


def test_a_countrys_people_in_the_plural_name_it() -> None:
    text = (
        "TBILISI (AP) - Georgians voted in parliamentary elections on Saturday, and Georgians "
        "abroad queued in Berlin. Observers from Germany watched."
    )
    found = story_country(text)
    assert found is not None and found.name == "Georgia"
