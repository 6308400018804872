"""Own sides: no learned stance between a state body and its country or another body of it."""

from __future__ import annotations

from graph.extract import Extractor
from graph.extract.actors import ActorTable, Draft
from graph.extract.stance_pairs import own_side
from graph.model import Actor, ActorType, Article


def table_of(*actors: tuple[str, ActorType], registry: tuple[Actor, ...] = ()) -> ActorTable:
    table = ActorTable("", registry)
    for name, kind in actors:
        key = name.lower().replace(" ", "-")
        match = next((a for a in registry if a.name == name), None)
        table.drafts[key] = Draft(key, name, kind, registry=match)
    return table


def test_a_state_body_and_its_country_are_one_side() -> None:
    same = own_side(table_of(("Chilean interior ministry", "GovernmentBody"), ("Chile", "Country")))
    assert same("chilean-interior-ministry", "chile")
    assert same("chile", "chilean-interior-ministry")


def test_two_bodies_of_one_state_are_one_side() -> None:
    same = own_side(
        table_of(
            ("Government of Peru", "GovernmentBody"),
            ("Peruvian police", "Group"),  # police: a state agent by its role
            ("Bolivian government", "GovernmentBody"),
        )
    )
    assert same("government-of-peru", "peruvian-police")
    assert not same("government-of-peru", "bolivian-government")


def test_an_opposition_or_a_person_is_no_body_of_the_state() -> None:
    same = own_side(
        table_of(
            ("Kenyan opposition", "Organization"),
            ("Kenyan government", "GovernmentBody"),
            ("Kenya", "Country"),
            ("Amina Otieno", "Person"),
        )
    )
    assert not same("kenyan-opposition", "kenyan-government")
    assert not same("kenyan-opposition", "kenya")
    assert not same("amina-otieno", "kenya")


def test_a_spokesperson_and_the_one_they_speak_for_are_one_side() -> None:
    body = Actor("ministry-of-wells", "Ministry of Wells", "GovernmentBody")
    voice = Actor("ana-ruiz", "Ana Ruiz", "Person", speaks_for="ministry-of-wells")
    same = own_side(
        table_of(
            ("Ministry of Wells", "GovernmentBody"), ("Ana Ruiz", "Person"), registry=(body, voice)
        )
    )
    assert same("ana-ruiz", "ministry-of-wells")


def test_co_agents_of_one_state_act_are_no_stance(extractor: Extractor) -> None:
    # The office reports what the court did: neither opposes the other.
    text = (
        "Ecuador's attorney general's office said on Monday that an Ecuadorian court had issued "
        "an arrest warrant for the activist Rosa Pinto."
    )
    x = extractor(Article("t", text))
    names = {a.id: a.name for a in x.actors}
    pairs = {(names[s.source], names.get(s.target)) for s in x.stances if s.target_kind == "actor"}
    assert "Ecuador's attorney general's office" in names.values()
    assert not any("office" in a and "judiciary" in (b or "") for a, b in pairs)


def _placed(text: str, *actors: tuple[str, ActorType]) -> tuple[ActorTable, dict[str, str]]:
    """A table of ``text`` with each actor added at its first mention there."""
    table = ActorTable(text)
    ids = {}
    for name, kind in actors:
        start = text.index(name)
        ids[name] = table.id_of(table.add_agent(start, start + len(name), name, kind))
    return table, ids


def test_a_country_the_gazetteer_does_not_take_alone_is_still_its_own() -> None:
    # "Georgia" is also a US state, but the article typed it a country: its president's side.
    text = "Georgian President Nino Kavtaradze warned of a takeover of Georgia."
    table, ids = _placed(text, ("Nino Kavtaradze", "Person"), ("Georgia", "Country"))
    assert own_side(table)(ids["Nino Kavtaradze"], ids["Georgia"])


def test_a_body_and_the_person_a_led_by_clause_names_are_one_side() -> None:
    for text in (
        "The Kestrel Alliance - led by the premier's long-time rival Tomas Verhoeven - won.",
        "The Kestrel Alliance, led by Tomas Verhoeven, won 55 seats.",
        "The Kestrel Alliance (headed by Tomas Verhoeven) won 55 seats.",
    ):
        table, ids = _placed(
            text, ("Kestrel Alliance", "Organization"), ("Tomas Verhoeven", "Person")
        )
        assert own_side(table)(ids["Tomas Verhoeven"], ids["Kestrel Alliance"]), text


def test_a_possessor_or_a_person_past_the_clause_is_not_the_leader() -> None:
    text = "The Kestrel Alliance - led by Ilse Brandt's rival Tomas Verhoeven - won."
    table, ids = _placed(
        text,
        ("Kestrel Alliance", "Organization"),
        ("Ilse Brandt", "Person"),
        ("Tomas Verhoeven", "Person"),
    )
    same = own_side(table)
    assert same(ids["Tomas Verhoeven"], ids["Kestrel Alliance"])
    assert not same(ids["Ilse Brandt"], ids["Kestrel Alliance"])
    text = "The Kestrel Alliance, led by its founders. Tomas Verhoeven criticised it."
    table, ids = _placed(
        text, ("Kestrel Alliance", "Organization"), ("Tomas Verhoeven", "Person")
    )
    assert not own_side(table)(ids["Tomas Verhoeven"], ids["Kestrel Alliance"])


def test_a_person_the_led_by_phrase_names_as_someone_elses_is_not_the_leader() -> None:
    for text in (
        "The Red Alliance, led by a former aide to Tom Reyes, won.",
        "The Red Alliance, founded by opponents of Tom Reyes, won.",
    ):
        table, ids = _placed(text, ("Red Alliance", "Organization"), ("Tom Reyes", "Person"))
        assert not own_side(table)(ids["Tom Reyes"], ids["Red Alliance"]), text


def test_they_in_a_plural_groups_report_is_the_group(extractor: Extractor) -> None:
    # "Opponents of X said they would go to court to challenge her election": the opponents'
    # dispute, as "The Blue Party said they rejected the results" is the party's.
    text = (
        "Ana Ruiz was declared the winner. Opponents of President Ana Ruiz said on Thursday they "
        "would go to court to challenge her election. The Blue Party said they rejected the "
        "results."
    )
    x = extractor(Article("t", text))
    names = {a.id: a.name for a in x.actors}
    held = {(names[s.source], s.polarity) for s in x.stances if s.target.endswith("won-the-election")}
    assert held == {("Ana Ruiz opponents", "oppose"), ("Blue Party", "oppose")}


def test_a_wire_credit_is_nobodys_antecedent() -> None:
    # "(Reuters) - " names the agency only as a credit: no pronoun stands for it.
    from graph.extract.targets import _credit_only

    text = "LOMBARDIA, Oct 10 (Reuters) - Opponents said they would sue. Reuters saw the files."
    table = ActorTable(text)
    start = text.index("Reuters")
    credit = table.add_agent(start, start + 7, "Reuters", "Organization")
    assert _credit_only(table, credit)
    later = text.rindex("Reuters")
    table.attach(credit, later, later + 7)  # named again as one who acts: an antecedent
    assert not _credit_only(table, credit)


def test_opponents_of_a_named_one_oppose_that_one_and_they_is_no_person(
    extractor: Extractor,
) -> None:
    text = "Opponents of President Ana Ruiz said they would challenge the result in court."
    x = extractor(Article("t", text))
    names = {a.id: a.name for a in x.actors}
    pairs = {(names[s.source], s.polarity, names.get(s.target)) for s in x.stances}
    assert ("Ana Ruiz opponents", "oppose", "Ana Ruiz") in pairs
    # "they" in one person's report is others, whatever letter the surname ends in.
    text = (
        "The electoral commission declared Ana Ruiz the winner of Sunday's presidential "
        "election. Carlos Santos, a lawyer for the ruling party, said they would never accept "
        "the results."
    )
    x = extractor(Article("t", text))
    names = {a.id: a.name for a in x.actors}
    assert "Carlos Santos" not in {names[s.source] for s in x.stances}


def test_a_person_who_now_leads_a_party_after_another_clause_is_its_side(
    extractor: Extractor,
) -> None:
    text = (
        "General Ivo Marsh, who headed a military junta from 1986 to 1993 and leads the Unity "
        "Party (UP), said the UP would not accept the result."
    )
    x = extractor(Article("t", text))
    names = {a.id: a.name for a in x.actors}
    found = {(names[s.source], s.polarity, names.get(s.target)) for s in x.stances}
    assert ("Ivo Marsh", "oppose", "Unity Party") not in found


def test_a_country_named_like_a_us_state_is_its_titled_presidents_side(
    extractor: Extractor,
) -> None:
    text = (
        "Georgian President Nino Beridze rejected the results. Speaking from the palace, Beridze "
        "condemned the vote, describing it as part of a Russian strategy to extend its reach "
        "into Georgia."
    )
    x = extractor(Article("t", text))
    names = {a.id: a.name for a in x.actors}
    found = {(names[s.source], s.polarity, names.get(s.target)) for s in x.stances}
    assert ("Nino Beridze", "oppose", "Georgia") not in found
    assert ("Nino Beridze", "oppose", "Russia") in found


def test_his_government_is_the_possessors_not_another_countrys_told_later(
    extractor: Extractor,
) -> None:
    text = (
        "British Prime Minister Ivo Marsh said on Thursday that his government will appeal the "
        'verdict. "I strongly believe the Rwandan government has provided the assurances '
        'necessary," the premier added.'
    )
    x = extractor(Article("t", text))
    names = {a.id: a.name for a in x.actors}
    found = {(names[s.source], s.polarity, names.get(s.target)) for s in x.stances}
    assert "Rwandan government" not in {n for _, _, n in found}
    assert "Ivo Marsh's government" in names.values()


def test_a_head_of_state_titled_with_initials_is_of_that_country(extractor: Extractor) -> None:
    # "U.S. President X": the full stops of the initials end no sentence before the title, so
    # X and Washington are one side (the pair reader read an opposition between them), and the
    # one stance of the sentence is read once over its words.
    text = (
        "Ortega and U.S. President Barack Obama have maintained a relatively cordial "
        "relationship, although the Nicaraguan leader accused Washington of interference in "
        "September after Congress passed a new law."
    )
    result = extractor(Article("t", text))
    names = {a.id: a.name for a in result.actors}
    found = [(names[s.source], s.polarity, names.get(s.target, s.target)) for s in result.stances]
    assert ("Barack Obama", "oppose", "United States") not in found
    assert found.count(("Nicaraguan leader", "oppose", "United States")) == 1
