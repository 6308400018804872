"""Where a report ends and another speaker's begins, and how far "as" binds a label to its verb
(issue 13.1). Sentences are our own.

- "dismissed the list of demands made by its neighbours as “unreasonable”": "as" binds the
  label to the verb across a long object.
- "said its members were united after the guild updated members and claimed there was no
  unity": the clause of time is the guild's report, not the first speaker's.
"""

from __future__ import annotations

from graph.extract import Extractor
from tests.said import said


def test_as_binds_a_label_across_a_long_object(extractor: Extractor) -> None:
    text = (
        "The Riders Union dismissed the list of demands made by the team owners as "
        '"unreasonable" on Saturday.\n'
    )
    assert [(n, q.span.text) for n, q in said(extractor, text)] == [
        ("Riders Union", "unreasonable")
    ]


def test_a_label_far_from_its_verb_is_no_label(extractor: Extractor) -> None:
    text = (
        "The Riders Union dismissed the list of demands, which the owners had drafted over "
        'many long weeks of talks in the capital, as "unreasonable".\n'
    )
    assert said(extractor, text) == []


def test_a_clause_of_time_with_its_own_report_is_the_other_speakers(
    extractor: Extractor,
) -> None:
    text = (
        "The studio alliance issued a statement late on Friday saying its members were "
        "united after the Writers Guild updated striking members earlier in the evening and "
        "essentially claimed there was a lack of unity among the companies.\n"
    )
    assert [(n, q.span.text) for n, q in said(extractor, text)] == [
        ("studio alliance", "its members were united"),
        ("Writers Guild", "there was a lack of unity among the companies"),
    ]
