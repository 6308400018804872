"""An object pronoun in a participle clause is not the subject the participle takes from its
main clause (sentences of our own): in "he lashed out at Berg, accusing him of sowing
division", "him" is Berg, so the stance runs from the speaker to Berg, never back."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article

TEXT = (
    "Party secretary Omar Haddad told the media that the prime minister would stay on.\n\n"
    "Mr Haddad doubted the poll that gave Mr Berg his majority. He then turned on Mr Berg, "
    "accusing him of buying the votes of two small parties."
)


def test_the_accused_pronoun_is_the_one_lashed_at(extractor: Extractor) -> None:
    found = extractor(Article("t", TEXT))
    names = {a.id: a.name for a in found.actors}
    pairs = {(names[s.source], s.polarity, names.get(s.target)) for s in found.stances}
    assert ("Omar Haddad", "oppose", "Berg") in pairs
    assert ("Berg", "oppose", "Omar Haddad") not in pairs
