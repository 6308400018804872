"""A speaking participle set off by a comma after a relative clause is the main clause
subject's, also where the parser took the relative clause for a clause of its own (issue
13.1), but the antecedent's when its relative clause's pronoun is the subject and the main
clause only says what something was ("The ruling was a victory for X, which has moved to ...,
arguing"); a name after "with" speaks past an aside ("with X, acting for Y, stating"); "State
Counselor" and the Burmese "Daw" are titles, not part of a name. Sentences are
our own."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article
from tests.said import said


def quotes(extractor: Extractor, text: str) -> list[str]:
    return [name for name, _ in said(extractor, text)]


def test_a_participle_after_a_relative_clause_is_the_main_subjects(extractor: Extractor) -> None:
    text = (
        "Norland's military council has revoked the results of last year's general election, "
        "in which the party of now detained State Counselor Ana Ruiz won a landslide victory, "
        'claiming the poll was "not free and fair" and "not in line with" the law.'
    )
    assert set(quotes(extractor, text)) == {"Norland's military council"}


def test_a_participle_of_the_relative_clauses_own_verb_stays(extractor: Extractor) -> None:
    text = "The council praised Ana Ruiz, who won the vote claiming the count was fair."
    assert quotes(extractor, text) == ["Ana Ruiz"]


def test_titles_before_a_burmese_name(extractor: Extractor) -> None:
    text = (
        "State Counselor Mya Thin met the envoys.\n\n"
        "Daw Khin Lay said on Monday that the vote was fair."
    )
    result = extractor(Article("t", text))
    assert {"Mya Thin", "Khin Lay"} <= {a.name for a in result.actors}


def test_a_description_is_named_without_its_examples(extractor: Extractor) -> None:
    text = (
        "Despite the claim, foreign monitors such as the Norland Institute and local rights "
        "groups said the vote was clean. Observers including the Vale Centre said the count "
        "was fair."
    )
    names = quotes(extractor, text)
    assert names[0] == "Norland Institute"  # the named example speaks (split_subjects)
    assert names[1] == "Observers"
    result = extractor(Article("t", text))
    assert not [a.name for a in result.actors if " such as " in a.name or " and " in a.name]


def test_a_name_after_with_speaks_past_an_aside(extractor: Extractor) -> None:
    text = (
        "During the hearing, the club's lawyers said the minister erred, with Ana Ruiz, acting "
        'for the club, stating: "Not a single line of evidence supports this."'
    )
    assert quotes(extractor, text)[-1] == "Ana Ruiz"


def test_a_participle_after_a_subject_relative_clause_is_its_antecedents(
    extractor: Extractor,
) -> None:
    text = (
        "Judge Ana Ruiz blocked the merger on Tuesday. The ruling was a victory for the Trade "
        "Ministry, which has moved to block mergers, arguing that they hurt consumers."
    )
    assert quotes(extractor, text) == ["Trade Ministry"]


def test_an_actor_acting_keeps_the_participle(extractor: Extractor) -> None:
    text = "The council praised the union, which won the vote, saying the count was fair."
    assert quotes(extractor, text) == ["council"]
