"""Pydantic models of one line of the `stories` export: the source of its JSON Schema and its validator.

One line per story (and layer): its articles, its quotations as each outlet reported them,
its cross-document entities with every mention, and its events across outlets. Offsets
index each article's text as stored (the JSONL export of the same layer carries the texts).
`python -m annotator.export.story_records` renders docs/annotator-stories.schema.json.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field

from annotator.export.records import DocId, Published, SpanRecord

FORMAT_VERSION: Final = 1  # this format's own version, apart from the JSONL's
SCHEMA_FILE = Path(__file__).resolve().parents[2] / "docs" / "annotator-stories.schema.json"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ArticleRef(_Strict):
    """One article of the story."""

    id: DocId
    title: str = ""
    outlet: str | None = None
    published: Published = None


class QuoteVersionRecord(_Strict):
    """One outlet's version of a quotation."""

    doc_id: str = Field(description="The article this version is in; offsets index its text.")
    outlet: str | None = None
    content: list[SpanRecord] = Field(min_length=1, description="The quoted words; several parts for a split quote.")
    kind: Literal["direct", "indirect", "partial"]
    speaker: SpanRecord | None = Field(None, description="The speaker as mentioned next to the cue.")
    speaker_entity: SpanRecord | None = Field(None, description="The named mention the speaker resolves to.")
    speaker_id: str | None = Field(None, description="The entity (in `entities`) the speaker is, when known.")
    cue: SpanRecord | None = None


class QuoteGroupRecord(_Strict):
    """One quotation carried by two or more outlets, aligned by fuzzy token matching."""

    id: str = Field(description="Stable: made from the first version's article and offset.")
    outlets: int = Field(ge=2, description="How many articles carry it.")
    score: float = Field(ge=0.0, le=1.0, description="The weakest pairwise alignment in the group (1.0: same words).")
    shared_words: list[str] = Field(description="Content-word stems every version has.")
    conflicts: list[str] = Field(description="Different speakers, kinds (direct/indirect/partial), or words.")
    versions: list[QuoteVersionRecord] = Field(min_length=2)


class MentionRecord(SpanRecord):
    """One mention of an entity."""

    doc_id: str
    label: str = Field(min_length=1, description="The label this mention carries in this article.")


class EntityRecord(_Strict):
    """One real-world person, organisation or place across the story's articles."""

    id: str = Field(description="Stable id: the same story and longest name form give the same id in every export.")
    name: str = Field(description="The commonest written form of the longest name.")
    labels: dict[str, int] = Field(description="Label -> mentions with it; two labels is a conflict.")
    conflicts: list[str] = Field(default_factory=list)
    ambiguous_with: list[str] = Field(
        default_factory=list, description="For a short form that fits several people: who it could be (not merged)."
    )
    mentions: list[MentionRecord] = Field(min_length=1)


class ArgumentRecord(SpanRecord):
    entity_id: str | None = Field(None, description="The entity (in `entities`) the argument names, when known.")


class EventVersionRecord(_Strict):
    doc_id: str
    outlet: str | None = None
    trigger: SpanRecord
    arguments: dict[str, ArgumentRecord] = Field(default_factory=dict, description="Role -> argument.")
    numbers: list[float] = Field(default_factory=list, description="Numbers its trigger and arguments state.")


class EventGroupRecord(_Strict):
    """One event reported by two or more outlets: the same type, agreeing and shared arguments."""

    type: str
    outlets: int = Field(ge=2)
    conflicts: list[str] = Field(description="'numbers: ...' when the outlets state different numbers.")
    versions: list[EventVersionRecord] = Field(min_length=2)


class StoryRecord(_Strict):
    """One line: one story as one layer has it."""

    format_version: Literal[1] = Field(FORMAT_VERSION, description="Version of this file format.")
    story_key: str = Field(min_length=1)
    layer: str = Field(description="gold, annotator:NAME or suggestions:MODEL@VERSION.")
    articles: list[ArticleRef]
    quotes: list[QuoteGroupRecord]
    entities: list[EntityRecord]
    events: list[EventGroupRecord]


def json_schema() -> dict[str, Any]:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "annotator-stories.schema.json",
        **StoryRecord.model_json_schema(),
    }


def render_json_schema() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


def write_json_schema(path: Path = SCHEMA_FILE) -> Path:
    path.write_text(render_json_schema(), "utf-8")
    return path


if __name__ == "__main__":
    print(write_json_schema())
