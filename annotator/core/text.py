"""Text normalisation and content hashing, applied once at import."""

from __future__ import annotations

import hashlib
import unicodedata

from annotator.core.errors import InputError

BOM = "\ufeff"


def normalise(text: str) -> str:
    """Return the one canonical form we store, so offsets never shift after import.

    BOM removed, CRLF and lone CR turned into LF, Unicode NFC. Nothing else: trailing
    spaces and blank lines are content an annotator may point at.
    """
    if text.startswith(BOM):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def content_hash(text: str) -> str:
    """Identify a document by its normalised text, so re-imports are seen as duplicates."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def decode(data: bytes, source: str) -> str:
    """Decode UTF-8 (with or without BOM) or fail naming the source and the byte offset's line."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise TextDecodeError(source, line, f"not valid UTF-8 (byte 0x{data[exc.start]:02x})") from None


class TextDecodeError(InputError, ValueError):
    """A file that is not UTF-8: carries the file and line for the user's message."""
