"""A business's name the model labels as a person: "Nordline Shipping said", "Astra Energy".

The small model tags unfamiliar company names as people. A name of two words or more whose
last word ends organisations' names and no person's ("Shipping", "Energy", "Holdings",
"Watch") is an organisation. (Names it labels as things are ``thing_bodies``'s.)
"""

from __future__ import annotations

from graph.extract.lexicon import ORG_NAME_ENDINGS

__all__ = ["business_label"]

def business_label(surface: str, label: str) -> str:
    """ORG for a business's name under a person's label, else ``label``.

    >>> business_label("Nordline Shipping", "PERSON"), business_label("Ana Soto", "PERSON")
    ('ORG', 'PERSON')
    >>> business_label("Shipping", "PERSON")
    'PERSON'
    """
    words = surface.lower().split()
    if label == "PERSON" and len(words) > 1 and words[-1] in ORG_NAME_ENDINGS:
        return "ORG"
    return label
