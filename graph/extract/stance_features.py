"""Features of two entity mentions in one parsed sentence, for the directed-stance model.

Both the trainer (over the DSE sentences) and the extractor (over every pair of actor mentions
in an article's sentence) call ``pair_features`` on the same spaCy parse, so what the model
learned is what it sees. Features are strings; the model maps them to weights. A sentence is
read once into plain lists (``read_sentence``), so each of its pairs costs list lookups only.

The first mention is ``e1`` and the second ``e2`` in the model's classes (1: e1 supports e2,
2: e2 supports e1, 3: e1 opposes e2, 4: e2 opposes e1), whatever their order in the text.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from graph.extract.cameo import cameo_class, verb_roots
from graph.extract.lexicon import (
    NEGATIONS,
    OPPOSE_NOUNS,
    OPPOSE_VERBS,
    SPEECH_VERBS,
    SUPPORT_NOUNS,
    SUPPORT_VERBS,
)

__all__ = [
    "Sentence",
    "linking_path",
    "mention_head",
    "modifier_link",
    "negated_link",
    "negation_removes",
    "pair_features",
    "patient_link",
    "qualifier_of",
    "read_sentence",
    "token_range",
    "with_speaker",
]

Token = Any  # spaCy Token
TokenRange = tuple[int, int]  # [start, end) token indices in the doc

_E1, _E2 = "<e1>", "<e2>"
_MARKS = (_E1, _E2)
# What is done to a person, as a noun: a stance towards it is no stance towards the person.
_PATIENT_NOUNS = frozenset(
    {
        "arrest",
        "detention",
        "jailing",
        "imprisonment",
        "killing",
        "murder",
        "assassination",
        "death",
        "execution",
        "abduction",
        "kidnapping",
        "persecution",
        "prosecution",
        "trial",
        "conviction",
        "sentence",
        "sentencing",
        "release",
        "expulsion",
        "deportation",
        "extradition",
        "disqualification",
        "exclusion",
        "ouster",
        "removal",
        "dismissal",
        "firing",
        "resignation",
        "treatment",
    }
)
_MODIFIER_DEPS = frozenset({"compound", "amod", "appos", "poss", "nmod", "npadvmod", "conj"})
# How a qualifier hangs on the name or title it qualifies ("U.S. Secretary X", "Fox host X").
_QUALIFIER_DEPS = frozenset({"compound", "amod"})
_OBJECT_DEPS = frozenset({"acomp", "attr", "dobj", "oprd", "xcomp", "ccomp", "prep", "pobj"})


def token_range(doc: Any, start: int, end: int) -> TokenRange | None:
    """The tokens overlapping the characters ``[start, end)`` (a mention may cut a token).

    >>> import spacy
    >>> doc = spacy.blank("en")("Ana Soto praised Rui.")
    >>> token_range(doc, 0, 8), token_range(doc, 17, 19)
    ((0, 2), (3, 4))
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    return (span.start, span.end) if span is not None and len(span) else None


@dataclass(frozen=True)
class Sentence:
    """What the features read of a parsed sentence, as lists indexed from ``start``."""

    start: int
    words: list[str | None]  # lower case ("<num>" for numbers); None for whitespace
    lemmas: list[str]
    pos: list[str]
    deps: list[str]
    heads: list[int]  # local index of each token's head (a root heads itself)
    ents: list[str]
    polar: list[str | None]
    negated: list[bool]
    objects: list[list[int]]  # local indices of each token's object-like children
    polarity: list[str]  # the sentence's stance-word features


def read_sentence(sent: Any) -> Sentence:
    """Read a spaCy sentence (Span) once for all its pairs: each token's attributes once.

    ``sent`` is a sentence or a whole document: no dependency arc leaves it.
    """
    start = sent.start
    tokens = list(sent)
    lemmas = [t.lemma_.lower() for t in tokens]
    pos = [t.pos_ for t in tokens]
    deps = [t.dep_ for t in tokens]
    lowers = [t.lower_ for t in tokens]
    heads = [t.head.i - start for t in tokens]
    polar = [_polarity(lemma, p) for lemma, p in zip(lemmas, pos, strict=True)]
    # Each token's children, from one pass over the heads, in text order.
    negated = [False] * len(tokens)
    objects: list[list[int]] = [[] for _ in tokens]
    for i, (head, dep) in enumerate(zip(heads, deps, strict=True)):
        if head == i or not 0 <= head < len(tokens):
            continue
        if dep == "neg" or (dep == "advmod" and lowers[i] in NEGATIONS):
            negated[head] = True
        if dep in _OBJECT_DEPS:
            objects[head].append(i)
    found = [
        f"spol:{p}{'-neg' if n else ''}"
        for p, n in zip(polar, negated, strict=True)
        if p in ("sup", "opp", "vconf", "mconf", "vcoop", "mcoop")
    ]
    words = [
        None if t.is_space else "<num>" if t.like_num else low
        for t, low in zip(tokens, lowers, strict=True)
    ]
    return Sentence(
        start,
        words,
        lemmas,
        pos,
        deps,
        heads,
        [t.ent_type_ for t in tokens],
        polar,
        negated,
        objects,
        list(dict.fromkeys(found)),
    )


def with_speaker(view: Sentence, kind: str = "PERSON") -> tuple[Sentence, TokenRange]:
    """The sentence as if introduced by "<speaker> said": what a quoted sentence is.

    A sentence inside a quotation is its speaker's, who is often named sentences away; read
    with a speaker token and "said" in front (the sentence's root becoming the complement of
    "said"), the pair model sees the speaker's stance towards each actor the sentence names.
    Returns the new view and the speaker's token range (before the sentence's first token).
    """
    n = len(view.words)
    heads = [1 if h == i else h + 2 for i, h in enumerate(view.heads)]
    deps = [
        "ccomp" if h == i else d for i, (h, d) in enumerate(zip(view.heads, view.deps, strict=True))
    ]
    return (
        (
            Sentence(
                view.start - 2,
                ["<speaker>", "said", *view.words],
                ["<speaker>", "say", *view.lemmas],
                ["PROPN", "VERB", *view.pos],
                ["nsubj", "ROOT", *deps],
                [1, 1, *heads],
                [kind, "", *view.ents],
                [None, "say", *view.polar],
                [False, False, *view.negated],
                [[], [], *([c + 2 for c in cs] for cs in view.objects)],
                view.polarity,
            ),
            (view.start - 2, view.start - 1),
        )
        if n
        else (view, (view.start, view.start))
    )


def pair_features(sent: Sentence | Any, e1: TokenRange, e2: TokenRange) -> list[str]:
    """The feature strings of the pair (``e1``, ``e2``, doc token ranges) in ``sent``.

    ``sent`` is a ``Sentence`` or a spaCy Span (read here). Deterministic: the same parse and
    mentions give the same list, in the same order.
    """
    view = sent if isinstance(sent, Sentence) else read_sentence(sent)
    a = (e1[0] - view.start, e1[1] - view.start)
    b = (e2[0] - view.start, e2[1] - view.start)
    return [*_surface(view, a, b), *_between(view, a, b), *_path(view, a, b), *view.polarity]


def _surface(view: Sentence, e1: TokenRange, e2: TokenRange) -> list[str]:
    """Word unigrams and bigrams of the entity-marked sentence."""
    words: list[str] = []
    for i, word in enumerate(view.words):
        if e1[0] <= i < e1[1]:
            if i == e1[0]:
                words.append(_E1)
        elif e2[0] <= i < e2[1]:
            if i == e2[0]:
                words.append(_E2)
        elif word is not None:
            words.append(word)
    out = [f"w:{w}" for w in words]
    # Only the word pairs and triples at a mention ("<e1> accused", "by <e2>"): the rest of the
    # sentence's bigrams add more noise than signal (measured on DSE valid, both halves).
    out += [f"w2:{a}_{b}" for a, b in pairwise(words) if a in _MARKS or b in _MARKS]
    out += [
        f"w3:{a}_{b}_{c}"
        for a, b, c in zip(words, words[1:], words[2:], strict=False)
        if a in _MARKS or c in _MARKS
    ]
    return out


def _between(view: Sentence, e1: TokenRange, e2: TokenRange) -> list[str]:
    """Lemmas between the two mentions, prefixed by their order (the direction depends on it)."""
    order = "12" if e1[0] <= e2[0] else "21"
    left, right = (e1, e2) if order == "12" else (e2, e1)
    middle = [i for i in range(left[1], right[0]) if view.words[i] is not None]
    lemmas = ["<num>" if view.words[i] == "<num>" else view.lemmas[i] for i in middle]
    out = [f"ord:{order}", f"blen:{order}:{min(len(lemmas), 8) // 2}"]
    out += [f"b{order}:{w}" for w in lemmas]
    out += [f"b{order}2:{a}_{b}" for a, b in pairwise(lemmas)]
    polar = [p for p in (view.polar[i] for i in middle) if p]
    out += [f"bpol{order}:{p}" for p in dict.fromkeys(polar)]
    return out


def mention_head(view: Sentence, span: TokenRange) -> int:
    """The token of a mention that its other tokens hang on."""
    for i in range(*span):
        head = view.heads[i]
        if not (span[0] <= head < span[1]) or head == i:
            return i
    return span[0]


def _ancestors(view: Sentence, i: int) -> list[int]:
    chain = [i]
    while view.heads[chain[-1]] != chain[-1] and len(chain) < 40:
        chain.append(view.heads[chain[-1]])
    return chain


def _polarity(lemma: str, pos: str) -> str | None:
    """'sup' / 'opp' from the stance lexicon, else the CAMEO class of a verb, else None."""
    if lemma in SUPPORT_VERBS or lemma in SUPPORT_NOUNS:
        return "sup"
    if lemma in OPPOSE_VERBS or lemma in OPPOSE_NOUNS:
        return "opp"
    if pos == "VERB":
        if lemma in SPEECH_VERBS:
            return "say"
        return cameo_class(verb_roots().get(lemma))
    return None


def _link(
    view: Sentence, e1: TokenRange, e2: TokenRange
) -> tuple[int, list[int], list[int]] | None:
    """The lowest common head of the two mentions and the chains rising to it from each."""
    up1 = _ancestors(view, mention_head(view, e1))
    up2 = _ancestors(view, mention_head(view, e2))
    seen = {t: n for n, t in enumerate(up2)}
    cut = next((n for n, t in enumerate(up1) if t in seen), None)
    if cut is None:
        return None
    return up1[cut], up1[:cut], up2[: seen[up1[cut]]]


def _path(view: Sentence, e1: TokenRange, e2: TokenRange) -> list[str]:
    """The dependency path between the two mentions' heads, through their lowest common head."""
    h1, h2 = mention_head(view, e1), mention_head(view, e2)
    out = [f"t:{view.ents[h1] or view.pos[h1]}|{view.ents[h2] or view.pos[h2]}"]
    link = _link(view, e1, e2)
    if link is None:
        return [*out, "path:none"]
    lca, rise, fall = link
    deps, lemmas = view.deps, view.lemmas
    r1 = deps[rise[0]] if rise else "self"
    r2 = deps[fall[0]] if fall else "self"
    rise_deps = " ".join(f"{deps[t]}^" for t in rise)
    fall_deps = " ".join(f"{deps[t]}v" for t in reversed(fall))
    pol = view.polar[lca] or "-"
    inner = [*rise[1:], *fall[1:]]
    out += [
        f"pd:{rise_deps}|{view.pos[lca]}|{fall_deps}",
        f"pl:{rise_deps}|{lemmas[lca]}|{fall_deps}",
        f"plen:{min(len(rise) + len(fall), 7)}",
        f"lca:{lemmas[lca]}",
        f"roles:{r1}|{r2}",
        f"rolesv:{r1}|{lemmas[lca]}|{r2}",
        f"rolesp:{r1}|{pol}|{r2}",
        f"lcapol:{pol}",
    ]
    for t in inner:
        out.append(f"pw:{lemmas[t]}")
        if view.polar[t]:
            out += [f"ppol:{view.polar[t]}", f"ppolr:{r1}|{view.polar[t]}|{r2}"]
    for t in (lca, *inner):
        for child in view.objects[t]:
            if child not in (h1, h2):
                out.append(f"pch:{lemmas[child]}")
                if view.polar[child]:
                    out.append(f"pchpol:{r1}|{view.polar[child]}|{r2}")
    if any(view.negated[t] for t in (lca, *inner)):
        out += ["neg", f"neg:{pol}", f"negr:{r1}|{pol}|{r2}"]
    return out


def negated_link(sent: Sentence | Any, e1: TokenRange, e2: TokenRange) -> bool:
    """Whether a verb linking the two mentions is negated: "did not criticise", "never met".

    The DSE sentences hold too few negations for the model to learn them; a negated link
    asserts no stance either way ("X did not criticise Y" is no support of Y).
    """
    view, linking = linking_path(sent, e1, e2)
    return any(view.pos[t] in ("VERB", "AUX") and view.negated[t] for t in linking)


def negation_removes(
    sent: Sentence | Any, e1: TokenRange, e2: TokenRange, polarity: str | None
) -> bool:
    """Whether a negated verb linking the two mentions takes a ``polarity`` reading away.

    A negated verb asserts no support ("X did not back Y" is no support of Y), and a negated
    verb of opposition or conflict no opposition ("X did not criticise Y"). But a negated verb
    of anything else leaves, or makes, opposition: "X will not support Y", "X does not trust
    Y", "Y is not qualified, X said" oppose Y. (DSE train: of its stance pairs the filter on
    every negated link dropped, four in five are opposition.)

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Ana", "did", "not", "support", "Rui"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[3, 3, 3, 3, 3],
    ...           deps=["nsubj", "aux", "neg", "ROOT", "dobj"],
    ...           pos=["PROPN", "AUX", "PART", "VERB", "PROPN"], lemmas=[w.lower() for w in words])
    >>> negation_removes(doc[:], (0, 1), (4, 5), "support")
    True
    >>> negation_removes(doc[:], (0, 1), (4, 5), "oppose")
    False
    """
    if polarity != "oppose":
        return negated_link(sent, e1, e2)
    view, linking = linking_path(sent, e1, e2)
    return any(
        view.pos[t] in ("VERB", "AUX") and view.negated[t] and view.polar[t] in _CONFLICT
        for t in linking
    )


_CONFLICT = frozenset({"opp", "vconf", "mconf"})


def patient_link(sent: Sentence | Any, e1: TokenRange, e2: TokenRange) -> bool:
    """Whether one mention is only what happened to someone: "condemned the arrest of X".

    Condemning an arrest opposes the arrest, not the man arrested; the link between the two
    mentions then runs through an event noun done to a person.
    """
    view, linking = linking_path(sent, e1, e2)
    return any(view.pos[t] == "NOUN" and view.lemmas[t] in _PATIENT_NOUNS for t in linking)


def modifier_link(sent: Sentence | Any, e1: TokenRange, e2: TokenRange) -> bool:
    """Whether one mention only qualifies the other: "U.S. Secretary X", "Y's adviser X".

    A title, a nationality or an employer written into a name is an affiliation, not a
    position either takes; a noun of stance on the way is one ("Ana Soto, a frequent Rui
    Lopes critic", "Rui's ally Ana": DSE train, one stance line in a thousand more right).
    """
    view = sent if isinstance(sent, Sentence) else read_sentence(sent)
    a = (e1[0] - view.start, e1[1] - view.start)
    b = (e2[0] - view.start, e2[1] - view.start)
    link = _link(view, a, b)
    if link is None:
        return False
    lca, rise, fall = link
    steps = [view.deps[t] for t in (*rise, *fall)]
    return (
        view.pos[lca] in ("NOUN", "PROPN")
        and len(steps) <= 2
        and all(d in _MODIFIER_DEPS for d in steps)
        and not any(view.lemmas[t] in _RELATION_NOUNS for t in (lca, *rise[1:], *fall[1:]))
    )


# Nouns that say one actor's stance towards another they are written with.
_RELATION_NOUNS = frozenset(
    {"critic", "supporter", "ally", "opponent", "rival", "foe", "enemy", "backer", "loyalist",
     "adversary", "detractor", "admirer", "defender", "fan"}
)  # fmt: skip


def qualifier_of(
    sent: Sentence | Any, mention: TokenRange, others: list[TokenRange]
) -> TokenRange | None:
    """The other mention that ``mention`` only qualifies, if any: "U.S." in "U.S. Commerce
    Secretary Ana Soto", "Globe" in "Globe columnist Rui Lopes".

    The mention's head must rise to the other mention through nouns as a compound or an
    adjective only (never a conjunction, so "the U.K. and Mexico" are two targets; never a
    possessor, so "Maduro's government" stays Maduro's).
    """
    view = sent if isinstance(sent, Sentence) else read_sentence(sent)
    local = [(o, (o[0] - view.start, o[1] - view.start)) for o in others]
    span = (mention[0] - view.start, mention[1] - view.start)
    token = mention_head(view, span)
    steps: list[str] = []
    for _ in range(3):
        head = view.heads[token]
        dep = view.deps[token]
        steps.append(dep)
        if head == token or view.pos[head] not in ("NOUN", "PROPN"):
            return None
        # "Ana Soto, Rui's adviser": a possessor only of a role in apposition to the other.
        if dep not in _QUALIFIER_DEPS and steps != ["poss"] and steps != ["poss", "appos"]:
            return None
        found = next((o for o, (a, b) in local if a <= head < b and o != mention), None)
        if found is not None:
            return found if steps != ["poss"] else None
        token = head
    return None


def linking_path(
    sent: Sentence | Any, e1: TokenRange, e2: TokenRange
) -> tuple[Sentence, list[int]]:
    """The sentence read, and the tokens on the path between the two mentions' heads."""
    view = sent if isinstance(sent, Sentence) else read_sentence(sent)
    a = (e1[0] - view.start, e1[1] - view.start)
    b = (e2[0] - view.start, e2[1] - view.start)
    link = _link(view, a, b)
    if link is None:
        return view, []
    lca, rise, fall = link
    return view, [*rise[1:], lca, *fall[1:]]
