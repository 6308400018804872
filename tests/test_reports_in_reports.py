"""A named speaker's report of what another acknowledged stays the named speaker's; the same
pronoun reporting in the main clause before goes on; "the former president" is not the one
titled "President" (issues 13.1 and 13.3). Sentences are our own."""

from __future__ import annotations

from graph.extract import Extractor
from tests.said import said


def quotes(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    return [(name, q.span.text) for name, q in said(extractor, text)]


_NOTED = (
    "Mark Ruiz, the opposition leader, spoke to reporters in Lima. He noted that Governor Tom "
    "Baker acknowledged that the stalling of the count will not lead to a clean result.\n\n"
)


def test_a_named_speaker_reporting_an_admission_keeps_the_words(extractor: Extractor) -> None:
    found = quotes(extractor, _NOTED)
    assert len(found) == 1
    speaker, words = found[0]
    assert speaker == "Mark Ruiz"
    assert words.startswith("Governor Tom Baker acknowledged that the stalling")


def test_the_same_pronoun_goes_on_reporting(extractor: Extractor) -> None:
    text = _NOTED + "“All he has to do is step aside,” he reiterated.\n"
    assert [s for s, _ in quotes(extractor, text)] == ["Mark Ruiz", "Mark Ruiz"]


def test_the_former_president_is_not_the_president(extractor: Extractor) -> None:
    text = (
        "President Tom Baker said the vote was clean.\n\n"
        "Mark Ruiz, the opposition leader, spoke to reporters in Lima. The former president "
        "ruled out street protests because of the virus.\n\n"
        "“We have to be careful,” he explained.\n"
    )
    assert [s for s, _ in quotes(extractor, text)] == ["Tom Baker", "Mark Ruiz"]


def test_the_president_is_still_the_president(extractor: Extractor) -> None:
    text = (
        "President Tom Baker said the vote was clean.\n\n"
        "Mark Ruiz, the opposition leader, spoke to reporters in Lima. The president ruled out "
        "a recount.\n\n"
        "“We have counted enough,” he explained.\n"
    )
    assert [s for s, _ in quotes(extractor, text)] == ["Tom Baker", "Tom Baker"]
