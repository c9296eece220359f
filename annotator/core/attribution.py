"""Who fits where: the cue word next to a quote's speaker, and which entity labels fit an event role.

These rank the one-key choices the desk offers (a speaker, a role's filler) and fill a new
quote's cue without a question; the editor can always choose otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

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


def cue_near(text: str, speaker: Span, content: Span, cues: re.Pattern[str] = CUE_WORDS) -> Span | None:
    """The reporting word next to the speaker ("Zakharova said", "said Zakharova"), outside the quote
    (`cues`: the reporting words to look for)."""
    lo, hi = max(0, speaker.start - CUE_REACH), min(len(text), speaker.end + CUE_REACH)
    found = [
        Span(start=m.start(), end=m.end())
        for m in cues.finditer(text, lo, hi)
        if (m.end() <= content.start or m.start() >= content.end)
        and (m.end() <= speaker.start or m.start() >= speaker.end)
        and "\n" not in text[min(m.start(), speaker.start) : max(m.end(), speaker.end)]
    ]
    return min(found, key=lambda s: _gap(s, speaker), default=None)


def _gap(span: Span, other: Span) -> int:
    return max(other.start - span.end, span.start - other.end, 0)


# Words that stand for a speaker named elsewhere: the quote's named entity is their antecedent.
PRONOUNS = frozenset("he she it they we i him her them".split())
_PERSON_PRONOUNS = frozenset("he she him her i we".split())
_ACTOR_LABELS = frozenset(SPEAKER_ORDER)
CUE_AROUND = 160  # how far from a quote its reporting verb may be


@dataclass(frozen=True)
class SpeakerGuess:
    """One likely attribution of a quote: who said it, the named entity that is (None: nobody named), by which verb."""

    speaker: Span
    entity: Span | None
    cue: Span | None


def speaker_guesses(
    text: str,
    content: Span,
    mentions: Mapping[Span, str],
    phrases: Sequence[Span] = (),
    named_speakers: Sequence[Span] = (),
    cues: re.Pattern[str] = CUE_WORDS,
    subjects: Callable[[Span], Sequence[Span]] | None = None,
) -> list[SpeakerGuess]:
    """Likely (speaker, entity, cue) for a quote, likeliest first: the words beside each reporting verb
    near the quote (named people and bodies before other phrases), a pronoun paired with its likely
    antecedent (the entity an earlier quote named, then the nearest person or body before it).

    `mentions` are the article's entity mentions with their labels; `phrases` the parse's noun
    phrases; `named_speakers` the named entities of the article's other quotes, in text order;
    `subjects` the parse's subject of a verb (the one who speaks, however far: "It called …,
    asserting that"), tried first.
    """
    out: list[SpeakerGuess] = []
    seen: set[tuple[Span, Span | None]] = set()

    def add(speaker: Span, entity: Span | None, cue: Span | None) -> None:
        if (speaker, entity) not in seen:
            seen.add((speaker, entity))
            out.append(SpeakerGuess(speaker, entity, cue))

    verbs = [v for v in _cues_near(text, content, cues) if not any(_inside(v, m) for m in mentions)]
    if not verbs:  # a verb is never inside a name ("United States" holds no "states")
        return out
    lo, hi = min(c.start for c in verbs) - CUE_REACH, max(c.end for c in verbs) + CUE_REACH
    spans = [s for s in {**{p: "" for p in phrases}, **mentions} if s.end >= lo and s.start <= hi]
    for cue in verbs:
        beside = [s for s in spans if _beside(text, s, cue, content)]
        # Words between the verb and the quote begin what was said ("said Russia would …"): last.
        beside.sort(
            key=lambda s: (
                _between(s, cue, content),
                mentions.get(s, "") not in _ACTOR_LABELS,
                _gap(s, cue),
                s.end - s.start,
            )
        )
        said_by = [sp for sp in (subjects(cue) if subjects is not None else ()) if not _inside(sp, content)]
        for speaker in list(dict.fromkeys([*said_by[:1], *beside[:3]])):
            for entity in _entities_for(text, speaker, mentions, named_speakers):
                add(speaker, entity, cue)
    return out


def _inside(span: Span, other: Span) -> bool:
    return other.start <= span.start and span.end <= other.end


def _between(span: Span, cue: Span, content: Span) -> bool:
    """After the verb and before the quote ("said Russia would …"); before a verb that follows the
    quote is the subject ('"…", she said') and stays first."""
    return cue.end <= span.start and span.end <= content.start


def _cues_near(text: str, content: Span, cues: re.Pattern[str]) -> list[Span]:
    """Reporting verbs outside the quote, in its paragraph, nearest first."""
    lo = max(text.rfind("\n", 0, content.start) + 1, content.start - CUE_AROUND)
    line_end = text.find("\n", content.end)
    hi = min(len(text) if line_end < 0 else line_end, content.end + CUE_AROUND)
    found = [
        Span(start=m.start(), end=m.end())
        for m in cues.finditer(text, lo, hi)
        if m.end() <= content.start or m.start() >= content.end
    ]
    return sorted(found, key=lambda s: _gap(s, content))


def _beside(text: str, span: Span, cue: Span, content: Span) -> bool:
    """Close to the verb, on its line, outside the quote and the verb."""
    if span.end > content.start and span.start < content.end:
        return False
    if span.end > cue.start and span.start < cue.end:
        return False
    if _gap(span, cue) > CUE_REACH:
        return False
    return "\n" not in text[min(span.start, cue.start) : max(span.end, cue.end)]


def _entities_for(
    text: str, speaker: Span, mentions: Mapping[Span, str], named_speakers: Sequence[Span]
) -> list[Span | None]:
    """The named entities a speaker mention may stand for: itself when it is one; for a pronoun,
    the speakers earlier quotes named (latest first), then the nearest fitting entity before it."""
    label = mentions.get(speaker)
    if label in _ACTOR_LABELS:
        return [speaker]
    word = text[speaker.start : speaker.end].lower()
    if word not in PRONOUNS:
        return [None]
    earlier = [s for s in reversed(named_speakers) if s.end <= speaker.start]
    wanted = ("PERSON",) if word in _PERSON_PRONOUNS else ("ORG", "GPE", "NORP")
    before = sorted(
        (s for s, lab in mentions.items() if lab in wanted and s.end <= speaker.start),
        key=lambda s: speaker.start - s.end,
    )
    found: list[Span | None] = list(dict.fromkeys([*earlier[:1], *before[:1], *earlier[1:2]]))
    return [*found[:2], None]
