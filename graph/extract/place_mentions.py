"""A town or region named as where something happened, not as one who acts.

"Addressing the conference in Brighton, he said: ‘It ...’": the pronoun "it" in his words is no
town he spoke in, and "after a rally in Dover. They also said" is no town speaking either. A
mention right after "in" or "at" of an actor that is a town's or a region's body (no country:
"in Russia ... It has" may well be the state) is a place.
"""

from __future__ import annotations

import re

from graph.extract.actors import ActorTable

__all__ = ["named_as_place"]

_WHERE = re.compile(r"(?:^|\W)(?:[Ii]n|[Aa]t) $")


def named_as_place(table: ActorTable, start: int, key: str) -> bool:
    """Whether the mention of ``key`` at ``start`` names a town or region as a place.

    >>> table = ActorTable("The rally in Leeds.")
    >>> leeds = table.add_agent(13, 18, "Leeds", "GovernmentBody")
    >>> named_as_place(table, 13, leeds), named_as_place(table, 0, leeds)
    (True, False)
    >>> table = ActorTable("In Leeds, the rally ended.")
    >>> named_as_place(table, 3, table.add_agent(3, 8, "Leeds", "GovernmentBody"))
    True
    """
    before = _WHERE.search(table.text[max(0, start - 4) : start])
    return before is not None and table.draft(key).type == "GovernmentBody"
