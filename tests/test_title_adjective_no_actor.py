"""Words that name no actor (sentences of our own): a lone adjective of an office before its
title ("the Electoral Commissioner", "the Judicial Registrar") and a disease's name
("COVID-19") are no actors; "the Electoral Commission" stays a body."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("On Friday the Electoral Commissioner defended the recount in a short statement to "
         "the press.", "Electoral"),
        ("The app maker said it had taken down 3,000 videos related to COVID-19 over the "
         "last two years.", "COVID-19"),
    ],
)  # fmt: skip
def test_no_actor(extractor: Extractor, text: str, word: str) -> None:
    assert word not in {a.name for a in extractor(Article("t", text)).actors}
