"""A title with a compound office before a name is one person: the name.

"Minister of Forestry and the Environment Ana Lind": the "and" belongs to the office, not to two
speakers, and the office's last word is no part of the name. Sentences of our own.
"""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.said import speakers


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Kestrel's Minister of Forestry and the Environment Ana Lind late Sunday urged Harbor "
            "to be fair, saying her government was doing all it could.",
            "Ana Lind",
        ),
        (
            "Indonesian Minister of Trade and Industry Maria Lestari on Monday urged Malaysia to "
            "lift the ban.",
            "Maria Lestari",
        ),
        # a single office before the name, and a place joined to another person, cut nothing
        (
            "Secretary of Defense Lloyd James Austin said the troops would stay.",
            "Lloyd James Austin",
        ),
        (
            "The Mayor of Kestrel and Lloyd James Austin said the bridge would close.",
            "Lloyd James Austin",
        ),
    ],
)
def test_the_office_holder_alone_speaks(extractor: Extractor, text: str, name: str) -> None:
    found = speakers(extractor, text)
    assert found and set(found) == {name}
