"""The store's story part: which documents tell one story, and the examples behind guideline cards.

A store part both backends mix in (`SqliteStore`, `PgStore`); its SQL is the subset both run.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from annotator.store.parts.connection import Connected
from annotator.store.staging import VISIBLE

CHUNK = 500  # ids per IN (...) list: well under SQLite's 32,766 variables


@dataclass(frozen=True)
class StoryRow:
    """One story as `stories list` shows it."""

    key: str
    documents: int
    outlets: tuple[str, ...]
    first_published: str | None


@dataclass(frozen=True)
class StorySource:
    """What story suggestion reads of one document: no units, the names come separately."""

    seq: int
    id: str
    title: str
    text: str
    outlet: str | None
    published: str | None
    story_key: str | None


@dataclass(frozen=True)
class LabelExample:
    """A unit someone settled, as an example on a guideline card."""

    doc_id: str
    kind: str
    label: str
    start: int
    end: int
    text: str  # the document text around it is read by the caller: here only the unit's own words
    layer: str


class StoryQueries(Connected):
    """Story keys on documents: list, members, set, rename; names per document; settled examples.

    A store part like those in `store/parts/`: its SQL is common to SQLite and PostgreSQL.
    """

    def stories(self) -> list[StoryRow]:
        # One row per (story, outlet), folded here: SQLite's group_concat and PostgreSQL's
        # string_agg differ, and a story has a handful of outlets.
        rows = self.conn.execute(
            "SELECT story_key, coalesce(outlet, ''), count(*), min(published)"
            f" FROM documents d WHERE story_key IS NOT NULL AND {VISIBLE}"
            " GROUP BY story_key, coalesce(outlet, '') ORDER BY story_key"
        ).fetchall()
        found: dict[str, tuple[int, set[str], str | None]] = {}
        for key, outlet, n, first in rows:
            count, outlets, earliest = found.get(key, (0, set(), None))
            if outlet:
                outlets.add(outlet)
            if first is not None and (earliest is None or first < earliest):
                earliest = first
            found[key] = (count + n, outlets, earliest)
        return [StoryRow(key, n, tuple(sorted(outlets)), first) for key, (n, outlets, first) in found.items()]

    def story_doc_ids(self, key: str) -> list[str]:
        """The story's documents in corpus order (the index on story_key finds them)."""
        rows = self.conn.execute(
            f"SELECT id FROM documents d WHERE story_key = ? AND {VISIBLE} ORDER BY seq", (key,)
        ).fetchall()
        return [r[0] for r in rows]

    def story_of(self, doc_id: str) -> str | None:
        row = self.conn.execute("SELECT story_key FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return None if row is None else row[0]

    def set_story_key(self, doc_ids: Sequence[str], key: str | None) -> int:
        """These documents join story `key` (None: no story); how many changed. One transaction."""
        changed = 0
        with self.transaction():
            for i in range(0, len(doc_ids), CHUNK):
                chunk = list(doc_ids[i : i + CHUNK])
                marks = ",".join("?" * len(chunk))
                # coalesce, not `IS NOT ?`: a null-safe comparison both backends read (keys are never empty).
                cur = self.conn.execute(
                    f"UPDATE documents SET story_key = ? WHERE id IN ({marks})"
                    " AND coalesce(story_key, '') <> coalesce(?, '')",
                    [key, *chunk, key],
                )
                changed += cur.rowcount
        return changed

    def rename_story(self, old: str, new: str) -> int:
        """Every document of story `old` moves to `new` (a merge when `new` exists)."""
        with self.transaction():
            return self.conn.execute("UPDATE documents SET story_key = ? WHERE story_key = ?", (new, old)).rowcount

    def story_sources(self, batch: int = 1000) -> Iterator[list[StorySource]]:
        """Every visible document, a batch at a time in corpus order (keyset paging)."""
        last = 0
        while True:
            rows = self.conn.execute(
                "SELECT seq, id, title, text, outlet, published, story_key FROM documents d"
                f" WHERE seq > ? AND {VISIBLE} ORDER BY seq LIMIT ?",
                (last, batch),
            ).fetchall()
            if not rows:
                return
            yield [StorySource(*r) for r in rows]
            last = rows[-1][0]

    def entity_mentions(self, doc_ids: Sequence[str]) -> dict[str, list[tuple[int, int, str]]]:
        """(start, end, label) of the entity units any layer holds for each document, rejected ones out.

        Suggestions and people's units both count: story suggestion wants every name the
        article mentions, whoever marked it; duplicates across layers collapse.
        """
        out: dict[str, set[tuple[int, int, str]]] = {}
        for i in range(0, len(doc_ids), CHUNK):
            chunk = list(doc_ids[i : i + CHUNK])
            marks = ",".join("?" * len(chunk))
            for doc_id, start, end, label in self.conn.execute(
                f'SELECT doc_id, start, "end", label FROM units WHERE doc_id IN ({marks})'
                " AND kind = 'entity' AND state != 'rejected'",
                chunk,
            ):
                out.setdefault(doc_id, set()).add((start, end, label))
        return {d: sorted(s) for d, s in out.items()}

    def label_examples(self, kind: str, limit: int = 3) -> dict[str, list[LabelExample]]:
        """Up to `limit` settled units of `kind` per label: gold first; before there is gold for a
        label, units annotators accepted or made (never bare suggestions, never rejected ones).
        One pass per layer kind over the units of that kind (a window per label)."""
        sql = (
            "SELECT doc_id, kind, label, start, e, words, name FROM ("
            ' SELECT u.doc_id, u.kind, u.label, u.start, u."end" AS e,'
            ' substr(d.text, u.start + 1, u."end" - u.start) AS words, l.name,'
            " row_number() OVER (PARTITION BY u.label ORDER BY d.seq, u.start) AS n"
            " FROM units u JOIN layers l ON l.id = u.layer_id JOIN documents d ON d.id = u.doc_id"
            " WHERE l.kind = ? AND u.kind = ? AND u.state IN ({states})"
            ") AS ranked WHERE n <= ? ORDER BY label, n"  # PostgreSQL 15 wants the alias
        )
        out: dict[str, list[LabelExample]] = {}
        for layer_kind, states in (("gold", "'accepted', 'edited', 'added', 'suggested'"), ("annotator", _SETTLED)):
            for row in self.conn.execute(sql.format(states=states), (layer_kind, kind, limit)):
                found = out.setdefault(row[2], [])
                if len(found) < limit and all((e.doc_id, e.start, e.end) != (row[0], row[3], row[4]) for e in found):
                    found.append(LabelExample(*row))
        return out


_SETTLED = "'accepted', 'edited', 'added'"
