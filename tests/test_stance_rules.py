"""Rule stances: a target through its maker or envoy, hostile acts, quoted scorn (own sentences)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import rule_targets


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(stances="rules")


def test_a_rejected_bid_is_opposition_to_its_maker(extractor: Extractor) -> None:
    text = "Nokia on Tuesday rejected a hostile takeover offer from its rival Microsoft."
    assert ("Nokia", "oppose", "Microsoft") in rule_targets(extractor, text)


def test_a_possessed_plan_is_its_owners(extractor: Extractor) -> None:
    text = "Senator Ruth Okafor opposed Governor Paul Brandt's budget plan in a speech on Monday."
    assert ("Ruth Okafor", "oppose", "Paul Brandt") in rule_targets(extractor, text)


def test_a_victim_inside_the_object_is_no_target(extractor: Extractor) -> None:
    # "the killing of X": X owns nothing; the object names no actor to oppose.
    text = "Mayor Ines Duarte condemned the killing of journalist Omar Haddad on Friday."
    found = rule_targets(extractor, text)
    assert ("Ines Duarte", "oppose", "Omar Haddad") not in found


def test_an_expelled_envoy_stands_for_the_country(extractor: Extractor) -> None:
    text = (
        "Norway has expelled a Russian diplomat over spying, the foreign ministry said. "
        "Russia denied the charge."
    )
    assert ("Norway", "oppose", "Russia") in rule_targets(extractor, text)


def test_expelled_envoys_are_their_country_not_a_group(extractor: Extractor) -> None:
    text = "Russia criticised Estonia on Monday. Estonia has expelled two Russian diplomats."
    found = rule_targets(extractor, text)
    assert ("Estonia", "oppose", "Russia") in found
    assert not any("diplomats" in t for _, _, t in found)


def test_appealing_against_a_ban_opposes_who_imposed_it(extractor: Extractor) -> None:
    text = "The cyclist Tom Varga will appeal against UEFA's two-year ban, his lawyer said."
    found = rule_targets(extractor, text)
    assert any(p == "oppose" and t == "UEFA" for _, p, t in found)


def test_retaliating_against_tariffs_opposes_the_country_imposing_them(
    extractor: Extractor,
) -> None:
    text = (
        "China raised tariffs on soy. Brazil is ready to retaliate against Chinese tariffs, "
        "Trade Minister Rui Costa said."
    )
    found = rule_targets(extractor, text)
    assert ("Brazil", "oppose", "China") in found or ("Rui Costa", "oppose", "China") in found


def test_a_joined_verbs_object_pronoun_is_the_first_verbs_object(extractor: Extractor) -> None:
    # "suspended X ... and barred him from contacting Y": "him" is X, not the later Y.
    text = (
        "The league suspended coach Marco Ricci for shoving referee Paolo Neri and barred him "
        "from the stadium. UEFA criticised Marco Ricci."
    )
    found = rule_targets(extractor, text)
    assert ("UEFA", "oppose", "Marco Ricci") in found
    assert not any(t == "Paolo Neri" for _, _, t in found)


def test_quoted_scorn_for_an_owned_thing_opposes_its_owner(extractor: Extractor) -> None:
    text = (
        "Microsoft made an offer on Monday. "
        '"The Microsoft proposal is opportunistic and far too low," said Nokia chairman '
        "Karl Lund."
    )
    assert ("Karl Lund", "oppose", "Microsoft") in rule_targets(extractor, text)


def test_negated_scorn_is_no_stance(extractor: Extractor) -> None:
    text = (
        "Microsoft made an offer on Monday. "
        '"The Microsoft proposal is not unacceptable," said Nokia chairman Karl Lund.'
    )
    assert not any(t == "Microsoft" for _, _, t in rule_targets(extractor, text))


def test_support_someone_has_of_others_is_not_support_for_them(extractor: Extractor) -> None:
    said = " said Anna Berg of Malmo FF."
    given = rule_targets(extractor, '"He will have the full support of the Danes,"' + said)
    assert not any(t == "Danes" for _, _, t in given)
    # The same noun with "for" still names whom the support is for.
    held = rule_targets(extractor, '"We have full support for the Danes,"' + said)
    assert any(p == "support" and t == "Danes" for _, p, t in held)


def test_a_hostile_measure_of_one_country_against_another(extractor: Extractor) -> None:
    text = "Officials said Japan's retaliatory duties against Chinese steel would start in May."
    found = rule_targets(extractor, "China protested on Monday. " + text)
    assert ("Japan", "oppose", "China") in found


def test_a_scornful_label_in_apposition_is_the_speakers(extractor: Extractor) -> None:
    text = (
        "Israel and Hezbollah traded fire on Sunday. "
        '"We will answer Hezbollah, a murderous militia," said Defence Minister Yoav Gallant.'
    )
    assert ("Yoav Gallant", "oppose", "Hezbollah") in rule_targets(extractor, text)
    # The narrator's own words are no one's stance.
    narrated = "Israel and Hezbollah, a murderous militia, traded fire on Sunday."
    assert not any(t == "Hezbollah" for _, _, t in rule_targets(extractor, narrated))


def test_harm_done_by_goods_is_charged_to_where_they_come_from(extractor: Extractor) -> None:
    text = (
        "China raised its steel exports again in March. "
        '"Cheap steel shipped from China is destroying our mills," said union leader '
        "Anna Kowalski."
    )
    assert ("Anna Kowalski", "oppose", "China") in rule_targets(extractor, text)


def test_a_scornful_adjective_label_opposes_the_one_labelled(extractor: Extractor) -> None:
    found = rule_targets(extractor, "Senator Ruth Okafor described Paul Brandt as a brutal bully.")
    assert ("Ruth Okafor", "oppose", "Paul Brandt") in found
    kind = rule_targets(extractor, "Senator Ruth Okafor described Paul Brandt as a careful man.")
    assert not any(t == "Paul Brandt" for _, _, t in kind)


def test_a_judged_them_is_the_thing_before_it_and_its_maker(extractor: Extractor) -> None:
    # "them" is the remarks (plural, no actor), so the target is their maker, not the
    # singular organisation named last.
    text = (
        "Chile's minister met officials in Lima. Peru's complaints reached the United Nations on "
        "Friday, and Chile on Monday called them “groundless” and “unacceptable”."
    )
    found = rule_targets(extractor, text)
    assert ("Chile", "oppose", "Peru") in found
    assert not any(t == "United Nations" for _, _, t in found)


def test_a_place_adjective_on_an_event_is_no_target(extractor: Extractor) -> None:
    text = "Opposition leader Tendai Moyo decried the Zimbabwe election as a fraud on Sunday."
    assert not any(t == "Zimbabwe" for _, _, t in rule_targets(extractor, text))


def test_no_stance_on_the_body_a_group_is_named_after(extractor: Extractor) -> None:
    text = (
        "European Union observers said fraud and serious irregularities had marred the vote "
        "in Kenya, which the European Union had funded."
    )
    found = rule_targets(extractor, text)
    assert not any(s == "European Union observers" and t == "European Union" for s, _, t in found)


def test_dismissing_or_denying_someones_claim_opposes_them(extractor: Extractor) -> None:
    text = "Norway vehemently denied Sweden's accusation of spying on Tuesday."
    assert ("Norway", "oppose", "Sweden") in rule_targets(extractor, text)


def test_lashing_out_at_someone_opposes_them(extractor: Extractor) -> None:
    found = rule_targets(extractor, "Senator Ruth Okafor hit out at Governor Paul Brandt.")
    assert ("Ruth Okafor", "oppose", "Paul Brandt") in found
    # A storm "hit" a place: no one aims at anyone.
    assert (
        rule_targets(extractor, "The storm hit at Boston on Monday, Mayor Ana Ruiz said.") == set()
    )


def test_an_owned_decision_is_its_owners_stance(extractor: Extractor) -> None:
    text = "Analysts praised Germany on Monday. France's decision to oppose Germany surprised them."
    assert ("France", "oppose", "Germany") in rule_targets(extractor, text)


def test_a_scorned_attempt_is_not_the_speakers_own(extractor: Extractor) -> None:
    text = (
        '"The vile attempt to deny Armenia its rights is blatant discrimination," said '
        "Prime Minister Nikol Pashinyan."
    )
    assert ("Nikol Pashinyan", "oppose", "Armenia") not in rule_targets(extractor, text)


def test_what_befalls_someone_is_not_their_act(extractor: Extractor) -> None:
    # "backed X's impeachment" does not back X; "X's arrest is outrageous" does not scorn X.
    backed = rule_targets(
        extractor, "Senator Ruth Okafor backed Governor Paul Brandt's impeachment."
    )
    assert ("Ruth Okafor", "support", "Paul Brandt") not in backed
    text = 'Police held Paul Brandt. "Paul Brandt\'s arrest is outrageous," said Ruth Okafor.'
    assert ("Ruth Okafor", "oppose", "Paul Brandt") not in rule_targets(extractor, text)


def test_a_passive_with_its_agent_reads_like_the_active(extractor: Extractor) -> None:
    text = "A takeover offer by Fletcher Building was rejected by Crane Group on Monday."
    assert ("Crane Group", "oppose", "Fletcher Building") in rule_targets(extractor, text)
    expelled = rule_targets(extractor, "Russia's ambassador was expelled by Estonia on Monday.")
    assert ("Estonia", "oppose", "Russia") in expelled


def test_vetoing_suing_or_protesting_opposes(extractor: Extractor) -> None:
    assert ("Italy", "oppose", "Austria") in rule_targets(
        extractor, "Italy vetoed Austria's proposal on Monday."
    )
    assert ("Ruth Okafor", "oppose", "Paul Brandt") in rule_targets(
        extractor, "Senator Ruth Okafor sued Governor Paul Brandt on Monday."
    )
    assert ("Japan", "oppose", "China") in rule_targets(
        extractor, "Japan protested China's decision on Monday."
    )


def test_support_pledged_to_someone_is_for_them(extractor: Extractor) -> None:
    found = rule_targets(extractor, "Poland pledged support to Ukraine on Monday.")
    assert ("Poland", "support", "Ukraine") in found


def test_a_quoted_them_is_a_group_not_a_country(extractor: Extractor) -> None:
    # "Them" is people; the country named before is "it".
    text = 'Thousands of Peruvian farmers marched on Lima on Monday. "We support them fully," said Senator Sam Hale.'
    assert not any(t == "Peru" for _, _, t in rule_targets(extractor, text))


def test_a_quoted_them_takes_the_group_named_before(extractor: Extractor) -> None:
    text = 'Venezuelan opposition supporters gathered in Caracas. "We will always support them," said Senator Ruth Okafor.'
    found = rule_targets(extractor, text)
    assert ("Ruth Okafor", "support", "Venezuelan opposition supporters") in found
    assert not any(t == "Venezuela" for _, _, t in found)


def test_a_quoted_them_after_unnamed_people_has_no_actor_target(extractor: Extractor) -> None:
    # The nearer antecedent is "the striking miners", whom no actor names.
    text = (
        "Chilean protesters blocked roads near Santiago last week. On Monday the senator met the "
        'striking miners in the north. "We stand with them and we back them," said Senator Luis Pardo.'
    )
    found = rule_targets(extractor, text)
    assert not any(s == "Luis Pardo" for s, _, _ in found)


def test_a_penalty_laid_on_a_countrys_goods_opposes_the_country(extractor: Extractor) -> None:
    text = "Mexico protested on Friday. Boris Petrov moved on Monday to slap a 40% tariff on Mexican steel."
    assert ("Boris Petrov", "oppose", "Mexico") in rule_targets(extractor, text)


def test_a_penalty_laid_on_an_actor_opposes_it(extractor: Extractor) -> None:
    text = "Brazil is angry. The United States placed an embargo on Brazilian beef."
    assert ("United States", "oppose", "Brazil") in rule_targets(extractor, text)
    assert ("Canada", "oppose", "China") in rule_targets(
        extractor, "Canada slapped tariffs on China."
    )


def test_no_penalty_stance_when_denied_or_laid_on_a_thing(extractor: Extractor) -> None:
    denied = "Mexico protested on Friday. Boris Petrov did not impose tariffs on Mexican steel."
    assert not rule_targets(extractor, denied)
    habit = "Mexico protested on Friday. Boris Petrov imposed a ban on smoking in bars."
    assert not rule_targets(extractor, habit)
