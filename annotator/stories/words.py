"""Words and names as story matching sees them: lower-cased tokens, content words, name keys."""

from __future__ import annotations

import re
import unicodedata

# Hyphens and inner dots stay inside a word: "U.S.-Russian" is one word, not "U.S." + "Russian".
WORD = re.compile(r"[^\W_]+(?:['’.\-]+[^\W_]+)*", re.UNICODE)
# Function words: shared by any two English texts, so they say nothing about sameness.
STOPWORDS = frozenset(
    """a an the and or but if of to in on at by for with from as into onto about over under than then that this
    these those there their they them he she it its his her hers we our us you your i me my mine is are was were be
    been being am do does did done have has had having not no nor so too very can could will would shall should may
    might must what which who whom whose when where why how all any both each few more most other some such only own
    same just also even yet still again while until after before because though although s t don didn doesn isn
    wasn aren weren won said says say told tell according against among within without through between during
    upon via per across toward towards""".split()
)
# Words before a name that are not part of it: "Mr Trump", "Foreign Minister Sergei Lavrov".
TITLES = frozenset(
    """mr mrs ms miss dr prof sir dame lord lady president vice prime minister foreign deputy secretary
    spokesman spokeswoman spokesperson ambassador senator sen rep congressman congresswoman governor gov
    general gen chancellor king queen prince princess pope judge justice mayor chief head former then
    acting undersecretary under state us u.s russian american british kremlin ministry official officials
    envoy leader chairman chairwoman ceo director minister's""".split()
)
ARTICLES = frozenset({"the", "a", "an"})


def fold(text: str) -> str:
    """Case and accents folded, typographic apostrophes made plain: 'Sergéi’s' -> "sergei's"."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("‘", "'"))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def words(text: str) -> list[str]:
    """Folded word tokens, possessive 's cut off ("Russia's" -> "russia")."""
    out = []
    for m in WORD.finditer(fold(text)):
        w = m.group()
        if w.endswith("'s"):
            w = w[:-2]
        out.append(w.replace(".", ""))
    return [w for w in out if w]


def content_words(text: str) -> list[str]:
    return [w for w in words(text) if w not in STOPWORDS and not w.isdigit()]


SUFFIXES: tuple[str, ...] = ("ational", "ations", "ation", "atory", "ating", "ated", "ates", "ate", "ing", "ies")
SUFFIXES += ("ied", "ed", "es", "ly", "s", "e", "y")


def stem(word: str) -> str:
    """A crude suffix cut so 'retaliatory'/'retaliate' and 'diplomats'/'diplomat' meet."""
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def name_tokens(text: str, *, person: bool = True) -> list[str]:
    """A name's own words: articles, and for a person the titles before the name, cut
    ("the Russian Foreign Minister Sergei Lavrov's" -> ["sergei", "lavrov"]). An organisation
    keeps its words ("the State Department" -> ["state", "department"])."""
    toks = words(text)
    while toks and toks[0] in ARTICLES:
        toks = toks[1:]
    if person:
        i = 0
        while i < len(toks) - 1 and toks[i] in TITLES:
            i += 1
        toks = toks[i:]
    return toks


NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
}  # fmt: skip
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def numbers(text: str) -> set[float]:
    """The numbers a phrase states ("35 diplomats", "more than 750", "two compounds")."""
    found = {float(m.group().replace(",", "")) for m in NUMBER.finditer(text) if m.group().replace(",", "")}
    found |= {float(NUMBER_WORDS[w]) for w in words(text) if w in NUMBER_WORDS}
    return found
