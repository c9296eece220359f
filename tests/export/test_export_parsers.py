"""The parsers of our formats refuse bad records with the field that is wrong."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from annotator.core.errors import InputError
from annotator.core.models import Boilerplate, Entity, Event, Quote
from annotator.export.read_jsonl import parse_record, read_file
from annotator.export.read_prodigy import parse_task
from annotator.export.reading import RecordError

TEXT = "Maria Zakharova said talks failed."


def _record(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": "d1",
        "text": TEXT,
        "title": "T",
        "entities": [{"start": 0, "end": 15, "text": "Maria Zakharova", "label": "PERSON"}],
        "quotes": [
            {
                "content": {"start": 21, "end": 33, "text": "talks failed"},
                "kind": "indirect",
                "speaker": {"start": 0, "end": 15, "text": "Maria Zakharova"},
                "cue": {"start": 16, "end": 20, "text": "said"},
            }
        ],
        "events": [
            {
                "trigger": {"start": 27, "end": 33, "text": "failed"},
                "type": "Contact.Negotiate",
                "arguments": {"Agent": {"start": 0, "end": 15, "text": "Maria Zakharova"}},
            }
        ],
        "boilerplate": [{"start": 33, "end": 34, "text": "."}],
    }
    return {**base, **changes}


def test_a_good_record_gives_document_and_every_unit() -> None:
    doc, units = parse_record(_record())
    assert (doc.id, doc.text, doc.title) == ("d1", TEXT, "T")
    kinds = [type(u.body) for u in units]
    assert kinds == [Entity, Quote, Event, Boilerplate]
    quote = units[1].body
    assert isinstance(quote, Quote) and quote.quote_kind == "indirect" and quote.speaker_entity is None
    assert all(u.doc_id == "d1" and u.state == "accepted" for u in units)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {"entities": [{"start": 0, "end": 5, "text": "Mario", "label": "PERSON"}]},
            "entities[0]: text 'Mario' is not the text at 0-5 ('Maria')",
        ),
        (
            {"entities": [{"start": 30, "end": 40, "text": "x" * 10, "label": "PERSON"}]},
            "entities[0]: end 40 runs past the text (34 characters)",
        ),
        (
            {"entities": [{"start": 5, "end": 5, "text": "", "label": "PERSON"}]},
            "entities[0]: start 5 must be before end 5",
        ),
        ({"entities": [{"start": 0, "end": 5, "label": "PERSON"}]}, "entities[0].text: Field required"),
        ({"entites": []}, "entites: Extra inputs are not permitted"),
        (
            {"quotes": [{"content": {"start": 0, "end": 5, "text": "Maria"}, "kind": "shouted"}]},
            "quotes[0].kind: Input should be",
        ),
        # valid: event types and labels are the importer's to check against the schema
        (
            {
                "events": [
                    {
                        "trigger": {"start": 27, "end": 33, "text": "failed"},
                        "type": "X",
                        "arguments": {"Agent": {"start": 0, "end": 3, "text": "Mar"}},
                    }
                ]
            },
            None,
        ),
        (
            {
                "events": [
                    {
                        "trigger": {"start": 27, "end": 33, "text": "failed"},
                        "type": "X",
                        "arguments": {"Agent": {"start": 0, "end": 3, "text": "Max"}},
                    }
                ]
            },
            "events[0].arguments.Agent: text 'Max' is not the text at 0-3 ('Mar')",
        ),
        ({"content_hash": "0" * 64}, "content_hash: does not match the text"),
        ({"id": ""}, "id: String should have at least 1 character"),
    ],
)
def test_bad_records_name_the_field(changes: dict[str, Any], message: str | None) -> None:
    if message is None:
        parse_record(_record(**changes))  # a valid variant: must not raise
        return
    with pytest.raises(RecordError) as err:
        parse_record(_record(**changes))
    assert str(err.value).startswith(message), str(err.value)


def test_a_boundary_inside_a_merged_character_is_refused() -> None:
    raw = "Cafe\u0301 Bob"  # NFC merges e + combining acute into one character
    with pytest.raises(RecordError, match=r"entities\[0\].end: offset 4 falls inside a character that normalisation"):
        parse_record({"id": "x", "text": raw, "entities": [{"start": 0, "end": 4, "text": "Cafe", "label": "ORG"}]})
    doc, (unit,) = parse_record(
        {"id": "x", "text": raw, "entities": [{"start": 6, "end": 9, "text": "Bob", "label": "PERSON"}]}
    )
    assert doc.text[unit.body.start : unit.body.end] == "Bob" and doc.text == "Café Bob"


def test_read_file_names_file_and_line(tmp_path: Path) -> None:
    import orjson

    path = tmp_path / "gold.jsonl"
    bad = _record(entities=[{"start": 0, "end": 5, "text": "Mario", "label": "PERSON"}])
    path.write_bytes(orjson.dumps(_record()) + b"\n\n" + orjson.dumps(bad) + b"\n")
    rows = read_file(path)
    assert next(rows)[0].id == "d1"
    with pytest.raises(InputError, match=r"gold.jsonl:3: entities\[0\]: text 'Mario'"):
        next(rows)
    path.write_text("{not json\n")
    with pytest.raises(InputError, match=r"gold.jsonl:1: not valid JSON"):
        list(read_file(path))


@pytest.mark.parametrize(
    ("task", "message"),
    [
        ({"spans": []}, "text: a task needs its text"),
        ({"text": TEXT, "spans": [{"start": 0, "end": 15}]}, "spans[0].label: a span needs a label"),
        (
            {"text": TEXT, "spans": [{"start": 0, "end": 99, "label": "PERSON"}]},
            "spans[0]: end 99 runs past the end of the text",
        ),
        (
            {"text": TEXT, "spans": [{"start": "0", "end": 5, "label": "PERSON"}]},
            "spans[0].start: expected an integer offset",
        ),
        (
            {"text": TEXT, "spans": [{"start": 0, "end": 5, "label": "PERSON", "text": "Mario"}]},
            "spans[0]: text 'Mario' is not the text at 0-5",
        ),
        (
            {
                "text": TEXT,
                "spans": [{"start": 21, "end": 33, "label": "QUOTE", "kind": "quote", "unit": 0}],
                "relations": [
                    {
                        "head_span": {"start": 21, "end": 33, "kind": "quote", "unit": 0},
                        "child_span": {"start": 0, "end": 15},
                        "label": "FRIEND",
                    }
                ],
            },
            "relations[0].label: 'FRIEND' is not a quote link",
        ),
        (
            {
                "text": TEXT,
                "relations": [
                    {
                        "head_span": {"start": 21, "end": 33, "kind": "trigger"},
                        "child_span": {"start": 0, "end": 15},
                        "label": "Agent",
                    }
                ],
            },
            "relations[0].head_span: no span of this task is its head",
        ),
        ({"text": TEXT, "spans": "all"}, "spans: expected a list"),
    ],
)
def test_bad_prodigy_tasks_name_the_field(task: dict[str, Any], message: str) -> None:
    with pytest.raises(RecordError) as err:
        parse_task(task)
    assert str(err.value).startswith(message), str(err.value)
