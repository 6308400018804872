"""Entities the model finds that name no actor: a title, a measure, a law, a lawmaker's tag,
a stock exchange in a ticker, a share index, a deity.

"Department Spokesperson" is a title, "1.5C" and "25%" are measures, "the Digital Services Act"
is a law (and "the DSA", an organisation's acronym the article spells out as one), and the
state in "Nancy Pelosi, D-Calif.," is the seat a lawmaker holds, not a party to anything; the
exchange in a ticker "(ASX: TPM)", "(NYSE: F)" says where a company's shares trade.
"""

from __future__ import annotations

import re

from graph.extract.laws import is_law, law_goes_on
from graph.extract.lexicon import ELECTION_NOUNS, NOT_ACTOR_ACRONYMS, PORTFOLIOS, ROLE_NOUNS

__all__ = ["names_no_actor"]

_MEASURE = re.compile(r"[\d.,]+\s*(?:°?[CF]|%|[kKmMbB]n?)")
# A party's letter and a hyphen before a state: a lawmaker's tag ("D-Calif.", "R-Texas").
_PARTY_TAG = re.compile(r"(?<![\w-])[DRI]-$")
# A stock exchange's code before a ticker in brackets: "(ASX: TPM)", "(NYSE:F)".
_TICKER = re.compile(r"\s*:\s*[A-Z0-9.]{1,6}\)")
_EXCHANGE = re.compile(r"\(\s*[A-Z]{2,8}\s*:\s*$")  # the ticker itself, after "(ASX: "


# A portfolio before a minister's title: "Health Minister Ana Soto", "Trade Secretary X".
_TITLE_AFTER = re.compile(r"\s+(?:[Mm]inister|[Ss]ecretary|[Cc]ritic)\b(?!\s+(?:of|for)\b)")


# A lone adjective of an office before its title: "the Electoral Commissioner", "the Judicial
# Registrar".
_QUALIFIER = re.compile(r"[A-Z][a-z]+(?:al|ic|ary|ive|ial)")
_OFFICE_AFTER = re.compile(
    r"\s+(?:Commissioner|Minister|Secretary|Director|Officer|Registrar|Ombudsman|Auditor|"
    r"Inspector|Adviser|Advisor|Attorney|Counsel)\b"
)


# A name joined to a lower-case word by a hyphen, an adjective: "Pashto-language",
# "Paris-based", "Kremlin-backed".
_COMPOUND_ADJECTIVE = re.compile(
    r"[A-Z][\w.']*(?:\s+[A-Z][\w.']*)*-(?:language|speaking|based|born|led|backed|owned|run|"
    r"funded|linked|allied|aligned|style|era|made|bound|listed|registered|headquartered)"
)  # not "Lai Ching-te", "Hou Yu-ih": names written with a hyphen


# A kind of business after a capitalised sector word and before its name: "Telecom group MTN",
# "Mining giant Orebank", "Oil major Petrox".
_SECTOR_KIND = re.compile(
    r"\s+(?:group|giant|firm|company|major|maker|operator|conglomerate|producer)\s+[A-Z]"
)


def _opens_sentence(text: str, start: int) -> bool:
    """Whether ``start`` opens a paragraph or follows a sentence's end or a dateline's dash."""
    before = text[max(0, start - 3) : start]
    return start == 0 or "\n" in before or before.rstrip().endswith((".", "-", "–", "—", ":"))


# Last words of an election's name: "the National General Elections", "the Brexit Referendum".
_VOTES = ELECTION_NOUNS | {"referendum", "by-election", "primary", "primaries", "runoff", "run-off"}
# A deity thanked or invoked ("thank God"): no party to a story's dispute.
_DEITIES = frozenset({"god", "allah", "the lord", "lord"})
# A share index ("the FTSE 100 share index", "the DAX"): a measure of prices, no actor.
_INDEXES = frozenset(
    {"ftse", "ftse 100", "ftse 250", "s&p 500", "dax", "cac 40", "sensex", "nifty", "nikkei 225",
     "dow jones industrial average", "euro stoxx 50", "stoxx 600", "asx 200", "tsx"}
)  # fmt: skip
_INDEX_AFTER = re.compile(r"(?:\s+\d+)?(?:\s+(?:share|stock|benchmark|equity))?\s+index\b", re.I)
# A word quoted alone as a cry: '"Revolution!"', '“Freedom!”'.
_SLOGAN = re.compile(r"[\"“‘'][^\"“”‘’']+[!?][\"”’']")


def names_no_actor(text: str, start: int, end: int, label: str) -> bool:
    """Whether the entity ``text[start:end]`` under ``label`` names no actor (see above).

    >>> text = "Rep. Ana Soto, D-Calif., said the 25% tariff breaks the Clean Air Act."
    >>> names_no_actor(text, 17, 22, "GPE"), names_no_actor(text, 5, 13, "PERSON")
    (True, False)
    >>> names_no_actor(text, 34, 37, "ORG"), names_no_actor(text, 56, 69, "ORG")
    (True, True)
    >>> names_no_actor("said Health Minister Ana Soto", 5, 11, "ORG")
    True
    >>> names_no_actor("said UN Secretary-General Ana Soto", 5, 7, "ORG")
    False
    >>> names_no_actor("TPG Telecom (ASX: TPM) said", 13, 16, "ORG")
    True
    >>> names_no_actor("TPG Telecom (ASX: TPM) said", 18, 21, "ORG")
    True
    >>> names_no_actor('shouting "Revolution!" in the square', 10, 20, "ORG")
    True
    >>> names_no_actor("Telecom group MTN said", 0, 7, "ORG")
    True
    >>> names_no_actor("the Electoral Commissioner said", 4, 13, "ORG")
    True
    >>> names_no_actor("a Pashto-language channel", 2, 17, "PERSON")
    True
    >>> names_no_actor("during the National General Elections", 11, 37, "ORG")
    True
    >>> names_no_actor("the National Jury of Elections said", 4, 30, "ORG")
    False
    >>> names_no_actor("they thank God", 11, 14, "PERSON")
    True
    >>> names_no_actor("on the FTSE 100 share index", 7, 11, "ORG")
    True
    >>> names_no_actor("on the Oslo Bors index", 7, 16, "ORG")
    True
    """
    surface = text[start:end]
    if label == "PERSON" and surface.split()[-1].lower() in ROLE_NOUNS:
        return True
    if surface.strip() in NOT_ACTOR_ACRONYMS:
        return True  # "(0000 GMT)", "the CEO": a time, a title, a measure
    if _MEASURE.fullmatch(surface.strip()) or law_goes_on(text, end):
        return True  # a measure, or the start of a law's name
    if _PARTY_TAG.search(text, max(0, start - 3), start):
        return True
    if label == "ORG" and surface.strip().lower() in PORTFOLIOS and _TITLE_AFTER.match(text, end):
        return True  # "Health Minister Ana Ruiz": the portfolio of a title, no body
    if _QUALIFIER.fullmatch(surface.strip()) and _OFFICE_AFTER.match(text, end):
        return True  # "the Electoral Commissioner": an adjective of a title, no body
    if _COMPOUND_ADJECTIVE.fullmatch(surface.strip()):
        return True  # "a Pashto-language channel", "a Paris-based group": a modifier
    if text[start - 1 : start] == "(" and _TICKER.match(text, end):
        return True  # "(ASX: TPM)": where shares trade
    if _EXCHANGE.search(text, max(0, start - 12), start) and text[end : end + 1] == ")":
        return True
    return _a_thing(text, start, end) or is_law(surface, text if label == "ORG" else "")


def _a_thing(text: str, start: int, end: int) -> bool:
    """A slogan, a company's sector, a deity, a share index or an event named as an entity."""
    surface = text[start:end]
    if _SLOGAN.fullmatch(text, max(0, start - 1), min(len(text), end + 2)):
        return True  # shouting "Revolution!": a slogan quoted whole, no one's name
    if _opens_sentence(text, start) and " " not in surface and _SECTOR_KIND.match(text, end):
        return True  # "Telecom group MTN said": the sector of the company named next
    folded = " ".join(surface.lower().split())
    if folded in _DEITIES or folded in _INDEXES or _INDEX_AFTER.match(text, end):
        return True  # "thank God", "the FTSE 100 share index": no actor
    words = folded.split()
    # "the National General Elections": an event ("Board of Elections" a body)
    return words[-1] in _VOTES and not (len(words) > 2 and words[-2] in ("of", "on", "for"))
