"""Stances on news the project has not seen: coordinated parties and measures under debate."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article


def _edges(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    x = extractor(Article("t", text))
    names = {a.id: a.name for a in x.actors}
    return {
        (names[s.source], names[s.target], s.polarity)
        for s in x.stances
        if s.target_kind == "actor"
    }


@pytest.mark.parametrize(
    ("text", "edges"),
    [
        (
            "Ireland and Norway recognised Palestine as a state.",
            {("Ireland", "Palestine", "support"), ("Norway", "Palestine", "support")},
        ),
        (
            "Peru and Chile backed Bolivia's bid to host the summit.",
            {("Peru", "Bolivia", "support"), ("Chile", "Bolivia", "support")},
        ),
        (
            "Russia was backed by China and Iran.",
            {("China", "Russia", "support"), ("Iran", "Russia", "support")},
        ),
        (
            "Northline Foods is backed by investor Ana Ruiz and Fjord Capital.",
            {
                ("Ana Ruiz", "Northline Foods", "support"),
                ("Fjord Capital", "Northline Foods", "support"),
            },
        ),
        (
            "The European Commission criticised Poland, Hungary and Slovakia.",
            {
                ("European Commission", "Poland", "oppose"),
                ("European Commission", "Hungary", "oppose"),
                ("European Commission", "Slovakia", "oppose"),
            },
        ),
    ],
)
def test_every_coordinated_party_shares_the_stance(
    extractor: Extractor, text: str, edges: set[tuple[str, str, str]]
) -> None:
    assert edges <= _edges(extractor, text)


def test_a_coordinated_stance_is_read_once_per_sentence(extractor: Extractor) -> None:
    x = extractor(Article("t", "Kenya and Tanzania condemned Uganda and Rwanda on Monday."))
    pairs = [(s.source, s.target, s.polarity) for s in x.stances]
    assert len(pairs) == len(set(pairs)) == 4


def _claims(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    x = extractor(Article("t", text))
    names = {a.id: a.name for a in x.actors}
    labels = {c.id: c.text for c in x.claims}
    return {
        (names[s.source], s.polarity, labels[s.target])
        for s in x.stances
        if s.target_kind == "claim"
    }


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "MPs debated the Clean Rivers Bill on Tuesday. Labour's decision to oppose the bill "
            "surprised Prime Minister Theresa May.",
            ("Labour", "oppose", "Clean Rivers Bill"),
        ),
        (
            "Kenya and Ethiopia signed the Nairobi peace accord in May. Somalia welcomed the accord.",
            ("Somalia", "support", "Nairobi peace accord"),
        ),
        (
            "Negotiators released a draft climate deal on Monday. The European Union called the "
            "deal unacceptable.",
            ("European Union", "oppose", "draft climate deal"),
        ),
        (
            "Ministers agreed the 2025 budget. Senator Ana Ruiz described the budget as an affront "
            "to working families.",
            ("Ana Ruiz", "oppose", "2025 budget"),
        ),
        (
            'The Danish fisheries proposal was published on Monday. "This proposal is '
            'disappointing and does not go far enough," said Norwegian Foreign Minister Ole Berg.',
            ("Ole Berg", "oppose", "Danish fisheries proposal"),
        ),
        (
            'Ruritania announced the budget for the fiscal year 2026 on Monday. "This budget is a '
            'disaster for farmers," said opposition leader Ana Ruiz.',
            ("Ana Ruiz", "oppose", "budget for the fiscal year 2026"),
        ),
    ],
)
def test_a_measure_named_by_its_head_is_the_measure_named_in_full(
    extractor: Extractor, text: str, stance: tuple[str, str, str]
) -> None:
    assert stance in _claims(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Officials discussed several options on Monday. Labour rejected the plan.",  # never named
        "Brazil rejected a deal on Monday.",  # no one measure
        "The talks ended. Kenya stopped short of backing an immediate ceasefire.",
    ],
)
def test_a_measure_never_named_in_full_is_no_claim(extractor: Extractor, text: str) -> None:
    assert not _claims(extractor, text)


def test_a_long_object_loses_its_examples_and_stays_a_claim(extractor: Extractor) -> None:
    text = (
        "Party leader Ana Ruiz says the Green Party will oppose about $4 billion worth of cuts "
        "and fee rises, including the changes to rural bus services and school meals."
    )
    labels = {label for _, polarity, label in _claims(extractor, text) if polarity == "oppose"}
    assert any(label.endswith("worth of cuts and fee rises") for label in labels)


def test_a_measure_written_as_a_name_is_no_actor_of_the_network() -> None:
    from graph.extract.actors import ActorTable
    from graph.extract.stance_measures import measures_named, on_measures
    from graph.model import Span, Stance

    text = "Ana Ruiz attacked the Budget."
    table = ActorTable(text)
    ruiz = table.id_of(table.add_agent(0, 8, "Ana Ruiz", "Person"))
    budget = table.id_of(table.add_agent(22, 28, "Budget", "Organization"))
    named = measures_named(table, "Ruritania")
    span = Span.of(text, 0, len(text) - 1)
    on = on_measures(
        [
            Stance(ruiz, budget, "actor", "oppose", span),
            Stance(budget, ruiz, "actor", "oppose", span),
        ],
        named,
    )
    assert [(s.source, s.target, s.target_kind) for s in on] == [
        (ruiz, "ruritania-budget", "claim")
    ]


def test_taking_a_swipe_at_a_measure_opposes_it(extractor: Extractor) -> None:
    text = (
        "Senator Ana Ruiz promised to keep the sugar tax. Tom Hale took another swipe at the "
        "sugar tax on Friday."
    )
    assert ("Tom Hale", "oppose", "sugar tax") in _claims(extractor, text)
    assert ("Kenya", "Uganda", "oppose") in _edges(extractor, "Kenya took a swipe at Uganda.")


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            '"Ruritania is committing war crimes in the valley," said Foreign Minister Ana Ruiz.',
            ("Ana Ruiz", "Ruritania", "oppose"),
        ),
        (
            '"The Kenyan government has betrayed our fishermen," said Senator Tom Hale.',
            ("Tom Hale", "Kenyan government", "oppose"),
        ),
        (
            '"Borduria\'s conduct on the border is provocative and dangerous," said Ana Ruiz.',
            ("Ana Ruiz", "Borduria", "oppose"),
        ),
        (
            '"We will never accept Borduria\'s seizure of the islands," Tom Hale said.',
            ("Tom Hale", "Borduria", "oppose"),
        ),
    ],
)
def test_a_speaker_charges_or_condemns_an_actor_named_in_the_quote(
    extractor: Extractor, text: str, edge: tuple[str, str, str]
) -> None:
    assert edge in _edges(extractor, text)


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Chile lodged a protest with Bolivia over the border post.",
            ("Chile", "Bolivia", "oppose"),
        ),
        ("Japan voiced its displeasure with China on Monday.", ("Japan", "China", "oppose")),
        ("Japan issued a sharp warning to China on Monday.", ("Japan", "China", "oppose")),
        ("Japan delivered a stinging rebuke to China.", ("Japan", "China", "oppose")),
    ],
)
def test_a_protest_lodged_with_an_actor_opposes_it(
    extractor: Extractor, text: str, edge: tuple[str, str, str]
) -> None:
    assert edge in _edges(extractor, text)


def test_joining_a_protest_is_no_stance_on_its_place(extractor: Extractor) -> None:
    assert not _edges(extractor, "Thousands joined the protest in Lima, Peru, on Sunday.")


def test_a_warning_received_is_no_stance_of_its_receiver(extractor: Extractor) -> None:
    assert not _edges(extractor, "Japan received a warning from the Chilean navy on Monday.")


def test_summoning_an_envoy_opposes_the_envoys_country(extractor: Extractor) -> None:
    text = "Chile summoned Bolivia's ambassador on Tuesday over the border dispute with Bolivia."
    assert ("Chile", "Bolivia", "oppose") in _edges(extractor, text)
    assert not _edges(extractor, "Chile summoned reporters to a briefing on Tuesday.")


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Chile severed diplomatic relations with Bolivia on Friday.",
            ("Chile", "Bolivia", "oppose"),
        ),
        ("Peru will cut ties with Chile and Bolivia.", ("Peru", "Bolivia", "oppose")),
        ("Saudi Arabia recalled its ambassador from Canada.", ("Saudi Arabia", "Canada", "oppose")),
        (
            "Norway has recalled its ambassador to Chile over the row.",
            ("Norway", "Chile", "oppose"),
        ),
        ("Peru withdrew its envoy to Bolivia after the vote.", ("Peru", "Bolivia", "oppose")),
        (
            "Norway said on Monday it was pulling its ambassador from Chile.",
            ("Norway", "Chile", "oppose"),
        ),
        (
            "Spain recalled its ambassadors to Morocco and Algeria for consultations.",
            ("Spain", "Algeria", "oppose"),
        ),
        ("Norway pledged humanitarian aid to Sudan on Monday.", ("Norway", "Sudan", "support")),
        (
            "Peru's foreign ministry said it had ordered an immediate recall of its ambassadors "
            "from Chile and Bolivia.",
            ("Peruvian foreign ministry", "Bolivia", "oppose"),
        ),
        (
            "Norway announced the withdrawal of its envoy to Chile on Monday.",
            ("Norway", "Chile", "oppose"),
        ),
    ],
)
def test_cutting_ties_opposes_and_sending_aid_supports(
    extractor: Extractor, text: str, edge: tuple[str, str, str]
) -> None:
    assert edge in _edges(extractor, text)


def test_an_envoy_kept_in_place_is_no_break(extractor: Extractor) -> None:
    text = "The minister said Norway would not recall its ambassador to Chile."
    assert ("Norway", "Chile", "oppose") not in _edges(extractor, text)


def test_an_act_whose_doer_is_written_is_not_the_praisers(extractor: Extractor) -> None:
    text = "Ana Ruiz praised the decision by several Gulf states to cut ties with Qatar."
    assert ("Ana Ruiz", "Qatar", "oppose") not in _edges(extractor, text)


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Ghana threw its weight behind Togo's bid to host the games.",
            ("Ghana", "Togo", "support"),
        ),
        ("Poland came to Ukraine's defence at the summit.", ("Poland", "Ukraine", "support")),
        ("Poland leapt to Ukraine's defence at the summit.", ("Poland", "Ukraine", "support")),
        (
            "Finance Minister Ana Soto, who rushed to the defence of Kestrel Bank, spoke first.",
            ("Ana Soto", "Kestrel Bank", "support"),
        ),
        (
            "Brazil distanced itself from Venezuela after the vote.",
            ("Brazil", "Venezuela", "oppose"),
        ),
    ],
)
def test_standing_behind_or_apart_from_an_actor(
    extractor: Extractor, text: str, edge: tuple[str, str, str]
) -> None:
    assert edge in _edges(extractor, text)
