"""A present participle hung on a people noun is that noun's act (syntax.subjects_of): "with a
Turkish minister hailing X" is the minister's praise, not the main clause subject's; a
document's participle ("a letter saying") is still its sender's."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article
from tests.rule_stances import stance_triples


def test_a_participle_on_a_people_noun_is_its_act(extractor: Extractor) -> None:
    text = (
        "Tomas Berg's decision to quit the team caused a storm in Berlin, but earned the applause "
        'of Ankara with a Turkish minister hailing "a goal against the virus of fascism".'
    )
    sources = {source for source, _, target in stance_triples(extractor, text) if "goal" in target}
    assert sources == {"Turkish minister"}


def test_a_documents_participle_is_still_its_senders(extractor: Extractor) -> None:
    text = "The Liberty Front sent a letter saying it backed Ana Ruiz."
    x = extractor(Article("t", text))
    names = {a.id: a.name for a in x.actors}
    assert [names[q.speaker] for q in x.quotes] == ["Liberty Front"]
