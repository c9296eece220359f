"""What one line of a scraped news page is by its own words: a photo credit, a byline, a share
bar, a newsletter prompt, a dateline or timestamp prefix, or prose. The page-level passes that weigh
a line against its neighbours (boilerplate.py) start from these."""

from __future__ import annotations

import re

IGNORE_CASE = re.IGNORECASE


# A picture's source named by kind, not by name: "Submitted photo", "File image", "Courtesy photo"
HANDOUT = r"(submitted|file|courtesy|contributed|supplied|handout|staff) (photo|image|picture|photograph)s?"


# A photo desk in capitals before its photographer: "THE CANADIAN PRESS/Jo Roe"
OUTLET_CAPS = r"(?:THE )?[A-Z]{2,}(?: [A-Z]{2,}){0,3}"


AGENCIES = r"(AFP|AP|Getty Images|Reuters|EPA|Shutterstock|Alamy|PA|Bloomberg|Xinhua|TASS|Sputnik|ANP|dpa|Anadolu|SOPA Images|NurPhoto|Pool)"


VIDEO = [
    re.compile(r"^VIDEO\s*\d{1,2}:\d{2}"),
    re.compile(r"^\d{1,2}:\d{2}\s*\d{1,2}:\d{2}$"),
    re.compile(r"^(WATCH|VIDEO|Watch|Video)\s*:\s*\S"),
]


PHOTO_CREDIT = [
    re.compile(rf"^[^|]{{0,60}}(\s*\|\s*[^|]{{1,40}})*\s*\|\s*{AGENCIES}(\s*\|\s*[^|]{{1,40}})*$"),
    re.compile(
        r"^(all )?(photo|photograph|picture|image|credit|image credit|photo credit)s?\s*(:|by)\s*\S.{0,80}$",
        IGNORE_CASE,
    ),
    re.compile(rf"^{HANDOUT}$", IGNORE_CASE),  # "Submitted photo", "File photo", "Courtesy photo"
    re.compile(r"^\d+x\d+ image$", IGNORE_CASE),
]


CAPTION = [
    re.compile(r"\((photo|photograph|picture|image|file photo|file)\b[^)]{0,60}\)\s*$", IGNORE_CASE),
]


# A caption that says it is one, then what the picture shows: "IMAGE: A police officer tries to ...", "Caption: ..."
# (before the credit rules: "PHOTO: Jo Roe" is a credit, "PHOTO: Crowds gather at the pier." a caption)
LABELLED_CAPTION = [
    re.compile(r"^(IMAGE|PHOTO|PICTURE|PICTURED|ABOVE|CAPTION|Caption|Pictured)\s*:\s+(\S+\s+){3}.*[.!?]")
]


SUBSCRIPTION = [
    re.compile(
        r"^(subscribe|sign up|receive|get|try|join|start|register|become a|already a)\b.{0,160}"
        r"\b(access|subscription|subscriber|newsletter|trial|membership|member|digital)\b",
        IGNORE_CASE,
    ),
    re.compile(r"\bunlimited digital access\b", IGNORE_CASE),
    # a paywall's offer: "Access all our premium content from as little as 14p per day!"
    re.compile(r"^try (it|us)?\s*(free )?for \d{1,3} (days|weeks|months)\b.{0,100}$", IGNORE_CASE),  # a trial's offer
    re.compile(r"\bpremium content\b|\bfrom (as little as|just|only) \S{1,8} (a|per) (day|week|month)\b", IGNORE_CASE),
]


SOCIAL = [
    re.compile(
        r"^(follow|like|join|find)\s+(us|[A-Z][\w .&'-]{0,40})\s+on\s+"
        r"(twitter|facebook|instagram|linkedin|youtube|telegram|tiktok|x|whatsapp|threads)\b",
        IGNORE_CASE,
    ),
    re.compile(r"^share (this|on|via)\b", IGNORE_CASE),
    re.compile(r"^(tweet|email|print|share|comments?)$", IGNORE_CASE),
]


NAVIGATION = [
    re.compile(
        r"^(accessibility links|skip to (main )?content|skip navigation|breaking news|advertisement|"
        r"related( articles| stories| content)?|read more|top stories|most read|most popular|"
        r"key points|menu|sign in|log in|see also|recommended|next up:?|up next:?|categories|tags|topics|archives)$",
        IGNORE_CASE,
    ),
    re.compile(r"^(https?://|www\.)\S+$", IGNORE_CASE),
    # a wiki's tagline: "From Wikipedia, the free encyclopedia" (its "Jump to: navigation" links are set as a heading)
    re.compile(r"^from [A-Z][\w .'-]{1,40}, the free\b[^.]{0,60}[.!]?$", IGNORE_CASE),
    re.compile(
        r"^(tags|topics|filed under|categories|key ?words)\s*:\s*\S.{0,150}$", IGNORE_CASE
    ),  # "Categories: Massachusetts, News"
    re.compile(r"^[\w.&'-]+( [\w.&'-]+){0,3}(\s*[/›»>]\s*[\w.&'-]+( [\w.&'-]+){0,3})+$"),
]


LIST_HEAD = re.compile(
    r"^(more from|more on|related|read more|also read|see also|recommended|most read|"
    r"most popular|you may also like|further reading|tags|topics|filed under|categories|keywords)\b.{0,60}:$",
    IGNORE_CASE,
)


PROMO = [re.compile(r"^before it'?’?s here, it'?’?s on the\b", IGNORE_CASE)]


BYLINE = [
    re.compile(r"^(with )?(additional )?(reporting|writing|editing|compiled) by\b", IGNORE_CASE),
    # "By Jane Smith", "By Jane Smith and Tom Jones, Reuters", "By JANE SMITH | Staff Writer"
    re.compile(r"^[Bb]y\s+[A-Z][\w.'-]+(\s+[A-Z][\w.'-]+){0,3}((\s*,\s*|\s+and\s+|\s*\|\s*)[\w.' -]{2,40}){0,3}$"),
    # The stamp alone on its line: a story paragraph may open with one ("Updated at 8:45 p.m. ET: ...").
    re.compile(
        r"^(this (article|story|post|page) (was|is) )?(published|updated|posted|last updated)\b.{0,60}\d.{0,30}$",
        IGNORE_CASE,
    ),
    re.compile(r"\b(contributed (to )?(this )?report(ing)?|contributed to this story)\.?$", IGNORE_CASE),
]


# A stamp's label whose date or time the scraper dropped: "Posted", "and last updated", "Updated:", "Last modified:"
STAMP_LABEL = [
    re.compile(r"^(and )?(posted|updated|published|last updated|last modified)( on| at)?\s*:?$", IGNORE_CASE)
]


# A date stamp opening a paragraph with no date of its own: "UPDATE: Police have named ...", "UPDATED:  TOWSON (AP) --"
UPDATE_LABEL = re.compile(r"^(UPDATED?|Updated?)\s*:\s+(?=\S)")


# A page's own chrome by its form: page numbers ("Prev 1 2", "1 2 3 Next"), a wire photo's slug in capitals and
# hyphens ("BANGLADESH-DHAKA-AIRPORT-SECURITY"), a video player's controls ("Video Player", "Video PlayerClose")
PAGE_CHROME = [
    re.compile(
        r"^(«|‹|prev(ious)?|first)?\s*(\d{1,3}\s+){1,9}\d{1,3}\s*(»|›|next|last)?$|^(«|‹|prev(ious)?)\s*\d{1,3}$",
        IGNORE_CASE,
    ),
    re.compile(r"^[A-Z0-9]+(-[A-Z0-9]+){2,}$"),
    re.compile(r"^video player\w{0,8}$", IGNORE_CASE),
]


# A dateline alone on its line: "PARIS (AP) —", "WASHINGTON, March 3 (Reuters) -"
DATELINE = [
    re.compile(r"^[A-Z][A-Z .'-]{1,30}(,\s*[\w .]{2,30})?\s*(\((AP|Reuters|AFP|UPI|Bloomberg|CNN)\))?\s*[—–-]+$")
]


READ_MORE = [
    re.compile(r"^(read more|read|also read|more|related|see also|watch|listen)\s*:\s*\S.{0,150}$", IGNORE_CASE),
    re.compile(r"^(click|tap) here\b.{0,120}$", IGNORE_CASE),
    re.compile(
        r"^learn more( about [^.]{1,60})?\.?$", IGNORE_CASE
    ),  # under a paywall: "Learn more about Ragan Insider."
    re.compile(r"^(continue reading|read the (full|whole|original) (story|article|report))\b.{0,80}$", IGNORE_CASE),
    re.compile(r"^(watch|see|read|listen to) (more|the full \w+)( above| below| here)?\.?$", IGNORE_CASE),
]


NEWSLETTER = [
    re.compile(r"\b(newsletters?|sign up for|signing up|inbox)\b.{0,120}$", IGNORE_CASE),
]


SHARE = [
    re.compile(
        r"^((share|facebook|twitter|x|email|whatsapp|linkedin|copy link|print|reddit|pinterest)"
        r"(\s*[|/•·,]\s*|\s+)){2,}(share|facebook|twitter|x|email|whatsapp|linkedin|copy link|print|"
        r"reddit|pinterest)?\s*$",
        IGNORE_CASE,
    )
]


CREDIT_END = [
    # A caption ends with its credit: "(AP Photo/Hiro Komae)", "(AP / Jo Roe)", "(Kyodo News via AP)", "REUTERS/Jo Roe"
    re.compile(rf"\((?:[^()]{{0,40}}\bvia )?{AGENCIES}(?:\s*(?:Photo|Images))?(?:\s*[/|]\s*[^()]{{1,60}})?\)\s*$"),
    re.compile(rf"\b(?:{AGENCIES.upper()}|REUTERS)/[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){{0,3}}\s*$"),
    re.compile(rf"[.!?][\"”’)]?\s+{OUTLET_CAPS}/[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){{0,3}}$"),
    re.compile(
        rf"[.!?][\"”’)]?\s+({HANDOUT}|(photo|image|picture)s?:\s*(file|handout|supplied|submitted))$", IGNORE_CASE
    ),
    re.compile(r"\b(photo|image|picture)s?\s+(courtesy of|credit:?)\s+[^.]{1,60}$", IGNORE_CASE),
    re.compile(
        r"\w\s*/\s*(photo|file photo|image|picture)\s*[-–:]\s*[A-Z][^/()]{1,40}(/[\w .&'-]{1,30})?$", IGNORE_CASE
    ),
    re.compile(r"\bRetrieved \w+ \d{1,2}, \d{4},? from\b", IGNORE_CASE),  # a citation of the source a post rewrote
    re.compile(
        r"\|\s*(photo |image )?credits?\s*:\s*[^|]{1,40}$", IGNORE_CASE
    ),  # "Firefighters at work | Credits: Fox"
    # a stock or licensed picture's source alone on its line: "Flickr/Creative Commons", "sergign - stock.adobe.com"
    re.compile(
        r"^[\w .'&-]{0,40}\b(flickr|creative commons|wikimedia commons|unsplash|pexels|istock(photo)?|stock\.adobe\.com)"
        r"[\w .'/&-]{0,40}$",
        IGNORE_CASE,
    ),
    # a caption's closing credit without brackets: "... were destroyed in the area Wednesday. Jo Roe / AP"
    re.compile(rf"[.!?][\"”’)]?\s+[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){{1,3}}\s*/\s*{AGENCIES}(?: Photo| Images)?$"),
    # a photographer and outlet in brackets: "(Jenna Watson/IndyStar/USA Today Network)"
    re.compile(r"\([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}(?:\s*/\s*[A-Z][\w .&'’-]{1,40}){1,3}\)\s*$"),
]


# A caption that ends with its photographer's bare name in brackets, and no stop after it:
# "Two mature bald eagles in their nest ... shortly after two eaglets hatched. (Shannon Kuzio)"
NAME_CREDIT_END = re.compile(r"[.!?]\s+\([A-Z][a-z]+(?:[ -][A-Z][a-z'’]+){1,2}\)$")


NOTICE = [
    re.compile(r"^(estimated )?(read(ing)? time:?\s*)?\d{1,2}(-\d{1,2})?\s*(min|mins|minutes?)( read)?$", IGNORE_CASE),
    re.compile(r"^(estimated read time|reading time)\b.{0,30}$", IGNORE_CASE),
    re.compile(
        r"^(updates? to our (terms|privacy)|we are updating our|we use cookies|this (web)?site uses cookies|"
        r"by continuing to (use|browse)|your browser|ie ?\d+ is not supported|(please )?enable javascript|"
        r"javascript is (disabled|required)|this article is more than|this content is not available|"
        r"you have reached|already a (subscriber|member)|create a free account)\b",
        IGNORE_CASE,
    ),
    re.compile(
        r"\b(news tips?|story tips?|see an error|spotted an error|contact us)\b.{0,200}@[\w-]+\.\w+", IGNORE_CASE
    ),
    re.compile(r"^(©|\(c\)|copyright\b|@\d{4}\b)", IGNORE_CASE),
    re.compile(r"\ball rights? reserved\b", IGNORE_CASE),
    re.compile(
        r"^(your email address will not be published|required fields are marked)\b", IGNORE_CASE
    ),  # a comment form
    # the page about the reader's browser: "We're sorry, but X isn't fully functional without JavaScript enabled."
    re.compile(
        r"^(?=.{0,160}$)(?=.*\b(sorry|please|your browser|this (site|page|website)|fully functional)\b)"
        r".*\bjavascript\b.{0,40}\b(enabled?|disabled|required|turned on)\b",
        IGNORE_CASE,
    ),
    re.compile(r"^(?=.{0,160}$).*\b(please |how to |you (must|need to|should) )enable javascript\b", IGNORE_CASE),
    # a page asking to be corrected or clicked through: "Please report any errors so we can fix them.", "Please click
    # on the images to view these scenes."
    re.compile(
        r"^(please )?(report|flag|let us know (of|about)) (any )?(errors?|mistakes?|typos?|inaccurac\w+)\b"
        r".{0,40}\b(we|us|our)\b.{0,20}$",
        IGNORE_CASE,
    ),
    re.compile(r"^(please )?(click|tap) on (the )?(images?|photos?|pictures?|gallery|slides?)\b.{0,80}$", IGNORE_CASE),
    # a machine-written page saying so: "This article was created by AI summarizing key points discussed. ..."
    re.compile(
        r"^this (article|story|summary|content|report) (was|is|has been) (created|generated|written|produced)\b"
        r".{0,30}\b(ai|artificial intelligence|automated|automatically)\b",
        IGNORE_CASE,
    ),
    # a syndication embargo: "Please note: This content carries a strict local market embargo. ...", a reprint
    # notice: "This copy is for your personal non-commercial use only. ...", a syndication notice: "You can
    # publish this article on your website as long as you provide a link back to this page."
    re.compile(
        r"^((please note:?\s*)?this (content|material|article|story) (carries|is subject to) (a|an)\b.{0,40}\bembargo\b"
        r"|this (archived )?(news )?(copy|article|content|story) is (available )?(only )?for your personal,? non-?commercial use\b"
        r"|(you (can|may) (re)?publish|republish) this (article|story)\b.{0,120}$)",
        IGNORE_CASE,
    ),
]


CODE = [re.compile(r"\(function\s*\(|\bvar \w+ = |\bdocument\.\w+\(|\bwindow\.\w+|</?script\b")]


CODE_WORDS = ("function", "var ", "document.", "window.", "script")  # one of them is in any line CODE matches


COMMENTS = [
    re.compile(
        r"^(no|\d+|view|show|hide|leave an?|add an?|post an?|read|see)\s+comments?( yet)?\b\s*[:(\d).]*$", IGNORE_CASE
    ),
    re.compile(r"^comments?\s*[:(]?\s*\d*\s*\)?$", IGNORE_CASE),
    # a blog's feed line: "You can follow any responses to this entry through the RSS 2.0 feed."
    re.compile(
        r"\b(follow|track) (any|all|the) (responses|replies|comments) to this (entry|post|article|story)\b", IGNORE_CASE
    ),
    re.compile(r"^(share|print|email|copy link)( (this )?(story|article|link))?:?$", IGNORE_CASE),
    # a follow or save button's label: "Click to follow", "Save Story", "Bookmark article", "Discuss as:"
    re.compile(
        r"^((click|tap) to (follow|share|save|subscribe|comment)|(save|bookmark) (this )?(story|article|for later)|"
        r"discuss as:?|(un)?follow)$",
        IGNORE_CASE,
    ),
    # the page talking to its reader about the page: "Drop your comment in the section below, and don't forget
    # to share the post.", "Please don't forget to "Allow the notification" so you will be the first to get ..."
    re.compile(
        r"^(please )?(drop|leave|share) your (comments?|thoughts|views|opinions?)\b.{0,40}\b(below|section)\b.{0,80}$",
        IGNORE_CASE,
    ),
    re.compile(
        r"^(please )?(don['’]t forget to |remember to |be sure to )?[“\"]?(allow|enable|turn on|switch on) (the |our |push )?"
        r"notifications?\b.{0,100}\b(first|latest|updates?|when we)\b",
        IGNORE_CASE,
    ),
]


PROMPT = [
    re.compile(r"\bjoin our\b.{0,60}\b(channel|group|community)\b", IGNORE_CASE),
    re.compile(
        r"\b(telegram|whatsapp|signal) (channel|group)\b|\bdirectly (on|in) (telegram|whatsapp|your inbox)\b",
        IGNORE_CASE,
    ),
    re.compile(r"^(join now|subscribe now|sign up now|download (our|the) app|get the app)\b.{0,60}$", IGNORE_CASE),
    re.compile(r"^subscribe to our\b.{0,80}$", IGNORE_CASE),
    re.compile(r"^(advertisement|sponsored( content)?|responsive advertisement|header ads widget|ad)$", IGNORE_CASE),
    # an ad slot's label: "Ad 3", "Advertisement block", "Sponsored Ad", "Hide Ad"
    re.compile(
        r"^((sponsored|hide|close) )?(ad|advert|advertisement)s?( \d{1,2}| block| slot| space| unit| banner)?$",
        IGNORE_CASE,
    ),
    # a money offer to readers, a teaser with no stop: "Canada: Free $30 Oye! Times readers Get FREE $30 to spend…"
    re.compile(r"^.{0,40}\bfree [$£€]\d[\d,.]*\b.{0,120}(?<![.!?\"”])$", IGNORE_CASE),
]


CALENDAR = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"  # "From Monday:"


STAFF_BYLINE = [
    # "Jo Roe, Police Reporter", "Reuters Staff", "The Canadian Press - ONLINE EDITION", "By: Jo Roe"
    re.compile(
        r"^[A-Z][\w.'-]+( [A-Z][\w.'-]+){1,3},\s*([\w-]+\s){0,3}(reporter|writer|correspondent|editor|"
        r"contributor|columnist|intern|producer|photographer|journalist)s?$",
        IGNORE_CASE,
    ),
    re.compile(r"^([A-Z][\w.&]+ ){0,3}staff( writer| reporter| report)?s?$", IGNORE_CASE),
    re.compile(
        r"^(the )?(associated press|canadian press|press association|reuters|afp|agence france-presse|"
        r"united press international|bloomberg news)\b.{0,30}$",
        IGNORE_CASE,
    ),
    re.compile(r"^by:\s*[A-Z][\w.'-]+( [A-Z][\w.'-]+){0,4}$", IGNORE_CASE),
    # a relayed release's source, alone on its line above the text it heads: "From HRPD:", "From Kent Police:"
    re.compile(rf"^From (the )?(?!{CALENDAR}\b)[A-Z][\w&.'’-]*( [A-Z][\w&.'’-]*){{0,4}}:$"),
    # a role and the person and outlet who filled it: "Feature Presentation: Jo Roe/Rediff.com"
    re.compile(r"^[A-Z][a-z]+( [A-Z]?[a-z]+){0,2}:\s*[A-Z][\w.'-]+( [A-Z][\w.'-]+){1,3}\s*/\s*[A-Z][\w.&-]+$"),
    # "BY JANE ROE Associated Press", "By Jane Roe of the Daily Courier": a capitalised byline with its outlet
    re.compile(
        r"^(BY|By)\s+[A-Z][\w.'-]*( [A-Z][\w.'-]*){0,3}(,? (from|of|for) (the )?[A-Z].{0,40}|,? [A-Z][\w&.' -]{2,40})?$"
    ),
]


# A photo credit alone on its line: "Jane Roe / AP", "Jane Roe/Getty Images", "AP Photo/Jane Roe"
CREDIT_LINE = [
    re.compile(rf"^[A-Z][\w.'-]+( [A-Z][\w.'-]+){{0,3}}\s*/\s*{AGENCIES}( (Photo|Images))?$"),
    re.compile(rf"^{AGENCIES}( Photo)?\s*/\s*[A-Z][\w.'-]+( [A-Z][\w.'-]+){{0,3}}$"),
]


RULES: tuple[tuple[str, list[re.Pattern[str]]], ...] = (
    ("caption", LABELLED_CAPTION),
    ("photo_credit", CREDIT_LINE),  # before navigation: "Jane Roe / AP" is no breadcrumb
    ("timestamp", STAMP_LABEL),
    ("navigation", PAGE_CHROME),
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
    ("notice", NOTICE),
    ("code", CODE),
    ("social", COMMENTS),
    ("promo", PROMPT),
    ("byline", STAFF_BYLINE),
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


# A Facebook post as scrapers print it: its text (often cut: 'Here is a...'), a blank line, then
# "Posted by US National Weather Service Paducah Kentucky on Monday, January 13, 2020".
POSTED_BY = re.compile(r"^Posted by [^\n]{1,80} on [\w ,]{0,30}\d{4}$")


def classify(line: str) -> str | None:
    """The kind of furniture one line is by its own words, or None."""
    if len(line) <= EMBED_MAX and EMBED.search(line) or POSTED_BY.match(line):
        return "social"
    if len(line) <= CAPTION_MAX and any(p.search(line) for p in CREDIT_END):
        return "caption"
    if line.endswith(")") and len(line) <= CAPTION_MAX and NAME_CREDIT_END.search(line):
        if not is_sentence_of_story(line):
            return "caption"
    if any(word in line for word in CODE_WORDS) and any(p.search(line) for p in CODE):
        return "code"
    if IMAGE_FILE.match(line):
        return "caption"  # an image's file name, printed under it: 'Map of the region (2019).svg'
    if BOX_PIPES.search(line):
        return "pull_quote"  # a quote box's cells: 'The impact ... cannot be underestimated | ||'
    if len(line) > MAX_LINE:
        return None
    for label, patterns in RULES:
        if any(p.search(line) for p in patterns):
            return label
    if len(line) <= NEWSLETTER_MAX and any(p.search(line) for p in NEWSLETTER) and not is_sentence_of_story(line):
        return "newsletter"
    if _is_timestamp(line):
        return "timestamp"
    if not re.search(r"[A-Za-z]", line):
        return "navigation"  # a rule, a dash, or a foreign mirror's own chrome: no English words
    if headline_like(line):
        return "subhead"
    return None


CAPTION_MAX = 700  # a caption can run to three sentences before its credit


BOX_PIPES = re.compile(r"\w[^|]*\s\|\s*\|\|?\s*$")  # a line closed by the empty cells of a box a mirror printed as text


DATE_WORDS = frozenset(
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september "
    "october november december mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday sunday "
    "am pm a m p gmt bst ist est edt cst cdt pst pdt et pt utc cet cest date updated published posted created last "
    "on at st nd rd th".split()
)


def _is_timestamp(line: str) -> bool:
    """A date or time standing alone ('November 21, 2017', 'Reuters | London | Updated: 22-04-2020 16:13 IST'):
    digits, calendar words and at most two other words (a place, an outlet)."""
    if len(line) > 120 or not re.search(r"\d", line):
        return False
    words = re.findall(r"[^\W\d_]+", line)
    return len([w for w in words if w.lower() not in DATE_WORDS]) <= 2 and bool(re.search(r"\d{4}|\d{1,2}:\d{2}", line))


def headline_like(line: str) -> bool:
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


def is_sentence_of_story(line: str) -> bool:
    """A line that reads like reported text (a quote, a said) is never a prompt."""
    return bool(re.search(r"\b(said|says|told)\b|[\"“”]", line))


# How a sentence of prose ends: a stop, perhaps inside a closing quote or bracket.
PROSE_END = re.compile(r"([.!?…]|[.!?…,]?[\"”’'])[\"”’')\]]*$")


SENTENCE_BREAK = re.compile(r"[\w)][.!?][\"”’)]?\s+[A-Z(“\"]")


STOP_END = re.compile(r"[.!?…][\"”’')\]]*$")  # a full stop, perhaps inside closing marks


OPEN_END = re.compile(r"[:,;—–-]$")  # a line that hands on to the next ("He said:") is text, never a heading


PROSE_WORDS = 30  # a line this long is prose whatever its ending


HEADING_WORDS = 12  # a subhead, a section label or a teaser headline is short


LEAD_WORDS = 30  # above the story: headline, standfirst-less chrome, at most this long


def is_prose(line: str) -> bool:
    """A line of article text: a sentence of three words or more with its stop, or a long line."""
    words = len(line.split())
    inner_stop = words >= 10 and bool(SENTENCE_BREAK.search(line))  # a sentence, then a bracketed aside
    return words >= PROSE_WORDS or inner_stop or (words >= 3 and bool(PROSE_END.search(line)))


def heading(line: str, limit: int = HEADING_WORDS) -> bool:
    """A line set apart as a heading: no stop at its end and short, or a kicker all in capitals."""
    words = len(line.split())
    if line.isupper() and 3 <= words <= LEAD_WORDS:
        return True
    return 0 < words <= limit and not PROSE_END.search(line) and not OPEN_END.search(line)


# A line-initial stamp or dateline: "date 2020-04-22", "KABUL, Afghanistan (AP) —", "HELSINKI, July 19 (Reuters) -",
# "TORONTO -", "(Reuters) -". Only the prefix is furniture; the sentence it opens is the story's.
STAMP_PREFIX = re.compile(r"^date \d{4}-\d{2}-\d{2}\b\s*")


DATELINE_PREFIX = re.compile(
    r"^(?:[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+){0,3}(?:,(?: [A-Z][\w.'’-]*){1,3}(?: \d{1,2})?)*"
    r"(?:, \d{4})?(?: \([A-Za-z][\w .&/-]{0,30}\))?|\([A-Za-z][\w .&/-]{0,30}\))\s*(?:—|–|--|-)\s+(?=[\w“\"‘'])"
)


# An update stamp fused to a dateline: "Updated at 8:45 p.m. ET: HARRISBURG, Ill. -- ..." (furniture only with the
# dateline after it: "Updated at 8:45 p.m. ET: The death toll rose ..." opens a sentence of the story).
UPDATE_PREFIX = re.compile(r"^(?:updated|posted|published)(?: at| on)? [\w.,: ]{1,40}?:\s+", IGNORE_CASE)


def line_prefix(line: str) -> tuple[str, int]:
    """(label, length) of a stamp or dateline opening the line, or ('', 0); a stamp may run on into a
    dateline ('date 2019-07-19 SPRINGFIELD, MA (WGGB/WSHM) - Firefighters ...'): one span for both."""
    stamp = STAMP_PREFIX.match(line)
    n = stamp.end() if stamp else 0
    dateline = DATELINE_PREFIX.match(line[n:])
    if dateline:
        return "dateline", n + dateline.end()
    update = UPDATE_PREFIX.match(line) if not n else None
    dateline = DATELINE_PREFIX.match(line[update.end() :]) if update and re.search(r"\d", update.group()) else None
    if update and dateline:
        return "dateline", update.end() + dateline.end()
    label = UPDATE_LABEL.match(line) if not n else None
    if label:  # "UPDATE:  TOWSON, Md. (AP) -- ..." is one dateline; "UPDATED: Police have ..." a stamp's label
        dateline = DATELINE_PREFIX.match(line[label.end() :])
        return ("dateline", label.end() + dateline.end()) if dateline else ("timestamp", label.end())
    return ("timestamp", n) if n else ("", 0)


# A dateline in title case, on the story's first line only: "Port Elizabeth – After a lengthy delay ...",
# "Washington: After admitting ..." (a wire's style; a capitalised name and a dash anywhere else is text).
TITLE_DATELINE = re.compile(
    r"^[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?:, [A-Z][\w.]+(?: [A-Z][\w.]+)?)?(?: \([A-Z][\w .&/-]{0,30}\))?"
    r"\s*(?:—|–|--|:)\s+(?=[A-Z](?:[a-z]|\s))"  # 'Saginaw Township, MI (WNEM) — A man ...'
)


RELATED_HEAD = re.compile(
    r"^(related( posts| articles| stories| content| news| coverage)?|recent posts|see also|more stories|read next|"
    r"latest (news|stories|posts)|trending( now)?|popular (posts|stories)|most (read|popular|viewed)|"
    r"you (may|might)( also)? like|more (from|on) .{1,40}|also read|top stories|new and interesting)\s*:?$",
    IGNORE_CASE,
)


IMAGE_FILE = re.compile(
    r"^[^/\n]{1,120}\.(svg|png|jpe?g|gif|webp)$", IGNORE_CASE
)  # 'United Kingdom (orthographic projection).svg'
