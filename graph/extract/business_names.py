"""A business's name the model labels as a person or a thing: "Nordline Shipping", "Astra Energy".

The small model tags unfamiliar company names as people ("Nordline Shipping said") or as
buildings and products (FAC, PRODUCT). A name of two words or more whose last word ends
organisations' names and no person's ("Shipping", "Energy", "Holdings", "Watch") is an
organisation, whatever the label.
"""

from __future__ import annotations

from graph.extract.lexicon import ORG_NAME_ENDINGS

__all__ = ["business_label"]

_RELABELLED = frozenset({"PERSON", "FAC", "PRODUCT", "WORK_OF_ART"})


def business_label(surface: str, label: str) -> str:
    """ORG for a business's name under a person's or a thing's label, else ``label``.

    >>> business_label("Nordline Shipping", "FAC"), business_label("Ana Soto", "PERSON")
    ('ORG', 'PERSON')
    >>> business_label("Shipping", "PERSON")
    'PERSON'
    """
    words = surface.lower().split()
    if label in _RELABELLED and len(words) > 1 and words[-1] in ORG_NAME_ENDINGS:
        return "ORG"
    return label
