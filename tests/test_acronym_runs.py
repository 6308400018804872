"""A name the model cut at a little word is whole up to the acronym that spells it out
(own sentences)."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article


def test_a_party_name_runs_to_its_acronym(extractor: Extractor) -> None:
    text = (
        "Ana Rud of the United Party for National Progress (UPNP) won 47 percent. The UPNP "
        "rejected the result."
    )
    found = extractor(Article("t", text))
    names = {a.name for a in found.actors}
    assert "United Party for National Progress" in names
    assert not names & {"United Party", "National Progress"}


def test_the_opposition_party_rejecting_the_result_is_the_party_named(
    extractor: Extractor,
) -> None:
    text = (
        "Chile's electoral commission said Tomas Berg won the presidential election with 50.3 "
        "percent against 47 percent for the United Party for National Progress (UPNP). The "
        "opposition party quickly rejected the result."
    )
    found = extractor(Article("t", text))
    names = {a.id: a.name for a in found.actors}
    assert (
        "United Party for National Progress",
        "oppose",
        "tomas-berg-won-the-election",
    ) in {(names.get(s.source), s.polarity, s.target) for s in found.stances}


def test_a_person_run_into_the_partys_name_is_cut_off(extractor: Extractor) -> None:
    text = (
        "Tomas Berg won 50.3 percent of the vote against 47.6 percent for Rud of the United "
        "Party for National Progress (UPNP), the commission said on Monday."
    )
    names = {a.name for a in extractor(Article("t", text)).actors}
    assert "United Party for National Progress" in names
    assert not any(n.startswith("Rud of") for n in names)


def test_a_name_the_model_ran_past_its_acronym_ends_at_the_acronym(
    extractor: Extractor,
) -> None:
    # The model takes "(ACC) Party" into the name; the acronym spells the words before it.
    text = (
        "Tomas Reyes, the main opposition candidate who ran on the All Citizens’ Congress (ACC) "
        "Party ticket, got 41% of the votes.\n\nACC said on Friday that it was rejecting the "
        "election outcome."
    )
    found = extractor(Article("t", text))
    party = [a for a in found.actors if "ACC" in {a.name, *a.aliases}]
    assert [a.name for a in party] == ["All Citizens’ Congress"]
    (quote,) = found.quotes
    assert quote.speaker == party[0].id
