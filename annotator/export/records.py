"""Pydantic models of one line of our JSONL export: the source of its JSON Schema and its validator.

The writer builds plain dicts on the hot path (a model per unit would cost more than the
rest of the export); these models define and check the same shape, and
`write_json_schema` renders them to docs/annotator-jsonl.schema.json.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

FORMAT_VERSION: Final = 1
SCHEMA_FILE = Path(__file__).resolve().parents[2] / "docs" / "annotator-jsonl.schema.json"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SpanRecord(_Strict):
    """A half-open range of code points into `text`, with the characters it covers."""

    start: int = Field(ge=0, description="First character, as a Python (code point) offset into `text`.")
    end: int = Field(ge=0, description="One past the last character.")
    text: str = Field(description="Exactly `text[start:end]`, so a reader can check the offsets.")

    @model_validator(mode="after")
    def _ordered(self) -> SpanRecord:
        if self.start >= self.end:
            raise ValueError(f"start {self.start} must be before end {self.end}")
        if len(self.text) != self.end - self.start:
            raise ValueError(f"text {self.text!r} is not {self.end - self.start} characters long")
        return self


SCORE = Field(None, ge=0.0, le=1.0, description="A suggestion's confidence (suggestions layers only).")

# What a document's line and a story's article (`story_records.ArticleRef`) both say of the
# document: one definition each, so the two formats cannot drift apart.
DocId = Annotated[str, Field(min_length=1, description="The document id, unique in the corpus.")]
Published = Annotated[date | None, Field(description="Publication date (YYYY-MM-DD), when the import gave one.")]


class EntityRecord(SpanRecord):
    """A named-entity mention."""

    score: float | None = SCORE
    label: str = Field(min_length=1, description="An entity label of the schema (PERSON, ORG...).")


class BoilerplateRecord(SpanRecord):
    """Page furniture the editors marked (photo credits, widgets, footers): metadata, not annotation."""

    label: str = "boilerplate"
    score: float | None = SCORE


class QuoteRecord(_Strict):
    """Reported speech: what was said, who said it, and the words that say so."""

    content: SpanRecord = Field(description="The quoted words (the first part, when an attribution splits them).")
    kind: Literal["direct", "indirect", "partial"] = "direct"
    speaker: SpanRecord | None = Field(None, description="The speaker as mentioned next to the cue (may be 'he').")
    speaker_entity: SpanRecord | None = Field(None, description="The named mention the speaker resolves to.")
    cue: SpanRecord | None = Field(None, description="The verb or phrase of saying ('said', 'according to').")
    parts: list[SpanRecord] = Field(default_factory=list, description="Further parts of a split quote, in order.")
    score: float | None = SCORE


class EventRecord(_Strict):
    """An event: its trigger, its type and its arguments by role."""

    trigger: SpanRecord
    type: str = Field(min_length=1, description="An event type of the schema (Contact.Meet...).")
    arguments: dict[str, SpanRecord] = Field(default_factory=dict, description="Role name -> argument span.")
    score: float | None = SCORE


class DocumentRecord(_Strict):
    """One line: one document as one layer (gold, an annotator, suggestions) has it."""

    format_version: Literal[1] = Field(FORMAT_VERSION, description="Version of this file format.")
    schema_version: int = Field(1, ge=1, description="Version of the label schema the labels come from.")
    id: DocId
    layer: str = Field("gold", description="gold, annotator:NAME or suggestions:MODEL@VERSION.")
    annotators: list[str] = Field(
        default_factory=list, description="Whose work this is (for gold: everyone who worked on the document)."
    )
    status: Literal["todo", "in_progress", "done", "skipped"] = Field(
        "todo",
        description="The layer's status: an annotator's own; gold: done when adjudicated and every annotator the "
        "document needs has finished it; suggestions: done once the model has seen the document.",
    )
    adjudicated: Literal["units", "no units"] | None = Field(
        None, description="Gold only: 'no units' when the adjudicator settled the document as having none."
    )
    created_at: str | None = Field(None, description="When the document was imported (ISO 8601, UTC).")
    updated_at: str | None = Field(None, description="When this layer last changed for the document, if known.")
    title: str = ""
    outlet: str | None = None
    url: str | None = None
    published: Published = None
    story_key: str | None = Field(None, description="Groups versions of one story across outlets.")
    content_hash: str = Field("", description="SHA-256 of the UTF-8 text, hex; empty means not given.")
    meta: dict[str, Any] = Field(default_factory=dict, description="Whatever the import carried along.")
    text: str = Field(description="The article text exactly as stored (LF newlines, NFC); offsets index it.")
    entities: list[EntityRecord] = Field(default_factory=list)
    quotes: list[QuoteRecord] = Field(default_factory=list)
    events: list[EventRecord] = Field(default_factory=list)
    boilerplate: list[BoilerplateRecord] = Field(default_factory=list)

    @model_validator(mode="after")
    def _spans_match_text(self) -> DocumentRecord:
        """Every span's `text` must be the slice of `text` it points at."""
        for where, span in self.spans():
            if span.end > len(self.text):
                raise ValueError(f"{where}: end {span.end} runs past the text ({len(self.text)} characters)")
            if self.text[span.start : span.end] != span.text:
                raise ValueError(
                    f"{where}: text {span.text!r} is not the text at {span.start}-{span.end}"
                    f" ({self.text[span.start : span.end]!r})"
                )
        return self

    def spans(self) -> list[tuple[str, SpanRecord]]:
        out: list[tuple[str, SpanRecord]] = []
        out += [(f"entities[{i}]", e) for i, e in enumerate(self.entities)]
        out += [(f"boilerplate[{i}]", b) for i, b in enumerate(self.boilerplate)]
        for i, q in enumerate(self.quotes):
            for name in ("content", "speaker", "speaker_entity", "cue"):
                span = getattr(q, name)
                if span is not None:
                    out.append((f"quotes[{i}].{name}", span))
            out += [(f"quotes[{i}].parts[{j}]", p) for j, p in enumerate(q.parts)]
        for i, ev in enumerate(self.events):
            out.append((f"events[{i}].trigger", ev.trigger))
            out += [(f"events[{i}].arguments.{role}", a) for role, a in ev.arguments.items()]
        return out


def json_schema() -> dict[str, Any]:
    """The JSON Schema of one line, as committed in docs/annotator-jsonl.schema.json."""
    schema = DocumentRecord.model_json_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "annotator-jsonl.schema.json",
        **schema,
    }


def render_json_schema() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


def write_json_schema(path: Path = SCHEMA_FILE) -> Path:
    """Regenerate the committed schema file (run after changing these models)."""
    path.write_text(render_json_schema(), "utf-8")
    return path


if __name__ == "__main__":
    print(write_json_schema())
