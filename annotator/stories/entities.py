"""Cross-document entities: one row per real-world person or organisation, from name variants.

Names are compared as their own words (titles and articles cut, see `words.name_tokens`).
Two forms are variants when the shorter lines up with the end of the longer word by word,
each pair compatible: the same word, an initial of it ("S. Lavrov"), or a spelling that
differs in the last vowel of a first name ("Sergei"/"Sergey", never "Andrei"/"Andrew").
The last word (a person's surname) must be equal. Forms are placed longest first; a short form ("Trump", "Mr Trump")
joins the one row it fits; when it fits several rows that are not variants of each other
(Donald Trump, Ivanka Trump) it gets a row of its own marked ambiguous: different people are
never merged. Labels play no part in merging, so "Zakharova" as PERSON in one outlet and ORG
in another is one row with a label conflict.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field

from annotator.stories.words import name_tokens, words

# Labels that are not names of something (a date, a sum): never entity rows.
VOWELS = frozenset("aeiouy")
NOT_NAMES = frozenset({"DATE", "MONEY", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY"})


@dataclass(frozen=True)
class Mention:
    """One entity mention in one article; `key` finds its unit again (a desk view key, or an index)."""

    doc_id: str
    key: int
    start: int
    end: int
    label: str
    text: str


@dataclass
class EntityRow:
    """One real-world entity across the story's articles, with every mention."""

    id: str
    name: str
    tokens: tuple[str, ...]
    mentions: list[Mention] = field(default_factory=list)
    ambiguous_with: tuple[str, ...] = ()  # the names a bare short form could belong to

    @property
    def labels(self) -> Counter[str]:
        return Counter(m.label for m in self.mentions)

    @property
    def doc_ids(self) -> list[str]:
        return list(dict.fromkeys(m.doc_id for m in self.mentions))

    @property
    def conflicts(self) -> list[str]:
        out = []
        if len(self.labels) > 1:
            out.append("label: " + " / ".join(f"{label} ({n})" for label, n in sorted(self.labels.items())))
        if self.ambiguous_with:
            out.append("ambiguous: could be " + " or ".join(self.ambiguous_with))
        return out

    def forms(self) -> list[tuple[Mention, int]]:
        """One (first mention, how many) per article, written form and label: what the desk lists."""
        seen: dict[tuple[str, str, str], list[Mention]] = {}
        for m in self.mentions:
            seen.setdefault((m.doc_id, " ".join(m.text.split()), m.label), []).append(m)
        return [(ms[0], len(ms)) for ms in seen.values()]

    @property
    def label(self) -> str:
        """The label most mentions carry (ties: alphabetical), for sorting and display."""
        return sorted(self.labels.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def first_names_agree(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    # Transliteration: the same name with another last vowel ("Sergei"/"Sergey", "Dmitry"/"Dmitri").
    return len(a) >= 5 and len(b) >= 5 and a[:-1] == b[:-1] and a[-1] in VOWELS and b[-1] in VOWELS


def variants(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Does `short` line up with the end of `long` (same last word, the rest compatible)?"""
    if len(short) > len(long) or not short or short[-1] != long[-1]:
        return False
    offset = len(long) - len(short)
    return all(first_names_agree(s, long[offset + i]) for i, s in enumerate(short[:-1]))


def entity_id(story_key: str, tokens: tuple[str, ...]) -> str:
    """Stable across runs and exports: the story and the row's longest name form."""
    digest = hashlib.sha1(f"{story_key}\x1f{' '.join(tokens)}".encode()).hexdigest()
    return f"E{digest[:10]}"


def merge_entities(story_key: str, mentions: list[Mention]) -> list[EntityRow]:
    """Rows of mentions by name variants (module docstring), most widely reported first."""
    forms: dict[tuple[str, ...], list[Mention]] = {}
    for m in mentions:
        if m.label in NOT_NAMES:
            continue
        toks = tuple(name_tokens(m.text, person=m.label == "PERSON"))
        if toks:
            forms.setdefault(toks, []).append(m)
    rows: list[EntityRow] = []
    for toks in sorted(forms, key=lambda t: (-len(t), t)):
        fits = [r for r in rows if not r.ambiguous_with and _fits(toks, r.tokens)]
        if len(fits) == 1:
            fits[0].mentions += forms[toks]
            continue
        row = EntityRow(entity_id(story_key, toks), _display(forms[toks]), toks, list(forms[toks]))
        if len(fits) > 1:
            row.ambiguous_with = tuple(r.name for r in fits)
        rows.append(row)
    for row in rows:
        row.name = _display(row.mentions, row.tokens)
        row.mentions.sort(key=lambda m: (m.doc_id, m.start))
    rows.sort(key=lambda r: (-len(r.doc_ids), -len(r.mentions), r.name))
    return rows


def _fits(toks: tuple[str, ...], head: tuple[str, ...]) -> bool:
    return variants(toks, head) or (len(toks) == len(head) and variants(head, toks))


def _display(mentions: list[Mention], tokens: tuple[str, ...] | None = None) -> str:
    """The commonest written form of a full-length name with no title in it ("Sergey Lavrov" over
    "Foreign Minister Sergei Lavrov"); failing that, the commonest form of the longest name."""

    def own(m: Mention) -> tuple[str, ...]:
        return tuple(name_tokens(m.text, person=m.label == "PERSON"))

    full = [m for m in mentions if tokens is None or len(own(m)) == len(tokens)]
    clean = [m for m in full if tuple(words(m.text)) == own(m)]
    counts = Counter(" ".join(m.text.split()) for m in (clean or full or mentions))
    return sorted(counts.items(), key=lambda kv: (-kv[1], len(kv[0]), kv[0]))[0][0]


class EntityIndex:
    """Finds the row of a mention or of a speaker's words in one article."""

    def __init__(self, rows: list[EntityRow]) -> None:
        self.rows = rows
        self._by_span = {(m.doc_id, m.start, m.end): r for r in rows for m in r.mentions}

    def at(self, doc_id: str, start: int, end: int) -> EntityRow | None:
        return self._by_span.get((doc_id, start, end))

    def resolve(self, doc_id: str, start: int, end: int, text: str) -> EntityRow | None:
        """The row of a span: the mention there, else one inside it, else the one row its words name."""
        found = self.at(doc_id, start, end)
        if found is not None:
            return found
        inside = [r for r in self.rows for m in r.mentions if m.doc_id == doc_id and start <= m.start < m.end <= end]
        if len(set(map(id, inside))) == 1:
            return inside[0]
        toks = tuple(name_tokens(text))
        fits = [r for r in self.rows if toks and not r.ambiguous_with and _fits(toks, r.tokens)]
        return fits[0] if len(fits) == 1 else None

    def mentions_in(self, row: EntityRow, doc_id: str) -> list[Mention]:
        return [m for m in row.mentions if m.doc_id == doc_id]
