"""A speaker described by an office held before is the person in focus (issue 13: coreference).

'Ana Ruiz cited fraud. “…,” said the former foreign minister': a past office names no current
holder, so the description is the person just quoted or acting, as "the former diplomat" is;
"one-time" and "erstwhile" say "former". "The foreign minister" (in office) stays the office's
holder, someone else. Our own sentences.
"""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.extract.coref import former_role
from graph.model import Article


def speakers(extractor: Extractor, text: str) -> list[str]:
    result = extractor(Article("t", text))
    names = {a.id: a.name for a in result.actors}
    return [names[q.speaker] for q in result.quotes]


@pytest.mark.parametrize(
    "described",
    ["former foreign minister", "one-time foreign minister", "erstwhile finance minister"],
)
def test_a_past_office_describes_the_person_in_focus(extractor: Extractor, described: str) -> None:
    text = f"Ana Ruiz has cited widespread fraud. “The results mean nothing,” said the {described}."
    assert speakers(extractor, text) == ["Ana Ruiz"]


def test_an_office_in_the_present_is_its_holder() -> None:
    text = "Ana Ruiz spoke. The foreign minister said. The one-time foreign minister said."
    assert not former_role(text, text.index("minister"))
    assert former_role(text, text.rindex("minister"))
    aide = "The former president's spokesman said."
    assert not former_role(aide, aide.index("spokesman"))  # a former president's, not former
