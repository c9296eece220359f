"""What the parsers of our formats share: the error they raise and raw-to-stored offset mapping.

A record's offsets point into its text as written; we store `normalise(text)` (LF
newlines, no BOM, NFC), so each offset is moved onto the stored text, and a span that
would land inside something normalisation merged is refused.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import orjson
from pydantic import ValidationError

from annotator.core.errors import InputError, UserError
from annotator.core.models import Boilerplate, Entity, Event, Quote, QuoteKind, Span
from annotator.core.text import BOM, decode, normalise

T = TypeVar("T")


class RecordError(UserError, ValueError):
    """A record that cannot be read, with the field that is wrong (`entities[2].end: ...`)."""


def first_error(exc: ValidationError) -> str:
    """`where: what` from pydantic's first complaint, where in the record's own terms."""
    err = exc.errors()[0]
    where = ""
    for part in err["loc"]:
        where += f"[{part}]" if isinstance(part, int) else (f".{part}" if where else str(part))
    msg = err["msg"].removeprefix("Value error, ")
    return f"{where}: {msg}" if where else msg


class OffsetMap:
    """Raw offset -> offset into `normalise(raw)`; identity when normalising changed nothing."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.text = normalise(raw)
        self.identity = self.text == raw
        self._deleted: list[int] = []
        self._nfc = False
        if not self.identity:
            self._deleted = _deleted_positions(raw)
            stripped = raw[1:] if raw.startswith(BOM) else raw
            self._nfc = not unicodedata.is_normalized("NFC", stripped.replace("\r\n", "\n").replace("\r", "\n"))

    def __call__(self, offset: int, where: str) -> int:
        if self.identity:
            return offset
        if not self._nfc:
            return offset - bisect_left(self._deleted, offset)
        prefix = normalise(self.raw[:offset])
        if not self.text.startswith(prefix):
            raise RecordError(f"{where}: offset {offset} falls inside a character that normalisation (NFC) merges")
        return len(prefix)


def _deleted_positions(raw: str) -> list[int]:
    """Raw positions of the characters normalising drops: a leading BOM and the CR of each CRLF."""
    out = [0] if raw.startswith(BOM) else []
    i = raw.find("\r\n")
    while i >= 0:
        out.append(i)
        i = raw.find("\r\n", i + 2)
    return out


class SpanReader:
    """Checks raw spans against the raw text and moves them onto the stored text."""

    def __init__(self, raw: str) -> None:
        self.map = OffsetMap(raw)
        self.raw = raw

    def span(self, data: Any, where: str, text: str | None = None) -> Span:
        if not isinstance(data, dict):
            raise RecordError(f"{where}: expected an object with start and end, not {type(data).__name__}")
        start, end = data.get("start"), data.get("end")
        for name, value in (("start", start), ("end", end)):
            if not isinstance(value, int) or isinstance(value, bool):
                raise RecordError(f"{where}.{name}: expected an integer offset, not {value!r}")
        assert isinstance(start, int) and isinstance(end, int)
        if not 0 <= start < end:
            raise RecordError(f"{where}: start {start} must be before end {end} (and not negative)")
        if end > len(self.raw):
            raise RecordError(f"{where}: end {end} runs past the end of the text ({len(self.raw)} characters)")
        given = data.get("text") if text is None else text
        if given is not None and self.raw[start:end] != given:
            raise RecordError(f"{where}: text {given!r} is not the text at {start}-{end} ({self.raw[start:end]!r})")
        new_start, new_end = self.map(start, f"{where}.start"), self.map(end, f"{where}.end")
        if new_start >= new_end:
            raise RecordError(f"{where}: covers only characters that normalisation removes")
        return Span(start=new_start, end=new_end)

    def optional(self, data: Any, where: str) -> Span | None:
        return None if data is None else self.span(data, where)


def entity(span: Span, label: str) -> Entity:
    return Entity(start=span.start, end=span.end, label=label)


def boilerplate(span: Span, label: str) -> Boilerplate:
    return Boilerplate(start=span.start, end=span.end, label=label)


def quote(
    content: Span, kind: QuoteKind, speaker: Span | None, entity_: Span | None, cue: Span | None, parts: list[Span]
) -> Quote:
    return Quote(
        content=content,
        quote_kind=kind,
        speaker=speaker,
        speaker_entity=entity_,
        cue=cue,
        extra=tuple(parts),
    )


def event(trigger: Span, etype: str, arguments: dict[str, Span]) -> Event:
    return Event(trigger=trigger, type=etype, arguments=arguments)


def read_lines(path: Path, parse: Callable[[dict[str, Any]], T]) -> Iterator[T]:
    """Parse a JSONL file line by line; errors name the file and line (blank lines skipped)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), None, f"cannot read ({exc.strerror})") from None
    for number, line in enumerate(decode(data, str(path)).split("\n"), start=1):
        if not line.strip():
            continue
        try:
            obj = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            raise InputError(str(path), number, f"not valid JSON ({exc})") from None
        if not isinstance(obj, dict):
            raise InputError(str(path), number, f"expected a JSON object, not {type(obj).__name__}")
        try:
            yield parse(obj)
        except RecordError as exc:
            raise InputError(str(path), number, str(exc)) from None
