"""Plain-text articles: the first non-empty line is the title, the rest is the body."""

from __future__ import annotations

from pathlib import Path

from annotator.core.models import Document
from annotator.core.text import content_hash, decode, normalise


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
