"""Stances on unseen news (issue 12): who speaks for a state takes no stance towards it;
"the leaders of X and Y" are X and Y; "the head of state" is no board head; "Protests" no actor."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.extract.actors import ActorTable, Draft
from graph.extract.stance_pairs import own_side, speaks_for_side
from graph.model import ActorType, Article, Span


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


def _edges(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    x = extractor(Article("t", text))
    names = {a.id: a.name for a in x.actors}
    return {
        (names[s.source], names[s.target], s.polarity)
        for s in x.stances
        if s.target_kind == "actor"
    }


def test_the_leaders_of_two_countries_are_those_countries(extractor: Extractor) -> None:
    edges = _edges(
        extractor,
        "Tomas Okafor has won the presidential election in Zambia, officials said. The leaders "
        "of Brazil and Japan have congratulated Tomas Okafor on his victory.",
    )
    sources = {s for s, t, p in edges if t == "Tomas Okafor" and p == "support"}
    assert sources and sources <= {"Brazil", "Japan"}


def test_the_head_of_state_is_no_board_head_named_later(extractor: Extractor) -> None:
    edges = _edges(
        extractor,
        "The leaders of Brazil and Japan praised the head of state on Monday. The head of the "
        "electoral board, Rosa Mbeki, announced the final count.",
    )
    assert not any(t == "Rosa Mbeki" for _, t, _ in edges)


def test_a_plural_event_noun_is_no_actor_in_a_stance(extractor: Extractor) -> None:
    edges = _edges(
        extractor,
        "Protests have swept the capital since Sunday. Protests condemned the Zambian "
        "government, and Zambian police arrested dozens.",
    )
    assert not any("Protests" in (s, t) for s, t, _ in edges)


@pytest.mark.parametrize(
    "text",
    [
        "Senator Rosa Mbeki called on President Tomas Okafor to fire Finance Minister Jonas Berg.",
        "Senator Rosa Mbeki urged Tomas Okafor to sack Jonas Berg over the scandal.",
        "Senator Rosa Mbeki called for the resignation of Finance Minister Jonas Berg.",
        "Senator Rosa Mbeki demanded the arrest of Jonas Berg on Tuesday.",
    ],
)
def test_calling_for_a_fate_opposes_whom_it_befalls(extractor: Extractor, text: str) -> None:
    edges = _edges(extractor, text)
    assert ("Rosa Mbeki", "Jonas Berg", "oppose") in edges
    assert not any(t == "Tomas Okafor" for _, t, _ in edges)  # asked, not judged


def test_a_call_turned_round_is_no_fate(extractor: Extractor) -> None:
    edges = _edges(extractor, "Rosa Mbeki did not call for the resignation of Jonas Berg.")
    assert ("Rosa Mbeki", "Jonas Berg", "oppose") not in edges


@pytest.mark.parametrize(
    ("text", "third", "victim"),
    [
        ("Canada condemned the Russian attack on Ukraine.", "Canada", "Ukraine"),
        (
            '"Brazil rejects the illegal American sanctions on Cuba," Ana Souza said.',
            "Brazil",
            "Cuba",
        ),
    ],
)
def test_a_third_party_does_not_oppose_the_victim_of_a_penalty(
    extractor: Extractor, text: str, third: str, victim: str
) -> None:
    assert (third, victim, "oppose") not in _edges(extractor, text)


def test_the_one_who_lays_a_penalty_opposes_its_victim(extractor: Extractor) -> None:
    edges = _edges(extractor, "On Friday the European Union imposed new sanctions on Belarus.")
    assert ("European Union", "Belarus", "oppose") in edges


def test_a_titled_spokesperson_takes_no_stance_on_their_own_country() -> None:
    text = "Norwegian Foreign Ministry spokeswoman Ingrid Dahl criticised Sweden."
    table = ActorTable(text, ())
    table.drafts["ingrid-dahl"] = Draft("ingrid-dahl", "Ingrid Dahl", "Person")
    table.drafts["ingrid-dahl"].mentions.append(
        Span.of(text, text.index("Ingrid"), text.index(" criticised"))
    )
    table.drafts["norway"] = Draft("norway", "Norway", "Country")
    table.drafts["sweden"] = Draft("sweden", "Sweden", "Country")
    table.drafts["kingdom-of-norway"] = Draft("kingdom-of-norway", "Kingdom of Norway", "Country")
    same = own_side(table)
    assert same("ingrid-dahl", "norway")
    assert not same("ingrid-dahl", "sweden")
    assert same("kingdom-of-norway", "norway")  # two names of one country


def test_a_state_body_takes_its_country_from_an_alias_or_the_word_before_it() -> None:
    text = "Chile's Foreign Ministry rejected the claim."
    table = ActorTable(text, ())
    board = Draft("electoral-board", "Electoral Board", "GovernmentBody")
    board.aliases.add("Peru's electoral board")
    table.drafts["electoral-board"] = board
    table.drafts["peru"] = Draft("peru", "Peru", "Country")
    ministry = Draft("foreign-ministry", "Foreign Ministry", "GovernmentBody")
    ministry.mentions.append(Span.of(text, 8, 24))
    table.drafts["foreign-ministry"] = ministry
    table.drafts["chile"] = Draft("chile", "Chile", "Country")
    same = own_side(table)
    assert same("electoral-board", "peru")
    assert same("foreign-ministry", "chile")
    assert not same("foreign-ministry", "peru")


def test_a_court_order_rules_against_the_party_ordered(extractor: Extractor) -> None:
    edges = _edges(
        extractor,
        "The Supreme Court of Kenya ordered the Electoral Commission to publish all results.",
    )
    assert any(t == "Electoral Commission" and p == "oppose" for _, t, p in edges)
    assert not _edges(extractor, "The minister ordered the army to leave the city.")


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("Senator Rosa Mbeki defended the honour of Jonas Berg.", "support"),
        ("Senator Rosa Mbeki questioned the legitimacy of Jonas Berg.", "oppose"),
    ],
)
def test_a_stance_on_someones_own_quality_is_on_them(
    extractor: Extractor, text: str, polarity: str
) -> None:
    assert ("Rosa Mbeki", "Jonas Berg", polarity) in _edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Northern Rugby Union threatened to take legal action over Jonas Berg's lies.",
        "The Northern Rugby Union filed a lawsuit against Jonas Berg on Monday.",
    ],
)
def test_legal_action_opposes_whom_it_is_against(extractor: Extractor, text: str) -> None:
    assert ("Northern Rugby Union", "Jonas Berg", "oppose") in _edges(extractor, text)


def test_they_after_plural_people_is_not_an_earlier_country(extractor: Extractor) -> None:
    text = (
        "Portugal expressed sympathy for the striking workers, noting that they have "
        "long endured low pay. Ana Costa said they deserve better."
    )
    x = extractor(Article("t", text))
    start = text.index("they have")
    portugal = next(a for a in x.actors if a.name == "Portugal")
    assert not any(m.start <= start < m.end for m in portugal.mentions)


def test_some_of_them_is_no_actor(extractor: Extractor) -> None:
    text = "Rosa Mbeki met the Zambian delegation. Police detained some of them on Friday."
    x = extractor(Article("t", text))
    start = text.index("them")
    assert not any(m.start <= start < m.end for a in x.actors for m in a.mentions)


def test_them_judged_after_a_plural_thing_is_that_thing(extractor: Extractor) -> None:
    text = (
        "The Senate of Chile rejected the ministry's new tariffs. Responding to the tariffs, "
        "Peru described them as unfair on Tuesday."
    )
    x = extractor(Article("t", text))
    start = text.index("them")
    assert not any(m.start <= start < m.end for a in x.actors for m in a.mentions)


def test_the_union_is_the_one_union_named(extractor: Extractor) -> None:
    edges = _edges(
        extractor,
        "The Northern Rugby Union banned Jonas Berg for a year. On Monday Rosa Mbeki "
        "criticised the union for its secrecy.",
    )
    assert ("Rosa Mbeki", "Northern Rugby Union", "oppose") in edges


def test_the_party_with_two_parties_named_is_no_one(extractor: Extractor) -> None:
    edges = _edges(
        extractor,
        "The Green Party of Kenya and the Labour Party of Kenya met. Rosa Mbeki criticised "
        "the party.",
    )
    assert not any(s == "Rosa Mbeki" for s, _, _ in edges)


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("Jonas Berg has the full support of the Northern Rugby Union.", "support"),
        ("Jonas Berg received strong backing from the Northern Rugby Union on Monday.", "support"),
        ("Jonas Berg faced criticism from the Northern Rugby Union.", "oppose"),
        ("Jonas Berg came under fire from the Northern Rugby Union.", "oppose"),
    ],
)
def test_what_one_receives_from_another_is_their_stance(
    extractor: Extractor, text: str, polarity: str
) -> None:
    assert ("Northern Rugby Union", "Jonas Berg", polarity) in _edges(extractor, text)


def test_lost_support_is_no_support(extractor: Extractor) -> None:
    edges = _edges(extractor, "Jonas Berg lost the support of the Northern Rugby Union.")
    assert ("Northern Rugby Union", "Jonas Berg", "support") not in edges


def test_a_mere_mention_is_no_learned_stance() -> None:
    from graph.extract.nlp import load_pipeline
    from graph.extract.stance_features import read_sentence
    from graph.extract.stance_pairs import _polar_path

    nlp = load_pipeline().nlp
    for text, polar in (
        ("Rosa Mbeki and Jonas Berg were in Lisbon on Monday.", False),
        ("Rosa Mbeki was in Lisbon with Jonas Berg on Monday.", False),
        ("Rosa Mbeki condemned Jonas Berg on Monday.", True),
        ("Rosa Mbeki met Jonas Berg on Monday.", True),  # a cooperation word
    ):
        sent = next(iter(nlp(text).sents))
        jonas = text.split().index("Jonas")
        assert _polar_path(read_sentence(sent), (0, 2), (jonas, jonas + 2)) is polar, text


def test_a_bare_title_is_its_one_holder(extractor: Extractor) -> None:
    edges = _edges(
        extractor,
        "President slams the opposition\n\nPresident Tomas Okafor on Monday accused the "
        "Zambian opposition of lying about the vote.",
    )
    assert not any("President" in (s, t) for s, t, _ in edges)


def test_a_president_of_no_written_country_heads_the_story_country() -> None:
    text = (
        "Zambia votes on Sunday. President Tomas Okafor of Zambia spoke; Zambia's roads are "
        "new. Former President Ana Mbeki spoke too."
    )
    table = ActorTable(text, ())
    for name, kind in (("Tomas Okafor", "Person"), ("Ana Mbeki", "Person")):
        draft = Draft(name.lower().replace(" ", "-"), name, kind)
        draft.mentions.append(Span.of(text, text.index(name), text.index(name) + len(name)))
        table.drafts[draft.key] = draft
    table.drafts["government-of-zambia"] = Draft(
        "government-of-zambia", "Government of Zambia", "GovernmentBody"
    )
    same = own_side(table)
    assert same("tomas-okafor", "government-of-zambia")
    assert not same("ana-mbeki", "government-of-zambia")  # a former president


def test_a_plural_described_subject_is_not_the_speaker(extractor: Extractor) -> None:
    edges = _edges(
        extractor,
        "Tomas Okafor said that some coalition members of the Zambian government often "
        "criticise decisions taken by the Zambian government.",
    )
    assert ("Tomas Okafor", "Zambian government", "oppose") not in edges


def test_harm_a_speaker_charges_opposes_the_doer(extractor: Extractor) -> None:
    edges = _edges(
        extractor,
        '"The Zambian government is hurting our farmers with these taxes," Rosa Mbeki said on '
        "Monday.",
    )
    assert ("Rosa Mbeki", "Zambian government", "oppose") in edges


def test_the_head_of_state_is_the_one_named_with_a_presidents_title() -> None:
    from graph.model import Actor

    okafor = Actor("tomas-okafor", "Tomas Okafor", "Person", aliases=("Okafor", "President Okafor"))
    x = Extractor((okafor,))(
        Article(
            "t",
            "Tomas Okafor has won the presidential election in Zambia. The leaders of Brazil and "
            "Japan have congratulated the head of state on his victory.",
        )
    )
    names = {a.id: a.name for a in x.actors}
    targets = {names[s.target] for s in x.stances if s.target_kind == "actor"}
    assert targets == {"Tomas Okafor"}
