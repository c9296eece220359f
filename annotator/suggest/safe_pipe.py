"""`nlp.pipe` that one document cannot stop: long texts in chunks, a failing text set apart.

A batch goes through `nlp.pipe` as before (the fast path); only when the batch raises is
each of its texts run alone, so the one that fails is known and the others still get
their Docs. A text over `nlp.max_length` (spaCy refuses it with E088; JSONL imports have
no cap) is processed in chunks cut at paragraph boundaries and joined back into one Doc
whose offsets are those of the whole text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

from annotator.suggest.titled import title_of, titled

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

K = TypeVar("K")
# A chunk of a long text: a few articles' worth. Small enough for the parser's memory
# (spaCy counts about 1 GB per 100,000 characters) and for the rules, some of which
# compare every quote with every token; a chunk edge is a paragraph break, which ends a
# sentence anyway, so only a quote running across paragraphs can be cut.
CHUNK_CHARS = 20_000
ERROR_CHARS = 300
# Where to cut, best first: after a blank line, a line break, a sentence end, any space.
CUTS = (
    re.compile(r"\n[ \t\r\f\v]*\n\s*"),
    re.compile(r"\n\s*"),
    re.compile(r"[.!?][\"'”’»)\]]*\s+"),
    re.compile(r"\s+"),
)


def pipe(nlp: Language, items: Iterable[tuple[str, K]], batch_size: int) -> Iterator[tuple[K, Doc | None, str | None]]:
    """(key, doc, None) for each text that went through, (key, None, error) for one that raised."""
    batch: list[tuple[str, K]] = []
    for item in items:
        batch.append(item)
        if len(batch) >= batch_size:
            yield from pipe_batch(nlp, batch)
            batch = []
    if batch:
        yield from pipe_batch(nlp, batch)


def pipe_batch(nlp: Language, batch: list[tuple[str, K]]) -> list[tuple[K, Doc | None, str | None]]:
    """One batch in its own order; long texts and a failing batch take the slow path."""
    short = [n for n, (text, _) in enumerate(batch) if len(text) <= nlp.max_length]
    try:
        inputs = (with_title(nlp, batch[n][0]) for n in short)
        docs = dict(zip(short, nlp.pipe(inputs, batch_size=max(len(short), 1))))
    except Exception:  # noqa: BLE001  (any component's bug: find the one text that has it)
        docs = {}
    out = []
    for n, (text, key) in enumerate(batch):
        done = docs.get(n)
        out.append((key, done, None) if done is not None else _alone(nlp, text, key))
    return out


def _alone(nlp: Language, text: str, key: K) -> tuple[K, Doc | None, str | None]:
    try:
        return key, process(nlp, text), None
    except Exception as exc:  # noqa: BLE001  (recorded against the document, the run goes on)
        return key, None, error_text(exc)


def process(nlp: Language, text: str) -> Doc:
    """`nlp(text)`, in chunks when the text is over `nlp.max_length`."""
    if len(text) <= nlp.max_length:
        return nlp(with_title(nlp, text))
    return process_long(nlp, text, min(CHUNK_CHARS, nlp.max_length))


def with_title(nlp: Language, text: str) -> str | Doc:
    """The text as it is, or (a `Titled` text) a Doc made from it with its title set, for the rules."""
    title = title_of(text)
    if title is None:
        return text
    doc = nlp.make_doc(str(text))
    doc._.title = title
    return doc


def process_long(nlp: Language, text: str, limit: int) -> Doc:
    """One Doc over the whole text from chunks of at most `limit` characters.

    Tokens, entities and sentences join through `Doc.from_docs`; our components' results
    (lists of dicts in Doc extensions) are joined here with their offsets moved by the
    chunk's start, so every span refers to the full stored text.
    """
    from spacy.tokens import Doc

    cuts = split_points(text, limit)
    starts = cuts[:-1]
    pieces = [text[a:b] for a, b in zip(cuts, cuts[1:])]
    pieces[0] = titled(pieces[0], title_of(text))  # the headline is printed above the first chunk, if anywhere
    parts = list(nlp.pipe(with_title(nlp, piece) for piece in pieces))
    # spaCy's doc.pyi omits from_docs' `exclude`, which doc.pyx has (since 3.1).
    whole = Doc.from_docs(parts, ensure_whitespace=False, exclude=["user_data"])  # type: ignore[call-arg]
    if whole.text != text:  # never store offsets into a different text
        raise ValueError("the chunks of this long document did not join back into its text")
    for name in _doc_extensions(parts[0]):
        values = [getattr(part._, name) for part in parts]
        if all(isinstance(v, list) for v in values):
            setattr(whole._, name, [shift(item, start) for v, start in zip(values, starts) for item in v])
        else:
            setattr(whole._, name, values[0])
    return whole


def _doc_extensions(doc: Doc) -> list[str]:
    """The Doc-level extension values the pipeline set (user_data keys ("._.", name, None, None))."""
    return [k[1] for k in doc.user_data if isinstance(k, tuple) and len(k) == 4 and k[0] == "._." and k[2] is None]


def shift(value: Any, by: int) -> Any:
    """A copy of a component's result with every {start, end} pair in it moved by `by`."""
    if isinstance(value, dict):
        out = {k: shift(v, by) for k, v in value.items()}
        if isinstance(value.get("start"), int) and isinstance(value.get("end"), int):
            out["start"], out["end"] = value["start"] + by, value["end"] + by
        return out
    if isinstance(value, (list, tuple)):
        return type(value)(shift(v, by) for v in value)
    return value


def split_points(text: str, limit: int) -> list[int]:
    """Offsets [0, ..., len(text)] cutting the text into pieces of at most `limit` characters,
    each cut after a paragraph break where one is in reach, else a line break, a sentence
    end, a space, and only as a last resort anywhere."""
    if limit < 1:
        raise ValueError("limit must be positive")
    cuts = [0]
    while len(text) - cuts[-1] > limit:
        cuts.append(_cut(text, cuts[-1], cuts[-1] + limit))
    cuts.append(len(text))
    return cuts


def _cut(text: str, lo: int, hi: int) -> int:
    window = text[lo:hi]
    for pattern in CUTS:
        last = None
        for last in pattern.finditer(window):  # noqa: B007  (the last match is wanted)
            pass
        if last is not None and last.end() > 0:
            return lo + last.end()
    return hi


def error_text(exc: BaseException) -> str:
    """One line naming the error, safe to show (it may quote the document's text)."""
    raw = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    safe = visible(" ".join(raw.split("\n")))
    return safe if len(safe) <= ERROR_CHARS else safe[: ERROR_CHARS - 1] + "…"


def visible(text: str) -> str:
    """Controls, format characters, line separators and lone surrogates written as escapes
    (`\\x1b`): an error is stored inert and always encodable (SQLite refuses a lone
    surrogate); screens still draw it through `core.display`, like all data."""
    return "".join(_escape(ch) if unicodedata.category(ch) in HIDDEN else ch for ch in text)


HIDDEN = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})


def _escape(ch: str) -> str:
    return ch.encode("unicode_escape", "backslashreplace").decode("ascii")
