"""The stances events show: who praised, criticised, sanctioned or arrested whom.

An event (graph/extract/events.py) has actors and targets but reads no negation; a rule stance
on the same words that turns it round stands (``drop_contradicted``).
"""

from __future__ import annotations

from graph.model import Event, Stance

__all__ = ["OPPOSING_EVENTS", "SUPPORTING_EVENTS", "drop_contradicted", "event_stances"]

SUPPORTING_EVENTS = frozenset({"congratulate", "praise"})
# Not "order_arrest" or "censor": a court issues warrants and a platform is censored without
# either being a position anyone takes; the arrests and the crackdowns themselves are.
OPPOSING_EVENTS = frozenset(
    {
        "criticize",
        "accuse",
        "reject",
        "threaten",
        "arrest",
        "sanction",
        "repress",
        "use_force",
    }
)


def event_stances(events: tuple[Event, ...] | list[Event]) -> list[Stance]:
    """The stances events show: who praised, criticised, sanctioned or arrested whom."""
    out = []
    for event in events:
        polarity = (
            "support"
            if event.type in SUPPORTING_EVENTS
            else "oppose"
            if event.type in OPPOSING_EVENTS
            else None
        )
        if polarity is None:
            continue
        out += [
            Stance(source, target, "actor", polarity, event.span, event.date, event.key, 0.6)
            for source in event.actors
            for target in event.targets
        ]
    return out


def drop_contradicted(stances: dict[str, Stance], event_keys: set[str]) -> None:
    """Drop the event stances a rule turns round on the same words (``stances`` in place).

    An event does not read negation: in "X did not criticise Y" the verb rule finds support
    where the event finds criticism, and the rule stands.
    """
    rules = [s for s in stances.values() if s.basis not in event_keys]
    for key, e in list(stances.items()):
        if e.basis in event_keys and any(
            r.source == e.source
            and r.target == e.target
            and r.polarity != e.polarity
            and r.span.start < e.span.end
            and e.span.start < r.span.end
            for r in rules
        ):
            del stances[key]
