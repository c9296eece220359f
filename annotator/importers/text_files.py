"""Plain-text articles: the first non-empty line is the title, the rest is the body.

Metadata a .txt file cannot carry (outlet, url, date, story, a better title) comes from
a sidecar (see `annotator.importers.sidecar`) or from the command line's defaults.
"""

from __future__ import annotations

from pathlib import Path

from annotator.core.errors import InputError
from annotator.core.models import Document
from annotator.core.text import content_hash, decode, normalise
from annotator.importers import sidecar
from annotator.importers.records import (
    BadLine,
    Defaults,
    Parsed,
    doc_id_of,
    meta_of,
    optional_str,
    published_of,
)

# One article is never this big; a file that is probably needs splitting (or JSONL).
MAX_TEXT_BYTES = 32 * 1024 * 1024


def split_title(text: str) -> tuple[str, str]:
    """First non-empty line is the title; the body is everything after that line, as is."""
    stripped = text.lstrip("\n")
    title, _, body = stripped.partition("\n")
    return title.strip(), body


def read_text_file(path: Path, *, outlet: str | None = None, story_key: str | None = None) -> Document:
    text = normalise(decode(path.read_bytes(), str(path)))
    title, body = split_title(text)
    return Document(
        id=path.stem,
        title=title,
        text=body,
        outlet=outlet,
        story_key=story_key,
        content_hash=content_hash(body),
        meta={"source_file": path.name},
    )


def parse_text_file(path: Path, defaults: Defaults) -> Parsed:
    """One article from a .txt file and its sidecar entry; InputError names the file."""
    data = _read_bytes(path)
    text = normalise(decode(data, str(path)))
    entry = sidecar.entry_for(path)
    try:
        return _document(path, text, entry, defaults)
    except BadLine as exc:
        raise InputError(str(path), None, f"sidecar entry: {exc.reason}") from None


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_TEXT_BYTES:
            raise InputError(
                str(path), None, f"{size // 2**20} MB is too big for one article; split it, or import JSONL"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), None, f"cannot read ({exc.strerror})") from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(str(path), 1, "the file is UTF-16; save it as UTF-8")
    order = utf16_without_bom(data)
    if order:
        raise InputError(
            str(path),
            1,
            f"the file looks like UTF-16 ({order}) without a byte-order mark "
            "(every other byte is NUL); save it as UTF-8",
        )
    return data


def utf16_without_bom(data: bytes, sample: int = 4096) -> str | None:
    """'LE' or 'BE' when NULs fill one byte position in two, as UTF-16 Latin text does.

    UTF-8 news text has no NUL at all; decoded as UTF-8, UTF-16 would import as text with
    a NUL between every two letters.
    """
    head = data[:sample]
    half = len(head) // 2
    if half < 2:
        return None
    odd, even = head[1::2].count(0), head[0::2].count(0)
    if odd >= 0.3 * half and even < 0.05 * half:
        return "LE"
    if even >= 0.3 * half and odd < 0.05 * half:
        return "BE"
    return None


def _document(path: Path, text: str, entry: dict, defaults: Defaults) -> Parsed:
    # The first line is never body, so offsets agree with every other reader of the file
    # (the sample gold included); a sidecar title only replaces what the queue shows.
    title, body = split_title(text)
    given_title = optional_str(entry, "title")
    if given_title is not None:
        title = normalise(given_title)
    if not body.strip():
        what = "the file is empty" if not text.strip() else "the file has a title line but no text"
        raise InputError(str(path), None, what)
    explicit = doc_id_of(entry)
    return Parsed(
        doc=Document.model_construct(
            id=explicit or path.stem,
            title=title,
            text=body,
            outlet=optional_str(entry, "outlet") or defaults.outlet,
            url=optional_str(entry, "url"),
            published=published_of(entry.get("published")),
            content_hash=content_hash(body),
            meta={"source_file": path.name, **meta_of(entry)},
            story_key=optional_str(entry, "story_key") or defaults.story_key,
        ),
        explicit_id=explicit is not None,
    )
