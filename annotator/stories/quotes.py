"""The same quotation as each outlet reported it, aligned by fuzzy token matching.

Each quote is reduced to its content words (function words out, crude stems: see
`words.stem`). Two quotes from different articles are aligned greedily in order of the
shorter one: each of its words takes the first unused equal stem in the longer, so
"daylight robbery" aligns with "robbery in broad daylight" (2 of 2). They are the same
quotation when at least MIN_SHARED words align and those make at least MIN_COVER of the
shorter quote (every word of a quote of up to MIN_SHARED words); groups are the connected
pairs. A group's conflicts: a different speaker for
the same words, direct in one outlet and indirect or partial in another, words that differ.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from annotator.core.models import Span
from annotator.stories.words import content_words, stem, words

MIN_SHARED = 3  # words in common (all of a shorter quote's): "sanctions against Russia" is a topic, not a quotation
MIN_COVER = 0.4  # of the shorter quote's content words
TOPIC_SHARE = 0.08
TOPIC_MIN_QUOTES = 20


@dataclass(frozen=True)
class QuoteVersion:
    """One outlet's version of a quotation, with everything the desk shows and the export writes."""

    doc_id: str
    key: int
    content: tuple[Span, ...]  # the quoted words (a split quote has several parts)
    text: str
    kind: str
    speaker: Span | None = None
    speaker_text: str | None = None
    speaker_entity: Span | None = None
    speaker_id: str | None = None  # the cross-document entity the speaker resolves to
    speaker_name: str | None = None
    cue: Span | None = None
    cue_text: str | None = None

    @property
    def stems(self) -> list[str]:
        return [stem(w) for w in content_words(self.text)]


@dataclass
class QuoteGroup:
    versions: list[QuoteVersion]
    score: float = 0.0  # the weakest alignment that joined the group (1.0: the same words)
    shared: list[str] = field(default_factory=list)  # content words every version has

    @property
    def doc_ids(self) -> list[str]:
        return list(dict.fromkeys(v.doc_id for v in self.versions))

    @property
    def conflicts(self) -> list[str]:
        out = []
        speakers = {v.speaker_id or v.speaker_name for v in self.versions if v.speaker_id or v.speaker_name}
        if len(speakers) > 1:
            names = sorted({v.speaker_name or v.speaker_text or "?" for v in self.versions if v.speaker_id})
            out.append("speaker: " + " / ".join(names or sorted(s for s in speakers if s)))
        kinds = sorted({v.kind for v in self.versions})
        if len(kinds) > 1:
            out.append("kind: " + " / ".join(kinds))
        if len({tuple(words(v.text)) for v in self.versions}) > 1:
            out.append("words differ")
        return out


def align(a: list[str], b: list[str]) -> list[tuple[int, int]]:
    """Greedy in-order alignment of the shorter token list's stems onto the longer's: index pairs (a, b)."""
    swap = len(a) > len(b)
    short, long = (b, a) if swap else (a, b)
    used: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for i, w in enumerate(short):
        j = next((j for j, x in enumerate(long) if j not in used and x == w), None)
        if j is not None:
            used.add(j)
            pairs.append((j, i) if swap else (i, j))
    return pairs


def similarity(a: list[str], b: list[str]) -> tuple[float, int]:
    """(share of the shorter quote's words aligned, words aligned)."""
    if not a or not b:
        return 0.0, 0
    n = len(align(a, b))
    return n / min(len(a), len(b)), n


def same_quotation(a: list[str], b: list[str]) -> float | None:
    """The alignment score when two quotes are one quotation, else None."""
    cover, shared = similarity(a, b)
    needed = max(2, min(MIN_SHARED, len(a), len(b)))
    return cover if shared >= needed and cover >= MIN_COVER else None


def topic_words(versions: list[QuoteVersion]) -> set[str]:
    """The story's own vocabulary ("Russia", "sanctions"): stems in more than TOPIC_SHARE of its
    quotes, from at least three articles, in a story with at least TOPIC_MIN_QUOTES quotes. Every
    quotation may share them and none is identified by them; one quotation carried by every
    outlet is still a small share of a story's quotes, so it stays."""
    if len(versions) < TOPIC_MIN_QUOTES:
        return set()
    quotes: dict[str, int] = {}
    articles: dict[str, set[str]] = {}
    for v in versions:
        for w in set(v.stems):
            quotes[w] = quotes.get(w, 0) + 1
            articles.setdefault(w, set()).add(v.doc_id)
    return {w for w, n in quotes.items() if n > TOPIC_SHARE * len(versions) and len(articles[w]) >= 3}


def group_quotes(versions: list[QuoteVersion]) -> list[QuoteGroup]:
    """Quotations carried by two or more articles, most widely carried first.

    Pairs are only made across articles (an outlet repeating itself is not a second outlet),
    but an article's two versions both join a group either of them aligns into. The story's
    topic words (`topic_words`) are left out of the comparison.
    """
    topic = topic_words(versions)
    stems = [[w for w in v.stems if w not in topic] for v in versions]
    parent = list(range(len(versions)))
    weakest = [1.0] * len(versions)

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(versions)):
        for j in range(i + 1, len(versions)):
            if versions[i].doc_id == versions[j].doc_id:
                continue
            score = same_quotation(stems[i], stems[j])
            if score is not None:
                ri, rj = root(i), root(j)
                low = min(weakest[ri], weakest[rj], score)
                parent[rj] = ri
                weakest[ri] = low
    groups: dict[int, list[int]] = {}
    for i in range(len(versions)):
        groups.setdefault(root(i), []).append(i)
    out = []
    for r, members in groups.items():
        group = QuoteGroup([versions[i] for i in members], weakest[r])
        if len(group.doc_ids) < 2:
            continue
        common = set(stems[members[0]]).intersection(*(set(stems[i]) for i in members[1:]))
        group.shared = [w for w in dict.fromkeys(stems[members[0]]) if w in common]
        out.append(group)
    out.sort(key=lambda g: (-len(g.doc_ids), g.versions[0].doc_id, g.versions[0].content[0].start))
    return out
