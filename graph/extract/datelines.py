"""Where a story's dateline ends: the place and wire credit written before its first sentence.

"OTTAWA — ", "HALIFAX, N.S. - ", "WASHINGTON (Reuters) - ", "(Bloomberg) -- ", "NEW DELHI: ",
"Kyiv, Ukraine (CNN) — ", "TORONTO, March 3, 2025 /CNW/ - ", "Nairobi, 10 August 2005 (IRIN) -
", "Nairobi, Nov 27 (EFE).- ", "CHISINAU, Moldova | ": no part of the sentence after it.
Parsed with it, the place or the agency becomes the subject that "said".
"""

from __future__ import annotations

import re

from graph.extract.agents import country_named

__all__ = ["dateline_end", "wire_credit"]

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = rf"(?:\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?|{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?)"
# "CHISINAU, Moldova | ": some sites set a bar; "Nairobi, Nov 27 (EFE).- ": a stop before it
_MARK = r"(?:--|—{1,2}|–{1,2}|-)"
_DASH = rf"\.?\s*(?:{_MARK}|\|)\s+"
# After a wire credit the dash may touch the first word: "LOS ANGELES (Reuters) -The union".
_CREDIT_DASH = rf"(?:\.?\s*{_MARK}(?=[A-Z“\"‘])|{_DASH})"
# "(Reuters)", "/CNW/", a wire update's tag ("(7TH UPDATE)", "(2nd Update)") and a credit
# opening with a digit ("(9News)")
_CREDIT = (
    r"(?:\s*\((?:[A-Z][\w .&/'’-]{0,40}|\d{1,2}(?i:st|nd|rd|th)\s+[A-Za-z]{2,12}"
    r"|\d[\w&]*[A-Za-z][\w&]*)\)"  # "(2nd Update)", "(9News)", "(3AW)"; not "(45)", "(2025)"
    r"|\s*/[A-Z][\w .&'’-]{0,30}/)"
)
# A place in capitals, with its province, state or country and a date after commas.
# "BUCHAREST (Romania), December 7": the country in brackets after the place.
_REGION = r"(?:\s*\([A-Z][\w.'’ -]{0,30}\))?"
_PLACE = rf"[A-Z][A-Z.'’ -]{{1,40}}{_REGION}(?:,\s*[A-Z0-9][\w.'’ -]{{0,30}}){{0,3}}"
_FORMS = re.compile(
    r"\A\s*(?:"
    # OTTAWA — / WASHINGTON (Reuters) - / TORONTO, May 3 /CNW/ - / ACCRA, (Reuters) - (the
    # date cut out by the site that copied the wire)
    + rf"{_PLACE},?{_CREDIT}{_CREDIT_DASH}"
    + rf"|{_PLACE}{_DASH}"
    + rf"|{_CREDIT}{_CREDIT_DASH}"  # (Bloomberg) --
    + r"|[A-Z][A-Z.'’ -]{1,30}:\s+(?=[A-Z“\"])"  # NEW DELHI: The ...
    # Kyiv, Ukraine (CNN) — / Nairobi, 10 August 2005 (IRIN) - / Lisbon (Portugal) (AFP) –
    # "Vienna, Austria (CNN)Austrian ...": a credit run into the first word, no dash
    + rf"|[A-Z][\w'’.-]+{_REGION}(?:,?\s+[A-Z0-9][\w'’.-]*){{0,4}}(?:{_CREDIT}){{1,2}}(?:{_CREDIT_DASH}|(?=[A-Z]))"
    # Harare, 2 November 2025 - / Harare, Nov. 2, 2025 – : a place and a date, no credit
    + rf"|[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){{0,2}},\s+{_DATE}{_DASH}"
    + r")"
)


# "Abuja, Nigeria – ": a place in mixed case with its country and no credit; the country must be
# one of the gazetteer's, or a sentence opening "Smith, Jones - ..." would be cut.
_PLACE_COUNTRY = re.compile(
    rf"\A\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){{0,2}},\s+([A-Z][\w'’.]+(?:\s+[A-Z][\w'’.]+){{0,3}}){_DASH}"
)


def dateline_end(text: str) -> int:
    """The offset where the dateline at the start of ``text`` ends, 0 when there is none.

    >>> text = "(Bloomberg) -- The lender raised rates."
    >>> text[dateline_end(text):]
    'The lender raised rates.'
    >>> text = "OSLO (Reuters) -The lender raised rates."
    >>> text[dateline_end(text):], dateline_end("US-China talks resumed.")
    ('The lender raised rates.', 0)
    >>> dateline_end("The lender raised rates - again.")
    0
    >>> text = "Lagos, Nigeria – The commission said the count was over."
    >>> text[dateline_end(text):], dateline_end("Smith, Jones - the firm said.")
    ('The commission said the count was over.', 0)
    >>> text = "Kyiv, Ukraine (CNN)Ukrainian forces said they held the line."
    >>> text[dateline_end(text):]
    'Ukrainian forces said they held the line.'
    >>> text = "LOME, Togo —— Opposition parties rejected the result."
    >>> text[dateline_end(text):]
    'Opposition parties rejected the result.'
    >>> text = "Lome, 2 November 2025 - Opposition parties rejected the result."
    >>> text[dateline_end(text):], dateline_end("Smith, 2 May - the firm said.")
    ('Opposition parties rejected the result.', 0)
    >>> text = "Lome (Togo) (AFP) – Opposition parties rejected the result."
    >>> text[dateline_end(text):]
    'Opposition parties rejected the result.'
    >>> text = "LOME,  (Reuters) – Opposition parties rejected the result."
    >>> text[dateline_end(text):]
    'Opposition parties rejected the result.'
    >>> text = "LOME (Togo), May 2 (Xinhua) – Opposition parties rejected the result."
    >>> text[dateline_end(text):]
    'Opposition parties rejected the result.'
    >>> text = "LOME, Togo (AP) — (Updated hourly) The opposition rejected the result."
    >>> text[dateline_end(text):]
    '(Updated hourly) The opposition rejected the result.'
    >>> text = "Lome (Togo), May 2 (Xinhua) – Opposition parties rejected the result."
    >>> text[dateline_end(text):]
    'Opposition parties rejected the result.'
    """
    match = _FORMS.match(text)
    if match is None:
        match = _PLACE_COUNTRY.match(text)
        if match is None or country_named(match.group(1)) is None:
            return 0
    # An ordinary sentence may open with capitals and a dash ("UK - China talks", "NATO - the
    # alliance"): a dateline's place has three letters at least and a sentence starts after it.
    letters = re.sub(r"[^A-Za-z]", "", match.group(0))
    after = text[match.end() : match.end() + 1]
    starts = after.isupper() or after.isdigit() or after in "“\"‘'("  # "(Updated) The ..."
    return match.end() if len(letters) >= 3 and starts else 0


_CREDIT_CLOSE = re.compile(rf"\){_DASH}")


def wire_credit(text: str, start: int, end: int) -> bool:
    """Whether the name at ``[start, end)`` is written as a wire credit, in brackets before a
    dash ("BAKU, Oct 10 (Reuters) - "), wherever its dateline stands (after a byline too).

    >>> text = "By Ana Ruiz\\nBAKU, Oct 10 (Reuters) - Opponents said so. Reuters saw it."
    >>> at = text.index("Reuters")
    >>> wire_credit(text, at, at + 7), wire_credit(text, text.rindex("Reuters"), len(text) - 8)
    (True, False)
    """
    return text[start - 1 : start] == "(" and _CREDIT_CLOSE.match(text, end) is not None
