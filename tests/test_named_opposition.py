"""Who "the opposition" is when the story names it, and names the parser or the model splits
(issue 13.1, issue 12.2). Sentences are our own.

- "Main rebel group, Unity Front said": a description and its name parsed as two subjects;
  the name speaks.
- "the Umma party", "members of the Unite union": a capital mid-sentence makes a name of a
  phrase ending in a generic noun; a sentence's first word ("Officials said") does not.
- "the opposition" of a story naming one body as the opposition is that body; with two, or
  for "opposition leaders", it stays the country's opposition.
- "the trade association" is never the union the story named.
"""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.said import speakers


@pytest.mark.parametrize(
    ("opening", "name"),
    [("Main opposition group, Progress party", "Progress party"),
     ("Leading rebel movement, the Tarka Front", "Tarka Front")],
)  # fmt: skip
def test_a_description_then_its_name_speaks_as_the_name(
    extractor: Extractor, opening: str, name: str
) -> None:
    text = f"{opening} said on Monday that it would boycott the regional polls in Malawi.\n"
    assert speakers(extractor, text) == [name]


def test_a_capital_mid_sentence_makes_a_name(extractor: Extractor) -> None:
    # the model may tag "Umma" alone; either way the party speaks, not the description
    text = "Key opposition group, Umma party revealed Wednesday that it would not take part.\n"
    assert speakers(extractor, text) in (["Umma"], ["Umma party"])


def test_a_sentence_opening_capital_makes_no_name(extractor: Extractor) -> None:
    text = "Opposition party officials said on Monday that the count had been rigged.\n"
    assert "Opposition party" not in speakers(extractor, text)


@pytest.mark.parametrize(
    "description",
    ["The main opposition Democratic Renewal Party", "The Union for Change opposition coalition"],
)
def test_the_opposition_is_the_body_the_story_describes_so(
    extractor: Extractor, description: str
) -> None:
    body = (
        description.split(" ", 1)[1]
        .replace("main opposition ", "")
        .replace(" opposition coalition", "")
    )
    text = (
        f"{description} said on Monday it would challenge the result in the courts.\n\n"
        "Voting in Zambia was marred by delays. Later the opposition said its observers had "
        "been expelled from polling stations in the north.\n"
    )
    assert speakers(extractor, text) == [body, body]


def test_two_opposition_bodies_leave_the_country_opposition(extractor: Extractor) -> None:
    text = (
        "The opposition Democratic Renewal Party and the opposition Green Alliance said on "
        "Monday they would challenge the result.\n\n"
        "Voting in Zambia was marred by delays. Later the opposition said its observers had "
        "been expelled from polling stations in the north.\n"
    )
    assert speakers(extractor, text)[-1] == "Zambian opposition"


def test_opposition_leaders_are_not_the_party(extractor: Extractor) -> None:
    text = (
        "The main opposition Democratic Renewal Party boycotted the vote in Zambia.\n\n"
        "Opposition leaders said their observers had been expelled from polling stations.\n"
    )
    assert "Democratic Renewal Party" not in speakers(extractor, text)


def test_a_trade_association_is_not_the_union(extractor: Extractor) -> None:
    text = (
        "About 900 members of the Portgate union at Harwich are walking out. Portgate union "
        "said members rejected a pay offer.\n"
        "Freight transport body Haulage First said it was not expecting disruption.\nA "
        "spokesperson for the trade association told BBC News: "
        '"There is plenty of stock in the supply chain."\n'
    )
    assert speakers(extractor, text) == ["Portgate union", "Haulage First", "spokesperson"]


@pytest.mark.parametrize(
    "introduction",
    [
        "The ruling Unity Front party won 61 percent of the vote in Zambia.",
        "Unity Front, the governing party, won 61 percent of the vote in Zambia.",
        "The ruling Unity Front (UF) won 61 percent of the vote in Zambia.",
    ],
)
def test_the_ruling_party_is_the_party_the_story_describes_so(
    extractor: Extractor, introduction: str
) -> None:
    text = f"{introduction}\n\nLater the ruling party said the count had been fair and calm.\n"
    assert speakers(extractor, text) == ["Unity Front"]


def test_a_court_ruling_describes_no_ruling_party(extractor: Extractor) -> None:
    # "the Electoral Court ruling": a name before "ruling" is no party in power
    text = (
        "After the Electoral Court ruling on Monday, voting in Zambia was delayed.\n\n"
        "Later the ruling party said the count had been fair and calm.\n"
    )
    assert speakers(extractor, text) == ["Zambian government"]


@pytest.mark.parametrize(
    ("first", "kind"),
    [("electoral commission", "electoral commission"), ("election commission", "election commission")],
)
def test_an_unnamed_electoral_body_is_named_by_the_kind_the_story_gives(
    extractor: Extractor, first: str, kind: str
) -> None:
    # one actor for every mention, named as the story first calls it (gold and readers write
    # "the Zambian electoral commission", not an "electoral authority")
    text = (
        f"LUSAKA (AFP) - The {first} said on Monday that Tomas Banda had won 51 percent of the "
        "vote in Zambia.\n\nThe electoral authorities said later that turnout was 60 percent.\n"
    )
    assert speakers(extractor, text) == [f"Zambian {kind}", f"Zambian {kind}"]
