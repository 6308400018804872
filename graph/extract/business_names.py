"""A business's name the model labels as a person: "Nordline Shipping said", "Astra Energy".

The small model tags unfamiliar company names as people. A name of two words or more whose
last word ends organisations' names and no person's ("Shipping", "Energy", "Holdings",
"Watch"), or a sports club's ("Athletic", "FC"), is an organisation; so is a one-word name with a capital inside it ("BioNTech",
"JetBlue", "OpenAI"), unless the inner capital follows a surname's prefix ("McAdams",
"DeSantis", "LeBron"). (Names it labels as things are ``thing_bodies``'s.)
"""

from __future__ import annotations

import re

from graph.extract.lexicon import ORG_NAME_ENDINGS

__all__ = ["CLUB_NAME_ENDINGS", "business_label", "inner_capital"]

# Last words of sports clubs' names ("Deverill FC", "Harlow Athletic", "Kingsbridge Town"):
# under a person's label, a club (a place's label is left alone: "Mexico City").
CLUB_NAME_ENDINGS = frozenset(
    {"fc", "afc", "cf", "rovers", "athletic", "wanderers", "albion", "rangers", "hotspur",
     "united", "city", "town", "county"}
)  # fmt: skip
_INNER_CAPITAL = re.compile(r"[A-Z][a-z]+(?:[A-Z][A-Za-z]*)+")
_SURNAME_PREFIX = re.compile(r"(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Del|Des|Fitz|Ben|Al)[A-Z]")


def business_label(surface: str, label: str) -> str:
    """ORG for a business's name under a person's label, else ``label``.

    >>> business_label("Nordline Shipping", "PERSON"), business_label("Ana Soto", "PERSON")
    ('ORG', 'PERSON')
    >>> business_label("Harlow Athletic", "PERSON"), business_label("Mexico City", "GPE")
    ('ORG', 'GPE')
    >>> business_label("Shipping", "PERSON")
    'PERSON'
    """
    words = surface.lower().split()
    if label == "PERSON" and len(words) > 1 and words[-1] in ORG_NAME_ENDINGS | CLUB_NAME_ENDINGS:
        return "ORG"
    return label


def inner_capital(word: str) -> bool:
    """Whether one word is a business's name by its capitals ("BioNTech"; see above).

    >>> [inner_capital(w) for w in ("GenoVax", "OpenAI", "Genovax", "McAdams", "DeSantis", "NATO")]
    [True, True, False, False, False, False]
    """
    return bool(_INNER_CAPITAL.fullmatch(word)) and not _SURNAME_PREFIX.match(word)
