"""Page furniture in scraped news text: photo credits, video widgets, offers, share lines.

Works on lines of the stored text (never changing it) and returns whole-line spans, so
the app can dim them and the suggesters can leave them alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from annotator.core.models import Boilerplate

_I = re.IGNORECASE
AGENCIES = r"(AFP|AP|Getty Images|Reuters|EPA|Shutterstock|Alamy|PA|Bloomberg|Xinhua|TASS|Sputnik|ANP|dpa|Anadolu|SOPA Images|NurPhoto|Pool)"

VIDEO = [
    re.compile(r"^VIDEO\s*\d{1,2}:\d{2}"),
    re.compile(r"^\d{1,2}:\d{2}\s*\d{1,2}:\d{2}$"),
    re.compile(r"^(WATCH|VIDEO|Watch|Video)\s*:\s*\S"),
]
PHOTO_CREDIT = [
    re.compile(rf"^[^|]{{0,60}}(\s*\|\s*[^|]{{1,40}})*\s*\|\s*{AGENCIES}(\s*\|\s*[^|]{{1,40}})*$"),
    re.compile(r"^(photo|photograph|picture|image|credit|image credit|photo credit)s?\s*(:|by)\s*\S.{0,80}$", _I),
    re.compile(r"^\d+x\d+ image$", _I),
]
CAPTION = [re.compile(r"\((photo|photograph|picture|image|file photo|file)\b[^)]{0,60}\)\s*$", _I)]
SUBSCRIPTION = [
    re.compile(
        r"^(subscribe|sign up|receive|get|try|join|start|register|become a|already a)\b.{0,160}"
        r"\b(access|subscription|subscriber|newsletter|trial|membership|digital)\b",
        _I,
    ),
    re.compile(r"\bunlimited digital access\b", _I),
]
SOCIAL = [
    re.compile(
        r"^(follow|like|join|find)\s+(us|[A-Z][\w .&'-]{0,40})\s+on\s+"
        r"(twitter|facebook|instagram|linkedin|youtube|telegram|tiktok|x|whatsapp|threads)\b",
        _I,
    ),
    re.compile(r"^share (this|on|via)\b", _I),
    re.compile(r"^(tweet|email|print|share|comments?)$", _I),
]
NAVIGATION = [
    re.compile(
        r"^(accessibility links|skip to (main )?content|skip navigation|breaking news|advertisement|"
        r"related( articles| stories| content)?|read more|top stories|most read|most popular|"
        r"key points|menu|sign in|log in|see also|recommended)$",
        _I,
    ),
    re.compile(r"^(https?://|www\.)\S+$", _I),
    re.compile(r"^[\w.&'-]+( [\w.&'-]+){0,3}(\s*[/›»>]\s*[\w.&'-]+( [\w.&'-]+){0,3})+$"),
]
LIST_HEAD = re.compile(
    r"^(more from|more on|related|read more|also read|see also|recommended|most read|"
    r"most popular|you may also like|further reading)\b.{0,60}:$",
    _I,
)
PROMO = [re.compile(r"^before it'?’?s here, it'?’?s on the\b", _I)]
BYLINE = [
    re.compile(r"^(with )?(additional )?(reporting|writing|editing|compiled) by\b", _I),
    # "By Jane Smith", "By Jane Smith and Tom Jones, Reuters", "By JANE SMITH | Staff Writer"
    re.compile(r"^[Bb]y\s+[A-Z][\w.'-]+(\s+[A-Z][\w.'-]+){0,3}((\s*,\s*|\s+and\s+|\s*\|\s*)[\w.' -]{2,40}){0,3}$"),
    # The stamp alone on its line: a story paragraph may open with one ("Updated at 8:45 p.m. ET: ...").
    re.compile(r"^(published|updated|posted|last updated)\b.{0,60}\d.{0,30}$", _I),
    re.compile(r"\b(contributed (to )?(this )?report(ing)?|contributed to this story)\.?$", _I),
]
# A dateline alone on its line: "PARIS (AP) —", "WASHINGTON, March 3 (Reuters) -"
DATELINE = [
    re.compile(r"^[A-Z][A-Z .'-]{1,30}(,\s*[\w .]{2,30})?\s*(\((AP|Reuters|AFP|UPI|Bloomberg|CNN)\))?\s*[—–-]+$")
]
READ_MORE = [
    re.compile(r"^(read more|read|also read|more|related|see also|watch|listen)\s*:\s*\S.{0,150}$", _I),
    re.compile(r"^(click|tap) here\b.{0,120}$", _I),
    re.compile(r"^(watch|see|read|listen to) (more|the full \w+)( above| below| here)?\.?$", _I),
]
NEWSLETTER = [
    re.compile(r"\b(newsletter|sign up for|signing up|inbox)\b.{0,120}$", _I),
]
SHARE = [
    re.compile(
        r"^((share|facebook|twitter|x|email|whatsapp|linkedin|copy link|print|reddit|pinterest)"
        r"(\s*[|/•·,]\s*|\s+)){2,}(share|facebook|twitter|x|email|whatsapp|linkedin|copy link|print|"
        r"reddit|pinterest)?\s*$",
        _I,
    )
]

RULES: tuple[tuple[str, list[re.Pattern[str]]], ...] = (
    ("video", VIDEO),
    ("photo_credit", PHOTO_CREDIT),
    ("caption", CAPTION),
    ("subscription", SUBSCRIPTION),
    ("social", SOCIAL),
    ("navigation", NAVIGATION),
    ("promo", PROMO),
    ("byline", BYLINE),
    ("dateline", DATELINE),
    ("read_more", READ_MORE),
    ("social", SHARE),
)
NEWSLETTER_MAX = 160  # a newsletter prompt is one short line; a paragraph about newsletters is content
MAX_LINE = 300  # furniture is short; a long paragraph that mentions "subscribe" is content
BULLET = re.compile(r"^[•·\-\*]\s+")


def lines_of(text: str) -> list[tuple[int, int, str]]:
    """Non-blank lines as (start, end, stripped text), bullets and surrounding space outside the span."""
    out = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            bullet = BULLET.match(stripped)
            skip = bullet.end() if bullet else 0
            start = pos + lead + skip
            out.append((start, start + len(stripped) - skip, stripped[skip:]))
        pos += len(raw) + 1
    return out


# An embedded post as scrapers print it: its text, then "— Name (@handle) September 16, 2018".
EMBED = re.compile(r"[—–-]\s*[^()\n]{1,80}\(@\w{1,30}\)\s+[A-Z][a-z]+\.? \d{1,2}, \d{4}$")
EMBED_MAX = 700  # a post and its attribution; longer than that is no embed


def classify(line: str) -> str | None:
    if len(line) <= EMBED_MAX and EMBED.search(line):
        return "social"
    if len(line) > MAX_LINE:
        return None
    for label, patterns in RULES:
        if any(p.search(line) for p in patterns):
            return label
    if len(line) <= NEWSLETTER_MAX and any(p.search(line) for p in NEWSLETTER) and not _is_sentence_of_story(line):
        return "newsletter"
    if _headline_like(line):
        return "subhead"
    return None


def _headline_like(line: str) -> bool:
    """A related-link headline or a subhead: short, no closing full stop, nearly every word
    capitalised ('Schiff: Bob Mueller Is the One Draining the Swamp'), or all in capitals."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line)]
    if len(words) < 4 or len(line) > 150 or line.rstrip().endswith((".", ",", ";")):
        return False
    if line.isupper():
        return True
    content = [w for w in words if w.lower() not in SMALL_WORDS]
    return bool(content) and sum(w[0].isupper() for w in content) / len(content) >= 0.9 and len(content) >= 4


SMALL_WORDS = frozenset("a an the and or but of in on at to for with by from as is are was be vs via".split())


def _is_sentence_of_story(line: str) -> bool:
    """A line that reads like reported text (a quote, a said) is never a prompt."""
    return bool(re.search(r"\b(said|says|told)\b|[\"“”]", line))


def find_boilerplate(text: str) -> list[Boilerplate]:
    """Whole-line furniture spans, in text order."""
    lines = lines_of(text)
    labels: list[str | None] = [classify(line) for _, _, line in lines]
    first = next((i for i, label in enumerate(labels) if label in (None, "subhead")), None)
    if first is not None and labels[first] == "subhead":
        labels[first] = None  # the first line of text is the story's own headline: content, not furniture
    _repeated_titles(lines, labels)
    _link_lists(text, lines, labels)
    out = [Boilerplate(start=s, end=e, label=lab) for (s, e, _), lab in zip(lines, labels) if lab]
    return _merge_blocks(out, text)


def _repeated_titles(lines: Sequence[tuple[int, int, str]], labels: list[str | None]) -> None:
    """Scrapers print a widget's title or a photo caption twice around it: both copies are furniture."""
    for i, (_, _, line) in enumerate(lines):
        if labels[i] or len(line) > MAX_LINE:
            continue
        for j in (i - 2, i - 1, i + 1, i + 2):
            if 0 <= j < len(lines) and j != i and lines[j][2] == line:
                between = [labels[k] for k in range(min(i, j) + 1, max(i, j))]
                labels[i] = "video" if "video" in between else "caption"
                break


def _link_lists(text: str, lines: Sequence[tuple[int, int, str]], labels: list[str | None]) -> None:
    """A "More from X:" head and the headline links under it (no blank line between) are navigation."""
    for i, (_, _end, line) in enumerate(lines):
        if not LIST_HEAD.match(line):
            continue
        labels[i] = "navigation"
        j = i + 1
        while j < len(lines) and text[lines[j - 1][1] : lines[j][0]].count("\n") == 1:
            if len(lines[j][2]) > 150 or lines[j][2].endswith("."):
                break
            labels[j] = "navigation"
            j += 1


def _merge_blocks(units: list[Boilerplate], text: str) -> list[Boilerplate]:
    """Adjacent navigation lines (one newline apart) become one block, as an editor would mark them."""
    merged: list[Boilerplate] = []
    for unit in units:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and prev.label == unit.label == "navigation"
            and text[prev.end : unit.start].strip() == ""
            and text[prev.end : unit.start].count("\n") == 1
        ):
            merged[-1] = Boilerplate(start=prev.start, end=unit.end, label=prev.label)
        else:
            merged.append(unit)
    return merged
