"""What every reader produces: a parsed record (document plus units) or a bad line's reason.

Readers stream their file and yield `Item`s; parsing one item either gives a `Parsed`
or raises `BadLine`, so a bad line can be rejected (with `--skip-bad`) while the reader
goes on with the next one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from annotator.core.models import Document
from annotator.core.text import content_hash, normalise
from annotator.store.rows import UnitRow

# Fields of a document that a record (JSONL line, CSV row, sidecar entry) may carry.
DOC_FIELDS = ("id", "title", "text", "outlet", "url", "published", "story_key", "meta")


class BadLine(ValueError):
    """One record that cannot be imported, with a reason a user can act on."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class Defaults:
    """Values from the command line that fill in what a record does not say."""

    outlet: str | None = None
    story_key: str | None = None


# A unit ready for `Store.add_unit_rows` is a `UnitRow`. Its doc_id is the one the source
# gave; the writer rewrites it only when the document is stored under another id.


@dataclass
class Parsed:
    """A document whose text is stored-normal, and units (as rows) whose offsets point into it."""

    doc: Document
    rows: list[UnitRow] = field(default_factory=list)
    explicit_id: bool = False  # the source named the id: a clash is an error, not renamed
    preannotated: bool = False
    status: str | None = None  # the annotator's status on this document, when the source says
    # Units for layers other than the annotator's (Label Studio predictions: layer name -> rows).
    other_layers: dict[str, list[UnitRow]] = field(default_factory=dict)
    # Annotations the source holds beyond the one imported (a Label Studio task several people
    # annotated): counted in the summary, so nothing is dropped silently.
    left_out: int = 0


def text_field(record: dict[str, Any], key: str = "text") -> str:
    if key not in record:
        raise BadLine(f"no {key!r} field")
    value = record[key]
    if not isinstance(value, str):
        raise BadLine(f"{key!r} must be a string, not {type(value).__name__}")
    if not value.strip():
        raise BadLine(f"{key!r} is empty")
    return value


def optional_str(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise BadLine(f"{key!r} must be a string, not {type(value).__name__}")
    return value


def doc_id_of(record: dict[str, Any]) -> str | None:
    value = record.get("id")
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise BadLine(f"'id' must be a string or an integer, not {type(value).__name__}")
    return str(value)


def published_of(value: Any) -> date | None:
    """An ISO date, or the date part of an ISO timestamp; anything else is a bad line."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise BadLine(f"'published' must be an ISO date string, not {type(value).__name__}")
    try:
        return date.fromisoformat(value)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        raise BadLine(f"'published' is not an ISO date: {value!r}") from None


def meta_of(record: dict[str, Any]) -> dict[str, Any]:
    value = record.get("meta")
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise BadLine(f"'meta' must be an object, not {type(value).__name__}")
    return value


def plain_document(record: dict[str, Any], defaults: Defaults, extra_meta: dict[str, Any] | None = None) -> Parsed:
    """A document from a plain record; keys we do not know are kept in its meta."""
    text = normalise(text_field(record))
    explicit = doc_id_of(record)
    meta = {**{k: v for k, v in record.items() if k not in DOC_FIELDS}, **meta_of(record), **(extra_meta or {})}
    digest = content_hash(text)
    doc = Document.model_construct(
        id=explicit or generated_id(digest),
        title=normalise(optional_str(record, "title") or ""),
        text=text,
        outlet=optional_str(record, "outlet") or defaults.outlet,
        url=optional_str(record, "url"),
        published=published_of(record.get("published")),
        content_hash=digest,
        meta=meta,
        story_key=optional_str(record, "story_key") or defaults.story_key,
    )
    return Parsed(doc=doc, explicit_id=explicit is not None)


def generated_id(digest: str) -> str:
    """An id for a record that has none: stable across re-imports of the same text."""
    return f"doc-{digest[:16]}"
