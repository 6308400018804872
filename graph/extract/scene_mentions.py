"""Mentions that only tell where something happened or was said, never a side taken.

"Lashed out at X during the UN General Assembly", "will challenge the outcome in court",
"accused the board of rigging the vote in an interview with the daily the Post", "condemned him
on Twitter", "in a speech at Harvard": the gathering, the court, the outlet, the platform and the
place of a speech are the scene of the act; the pair reader (``stance_pairs``) reads no
stance on or by them there.
"""

from __future__ import annotations

from typing import Any

from graph.extract.lexicon import PRESS_NOUNS, SPEECH_VERBS
from graph.extract.platforms import PLATFORMS
from graph.extract.subject_repairs import opening_agent
from graph.text import fold

__all__ = ["interviewer", "venue"]

# Last words of a gathering's name: a mention ending so, after "at", "during" or "before", says
# where something was said or done ("at the UN General Assembly", "during the Munich Security
# Conference"), not whom it was against ("lashed out at the UN" still is).
_VENUES = frozenset(
    {"assembly", "summit", "conference", "forum", "convention", "congress", "session",
     "meeting", "festival", "games", "rally", "hearing", "gathering", "ceremony"}
)  # fmt: skip


def venue(doc: Any, span: tuple[int, int]) -> bool:
    """Whether a mention names only the gathering where something happened (see above), the
    court where something is fought ("would challenge the outcome in court"), the platform it
    was said on ("condemned him on Twitter") or the place of a speech ("a speech at Harvard")."""
    head = doc[span[1] - 1]
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head  # "UN" of "the UN General Assembly"
    if head.dep_ != "pobj":
        return False
    if head.lower_ in ("court", "courts") and head.head.lower_ == "in":
        return True
    prep = head.head
    if prep.lower_ == "on" and fold(doc[span[0] : span[1]].text) in _PLATFORMS:
        # "condemned the businessman on Twitter", "said on X": where it was said; not what an
        # act is on ("cracked down on Telegram")
        at = prep.head
        acted = at.pos_ == "NOUN" or any(c.dep_ == "dobj" for c in at.children)
        if acted or at.lemma_.lower() in SPEECH_VERBS:
            return True
    if prep.lower_ == "at" and prep.head.lemma_.lower() in _OCCASIONS:
        return True  # "praised him in a speech at Harvard": where the speech was given
    return head.lower_ in _VENUES and prep.lower_ in ("at", "during", "before")


# Platforms words are posted or broadcast on: "said on Facebook", "wrote on X", "on television".
_PLATFORMS = PLATFORMS | PRESS_NOUNS | {"x"}
# Occasions of speaking held somewhere: "a speech at Harvard", "a rally at the stadium".
_OCCASIONS = frozenset({"speech", "address", "lecture", "rally", "event", "ceremony", "dinner"})


# Nouns of speaking to an outlet: "in an interview with X", "in a podcast with X".
_INTERVIEWS = frozenset({"interview", "podcast", "broadcast"})


def interviewer(doc: Any, span: tuple[int, int]) -> bool:
    """Whether a mention names only whom something was said to in an interview: "accused the
    authorities of rigging the vote in an interview with the daily newspaper the Post", or who
    put the questions: "Questioned several times by AFP, the board refused to ..."."""
    head = doc[span[1] - 1]
    while head.dep_ in ("compound", "appos") and head.head.i != head.i:
        head = head.head  # "the Post" apposed to "the daily newspaper"
    prep = head.head
    if head.ent_type_ == "PERSON" or head.dep_ != "pobj":  # of a person: who was asked
        return False
    if prep.lower_ in ("with", "to") and prep.head.lemma_.lower() in _INTERVIEWS:
        return True
    # "Questioned several times by AFP, the board refused ...": who asked, in a participle
    # opening the sentence (not "Ruiz's victory, questioned by the Front, was upheld")
    asked = prep.head
    return opening_agent(asked) is prep and asked.lemma_.lower() in _PUT_QUESTIONS


# Verbs of putting questions to someone: "Questioned by AFP", "Contacted by Reuters".
_PUT_QUESTIONS = frozenset({"question", "ask", "interview", "contact", "reach"})
