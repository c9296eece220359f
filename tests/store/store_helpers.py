"""Builders shared by the store tests: documents, units of every kind, editor decisions."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from annotator.core.models import Boilerplate, Decision, Document, Entity, Event, Quote, Span, Unit
from annotator.store import SqliteStore, open_store
from annotator.store.migrations import MIGRATIONS, migrate

TEXT = (
    'Angela Merkel met Emmanuel Macron in Paris on Monday. "We agree," Merkel said. '
    "The police arrested two men in Berlin. Photo: Reuters. Café Zoë reopened 🎉 today."
)


def doc(i: int, text: str | None = None, title: str | None = None) -> Document:
    """A small article whose text differs per i (the store refuses duplicate texts)."""
    return Document(id=f"doc-{i:03d}", title=title or f"Story {i}", text=(text or TEXT) + f" [{i}]")


def entity(doc_id: str, start: int, end: int, label: str = "PERSON", **kw: Any) -> Unit:
    return Unit(doc_id=doc_id, body=Entity(start=start, end=end, label=label), **kw)


def quote(doc_id: str, **kw: Any) -> Unit:
    body = Quote(
        content=Span(start=55, end=64),
        quote_kind="direct",
        speaker=Span(start=66, end=72),
        speaker_entity=Span(start=0, end=13),
        cue=Span(start=73, end=77),
        extra=(Span(start=58, end=63),),
    )
    return Unit(doc_id=doc_id, body=body, **kw)


def event(doc_id: str, etype: str = "Justice.Arrest-Jail", **kw: Any) -> Unit:
    body = Event(
        trigger=Span(start=90, end=98),
        type=etype,
        arguments={"Agent": Span(start=79, end=89), "Place": Span(start=110, end=116)},
    )
    return Unit(doc_id=doc_id, body=body, **kw)


def boilerplate(doc_id: str, **kw: Any) -> Unit:
    return Unit(doc_id=doc_id, body=Boilerplate(start=118, end=133), **kw)


def dump(unit: Unit) -> dict[str, Any]:
    return unit.model_dump(mode="json")


def add(store: SqliteStore, unit: Unit, annotator: str = "ann", action: str = "add") -> Decision:
    """One editor action that creates a unit in the annotator's layer (add, or accept of a suggestion)."""
    (logged,) = store.decide([Decision(doc_id=unit.doc_id, annotator=annotator, action=action, after=dump(unit))])
    return logged


def accept(store: SqliteStore, suggestion: Unit, annotator: str = "ann") -> Decision:
    """Accepting a suggestion copies it into the annotator's layer, pointing back at it."""
    copy = suggestion.model_copy(update={"id": None, "state": "accepted", "origin_id": suggestion.id})
    return add(store, copy, annotator, action="accept")


def edit(store: SqliteStore, unit: Unit, annotator: str = "ann", **changes: Any) -> Decision:
    """Change a stored unit of the annotator's layer: body fields and/or unit fields."""
    body_changes = {k: v for k, v in changes.items() if k in type(unit.body).model_fields}
    unit_changes = {k: v for k, v in changes.items() if k not in body_changes}
    new = unit.model_copy(update={"body": unit.body.model_copy(update=body_changes), "state": "edited", **unit_changes})
    (logged,) = store.decide(
        [
            Decision(
                doc_id=unit.doc_id,
                annotator=annotator,
                action="edit",
                unit_id=unit.id,
                before=dump(unit),
                after=dump(new),
            )
        ]
    )
    return logged


def delete(store: SqliteStore, unit: Unit, annotator: str = "ann") -> Decision:
    (logged,) = store.decide(
        [Decision(doc_id=unit.doc_id, annotator=annotator, action="delete", unit_id=unit.id, before=dump(unit))]
    )
    return logged


def spans(units: list[Unit]) -> list[tuple[str, int, int, str]]:
    """A comparable summary of units: kind, span, label (or type / quote kind)."""
    out = []
    for u in units:
        b = u.body
        label = getattr(b, "label", None) or getattr(b, "type", None) or getattr(b, "quote_kind", "")
        out.append((u.kind, u.span.start, u.span.end, label))
    return out


OldCorpus = tuple[Any, Callable[[], Any]]


def corpus_before(migration: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[OldCorpus]:
    """A database at the version before `migration`, built by the backend's own migrations
    (`request.param`: "sqlite" or "postgres"), and the way to open it with the store, which
    upgrades it. For a fixture to `yield from`; PostgreSQL is asked for only when used."""
    before = next(m.version for m in MIGRATIONS if m.name == migration) - 1
    if request.param == "sqlite":
        path = tmp_path / "old.db"
        conn = sqlite3.connect(path, isolation_level=None)
        migrate(conn, path, target=before)
        yield conn, lambda: open_store(path)
        conn.close()
        return
    from annotator.store.pg_conn import PgConnection
    from annotator.store.pg_migrations import migrate as pg_migrate

    url = request.getfixturevalue("pg_empty_url")
    pg = PgConnection(url)
    pg_migrate(pg, "test", target=before)
    yield pg, lambda: open_store(url)
    pg.close()
