"""A social-media handle is the name it is written with ("@Nordvik" is Nordvik; own sentences)."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article


def test_a_handle_is_the_actor_of_its_name(extractor: Extractor) -> None:
    text = (
        '"Fine of 4 bn to @Nordvik for illegal restrictions. @Nordvik now has to stop it," '
        "Commissioner Ana Rud tweeted. Nordvik said it would appeal."
    )
    names = sorted(a.name for a in extractor(Article("t", text)).actors)
    assert names == ["Ana Rud", "Nordvik"]
