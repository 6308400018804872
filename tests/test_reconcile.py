"""One actor per real actor across articles: near-duplicate spellings merge (own names)."""

from __future__ import annotations

from graph.extract import Extractor
from graph.extract.contract import to_contract
from graph.model import Actor, Article, Claim, Extraction, Quote, Stance
from graph.reconcile import near_duplicate, reconcile, same_name

KNOWN = {
    "aleksandr-lukashenko": Actor("aleksandr-lukashenko", "Aleksandr Lukashenko", "Person"),
    "svetlana-orlova": Actor("svetlana-orlova", "Svetlana Orlova", "Person"),
}


def test_spellings_of_one_name() -> None:
    assert same_name("Lukashenka", "Lukashenko")
    assert same_name("José Peres", "Jose Perez")
    assert same_name("Aleksandr Lukashenko", "Alexander Lukashenka")
    assert not same_name("Joan Smith", "John Smith")
    assert not same_name("Anna Berg", "Hanna Berg Olsen")
    assert not same_name("Jan Novak", "Ivan Novak")
    assert not same_name("Peru", "Perú Libre")


def test_one_word_names_merge_only_with_their_type() -> None:
    country = Actor("ruritania", "Ruritania", "Country")
    assert near_duplicate(Actor("ruritanya", "Ruritanya", "Country"), [country], set()) == country
    assert near_duplicate(Actor("ruritanya", "Ruritanya", "Person"), [country], set()) is None


def article_with_a_variant() -> Extraction:
    text = "Alexander Lukashenka said Svetlana Orlova won. He praised Orlova."
    a = Article("b2", text)
    variant = Actor("alexander-lukashenka", "Alexander Lukashenka", "Organization",
                    mentions=(a.span(0, 20),))  # fmt: skip
    orlova = Actor("svetlana-orlova", "Svetlana Orlova", "Person", mentions=(a.span(26, 41),))
    claim = Claim("svetlana-orlova-won-the-election", "Svetlana Orlova won the election")
    quote = Quote("alexander-lukashenka", a.span(26, 46), "indirect")
    return Extraction(
        a,
        actors=(variant, orlova),
        quotes=(quote,),
        claims=(claim,),
        stances=(
            Stance("alexander-lukashenka", "svetlana-orlova", "actor", "support", a.span(48, 65)),
            Stance("alexander-lukashenka", claim.id, "claim", "support", a.span(26, 46)),
        ),
    )


def test_a_variant_takes_the_known_actor_everywhere() -> None:
    done = reconcile(article_with_a_variant(), KNOWN)
    ids = {a.id for a in done.actors}
    assert ids == {"aleksandr-lukashenko", "svetlana-orlova"}
    merged = next(a for a in done.actors if a.id == "aleksandr-lukashenko")
    # The known name and type win; the article's spelling is kept as an alias of this article.
    assert (merged.name, merged.type) == ("Aleksandr Lukashenko", "Person")
    assert "Alexander Lukashenka" in merged.aliases
    assert done.quotes[0].speaker == "aleksandr-lukashenko"
    assert {s.source for s in done.stances} == {"aleksandr-lukashenko"}


def test_two_actors_of_one_article_stay_two() -> None:
    a = Article("c", "Jan Novak met Jana Novak.")
    both = (
        Actor("jan-novak", "Jan Novak", "Person", mentions=(a.span(0, 9),)),
        Actor("jana-novak", "Jana Novak", "Person", mentions=(a.span(14, 24),)),
    )
    known = {"jan-novak": both[0]}
    assert {x.id for x in reconcile(Extraction(a, actors=both), known).actors} == {
        "jan-novak",
        "jana-novak",
    }


def test_extraction_uses_the_registry_spelling() -> None:
    registry = (Actor("marisol-quintero-vidal", "Marisol Quintero Vidal", "Person"),)
    text = "“We will count every vote,” said Marisa Quintero Vidal on Friday."
    result = to_contract(Extractor(registry)(Article("t", text)))
    speaker = result["quotes"][0]["speaker"]
    assert speaker == "Marisol Quintero Vidal"
    actor = next(a for a in result["actors"] if a["name"] == speaker)
    assert "Marisa Quintero Vidal" in actor["aliases"]
