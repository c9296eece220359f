"""Page furniture in scraped news text: photo credits, video widgets, offers, share lines.

Works on lines of the stored text (never changing it) and returns whole-line spans, so
the app can dim them and the suggesters can leave them alone. What a line is by its own
words is furniture_lines.py; here a line is weighed with the page around it (the headline,
the dateline paragraph, lists, captions above credits, appeals, repeats).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from annotator.core.models import Boilerplate
from annotator.suggest.furniture_lines import (
    AGENCIES,
    BULLET,
    CREDIT_END,
    CREDIT_LINE,
    EMBED,
    EMBED_MAX,
    HANDOUT,
    IGNORE_CASE,
    IMAGE_FILE,
    LEAD_WORDS,
    LIST_HEAD,
    MAX_LINE,
    OPEN_END,
    OUTLET_CAPS,
    POSTED_BY,
    PROSE_END,
    PROSE_WORDS,
    RELATED_HEAD,
    SENTENCE_BREAK,
    STOP_END,
    TITLE_DATELINE,
    classify,
    heading,
    headline_like,
    is_prose,
    is_sentence_of_story,
    line_prefix,
    lines_of,
)


def find_boilerplate(text: str, title: str | None = None) -> list[Boilerplate]:
    """Furniture spans in text order: whole lines, or the stamp or dateline that opens a line.

    `title` is the document's own title, when it has one: a line repeating it is the headline printed
    again above the story (or as a teaser), whatever its punctuation."""
    lines = lines_of(text)
    prefixes = [_glued_title(line, title) or line_prefix(line) for _, _, line in lines]
    rests = [line[n:].strip() for (_, _, line), (_, n) in zip(lines, prefixes)]
    labels: list[str | None] = [classify(rest) if rest else None for rest in rests]
    _repeated_titles(lines, labels)
    _link_lists(text, lines, labels)
    bulleted = [bool(BULLET.match(text[text.rfind(chr(10), 0, start) + 1 : end].strip())) for start, end, _ in lines]
    _bulleted_bars(rests, labels, bulleted)
    _captions_above_credits(text, lines, rests, labels)
    _captions_below_credits(text, lines, rests, labels)
    _image_labels(text, lines, labels)
    _embedded_posts(text, lines, labels)
    normed = [_norm(rest) for rest in rests]  # the lines as words, for the passes that look for a line repeated
    _pull_quotes(rests, normed, labels)
    _standfirst_repeats(rests, normed, labels)
    _author_bio(rests, labels)
    widgets = _weather_widgets(rests, labels)
    _appeals(rests, labels)
    stories = _picture_story(rests, labels)
    wrapped = _wrapped(text, lines)
    repeats = _title_repeats(rests, labels, title)
    _chrome_above_headline(rests, labels)
    _layout(rests, labels, bulleted, wrapped, own_headline=title is not None and not repeats and _is_chrome(title))
    _lead_lists(text, lines, rests, labels)
    _comment_section(rests, labels)
    _title_case_dateline(rests, labels, prefixes, wrapped)
    _brief_headlines(rests, labels, prefixes)
    _above_dateline(rests, labels, prefixes)
    out = []
    for i, ((start, end, _), (plabel, n), label) in enumerate(zip(lines, prefixes, labels)):
        if i in stories:  # the picture story's text: only its credit is furniture
            out += [b for b in _caption_and_credit(text, start, end) if b.label == "photo_credit"]
        elif n and plabel == "timestamp" and label in CREDIT_LABELS:  # 'date 2019-06-05 © Reuters / Jo Roe'
            out.append(Boilerplate(start=start, end=start + len(text[start : start + n].rstrip()), label=plabel))
            out += _caption_and_credit(text, start + n, end) if label == "caption" else []
            out += [] if label == "caption" else [Boilerplate(start=start + n, end=end, label=label)]
        elif label == "caption":
            out += _caption_and_credit(text, start, end)
        elif label:
            out.append(Boilerplate(start=start, end=end, label=label))
        elif n:
            out.append(Boilerplate(start=start, end=start + len(text[start : start + n].rstrip()), label=plabel))
    return _merge_blocks(out, text, {lines[i][0] for i in widgets})


CREDIT_LABELS = ("photo_credit", "caption", "notice")  # a stamp fused to one of these is a span of its own


def _glued_title(line: str, title: str | None) -> tuple[str, int] | None:
    """The page's headline run into the text below it by the scraper ('Photo of the day: Demolishing
    democracySecurity personnel detain ...'): the title, then a capital with no space, is a headline prefix."""
    if not title or len(title.split()) < 4 or not line.startswith(title) or len(line) <= len(title):
        return None
    after = line[len(title) :]
    return ("headline", len(title)) if after[0].isupper() and len(after.split()) >= 3 else None


# A credit closing a caption's line: "(AP Photo/Jo Roe)", "(Xinhua/Stringer)", "... Dhaka/Photo- Jo Roe/TBS"
CREDIT_TAIL = [
    re.compile(
        rf"(?:\s|(?<=[.!?]))(?P<credit>\((?:[^()]{{0,40}}\bvia )?{AGENCIES}(?:\s*(?:Photo|Images))?(?:\s*[/|]\s*[^()]{{1,60}})?\))\s*$"
    ),
    re.compile(
        r"\w\s*/\s*(?P<credit>(photo|file photo|image|picture)\s*[-–:]\s*[A-Z][^/()]{1,40}(/[\w .&'-]{1,30})?)$",
        IGNORE_CASE,
    ),
]


CREDIT_TAIL += [
    # a credit after the caption's last stop: "... in the coming days. THE CANADIAN PRESS/Jo Roe", "... Tokyo. Submitted
    # photo", "... the country. All photographs: Jo Roe/Reuters", "... yesterday. Photo: File"
    re.compile(rf"[.!?][\"”’)]?\s+(?P<credit>{OUTLET_CAPS}/[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){{0,3}})$"),
    re.compile(
        rf"[.!?][\"”’)]?\s+(?P<credit>{HANDOUT}|(all )?(photo|photograph|picture|image)s?\s*(:|by)\s*[A-Z][^.!?]{{0,60}})$",
        IGNORE_CASE,
    ),
]


CAPTION_BEFORE_WORDS = 3  # a caption before its credit says what the picture shows: three words at least


def _picture_story(rests: Sequence[str], labels: list[str | None]) -> set[int]:
    """A picture story: the page's only text is a photo's caption of two sentences or more ('Policemen check
    ... on March 3. Security has been tightened ... (Xinhua/Stringer)'). That caption is the story, not furniture
    (its credit is). Returns its lines, now unlabelled."""
    if any(label is None and is_prose(rest) for rest, label in zip(rests, labels)):
        return set()
    stories = {i for i, rest in enumerate(rests) if labels[i] == "caption" and SENTENCE_BREAK.search(rest)}
    for i in stories:
        labels[i] = None
    return stories


def _caption_and_credit(text: str, start: int, end: int) -> list[Boilerplate]:
    """A caption line, as one span; or as two when its credit closes the line ('Jo Roe speaks in Washington.
    (AP Photo/Jo Roe)'): the caption and the credit, as an annotator marks them."""
    line = text[start:end]
    for pattern in CREDIT_TAIL:
        m = pattern.search(line)
        if m and len(line[: m.start("credit")].split()) >= CAPTION_BEFORE_WORDS:
            cut = start + len(line[: m.start("credit")].rstrip(" /"))
            return [
                Boilerplate(start=start, end=cut, label="caption"),
                Boilerplate(start=start + m.start("credit"), end=end, label="photo_credit"),
            ]
    return [Boilerplate(start=start, end=end, label="caption")]


def _layout(
    rests: Sequence[str],
    labels: list[str | None],
    bulleted: Sequence[bool],
    wrapped: Sequence[bool] = (),
    own_headline: bool = False,
) -> None:
    """Furniture by place on the page: the chrome above the story's first sentence, headings between
    paragraphs, the lists under a 'Related' head and below the story's last sentence.

    `wrapped` marks lines of a paragraph broken mid-sentence (never a heading). With `own_headline`
    (the document's title is page chrome, so the page's headline is printed only here) the first
    headline above the story is the article's own, and stays text."""
    wrapped = wrapped or [False] * len(rests)
    prose = [i for i, rest in enumerate(rests) if labels[i] is None and (is_prose(rest) or wrapped[i])]
    if not prose:
        return
    first, last = prose[0], prose[-1]
    in_related = False
    for i, rest in enumerate(rests):
        if labels[i] == "subhead" and i < first:
            labels[i] = "headline"  # a title-cased line above the story is its headline, repeated
        if labels[i] is None and i < first and rest and not re.search(r"[A-Za-z]{3}", rest):
            labels[i] = "navigation"  # a scrap of chrome above the story ("in ,")
        if own_headline and i < first and labels[i] in (None, "headline") and _headline_above(rest):
            own_headline = False  # the article's headline, printed once: its text
            labels[i] = None
            continue
        if labels[i] is not None or not rest or bulleted[i] or wrapped[i]:  # a bulleted list is the story's own
            head = labels[i] is not None and not in_related and bool(RELATED_HEAD.match(rest))  # 'Related Content'
            in_related = labels[i] is not None and (in_related or head)
            if in_related and not head and labels[i] != "navigation":  # a list its own rule found keeps its label
                labels[i] = "related"  # a source line under a teaser is part of the list
            continue
        if RELATED_HEAD.match(rest):
            labels[i], in_related = "related", True
        elif in_related and TEASER_TAIL.search(rest):
            labels[i] = "related"  # a teaser's cut summary or its age ('5 hours ago')
        elif is_prose(rest):
            if in_related and i > 0 and TEASER_BYLINE.search(rests[i - 1]):
                labels[i] = "related"  # a teaser's summary, under its byline and date ('By Naina Rao Jul 13, 2017')
            elif in_related and TEASER_TAIL.search(next((r for r in rests[i + 1 :] if r), "")):
                labels[i] = "related"  # a teaser's headline, written as a sentence, over its cut summary or age
            else:
                in_related = False
        elif in_related or i > last:
            labels[i] = "related" if len(rest.split()) <= LEAD_WORDS else None
        elif i < first and heading(rest, LEAD_WORDS):
            labels[i] = "headline" if len(rest.split()) >= 4 else "navigation"
        elif heading(rest):
            labels[i] = "subhead"


LIST_HEAD_WORDS = 3  # 'Collaborate!', 'Related articles': a sidebar list's head is a word or two


def _lead_lists(
    text: str, lines: Sequence[tuple[int, int, str]], rests: Sequence[str], labels: list[str | None]
) -> None:
    """A bulleted list above the story's first sentence, hung right under a head of a word or two (a wiki's
    sidebar: 'Related articles' and its dated links, 'Collaborate!' and its help pages), is the page's chrome:
    related under a related head, else navigation with its head. Bullets under no head (a summary's key points
    below the headline) are the story's own."""
    first = next((i for i, rest in enumerate(rests) if labels[i] is None and is_prose(rest)), len(rests))
    head: int | None = None
    for i in range(1, first):
        gap = text[lines[i - 1][1] : lines[i][0]]
        if not BULLET_GAP.fullmatch(gap):
            head = i if len(rests[i].split()) <= LIST_HEAD_WORDS else None
            continue
        if head is None or not rests[i] or labels[i] is not None or is_prose(rests[i]):
            head = None
            continue
        related = bool(RELATED_HEAD.match(rests[head]))
        labels[i] = "related" if related else "navigation"
        if not related and labels[head] is None:
            labels[head] = "navigation"


BULLET_GAP = re.compile(r"\n[ \t]*[•·*-][ \t]+")  # a list's next item: a line break, then its bullet


# What stands between a related teaser's headline and its summary: a byline with its date, a date, a file photo.
TEASER_BYLINE = re.compile(
    r"^by\b.{0,40}(\d{4}|\bago)$|^[A-Z][\w .&'-]{0,40} file photo$|^\w{3}\.? \d{1,2}, \d{4}$", IGNORE_CASE
)


# What follows a teaser's headline in a list of other stories: its summary cut short ('... airtime sharing,…'),
# or its age ('5 hours ago'). A story's own sentence ends on a stop, not on an ellipsis after a comma or a word.
CUT_SHORT = re.compile(r"[\w,;]\s?(…|\.\.\.)$")


TEASER_TAIL = re.compile(
    rf"^\d{{1,2}} (seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?) ago$|{CUT_SHORT.pattern}", IGNORE_CASE
)


def _headline_above(line: str) -> bool:
    """A line above the story that reads as a headline: four words or more, set as a heading."""
    if GLUED.search(line):
        return False  # a menu's items run together by the scraper ('News & EventsLatest NewsCalendar')
    return len(line.split()) >= 4 and (heading(line, LEAD_WORDS) or headline_like(line))


GLUED = re.compile(r"[a-z]{3}[A-Z][a-z]")


def _norm(line: str) -> str:
    """A line reduced to its words, for comparing with the title (case, quotes and punctuation aside)."""
    return " ".join(re.findall(r"\w+", line.casefold()))


SITE_SEPARATOR = re.compile(r"\s+[|–—:•-]\s+|\s*\|\s*")


SITE_WORDS = 4  # "GreenBkk Tech | <title>": a site or section name beside the repeated title


def _title_repeats(rests: Sequence[str], labels: list[str | None], title: str | None) -> int:
    """Lines that repeat the document's title (alone, or beside a short site or section name) are its
    headline printed again: furniture, even written as a sentence. Returns how many there were."""
    wanted = _norm(title or "")
    if len(wanted.split()) < 3:
        return 0
    found = 0
    for i, rest in enumerate(rests):
        if len(rest) > 2 * len(title or "") + 60:
            continue
        parts = [_norm(part) for part in SITE_SEPARATOR.split(rest)]
        whole = _norm(rest)
        if whole == wanted or (
            wanted in parts and sum(len(part.split()) for part in parts if part != wanted) <= SITE_WORDS
        ):
            labels[i] = labels[i] if labels[i] in ("caption", "video") else "headline"
            found += 1
    return found


def _embedded_posts(text: str, lines: Sequence[tuple[int, int, str]], labels: list[str | None]) -> None:
    """A post embedded in the page: its text on the line right above its attribution ('— NWS Nashville
    (@NWSNashville) February 25, 2018'), which scrapers print on a line of its own; a Facebook post's
    'Posted by ... on <date>' may stand a blank line below its text, which the embed cut short ('Here is a...')."""
    for i in range(len(lines) - 1):
        credit = lines[i + 1][2]
        tweet = credit.startswith(("—", "–", "-")) and bool(EMBED.search(credit))
        if labels[i] is not None or not (tweet or POSTED_BY.match(credit)):
            continue
        gap = text[lines[i][1] : lines[i + 1][0]].count("\n")
        cut = CUT_SHORT.search(lines[i][2])  # a blog's own 'Posted by' footer sits under the story's last line
        if (gap == 1 if tweet else gap <= 2 and cut) and len(lines[i][2]) <= EMBED_MAX:
            labels[i] = "social"


def _chrome_above_headline(rests: Sequence[str], labels: list[str | None]) -> None:
    """What a page prints above its headline is its chrome (a close button, 'We've got news for you.', a
    register prompt): furniture when the headline is the title repeated and no paragraph stands above it."""
    head = next((i for i, label in enumerate(labels) if label == "headline"), None)
    if head is None or any(len(rest.split()) >= PROSE_WORDS for rest in rests[:head]):
        return
    for i in range(head):
        if labels[i] is None and rests[i]:
            labels[i] = "navigation"


COMMENT_HEAD = re.compile(
    r"^(\(?\d+\)? comments?|comments? \(\d+\)|leave an? (reply|comment)|post an? comment|add an? comment|"
    r"be the first to comment|welcome to the discussion\.?|join the (discussion|conversation)|"
    r"be part of the conversation|jump to comments\W*)$",
    IGNORE_CASE,
)


def _comment_section(rests: Sequence[str], labels: list[str | None]) -> None:
    """Below the story, a comment section's head ('(0) comments', 'Leave a Reply') and what follows it (the
    house rules, 'Post a comment') are furniture to the page's end; unless a paragraph long enough to be the
    story's own follows (the head was a share bar's, mid-story)."""
    heads = [i for i, rest in enumerate(rests) if COMMENT_HEAD.match(rest)]
    if not heads:
        return
    first = next((i for i, rest in enumerate(rests) if labels[i] is None and is_prose(rest)), None)
    head = next((i for i in heads if first is not None and i > first), None)
    if head is None or any(len(rest.split()) >= PROSE_WORDS for rest in rests[head:]):
        return
    for j in range(head, len(rests)):
        if rests[j]:
            labels[j] = labels[j] or "comments"


def _title_case_dateline(
    rests: Sequence[str], labels: list[str | None], prefixes: list[tuple[str, int]], wrapped: Sequence[bool]
) -> None:
    """A dateline in title case opening the story's first paragraph ('Port Elizabeth – ...')."""
    first = next((i for i, rest in enumerate(rests) if labels[i] is None and (is_prose(rest) or wrapped[i])), None)
    if first is None or prefixes[first][1]:
        return
    m = TITLE_DATELINE.match(rests[first])
    if m and len(rests[first][m.end() :].split()) >= 3:
        prefixes[first] = ("dateline", m.end())


def _brief_headlines(rests: Sequence[str], labels: list[str | None], prefixes: Sequence[tuple[str, int]]) -> None:
    """In a page of briefs each story opens with a dateline ('CLEVELAND (AP) - ...'), and the line right above
    it, with no stop at its end, is that story's headline, however it is written ('Bank bailout a success?
    Economists say yes, but ...'): furniture, even on a page whose title is chrome."""
    for i in range(len(rests) - 1):
        rest = rests[i]
        if labels[i] is not None or not rest or prefixes[i + 1][0] != "dateline" or labels[i + 1] is not None:
            continue
        if len(rest.split()) <= LEAD_WORDS and not STOP_END.search(rest) and not OPEN_END.search(rest):
            labels[i] = "subhead"  # a headline may close on a quote ("... warns that 'war ... has just begun'")


STANDFIRST_WORDS = 45  # a standfirst or a video's blurb: a sentence or two


def _above_dateline(rests: Sequence[str], labels: list[str | None], prefixes: Sequence[tuple[str, int]]) -> None:
    """The story starts at its dateline ('(KFVS) - The National Weather Service ...'): one sentence set alone right
    above it, under the headline, is a standfirst or a video's blurb, whatever its stop. Only when nothing else
    of the story stands above (two paragraphs there would be the story itself, its dateline further down), and
    nothing between (a line with its credit below it is a photo's caption, which an editor may read as text)."""
    start = next((i for i, (label, _) in enumerate(prefixes) if label == "dateline" and labels[i] is None), None)
    if start is None:
        return
    above = [i for i in range(start) if labels[i] is None and rests[i] and is_prose(rests[i])]
    if len(above) != 1 or any(rests[i] for i in range(above[0] + 1, start)):  # a caption has its credit below
        return
    if not any(labels[i] in ("headline", "subhead") for i in range(above[0])):
        return
    line = rests[above[0]]
    if len(line.split()) <= STANDFIRST_WORDS and not is_sentence_of_story(line):
        labels[above[0]] = "subhead"


def _is_chrome(title: str) -> bool:
    """A title that is no headline: a scraper took the page's first line ('Accessibility links', 'U.S. News')."""
    return len(re.findall(r"[A-Za-z][\w.'’-]*", title)) <= 3


def _wrapped(text: str, lines: Sequence[tuple[int, int, str]]) -> list[bool]:
    """Lines of a paragraph that the page broke mid-sentence: the next line, right below, goes on in
    lower case ('... engulfed a' / 'two-story house ...'), or the line itself does."""
    out = [False] * len(lines)
    for i in range(len(lines) - 1):
        gap = text[lines[i][1] : lines[i + 1][0]]
        nxt = lines[i + 1][2]
        if gap.count("\n") == 1 and nxt[:1].islower() and not lines[i][2].endswith((".", "!", "?", ":")):
            out[i] = out[i + 1] = True
    return out


SHARE_WORDS = frozenset("share print email clip comments comment tweet save facebook twitter whatsapp gift".split())


def _bulleted_bars(rests: Sequence[str], labels: list[str | None], bulleted: Sequence[bool]) -> None:
    """A share bar printed as a list ('• Share', '• Print', '• Clip', '• Gift Article'): three or more
    bulleted one- or two-word lines in a row, one of them a share word; and an ad slot framed by
    dashes ('- Advertisement -', its leading dash read as a bullet)."""
    i = 0
    while i < len(rests):
        j = i
        while j < len(rests) and bulleted[j] and 0 < len(rests[j].split()) <= 2 and not PROSE_END.search(rests[j]):
            j += 1
        if j - i >= 3 and any(w.lower() in SHARE_WORDS for k in range(i, j) for w in rests[k].split()):
            for k in range(i, j):
                labels[k] = labels[k] or "social"
        i = max(j, i + 1)
    for i, rest in enumerate(rests):
        if bulleted[i] and labels[i] is None and re.fullmatch(r"[^.!?]{1,40}\s[-–—]", rest):
            labels[i] = "promo"


# A reader-funded outlet's appeal, speaking to the reader: "Your donation allows us to keep sending journalists ...",
# "we choose not to lock Americans out of our reporting ... with paywalls", "Your support makes all the difference."
APPEAL = re.compile(
    r"\b(your (support|donation|contribution|gift)s?|donat(e|es|ing|ions?)|paywalls?|"
    r"support (our|independent|quality|local) (journalism|reporting)|make a contribution|"
    r"become a (supporter|patron)|(paying|pay) for (a )?(membership|subscription)|"
    r"become a (paying )?member\b(?=.{0,60}\b(journalism|news|times|post|herald|gazette|press|subscription|payment)\b))\b",
    IGNORE_CASE,
)


READER_WORDS = re.compile(r"\b(we|our|us|you|your|its readers)\b", IGNORE_CASE)


CLAUSE_BREAK = re.compile(r"(?<=[.!?])[\"”’)]?\s+")


APPEAL_MAX = 600  # one paragraph of an appeal


APPEAL_GAP = 2  # lines of the outlet's pitch ("we know how important it is ...") between two appeal lines


def _appeal_line(line: str) -> bool:
    """The outlet speaking to its reader (we, you), not a story's sentence (no said, no quotation marks)."""
    return len(line) <= APPEAL_MAX and bool(READER_WORDS.search(line)) and not is_sentence_of_story(line)


def _asks(line: str) -> bool:
    """The line asks the reader for support in one of its sentences ('If you appreciate what we do, please become
    a member'); a story's sentence with 'donation' in it ('he robbed a donation box') asks nothing of anyone, even
    beside a sentence that talks to its reader ('Just when you thought ...')."""
    if not _appeal_line(line):
        return False
    return any(APPEAL.search(s) and READER_WORDS.search(s) for s in CLAUSE_BREAK.split(line))


def _appeals(rests: Sequence[str], labels: list[str | None]) -> None:
    """A donation or subscription appeal: lines that ask for the reader's support (or boast of no paywall), and
    the outlet's pitch in the first person between two of them, are one run of furniture."""
    asks = [i for i, rest in enumerate(rests) if labels[i] in (None, "subscription") and _asks(rest)]
    for i in asks:
        labels[i] = "subscription"
    for a, b in zip(asks, asks[1:]):
        between = [k for k in range(a + 1, b) if rests[k]]
        if len(between) <= APPEAL_GAP and all(labels[k] is None and _appeal_line(rests[k]) for k in between):
            for k in between:
                labels[k] = "subscription"


PULL_QUOTE_WORDS = (6, 40)


STANDFIRST_REPEAT_WORDS = 8  # a standfirst long enough that its words opening a paragraph are no chance


def _standfirst_repeats(rests: Sequence[str], normed: Sequence[str], labels: list[str | None]) -> None:
    """A standfirst (or summary) the story's own paragraph opens with, word for word, further down ('Even as
    the Midwest was warned ... in several states.' / 'Even as the Midwest ... in several states, tearing ...'):
    the copy set alone is furniture; the longer paragraph is the story's. Only with nothing of the story between
    them (the page's chrome, a caption, a byline may stand there)."""
    for i, line in enumerate(normed):
        if labels[i] is not None or len(line.split()) < STANDFIRST_REPEAT_WORDS:
            continue
        j = next((j for j in range(i + 1, len(rests)) if labels[j] is None and is_prose(rests[j])), None)
        if j is not None and (normed[j] == line or normed[j].startswith(line + " ")) or _repeated_below(normed, i):
            labels[i] = "subhead"


# An author's note under the story: "Editor of the North West Star since 2016. ...", "Jo Roe is a reporter at ..."
ROLE = r"(editor|reporter|journalist|writer|correspondent|columnist|producer|photographer|sub-editor)"


AUTHOR_BIO = re.compile(
    rf"^((former |senior |deputy |chief |news |award-winning ){{0,2}}{ROLE} (of|at|for|with|since|covering)\b"
    rf"|[A-Z][\w'’-]+( [A-Z][\w'’-]+){{1,2}} (is|has been|was) (a|an|the) ([\w-]+ ){{0,3}}{ROLE}s? (of|at|for|with)\b)",
    IGNORE_CASE,
)


BIO_WORDS = 80


def _author_bio(rests: Sequence[str], labels: list[str | None]) -> None:
    """The page's last line, under the story, telling who wrote it ('Editor of the North West Star Mount Isa since
    January 2016. Prior to that, ...'): a byline, however many sentences it runs to."""
    filled = [i for i, rest in enumerate(rests) if rest]
    if len(filled) < 2:
        return
    i = filled[-1]
    line = rests[i]
    if (
        labels[i] is None
        and len(line.split()) <= BIO_WORDS
        and AUTHOR_BIO.match(line)
        and not is_sentence_of_story(line)
    ):
        if any(labels[j] is None and is_prose(rests[j]) for j in filled[:-1]):
            labels[i] = "byline"


STANDFIRST_LINES = 4  # the story's first paragraphs that may repeat a standfirst between them


def _repeated_below(normed: Sequence[str], i: int) -> bool:
    """The line is repeated, word for word, by the two to four lines right below it read as one (a summary
    printed above the story it sums up: 'From HRPD: A man faces ... Drive.' / 'From HRPD:' / 'A man ...')."""
    below = [line for line in normed[i + 1 :] if line][:STANDFIRST_LINES]
    for k in range(2, len(below) + 1):
        joined = " ".join(below[:k])
        if joined == normed[i] or joined.startswith(normed[i] + " "):
            return True
        if len(joined) > len(normed[i]):
            return False
    return False


# A weather widget's reading: "22.3 C", "54°", "H 62° L 42°", "Clear. H 62° L 42°"
_DEGREES = r"(?:(?:H|L|Hi|Lo|High|Low)\s*:?\s*)?-?\d{1,3}(?:\.\d)?\s*(?:°\s*[CF]?|[CF])"


TEMPERATURE = re.compile(rf"^(?:[A-Za-z][\w-]*\.?\s+){{0,2}}{_DEGREES}(?:\s*/?\s*{_DEGREES})*$")


WIDGET_REACH = 3  # how many short lines beside a reading belong to its widget (its place, sky, time of day)


def _weather_widgets(rests: Sequence[str], labels: list[str | None]) -> set[int]:
    """A weather widget: its readings, and the short lines right beside them (the place, 'Clear', 'cloudy-day',
    'Current Conditions'), are the page's navigation, not a story's headings. Returns the widget's lines."""
    readings = [i for i, rest in enumerate(rests) if TEMPERATURE.match(rest)]
    widget = set(readings)
    for i in readings:
        labels[i] = "navigation"
    for i in readings:
        for step in (-1, 1):
            j, seen = i + step, 0
            while 0 <= j < len(rests) and seen < WIDGET_REACH:
                rest = rests[j]
                if rest and (labels[j] not in (None, "subhead", "navigation") or not _widget_word(rest)):
                    break
                if rest:
                    labels[j], seen = "navigation", seen + 1
                    widget.add(j)
                j += step
    return widget


def _widget_word(line: str) -> bool:
    """A widget's label: three words at most, no stop ('Kenya', 'Clear', 'Current Conditions')."""
    return len(line.split()) <= 3 and not STOP_END.search(line)


def _pull_quotes(rests: Sequence[str], normed: Sequence[str], labels: list[str | None]) -> None:
    """A pull quote: words of the story, in quotation marks, set again on a line of their own (the
    paragraph that holds them is the story's; the copy is furniture)."""
    for i, rest in enumerate(rests):
        words = len(normed[i].split())
        if labels[i] is not None or rest[:1] not in "\"“‘'" or not PULL_QUOTE_WORDS[0] <= words <= PULL_QUOTE_WORDS[1]:
            continue
        if any(j != i and len(normed[j]) > len(normed[i]) and normed[i] in normed[j] for j in range(len(rests))):
            labels[i] = "pull_quote"


CREDIT_ONLY_WORDS = 8  # "(AP Photo/J. Scott Applewhite)", "Jane Roe / Getty Images": a credit and nothing else


CAPTION_WORDS = 60


def _captions_above_credits(
    text: str, lines: Sequence[tuple[int, int, str]], rests: Sequence[str], labels: list[str | None]
) -> None:
    """A photo's caption printed on the line right above its credit ('Schumer pushed through a spending
    bill Thursday.' / '(AP Photo/J. Scott Applewhite)'): the caption reads as prose, its credit says what it is."""
    for i in range(len(lines) - 1):
        credit = rests[i + 1]
        if labels[i] is not None or labels[i + 1] != "caption":  # a credit that closes ("(AP Photo/..)"), not one
            continue  # that heads a caption below it ("Jane Doe | Reuters" over the photo's caption)
        if not _credit_only(credit) or text[lines[i][1] : lines[i + 1][0]].count("\n") != 1:
            continue
        if len(rests[i].split()) <= CAPTION_WORDS and not is_sentence_of_story(rests[i]):
            labels[i] = "caption"


# How a caption says what the picture shows: its subject, then a verb in the present ('Steve McDonald stands among
# debris ...', 'Residents survey tornado damage ...'), where the story tells in the past.
CAPTION_VERB = re.compile(
    r"(stands?|sits?|walks?|looks?|poses?|speaks?|talks?|waves?|holds?|reacts?|arrives?|attends?|watch(es)?|"
    r"inspects?|surveys?|clears?|gathers?|carr(y|ies)|hugs?|embraces?|gestures?|listens?|prays?|rides?|march(es)?|"
    r"sorts?|search(es)?|waits?|mourns?|cleans?)"
)


NO_SUBJECT = frozenset("to will would can could may might should must did do does not who that which had has".split())


def _caption_present(line: str) -> bool:
    """The line opens on a subject and a present-tense verb of a caption ('A firefighter stands beside ...'), not
    on a verb in the past or after 'to' ('Crews worked through the night to clear ...')."""
    words = [w.strip(",").lower() for w in line.split()[:8]]
    k = next((k for k, w in enumerate(words) if k and CAPTION_VERB.fullmatch(w)), None)
    return k is not None and not any(w in NO_SUBJECT or w.endswith("ed") for w in words[:k])


CAPTION_UNDER_WORDS = 40


def _captions_below_credits(
    text: str, lines: Sequence[tuple[int, int, str]], rests: Sequence[str], labels: list[str | None]
) -> None:
    """A caption printed under its photo's credit ('Jo Roe / Getty Images' / 'Jo Doe stands among debris ...'):
    one sentence in the present, right below a line that is a credit and nothing else."""
    for i in range(1, len(lines)):
        credit = rests[i - 1]
        if labels[i] is not None or not (_credit_only(credit) or any(p.match(credit) for p in CREDIT_LINE)):
            continue
        line = rests[i]
        if text[lines[i - 1][1] : lines[i][0]].count("\n") > 2 or len(line.split()) > CAPTION_UNDER_WORDS:
            continue
        if _caption_present(line) and not SENTENCE_BREAK.search(line) and not is_sentence_of_story(line):
            labels[i] = "caption"


def _credit_only(line: str) -> bool:
    """The line is a credit and nothing before it: '(AP Photo/J. Scott Applewhite)', 'REUTERS/Jo Roe'."""
    if len(line.split()) > CREDIT_ONLY_WORDS:
        return False
    return any(m is not None and m.start() == 0 for m in (p.search(line) for p in CREDIT_END))


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


# Furniture an editor marks as one block, and how many line breaks may separate its lines: a breadcrumb
# or menu runs line after line; a related-stories list often leaves a blank line between its items.
BLOCK_LABELS = {"navigation": 1, "related": 3}


BLOCK_GAP = re.compile(r"\s*(?:[•·*-]\s+)?")  # what stands between two lines of a list: space, an item's bullet


def _merge_blocks(units: list[Boilerplate], text: str, solo: Collection[int] = ()) -> list[Boilerplate]:
    """Adjacent lines of a list (a menu, related stories) become one block, as an editor would mark them; so do
    an image's label and its file name below it. (A line printed twice stays two: the sample gold marks each.)
    Units starting at a `solo` offset (a widget's lines) join nothing."""
    merged: list[Boilerplate] = []
    solo_ends = {u.end for u in units if u.start in solo}
    for unit in units:
        prev = merged[-1] if merged else None
        alone = unit.start in solo or prev is not None and prev.end in solo_ends  # a widget's lines, each their own
        if prev is not None and not alone and prev.label == unit.label and _joins(prev, unit, text):
            merged[-1] = Boilerplate(start=prev.start, end=unit.end, label=prev.label)
        else:
            merged.append(unit)
    return merged


def _image_labels(text: str, lines: Sequence[tuple[int, int, str]], labels: list[str | None]) -> None:
    """The label right above an image's file name ('Location of the United Kingdom') is its caption."""
    for i in range(1, len(lines)):
        above = lines[i - 1][2]
        if labels[i] != "caption" or not IMAGE_FILE.match(lines[i][2]) or labels[i - 1] not in (None, "subhead"):
            continue
        if text[lines[i - 1][1] : lines[i][0]] == "\n" and heading(above):
            labels[i - 1] = "caption"


def _joins(prev: Boilerplate, unit: Boilerplate, text: str) -> bool:
    """Whether two furniture spans of one label, in this order, are one piece of the page."""
    gap = text[prev.end : unit.start]
    if unit.label in BLOCK_LABELS:
        if BLOCK_GAP.fullmatch(gap) is None or gap.count("\n") > BLOCK_LABELS[unit.label]:
            return False
        # lines of chrome one under another ('Skip to main content' / 'Club News', a widget's readings) are each
        # their own; a menu is one block when it is a list: bulleted, or under its head ('More from X:')
        head = text[prev.start : prev.end].split("\n", 1)[0].strip()
        return unit.label != "navigation" or bool(BULLET_GAP.search(gap)) or bool(LIST_HEAD.match(head))
    if gap != "\n":
        return False
    return bool(IMAGE_FILE.match(text[unit.start : unit.end]))
