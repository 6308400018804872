"""A quotation with no cue of its own, spoken by the one the sentence before it is about.

"Mayor Ana Lopez visited the district.\n\n“We will rebuild …”": the quotation is hers. A country
that merely acts before it is no speaker ("Kenya held elections. “…”"), but one that reacts is
("The United States was quick to welcome the verdict.\n\n“We welcome …”").
"""

from __future__ import annotations

from typing import Any

from graph.extract.lexicon import CONDEMNING_VERBS, GROUP_NOUNS, LABEL_VERBS
from graph.extract.marks import QuoteMarks
from graph.extract.speakers import SpeakerResolver
from graph.extract.syntax import is_cue, lead_subjects, subjects_of

__all__ = ["introduced"]

# Verbs of reacting to news, whose doer is the one who speaks next: "welcomed the verdict",
# "was quick to condemn the attack", "congratulated the winner".
_REACTING = LABEL_VERBS | CONDEMNING_VERBS | {"congratulate", "urge", "warn", "react", "respond"}


def _reacts(root: Any) -> bool:
    """Whether the clause of ``root`` reacts to something ("was quick to welcome the verdict")."""
    verbs = [root, *(c for c in root.children if c.dep_ in ("xcomp", "acomp", "conj"))]
    verbs += [g for c in verbs[1:] for g in c.children if g.dep_ == "xcomp"]
    return any(v.lemma_.lower() in _REACTING for v in verbs)


def introduced(doc: Any, text: str, mark: QuoteMarks, resolver: SpeakerResolver) -> str | None:
    """A quotation with no cue takes the subject of the sentence just before it ("Mayor Ana Lopez
    visited the district. “We will rebuild …”"), in its paragraph or the one above; after a
    colon, the subject of the clause the colon ends ("Lopez was blunt: “…”")."""
    line = text.rfind("\n", 0, mark.open_at) + 1
    lead = text[line : mark.open_at].rstrip()
    if lead and lead[-1] not in ".!?:":
        return None
    here = doc.char_span(mark.open_at, mark.open_at + 1, alignment_mode="expand")
    if lead.endswith(":"):
        colon = doc.char_span(line + len(lead) - 1, line + len(lead), alignment_mode="expand")
        root = doc[colon.start - 1] if colon is not None and colon.start > 0 else None
        # The clause the colon ends: climb from the word before it while the head precedes it.
        while root is not None and root.head.i < colon.start and root.head.i != root.i:
            root = root.head
    elif here is None or here.sent.start == 0:
        return None
    else:
        before = doc[here.sent.start - 1].sent
        if text[before.end_char : mark.open_at].count("\n") > 2 or any(
            ch in before.text for ch in '“”"'
        ):
            return None
        root = before.root
        if before.text.rstrip().endswith(":"):
            # "Here is what the mayor told council:" over the quotation: its reporting verb.
            root = next((t for t in before if is_cue(t) and subjects_of(t)), root)
    for subject in lead_subjects(root):
        # "Her government announced funding. “I know people are scared”": she speaks, not it.
        owner = [c for c in subject.children if c.dep_ == "poss" and c.lower_ in ("his", "her")]
        mine = owner and subject.lemma_.lower() in GROUP_NOUNS
        key = resolver.resolve(owner[0] if mine else subject)
        if key is not None and (resolver.table.draft(key).type != "Country" or _reacts(root)):
            return key  # a country acting is no speaker; reacting, it is ("was quick to hail")
    return None
