"""Stances on news the project has not seen: verdicts on an election and demands about its count."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article

# Every story names its election's country several times, as a real report does.
_LEAD = (
    "Moldova held a presidential election on Sunday, and Moldovan officials counted the ballots "
    "overnight across Moldova. "
)


def _claims(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    """(source name, polarity, claim id) of the claim stances extracted from ``text``."""
    x = extractor(Article("t", text))
    names = {a.id: a.name for a in x.actors}
    return {(names[s.source], s.polarity, s.target) for s in x.stances if s.target_kind == "claim"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The European Union called the election a sham.",
            ("European Union", "oppose", "moldova-results-are-valid"),
        ),
        (
            "Canada described the vote as neither free nor fair.",
            ("Canada", "oppose", "moldova-election-was-free-and-fair"),
        ),
        (
            "Canada said on Monday that the vote was rigged.",
            ("Canada", "oppose", "moldova-results-are-valid"),
        ),
        (
            "Romania said the elections were free and fair.",
            ("Romania", "support", "moldova-election-was-free-and-fair"),
        ),
        (
            '"The elections were not free and fair," Canada said in a statement.',
            ("Canada", "oppose", "moldova-election-was-free-and-fair"),
        ),
    ],
)
def test_a_verdict_on_the_election_is_its_holders_stance(
    extractor: Extractor, sentence: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _claims(extractor, _LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Canada said the next election must be free and fair.",
        "Canada asked whether the vote was rigged.",
        "The election was rigged, the columnist wrote in a novel.",
    ],
)
def test_a_verdict_wished_for_or_supposed_is_none(extractor: Extractor, sentence: str) -> None:
    found = _claims(extractor, _LEAD + sentence)
    assert not {c for c in found if c[2].endswith(("fraudulent", "free-and-fair"))}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The United States urged the electoral council to publish the full tallies.",
            {("United States", "support", "moldova-results-should-be-published")},
        ),
        (
            "Brazil and Chile demanded that the council release the voting records.",
            {
                ("Brazil", "support", "moldova-results-should-be-published"),
                ("Chile", "support", "moldova-results-should-be-published"),
            },
        ),
        (
            "Canada pressed for an independent audit of the election results.",
            {("Canada", "support", "moldova-results-should-be-verified")},
        ),
    ],
)
def test_a_demand_about_the_count_backs_its_claim(
    extractor: Extractor, sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= _claims(extractor, _LEAD + sentence)


def test_a_demand_is_read_once_as_the_claim_of_the_vocabulary(extractor: Extractor) -> None:
    found = _claims(extractor, _LEAD + "Canada called for the release of the vote tallies.")
    assert {c for c in found if c[0] == "Canada"} == {
        ("Canada", "support", "moldova-results-should-be-published")
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Canada did not call on the council to publish the tallies.",
        "Canada urged the mining company to publish its annual report.",
    ],
)
def test_a_refused_or_unrelated_demand_is_none(extractor: Extractor, sentence: str) -> None:
    found = _claims(extractor, _LEAD + sentence)
    assert not {c for c in found if c[2].endswith("published")}


def test_condemning_a_fault_asserts_it(extractor: Extractor) -> None:
    found = _claims(extractor, _LEAD + "Canada denounced widespread fraud in the vote.")
    assert ("Canada", "oppose", "moldova-results-are-valid") in found
    denied = _claims(extractor, _LEAD + "Canada rejected allegations of fraud in the vote.")
    assert ("Canada", "oppose", "moldova-results-are-valid") not in denied


def _edges(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    x = extractor(Article("t", text))
    names = {a.id: a.name for a in x.actors}
    return {
        (names[s.source], names[s.target], s.polarity)
        for s in x.stances
        if s.target_kind == "actor"
    }


_RIVALS = (
    "Moldova held a presidential election on Sunday. President Ion Vlad claimed victory, while "
    "opposition candidate Ana Rusu said she had won. "
)


@pytest.mark.parametrize(
    ("sentence", "edge"),
    [
        ("Vlad pointed the finger at Rusu for the unrest.", ("Ion Vlad", "Ana Rusu", "oppose")),
        ("Canada said Vlad should step down.", ("Canada", "Ion Vlad", "oppose")),
        ('"Vlad must resign at once," Rusu said.', ("Ana Rusu", "Ion Vlad", "oppose")),
        ("Rusu says Vlad has to leave power.", ("Ana Rusu", "Ion Vlad", "oppose")),
        (
            "Vlad condemned the opposition candidate, lawyer Ana Rusu, and her ally Petru Lungu.",
            ("Ion Vlad", "Petru Lungu", "oppose"),
        ),
    ],
)
def test_blame_and_calls_to_go_oppose_whom_they_name(
    extractor: Extractor, sentence: str, edge: tuple[str, str, str]
) -> None:
    assert edge in _edges(extractor, _RIVALS + sentence)


def test_pointing_at_a_thing_is_no_stance(extractor: Extractor) -> None:
    found = _edges(extractor, _RIVALS + "Vlad pointed at a map of Moldova.")
    assert not {e for e in found if e[0] == "Ion Vlad"}


def test_a_learned_stance_against_the_words_on_a_win_is_dropped(extractor: Extractor) -> None:
    text = _RIVALS + "Romania refused to recognise Vlad's victory."
    assert ("Romania", "Ion Vlad", "support") not in _edges(extractor, text)
    assert ("Romania", "oppose", "ion-vlad-won-the-election") in _claims(extractor, text)


_DECLARED = (
    "Moldova held a presidential election on Sunday. The Central Electoral Commission declared "
    "President Ion Vlad the winner. "
)


def test_an_authority_declaring_a_titled_winner_supports_them(extractor: Extractor) -> None:
    assert ("Central Electoral Commission", "Ion Vlad", "support") in _edges(extractor, _DECLARED)


def test_results_said_not_to_reflect_the_will_dispute_the_win(extractor: Extractor) -> None:
    text = _DECLARED + (
        "Canada said the results announced by the Central Electoral Commission do not reflect "
        "the will of the Moldovan people."
    )
    assert ("Canada", "oppose", "ion-vlad-won-the-election") in _claims(extractor, text)
    assert ("Canada", "Central Electoral Commission", "oppose") in _edges(extractor, text)
    fair = _DECLARED + "Romania said the result reflects the will of voters."
    assert not {c for c in _claims(extractor, fair) if c[0] == "Romania"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Canada said the vote was marred by widespread irregularities.",
            ("Canada", "oppose", "moldova-results-are-valid"),
        ),
        (
            "Canada said that fraud and intimidation had marred the election.",
            ("Canada", "oppose", "moldova-results-are-valid"),
        ),
        (
            "China hailed the vote as a success.",
            ("China", "support", "moldova-election-was-free-and-fair"),
        ),
        (
            "Vlad won a vote that Canada described as fraudulent.",
            ("Canada", "oppose", "moldova-results-are-valid"),
        ),
        (
            "Canada rejected the election on Sunday as illegitimate.",
            ("Canada", "oppose", "moldova-election-was-free-and-fair"),
        ),
        (
            '"The elections were transparent and absolutely legitimate," Romania said.',
            ("Romania", "support", "moldova-election-was-free-and-fair"),
        ),
        (
            'Canada will keep its sanctions after the country\'s "sham" presidential elections, '
            "its foreign minister Dan Popa said on Sunday.",
            ("Dan Popa", "oppose", "moldova-results-are-valid"),
        ),
        (
            "Canada called the results a fraud.",
            ("Canada", "oppose", "moldova-results-are-valid"),
        ),
        (
            "Canada said the results were falsified.",
            ("Canada", "oppose", "moldova-results-are-valid"),
        ),
        (
            "Romania refused to recognise the results.",
            ("Romania", "oppose", "ion-vlad-won-the-election"),
        ),
        (
            "Ana Rusu does not accept the results.",
            ("Ana Rusu", "oppose", "ion-vlad-won-the-election"),
        ),
    ],
)
def test_more_verdicts_and_refusals(
    extractor: Extractor, sentence: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _claims(extractor, _LEAD + _DECLARED + sentence)


def test_accepting_the_results_disputes_nothing(extractor: Extractor) -> None:
    found = _claims(extractor, _LEAD + _DECLARED + "Romania accepted the results.")
    assert not {c for c in found if c[0] == "Romania" and c[1] == "oppose"}


def test_a_passive_defeat_is_won_by_the_agent(extractor: Extractor) -> None:
    text = (
        "Moldova voted on Sunday. Ana Rusu was defeated in the election by President Ion Vlad, "
        "official results showed. Canada rejected the results."
    )
    found = {c[2] for c in _claims(extractor, text)}
    assert "ion-vlad-won-the-election" in found
    assert "ana-rusu-won-the-election" not in found


@pytest.mark.parametrize(
    ("sentence", "edge"),
    [
        ("Rusu called Vlad a dictator.", ("Ana Rusu", "Ion Vlad", "oppose")),
        ("Vlad described Rusu as a puppet of foreign powers.", ("Ion Vlad", "Ana Rusu", "oppose")),
    ],
)
def test_a_label_for_a_person_is_a_stance_on_them(
    extractor: Extractor, sentence: str, edge: tuple[str, str, str]
) -> None:
    assert edge in _edges(extractor, _RIVALS + sentence)


@pytest.mark.parametrize(
    ("sentence", "edge"),
    [
        ("Canada rejected Vlad's victory.", ("Canada", "Ion Vlad", "oppose")),
        (
            '"The Central Electoral Commission fell short of basic transparency standards," '
            "Canada said.",
            ("Canada", "Central Electoral Commission", "oppose"),
        ),
        (
            '"The Central Electoral Commission demonstrated a clear bias in favour of the '
            'incumbent," Canada said.',
            ("Canada", "Central Electoral Commission", "oppose"),
        ),
        (
            '"Candidates faced arbitrary decisions of the Central Electoral Commission," '
            "Canada said.",
            ("Canada", "Central Electoral Commission", "oppose"),
        ),
        ('"Vlad\'s brutal crackdown must end," Ana Rusu said.', ("Ana Rusu", "Ion Vlad", "oppose")),
    ],
)
def test_faults_found_in_a_body_or_a_win_oppose_its_owner(
    extractor: Extractor, sentence: str, edge: tuple[str, str, str]
) -> None:
    assert edge in _edges(extractor, _DECLARED + "Ana Rusu said she had won. " + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        '"The survey showed a bias toward younger voters," Canada said.',
        '"The arbitrary decisions were a problem," Canada said.',
        '"The Central Electoral Commission met every standard," Canada said.',
    ],
)
def test_no_fault_without_an_owner_or_a_failure(extractor: Extractor, sentence: str) -> None:
    found = _edges(extractor, _DECLARED + sentence)
    assert not {e for e in found if e[0] == "Canada" and e[2] == "oppose"}


@pytest.mark.parametrize(
    "sentence",
    [
        '"These elections have struggled to reach international standards," Canada said.',
        '"The elections did not meet Moldova\'s commitments on elections," Canada said.',
    ],
)
def test_more_unmet_standards(extractor: Extractor, sentence: str) -> None:
    found = _claims(extractor, _LEAD + sentence)
    assert ("Canada", "oppose", "moldova-election-was-free-and-fair") in found


def test_the_body_pressed_to_publish_its_count_is_opposed(extractor: Extractor) -> None:
    text = (
        _LEAD
        + _DECLARED
        + "Canada urged the Central Electoral Commission to publish the full tallies by polling "
        "station."
    )
    assert ("Canada", "support", "moldova-results-should-be-published") in _claims(extractor, text)
    assert ("Canada", "Central Electoral Commission", "oppose") in _edges(extractor, text)
    polite = _DECLARED + "Canada thanked the Central Electoral Commission for its work."
    assert ("Canada", "Central Electoral Commission", "oppose") not in _edges(extractor, polite)


def test_a_body_named_in_a_persons_title_holds_no_stance() -> None:
    from graph.extract.actors import ActorTable
    from graph.extract.nlp import load_pipeline
    from graph.extract.stance_nodes import in_titles
    from graph.model import Stance

    a = Article("t", "Leader of the Opposition in the Senate Ana Soto assailed the government.")
    (doc,) = load_pipeline().parse([a.text])
    table = ActorTable(a.text)
    senate = table.id_of(table.add_agent(32, 38, "Senate", "GovernmentBody"))
    soto = table.id_of(table.add_agent(39, 47, "Ana Soto", "Person"))
    government = table.id_of(table.add_agent(61, 71, "government", "GovernmentBody"))
    span = a.span(0, len(a.text) - 1)
    titled = Stance(senate, government, "actor", "oppose", span)
    own = Stance(soto, government, "actor", "oppose", span)
    assert in_titles([titled, own], doc, table) == [own]


@pytest.mark.parametrize(
    ("sentence", "edges"),
    [
        (
            "Rusu has been condemned by countries such as Russia and Belarus.",
            {("Russia", "Ana Rusu", "oppose"), ("Belarus", "Ana Rusu", "oppose")},
        ),
        (
            "Vlad was criticised by international bodies such as the European Union and the "
            "Organization of American States.",
            {
                ("European Union", "Ion Vlad", "oppose"),
                ("Organization of American States", "Ion Vlad", "oppose"),
            },
        ),
    ],
)
def test_a_plurals_examples_hold_its_stance(
    extractor: Extractor, sentence: str, edges: set[tuple[str, str, str]]
) -> None:
    assert edges <= _edges(extractor, _RIVALS + sentence)


def test_both_is_the_two_people_the_sentence_before_names(extractor: Extractor) -> None:
    text = _RIVALS + (
        "Vlad relies on leaders like Prime Minister Dan Popa of Romania and Hungary's Petru "
        "Lungu. Both congratulated Vlad on his victory."
    )
    edges = _edges(extractor, text)
    assert {("Dan Popa", "Ion Vlad", "support"), ("Petru Lungu", "Ion Vlad", "support")} <= edges


def test_both_after_three_people_is_no_one(extractor: Extractor) -> None:
    text = _RIVALS + "Dan Popa, Petru Lungu and Mihai Ciobanu met in Paris. Both criticised Vlad."
    assert not {e for e in _edges(extractor, text) if e[1] == "Ion Vlad" and e[2] == "oppose"}


def test_a_quoted_failing_opposes_its_owner(extractor: Extractor) -> None:
    text = _RIVALS + '"The budget shows Vlad\'s lack of vision," Ana Rusu said.'
    assert ("Ana Rusu", "Ion Vlad", "oppose") in _edges(extractor, text)
    own = _RIVALS + '"We regret our lack of resources," Ana Rusu said.'
    assert not {e for e in _edges(extractor, own) if e[0] == "Ana Rusu"}


def test_a_verdict_on_the_election_is_no_issue_of_its_own(extractor: Extractor) -> None:
    text = _LEAD + _DECLARED + "Canada rejected the election on Sunday as illegitimate."
    assert {c for c in _claims(extractor, text) if c[0] == "Canada"} == {
        ("Canada", "oppose", "moldova-election-was-free-and-fair")
    }


def test_rejecting_the_results_disputes_a_partys_win(extractor: Extractor) -> None:
    text = _LEAD.replace("presidential", "parliamentary") + (
        "The ruling Blue Party won 54% of the vote, according to official results. The "
        "opposition Red Party rejected the results."
    )
    assert ("Red Party", "oppose", "blue-party-won-the-election") in _claims(extractor, text)
    firm = _LEAD + "Acme Corp won the contract. Canada rejected the results."
    assert not {c for c in _claims(extractor, firm) if c[2].startswith("acme")}


def test_two_reports_side_by_side_are_no_stance_of_one_reporter_on_the_other() -> None:
    from graph.extract.actors import ActorTable
    from graph.extract.nlp import load_pipeline
    from graph.extract.stance_learned import two_voices
    from graph.model import Stance

    side = Article("a", "Peru said the talks failed and Chile said they would resume.")
    (doc,) = load_pipeline().parse([side.text])
    table = ActorTable(side.text)
    peru = table.id_of(table.add_agent(0, 4, "Peru", "Country"))
    chile = table.id_of(table.add_agent(31, 36, "Chile", "Country"))
    assert two_voices([Stance(peru, chile, "actor", "oppose", side.span(0, 60))], doc, table) == []
    inside = Article("b", "Peru said: Chile had better hope before it starts leaking.")
    (doc,) = load_pipeline().parse([inside.text])
    table = ActorTable(inside.text)
    peru = table.id_of(table.add_agent(0, 4, "Peru", "Country"))
    chile = table.id_of(table.add_agent(11, 16, "Chile", "Country"))
    table.attach(chile, 40, 42)
    told = [Stance(peru, chile, "actor", "oppose", inside.span(0, 58))]
    assert two_voices(told, doc, table) == told


def test_we_won_is_the_speakers_win_in_an_election_story(extractor: Extractor) -> None:
    text = _LEAD + _DECLARED + '"We won and the whole world knows it," said Ana Rusu.'
    assert ("Ana Rusu", "support", "ana-rusu-won-the-election") in _claims(extractor, text)
    match = 'The derby ended 2-1 on Sunday. "We won and we deserved it," said coach Ana Rusu.'
    assert not _claims(extractor, match)
    debate = _LEAD + '"We won the debate," said Ana Rusu.'
    assert not {c for c in _claims(extractor, debate) if c[0] == "Ana Rusu"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ana Rusu conceded defeat on Monday.", ("Ana Rusu", "support")),
        ("Ana Rusu refused to concede.", ("Ana Rusu", "oppose")),
    ],
)
def test_conceding_backs_the_winners_win(
    extractor: Extractor, sentence: str, expected: tuple[str, str]
) -> None:
    found = _claims(extractor, _LEAD + _DECLARED + sentence)
    assert (*expected, "ion-vlad-won-the-election") in found


def test_conceding_a_point_is_no_concession(extractor: Extractor) -> None:
    found = _claims(extractor, _LEAD + _DECLARED + "Ana Rusu conceded that turnout was low.")
    assert not {c for c in found if c[0] == "Ana Rusu"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Supreme Court upheld the results.", ("Supreme Court", "support")),
        ("Russia recognised the results.", ("Russia", "support")),
        ("Canada did not recognise the results.", ("Canada", "oppose")),
    ],
)
def test_upholding_the_results_backs_the_win(
    extractor: Extractor, sentence: str, expected: tuple[str, str]
) -> None:
    found = _claims(extractor, _LEAD + _DECLARED + sentence)
    assert (*expected, "ion-vlad-won-the-election") in found


@pytest.mark.parametrize(
    ("phrase", "key"),
    [
        ("the legitimacy of the outcome", "moldova-election-was-free-and-fair"),
        ("the conduct of the poll", "moldova-election-was-free-and-fair"),
        ("the integrity of the presidential election", "moldova-election-was-free-and-fair"),
        ("the conduct of the police", None),
    ],
)
def test_an_elections_conduct_is_the_free_and_fair_claim(phrase: str, key: str | None) -> None:
    from graph.extract.claims import claim_for

    found = claim_for(phrase, country="Moldova")
    assert (found.id if found is not None else None) == key


def test_congratulations_sent_to_someone_support_them(extractor: Extractor) -> None:
    text = _LEAD + _DECLARED + "Hungary sent its congratulations to Vlad."
    assert ("Hungary", "Ion Vlad", "support") in _edges(extractor, text)
    letter = _LEAD + _DECLARED + "Hungary sent a letter to Vlad."
    assert not {e for e in _edges(extractor, letter) if e[0] == "Hungary"}
