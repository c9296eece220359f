"""Who fits where: the cue word next to a quote's speaker, and which entity labels fit an event role.

These rank the one-key choices the desk offers (a speaker, a role's filler) and fill a new
quote's cue without a question; the editor can always choose otherwise.
"""

from __future__ import annotations

import re

from annotator.core.models import Span

# Words that usually carry a quote's attribution.
CUE_WORDS = re.compile(
    r"\b(said|says|say|saying|told|tells|added|adds|adding|stated|states|according to|asked|warned|warns|"
    r"insisted|claimed|explained|wrote|writes|announced|noted|argued|declared|replied|confirmed|denied|"
    r"urged|called|quoted as saying)\b",
    re.IGNORECASE,
)
CUE_REACH = 40  # characters between a speaker and its verb, at most

# Entity labels that usually fill a role (ACE's roles and the schema's Agent/Patient); others rank after.
_PLACES = frozenset({"GPE", "LOC", "FAC"})
_ACTORS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
ROLE_LABELS: dict[str, frozenset[str]] = {
    "Place": _PLACES,
    "Origin": _PLACES,
    "Destination": _PLACES,
    "Time": frozenset({"DATE", "TIME"}),
    "Money": frozenset({"MONEY"}),
    "Price": frozenset({"MONEY"}),
    "Position": frozenset({"TITLE"}),
    "Crime": frozenset({"EVENT", "LAW"}),
    "Sentence": frozenset(),
    "Speaker": _ACTORS,
}


# A speaker is most often a person, then an organisation, then a country speaking through its officials.
SPEAKER_ORDER = ("PERSON", "ORG", "NORP", "GPE")


def role_fits(role: str, label: str) -> bool:
    """Does an entity of `label` usually fill `role`? Roles not listed take actors (people, groups, places)."""
    return label in ROLE_LABELS.get(role, _ACTORS)


def role_rank(role: str, label: str) -> int:
    """How likely an entity of `label` fills `role`: 0 most likely; the pickers list the likeliest first."""
    if role == "Speaker":
        return SPEAKER_ORDER.index(label) if label in SPEAKER_ORDER else len(SPEAKER_ORDER)
    return 0 if role_fits(role, label) else 1


def cue_near(text: str, speaker: Span, content: Span) -> Span | None:
    """The reporting word next to the speaker ("Zakharova said", "said Zakharova"), outside the quote."""
    lo, hi = max(0, speaker.start - CUE_REACH), min(len(text), speaker.end + CUE_REACH)
    found = [
        Span(start=m.start(), end=m.end())
        for m in CUE_WORDS.finditer(text, lo, hi)
        if (m.end() <= content.start or m.start() >= content.end)
        and (m.end() <= speaker.start or m.start() >= speaker.end)
        and "\n" not in text[min(m.start(), speaker.start) : max(m.end(), speaker.end)]
    ]
    return min(found, key=lambda s: _gap(s, speaker), default=None)


def _gap(span: Span, other: Span) -> int:
    return max(other.start - span.end, span.start - other.end, 0)
