"""Story suggestion: articles that share rare names and quotations, published close together.

Method (the README's "Stories" section says the same):

1. Each article becomes a set of features: the names it mentions (its entity units of any
   layer where there are some, plus capitalised word runs of its text, so an article no
   model has seen still has names), one feature per name: its last word ("n:lavrov"), or
   the whole name when the last word is a common noun ("n:black sea"); and its quotations (the words between quote marks), as unordered
   pairs of content-word stems at most QUOTE_WINDOW apart ("q:daylight|robber" is in both
   "daylight robbery" and "robbery in broad daylight").
2. A feature weighs log(1 + N / df): a name every article has weighs almost nothing. Features
   in more than MAX_DF articles are left out of pairing (they would make every article a
   neighbour of every other, and the work quadratic); those in one article cannot pair.
3. Two articles are linked when they share at least MIN_SHARED features whose weights sum to
   at least MIN_RARE times the weight of a feature only two articles have (log(1 + N / 2)), and to at least THRESHOLD of the geometric mean of the two articles'
   totals (each over its features found in at least one other article: a cosine), and,
   when both have a publication date, those dates are at most MAX_DAYS apart.
4. Stories are the connected groups of two or more articles (union-find).

Candidate pairs come from the inverted index of features, each posting list at most MAX_DF
long, so the work grows with n x features per article x MAX_DF: linear in n, and the sort
of the postings adds the log (bench/bench_stories.py times it).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from annotator.stories.entities import NOT_NAMES
from annotator.stories.words import STOPWORDS, content_words, name_tokens, stem

MAX_DF = 50
MIN_SHARED = 3
MIN_RARE = 5.0  # evidence at least that of five features only the two articles carry
THRESHOLD = 0.15
MAX_DAYS = 7
QUOTE_WINDOW = 3
QUOTED = re.compile(r"[\"“”«»]([^\"“”«»\n]{3,400})[\"“”«»]")
CAPITALISED = re.compile(r"(?<![\w.])(?:[A-Z][\w'’.-]*)(?:[ \t]+(?:of[ \t]+|the[ \t]+)?[A-Z][\w'’.-]*)*")
SENTENCE_START = re.compile(r"(?:^|[.!?:\"“”]\s+|\n\s*)$")
GENERIC = frozenset(
    """ministry department house council committee sea ocean union states kingdom times news service agency
    office court party bank university street square river company group government army navy""".split()
)
COMMON_CAPITALS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december however although but while after before at in on""".split()
)


@dataclass(frozen=True)
class ArticleFeatures:
    id: str
    features: frozenset[str]
    published: date | None = None
    story_key: str | None = None


@dataclass
class SuggestedStory:
    doc_ids: list[str]
    shared: list[str] = field(default_factory=list)  # the heaviest shared features, for the user to judge
    existing: dict[str, int] = field(default_factory=dict)  # story keys some members already carry

    @property
    def key(self) -> str:
        """The story key to propose: the one most members carry, else one made of the top shared names."""
        if self.existing:
            return sorted(self.existing.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        names = [f[2:].replace(" ", "-") for f in self.shared if f.startswith("n:") and " " not in f[2:]][:3]
        return "-".join(names) or f"story-{self.doc_ids[0]}"


def text_names(text: str) -> list[str]:
    """Capitalised word runs of a text, a lone capital starting a sentence left out ("Although")."""
    out = []
    for m in CAPITALISED.finditer(text):
        name = m.group().rstrip(".'’")
        if " " not in name and SENTENCE_START.search(text, 0, m.start()):
            continue
        if name.casefold() in STOPWORDS or name.casefold() in COMMON_CAPITALS:
            continue
        out.append(name)
    return out


def name_features(names: Iterable[str]) -> set[str]:
    out = set()
    for name in names:
        toks = name_tokens(name)
        toks = [t for t in toks if t not in STOPWORDS] if len(toks) > 1 else toks
        if not toks or toks[-1] in STOPWORDS or toks[-1].casefold() in COMMON_CAPITALS:
            continue
        # One feature per name: its last word ("Putin" meets "Vladimir Putin"), or the whole name
        # when the last word is a common noun ("Black Sea", "Foreign Ministry").
        out.add("n:" + (" ".join(toks) if toks[-1] in GENERIC and len(toks) > 1 else toks[-1]))
    return out


def quote_features(text: str) -> set[str]:
    out = set()
    for m in QUOTED.finditer(text):
        stems = [stem(w) for w in content_words(m.group(1))]
        for i, a in enumerate(stems):
            for b in stems[i + 1 : i + 1 + QUOTE_WINDOW]:
                if a != b:
                    out.add("q:" + "|".join(sorted((a, b))))
    return out


def features_of(
    doc_id: str,
    text: str,
    *,
    title: str = "",
    entities: Iterable[tuple[int, int, str]] = (),
    published: str | date | None = None,
    story_key: str | None = None,
) -> ArticleFeatures:
    names = [text[s:e] for s, e, label in entities if label not in NOT_NAMES]
    names += text_names(title + "\n" + text)
    feats = name_features(names) | quote_features(text)
    return ArticleFeatures(doc_id, frozenset(feats), _date(published), story_key)


def _date(value: str | date | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def suggest_stories(articles: list[ArticleFeatures]) -> list[SuggestedStory]:
    """Groups of two or more articles that tell one story (module docstring), largest first."""
    n = len(articles)
    df = Counter(f for a in articles for f in a.features)
    weight = {f: math.log(1 + n / c) for f, c in df.items()}
    # An article's total counts only what it could share: a feature in it alone says nothing either way.
    total = [sum(weight[f] for f in a.features if df[f] >= 2) for a in articles]
    postings: dict[str, list[int]] = defaultdict(list)
    for i, a in enumerate(articles):
        for f in a.features:
            if 2 <= df[f] <= MAX_DF:
                postings[f].append(i)
    min_weight = MIN_RARE * math.log(1 + n / 2)
    shared: dict[tuple[int, int], list[str]] = defaultdict(list)
    for f, docs in postings.items():
        for x, i in enumerate(docs):
            for j in docs[x + 1 :]:
                shared[(i, j)].append(f)
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for (i, j), feats in shared.items():
        if len(feats) < MIN_SHARED or not _close(articles[i], articles[j]):
            continue
        evidence = sum(weight[f] for f in feats)
        if evidence >= min_weight and evidence >= THRESHOLD * math.sqrt(total[i] * total[j]):
            parent[root(j)] = root(i)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        groups[root(i)].append(i)
    out = []
    for members in groups.values():
        if len(members) < 2:
            continue
        common = Counter(f for i in members for f in articles[i].features if df[f] >= 2)
        top = sorted((f for f, c in common.items() if c >= 2), key=lambda f: (-common[f] * weight[f], f))
        keys = Counter(k for i in members if (k := articles[i].story_key))
        out.append(SuggestedStory([articles[i].id for i in members], top[:8], dict(keys)))
    out.sort(key=lambda s: (-len(s.doc_ids), s.doc_ids[0]))
    return out


def _close(a: ArticleFeatures, b: ArticleFeatures) -> bool:
    return a.published is None or b.published is None or abs((a.published - b.published).days) <= MAX_DAYS
