"""The organisation a story is about, and which organisations are businesses.

"The company said" in a story about one firm's rejection of another's bid is the firm the story
keeps naming; "the tech giant" is the business it names most, never a public body ("the
European Union", "the Competition Commission") however often named; "the bloc" is no business.
"""

from __future__ import annotations

from graph.extract.actors import ActorTable

__all__ = ["COMPANY_NOUNS", "PUBLIC_NOUNS", "is_company", "main_body"]

# Nouns only a business is called by: "the company", "the tech giant", "the carmaker"; and
# nouns no business is called by.
COMPANY_NOUNS = frozenset(
    {"company", "firm", "lender", "insurer", "retailer", "airline", "automaker", "carmaker",
     "drugmaker", "broadcaster", "conglomerate", "brokerage", "startup", "utility", "miner",
     "chipmaker", "giant"}
)  # fmt: skip
PUBLIC_NOUNS = frozenset({"bloc", "alliance", "ngo", "institution"})
# Words of a public body's or an association's name: no business ("the European Union", "the
# Competition Commission", "the United Nations", "the Football Association").
_PUBLIC_WORDS = frozenset(
    {"union", "commission", "council", "parliament", "court", "ministry", "nations",
     "organization", "organisation", "assembly", "government", "authority", "committee",
     "party", "federation", "association", "league", "tribunal", "board"}
)  # fmt: skip


def is_company(table: ActorTable, key: str) -> bool:
    """Whether an actor may be what "the company" or "the tech giant" stands for: an
    organisation whose name has no word of a public body's or an association's name."""
    draft = table.draft(key)
    return draft.type == "Organization" and not (set(draft.name.lower().split()) & _PUBLIC_WORDS)


def main_body(
    table: ActorTable,
    subjects: list[tuple[int, str]],
    offset: int,
    company: bool | None = None,
) -> str | None:
    """The organisation the article is about: the most mentioned one named before ``offset``
    (``company`` True: the most mentioned business, "the tech giant" is no Union; False: no
    business, "the bloc" is no tech firm).

    "the company said" in a story about one firm's rejection of another's bid is the firm the
    story keeps naming, not the rival named last. Mentions in quotations and reported speech
    count too: the story is about them. ``subjects`` are (offset, key) of clause subjects.
    """
    counts: dict[str, int] = {}
    latest: dict[str, int] = {}
    for start, _, key in table._spans:
        if table.draft(key).type not in ("Organization", "GovernmentBody", "Group"):
            continue
        if company is not None and is_company(table, key) != company:
            continue
        counts[key] = counts.get(key, 0) + 1
        if start < offset:
            latest[key] = start
    # The subject of the story's first clause counts as much as any two mentions.
    lead = next((k for o, k in subjects if o < offset and k in latest), None)
    if lead is not None:
        counts[lead] += 2
    if not latest:
        return None
    return max(latest, key=lambda k: (counts[k], latest[k]))
