"""A plural body noun ("the opposition and rights groups") is no one body of the story.

"the group said" may be the story's main body; "the ... groups" are several, and the parser may
fold a coordination into them ("the opposition and rights groups"): never the electoral
commission the story is about. Sentences of our own.
"""

from __future__ import annotations

from graph.extract import Extractor
from tests.rule_stances import stance_triples


def test_plural_groups_are_not_the_story_s_body(extractor: Extractor) -> None:
    text = (
        "Malawi’s Electoral Commission announced the results on Friday.\n\n"
        "The opposition and rights groups also have accused President Peter Mutharika of "
        "deliberately withholding the results for more than a month."
    )
    found = stance_triples(extractor, text)
    assert ("Malawian Electoral Commission", "oppose", "Peter Mutharika") not in found
    assert not any(s == "Malawian Electoral Commission" for s, _, _ in found)
