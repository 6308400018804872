"""Untrusted text stays inert in the app: shown as text, never as markdown, HTML or a live link.

Everything that comes from an article or its metadata (title, outlet, URL, actor names, quotes,
claims, cues) is untrusted: a title ``[click](javascript:alert(1))`` must not become a link,
``**bold**`` must not turn bold, ``<img src=x onerror=...>`` must not become an element, and
Streamlit's own directives (``:red[...]``, ``:material/icon:``, ``$math$``) must not fire.
Streamlit renders ``st.markdown``, ``st.caption``, headings, ``st.write`` of a string and alert
texts as markdown, so every such value goes through ``md`` (or ``caption``/``link`` here) first.
Tables (``st.dataframe``), widget options and ``st.text`` show text as is.
"""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

import streamlit as st

__all__ = ["caption", "is_web_url", "link", "md"]

_ESCAPES = str.maketrans({c: "\\" + c for c in "\\`*_{}[]()#+-.!|$~<>:&=^"})
"""The characters that can start a construct (links, emphasis, code, HTML, entities, lists,
tables, Streamlit's ``:color[...]`` and ``:emoji:`` directives, math), each backslash-escaped as
CommonMark allows; a dot is escaped so that ``www.x.org`` or ``a@b.org`` is no autolink."""


def md(value: object) -> str:
    r"""``value`` as markdown that displays exactly its text, on one line.

    Line breaks become spaces: inside a heading or a list item a new line would start a block.

    >>> md("[click](javascript:alert(1))")
    '\\[click\\]\\(javascript\u2060\\:alert\\(1\\)\\)'
    >>> md("**bold**\n# x")
    '\\*\\*bold\\*\\* \\# x'
    """
    escaped = " ".join(str(value).split()).translate(_ESCAPES)
    return _AUTOLINK.sub("\u2060", escaped)


_AUTOLINK = re.compile(r"(?i)(?<=www)(?=\\\.)|(?=\\:)|(?=@)")
"""Where GFM would turn plain text into a link (``www.``, ``scheme:``, ``name@host``): Streamlit
finds those in the text after escapes are undone, so an invisible WORD JOINER (U+2060) goes
there instead; what the reader sees is unchanged."""


def is_web_url(url: str | None) -> bool:
    """Whether ``url`` is an absolute http(s) address (the only kind shown as a link).

    >>> is_web_url("https://example.org/a"), is_web_url("javascript:alert(1)")
    (True, False)
    """
    if not url or any(c.isspace() or ord(c) < 32 for c in url):
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


def link(url: str | None, label: str | None = None) -> str:
    r"""Markdown for ``url``: a link when it is http(s), else its text, escaped.

    The destination is percent-encoded and bracketed, so no character of it can end the link.

    >>> link("https://example.org/a(b)<c>", "site")
    '[site](<https://example.org/a%28b%29%3Cc%3E>)'
    >>> link("javascript:alert(1)")
    'javascript\u2060\\:alert\\(1\\)'
    """
    if not url:
        return ""
    if not is_web_url(url):
        return md(url)
    target = quote(url, safe=":/?#@!$&'*+,;=%~[]").replace("(", "%28").replace(")", "%29")
    return f"[{md(label or url)}](<{target}>)"


def caption(*parts: str | None, sep: str = " · ") -> None:
    """A caption made of untrusted parts (empty ones left out), each shown as text."""
    st.caption(sep.join(md(p) for p in parts if p))
